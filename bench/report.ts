/**
 * npm run bench:report — 30,000 graduates with destinations, then the dashboard query and
 * computation and the Excel export for the whole school, timed. Prints figures; asserts nothing.
 *
 * Uses DATABASE_URL when set (adds a cohort 2030 of 30,000 graduates to it, once); otherwise
 * creates a throwaway database on postgres://postgres@127.0.0.1:5432 and drops it at the end.
 * Targets: dashboard ≤ 200 ms, export ≤ 10 s.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { syncDestinationCodes } from "../app/destinations/destinations.server";
import { buildDashboard, findAnomalies, normOf } from "../app/reports/dashboard";
import { loadDashboardData, loadReportRows, reportLookups } from "../app/reports/dashboard.server";
import { writeReportWorkbook } from "../app/reports/export.server";
import { migrateDatabase, openDatabase } from "../db/client";
import { createSchool, graduateRows } from "../seed/factories";
import { destinations, graduates } from "../db/schema";
import { generateDestinations, insertDestinations } from "../seed/seed-destinations";

const COUNT = Number(process.env.BENCH_GRADUATES ?? 30_000);
const COHORT = 2030;
const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const say = (line: string) => process.stdout.write(`${line}\n`);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
  let url = process.env.DATABASE_URL;
  let throwaway: string | null = null;
  const admin = url ? null : postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  if (!url && admin) {
    throwaway = `jiuye_bench_report_${process.pid}`;
    await admin.unsafe(`create database "${throwaway}"`);
    const u = new URL(ADMIN_URL);
    u.pathname = `/${throwaway}`;
    url = u.toString();
    say(`database: throwaway ${throwaway}`);
  } else say("database: DATABASE_URL");

  const handle = await openDatabase({ url, dataDir: os.tmpdir(), max: 4 });
  const outDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-report-"));
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    await syncDestinationCodes(db);
    const school = await createSchool(db);
    const [existing] = await db.select({ n: count() }).from(graduates).where(eq(graduates.cohort, COHORT));
    if ((existing?.n ?? 0) < COUNT) {
      say(`generating ${COUNT.toLocaleString("en")} graduates of cohort ${COHORT} with destinations …`);
      const started = process.hrtime.bigint();
      const rows = graduateRows(school, { count: COUNT, cohorts: [COHORT], seed: 2030, studentNoOffset: 600_000 });
      const inserted: { id: string; cohort: number; degree: (typeof rows)[number]["degree"] }[] = [];
      for (let i = 0; i < rows.length; i += 2000) {
        inserted.push(
          ...(await db
            .insert(graduates)
            .values(rows.slice(i, i + 2000))
            .returning({ id: graduates.id, cohort: graduates.cohort, degree: graduates.degree })),
        );
        process.stdout.write(`\r  graduates ${inserted.length.toLocaleString("en")}/${COUNT.toLocaleString("en")}`);
      }
      say("");
      // Cohort 2030 behaves like a cohort a few months after graduation (generateDestinations keys on ≤ 2025).
      const generated = generateDestinations(
        inserted.map((g) => ({ ...g, cohort: 2025 })),
        2030,
      );
      say(
        `  destinations ${generated.destinations.length.toLocaleString("en")}, history ${generated.history.length.toLocaleString("en")} …`,
      );
      await insertDestinations(db, generated, {
        file: "evidence/bench.pdf",
        mime: "application/pdf",
        sha256: "0".repeat(64),
        size: 100,
      });
      await handle.db.execute("analyze");
      say(`  generated in ${(ms(started) / 1000).toFixed(1)} s`);
    } else say(`cohort ${COHORT} already has ${existing?.n} graduates; reusing them`);

    const filter = { cohort: COHORT, collegeId: null };
    say(
      `\nmachine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} (figures scale with other load)`,
    );
    say(
      "\ndashboard (what employmentDashboard does: one scoped query, computeEmploymentRate, breakdowns, anomaly checks), whole school:",
    );
    const timings: number[] = [];
    let summary = "";
    for (let run = 1; run <= 6; run++) {
      const start = process.hrtime.bigint();
      // The same calls as employmentDashboard (minus its audit entry).
      const { rows, details } = await loadDashboardData(db, filter);
      const queried = ms(start);
      const dashboard = buildDashboard(rows);
      const computed = ms(start) - queried;
      const anomalies = findAnomalies({ rows, details }, normOf(rows));
      const elapsed = ms(start);
      timings.push(elapsed);
      const graduatesCounted = rows.reduce((sum, row) => sum + (row.count ?? 1), 0);
      summary = `${graduatesCounted.toLocaleString("en")} graduates in ${rows.length.toLocaleString("en")} grouped rows + ${details.length.toLocaleString("en")} rows checked one by one, rate ${(dashboard.overall.rate * 100).toFixed(1)} % verified / ${(dashboard.provisional.rate * 100).toFixed(1)} % provisional, ${anomalies.length} anomaly flags`;
      say(
        `  run ${run}: ${elapsed.toFixed(0)} ms (queries ${queried.toFixed(0)}, rate and breakdowns ${computed.toFixed(0)}, anomaly checks ${(elapsed - queried - computed).toFixed(0)})${run === 1 ? " cold" : ""}`,
      );
    }
    const warm = timings.slice(1).sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)] ?? 0;
    say(`  ${summary}`);
    say(
      `  → dashboard median (warm) ${median.toFixed(0)} ms, cold ${timings[0]!.toFixed(0)} ms — target ≤ 200 ms: ${median <= 200 ? "met" : "NOT met"}`,
    );

    // The floor on this machine in this run: PostgreSQL reading the same graduates and destinations
    // and returning one number. The ratio says how much the dashboard adds to reading the data.
    const raw: number[] = [];
    for (let run = 1; run <= 6; run++) {
      const start = process.hrtime.bigint();
      await db.execute(
        sql`select count(d.code) from ${graduates} g left join ${destinations} d on d.graduate_id = g.id where g.cohort = ${COHORT}`,
      );
      raw.push(ms(start));
    }
    const rawMedian = raw.slice(1).sort((a, b) => a - b)[2] ?? 0;
    say(
      `  raw PostgreSQL (one scan of the cohort joined with destinations, count only): median ${rawMedian.toFixed(0)} ms → dashboard / raw = ${(median / Math.max(rawMedian, 0.001)).toFixed(1)} ×`,
    );

    say(
      `\nExcel export (query + streaming WorkbookWriter to a file), whole school; load average ${os.loadavg()[0]!.toFixed(2)}:`,
    );
    const file = path.join(outDir, "report.xlsx");
    const start = process.hrtime.bigint();
    const [rows, lookups] = await Promise.all([loadReportRows(db, filter), reportLookups(db)]);
    const out = createWriteStream(file);
    const closed = new Promise<void>((resolve, reject) => {
      out.on("close", () => resolve());
      out.on("error", reject);
    });
    await writeReportWorkbook(out, rows, lookups);
    await closed;
    const exportMs = ms(start);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    say(
      `  ${rows.length.toLocaleString("en")} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB written in ${(exportMs / 1000).toFixed(2)} s (process RSS ${rss.toFixed(0)} MB)`,
    );
    say(`  → export ${(exportMs / 1000).toFixed(2)} s — target ≤ 10 s: ${exportMs <= 10_000 ? "met" : "NOT met"}`);
  } finally {
    await handle.close();
    rmSync(outDir, { recursive: true, force: true });
    if (admin && throwaway) {
      await admin.unsafe(`drop database if exists "${throwaway}" with (force)`);
      say(`\ndropped ${throwaway}`);
    }
    await admin?.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
