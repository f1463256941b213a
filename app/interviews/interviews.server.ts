import { and, asc, desc, eq, gte, inArray, isNull, lt, notExists, notInArray } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import { applications, employers, graduates, interviews, interviewSlots, postings, users } from "../../db/schema";
import type { InterviewMode } from "../../vocabulary";
import { interviewUpdateMail } from "../../emails/templates/interview-update";
import { markInterviewing, selectEmployerApplications } from "../applications/applications.server";
import { recordAudit } from "../audit/audit.server";
import { actingAs, type Party, type UserActor } from "../auth/actor";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { getEnv } from "../config/env.server";
import { getMembership, requireGoodStanding } from "../employers/employers.server";
import { refuse } from "../errors";
import { translate } from "../i18n/messages";
import { enqueueMail } from "../outbox/outbox.server";
import { buildInvite } from "./ical";
import { SlotsSchema, type ProposeInput } from "./schema";
import {
  interviewActions,
  interviewMachine,
  INTERVIEWABLE_APPLICATION_STATES,
  TERMINAL_INTERVIEW_STATES,
  type InterviewActor,
  type InterviewEvent,
  type InterviewState,
} from "./states";
import { formatSchoolDateTimeSpan } from "../time";

export type Interview = typeof interviews.$inferSelect;
export type InterviewSlot = typeof interviewSlots.$inferSelect;

export const interviewUid = (id: string) => `interview-${id}@jiuye`;

export { ProposeSchema, SlotsSchema, type ProposeInput } from "./schema";

/**
 * Checks the party may touch this interview at all (403 otherwise) and returns their side. A party is
 * built from the signed-in account's role (docs/decisions/036-acting-party.md); staff are no side.
 */
async function actorFor(
  db: Queryable,
  viewer: Party,
  interview: { employerId: string; graduateId: string },
): Promise<InterviewActor> {
  if (viewer.party === "staff") refuse("error.forbidden", { status: 403 });
  if (viewer.party === "employer") {
    const membership = await getMembership(db, viewer.userId);
    if (!membership || membership.employer.id !== interview.employerId) refuse("error.forbidden", { status: 403 });
    requireGoodStanding(membership.employer);
    return "employer";
  }
  const [row] = await db
    .select({ userId: graduates.userId })
    .from(graduates)
    .where(eq(graduates.id, interview.graduateId))
    .limit(1);
  if (!row || row.userId !== viewer.userId) refuse("error.forbidden", { status: 403 });
  return "graduate";
}

function isOverlapError(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const x = e as { code?: string; message?: string; constraint_name?: string };
    if (
      x.code === "23P01" ||
      x.constraint_name === "interview_slots_no_overlap" ||
      /overlaps another booked slot/.test(x.message ?? "")
    )
      return true;
  }
  return false;
}

/** The interviews of an application that are still in progress: an application has one at most. */
const inProgressFor = (applicationId: string | typeof applications.id) =>
  and(eq(interviews.applicationId, applicationId), notInArray(interviews.status, [...TERMINAL_INTERVIEW_STATES]));

/** The times offered for an interview, in the organizer's name: the database refuses two booked slots of one organizer that overlap. */
async function offerSlots(
  tx: Queryable,
  interview: Pick<Interview, "id" | "organizerUserId">,
  slots: { startsAt: Date; endsAt: Date }[],
) {
  await tx.insert(interviewSlots).values(
    slots.map((s) => ({
      interviewId: interview.id,
      organizerUserId: interview.organizerUserId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    })),
  );
}

export async function proposeInterview(db: Database, actor: UserActor, input: { data: ProposeInput; now?: Date }) {
  const now = input.now ?? new Date();
  const membership = await getMembership(db, actor.userId);
  if (!membership) refuse("error.forbidden", { status: 403 });
  requireGoodStanding(membership.employer);
  const { data } = input;
  const [application] = await db.select().from(applications).where(eq(applications.id, data.applicationId)).limit(1);
  if (!application || application.employerId !== membership.employer.id)
    refuse("error.forbidden", { status: 403, field: "applicationId" });
  if (!INTERVIEWABLE_APPLICATION_STATES.has(application.status))
    refuse("interview.application.closed", { status: 409, field: "applicationId" });
  return db.transaction(async (tx) => {
    // One open interview per application: the application row is locked so that a double submit
    // (or two colleagues sending at once) waits here and then finds the first invitation.
    await tx
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.id, application.id))
      .for("update");
    const [open] = await tx
      .select({ id: interviews.id })
      .from(interviews)
      .where(inProgressFor(application.id))
      .limit(1);
    if (open) refuse("interview.exists", { status: 409, field: "applicationId" });
    const [row] = await tx
      .insert(interviews)
      .values({
        applicationId: application.id,
        employerId: application.employerId,
        graduateId: application.graduateId,
        organizerUserId: actor.userId,
        mode: data.mode,
        location: data.location,
        status: "proposed",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("interview insert returned nothing");
    await offerSlots(tx, row, data.slots);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interview.propose",
      subjectType: "interview",
      subjectId: row.id,
      detail: { applicationId: application.id, slots: data.slots.length },
      at: now,
    });
    await markInterviewing(tx, actor, { applicationId: application.id, now });
    await notify(tx, row, "proposed", null);
    return row;
  });
}

const modeLabel = (mode: InterviewMode) => ({ key: `interview.mode.${mode}` });

type Change =
  "proposed" | "confirmed" | "rescheduled" | "other_times" | "cancelled" | "completed" | "no_show" | "reminder";

/**
 * Mails both sides (the organizer and the graduate). Once a time is set the mail carries an
 * iCalendar REQUEST (tentative while a new time awaits confirmation); a cancellation carries a
 * CANCEL. The UID never changes; the key is per interview + sequence + change + recipient.
 */
async function notify(tx: Queryable, interview: Interview, change: Change, reason: string | null) {
  const [people] = await selectNamedInterviews(tx, {
    organizerEmail: users.email,
    organizerName: users.displayName,
    organizerLocale: users.locale,
  })
    .innerJoin(users, eq(users.id, interviews.organizerUserId))
    .where(eq(interviews.id, interview.id))
    .limit(1);
  if (!people) return;
  const graduate = await graduateMailRecipient(tx, interview.graduateId);
  const slots = await tx
    .select()
    .from(interviewSlots)
    .where(eq(interviewSlots.interviewId, interview.id))
    .orderBy(asc(interviewSlots.startsAt));
  const chosen = slots.find((s) => s.id === interview.chosenSlotId) ?? null;
  const shown = chosen ? [chosen] : slots;

  let ical: { method: "REQUEST" | "CANCEL"; content: string } | null = null;
  const at = chosen ?? slots[0];
  const withIcal =
    change === "confirmed" || change === "rescheduled" || change === "cancelled" || change === "reminder";
  if (withIcal && at && graduate) {
    const method = change === "cancelled" ? "CANCEL" : "REQUEST";
    const content = buildInvite({
      uid: interviewUid(interview.id),
      sequence: interview.sequence,
      method,
      start: at.startsAt,
      end: at.endsAt,
      summary: `面试 Interview：${people.employerName} · ${people.graduateName}`,
      // The calendar entry is the same file for both sides, so it names the mode in both languages.
      description: `${translate("zh-CN", modeLabel(interview.mode))} / ${translate("en", modeLabel(interview.mode))}: ${interview.location}`,
      location: interview.location,
      url: interview.mode === "video" && /^https?:\/\//.test(interview.location) ? interview.location : undefined,
      organizer: { name: people.organizerName, email: people.organizerEmail },
      attendees: [{ name: people.graduateName, email: graduate.email }],
      status: change === "rescheduled" ? "TENTATIVE" : "CONFIRMED",
    });
    ical = { method, content };
  }

  const recipients: { side: "employer" | "graduate"; email: string; locale: "zh-CN" | "en"; path: string }[] = [
    {
      side: "employer",
      email: people.organizerEmail,
      locale: mailLocaleOf({ locale: people.organizerLocale }),
      path: "/employer/interviews",
    },
  ];
  if (graduate && change !== "other_times")
    recipients.push({ side: "graduate", email: graduate.email, locale: graduate.locale, path: "/graduate/interviews" });
  for (const r of recipients) {
    // The side that made the change is told it is now waiting; only the other side is asked to act.
    const sent =
      (change === "proposed" && r.side === "employer") ||
      (change === "rescheduled" && interview.rescheduledBy === r.side);
    const mail = interviewUpdateMail(
      {
        headline: translate(
          r.locale,
          sent
            ? `interview.mail.headline.${change as "proposed" | "rescheduled"}.sent`
            : `interview.mail.headline.${change}`,
        ),
        employerName: people.employerName,
        graduateName: people.graduateName,
        modeLabel: translate(r.locale, modeLabel(interview.mode)),
        location: interview.location,
        times: shown.map((s) => formatSchoolDateTimeSpan(s.startsAt, s.endsAt, r.locale)),
        reason,
        url: `${getEnv().publicUrl}${r.path}`,
      },
      r.locale,
    );
    await enqueueMail(tx, `interview:${interview.id}:${interview.sequence}:${change}:${r.email.toLowerCase()}`, {
      to: r.email,
      ...mail,
      ...(ical ? { icalEvent: { method: ical.method, content: ical.content, filename: "interview.ics" } } : {}),
    });
  }
}

/** Locks the interview, checks who acts and whether the state machine allows the event. */
async function begin(tx: Queryable, interviewId: string, viewer: Party, event: InterviewEvent, reason?: string | null) {
  const [current] = await tx.select().from(interviews).where(eq(interviews.id, interviewId)).for("update");
  if (!current) refuse("error.notFound", { status: 404 });
  const actor = await actorFor(tx, viewer, current);
  const to = interviewMachine.require(current.status, event, actor, { reason, rescheduledBy: current.rescheduledBy });
  return { current, actor, to };
}

/**
 * Writes a step that `begin` allowed: the interview's new values, its audit entry, and the mail to
 * both sides, which reads the updated row (its state, chosen slot and SEQUENCE).
 */
async function finish(
  tx: Queryable,
  current: Interview,
  step: {
    /** When the step happens (a replayed seed's time; the clock otherwise). */
    now?: Date;
    set: Partial<typeof interviews.$inferInsert>;
    audit: { actorUserId: string; action: string; detail: Record<string, unknown> };
    change: Change;
    reason: string | null;
  },
): Promise<Interview> {
  const [updated] = await tx
    .update(interviews)
    .set({ ...step.set, updatedAt: step.now ?? new Date() })
    .where(eq(interviews.id, current.id))
    .returning();
  await recordAudit(tx, { ...step.audit, subjectType: "interview", subjectId: current.id, at: step.now });
  await notify(tx, updated!, step.change, step.reason);
  return updated!;
}

/** The graduate (or, after the graduate proposed new times, the employer) picks a slot: it is booked and the interview confirmed. */
export async function pickSlot(
  db: Database,
  viewer: Party,
  input: { interviewId: string; slotId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const { current, actor, to } = await begin(tx, input.interviewId, viewer, "confirm");
      const [slot] = await tx
        .select()
        .from(interviewSlots)
        .where(and(eq(interviewSlots.id, input.slotId), eq(interviewSlots.interviewId, current.id)))
        .limit(1);
      if (!slot) refuse("interview.slot.notFound", { status: 404, field: "slotId" });
      if (slot.startsAt.getTime() <= now.getTime()) refuse("interview.slot.past", { status: 409, field: "slotId" });
      await tx.update(interviewSlots).set({ booked: true }).where(eq(interviewSlots.id, slot.id));
      const sequence = current.status === "proposed" ? current.sequence : current.sequence + 1;
      return finish(tx, current, {
        now,
        set: { status: to, chosenSlotId: slot.id, rescheduledBy: null, sequence },
        audit: {
          actorUserId: viewer.userId,
          action: "interview.confirm",
          detail: { actor, slotId: slot.id, sequence },
        },
        change: "confirmed",
        reason: null,
      });
    });
  } catch (error) {
    if (isOverlapError(error)) refuse("interview.slot.taken", { status: 409, field: "slotId" });
    throw error;
  }
}

/** The graduate asks for other times: the organizer is told; the interview stays as it is until they reschedule. */
export async function requestOtherTimes(
  db: Database,
  actor: UserActor,
  input: { interviewId: string; note?: string | null },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(interviews).where(eq(interviews.id, input.interviewId)).for("update");
    if (!current) refuse("error.notFound", { status: 404 });
    await actorFor(tx, actingAs("graduate", actor), current);
    if (current.status !== "proposed") refuse("interview.otherTimes.notNow");
    const note = input.note?.trim() || null;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interview.request_other_times",
      subjectType: "interview",
      subjectId: current.id,
      detail: { note },
    });
    // One mail to the organizer per proposal (the key repeats for a second request of the same proposal).
    await notify(tx, current, "other_times", note);
    return current;
  });
}

/** Either side offers new times: the booked slot is freed, unbooked old offers dropped, SEQUENCE raised. */
export async function rescheduleInterview(
  db: Database,
  viewer: Party,
  input: {
    interviewId: string;
    slots: { startsAt: Date; endsAt: Date }[];
    reason?: string | null;
    now?: Date;
  },
) {
  const now = input.now ?? new Date();
  const slots = SlotsSchema.safeParse(input.slots);
  if (!slots.success) refuse("interview.slot.invalid", { status: 400, field: "slots" });
  return db.transaction(async (tx) => {
    const { current, actor, to } = await begin(tx, input.interviewId, viewer, "reschedule");
    await tx.delete(interviewSlots).where(eq(interviewSlots.interviewId, current.id));
    await offerSlots(tx, current, slots.data);
    const sequence = current.sequence + 1;
    const reason = input.reason?.trim() || null;
    return finish(tx, current, {
      now,
      set: { status: to, rescheduledBy: actor, chosenSlotId: null, sequence },
      audit: {
        actorUserId: viewer.userId,
        action: "interview.reschedule",
        detail: { actor, from: current.status, sequence, reason },
      },
      change: "rescheduled",
      reason,
    });
  });
}

export async function cancelInterview(
  db: Database,
  viewer: Party,
  input: { interviewId: string; reason: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const reason = input.reason?.trim() ?? "";
  if (reason.length < 2 || reason.length > 1000) refuse("interview.reason.required", { status: 400, field: "reason" });
  return db.transaction(async (tx) => {
    const { current, actor, to } = await begin(tx, input.interviewId, viewer, "cancel", reason);
    await tx.update(interviewSlots).set({ booked: false }).where(eq(interviewSlots.interviewId, current.id));
    return finish(tx, current, {
      now,
      set: { status: to, cancelReason: reason, sequence: current.sequence + 1 },
      audit: {
        actorUserId: viewer.userId,
        action: "interview.cancel",
        detail: { actor, from: current.status, reason },
      },
      change: "cancelled",
      reason,
    });
  });
}

/** The employer records how it went. Only after the interview has started. */
export async function recordOutcome(
  db: Database,
  actor: UserActor,
  input: { interviewId: string; outcome: "completed" | "no_show"; now?: Date },
) {
  const event: InterviewEvent = input.outcome === "completed" ? "complete" : "mark_no_show";
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { current, to } = await begin(tx, input.interviewId, actingAs("employer", actor), event);
    const [slot] = current.chosenSlotId
      ? await tx.select().from(interviewSlots).where(eq(interviewSlots.id, current.chosenSlotId)).limit(1)
      : [];
    if (slot && slot.startsAt.getTime() > now.getTime()) refuse("interview.outcome.tooEarly");
    return finish(tx, current, {
      now,
      set: { status: to, outcome: input.outcome },
      audit: { actorUserId: actor.userId, action: `interview.${input.outcome}`, detail: {} },
      change: input.outcome,
      reason: null,
    });
  });
}

/** Confirmed interviews starting 24–48 h from now get one reminder (both sides, with the invite again). Returns how many. */
export async function sendInterviewReminders(db: Database, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: interviews.id })
    .from(interviews)
    .innerJoin(interviewSlots, eq(interviewSlots.id, interviews.chosenSlotId))
    .where(
      and(
        eq(interviews.status, "confirmed"),
        isNull(interviews.reminderSentAt),
        gte(interviewSlots.startsAt, new Date(now.getTime() + 24 * 3600_000)),
        lt(interviewSlots.startsAt, new Date(now.getTime() + 48 * 3600_000)),
      ),
    )
    .limit(500);
  let count = 0;
  for (const { id } of due) {
    const sent = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(interviews)
        .set({ reminderSentAt: now })
        .where(and(eq(interviews.id, id), eq(interviews.status, "confirmed"), isNull(interviews.reminderSentAt)))
        .returning();
      if (!row) return false;
      await recordAudit(tx, {
        actorUserId: null,
        action: "interview.reminder",
        subjectType: "interview",
        subjectId: id,
        detail: {},
        at: now,
      });
      await notify(tx, row, "reminder", null);
      return true;
    });
    if (sent) count += 1;
  }
  return count;
}

export type InterviewListRow = {
  interview: Interview;
  slots: InterviewSlot[];
  graduateName: string;
  employerName: string;
  postingTitle: string;
  events: InterviewEvent[];
};

async function withSlots(
  db: Queryable,
  rows: { interview: Interview; graduateName: string; employerName: string; postingTitle: string }[],
  actor: InterviewActor,
): Promise<InterviewListRow[]> {
  const ids = rows.map((r) => r.interview.id);
  const slots = ids.length
    ? await db
        .select()
        .from(interviewSlots)
        .where(inArray(interviewSlots.interviewId, ids))
        .orderBy(asc(interviewSlots.startsAt))
    : [];
  return rows.map((r) => ({
    ...r,
    slots: slots.filter((s) => s.interviewId === r.interview.id),
    events: interviewActions(r.interview.status as InterviewState, actor, r.interview.rescheduledBy),
  }));
}

/**
 * Interviews read with the names of their two sides (`graduateName`, `employerName`) and the other
 * `columns` the caller names; the caller joins on, narrows and orders: the mail of a change and the lists.
 */
function selectNamedInterviews<T extends SelectedFields>(db: Queryable, columns: T) {
  return db
    .select({ graduateName: graduates.name, employerName: employers.name, ...columns })
    .from(interviews)
    .innerJoin(graduates, eq(graduates.id, interviews.graduateId))
    .innerJoin(employers, eq(employers.id, interviews.employerId))
    .$dynamic();
}

/** Interviews named for a list: the graduate, the employer and the posting applied to. */
function selectInterviewList(db: Queryable) {
  return selectNamedInterviews(db, { interview: interviews, postingTitle: postings.title })
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .orderBy(desc(interviews.updatedAt))
    .limit(300);
}

/** An application of this employer member's organisation, named for the proposal form; null if not theirs. */
export async function applicationForProposal(db: Queryable, actor: UserActor, applicationId: string) {
  const membership = await getMembership(db, actor.userId);
  if (!membership) return null;
  const [row] = await selectEmployerApplications(
    db,
    membership.employer.id,
    { id: applications.id },
    eq(applications.id, applicationId),
  ).limit(1);
  return row ? { id: row.id, name: row.graduateName, posting: row.postingTitle } : null;
}

/**
 * The applications an employer member can invite now (the proposal form's choices): their
 * organisation's, still open, and without an interview in progress; named by graduate and posting.
 */
export async function applicationsToInvite(db: Queryable, actor: UserActor) {
  const membership = await getMembership(db, actor.userId);
  if (!membership) return [];
  const rows = await selectEmployerApplications(
    db,
    membership.employer.id,
    { id: applications.id },
    and(
      inArray(applications.status, [
        ...INTERVIEWABLE_APPLICATION_STATES,
      ] as (typeof applications.$inferSelect.status)[]),
      notExists(db.select({ one: interviews.id }).from(interviews).where(inProgressFor(applications.id))),
    ),
  )
    .orderBy(asc(postings.title), asc(graduates.name))
    .limit(500);
  return rows.map(({ id, graduateName, postingTitle }) => ({ id, name: graduateName, posting: postingTitle }));
}

export async function listForEmployer(db: Queryable, actor: UserActor) {
  const membership = await getMembership(db, actor.userId);
  if (!membership) refuse("error.forbidden", { status: 403 });
  requireGoodStanding(membership.employer);
  const rows = await selectInterviewList(db).where(eq(interviews.employerId, membership.employer.id));
  return withSlots(db, rows, "employer");
}

export async function listForGraduate(db: Queryable, graduateId: string) {
  const rows = await selectInterviewList(db).where(eq(interviews.graduateId, graduateId));
  return withSlots(db, rows, "graduate");
}
