import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The form renders outside a router: Remix's Form becomes a plain form and the reader is English.
vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useRouteLoaderData: () => ({ locale: "en" }),
}));

const { ReportFilterForm } = await import("../../app/components/report-filter-form");

describe("ReportFilterForm", () => {
  it("asks for the report by GET with its filters, and offers the same report as a download", () => {
    const html = renderToString(
      <ReportFilterForm exportHref="/staff/reports/export?cohort=2026">
        <select name="cohort" />
      </ReportFilterForm>,
    );
    expect(html).toMatch(/^<form method="get" class="filters"><select name="cohort"><\/select>/);
    expect(html).toContain('<button type="submit" class="button">Show</button>');
    expect(html).toContain('href="/staff/reports/export?cohort=2026" download="">Export to Excel</a>');
  });

  it("takes other labels for a report that names its buttons differently", () => {
    const html = renderToString(
      <ReportFilterForm exportHref="/staff/reports/season.xlsx" showLabel="season.show" exportLabel="season.excel">
        <input name="from" />
      </ReportFilterForm>,
    );
    expect(html).toContain(">Download Excel</a>");
  });
});
