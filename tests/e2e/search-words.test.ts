import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALE_COOKIE } from "../../app/i18n/locale.server";
import { launchChromium, watchedPage } from "../support/browser";
import { axeFindings, horizontalOverflow } from "../support/crawl";
import { startSite, type RunningSite } from "../support/server";

/**
 * The words of search (issue 15): a misspelt technical word typed at the front door still finds
 * what was meant, the search page's filters speak English to an English reader, and a feed opened
 * in a browser reads as a page with a title. On the demo data, at 390 px, axe-clean.
 */
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ SEED_DEMO: "true" });
  browser = await launchChromium();
  // The seed's worker indexes the demo postings shortly after start.
  for (let i = 0; i < 80; i++) {
    const html = await (await fetch(`${site.url}/jobs?q=Java`, { headers: { Accept: "text/html" } })).text();
    if (/Java后端开发工程师/.test(html)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function phone(locale: "zh-CN" | "en"): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const problems: string[] = [];
  const { context, page } = await watchedPage(browser, problems, { viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: site.url }]);
  return { context, page, problems };
}

describe("searching with a misspelt word", () => {
  it("finds the Java postings for “jvaa” typed at the front door, and says what it searched for", async () => {
    const { context, page, problems } = await phone("zh-CN");
    await page.goto(`${site.url}/`);
    await page.locator("#front-q").fill("jvaa");
    await page.locator("#front-q").press("Enter");
    await page.waitForURL(/\/jobs\?q=jvaa/);
    const notice = page.getByTestId("spelling-correction");
    await notice.waitFor();
    expect(await notice.textContent()).toBe("没有找到与“jvaa”匹配的岗位，以下是“Java”的结果。");
    await page
      .getByRole("link", { name: /Java后端开发工程师/ })
      .first()
      .waitFor();
    expect(await page.getByTestId("result-count").textContent()).not.toContain("共 0 个");
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("finds React for “Rcat” and Python for “Pyhton”, in English too", async () => {
    const { context, page, problems } = await phone("en");
    await page.goto(`${site.url}/jobs?q=Rcat`);
    expect(await page.getByTestId("spelling-correction").textContent()).toBe(
      "No postings match “Rcat”; showing results for “React”.",
    );
    expect(await page.locator(".job-card").count()).toBeGreaterThan(0);
    // Six letters: Meilisearch forgives the swap itself (a posting asking for Python in its requirements).
    await page.goto(`${site.url}/jobs?q=Pyhton`);
    expect(await page.locator(".job-card").count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("suggestions as you type at the front door", () => {
  it("offers the Java postings for “jvaa” as links with their employers, counted aloud and reachable by keyboard", async () => {
    const { context, page, problems } = await phone("zh-CN");
    await page.goto(`${site.url}/`);
    // Typing before the page's script has started would only reach the plain form.
    await page.waitForLoadState("networkidle");
    await page.locator("#front-q").pressSequentially("jvaa");
    const list = page.getByRole("list", { name: "搜索建议" });
    await list.waitFor();
    const links = list.getByRole("link");
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const first = (await links.first().textContent()) ?? "";
    expect(first).toMatch(/^Java\S* · \S+/);
    expect(await links.first().getAttribute("href")).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("status").filter({ hasText: "建议" }).textContent()).toBe(
      `${count} 条“Java”的建议，按 Tab 键或向下键查看`,
    );
    // Down arrow from the box reaches the first suggestion; Enter opens the posting.
    await page.locator("#front-q").press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Java后端开发工程师/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("speaks English to an English reader, follows Tab order, and clears when the words find nothing", async () => {
    const { context, page, problems } = await phone("en");
    await page.goto(`${site.url}/`);
    await page.waitForLoadState("networkidle");
    await page.locator("#front-q").pressSequentially("前端");
    const list = page.getByRole("list", { name: "Suggestions" });
    await list.waitFor();
    const count = await list.getByRole("link").count();
    expect(await list.getByRole("link").first().textContent()).toContain("前端");
    expect(await page.getByTestId("suggest-status").textContent()).toBe(
      `${count} ${count === 1 ? "suggestion" : "suggestions"}; press Tab or the down arrow to reach them`,
    );
    // Tab: the box, the search button, then the suggestions.
    await page.locator("#front-q").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-testid=suggestions]") !== null)).toBe(true);
    await page.locator("#front-q").fill("zzzzqqqxx");
    await page.getByTestId("suggest-status").getByText("No suggestions; press Enter to search all postings").waitFor();
    expect(await page.getByTestId("suggestions").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("without JavaScript is still a plain search form to /jobs", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await context.addCookies([{ name: LOCALE_COOKIE, value: "zh-CN", url: site.url }]);
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.locator("#front-q").fill("Java");
    await page.locator("#front-q").press("Enter");
    await page.waitForURL(/\/jobs\?q=Java/);
    await page
      .getByRole("link", { name: /Java后端开发工程师/ })
      .first()
      .waitFor();
    await context.close();
  });
});

describe("the search page in English", () => {
  it("names cities, provinces, industries and dates in English, and never says “1 days”", async () => {
    const { context, page, problems } = await phone("en");
    await page.goto(`${site.url}/jobs`);
    const cities = page.getByRole("group", { name: "City" });
    await cities.getByRole("checkbox", { name: /Hangzhou/ }).waitFor();
    expect(await cities.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByRole("group", { name: "Province" }).textContent()).toContain("Zhejiang");
    const industries = await page.getByRole("group", { name: "Industry" }).textContent();
    expect(industries).toContain("Internet & IT");
    expect(industries).not.toMatch(/[\u4e00-\u9fff]/);
    const posted = await page.getByRole("group", { name: "Posted within" }).textContent();
    expect(posted).toContain("Last day");
    expect(posted).not.toContain("1 days");
    // Deadlines on the cards: "30 Dec 2026", month by name.
    const card = await page.locator(".job-card").first().textContent();
    expect(card).toMatch(/Deadline \d{1,2} [A-Z][a-z]{2,3} \d{4}/);
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await axeFindings(page)).toEqual([]);
    // A filter offered for removal after an empty search is named in English too.
    await page.goto(`${site.url}/jobs?q=zzzzqqq&city=${encodeURIComponent("杭州")}`);
    expect(await page.locator("a.badge").first().textContent()).toContain("City: Hangzhou");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("feeds opened in a browser", () => {
  it("reference the XSLT stylesheet, which is served as text/xsl", async () => {
    const rss = await fetch(`${site.url}/jobs/feed.rss`);
    const body = await rss.text();
    expect(body.split("\n")[1]).toBe('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    expect(rss.headers.get("content-security-policy")).toContain("script-src 'self'");
    // A feed reader gets the feed's type; a browser (asking for HTML first) gets XML it will transform.
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const opened = await fetch(`${site.url}/jobs/feed.rss`, {
      headers: { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(opened.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(opened.headers.get("vary")).toContain("Accept");
    const atom = await (await fetch(`${site.url}/jobs/feed.atom`)).text();
    expect(atom).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    const xsl = await fetch(`${site.url}/feed.xsl`);
    expect(xsl.status).toBe(200);
    expect(xsl.headers.get("content-type")).toBe("text/xsl; charset=utf-8");
    expect(await xsl.text()).toContain("<xsl:stylesheet");
    const css = await fetch(`${site.url}/feed.css`);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("show a readable page with the feed's title and its postings as links", async () => {
    const problems: string[] = [];
    // Chromium marks XSLT deprecated with a banner of its own, styled inline and with an inline
    // handler, which the feed's policy blocks: the browser's doing, not the page's.
    const { context, page } = await watchedPage(browser, problems, {
      viewport: { width: 390, height: 844 },
      ignore:
        /^((Applying inline style|Executing inline event handler) violates the following Content Security Policy|CSP violation: (style-src-attr|script-src-attr|style-src-elem) blocked inline)/,
    });
    await page.goto(`${site.url}/jobs/feed.rss?q=Java`);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await page.title()).toContain("Java");
    expect(await heading.textContent()).toContain("Java");
    expect(await page.locator(".feed-item a").count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
