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

const { ReportCollegeFilter, ReportFilterForm } = await import("../../app/components/report-filter-form");

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

describe("ReportCollegeFilter", () => {
  const colleges = [
    { value: 1, label: "College of Engineering" },
    { value: 2, label: "College of Arts" },
  ];

  it("lets staff of the whole school pick one college or the whole school", () => {
    const html = renderToString(<ReportCollegeFilter label="College" canPick defaultValue={null} options={colleges} />);
    expect(html).toContain('<select id="college" name="college">');
    expect(html).toContain('<option value="" selected="">Whole school</option>');
    expect(html).toContain('<option value="2">College of Arts</option>');
  });

  it("shows college staff their own college only, disabled, under the id the page gives", () => {
    const html = renderToString(
      <ReportCollegeFilter
        id="report-college"
        label="College"
        canPick={false}
        defaultValue={1}
        options={colleges.slice(0, 1)}
      />,
    );
    expect(html).toContain('<label for="report-college">College</label>');
    expect(html).toContain('<select id="report-college" name="college" disabled="">');
    expect(html).not.toContain("Whole school");
    expect(html).toContain('<option value="1" selected="">College of Engineering</option>');
  });
});
