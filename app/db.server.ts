import { openDatabase, type Database, type DatabaseHandle } from "../db/client";
import { getEnv } from "./config/env.server";

// Kept on globalThis: the Remix server build and the launcher script are separate module
// graphs in one process, and PGlite must never be opened twice on the same directory.
const holder = globalThis as typeof globalThis & { __jiuyeDb?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.__jiuyeDb) {
    const env = getEnv();
    holder.__jiuyeDb = openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir });
  }
  return holder.__jiuyeDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

export async function closeDatabase() {
  const pending = holder.__jiuyeDb;
  holder.__jiuyeDb = undefined;
  if (pending) await (await pending).close();
}
