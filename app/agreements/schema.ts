import { z } from "zod";
import { confirmed } from "../forms/confirm";
import { PROVINCES } from "../school/regions";
import { isCalendarDate } from "../time";

// The forms of the 三方协议 pages (pure: route modules also run in the browser, decision 009).

const money = (max: number) =>
  z.coerce
    .number({ error: "agreement.field.number" })
    .int("agreement.field.number")
    .min(0, "agreement.field.number")
    .max(max, "agreement.field.number");

export const AgreementTermsSchema = z.object({
  position: z
    .string({ error: "agreement.field.required" })
    .trim()
    .min(2, "agreement.field.required")
    .max(60, "agreement.field.tooLong"),
  monthlyPay: money(1_000_000).refine((v) => v > 0, "agreement.field.number"),
  probationMonths: z.coerce
    .number({ error: "agreement.field.number" })
    .int("agreement.field.number")
    .min(0, "agreement.field.probation")
    .max(6, "agreement.field.probation"),
  workProvince: z
    .string({ error: "agreement.field.required" })
    .refine((v) => PROVINCES.includes(v), "agreement.field.province"),
  workCity: z
    .string({ error: "agreement.field.required" })
    .trim()
    .min(1, "agreement.field.required")
    .max(30, "agreement.field.tooLong"),
  startDate: z
    .string({ error: "agreement.field.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "agreement.field.date")
    .refine(isCalendarDate, "agreement.field.date"),
  breachPenalty: money(1_000_000),
  archiveAddress: z
    .string({ error: "agreement.field.required" })
    .trim()
    .min(4, "agreement.field.required")
    .max(200, "agreement.field.tooLong"),
  hukouAddress: z
    .string({ error: "agreement.field.required" })
    .trim()
    .min(4, "agreement.field.required")
    .max(200, "agreement.field.tooLong"),
});

export type AgreementTermsInput = z.output<typeof AgreementTermsSchema>;

/** Either an application of this employer (accepted or offered) or a roster graduate by student number and name. */
export const DraftAgreementSchema = z.intersection(
  AgreementTermsSchema,
  z.union([
    z.object({ applicationId: z.uuid("agreement.graduate.notFound") }),
    z.object({
      studentNo: z.string({ error: "agreement.field.required" }).trim().min(1, "agreement.field.required").max(30),
      graduateName: z.string({ error: "agreement.field.required" }).trim().min(1, "agreement.field.required").max(40),
    }),
  ]),
);
export type DraftAgreementInput = z.output<typeof DraftAgreementSchema>;

const agreementId = z.uuid("error.notFound");

/** The graduate's page: accepting and asking to end an agreement are confirmed first (app/forms/confirm.ts). */
export const GraduateAgreementForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), agreementId, confirmed }),
  z.object({ intent: z.literal("decline"), agreementId, reason: z.string().max(500, "form.tooLong").default("") }),
  z.object({
    intent: z.literal("request_breach"),
    agreementId,
    reason: z.string().max(500, "form.tooLong").optional(),
    releaseLetter: z.instanceof(File).optional(),
    confirmed,
  }),
]);

/** The employer's page: a draft (its terms checked by DraftAgreementSchema), sending, and a confirmed withdrawal. */
export const EmployerAgreementForm = z.discriminatedUnion("intent", [
  z.looseObject({ intent: z.literal("draft") }),
  z.object({ intent: z.literal("invite"), agreementId }),
  z.object({ intent: z.literal("withdraw"), agreementId, confirmed }),
]);

const reason = z.string().trim().max(500, "form.tooLong").optional();

const staffStep = <E extends string>(event: E) => z.object({ intent: z.literal(event), agreementId, reason });

/** The staff review queue: each step a staff member may take on an agreement (decision 009: one intent each). */
export const StaffAgreementForm = z.discriminatedUnion("intent", [
  staffStep("college_approve"),
  staffStep("school_register"),
  staffStep("return"),
  staffStep("breach_college_approve"),
  staffStep("breach_school_approve"),
  staffStep("breach_reject"),
]);
