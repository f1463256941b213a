import { describe, expect, it } from "vitest";
import { flagLabel, POSTING_RULE_IDS } from "../../app/postings/checks";

describe("vetting flag labels", () => {
  it("name every rule of the queue and its filter in words, never by its code", () => {
    for (const rule of [...POSTING_RULE_IDS, "employer.unverified", "employer.suspended", "duplicate"]) {
      const label = flagLabel(rule);
      expect(label.zh, rule).not.toBe(rule);
      expect(label.en, rule).not.toBe(rule);
      expect(label.zh, rule).not.toMatch(/^[a-z._]+$/);
    }
    expect(flagLabel("employer.unverified").zh).toBe("单位尚未通过审核");
  });
});
