import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CountChartSection } from "../../app/components/charts";

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
    expect(html).toMatch(/^<section aria-labelledby="funnel-title"><h2 id="funnel-title">Funnel<\/h2><svg role="img"/);
    expect(html).toContain(">Funnel</title>");
    expect(html).toContain(">From sign-up to interview</desc>");
    expect(html).toContain(">40</text>");
    expect(html).toContain(">7</text>");
    expect(html).not.toMatch(/>[\d.]+%</);
  });
});
