import { describe, expect, it } from "vitest";
import { ENLISTMENT_FORM_STATES, FUNNEL_STATES, type FunnelState } from "../../vocabulary";
import {
  ENLISTMENT_FORM_EVENTS,
  enlistmentFormMachine,
  FUNNEL_EVENTS,
  funnelMachine,
  type FunnelActor,
} from "../../app/programmes/states";
import { translate } from "../../app/i18n/messages";

/** The funnel of issue 14 written out by hand: every allowed (from, event, actor) → to. */
const OPEN = [
  "interested",
  "registered_official",
  "school_precheck",
  "exam",
  "health_check",
  "political_review",
  "selected",
];
const ALLOWED: Record<string, FunnelState> = {
  "interested|register_official|graduate": "registered_official",
  "interested|register_official|staff": "registered_official",
  "registered_official|pass_precheck|staff": "school_precheck",
  "school_precheck|start_exam|staff": "exam",
  "school_precheck|start_health_check|staff": "health_check",
  "exam|start_health_check|staff": "health_check",
  "health_check|start_political_review|staff": "political_review",
  "exam|select|staff": "selected",
  "health_check|select|staff": "selected",
  "political_review|select|staff": "selected",
  "selected|start_service|staff": "serving",
  "school_precheck|reject|staff": "not_selected",
  "exam|reject|staff": "not_selected",
  "health_check|reject|staff": "not_selected",
  "political_review|reject|staff": "not_selected",
  ...Object.fromEntries(
    OPEN.flatMap((s) => [
      [`${s}|withdraw|graduate`, "withdrew"],
      [`${s}|withdraw|staff`, "withdrew"],
    ]),
  ),
};

describe("programme funnel", () => {
  it("allows exactly the table of issue 14, for every state, event and actor", () => {
    const actors: FunnelActor[] = ["graduate", "staff"];
    let checked = 0;
    for (const from of FUNNEL_STATES) {
      for (const event of FUNNEL_EVENTS) {
        for (const actor of actors) {
          const result = funnelMachine.next(from, event, actor, { reference: "GFBZB-2026-0012345" });
          const expected = ALLOWED[`${from}|${event}|${actor}`];
          if (expected) expect(result, `${from} ${event} by ${actor}`).toEqual({ ok: true, to: expected });
          else {
            expect(result.ok, `${from} ${event} by ${actor}`).toBe(false);
            if (!result.ok) {
              const zh = translate("zh-CN", result.key, result.params);
              expect(zh).not.toMatch(/funnel\.|machine\./);
            }
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(FUNNEL_STATES.length * FUNNEL_EVENTS.length * 2);
  });

  it("refuses to record registration on the official site without the graduate's reference", () => {
    const result = funnelMachine.next("interested", "register_official", "graduate", { reference: "  " });
    expect(result).toEqual({ ok: false, key: "funnel.reference.required" });
    expect(translate("zh-CN", "funnel.reference.required")).toContain("报名号");
  });

  it("lets a graduate only register and withdraw; stages after that are the school's", () => {
    expect(funnelMachine.available("interested", "graduate", { reference: "x" })).toEqual([
      "register_official",
      "withdraw",
    ]);
    expect(funnelMachine.available("exam", "graduate", {})).toEqual(["withdraw"]);
    expect(funnelMachine.available("serving", "graduate", {})).toEqual([]);
  });

  it("labels every state and event in both languages", () => {
    for (const state of FUNNEL_STATES) {
      expect(translate("en", funnelMachine.stateLabel(state))).not.toContain("funnel.");
      expect(translate("zh-CN", funnelMachine.stateLabel(state))).not.toContain("funnel.");
    }
    for (const event of FUNNEL_EVENTS)
      expect(translate("en", funnelMachine.eventLabel(event))).not.toContain("funnel.");
  });
});

describe("enlistment form review", () => {
  const ALLOWED_FORM: Record<string, string> = {
    "submitted|accept|staff": "accepted",
    "submitted|return|staff": "returned",
    "accepted|return|staff": "returned",
    "submitted|resubmit|graduate": "submitted",
    "returned|resubmit|graduate": "submitted",
  };
  it("allows exactly its table, for every state, event and actor", () => {
    for (const from of ENLISTMENT_FORM_STATES) {
      for (const event of ENLISTMENT_FORM_EVENTS) {
        for (const actor of ["graduate", "staff"] as const) {
          const result = enlistmentFormMachine.next(from, event, actor);
          const expected = ALLOWED_FORM[`${from}|${event}|${actor}`];
          if (expected) expect(result, `${from} ${event} ${actor}`).toEqual({ ok: true, to: expected });
          else expect(result.ok, `${from} ${event} ${actor}`).toBe(false);
        }
      }
      expect(translate("en", enlistmentFormMachine.stateLabel(from))).not.toContain("enlistmentForm.");
    }
  });
});
