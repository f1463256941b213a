/**
 * Search synonyms, kept as data.
 *
 * Meilisearch already segments Chinese (软件 finds 软件开发工程师), so synonyms are for what
 * segmentation cannot know: abbreviations (哈工程, 北上广), English and Chinese names of the
 * same thing (前端 / frontend), and province names with and without their suffix (江苏 / 江苏省,
 * since work locations are stored with GB/T 2260 names such as "江苏省").
 *
 * A group is either
 * - `mutual: true`: every term means every other term (哈工程 ↔ 哈尔滨工程大学), or
 * - `mutual: false`: a one-way expansion. `terms[0]` is the abbreviation and the rest are what it
 *   stands for (北上广 → 北京, 上海, 广州). Searching 北京 does not find a posting that says 北上广
 *   (none does), and, more importantly, searching 上海交通大学 does not find every posting that
 *   says "上交材料".
 *
 * Choices, term by term:
 * - Single-character abbreviations are one-way at most, never mutual: a mutual 深 ↔ 深圳 would make
 *   a search for 深圳 match any text segmented with a lone 深. 京, 沪, 穗 and 蓉 are included one-way
 *   (unambiguous, and a lone 沪 is plainly a place). 深 (资深, 深入), 宁 (also the abbreviation of
 *   宁夏, and part of 宁波/辽宁), 汉 (汉语言文学 while typing "汉"), 苏 and the other one-character
 *   province abbreviations (鲁, 豫, 鄂, ...) are left out: the noise outweighs the few users who
 *   type them.
 * - Ambiguous abbreviations are one-way: 上交 (also "hand in"), 字节 (also "byte"), PM (also
 *   "project manager", "2 PM").
 * - English terms are written in natural case here; {@link toMeiliSynonyms} lowercases them, which
 *   is what the engine matches against.
 * - A term may be a *key* (a mutual term or a one-way abbreviation) in one group only; it may be an
 *   expansion in any number of one-way groups (上海 in 北上广, 江浙沪, 长三角). See
 *   {@link validateSynonymGroups}.
 */

export const SYNONYM_KINDS = ["job_family", "degree", "city", "province", "region", "university", "company"] as const;
export type SynonymKind = (typeof SYNONYM_KINDS)[number];

export interface SynonymGroup {
  readonly kind: SynonymKind;
  readonly terms: readonly string[];
  /** true: all terms are equivalent. false: terms[0] → terms.slice(1), one way. */
  readonly mutual: boolean;
}

const mutual = (kind: SynonymKind, ...terms: string[]): SynonymGroup => ({ kind, terms, mutual: true });
const oneWay = (kind: SynonymKind, abbreviation: string, ...expansions: string[]): SynonymGroup => ({
  kind,
  terms: [abbreviation, ...expansions],
  mutual: false,
});

/** Provinces and autonomous regions other than the four municipalities: full GB/T 2260 name → short name. */
const PROVINCE_NAMES: ReadonlyArray<readonly [full: string, short: string]> = [
  ["河北省", "河北"],
  ["山西省", "山西"],
  ["内蒙古自治区", "内蒙古"],
  ["辽宁省", "辽宁"],
  ["吉林省", "吉林"],
  ["黑龙江省", "黑龙江"],
  ["江苏省", "江苏"],
  ["浙江省", "浙江"],
  ["安徽省", "安徽"],
  ["福建省", "福建"],
  ["江西省", "江西"],
  ["山东省", "山东"],
  ["河南省", "河南"],
  ["湖北省", "湖北"],
  ["湖南省", "湖南"],
  ["广东省", "广东"],
  ["广西壮族自治区", "广西"],
  ["海南省", "海南"],
  ["四川省", "四川"],
  ["贵州省", "贵州"],
  ["云南省", "云南"],
  ["西藏自治区", "西藏"],
  ["陕西省", "陕西"],
  ["甘肃省", "甘肃"],
  ["青海省", "青海"],
  ["宁夏回族自治区", "宁夏"],
  ["新疆维吾尔自治区", "新疆"],
];

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Job families.
  mutual("job_family", "前端", "Web前端", "前端开发", "frontend", "front-end"),
  mutual("job_family", "后端", "服务端", "后端开发", "服务器端", "backend", "back-end"),
  mutual("job_family", "算法", "AI", "人工智能", "机器学习", "algorithm", "machine learning"),
  mutual("job_family", "测试", "软件测试", "QA"),
  mutual("job_family", "产品经理", "product manager"),
  oneWay("job_family", "PM", "产品经理", "product manager"),
  mutual("job_family", "运维", "DevOps", "SRE"),
  mutual("job_family", "嵌入式", "embedded"),
  mutual("job_family", "数据分析", "数据分析师", "data analyst"),
  mutual("job_family", "会计", "财务", "accounting"),
  mutual("job_family", "教师", "老师", "teacher"),
  mutual("job_family", "销售", "sales"),
  mutual("job_family", "人力资源", "HR"),

  // Degrees.
  mutual("degree", "本科", "学士", "bachelor"),
  mutual("degree", "硕士", "研究生", "master"),
  mutual("degree", "博士", "PhD", "doctor"),
  mutual("degree", "专科", "大专", "associate"),

  // Cities (the four municipalities carry their 市 form here, not under provinces).
  mutual("city", "北京", "北京市", "Beijing"),
  oneWay("city", "京", "北京", "Beijing"),
  mutual("city", "上海", "上海市", "Shanghai"),
  oneWay("city", "沪", "上海", "Shanghai"),
  mutual("city", "天津", "天津市", "Tianjin"),
  mutual("city", "重庆", "重庆市", "Chongqing"),
  mutual("city", "广州", "Guangzhou"),
  oneWay("city", "穗", "广州", "Guangzhou"),
  mutual("city", "深圳", "Shenzhen"),
  mutual("city", "杭州", "Hangzhou"),
  mutual("city", "成都", "Chengdu"),
  oneWay("city", "蓉", "成都", "Chengdu"),
  mutual("city", "南京", "Nanjing"),
  mutual("city", "武汉", "Wuhan"),
  mutual("city", "西安", "Xian"),
  mutual("city", "苏州", "Suzhou"),
  mutual("city", "哈尔滨", "Harbin"),

  // Several places at once (one-way: the abbreviation stands for all of them).
  oneWay("region", "北上广", "北京", "上海", "广州"),
  oneWay("region", "北上广深", "北京", "上海", "广州", "深圳"),
  oneWay("region", "江浙沪", "江苏", "浙江", "上海"),
  oneWay("region", "京津冀", "北京", "天津", "河北"),
  oneWay("region", "珠三角", "广州", "深圳", "珠海", "佛山", "东莞", "中山", "惠州", "江门", "肇庆"),
  oneWay("region", "长三角", "上海", "江苏", "浙江", "安徽"),
  oneWay("region", "大湾区", "香港", "澳门", "广州", "深圳", "珠海", "佛山", "东莞", "中山", "惠州", "江门", "肇庆"),
  oneWay("region", "成渝", "成都", "重庆"),

  // Provinces: short ↔ full name; 内蒙 is a common shortening of 内蒙古.
  ...PROVINCE_NAMES.map(([full, short]) => mutual("province", short, full)),
  oneWay("province", "内蒙", "内蒙古", "内蒙古自治区"),

  // Universities.
  mutual("university", "哈工程", "哈尔滨工程大学"),
  mutual("university", "哈工大", "哈尔滨工业大学"),
  mutual("university", "北大", "北京大学"),
  mutual("university", "清华", "清华大学"),
  mutual("university", "复旦", "复旦大学"),
  oneWay("university", "上交", "上海交通大学"),
  mutual("university", "浙大", "浙江大学"),
  mutual("university", "华科", "华中科技大学"),
  mutual("university", "西电", "西安电子科技大学"),
  mutual("university", "北邮", "北京邮电大学"),
  mutual("university", "中科大", "中国科学技术大学"),

  // Companies.
  mutual("company", "中石油", "中国石油", "PetroChina"),
  mutual("company", "中石化", "中国石化", "Sinopec"),
  mutual("company", "国网", "国家电网", "State Grid"),
  mutual("company", "工行", "工商银行", "中国工商银行", "ICBC"),
  mutual("company", "建行", "建设银行", "中国建设银行", "CCB"),
  mutual("company", "农行", "农业银行", "中国农业银行"),
  mutual("company", "中行", "中国银行"),
  mutual("company", "华为", "Huawei"),
  mutual("company", "腾讯", "Tencent"),
  mutual("company", "阿里", "阿里巴巴", "Alibaba"),
  mutual("company", "字节跳动", "ByteDance"),
  oneWay("company", "字节", "字节跳动", "ByteDance"),
];

/** How the engine compares terms: NFKC (full-width → half-width), lower case, trimmed. */
export function normaliseTerm(term: string): string {
  return term.normalize("NFKC").trim().toLowerCase();
}

/**
 * Meilisearch's `synonyms` setting. Mutual groups map every term to all the others; one-way groups
 * map the abbreviation to its expansions. Keys and values are normalised ({@link normaliseTerm});
 * a key that several groups define gets the union of their values (validation reports that case).
 * Keys keep the order of the data, so the output is deterministic.
 */
export function toMeiliSynonyms(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, values: string[]) => {
    const list = out.get(key) ?? [];
    for (const value of values) if (value !== key && !list.includes(value)) list.push(value);
    if (list.length > 0) out.set(key, list);
  };
  for (const group of groups) {
    const terms = unique(group.terms.map(normaliseTerm).filter((t) => t.length > 0));
    if (terms.length < 2) continue;
    if (group.mutual) for (const term of terms) add(term, terms);
    else add(terms[0], terms.slice(1));
  }
  return Object.fromEntries(out);
}

export type SynonymProblemCode =
  "too_few_terms" | "empty_term" | "untrimmed_term" | "duplicate_in_group" | "key_in_several_groups";

export interface SynonymProblem {
  readonly code: SynonymProblemCode;
  /** Index of the group in the array given. */
  readonly group: number;
  readonly term?: string;
  /** For `key_in_several_groups`: the earlier group that also defines this key. */
  readonly otherGroup?: number;
  readonly message: string;
}

/**
 * Problems in the data, for a unit test to assert there are none:
 * - a group with fewer than two terms, an empty term, a term with leading or trailing space;
 * - the same term twice in a group (after normalisation, so "AI" and "ai" collide);
 * - a term that is a key in two groups (e.g. 北京 as both a city and a province): its meaning would
 *   silently become the union of both. Being an expansion in several one-way groups is fine.
 */
export function validateSynonymGroups(groups: readonly SynonymGroup[]): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const keyOwner = new Map<string, number>();
  groups.forEach((group, index) => {
    if (group.terms.length < 2) {
      problems.push({
        code: "too_few_terms",
        group: index,
        message: `group ${index} (${group.kind}) needs at least two terms`,
      });
    }
    const seen = new Set<string>();
    group.terms.forEach((term, position) => {
      if (term.trim().length === 0) {
        problems.push({
          code: "empty_term",
          group: index,
          term,
          message: `group ${index} (${group.kind}) has an empty term`,
        });
        return;
      }
      if (term !== term.trim()) {
        problems.push({
          code: "untrimmed_term",
          group: index,
          term,
          message: `group ${index}: "${term}" has leading or trailing space`,
        });
      }
      const normal = normaliseTerm(term);
      if (seen.has(normal)) {
        problems.push({
          code: "duplicate_in_group",
          group: index,
          term,
          message: `group ${index}: "${term}" appears twice`,
        });
        return;
      }
      seen.add(normal);
      const isKey = group.mutual || position === 0;
      if (!isKey) return;
      const owner = keyOwner.get(normal);
      if (owner === undefined) keyOwner.set(normal, index);
      else {
        problems.push({
          code: "key_in_several_groups",
          group: index,
          otherGroup: owner,
          term,
          message: `"${term}" is a key in group ${owner} (${groups[owner].kind}) and group ${index} (${group.kind})`,
        });
      }
    });
  });
  return problems;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
