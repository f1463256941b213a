/**
 * `npm run bench:pages [-- --duration 10] [-- --scale]`: pages per second of the compiled server
 * (`build/server.mjs`, production mode, real PostgreSQL, demo data), in one run:
 *   - requests/s, p50 and p95 at c=10 and c=50 for /, /jobs, /jobs with a query and two filters,
 *     a posting page, /api/v1/postings, a signed-in graduate's home and a staff list, beside a
 *     static file of the same server (the ceiling) and /login, the "static page" (a Remix page
 *     with no data of its own: what the framework and layout alone cost);
 *   - SQL statements per page, counted by the database client (JIUYE_COUNT_SQL=1, a first pass);
 *   - the Meilisearch overhead row: /api/v1/postings one request at a time beside the same search
 *     sent straight to Meilisearch (target: app p50 − raw p50 ≤ 2 ms);
 *   - cold start (spawn → first 200 from /health) and RSS of every process.
 * `--only graduate,staff` measures only the pages whose name contains one of the words, beside the
 * static file and /login (kept for the ratios); BENCH_SITE_NODE_ARGS passes node flags to the web
 * processes under load (`--cpu-prof --cpu-prof-dir=/tmp/prof`: a profile is written when they stop).
 * `--scale` runs 2 web processes (RUN_WORKER=false) + 1 `build/worker.mjs` against one PostgreSQL
 * and one Meilisearch, and splits each load evenly across the two web processes.
 * The machine's load average is printed with the table: on a shared machine compare ratios.
 * Asserts nothing. Database `jiuye_bench_pages` (or BENCH_PAGES_DATABASE, so two runs on one server do
 * not drop each other's) at BENCH_DATABASE_URL's server is recreated.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { createMeiliTransport } from "../search/transport";
import { parseSearchParams } from "../app/postings/query";
import { toMeiliSearchRequest } from "../search/query";
import { postingsIndexName } from "../search/postings-index";
import {
  argValue,
  benchDatabaseName,
  benchDatabaseUrl,
  recreateDatabase,
  requireBuild,
  signIn,
  startServer,
  startSiteServices,
  startWorker,
  stop,
  waitForDemoPostings,
} from "./site";

const DURATION = Number(argValue("--duration")) || 10;
const SCALE = process.argv.includes("--scale");
const ONLY = argValue("--only")?.split(",").filter(Boolean);
const SITE_NODE_ARGS = process.env.BENCH_SITE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const CONCURRENCY = [10, 50];
const databaseName = benchDatabaseName("BENCH_PAGES_DATABASE", "jiuye_bench_pages");
const databaseUrl = benchDatabaseUrl(databaseName);
requireBuild("bench:pages");

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const rssMiB = (pid: number | undefined, field = "VmRSS") => {
  if (!pid) return NaN;
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
  } catch {
    return NaN;
  }
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

console.log(
  `jiuye pages benchmark: ${SCALE ? "2 web + 1 worker" : "1 web process (worker inside)"}, ${DURATION} s per cell, ` +
    `${os.cpus().length} cores, node ${process.version}, load average at start ${load()}`,
);

// ---------------------------------------------------------------- services
await recreateDatabase(databaseName);

const services = await startSiteServices({ name: "pages", databaseUrl, searchIndexPrefix: "benchpages" });
const { meili, env: baseEnv } = services;

// ---------------------------------------------------------------- pass 1: seed, count SQL per page
process.stderr.write("seeding the demo data …\n");
const counting = await startServer("build/server.mjs", {
  ...baseEnv,
  SEED_DEMO: "true",
  RUN_WORKER: "true",
  JIUYE_COUNT_SQL: "1",
});
await waitForDemoPostings(counting.base);

const graduateCookie = await signIn(counting.base, "graduate@demo.jiuye.cn");
const staffCookie = await signIn(counting.base, "staff@demo.jiuye.cn");
const firstPosting = ((await (await fetch(`${counting.base}/api/v1/postings`)).json()) as { hits: { id: string }[] })
  .hits[0]!.id;

interface Page {
  name: string;
  path: string;
  cookie?: string;
}
const allPages: Page[] = [
  { name: "static file", path: "/favicon.svg" },
  // The "static page": a Remix page without data of its own (same layout, root loader, framework).
  { name: "/login (static page)", path: "/login" },
  { name: "/", path: "/" },
  { name: "/jobs", path: "/jobs" },
  {
    name: "/jobs?q=工程师&city=杭州&jobType",
    path: `/jobs?${new URLSearchParams({ q: "工程师", city: "杭州", jobType: "full_time" })}`,
  },
  { name: "posting page", path: `/jobs/${firstPosting}` },
  { name: "/api/v1/postings", path: "/api/v1/postings" },
  { name: "graduate home", path: "/graduate", cookie: graduateCookie },
  { name: "staff graduates list", path: "/staff/graduates", cookie: staffCookie },
];
const pages = allPages.filter(
  (page) =>
    !ONLY || page.path === "/favicon.svg" || page.path === "/login" || ONLY.some((word) => page.name.includes(word)),
);

const statements = new Map<string, number>();
for (const page of pages) {
  // The second request is the steady state (the first may fill caches).
  let count = NaN;
  for (let i = 0; i < 2; i++) {
    const response = await fetch(counting.base + page.path, {
      headers: page.cookie ? { cookie: page.cookie } : {},
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
    count = Number(response.headers.get("x-sql-statements") ?? NaN);
  }
  statements.set(page.name, count);
}
await stop(counting.child);

// ---------------------------------------------------------------- pass 2: the deployment under load
const webs: Awaited<ReturnType<typeof startServer>>[] = [];
let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
if (SCALE) {
  webs.push(
    await startServer("build/server.mjs", { ...baseEnv, SEED_DEMO: "false", RUN_WORKER: "false" }, SITE_NODE_ARGS),
  );
  webs.push(
    await startServer("build/server.mjs", { ...baseEnv, SEED_DEMO: "false", RUN_WORKER: "false" }, SITE_NODE_ARGS),
  );
  worker = await startWorker("build/worker.mjs", baseEnv);
} else {
  webs.push(
    await startServer("build/server.mjs", { ...baseEnv, SEED_DEMO: "false", RUN_WORKER: "true" }, SITE_NODE_ARGS),
  );
}
const idleRss = webs.map((web) => rssMiB(web.child.pid));

// The Meilisearch overhead row: the API one request at a time, beside the same search sent straight
// to Meilisearch over a kept-alive connection (search/transport.ts, the fastest client we have).
const transport = createMeiliTransport();
const words = ["java", "前端", "工程师", "销售", "会计", "算法", "数据分析", "管理培训生", "fronted", ""];
const cities = ["杭州", "上海", "南京", "深圳", ""];
const appTimes: number[] = [];
const rawTimes: number[] = [];
for (let i = 0; i < 300; i++) {
  const params = new URLSearchParams();
  const q = words[i % words.length]!;
  const city = cities[i % cities.length]!;
  if (q) params.set("q", q);
  if (city) params.set("city", city);
  // A different pay floor each time: no two requests are alike, so none is answered from the
  // app's one-second answer cache (this row measures the path to Meilisearch).
  params.set("salaryMin", String(1000 + i));
  const parsed = parseSearchParams(params);
  if (!parsed.ok) continue;
  const request = toMeiliSearchRequest(parsed.query, { now: new Date(), withFacets: true });
  let t = performance.now();
  await (await fetch(`${webs[0]!.base}/api/v1/postings?${params}`)).arrayBuffer();
  const app = performance.now() - t;
  t = performance.now();
  await transport.request(`${meili.host}/indexes/${postingsIndexName("benchpages")}/search`, {
    method: "POST",
    headers: { Authorization: `Bearer ${meili.masterKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ q: request.q, ...request.params }),
  });
  const raw = performance.now() - t;
  if (i >= 20) {
    appTimes.push(app);
    rawTimes.push(raw);
  }
}
transport.close();
appTimes.sort((a, b) => a - b);
rawTimes.sort((a, b) => a - b);

interface Cell {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
}

/** One load cell: `connections` spread evenly across the web processes, latencies of every response kept. */
async function measure(page: Page, connections: number): Promise<Cell> {
  const latencies: number[] = [];
  let errors = 0;
  const results = await Promise.all(
    webs.map((web) => {
      return new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: web.base + page.path,
            connections: Math.max(1, Math.round(connections / webs.length)),
            duration: DURATION,
            headers: page.cookie ? { cookie: page.cookie } : {},
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        instance.on("response", (_client, status, _bytes, time) => {
          if (status !== 200) errors += 1;
          latencies.push(time);
        });
      });
    }),
  );
  latencies.sort((a, b) => a - b);
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  const seconds = Math.max(...results.map((r) => r.duration));
  return {
    rps: total / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    errors: errors + results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
  };
}

const table = new Map<string, Map<number, Cell>>();
for (const connections of CONCURRENCY) {
  for (const page of pages) {
    // A short warm-up so the JIT and the connection pools are in steady state.
    await autocannon({
      url: webs[0]!.base + page.path,
      connections: 2,
      amount: 50,
      headers: page.cookie ? { cookie: page.cookie } : {},
    });
    const cell = await measure(page, connections);
    if (!table.has(page.name)) table.set(page.name, new Map());
    table.get(page.name)!.set(connections, cell);
    process.stderr.write(`c=${connections} ${page.name}: ${cell.rps.toFixed(0)} req/s (load ${load()})\n`);
  }
}

// ---------------------------------------------------------------- report
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length * 1));
console.log(`\n== results (load average at the end ${load()})`);
const header = ["page", "SQL", ...CONCURRENCY.flatMap((c) => [`c=${c} req/s`, "× static", "p50 ms", "p95 ms"])];
console.log(header.join(" | "));
const staticCells = table.get("static file")!;
for (const page of pages) {
  const cells = table.get(page.name)!;
  const row = [
    pad(page.name, 28),
    String(statements.get(page.name) ?? "?"),
    ...CONCURRENCY.flatMap((c) => {
      const cell = cells.get(c)!;
      return [
        cell.rps.toFixed(0) + (cell.errors ? ` (${cell.errors} errors)` : ""),
        (cell.rps / staticCells.get(c)!.rps).toFixed(2),
        cell.p50.toFixed(1),
        cell.p95.toFixed(1),
      ];
    }),
  ];
  console.log(row.join(" | "));
}
const jobs = table.get("/jobs");
const staticPage = table.get("/login (static page)")!;
const worstP95 = Math.max(...pages.map((p) => table.get(p.name)!.get(50)!.p95));
const maxSql = Math.max(...pages.map((p) => statements.get(p.name) ?? Infinity));
const jobsGoals = (() => {
  if (!jobs) return "";
  const ratio = jobs.get(10)!.rps / staticPage.get(10)!.rps;
  return (
    `/jobs ≥ 300 req/s at c=10: ${jobs.get(10)!.rps.toFixed(0)} → ${jobs.get(10)!.rps >= 300 ? "met" : "NOT met"}; ` +
    `/jobs ≥ 0.5 × the static page (/login) at c=10: ${ratio.toFixed(2)} → ${ratio >= 0.5 ? "met" : "NOT met"}; `
  );
})();
console.log(
  `\ngoals${ONLY ? " (of the pages measured)" : ""}: ${jobsGoals}` +
    `≤ 4 SQL per page: max ${maxSql} → ${maxSql <= 4 ? "met" : "NOT met"}; ` +
    `p95 at c=50 ≤ 250 ms: worst ${worstP95.toFixed(0)} ms → ${worstP95 <= 250 ? "met" : "NOT met"}`,
);
const appP50 = quantile(appTimes, 0.5);
const rawP50 = quantile(rawTimes, 0.5);
console.log(
  `Meilisearch overhead (280 sequential searches with facets): app /api/v1/postings p50 ${appP50.toFixed(2)} ms p95 ${quantile(appTimes, 0.95).toFixed(2)} ms; ` +
    `raw Meilisearch p50 ${rawP50.toFixed(2)} ms p95 ${quantile(rawTimes, 0.95).toFixed(2)} ms; ` +
    `overhead p50 ${(appP50 - rawP50).toFixed(2)} ms (target ≤ 2 ms) → ${appP50 - rawP50 <= 2 ? "met" : "NOT met"}`,
);
for (const [i, web] of webs.entries())
  console.log(
    `web ${i + 1}: cold start ${(web.coldStartMs / 1000).toFixed(2)} s (spawn → /health 200); RSS idle ${idleRss[i]!.toFixed(0)} MiB, ` +
      `after load ${rssMiB(web.child.pid).toFixed(0)} MiB, peak ${rssMiB(web.child.pid, "VmHWM").toFixed(0)} MiB`,
  );
if (worker) console.log(`worker: RSS ${rssMiB(worker.child.pid).toFixed(0)} MiB`);
console.log(`Meilisearch: RSS ${rssMiB(meili.pid).toFixed(0)} MiB`);

for (const web of webs) await stop(web.child);
if (worker) await stop(worker.child);
await services.close();
process.exit(0);
