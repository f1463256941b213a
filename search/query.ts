/**
 * The Meilisearch request for a job search's query (`app/postings/query.ts` reads and writes the
 * query as a URL).
 *
 * Filter semantics: OR within a facet (two cities: either), AND across facets (a city and a job
 * type: both), and always "deadline not passed". `salaryMin` keeps postings whose range reaches
 * the asked pay (`salaryMax >= salaryMin`), so a 6k–10k posting is found by someone asking 8k.
 */
import type { SearchParams } from "meilisearch";
import type { PostingDocument } from "./documents";
import {
  FACET_PARAM_NAMES,
  FACET_PARAMS,
  POSTED_WITHIN_DAYS,
  type PostingSearchQuery,
  type SearchSort,
} from "../app/postings/query";

/**
 * The attributes a hit is shown with (`toHit` in app/postings/search.server.ts): the job list, the
 * API, the feeds, the front door and saved-search alerts all read hits through it. The documents'
 * other texts (requirements, benefits, majors, keywords) are not sent back, highlighted or parsed.
 */
export const HIT_ATTRIBUTES = [
  "id",
  "title",
  "employerName",
  "cities",
  "salaryMin",
  "salaryMax",
  "jobType",
  "degree",
  "publishedAt",
  "deadline",
  "duties",
] as const satisfies readonly (keyof PostingDocument)[];
export type HitAttribute = (typeof HIT_ATTRIBUTES)[number];

/** The facet distribution the page asks for. */
export const SEARCH_FACETS = Object.values(FACET_PARAMS);

/** A value inside a Meilisearch filter: double-quoted, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export interface PostingSearchParams extends SearchParams {
  /** Array-of-arrays: the inner arrays are OR-ed, the outer array AND-ed. */
  filter: string[][];
  page: number;
  hitsPerPage: number;
  attributesToRetrieve: string[];
  attributesToHighlight: string[];
  highlightPreTag: string;
  highlightPostTag: string;
  attributesToCrop: string[];
  cropLength: number;
}

export interface MeiliSearchRequest {
  q: string;
  params: PostingSearchParams;
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ["publishedAt:desc"],
  salary: ["salaryMax:desc"],
  deadline: ["deadline:asc"],
};

/** The filter alone (array-of-arrays); also what the matching and digest code can reuse. */
export function toMeiliFilter(query: PostingSearchQuery, now: Date): string[][] {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const filter: string[][] = [[`deadline >= ${nowSeconds}`]];
  for (const param of FACET_PARAM_NAMES) {
    const values: readonly string[] = query[param];
    if (values.length > 0) filter.push(values.map((v) => `${FACET_PARAMS[param]} = ${quoteFilterValue(v)}`));
  }
  if (query.salaryMin !== undefined && query.salaryMin > 0) filter.push([`salaryMax >= ${query.salaryMin}`]);
  if (query.postedWithin)
    filter.push([`publishedAt >= ${nowSeconds - POSTED_WITHIN_DAYS[query.postedWithin] * 86_400}`]);
  return filter;
}

/**
 * The Meilisearch request for a query. Pagination is page-based (`page`/`hitsPerPage`), which
 * gives exact totals and stable pages. "relevance" sends no sort, except with an empty `q`: then
 * every document is equally relevant and the engine would return them in internal order, so the
 * newest come first instead.
 */
export function toMeiliSearchRequest(
  query: PostingSearchQuery,
  options: { now: Date; withFacets: boolean },
): MeiliSearchRequest {
  const sort = SORTS[query.sort] ?? (query.q === "" ? ["publishedAt:desc"] : undefined);
  const params: PostingSearchParams = {
    filter: toMeiliFilter(query, options.now),
    page: query.page,
    hitsPerPage: query.pageSize,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    // What a hit shows highlighted; the snippet is the cropped duties.
    attributesToHighlight: ["title", "employerName"],
    highlightPreTag: "<mark>",
    highlightPostTag: "</mark>",
    attributesToCrop: ["duties"],
    cropLength: 40,
  };
  if (sort) params.sort = sort;
  if (options.withFacets) params.facets = [...SEARCH_FACETS];
  return { q: query.q, params };
}
