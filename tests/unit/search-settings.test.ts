import { describe, it, expect } from "vitest";
import type { Settings } from "meilisearch";
import { POSTINGS_INDEX_SETTINGS, diffSettings, settingsDiffer } from "../../search/settings";
import { SYNONYM_GROUPS, toMeiliSynonyms } from "../../search/synonyms";
import { toPostingDocument } from "../../search/documents";
import { PostingSearchQuerySchema, SEARCH_SORTS } from "../../app/postings/query";
import { SEARCH_FACETS, toMeiliSearchRequest } from "../../search/query";

const clone = <T>(value: T): T => structuredClone(value);

/**
 * What Meilisearch 1.21 answers to GET /indexes/:uid/settings after POSTINGS_INDEX_SETTINGS were
 * applied (recorded from the bundled server): every setting is present, sortable attributes
 * come back in alphabetical order, synonym keys sorted.
 */
function liveAfterApply(): Settings {
  const synonyms = toMeiliSynonyms(SYNONYM_GROUPS);
  const sortedSynonyms = Object.fromEntries(
    Object.keys(synonyms)
      .sort()
      .map((k) => [k, synonyms[k]]),
  );
  return {
    displayedAttributes: ["*"],
    searchableAttributes: [
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
    ],
    filterableAttributes: [
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
    ],
    sortableAttributes: ["deadline", "publishedAt", "salaryMax", "salaryMin"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: sortedSynonyms,
    distinctAttribute: null,
    proximityPrecision: "byAttribute",
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
    pagination: { maxTotalHits: 10000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: false,
    prefixSearch: "indexingTime",
  };
}

/** A brand-new index in Meilisearch 1.21 (recorded). */
function liveFresh(): Settings {
  return {
    displayedAttributes: ["*"],
    searchableAttributes: ["*"],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    stopWords: [],
    synonyms: {},
    distinctAttribute: null,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
    pagination: { maxTotalHits: 1000 },
    proximityPrecision: "byWord",
    facetSearch: true,
  };
}

describe("POSTINGS_INDEX_SETTINGS", () => {
  it("searches attributes in the agreed order of importance", () => {
    expect(POSTINGS_INDEX_SETTINGS.searchableAttributes).toEqual([
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
    ]);
  });

  it("only names attributes that documents actually have", () => {
    const doc = toPostingDocument({
      id: "p1",
      title: "t",
      category: "c",
      jobType: "full_time",
      degree: "any",
      majors: [],
      cities: [{ province: "浙江省", city: "杭州" }],
      salaryMin: 5000,
      salaryMax: 6000,
      programme: null,
      duties: "",
      requirements: "",
      benefits: "",
      headcount: 1,
      publishedAt: new Date(0),
      deadline: new Date(0),
      employer: { id: "e1", name: "e", type: "other", industry: "其他" },
    });
    const fields = new Set(Object.keys(doc));
    const named = [
      ...POSTINGS_INDEX_SETTINGS.searchableAttributes,
      ...POSTINGS_INDEX_SETTINGS.filterableAttributes,
      ...POSTINGS_INDEX_SETTINGS.sortableAttributes,
    ];
    for (const attribute of named) expect(fields.has(attribute), attribute).toBe(true);
  });

  it("makes filterable every attribute the search page filters or facets on, and sortable every sort it uses", () => {
    const everything = PostingSearchQuerySchema.parse({
      province: ["浙江省"],
      city: ["杭州"],
      industry: ["互联网/IT"],
      employerType: ["private"],
      jobType: ["full_time"],
      degree: ["bachelor"],
      salaryBand: ["8-12k"],
      programme: ["enlistment"],
      salaryMin: 5000,
      postedWithin: "7d",
    });
    const { params } = toMeiliSearchRequest(everything, { now: new Date(), withFacets: true });
    const filtered = params.filter.flat().map((clause) => clause.split(" ")[0]);
    const filterable: readonly string[] = POSTINGS_INDEX_SETTINGS.filterableAttributes;
    for (const attribute of [...filtered, ...SEARCH_FACETS]) expect(filterable, attribute).toContain(attribute);

    const sortable: readonly string[] = POSTINGS_INDEX_SETTINGS.sortableAttributes;
    for (const sort of SEARCH_SORTS) {
      for (const q of ["", "java"]) {
        const request = toMeiliSearchRequest({ ...everything, sort, q }, { now: new Date(), withFacets: false });
        for (const rule of request.params.sort ?? []) expect(sortable).toContain(rule.split(":")[0]);
      }
    }
  });

  it("keeps Meilisearch's built-in ranking rules, nothing custom", () => {
    expect(POSTINGS_INDEX_SETTINGS.rankingRules).toEqual([
      "words",
      "typo",
      "proximity",
      "attribute",
      "sort",
      "exactness",
    ]);
  });

  it("sets typo tolerance, pagination and synonyms", () => {
    expect(POSTINGS_INDEX_SETTINGS.typoTolerance.enabled).toBe(true);
    const { oneTypo, twoTypos } = POSTINGS_INDEX_SETTINGS.typoTolerance.minWordSizeForTypos;
    expect(oneTypo).toBeGreaterThanOrEqual(4);
    expect(twoTypos).toBeGreaterThan(oneTypo);
    expect(POSTINGS_INDEX_SETTINGS.pagination.maxTotalHits).toBe(10_000);
    expect(POSTINGS_INDEX_SETTINGS.synonyms).toEqual(toMeiliSynonyms(SYNONYM_GROUPS));
    expect(POSTINGS_INDEX_SETTINGS.synonyms["哈工程"]).toContain("哈尔滨工程大学");
  });
});

describe("settingsDiffer", () => {
  const wanted: Settings = POSTINGS_INDEX_SETTINGS;

  it("finds nothing to do once the settings are applied (live has every setting, in its own order)", () => {
    expect(diffSettings(liveAfterApply(), wanted)).toEqual([]);
    expect(settingsDiffer(liveAfterApply(), wanted)).toBe(false);
  });

  it("names what a fresh index lacks", () => {
    expect(diffSettings(liveFresh(), wanted).sort()).toEqual(
      [
        "searchableAttributes",
        "filterableAttributes",
        "sortableAttributes",
        "typoTolerance",
        "pagination",
        "synonyms",
        "proximityPrecision",
        "facetSearch",
      ].sort(),
    );
  });

  it("ignores the order of filterable and sortable attributes", () => {
    const live = liveAfterApply();
    live.filterableAttributes = [...(live.filterableAttributes ?? [])].reverse();
    live.sortableAttributes = ["salaryMin", "deadline", "salaryMax", "publishedAt"];
    expect(settingsDiffer(live, wanted)).toBe(false);
  });

  it("notices a missing or extra filterable attribute", () => {
    const missing = liveAfterApply();
    missing.filterableAttributes = (missing.filterableAttributes ?? []).filter((a) => a !== "deadline");
    expect(diffSettings(missing, wanted)).toEqual(["filterableAttributes"]);
    const extra = liveAfterApply();
    extra.filterableAttributes = [...(extra.filterableAttributes ?? []), "employerName"];
    expect(diffSettings(extra, wanted)).toEqual(["filterableAttributes"]);
  });

  it("respects the order of searchable attributes and ranking rules", () => {
    const searchable = liveAfterApply();
    searchable.searchableAttributes = ["employerName", "title", ...(searchable.searchableAttributes ?? []).slice(2)];
    expect(diffSettings(searchable, wanted)).toEqual(["searchableAttributes"]);
    const ranking = liveAfterApply();
    ranking.rankingRules = ["words", "sort", "typo", "proximity", "attribute", "exactness"];
    expect(diffSettings(ranking, wanted)).toEqual(["rankingRules"]);
  });

  it("ignores the order of synonym keys and of each key's values", () => {
    const live = liveAfterApply();
    const shuffled = Object.entries(live.synonyms ?? {})
      .reverse()
      .map(([k, v]) => [k, [...v].reverse()]);
    live.synonyms = Object.fromEntries(shuffled);
    expect(settingsDiffer(live, wanted)).toBe(false);
  });

  it("notices a changed, missing or extra synonym", () => {
    const changed = liveAfterApply();
    changed.synonyms = { ...changed.synonyms, 哈工程: ["哈尔滨工业大学"] };
    expect(diffSettings(changed, wanted)).toEqual(["synonyms"]);
    const missing = liveAfterApply();
    const { 北上广: _gone, ...rest } = missing.synonyms ?? {};
    missing.synonyms = rest;
    expect(diffSettings(missing, wanted)).toEqual(["synonyms"]);
    const extra = liveAfterApply();
    extra.synonyms = { ...extra.synonyms, 深: ["深圳"] };
    expect(diffSettings(extra, wanted)).toEqual(["synonyms"]);
    const shorter = liveAfterApply();
    shorter.synonyms = { ...shorter.synonyms, 北上广: ["北京", "上海"] };
    expect(diffSettings(shorter, wanted)).toEqual(["synonyms"]);
  });

  it("compares nested objects on the keys we set only", () => {
    const live = liveAfterApply();
    live.typoTolerance = { ...live.typoTolerance, disableOnWords: ["ignored-by-us"] };
    live.faceting = { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } };
    expect(settingsDiffer(live, wanted)).toBe(false);

    const stricter = liveAfterApply();
    stricter.typoTolerance = { ...stricter.typoTolerance, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } };
    expect(diffSettings(stricter, wanted)).toEqual(["typoTolerance"]);

    const numbers = liveAfterApply();
    numbers.typoTolerance = { ...numbers.typoTolerance, disableOnNumbers: false };
    expect(diffSettings(numbers, wanted)).toEqual(["typoTolerance"]);

    const pages = liveAfterApply();
    pages.pagination = { maxTotalHits: 1000 };
    expect(diffSettings(pages, wanted)).toEqual(["pagination"]);
  });

  it("treats an absent or null live setting as different", () => {
    const live = liveAfterApply();
    delete live.rankingRules;
    live.searchableAttributes = null;
    expect(diffSettings(live, wanted).sort()).toEqual(["rankingRules", "searchableAttributes"]);
  });

  it("compares only what is wanted, and handles order-insensitive arrays inside nested settings", () => {
    const w: Settings = { typoTolerance: { disableOnAttributes: ["duties", "benefits"] } };
    expect(settingsDiffer({ typoTolerance: { enabled: true, disableOnAttributes: ["benefits", "duties"] } }, w)).toBe(
      false,
    );
    expect(settingsDiffer({ typoTolerance: { disableOnAttributes: ["benefits"] } }, w)).toBe(true);
    expect(settingsDiffer({ stopWords: ["的", "了"] }, { stopWords: ["了", "的"] })).toBe(false);
    expect(settingsDiffer({ displayedAttributes: ["*"], distinctAttribute: "id" }, { distinctAttribute: "id" })).toBe(
      false,
    );
    expect(settingsDiffer({ distinctAttribute: null }, { distinctAttribute: "id" })).toBe(true);
  });

  it("does not mutate its inputs", () => {
    const live = liveAfterApply();
    const before = clone(live);
    const wantedBefore = clone(POSTINGS_INDEX_SETTINGS);
    diffSettings(live, wanted);
    expect(live).toEqual(before);
    expect(POSTINGS_INDEX_SETTINGS).toEqual(wantedBefore);
  });
});
