/**
 * Recommendations: Meilisearch finds candidates from the profile, rerank.ts scores them with
 * explainable features. Only published postings of active employers are in the index, and the
 * public filter (deadline not passed) is always applied.
 *
 * Non-personalised (PIPL art. 24): the newest postings for any major of the graduate's college,
 * by date, with nothing else from the profile. Respected here, on the home page and in the digest.
 */
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { preparedPerDatabase } from "../../db/statement-template";
import { applications, digestItems, graduateProfiles, graduates, majors } from "../../db/schema";
import type { PostingDocument } from "../../search/documents";
import { quoteFilterValue, toMeiliFilter } from "../../search/query";
import { emptyQuery } from "../postings/query";
import { getDb } from "../db.server";
import type { Locale } from "../i18n/messages";
import { reasonText } from "./reasons";
import { getSearchClient, postingsIndex } from "../services.server";
import { ensureProfile, type GraduateProfile } from "./profile.server";
import { newestFirst, rerank, type Candidate, type MatchProfile, type Ranked } from "./rerank";

export interface Recommendation {
  postingId: string;
  score: number;
  reasons: string[];
}

const CANDIDATE_FIELDS = [
  "id",
  "title",
  "category",
  "industry",
  "jobType",
  "degree",
  "majors",
  "cities",
  "salaryMin",
  "salaryMax",
  "requirements",
  "keywords",
  "publishedAt",
  "employerName",
] as const satisfies readonly (keyof PostingDocument)[];

export type CandidateDocument = Candidate & { employerName: string };

export { reasonText };

/** Everything matching needs about one graduate. */
export interface MatchSubject {
  graduateId: string;
  collegeMajors: string[];
  profile: MatchProfile;
  settings: GraduateProfile;
}

/** A subject as read: with the postings applied to (left out of recommendations) and the roster row. */
export type LoadedMatchSubject = MatchSubject & { appliedTo: Set<string>; graduate: typeof graduates.$inferSelect };

export function loadMatchSubject(db: Queryable, graduateId: string): Promise<LoadedMatchSubject | null> {
  return readMatchSubject(db, matchSubjectById(db).execute({ key: graduateId }));
}

/**
 * The subject of the graduate linked to a signed-in account, or null when none is: the graduate
 * home's only read of the graduate (their name and settings come with it).
 */
export function loadMatchSubjectOfUser(db: Queryable, userId: string): Promise<LoadedMatchSubject | null> {
  return readMatchSubject(db, matchSubjectOfUser(db).execute({ key: userId }));
}

// One statement: the graduate, their profile, their college's majors and the postings they applied
// to (left out of their recommendations). The home page runs this on every visit and has a budget
// of 4 statements (issue 16; bench:pages and tests/integration/statements-per-page.test.ts count them).
// Prepared once per database object, by graduate id or by user id (decision 031).
const matchSubjectQuery = (db: Queryable, which: SQL) =>
  db
    .select({
      graduate: graduates,
      major: majors.nameZh,
      profile: graduateProfiles,
      collegeMajors: sql<string[]>`(
        select coalesce(array_agg(m.name_zh order by m.name_zh), '{}') from ${majors} m
        where m.college_id = ${graduates.collegeId})`,
      appliedTo: sql<string[]>`(
        select coalesce(array_agg(a.posting_id::text), '{}') from ${applications} a
        where a.graduate_id = ${graduates.id})`,
    })
    .from(graduates)
    .innerJoin(majors, eq(majors.id, graduates.majorId))
    .leftJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(which)
    .limit(1)
    .prepare("match_subject");
const matchSubjectById = preparedPerDatabase((db: Queryable) =>
  matchSubjectQuery(db, eq(graduates.id, sql.placeholder("key"))),
);
const matchSubjectOfUser = preparedPerDatabase((db: Queryable) =>
  matchSubjectQuery(db, eq(graduates.userId, sql.placeholder("key"))),
);

async function readMatchSubject(
  db: Queryable,
  rows: ReturnType<ReturnType<typeof matchSubjectById>["execute"]>,
): Promise<LoadedMatchSubject | null> {
  const [row] = await rows;
  if (!row) return null;
  const graduateId = row.graduate.id;
  const settings = row.profile ?? (await ensureProfile(db, graduateId));
  const collegeMajors = row.collegeMajors;
  return {
    graduateId,
    graduate: row.graduate,
    collegeMajors,
    appliedTo: new Set(row.appliedTo),
    settings,
    profile: {
      major: row.major,
      degree: row.graduate.degree,
      skills: settings.skills,
      preferredCities: settings.preferredCities,
      preferredIndustries: settings.preferredIndustries,
      expectedPay: settings.expectedPay,
      jobTypes: settings.jobTypes,
    },
  };
}

const DEGREES_UP_TO: Record<MatchProfile["degree"], string[]> = {
  associate: ["any", "associate"],
  bachelor: ["any", "associate", "bachelor"],
  master: ["any", "associate", "bachelor", "master"],
  doctor: ["any", "associate", "bachelor", "master", "doctor"],
};

export interface CandidateOptions {
  now: Date;
  /** Only postings published at or after this moment (the digest's "new since the last one"). */
  since?: Date;
  limit?: number;
}

function baseFilter(options: CandidateOptions): string[][] {
  const filter = toMeiliFilter(emptyQuery(), options.now);
  if (options.since) filter.push([`publishedAt >= ${Math.floor(options.since.getTime() / 1000)}`]);
  return filter;
}

/**
 * Personalised candidates: a text query from the major and skills (Meilisearch drops words from
 * the end when too few postings match all of them), restricted to degrees the graduate holds,
 * plus the newest postings in the preferred cities, merged in the engine's order.
 */
export async function personalisedCandidates(
  profile: MatchProfile,
  options: CandidateOptions,
): Promise<CandidateDocument[]> {
  const limit = options.limit ?? 100;
  const filter = [...baseFilter(options), DEGREES_UP_TO[profile.degree].map((d) => `degree = ${quoteFilterValue(d)}`)];
  if (profile.jobTypes.length) filter.push(profile.jobTypes.map((t) => `jobType = ${quoteFilterValue(t)}`));
  const index = getSearchClient().index<PostingDocument>(postingsIndex());
  const attributesToRetrieve = [...CANDIDATE_FIELDS];
  const [byText, byCity] = await Promise.all([
    index.search([profile.major, ...profile.skills].join(" "), { filter, limit, attributesToRetrieve }),
    profile.preferredCities.length
      ? index.search("", {
          filter: [...filter, profile.preferredCities.slice(0, 10).map((c) => `cities = ${quoteFilterValue(c)}`)],
          sort: ["publishedAt:desc"],
          limit: Math.ceil(limit / 2),
          attributesToRetrieve,
        })
      : null,
  ]);
  // A major or skills no posting mentions would leave the graduate with nothing: fill up with
  // the newest postings they qualify for, which the reranker then orders by the other features.
  const byDate =
    byText.hits.length < limit / 2
      ? await index.search("", {
          filter,
          sort: ["publishedAt:desc"],
          limit: limit - byText.hits.length,
          attributesToRetrieve,
        })
      : null;
  const seen = new Set<string>();
  const out: CandidateDocument[] = [];
  for (const hit of [...byText.hits, ...(byCity?.hits ?? []), ...(byDate?.hits ?? [])]) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    out.push(hit);
  }
  return out;
}

/**
 * Non-personalised candidates: the newest public postings, those naming a major of the
 * graduate's college first. (`majors` is searchable but not filterable in the index settings, so
 * the field is applied here over the newest postings.)
 */
export async function fieldCandidates(
  collegeMajors: string[],
  options: CandidateOptions,
): Promise<CandidateDocument[]> {
  const limit = options.limit ?? 50;
  const response = await getSearchClient()
    .index<PostingDocument>(postingsIndex())
    .search("", {
      filter: baseFilter(options),
      sort: ["publishedAt:desc"],
      limit: Math.min(1000, limit * 10),
      attributesToRetrieve: [...CANDIDATE_FIELDS],
    });
  const field = new Set(collegeMajors);
  const inField = response.hits.filter((hit) => hit.majors.some((m) => field.has(m)));
  const rest = response.hits.filter((hit) => !hit.majors.some((m) => field.has(m)));
  return [...inField, ...rest].slice(0, limit);
}

/** Postings this graduate applied to or was already sent in a digest. */
export async function excludedPostings(db: Queryable, graduateIds: string[], includeDigested: boolean) {
  const excluded = new Map<string, Set<string>>();
  if (graduateIds.length === 0) return excluded;
  const add = (g: string, p: string) => {
    let set = excluded.get(g);
    if (!set) excluded.set(g, (set = new Set()));
    set.add(p);
  };
  for (const row of await db
    .select({ g: applications.graduateId, p: applications.postingId })
    .from(applications)
    .where(inArray(applications.graduateId, graduateIds)))
    add(row.g, row.p);
  if (includeDigested) {
    for (const row of await db
      .select({ g: digestItems.graduateId, p: digestItems.postingId })
      .from(digestItems)
      .where(inArray(digestItems.graduateId, graduateIds)))
      add(row.g, row.p);
  }
  return excluded;
}

/** Ranks candidates for a subject, personalised or not, without the excluded postings. */
export function rankFor(
  subject: MatchSubject,
  candidates: Candidate[],
  excluded: Set<string> | undefined,
  now: Date,
): Ranked[] {
  const usable = excluded ? candidates.filter((c) => !excluded.has(c.id)) : candidates;
  if (!subject.settings.nonPersonalised) return rerank(subject.profile, usable, Math.floor(now.getTime() / 1000));
  // The graduate's field (majors of their college) first, each group newest first; the score is the place in that order.
  const field = new Set(subject.collegeMajors);
  const inField = (c: Candidate) => c.majors.some((m) => field.has(m));
  const ordered = [...newestFirst(usable.filter(inField)), ...newestFirst(usable.filter((c) => !inField(c)))];
  return ordered.map((r, i) => ({ ...r, score: ordered.length - i }));
}

/**
 * MODULE CONTRACT: the best postings for a graduate, best first, each with its score and
 * reasons (zh-CN unless asked otherwise). Postings the graduate already applied to are left out.
 */
export async function recommendPostings(
  graduateId: string,
  options: { limit?: number; locale?: Locale; now?: Date; db?: Queryable } = {},
): Promise<Recommendation[]> {
  const detailed = await recommendPostingsDetailed(graduateId, options);
  return detailed.map(({ postingId, score, reasons }) => ({ postingId, score, reasons }));
}

/** As {@link recommendPostings}, with the candidate documents for rendering cards. */
export async function recommendPostingsDetailed(
  graduateId: string,
  options: { limit?: number; locale?: Locale; now?: Date; db?: Queryable } = {},
): Promise<(Recommendation & { posting: CandidateDocument })[]> {
  const db = options.db ?? (await getDb());
  const subject = await loadMatchSubject(db, graduateId);
  if (!subject) return [];
  return recommendForSubject(subject, options);
}

/** As {@link recommendPostingsDetailed}, for a subject already read (the home page keys its cache on it). */
export async function recommendForSubject(
  subject: MatchSubject & { appliedTo: Set<string> },
  options: { limit?: number; locale?: Locale; now?: Date } = {},
): Promise<(Recommendation & { posting: CandidateDocument })[]> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 20;
  const candidates = subject.settings.nonPersonalised
    ? await fieldCandidates(subject.collegeMajors, { now, limit: limit + 50 })
    : await personalisedCandidates(subject.profile, { now, limit: Math.max(100, limit * 3) });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return rankFor(subject, candidates, subject.appliedTo, now)
    .slice(0, limit)
    .map((ranked) => ({
      postingId: ranked.postingId,
      score: ranked.score,
      reasons: ranked.reasons.map((reason) => reasonText(reason, options.locale)),
      posting: byId.get(ranked.postingId)!,
    }));
}
