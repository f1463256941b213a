import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, evaluated in the page (evaluation is not subject to the page's CSP). */
const AXE_SOURCE: string = (require("axe-core") as { source: string }).source;

export interface PageFinding {
  url: string;
  width: number;
  kind: "axe" | "overflow" | "status" | "layout";
  detail: string;
}

/**
 * Serious and critical axe-core findings (WCAG 2.0/2.1 A and AA rules and best practices) on the
 * page as it stands, each with the first offending elements' selectors.
 */
export async function axeFindings(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    })) as { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(" ")}`);
}

/** The page is wider than the viewport: names the widest elements that stick out on the right. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return null;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width === 0) continue;
      // Only the outermost offenders: a child of an overflowing element is not news.
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > width + 1) continue;
      const name =
        el.tagName.toLowerCase() +
        (el.id ? `#${el.id}` : "") +
        (typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "");
      culprits.push(`${name} (right ${Math.round(rect.right)})`);
      if (culprits.length >= 5) break;
    }
    if (culprits.length === 0) {
      // The boxes fit but their content spills out of them (unbroken text in a pre-wrap block).
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        if (el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).overflowX !== "visible") continue;
        if (el.getBoundingClientRect().left + el.scrollWidth <= width + 1) continue;
        culprits.push(
          `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join(".")} (content ${el.scrollWidth})`,
        );
        if (culprits.length >= 5) break;
      }
    }
    return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${culprits.join(", ")}`;
  });
}

/**
 * What issue 15 saw on phones and no axe rule reports: a header that wraps onto several rows, list
 * bullets beside cards, and buttons left unstyled (about 20 px tall on a phone; WCAG 2.5.8 asks for
 * at least 24 px). Each finding names the element.
 */
export async function layoutFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "") +
      (el.textContent?.trim() ? ` "${el.textContent.trim().replace(/\s+/g, " ").slice(0, 30)}"` : "");

    // The header's controls sit on one row (the menu itself opens in a disclosure).
    const header = document.querySelector("header.site-header");
    if (header) {
      const controls = Array.from(header.querySelectorAll("a, button, summary")).filter(
        (el) => visible(el) && !el.closest("details:not([open]) > :not(summary)"),
      );
      const rows: { top: number; bottom: number }[] = [];
      for (const rect of controls.map((el) => el.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
        const row = rows.find((r) => rect.top < r.bottom && rect.bottom > r.top);
        if (row) row.bottom = Math.max(row.bottom, rect.bottom);
        else rows.push({ top: rect.top, bottom: rect.bottom });
      }
      if (rows.length > 1) found.push(`header on ${rows.length} rows`);
    }

    // No bullet beside a card.
    for (const li of Array.from(document.querySelectorAll("main li"))) {
      const style = getComputedStyle(li);
      if (style.display !== "list-item" || (style.listStyleType === "none" && style.listStyleImage === "none"))
        continue;
      if (!visible(li)) continue;
      if (li.matches("[class*=card]") || li.querySelector(":scope > [class*=card]"))
        found.push(`bullet beside a card: ${name(li)}`);
    }

    // Buttons at least 24 px tall.
    for (const el of Array.from(
      document.querySelectorAll("main button:not(.link-button), main .button, main input[type=submit]"),
    )) {
      if (!visible(el)) continue;
      const height = el.getBoundingClientRect().height;
      if (height < 24) found.push(`button ${Math.round(height)} px tall: ${name(el)}`);
    }
    return found.slice(0, 10);
  });
}
