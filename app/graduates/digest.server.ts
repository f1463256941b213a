/**
 * The recommendation digest round. Candidates come from Meilisearch once per group of graduates
 * who would ask the same question (same major, degree, job types and frequency; or, when
 * personalisation is off, the same college), and are reranked per graduate in-process, so a
 * round over 30,000 graduates costs hundreds of searches, not 30,000.
 */
import { and, asc, eq, gt, isNotNull, ne, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import { digestItems, graduateProfiles, graduates, majors, users } from "../../db/schema";
import { recommendationDigestMail } from "../../emails/templates/recommendation-digest";
import { getEnv } from "../config/env.server";
import { mailLocaleOf } from "../i18n/mail-locale";
import { log } from "../log.server";
import { enqueueMail } from "../outbox/outbox.server";
import { schoolHour } from "../time";
import { digestPeriod, digestSince, isDigestDue, selectDigestItems } from "./digest";
import {
  excludedPostings,
  fieldCandidates,
  personalisedCandidates,
  rankFor,
  reasonText,
  type CandidateDocument,
  type MatchSubject,
} from "./matching.server";

export interface DigestPlan {
  graduateId: string;
  email: string;
  name: string;
  period: string;
  items: { postingId: string; score: number; reasons: string[]; posting: CandidateDocument }[];
}

export interface DigestRoundResult {
  graduates: number;
  planned: number;
  sent: number;
  skippedEmpty: number;
  alreadySent: number;
  /** Milliseconds spent per graduate (candidate lookups shared by a group are charged to its first member). */
  perGraduateMs: number[];
  searches: number;
}

const BATCH = 500;

const indexes = new WeakMap<CandidateDocument[], Map<string, CandidateDocument>>();
/** id → candidate, built once per shared candidate list. */
function candidateIndex(candidates: CandidateDocument[]) {
  let index = indexes.get(candidates);
  if (!index) indexes.set(candidates, (index = new Map(candidates.map((c) => [c.id, c]))));
  return index;
}

/**
 * One round: every graduate with an account, a subscription and a due digest. With `send` the
 * mail is enqueued (idempotency key `digest:<graduateId>:<period>`) together with the postings it
 * lists and the new last-digest time, in one transaction per graduate; without it the round is
 * only computed (the benchmark's first half).
 */
export async function runDigestRound(
  db: Database,
  options: { now?: Date; send: boolean; onProgress?: (done: number, total: number) => void; maxGraduates?: number },
): Promise<DigestRoundResult> {
  const now = options.now ?? new Date();
  const env = getEnv();
  const result: DigestRoundResult = {
    graduates: 0,
    planned: 0,
    sent: 0,
    skippedEmpty: 0,
    alreadySent: 0,
    perGraduateMs: [],
    searches: 0,
  };
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(graduates)
    .innerJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(and(isNotNull(graduates.userId), ne(graduateProfiles.digestFrequency, "off")));
  const collegeMajors = new Map<number, string[]>();
  for (const row of await db.select({ collegeId: majors.collegeId, name: majors.nameZh }).from(majors)) {
    collegeMajors.set(row.collegeId, [...(collegeMajors.get(row.collegeId) ?? []), row.name]);
  }
  const candidateCache = new Map<string, Promise<CandidateDocument[]>>();
  let cursor = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  const limit = Math.min(options.maxGraduates ?? Infinity, total);
  while (done < limit) {
    const rows = await db
      .select({ graduate: graduates, profile: graduateProfiles, major: majors.nameZh, locale: users.locale })
      .from(graduates)
      .innerJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
      .innerJoin(users, eq(users.id, graduates.userId))
      .innerJoin(majors, eq(majors.id, graduates.majorId))
      .where(and(isNotNull(graduates.userId), ne(graduateProfiles.digestFrequency, "off"), gt(graduates.id, cursor)))
      .orderBy(asc(graduates.id))
      .limit(Math.min(BATCH, limit - done));
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1]!.graduate.id;
    const excluded = await excludedPostings(
      db,
      rows.map((r) => r.graduate.id),
      true,
    );
    const keyOf = (row: (typeof rows)[number]) =>
      row.profile.nonPersonalised
        ? `field|${row.graduate.collegeId}|${row.profile.digestFrequency}`
        : `p|${row.major}|${row.graduate.degree}|${[...row.profile.jobTypes].sort().join(",")}|${row.profile.digestFrequency}`;
    const subjectOf = (row: (typeof rows)[number]): MatchSubject => ({
      graduateId: row.graduate.id,
      collegeMajors: collegeMajors.get(row.graduate.collegeId) ?? [],
      settings: row.profile,
      profile: {
        major: row.major,
        degree: row.graduate.degree,
        skills: row.profile.skills,
        preferredCities: row.profile.preferredCities,
        preferredIndustries: row.profile.preferredIndustries,
        expectedPay: row.profile.expectedPay,
        jobTypes: row.profile.jobTypes,
      },
    });
    // Candidate lists are shared by every graduate asking the same question; fetch this batch's
    // missing ones a few at a time, so Meilisearch works in parallel with us.
    const missing = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      if (
        row.profile.digestFrequency === "off" ||
        !isDigestDue(row.profile.digestFrequency, row.profile.lastDigestAt, now)
      )
        continue;
      const key = keyOf(row);
      if (!candidateCache.has(key) && !missing.has(key)) missing.set(key, row);
    }
    const pending = [...missing.entries()];
    for (let i = 0; i < pending.length; i += 4) {
      await Promise.all(
        pending.slice(i, i + 4).map(([key, row]) => {
          const frequency = row.profile.digestFrequency === "daily" ? "daily" : "weekly";
          const periodStart = digestSince(frequency, null, now);
          const subject = subjectOf(row);
          result.searches++;
          const promise = row.profile.nonPersonalised
            ? fieldCandidates(subject.collegeMajors, { now, since: periodStart, limit: 100 })
            : personalisedCandidates(
                { ...subject.profile, skills: [], preferredCities: [] },
                { now, since: periodStart, limit: 200 },
              );
          candidateCache.set(key, promise);
          return promise;
        }),
      );
    }
    for (const row of rows) {
      done++;
      const started = performance.now();
      const frequency = row.profile.digestFrequency;
      if (frequency === "off" || !row.graduate.email) continue;
      result.graduates++;
      if (!isDigestDue(frequency, row.profile.lastDigestAt, now)) {
        result.alreadySent++;
        continue;
      }
      const subject = subjectOf(row);
      const since = digestSince(frequency, row.profile.lastDigestAt, now);
      const candidatesPromise = candidateCache.get(keyOf(row));
      if (!candidatesPromise) throw new Error("candidates not fetched");
      const candidates = await candidatesPromise;
      const byId = candidateIndex(candidates);
      const ranked = rankFor(subject, candidates, undefined, now);
      const chosen = selectDigestItems(
        ranked.map((r) => ({ ...r, publishedAt: byId.get(r.postingId)?.publishedAt ?? 0 })),
        { excluded: excluded.get(row.graduate.id) ?? new Set(), since },
      );
      if (chosen.length === 0) {
        result.skippedEmpty++;
        result.perGraduateMs.push(performance.now() - started);
        continue;
      }
      const plan: DigestPlan = {
        graduateId: row.graduate.id,
        email: row.graduate.email,
        name: row.graduate.name,
        period: digestPeriod(frequency, now),
        items: chosen.map((c) => ({
          postingId: c.postingId,
          score: c.score,
          reasons: c.reasons.map((r) => reasonText(r, mailLocaleOf(row))),
          posting: byId.get(c.postingId)!,
        })),
      };
      result.planned++;
      if (options.send) {
        const sent = await sendDigest(db, plan, {
          frequency,
          nonPersonalised: row.profile.nonPersonalised,
          locale: mailLocaleOf(row),
          unsubscribeToken: row.profile.unsubscribeToken,
          publicUrl: env.publicUrl,
          now,
        });
        if (sent) result.sent++;
        else result.alreadySent++;
      }
      result.perGraduateMs.push(performance.now() - started);
    }
    options.onProgress?.(done, limit);
  }
  return result;
}

/** Enqueues one digest with its bookkeeping; false when this period's digest was already enqueued. */
export async function sendDigest(
  db: Database,
  plan: DigestPlan,
  options: {
    frequency: "weekly" | "daily";
    nonPersonalised: boolean;
    locale: "zh-CN" | "en";
    unsubscribeToken: string;
    publicUrl: string;
    now: Date;
  },
): Promise<boolean> {
  const unsubscribeUrl = `${options.publicUrl}/unsubscribe/${options.unsubscribeToken}`;
  const mail = recommendationDigestMail(
    {
      name: plan.name,
      frequency: options.frequency,
      nonPersonalised: options.nonPersonalised,
      unsubscribeUrl,
      preferencesUrl: `${options.publicUrl}/graduate/profile`,
      items: plan.items.map((item) => ({
        title: item.posting.title,
        employerName: item.posting.employerName,
        cities: item.posting.cities,
        salaryMin: item.posting.salaryMin,
        salaryMax: item.posting.salaryMax,
        url: `${options.publicUrl}/jobs/${item.postingId}`,
        reasons: options.nonPersonalised ? [] : item.reasons,
      })),
    },
    options.locale,
  );
  return db.transaction(async (tx) => {
    const enqueued = await enqueueMail(tx, `digest:${plan.graduateId}:${plan.period}`, {
      to: plan.email,
      ...mail,
      headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    if (!enqueued) return false;
    await tx
      .insert(digestItems)
      .values(
        plan.items.map((item) => ({ graduateId: plan.graduateId, postingId: item.postingId, period: plan.period })),
      )
      .onConflictDoNothing();
    await tx
      .update(graduateProfiles)
      .set({ lastDigestAt: options.now })
      .where(eq(graduateProfiles.graduateId, plan.graduateId));
    return true;
  });
}

/** One-click unsubscribe (RFC 8058): works without signing in; the token is the only credential. */
export async function unsubscribeByToken(db: Queryable, token: string): Promise<boolean> {
  if (!/^[0-9a-f]{20,80}$/.test(token)) return false;
  const updated = await db
    .update(graduateProfiles)
    .set({ digestFrequency: "off", updatedAt: sql`now()` })
    .where(eq(graduateProfiles.unsubscribeToken, token))
    .returning({ graduateId: graduateProfiles.graduateId });
  return updated.length > 0;
}

export async function unsubscribeTokenIsValid(db: Queryable, token: string): Promise<boolean> {
  if (!/^[0-9a-f]{20,80}$/.test(token)) return false;
  const [row] = await db
    .select({ id: graduateProfiles.graduateId })
    .from(graduateProfiles)
    .where(eq(graduateProfiles.unsubscribeToken, token))
    .limit(1);
  return Boolean(row);
}

const digestSchedule = globalThis as typeof globalThis & { __jiuyeDigestRunAt?: number };

/**
 * Called by the worker's maintenance loop: at most one round an hour per process, from 08:00
 * school (Beijing) time. Running it more often, or in several workers at once, is safe: each graduate is
 * due once per period and the mail's idempotency key is `digest:<graduateId>:<period>`.
 */
export async function maybeRunDigestRound(db: Database, now = new Date()) {
  if (schoolHour(now) < 8 || Date.now() - (digestSchedule.__jiuyeDigestRunAt ?? 0) < 3600_000) return null;
  digestSchedule.__jiuyeDigestRunAt = Date.now();
  try {
    const result = await runDigestRound(db, { now, send: true });
    if (result.sent > 0)
      log.info("digest.round", { sent: result.sent, planned: result.planned, graduates: result.graduates });
    return result;
  } catch (error) {
    log.error("digest.round_failed", { error });
    return null;
  }
}
