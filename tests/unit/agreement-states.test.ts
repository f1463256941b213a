import { describe, expect, it } from "vitest";
import {
  AGREEMENT_ACTORS,
  AGREEMENT_EVENTS,
  AGREEMENT_STATES,
  DEFAULT_REVIEW_STEPS,
  agreementMachine,
  isTerminalAgreementState,
  type AgreementActor,
  type AgreementEvent,
  type AgreementState,
  type ReviewSteps,
} from "../../app/agreements/states";
import { isMessageKey, translate } from "../../app/i18n/messages";
import type { TransitionResult } from "../../app/machine";

const nextState = agreementMachine.next;
const availableEvents = agreementMachine.available;
/** A refusal as each reader sees it. */
function reasonOf(result: TransitionResult<AgreementState>) {
  if (result.ok) return { zh: "", en: "" };
  return { zh: translate("zh-CN", result.key, result.params), en: translate("en", result.key, result.params) };
}

const WITH_COLLEGE: ReviewSteps = { college: true, school: true };
const SCHOOL_ONLY: ReviewSteps = { college: false, school: true };

type Steps = "both" | "college" | "school_only";

// Written out by hand from docs/domain/lifecycles.md: [from, event, actor, to, which step settings allow it].
const ALLOWED: Array<[AgreementState, AgreementEvent, AgreementActor, AgreementState, Steps]> = [
  ["drafted", "invite", "employer", "invited", "both"],
  ["returned", "invite", "employer", "invited", "both"],
  ["drafted", "withdraw", "employer", "withdrawn", "both"],
  ["invited", "withdraw", "employer", "withdrawn", "both"],
  ["invited", "accept", "graduate", "accepted", "both"],
  ["invited", "decline", "graduate", "declined", "both"],
  ["invited", "expire", "system", "expired", "both"],
  ["accepted", "college_approve", "staff_college", "college_approved", "college"],
  ["college_approved", "school_register", "staff_school", "registered", "both"],
  ["accepted", "school_register", "staff_school", "registered", "school_only"],
  ["accepted", "return", "staff_college", "returned", "college"],
  ["accepted", "return", "staff_school", "returned", "school_only"],
  ["college_approved", "return", "staff_school", "returned", "both"],
  ["registered", "request_breach", "graduate", "breach_requested", "both"],
  ["breach_requested", "breach_college_approve", "staff_college", "breach_college_approved", "college"],
  ["breach_college_approved", "breach_school_approve", "staff_school", "terminated", "both"],
  ["breach_requested", "breach_school_approve", "staff_school", "terminated", "school_only"],
  ["breach_requested", "breach_reject", "staff_college", "registered", "college"],
  ["breach_requested", "breach_reject", "staff_school", "registered", "school_only"],
  ["breach_college_approved", "breach_reject", "staff_school", "registered", "both"],
];

function expected(state: AgreementState, event: AgreementEvent, actor: AgreementActor, steps: ReviewSteps) {
  const row = ALLOWED.find(
    ([from, ev, who, , when]) =>
      from === state && ev === event && who === actor && (when === "both" || (when === "college") === steps.college),
  );
  return row ? row[3] : null;
}

function walk(steps: ReviewSteps, path: Array<[AgreementEvent, AgreementActor]>, from: AgreementState = "drafted") {
  let state = from;
  for (const [event, actor] of path) {
    const r = nextState(state, event, actor, steps);
    if (!r.ok) throw new Error(`${state} --${event}/${actor}--> refused: ${reasonOf(r).en}`);
    state = r.to;
  }
  return state;
}

describe("agreement state machine: exhaustive", () => {
  for (const [label, steps] of [
    ["with college review", WITH_COLLEGE],
    ["school review only", SCHOOL_ONLY],
  ] as const) {
    it(`allows exactly the listed (state, event, actor) triples — ${label}`, () => {
      let allowed = 0;
      let checked = 0;
      for (const state of AGREEMENT_STATES) {
        for (const event of AGREEMENT_EVENTS) {
          for (const actor of AGREEMENT_ACTORS) {
            checked += 1;
            const want = expected(state, event, actor, steps);
            const got = nextState(state, event, actor, steps);
            const where = `${state} --${event}/${actor}-->`;
            if (want === null) {
              expect(got.ok, where).toBe(false);
              // Refused in each reader's language, naming states and events by their labels.
              if (!got.ok) {
                expect(reasonOf(got).zh, where).toMatch(/[\u4e00-\u9fff]/);
                expect(reasonOf(got).en, where).not.toMatch(/[\u4e00-\u9fff]|_|\{/);
              }
            } else {
              allowed += 1;
              expect(got, where).toEqual({ ok: true, to: want });
            }
          }
        }
      }
      expect(checked).toBe(12 * 12 * 5);
      // 20 rows: 12 apply to both settings, 4 only with the college review, 4 only without.
      expect(allowed).toBe(16);
    });

    it(`availableEvents agrees with nextState — ${label}`, () => {
      for (const state of AGREEMENT_STATES) {
        for (const actor of AGREEMENT_ACTORS) {
          const events = availableEvents(state, actor, steps);
          const viaNext = AGREEMENT_EVENTS.filter((e) => nextState(state, e, actor, steps).ok);
          expect([...events].sort(), `${state}/${actor}`).toEqual([...viaNext].sort());
          expect(new Set(events).size).toBe(events.length);
        }
      }
    });
  }

  it("has no transition out of a terminal state and a transition out of every other state", () => {
    for (const state of AGREEMENT_STATES) {
      const anyOut = [WITH_COLLEGE, SCHOOL_ONLY].some((steps) =>
        AGREEMENT_ACTORS.some((actor) => availableEvents(state, actor, steps).length > 0),
      );
      expect(anyOut, state).toBe(!isTerminalAgreementState(state));
      expect(isMessageKey(agreementMachine.stateLabel(state).key), state).toBe(true);
    }
    expect(AGREEMENT_STATES.filter(isTerminalAgreementState).sort()).toEqual(
      ["declined", "expired", "terminated", "withdrawn"].sort(),
    );
  });

  it("has a table that is deterministic: at most one target per (state, event, actor, steps)", () => {
    for (const steps of [WITH_COLLEGE, SCHOOL_ONLY]) {
      const seen = new Set<string>();
      for (const t of agreementMachine.rows) {
        if (t.guard?.(steps)) continue;
        for (const from of t.from) {
          for (const actor of t.actors) {
            const key = `${from}|${t.event}|${actor}`;
            expect(seen.has(key), key).toBe(false);
            seen.add(key);
          }
        }
      }
    }
  });
});

describe("agreement state machine: flows and reasons", () => {
  it("runs the usual flow through both reviews to registration", () => {
    expect(DEFAULT_REVIEW_STEPS.college).toBe(true);
    expect(
      walk(DEFAULT_REVIEW_STEPS, [
        ["invite", "employer"],
        ["accept", "graduate"],
        ["college_approve", "staff_college"],
        ["school_register", "staff_school"],
      ]),
    ).toBe("registered");
  });

  it("goes straight from accepted to registered when the school skips the college review", () => {
    expect(
      walk(SCHOOL_ONLY, [
        ["invite", "employer"],
        ["accept", "graduate"],
        ["school_register", "staff_school"],
      ]),
    ).toBe("registered");
    const r = nextState("accepted", "school_register", "staff_school", WITH_COLLEGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(reasonOf(r).en).toMatch(/college review/);
  });

  it("lets a returned agreement be sent again and then registered", () => {
    expect(
      walk(WITH_COLLEGE, [
        ["invite", "employer"],
        ["accept", "graduate"],
        ["college_approve", "staff_college"],
        ["return", "staff_school"],
        ["invite", "employer"],
        ["accept", "graduate"],
        ["return", "staff_college"],
        ["invite", "employer"],
        ["accept", "graduate"],
        ["college_approve", "staff_college"],
        ["school_register", "staff_school"],
      ]),
    ).toBe("registered");
  });

  it("terminates after both breach approvals, or after the school's alone when the college step is off", () => {
    expect(
      walk(
        WITH_COLLEGE,
        [
          ["request_breach", "graduate"],
          ["breach_college_approve", "staff_college"],
          ["breach_school_approve", "staff_school"],
        ],
        "registered",
      ),
    ).toBe("terminated");
    expect(
      walk(
        SCHOOL_ONLY,
        [
          ["request_breach", "graduate"],
          ["breach_school_approve", "staff_school"],
        ],
        "registered",
      ),
    ).toBe("terminated");
    expect(nextState("breach_requested", "breach_school_approve", "staff_school", WITH_COLLEGE).ok).toBe(false);
  });

  it("returns a rejected breach request to registered, where the graduate may ask again", () => {
    expect(
      walk(
        WITH_COLLEGE,
        [
          ["request_breach", "graduate"],
          ["breach_college_approve", "staff_college"],
          ["breach_reject", "staff_school"],
          ["request_breach", "graduate"],
          ["breach_reject", "staff_college"],
        ],
        "registered",
      ),
    ).toBe("registered");
  });

  it("does not strand an agreement past the college review when a school turns the step off", () => {
    expect(nextState("college_approved", "school_register", "staff_school", SCHOOL_ONLY)).toEqual({
      ok: true,
      to: "registered",
    });
    expect(nextState("breach_college_approved", "breach_school_approve", "staff_school", SCHOOL_ONLY)).toEqual({
      ok: true,
      to: "terminated",
    });
  });

  it("explains a refusal: wrong state, wrong actor, or a step the school does not have", () => {
    const wrongState = nextState("registered", "accept", "graduate", WITH_COLLEGE);
    expect(wrongState).toMatchObject({ ok: false });
    if (!wrongState.ok) {
      expect(reasonOf(wrongState).zh).toContain("学校已鉴证");
      expect(reasonOf(wrongState).en).toContain("Registered by the school");
    }

    const wrongActor = nextState("invited", "accept", "employer", WITH_COLLEGE);
    expect(wrongActor).toMatchObject({ ok: false });
    // The employer may never accept: the refusal says the action is not theirs, naming it.
    if (!wrongActor.ok) {
      expect(wrongActor.key).toBe("machine.refused.actor");
      expect(reasonOf(wrongActor).zh).toContain("接受");
      expect(reasonOf(wrongActor).en).toContain("Accept");
    }

    const noStep = nextState("accepted", "college_approve", "staff_college", SCHOOL_ONLY);
    expect(noStep).toMatchObject({ ok: false });
    if (!noStep.ok) expect(reasonOf(noStep).zh).toContain("学院审核");
  });

  it("offers each side only its own actions", () => {
    expect(availableEvents("drafted", "employer", WITH_COLLEGE)).toEqual(["invite", "withdraw"]);
    expect(availableEvents("invited", "graduate", WITH_COLLEGE)).toEqual(["accept", "decline"]);
    expect(availableEvents("invited", "employer", WITH_COLLEGE)).toEqual(["withdraw"]);
    expect(availableEvents("accepted", "staff_college", WITH_COLLEGE)).toEqual(["college_approve", "return"]);
    expect(availableEvents("accepted", "staff_school", WITH_COLLEGE)).toEqual([]);
    expect(availableEvents("accepted", "staff_school", SCHOOL_ONLY)).toEqual(["school_register", "return"]);
    expect(availableEvents("accepted", "staff_college", SCHOOL_ONLY)).toEqual([]);
    expect(availableEvents("registered", "graduate", WITH_COLLEGE)).toEqual(["request_breach"]);
    expect(availableEvents("registered", "employer", WITH_COLLEGE)).toEqual([]);
  });
});
