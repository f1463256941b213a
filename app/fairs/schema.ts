/**
 * The forms of online fairs, one schema per intent (decision 009). Messages are keys of
 * app/i18n/domains/fairs.ts. Pure: routes and tests import it, in the browser too.
 */
import { z } from "zod";
import { optionalText, repeated, requiredText } from "../forms/fields";
import { calendarDaysBetween, isCalendarDate } from "../time";
import { FAIR_DEGREES, QUEUE_INTERESTS, WAITLIST_MODES } from "../../vocabulary";

/** A fair lasts at most this many days (a longer one is a typing mistake in a date). */
export const MAX_FAIR_DAYS = 14;

const day = z
  .string({ error: "fair.field.date.invalid" })
  .trim()
  .refine((value) => isCalendarDate(value), "fair.field.date.invalid");

const clock = z
  .string({ error: "fair.field.time.invalid" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "fair.field.time.invalid");

const positive = z.coerce
  .number({ error: "fair.field.capacity.invalid" })
  .int("fair.field.capacity.invalid")
  .min(1, "fair.field.capacity.invalid")
  .max(1_000_000, "fair.field.capacity.invalid");

/** Empty = no limit. */
const optionalPositive = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  positive.nullable(),
);

const optionalCollege = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.coerce.number().int().positive("form.invalid").nullable(),
);

const FairFields = z.object({
  title: requiredText(120, "fair.field.title.required"),
  theme: optionalText(60),
  description: optionalText(4000),
  collegeId: optionalCollege,
  startsOn: day,
  endsOn: day,
  liveFrom: clock,
  liveUntil: clock,
  cohorts: repeated(z.coerce.number().int().min(2000, "form.invalid").max(2100, "form.invalid")),
  degrees: repeated(z.enum(FAIR_DEGREES, { error: "form.invalid" })),
  collegeIds: repeated(z.coerce.number().int().positive("form.invalid")),
  majorIds: repeated(z.coerce.number().int().positive("form.invalid")),
  graduateCapacity: optionalPositive,
  waitlistMode: z.enum(WAITLIST_MODES, { error: "form.invalid" }).default("auto"),
  boothCapacity: positive,
  employerWindowOpens: day,
  employerWindowCloses: day,
});

function checkFair(fair: z.output<typeof FairFields>, ctx: z.RefinementCtx) {
  if (fair.endsOn < fair.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "fair.field.endsOn.beforeStart" });
  else if (calendarDaysBetween(fair.startsOn, fair.endsOn) >= MAX_FAIR_DAYS)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "fair.field.days.tooMany" });
  if (fair.liveUntil <= fair.liveFrom)
    ctx.addIssue({ code: "custom", path: ["liveUntil"], message: "fair.field.liveUntil.beforeStart" });
  if (fair.employerWindowCloses < fair.employerWindowOpens)
    ctx.addIssue({ code: "custom", path: ["employerWindowCloses"], message: "fair.field.window.order" });
  else if (fair.employerWindowCloses > fair.endsOn)
    ctx.addIssue({ code: "custom", path: ["employerWindowCloses"], message: "fair.field.window.afterFair" });
}

export const FairSchema = FairFields.superRefine(checkFair);
export type FairInput = z.output<typeof FairSchema>;

export const FAIR_STATUS_INTENTS = ["open_to_employers", "open_to_graduates", "go_live", "close"] as const;

/** The staff fair page: edit, or move the fair on. */
export const StaffFairForm = z.discriminatedUnion("intent", [
  FairFields.extend({ intent: z.literal("edit") }).superRefine(checkFair),
  z.object({ intent: z.enum(FAIR_STATUS_INTENTS) }),
  z.object({ intent: z.literal("approve"), boothId: z.uuid({ error: "form.invalid" }) }),
  z.object({
    intent: z.literal("decline"),
    boothId: z.uuid({ error: "form.invalid" }),
    reason: requiredText(1000, "fairBooth.reason.required"),
  }),
  z.object({ intent: z.literal("promote"), registrationId: z.uuid({ error: "form.invalid" }) }),
]);

const chatMinutes = z.coerce
  .number({ error: "fairBooth.chatMinutes.invalid" })
  .int("fairBooth.chatMinutes.invalid")
  .min(3, "fairBooth.chatMinutes.invalid")
  .max(60, "fairBooth.chatMinutes.invalid");

/** https and nothing a browser would read as something else; any meeting service. */
export const meetingLink = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .refine((value) => {
    if (!/^https:\/\/\S+$/.test(value)) return false;
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "fairBooth.link.https");

/**
 * A booth application. Each colleague is offered as a row: `repUserIds` and `repLinks` come in
 * pairs in the form's order; a row whose link is left empty is a colleague not attending.
 */
const BoothFields = z.object({
  intro: optionalText(2000),
  chatMinutes: chatMinutes.default(15),
  postingIds: repeated(z.uuid({ error: "form.invalid" })),
  repUserIds: repeated(z.uuid({ error: "form.invalid" })),
  repLinks: repeated(z.string().max(500, "form.tooLong")),
});

function toApplication(form: z.output<typeof BoothFields>, ctx: z.RefinementCtx) {
  const representatives: { userId: string; meetingLink: string }[] = [];
  form.repUserIds.forEach((userId, index) => {
    const link = (form.repLinks[index] ?? "").trim();
    if (link === "") return;
    const parsed = meetingLink.safeParse(link);
    if (!parsed.success) ctx.addIssue({ code: "custom", path: ["repLinks"], message: "fairBooth.link.https" });
    else representatives.push({ userId, meetingLink: parsed.data });
  });
  // "Name at least one" only when no link was typed at all; a mistyped link has its own message.
  if (form.repLinks.every((link) => link.trim() === ""))
    ctx.addIssue({ code: "custom", path: ["repLinks"], message: "fairBooth.representative.required" });
  return {
    intro: form.intro,
    chatMinutes: form.chatMinutes,
    postingIds: [...new Set(form.postingIds)],
    representatives,
  };
}

export const BoothApplicationSchema = BoothFields.transform(toApplication);
export type BoothApplicationInput = z.output<typeof BoothApplicationSchema>;

export const EmployerFairForm = z.discriminatedUnion("intent", [
  BoothFields.extend({ intent: z.literal("apply") }).transform((form, ctx) => ({
    intent: form.intent,
    ...toApplication(form, ctx),
  })),
  z.object({ intent: z.literal("withdraw") }),
]);

/** The graduate's side of a fair page. */
export const GraduateFairForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("register") }),
  z.object({ intent: z.literal("cancel") }),
  z.object({
    intent: z.literal("join"),
    boothId: z.uuid({ error: "form.invalid" }),
    /** The tick box "they may apply for me if they invite me to interview" (unticked sends nothing). */
    interviewConsent: z
      .string()
      .optional()
      .transform((value) => value === "yes"),
  }),
  z.object({ intent: z.literal("leave"), boothId: z.uuid({ error: "form.invalid" }) }),
]);

/** The representative's booth console. */
export const RepresentativeForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("online") }),
  z.object({ intent: z.literal("offline") }),
  z.object({ intent: z.literal("call") }),
  z.object({ intent: z.literal("start_chat"), entryId: z.uuid({ error: "form.invalid" }) }),
  z.object({ intent: z.literal("finish"), entryId: z.uuid({ error: "form.invalid" }) }),
  z.object({ intent: z.literal("miss"), entryId: z.uuid({ error: "form.invalid" }) }),
  z
    .object({
      intent: z.literal("interest"),
      entryId: z.uuid({ error: "form.invalid" }),
      interest: z.enum(QUEUE_INTERESTS, { error: "form.invalid" }),
      note: optionalText(2000),
      postingId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "form.invalid" }).optional()),
      /** For "invite to interview": a proposed time ("2026-12-08T14:00", school time) and length. */
      interviewAt: z
        .string()
        .optional()
        .transform((value) => (value ?? "").trim())
        .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), "interview.slot.invalid"),
      interviewMinutes: z.coerce
        .number({ error: "interview.slot.invalid" })
        .int("interview.slot.invalid")
        .min(10, "interview.slot.invalid")
        .max(240, "interview.slot.invalid")
        .default(30),
    })
    .superRefine((form, ctx) => {
      if (form.interest !== "invite_to_interview") return;
      if (!form.postingId)
        ctx.addIssue({ code: "custom", path: ["postingId"], message: "fairQueue.invite.postingRequired" });
      if (!form.interviewAt)
        ctx.addIssue({ code: "custom", path: ["interviewAt"], message: "interview.slot.required" });
    }),
]);

/** A booth's group session: a title, a day of the fair and a start (school time), a length, places, a link. */
export const BoothSessionSchema = z.object({
  title: requiredText(120, "fairSession.field.title.required"),
  date: day,
  time: clock,
  minutes: z.coerce
    .number({ error: "fairSession.field.minutes.invalid" })
    .int("fairSession.field.minutes.invalid")
    .min(10, "fairSession.field.minutes.invalid")
    .max(240, "fairSession.field.minutes.invalid"),
  capacity: z.coerce
    .number({ error: "fairSession.field.capacity.invalid" })
    .int("fairSession.field.capacity.invalid")
    .min(1, "fairSession.field.capacity.invalid")
    .max(10_000, "fairSession.field.capacity.invalid"),
  meetingLink,
});
export type BoothSessionInput = z.output<typeof BoothSessionSchema>;

/** The employer's fair page: the booth application, its group sessions and, on the day, the representative's console. */
export const EmployerFairPageForm = z.discriminatedUnion("intent", [
  ...EmployerFairForm.options,
  ...RepresentativeForm.options,
  BoothSessionSchema.extend({ intent: z.literal("session") }),
  z.object({ intent: z.literal("session_cancel"), sessionId: z.uuid({ error: "form.invalid" }) }),
]);

/** A graduate on a booth page: a place at one of its group sessions, or giving it back. */
export const BoothPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("session_register"), sessionId: z.uuid({ error: "form.invalid" }) }),
  z.object({ intent: z.literal("session_unregister"), sessionId: z.uuid({ error: "form.invalid" }) }),
]);
