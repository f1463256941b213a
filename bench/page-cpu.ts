/**
 * `npx tsx bench/page-cpu.ts [--duration 8] [--pages login,graduate,staff] [--servers a.mjs,b.mjs]
 * [--rounds 1]`: CPU milliseconds of the web process per request, page by page, for the compiled
 * server (`npm run build` first; `--servers` names several builds, e.g. another checkout's
 * build/server.mjs, measured in turn on the same database, `--rounds` times over) on the demo data. On a shared machine requests/s and latency follow the neighbours' load; the CPU the web
 * process spends per request (utime + stime from /proc over the load window, divided by the requests
 * answered) does much less, so this is the figure to compare before and after a change.
 * Each page is loaded by autocannon at c=10 after a warm-up; the web process runs with
 * RUN_WORKER=false so no outbox backlog competes. BENCH_SITE_NODE_ARGS passes node flags to the web
 * process (`--cpu-prof --cpu-prof-dir=/tmp/prof`: one profile per page, written when it stops).
 * Database `jiuye_bench_page_cpu` (or BENCH_PAGES_DATABASE) at BENCH_DATABASE_URL's server is recreated.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { defaultMaxIndexingMemory, freePort, startBundledMeilisearch } from "../search/local-server";

const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const DURATION = Number(argValue("--duration")) || 8;
const WANTED = (argValue("--pages") ?? "login,graduate,staff").split(",").filter(Boolean);
const SERVERS = (argValue("--servers") ?? "build/server.mjs").split(",").filter(Boolean);
const ROUNDS = Number(argValue("--rounds")) || 1;
const SITE_NODE_ARGS = process.env.BENCH_SITE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const databaseName = process.env.BENCH_PAGES_DATABASE ?? "jiuye_bench_page_cpu";
if (!/^[a-z_][a-z0-9_]*$/.test(databaseName))
  throw new Error("BENCH_PAGES_DATABASE: lower-case letters, digits and _ only");
const databaseUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${databaseName}`;
  return u.toString();
})();
if (!existsSync("build/server.mjs") || !existsSync("build/index.js")) {
  console.error("Run `npm run build` first (bench/page-cpu.ts measures the compiled server).");
  process.exit(1);
}

const CLOCK_TICKS_PER_SECOND = 100;
/** utime + stime of a process in milliseconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
await admin.unsafe(`create database ${databaseName}`);
await admin.end();

const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-page-cpu-"));
const meili = await startBundledMeilisearch({
  dataDir,
  maxIndexingMemory: process.env.MEILI_MAX_INDEXING_MEMORY ?? defaultMaxIndexingMemory(),
});
const children: ChildProcess[] = [];
process.once("exit", () => children.forEach((child) => child.kill("SIGKILL")));

async function startServer(env: Record<string, string>, nodeArgs: string[], server = "build/server.mjs") {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, server], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      SEARCH_INDEX_PREFIX: "benchpagecpu",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
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
  return { child, base };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await gone;
}

async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "jiuye-demo-2026", redirectTo: "" }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`could not sign in as ${email}`);
  return cookie;
}

process.stderr.write("seeding the demo data …\n");
const seeding = await startServer({ SEED_DEMO: "true", RUN_WORKER: "true" }, []);
for (let i = 0; ; i++) {
  const body = (await (await fetch(`${seeding.base}/api/v1/postings`)).json()) as { total: number };
  if (body.total >= 100) break;
  if (i > 600) throw new Error("the demo postings were not indexed in 60 s");
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const graduateCookie = await signIn(seeding.base, "graduate@demo.jiuye.cn");
const staffCookie = await signIn(seeding.base, "staff@demo.jiuye.cn");
await stop(seeding.child);

const pages = [
  { name: "login", path: "/login", cookie: undefined as string | undefined },
  { name: "jobs", path: "/jobs", cookie: undefined },
  { name: "graduate", path: "/graduate", cookie: graduateCookie },
  { name: "staff", path: "/staff/graduates", cookie: staffCookie },
  { name: "staff-home", path: "/staff", cookie: staffCookie },
].filter((page) => WANTED.includes(page.name));

console.log(
  `CPU per request of the web process, c=10, ${DURATION} s per page, ${os.cpus().length} cores, node ${process.version}, load ${load()}`,
);
console.log("server | page | req/s | CPU ms/request | bytes/response");
const perRequest = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const page of pages) {
    for (const server of SERVERS) {
      // One process per page, so a profile (BENCH_SITE_NODE_ARGS) holds one page only.
      const web = await startServer({ SEED_DEMO: "false", RUN_WORKER: "false" }, SITE_NODE_ARGS, server);
      const headers: Record<string, string> = page.cookie ? { cookie: page.cookie } : {};
      const first = await fetch(web.base + page.path, { headers, redirect: "manual" });
      const bytes = (await first.arrayBuffer()).byteLength;
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
      await autocannon({ url: web.base + page.path, connections: 2, amount: 200, headers });
      const before = cpuMs(web.child.pid!);
      const result = await autocannon({ url: web.base + page.path, connections: 10, duration: DURATION, headers });
      const used = cpuMs(web.child.pid!) - before;
      const errors = result.errors + result.timeouts + result.non2xx;
      const key = `${server} | ${page.path}`;
      perRequest.set(key, [...(perRequest.get(key) ?? []), used / result.requests.total]);
      console.log(
        `${key} | ${(result.requests.total / result.duration).toFixed(0)}${errors ? ` (${errors} errors)` : ""} | ` +
          `${(used / result.requests.total).toFixed(2)} | ${bytes} (load ${load()})`,
      );
      await stop(web.child);
    }
  }
}
if (ROUNDS > 1) {
  console.log("\nmedian over the rounds: server | page | CPU ms/request");
  for (const [key, values] of perRequest) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`${key} | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}`);
  }
}
await meili.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
