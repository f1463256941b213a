import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 10, item 11: a route once answered with `String(error.message)`, which carried a driver's
 * text (query, parameters) to the reader. Routes answer refusals by message key (decision 009);
 * a caught error's own text never goes into an answer. zod issues (`issue.message`) are message
 * keys and stay allowed.
 */
describe("route modules", () => {
  it("never put a caught error's message into an answer", () => {
    const root = path.join(__dirname, "../../app/routes");
    const offenders = readdirSync(root)
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) =>
        /\b(?:error|err|e|cause)\.message\b|String\((?:error|err|e)\)/.test(
          readFileSync(path.join(root, file), "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
