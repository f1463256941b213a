import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, messages } from "../../app/i18n/messages";

describe("message tables", () => {
  it("define each key in one domain only, so no table silently replaces another's text", () => {
    const owners = new Map<string, string[]>();
    for (const [table, entries] of Object.entries(MESSAGE_TABLES))
      for (const key of Object.keys(entries)) owners.set(key, [...(owners.get(key) ?? []), table]);
    const shared = [...owners].filter(([, tables]) => tables.length > 1).map(([key, tables]) => `${key}: ${tables}`);
    expect(shared).toEqual([]);
  });
});

describe("words on pages and in mail", () => {
  it("never send a reader to the source code (issue 15: '见 app/reports/minimum-wage.ts' on the staff dashboard)", () => {
    const developerNotes = Object.entries(messages)
      .flatMap(([key, text]) => [`${key} ${text.zh}`, `${key} ${text.en}`])
      .filter((line) => /\b(?:app|db|seed|scripts|emails|vocabulary)\/[\w./-]+|\b[\w-]+\.(?:tsx?|js|sql)\b/.test(line));
    expect(developerNotes).toEqual([]);
  });
});
