import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What the browser downloads must hold no server code: a component that imports a value from a
 * database schema or a *.server module pulls drizzle's table builders (or worse) into every page
 * that uses it. Reads the build that `npm test` makes before running the tests.
 */
const BUILD = path.join(__dirname, "../../public/build");
const SERVER_MARKERS = [
  /drizzle-orm/,
  /\bpgTable\b/,
  /nodemailer/,
  /@electric-sql\/pglite/,
  /argon2/,
  /meilisearch-linux/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".js") ? [full] : [];
  });
}

describe("the browser bundle", () => {
  it("contains no server code", () => {
    const scripts = files(BUILD);
    expect(scripts.length).toBeGreaterThan(20);
    const offenders = scripts.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return SERVER_MARKERS.filter((marker) => marker.test(text)).map(
        (marker) => `${path.relative(BUILD, file)}: ${marker}`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
