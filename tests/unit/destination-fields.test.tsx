import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useRouteLoaderData: () => ({ locale: "en" }),
}));

const { ActionForm } = await import("../../app/components/form");
const { DestinationFields } = await import("../../app/components/destination-fields");

const CODES = [
  {
    code: "10",
    nameZh: "签就业协议",
    nameEn: "Employment agreement",
    requiredFields: ["employerName"],
    evidence: null,
  },
  { code: "85", nameZh: "境外留学", nameEn: "Study abroad", requiredFields: ["schoolName"], evidence: null },
];

describe("the destination code field", () => {
  it("keeps the code chosen in a refused report, shows its error beside it and only the fields that code needs", () => {
    // React marks the joins of text pieces with empty comments; the reader sees the text alone.
    const html = renderToString(
      <ActionForm
        id="report"
        result={{ ok: false, form: "report", errors: { code: [{ key: "form.required" }] }, values: { code: "85" } }}
      >
        <DestinationFields codes={CODES} />
      </ActionForm>,
    ).replaceAll("<!-- -->", "");
    expect(html).toContain('<label for="report-code">');
    expect(html).toMatch(
      /<select id="report-code" name="code" aria-invalid="true" aria-describedby="report-code-error">/,
    );
    expect(html).toContain('<option value="85" selected="">85 Study abroad</option>');
    expect(html).toContain('<p id="report-code-error" class="field__error">This field is required</p>');
    expect(html).toContain('name="schoolName"');
    expect(html).not.toContain('name="employerName"');
  });
});
