import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { postgresBinDir } from "../chaos/postgres-cluster";

/** pg_dump / pg_restore: the newest installed server's own (a dump needs a client at least as new as the server). */
export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  try {
    const candidate = path.join(postgresBinDir(), name);
    if (existsSync(candidate)) return candidate;
  } catch {
    // fall back to PATH
  }
  if (spawnSync(name, ["--version"]).status === 0) return name;
  throw new Error(`${name} not found: install PostgreSQL's client programs (postgresql-client)`);
}
