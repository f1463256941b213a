import { z } from "zod";
import { optionalText, requiredText } from "../forms/fields";
import { isCalendarDate, schoolDate } from "../time";
import { CONTACT_CHANNELS, SUBSIDY_KINDS, SUBSIDY_STATES } from "./rules";

/**
 * Forms of the support plan page, one schema per intent, joined in `SupportPlanForm` for the
 * page's action (decision 009). Messages are keys of app/i18n/domains/support.ts.
 */

/** A calendar day that exists (no 2 月 30 日), from 2000 on. */
function isRealDay(v: string): boolean {
  return isCalendarDate(v) && v >= "2000-01-01";
}

/** YYYY-MM-DD, a real day, not after today in Beijing and not before 2000. */
const pastDay = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "support.date.invalid")
        .refine(isRealDay, "support.date.invalid")
        .refine((v) => v <= schoolDate(), "support.date.future"),
    );

const optionalPastDay = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .pipe(
    z.union([
      z.literal(""),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "support.date.invalid")
        .refine(isRealDay, "support.date.invalid")
        .refine((v) => v <= schoolDate(), "support.date.future"),
    ]),
  )
  .transform((v) => (v === "" ? null : v));

export const CounsellorSchema = z.object({
  counsellorId: z.uuid({ error: "support.counsellor.required" }),
});

export const CloseSchema = z.object({
  closeReason: requiredText(500, "support.close.reason.required"),
});

export const GoalSchema = z.object({
  goalText: requiredText(200, "support.goal.required"),
});

export const GoalToggleSchema = z.object({
  goalId: z.uuid({ error: "error.notFound" }),
  done: z.enum(["true", "false"], { error: "form.invalid" }).transform((v) => v === "true"),
});

export const GoalRemoveSchema = z.object({
  goalId: z.uuid({ error: "error.notFound" }),
});

export const ContactSchema = z.object({
  contactedOn: pastDay("support.contact.date.required"),
  channel: z.enum(CONTACT_CHANNELS, { error: "support.contact.channel.required" }),
  summary: requiredText(2000, "support.contact.summary.required"),
  nextStep: optionalText(500),
});
export type ContactInput = z.output<typeof ContactSchema>;

export const ReferralSchema = z.object({
  postingId: z
    .string({ error: "support.referral.posting.required" })
    .trim()
    .pipe(z.uuid({ error: "support.referral.posting.invalid" })),
  referralNote: optionalText(500),
});

const SUBSIDY_CODES = SUBSIDY_KINDS.map((k) => k.code) as [string, ...string[]];

const SubsidyFields = z.object({
  subsidyKind: z.enum(SUBSIDY_CODES, { error: "support.subsidy.kind.required" }),
  amountYuan: z
    .string({ error: "support.subsidy.amount.invalid" })
    .transform((v) => v.replace(/[,，\s元¥￥]/g, ""))
    .pipe(
      z
        .string()
        .regex(/^\d{1,6}$/, "support.subsidy.amount.invalid")
        .transform(Number)
        .pipe(z.number().int().min(1, "support.subsidy.amount.invalid").max(100_000, "support.subsidy.amount.invalid")),
    ),
  subsidyStatus: z.enum(SUBSIDY_STATES, { error: "form.invalid" }).default("applied"),
  appliedOn: pastDay("support.subsidy.appliedOn.required"),
  decidedOn: optionalPastDay,
  subsidyNote: optionalText(300),
});

function subsidyDates(value: z.output<typeof SubsidyFields>, ctx: z.RefinementCtx) {
  if (value.decidedOn && value.decidedOn < value.appliedOn) {
    ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "support.subsidy.decidedOn.beforeApplied" });
  }
  if (value.subsidyStatus === "applied" && value.decidedOn) {
    ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "support.subsidy.decidedOn.notDecided" });
  }
}

export const SubsidySchema = SubsidyFields.superRefine(subsidyDates);
export type SubsidyInput = z.output<typeof SubsidySchema>;

export const SubsidyStatusSchema = z.object({
  subsidyId: z.uuid({ error: "error.notFound" }),
  subsidyStatus: z.enum(SUBSIDY_STATES, { error: "form.invalid" }),
});

/** Every form of the support plan page, told apart by `intent`. */
export const SupportPlanForm = z.discriminatedUnion("intent", [
  CounsellorSchema.extend({ intent: z.literal("open") }),
  CounsellorSchema.extend({ intent: z.literal("assign") }),
  CloseSchema.extend({ intent: z.literal("close") }),
  z.object({ intent: z.literal("reopen") }),
  GoalSchema.extend({ intent: z.literal("goal") }),
  GoalToggleSchema.extend({ intent: z.literal("goal-toggle") }),
  GoalRemoveSchema.extend({ intent: z.literal("goal-remove") }),
  ContactSchema.extend({ intent: z.literal("contact") }),
  ReferralSchema.extend({ intent: z.literal("refer") }),
  SubsidyFields.extend({ intent: z.literal("subsidy") }).superRefine(subsidyDates),
  SubsidyStatusSchema.extend({ intent: z.literal("subsidy-status") }),
]);
