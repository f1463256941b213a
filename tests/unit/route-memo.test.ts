import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { AgnosticRouteObject as RouteObject, matchRoutes as MatchRoutes } from "@remix-run/router";

const require = createRequire(import.meta.url);
// The server's (CommonJS) build, the one the postinstall edits; an `import` here may get the ES module build.
const { matchRoutes, resolveTo } = require("@remix-run/router") as {
  matchRoutes: typeof MatchRoutes;
  resolveTo(
    to: string | { pathname?: string; search?: string; hash?: string },
    routePathnames: string[],
    locationPathname: string,
    isPathRelative?: boolean,
  ): { pathname: string; search: string; hash: string };
};

// scripts/postinstall.cjs memoises React Router's route matching on the server (decision 018).
describe("route matching memo", () => {
  it("is applied to the three server builds by npm install", () => {
    for (const moduleId of ["@remix-run/router", "@remix-run/react/dist/server.js", "react-router-dom/server.js"]) {
      expect(readFileSync(require.resolve(moduleId), "utf8"), moduleId).toContain("jiuye: route memo");
    }
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("jiuye: match memo");
    expect(readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("jiuye: resolve memo");
    expect(readFileSync(require.resolve("react-router-dom/server.js"), "utf8")).toContain("jiuye: location memo");
    expect(readFileSync(require.resolve("@remix-run/server-runtime/dist/entry.js"), "utf8")).toContain(
      "jiuye: entry modules memo",
    );
    expect(readFileSync(require.resolve("@remix-run/react/dist/links.js"), "utf8")).toContain("jiuye: links memo");
    expect(readFileSync(require.resolve("@remix-run/server-runtime/dist/data.js"), "utf8")).toContain(
      "jiuye: loader request",
    );
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
    (first[1]!.params as Record<string, string>).id = "changed";
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

  it("resolves link targets as before, asked again from another route or location, each caller with its own copy", () => {
    for (let round = 0; round < 2; round++) {
      expect(resolveTo("../profile?tab=简历#top", ["/", "/staff"], "/staff/graduates")).toEqual({
        pathname: "/profile",
        search: "?tab=简历",
        hash: "#top",
      });
      expect(resolveTo("42", ["/", "/staff", "/staff/graduates"], "/staff/graduates")).toEqual({
        pathname: "/staff/graduates/42",
        search: "",
        hash: "",
      });
      // The same target from another route resolves against that route.
      expect(resolveTo("42", ["/", "/jobs"], "/jobs")).toEqual({ pathname: "/jobs/42", search: "", hash: "" });
      // relative="path" climbs the URL, the default climbs routes: two answers for one target.
      expect(resolveTo("..", ["/", "/jobs/1/apply"], "/jobs/1/apply", true).pathname).toBe("/jobs/1");
      expect(resolveTo("..", ["/", "/jobs/1/apply"], "/jobs/1/apply").pathname).toBe("/");
      expect(resolveTo({ search: "?page=2" }, ["/", "/staff"], "/staff/graduates")).toEqual({
        pathname: "/staff/graduates",
        search: "?page=2",
        hash: "",
      });
      expect(resolveTo({ pathname: "", search: "?page=2" }, ["/", "/staff"], "/staff/graduates").pathname).toBe(
        "/staff",
      );
      expect(() => resolveTo({ pathname: "a?b" }, ["/"], "/")).toThrow(/Cannot include a '\?'/);
    }
    const first = resolveTo("/jobs", ["/"], "/");
    first.pathname = "/changed";
    expect(resolveTo("/jobs", ["/"], "/").pathname).toBe("/jobs");
  });

  it("resolves every kind of target exactly as the unedited router does", async () => {
    // The ES module build is the same version, untouched by the postinstall.
    const upstream = (await import("@remix-run/router/dist/router.js")) as unknown as { resolveTo: typeof resolveTo };
    const targets = [
      "/",
      "/jobs",
      "/jobs/",
      "/staff/graduates/2f1c0b4e-6d1a-4f53-9a7e-0c3b5d2e1f00",
      "/jobs?q=前端",
      "/jobs#top",
      "/a/./b",
      "/a/../b",
      "/.well-known/x",
      "//evil.example/x",
      "/a//b",
      "https://example.com/x",
      "mailto:someone@example.com",
      "",
      ".",
      "./",
      "..",
      "../../x",
      "profile",
      "profile/",
      "?page=2",
      "#section",
    ];
    const routes = [["/"], ["/", "/staff"], ["/", "/staff", "/staff/graduates"], ["/", "/jobs/1"]];
    const locations = ["/", "/staff/graduates", "/staff/graduates/", "/jobs/1"];
    for (const target of targets)
      for (const routePathnames of routes)
        for (const location of locations)
          for (const relative of [false, true])
            for (let round = 0; round < 2; round++)
              expect(resolveTo(target, routePathnames, location, relative), `${target} ${location}`).toEqual(
                upstream.resolveTo(target, routePathnames, location, relative),
              );
  });

  it("hands a loader the request itself only when Remix's copy would be the same request", async () => {
    const { callRouteLoader } = require("@remix-run/server-runtime/dist/data.js") as {
      callRouteLoader(args: {
        loader: (args: { request: Request }) => unknown;
        request: Request;
        params: Record<string, string>;
        routeId: string;
        singleFetch: boolean;
        loadContext: unknown;
      }): Promise<Request>;
    };
    const seen = async (url: string, method = "GET") => {
      const request = new Request(url, { method });
      const got = await callRouteLoader({
        loader: (args) => args.request,
        request,
        params: {},
        routeId: "routes/jobs._index",
        singleFetch: true,
        loadContext: {},
      });
      return `${got === request ? "same" : "copy"} ${got.method} ${got.url}`;
    };
    expect(await seen("http://localhost/jobs")).toBe("same GET http://localhost/jobs");
    expect(await seen("http://localhost/jobs?q=java&city=%E6%9D%AD%E5%B7%9E")).toBe(
      "same GET http://localhost/jobs?q=java&city=%E6%9D%AD%E5%B7%9E",
    );
    expect(await seen("http://localhost/jobs?q=a+b")).toBe("same GET http://localhost/jobs?q=a+b");
    // Remix's copy writes the query string out again, and takes out `index` and `_routes`.
    expect(await seen("http://localhost/jobs?q=a%20b")).toBe("copy GET http://localhost/jobs?q=a+b");
    expect(await seen("http://localhost/jobs?index&q=1")).toBe("copy GET http://localhost/jobs?q=1");
    expect(await seen("http://localhost/jobs?_routes=root")).toBe("copy GET http://localhost/jobs");
    expect(await seen("http://localhost/jobs?")).toBe("copy GET http://localhost/jobs");
    expect(await seen("http://localhost/jobs", "POST")).toBe("copy POST http://localhost/jobs");
  });

  it("gives a document the same <link> tags as the unedited Remix, per set of matched routes", async () => {
    type Keyed = { key: string; link: Record<string, string> }[];
    type KeyedLinks = (matches: { route: { id: string } }[], modules: unknown, manifest: unknown) => Keyed;
    const { getKeyedLinksForMatches } = require("@remix-run/react/dist/links.js") as {
      getKeyedLinksForMatches: KeyedLinks;
    };
    // @ts-expect-error the ES module build (the browser's, untouched by the postinstall) ships no types
    const upstream = (await import("@remix-run/react/dist/esm/links.js")) as unknown as {
      getKeyedLinksForMatches: KeyedLinks;
    };
    const manifest = {
      routes: {
        root: { id: "root", module: "/build/root.js", imports: ["/build/_shared/a.js"], css: ["/build/app.css"] },
        "routes/talks._index": {
          id: "routes/talks._index",
          module: "/build/talks.js",
          imports: ["/build/_shared/a.js"],
        },
        "routes/jobs._index": { id: "routes/jobs._index", module: "/build/jobs.js" },
      },
    };
    const modules = {
      root: { links: () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }] },
      "routes/talks._index": { links: () => [{ rel: "alternate", href: "/talks/feed.atom", title: "宣讲会" }] },
      "routes/jobs._index": {},
    };
    const on = (...ids: string[]) => ids.map((id) => ({ route: { id } }));
    for (let round = 0; round < 2; round++)
      for (const matches of [on("root", "routes/talks._index"), on("root", "routes/jobs._index"), on("root")])
        expect(getKeyedLinksForMatches(matches, modules, manifest)).toEqual(
          upstream.getKeyedLinksForMatches(matches, modules, manifest),
        );
    // Other route modules (another build) are not answered from the first.
    const other = { ...modules, root: { links: () => [{ rel: "stylesheet", href: "/build/other.css" }] } };
    expect(getKeyedLinksForMatches(on("root"), other, manifest)).toEqual(
      upstream.getKeyedLinksForMatches(on("root"), other, manifest),
    );
  });
});
