import { getDb } from "../../app/db.server";
import { processOutboxBatch } from "../../app/outbox/worker.server";
import { outboxHandlers } from "../../app/services.server";

/** Runs the outbox until nothing is due, as the worker would. */
export async function drainOutbox() {
  const db = await getDb();
  const handlers = outboxHandlers();
  while ((await processOutboxBatch(db, handlers)) > 0) {
    // keep going
  }
}
