import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../app/i18n/messages";

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
});
