import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useRouteLoaderData: () => ({ locale: "en" }),
}));

const { ActionForm, ErrorSummary, FieldError, SelectField, TextAreaField, TextField } =
  await import("../../app/components/form");

/** Two forms with a field of the same name, as on a page with one form per row. */
function Page({ result }: { result: Parameters<typeof ErrorSummary>[0]["result"] }) {
  return (
    <>
      <ErrorSummary result={result} />
      <ActionForm id="goal-1" intent="goal-toggle" result={result}>
        <TextField name="note" label="Note" hint="Short" />
        <FieldError name="choice" />
      </ActionForm>
      <ActionForm id="goal-2" intent="goal-toggle" result={result}>
        <TextField name="note" label="Note" />
        <TextAreaField name="summary" label="Summary" />
        <SelectField name="channel" label="Channel" options={[{ value: "phone", label: "Phone" }]} />
      </ActionForm>
    </>
  );
}

describe("ActionForm", () => {
  it("sends its id and intent with the form, as hidden fields that work without JavaScript", () => {
    const html = renderToString(<Page result={undefined} />);
    expect(html).toContain('<form id="goal-1" method="post"><input type="hidden" name="_formId" value="goal-1"/>');
    expect(html).toContain('<input type="hidden" name="intent" value="goal-toggle"/>');
  });

  it("shows an answer only on the form that sent it, under one id scheme, in the reader's language", () => {
    const html = renderToString(
      <Page
        result={{
          ok: false,
          form: "goal-2",
          errors: { note: [{ key: "form.required" }], summary: [{ key: "form.tooLong" }] },
          values: { note: "typed here", summary: "x".repeat(10) },
        }}
      />,
    );
    // The form that sent it: field, error and summary link share the "<form>-<name>" ids.
    expect(html).toContain(
      '<input id="goal-2-note" name="note" type="text" aria-invalid="true" aria-describedby="goal-2-note-error" value="typed here"/>',
    );
    expect(html).toContain('<p id="goal-2-note-error" class="field__error">This field is required</p>');
    expect(html).toContain('<a href="#goal-2-note">This field is required</a>');
    expect(html).toContain('aria-describedby="goal-2-summary-error">xxxxxxxxxx</textarea>');
    // The other form with the same field name stays as it was.
    expect(html).toContain('<input id="goal-1-note" name="note" type="text" aria-describedby="goal-1-note-hint"/>');
    expect(html.match(/This field is required/g)).toHaveLength(2);
  });

  it("lets a field drawn by hand show its error under the same scheme", () => {
    const html = renderToString(
      <Page result={{ ok: false, form: "goal-1", errors: { choice: [{ key: "form.invalid" }] }, values: {} }} />,
    );
    expect(html).toContain('<p id="goal-1-choice-error" class="field__error">This value is not valid</p>');
    expect(html).toContain('<a href="#goal-1-choice">This value is not valid</a>');
  });
});
