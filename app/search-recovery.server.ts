import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { outbox } from "../db/schema";
import { checkDrift, repairDrift } from "../search/reindex";
import { getSearchClient, postingsIndex, prepareSearchIndexes } from "./services.server";
import { schoolDate } from "./time";

/**
 * After Meilisearch comes back: sync jobs that failed while it was down run now instead of
 * after their backoff, the index settings are applied if the server lost them, and a drift
 * check repairs whatever the crash lost. Returns what it found, for the log.
 */
export async function recoverSearchIndex(db: Database) {
  const nudged = await db
    .update(outbox)
    .set({ runAfter: sql`now()` })
    .where(and(isNull(outbox.doneAt), eq(outbox.kind, "search.sync-postings"), gt(outbox.runAfter, sql`now()`)))
    .returning({ id: outbox.id });
  await prepareSearchIndexes();
  const today = schoolDate();
  const report = await checkDrift(db, getSearchClient(), postingsIndex(), today);
  const drift = report.missing.length + report.stale.length + report.extra.length;
  if (drift > 0) await repairDrift(db, getSearchClient(), postingsIndex(), report, today);
  return {
    retried: nudged.length,
    missing: report.missing.length,
    stale: report.stale.length,
    extra: report.extra.length,
  };
}
