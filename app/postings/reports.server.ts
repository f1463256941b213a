/**
 * Scam and discrimination reports from anyone (issue 12). Filing is rate-limited per IP and per
 * signed-in reporter; staff see open reports beside the posting; "take down now" closes the posting
 * in one transaction with its search sync (outbox, so it leaves search within the publish→searchable
 * bound), tells the employer why and each signed-in reporter the outcome.
 */
import { createHash } from "node:crypto";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import { postingReports, postings, users } from "../../db/schema";
import { REPORT_REASONS, type ReportReason } from "../../vocabulary/vetting";
import { postingTakedownMail } from "../../emails/templates/posting-takedown";
import { recordAudit } from "../audit/audit.server";
import { hitRateLimit } from "../auth/rate-limit.server";
import { mailMembers } from "../employers/employers.server";
import { refuse } from "../errors";
import { enqueueMail } from "../outbox/outbox.server";
import { enqueuePostingSync } from "../search-sync.server";
import { postingMachine } from "./states";

/** Per IP and per account: a handful of reports an hour is plenty for a person. */
export const REPORT_RATE_LIMIT = { limit: 5, windowSeconds: 3600 } as const;

export interface ReportInput {
  postingId: string;
  reason: string;
  details?: string | null;
  reporterUserId: string | null;
  ip: string;
}

export async function fileReport(db: Queryable, input: ReportInput) {
  if (!(REPORT_REASONS as readonly string[]).includes(input.reason)) {
    refuse("report.reason.unknown", { field: "reason", status: 400 });
  }
  const details = (input.details ?? "").trim();
  if (details.length > 2000) refuse("form.tooLong", { field: "details", status: 400 });
  const [posting] = await db
    .select({ id: postings.id, status: postings.status })
    .from(postings)
    .where(eq(postings.id, input.postingId))
    .limit(1);
  if (!posting || posting.status !== "published") refuse("error.notFound", { status: 404 });
  // The IP is hashed: the limiter needs a stable key, not the address itself.
  const ipKey = createHash("sha256").update(`report:${input.ip}`).digest("hex").slice(0, 32);
  for (const key of [`report:ip:${ipKey}`, input.reporterUserId ? `report:user:${input.reporterUserId}` : null]) {
    if (!key) continue;
    const { allowed, retryAfterSeconds } = await hitRateLimit(db, key, REPORT_RATE_LIMIT);
    if (!allowed) refuse("report.tooMany", { status: 429, params: { minutes: Math.ceil(retryAfterSeconds / 60) } });
  }
  const [report] = await db
    .insert(postingReports)
    .values({
      postingId: input.postingId,
      reporterUserId: input.reporterUserId,
      reason: input.reason as ReportReason,
      details,
    })
    .returning({ id: postingReports.id });
  return report!;
}

export async function openReportsFor(db: Queryable, postingId: string) {
  return db
    .select({
      id: postingReports.id,
      reason: postingReports.reason,
      details: postingReports.details,
      signedIn: sql<boolean>`${postingReports.reporterUserId} is not null`,
      createdAt: postingReports.createdAt,
    })
    .from(postingReports)
    .where(and(eq(postingReports.postingId, postingId), eq(postingReports.status, "open")))
    .orderBy(asc(postingReports.createdAt));
}

/** Reports against an employer's postings (any state): a risk signal. */
export async function reportCountForEmployer(db: Queryable, employerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(postingReports)
    .innerJoin(postings, eq(postings.id, postingReports.postingId))
    .where(eq(postings.employerId, employerId));
  return row?.n ?? 0;
}

/** Take a published posting down now: closed, out of search, employer and reporters told why. */
export async function takeDownPosting(db: Database, input: { postingId: string; staffUserId: string; reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 4) refuse("report.takedown.reasonRequired", { field: "reason", status: 400 });
  return db.transaction(async (tx) => {
    const [posting] = await tx.select().from(postings).where(eq(postings.id, input.postingId)).for("update").limit(1);
    if (!posting) refuse("error.notFound", { status: 404 });
    const next = postingMachine.next(posting.status, "close", "staff");
    if (!next.ok) refuse(next.key, { params: next.params });
    await tx
      .update(postings)
      .set({ status: next.to, closedAt: sql`now()`, updatedAt: sql`now()`, reasons: reason })
      .where(eq(postings.id, posting.id));
    await enqueuePostingSync(tx, [posting.id], "posting-takedown");
    const reports = await tx
      .update(postingReports)
      .set({ status: "taken_down", outcome: reason, decidedBy: input.staffUserId, decidedAt: sql`now()` })
      .where(and(eq(postingReports.postingId, posting.id), eq(postingReports.status, "open")))
      .returning({ id: postingReports.id, reporterUserId: postingReports.reporterUserId });
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: "posting.takedown",
      subjectType: "posting",
      subjectId: posting.id,
      detail: { reason, reports: reports.map((r) => r.id) },
    });
    await mailMembers(tx, posting.employerId, `posting-takedown:${posting.id}`, (locale) =>
      postingTakedownMail({ postingTitle: posting.title, reason, audience: "employer" }, locale),
    );
    const reporterIds = [...new Set(reports.map((r) => r.reporterUserId).filter((id): id is string => id !== null))];
    if (reporterIds.length > 0) {
      const reporters = await tx
        .select({ id: users.id, email: users.email, locale: users.locale })
        .from(users)
        .where(inArray(users.id, reporterIds));
      for (const reporter of reporters) {
        await enqueueMail(tx, `report-outcome:${posting.id}:${reporter.id}`, {
          to: reporter.email,
          ...postingTakedownMail({ postingTitle: posting.title, reason, audience: "reporter" }, reporter.locale),
        });
      }
    }
    return { reports: reports.length };
  });
}
