import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useRouteLoaderData: () => ({ locale: "en" }),
}));

const { agreementMachine } = await import("../../app/agreements/states");
const { EventForms, HeldOrNoShowForm, OneButtonForm } = await import("../../app/components/one-button-form");

describe("OneButtonForm", () => {
  it("posts its form id, intent and the row's id, and shows one button saying what it does", () => {
    const html = renderToString(
      <OneButtonForm
        id="revoke-session-s1"
        intent="revoke-session"
        result={undefined}
        name="session"
        value="s1"
        label="Sign out"
        buttonClassName="button button--quiet"
        className="inline-form"
      />,
    );
    expect(html).toBe(
      '<form id="revoke-session-s1" method="post" class="inline-form">' +
        '<input type="hidden" name="_formId" value="revoke-session-s1"/>' +
        '<input type="hidden" name="intent" value="revoke-session"/>' +
        '<input type="hidden" name="session" value="s1"/>' +
        '<button type="submit" class="button button--quiet">Sign out</button></form>',
    );
  });
  it("takes its id on the page from its intent and the row's id when none is named", () => {
    const html = renderToString(
      <OneButtonForm intent="withdraw" result={undefined} name="talkId" value="t7" label="Withdraw" />,
    );
    expect(html).toContain('<form id="withdraw-t7" method="post">');
    expect(html).toContain('<input type="hidden" name="_formId" value="withdraw-t7"/>');
  });
});

describe("OneButtonForm with fields", () => {
  // The markup of the reason forms (decline, cancel, other times …) the pages wrote by hand before.
  it("sends the fields given as children, between the row's id and the button", () => {
    const html = renderToString(
      <OneButtonForm intent="cancel" result={undefined} name="talkId" value="t7" label="Cancel">
        <input name="reason" />
      </OneButtonForm>,
    );
    expect(html).toBe(
      '<form id="cancel-t7" method="post">' +
        '<input type="hidden" name="_formId" value="cancel-t7"/>' +
        '<input type="hidden" name="intent" value="cancel"/>' +
        '<input type="hidden" name="talkId" value="t7"/>' +
        '<input name="reason"/>' +
        '<button type="submit">Cancel</button></form>',
    );
  });
});

describe("HeldOrNoShowForm", () => {
  // The markup the interview and counselling pages wrote by hand before they shared this form.
  it("posts the row's id with one of two intents, the held one or no_show", () => {
    const html = renderToString(
      <HeldOrNoShowForm
        id="attendance-b1"
        name="bookingId"
        value="b1"
        result={undefined}
        held={{ intent: "attended", label: "Attended" }}
        noShowLabel="Did not come"
        className="actions"
      />,
    );
    expect(html).toBe(
      '<form id="attendance-b1" method="post" class="actions">' +
        '<input type="hidden" name="_formId" value="attendance-b1"/>' +
        '<input type="hidden" name="bookingId" value="b1"/>' +
        '<button type="submit" name="intent" value="attended">Attended</button>' +
        '<button type="submit" name="intent" value="no_show">Did not come</button></form>',
    );
  });
});

describe("EventForms", () => {
  // The markup the agreement and programme pages wrote by hand, one OneButtonForm per event, before.
  it("offers each event the reader may send, as a one-button form named by the event's label", () => {
    const html = renderToString(
      <EventForms
        machine={agreementMachine}
        row={{ id: "a1", events: ["accept", "decline"] }}
        result={undefined}
        name="agreementId"
        buttonClassName={(event) => (event === "accept" ? "button" : "button button--quiet")}
        fields={(event) => (event === "decline" ? <input name="reason" /> : null)}
      />,
    );
    expect(html).toBe(
      '<form id="accept-a1" method="post">' +
        '<input type="hidden" name="_formId" value="accept-a1"/>' +
        '<input type="hidden" name="intent" value="accept"/>' +
        '<input type="hidden" name="agreementId" value="a1"/>' +
        '<button type="submit" class="button">Accept</button></form>' +
        '<form id="decline-a1" method="post">' +
        '<input type="hidden" name="_formId" value="decline-a1"/>' +
        '<input type="hidden" name="intent" value="decline"/>' +
        '<input type="hidden" name="agreementId" value="a1"/>' +
        '<input name="reason"/>' +
        '<button type="submit" class="button button--quiet">Decline</button></form>',
    );
  });
  it("with `only`, offers just those events, in that order, and only where they are available", () => {
    const html = renderToString(
      <EventForms
        machine={agreementMachine}
        row={{ id: "a1", events: ["decline", "accept"] }}
        only={["accept", "request_breach"]}
        result={undefined}
        name="agreementId"
      />,
    );
    expect(html.match(/<form id="[^"]+"/g)).toEqual(['<form id="accept-a1"']);
  });
});
