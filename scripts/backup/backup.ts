import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "../../app/config/env.server";
import { closeDatabase, getDb } from "../../app/db.server";
import { resultRows } from "../../db/client";
import { fail, loadEnvOrExit } from "../boot";
import { fingerprint, type Fingerprint } from "./fingerprint";

const run = (program: string, args: string[]) => promisify(execFile)(program, args, { maxBuffer: 1 << 20 });

import { postgresTool } from "./tools";

export const BACKUP_MANIFEST = "manifest.json";

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * Writes a complete backup into `out`: the database (pg_dump's custom format for PostgreSQL,
 * PGlite's own data-directory dump for the embedded database), the uploads (licences,
 * résumés, evidence), and the fingerprint a restore is compared with.
 */
export async function backup(out: string, say: (line: string) => void) {
  const env = getEnv();
  if (existsSync(out) && readdirSync(out).length > 0)
    fail(`${out} is not empty; choose a new directory for the backup`);
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  let database: string;
  let before: Fingerprint;
  if (env.DATABASE_URL) {
    database = "database.dump";
    const url = env.DATABASE_URL;
    // One snapshot for both: the fingerprint describes exactly what pg_dump writes, even while
    // the site keeps taking applications.
    before = await (
      await getDb()
    ).transaction(
      async (tx) => {
        const [row] = resultRows(await tx.execute(sql`select pg_export_snapshot() as snapshot`));
        say("1/3 fingerprint: dashboard, vetting queue, applications");
        const taken = await fingerprint(tx);
        say("2/3 database: pg_dump (custom format)");
        await run(postgresTool("pg_dump"), [
          "--format=custom",
          "--no-owner",
          "--no-privileges",
          `--snapshot=${String(row?.snapshot)}`,
          "--file",
          path.join(out, database),
          url,
        ]);
        return taken;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    await closeDatabase();
  } else {
    say("1/3 fingerprint: dashboard, vetting queue, applications");
    before = await fingerprint(await getDb());
    say("2/3 database: PGlite data directory (dumpDataDir)");
    database = "pglite.tar.gz";
    await closeDatabase();
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(path.join(env.dataDir, "pglite"));
    const dump = await pglite.dumpDataDir("gzip");
    writeFileSync(path.join(out, database), Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
  }
  const uploads = path.join(env.dataDir, "uploads");
  const files = countFiles(uploads);
  say(`3/3 uploads: ${files} files`);
  if (files > 0) cpSync(uploads, path.join(out, "uploads"), { recursive: true, preserveTimestamps: true });
  const manifest = {
    createdAt: new Date().toISOString(),
    kind: env.DATABASE_URL ? "postgres" : "pglite",
    database,
    databaseBytes: statSync(path.join(out, database)).size,
    uploads: files,
    fingerprint: before,
  };
  writeFileSync(path.join(out, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2));
  return { ...manifest, seconds: (Date.now() - started) / 1000 };
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  loadEnvOrExit();
  const out = path.resolve(process.argv[2] ?? `backups/jiuye-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  const done = await backup(out, (line) => console.error(line));
  console.log(
    `backup written to ${out}: ${done.kind} ${(done.databaseBytes / 1024 / 1024).toFixed(1)} MiB, ${done.uploads} uploads, ${done.seconds.toFixed(1)} s`,
  );
  await closeDatabase();
  process.exit(0);
}
