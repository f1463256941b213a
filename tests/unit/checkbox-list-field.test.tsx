import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { FairFormValues } from "../../app/components/fair-form";
import type { FormFailure } from "../../app/forms/result";

vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useRouteLoaderData: () => ({ locale: "zh-CN" }),
}));

const { ActionForm, ErrorSummary } = await import("../../app/components/form");
const { FairFields } = await import("../../app/components/fair-form");
const { RuleFields } = await import("../../app/components/rule-fields");

const colleges = [
  { id: 1, name: "计算机学院" },
  { id: 2, name: "外国语学院" },
];
const saved: FairFormValues = {
  title: "2026 届春季空中双选会",
  theme: "",
  description: "",
  collegeId: null,
  startsOn: "2026-03-10",
  endsOn: "2026-03-12",
  liveFrom: "09:00",
  liveUntil: "16:00",
  audience: { cohorts: [2026], degrees: ["master"], collegeIds: [1], majorIds: [] },
  graduateCapacity: null,
  waitlistMode: "auto",
  boothCapacity: 40,
  employerWindowOpens: "2026-02-01",
  employerWindowCloses: "2026-03-01",
};

function fairPage(result: FormFailure | undefined) {
  return renderToString(
    <>
      <ErrorSummary result={result} />
      <ActionForm id="edit" intent="edit" result={result}>
        <FairFields values={saved} colleges={colleges} fixedCollegeId={null} cohorts={[2025, 2026, 2027]} />
      </ActionForm>
    </>,
  );
}
const ticked = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`name="${name}" checked="" value="([^"]+)"`, "g"))].map((m) => m[1]);

describe("CheckboxListField (the fair form's audience, the programme rules' lists)", () => {
  it("ticks what is saved", () => {
    const html = fairPage(undefined);
    expect(ticked(html, "cohorts")).toEqual(["2026"]);
    expect(ticked(html, "degrees")).toEqual(["master"]);
    expect(ticked(html, "collegeIds")).toEqual(["1"]);
  });

  it("after a refused edit, ticks every box that was sent, and none where none was", () => {
    const html = fairPage({
      ok: false,
      form: "edit",
      errors: { cohorts: [{ key: "form.required" }] },
      values: { cohorts: ["2025", "2027"], collegeIds: ["1", "2"] },
    });
    expect(ticked(html, "cohorts")).toEqual(["2025", "2027"]);
    expect(ticked(html, "collegeIds")).toEqual(["1", "2"]);
    expect(ticked(html, "degrees")).toEqual([]);
    // The error summary's link lands on the list, which names its error.
    expect(html).toContain('<a href="#edit-cohorts">此项必填</a>');
    expect(html).toContain('<fieldset class="field" id="edit-cohorts" aria-describedby="edit-cohorts-error">');
    expect(html).toContain('<p id="edit-cohorts-error" class="field__error">此项必填</p>');
  });

  it("reads only its own form's answer on a page with one form per rule", () => {
    const failure: FormFailure = { ok: false, form: "rule-2", errors: {}, values: { statuses: ["league_member"] } };
    const html = renderToString(
      <>
        <ActionForm id="rule-1" intent="rule" result={failure}>
          <RuleFields kind="political" params={{ statuses: ["party_member"] }} />
        </ActionForm>
        <ActionForm id="rule-2" intent="rule" result={failure}>
          <RuleFields kind="political" params={{ statuses: ["party_member"] }} />
        </ActionForm>
      </>,
    );
    const [first, second] = html.split('<form id="rule-2"');
    expect(ticked(first!, "statuses")).toEqual(["party_member"]);
    expect(ticked(second!, "statuses")).toEqual(["league_member"]);
  });
});
