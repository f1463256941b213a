/**
 * npm run corpus:export — writes the postings staff added to the vetting corpus (table
 * vetting_corpus_items) to tests/corpus/staff.jsonl, one JSON object a line, for the corpus test
 * and `npm run eval:checks`. Uses DATABASE_URL.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { exportStaffCorpus } from "../app/postings/corpus.server";
import { closeDatabase, getDb } from "../app/db.server";
import { CORPUS_DIR } from "../tests/corpus/evaluate";

const items = await exportStaffCorpus(await getDb());
const file = path.join(CORPUS_DIR, "staff.jsonl");
writeFileSync(file, items.map((item) => JSON.stringify(item)).join("\n") + (items.length > 0 ? "\n" : ""));
process.stdout.write(`${items.length} staff-labelled postings written to tests/corpus/staff.jsonl\n`);
await closeDatabase();
