/**
 * Index settings as code. Start-up reads the live settings, and applies these only when
 * {@link settingsDiffer} says they differ, so a restart does not trigger a reindex of every
 * document (changing searchable or filterable attributes makes Meilisearch rebuild the index).
 */
import type { Settings } from "meilisearch";
import type { PostingDocument } from "./documents";
import { SYNONYM_GROUPS, toMeiliSynonyms } from "./synonyms";

type DocumentField = keyof PostingDocument & string;

/** Order matters: earlier attributes rank higher under the `attribute` rule. */
export const POSTINGS_SEARCHABLE_ATTRIBUTES = [
  "title",
  "employerName",
  "category",
  "keywords",
  "majors",
  "cities",
  "provinces",
  "requirements",
  "duties",
  "benefits",
] as const satisfies readonly DocumentField[];

export const POSTINGS_FILTERABLE_ATTRIBUTES = [
  "provinces",
  "cities",
  "industry",
  "employerType",
  "jobType",
  "degree",
  "salaryBand",
  "salaryMin",
  "salaryMax",
  "programme",
  "publishedAt",
  "deadline",
  "employerId",
] as const satisfies readonly DocumentField[];

export const POSTINGS_SORTABLE_ATTRIBUTES = [
  "publishedAt",
  "salaryMax",
  "salaryMin",
  "deadline",
] as const satisfies readonly DocumentField[];

/**
 * Meilisearch's classic default order, written out so that an engine upgrade that changes its
 * default (1.x added attributeRank/wordPosition) does not silently change our ranking. With `sort`
 * after the textual rules, "newest" with a query orders equally good matches by date; with no
 * query every document ties on the textual rules and the sort decides alone.
 */
export const POSTINGS_RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness"] as const;

export const POSTINGS_INDEX_SETTINGS = {
  searchableAttributes: [...POSTINGS_SEARCHABLE_ATTRIBUTES],
  filterableAttributes: [...POSTINGS_FILTERABLE_ATTRIBUTES],
  sortableAttributes: [...POSTINGS_SORTABLE_ATTRIBUTES],
  rankingRules: [...POSTINGS_RANKING_RULES],
  typoTolerance: {
    enabled: true,
    // Counted in characters. Chinese words are 1–4 characters, so they never get typos (a typo
    // in 2 characters is another word); English needs 5 letters for one typo (java ≠ jave,
    // "react" ≈ "raect") and 9 for two, Meilisearch's own defaults, stated so they cannot drift.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // 2024 must not match 2025 (届 years), nor 8000 match 9000.
    disableOnNumbers: true,
  },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
  // Indexing speed (decision 027): the proximity rule only asks whether the query's words share an
  // attribute, not how many words apart they are (the word-pair index is most of the indexing
  // work), and no facet-value search (nothing asks for it: the filters list the distribution).
  proximityPrecision: "byAttribute",
  facetSearch: false,
  synonyms: toMeiliSynonyms(SYNONYM_GROUPS),
} satisfies Settings;

export type PostingsIndexSettings = typeof POSTINGS_INDEX_SETTINGS;

/** Settings whose arrays are sets: order carries no meaning. */
const UNORDERED_ARRAYS = new Set<string>([
  "filterableAttributes",
  "sortableAttributes",
  "stopWords",
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
  // inside typoTolerance
  "disableOnAttributes",
  "disableOnWords",
]);

/**
 * The names of the settings in `wanted` whose live value differs.
 *
 * Only keys present in `wanted` are compared (the live object lists every setting, with defaults
 * for those we do not manage), and inside nested objects such as `typoTolerance` only the keys we
 * set. Arrays are order-sensitive (searchable attributes, ranking rules) except the set-like ones
 * listed in `UNORDERED_ARRAYS`. Synonyms compare as a map of sets: key order and value order are
 * ignored, and terms are lowercased first (the engine matches on lowercased terms).
 */
export function diffSettings(live: Settings, wanted: Settings): (keyof Settings)[] {
  const differing: (keyof Settings)[] = [];
  for (const key of Object.keys(wanted) as (keyof Settings)[]) {
    const want = wanted[key];
    if (want === undefined) continue;
    const have = live[key];
    const same =
      key === "synonyms"
        ? synonymsEqual(have as Settings["synonyms"], want as Settings["synonyms"])
        : valueCovers(have, want, key);
    if (!same) differing.push(key);
  }
  return differing;
}

/** True when applying `wanted` would change something. */
export function settingsDiffer(live: Settings, wanted: Settings): boolean {
  return diffSettings(live, wanted).length > 0;
}

/** Does `have` match `want`, looking only at what `want` specifies? */
function valueCovers(have: unknown, want: unknown, key: string): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(have) || have.length !== want.length) return false;
    if (UNORDERED_ARRAYS.has(key)) {
      const a = have.map(canonical).sort();
      const b = want.map(canonical).sort();
      return a.every((value, i) => value === b[i]);
    }
    return want.every((value, i) => canonical(value) === canonical(have[i]));
  }
  if (isPlainObject(want)) {
    if (!isPlainObject(have)) return false;
    return Object.entries(want).every(([k, v]) => v === undefined || valueCovers(have[k], v, k));
  }
  return Object.is(have, want);
}

function synonymsEqual(have: Settings["synonyms"], want: Settings["synonyms"]): boolean {
  const a = normaliseSynonyms(have ?? {});
  const b = normaliseSynonyms(want ?? {});
  if (a.size !== b.size) return false;
  for (const [key, values] of b) {
    const other = a.get(key);
    if (!other || other.length !== values.length || other.some((v, i) => v !== values[i])) return false;
  }
  return true;
}

function normaliseSynonyms(synonyms: Record<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, values] of Object.entries(synonyms)) {
    const k = key.trim().toLowerCase();
    const merged = new Set([...(out.get(k) ?? []), ...values.map((v) => v.trim().toLowerCase())]);
    out.set(k, [...merged].sort());
  }
  return out;
}

/** A stable string for any JSON value (object keys sorted), so objects compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
