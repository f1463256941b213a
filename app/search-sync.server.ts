import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "../db/client";
import { outbox } from "../db/schema";
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
 * For a seed that replays the past through the commands (each approval, closure or suspension
 * queues its own index job): folds the jobs queued after `afterId` into one for all their postings.
 * The worker reads the rows when it runs, so the one job ends where the many would, and a first
 * start does not work through hundreds of them before the mail someone is waiting for.
 */
export async function foldReplayedPostingSyncs(db: Queryable, afterId: number): Promise<number> {
  const folded = await db
    .update(outbox)
    .set({ doneAt: new Date(), result: { replayed: true } })
    .where(and(eq(outbox.kind, "search.sync-postings"), gt(outbox.id, afterId), isNull(outbox.doneAt)))
    .returning({ payload: outbox.payload });
  const ids = new Set(folded.flatMap((row) => (row.payload as { postingIds?: string[] }).postingIds ?? []));
  await enqueuePostingSync(db, [...ids], "seed");
  return folded.length;
}
