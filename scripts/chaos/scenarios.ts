import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { and, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { AGREEMENT_EVIDENCE_JOB, schoolRegisterAgreement } from "../../app/agreements/agreements.server";
import { applyToPosting } from "../../app/applications/applications.server";
import { runDigestRound } from "../../app/graduates/digest.server";
import { enqueue, enqueueMail, messageIdFor } from "../../app/outbox/outbox.server";
import { createPosting } from "../../app/postings/postings.server";
import { schoolDate } from "../../app/time";
import { decidePosting } from "../../app/postings/vetting.server";
import { getSearchClient, postingsIndex } from "../../app/services.server";
import { enqueuePostingSync } from "../../app/search-sync.server";
import { DomainError } from "../../app/errors";
import { isDatabaseUnavailable } from "../../app/db-outage.server";
import { createUser } from "../../seed/factories";
import {
  agreements,
  applications,
  auditLog,
  destinationEvidence,
  graduateProfiles,
  graduates,
  outbox,
  postings,
  users,
} from "../../db/schema";
import type { PostingContent } from "../../db/schema";
import { checkDrift } from "../../search/reindex";
import type { ChaosEnv } from "./harness";
import { BOUNCE_PREFIX } from "./faulty-smtp";
import { createDatabase } from "./postgres-cluster";

/** One line of the summary table; `ok` is false when any of its named checks failed. */
export interface ScenarioRow {
  scenario: string;
  faults: string;
  work: string;
  lost: number;
  duplicated: string;
  userErrors: string;
  ok: boolean;
  checks: Record<string, boolean>;
  notes: string[];
}

function verdict(checks: Record<string, boolean>) {
  return { checks, ok: Object.values(checks).every(Boolean) };
}

/** A progress line at most every 2 s, so a long wait shows it is alive without flooding the log. */
function every2s(say: (line: string) => void) {
  let last = 0;
  return (line: string) => {
    if (Date.now() - last < 2000) return;
    last = Date.now();
    say(line);
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | false>, timeoutMs: number, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => false as const);
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await sleep(everyMs);
  }
}

/** Outbox rows made after `afterId` that are not done yet. */
async function pendingSince(env: ChaosEnv, afterId: number) {
  const [row] = await env.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(gt(outbox.id, afterId), isNull(outbox.doneAt)));
  return row?.n ?? 0;
}

async function lastOutboxId(env: ChaosEnv) {
  const [row] = await env.db.select({ id: sql<number>`coalesce(max(${outbox.id}), 0)::int` }).from(outbox);
  return row?.id ?? 0;
}

/** Waits for the queue to empty (rows due later than the deadline, e.g. long backoffs, are brought forward). */
async function drained(env: ChaosEnv, afterId: number, timeoutMs: number, onProgress?: (left: number) => void) {
  await until(
    "the outbox to drain",
    async () => {
      const left = await pendingSince(env, afterId);
      onProgress?.(left);
      return left === 0 ? true : false;
    },
    timeoutMs,
  );
}

/** Mail rows made after `afterId`: delivered once, more than once, or never (permanent refusals apart). */
async function mailOutcome(env: ChaosEnv, afterId: number) {
  const rows = await env.db
    .select({ key: outbox.idempotencyKey, payload: outbox.payload, result: outbox.result, done: outbox.doneAt })
    .from(outbox)
    .where(and(gt(outbox.id, afterId), eq(outbox.kind, "mail.send")));
  let lost = 0;
  let duplicated = 0;
  let refused = 0;
  for (const row of rows) {
    if (row.result && "failed" in row.result) {
      refused += 1;
      continue;
    }
    const times = env.smtp.deliveries.get(messageIdFor(row.key, env.mailDomain)) ?? 0;
    if (times === 0) lost += 1;
    if (times > 1) duplicated += times - 1;
  }
  return { mails: rows.length, lost, duplicated, refused };
}

function mailJob(i: number, run: string, to = `chaos.${run}.${i}@graduates.jiuye.cn`) {
  return {
    to,
    subject: `岗位动态通知 #${i}`,
    html: `<p>您关注的岗位有新的动态（第 ${i} 条）。</p>`,
    text: `您关注的岗位有新的动态（第 ${i} 条）。`,
  };
}

async function publishedPostingIds(env: ChaosEnv, limit: number) {
  const rows = await env.db
    .select({ id: postings.id })
    .from(postings)
    .where(eq(postings.status, "published"))
    .limit(limit);
  return rows.map((r) => r.id);
}

function progressOf(env: ChaosEnv, label: string) {
  const say = every2s(env.say);
  return (left: number) => say(`  ${label}: ${left}`);
}

// ------------------------------------------------------------------ worker crashes

export async function workerCrashes(
  env: ChaosEnv,
  options: { jobs: number; kills: number; timeoutMs?: number },
): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 8);
  const before = await lastOutboxId(env);
  // Digests first: a real round enqueues them with their bookkeeping.
  const digest = await runDigestRound(env.db, { send: true, maxGraduates: Math.ceil(options.jobs / 10) });
  let made = digest.sent;
  // Evidence PDFs: registered agreements lose their generated evidence so each job has a PDF to make.
  const registered = await env.db
    .select({ id: agreements.id, graduateId: agreements.graduateId })
    .from(agreements)
    .where(eq(agreements.status, "registered"))
    .limit(Math.ceil(options.jobs / 20));
  if (registered.length > 0)
    await env.db.delete(destinationEvidence).where(
      and(
        inArray(
          destinationEvidence.graduateId,
          registered.map((a) => a.graduateId),
        ),
        isNull(destinationEvidence.uploadedBy),
      ),
    );
  for (const agreement of registered) {
    await enqueue(env.db, {
      kind: AGREEMENT_EVIDENCE_JOB,
      idempotencyKey: `chaos:${run}:evidence:${agreement.id}`,
      payload: { agreementId: agreement.id },
    });
    made += 1;
  }
  const posted = await publishedPostingIds(env, 200);
  const syncs = Math.floor(options.jobs / 4);
  for (let i = 0; i < syncs && posted.length > 0; i++) {
    await enqueuePostingSync(env.db, [posted[i % posted.length]!, posted[(i * 7) % posted.length]!], `chaos-${run}`);
    made += 1;
  }
  for (let i = 0; made < options.jobs; i++, made++)
    await enqueueMail(env.db, `chaos:${run}:mail:${i}`, mailJob(i, run));
  const kinds = await env.db
    .select({ kind: outbox.kind, n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(gt(outbox.id, before))
    .groupBy(outbox.kind);
  env.say(`  ${made} jobs: ${kinds.map((k) => `${k.n} ${k.kind}`).join(", ")}`);

  let kills = 0;
  const killer = (async () => {
    while (kills < options.kills && (await pendingSince(env, before)) > 0) {
      await sleep(1000 + Math.random() * 2500);
      const victim = env.workers[kills % env.workers.length]!;
      victim.signal("SIGKILL");
      await victim.exited();
      kills += 1;
      env.say(`  kill -9 ${victim.name} (${kills}/${options.kills})`);
      await victim.start();
    }
  })();
  await drained(env, before, options.timeoutMs ?? 240_000, progressOf(env, "jobs left"));
  await killer;

  const mail = await mailOutcome(env, before);
  const evidence = await env.db
    .select({ graduateId: destinationEvidence.graduateId, n: sql<number>`count(*)::int` })
    .from(destinationEvidence)
    .where(
      and(
        inArray(
          destinationEvidence.graduateId,
          registered.length ? registered.map((a) => a.graduateId) : [randomUUID()],
        ),
        isNull(destinationEvidence.uploadedBy),
      ),
    )
    .groupBy(destinationEvidence.graduateId);
  const evidenceMissing = registered.length - evidence.length;
  const evidenceDuplicated = evidence.reduce((sum, e) => sum + (e.n - 1), 0);
  const [retried] = await env.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(gt(outbox.id, before), gt(outbox.attempts, 1)));
  const lost = mail.lost + evidenceMissing;
  const duplicated = mail.duplicated + evidenceDuplicated;
  return {
    scenario: "worker crashes",
    faults: `kill -9 of a worker ×${kills}`,
    work: `${made} jobs done (${kinds.map((k) => `${k.n} ${k.kind}`).join(", ")})`,
    lost,
    duplicated: `${duplicated} (≤ ${kills} allowed; ${retried?.n ?? 0} jobs retried, visible as attempts > 1)`,
    userErrors: "n/a (no user traffic)",
    ...verdict({
      nothingLost: lost === 0,
      duplicatesWithinKills: duplicated <= kills,
      allKillsDone: kills === options.kills,
    }),
    notes: [`${mail.mails} mails, ${registered.length} evidence PDFs, ${digest.sent} digests`],
  };
}

// ------------------------------------------------------------------ Meilisearch killed

const TITLES = [
  "数据分析师",
  "嵌入式软件工程师",
  "机械设计工程师",
  "财务专员",
  "小学数学教师",
  "土木工程师",
  "市场营销专员",
];
const CITIES = [
  { province: "浙江省", city: "杭州" },
  { province: "江苏省", city: "南京" },
  { province: "广东省", city: "深圳" },
  { province: "四川省", city: "成都" },
];

function chaosPosting(i: number, run: string): PostingContent {
  const title = `${TITLES[i % TITLES.length]}（${run}-${i}）`;
  return {
    title,
    category: "软件开发",
    jobType: "full_time",
    headcount: 1 + (i % 5),
    duties: `负责第${i}号项目的${TITLES[i % TITLES.length]}工作，参与团队协作与文档编写。编号${run}-${i}。`,
    requirements: `相关专业本科及以上，第${i}批次校园招聘，沟通能力良好。`,
    degree: "bachelor",
    majors: ["计算机科学与技术"],
    cities: [CITIES[i % CITIES.length]!],
    salaryMin: 6000 + (i % 10) * 500,
    salaryMax: 9000 + (i % 10) * 800,
    benefits: "五险一金，带薪年假",
    deadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    contact: "",
  };
}

async function demoEmployerAndReviewer(env: ChaosEnv) {
  const [employer] = await env.db
    .select({ userId: users.id })
    .from(users)
    .where(eq(users.email, "employer@demo.jiuye.cn"));
  const [staff] = await env.db.select({ id: users.id }).from(users).where(eq(users.email, "staff@demo.jiuye.cn"));
  if (!employer || !staff) throw new Error("demo accounts missing");
  return { employerUserId: employer.userId, reviewerId: staff.id };
}

/**
 * Keeps `concurrency` visitors asking for `paths` round-robin on every web process until stopped;
 * `look` sorts each answer (null when the request failed outright) into what a user would notice.
 */
function traffic(
  env: ChaosEnv,
  options: { concurrency: number; paths: string[]; timeoutMs: number },
  look: (answer: { status: number; body: string; ms: number; retryAfter: boolean } | null, path: string) => void,
) {
  let stopped = false;
  const loops = Array.from({ length: options.concurrency }, async (_, n) => {
    for (let i = n; !stopped; i++) {
      const web = env.webs[i % env.webs.length]!;
      const path = options.paths[i % options.paths.length]!;
      const started = Date.now();
      try {
        const response = await fetch(`${web.url}${path}`, { signal: AbortSignal.timeout(options.timeoutMs) });
        const body = await response.text();
        const retryAfter = response.headers.has("retry-after");
        look({ status: response.status, body, ms: Date.now() - started, retryAfter }, path);
      } catch (error) {
        const cause = (error as { cause?: { code?: unknown } }).cause?.code;
        look(null, `${path} (${typeof cause === "string" ? cause : error instanceof Error ? error.name : "error"})`);
      }
    }
  });
  return async () => {
    stopped = true;
    await Promise.all(loops);
  };
}

/** Search pages and the API while Meilisearch comes and goes. */
function searchTraffic(env: ChaosEnv, concurrency: number) {
  const seen = { requests: 0, ok: 0, degraded: 0, serverErrors: 0, failed: 0 };
  const paths = [
    `/jobs?q=${encodeURIComponent("工程师")}`,
    `/api/v1/postings?q=${encodeURIComponent("数据")}`,
    `/jobs?city=${encodeURIComponent("杭州")}`,
  ];
  const stop = traffic(env, { concurrency, paths, timeoutMs: 10_000 }, (answer) => {
    seen.requests += 1;
    if (!answer) return void (seen.failed += 1);
    if (answer.status >= 500) seen.serverErrors += 1;
    else if (answer.status < 300) seen.ok += 1;
    const body = answer.body;
    if (body.includes('"degraded":true') || body.includes("搜索服务暂时") || body.includes("Search is degraded"))
      seen.degraded += 1;
  });
  return { seen, stop };
}

export async function meilisearchKilled(
  env: ChaosEnv,
  options: { postings: number; killAfter: number; timeoutMs?: number },
): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 6);
  const { employerUserId, reviewerId } = await demoEmployerAndReviewer(env);
  const ids: string[] = [];
  for (let i = 0; i < options.postings; i++)
    ids.push(await createPosting(env.db, { userId: employerUserId }, { content: chaosPosting(i, run), submit: true }));
  env.say(`  ${ids.length} postings submitted; publishing …`);
  const searches = searchTraffic(env, 4);
  let killedAt = 0;
  const restartsBefore = env.meili.status().restarts;
  for (const [i, id] of ids.entries()) {
    await decidePosting(
      env.db,
      { userId: reviewerId, scope: { kind: "school" } },
      { postingId: id, decision: "approve", overrideReason: "压力测试批量发布" },
    );
    if (i + 1 === options.killAfter) {
      process.kill(env.meili.pid!, "SIGKILL");
      killedAt = Date.now();
      env.say(`  kill -9 Meilisearch after ${i + 1} approvals`);
    }
    if ((i + 1) % 100 === 0) env.say(`  published ${i + 1}/${ids.length}`);
  }
  await until(
    "the supervisor to restart Meilisearch",
    async () => env.meili.status().restarts > restartsBefore && env.meili.status().state === "running",
    60_000,
  );
  const restartedAfterMs = Date.now() - killedAt;
  const today = schoolDate();
  let drift = { missing: [] as string[], stale: [] as string[], extra: [] as string[] };
  const convergeStarted = Date.now();
  try {
    await until(
      "the index to converge (drift 0)",
      async () => {
        drift = await checkDrift(env.db, getSearchClient(), postingsIndex(), today);
        return drift.missing.length + drift.stale.length + drift.extra.length === 0;
      },
      options.timeoutMs ?? 180_000,
      2000,
    );
  } catch {
    // reported below as lost
  }
  await searches.stop();
  const lost = drift.missing.length + drift.stale.length + drift.extra.length;
  return {
    scenario: "Meilisearch killed",
    faults: `kill -9 of Meilisearch after ${options.killAfter} of ${options.postings} approvals; restarted by its supervisor`,
    work: `${ids.length} postings published; drift 0 after ${((Date.now() - convergeStarted) / 1000).toFixed(0)} s, no repair run`,
    lost,
    duplicated: "0 (documents keyed by posting id)",
    userErrors: `${searches.seen.serverErrors + searches.seen.failed} of ${searches.seen.requests} searches (${searches.seen.degraded} answered from PostgreSQL with the banner)`,
    ...verdict({
      indexConverged: lost === 0,
      noServerErrors: searches.seen.serverErrors + searches.seen.failed === 0,
      fellBackWithBanner: searches.seen.degraded > 0,
    }),
    notes: [
      `Meilisearch restarted by its supervisor; all approvals done ${(restartedAfterMs / 1000).toFixed(1)} s after the kill`,
    ],
  };
}

// ------------------------------------------------------------------ SMTP faults

async function signInOverHttp(url: string, email: string, password: string) {
  const response = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email, password, redirectTo: "" }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in as ${email.split("@")[1]} staff failed with ${response.status}`);
  return cookie;
}

export async function smtpFaults(
  env: ChaosEnv,
  options: { mails: number; bounces: number; timeoutMs?: number },
): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 8);
  const before = await lastOutboxId(env);
  const countsBefore = { ...env.smtp.counts };
  env.smtp.setFaults({ dropConnections: 0.1, temporaryFailures: 0.1 });
  const bounced: string[] = [];
  for (let i = 0; i < options.mails; i++) {
    const to =
      i < options.bounces
        ? `${BOUNCE_PREFIX}chaos${run}${i}@graduates.jiuye.cn`
        : `chaos.${run}.${i}@graduates.jiuye.cn`;
    if (i < options.bounces) bounced.push(to);
    await enqueueMail(env.db, `chaos:${run}:smtp:${i}`, mailJob(i, run, to));
  }
  try {
    await drained(env, before, options.timeoutMs ?? 240_000, progressOf(env, "mails left"));
  } finally {
    env.smtp.setFaults({});
  }
  const mail = await mailOutcome(env, before);
  const retries = await env.db
    .select({
      attempts: outbox.attempts,
      seconds: sql<number>`extract(epoch from ${outbox.doneAt} - ${outbox.createdAt})::float`,
    })
    .from(outbox)
    .where(and(gt(outbox.id, before), gt(outbox.attempts, 1)));
  const maxAttempts = Math.max(1, ...retries.map((r) => r.attempts));
  // Backoff: a job tried n times cannot have finished before 5 s × (2^(n-1) − 1) × 0.8 had passed.
  const tooEarly = retries.filter((r) => r.seconds < 5 * (2 ** (r.attempts - 1) - 1) * 0.8 - 1).length;

  // What staff see: the refused mails, addresses masked.
  const web = env.webs[0]!;
  const cookie = await signInOverHttp(web.url!, "staff@demo.jiuye.cn", "jiuye-demo-2026");
  const page = await (await fetch(`${web.url}/staff/mail`, { headers: { Cookie: cookie } })).text();
  const shownMasked = bounced.filter(() => page.includes(`b***@graduates.jiuye.cn`)).length > 0;
  const leaked = bounced.filter((address) => page.includes(address)).length;
  const dropped = env.smtp.counts.dropped - countsBefore.dropped;
  const temporary = env.smtp.counts.temporary - countsBefore.temporary;
  return {
    scenario: "SMTP faults",
    faults: `${dropped} connections cut, ${temporary} answered 4xx, ${options.bounces} addresses answered 550`,
    work: `${mail.mails - mail.refused} mails delivered, ${mail.refused} refused for good (smtp_550)`,
    lost: mail.lost,
    duplicated: String(mail.duplicated),
    userErrors: `staff see ${mail.refused} undeliverable mails, masked (${leaked} addresses shown in full)`,
    ...verdict({
      nothingLost: mail.lost === 0,
      permanentFailuresClosed: mail.refused === options.bounces,
      shownMaskedToStaff: shownMasked,
      noAddressShown: leaked === 0,
      retriesBackedOff: tooEarly === 0,
      noDuplicates: mail.duplicated === 0,
    }),
    notes: [
      `${retries.length} mails retried, at most ${maxAttempts} attempts; ${tooEarly} retried sooner than the backoff`,
    ],
  };
}

// ------------------------------------------------------------------ PostgreSQL restarted

/** Pages and API requests while PostgreSQL comes and goes, classified as a user would see them. */
function mixedTraffic(env: ChaosEnv, concurrency: number, postingId: string) {
  const seen = { requests: 0, ok: 0, clear503: 0, bad: 0, dropped: 0, slow: 0, maxMs: 0, samples: [] as string[] };
  const paths = [`/jobs`, `/jobs/${postingId}`, `/api/v1/postings?q=${encodeURIComponent("工程师")}`, `/login`];
  const stop = traffic(env, { concurrency, paths, timeoutMs: 15_000 }, (answer, path) => {
    seen.requests += 1;
    const sample = (what: string) => {
      if (seen.samples.length < 3) seen.samples.push(`${what} ${path}`);
    };
    const bad = (what: string) => {
      seen.bad += 1;
      sample(what);
    };
    if (!answer) {
      seen.dropped += 1;
      return sample("no answer");
    }
    seen.maxMs = Math.max(seen.maxMs, answer.ms);
    if (answer.ms > 5000) seen.slow += 1;
    if (answer.status < 300) seen.ok += 1;
    else if (
      answer.status === 503 &&
      answer.retryAfter &&
      (answer.body.includes("服务暂时不可用") || answer.body.includes("service_unavailable")) &&
      !/\n\s+at /.test(answer.body)
    )
      seen.clear503 += 1;
    else bad(String(answer.status));
  });
  return { seen, stop };
}

export async function postgresRestarted(
  env: ChaosEnv,
  options: { restarts: number; outageMs: number; approvals: number; jobs: number },
): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 6);
  const { employerUserId, reviewerId } = await demoEmployerAndReviewer(env);
  const ids: string[] = [];
  for (let i = 0; i < options.approvals; i++)
    ids.push(
      await createPosting(env.db, { userId: employerUserId }, { content: chaosPosting(i, `pg${run}`), submit: true }),
    );
  const before = await lastOutboxId(env);
  for (let i = 0; i < options.jobs; i++) await enqueueMail(env.db, `chaos:${run}:pg:${i}`, mailJob(i, run));
  const [someId] = await publishedPostingIds(env, 1);
  const visitors = mixedTraffic(env, 6, someId!);

  // A reviewer keeps approving through the outages, retrying what the database refused.
  let approved = 0;
  let refusedByOutage = 0;
  const writer = (async () => {
    for (const id of ids) {
      for (;;) {
        try {
          await decidePosting(
            env.db,
            { userId: reviewerId, scope: { kind: "school" } },
            { postingId: id, decision: "approve", overrideReason: "压力测试批量发布" },
          );
          approved += 1;
          break;
        } catch (error) {
          if (error instanceof DomainError && error.message === "vetting.nothingToDecide") break;
          if (!isDatabaseUnavailable(error)) throw error;
          refusedByOutage += 1;
          await sleep(300);
        }
      }
      await sleep(50);
    }
  })();

  for (let r = 0; r < options.restarts; r++) {
    await sleep(1500);
    env.say(`  stopping PostgreSQL for ${(options.outageMs / 1000).toFixed(0)} s (${r + 1}/${options.restarts})`);
    env.pg.stopServer();
    await sleep(options.outageMs);
    env.pg.startServer();
  }
  await writer;
  await sleep(1000);
  await visitors.stop();
  const healthy = await until(
    "every web process to answer /health with 200",
    async () => {
      const answers = await Promise.all(env.webs.map((w) => fetch(`${w.url}/health`).then((r) => r.status)));
      return answers.every((status) => status === 200) ? answers.length : false;
    },
    30_000,
  );
  await drained(env, before, 120_000);
  const mail = await mailOutcome(env, before);

  // Nothing half-written: every approved posting has its audit entry and its index job, and no other.
  const published = await env.db
    .select({ id: postings.id })
    .from(postings)
    .where(and(inArray(postings.id, ids), eq(postings.status, "published")));
  const audited = await env.db
    .select({ id: auditLog.subjectId, n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, "posting.approve"), inArray(auditLog.subjectId, ids)))
    .groupBy(auditLog.subjectId);
  const synced = await env.db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.kind, "search.sync-postings"), gt(outbox.id, before)));
  const syncedIds = new Set(synced.flatMap((row) => (row.payload.postingIds as string[]) ?? []));
  const halfWritten =
    Math.abs(published.length - audited.length) +
    audited.filter((a) => a.n !== 1).length +
    published.filter((p) => !syncedIds.has(p.id)).length;
  const seen = visitors.seen;
  return {
    scenario: "PostgreSQL restarted",
    faults: `PostgreSQL stopped ${options.restarts}× for ${(options.outageMs / 1000).toFixed(0)} s under load`,
    work: `${approved} approvals (${refusedByOutage} retried after the outage), ${mail.mails} mails, ${seen.requests} requests`,
    lost: mail.lost + halfWritten + (ids.length - published.length),
    duplicated: String(mail.duplicated),
    userErrors: `${seen.clear503} clear 503 pages, ${seen.bad} other errors, ${seen.dropped} connections dropped, ${seen.slow} answers over 5 s (slowest ${(seen.maxMs / 1000).toFixed(1)} s)`,
    ...verdict({
      nothingLost: mail.lost === 0,
      nothingHalfWritten: halfWritten === 0,
      everyApprovalLanded: published.length === ids.length,
      only503sDuringOutage: seen.bad === 0,
      noConnectionDropped: seen.dropped === 0,
      noAnswerOver5s: seen.slow === 0,
      webProcessesReconnected: healthy === env.webs.length,
    }),
    notes: [
      `${healthy} web processes and ${env.workers.length} workers reconnected by themselves`,
      ...seen.samples.map((s) => `error sample: ${s}`),
    ],
  };
}

// ------------------------------------------------------------------ graceful shutdown

function loggedEvent(output: string, event: string): Record<string, unknown> | null {
  const line = output.split("\n").find((l) => l.includes(`"event":"${event}"`));
  try {
    return line ? (JSON.parse(line) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function gracefulShutdown(
  env: ChaosEnv,
  options: { requests: number; jobs: number },
): Promise<ScenarioRow> {
  const notes: string[] = [];
  // Web: requests in flight when SIGTERM arrives are answered; new connections are refused.
  const web = env.webs[env.webs.length - 1]!;
  // A steady stream of page requests, so that some are surely being answered at the moment of
  // SIGTERM; those sent after it are refused, which is what "stops accepting" means.
  const inFlight: Promise<number>[] = [];
  let firing = true;
  const stream = (async () => {
    for (let i = 0; firing && i < options.requests * 10; i++) {
      inFlight.push(
        fetch(`${web.url}/jobs?q=${encodeURIComponent(TITLES[i % TITLES.length]!)}&page=${1 + (i % 3)}`, {
          signal: AbortSignal.timeout(15_000),
        }).then(
          async (response) => ((await response.text()).length > 0 ? response.status : 0),
          () => -1,
        ),
      );
      await sleep(1500 / options.requests);
    }
  })();
  await sleep(1500);
  firing = false;
  await stream;
  // Then a burst at once, and SIGTERM while the server is working through it: as soon as the first
  // answer of the burst arrives, so the rest are surely in the server's hands. (A fixed pause was
  // once longer than a fast server needed for the whole burst, leaving nothing in flight to finish.)
  // Distinct searches, so the one-second sharing of identical searches does not answer them at once.
  let firstAnswered = () => {};
  const firstAnswer = new Promise<void>((resolve) => (firstAnswered = resolve));
  for (let i = 0; i < options.requests * 6; i++)
    inFlight.push(
      fetch(
        `${web.url}/jobs?q=${encodeURIComponent(TITLES[i % TITLES.length]!)}&page=${1 + Math.floor(i / TITLES.length)}`,
        { signal: AbortSignal.timeout(15_000) },
      ).then(
        async (response) => {
          firstAnswered();
          return (await response.text()).length > 0 ? response.status : 0;
        },
        () => -1,
      ),
    );
  await Promise.race([firstAnswer, sleep(2000)]);
  const signalled = Date.now();
  web.signal("SIGTERM");
  const statuses = await Promise.all(inFlight);
  const webExit = await web.exited();
  const webStopMs = Date.now() - signalled;
  const refused = await fetch(`${web.url}/health`, { signal: AbortSignal.timeout(3000) }).then(
    () => false,
    () => true,
  );
  const stopping = loggedEvent(web.output(), "server.stopping");
  const drainedEvent = loggedEvent(web.output(), "server.drained");
  const serverInFlight = Number(stopping?.inFlight ?? NaN);
  const cut = Number(drainedEvent?.cut ?? NaN);
  const answered = statuses.filter((s) => s === 200).length;
  const failed = statuses.filter((s) => s !== 200).length;
  notes.push(
    `web: ${serverInFlight} requests in flight at SIGTERM, ${cut} cut off; the client got ${answered}/${statuses.length} answers; exit ${webExit} after ${webStopMs} ms`,
  );
  await web.start();

  // Worker: SIGTERM mid-batch finishes the job in hand and hands the rest back at once. The other
  // worker is stopped first, so every lease left afterwards would be the stopped worker's.
  const other = env.workers[1];
  if (other) {
    other.signal("SIGTERM");
    await other.exited();
  }
  const run = randomUUID().slice(0, 8);
  const before = await lastOutboxId(env);
  env.smtp.setFaults({ delayMs: 60 });
  for (let i = 0; i < options.jobs; i++) await enqueueMail(env.db, `chaos:${run}:term:${i}`, mailJob(i, run));
  const worker = env.workers[0]!;
  const leased = async () => {
    const [row] = await env.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(and(gt(outbox.id, before), isNull(outbox.doneAt), gt(outbox.lockedUntil, sql`now()`)));
    return row?.n ?? 0;
  };
  await until("the worker to hold leased rows", async () => (await leased()) > 0, 30_000, 100);
  const termAt = Date.now();
  worker.signal("SIGTERM");
  const workerExit = await worker.exited();
  const workerStopMs = Date.now() - termAt;
  const leftLeased = await leased();
  const leftPending = await pendingSince(env, before);
  env.smtp.setFaults({});
  await Promise.all([worker.start(), other?.start()]);
  await drained(env, before, 120_000);
  const mail = await mailOutcome(env, before);
  notes.push(
    `worker: exit ${workerExit} ${workerStopMs} ms after SIGTERM with ${leftPending} jobs left and ${leftLeased} of them still leased`,
  );
  return {
    scenario: "graceful shutdown",
    faults: "SIGTERM to a web process with requests in flight; SIGTERM to a worker mid-batch",
    work: `${serverInFlight} in-flight requests answered before exit; ${mail.mails} mails sent, ${leftPending} handed back by the stopped worker`,
    lost: (Number.isNaN(cut) ? 1 : cut) + mail.lost + leftLeased,
    duplicated: String(mail.duplicated),
    userErrors: `${failed} requests refused before the server took them; new connections refused after SIGTERM: ${refused ? "yes" : "no"}`,
    ...verdict({
      inFlightFinished: cut === 0 && serverInFlight > 0,
      webExitedCleanly: webExit === 0,
      stoppedAccepting: refused,
      workerExitedCleanly: workerExit === 0,
      workerReleasedItsRows: leftLeased === 0,
      nothingLost: mail.lost === 0,
      noDuplicates: mail.duplicated === 0,
    }),
    notes,
  };
}

// ------------------------------------------------------------------ concurrency

/** What went wrong, as a code: a DomainError's message key, a driver's error code, or the class name. */
function errorCode(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } })?.cause?.code ?? (error as { code?: unknown })?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : "unknown";
}

export async function concurrency(env: ChaosEnv, options: { graduates: number; staff: number }): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 6);
  const { employerUserId, reviewerId } = await demoEmployerAndReviewer(env);
  const postingId = await createPosting(
    env.db,
    { userId: employerUserId },
    { content: chaosPosting(0, `c${run}`), submit: true },
  );
  await decidePosting(
    env.db,
    { userId: reviewerId, scope: { kind: "school" } },
    { postingId, decision: "approve", overrideReason: "压力测试批量发布" },
  );
  // Graduates with accounts and a résumé; each clicks "apply" twice at the same moment.
  const withResume = await env.db
    .select({ graduateId: graduates.id, userId: graduates.userId, file: graduateProfiles.resumeFile })
    .from(graduates)
    .innerJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(and(isNotNull(graduates.userId), isNotNull(graduateProfiles.resumeFile)))
    .limit(options.graduates);
  const template = withResume[0];
  if (!template) throw new Error("no graduate with a résumé in the demo data");
  const applicants = withResume.map((g) => g.userId!);
  if (applicants.length < options.graduates) {
    const more = await env.db
      .select({ id: graduates.id })
      .from(graduates)
      .where(isNull(graduates.userId))
      .limit(options.graduates - applicants.length);
    const [profile] = await env.db
      .select()
      .from(graduateProfiles)
      .where(eq(graduateProfiles.graduateId, template.graduateId));
    for (const [i, g] of more.entries()) {
      const user = await createUser(env.db, {
        email: `chaos.${run}.${i}@graduates.jiuye.cn`,
        passwordHash: "x",
        role: "graduate",
        displayName: `并发测试${i}`,
        collegeId: null,
      });
      await env.db.update(graduates).set({ userId: user.id }).where(eq(graduates.id, g.id));
      await env.db
        .insert(graduateProfiles)
        .values({
          graduateId: g.id,
          resumeFile: profile!.resumeFile,
          resumeSha256: profile!.resumeSha256,
          resumeSize: profile!.resumeSize,
          resumeUploadedAt: new Date(),
        })
        .onConflictDoUpdate({
          target: graduateProfiles.graduateId,
          set: { resumeFile: profile!.resumeFile, resumeSha256: profile!.resumeSha256 },
        });
      applicants.push(user.id);
    }
  }
  const attempts = await Promise.allSettled(
    applicants.flatMap((userId) =>
      [0, 1].map(() => applyToPosting(env.db, { userId }, { postingId, note: "并发投递" })),
    ),
  );
  const appliedCount = attempts.filter((a) => a.status === "fulfilled" && a.value.status === "applied").length;
  const toldAlready = attempts.filter((a) => a.status === "fulfilled" && a.value.status === "already").length;
  const applyErrors = attempts.filter((a) => a.status === "rejected").length;
  const samples = attempts
    .filter((a): a is PromiseRejectedResult => a.status === "rejected")
    .slice(0, 2)
    .map((a) => `apply: ${errorCode(a.reason)}`);
  const [stored] = await env.db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(eq(applications.postingId, postingId));

  // 20 school staff register the same agreement at the same moment.
  const [agreement] = await env.db
    .select({ id: agreements.id })
    .from(agreements)
    .where(eq(agreements.status, "college_approved"))
    .limit(1);
  let registerWinners = 0;
  let clearRefusals = 0;
  let otherErrors = 0;
  let registrations = 0;
  if (agreement) {
    const staff = [];
    for (let i = 0; i < options.staff; i++)
      staff.push(
        await createUser(env.db, {
          email: `chaos.staff.${run}.${i}@jiuye.cn`,
          passwordHash: "x",
          role: "staff",
          displayName: `审核员${i}`,
          collegeId: null,
        }),
      );
    const results = await Promise.allSettled(
      staff.map((s) =>
        schoolRegisterAgreement(env.db, { userId: s.id, scope: { kind: "school" } }, { agreementId: agreement.id }),
      ),
    );
    registerWinners = results.filter((r) => r.status === "fulfilled").length;
    for (const r of results)
      if (r.status === "rejected") {
        if (r.reason instanceof DomainError && r.reason.status === 409) clearRefusals += 1;
        else {
          otherErrors += 1;
          if (samples.length < 4) samples.push(`register: ${errorCode(r.reason)}`);
        }
      }
    const [row] = await env.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.action, "agreement.school_register"), eq(auditLog.subjectId, agreement.id)));
    registrations = row?.n ?? 0;
  }
  const lost = applicants.length - (stored?.n ?? 0);
  const duplicated = (stored?.n ?? 0) - appliedCount + Math.max(0, registrations - 1);
  return {
    scenario: "concurrency",
    faults: `${applicants.length} graduates × 2 simultaneous applications; ${options.staff} staff registering one agreement at once`,
    work: `${stored?.n ?? 0} applications, ${registerWinners} registration (${registrations} audited)`,
    lost,
    duplicated: String(duplicated),
    userErrors: `${toldAlready} told "already applied", ${clearRefusals} reviewers told the agreement had moved on, ${applyErrors + otherErrors} unexplained errors`,
    ...verdict({
      nothingLost: lost === 0,
      noDuplicates: duplicated === 0,
      everyGraduateAppliedOnce: appliedCount === applicants.length,
      secondClickToldAlready: toldAlready === applicants.length && applyErrors === 0,
      oneRegistration: Boolean(agreement) && registerWinners === 1 && registrations === 1,
      otherReviewersToldClearly: clearRefusals === options.staff - 1,
    }),
    notes: [...(agreement ? [] : ["no agreement waiting for the school in the demo data"]), ...samples],
  };
}

// ------------------------------------------------------------------ backup and restore

function runScript(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string; seconds: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

export async function backupAndRestore(env: ChaosEnv): Promise<ScenarioRow> {
  const out = mkdtempSync(path.join(os.tmpdir(), "jiuye-chaos-backup-"));
  const restoredDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-chaos-restored-"));
  try {
    const backup = await runScript("scripts/backup/backup.ts", [path.join(out, "b")], env.processEnv);
    if (backup.code !== 0) throw new Error(`backup failed:\n${backup.output}`);
    const restoredUrl = await createDatabase(env.pg, `jiuye_restored_${Date.now()}`);
    const restored = await runScript("scripts/backup/restore.ts", [path.join(out, "b")], {
      ...env.processEnv,
      DATABASE_URL: restoredUrl,
      DATA_DIR: restoredDir,
      SEARCH_INDEX_PREFIX: "chaos_restored",
    });
    const verified = restored.code === 0 && restored.output.includes("restored and verified");
    const differing = /differs from the backup: (.*)/.exec(restored.output)?.[1] ?? "";
    return {
      scenario: "backup and restore",
      faults: "database restored into an empty one, uploads copied back, index rebuilt",
      work: `backup ${backup.seconds.toFixed(1)} s, restore + reindex + compare ${restored.seconds.toFixed(1)} s`,
      lost: verified ? 0 : Math.max(1, differing.split(";").filter(Boolean).length),
      duplicated: "0",
      userErrors: verified
        ? "dashboard, vetting queue and applications equal"
        : `differs: ${differing || restored.output.slice(-300)}`,
      ...verdict({ restoredEqual: verified }),
      notes: [restored.output.trim().split("\n").at(-1) ?? ""],
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(restoredDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ load

export async function load(
  env: ChaosEnv,
  options: { connections: number; seconds: number; backgroundJobs: number },
): Promise<ScenarioRow> {
  const run = randomUUID().slice(0, 8);
  const before = await lastOutboxId(env);
  for (let i = 0; i < options.backgroundJobs; i++) await enqueueMail(env.db, `chaos:${run}:load:${i}`, mailJob(i, run));
  const [postingId] = await publishedPostingIds(env, 1);
  const paths = ["/jobs", `/jobs/${postingId}`, `/api/v1/postings?q=${encodeURIComponent("工程师")}`];
  const latencies: number[] = [];
  const results = await Promise.all(
    env.webs.map(
      (web) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: web.url!,
              connections: Math.max(1, Math.round(options.connections / env.webs.length)),
              duration: options.seconds,
              requests: paths.map((p) => ({ method: "GET" as const, path: p })),
              timeout: 10,
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
        }),
    ),
  );
  const jobsLeft = await pendingSince(env, before);
  await drained(env, before, 120_000);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  const non2xx = results.reduce((sum, r) => sum + r.non2xx, 0);
  const timeouts = results.reduce((sum, r) => sum + r.timeouts, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0) + non2xx;
  return {
    scenario: `load (autocannon c=${options.connections}, ${options.seconds} s)`,
    faults: `none; the workers sent ${options.backgroundJobs} mails meanwhile (${options.backgroundJobs - jobsLeft} during the run)`,
    work: `${total} requests on /jobs, a posting page and the API (${(total / options.seconds).toFixed(0)}/s); p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms`,
    lost: 0,
    duplicated: "0",
    userErrors: `${errors} errors (${non2xx} non-2xx), ${timeouts} over autocannon's 10 s timeout`,
    ...verdict({ noErrors: errors === 0 }),
    notes: [],
  };
}
