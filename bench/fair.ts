/**
 * `npm run bench:fair`: a live fair under load, against the compiled site and real PostgreSQL.
 *
 *   50 booths × 2 representatives, 2,000 registered graduates who each join 3 booths' lines and keep
 *   the fair's page open (one server-sent-event stream each, `/fairs/<id>/events`, served by
 *   `build/server.mjs`); the representatives call the next graduate continuously for 10 minutes of
 *   simulated time. The clock is injected (`now` of the queue functions): one simulated minute
 *   takes `--ms-per-minute` real milliseconds (default 3,000, so the 10 minutes take 30 s), and so
 *   does everything timed in simulated minutes (the graduate opening the link 5–30 s after a call,
 *   chats of 0.5–3 min, 1 call in 20 unanswered and marked missed after a minute).
 *
 * Printed (the issue's targets in brackets):
 *   - call-next: the time of `callNext` as a representative's button runs it (p95 ≤ 100 ms);
 *   - notified: from the press of "call next" to the `queue` event arriving on the called graduate's
 *     event stream: the real path, PostgreSQL trigger → NOTIFY → the web process's LISTEN
 *     connection → SSE over HTTP (p95 ≤ 2 s); and "page shows the call": to the page's data
 *     (`/fairs/<id>.data`, what the page fetches on each event) carrying the meeting link;
 *   - graduates in two chats at once (0): sampled in SQL every 250 ms during the run, then after
 *     the run in SQL over the whole history (a graduate's [called, chat ended] intervals at two
 *     booths overlapping by more than the clock's resolution, see `skewMs`);
 *   - lost places (0): after the run, every line joined still exists and is waiting, called,
 *     chatting or done, or missed after two missed calls; nobody left a line in this run.
 * The load average is printed at the start and the end: on a shared machine compare with care.
 * Asserts nothing. Database `jiuye_bench_fair` at BENCH_DATABASE_URL's server is recreated and
 * dropped at the end. Smaller runs: `--booths 10 --graduates 300 --minutes 3`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { argValue, BENCH_ADMIN_URL, benchDatabaseUrl, requireBuild } from "./site";

const BOOTHS = Number(argValue("--booths")) || 50;
const REPS_PER_BOOTH = 2;
const GRADUATES = Number(argValue("--graduates")) || 2000;
const LINES_EACH = 3;
const SIM_MINUTES = Number(argValue("--minutes")) || 10;
const MS_PER_MINUTE = Number(argValue("--ms-per-minute")) || 3000;
const MISS_RATE = 0.05;

const DB_NAME = "jiuye_bench_fair";
const databaseUrl = benchDatabaseUrl(DB_NAME);
requireBuild("bench:fair");

const say = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : "–");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- database and environment
const admin = postgres(BENCH_ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
await admin.unsafe(`create database ${DB_NAME}`);

const port = await (await import("../search/local-server")).freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-fair-"));
// The bench process makes sessions with the app's own code: it must name the cookie as the server does.
Object.assign(process.env, { DATABASE_URL: databaseUrl, PUBLIC_URL: base, DATA_DIR: dataDir, LOG_LEVEL: "warn" });

const { openDatabase, migrateDatabase } = await import("../db/client");
const schema = await import("../db/schema");
const { createSchool, graduateRows } = await import("../seed/factories");
const { createRandom } = await import("../seed/school-data");
const { DEMO_EMPLOYERS, demoCreditCode } = await import("../seed/demo-employers");
const { createSession } = await import("../app/auth/session.server");
const { schoolDate, schoolInstant } = await import("../app/time");
const { DomainError } = await import("../app/errors");
const queue = await import("../app/fairs/queue.server");
const { sql } = await import("drizzle-orm");

// About one web process's pool: the representatives' presses queue for a connection as they would there.
const handle = await openDatabase({ url: databaseUrl, dataDir, max: 12 });
const db = handle.db;
/** The rows of a raw query (postgres.js answers an array). */
async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(statement);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}
const children: ChildProcess[] = [];
process.once("exit", () => children.forEach((child) => child.kill("SIGKILL")));

const loadAtStart = load();
say(
  `jiuye fair benchmark: ${BOOTHS} booths × ${REPS_PER_BOOTH} representatives, ${GRADUATES} graduates × ` +
    `${LINES_EACH} lines, ${SIM_MINUTES} simulated minutes at ${MS_PER_MINUTE} ms each; ` +
    `${os.cpus().length} cores, node ${process.version}, load average at start ${loadAtStart}`,
);

await migrateDatabase(handle);
const random = createRandom(2027);
const today = schoolDate();
/** Simulated time starts at 10:00 at school today, inside the fair's live hours whatever the real clock says. */
const simStart = schoolInstant(today, "10:00").getTime();

// ---------------------------------------------------------------- seed: fair, booths, representatives
say("seeding the fair …");
const school = await createSchool(db);
const [staff] = await db
  .insert(schema.users)
  .values({ email: "staff@bench.jiuye.cn", passwordHash: "-", role: "staff", displayName: "就业中心王老师" })
  .returning();
const [fair] = await db
  .insert(schema.fairs)
  .values({
    title: "2027届春季空中双选会（压力测试）",
    theme: "综合专场",
    startsOn: today,
    endsOn: today,
    liveFrom: "09:00",
    liveUntil: "17:00",
    boothCapacity: BOOTHS,
    employerWindowOpens: today,
    employerWindowCloses: today,
    status: "live",
    createdBy: staff!.id,
  })
  .returning();
const fairId = fair!.id;

interface Rep {
  userId: string;
  boothId: string;
  link: string;
}
const reps: Rep[] = [];
const boothIds: string[] = [];
for (let b = 0; b < BOOTHS; b++) {
  const demo = DEMO_EMPLOYERS[b % DEMO_EMPLOYERS.length]!;
  const round = Math.floor(b / DEMO_EMPLOYERS.length);
  const [employer] = await db
    .insert(schema.employers)
    .values({
      name: round ? demo.name.replace("有限公司", `第${round + 1}分公司`) : demo.name,
      creditCode: demoCreditCode(random, "330100"),
      type: demo.type,
      industry: demo.industry,
      province: demo.province,
      city: demo.city,
      address: `${demo.city}市高新区${b + 1}号`,
      contactEmail: `hr${b}@${demo.emailDomain}`,
      contactPhone: `0571-8${String(1_000_000 + b).slice(1)}`,
      status: "verified",
    })
    .returning();
  const [booth] = await db
    .insert(schema.fairBooths)
    .values({
      fairId,
      employerId: employer!.id,
      status: "approved",
      chatMinutes: 10,
      intro: `${demo.name}欢迎各位同学。`,
    })
    .returning();
  boothIds.push(booth!.id);
  for (let r = 0; r < REPS_PER_BOOTH; r++) {
    const [user] = await db
      .insert(schema.users)
      .values({
        email: `rep${b}-${r}@bench.jiuye.cn`,
        passwordHash: "-",
        role: "employer",
        displayName: `${demo.name.slice(2, 4)}招聘${r + 1}`,
      })
      .returning();
    await db.insert(schema.employerMembers).values({ employerId: employer!.id, userId: user!.id });
    const link = `https://meeting.tencent.com/dm/bench${b}x${r}`;
    await db.insert(schema.fairBoothRepresentatives).values({
      boothId: booth!.id,
      userId: user!.id,
      meetingLink: link,
      onlineSince: new Date(simStart),
      firstOnlineAt: new Date(simStart),
    });
    reps.push({ userId: user!.id, boothId: booth!.id, link });
  }
}

// ---------------------------------------------------------------- seed: graduates, registrations, sessions
interface Graduate {
  userId: string;
  graduateId: string;
  cookie: string;
}
const graduates: Graduate[] = [];
{
  const rows = graduateRows(school, { count: GRADUATES, cohorts: [2027], seed: 2027, studentNoOffset: 700_000 });
  for (let i = 0; i < rows.length; i += 500) {
    const slice = rows.slice(i, i + 500);
    const users = await db
      .insert(schema.users)
      .values(
        slice.map((row, k) => ({
          email: `g${i + k}@stu.bench.jiuye.cn`,
          passwordHash: "-",
          role: "graduate" as const,
          displayName: row.name,
        })),
      )
      .returning({ id: schema.users.id });
    const inserted = await db
      .insert(schema.graduates)
      .values(slice.map((row, k) => ({ ...row, userId: users[k]!.id })))
      .returning({ id: schema.graduates.id, userId: schema.graduates.userId });
    await db
      .insert(schema.fairRegistrations)
      .values(inserted.map((g) => ({ fairId, graduateId: g.id, status: "registered" as const })));
    for (const g of inserted) graduates.push({ userId: g.userId!, graduateId: g.id, cookie: "" });
  }
  for (let i = 0; i < graduates.length; i += 50) {
    await Promise.all(
      graduates.slice(i, i + 50).map(async (g) => {
        g.cookie = (await createSession(db, g.userId, "bench:fair")).split(";")[0]!;
      }),
    );
  }
  await db.execute(sql`analyze`);
  say(`  ${BOOTHS} booths, ${reps.length} representatives, ${graduates.length} registered graduates with sessions`);
}
const byGraduateId = new Map(graduates.map((g) => [g.graduateId, g]));

// ---------------------------------------------------------------- the site
say("starting build/server.mjs …");
const server = spawn(process.execPath, ["build/server.mjs"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    RUN_WORKER: "false",
    SEED_DEMO: "false",
    SEARCH_INDEX_PREFIX: "benchfair",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
children.push(server);
for (let i = 0; ; i++) {
  if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
  try {
    const status = (await fetch(`${base}/health`)).status;
    if (status === 200 || status === 503) break;
  } catch {
    // still starting
  }
  if (i > 1200) throw new Error("server did not start in 120 s");
  await sleep(100);
}

// ---------------------------------------------------------------- every graduate's page: one event stream each
/**
 * A call's times, per graduate: when "call next" was pressed for them (known once it returns) and
 * when their stream said "called" (which may come first); the latency is recorded once both are known.
 */
const pending = new Map<string, { pressed?: number; event?: number }>();
/**
 * The same for the page: the call's press and link once "call next" returns, and when the page's
 * data first carried a representative's link (which may also come first).
 */
const pageWaits = new Map<string, { pressed: number; link: string }>();
const pageSaw = new Map<string, number>();
const LINK = /https:\/\/meeting\.tencent\.com\/dm\/bench\d+x\d+/g;
const notified: number[] = [];
const pageShows: number[] = [];
/** Each page data fetch, from the event to the answer. */
const pageTimes: number[] = [];
let pageFetches = 0;
let pageErrors = 0;
/** Page fetches under way. */
let inflight = 0;
let streamsOpen = 0;
let streamErrors = 0;
/**
 * Pages fetch their data on each event only during the run: the joins before it are 60 times
 * denser than in life (6,000 in a few minutes), and 6,000 fetches at once measure the client.
 */
let measuring = false;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const streams: http.ClientRequest[] = [];

const pageErrorKinds = new Map<string, number>();
function failPage(kind: string) {
  pageErrors++;
  pageErrorKinds.set(kind, (pageErrorKinds.get(kind) ?? 0) + 1);
}

function noteCall(graduateId: string, times: { pressed?: number; event?: number }) {
  const known = { ...pending.get(graduateId), ...times };
  if (known.pressed !== undefined && known.event !== undefined) {
    notified.push(Math.max(0, known.event - known.pressed));
    pending.delete(graduateId);
  } else pending.set(graduateId, known);
}

/** What the page does on each event: fetch its data again; time it when it carries the call's link. */
async function revalidate(g: Graduate) {
  const started = performance.now();
  pageFetches++;
  inflight++;
  try {
    const response = await fetch(`${base}/fairs/${fairId}.data`, { headers: { cookie: g.cookie } });
    const text = await response.text();
    const arrived = performance.now();
    pageTimes.push(arrived - started);
    if (response.status !== 200) failPage(String(response.status));
    else {
      const waiting = pageWaits.get(g.graduateId);
      for (const [link] of text.matchAll(LINK)) {
        if (waiting?.link === link) {
          pageShows.push(arrived - waiting.pressed);
          pageWaits.delete(g.graduateId);
        } else if (!pageSaw.has(`${g.graduateId} ${link}`)) pageSaw.set(`${g.graduateId} ${link}`, arrived);
      }
    }
  } catch (error) {
    failPage((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
  } finally {
    inflight--;
  }
}

function openStream(g: Graduate): Promise<void> {
  return new Promise((resolve) => {
    let ready = false;
    let buffer = "";
    const request = http.get(
      `${base}/fairs/${fairId}/events`,
      { agent, headers: { cookie: g.cookie, accept: "text/event-stream" } },
      (response) => {
        if (response.statusCode !== 200) {
          streamErrors++;
          response.resume();
          return resolve();
        }
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (message.startsWith("retry:") && !ready) {
              ready = true;
              streamsOpen++;
              resolve();
            }
            if (message.startsWith("event: queue")) {
              if (message.includes('"status":"called"')) noteCall(g.graduateId, { event: performance.now() });
              if (measuring) void revalidate(g);
            }
          }
        });
        response.on("error", () => {});
      },
    );
    request.on("error", () => {
      streamErrors++;
      resolve();
    });
    streams.push(request);
  });
}

say(`opening ${graduates.length} event streams …`);
for (let i = 0; i < graduates.length; i += 100) {
  await Promise.all(graduates.slice(i, i + 100).map(openStream));
  process.stdout.write(`\r  ${streamsOpen} streams open`);
}
say(streamErrors ? `, ${streamErrors} refused` : "");

// ---------------------------------------------------------------- joins: 3 lines each, before the run
const joins: { g: Graduate; boothId: string }[] = [];
for (const g of graduates) {
  const chosen = new Set<string>();
  while (chosen.size < Math.min(LINES_EACH, BOOTHS)) chosen.add(random.pick(boothIds));
  for (const boothId of chosen) joins.push({ g, boothId });
}
// Interleaved in a random order, as people arrive: each booth's line has its own order.
for (let i = joins.length - 1; i > 0; i--) {
  const j = Math.floor(random.next() * (i + 1));
  [joins[i], joins[j]] = [joins[j]!, joins[i]!];
}
const joinTimes: number[] = [];
let joined = 0;
say(`joining ${joins.length} lines …`);
{
  const spread = 50 * 60_000; // the lines fill between 09:10 and 10:00
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < joins.length) {
        const i = next++;
        const { g, boothId } = joins[i]!;
        const started = performance.now();
        await queue.joinQueue(
          db,
          { userId: g.userId },
          { boothId, now: new Date(simStart - spread + Math.floor((i * spread) / joins.length)) },
        );
        joinTimes.push(performance.now() - started);
        joined++;
        if (joined % 500 === 0) process.stdout.write(`\r  ${joined}/${joins.length} joined`);
      }
    }),
  );
  say(`\r  ${joined}/${joins.length} joined, join p95 ${fmt(quantile(joinTimes, 0.95))}`);
}
// The joins' notices reach the streams (no page fetches for them): let them pass first.
await sleep(2000);
measuring = true;

// ---------------------------------------------------------------- the run
const realStart = performance.now();
const simNow = () => new Date(simStart + ((performance.now() - realStart) * 60_000) / MS_PER_MINUTE);
const simElapsedMinutes = () => (performance.now() - realStart) / MS_PER_MINUTE;
const simSleep = (minutes: number) => sleep(minutes * MS_PER_MINUTE);
const between = (a: number, b: number) => a + random.next() * (b - a);

const callNextTimes: number[] = [];
const otherTimes: number[] = [];
let calls = 0;
let emptyCalls = 0;
let chats = 0;
let misses = 0;
let failures = 0;
/** Longest real time between reading the clock and a queue function returning: the overlap check's tolerance. */
let skewMs = 0;
let twoChatsSampledMax = 0;
let samples = 0;
const failureKeys = new Map<string, number>();

function failed(error: unknown) {
  failures++;
  const key =
    error instanceof DomainError
      ? (Object.values(error.errors)[0]?.[0]?.key ?? "domain")
      : error instanceof Error
        ? error.name
        : "?";
  failureKeys.set(key, (failureKeys.get(key) ?? 0) + 1);
}

async function timed<T>(into: number[], run: (now: Date) => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run(simNow());
  } finally {
    const took = performance.now() - started;
    into.push(took);
    skewMs = Math.max(skewMs, took);
  }
}

async function representative(rep: Rep) {
  const actor = { userId: rep.userId };
  // Representatives start within the first simulated minute, not all in one instant.
  await simSleep(random.next());
  while (simElapsedMinutes() < SIM_MINUTES) {
    const pressed = performance.now();
    let entry: Awaited<ReturnType<typeof queue.callNext>>;
    try {
      entry = await timed(callNextTimes, (now) => queue.callNext(db, actor, { boothId: rep.boothId, now }));
    } catch (error) {
      const key = error instanceof DomainError ? JSON.stringify(error.errors) : "";
      if (key.includes("fairQueue.empty") || key.includes("fairQueue.graduate.busy")) {
        emptyCalls++;
        await simSleep(0.25);
      } else {
        failed(error);
        await simSleep(0.25);
      }
      continue;
    }
    calls++;
    noteCall(entry.graduateId, { pressed });
    const saw = pageSaw.get(`${entry.graduateId} ${rep.link}`);
    pageSaw.delete(`${entry.graduateId} ${rep.link}`);
    if (saw !== undefined && saw >= pressed) pageShows.push(saw - pressed);
    else pageWaits.set(entry.graduateId, { pressed, link: rep.link });
    const graduate = byGraduateId.get(entry.graduateId)!;
    try {
      if (random.next() < MISS_RATE) {
        await simSleep(1);
        await timed(otherTimes, (now) => queue.markMissed(db, actor, { entryId: entry.id, now }));
        misses++;
        continue;
      }
      await simSleep(between(5, 30) / 60);
      await timed(otherTimes, (now) =>
        queue.startChat(db, { userId: graduate.userId }, { entryId: entry.id, as: "graduate", now }),
      );
      await simSleep(between(0.5, 3));
      await timed(otherTimes, (now) => queue.finishChat(db, actor, { entryId: entry.id, now }));
      chats++;
      await timed(otherTimes, () =>
        queue.markInterest(db, actor, {
          entryId: entry.id,
          interest: random.next() < 0.6 ? "interested" : "not_a_fit",
          note: "沟通顺畅，专业基础扎实。",
        }),
      );
    } catch (error) {
      failed(error);
    }
  }
}

/** `select 1` through the same pool, timed during the run: the floor every figure above stands on. */
const floorTimes: number[] = [];

async function monitor(stop: () => boolean) {
  while (!stop()) {
    const started = performance.now();
    await query(sql`select 1`);
    floorTimes.push(performance.now() - started);
    const rows = await query<{ n: number }>(sql`
      select count(*)::int as n from (
        select graduate_id from fair_queue_entries where status in ('called', 'chatting')
        group by graduate_id having count(*) > 1) twice`);
    samples++;
    twoChatsSampledMax = Math.max(twoChatsSampledMax, Number(rows[0]?.n ?? 0));
    await sleep(250);
  }
}

say(`running ${SIM_MINUTES} simulated minutes (${((SIM_MINUTES * MS_PER_MINUTE) / 1000).toFixed(0)} s) …`);
let running = true;
const progress = setInterval(() => {
  say(
    `  sim ${simElapsedMinutes().toFixed(1)} min · calls ${calls} (p95 ${fmt(quantile(callNextTimes, 0.95))}) · ` +
      `chats ${chats} · missed ${misses} · notified ${notified.length} (p95 ${fmt(quantile(notified, 0.95))}) · ` +
      `page fetches ${pageFetches} · load ${load()}`,
  );
}, 5000);
const watching = monitor(() => !running);
await Promise.all(reps.map(representative));
running = false;
await watching;
clearInterval(progress);
await sleep(3000); // the last notices and page fetches arrive
for (let i = 0; inflight > 0 && i < 100; i++) await sleep(200);
const loadAtEnd = load();

// ---------------------------------------------------------------- after the run, in SQL
const [after] = await query<{
  entries: number;
  pairs: number;
  left: number;
  missed_early: number;
  inconsistent: number;
  by_status: string;
}>(sql`
    select count(*)::int as entries,
           count(distinct (booth_id, graduate_id))::int as pairs,
           count(*) filter (where status = 'left')::int as left,
           count(*) filter (where status = 'missed' and missed_calls < 2)::int as missed_early,
           count(*) filter (where status = 'waiting' and (representative_user_id is not null or missed_calls > 1))::int
             as inconsistent,
           (select string_agg(status || ' ' || n, ', ' order by status)
              from (select status, count(*) n from fair_queue_entries group by status) s) as by_status
      from fair_queue_entries`);
const [twoNow] = await query<{ n: number }>(sql`
    select count(*)::int as n from (
      select graduate_id from fair_queue_entries where status in ('called', 'chatting')
      group by graduate_id having count(*) > 1) twice`);
// Simulated time passes MS_PER_MINUTE / 60000 times faster: the clock read before a call may lag
// a commit by at most the longest call, so overlaps shorter than that are the clock's, not the queue's.
const toleranceMs = Math.ceil((skewMs * 60_000) / MS_PER_MINUTE);
const [overlaps] = await query<{ n: number }>(sql`
    select count(distinct a.graduate_id)::int as n
      from fair_queue_entries a
      join fair_queue_entries b on b.graduate_id = a.graduate_id and b.booth_id <> a.booth_id and a.id < b.id
     where a.called_at is not null and b.called_at is not null
       and least(coalesce(a.chat_ended_at, 'infinity'), coalesce(b.chat_ended_at, 'infinity'))
           - greatest(a.called_at, b.called_at) > ${`${toleranceMs} milliseconds`}::interval`);
const lost =
  joins.length - Number(after!.pairs) + Number(after!.left) + Number(after!.missed_early) + Number(after!.inconsistent);
const unnotified = calls - notified.length;

// ---------------------------------------------------------------- the figures
const row = (name: string, values: number[], target: string) =>
  say(
    `${name.padEnd(34)} ${String(values.length).padStart(6)} ${fmt(quantile(values, 0.5)).padStart(10)} ` +
      `${fmt(quantile(values, 0.95)).padStart(10)} ${fmt(Math.max(...values)).padStart(10)}   ${target}`,
  );
say("");
say(
  `${"measure".padEnd(34)} ${"n".padStart(6)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"max".padStart(10)}   target`,
);
row("call-next", callNextTimes, "p95 ≤ 100 ms");
row("graduate notified (SSE event)", notified, "p95 ≤ 2,000 ms");
row("page data fetched on an event", pageTimes, "");
row("graduate's page data shows the call", pageShows, "");
row("join a line (before the run)", joinTimes, "");
row("select 1 on the same pool (floor)", floorTimes, "");
row("start / finish / missed / interest", otherTimes, "");
say("");
say(`calls ${calls}, chats held ${chats}, missed calls ${misses}, "nobody to call" ${emptyCalls}`);
say(
  `calls never notified on the stream: ${unnotified}; streams open ${streamsOpen}/${graduates.length}; ` +
    `page fetches during the run ${pageFetches} (${pageErrors} failed)`,
);
say(
  `graduates in two chats at once: ${twoChatsSampledMax} (max of ${samples} samples during the run), ${twoNow!.n} after it,`,
);
say(`  ${overlaps!.n} with overlapping chats in the history (tolerance ${toleranceMs} ms simulated)   target 0`);
say(`lost places: ${lost} (lines joined ${joins.length}, entries ${after!.entries}: ${after!.by_status})   target 0`);
if (pageErrors) say(`failed page fetches: ${[...pageErrorKinds].map(([k, n]) => `${k} ×${n}`).join(", ")}`);
if (failures) say(`failed queue calls: ${failures} (${[...failureKeys].map(([k, n]) => `${k} ${n}`).join(", ")})`);
say(
  `load average (1, 5, 15 min) at the start ${loadAtStart}, at the end of the run ${loadAtEnd}; ${os.cpus().length} cores`,
);

// ---------------------------------------------------------------- clean up
for (const request of streams) request.destroy();
agent.destroy();
server.kill("SIGTERM");
await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
await handle.close();
await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
await admin.end();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
