/**
 * Report figures of one fair, whole and per booth (issue 13): registrations, waitlist, check-ins,
 * queue joins, chats held, median wait (joined → called), median chat length, interest marked, the
 * applications, interviews and offers that came from the fair's call desks, and the booths' group
 * sessions. Each figure is a count or median over rows of fair_registrations, fair_queue_entries
 * and fair_session_registrations, so a test can recompute it from the rows.
 *
 * An online fair has no door: a graduate is *checked in* (签到) at a fair or booth once they took part,
 * i.e. joined a line there or opened a group session's link while it ran (docs/fairs.md).
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { resultRows, type Queryable } from "../../db/client";
import {
  applications,
  employers,
  fairBooths,
  fairBoothSessions,
  fairQueueEntries,
  fairRegistrations,
  fairSessionRegistrations,
} from "../../db/schema";
import type { StaffActor } from "../auth/actor";
import { fairHeadline, requireFairInScope } from "./fairs.server";

export interface BoothFigures {
  checkIns: number;
  queueJoins: number;
  chatsHeld: number;
  /** Minutes, or null when nobody was called yet. */
  medianWaitMinutes: number | null;
  medianChatMinutes: number | null;
  interestMarked: number;
  applications: number;
  interviews: number;
  offers: number;
  /** Group sessions not cancelled, their registrations and attendances. */
  sessions: number;
  sessionRegistrations: number;
  sessionAttendance: number;
}

export interface FairReport {
  registrations: number;
  waitlist: number;
  totals: BoothFigures;
  booths: ({ boothId: string; employerName: string } & BoothFigures)[];
}

const OFFERED = ["offered", "accepted"];

const round = (value: number | null | undefined) => (value == null ? null : Math.round(Number(value) * 10) / 10);

/** The figures of a set of queue entries and sessions: `scope` picks the fair or one booth. */
async function figures(db: Queryable, scope: { fairId: string } | { boothId: string }): Promise<BoothFigures> {
  const entryScope: SQL =
    "boothId" in scope ? eq(fairQueueEntries.boothId, scope.boothId) : eq(fairQueueEntries.fairId, scope.fairId);
  const sessionScope: SQL =
    "boothId" in scope ? eq(fairBoothSessions.boothId, scope.boothId) : eq(fairBoothSessions.fairId, scope.fairId);
  const [[row], [sessions], visitorResult] = await Promise.all([
    db
      .select({
        queueJoins: sql<number>`count(*)::int`,
        chatsHeld: sql<number>`count(*) filter (where ${fairQueueEntries.chatStartedAt} is not null and ${fairQueueEntries.chatEndedAt} is not null)::int`,
        medianWait: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (${fairQueueEntries.calledAt} - ${fairQueueEntries.joinedAt})) / 60) filter (where ${fairQueueEntries.calledAt} is not null)`,
        medianChat: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (${fairQueueEntries.chatEndedAt} - ${fairQueueEntries.chatStartedAt})) / 60) filter (where ${fairQueueEntries.chatStartedAt} is not null and ${fairQueueEntries.chatEndedAt} is not null)`,
        interestMarked: sql<number>`count(*) filter (where ${fairQueueEntries.interest} is not null)::int`,
        applications: sql<number>`count(distinct ${fairQueueEntries.applicationId})::int`,
        interviews: sql<number>`count(distinct ${fairQueueEntries.interviewId})::int`,
        offers: sql<number>`count(distinct ${applications.id}) filter (where ${applications.status} in (${sql.join(
          OFFERED.map((s) => sql`${s}`),
          sql`, `,
        )}))::int`,
      })
      .from(fairQueueEntries)
      .leftJoin(applications, eq(applications.id, fairQueueEntries.applicationId))
      .where(entryScope),
    db
      .select({
        sessions: sql<number>`count(distinct ${fairBoothSessions.id})::int`,
        registrations: sql<number>`count(${fairSessionRegistrations.graduateId})::int`,
        attendance: sql<number>`count(${fairSessionRegistrations.attendedAt})::int`,
      })
      .from(fairBoothSessions)
      .leftJoin(fairSessionRegistrations, eq(fairSessionRegistrations.sessionId, fairBoothSessions.id))
      .where(and(sessionScope, sql`${fairBoothSessions.cancelledAt} is null`)),
    db.execute(sql`
      select count(distinct graduate_id)::int as n from (
        select ${fairQueueEntries.graduateId} as graduate_id from ${fairQueueEntries} where ${entryScope}
        union
        select ${fairSessionRegistrations.graduateId} from ${fairSessionRegistrations}
          join ${fairBoothSessions} on ${fairBoothSessions.id} = ${fairSessionRegistrations.sessionId}
          where ${sessionScope} and ${fairSessionRegistrations.attendedAt} is not null
      ) as visitors`),
  ]);
  const [visitors] = resultRows<{ n: number }>(visitorResult);
  return {
    checkIns: Number(visitors?.n ?? 0),
    queueJoins: row?.queueJoins ?? 0,
    chatsHeld: row?.chatsHeld ?? 0,
    medianWaitMinutes: round(row?.medianWait),
    medianChatMinutes: round(row?.medianChat),
    interestMarked: row?.interestMarked ?? 0,
    applications: row?.applications ?? 0,
    interviews: row?.interviews ?? 0,
    offers: row?.offers ?? 0,
    sessions: sessions?.sessions ?? 0,
    sessionRegistrations: sessions?.registrations ?? 0,
    sessionAttendance: sessions?.attendance ?? 0,
  };
}

/** The report of a fair (callers check the staff member's scope first, e.g. requireFairInScope). */
export async function fairReport(db: Queryable, fairId: string): Promise<FairReport> {
  const [counts] = await db
    .select({
      registrations: sql<number>`count(*) filter (where ${fairRegistrations.status} = 'registered')::int`,
      waitlist: sql<number>`count(*) filter (where ${fairRegistrations.status} = 'waitlisted')::int`,
    })
    .from(fairRegistrations)
    .where(eq(fairRegistrations.fairId, fairId));
  const booths = await db
    .select({ boothId: fairBooths.id, employerName: employers.name })
    .from(fairBooths)
    .innerJoin(employers, eq(employers.id, fairBooths.employerId))
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, "approved")))
    .orderBy(employers.name, fairBooths.id);
  const perBooth: FairReport["booths"] = [];
  // One booth after another: a report of 600 booths must not take every pooled connection.
  for (const booth of booths) perBooth.push({ ...booth, ...(await figures(db, { boothId: booth.boothId })) });
  return {
    registrations: counts?.registrations ?? 0,
    waitlist: counts?.waitlist ?? 0,
    totals: await figures(db, { fairId }),
    booths: perBooth,
  };
}

/** The report page's data: the fair (if the staff member runs it) and its figures. Aggregates only, no names. */
export async function viewFairReport(db: Queryable, actor: StaffActor, fairId: string) {
  const fair = await requireFairInScope(db, actor, fairId);
  return {
    fair: fairHeadline(fair),
    report: await fairReport(db, fair.id),
  };
}
