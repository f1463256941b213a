import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { layoutFindings } from "../support/crawl";

/**
 * The crawl's own checks must be able to fail: each is shown what issue 15 saw at 390 px (a menu of
 * eight items wrapping in the header, bullets beside cards, native buttons left unstyled) and then
 * the same markup with the site's stylesheet.
 */
const CSS = readFileSync(path.join(__dirname, "../../app/styles/app.css"), "utf8");
const MENU = ["首页", "岗位", "我的申请", "我的面试", "三方协议", "就业去向", "就业指导", "我的账户"];

const BODY = `
  <header class="site-header"><div class="site-header__inner">
    <a class="site-brand" href="/">就业服务平台</a>
    <nav class="site-nav"><ul>${MENU.map((m) => `<li><a href="/${m}">${m}</a></li>`).join("")}</ul></nav>
  </div></header>
  <main>
    <ul class="job-list"><li class="job-card card"><h2>Java后端开发工程师</h2></li></ul>
    <form><button type="submit">选择此时间</button></form>
  </main>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("the crawl's layout checks", () => {
  it("see a header on several rows, a bullet beside a card and a button under 24 px", async () => {
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width">
      <style>body { font-size: 16px } .site-nav li { display: inline; margin-right: 1.5rem }</style></head>
      <body>${BODY}</body></html>`);
    const found = await layoutFindings(page);
    expect(
      found.some((f) => /^header on [2-9] rows$/.test(f)),
      found.join("\n"),
    ).toBe(true);
    expect(
      found.some((f) => f.startsWith("bullet beside a card: li.job-card.card")),
      found.join("\n"),
    ).toBe(true);
    expect(
      found.some((f) => /^button (1\d|2[0-3]) px tall: button "选择此时间"$/.test(f)),
      found.join("\n"),
    ).toBe(true);
  });

  it("find nothing in cards and buttons drawn with the site's stylesheet", async () => {
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width">
      <style>${CSS}</style></head><body><main>
      <ul class="job-list"><li class="job-card card"><h2>Java后端开发工程师</h2></li></ul>
      <ul class="card-list"><li class="card"><h2>三支一扶</h2></li></ul>
      <form><button type="submit">选择此时间</button></form></main></body></html>`);
    expect(await layoutFindings(page)).toEqual([]);
  });
});
