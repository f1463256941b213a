import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createElement as h, Suspense, type ReactNode } from "react";
import type {
  renderToPipeableStream as RenderToPipeableStream,
  renderToReadableStream as RenderToReadableStream,
} from "react-dom/server";
import { describe, expect, it } from "vitest";

// scripts/postinstall.cjs changes how the production build of React's Node server renderer turns
// markup into bytes (decision 034). Tests run with NODE_ENV=test, so `react-dom/server` would give
// the development build: the production files are loaded by path. The browser build shares the
// renderer and is not edited, so it is the reference.
const require = createRequire(import.meta.url);
const cjs = path.join(path.dirname(require.resolve("react-dom/package.json")), "cjs");
const nodeBuild = path.join(cjs, "react-dom-server.node.production.min.js");
const { renderToPipeableStream } = require(nodeBuild) as { renderToPipeableStream: typeof RenderToPipeableStream };
const { renderToReadableStream } = require(path.join(cjs, "react-dom-server.browser.production.min.js")) as {
  renderToReadableStream: typeof RenderToReadableStream;
};

/** A component that suspends until `ms` have passed, as a route's deferred data would. */
function later(ms: number, ...children: ReactNode[]) {
  let done = false;
  const ready = new Promise<void>((resolve) =>
    setTimeout(() => {
      done = true;
      resolve();
    }, ms),
  );
  return function Later() {
    if (!done) throw ready;
    return h("section", { className: "later" }, ...children);
  };
}

/** A page with what the site renders: CJK and emoji text, long and short texts, attributes to escape, many elements. */
function page(lateMs: number) {
  const Late = later(lateMs, "稍后到达的内容 😀 ", "x".repeat(3000), h("b", null, "完"));
  return h(
    "html",
    { lang: "zh-CN" },
    h("head", null, h("title", null, "岗位 · 就业"), h("meta", { name: "description", content: `"引号" & <尖括号>` })),
    h(
      "body",
      null,
      h("h1", { style: { marginTop: 4, backgroundColor: "#fff" } }, "全部岗位 🎓"),
      h(
        "ul",
        null,
        Array.from({ length: 300 }, (_, i) =>
          h(
            "li",
            { key: i, "data-i": i, className: i % 2 ? "odd" : "even" },
            h(
              "a",
              { href: `/jobs/${i}?q=${encodeURIComponent("工程师 & 设计")}` },
              `岗位 ${i} `,
              "算法工程师（推荐系统）",
            ),
            i % 50 === 0 ? h("p", null, "长".repeat(800), "𠀀".repeat(400)) : null,
            h("input", { type: "checkbox", name: "city", value: `城市${i}`, defaultChecked: i % 3 === 0 }),
          ),
        ),
      ),
      h(Suspense, { fallback: h("p", null, "加载中…") }, h(Late)),
      h("script", { dangerouslySetInnerHTML: { __html: 'window.x = "</scr" + "ipt>";' } }),
    ),
  );
}

const options = { bootstrapScriptContent: "window.ready = true;", nonce: "n0nce" };

async function fromNodeBuild(whenAllReady: boolean) {
  const writes: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const destination = {
      write(chunk: Uint8Array) {
        writes.push(chunk);
        return true;
      },
      end: () => resolve(),
      on: () => destination,
      destroy: reject,
    };
    const { pipe } = renderToPipeableStream(page(whenAllReady ? 5 : 30), {
      ...options,
      onShellReady() {
        if (!whenAllReady) pipe(destination as never);
      },
      onAllReady() {
        if (whenAllReady) pipe(destination as never);
      },
      onShellError: reject,
    });
  });
  return writes;
}

async function fromBrowserBuild(whenAllReady: boolean) {
  const stream = await renderToReadableStream(page(whenAllReady ? 5 : 30), options);
  if (whenAllReady) await stream.allReady;
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("React's chunk writer (postinstall)", () => {
  it("is applied to the Node server build by npm install", () => {
    expect(readFileSync(nodeBuild, "utf8")).toContain("jiuye: chunk writer");
  });

  it("writes the same bytes as the unedited renderer for a whole document", async () => {
    const writes = await fromNodeBuild(true);
    const expected = await fromBrowserBuild(true);
    expect(writes.every((chunk) => chunk instanceof Uint8Array)).toBe(true);
    const html = Buffer.concat(writes);
    expect(html.length).toBeGreaterThan(20_000);
    expect(html.equals(expected)).toBe(true);
    expect(html.toString("utf8")).toContain("稍后到达的内容 😀 ");
  });

  it("writes the same bytes as the unedited renderer when a boundary arrives after the shell", async () => {
    const writes = await fromNodeBuild(false);
    const expected = await fromBrowserBuild(false);
    const html = Buffer.concat(writes);
    // The fallback went out first and the boundary's content followed in a later flush.
    expect(html.toString("utf8")).toContain("加载中…");
    expect(html.equals(expected)).toBe(true);
    // No single write holds the whole document: the renderer still hands its bytes over as it goes.
    expect(Math.max(...writes.map((chunk) => chunk.byteLength))).toBeLessThan(html.length / 4);
  });
});
