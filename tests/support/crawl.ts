import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, evaluated in the page (evaluation is not subject to the page's CSP). */
const AXE_SOURCE: string = (require("axe-core") as { source: string }).source;

export interface PageFinding {
  url: string;
  width: number;
  kind: "axe" | "overflow" | "status";
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
