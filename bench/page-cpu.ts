/**
 * `npx tsx bench/page-cpu.ts [--duration 8] [--pages login,graduate,staff] [--servers a.mjs,b.mjs]
 * [--rounds 1]`: CPU milliseconds of the web process per request, page by page, for the compiled
 * server (`npm run build` first; `--servers` names several builds, e.g. another checkout's
 * build/server.mjs, measured in turn on the same database, `--rounds` times over) on the demo data.
 * A server may be followed by node flags for it alone (`--servers "build/server.mjs,build/server.mjs
 * --max-semi-space-size=64"`). Pages: login, jobs, jobsq (a search with words and filters),
 * graduate, staff, staff-home. On a shared machine requests/s and latency follow the neighbours' load; the CPU the web
 * process spends per request (utime + stime from /proc over the load window, divided by the requests
 * answered) does much less, so this is the figure to compare before and after a change.
 * Each page is loaded by autocannon at c=10 after a warm-up; the web process runs with
 * RUN_WORKER=false so no outbox backlog competes. BENCH_SITE_NODE_ARGS passes node flags to the web
 * process (`--cpu-prof --cpu-prof-dir=/tmp/prof`: one profile per page, written when it stops).
 * Database `jiuye_bench_page_cpu` (or BENCH_PAGES_DATABASE) at BENCH_DATABASE_URL's server is recreated.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import {
  argValue,
  benchDatabaseName,
  benchDatabaseUrl,
  recreateDatabase,
  requireBuild,
  signIn,
  startServer,
  startSiteServices,
  stop,
  waitForDemoPostings,
} from "./site";

const DURATION = Number(argValue("--duration")) || 8;
const WANTED = (argValue("--pages") ?? "login,graduate,staff").split(",").filter(Boolean);
const SERVERS = (argValue("--servers") ?? "build/server.mjs").split(",").filter(Boolean);
const ROUNDS = Number(argValue("--rounds")) || 1;
const SITE_NODE_ARGS = process.env.BENCH_SITE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const databaseName = benchDatabaseName("BENCH_PAGES_DATABASE", "jiuye_bench_page_cpu");
const databaseUrl = benchDatabaseUrl(databaseName);
requireBuild("bench/page-cpu.ts");

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

await recreateDatabase(databaseName);

const services = await startSiteServices({ name: "page-cpu", databaseUrl, searchIndexPrefix: "benchpagecpu" });
const siteEnv = services.env;

process.stderr.write("seeding the demo data …\n");
const seeding = await startServer("build/server.mjs", { ...siteEnv, SEED_DEMO: "true", RUN_WORKER: "true" });
await waitForDemoPostings(seeding.base);
const graduateCookie = await signIn(seeding.base, "graduate@demo.jiuye.cn");
const staffCookie = await signIn(seeding.base, "staff@demo.jiuye.cn");
await stop(seeding.child);

const pages = [
  { name: "login", path: "/login", cookie: undefined as string | undefined },
  { name: "jobs", path: "/jobs", cookie: undefined },
  // The search with words and filters that bench/pages.ts measures.
  {
    name: "jobsq",
    path: `/jobs?${new URLSearchParams({ q: "工程师", city: "杭州", jobType: "full_time" })}`,
    cookie: undefined,
  },
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
      // An entry may name node flags of its own after the script ("build/server.mjs --max-semi-space-size=64").
      const [script, ...flags] = server.split(" ").filter(Boolean);
      const web = await startServer(script!, { ...siteEnv, SEED_DEMO: "false", RUN_WORKER: "false" }, [
        ...SITE_NODE_ARGS,
        ...flags,
      ]);
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
await services.close();
process.exit(0);
