/**
 * The forms of campus talks, one schema per intent (decision 009). Messages are keys of
 * app/i18n/domains/talks.ts. Pure: routes and tests import it, in the browser too.
 */
import { z } from "zod";
import { repeated, requiredText } from "../forms/fields";
import { isCalendarDate } from "../time";
import { TALK_MODES, TALK_SLOTS } from "../../vocabulary";

const positive = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(1, message).max(100_000, message);

export const VenueSchema = z.object({
  name: requiredText(80, "talkVenue.field.name.required"),
  building: requiredText(80, "talkVenue.field.building.required"),
  capacity: positive("talkVenue.field.capacity.invalid"),
});
export type VenueInput = z.output<typeof VenueSchema>;

const optionalId = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.coerce.number().int().positive("form.invalid").nullable(),
);

const TalkRequestFields = z.object({
  title: requiredText(120, "talk.field.title.required"),
  brochure: requiredText(20_000, "talk.field.brochure.required"),
  mode: z.enum(TALK_MODES, { error: "talk.field.mode.invalid" }),
  venueId: optionalId,
  meetingLink: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim()),
  talkDate: z
    .string({ error: "talk.field.date.invalid" })
    .trim()
    .refine((value) => isCalendarDate(value), "talk.field.date.invalid"),
  slot: z.enum(TALK_SLOTS, { error: "talk.field.slot.invalid" }),
  /** Online only; on campus the venue's capacity. */
  capacity: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    positive("talk.field.capacity.invalid").nullable(),
  ),
  postingIds: repeated(z.uuid("form.invalid")),
});

function checkTalk(talk: z.output<typeof TalkRequestFields>, ctx: z.RefinementCtx) {
  if (talk.mode === "on_campus" && talk.venueId === null)
    ctx.addIssue({ code: "custom", path: ["venueId"], message: "talk.field.venue.required" });
  if (talk.mode === "online") {
    let https = false;
    try {
      https = new URL(talk.meetingLink).protocol === "https:";
    } catch {
      https = false;
    }
    if (!https) ctx.addIssue({ code: "custom", path: ["meetingLink"], message: "talk.field.link.https" });
    if (talk.capacity === null)
      ctx.addIssue({ code: "custom", path: ["capacity"], message: "talk.field.capacity.invalid" });
  }
}

export const TalkRequestSchema = TalkRequestFields.superRefine(checkTalk);
export type TalkRequestInput = z.output<typeof TalkRequestSchema>;

export const GraduateTalkForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("signup") }),
  z.object({ intent: z.literal("cancel") }),
]);

/** The employer's talks page: a request, or withdrawing one of theirs. */
export const EmployerTalksForm = z.discriminatedUnion("intent", [
  TalkRequestFields.extend({ intent: z.literal("request") }).superRefine(checkTalk),
  z.object({ intent: z.literal("withdraw"), talkId: z.uuid({ error: "form.invalid" }) }),
]);

export const StaffTalksForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), talkId: z.uuid({ error: "form.invalid" }) }),
  z.object({
    intent: z.literal("decline"),
    talkId: z.uuid({ error: "form.invalid" }),
    reason: z
      .string()
      .optional()
      .transform((value) => (value ?? "").trim()),
  }),
  z.object({
    intent: z.literal("cancel"),
    talkId: z.uuid({ error: "form.invalid" }),
    reason: z
      .string()
      .optional()
      .transform((value) => (value ?? "").trim())
      .pipe(z.string().min(1, "talk.cancel.reasonRequired").max(1000, "form.tooLong")),
  }),
  VenueSchema.extend({ intent: z.literal("venue") }),
  VenueSchema.extend({ intent: z.literal("venue_edit"), venueId: z.coerce.number().int().positive("form.invalid") }),
]);

export const StaffCheckInForm = z.object({
  studentNo: z
    .string({ error: "talk.checkIn.unknownStudent" })
    .trim()
    .min(1, "talk.checkIn.unknownStudent")
    .max(40, "talk.checkIn.unknownStudent"),
});

export const CheckInForm = z.object({ code: z.string().max(80).default("") });
