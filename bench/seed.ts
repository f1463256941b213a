/**
 * npx tsx bench/seed.ts [runs] — the demo seed (what `npm start` does on an empty database) into a
 * fresh PostgreSQL database on postgres://postgres@127.0.0.1:5432, timed; the database is dropped
 * after each run. Prints seconds per run and the median; asserts nothing.
 */
import os from "node:os";
import postgres from "postgres";
import { hashPassword } from "../app/auth/password.server";
import { resetEnv } from "../app/config/env.server";
import { closeDatabase, getDatabaseHandle } from "../app/db.server";
import { syncDestinationCodes } from "../app/destinations/destinations.server";
import { installProgrammeCatalogue } from "../app/programmes/programmes.server";
import { migrateDatabase } from "../db/client";
import { seedDemo } from "../seed/seed";

const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.argv[2] ?? 3);
const say = (line: string) => process.stdout.write(`${line}\n`);

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const seconds: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const name = `jiuye_bench_seed_${process.pid}_${run}`;
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.DATA_DIR ??= os.tmpdir();
  resetEnv();
  try {
    const handle = await getDatabaseHandle();
    await migrateDatabase(handle);
    await syncDestinationCodes(handle.db);
    await installProgrammeCatalogue(handle.db);
    const started = process.hrtime.bigint();
    await seedDemo(handle.db, hashPassword);
    const took = Number(process.hrtime.bigint() - started) / 1e9;
    seconds.push(took);
    say(`run ${run}: ${took.toFixed(2)} s`);
  } finally {
    await closeDatabase();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  }
}
await admin.end();
const sorted = [...seconds].sort((a, b) => a - b);
say(
  `median of ${RUNS}: ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s (load average ${os.loadavg()[0]!.toFixed(1)})`,
);
