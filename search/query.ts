/**
 * The search page's (and the public API's) query: URL parameters → a validated query → a
 * Meilisearch search request, and back to a URL for sharing and feed links.
 *
 * Validation messages are message keys (`search.query.*` in app/i18n/domains/search.ts): the page
 * shows them in the reader's language, the JSON API answers both languages (`bilingual(key)`).
 *
 * Filter semantics: OR within a facet (two cities: either), AND across facets (a city and a job
 * type: both), and always "deadline not passed". `salaryMin` keeps postings whose range reaches
 * the asked pay (`salaryMax >= salaryMin`), so a 6k–10k posting is found by someone asking 8k.
 */
import { z } from "zod";
import { programmeLabel } from "../app/postings/labels";
import { cityName, industryName, provinceName } from "../app/school/region-names";
import type { SearchParams } from "meilisearch";
import {
  EMPLOYER_TYPES,
  JOB_TYPES,
  POSTING_DEGREES,
  SALARY_BANDS,
  type EmployerType,
  type JobType,
  type PostingDegree,
  type SalaryBand,
} from "./documents";

export interface Bilingual {
  zh: string;
  en: string;
}

export const POSTED_WITHIN = ["1d", "3d", "7d", "30d"] as const;
export type PostedWithin = (typeof POSTED_WITHIN)[number];
const POSTED_WITHIN_DAYS: Record<PostedWithin, number> = { "1d": 1, "3d": 3, "7d": 7, "30d": 30 };

export const SEARCH_SORTS = ["relevance", "newest", "salary", "deadline"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 100;
/** At most this many values per facet: bounds the filter a URL can make the engine evaluate. */
export const MAX_VALUES_PER_FACET = 20;

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
const FACET_PARAM_NAMES = Object.keys(FACET_PARAMS) as FacetParam[];

/** The facet distribution the page asks for. */
export const SEARCH_FACETS = Object.values(FACET_PARAMS);

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

/** A value inside a Meilisearch filter: double-quoted, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export interface PostingSearchParams extends SearchParams {
  /** Array-of-arrays: the inner arrays are OR-ed, the outer array AND-ed. */
  filter: string[][];
  page: number;
  hitsPerPage: number;
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
    attributesToHighlight: ["title", "employerName", "requirements"],
    highlightPreTag: "<mark>",
    highlightPostTag: "</mark>",
    attributesToCrop: ["duties"],
    cropLength: 40,
  };
  if (sort) params.sort = sort;
  if (options.withFacets) params.facets = [...SEARCH_FACETS];
  return { q: query.q, params };
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
  label: Bilingual;
}

const EMPLOYER_TYPE_LABELS: Record<EmployerType, Bilingual> = {
  government: { zh: "机关", en: "Government" },
  public_institution: { zh: "事业单位", en: "Public institution" },
  state_owned: { zh: "国有企业", en: "State-owned enterprise" },
  private: { zh: "民营企业", en: "Private company" },
  foreign: { zh: "外资企业", en: "Foreign company" },
  joint_venture: { zh: "合资企业", en: "Joint venture" },
  social_org: { zh: "社会组织", en: "Social organisation" },
  other: { zh: "其他单位", en: "Other employer" },
};
const JOB_TYPE_LABELS: Record<JobType, Bilingual> = {
  full_time: { zh: "全职", en: "Full-time" },
  internship: { zh: "实习", en: "Internship" },
  part_time: { zh: "兼职", en: "Part-time" },
};
const DEGREE_LABELS: Record<PostingDegree, Bilingual> = {
  any: { zh: "学历不限", en: "Any degree" },
  associate: { zh: "专科", en: "Associate degree" },
  bachelor: { zh: "本科", en: "Bachelor's degree" },
  master: { zh: "硕士", en: "Master's degree" },
  doctor: { zh: "博士", en: "Doctorate" },
};
const SALARY_BAND_LABELS: Record<SalaryBand, Bilingual> = {
  "<5k": { zh: "月薪 5千以下", en: "Under ¥5k/month" },
  "5-8k": { zh: "月薪 5千-8千", en: "¥5k–8k/month" },
  "8-12k": { zh: "月薪 8千-1.2万", en: "¥8k–12k/month" },
  "12-20k": { zh: "月薪 1.2万-2万", en: "¥12k–20k/month" },
  "20-30k": { zh: "月薪 2万-3万", en: "¥20k–30k/month" },
  "30k+": { zh: "月薪 3万以上", en: "Over ¥30k/month" },
};
const POSTED_WITHIN_LABELS: Record<PostedWithin, Bilingual> = {
  "1d": { zh: "1天内发布", en: "Posted in the last day" },
  "3d": { zh: "3天内发布", en: "Posted in the last 3 days" },
  "7d": { zh: "7天内发布", en: "Posted in the last week" },
  "30d": { zh: "30天内发布", en: "Posted in the last 30 days" },
};

export function facetLabel(param: FacetParam, value: string): Bilingual {
  switch (param) {
    case "province":
      return { zh: `省份：${value}`, en: `Province: ${provinceName("en", value)}` };
    case "city":
      return { zh: `城市：${value}`, en: `City: ${cityName("en", value)}` };
    case "industry":
      return { zh: `行业：${value}`, en: `Industry: ${industryName("en", value)}` };
    case "employerType":
      return lookup(EMPLOYER_TYPE_LABELS, value);
    case "jobType":
      return lookup(JOB_TYPE_LABELS, value);
    case "degree":
      return lookup(DEGREE_LABELS, value);
    case "salaryBand":
      return lookup(SALARY_BAND_LABELS, value);
    case "programme":
      return programmeLabel(value);
  }
}

function lookup(table: Record<string, Bilingual>, value: string): Bilingual {
  return table[value] ?? { zh: value, en: value };
}

/**
 * Filters that could be removed when a search finds nothing, most incidental first: the date
 * and pay limits, then the narrower attributes, and location (usually the most deliberate
 * choice) last. One suggestion per selected value; `q` is not a filter and is not suggested.
 */
export function loosenSuggestions(query: PostingSearchQuery): LoosenSuggestion[] {
  const out: LoosenSuggestion[] = [];
  if (query.postedWithin) {
    out.push({ param: "postedWithin", value: query.postedWithin, label: POSTED_WITHIN_LABELS[query.postedWithin] });
  }
  if (query.salaryMin !== undefined && query.salaryMin > 0) {
    out.push({
      param: "salaryMin",
      value: String(query.salaryMin),
      label: { zh: `月薪不低于 ${query.salaryMin} 元`, en: `Pay at least ¥${query.salaryMin}/month` },
    });
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
    for (const value of values) out.push({ param, value, label: facetLabel(param, value) });
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
