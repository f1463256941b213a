import { randomUUID } from "node:crypto";
import type { Queryable } from "../db/client";
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
