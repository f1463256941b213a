/**
 * The posting checker's unit cases (tests/unit/posting-*.test.ts): one sentence put in the requirements of an
 * otherwise plain posting, and one `it` per sentence, so a class of wording is a list of sentences that must all
 * be flagged, or all left alone, for one rule.
 */
import { expect, it } from "vitest";
import { checkPosting, type PostingRuleId } from "../../app/postings/checks";

export interface PostingFrame {
  title?: string;
  description?: string;
  /** Monthly pay band; `null` for a posting that gives none (left out: 6,000–9,000). */
  min?: number | null;
  max?: number | null;
}

export function rules(requirements: string, frame: PostingFrame = {}): PostingRuleId[] {
  return checkPosting({
    title: frame.title ?? "岗位招聘",
    description: frame.description ?? "负责日常工作。",
    requirements,
    salaryMin: frame.min === undefined ? 6000 : frame.min,
    salaryMax: frame.max === undefined ? 9000 : frame.max,
  }).map((f) => f.rule);
}

export function flagged(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`flags ${rule}: ${text}`, () => {
      expect(rules(text)).toContain(rule);
    });
  }
}

export function clean(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`does not flag ${rule}: ${text}`, () => {
      expect(rules(text)).not.toContain(rule);
    });
  }
}
