import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, CountChartSection, TrendChart } from "../../app/components/charts";

describe("CountChartSection", () => {
  it("is a section named by its heading, whose chart reads the same title and the counts as whole numbers", () => {
    const html = renderToString(
      <CountChartSection
        id="funnel-title"
        title="Funnel"
        desc="From sign-up to interview"
        bars={[
          { label: "Signed up", value: 40 },
          { label: "Interviewed", value: 7 },
        ]}
      />,
    );
    expect(html).toMatch(/^<section aria-labelledby="funnel-title"><h2 id="funnel-title">Funnel<\/h2><div role="img"/);
    const labelledBy = /role="img" aria-labelledby="([^"]+)"/.exec(html)![1]!.split(" ");
    const textOf = (id: string) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
    expect(labelledBy.map(textOf)).toEqual(["Funnel", "From sign-up to interview"]);
    expect(html).toContain('<span class="bar-chart__value">40</span>');
    expect(html).toContain('<span class="bar-chart__value">7</span>');
    expect(html).not.toMatch(/>[\d.]+%</);
  });
});

describe("charts on a narrow screen", () => {
  // A viewBox scales everything inside it with the width: on a 390 px phone the text came out at 6 px.
  it("a bar chart writes its labels and values as page text, and scales no SVG", () => {
    const html = renderToString(
      <BarChart
        title="Placement by college"
        desc="Verified rates"
        bars={[
          { label: "School of Foreign Languages and International Business", value: 0.5 },
          { label: "School of Engineering", value: 0.25 },
        ]}
      />,
    );
    expect(html).not.toContain("viewBox");
    expect(html).toContain(
      '<span class="bar-chart__label">School of Foreign Languages and International Business</span>',
    );
    expect(html).toContain('<span class="bar-chart__value">50.0%</span>');
    expect(html).toContain('width="50%"');
    expect(html).not.toMatch(/font-?size=/i);
  });

  it("a trend chart stretches only its line; its axis labels are not inside the scaled box", () => {
    const html = renderToString(
      <TrendChart
        title="Trend"
        desc="Weekly"
        points={[
          { label: "2026-W01", value: 0.1 },
          { label: "2026-W02", value: 0.3 },
        ]}
      />,
    );
    const scaled = /<svg[^>]*viewBox[^>]*>([\s\S]*?)<\/svg>/.exec(html)![1]!;
    expect(scaled).not.toContain("<text");
    expect(html).toContain("<span>2026-W01</span>");
    expect(html).toContain("<span>2026-W02</span>");
    expect(html).toMatch(/>100%<\/text>/);
    expect(html).not.toMatch(/font-?size=/i);
  });
});
