import { describe, it, expect } from "vitest";
import {
  SYNONYM_GROUPS,
  normaliseTerm,
  toMeiliSynonyms,
  validateSynonymGroups,
  type SynonymGroup,
} from "../../search/synonyms";

const SYN = toMeiliSynonyms(SYNONYM_GROUPS);

/** a finds b: searching `a` also matches documents containing `b`. */
function finds(a: string, b: string): boolean {
  return (SYN[normaliseTerm(a)] ?? []).includes(normaliseTerm(b));
}

describe("the synonym data", () => {
  it("has no problems", () => {
    expect(validateSynonymGroups(SYNONYM_GROUPS)).toEqual([]);
  });

  it.each([
    ["前端", ["Web前端", "frontend", "front-end", "前端开发"]],
    ["后端", ["服务端", "backend", "back-end", "后端开发", "服务器端"]],
    ["算法", ["AI", "人工智能", "机器学习", "algorithm", "machine learning"]],
    ["测试", ["QA", "软件测试"]],
    ["产品经理", ["product manager"]],
    ["运维", ["DevOps", "SRE"]],
    ["嵌入式", ["embedded"]],
    ["数据分析", ["data analyst"]],
    ["会计", ["财务", "accounting"]],
    ["教师", ["老师", "teacher"]],
    ["销售", ["sales"]],
    ["人力资源", ["HR"]],
    ["本科", ["学士", "bachelor"]],
    ["硕士", ["研究生", "master"]],
    ["博士", ["PhD", "doctor"]],
    ["专科", ["大专", "associate"]],
    ["北京", ["Beijing", "北京市"]],
    ["上海", ["Shanghai", "上海市"]],
    ["广州", ["Guangzhou"]],
    ["深圳", ["Shenzhen"]],
    ["杭州", ["Hangzhou"]],
    ["成都", ["Chengdu"]],
    ["南京", ["Nanjing"]],
    ["武汉", ["Wuhan"]],
    ["江苏", ["江苏省"]],
    ["广西", ["广西壮族自治区"]],
    ["哈工程", ["哈尔滨工程大学"]],
    ["哈工大", ["哈尔滨工业大学"]],
    ["北大", ["北京大学"]],
    ["清华", ["清华大学"]],
    ["复旦", ["复旦大学"]],
    ["浙大", ["浙江大学"]],
    ["华科", ["华中科技大学"]],
    ["西电", ["西安电子科技大学"]],
    ["北邮", ["北京邮电大学"]],
    ["中科大", ["中国科学技术大学"]],
    ["中石油", ["中国石油"]],
    ["中石化", ["中国石化"]],
    ["国网", ["国家电网"]],
    ["工行", ["中国工商银行"]],
    ["建行", ["中国建设银行"]],
    ["农行", ["中国农业银行"]],
    ["中行", ["中国银行"]],
    ["华为", ["Huawei"]],
    ["腾讯", ["Tencent"]],
    ["阿里", ["阿里巴巴", "Alibaba"]],
    ["字节跳动", ["ByteDance"]],
  ])("%s and its equivalents find each other", (term, others) => {
    for (const other of others) {
      expect(finds(term, other), `${term} → ${other}`).toBe(true);
      expect(finds(other, term), `${other} → ${term}`).toBe(true);
    }
  });

  it.each([
    ["北上广", ["北京", "上海", "广州"]],
    ["北上广深", ["北京", "上海", "广州", "深圳"]],
    ["江浙沪", ["江苏", "浙江", "上海"]],
    ["珠三角", ["广州", "深圳", "珠海", "佛山", "东莞"]],
    ["长三角", ["上海", "江苏", "浙江", "安徽"]],
    ["内蒙", ["内蒙古"]],
    ["上交", ["上海交通大学"]],
    ["字节", ["字节跳动", "ByteDance"]],
    ["PM", ["产品经理"]],
    ["京", ["北京"]],
    ["沪", ["上海"]],
    ["穗", ["广州"]],
    ["蓉", ["成都"]],
  ])("%s expands one way", (abbreviation, expansions) => {
    for (const expansion of expansions) {
      expect(finds(abbreviation, expansion), `${abbreviation} → ${expansion}`).toBe(true);
      // Searching the full name must not drag in every text that uses the ambiguous short form.
      expect(finds(expansion, abbreviation), `${expansion} ↛ ${abbreviation}`).toBe(false);
    }
  });

  it("leaves out noisy single-character abbreviations and allows only four unambiguous ones one way", () => {
    for (const noisy of ["深", "宁", "汉", "苏", "鲁", "鄂", "粤"]) expect(SYN[noisy]).toBeUndefined();
    const singleKeys = Object.keys(SYN).filter((k) => Array.from(k).length === 1);
    expect(singleKeys.sort()).toEqual(["京", "沪", "穗", "蓉"].sort());
    for (const group of SYNONYM_GROUPS) {
      if (!group.mutual) continue;
      for (const term of group.terms) expect(Array.from(term).length, `${term} in a mutual group`).toBeGreaterThan(1);
    }
  });

  it("keeps municipalities out of the province groups (one meaning per key)", () => {
    const provinceTerms = SYNONYM_GROUPS.filter((g) => g.kind === "province").flatMap((g) => g.terms);
    for (const city of ["北京", "上海", "天津", "重庆"]) expect(provinceTerms).not.toContain(city);
  });
});

describe("toMeiliSynonyms", () => {
  it("produces lowercase, trimmed keys and values that never map a term to itself", () => {
    for (const [key, values] of Object.entries(SYN)) {
      expect(key).toBe(key.toLowerCase());
      expect(key).toBe(key.trim());
      expect(values.length).toBeGreaterThan(0);
      expect(values).not.toContain(key);
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value).toBe(normaliseTerm(value));
    }
  });

  it("makes mutual groups symmetric and complete", () => {
    const out = toMeiliSynonyms([{ kind: "job_family", terms: ["运维", "DevOps", "SRE"], mutual: true }]);
    expect(out).toEqual({
      运维: ["devops", "sre"],
      devops: ["运维", "sre"],
      sre: ["运维", "devops"],
    });
  });

  it("maps a one-way group from its first term only", () => {
    const out = toMeiliSynonyms([{ kind: "region", terms: ["北上广", "北京", "上海", "广州"], mutual: false }]);
    expect(out).toEqual({ 北上广: ["北京", "上海", "广州"] });
  });

  it("normalises full-width and case, and skips groups too small to mean anything", () => {
    const out = toMeiliSynonyms([
      { kind: "job_family", terms: ["ＡＩ", "人工智能"], mutual: true },
      { kind: "job_family", terms: ["孤单"], mutual: true },
      { kind: "job_family", terms: ["Ab", "ab"], mutual: true },
    ]);
    expect(out).toEqual({ ai: ["人工智能"], 人工智能: ["ai"] });
  });

  it("merges a key defined by two groups (and validation reports it)", () => {
    const groups: SynonymGroup[] = [
      { kind: "city", terms: ["长沙", "Changsha"], mutual: true },
      { kind: "region", terms: ["长沙", "星城"], mutual: false },
    ];
    expect(toMeiliSynonyms(groups)["长沙"]).toEqual(["changsha", "星城"]);
    expect(validateSynonymGroups(groups).map((p) => p.code)).toEqual(["key_in_several_groups"]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(toMeiliSynonyms(SYNONYM_GROUPS))).toBe(JSON.stringify(SYN));
  });
});

describe("validateSynonymGroups", () => {
  it("reports groups with fewer than two terms", () => {
    const problems = validateSynonymGroups([{ kind: "city", terms: ["杭州"], mutual: true }]);
    expect(problems).toEqual([expect.objectContaining({ code: "too_few_terms", group: 0 })]);
  });

  it("reports empty and whitespace-only terms", () => {
    const problems = validateSynonymGroups([{ kind: "city", terms: ["杭州", "", "  ", "Hangzhou"], mutual: true }]);
    expect(problems.map((p) => p.code)).toEqual(["empty_term", "empty_term"]);
  });

  it("reports leading or trailing space", () => {
    const problems = validateSynonymGroups([{ kind: "city", terms: ["杭州 ", "\tHangzhou"], mutual: true }]);
    expect(problems.map((p) => [p.code, p.term])).toEqual([
      ["untrimmed_term", "杭州 "],
      ["untrimmed_term", "\tHangzhou"],
    ]);
  });

  it("reports duplicates within a group, case- and width-insensitively", () => {
    const problems = validateSynonymGroups([
      { kind: "job_family", terms: ["AI", "人工智能", "ai", "ＡＩ"], mutual: true },
    ]);
    expect(problems.map((p) => [p.code, p.term])).toEqual([
      ["duplicate_in_group", "ai"],
      ["duplicate_in_group", "ＡＩ"],
    ]);
  });

  it("reports a term that is a key in two groups of different meaning", () => {
    const problems = validateSynonymGroups([
      { kind: "city", terms: ["深", "深圳"], mutual: false },
      { kind: "job_family", terms: ["深", "深度学习"], mutual: false },
      { kind: "job_family", terms: ["PM", "产品经理"], mutual: true },
      { kind: "job_family", terms: ["pm", "项目经理"], mutual: true },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "key_in_several_groups", term: "深", group: 1, otherGroup: 0 }),
      expect.objectContaining({ code: "key_in_several_groups", term: "pm", group: 3, otherGroup: 2 }),
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  });

  it("allows the same expansion in several one-way groups and alongside its own mutual group", () => {
    const problems = validateSynonymGroups([
      { kind: "city", terms: ["上海", "Shanghai"], mutual: true },
      { kind: "region", terms: ["北上广", "北京", "上海", "广州"], mutual: false },
      { kind: "region", terms: ["江浙沪", "江苏", "浙江", "上海"], mutual: false },
    ]);
    expect(problems).toEqual([]);
  });
});
