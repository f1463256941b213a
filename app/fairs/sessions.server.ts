/**
 * Group sessions of a booth (issue 13: "Group sessions per booth (title, time, capacity, link), with
 * registration and attendance"). The employer's members schedule them on a day of the fair; a
 * graduate registered for the fair takes a place while there are places; attendance is recorded
 * when they open the session's join link while it runs (the link itself is never on a page, as for
 * online talks in app/talks/). Commands take `(db, actor, input)` and an optional `now`.
 */
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  employerMembers,
  fairBoothSessions,
  fairBooths,
  fairRegistrations,
  fairSessionRegistrations,
  fairs,
  graduates,
} from "../../db/schema";
import { fairUpdateMail } from "../../emails/templates/fair-update";
import { recordAudit } from "../audit/audit.server";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { refuse } from "../errors";
import { enqueueMail } from "../outbox/outbox.server";
import { schoolInstant } from "../time";
import { requireFairGraduate } from "./fairs.server";
import type { BoothSessionInput } from "./schema";

export type BoothSession = typeof fairBoothSessions.$inferSelect;

/** The join link opens this long before the start (people arrive early) and until the end. */
export const SESSION_EARLY_MS = 10 * 60_000;

export function sessionWindow(session: Pick<BoothSession, "startsAt" | "minutes">) {
  return { start: session.startsAt, end: new Date(session.startsAt.getTime() + session.minutes * 60_000) };
}

const isUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/** The booth with its fair, if the user is a member of the booth's employer. */
async function boothOfMember(db: Queryable, actor: UserActor, boothId: string) {
  if (!isUuid(boothId)) refuse("error.notFound", { status: 404 });
  const [row] = await db
    .select({ booth: fairBooths, fair: fairs })
    .from(fairBooths)
    .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
    .innerJoin(
      employerMembers,
      and(eq(employerMembers.employerId, fairBooths.employerId), eq(employerMembers.userId, actor.userId)),
    )
    .where(eq(fairBooths.id, boothId))
    .limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  return row;
}

async function sessionById(db: Queryable, sessionId: string, lock = false) {
  if (!isUuid(sessionId)) refuse("error.notFound", { status: 404 });
  const query = db.select().from(fairBoothSessions).where(eq(fairBoothSessions.id, sessionId)).limit(1);
  const [session] = lock ? await query.for("update") : await query;
  if (!session) refuse("error.notFound", { status: 404 });
  return session;
}

/** An approved booth's members schedule a session on one of the fair's days, before the fair closes. */
export async function createBoothSession(
  db: Database,
  actor: UserActor,
  input: BoothSessionInput & { boothId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { booth, fair } = await boothOfMember(tx, actor, input.boothId);
    if (booth.status !== "approved") refuse("fairSession.booth.notApproved");
    if (fair.status === "closed") refuse("fairSession.fair.closed");
    if (input.date < fair.startsOn || input.date > fair.endsOn)
      refuse("fairSession.field.date.outsideFair", {
        field: "date",
        params: { from: fair.startsOn, to: fair.endsOn },
      });
    const startsAt = schoolInstant(input.date, input.time);
    if (startsAt.getTime() <= now.getTime()) refuse("fairSession.field.time.past", { field: "time" });
    const [row] = await tx
      .insert(fairBoothSessions)
      .values({
        fairId: fair.id,
        boothId: booth.id,
        title: input.title,
        startsAt,
        minutes: input.minutes,
        capacity: input.capacity,
        meetingLink: input.meetingLink,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning({ id: fairBoothSessions.id });
    if (!row) throw new Error("session insert returned nothing");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.session.create",
      subjectType: "fair_booth_session",
      subjectId: row.id,
      detail: { boothId: booth.id },
    });
    return { sessionId: row.id };
  });
}

/** The booth's members call a session off; everyone with a place is told by mail (outbox). */
export async function cancelBoothSession(db: Database, actor: UserActor, input: { sessionId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await sessionById(tx, input.sessionId, true);
    const { fair } = await boothOfMember(tx, actor, session.boothId);
    if (session.cancelledAt) refuse("fairSession.cancelled");
    if (sessionWindow(session).end.getTime() <= now.getTime()) refuse("fairSession.over");
    await tx.update(fairBoothSessions).set({ cancelledAt: now }).where(eq(fairBoothSessions.id, session.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.session.cancel",
      subjectType: "fair_booth_session",
      subjectId: session.id,
    });
    const people = await tx
      .select({ graduateId: fairSessionRegistrations.graduateId })
      .from(fairSessionRegistrations)
      .where(eq(fairSessionRegistrations.sessionId, session.id));
    for (const person of people) {
      const to = await graduateMailRecipient(tx, person.graduateId);
      if (!to) continue;
      await enqueueMail(tx, `fair-session-cancel:${session.id}:${to.email}`, {
        to: to.email,
        ...fairUpdateMail(
          {
            subject: { key: "fairSession.mail.cancelled.subject", params: { session: session.title } },
            body: { key: "fairSession.mail.cancelled.body", params: { session: session.title, fair: fair.title } },
            url: `${getEnv().publicUrl}/fairs/${fair.id}/booths/${session.boothId}`,
            audience: "graduate",
          },
          to.locale,
        ),
      });
    }
    return { told: people.length };
  });
}

/** A booth's sessions (not cancelled), soonest first, with places taken and attendance. */
export async function listBoothSessions(db: Queryable, boothId: string) {
  return db
    .select({
      id: fairBoothSessions.id,
      title: fairBoothSessions.title,
      startsAt: fairBoothSessions.startsAt,
      minutes: fairBoothSessions.minutes,
      capacity: fairBoothSessions.capacity,
      registered: sql<number>`(select count(*)::int from ${fairSessionRegistrations} where ${fairSessionRegistrations.sessionId} = ${fairBoothSessions.id})`,
      attended: sql<number>`(select count(*)::int from ${fairSessionRegistrations} where ${fairSessionRegistrations.sessionId} = ${fairBoothSessions.id} and ${fairSessionRegistrations.attendedAt} is not null)`,
    })
    .from(fairBoothSessions)
    .where(and(eq(fairBoothSessions.boothId, boothId), isNull(fairBoothSessions.cancelledAt)))
    .orderBy(asc(fairBoothSessions.startsAt));
}

/** The sessions the signed-in graduate holds a place at, among those of one booth. */
export async function sessionPlacesOf(db: Queryable, actor: UserActor | null, boothId: string) {
  if (!actor) return [];
  const rows = await db
    .select({ sessionId: fairSessionRegistrations.sessionId })
    .from(fairSessionRegistrations)
    .innerJoin(graduates, eq(graduates.id, fairSessionRegistrations.graduateId))
    .innerJoin(fairBoothSessions, eq(fairBoothSessions.id, fairSessionRegistrations.sessionId))
    .where(and(eq(graduates.userId, actor.userId), eq(fairBoothSessions.boothId, boothId)));
  return rows.map((r) => r.sessionId);
}

async function graduateAtFair(db: Queryable, actor: UserActor, fairId: string) {
  const [row] = await db
    .select({ graduateId: graduates.id, status: fairRegistrations.status })
    .from(graduates)
    .leftJoin(
      fairRegistrations,
      and(eq(fairRegistrations.graduateId, graduates.id), eq(fairRegistrations.fairId, fairId)),
    )
    .where(eq(graduates.userId, actor.userId))
    .limit(1);
  if (!row) refuse("fairRegistration.noGraduate", { status: 403 });
  if (row.status !== "registered") refuse("fairSession.notRegisteredForFair", { status: 403 });
  return row.graduateId;
}

/**
 * A graduate registered for the fair takes a place. The session row is locked, so two graduates
 * cannot both take the last place.
 */
export async function registerForSession(db: Database, actor: UserActor, input: { sessionId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await sessionById(tx, input.sessionId, true);
    if (session.cancelledAt) refuse("fairSession.cancelled");
    if (sessionWindow(session).end.getTime() <= now.getTime()) refuse("fairSession.over");
    const graduateId = await graduateAtFair(tx, actor, session.fairId);
    const [mine] = await tx
      .select({ sessionId: fairSessionRegistrations.sessionId })
      .from(fairSessionRegistrations)
      .where(
        and(eq(fairSessionRegistrations.sessionId, session.id), eq(fairSessionRegistrations.graduateId, graduateId)),
      );
    if (mine) refuse("fairSession.already");
    const [taken] = await tx
      .select({ n: count() })
      .from(fairSessionRegistrations)
      .where(eq(fairSessionRegistrations.sessionId, session.id));
    if ((taken?.n ?? 0) >= session.capacity) refuse("fairSession.full");
    await tx.insert(fairSessionRegistrations).values({ sessionId: session.id, graduateId, createdAt: now });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.session.register",
      subjectType: "fair_booth_session",
      subjectId: session.id,
    });
  });
}

export async function unregisterFromSession(db: Database, actor: UserActor, input: { sessionId: string }) {
  return db.transaction(async (tx) => {
    const session = await sessionById(tx, input.sessionId);
    const graduate = await requireFairGraduate(tx, actor);
    const removed = await tx
      .delete(fairSessionRegistrations)
      .where(
        and(
          eq(fairSessionRegistrations.sessionId, session.id),
          eq(fairSessionRegistrations.graduateId, graduate.id),
          isNull(fairSessionRegistrations.attendedAt),
        ),
      )
      .returning({ sessionId: fairSessionRegistrations.sessionId });
    if (removed.length === 0) refuse("error.notFound", { status: 404 });
  });
}

export type JoinOutcome =
  | { ok: true; location: string }
  | { ok: false; reason: "notYet" | "over" | "cancelled" | "noPlace"; fairId: string; boothId: string };

/**
 * The join link: a graduate with a place, from ten minutes before the start to the end, is recorded
 * as attending (once) and sent on to the meeting. Too early, too late, cancelled or without a place,
 * they are sent back to the booth page with the reason (an answer, not an error page).
 */
export async function joinSession(
  db: Database,
  actor: UserActor,
  input: { sessionId: string; now?: Date },
): Promise<JoinOutcome> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await sessionById(tx, input.sessionId);
    const back = { fairId: session.fairId, boothId: session.boothId };
    if (session.cancelledAt) return { ok: false, reason: "cancelled", ...back };
    const { start, end } = sessionWindow(session);
    if (now.getTime() < start.getTime() - SESSION_EARLY_MS) return { ok: false, reason: "notYet", ...back };
    if (now.getTime() > end.getTime()) return { ok: false, reason: "over", ...back };
    const graduate = await requireFairGraduate(tx, actor);
    const marked = await tx
      .update(fairSessionRegistrations)
      .set({ attendedAt: sql`coalesce(${fairSessionRegistrations.attendedAt}, ${now.toISOString()}::timestamptz)` })
      .where(
        and(eq(fairSessionRegistrations.sessionId, session.id), eq(fairSessionRegistrations.graduateId, graduate.id)),
      )
      .returning({ sessionId: fairSessionRegistrations.sessionId });
    if (marked.length === 0) return { ok: false, reason: "noPlace", ...back };
    return { ok: true, location: session.meetingLink };
  });
}
