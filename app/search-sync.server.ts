import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/client";
import { outbox } from "../db/schema";
import { todayInChina } from "./postings/schema";
import { enqueue } from "./outbox/outbox.server";

/**
 * Asks the worker to make the index match PostgreSQL for these postings. The worker reads
 * the rows when it runs, so jobs can arrive in any order and the last state always wins.
 */
export function enqueuePostingSync(db: Queryable, postingIds: string[], reason: string) {
  if (postingIds.length === 0) return Promise.resolve(false);
  return enqueue(db, {
    kind: "search.sync-postings",
    idempotencyKey: `search-sync:${reason}:${randomUUID()}`,
    payload: { postingIds },
  });
}

/**
 * After Meilisearch comes back: sync jobs that failed while it was down run now instead of
 * after their backoff, the index settings are applied if the server lost them, and a drift
 * check repairs whatever the crash lost. Returns what it found, for the log.
 */
export async function recoverSearchIndex(db: Database) {
  const { getSearchClient, postingsIndex, prepareSearchIndexes } = await import("./services.server");
  const { checkDrift, repairDrift } = await import("../search/reindex");
  const nudged = await db
    .update(outbox)
    .set({ runAfter: sql`now()` })
    .where(and(isNull(outbox.doneAt), eq(outbox.kind, "search.sync-postings"), gt(outbox.runAfter, sql`now()`)))
    .returning({ id: outbox.id });
  await prepareSearchIndexes();
  const today = todayInChina();
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
