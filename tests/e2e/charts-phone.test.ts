import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../seed/seed";
import { signInOnPage, useDemoSite } from "../support/journey";

const demo = useDemoSite();
const PHONE = { width: 390, height: 844 };

interface ChartText {
  text: string;
  /** The size the reader sees, in CSS px: an SVG's scaling (viewBox) shrinks or grows its text. */
  renderedPx: number;
  right: number;
}

/** Every chart on the page: its accessible name, and each piece of text drawn in it. */
async function chartsOn(page: Page) {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll<HTMLElement | SVGElement>("[data-testid$='-chart']")];
    return charts.map((chart) => {
      const name = (chart.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
        .join(" ");
      const texts: ChartText[] = [];
      for (const element of chart.querySelectorAll<Element>("*")) {
        const own = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? "")
          .join("")
          .trim();
        if (!own || element.closest("title, desc, .visually-hidden")) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const cssPx = parseFloat(getComputedStyle(element).fontSize);
        const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
        texts.push({ text: own, renderedPx: cssPx * scale, right: box.right });
      }
      return { role: chart.getAttribute("role"), name, texts };
    });
  });
}

async function expectReadableOnPhone(page: Page, url: string) {
  await page.goto(url);
  const charts = await chartsOn(page);
  expect(charts.length, url).toBeGreaterThan(0);
  for (const chart of charts) {
    expect(chart.role).toBe("img");
    expect(chart.name.length).toBeGreaterThan(0);
    expect(chart.texts.length, chart.name).toBeGreaterThan(0);
    for (const text of chart.texts) {
      expect(text.renderedPx, `${chart.name}: "${text.text}"`).toBeGreaterThanOrEqual(12);
      expect(text.right, `${chart.name}: "${text.text}" runs off the screen`).toBeLessThanOrEqual(PHONE.width);
    }
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, url).toBeLessThanOrEqual(PHONE.width);
}

describe("staff report charts on a 390 px phone", () => {
  it("draw their labels and values at a readable size without widening the page", async () => {
    const context = await demo.browser.newContext({ locale: "zh-CN", viewport: PHONE });
    const page = await context.newPage();
    await signInOnPage(page, demo.site.url, "staff@demo.jiuye.cn", DEMO_PASSWORD);

    await expectReadableOnPhone(page, `${demo.site.url}/staff/reports?cohort=2026`);
    await expectReadableOnPhone(page, `${demo.site.url}/staff/reports/season`);
    await expectReadableOnPhone(page, `${demo.site.url}/staff/reports/programmes`);

    // The fair list stacks on a phone like the other staff tables, and leads to a fair's report.
    await page.goto(`${demo.site.url}/staff/fairs`);
    const fairs = page.getByTestId("staff-fairs");
    expect(await fairs.evaluate((table) => getComputedStyle(table.querySelector("tbody tr")!).display)).toBe("block");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const fairHref = await fairs.locator("tbody a").first().getAttribute("href");
    await expectReadableOnPhone(page, `${demo.site.url}${fairHref}/report`);
    await context.close();
  }, 120_000);
});
