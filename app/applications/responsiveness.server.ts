import { and, eq, lt, sql } from "drizzle-orm";
import { resultRows, type Database, type Queryable } from "../../db/client";
import { applications, employers, postings } from "../../db/schema";
import { applicationsWaitingMail } from "../../emails/templates/applications-waiting";
import { getEnv } from "../config/env.server";
import { mailMembers } from "../employers/employers.server";
import { schoolIsoWeek } from "../time";

export const WAITING_DAYS = 7;

/**
 * How long the employer takes to answer: from an application to the employer's first change of
 * its status (viewed, shortlisted, rejected …), median over the last 180 days. Null with fewer
 * than three answers, where a median would say more about chance than about the employer.
 */
export async function employerMedianResponse(
  db: Queryable,
  employerId: string,
): Promise<{ medianHours: number; answered: number } | null> {
  const result = await db.execute(sql`
    select percentile_cont(0.5) within group (order by extract(epoch from first_answer - a.created_at) / 3600) as median_hours,
           count(*)::int as answered
    from applications a
    join lateral (
      select min(e.created_at) as first_answer from application_events e
      where e.application_id = a.id and e.from_status = 'submitted' and e.to_status <> 'withdrawn'
    ) f on f.first_answer is not null
    where a.employer_id = ${employerId} and a.created_at > now() - interval '180 days'`);
  const [row] = resultRows<{ median_hours: number | null; answered: number }>(result);
  if (!row || row.median_hours === null || Number(row.answered) < 3) return null;
  return { medianHours: Number(row.median_hours), answered: Number(row.answered) };
}

/**
 * Once a week per employer, mails its members the postings whose applications have waited
 * more than 7 days without any answer. The idempotency key carries the ISO week, so reruns of
 * the scheduler within the (school) week send nothing more.
 */
export async function remindWaitingApplications(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - WAITING_DAYS * 86_400_000);
  const rows = await db
    .select({
      employerId: applications.employerId,
      employerName: employers.name,
      postingTitle: postings.title,
      count: sql<number>`count(*)::int`,
    })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .where(and(eq(applications.status, "submitted"), lt(applications.createdAt, cutoff)))
    .groupBy(applications.employerId, employers.name, postings.title);
  const byEmployer = new Map<string, { name: string; waiting: { postingTitle: string; count: number }[] }>();
  for (const row of rows) {
    const entry = byEmployer.get(row.employerId) ?? { name: row.employerName, waiting: [] };
    entry.waiting.push({ postingTitle: row.postingTitle, count: Number(row.count) });
    byEmployer.set(row.employerId, entry);
  }
  const week = schoolIsoWeek(now);
  for (const [employerId, entry] of byEmployer) {
    await mailMembers(db, employerId, `applications-waiting:${employerId}:${week}`, (locale) =>
      applicationsWaitingMail(
        { employerName: entry.name, waiting: entry.waiting, url: `${getEnv().publicUrl}/employer` },
        locale,
      ),
    );
  }
  return byEmployer.size;
}
