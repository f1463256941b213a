import { and, asc, desc, eq, inArray, max, ne } from "drizzle-orm";
import { applyToPosting, employerTransition, graduateTransition } from "../app/applications/applications.server";
import {
  cancelInterview,
  pickSlot,
  proposeInterview,
  recordOutcome,
  rescheduleInterview,
  sendInterviewReminders,
} from "../app/interviews/interviews.server";
import { actingAs, type Party } from "../app/auth/actor";
import type { InterviewActor } from "../app/interviews/states";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import { addCalendarDays, schoolDate, schoolInstant, schoolWeekday } from "../app/time";
import type { Database, Tx } from "../db/client";
import {
  applicationEvents,
  applications,
  employerMembers,
  employers,
  graduates,
  interviewSlots,
  postings,
  type ApplicationState,
} from "../db/schema";
import type { InterviewMode } from "../db/schema/interviews";

const HOUR = 3_600_000;

/**
 * An instant at school (app/time.ts) on the n-th working day (Monday to Friday; the holiday table
 * of app/talks/rules.ts is not consulted) after today (n > 0) or before it (n < 0); n = 0 is today.
 */
export function workingDay(n: number, hhmm: string, now: Date): Date {
  let day = schoolDate(now);
  for (let left = Math.abs(n); left > 0;) {
    day = addCalendarDays(day, Math.sign(n));
    const weekday = schoolWeekday(schoolInstant(day));
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return schoolInstant(day, hhmm);
}

export const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

type Slot = { startsAt: Date; endsAt: Date };

/**
 * The organizer's booked interview times, so the seed never offers or books a time that the
 * database guard (migration 0006: no overlapping booked slots per organizer) would refuse.
 */
export class OrganizerCalendar {
  private readonly booked: { start: number; end: number }[] = [];
  /** Times offered and not (yet) booked: not offered twice, so any of them can still be picked. */
  private readonly held: { start: number; end: number }[] = [];

  private constructor(
    readonly organizerUserId: string,
    private readonly now: Date,
  ) {}

  static async load(tx: Tx, organizerUserId: string, now: Date) {
    const calendar = new OrganizerCalendar(organizerUserId, now);
    const rows = await tx
      .select({ startsAt: interviewSlots.startsAt, endsAt: interviewSlots.endsAt })
      .from(interviewSlots)
      .where(and(eq(interviewSlots.organizerUserId, organizerUserId), eq(interviewSlots.booked, true)));
    for (const r of rows) calendar.booked.push({ start: r.startsAt.getTime(), end: r.endsAt.getTime() });
    return calendar;
  }

  isFree(slot: Slot, among: { start: number; end: number }[] = [...this.booked, ...this.held]) {
    return among.every((b) => slot.endsAt.getTime() <= b.start || slot.startsAt.getTime() >= b.end);
  }

  hold(slot: Slot) {
    this.held.push({ start: slot.startsAt.getTime(), end: slot.endsAt.getTime() });
  }

  /** The first free time from `hhmm` on working day n, in half hours up to 17:30; then the next working day further from today. */
  find(n: number, hhmm: string, minutes: number): Slot {
    const direction = n < 0 ? -1 : 1;
    for (let day = n, tries = 0; tries < 30; day += direction, tries++) {
      for (let at = workingDay(day, tries === 0 ? hhmm : "09:30", this.now); ; at = minutesAfter(at, 30)) {
        const slot = { startsAt: at, endsAt: minutesAfter(at, minutes) };
        if (slot.endsAt.getTime() > workingDay(day, "17:30", this.now).getTime()) break;
        if (this.isFree(slot)) return slot;
      }
    }
    throw new Error("no free interview time found");
  }

  book(slot: Slot) {
    if (!this.isFree(slot, this.booked))
      throw new Error(`interview slot ${slot.startsAt.toISOString()} overlaps a booked one`);
    this.booked.push({ start: slot.startsAt.getTime(), end: slot.endsAt.getTime() });
  }
}

/**
 * Moves an application along through the application commands (app/applications/applications.server.ts),
 * each step at its time: the graduate's own steps (withdraw, answer an offer) as the graduate,
 * the others as the employer. Refuses a step dated before the application's last recorded change,
 * or one the state machine does not allow.
 */
export async function advanceApplication(
  tx: Tx,
  application: { id: string; status: ApplicationState },
  steps: { status: ApplicationState; at: Date; actorUserId: string }[],
) {
  const db = tx as unknown as Database;
  const [row] = await tx
    .select({ employerId: applications.employerId, graduateUserId: graduates.userId })
    .from(applications)
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .where(eq(applications.id, application.id));
  if (!row) throw new Error(`demo application ${application.id} not found`);
  const [latest] = await tx
    .select({ at: applicationEvents.createdAt })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, application.id))
    .orderBy(desc(applicationEvents.createdAt))
    .limit(1);
  let previous = latest?.at.getTime() ?? 0;
  for (const step of steps) {
    if (step.at.getTime() <= previous)
      throw new Error(`demo application ${application.id}: ${step.status} dated before its previous change`);
    previous = step.at.getTime();
    if (step.status === application.status) continue;
    if (step.actorUserId === row.graduateUserId && GRADUATE_ANSWERS.has(step.status))
      await graduateTransition(
        db,
        { userId: step.actorUserId },
        {
          applicationId: application.id,
          to: step.status as "withdrawn" | "accepted" | "declined",
          now: step.at,
        },
      );
    else {
      const { changed } = await employerTransition(
        db,
        { userId: step.actorUserId },
        {
          employerId: row.employerId,
          applicationIds: [application.id],
          to: step.status,
          now: step.at,
        },
      );
      if (changed !== 1) throw new Error(`demo application: ${application.status} → ${step.status} not allowed`);
    }
    application.status = step.status;
  }
}

const GRADUATE_ANSWERS: ReadonlySet<ApplicationState> = new Set(["withdrawn", "accepted", "declined"]);

type InterviewStep =
  | { kind: "propose"; at: Date; slots: Slot[] }
  | { kind: "confirm"; at: Date; actor: InterviewActor; slot: number }
  | { kind: "reschedule"; at: Date; actor: InterviewActor; slots: Slot[]; reason: string }
  | { kind: "cancel"; at: Date; actor: InterviewActor; reason: string }
  | { kind: "complete" | "mark_no_show"; at: Date };

export interface InterviewPlan {
  application: { id: string; graduateId: string; employerId: string };
  graduateUserId: string | null;
  mode: InterviewMode;
  location: string;
  steps: InterviewStep[];
}

/** A confirmed interview gets its reminder at the maintenance tick 24–48 h before it starts (app/worker.ts). */
const REMINDER_LEAD = 36 * HOUR;

/**
 * Replays one interview through the interview commands (app/interviews/interviews.server.ts), each
 * step at its time and as the side that took it: the proposal (which moves the application to
 * "interviewing"), picking a time, new times, a cancellation, the outcome; the reminder tick runs
 * 36 h before a confirmed time that was reached before the next step. The mail the commands queue
 * is the caller's to settle (`settleReplayedMail`).
 */
export async function writeInterview(tx: Tx, calendar: OrganizerCalendar, plan: InterviewPlan) {
  const db = tx as unknown as Database;
  const organizer = calendar.organizerUserId;
  const [first] = plan.steps;
  if (first?.kind !== "propose") throw new Error("an interview starts with a proposal");
  for (const step of plan.steps)
    if (step.kind === "propose" || step.kind === "reschedule") step.slots.forEach((s) => calendar.hold(s));
  let interview = await proposeInterview(
    db,
    { userId: organizer },
    {
      data: { applicationId: plan.application.id, mode: plan.mode, location: plan.location, slots: first.slots },
      now: first.at,
    },
  );
  const viewer = (actor: InterviewActor): Party => {
    if (actor === "employer") return actingAs("employer", { userId: organizer });
    if (!plan.graduateUserId) throw new Error("demo interview: the graduate has no account");
    return actingAs("graduate", { userId: plan.graduateUserId });
  };
  let booked: Slot | null = null;
  let reminded = false;
  for (const step of plan.steps.slice(1)) {
    if (booked && !reminded && interview.status === "confirmed") {
      const reminderAt = new Date(booked.startsAt.getTime() - REMINDER_LEAD);
      if (reminderAt.getTime() < step.at.getTime() && reminderAt.getTime() > interview.updatedAt.getTime()) {
        await sendInterviewReminders(db, reminderAt);
        reminded = true;
      }
    }
    switch (step.kind) {
      case "propose":
        throw new Error("demo interview: proposed twice");
      case "confirm": {
        const slots = await tx
          .select()
          .from(interviewSlots)
          .where(eq(interviewSlots.interviewId, interview.id))
          .orderBy(asc(interviewSlots.startsAt));
        const offered = interview.status === "proposed" ? first.slots : lastOffered(plan.steps, step);
        const wanted = offered[step.slot];
        const slot = slots.find((s) => s.startsAt.getTime() === wanted?.startsAt.getTime());
        if (!slot || !wanted) throw new Error("demo interview: the picked time was not offered");
        calendar.book(wanted);
        interview = await pickSlot(db, viewer(step.actor), {
          interviewId: interview.id,
          slotId: slot.id,
          now: step.at,
        });
        booked = wanted;
        break;
      }
      case "reschedule":
        interview = await rescheduleInterview(db, viewer(step.actor), {
          interviewId: interview.id,
          slots: step.slots,
          reason: step.reason,
          now: step.at,
        });
        booked = null;
        break;
      case "cancel":
        interview = await cancelInterview(db, viewer(step.actor), {
          interviewId: interview.id,
          reason: step.reason,
          now: step.at,
        });
        booked = null;
        break;
      case "complete":
      case "mark_no_show":
        interview = await recordOutcome(
          db,
          { userId: organizer },
          { interviewId: interview.id, outcome: step.kind === "complete" ? "completed" : "no_show", now: step.at },
        );
        break;
    }
  }
  return { id: interview.id, status: interview.status };
}

/** The times on offer when a step is taken: those of the last proposal or new times before it. */
function lastOffered(steps: InterviewStep[], before: InterviewStep): Slot[] {
  let offered: Slot[] = [];
  for (const step of steps) {
    if (step === before) break;
    if (step.kind === "propose" || step.kind === "reschedule") offered = step.slots;
  }
  return offered;
}

const TENCENT_MEETING = (n: number) =>
  `https://meeting.tencent.com/dm/${String(7_300_000_000 + n * 7_919_311).slice(0, 10)}`;

/**
 * Interviews in every state for applications to the demo employer: the demo graduate has one
 * past (completed, which led to an offer), one proposed with three times to pick from and one
 * confirmed in the coming days; other applicants have one rescheduled, one confirmed, one
 * no-show, one completed and one cancelled. Runs inside the seed's transaction, after
 * seedGraduates; times are relative to `now`, in Beijing working hours.
 */
export async function seedInterviews(
  tx: Tx,
  options: { employerOwnerUserId: string; demoGraduateUserId: string; now: Date },
) {
  const { now } = options;
  const db = tx as unknown as Database;
  const replayFrom = await lastOutboxId(tx);
  const owner = options.employerOwnerUserId;
  const [membership] = await tx.select().from(employerMembers).where(eq(employerMembers.userId, owner)).limit(1);
  const calendar = await OrganizerCalendar.load(tx, owner, now);
  if (!membership) return { interviews: 0, calendar };
  const [employer] = await tx.select().from(employers).where(eq(employers.id, membership.employerId)).limit(1);
  const onsite = `${employer?.address ?? "杭州市滨江区"} ${employer?.name ?? ""} 3 楼 301 会议室（到前台报姓名即可）`;
  const at = (n: number, hhmm: string) => workingDay(n, hhmm, now);
  let count = 0;
  const write = async (plan: InterviewPlan) => {
    await writeInterview(tx, calendar, plan);
    count++;
  };
  const appColumns = {
    id: applications.id,
    status: applications.status,
    postingId: applications.postingId,
    graduateId: applications.graduateId,
    employerId: applications.employerId,
  };

  // The demo graduate: her two applications, and a third for the confirmed interview.
  const [demo] = await tx.select().from(graduates).where(eq(graduates.userId, options.demoGraduateUserId)).limit(1);
  if (demo) {
    const mine = await tx
      .select(appColumns)
      .from(applications)
      .where(and(eq(applications.graduateId, demo.id), eq(applications.employerId, membership.employerId)))
      .orderBy(asc(applications.createdAt));
    const toOffer = mine.find((a) => a.status === "shortlisted") ?? mine[0];
    const toPropose = mine.find((a) => a !== toOffer);
    if (toOffer) {
      // Interviewed last week (video), then offered: seedAgreements drafts her agreement from this offer.
      const slot = calendar.find(-4, "10:00", 60);
      await write({
        application: toOffer,
        graduateUserId: options.demoGraduateUserId,
        mode: "video",
        location: TENCENT_MEETING(1),
        steps: [
          { kind: "propose", at: at(-6, "10:05"), slots: [slot, calendar.find(-4, "15:00", 60)] },
          { kind: "confirm", at: at(-6, "19:40"), actor: "graduate", slot: 0 },
          { kind: "complete", at: minutesAfter(slot.endsAt, 20) },
        ],
      });
      await advanceApplication(tx, toOffer, [{ status: "offered", at: at(-2, "16:30"), actorUserId: owner }]);
    }
    if (toPropose) {
      // Waiting for her to pick one of three times.
      await advanceApplication(tx, toPropose, [
        { status: "viewed", at: at(-5, "09:40"), actorUserId: owner },
        { status: "shortlisted", at: at(-3, "11:15"), actorUserId: owner },
      ]);
      await write({
        application: toPropose,
        graduateUserId: options.demoGraduateUserId,
        mode: "video",
        location: TENCENT_MEETING(2),
        steps: [
          {
            kind: "propose",
            at: at(-1, "17:05"),
            slots: [calendar.find(2, "10:00", 45), calendar.find(2, "15:00", 45), calendar.find(3, "14:00", 45)],
          },
        ],
      });
    }
    // A third posting she applied to (a front-end post when there is one): on-site interview confirmed for the day after tomorrow.
    const open = await tx
      .select({ id: postings.id, title: postings.title, jobType: postings.jobType })
      .from(postings)
      .where(and(eq(postings.employerId, membership.employerId), eq(postings.status, "published")))
      .orderBy(asc(postings.title));
    const free = open.filter((p) => !mine.some((a) => a.postingId === p.id));
    const posting =
      free.find((p) => p.title.includes("前端")) ?? free.find((p) => p.jobType === "full_time") ?? free[0];
    if (posting) {
      const applied = await applyToPosting(
        db,
        { userId: options.demoGraduateUserId },
        {
          postingId: posting.id,
          note: "您好，我熟悉 React 与 TypeScript，期待有机会参加面试。",
          now: at(-8, "21:12"),
        },
      );
      const [app] = await tx.select(appColumns).from(applications).where(eq(applications.id, applied.applicationId));
      if (app) {
        await advanceApplication(tx, app, [
          { status: "viewed", at: at(-7, "09:30"), actorUserId: owner },
          { status: "shortlisted", at: at(-5, "10:10"), actorUserId: owner },
        ]);
        await write({
          application: app,
          graduateUserId: options.demoGraduateUserId,
          mode: "onsite",
          location: onsite,
          steps: [
            {
              kind: "propose",
              at: at(-2, "11:00"),
              slots: [calendar.find(2, "09:30", 60), calendar.find(2, "14:30", 60)],
            },
            { kind: "confirm", at: at(-1, "08:55"), actor: "graduate", slot: 1 },
          ],
        });
      }
    }
  }

  // Other applicants in the interviewing stage or shortlisted, oldest change first; each role goes
  // to the first one whose last change came before the interview was proposed.
  const candidates = await tx
    .select({ ...appColumns, userId: graduates.userId, studentNo: graduates.studentNo })
    .from(applications)
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .where(
      and(
        eq(applications.employerId, membership.employerId),
        inArray(applications.status, ["interviewing", "shortlisted"]),
        demo ? ne(applications.graduateId, demo.id) : undefined,
      ),
    )
    .orderBy(asc(graduates.studentNo));
  const since = new Map<string, number>();
  if (candidates.length) {
    const rows = await tx
      .select({ id: applicationEvents.applicationId, at: max(applicationEvents.createdAt) })
      .from(applicationEvents)
      .where(
        inArray(
          applicationEvents.applicationId,
          candidates.map((c) => c.id),
        ),
      )
      .groupBy(applicationEvents.applicationId);
    for (const r of rows) since.set(r.id, r.at?.getTime() ?? 0);
  }
  const pool = candidates
    .filter((c) => c.userId)
    .sort(
      (a, b) =>
        Number(b.status === "interviewing") - Number(a.status === "interviewing") ||
        (since.get(a.id) ?? 0) - (since.get(b.id) ?? 0),
    );
  const take = (before: Date) => {
    const i = pool.findIndex((c) => (since.get(c.id) ?? 0) < before.getTime() - 3_600_000);
    return i < 0 ? undefined : pool.splice(i, 1)[0];
  };
  const toInterviewing = async (app: (typeof pool)[number], proposedAt: Date) => {
    if (app.status !== "interviewing")
      await advanceApplication(tx, app, [
        { status: "interviewing", at: minutesAfter(proposedAt, -5), actorUserId: owner },
      ]);
  };

  {
    // Completed three working days ago, on site; the employer has not decided yet.
    const proposedAt = at(-5, "11:20");
    const app = take(proposedAt);
    if (app) {
      await toInterviewing(app, proposedAt);
      const slot = calendar.find(-3, "10:00", 60);
      await write({
        application: app,
        graduateUserId: app.userId,
        mode: "onsite",
        location: onsite,
        steps: [
          { kind: "propose", at: proposedAt, slots: [slot, calendar.find(-3, "14:00", 60)] },
          { kind: "confirm", at: at(-4, "20:48"), actor: "graduate", slot: 0 },
          { kind: "complete", at: minutesAfter(slot.endsAt, 15) },
        ],
      });
    }
  }
  {
    // Confirmed, and nobody came.
    const proposedAt = at(-4, "15:30");
    const app = take(proposedAt);
    if (app) {
      await toInterviewing(app, proposedAt);
      const slot = calendar.find(-2, "14:00", 60);
      await write({
        application: app,
        graduateUserId: app.userId,
        mode: "onsite",
        location: onsite,
        steps: [
          { kind: "propose", at: proposedAt, slots: [slot] },
          { kind: "confirm", at: at(-3, "10:02"), actor: "graduate", slot: 0 },
          { kind: "mark_no_show", at: minutesAfter(slot.startsAt, 40) },
        ],
      });
    }
  }
  {
    // Confirmed for tomorrow; the interviewer then had to travel and offered two new times.
    const proposedAt = at(-3, "14:20");
    const app = take(proposedAt);
    if (app) {
      await toInterviewing(app, proposedAt);
      await write({
        application: app,
        graduateUserId: app.userId,
        mode: "video",
        location: TENCENT_MEETING(3),
        steps: [
          { kind: "propose", at: proposedAt, slots: [calendar.find(1, "16:00", 60)] },
          { kind: "confirm", at: at(-2, "09:15"), actor: "graduate", slot: 0 },
          {
            kind: "reschedule",
            at: at(-1, "18:30"),
            actor: "employer",
            slots: [calendar.find(3, "10:00", 60), calendar.find(4, "10:00", 60)],
            reason: "面试官临时出差，抱歉需要改期，请从以下时间中选择。",
          },
        ],
      });
    }
  }
  {
    // The graduate accepted another offer, cancelled the interview and withdrew the application.
    const proposedAt = at(-3, "16:00");
    const app = take(proposedAt);
    if (app) {
      await toInterviewing(app, proposedAt);
      await write({
        application: app,
        graduateUserId: app.userId,
        mode: "video",
        location: TENCENT_MEETING(4),
        steps: [
          { kind: "propose", at: proposedAt, slots: [calendar.find(2, "11:00", 45), calendar.find(3, "16:30", 45)] },
          {
            kind: "cancel",
            at: at(-1, "20:10"),
            actor: "graduate",
            reason: "已接受其他单位的录用，不再参加本次面试，感谢贵公司的邀请。",
          },
        ],
      });
      await advanceApplication(tx, app, [{ status: "withdrawn", at: at(-1, "20:12"), actorUserId: app.userId! }]);
    }
  }
  {
    // A phone interview confirmed for three working days from now.
    const proposedAt = at(-2, "10:40");
    const app = take(proposedAt);
    if (app) {
      await toInterviewing(app, proposedAt);
      await write({
        application: app,
        graduateUserId: app.userId,
        mode: "phone",
        location: "面试官将拨打您简历上的手机号（来电显示 0571-8688 2301）",
        steps: [
          { kind: "propose", at: proposedAt, slots: [calendar.find(3, "16:00", 30), calendar.find(4, "11:00", 30)] },
          { kind: "confirm", at: at(-1, "13:05"), actor: "graduate", slot: 0 },
        ],
      });
    }
  }
  await settleReplayedMail(tx, replayFrom);
  return { interviews: count, calendar };
}
