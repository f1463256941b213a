import { closeDatabase, getDb } from "../app/db.server";
import { schoolDate } from "../app/time";
import { getSearchClient, postingsIndex } from "../app/services.server";
import { checkDrift, repairDrift } from "../search/reindex";
import { bootServices } from "./boot";
import { progressBar } from "./progress";

// `npm run search:drift [-- --repair]`: report postings missing from or stale in the index
// (and documents that should not be there), and with --repair put them right.
const repair = process.argv.includes("--repair");
const { localMeili } = await bootServices({ startLocalSearch: true, seed: false, say: (line) => console.error(line) });
const db = await getDb();
const today = schoolDate();
const report = await checkDrift(db, getSearchClient(), postingsIndex(), today, progressBar("checking"));
console.log(`missing: ${report.missing.length}, stale: ${report.stale.length}, extra: ${report.extra.length}`);
for (const [kind, ids] of Object.entries(report)) for (const id of ids.slice(0, 20)) console.log(`  ${kind} ${id}`);
if (repair && report.missing.length + report.stale.length + report.extra.length > 0) {
  const fixed = await repairDrift(db, getSearchClient(), postingsIndex(), report, today);
  console.log(`repaired ${fixed} postings`);
}
await closeDatabase();
await localMeili?.stop();
process.exit(0);
