/**
 * npm run bench:roster — imports a 10,000-row roster (.csv as Excel writes it) with activation
 * mails, the way staff do at the start of a year, and beside it the raw floor: the same rows
 * inserted by one multi-row INSERT per 1,000. Prints both and the ratio; asserts nothing (it
 * used to be a timed test, which made green runs depend on the machine's load).
 *
 * Creates a throwaway database on postgres://postgres@127.0.0.1:5432 (BENCH_DATABASE_URL to
 * choose another server) and drops it at the end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { resetEnv } from "../app/config/env.server";
import { closeDatabase, getDb } from "../app/db.server";
import { importRoster } from "../app/graduates/roster-import.server";
import { migrateDatabase, openDatabase } from "../db/client";
import { createSchool, createUser, graduateRows } from "../seed/factories";
import { graduates } from "../db/schema";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `jiuye_bench_roster_${process.pid}`;
const url = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
})();
const say = (line: string) => process.stdout.write(`${line}\n`);

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}"`);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-roster-"));
try {
  Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: "warn" });
  delete process.env.SMTP_URL;
  resetEnv();
  const migrator = await openDatabase({ url, dataDir, max: 1 });
  await migrateDatabase(migrator);
  await migrator.close();
  const db = await getDb();
  const school = await createSchool(db);
  const staff = await createUser(db, {
    email: "bench.staff@jiuye.cn",
    passwordHash: "x",
    role: "staff",
    displayName: "基准测试",
    collegeId: null,
  });

  const header = ["学号", "姓名", "性别", "学院", "专业", "学历层次", "届别", "手机号", "电子邮箱", "困难类别"];
  const majors = school.majors.slice(0, 8);
  const lines = Array.from({ length: ROWS }, (_, i) => {
    const major = majors[i % majors.length]!;
    const college = school.colleges.find((c) => c.id === major.collegeId)!;
    return [
      `B${String(i).padStart(8, "0")}`,
      `毕业生${i}`,
      i % 2 ? "男" : "女",
      college.nameZh,
      major.nameZh,
      "本科",
      "2026",
      `139${String(10_000_000 + i).slice(-8)}`,
      `bulk${i}@stu.bench.jiuye.cn`,
      "",
    ].join(",");
  });
  const csv = new TextEncoder().encode("\uFEFF" + [header.join(","), ...lines].join("\r\n"));

  say(
    `roster import benchmark: ${ROWS.toLocaleString()} rows (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  const started = performance.now();
  const result = await importRoster(
    db,
    { userId: staff.id, scope: { kind: "school" } },
    { bytes: csv, sendActivation: true },
  );
  const importSeconds = (performance.now() - started) / 1000;
  say(
    `import: ${result.inserted} inserted, ${result.activationMails} activation mails queued in ${importSeconds.toFixed(1)} s`,
  );

  // The floor: the same number of graduates, plain multi-row inserts, no checks, no mail.
  const raw = graduateRows(school, { count: ROWS, cohorts: [2027], seed: 3, studentNoOffset: 50_000_000 });
  const rawStarted = performance.now();
  for (let i = 0; i < raw.length; i += 1000) await db.insert(graduates).values(raw.slice(i, i + 1000));
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  say(`raw insert floor: ${rawSeconds.toFixed(1)} s`);
  say(`import / raw: ${(importSeconds / rawSeconds).toFixed(1)} × (target: the import within 60 s)`);
} finally {
  await closeDatabase();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
