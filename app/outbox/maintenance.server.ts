import { lt, or, isNotNull, and } from "drizzle-orm";
import { sessions } from "../../db/schema";
import type { Database } from "../../db/client";
import { expireAgreements } from "../agreements/agreements.server";
import { sendInterviewReminders } from "../interviews/interviews.server";
import { pruneRateLimits } from "../auth/rate-limit.server";
import { maybeRunDigestRound } from "../graduates/digest.server";
import { log } from "../log.server";
import { closeExpiredPostings } from "../postings/postings.server";
import { askStillOpen } from "../postings/still-open.server";
import { takeWeeklySnapshots } from "../reports/dashboard.server";

/** Housekeeping that any worker may run: postings past their deadline, old rate-limit hits, long-dead sessions. */
export async function runMaintenance(db: Database) {
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
  await pruneRateLimits(db, dayAgo);
  const closed = await closeExpiredPostings(db);
  if (closed > 0) log.info("postings.closed_at_deadline", { count: closed });
  const expired = await expireAgreements(db);
  if (expired > 0) log.info("agreements.expired", { count: expired });
  const reminded = await sendInterviewReminders(db);
  if (reminded > 0) log.info("interviews.reminded", { count: reminded });
  const asked = await askStillOpen(db);
  if (asked > 0) log.info("postings.asked_still_open", { count: asked });
  await db.delete(sessions).where(or(lt(sessions.expiresAt, monthAgo), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, monthAgo))));
  const snapshots = await takeWeeklySnapshots(db);
  if (snapshots > 0) log.info("reports.weekly_snapshots", { count: snapshots });
  await maybeRunDigestRound(db);
}

export function scheduleMaintenance(db: Database, everyMs = 5 * 60_000): () => void {
  runMaintenance(db).catch((error) => log.error("maintenance.failed", { error }));
  const timer = setInterval(() => {
    runMaintenance(db).catch((error) => log.error("maintenance.failed", { error }));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
