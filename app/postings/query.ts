/**
 * The job search's query as a URL says it: URL parameters → a validated query, and back to a URL
 * for sharing, feed links and saved searches; the filters a reader may remove and their labels.
 * Pure: the search page builds its links with it. The Meilisearch request made from a query is
 * `search/query.ts`.
 *
 * Validation messages are message keys (`search.query.*` in app/i18n/domains/search.ts): the page
 * shows them in the reader's language, the JSON API answers both languages (`bilingual(key)`).
 */
import { z } from "zod";
import { EMPLOYER_TYPES, JOB_TYPES, POSTING_DEGREES, SALARY_BANDS } from "../../vocabulary";
import { isMessageKey, translate, type Locale } from "../i18n/messages";
import { cityName, industryName, provinceName } from "../school/region-names";
import { programmeName } from "./labels";

export const POSTED_WITHIN = ["1d", "3d", "7d", "30d"] as const;
export type PostedWithin = (typeof POSTED_WITHIN)[number];
export const POSTED_WITHIN_DAYS: Record<PostedWithin, number> = { "1d": 1, "3d": 3, "7d": 7, "30d": 30 };

export const SEARCH_SORTS = ["relevance", "newest", "salary", "deadline"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 100;
/** At most this many values per facet: bounds the filter a URL can make the engine evaluate. */
export const MAX_VALUES_PER_FACET = 20;

/** The most frequent values of a facet the search page lists, beside the selected ones. */
export const FACET_VALUES_LISTED = 12;

/**
 * The values the search page lists for one facet: the selected ones first, then the
 * {@link FACET_VALUES_LISTED} most frequent (ties in the order of `distribution`).
 */
export function listedFacetValues(distribution: Record<string, number>, selected: readonly string[]): string[] {
  return [
    ...new Set([
      ...selected,
      ...Object.entries(distribution)
        .sort((a, b) => b[1] - a[1])
        .slice(0, FACET_VALUES_LISTED)
        .map(([v]) => v),
    ]),
  ];
}

/**
 * The part of the facet distribution the search page lists (decision 034): per facet, the counts
 * of {@link listedFacetValues}, in the order `facets` had them, so the page lists the same values
 * in the same order from it. Facets the page does not list are left out.
 */
export function listedFacets(
  facets: Record<string, Record<string, number>>,
  query: PostingSearchQuery,
): Record<string, Record<string, number>> {
  const listed: Record<string, Record<string, number>> = {};
  for (const param of FACET_PARAM_NAMES) {
    const attribute = FACET_PARAMS[param];
    const distribution = facets[attribute];
    if (!distribution) continue;
    // Few enough values that the page lists them all: nothing to sort or leave out.
    if (Object.keys(distribution).length <= FACET_VALUES_LISTED) {
      listed[attribute] = distribution;
      continue;
    }
    const values = new Set(listedFacetValues(distribution, query[param]));
    const kept: Record<string, number> = {};
    for (const [value, count] of Object.entries(distribution)) if (values.has(value)) kept[value] = count;
    listed[attribute] = kept;
  }
  return listed;
}

/** URL parameter → document attribute, in the order filters and suggestions are built. */
export const FACET_PARAMS = {
  province: "provinces",
  city: "cities",
  industry: "industry",
  employerType: "employerType",
  jobType: "jobType",
  degree: "degree",
  salaryBand: "salaryBand",
  programme: "programme",
} as const;
export type FacetParam = keyof typeof FACET_PARAMS;
export const FACET_PARAM_NAMES = Object.keys(FACET_PARAMS) as FacetParam[];

/** Message keys; the limits they name (MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET …) are written in the messages. */
const MSG = {
  q: "search.query.q",
  value: "search.query.value",
  tooMany: "search.query.tooMany",
  employerType: "search.query.employerType",
  jobType: "search.query.jobType",
  degree: "search.query.degree",
  salaryBand: "search.query.salaryBand",
  salaryMin: "search.query.salaryMin",
  postedWithin: "search.query.postedWithin",
  sort: "search.query.sort",
  page: "search.query.page",
  pageSize: "search.query.pageSize",
};

/** A whole number given as a URL string (digits only: no signs, exponents or hex) or a number. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce
    .string()
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));

function facetList<T extends string>(item: z.ZodType<T>) {
  return z
    .array(item)
    .max(MAX_VALUES_PER_FACET, MSG.tooMany)
    .default([])
    .transform((values) => [...new Set(values)]);
}

const freeValue = z.string().trim().min(1, MSG.value).max(40, MSG.value);

export const PostingSearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, MSG.q)
    .transform((q) => q.replace(/\s+/g, " "))
    .default(""),
  province: facetList(freeValue),
  city: facetList(freeValue),
  industry: facetList(freeValue),
  employerType: facetList(z.enum(EMPLOYER_TYPES, { error: MSG.employerType })),
  jobType: facetList(z.enum(JOB_TYPES, { error: MSG.jobType })),
  degree: facetList(z.enum(POSTING_DEGREES, { error: MSG.degree })),
  salaryBand: facetList(z.enum(SALARY_BANDS, { error: MSG.salaryBand })),
  programme: facetList(freeValue),
  salaryMin: wholeNumber(0, 200_000, MSG.salaryMin).optional(),
  postedWithin: z.enum(POSTED_WITHIN, { error: MSG.postedWithin }).optional(),
  sort: z.enum(SEARCH_SORTS, { error: MSG.sort }).default("relevance"),
  page: wholeNumber(1, 500, MSG.page).default(1),
  pageSize: wholeNumber(1, 50, MSG.pageSize).default(DEFAULT_PAGE_SIZE),
});

export type PostingSearchQuery = z.output<typeof PostingSearchQuerySchema>;

export type ParseResult = { ok: true; query: PostingSearchQuery } | { ok: false; errors: Record<string, string[]> };

const SCALAR_PARAMS = ["q", "salaryMin", "postedWithin", "sort", "page", "pageSize"] as const;

/**
 * Reads the known parameters (unknown ones, such as utm_*, are ignored). Facets may repeat
 * (`city=杭州&city=南京`); for a scalar the first occurrence wins. Empty values count as absent,
 * because an HTML form submits its empty fields.
 */
export function parseSearchParams(params: URLSearchParams): ParseResult {
  const raw: Record<string, unknown> = {};
  for (const name of SCALAR_PARAMS) {
    const value = params.get(name);
    if (value !== null && value.trim() !== "") raw[name] = value;
  }
  for (const name of FACET_PARAM_NAMES) {
    raw[name] = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  }
  const result = PostingSearchQuerySchema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_");
    const list = (errors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return { ok: false, errors };
}

/** A query with every default: what an empty URL parses to. */
export function emptyQuery(): PostingSearchQuery {
  return PostingSearchQuerySchema.parse({});
}

/**
 * A key that changes exactly when the filter state changes: the facet selections (in any order)
 * and the salary and date filters, but not `q`, the sort or the page. The page asks for the
 * facet distribution only when this key differs from the last one it fetched facets for.
 */
export function facetStateKey(query: PostingSearchQuery): string {
  const parts: string[] = [];
  for (const param of FACET_PARAM_NAMES) {
    const values: readonly string[] = query[param];
    for (const value of [...new Set(values)].sort()) parts.push(`${param}=${encodeURIComponent(value)}`);
  }
  if (query.salaryMin !== undefined && query.salaryMin > 0) parts.push(`salaryMin=${query.salaryMin}`);
  if (query.postedWithin) parts.push(`postedWithin=${query.postedWithin}`);
  return parts.join("&");
}

/** The canonical URL query string (no leading "?"); defaults are left out. */
export function toQueryString(query: PostingSearchQuery): string {
  const params = new URLSearchParams();
  if (query.q !== "") params.set("q", query.q);
  for (const param of FACET_PARAM_NAMES) {
    const values: readonly string[] = query[param];
    for (const value of values) params.append(param, value);
  }
  if (query.salaryMin !== undefined) params.set("salaryMin", String(query.salaryMin));
  if (query.postedWithin) params.set("postedWithin", query.postedWithin);
  if (query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params.toString();
}

export type LoosenParam = FacetParam | "salaryMin" | "postedWithin";

export interface LoosenSuggestion {
  param: LoosenParam;
  value: string;
}

/** A facet's value as a filter offers it: "杭州" / "Hangzhou", "实习" / "Internship". */
export function facetValueLabel(locale: Locale, param: FacetParam, value: string): string {
  switch (param) {
    case "province":
      return provinceName(locale, value);
    case "city":
      return cityName(locale, value);
    case "industry":
      return industryName(locale, value);
    case "programme":
      return programmeName(value, locale);
    default: {
      const key = `search.value.${param}.${value}`;
      return isMessageKey(key) ? translate(locale, key) : value;
    }
  }
}

/** A filter offered for removal, named so it reads alone: "城市：杭州" / "City: Hangzhou", "7天内发布". */
export function filterLabel(locale: Locale, param: LoosenParam, value: string): string {
  switch (param) {
    case "postedWithin":
      return translate(locale, `search.value.postedWithin.${value}`);
    case "salaryMin":
      return translate(locale, "search.chip.salaryMin", { amount: value });
    case "province":
    case "city":
    case "industry":
      return translate(locale, `search.chip.${param}`, { name: facetValueLabel(locale, param, value) });
    default:
      return facetValueLabel(locale, param, value);
  }
}

/**
 * Filters that could be removed when a search finds nothing, most incidental first: the date
 * and pay limits, then the narrower attributes, and location (usually the most deliberate
 * choice) last. One suggestion per selected value; `q` is not a filter and is not suggested.
 */
export function loosenSuggestions(query: PostingSearchQuery): LoosenSuggestion[] {
  const out: LoosenSuggestion[] = [];
  if (query.postedWithin) {
    out.push({ param: "postedWithin", value: query.postedWithin });
  }
  if (query.salaryMin !== undefined && query.salaryMin > 0) {
    out.push({ param: "salaryMin", value: String(query.salaryMin) });
  }
  const order: FacetParam[] = [
    "salaryBand",
    "degree",
    "employerType",
    "jobType",
    "industry",
    "programme",
    "city",
    "province",
  ];
  for (const param of order) {
    const values: readonly string[] = query[param];
    for (const value of values) out.push({ param, value });
  }
  return out;
}

/** The query without one filter value (or without the scalar filter), back on page 1. */
export function removeFilter(query: PostingSearchQuery, param: LoosenParam, value: string): PostingSearchQuery {
  if (param === "salaryMin") return { ...query, salaryMin: undefined, page: 1 };
  if (param === "postedWithin") return { ...query, postedWithin: undefined, page: 1 };
  const next = { ...query, page: 1 };
  switch (param) {
    case "employerType":
      next.employerType = query.employerType.filter((v) => v !== value);
      break;
    case "jobType":
      next.jobType = query.jobType.filter((v) => v !== value);
      break;
    case "degree":
      next.degree = query.degree.filter((v) => v !== value);
      break;
    case "salaryBand":
      next.salaryBand = query.salaryBand.filter((v) => v !== value);
      break;
    default:
      next[param] = query[param].filter((v) => v !== value);
  }
  return next;
}
