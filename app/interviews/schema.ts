import { z } from "zod";
import { INTERVIEW_MODES } from "../../vocabulary";
import { repeated } from "../forms/fields";
import { schoolInstant } from "../time";

const SlotSchema = z
  .object({
    startsAt: z.coerce.date({ error: "interview.slot.invalid" }),
    endsAt: z.coerce.date({ error: "interview.slot.invalid" }),
  })
  .refine(
    (s) => !Number.isNaN(s.startsAt.getTime()) && !Number.isNaN(s.endsAt.getTime()) && s.endsAt > s.startsAt,
    "interview.slot.invalid",
  );
export const SlotsSchema = z.array(SlotSchema).min(1, "interview.slot.required").max(10, "interview.slot.tooMany");
export const ProposeSchema = z.object({
  applicationId: z.uuid("error.notFound"),
  mode: z.enum(INTERVIEW_MODES, { error: "interview.mode.invalid" }),
  location: z
    .string({ error: "interview.location.required" })
    .trim()
    .min(2, "interview.location.required")
    .max(500, "interview.location.required"),
  slots: SlotsSchema,
});
export type ProposeInput = z.output<typeof ProposeSchema>;

type Slot = { startsAt: Date; endsAt: Date };

/** "2026-12-01T10:00" from a datetime-local field, read as school (Beijing) time; an unreadable one stays invalid. */
export function slotFromForm(local: string, minutes: number): Slot {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/.exec(local);
  let startsAt = new Date(Number.NaN);
  try {
    if (match) startsAt = schoolInstant(match[1]!, match[2]!);
  } catch {
    // Not a calendar date (2026-02-30): left invalid, refused by SlotsSchema.
  }
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
}

/** Every non-empty "slot" field of a form with one length in minutes (5 to 480, 30 when unreadable). */
const slotFields = {
  slot: repeated(z.string()),
  minutes: z.string().optional(),
};
function slotsOf({ slot, minutes }: { slot: string[]; minutes?: string }): Slot[] {
  const length = Math.min(480, Math.max(5, Number(minutes ?? 30) || 30));
  return slot
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => slotFromForm(value, length));
}

const interviewId = z.uuid("error.notFound");

/** What either side may do to an interview, the same on both pages (app/interviews/forms.server.ts answers it). */
export const PickIntent = z.object({ intent: z.literal("pick"), interviewId, slotId: z.string().default("") });
export const RescheduleIntent = z
  .object({ intent: z.literal("reschedule"), interviewId, reason: z.string().optional(), ...slotFields })
  .transform(({ slot, minutes, ...rest }) => ({ ...rest, slots: slotsOf({ slot, minutes }) }));
export const CancelIntent = z.object({ intent: z.literal("cancel"), interviewId, reason: z.string().default("") });

/** The employer's interview page (decision 009): invite, then reschedule, cancel or record the outcome. */
export const EmployerInterviewForm = z.discriminatedUnion("intent", [
  z
    .object({
      intent: z.literal("propose"),
      applicationId: z.string().optional(),
      mode: z.string().optional(),
      location: z.string().optional(),
      ...slotFields,
    })
    .transform(({ intent, slot, minutes, ...rest }, ctx) => {
      // The typed fields and the slots they make, checked by the domain's own schema.
      const parsed = ProposeSchema.safeParse({ ...rest, slots: slotsOf({ slot, minutes }) });
      if (parsed.success) return { intent, ...parsed.data };
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }),
  RescheduleIntent,
  CancelIntent,
  PickIntent,
  z.object({ intent: z.literal("completed"), interviewId }),
  z.object({ intent: z.literal("no_show"), interviewId }),
]);

/** The graduate's interview page (decision 009): pick a time, ask for others, reschedule or cancel. */
export const GraduateInterviewForm = z.discriminatedUnion("intent", [
  PickIntent,
  z.object({ intent: z.literal("other_times"), interviewId, reason: z.string().optional() }),
  RescheduleIntent,
  CancelIntent,
]);
