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

/** A posting titled, described and with requirements as given, paid 6,000–9,000: the discrimination rounds' frame. */
export function postingRules(title: string, description: string, requirements: string): PostingRuleId[] {
  return checkPosting({ title, description, requirements, salaryMin: 6000, salaryMax: 9000 }).map((f) => f.rule);
}

/** Whole postings as [title, description, requirements], paid 6,000–9,000, each flagged for `rule`. */
export function flaggedPostings(rule: PostingRuleId, postings: readonly (readonly [string, string, string])[]) {
  for (const [title, description, requirements] of postings) {
    it(`flags ${rule}: ${title} / ${description} / ${requirements}`, () => {
      expect(postingRules(title, description, requirements)).toContain(rule);
    });
  }
}

export function cleanPostings(rule: PostingRuleId, postings: readonly (readonly [string, string, string])[]) {
  for (const [title, description, requirements] of postings) {
    it(`does not flag ${rule}: ${title} / ${description} / ${requirements}`, () => {
      expect(postingRules(title, description, requirements)).not.toContain(rule);
    });
  }
}

/** Each sentence in the description of a plain posting whose requirements name no attribute. */
export function flaggedInDescription(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`flags ${rule} in a description: ${text}`, () => {
      expect(postingRules("岗位招聘 Job opening", text, "本科及以上学历。Bachelor's degree.")).toContain(rule);
    });
  }
}

export function cleanInDescription(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`does not flag ${rule} in a description: ${text}`, () => {
      expect(postingRules("岗位招聘 Job opening", text, "本科及以上学历。Bachelor's degree.")).not.toContain(rule);
    });
  }
}

/** The case as the whole description (title 招聘, no requirements, pay 5,000–8,000 unless the frame says): the money rounds' frame. */
export function descriptionRules(text: string, frame: PostingFrame = {}): PostingRuleId[] {
  return checkPosting({
    title: frame.title ?? "招聘",
    description: text,
    requirements: "",
    salaryMin: frame.min === undefined ? 5000 : frame.min,
    salaryMax: frame.max === undefined ? 8000 : frame.max,
  }).map((f) => f.rule);
}

export function flaggedDescriptions(rule: PostingRuleId, texts: readonly string[], frame: PostingFrame = {}) {
  it.each(texts)(`flags ${rule}: %s`, (text) => expect(descriptionRules(text, frame)).toContain(rule));
}

export function cleanDescriptions(rule: PostingRuleId, texts: readonly string[], frame: PostingFrame = {}) {
  it.each(texts)(`does not flag ${rule}: %s`, (text) => expect(descriptionRules(text, frame)).not.toContain(rule));
}

/** A frame for a posting that gives no pay. */
export const NO_PAY = { min: null, max: null } as const;
