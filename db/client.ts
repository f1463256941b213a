import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything queries can run on: the database itself or an open transaction. */
export type Queryable = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * postgres.js when a URL is given, PGlite under `dataDir` otherwise. Both are driven through
 * the same drizzle interface, so no domain code knows which one it is talking to.
 */
export async function openDatabase(options: { url?: string; dataDir: string; max?: number }): Promise<DatabaseHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // JIT off: the app's queries are short, and where their cost estimates cross jit_above_cost
    // (report queries over a few ten thousand graduates) compiling took longer (~60 ms) than running.
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {}, connection: { jit: "off" } });
    return { db: drizzle(client, { schema }), kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = path.join(options.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  return { db: drizzle(client, { schema }), kind: "pglite", close: () => client.close() };
}

export async function migrateDatabase(handle: DatabaseHandle) {
  if (handle.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // The cast is safe: kind "postgres" is only ever paired with the postgres-js driver above.
    await migrate(handle.db as Parameters<typeof migrate>[0], { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as Parameters<typeof migrate>[0], { migrationsFolder });
  }
}

export { schema };
