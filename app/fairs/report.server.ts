/**
 * Report figures of one fair, whole and per booth (issue 13): registrations, waitlist, queue joins,
 * chats held, median wait (joined → called), median chat length, interest marked, and the
 * applications, interviews and offers that came from the fair's call desks. Each figure is a
 * count or median over the rows of fair_registrations and fair_queue_entries, so a test can
 * recompute it from the rows. No check-ins: online fairs have none (talks do).
 */
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { applications, employers, fairBooths, fairQueueEntries, fairRegistrations, interviews } from "../../db/schema";

export interface BoothFigures {
  queueJoins: number;
  chatsHeld: number;
  /** Minutes, or null when nobody was called yet. */
  medianWaitMinutes: number | null;
  medianChatMinutes: number | null;
  interestMarked: number;
  applications: number;
  interviews: number;
  offers: number;
}

export interface FairReport {
  registrations: number;
  waitlist: number;
  totals: BoothFigures;
  booths: ({ boothId: string; employerName: string } & BoothFigures)[];
}

const OFFERED = ["offered", "accepted"];

/** The figures of a set of queue entries: `where` picks them (the whole fair or one booth). */
async function figures(db: Queryable, where: ReturnType<typeof and>): Promise<BoothFigures> {
  const [row] = await db
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
    .leftJoin(interviews, eq(interviews.id, fairQueueEntries.interviewId))
    .where(where);
  const round = (value: number | null | undefined) => (value == null ? null : Math.round(Number(value) * 10) / 10);
  return {
    queueJoins: row?.queueJoins ?? 0,
    chatsHeld: row?.chatsHeld ?? 0,
    medianWaitMinutes: round(row?.medianWait),
    medianChatMinutes: round(row?.medianChat),
    interestMarked: row?.interestMarked ?? 0,
    applications: row?.applications ?? 0,
    interviews: row?.interviews ?? 0,
    offers: row?.offers ?? 0,
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
    .orderBy(employers.name);
  return {
    registrations: counts?.registrations ?? 0,
    waitlist: counts?.waitlist ?? 0,
    totals: await figures(db, and(eq(fairQueueEntries.fairId, fairId))),
    booths: await Promise.all(
      booths.map(async (booth) => ({
        ...booth,
        ...(await figures(db, and(eq(fairQueueEntries.boothId, booth.boothId)))),
      })),
    ),
  };
}
