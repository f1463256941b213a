import { count, eq } from "drizzle-orm";
import { closeDatabase, getDb } from "../app/db.server";
import { schoolDate } from "../app/time";
import { getSearchClient, postingsIndex } from "../app/services.server";
import { employers, postings } from "../db/schema";
import { reindexPostings } from "../search/reindex";
import { bootServices } from "./boot";
import { progressBar } from "./progress";

// `npm run search:reindex`: rebuild the postings index from PostgreSQL into a new index and
// swap it in. With the embedded defaults, stop `npm start` first (PGlite is single-process).
const { localMeili } = await bootServices({ startLocalSearch: true, seed: false, say: (line) => console.error(line) });
const db = await getDb();
const [total] = await db
  .select({ n: count() })
  .from(postings)
  .innerJoin(employers, eq(employers.id, postings.employerId))
  .where(eq(postings.status, "published"));
const started = Date.now();
const result = await reindexPostings(db, getSearchClient(), postingsIndex(), {
  today: schoolDate(),
  total: total?.n ?? null,
  onProgress: progressBar("reindex"),
});
const seconds = (Date.now() - started) / 1000;
console.log(
  `reindexed ${result.documents} postings into ${postingsIndex()} in ${seconds.toFixed(1)} s (${(result.documents / seconds).toFixed(0)} docs/s)`,
);
await closeDatabase();
await localMeili?.stop();
process.exit(0);
