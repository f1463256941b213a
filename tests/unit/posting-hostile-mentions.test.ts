/**
 * vet-hostile (docs/decisions/037-checker-speed.md, addendum "vet-hostile"): a field that repeats one protected word, a
 * refused fee or a mother word up to the form's 5,000-character limit. The checker remembers a mention's verdict for
 * mentions read alike (the same characters around them); these cases pin the output on such fields — the repeats alone
 * are clean, and one restriction among them, at the end or in the middle, is still found with its rule, field and words.
 * (Their speed is bench/checks.ts's hostile rows; no timing is asserted here.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkPosting, type PostingFlag } from "../../app/postings/checks";

/** `unit` repeated and cut to `length` characters. */
const run = (unit: string, length = 5000): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const check = (description: string, requirements: string): PostingFlag[] =>
  checkPosting({ title: "岗位招聘", description, requirements, salaryMin: 5000, salaryMax: 8000 });

/** Rule, field and offending words of each flag. */
const shown = (flags: readonly PostingFlag[]): Array<[string, string, string | undefined]> =>
  flags.map((f) => [f.rule, f.field, f.words]);

// The first call in a worker builds every pattern's prefilter plan (seconds on a busy machine): not these cases' cost.
beforeAll(() => {
  check("负责门店日常运营。", "熟悉办公软件。");
}, 60_000);

describe("a protected word repeated to the limit is no restriction by itself", () => {
  it("忧郁症 in both long fields (health: a bare mention is no condition)", () => {
    expect(shown(check(run("忧郁症 a"), run("忧郁症 a")))).toEqual([]);
  });
  it("女性, 回族, 宝妈 and Muslim repeated in the description", () => {
    for (const unit of ["女性1", "回族 ", "宝妈 "]) expect(shown(check(run(unit), "熟悉办公软件。"))).toEqual([]);
    expect(shown(check(run("Muslim "), "Good communication skills."))).toEqual([]);
  });
  it("a refused deposit repeated in both long fields", () => {
    expect(shown(check(run("不收押金，"), run("不收押金，")))).toEqual([]);
  });
});

describe("one restriction among the repeats is still flagged, with its rule, field and words", () => {
  it("at the end of the requirements: 忧郁症患者不予录用", () => {
    const flags = check(run("忧郁症 a"), `${run("忧郁症 a", 4980)}。忧郁症患者不予录用。`);
    expect(shown(flags)).toEqual([["discrimination.health", "requirements", "忧郁症"]]);
    expect(flags[0]?.excerpt).toContain("忧郁症患者不予录用");
  });
  it("at the end and in the middle of the description: 仅限女性", () => {
    const atEnd = check(`${run("女性1", 4990)}。仅限女性。`, "熟悉办公软件。");
    expect(shown(atEnd)).toEqual([["discrimination.gender", "description", "女性"]]);
    expect(atEnd[0]?.excerpt).toContain("仅限女性");
    const inMiddle = check(`${run("女性1", 2500)}。仅限女性。${run("女性1", 2490)}`, "熟悉办公软件。");
    expect(shown(inMiddle)).toEqual([["discrimination.gender", "description", "女性"]]);
    expect(inMiddle[0]?.excerpt).toContain("仅限女性");
  });
  it("a mother word refused at the end: both the gender and the marital rule", () => {
    const flags = check(`${run("宝妈 ", 4990)}。宝妈勿扰。`, "熟悉办公软件。");
    expect(shown(flags)).toEqual([
      ["discrimination.gender", "description", "宝妈"],
      ["discrimination.marital", "description", "宝妈"],
    ]);
    for (const flag of flags) expect(flag.excerpt).toContain("宝妈勿扰");
  });
  it("ethnicity and religion, Chinese and English", () => {
    const zh = check(`${run("回族 ", 4990)}。回族勿扰。`, "熟悉办公软件。");
    expect(shown(zh)).toEqual([["discrimination.ethnicity", "description", "回族"]]);
    expect(zh[0]?.excerpt).toContain("回族勿扰");
    const en = check(`${run("Muslim ", 4970)}. Muslims need not apply.`, "Good communication skills.");
    expect(shown(en)).toEqual([["discrimination.religion", "description", "Muslims"]]);
    expect(en[0]?.excerpt).toContain("need not apply");
  });
  it("a deposit charged after a thousand refused ones", () => {
    const flags = check(run("不收押金，"), `${run("不收押金，", 4985)}入职需交押金200元。`);
    expect(shown(flags)).toEqual([["fee", "requirements", "需交押金200元"]]);
    expect(flags[0]?.excerpt).toContain("入职需交押金200元");
  });
});
