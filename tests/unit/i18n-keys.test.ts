import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Messages live in several files that are spread into one table, so a key defined twice is
 * silently won by whichever file comes last (a nav label changed that way once). Each key once.
 */
describe("message keys", () => {
  it("are each defined in exactly one place", () => {
    const root = path.join(__dirname, "../../app/i18n");
    const files = ["messages.ts", ...readdirSync(path.join(root, "domains")).map((f) => path.join("domains", f))];
    const where = new Map<string, string[]>();
    for (const file of files) {
      for (const match of readFileSync(path.join(root, file), "utf8").matchAll(/^\s*"([\w.-]+)":\s*\{\s*zh:/gm)) {
        where.set(match[1]!, [...(where.get(match[1]!) ?? []), file]);
      }
    }
    expect(where.size).toBeGreaterThan(500);
    expect([...where].filter(([, places]) => places.length > 1)).toEqual([]);
  });
});
