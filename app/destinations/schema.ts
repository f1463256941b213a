import { z } from "zod";

/**
 * Forms of the destination pages (pure: the route declares its form with these in the browser
 * bundle too, where a *.server module is empty). Messages are keys of app/i18n/domains/reports.ts.
 */

/** The code and the internship flag; the fields a code needs are checked by the domain, which knows the code. */
export const DestinationFormSchema = z.object({
  code: z.string({ error: "destination.code.required" }).trim().min(1, "destination.code.required").max(10),
  isInternship: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

/** The graduate's page: report (with the code's fields and an optional proof), confirm, dispute. */
export const GraduateDestinationForm = z.discriminatedUnion("intent", [
  z.looseObject({
    intent: z.literal("report"),
    ...DestinationFormSchema.shape,
    evidence: z.instanceof(File).optional(),
  }),
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("dispute"), note: z.string().default("") }),
]);

const graduateId = z.uuid("error.notFound");

/** The staff review page: verify, return with a reason, and record a destination for a graduate by student number. */
export const StaffDestinationForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), graduateId }),
  z.object({ intent: z.literal("return"), graduateId, reason: z.string().default("") }),
  z.looseObject({
    intent: z.literal("record"),
    studentNo: z.string().default(""),
    ...DestinationFormSchema.shape,
    evidence: z.instanceof(File).optional(),
  }),
]);
