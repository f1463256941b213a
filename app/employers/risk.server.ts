/** Gathers the facts of employerRisk (risk.ts) from the database rows that hold them. */
import { and, count, desc, eq, lt, ne, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { applications, employers, postingDecisions, postings } from "../../db/schema";
import { reportCountForEmployer } from "../postings/reports.server";
import { noShowCount } from "../fairs/no-shows.server";
import { employerRisk, type RiskFacts } from "./risk";

const UNANSWERED_AFTER_DAYS = 14;

export async function riskFactsOf(db: Queryable, employerId: string): Promise<RiskFacts | null> {
  const [employer] = await db.select().from(employers).where(eq(employers.id, employerId)).limit(1);
  if (!employer) return null;
  const [rejections, [unanswered], [sameName]] = await Promise.all([
    db
      .select({ reasons: postingDecisions.reasons, flags: postingDecisions.flags })
      .from(postingDecisions)
      .innerJoin(postings, eq(postings.id, postingDecisions.postingId))
      .where(and(eq(postings.employerId, employerId), eq(postingDecisions.decision, "reject")))
      .orderBy(desc(postingDecisions.createdAt)),
    db
      .select({ n: count() })
      .from(applications)
      .where(
        and(
          eq(applications.employerId, employerId),
          eq(applications.status, "submitted"),
          lt(applications.createdAt, sql`now() - make_interval(days => ${UNANSWERED_AFTER_DAYS})`),
        ),
      ),
    db
      .select({ n: count() })
      .from(employers)
      .where(
        and(
          ne(employers.id, employerId),
          sql`regexp_replace(lower(${employers.name}), '[\\s（）()]', '', 'g') = regexp_replace(lower(${employer.name}), '[\\s（）()]', '', 'g')`,
        ),
      ),
  ]);
  const verifiedDaysAgo =
    employer.status === "verified" && employer.decidedAt
      ? Math.floor((Date.now() - employer.decidedAt.getTime()) / 86_400_000)
      : null;
  return {
    verifiedDaysAgo,
    rejections: rejections.map((r) => ({ reasons: r.reasons, flags: r.flags.map((f) => f.rule) })),
    unansweredApplications: unanswered?.n ?? 0,
    contactEmail: employer.contactEmail,
    sameNameCount: sameName?.n ?? 0,
    isAgency: employer.isAgency,
    hrLicenceNo: employer.hrLicenceNo,
    reports: await reportCountForEmployer(db, employerId),
    fairNoShows: await noShowCount(db, employerId),
  };
}

export async function riskOfEmployer(db: Queryable, employerId: string) {
  const facts = await riskFactsOf(db, employerId);
  return facts ? employerRisk(facts) : null;
}
