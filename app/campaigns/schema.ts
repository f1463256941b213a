/** The forms of programme campaigns (issue 14); messages are keys of app/i18n/domains/campaigns.ts. */
import { z } from "zod";
import { PROGRAMME_SLUGS } from "../../vocabulary";
import { ELIGIBILITY_DEGREES } from "../programmes/schema";
import type { CampaignTarget } from "./targeting";

/** The eligibility choices of the form, and the outcomes each admits. */
export const ELIGIBILITY_CHOICES = {
  pass: ["pass"],
  passOrCheck: ["pass", "check"],
  any: ["pass", "check", "fail"],
} as const satisfies Record<string, CampaignTarget["eligibility"]>;
export type EligibilityChoice = keyof typeof ELIGIBILITY_CHOICES;

const optionalId = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, "campaign.field.invalid")
  .default("")
  .transform((v) => (v === "" ? null : Number(v)));

const TargetFields = z.object({
  slug: z.enum(PROGRAMME_SLUGS, "campaign.field.invalid"),
  year: z.coerce
    .number("campaign.field.invalid")
    .int("campaign.field.invalid")
    .min(2000, "campaign.field.invalid")
    .max(2100, "campaign.field.invalid"),
  cohort: z.coerce
    .number("campaign.field.invalid")
    .int("campaign.field.invalid")
    .min(2000, "campaign.field.invalid")
    .max(2100, "campaign.field.invalid"),
  collegeId: optionalId,
  majorId: optionalId,
  degree: z
    .enum([...ELIGIBILITY_DEGREES, ""], "campaign.field.invalid")
    .default("")
    .transform((v) => (v === "" ? null : v)),
  eligibility: z.enum(["pass", "passOrCheck", "any"], "campaign.field.invalid").default("passOrCheck"),
});

const text = (max: number) =>
  z.string("campaign.field.required").trim().min(1, "campaign.field.required").max(max, "campaign.field.tooLong");

export const CampaignForm = z.discriminatedUnion("intent", [
  TargetFields.extend({ intent: z.literal("preview") }),
  TargetFields.extend({
    intent: z.literal("create"),
    subjectZh: text(120),
    subjectEn: text(160),
    bodyZh: text(4000),
    bodyEn: text(6000),
  }),
]);

export function targetOf(input: z.output<typeof TargetFields>): CampaignTarget {
  return {
    cohort: input.cohort,
    collegeId: input.collegeId,
    majorId: input.majorId,
    degree: input.degree,
    eligibility: [...ELIGIBILITY_CHOICES[input.eligibility]],
  };
}

export const CampaignSendForm = z.object({ intent: z.literal("send") });
