import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../seed/seed";
import { followMenu, settled, watchedPage } from "../support/browser";
import { signInOnPage, useDemoSite } from "../support/journey";

const demo = useDemoSite();

/**
 * The roster's row links and the header's menu entries are plain anchors in the server's HTML and
 * Remix's Link and NavLink once the page has hydrated (decision 035): the page hydrates without a
 * complaint, a click moves to the next page without loading a new document, and the menu marks the
 * page it is on.
 */
describe("row and menu links on a staff page", () => {
  it("hydrate onto the server's anchors and navigate in the page", async () => {
    const problems: string[] = [];
    const { context, page } = await watchedPage(demo.browser, problems);
    await signInOnPage(page, demo.site.url, "staff@demo.jiuye.cn", DEMO_PASSWORD);
    await page.goto(`${demo.site.url}/staff/graduates`);
    await settled(page);
    const current = () => page.locator('.site-menu__panel a[aria-current="page"]').getAttribute("href");
    expect(await current()).toBe("/staff/graduates");
    // A mark on this document: it survives client-side navigations and is gone after a document load.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const stayed = () => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

    const firstRow = page.locator("table tbody tr").first().getByRole("link");
    const name = (await firstRow.textContent())!;
    await firstRow.click();
    await page.waitForURL(/\/staff\/graduates\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await stayed()).toBe(true);
    expect(await current()).toBe("/staff/graduates");

    await followMenu(page, "重点群体帮扶");
    await page.waitForURL(/\/staff\/support$/);
    await settled(page);
    expect(await stayed()).toBe(true);
    expect(await current()).toBe("/staff/support");
    expect(problems).toEqual([]);
    await context.close();
  });
});
