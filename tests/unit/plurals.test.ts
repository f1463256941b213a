import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messages, translate } from "../../app/i18n/messages";

/** Params that carry a number: an English word after one must agree with it ("1 posting", "2 postings"). */
const NUMBERS = /^(count|days|total|booths|capacity|online|left|signedUp|hours|minutes|weeks|months|n)$/;
const NOT_NOUNS = new Set(["is", "was", "has", "does"]);

describe("English counts", () => {
  it("say 1 day and 2 days, never 1 days", () => {
    expect(translate("en", "support.daysAgo", { days: 1 })).toBe("1 day ago");
    expect(translate("en", "support.daysAgo", { days: 3 })).toBe("3 days ago");
    expect(translate("en", "programme.countdown.closesIn", { days: 1 })).toBe("1 day left");
    expect(translate("en", "agreement.terms.months", { n: 1 })).toBe("1 month");
    expect(translate("en", "agreement.terms.months", { n: 6 })).toBe("6 months");
    expect(translate("zh-CN", "support.daysAgo", { days: 1 })).toBe("1 天前");
  });

  it("write every English count of a unit with a plural form", () => {
    const dir = "app/i18n/domains";
    const files = [...readdirSync(dir).map((f) => join(dir, f)), "app/i18n/messages.ts"];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/en: "([^"]*)"/g))
        expect(`${file}: ${match[1]}`).not.toMatch(/\{\w+\} (days|hours|minutes|months|weeks|years)\b/);
    }
  });

  it("write every English count of a thing with a plural form: never “1 postings”", () => {
    const offending: string[] = [];
    for (const [key, { en }] of Object.entries(messages as Record<string, { zh: string; en: string }>)) {
      // "{count} postings", "{count} new postings": a number param, up to two words, the last one plural.
      for (const match of en.matchAll(/\{(\w+)\} ((?:[a-z]+ )?([a-z]+s))\b/g)) {
        if (NUMBERS.test(match[1]!) && !NOT_NOUNS.has(match[3]!)) offending.push(`${key}: ${match[0]}`);
      }
    }
    expect(offending).toEqual([]);
    expect(translate("en", "jobs.count", { count: 1 })).toBe("1 posting");
    expect(translate("en", "jobs.count", { count: 2 })).toBe("2 postings");
    expect(translate("en", "todo.staff.postingsWaiting", { count: 1 })).toBe("1 posting waits for review");
    expect(translate("en", "todo.staff.postingsWaiting", { count: 3 })).toBe("3 postings wait for review");
    expect(translate("zh-CN", "jobs.count", { count: 1 })).toBe("共 1 个岗位");
  });

  it("name the posted-within filter without “1 days”", () => {
    expect(translate("en", "search.postedWithin.1d")).toBe("Last day");
    expect(translate("en", "search.postedWithin.7d")).toBe("Last 7 days");
  });
});
