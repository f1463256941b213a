import { z } from "zod";
import { COUNSELLING_MODES } from "../../vocabulary";
import { repeated } from "../forms/fields";
import { generateSlots } from "./slots";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const publishFields = {
  date: z.string({ error: "counselling.date.invalid" }).trim(),
  from: z.string({ error: "counselling.time.invalid" }).trim(),
  to: z.string({ error: "counselling.time.invalid" }).trim(),
  minutes: z.preprocess(blankToUndefined, z.coerce.number({ error: "counselling.minutes.invalid" }).default(30)),
  breakMinutes: z.preprocess(blankToUndefined, z.coerce.number({ error: "counselling.break.invalid" }).default(0)),
  weeks: z.preprocess(blankToUndefined, z.coerce.number({ error: "counselling.weeks.invalid" }).default(1)),
  mode: z.enum(COUNSELLING_MODES, { error: "counselling.mode.invalid" }),
  location: z
    .string({ error: "counselling.location.required" })
    .trim()
    .min(2, "counselling.location.required")
    .max(300, "counselling.location.tooLong"),
  topics: repeated(z.string().trim().min(1).max(40)).pipe(
    z.array(z.string()).min(1, "counselling.topics.required").max(10, "counselling.topics.required"),
  ),
  /** "all", or a college id. Absent: the staff member's default (own college, or all). */
  audience: z.preprocess(
    blankToUndefined,
    z
      .union([z.literal("all"), z.coerce.number().int().positive()], { error: "counselling.audience.invalid" })
      .optional(),
  ),
};

const PublishFields = z.object(publishFields);
type PublishValues = z.output<typeof PublishFields>;

/** A video slot needs an https link; the times must make slots. */
function checkPattern(v: PublishValues, ctx: z.RefinementCtx) {
  if (v.mode === "video" && !/^https:\/\/\S+$/.test(v.location)) {
    ctx.addIssue({ code: "custom", path: ["location"], message: "counselling.location.link" });
  }
  const generated = generateSlots(v);
  if (!generated.ok)
    for (const p of generated.problems) ctx.addIssue({ code: "custom", path: [p.field], message: p.key });
}

/** The times become the slots to publish. */
function withSlots<T extends PublishValues>(v: T) {
  const generated = generateSlots(v);
  return { ...v, slots: generated.ok ? generated.slots : [] };
}

/** The publish form. Field errors are message keys (app/i18n/domains/counselling.ts). */
export const PublishSchema = PublishFields.superRefine(checkPattern).transform(withSlots);
export type PublishInput = z.output<typeof PublishSchema>;

export const BookSchema = z.object({
  slotId: z.uuid({ error: "counselling.slot.choose" }),
  topic: z
    .string({ error: "counselling.topic.required" })
    .trim()
    .min(1, "counselling.topic.required")
    .max(40, "counselling.topic.required"),
  question: z.preprocess((v) => v ?? "", z.string().trim().max(500, "counselling.question.tooLong")),
});
export type BookInput = z.output<typeof BookSchema>;

const bookingId = z.uuid("error.notFound");

/** The graduate's page: book an open slot, cancel a booking (decision 009). */
export const GraduateCounsellingForm = z.discriminatedUnion("intent", [
  BookSchema.extend({ intent: z.literal("book") }),
  z.object({ intent: z.literal("cancel"), bookingId, reason: z.string().default("") }),
]);

/** The counsellor's page: publish and withdraw slots, and act on bookings. */
export const StaffCounsellingForm = z.discriminatedUnion("intent", [
  PublishFields.extend({ intent: z.literal("publish") })
    .superRefine(checkPattern)
    .transform(withSlots),
  z.object({ intent: z.literal("withdraw"), slotId: z.uuid("error.notFound") }),
  z.object({ intent: z.literal("cancel"), bookingId, reason: z.string().default(""), reopen: z.string().optional() }),
  z.object({ intent: z.literal("move"), bookingId, newLocation: z.string().default("") }),
  z.object({ intent: z.literal("note"), bookingId, note: z.string().default("") }),
  z.object({ intent: z.literal("attended"), bookingId }),
  z.object({ intent: z.literal("no_show"), bookingId }),
]);
