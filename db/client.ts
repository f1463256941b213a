import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import * as schema from "./schema";
import { countingStatements, statementCountingLogger } from "./statement-count";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything queries can run on: the database itself or an open transaction. */
export type Queryable = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/**
 * db/migrations beside this module when it runs from source; from the compiled launcher
 * (build/server.mjs, build/worker.mjs) the migrations stay in the source tree, one level up.
 */
export const migrationsFolder = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, "migrations");
  return existsSync(beside) ? beside : path.resolve(here, "..", "db", "migrations");
})();

/**
 * postgres.js when a URL is given, PGlite under `dataDir` otherwise. Both are driven through
 * the same drizzle interface, so no domain code knows which one it is talking to.
 */
export async function openDatabase(options: { url?: string; dataDir: string; max?: number }): Promise<DatabaseHandle> {
  const logger = countingStatements() ? statementCountingLogger : undefined;
  if (options.url) {
    guardAgainstDriverWriteAfterClose();
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // JIT off: the app's queries are short, and where their cost estimates cross jit_above_cost
    // (report queries over a few ten thousand graduates) compiling took longer (~60 ms) than running.
    // connect_timeout: while PostgreSQL is unreachable a request fails in seconds (and gets the
    // 503 page) rather than hanging for postgres.js's default 30 s.
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
      connection: { jit: "off" },
    });
    prepareSmallStatements(client);
    return { db: drizzle(client, { schema, logger }), kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = path.join(options.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  return { db: drizzle(client, { schema, logger }), kind: "pglite", close: () => client.close() };
}

/** Statements with more parameters than this are sent unnamed, as drizzle does with all of them. */
export const PREPARE_MAX_PARAMS = 64;

/**
 * drizzle hands postgres.js every statement as unnamed (`prepare: false`), so PostgreSQL parses and
 * plans it on every request: on the signed-in pages that was most of the database's time (parse
 * and plan 0.5–2 ms, execution ~0.1 ms for the session lookup; decision 028). Statements with at
 * most PREPARE_MAX_PARAMS parameters are prepared instead: postgres.js names one per query text and
 * connection and reuses it, and PostgreSQL keeps a plan for it. Larger ones (id lists, bulk
 * inserts) stay unnamed: their text changes with the list's length, and each prepared statement
 * lives as long as its connection. So do statements without parameters: postgres.js sends those
 * with the simple protocol, which also runs several statements in one text (scripts do).
 * postgres.js re-prepares by itself when a schema change invalidates one. Transactions use their
 * own connection object and are left as they are.
 */
function prepareSmallStatements(client: Sql) {
  const unsafe = client.unsafe.bind(client);
  const prepared: typeof client.unsafe = (query, parameters, options) =>
    unsafe(query, parameters, {
      ...options,
      prepare:
        options?.prepare ||
        (parameters !== undefined && parameters.length > 0 && parameters.length <= PREPARE_MAX_PARAMS),
    });
  client.unsafe = prepared;
}

/**
 * postgres.js 3.4 defers small writes with setImmediate; when the server goes away in between
 * (a restart, a failover) the deferred write runs on a closed connection and throws a TypeError
 * from a timer, outside any query's promise, which would end the process (upstream issues
 * porsager/postgres#1154 and #1208, unfixed in 3.4.x). The query it belonged to has already been
 * rejected with CONNECTION_CLOSED, so this one error is logged and ignored; any other uncaught
 * error still ends the process as before.
 */
function guardAgainstDriverWriteAfterClose() {
  const holder = globalThis as typeof globalThis & { __jiuyeDriverGuard?: boolean };
  if (holder.__jiuyeDriverGuard) return;
  holder.__jiuyeDriverGuard = true;
  process.on("uncaughtException", (error) => {
    const stack = error instanceof Error ? (error.stack ?? "") : "";
    if (error instanceof TypeError && /nextWrite/.test(stack) && /postgres[\\/]src[\\/]connection\.js/.test(stack)) {
      process.stderr.write(
        JSON.stringify({ time: new Date().toISOString(), level: "warn", event: "database.write_after_close" }) + "\n",
      );
      return;
    }
    // Another handler (a test runner's) decides what happens to other errors; alone, crash as Node would.
    if (process.listenerCount("uncaughtException") > 1) return;
    process.stderr.write(`${stack || String(error)}\n`);
    process.exit(1);
  });
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

/**
 * Rows of a raw `execute`: postgres.js returns an array, PGlite an object with `rows`. `T` is the
 * shape the statement's select list gives each row (not checked: it is what the SQL says).
 */
export function resultRows<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) return result.rows as T[];
  return [];
}

export { schema };
