/**
 * What the benchmarks share: their database at BENCH_DATABASE_URL's server, the check that the site
 * is built, the compiled site's processes (started on a free port, waited for, stopped, killed if the
 * benchmark exits first), a demo user's session and the wait for the demo postings to be searchable.
 * Importing it starts nothing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { defaultMaxIndexingMemory, freePort, startBundledMeilisearch } from "../search/local-server";

/** The word after `name` on the command line (`--duration 8` → "8"), if `name` is there. */
export const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

/** The server the benchmarks' databases are created on (its own database is only used to create them). */
export const BENCH_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * The database name in the environment variable `variable`, or `fallback`: its own name lets two
 * runs on one server not drop each other's. Checked because it goes into SQL unquoted.
 */
export function benchDatabaseName(variable: string, fallback: string) {
  const name = process.env[variable] ?? fallback;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${variable}: lower-case letters, digits and _ only`);
  return name;
}

/** The URL of the database `name` on the benchmarks' server. */
export function benchDatabaseUrl(name: string) {
  const u = new URL(BENCH_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops the database `name` (whoever is connected) and creates it empty. */
export async function recreateDatabase(name: string) {
  const admin = postgres(BENCH_ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
}

/** Ends the benchmark `what` with a hint unless the compiled server is there to measure. */
export function requireBuild(what: string) {
  if (!existsSync("build/server.mjs") || !existsSync("build/index.js")) {
    console.error(`Run \`npm run build\` first (${what} measures the compiled server).`);
    process.exit(1);
  }
}

/**
 * What the compiled site runs on during a benchmark: a Meilisearch of its own (the bundled binary,
 * over a temporary folder that is also the site's DATA_DIR) and the environment its processes get,
 * with the database at `databaseUrl` and the search indexes under `searchIndexPrefix`. `close()`
 * stops Meilisearch and removes the folder.
 */
export async function startSiteServices(options: { name: string; databaseUrl: string; searchIndexPrefix: string }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `jiuye-bench-${options.name}-`));
  const meili = await startBundledMeilisearch({
    dataDir,
    maxIndexingMemory: process.env.MEILI_MAX_INDEXING_MEMORY ?? defaultMaxIndexingMemory(),
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: dataDir,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meili.masterKey,
    SEARCH_INDEX_PREFIX: options.searchIndexPrefix,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
  async function close() {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { meili, env, close };
}

const children: ChildProcess[] = [];
let killedOnExit = false;

/** Starts `script` with `env` on a free port; a process left running when the benchmark exits is killed. */
async function startProcess(script: string, env: NodeJS.ProcessEnv, nodeArgs: string[]) {
  if (!killedOnExit) {
    process.once("exit", () => children.forEach((child) => child.kill("SIGKILL")));
    killedOnExit = true;
  }
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return { child, base: `http://127.0.0.1:${port}`, startedAt };
}

/**
 * Starts a compiled web server (`build/server.mjs` or another build's) and waits until its /health
 * answers 200; `coldStartMs` is from the spawn to that answer.
 */
export async function startServer(script: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []) {
  const { child, base, startedAt } = await startProcess(script, env, nodeArgs);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // still starting
    }
    if (i > 1200) throw new Error("server did not start in 120 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base, coldStartMs: performance.now() - startedAt };
}

/** Starts a process that answers no HTTP (`build/worker.mjs`); it is not waited for. */
export async function startWorker(script: string, env: NodeJS.ProcessEnv) {
  const { child, base, startedAt } = await startProcess(script, env, []);
  return { child, base, coldStartMs: performance.now() - startedAt };
}

/** Stops a process politely and waits until it has exited. */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await gone;
}

/** The session cookie of a demo account (all share the demo password). */
export async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "jiuye-demo-2026", redirectTo: "" }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`could not sign in as ${email}`);
  return cookie;
}

/** Waits until the demo postings are searchable: the seed's postings reach the index through the outbox worker. */
export async function waitForDemoPostings(base: string) {
  for (let i = 0; ; i++) {
    const body = (await (await fetch(`${base}/api/v1/postings`)).json()) as { total: number };
    if (body.total >= 100) break;
    if (i > 600) throw new Error("the demo postings were not indexed in 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
