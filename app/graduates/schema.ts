import { z } from "zod";
import { DIGEST_FREQUENCIES } from "../../vocabulary";
import { JOB_TYPES } from "../../vocabulary";
import { PasswordSchema } from "../auth/schema";

/** "Java、Spring, SQL" → ["Java", "Spring", "SQL"]: commas (both widths), 、, ; and newlines separate. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  for (const part of value.normalize("NFKC").split(/[,，、;；\n]+/)) {
    const item = part.trim();
    if (item && !out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
  }
  return out;
}

const ListField = z
  .string()
  .optional()
  .transform((value) => splitList(value ?? ""))
  .refine((items) => items.length <= 20 && items.every((item) => item.length <= 30), "profile.tooMany");

const asArray = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const ProfileSchema = z.object({
  skills: ListField,
  preferredCities: ListField,
  preferredIndustries: ListField,
  expectedPay: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? "").replace(/[,，\s]/g, "");
      if (!text) return null;
      const pay = Number(text);
      if (!Number.isInteger(pay) || pay < 1000 || pay > 200_000) {
        ctx.addIssue({ code: "custom", message: "profile.pay.invalid" });
        return z.NEVER;
      }
      return pay;
    }),
  jobTypes: z.preprocess(asArray, z.array(z.enum(JOB_TYPES, { error: "form.invalid" })).max(3)),
  intro: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(500, "profile.intro.tooLong")),
  nonPersonalised: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  digestFrequency: z.enum(DIGEST_FREQUENCIES, { error: "form.invalid" }),
  language: z.enum(["zh-CN", "en"], { error: "form.invalid" }),
});

export type ProfileInput = z.output<typeof ProfileSchema>;

/** The profile page: the profile's fields, or a new résumé (a PDF, checked by content when stored). */
export const GraduateProfileForm = z.discriminatedUnion("intent", [
  ProfileSchema.extend({ intent: z.literal("save") }),
  z.object({
    intent: z.literal("resume"),
    resume: z.instanceof(File, { message: "upload.empty" }).refine((file) => file.size > 0, "upload.empty"),
  }),
]);

export const LinkSchema = z.object({
  studentNo: z
    .string({ error: "form.required" })
    .trim()
    .min(4, "roster.problem.studentNo")
    .max(20, "roster.problem.studentNo"),
  name: z.string({ error: "form.required" }).trim().min(1, "form.required").max(40, "form.tooLong"),
});

/** The link page: ask to be linked, or confirm with the link mailed to the roster address. */
export const LinkForm = z.discriminatedUnion("intent", [
  LinkSchema.extend({ intent: z.literal("request") }),
  z.object({
    intent: z.literal("claim"),
    claim: z.string({ error: "link.claim.invalid" }).min(20, "link.claim.invalid").max(200, "link.claim.invalid"),
  }),
]);

export const ApplySchema = z.object({
  note: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(500, "form.tooLong")),
});

/** The activation page: the password the graduate chooses (the token in the link names the account). */
export const ActivationSchema = z.object({ password: PasswordSchema });

/** The graduate home's switch between personalised and plain recommendations. */
export const PersonalisationForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("personalisation"), nonPersonalised: z.string().optional() }),
]);

/** Saved searches: saved from the job list, then their alert frequency changed or deleted. */
export const SavedSearchForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), query: z.string({ error: "form.invalid" }).max(2000, "form.tooLong") }),
  z.object({
    intent: z.literal("update"),
    id: z.uuid("form.invalid"),
    frequency: z.enum(["daily", "weekly", "off"], { error: "form.invalid" }),
  }),
  z.object({ intent: z.literal("delete"), id: z.uuid("form.invalid") }),
]);

/** Staff answer a graduate's request to be linked to a roster entry. */
export const LinkRequestDecisionSchema = z.object({
  requestId: z.uuid("form.invalid"),
  decision: z.enum(["approve", "reject"], { error: "form.invalid" }),
});

/** The roster import: check a file (nothing is written), then import the checked file staged on the server. */
export const RosterImportForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("check"),
    file: z
      .instanceof(File, { message: "roster.file.required" })
      .refine((file) => file.size > 0, "roster.file.required"),
  }),
  z.object({ intent: z.literal("import"), stagedId: z.string().default(""), sendActivation: z.string().optional() }),
]);

/** Staff undo a roster link the graduate disputed; the reason goes to the audit log. */
export const UnlinkSchema = z.object({
  intent: z.literal("unlink"),
  reason: z.string({ error: "form.required" }).trim().min(2, "form.required").max(500, "form.tooLong"),
});

/**
 * The query of a staff list of graduates (roster, destinations, support): a search, a cohort, a
 * college and a page. A value that does not parse drops that filter rather than failing the page.
 */
export const graduateListQuery = {
  q: z.string().trim().max(50).optional().catch(undefined),
  cohort: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  college: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
};
