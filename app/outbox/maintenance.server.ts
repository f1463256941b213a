import { lt, or, isNotNull, and } from "drizzle-orm";
import { sessions } from "../../db/schema";
import type { Database } from "../../db/client";
import { expireAgreements } from "../agreements/agreements.server";
import { remindReviewers } from "../school/review-reminders.server";
import { sendInterviewReminders } from "../interviews/interviews.server";
import { sendCounsellingReminders } from "../counselling/counselling.server";
import { advanceFairsByDates, sendFairReminders } from "../fairs/schedule.server";
import { pruneRateLimits } from "../auth/rate-limit.server";
import { maybeRunDigestRound } from "../graduates/digest.server";
import { scheduleDeadlineReminders } from "../campaigns/campaigns.server";
import { log } from "../log.server";
import { closeExpiredPostings } from "../postings/postings.server";
import { askStillOpen } from "../postings/still-open.server";
import { remindWaitingApplications } from "../applications/responsiveness.server";
import { takeWeeklySnapshots } from "../reports/dashboard.server";
import { runSavedSearchAlerts } from "../graduates/saved-searches.server";

/**
 * Housekeeping and scheduled work any worker may run. Each task stands alone: one that fails is
 * logged and retried on the next round without holding back the others. All are idempotent, so
 * several workers running them at once only repeat no-ops.
 */
const TASKS: { name: string; run: (db: Database) => Promise<number | void> }[] = [
  { name: "rate_limits.prune", run: (db) => pruneRateLimits(db, new Date(Date.now() - 24 * 3600_000)) },
  { name: "postings.close_at_deadline", run: (db) => closeExpiredPostings(db) },
  { name: "agreements.expire", run: (db) => expireAgreements(db) },
  { name: "reviews.remind_staff", run: (db) => remindReviewers(db) },
  { name: "interviews.remind", run: (db) => sendInterviewReminders(db) },
  { name: "counselling.remind", run: (db) => sendCounsellingReminders(db) },
  { name: "fairs.remind", run: (db) => sendFairReminders(db) },
  { name: "fairs.advance_by_dates", run: (db) => advanceFairsByDates(db) },
  { name: "applications.remind_waiting", run: (db) => remindWaitingApplications(db) },
  { name: "postings.ask_still_open", run: (db) => askStillOpen(db) },
  {
    name: "sessions.prune",
    run: async (db) => {
      const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
      await db
        .delete(sessions)
        .where(
          or(lt(sessions.expiresAt, monthAgo), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, monthAgo))),
        );
    },
  },
  { name: "reports.weekly_snapshots", run: (db) => takeWeeklySnapshots(db) },
  { name: "saved_searches.alert", run: (db) => runSavedSearchAlerts(db) },
  { name: "digest.round", run: async (db) => void (await maybeRunDigestRound(db)) },
  // Idempotent per window and graduate (outbox key), so running it every cycle sends each reminder once.
  { name: "programmes.deadline_reminders", run: (db) => scheduleDeadlineReminders(db) },
];

export async function runMaintenance(db: Database) {
  for (const task of TASKS) {
    try {
      const count = await task.run(db);
      if (typeof count === "number" && count > 0) log.info(`maintenance.${task.name}`, { count });
    } catch (error) {
      log.error("maintenance.task_failed", { task: task.name, error });
    }
  }
}

export function scheduleMaintenance(db: Database, everyMs = 5 * 60_000): () => void {
  runMaintenance(db).catch((error) => log.error("maintenance.failed", { error }));
  const timer = setInterval(() => {
    runMaintenance(db).catch((error) => log.error("maintenance.failed", { error }));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
