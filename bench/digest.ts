/**
 * `npm run bench:digest [-- --graduates 30000 --postings 100000 --send 5000]`: the recommendation
 * digest at school scale.
 *   1. generates the graduates (accounts, profiles) in PostgreSQL and the postings in PostgreSQL
 *      and Meilisearch (published over the last 14 days);
 *   2. computes one digest round for every graduate without sending (total time, per-graduate p95);
 *   3. sends digests to the first N graduates through the outbox to an in-process smtp-server
 *      (mails/s);
 * and prints peak RSS of this process (and of Meilisearch). Uses a recreated database
 * `jiuye_bench_digest` on BENCH_DATABASE_URL's server (default the local PostgreSQL) and its own
 * Meilisearch from the bundled binary. Prints figures; asserts nothing.
 */
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { resetEnv } from "../app/config/env.server";
import { closeDatabase, getDb } from "../app/db.server";
import { runDigestRound } from "../app/graduates/digest.server";
import { processOutboxBatch } from "../app/outbox/worker.server";
import {
  getSearchClient,
  outboxHandlers,
  postingsIndex,
  prepareSearchIndexes,
  resetServices,
} from "../app/services.server";
import { createSchool, graduateRows } from "../seed/factories";
import { POSTING_TEMPLATES } from "../seed/demo-employers";
import { createRandom } from "../seed/school-data";
import { migrateDatabase, openDatabase } from "../db/client";
import { employers, graduateProfiles, graduates, postings, users, type JobType } from "../db/schema";
import { toPostingDocument } from "../search/documents";
import { freePort, startBundledMeilisearch } from "../search/local-server";
import { waitOk } from "../search/postings-index";
import { progressBar } from "../scripts/progress";
import { BENCH_ADMIN_URL, benchDatabaseUrl } from "./site";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const GRADUATES = arg("graduates", 30_000);
const POSTINGS = arg("postings", 100_000);
const SEND = arg("send", 5_000);

const dbName = "jiuye_bench_digest";
const benchUrl = benchDatabaseUrl(dbName);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
function processPeakRss(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
const say = (line: string) => console.log(line);

// ---------------------------------------------------------------- set-up
const admin = postgres(BENCH_ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
await admin.unsafe(`create database "${dbName}"`);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-digest-"));
const meili = await startBundledMeilisearch({ dataDir });
const smtpPort = await freePort();
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      received++;
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", () => resolve()));

process.env.DATABASE_URL = benchUrl;
process.env.MEILI_HOST = meili.host;
process.env.MEILI_MASTER_KEY = meili.masterKey;
process.env.SEARCH_INDEX_PREFIX = "bench";
// Pooled connections, as a production SMTP_URL would use for bulk mail.
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}/?pool=true&maxConnections=4`;
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "warn";
resetEnv();
resetServices();
const migrator = await openDatabase({ url: benchUrl, dataDir, max: 1 });
await migrateDatabase(migrator);
await migrator.close();
await prepareSearchIndexes();
const db = await getDb();

say(
  `digest benchmark: ${GRADUATES.toLocaleString()} graduates × ${POSTINGS.toLocaleString()} postings, ${SEND.toLocaleString()} sent (${os.cpus().length} cores)`,
);
const setupStarted = performance.now();
const random = createRandom(2026);
const school = await createSchool(db);

// Graduates with accounts and profiles.
const genBar = progressBar("graduates");
const rows = graduateRows(school, { count: GRADUATES, cohorts: [2026], seed: 5 });
const SKILLS = [
  "Java",
  "Spring",
  "Python",
  "SQL",
  "React",
  "Go",
  "Excel",
  "CAD",
  "PLC",
  "英语",
  "数据分析",
  "嵌入式",
  "新媒体运营",
  "财务分析",
  "BIM",
];
const CITIES = ["杭州", "上海", "南京", "苏州", "宁波", "深圳", "北京", "合肥", "成都", "武汉"];
const JOB_SETS: JobType[][] = [["full_time"], ["full_time"], ["full_time", "internship"], []];
for (let i = 0; i < rows.length; i += 2000) {
  const batch = rows.slice(i, i + 2000).map((row, j) => ({ ...row, email: `bench${i + j}@stu.bench.jiuye.cn` }));
  const accounts = await db
    .insert(users)
    .values(
      batch.map((row) => ({
        email: row.email,
        passwordHash: "bench-no-login",
        role: "graduate" as const,
        displayName: row.name,
      })),
    )
    .returning({ id: users.id });
  const inserted = await db
    .insert(graduates)
    .values(batch.map((row, j) => ({ ...row, userId: accounts[j]!.id })))
    .returning({ id: graduates.id });
  await db.insert(graduateProfiles).values(
    inserted.map((g) => ({
      graduateId: g.id,
      skills: [random.pick(SKILLS), random.pick(SKILLS), random.pick(SKILLS)].filter(
        (s, k, all) => all.indexOf(s) === k,
      ),
      preferredCities: [random.pick(CITIES)],
      expectedPay: random.int(6, 18) * 1000,
      jobTypes: random.pick(JOB_SETS),
      nonPersonalised: random.next() < 0.1,
      digestFrequency: random.next() < 0.85 ? ("weekly" as const) : ("daily" as const),
    })),
  );
  genBar(Math.min(i + 2000, rows.length), rows.length);
}

// Postings: one employer per 500 postings, published over the last 14 days, in PostgreSQL and Meilisearch.
const templates = Object.values(POSTING_TEMPLATES).flat();
const employerIds: { id: string; name: string; industry: string }[] = [];
const industries = Object.keys(POSTING_TEMPLATES);
for (let e = 0; e < Math.ceil(POSTINGS / 500); e++) {
  const industry = industries[e % industries.length]!;
  const [row] = await db
    .insert(employers)
    .values({
      name: `基准测试单位${e}有限公司`,
      creditCode: `BENCH${String(e).padStart(13, "0")}`,
      type: "private",
      industry,
      province: "浙江省",
      city: "杭州",
      address: "杭州市",
      contactEmail: `hr${e}@bench.jiuye.cn`,
      contactPhone: "0571-88888888",
      status: "verified",
    })
    .returning({ id: employers.id, name: employers.name, industry: employers.industry });
  employerIds.push(row!);
}
const postBar = progressBar("postings");
const deadline = new Date(Date.now() + 60 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
const index = getSearchClient().index(postingsIndex());
const tasks: number[] = [];
for (let i = 0; i < POSTINGS; i += 2500) {
  const values = Array.from({ length: Math.min(2500, POSTINGS - i) }, (_, j) => {
    const template = templates[(i + j) % templates.length]!;
    const employer = employerIds[Math.floor((i + j) / 500)]!;
    const city = random.pick(CITIES);
    return {
      employerId: employer.id,
      status: "published" as const,
      title: template.title,
      category: template.category,
      jobType: template.jobType,
      headcount: random.int(1, 10),
      duties: template.duties,
      requirements: template.requirements,
      degree: template.degree,
      majors: template.majors,
      cities: [{ province: "浙江省", city }],
      salaryMin: template.pay[0],
      salaryMax: template.pay[1] + random.int(0, 6) * 500,
      deadline,
      publishedAt: new Date(Date.now() - random.int(0, 14 * 24 * 60) * 60_000),
    };
  });
  const inserted = await db.insert(postings).values(values).returning();
  const documents = inserted.map((p) => {
    const employer = employerIds.find((e) => e.id === p.employerId)!;
    return toPostingDocument({
      ...p,
      publishedAt: p.publishedAt!,
      employer: { id: employer.id, name: employer.name, type: "private", industry: employer.industry },
    });
  });
  tasks.push((await index.addDocuments(documents)).taskUid);
  postBar(Math.min(i + 2500, POSTINGS), POSTINGS);
}
const indexStarted = performance.now();
for (const task of tasks) await waitOk(getSearchClient(), task, 30 * 60_000);
say(
  `set-up: ${((performance.now() - setupStarted) / 1000).toFixed(1)} s (Meilisearch finished indexing ${((performance.now() - indexStarted) / 1000).toFixed(1)} s after the last batch was sent)`,
);

// ---------------------------------------------------------------- 1. compute a round
peakRss = process.memoryUsage().rss;
const computeStarted = performance.now();
const computed = await runDigestRound(db, { send: false, onProgress: progressBar("computing") });
const computeSeconds = (performance.now() - computeStarted) / 1000;
const sorted = [...computed.perGraduateMs].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const computeRss = peakRss;

// ---------------------------------------------------------------- 2. send N
const enqueueStarted = performance.now();
const enqueued = await runDigestRound(db, { send: true, maxGraduates: SEND, onProgress: progressBar("enqueueing") });
const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
const sendStarted = performance.now();
const handlers = outboxHandlers();
const sendBar = progressBar("sending");
const workers = Array.from({ length: 4 }, async () => {
  while ((await processOutboxBatch(db, handlers, 50)) > 0) sendBar(received, enqueued.sent);
});
await Promise.all(workers);
const sendSeconds = (performance.now() - sendStarted) / 1000;

// ---------------------------------------------------------------- report
clearInterval(sampler);
const meiliPeak = processPeakRss(meili.pid);
say("");
say(
  `compute round (not sent): ${computed.graduates.toLocaleString()} graduates in ${computeSeconds.toFixed(1)} s · ${computed.planned.toLocaleString()} digests planned · ${computed.skippedEmpty} with nothing new · ${computed.searches} Meilisearch searches`,
);
say(`  per graduate: p50 ${pct(0.5).toFixed(2)} ms · p95 ${pct(0.95).toFixed(2)} ms · p99 ${pct(0.99).toFixed(2)} ms`);
say(
  `send: ${enqueued.sent.toLocaleString()} digests enqueued in ${enqueueSeconds.toFixed(1)} s, ${received.toLocaleString()} delivered to the in-process SMTP server in ${sendSeconds.toFixed(1)} s = ${(received / sendSeconds).toFixed(0)} mails/s`,
);
say(
  `peak RSS: this process ${mib(peakRss)} (during the compute round ${mib(computeRss)}) · Meilisearch ${meiliPeak ? mib(meiliPeak) : "n/a"}`,
);
say(`total: ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

resetServices();
await closeDatabase();
await new Promise<void>((resolve) => smtp.close(() => resolve()));
await meili.stop();
rmSync(dataDir, { recursive: true, force: true });
await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
await admin.end();
process.exit(0);
