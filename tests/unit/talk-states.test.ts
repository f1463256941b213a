import { describe, expect, it } from "vitest";
import { isMessageKey } from "../../app/i18n/messages";
import { talkMachine, talkSignupMachine, type TalkActor } from "../../app/talks/states";

/** Every state × event × actor against the table written out by hand ("-" = refused). */
function cells<S extends string, E extends string, A extends string>(
  m: { states: readonly S[]; events: readonly E[]; next(s: S, e: E, a: A, c: undefined): { ok: boolean; to?: S } },
  actors: readonly A[],
) {
  const out: Record<string, string> = {};
  for (const state of m.states)
    for (const event of m.events)
      for (const actor of actors) {
        const r = m.next(state, event, actor, undefined);
        if (r.ok) out[`${state} ${event} ${actor}`] = r.to!;
      }
  return out;
}

describe("the talk machine", () => {
  it("lets staff approve or decline a request, the employer withdraw, staff cancel an approved talk; nothing else", () => {
    const actors: TalkActor[] = ["staff", "employer"];
    expect(cells(talkMachine, actors)).toEqual({
      "requested approve staff": "approved",
      "requested decline staff": "declined",
      "requested withdraw employer": "withdrawn",
      "approved withdraw employer": "withdrawn",
      "approved cancel staff": "cancelled",
    });
  });

  it("refuses an employer approving their own talk, naming the event", () => {
    expect(talkMachine.next("requested", "approve", "employer", undefined)).toEqual({
      ok: false,
      key: "machine.refused.actor",
      params: { event: { key: "talk.event.approve" } },
    });
  });
});

describe("the sign-up machine", () => {
  it("cancels a sign-up and signs up again", () => {
    expect(cells(talkSignupMachine, ["graduate"] as const)).toEqual({
      "signed_up cancel graduate": "cancelled",
      "cancelled sign_up_again graduate": "signed_up",
    });
  });

  it("has a label in both languages for every state and event", () => {
    for (const m of [talkMachine, talkSignupMachine] as const) {
      for (const s of m.states) expect(isMessageKey(m.stateLabel(s as never).key), s).toBe(true);
      for (const e of m.events) expect(isMessageKey(m.eventLabel(e as never).key), e).toBe(true);
    }
  });
});
