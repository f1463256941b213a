/**
 * `npx tsx bench/api-cpu.ts [--servers a.mjs,b.mjs] [--rounds 1]`: the public search API
 * (/api/v1/postings) of the compiled server (`npm run build` first), build by build in turn on the
 * demo data, every request a different query (a different pay floor) so the one-second answer cache
 * never answers and each one goes to Meilisearch:
 * - the Meilisearch overhead row of bench/pages.ts (280 sequential searches, app p50 − raw p50);
 * - CPU milliseconds of the web process per request under autocannon c=10 (utime + stime from
 *   /proc), the figure that survives a shared machine (decision 032).
 * BENCH_SITE_NODE_ARGS passes node flags to the web process. Database `jiuye_bench_api_cpu` (or
 * BENCH_API_DATABASE) at BENCH_DATABASE_URL's server is recreated.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { parseSearchParams } from "../app/postings/query";
import { postingsIndexName } from "../search/postings-index";
import { toMeiliSearchRequest } from "../search/query";
import { createMeiliTransport } from "../search/transport";
import {
  argValue,
  benchDatabaseName,
  benchDatabaseUrl,
  recreateDatabase,
  requireBuild,
  startServer,
  startSiteServices,
  stop,
  waitForDemoPostings,
} from "./site";

const SERVERS = (argValue("--servers") ?? "build/server.mjs").split(",").filter(Boolean);
const ROUNDS = Number(argValue("--rounds")) || 1;
const SITE_NODE_ARGS = process.env.BENCH_SITE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const databaseName = benchDatabaseName("BENCH_API_DATABASE", "jiuye_bench_api_cpu");
requireBuild("bench/api-cpu.ts");

const INDEX_PREFIX = "benchapicpu";
await recreateDatabase(databaseName);
const services = await startSiteServices({
  name: "api-cpu",
  databaseUrl: benchDatabaseUrl(databaseName),
  searchIndexPrefix: INDEX_PREFIX,
});
process.stderr.write("seeding the demo data …\n");
const seeding = await startServer(SERVERS[0]!, { ...services.env, SEED_DEMO: "true", RUN_WORKER: "true" });
await waitForDemoPostings(seeding.base);
await stop(seeding.child);

/** utime + stime of a process in milliseconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
// The words and cities of bench/pages.ts' overhead row.
const words = ["java", "前端", "工程师", "销售", "会计", "算法", "数据分析", "管理培训生", "fronted", ""];
const cities = ["杭州", "上海", "南京", "深圳", ""];
let asked = 0;
function nextQuery() {
  const i = asked++;
  const params = new URLSearchParams();
  if (words[i % words.length]) params.set("q", words[i % words.length]!);
  if (cities[i % cities.length]) params.set("city", cities[i % cities.length]!);
  params.set("salaryMin", String(1000 + (i % 100_000)));
  return params;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

console.log(`/api/v1/postings, ${os.cpus().length} cores, node ${process.version}`);
console.log("server | req/s at c=10 | CPU ms/request | app p50 ms | raw p50 ms | overhead ms | load");
const results = new Map<string, { cpu: number[]; overhead: number[] }>();
for (let round = 0; round < ROUNDS; round++) {
  for (const server of SERVERS) {
    const web = await startServer(server, { ...services.env, SEED_DEMO: "false", RUN_WORKER: "false" }, SITE_NODE_ARGS);
    const transport = createMeiliTransport();
    const app: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < 300; i++) {
      const params = nextQuery();
      const parsed = parseSearchParams(params);
      if (!parsed.ok) continue;
      const request = toMeiliSearchRequest(parsed.query, { now: new Date(), withFacets: true });
      let t = performance.now();
      await (await fetch(`${web.base}/api/v1/postings?${params}`)).arrayBuffer();
      const appMs = performance.now() - t;
      t = performance.now();
      await transport.request(`${services.meili.host}/indexes/${postingsIndexName(INDEX_PREFIX)}/search`, {
        method: "POST",
        headers: { Authorization: `Bearer ${services.meili.masterKey}`, "Content-Type": "application/json" },
        body: JSON.stringify({ q: request.q, ...request.params }),
      });
      if (i >= 20) {
        app.push(appMs);
        raw.push(performance.now() - t);
      }
    }
    transport.close();
    const before = cpuMs(web.child.pid!);
    const load = await autocannon({
      url: web.base,
      connections: 10,
      duration: 6,
      requests: [{ setupRequest: (request) => ({ ...request, path: `/api/v1/postings?${nextQuery()}` }) }],
    });
    const perRequest = (cpuMs(web.child.pid!) - before) / load.requests.total;
    const overhead = median(app) - median(raw);
    const bad = load.errors + load.timeouts + load.non2xx;
    console.log(
      `${server} | ${(load.requests.total / load.duration).toFixed(0)}${bad ? ` (${bad} errors)` : ""} | ` +
        `${perRequest.toFixed(2)} | ${median(app).toFixed(2)} | ${median(raw).toFixed(2)} | ${overhead.toFixed(2)} | ` +
        os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" "),
    );
    const kept = results.get(server) ?? { cpu: [], overhead: [] };
    kept.cpu.push(perRequest);
    kept.overhead.push(overhead);
    results.set(server, kept);
    await stop(web.child);
  }
}
if (ROUNDS > 1) {
  console.log("\nmedian over the rounds: server | CPU ms/request | overhead ms");
  for (const [server, { cpu, overhead }] of results)
    console.log(`${server} | ${median(cpu).toFixed(2)} | ${median(overhead).toFixed(2)}`);
}
await services.close();
process.exit(0);
