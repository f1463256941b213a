import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settled, watchedPage } from "../support/browser";
import { startJourney, type Journey } from "../support/journey";

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

/**
 * A route module runs its top level in the browser too, where every *.server import is empty: a
 * schema built from a server module's export (`Schema.shape` of undefined) breaks the page for every
 * client-side navigation, while a direct visit still renders on the server. Loads each one.
 */
describe("every route module", () => {
  let journey: Journey;
  const problems: string[] = [];
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.stop(problems);
  });

  it("loads in the browser", async () => {
    // The page's own manifest lists only the routes it has discovered; the build's lists them all.
    const manifestFile = readdirSync(BUILD).find((name) => /^manifest-.*\.js$/.test(name));
    const manifest = JSON.parse(
      readFileSync(path.join(BUILD, manifestFile!), "utf8")
        .replace(/^window\.__remixManifest=/, "")
        .replace(/;$/, ""),
    ) as { routes: Record<string, { module: string }> };
    const modules = Object.entries(manifest.routes).map(([id, route]) => ({ id, module: route.module }));
    expect(modules.length).toBeGreaterThan(50);
    const { context, page } = await watchedPage(journey.browser, problems);
    await page.goto(journey.site.url);
    // Written as a string: vitest rewrites `import()` in this file's code, and the page must run it as is.
    const failed = (await page.evaluate(`(async (list) => {
      const out = [];
      for (const { id, module } of list) {
        try {
          await import(module);
        } catch (error) {
          out.push(id + ": " + String(error));
        }
      }
      return out;
    })(${JSON.stringify(modules)})`)) as string[];
    await context.close();
    expect(failed).toEqual([]);
  });
});

/**
 * A load Remix cancels (a navigation overtaking a revalidation) can leave its response decoder's
 * promise rejected with an AbortError that nobody awaits (turbo-stream 2.4.1); the browser then
 * reports an uncaught error for a cancellation that was intended. The client entry drops exactly
 * those, and nothing else.
 */
describe("the client entry", () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.stop([]);
  });

  it("drops a cancelled load's stray AbortError but still reports any other uncaught rejection", async () => {
    const problems: string[] = [];
    const { context, page } = await watchedPage(journey.browser, problems);
    await page.goto(journey.site.url);
    // The entry has run once Remix's router is there.
    await settled(page);
    await page.evaluate(`(() => {
      const controller = new AbortController();
      controller.abort();
      Promise.reject(controller.signal.reason);
    })()`);
    await page.evaluate(`new Promise((resolve) => setTimeout(resolve, 300))`);
    expect(problems).toEqual([]);
    await page.evaluate(`(() => { Promise.reject(new Error("一个真正的错误")); })()`);
    await expect.poll(() => problems.length).toBe(1);
    expect(problems[0]).toContain("一个真正的错误");
    await context.close();
  });
});
