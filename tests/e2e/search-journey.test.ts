import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { schoolDate } from "../../app/time";
import { DEMO_PASSWORD } from "../../seed/seed";
import { publicPostingDocuments } from "../../search/reindex";
import { launchChromium } from "../support/browser";
import { startSite, type RunningSite } from "../support/server";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ SEED_DEMO: "true" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe("a graduate searching for a job", () => {
  it("finds the demo postings the moment a freshly seeded site answers", async () => {
    // A first `npm start` seeds the demo and listens once the outbox has indexed it: the first
    // visitor never meets an empty job board. The public postings are those the index is rebuilt
    // from: published, by a verified employer, deadline not passed.
    let publicPostings = 0;
    for await (const batch of publicPostingDocuments(await getDb(), schoolDate())) publicPostings += batch.length;
    expect(publicPostings).toBeGreaterThan(50);
    const answer = (await (await fetch(`${site.url}/api/v1/postings?facets=none`)).json()) as { total: number };
    expect(answer.total).toBe(publicPostings);
  });

  it("searches with a typo, narrows by two facets, opens a posting and copies its share text", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/login`);
    await page.getByLabel("电子邮箱").fill("graduate@demo.jiuye.cn");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));

    // The site listened only once the demo postings were indexed (the first case).
    await page.goto(`${site.url}/jobs`);
    await page.getByTestId("result-count").filter({ hasNotText: "共 0 个" }).waitFor();

    // As-you-type with a typo: "Sprnig" still finds the Spring Boot postings.
    await page.getByRole("searchbox").fill("Sprnig");
    await page.waitForURL(/q=Sprnig/);
    await page
      .getByRole("link", { name: /Java后端开发工程师/ })
      .first()
      .waitFor();
    const typed = await page.getByTestId("result-count").textContent();
    expect(typed).toMatch(/共 \d+ 个岗位/);

    // Narrow by two facets: a city and the job type.
    await page.getByRole("group", { name: "城市" }).getByRole("checkbox", { name: /杭州/ }).check();
    await page.waitForURL(/city=%E6%9D%AD%E5%B7%9E/);
    await page.getByRole("group", { name: "工作性质" }).getByRole("checkbox", { name: /全职/ }).check();
    await page.waitForURL(/jobType=full_time/);
    const narrowed = Number(/共 (\d+) 个/.exec((await page.getByTestId("result-count").textContent()) ?? "")?.[1]);
    const before = Number(/共 (\d+) 个/.exec(typed ?? "")?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(before);
    // The back button undoes the last filter.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("jobType=full_time"));
    await page.goForward();
    await page.waitForURL(/jobType=full_time/);
    // The URL changes before the narrowed list arrives; a click on the list of the step before could be
    // overtaken by that navigation, so wait until the reader sees the narrowed count again.
    await page
      .getByTestId("result-count")
      .filter({ hasText: `共 ${narrowed} 个` })
      .waitFor();

    await page
      .getByRole("link", { name: /Java后端开发工程师/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: /Java后端开发工程师/ }).waitFor();
    const shareText = await page.getByLabel("微信 / QQ 群文字").inputValue();
    expect(shareText).toContain("Java后端开发工程师");
    await page.getByRole("button", { name: "复制" }).first().click();
    await page.getByText("已复制").first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareText);
    const qr = await page.request.get(`${new URL(page.url()).origin}${new URL(page.url()).pathname}/qr.png`);
    expect(qr.headers()["content-type"]).toBe("image/png");
    await context.close();
  });
});
