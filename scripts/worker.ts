import "./production-default";
import { closeDatabase, getDb } from "../app/db.server";
import { log } from "../app/log.server";
import { scheduleMaintenance } from "../app/outbox/maintenance.server";
import { startOutboxWorker } from "../app/outbox/worker.server";
import { outboxHandlers, outboxMergers, resetServices } from "../app/services.server";
import { bootServices, fail, loadEnvOrExit } from "./boot";

// A worker of its own serves a scaled-out deployment, which shares one PostgreSQL and one
// Meilisearch; PGlite and the bundled Meilisearch belong to a single `npm start` process.
const env = loadEnvOrExit();
if (!env.DATABASE_URL)
  fail("`npm run worker` needs DATABASE_URL (an embedded PGlite database cannot be shared between processes).");
await bootServices({ startLocalSearch: false, seed: false });
const worker = startOutboxWorker(await getDb(), outboxHandlers(), {
  mergers: outboxMergers,
  leaseSeconds: env.OUTBOX_LEASE_SECONDS,
});
scheduleMaintenance(await getDb());
log.info("worker.started", { pid: process.pid });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("worker.stopping", { signal });
  await worker.stop();
  log.info("worker.stopped", { signal });
  resetServices();
  await closeDatabase();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
