import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import type * as ReactRouter from "react-router";
import { describe, expect, it } from "vitest";

// scripts/postinstall.cjs keeps the matched routes' path names per matches array in the production
// build of React Router that the server loads (decision 034). Tests run with NODE_ENV=test, so the
// production file is loaded by path; the development build beside it is not edited and is the reference.
const require = createRequire(import.meta.url);
const umd = path.join(path.dirname(require.resolve("react-router/package.json")), "dist/umd");
const productionFile = path.join(umd, "react-router.production.min.js");
const edited = require(productionFile) as typeof ReactRouter;
const reference = require(path.join(umd, "react-router.development.js")) as typeof ReactRouter;

const TARGETS = [
  "/jobs",
  "/staff/graduates/42",
  "detail",
  "./detail",
  "..",
  "../..",
  "../sibling?x=1#top",
  ".",
  "",
  "?page=2",
  "#results",
  { pathname: "../other", search: "?q=工程师" },
  { search: "?sort=salary" },
] as const;

/** Every target resolved and turned into an href, by a link inside each route of a nested tree. */
function page(router: typeof ReactRouter, url: string): ReactElement {
  const { Router, Routes, Route, Outlet, createPath, useHref, useResolvedPath } = router;
  // A static router, as on the server (a memory router's layout effect warns under renderToString).
  const navigator = {
    createHref: (to: string | Partial<ReactRouter.Path>) => (typeof to === "string" ? to : createPath(to)),
    go() {},
    push() {},
    replace() {},
  };
  function Links({ name }: { name: string }) {
    const rows = TARGETS.flatMap((to) =>
      (["route", "path"] as const).map((relative) => {
        const resolved = useResolvedPath(to, { relative });
        const href = useHref(to, { relative });
        return `${name} ${JSON.stringify(to)} ${relative}: ${JSON.stringify(resolved)} ${href}`;
      }),
    );
    return h("div", null, h("pre", null, rows.join("\n")), h(Outlet));
  }
  return h(
    Router,
    { location: url, navigator, static: true },
    h(
      Routes,
      null,
      h(
        Route,
        { path: "/", element: h(Links, { name: "root" }) },
        h(
          Route,
          { path: "staff", element: h(Links, { name: "staff" }) },
          h(
            Route,
            { path: "graduates/:id", element: h(Links, { name: "graduate" }) },
            h(Route, { path: "*", element: h(Links, { name: "splat" }) }),
          ),
          h(Route, { index: true, element: h(Links, { name: "index" }) }),
        ),
      ),
    ),
  );
}

describe("React Router's route path names memo (postinstall)", () => {
  it("is applied to the server's build by npm install", () => {
    expect(readFileSync(productionFile, "utf8")).toContain("jiuye: route path names memo");
  });

  it("resolves every kind of link target as the unedited build does, in nested, index and splat routes", () => {
    for (const url of ["/", "/staff", "/staff/graduates/42", "/staff/graduates/42/notes/7?tab=1#a"]) {
      const expected = renderToString(page(reference, url));
      expect(expected.split("\n").length).toBeGreaterThan(TARGETS.length);
      // Twice: the second render reads what the first one kept.
      expect(renderToString(page(edited, url)), url).toBe(expected);
      expect(renderToString(page(edited, url)), url).toBe(expected);
    }
  });
});
