/**
 * Imports a roster file (.xlsx or .csv) from the command line with school-wide scope:
 *   npx tsx scripts/import-roster.ts roster.xlsx [--dry-run] [--no-activation]
 * The dry run lists every problem; the import is all or nothing, and idempotent on the student number.
 */
import { readFile } from "node:fs/promises";
import { closeDatabase, getDatabaseHandle, getDb } from "../app/db.server";
import { migrateDatabase } from "../db/client";
import { SYSTEM } from "../app/auth/actor";
import { dryRunRoster, importRoster } from "../app/graduates/roster-import.server";
import { translate } from "../app/i18n/messages";
import { resetServices } from "../app/services.server";
import { fail, loadEnvOrExit } from "./boot";
import { progressBar } from "./progress";

const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) fail("usage: tsx scripts/import-roster.ts <roster.xlsx|roster.csv> [--dry-run] [--no-activation]");
const bytes = new Uint8Array(await readFile(file));
// The import needs only the database (activation mails go to the outbox, sent by the worker).
loadEnvOrExit();
await migrateDatabase(await getDatabaseHandle());
const db = await getDb();
const scope = { kind: "school" } as const;
let exitCode = 0;
try {
  const report = await dryRunRoster(db, scope, bytes);
  for (const p of report.fileProblems) console.log(`file: ${translate("zh-CN", p.message)} ${p.value}`);
  for (const row of report.rows.filter((r) => r.problems.length)) {
    console.log(
      `line ${row.line} ${row.studentNo} ${row.name}: ${row.problems.map((p) => `${translate("zh-CN", `roster.column.${p.column}`)} ${translate("zh-CN", p.message)}${p.value ? `（${p.value}）` : ""}`).join("；")}`,
    );
  }
  console.log(
    `${report.rows.length} rows: ${report.newCount} new, ${report.updateCount} updates, ${report.problemRows} with problems`,
  );
  if (report.fileProblems.length || report.problemRows) {
    console.log("nothing written: fix the problems and run again");
    exitCode = 1;
  } else if (!process.argv.includes("--dry-run")) {
    const started = Date.now();
    const result = await importRoster(db, SYSTEM, {
      bytes,
      sendActivation: !process.argv.includes("--no-activation"),
      onProgress: progressBar("import"),
    });
    console.log(
      `imported in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.inserted} new, ${result.updated} updated, ${result.activationMails} activation mails queued`,
    );
  }
} finally {
  resetServices();
  await closeDatabase();
}
process.exit(exitCode);
