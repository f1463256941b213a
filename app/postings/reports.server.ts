/**
 * Scam and discrimination reports from anyone (issue 12). Filing is rate-limited per IP and per
 * signed-in reporter; staff see open reports beside the posting; "take down now" closes the posting
 * in one transaction with its search sync (outbox, so it leaves search within the publish→searchable
 * bound), tells the employer why and each signed-in reporter the outcome.
 */
import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import { employers, postingReports, postings, users } from "../../db/schema";
import { REPORT_REASONS, type ReportReason } from "../../vocabulary/vetting";
import { postingTakedownMail } from "../../emails/templates/posting-takedown";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor } from "../auth/actor";
import { hitRateLimit } from "../auth/rate-limit.server";
import { mailMembers } from "../employers/employers.server";
import { refuse } from "../errors";
import { storeUpload } from "../files/uploads.server";
import { notify } from "../notifications/notifications.server";
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
  /** Optional screenshot: PNG or JPEG by content, at most MAX_UPLOAD_BYTES. */
  screenshot?: File | null;
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
  // Stored only after the limits, so a flood of requests cannot fill the disk.
  const screenshot =
    input.screenshot && input.screenshot.size > 0
      ? await storeUpload("reportScreenshot", input.screenshot, "screenshot")
      : null;
  const [report] = await db
    .insert(postingReports)
    .values({
      postingId: input.postingId,
      reporterUserId: input.reporterUserId,
      reason: input.reason as ReportReason,
      details,
      screenshotFile: screenshot?.file ?? null,
      screenshotMime: screenshot?.mime ?? null,
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
      hasScreenshot: sql<boolean>`${postingReports.screenshotFile} is not null`,
      createdAt: postingReports.createdAt,
    })
    .from(postingReports)
    .where(and(eq(postingReports.postingId, postingId), eq(postingReports.status, "open")))
    .orderBy(asc(postingReports.createdAt));
}

/**
 * Reports against an employer's postings that still stand (open) or were upheld (taken down): a
 * risk signal. Dismissed reports do not count, so a rival's flood that staff dismissed costs nothing.
 */
export async function reportCountForEmployer(db: Queryable, employerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(postingReports)
    .innerJoin(postings, eq(postings.id, postingReports.postingId))
    .where(and(eq(postings.employerId, employerId), inArray(postingReports.status, ["open", "taken_down"])));
  return row?.n ?? 0;
}

/** Published postings with open reports, most reported first: the "reported" part of the vetting queue. */
export async function reportedPostings(db: Queryable) {
  return db
    .select({
      postingId: postings.id,
      title: postings.title,
      employerId: postings.employerId,
      employerName: employers.name,
      reports: count(postingReports.id),
      firstReportedAt: sql<Date>`min(${postingReports.createdAt})`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(postingReports)
    .innerJoin(postings, eq(postings.id, postingReports.postingId))
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(and(eq(postingReports.status, "open"), eq(postings.status, "published")))
    .groupBy(postings.id, employers.name)
    .orderBy(desc(count(postingReports.id)), sql`min(${postingReports.createdAt})`)
    .limit(500);
}

/** The stored screenshot of one report, for staff only (the route checks the permission). */
export async function reportScreenshot(db: Queryable, reportId: string) {
  const [row] = await db
    .select({ file: postingReports.screenshotFile, mime: postingReports.screenshotMime })
    .from(postingReports)
    .where(eq(postingReports.id, reportId))
    .limit(1);
  if (!row?.file || !row.mime) return null;
  return { file: row.file, mime: row.mime };
}

/**
 * Closes a posting's open reports with staff's outcome and reason, audited with the reports it
 * closed. Returns them and their signed-in reporters (each once), who are told the outcome.
 */
async function decideOpenReports(
  tx: Queryable,
  postingId: string,
  decision: {
    outcome: "dismissed" | "taken_down";
    reason: string;
    staffUserId: string;
    auditAction: "posting.reports.dismiss" | "posting.takedown";
  },
) {
  const reports = await tx
    .update(postingReports)
    .set({ status: decision.outcome, outcome: decision.reason, decidedBy: decision.staffUserId, decidedAt: sql`now()` })
    .where(and(eq(postingReports.postingId, postingId), eq(postingReports.status, "open")))
    .returning({ id: postingReports.id, reporterUserId: postingReports.reporterUserId });
  await recordAudit(tx, {
    actorUserId: decision.staffUserId,
    action: decision.auditAction,
    subjectType: "posting",
    subjectId: postingId,
    detail: { reason: decision.reason, reports: reports.map((r) => r.id) },
  });
  const reporterIds = [...new Set(reports.map((r) => r.reporterUserId).filter((id): id is string => id !== null))];
  return { reports, reporterIds };
}

/**
 * Staff found nothing wrong: the posting stays, the open reports close as dismissed with the
 * reason, each signed-in reporter gets a notice with the reason, and the decision is audited.
 */
export async function dismissReports(db: Database, actor: StaffActor, input: { postingId: string; reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 4) refuse("report.dismiss.reasonRequired", { field: "dismissReason", status: 400 });
  return db.transaction(async (tx) => {
    const [posting] = await tx
      .select({ id: postings.id, title: postings.title })
      .from(postings)
      .where(eq(postings.id, input.postingId))
      .limit(1);
    if (!posting) refuse("error.notFound", { status: 404 });
    const { reports, reporterIds } = await decideOpenReports(tx, posting.id, {
      outcome: "dismissed",
      reason,
      staffUserId: actor.userId,
      auditAction: "posting.reports.dismiss",
    });
    // Refused inside the transaction, so nothing above stays.
    if (reports.length === 0) refuse("report.dismiss.none", { status: 409 });
    for (const userId of reporterIds) {
      await notify(tx, {
        userId,
        category: "vetting",
        key: `report-dismissed:${posting.id}:${reports[0]!.id}:${userId}`,
        message: { key: "report.dismissed.notice", params: { title: posting.title } },
        body: reason,
        link: `/jobs/${posting.id}`,
      });
    }
    return { reports: reports.length };
  });
}

/** Take a published posting down now: closed, out of search, employer and reporters told why. */
export async function takeDownPosting(db: Database, actor: StaffActor, input: { postingId: string; reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 4) refuse("report.takedown.reasonRequired", { field: "reason", status: 400 });
  return db.transaction(async (tx) => {
    const [posting] = await tx.select().from(postings).where(eq(postings.id, input.postingId)).for("update").limit(1);
    if (!posting) refuse("error.notFound", { status: 404 });
    const to = postingMachine.require(posting.status, "close", "staff");
    await tx
      .update(postings)
      .set({ status: to, closedAt: sql`now()`, updatedAt: sql`now()`, reasons: reason })
      .where(eq(postings.id, posting.id));
    await enqueuePostingSync(tx, [posting.id], "posting-takedown");
    const { reports, reporterIds } = await decideOpenReports(tx, posting.id, {
      outcome: "taken_down",
      reason,
      staffUserId: actor.userId,
      auditAction: "posting.takedown",
    });
    await mailMembers(tx, posting.employerId, `posting-takedown:${posting.id}`, (locale) =>
      postingTakedownMail({ postingTitle: posting.title, reason, audience: "employer" }, locale),
    );
    if (reporterIds.length > 0) {
      const reporters = await tx
        .select({ id: users.id, email: users.email, locale: users.locale })
        .from(users)
        .where(inArray(users.id, reporterIds));
      for (const reporter of reporters) {
        await enqueueMail(tx, `report-outcome:${posting.id}:${reporter.id}`, {
          to: reporter.email,
          ...postingTakedownMail({ postingTitle: posting.title, reason, audience: "reporter" }, mailLocaleOf(reporter)),
        });
      }
    }
    return { reports: reports.length };
  });
}
