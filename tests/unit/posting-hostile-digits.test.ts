/**
 * vet-digitrun (docs/decisions/037-checker-speed.md, addendum "vet-digitrun"): a field that repeats digits, or digit
 * groups with spaces or commas, up to the form's 5,000-character limit in a posting with both pay fields empty. The
 * stated-pay tests read such a run cut to its ends; these cases pin the output: the pay is missing, as on a short field
 * of the same digits, and nothing else is flagged. (Their speed is bench/checks.ts's hostile rows; no timing here.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkPosting, type PostingFlag } from "../../app/postings/checks";

/** `unit` repeated and cut to `length` characters. */
const run = (unit: string, length = 5000): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const check = (description: string, requirements: string, pay: number | null): PostingFlag[] =>
  checkPosting({ title: "岗位招聘", description, requirements, salaryMin: pay, salaryMax: pay && 8000 });

/** Rule and field of each flag. */
const shown = (flags: readonly PostingFlag[]): Array<[string, string]> => flags.map((f) => [f.rule, f.field]);

beforeAll(() => {
  check("负责门店日常运营。", "熟悉办公软件。", 5000);
}, 60_000);

describe("a run of digits repeated to the limit", () => {
  for (const unit of ["50 ", "10", "1", "5O", "1l", "１Ｏ", "5O\n"]) {
    it(`"${unit}" with both pay fields empty: the pay is missing, as on a short field`, () => {
      expect(shown(check(run(unit), run(unit), null))).toEqual([["salary.missing", "salary"]]);
      expect(shown(check(run(unit, 12), run(unit, 12), null))).toEqual([["salary.missing", "salary"]]);
    });
    it(`"${unit}" with the pay set: clean`, () => {
      expect(shown(check(run(unit), run(unit), 5000))).toEqual([]);
    });
  }
});

describe("a figure after or before a long run is still read", () => {
  it("a monthly pay with its currency at the end of a long run states the pay", () => {
    expect(shown(check(`${run("50 ", 3000)}月薪8000元`, "熟悉办公软件。", null))).toEqual([]);
  });
  it("a pay word before a long run", () => {
    expect(shown(check(`月薪8000元 ${run("10", 3000)}`, "熟悉办公软件。", null))).toEqual([]);
  });
});
