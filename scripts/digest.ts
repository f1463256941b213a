/**
 * `npm run mail:digest`: one recommendation digest round now, with progress. Safe to rerun: each
 * graduate gets at most one digest per period (idempotency key digest:<graduate>:<period>).
 * Mail goes through the outbox; a running worker (or `npm start`) sends it.
 *   --dry-run   compute the round and print what would be sent, enqueue nothing
 */
import { closeDatabase, getDb } from "../app/db.server";
import { runDigestRound } from "../app/graduates/digest.server";
import { resetServices } from "../app/services.server";
import { bootServices } from "./boot";
import { progressBar } from "./progress";

const dryRun = process.argv.includes("--dry-run");
const { localMeili } = await bootServices({ startLocalSearch: true, seed: false, say: (line) => console.error(line) });
const started = Date.now();
const result = await runDigestRound(await getDb(), {
  send: !dryRun,
  onProgress: progressBar(dryRun ? "digest (dry run)" : "digest"),
});
const sorted = [...result.perGraduateMs].sort((a, b) => a - b);
const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
console.log(
  `${dryRun ? "would send" : "enqueued"} ${dryRun ? result.planned : result.sent} digests · ${result.graduates} subscribed graduates · ${result.alreadySent} already had this period's digest · ${result.skippedEmpty} with nothing new · ${result.searches} searches · ${((Date.now() - started) / 1000).toFixed(1)} s · p95 ${p95.toFixed(1)} ms/graduate`,
);
resetServices();
await closeDatabase();
await localMeili?.stop();
