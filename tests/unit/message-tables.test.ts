import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES } from "../../app/i18n/messages";

describe("message tables", () => {
  it("define each key in one domain only, so no table silently replaces another's text", () => {
    const owners = new Map<string, string[]>();
    for (const [table, entries] of Object.entries(MESSAGE_TABLES))
      for (const key of Object.keys(entries)) owners.set(key, [...(owners.get(key) ?? []), table]);
    const shared = [...owners].filter(([, tables]) => tables.length > 1).map(([key, tables]) => `${key}: ${tables}`);
    expect(shared).toEqual([]);
  });
});
