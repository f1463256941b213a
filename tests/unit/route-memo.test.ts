import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { AgnosticRouteObject as RouteObject, matchRoutes as MatchRoutes } from "@remix-run/router";

const require = createRequire(import.meta.url);
// The server's (CommonJS) build, the one the postinstall edits; an `import` here may get the ES module build.
const { matchRoutes } = require("@remix-run/router") as { matchRoutes: typeof MatchRoutes };

// scripts/postinstall.cjs memoises React Router's route matching on the server (decision 018).
describe("route matching memo", () => {
  it("is applied to the three server builds by npm install", () => {
    for (const moduleId of ["@remix-run/router", "@remix-run/react/dist/server.js", "react-router-dom/server.js"]) {
      expect(readFileSync(require.resolve(moduleId), "utf8"), moduleId).toContain("jiuye: route memo");
    }
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("jiuye: match memo");
  });

  it("gives every caller its own matches: a changed params object is not seen by the next request", () => {
    const tree: RouteObject[] = [
      {
        id: "root",
        path: "",
        children: [
          { id: "job", path: "jobs/:id" },
          { id: "jobs", path: "jobs" },
        ],
      },
    ];
    const first = matchRoutes(tree, "/jobs/42")!;
    // One params object per answer, shared by its matches (as upstream).
    expect(first[0]!.params).toBe(first[1]!.params);
    first[1]!.params.id = "changed";
    first.pop();
    const second = matchRoutes(tree, "/jobs/42")!;
    expect(second.map((m) => `${m.route.id}${JSON.stringify(m.params)}`)).toEqual([
      'root{"id":"42"}',
      'job{"id":"42"}',
    ]);
    expect(second[0]!.params).toBe(second[1]!.params);
    expect(second[1]!.params).not.toBe(first[0]!.params);
    expect(matchRoutes(tree, "/jobs/43")?.[1]?.params).toEqual({ id: "43" });
    expect(matchRoutes(tree, "/nothing")).toBeNull();
    expect(matchRoutes(tree, "/nothing")).toBeNull();
  });

  it("matches the same routes as before on a tree it has already ranked, and a new tree on its own", () => {
    const tree: RouteObject[] = [
      {
        id: "root",
        path: "",
        children: [
          { id: "jobs", path: "jobs" },
          { id: "job", path: "jobs/:id" },
          { id: "apply", path: "jobs/:id/apply" },
          {
            id: "staff",
            path: "staff",
            children: [
              { id: "staff-index", index: true },
              { id: "graduate", path: "graduates/:graduateId" },
            ],
          },
          { id: "splat", path: "*" },
        ],
      },
    ];
    const ids = (path: string) => matchRoutes(tree, path)?.map((m) => `${m.route.id}${JSON.stringify(m.params)}`);
    // Each path twice: the second answer comes from the memoised branches.
    for (let round = 0; round < 2; round++) {
      expect(ids("/jobs")).toEqual(["root{}", "jobs{}"]);
      expect(ids("/jobs/42")).toEqual(['root{"id":"42"}', 'job{"id":"42"}']);
      expect(ids("/JOBS/42/apply")).toEqual(['root{"id":"42"}', 'apply{"id":"42"}']);
      expect(ids("/staff")).toEqual(["root{}", "staff{}", "staff-index{}"]);
      expect(ids("/staff/graduates/王芳")).toEqual([
        'root{"graduateId":"王芳"}',
        'staff{"graduateId":"王芳"}',
        'graduate{"graduateId":"王芳"}',
      ]);
      expect(ids("/没有这一页")).toEqual(['root{"*":"没有这一页"}', 'splat{"*":"没有这一页"}']);
    }
    // Another tree with the same paths but other ids is ranked on its own, not served from the first.
    const other: RouteObject[] = [{ id: "other-root", path: "", children: [{ id: "other-jobs", path: "jobs" }] }];
    expect(matchRoutes(other, "/jobs")?.map((m) => m.route.id)).toEqual(["other-root", "other-jobs"]);
    expect(matchRoutes(other, "/jobs/42")).toBeNull();
  });
});
