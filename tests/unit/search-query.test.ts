import { describe, it, expect } from "vitest";
import {
  DEFAULT_PAGE_SIZE,
  PostingSearchQuerySchema,
  emptyQuery,
  facetStateKey,
  filterLabel,
  listedFacets,
  listedFacetValues,
  loosenSuggestions,
  parseSearchParams,
  removeFilter,
  toQueryString,
  type LoosenParam,
  type PostingSearchQuery,
} from "../../app/postings/query";
import { SEARCH_FACETS, quoteFilterValue, toMeiliSearchRequest } from "../../search/query";
import { EMPLOYER_TYPES, JOB_TYPES, POSTING_DEGREES, SALARY_BANDS } from "../../search/documents";
import { bilingual, isMessageKey } from "../../app/i18n/messages";

const NOW = new Date("2025-05-01T04:00:00.900Z");
const NOW_S = Math.floor(NOW.getTime() / 1000);

function parse(qs: string): PostingSearchQuery {
  const result = parseSearchParams(new URLSearchParams(qs));
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.query;
}

function errorsOf(qs: string): Record<string, string[]> {
  const result = parseSearchParams(new URLSearchParams(qs));
  if (result.ok) throw new Error(`expected errors for ${qs}`);
  return result.errors;
}

const query = (overrides: Partial<PostingSearchQuery> = {}): PostingSearchQuery => ({ ...emptyQuery(), ...overrides });

/**
 * Reads one Meilisearch comparison `attr = "literal"` (or `attr >= 123`) and returns its parts,
 * unescaping the literal the way the engine does. Throws if anything follows the literal, which
 * is what an injection would need.
 */
function readClause(clause: string): { attribute: string; op: string; value: string } {
  const head = /^([A-Za-z]+) (=|>=) /.exec(clause);
  if (!head) throw new Error(`not a comparison: ${clause}`);
  const rest = clause.slice(head[0].length);
  if (/^\d+$/.test(rest)) return { attribute: head[1], op: head[2], value: rest };
  if (rest[0] !== '"') throw new Error(`unquoted value: ${clause}`);
  let value = "";
  let i = 1;
  for (; i < rest.length; i++) {
    const c = rest[i];
    if (c === "\\") {
      const next = rest[++i];
      if (next !== "\\" && next !== '"') throw new Error(`bad escape in ${clause}`);
      value += next;
    } else if (c === '"') break;
    else value += c;
  }
  if (i !== rest.length - 1) throw new Error(`text after the literal in ${clause}`);
  return { attribute: head[1], op: head[2], value };
}

describe("parseSearchParams", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parse("")).toEqual({
      q: "",
      province: [],
      city: [],
      industry: [],
      employerType: [],
      jobType: [],
      degree: [],
      salaryBand: [],
      programme: [],
      sort: "relevance",
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    });
  });

  it("reads every parameter, repeated facets as lists", () => {
    const q = parse(
      "q=%E5%89%8D%E7%AB%AF&province=%E6%B5%99%E6%B1%9F%E7%9C%81&city=%E6%9D%AD%E5%B7%9E&city=%E5%8D%97%E4%BA%AC" +
        "&industry=%E4%BA%92%E8%81%94%E7%BD%91%2FIT&employerType=private&employerType=state_owned&jobType=internship" +
        "&degree=bachelor&salaryBand=8-12k&programme=grassroots_%E8%A5%BF%E9%83%A8%E8%AE%A1%E5%88%92&salaryMin=8000" +
        "&postedWithin=7d&sort=newest&page=3&pageSize=50",
    );
    expect(q).toEqual({
      q: "前端",
      province: ["浙江省"],
      city: ["杭州", "南京"],
      industry: ["互联网/IT"],
      employerType: ["private", "state_owned"],
      jobType: ["internship"],
      degree: ["bachelor"],
      salaryBand: ["8-12k"],
      programme: ["grassroots_西部计划"],
      salaryMin: 8000,
      postedWithin: "7d",
      sort: "newest",
      page: 3,
      pageSize: 50,
    });
  });

  it("trims, collapses spaces in q, dedupes repeated values, and treats empty fields as absent", () => {
    const q = parse("q=++java+++spring++&city=%20杭州&city=杭州&city=&salaryMin=&page=&sort=&postedWithin=");
    expect(q.q).toBe("java spring");
    expect(q.city).toEqual(["杭州"]);
    expect(q.salaryMin).toBeUndefined();
    expect(q.page).toBe(1);
    expect(q.sort).toBe("relevance");
    expect(q.postedWithin).toBeUndefined();
  });

  it("ignores unknown parameters and takes the first of a repeated scalar", () => {
    const q = parse("utm_source=wechat&foo=bar&page=2&page=9&q=a&q=b");
    expect(q.page).toBe(2);
    expect(q.q).toBe("a");
    expect(q).not.toHaveProperty("utm_source");
  });

  it("accepts the boundaries", () => {
    const q = parse(`q=${"字".repeat(100)}&salaryMin=200000&page=500&pageSize=1`);
    expect([q.q.length, q.salaryMin, q.page, q.pageSize]).toEqual([100, 200000, 500, 1]);
    expect(parse("salaryMin=0&pageSize=50")).toMatchObject({ salaryMin: 0, pageSize: 50 });
  });

  it.each([
    ["q", `q=${"字".repeat(101)}`],
    ["salaryMin", "salaryMin=-1"],
    ["salaryMin", "salaryMin=200001"],
    ["salaryMin", "salaryMin=8000.5"],
    ["salaryMin", "salaryMin=abc"],
    ["salaryMin", "salaryMin=1e4"],
    ["salaryMin", "salaryMin=0x10"],
    ["page", "page=0"],
    ["page", "page=501"],
    ["pageSize", "pageSize=0"],
    ["pageSize", "pageSize=51"],
    ["postedWithin", "postedWithin=2d"],
    ["sort", "sort=price"],
    ["employerType", "employerType=startup"],
    ["jobType", "jobType=full_time&jobType=gig"],
    ["degree", "degree=high_school"],
    ["salaryBand", "salaryBand=8k-12k"],
    ["city", `city=${"城".repeat(41)}`],
  ])("rejects a bad %s (%s) with a bilingual message", (field, qs) => {
    const errors = errorsOf(qs);
    expect(Object.keys(errors)).toEqual([field]);
    // A message key, so the page shows it in the reader's language and the API in both.
    for (const key of errors[field]!) {
      expect(isMessageKey(key), key).toBe(true);
      expect(bilingual(key).zh).toMatch(/[\u4e00-\u9fff]/);
      expect(bilingual(key).en).toMatch(/^[A-Z][^\u4e00-\u9fff]*$/);
    }
  });

  it("limits how many values one facet may carry", () => {
    const ok = Array.from({ length: 20 }, (_, i) => `city=c${i}`).join("&");
    expect(parse(ok).city).toHaveLength(20);
    const tooMany = Array.from({ length: 21 }, (_, i) => `city=c${i}`).join("&");
    expect(errorsOf(tooMany).city).toEqual(["search.query.tooMany"]);
    expect(bilingual("search.query.tooMany")).toEqual({
      zh: "每项最多选择 20 个",
      en: "Choose at most 20 values per filter",
    });
  });

  it("reports every bad field at once", () => {
    const errors = errorsOf("page=0&pageSize=99&sort=x&jobType=y");
    expect(Object.keys(errors).sort()).toEqual(["jobType", "page", "pageSize", "sort"]);
  });
});

describe("toMeiliSearchRequest", () => {
  it("always hides postings whose deadline has passed, even for an empty query", () => {
    const { q, params } = toMeiliSearchRequest(emptyQuery(), { now: NOW, withFacets: false });
    expect(q).toBe("");
    expect(params.filter).toEqual([[`deadline >= ${NOW_S}`]]);
  });

  it("ORs values within a facet and ANDs across facets", () => {
    const { params } = toMeiliSearchRequest(
      query({ city: ["杭州", "南京"], jobType: ["full_time", "internship"], degree: ["master"] }),
      { now: NOW, withFacets: false },
    );
    expect(params.filter).toEqual([
      [`deadline >= ${NOW_S}`],
      ['cities = "杭州"', 'cities = "南京"'],
      ['jobType = "full_time"', 'jobType = "internship"'],
      ['degree = "master"'],
    ]);
  });

  it("maps each URL facet to its document attribute", () => {
    const all = query({
      province: ["p"],
      city: ["c"],
      industry: ["i"],
      employerType: ["foreign"],
      jobType: ["part_time"],
      degree: ["any"],
      salaryBand: ["30k+"],
      programme: ["enlistment"],
    });
    const attributes = toMeiliSearchRequest(all, { now: NOW, withFacets: false })
      .params.filter.slice(1)
      .map((or) => readClause(or[0]).attribute);
    expect(attributes).toEqual([
      "provinces",
      "cities",
      "industry",
      "employerType",
      "jobType",
      "degree",
      "salaryBand",
      "programme",
    ]);
  });

  it("escapes quotes and backslashes so a value cannot break out of its literal", () => {
    const hostile = ['杭州" OR deadline < 0 OR cities = "x', "C:\\", 'a\\" OR 1', '"', "\\"];
    const { params } = toMeiliSearchRequest(query({ city: hostile, industry: ['互联网"/IT'] }), {
      now: NOW,
      withFacets: false,
    });
    const cityClauses = params.filter[1];
    expect(cityClauses).toHaveLength(hostile.length);
    cityClauses.forEach((clause, i) =>
      expect(readClause(clause)).toEqual({ attribute: "cities", op: "=", value: hostile[i] }),
    );
    expect(readClause(params.filter[2][0]).value).toBe('互联网"/IT');
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it("filters pay by the top of the range and recency by publication time", () => {
    const { params } = toMeiliSearchRequest(query({ salaryMin: 8000, postedWithin: "7d" }), {
      now: NOW,
      withFacets: false,
    });
    expect(params.filter).toContainEqual(["salaryMax >= 8000"]);
    expect(params.filter).toContainEqual([`publishedAt >= ${NOW_S - 7 * 86400}`]);
    const zero = toMeiliSearchRequest(query({ salaryMin: 0 }), { now: NOW, withFacets: false });
    expect(zero.params.filter).toEqual([[`deadline >= ${NOW_S}`]]);
    for (const [within, days] of [
      ["1d", 1],
      ["3d", 3],
      ["30d", 30],
    ] as const) {
      const r = toMeiliSearchRequest(query({ postedWithin: within }), { now: NOW, withFacets: false });
      expect(r.params.filter).toContainEqual([`publishedAt >= ${NOW_S - days * 86400}`]);
    }
  });

  it("sorts as asked; relevance sends no sort unless there is nothing to be relevant to", () => {
    const sortOf = (q: Partial<PostingSearchQuery>) =>
      toMeiliSearchRequest(query(q), { now: NOW, withFacets: false }).params.sort;
    expect(sortOf({ q: "java", sort: "newest" })).toEqual(["publishedAt:desc"]);
    expect(sortOf({ q: "java", sort: "salary" })).toEqual(["salaryMax:desc"]);
    expect(sortOf({ q: "java", sort: "deadline" })).toEqual(["deadline:asc"]);
    expect(sortOf({ q: "java", sort: "relevance" })).toBeUndefined();
    expect(toMeiliSearchRequest(query({ q: "java" }), { now: NOW, withFacets: false }).params).not.toHaveProperty(
      "sort",
    );
    expect(sortOf({ q: "", sort: "relevance" })).toEqual(["publishedAt:desc"]);
    expect(sortOf({ q: "", sort: "deadline" })).toEqual(["deadline:asc"]);
  });

  it("pages by number, asks for facets only when told, and highlights and crops", () => {
    const q = query({ q: "前端", page: 4, pageSize: 10 });
    const without = toMeiliSearchRequest(q, { now: NOW, withFacets: false }).params;
    expect(without).toMatchObject({ page: 4, hitsPerPage: 10 });
    expect(without).not.toHaveProperty("offset");
    expect(without).not.toHaveProperty("limit");
    expect(without).not.toHaveProperty("facets");
    const withFacets = toMeiliSearchRequest(q, { now: NOW, withFacets: true }).params;
    expect(withFacets.facets).toEqual([
      "provinces",
      "cities",
      "industry",
      "employerType",
      "jobType",
      "degree",
      "salaryBand",
      "programme",
    ]);
    expect(withFacets.facets).toEqual(SEARCH_FACETS);
    expect(withFacets).toMatchObject({
      attributesToHighlight: ["title", "employerName"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
      attributesToCrop: ["duties"],
      cropLength: 40,
    });
  });

  it("asks only for the attributes a hit is shown with, not the postings' other texts", () => {
    const { params } = toMeiliSearchRequest(query({ q: "前端" }), { now: NOW, withFacets: true });
    expect([...params.attributesToRetrieve].sort()).toEqual(
      [
        "cities",
        "deadline",
        "degree",
        "duties",
        "employerName",
        "id",
        "jobType",
        "publishedAt",
        "salaryMax",
        "salaryMin",
        "title",
      ].sort(),
    );
    for (const shown of [...params.attributesToHighlight, ...params.attributesToCrop])
      expect(params.attributesToRetrieve).toContain(shown);
    expect(params.attributesToRetrieve).not.toContain("requirements");
  });

  it("uses whole seconds for now", () => {
    const { params } = toMeiliSearchRequest(emptyQuery(), { now: new Date(1_000_999), withFacets: false });
    expect(params.filter[0]).toEqual(["deadline >= 1000"]);
  });
});

describe("facetStateKey", () => {
  const base = query({ city: ["杭州", "南京"], jobType: ["full_time"], salaryMin: 8000 });

  it("does not change with q, page, page size or sort", () => {
    const key = facetStateKey(base);
    expect(facetStateKey({ ...base, q: "java", page: 7, pageSize: 50, sort: "salary" })).toBe(key);
  });

  it("does not depend on the order values were picked in", () => {
    expect(facetStateKey({ ...base, city: ["南京", "杭州"] })).toBe(facetStateKey(base));
  });

  it("changes when any filter changes", () => {
    const key = facetStateKey(base);
    const variants: PostingSearchQuery[] = [
      { ...base, city: ["杭州"] },
      { ...base, city: [...base.city, "苏州"] },
      { ...base, province: ["浙江省"] },
      { ...base, jobType: ["internship"] },
      { ...base, salaryMin: 9000 },
      { ...base, salaryMin: undefined },
      { ...base, postedWithin: "3d" },
      { ...base, programme: ["enlistment"] },
      { ...base, salaryBand: ["8-12k"] },
    ];
    const keys = variants.map(facetStateKey);
    for (const k of keys) expect(k).not.toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps different facets and awkward values apart", () => {
    expect(facetStateKey(query({ city: ["吉林"] }))).not.toBe(facetStateKey(query({ province: ["吉林"] })));
    expect(facetStateKey(query({ city: ["a&province=b"] }))).not.toBe(
      facetStateKey(query({ city: ["a"], province: ["b"] })),
    );
    expect(facetStateKey(query({ industry: ["a,b"] }))).not.toBe(facetStateKey(query({ industry: ["a", "b"] })));
  });

  it("is empty without filters (salaryMin 0 is no filter)", () => {
    expect(facetStateKey(emptyQuery())).toBe("");
    expect(facetStateKey(query({ salaryMin: 0, q: "x" }))).toBe("");
  });
});

describe("loosenSuggestions and removeFilter", () => {
  it("suggests nothing when nothing is filtered", () => {
    expect(loosenSuggestions(query({ q: "java", page: 3 }))).toEqual([]);
  });

  it("lists every active filter value, incidental ones first and location last, with labels in both languages", () => {
    const q = query({
      province: ["浙江省"],
      city: ["杭州"],
      jobType: ["internship"],
      employerType: ["state_owned"],
      degree: ["master"],
      salaryBand: ["8-12k"],
      programme: ["grassroots_西部计划"],
      industry: ["互联网/IT"],
      salaryMin: 8000,
      postedWithin: "7d",
    });
    const suggestions = loosenSuggestions(q);
    expect(suggestions.map((s) => [s.param, s.value])).toEqual([
      ["postedWithin", "7d"],
      ["salaryMin", "8000"],
      ["salaryBand", "8-12k"],
      ["degree", "master"],
      ["employerType", "state_owned"],
      ["jobType", "internship"],
      ["industry", "互联网/IT"],
      ["programme", "grassroots_西部计划"],
      ["city", "杭州"],
      ["province", "浙江省"],
    ]);
    const label = (param: LoosenParam) => {
      const s = suggestions.find((s) => s.param === param)!;
      return { zh: filterLabel("zh-CN", s.param, s.value), en: filterLabel("en", s.param, s.value) };
    };
    expect(label("jobType")).toEqual({ zh: "实习", en: "Internship" });
    expect(label("employerType")).toEqual({ zh: "国有企业", en: "State-owned enterprise" });
    expect(label("degree")).toEqual({ zh: "硕士", en: "Master's degree" });
    expect(label("city")).toEqual({ zh: "城市：杭州", en: "City: Hangzhou" });
    expect(label("programme").zh).toContain("西部计划");
    expect(label("salaryMin")).toEqual({ zh: "月薪不低于 8000 元", en: "Pay at least ¥8000/month" });
    expect(label("postedWithin")).toEqual({ zh: "7天内发布", en: "Posted in the last week" });
    for (const s of suggestions) {
      expect(filterLabel("zh-CN", s.param, s.value)).toMatch(/[\u4e00-\u9fff]/);
      expect(filterLabel("en", s.param, s.value)).toMatch(/[A-Za-z]/);
    }
  });

  it("has a label for every enumerated value", () => {
    const q = query({
      employerType: [...EMPLOYER_TYPES],
      jobType: [...JOB_TYPES],
      degree: [...POSTING_DEGREES],
      salaryBand: [...SALARY_BANDS],
    });
    for (const s of loosenSuggestions(q)) {
      expect(filterLabel("zh-CN", s.param, s.value)).not.toBe(s.value);
      expect(filterLabel("en", s.param, s.value)).not.toBe(s.value);
    }
  });

  it("removing each suggestion in turn clears every filter, keeps q, and goes back to page 1", () => {
    let q = query({
      q: "java",
      city: ["杭州", "南京"],
      jobType: ["full_time"],
      salaryMin: 5000,
      postedWithin: "1d",
      page: 9,
    });
    const first = loosenSuggestions(q)[0];
    const once = removeFilter(q, first.param, first.value);
    expect(once.page).toBe(1);
    expect(once.postedWithin).toBeUndefined();
    expect(q.postedWithin).toBe("1d"); // not mutated
    for (const s of loosenSuggestions(q)) q = removeFilter(q, s.param, s.value);
    expect(facetStateKey(q)).toBe("");
    expect(q.q).toBe("java");
    expect(loosenSuggestions(q)).toEqual([]);
  });

  it("removes one value of a facet and leaves the others", () => {
    const q = removeFilter(query({ city: ["杭州", "南京"], degree: ["bachelor", "master"] }), "degree", "master");
    expect(q.degree).toEqual(["bachelor"]);
    expect(q.city).toEqual(["杭州", "南京"]);
  });
});

describe("toQueryString", () => {
  it("is empty for the default query and leaves defaults out", () => {
    expect(toQueryString(emptyQuery())).toBe("");
    expect(toQueryString(query({ q: "java", page: 1, pageSize: 20, sort: "relevance" }))).toBe("q=java");
  });

  it("writes repeated facets and round-trips awkward text", () => {
    const q = query({
      q: 'C++ & C# 100% "引号" a=b',
      city: ["杭州", "南 京"],
      industry: ["互联网/IT", "a&b=c"],
      programme: ["grassroots_三支一扶"],
      salaryMin: 0,
      sort: "deadline",
      page: 2,
      pageSize: 10,
    });
    const qs = toQueryString(q);
    expect(new URLSearchParams(qs).getAll("city")).toEqual(["杭州", "南 京"]);
    expect(parse(qs)).toEqual(q);
  });

  it("round-trips random valid queries (seeded)", () => {
    let seed = 20250501;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
    const some = <T>(items: readonly T[]) => [
      ...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(items))),
    ];
    const words = [
      "杭州",
      "南京",
      "互联网/IT",
      "a&b",
      "x=y",
      "100%",
      '引"号',
      "back\\slash",
      "空 格",
      "+plus",
      "#hash",
      "?q",
    ];
    for (let i = 0; i < 300; i++) {
      const q = PostingSearchQuerySchema.parse({
        q: rand() < 0.5 ? "" : some(words).join(" "),
        province: some(words),
        city: some(words),
        industry: some(words),
        employerType: some(EMPLOYER_TYPES),
        jobType: some(JOB_TYPES),
        degree: some(POSTING_DEGREES),
        salaryBand: some(SALARY_BANDS),
        programme: some(["enlistment", "grassroots_西部计划", "grassroots_三支一扶"]),
        salaryMin: rand() < 0.5 ? undefined : Math.floor(rand() * 200_001),
        postedWithin: rand() < 0.5 ? undefined : pick(["1d", "3d", "7d", "30d"] as const),
        sort: pick(["relevance", "newest", "salary", "deadline"] as const),
        page: 1 + Math.floor(rand() * 500),
        pageSize: 1 + Math.floor(rand() * 50),
      });
      const qs = toQueryString(q);
      expect(parse(qs), qs).toEqual(q);
      expect(toQueryString(parse(qs))).toBe(qs);
    }
  });
});

describe("the facet counts the search page is sent", () => {
  // 20 cities, several with the same count, and a selected city with few postings.
  const cities: Record<string, number> = {};
  for (let i = 0; i < 20; i++) cities[`城市${String(i).padStart(2, "0")}`] = [9, 5, 5, 5, 3, 1][i % 6]!;
  const facets = { cities, jobType: { full_time: 40, internship: 7 }, unknown: { x: 1 } };

  it("lists the same values, in the same order, as the whole distribution would", () => {
    for (const selected of [[], ["城市05"], ["城市11", "拉萨"]]) {
      const query = { ...emptyQuery(), city: selected };
      const sent = listedFacets(facets, query);
      expect(listedFacetValues(sent.cities!, selected)).toEqual(listedFacetValues(cities, selected));
      expect(listedFacetValues(sent.jobType!, [])).toEqual(["full_time", "internship"]);
      // A selected value keeps its count; values the page does not list are not sent.
      for (const value of selected) expect(sent.cities![value]).toBe(cities[value]);
      expect(Object.keys(sent.cities!).length).toBe(12 + selected.filter((v) => (cities[v] ?? 9) < 5).length);
      expect(sent).not.toHaveProperty("unknown");
    }
  });

  it("lists at most 12 values beside the selected ones, the most frequent first", () => {
    const values = listedFacetValues(cities, ["城市05"]);
    expect(values[0]).toBe("城市05");
    expect(values.slice(1, 5)).toEqual(["城市00", "城市06", "城市12", "城市18"]);
    expect(values).toHaveLength(13);
  });
});
