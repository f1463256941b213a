import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import { getEnv } from "../../app/config/env.server";
import { closeDatabase, getDb } from "../../app/db.server";
import { schoolDate } from "../../app/time";
import { getSearchClient, postingsIndex } from "../../app/services.server";
import { reindexPostings } from "../../search/reindex";
import { bootServices, fail, loadEnvOrExit } from "../boot";
import { progressBar } from "../progress";
import { BACKUP_MANIFEST } from "./backup";
import { differences, fingerprint, type Fingerprint } from "./fingerprint";
import { postgresTool } from "./tools";

interface Manifest {
  kind: "postgres" | "pglite";
  database: string;
  uploads: number;
  fingerprint: Fingerprint;
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, BACKUP_MANIFEST);
  if (!existsSync(file)) fail(`${dir} holds no backup (no ${BACKUP_MANIFEST})`);
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/**
 * Restores a backup into an empty database (refusing one that holds tables), copies the uploads
 * back, rebuilds the search index from the restored rows, and compares the dashboard, the
 * vetting queue and every graduate's applications with the fingerprint taken at backup time.
 */
export async function restore(dir: string, say: (line: string) => void) {
  const env = getEnv();
  const manifest = readManifest(dir);
  const started = Date.now();
  if (env.DATABASE_URL) {
    if (manifest.kind !== "postgres") fail("this backup is of the embedded PGlite database: unset DATABASE_URL");
    const sql = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
    const [{ n }] = await sql<{ n: number }[]>`
      select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
    await sql.end();
    if (n > 0) fail("the target database is not empty; restore into a new, empty database");
    say("1/4 database: pg_restore");
    execFileSync(
      postgresTool("pg_restore"),
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--dbname",
        env.DATABASE_URL,
        path.join(dir, manifest.database),
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
  } else {
    if (manifest.kind !== "pglite")
      fail("this backup is of a PostgreSQL server: set DATABASE_URL to an empty database");
    const target = path.join(env.dataDir, "pglite");
    if (existsSync(target) && readdirSync(target).length > 0)
      fail(`${target} is not empty; stop jiuye and move it away (or choose another DATA_DIR) first`);
    say("1/4 database: PGlite data directory");
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(target, {
      loadDataDir: new Blob([readFileSync(path.join(dir, manifest.database))]),
    });
    await pglite.close();
  }
  say(`2/4 uploads: ${manifest.uploads} files`);
  if (manifest.uploads > 0)
    cpSync(path.join(dir, "uploads"), path.join(env.dataDir, "uploads"), {
      recursive: true,
      force: false,
      preserveTimestamps: true,
    });
  const { localMeili } = await bootServices({ startLocalSearch: true, seed: false, say: (line) => say(`   ${line}`) });
  say("3/4 search: rebuilding the index from the restored postings");
  const db = await getDb();
  const indexed = await reindexPostings(db, getSearchClient(), postingsIndex(), {
    today: schoolDate(),
    onProgress: progressBar("   reindex"),
  });
  say("4/4 compare: dashboard, vetting queue, applications");
  const after = await fingerprint(db);
  const found = differences(manifest.fingerprint, after);
  await localMeili?.stop();
  return { differences: found, after, indexed: indexed.documents, seconds: (Date.now() - started) / 1000 };
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  loadEnvOrExit();
  const dir = process.argv[2];
  if (!dir) fail("usage: npm run restore -- <backup directory>");
  const result = await restore(path.resolve(dir), (line) => console.error(line));
  await closeDatabase();
  const dashboards = Object.keys(result.after.dashboards).length;
  if (result.differences.length > 0) {
    console.error(
      `restored in ${result.seconds.toFixed(1)} s, but it differs from the backup: ${result.differences.join("; ")}`,
    );
    process.exit(1);
  }
  console.log(
    `restored and verified in ${result.seconds.toFixed(1)} s: ${dashboards} dashboards, ${result.after.vettingQueue.count} postings waiting for vetting, ` +
      `${result.after.applications.rows} applications of ${result.after.applications.graduates} graduates equal to the backup; ${result.indexed} postings indexed`,
  );
  process.exit(0);
}
