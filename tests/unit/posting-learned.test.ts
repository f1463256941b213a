/**
 * The learned layer of the posting checks (decision 033): a per-rule linear model over a sentence's
 * n-grams, asked only where the rules are silent. The first block trains a tiny model on a fixture (so
 * it tests the scorer, not the shipped weights); the second uses the shipped model
 * (vocabulary/vetting-learned.json) on wordings written for this test, not taken from any corpus set.
 */
import { describe, expect, it } from "vitest";
import {
  checkPosting,
  checkPostingRules,
  checkPostingWith,
  type PostingFlag,
  type PostingInput,
} from "../../app/postings/checks";
import { compileModel, featureText, parseFeature, sentenceSpans, unitsOf } from "../../app/postings/learned";
import { DEFAULT_OPTIONS, prepare, train, type TrainItem } from "../../scripts/learned-training";

const posting = (description: string, title = "市场专员"): PostingInput => ({
  title,
  description,
  salaryMin: 6000,
  salaryMax: 9000,
});

const learned = (flags: readonly PostingFlag[]): PostingFlag[] =>
  flags.filter((f) => f.message.zh.startsWith("与已知的"));

/** A fixture: a made-up scheme ("积分裂变", rebates on a "下级" tree) the rules do not know, and clean posts. */
const FIXTURE: TrainItem[] = [
  ["积分裂变模式，下级再拉下级，积分层层返给你。", ["fraud.pyramid"]],
  ["加入后开通账户，你的下级每消费一笔，积分按层返还。", ["fraud.pyramid"]],
  ["推荐朋友成为下级，下级的下级消费你也返积分。", ["fraud.pyramid"]],
  ["裂变越多积分越多，下级层层返利。", ["fraud.pyramid"]],
  ["负责门店会员积分的统计与核对。", []],
  ["协助经理维护客户关系，完成月度销售目标。", []],
  ["我们不搞积分裂变，也没有下级返利。", []],
  ["负责公众号内容运营，策划线上活动。", []],
  ["整理销售数据，制作周报。", []],
  ["参与新品推广，跟进渠道合作。", []],
].map(([description, labels], k) => ({
  id: `fixture-${k}`,
  set: k % 2 === 0 ? "a" : "b",
  title: "市场专员",
  description: description as string,
  salaryMin: 6000,
  salaryMax: 9000,
  labels: labels as string[],
}));

const FIXTURE_OPTIONS = { ...DEFAULT_OPTIONS, rules: ["fraud.pyramid"] as const, minDf: 1, prune: 0 };

function fixtureModel(threshold: number) {
  const prep = prepare(FIXTURE, FIXTURE_OPTIONS.rules);
  const data = train(prep, () => true, FIXTURE_OPTIONS);
  return compileModel({ ...data, rules: data.rules.map((r) => ({ ...r, threshold })) });
}

describe("learned layer: the scorer, on a model trained on a fixture", () => {
  it("training is deterministic: the same items give the same file", () => {
    const once = JSON.stringify(train(prepare(FIXTURE, FIXTURE_OPTIONS.rules), () => true, FIXTURE_OPTIONS));
    const twice = JSON.stringify(train(prepare(FIXTURE, FIXTURE_OPTIONS.rules), () => true, FIXTURE_OPTIONS));
    expect(twice).toBe(once);
    // …and it learned something: the scheme's words weigh for the rule.
    const weights = (JSON.parse(once) as { rules: Array<{ weights: Record<string, number> }> }).rules[0]?.weights ?? {};
    expect(weights["下级"]).toBeGreaterThan(0);
  });

  it("flags the scheme in a sentence worded differently, quoting the words that weighed most", () => {
    const model = fixtureModel(0);
    const input = posting("工作轻松。你的下级再带来下级，积分一层层返到你的账户。");
    expect(checkPostingRules(input).map((f) => f.rule)).not.toContain("fraud.pyramid");
    const flags = learned(checkPostingWith(input, model));
    expect(flags.map((f) => f.rule)).toEqual(["fraud.pyramid"]);
    expect(flags[0]?.severity).toBe("warn");
    expect(flags[0]?.excerpt).toContain("下级");
    expect(flags[0]?.message.zh).toMatch(/^与已知的「疑似传销」招聘相似：.*下级/u);
    expect(flags[0]?.message.en).toContain("Similar to known postings flagged for suspected pyramid scheme");
  });

  it("a negated sentence shares no feature with the scheme: not flagged", () => {
    const model = fixtureModel(0);
    expect(learned(checkPostingWith(posting("本岗位没有下级返积分这回事，也不用发展下级。"), model))).toEqual([]);
    expect(learned(checkPostingWith(posting("负责会员积分的核对与报表。"), model))).toEqual([]);
  });

  it("below the threshold nothing is flagged, and no model means the rules alone", () => {
    const input = posting("你的下级再带来下级，积分一层层返到你的账户。");
    expect(learned(checkPostingWith(input, fixtureModel(1e6)))).toEqual([]);
    expect(checkPostingWith(input, null)).toEqual(checkPostingRules(input));
  });

  it("features round-trip between the data file's text and unit ids", () => {
    const words = new Map<string, number>();
    const wordId = (w: string) => words.get(w) ?? words.set(w, 0x200000 + words.size).get(w) ?? -1;
    const text = "不收取任何费用, no fee; 入职交300元";
    for (const [s, e] of sentenceSpans(text)) {
      const { ids } = unitsOf(text, s, e, wordId);
      const units = ids.filter((id) => id >= 0);
      const written = featureText(units, [...words.keys()]);
      expect(parseFeature(written, wordId)).toEqual(units);
    }
    // A word after a negator is a feature of its own; a number is its count of digits.
    expect(featureText(unitsOf("不收取", 0, 3, wordId).ids, [])).toBe("不¬收¬取");
    expect(featureText(unitsOf("交300元", 0, 5, wordId).ids, [])).toBe("交#3元");
  });
});

describe("learned layer: the shipped model", () => {
  it("adds a flag only where the rules are silent for that rule (one flag per rule)", () => {
    const input = posting("拉人头发展下线，入会后发展自己的团队，团队业绩按级别返佣。");
    const flags = checkPosting(input);
    expect(flags.filter((f) => f.rule === "fraud.pyramid")).toHaveLength(1);
    expect(learned(flags).map((f) => f.rule)).not.toContain("fraud.pyramid");
  });

  it("never blocks on its own: every learned flag is a warning", () => {
    for (const text of [
      "入会后发展自己的团队，团队业绩按级别返佣。",
      "Bring your friends in as members; you earn on what every level below you sells.",
    ]) {
      for (const f of learned(checkPosting(posting(text)))) expect(f.severity).toBe("warn");
    }
  });

  it("flags pyramid wording the rules do not know", () => {
    const input = posting("入会后发展自己的团队，团队业绩按级别返佣。");
    expect(checkPostingRules(input).map((f) => f.rule)).not.toContain("fraud.pyramid");
    expect(learned(checkPosting(input)).map((f) => f.rule)).toContain("fraud.pyramid");
  });

  it.each([
    "我们不收取任何费用，培训免费。",
    "不限男女，不限户籍，欢迎应届生。",
    "本岗位不需要发展下线，也不需要拉人。",
    "负责会员积分体系和团队业绩报表的统计分析。",
    "We never ask applicants to pay any fee.",
    "Lead a team of five sales reps and grow the regional channel.",
    "公司统一缴纳五险一金，入职体检费用由公司承担。",
  ])("leaves negated and near-miss clean sentences alone: %s", (text) => {
    expect(checkPosting(posting(text))).toEqual([]);
  });

  it("flags pay far out of line with the title where the rules are silent, naming the usual pay", () => {
    const input = { title: "仓库管理员", description: "负责出入库登记和盘点。", salaryMin: 60000, salaryMax: 90000 };
    expect(checkPostingRules(input).map((f) => f.rule)).not.toContain("salary.implausible");
    const flag = checkPosting(input).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("warn");
    expect(flag?.field).toBe("salary");
    expect(flag?.message.zh).toMatch(/同类岗位（仓库管理员）月薪通常约\d+元，明显偏高/u);
  });

  it.each([
    ["高级算法工程师", 60000, 90000],
    ["店长", 2000, 2400],
    ["市场专员", 1600, 1900],
  ])("leaves a senior band and a modest employer alone: %s %i–%i", (title, min, max) => {
    const flags = checkPosting({ title, description: "负责日常工作。", salaryMin: min, salaryMax: max });
    expect(flags.map((f) => f.rule)).not.toContain("salary.implausible");
  });
});
