import { z } from "zod";
import { EMPLOYER_TYPES } from "../../vocabulary";
import { EmailSchema, MailLocaleField } from "../auth/schema";
import { INDUSTRIES, isKnownCity, PROVINCES } from "../school/regions";
import { confirmed } from "../forms/confirm";
import { parseCreditCode } from "./credit-code";

const required = (max: number) =>
  z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, "form.tooLong");

export const ContactPhoneSchema = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .transform((value) => value.replace(/[\s()（）]/g, ""))
  .refine(
    (value) => /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value),
    "employer.phone.invalid",
  );

export const EmployerRegistrationSchema = z
  .object({
    name: required(100),
    creditCode: z.string({ error: "form.required" }).transform((value, ctx) => {
      const parsed = parseCreditCode(value);
      if (!parsed.ok) {
        // The key and its params (which character, which position), shown in the reader's language.
        ctx.addIssue({ code: "custom", message: parsed.problem.key, params: parsed.problem.params });
        return z.NEVER;
      }
      return parsed.code;
    }),
    type: z.enum(EMPLOYER_TYPES, { error: "form.required" }),
    industry: z.enum(INDUSTRIES, { error: "form.required" }),
    province: z.enum(PROVINCES as [string, ...string[]], { error: "form.required" }),
    city: required(20),
    address: required(200),
    website: z
      .string()
      .trim()
      .max(200, "form.tooLong")
      .optional()
      .transform((value) => (value ? value : null))
      .refine(
        (value) => value === null || /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value),
        "employer.website.invalid",
      ),
    contactEmail: z.string({ error: "form.required" }).trim().toLowerCase().pipe(z.email("form.email")),
    contactPhone: ContactPhoneSchema,
    description: z.string().trim().max(3000, "form.tooLong").default(""),
    isAgency: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
    hrLicenceNo: z
      .string()
      .trim()
      .max(50, "form.tooLong")
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (!isKnownCity(value.province, value.city))
      ctx.addIssue({ code: "custom", path: ["city"], message: "employer.city.unknown" });
    if (value.isAgency && !value.hrLicenceNo)
      ctx.addIssue({ code: "custom", path: ["hrLicenceNo"], message: "employer.hrLicence.required" });
  });

export type EmployerRegistration = z.output<typeof EmployerRegistrationSchema>;

/** The registration page: the organisation's details and its business licence (a file, checked again when stored). */
export const EmployerRegistrationForm = EmployerRegistrationSchema.safeExtend({
  licence: z.instanceof(File, { message: "upload.empty" }).refine((file) => file.size > 0, "upload.empty"),
});

/** The employer's home: inviting a colleague, and sending a refused registration for review again. */
export const EmployerHomeForm = z.discriminatedUnion("intent", [
  // The colleague's mail language; the form offers the inviter's own as the default.
  z.object({ intent: z.literal("invite"), email: EmailSchema, locale: MailLocaleField.optional() }),
  z.object({ intent: z.literal("resubmit") }),
]);

export const ReasonSchema = z.object({
  reasons: z
    .string({ error: "vetting.reason.required" })
    .trim()
    .min(4, "vetting.reason.required")
    .max(2000, "form.tooLong"),
});

const reasons = z.string().max(2000, "form.tooLong").default("");

/** Staff decisions on an employer; rejecting and suspending are confirmed first (app/forms/confirm.ts). */
export const StaffEmployerForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), reasons }),
  z.object({ intent: z.literal("reject"), reasons, confirmed }),
  z.object({ intent: z.literal("suspend"), reasons, confirmed }),
  z.object({ intent: z.literal("reinstate"), reasons }),
  z.object({ intent: z.literal("add-member"), email: EmailSchema }),
]);
