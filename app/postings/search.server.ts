import { and, count, desc, eq, gte, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { employers, postings } from "../../db/schema";
import { likePattern } from "../sql-text.server";
import type { PostingDocument } from "../../search/documents";
import { salaryBand } from "../../search/documents";
import { endOfSchoolDay, schoolDate } from "../time";
import { emptyQuery, type PostingSearchQuery } from "./query";
import { toMeiliSearchRequest, type HitAttribute } from "../../search/query";
import { correctQuery } from "../../search/spelling";

import type { SearchResponse } from "meilisearch";
import { postingSearchAnswers } from "../../search/answer-cache";
import { log } from "../log.server";
import { getSearchClient, postingsIndex } from "../services.server";
import { publicPostingCondition } from "./postings.server";

// Highlight markers no posting text contains: the page splits on them and renders <mark>
// elements itself, so text from employers is never inserted as HTML.
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/** What a list of postings, and the API, show of one published posting; times in epoch seconds, as indexed. */
export interface PostingSummary {
  id: string;
  title: string;
  employerName: string;
  cities: string[];
  salaryMin: number;
  salaryMax: number;
  jobType: PostingDocument["jobType"];
  degree: PostingDocument["degree"];
  publishedAt: number;
  deadline: number;
}

export interface SearchHit extends PostingSummary {
  highlightedTitle: string;
  highlightedEmployer: string;
  snippet: string;
}

/** A posting's summary read from its row, as the index would give it (the search's fallback and the API). */
export function postingSummary(posting: typeof postings.$inferSelect, employerName: string): PostingSummary {
  return {
    id: posting.id,
    title: posting.title,
    employerName,
    cities: posting.cities.map((c) => c.city),
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
    jobType: posting.jobType,
    degree: posting.degree,
    publishedAt: Math.floor((posting.publishedAt ?? posting.createdAt).getTime() / 1000),
    deadline: endOfSchoolDay(posting.deadline),
  };
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: Record<string, Record<string, number>> | null;
  degraded: boolean;
}

/**
 * Searches published postings through Meilisearch. When Meilisearch cannot answer, the same
 * query runs against PostgreSQL (substring matching, no typos or synonyms) and the result says
 * it is degraded, so the page shows a banner instead of an error.
 */
type ShownDocument = Pick<PostingDocument, HitAttribute>;
type FormattedHit = ShownDocument & { _formatted?: Partial<ShownDocument> };

function toHit(hit: FormattedHit): SearchHit {
  return {
    id: hit.id,
    title: hit.title,
    employerName: hit.employerName,
    cities: hit.cities,
    salaryMin: hit.salaryMin,
    salaryMax: hit.salaryMax,
    jobType: hit.jobType,
    degree: hit.degree,
    publishedAt: hit.publishedAt,
    deadline: hit.deadline,
    highlightedTitle: hit._formatted?.title ?? hit.title,
    highlightedEmployer: hit._formatted?.employerName ?? hit.employerName,
    snippet: hit._formatted?.duties ?? hit.duties.slice(0, 80),
  };
}

/**
 * The front door's two short lists, the latest postings and those closing soonest, asked of
 * Meilisearch in one multi-search request (one round trip). When Meilisearch cannot answer, the
 * same two lists come from PostgreSQL and `degraded` says so.
 */
export async function frontDoorPostings(
  db: Queryable,
  options: { size: number; now?: Date },
): Promise<{ latest: SearchHit[]; closing: SearchHit[]; degraded: boolean }> {
  const now = options.now ?? new Date();
  const latestQuery = { ...emptyQuery(), sort: "newest" as const, pageSize: options.size };
  const closingQuery = { ...emptyQuery(), sort: "deadline" as const, pageSize: options.size };
  try {
    const request = (query: PostingSearchQuery) => {
      const r = toMeiliSearchRequest(query, { now, withFacets: false });
      return {
        indexUid: postingsIndex(),
        q: r.q,
        ...r.params,
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
      };
    };
    const response = await getSearchClient().multiSearch<{ queries: ReturnType<typeof request>[] }, ShownDocument>({
      queries: [request(latestQuery), request(closingQuery)],
    });
    const [latest, closing] = response.results;
    return {
      latest: (latest?.hits ?? []).map((hit) => toHit(hit as FormattedHit)),
      closing: (closing?.hits ?? []).map((hit) => toHit(hit as FormattedHit)),
      degraded: false,
    };
  } catch (error) {
    log.warn("search.degraded", { error });
    const [latest, closing] = [
      await searchPostingsInDatabase(db, latestQuery, now),
      await searchPostingsInDatabase(db, closingQuery, now),
    ];
    return { latest: latest.hits, closing: closing.hits, degraded: true };
  }
}

export async function searchPostings(
  db: Queryable,
  query: PostingSearchQuery,
  options: { withFacets: boolean; now?: Date },
): Promise<SearchResult> {
  const now = options.now ?? new Date();
  const request = toMeiliSearchRequest(query, { now, withFacets: options.withFacets });
  try {
    const params = { ...request.params, highlightPreTag: MARK_START, highlightPostTag: MARK_END };
    const index = postingsIndex();
    const response = await postingSearchAnswers<SearchResponse<ShownDocument>>().get(
      JSON.stringify([index, request.q, params]),
      () => getSearchClient().index<ShownDocument>(index).search(request.q, params),
    );
    return {
      hits: response.hits.map(toHit),
      total: response.totalHits ?? 0,
      page: response.page ?? query.page,
      totalPages: response.totalPages ?? 0,
      facets: (response.facetDistribution as Record<string, Record<string, number>> | undefined) ?? null,
      degraded: false,
    };
  } catch (error) {
    log.warn("search.degraded", { error });
    return searchPostingsInDatabase(db, query, now);
  }
}

/** A search that found nothing, answered instead for the words the graduate most likely meant. */
export interface SpellingCorrection {
  /** What was typed ("jvaa"). */
  from: string;
  /** What was searched for instead ("Java"). */
  to: string;
}

/**
 * The search page's search: as {@link searchPostings}, but when the words typed find nothing and
 * a misspelt Latin word among them has a near known word ("jvaa" → "Java", search/spelling.ts),
 * the corrected words are searched with the same filters and, if they find something, those
 * results come back with the correction to show. One more search, only for a search that failed.
 */
export async function searchPostingsForgivingTypos(
  db: Queryable,
  query: PostingSearchQuery,
  options: { withFacets: boolean; now?: Date },
): Promise<{ result: SearchResult; correction: SpellingCorrection | null }> {
  const result = await searchPostings(db, query, options);
  if (result.total > 0 || query.q === "") return { result, correction: null };
  const corrected = correctQuery(query.q);
  if (!corrected) return { result, correction: null };
  const again = await searchPostings(db, { ...query, q: corrected }, options);
  if (again.total === 0) return { result, correction: null };
  return { result: again, correction: { from: query.q, to: corrected } };
}

export async function searchPostingsInDatabase(
  db: Queryable,
  query: PostingSearchQuery,
  now: Date,
): Promise<SearchResult> {
  const conditions: (SQL | undefined)[] = [publicPostingCondition(schoolDate(now))];
  for (const word of query.q.split(" ").filter(Boolean)) {
    conditions.push(
      or(
        ilike(postings.title, likePattern(word)),
        ilike(employers.name, likePattern(word)),
        ilike(postings.duties, likePattern(word)),
        ilike(postings.requirements, likePattern(word)),
        sql`${postings.cities}::text ilike ${likePattern(word)}`,
      ),
    );
  }
  if (query.city.length)
    conditions.push(or(...query.city.map((city) => sql`${postings.cities} @> ${JSON.stringify([{ city }])}::jsonb`)));
  if (query.province.length)
    conditions.push(
      or(...query.province.map((province) => sql`${postings.cities} @> ${JSON.stringify([{ province }])}::jsonb`)),
    );
  if (query.jobType.length) conditions.push(or(...query.jobType.map((jobType) => eq(postings.jobType, jobType))));
  if (query.degree.length) conditions.push(or(...query.degree.map((degree) => eq(postings.degree, degree))));
  if (query.industry.length) conditions.push(or(...query.industry.map((industry) => eq(employers.industry, industry))));
  if (query.employerType.length) conditions.push(or(...query.employerType.map((type) => eq(employers.type, type))));
  if (query.salaryMin) conditions.push(gte(postings.salaryMax, query.salaryMin));
  const where = and(...conditions);
  const order =
    query.sort === "salary"
      ? desc(postings.salaryMax)
      : query.sort === "deadline"
        ? postings.deadline
        : desc(postings.publishedAt);
  const [rows, [total]] = await Promise.all([
    db
      .select({ posting: postings, employerName: employers.name })
      .from(postings)
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(where)
      .orderBy(order, postings.id)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(postings).innerJoin(employers, eq(employers.id, postings.employerId)).where(where),
  ]);
  const hits = rows
    .filter(
      ({ posting }) =>
        query.salaryBand.length === 0 || query.salaryBand.includes(salaryBand(posting.salaryMin, posting.salaryMax)),
    )
    .map(({ posting, employerName }) => ({
      ...postingSummary(posting, employerName),
      highlightedTitle: posting.title,
      highlightedEmployer: employerName,
      snippet: posting.duties.slice(0, 80),
    }));
  const n = total?.n ?? 0;
  return { hits, total: n, page: query.page, totalPages: Math.ceil(n / query.pageSize), facets: null, degraded: true };
}
