import { describe, expect, it } from "vitest";
import { isMessageKey, translate } from "../../app/i18n/messages";
import {
  INTERVIEW_ACTORS,
  INTERVIEW_EVENTS,
  INTERVIEW_STATES,
  interviewActions,
  interviewMachine,
  isTerminalInterviewState,
  type InterviewActor,
  type InterviewContext,
  type InterviewEvent,
  type InterviewState,
} from "../../app/interviews/states";
import type { TransitionResult } from "../../app/machine";

const nextInterviewState = (
  state: InterviewState,
  event: InterviewEvent,
  actor: InterviewActor,
  ctx?: InterviewContext,
) => interviewMachine.next(state, event, actor, ctx ?? {});
const availableInterviewEvents = (
  state: InterviewState,
  actor: InterviewActor,
  ctx: Pick<InterviewContext, "rescheduledBy"> = {},
) => interviewActions(state, actor, ctx.rescheduledBy);
/** A refusal as each reader sees it. */
function reasonOf(result: TransitionResult<InterviewState>) {
  if (result.ok) return { zh: "", en: "" };
  return { zh: translate("zh-CN", result.key, result.params), en: translate("en", result.key, result.params) };
}

// By hand, from docs/domain/lifecycles.md: [from, event, actors allowed, to].
const ALLOWED: Array<[InterviewState, InterviewEvent, InterviewActor[], InterviewState]> = [
  ["proposed", "confirm", ["graduate"], "confirmed"],
  ["rescheduled", "confirm", ["employer", "graduate"], "confirmed"],
  ["confirmed", "complete", ["employer"], "completed"],
  ["confirmed", "mark_no_show", ["employer"], "no_show"],
  ["proposed", "reschedule", ["employer", "graduate"], "rescheduled"],
  ["confirmed", "reschedule", ["employer", "graduate"], "rescheduled"],
  ["proposed", "cancel", ["employer", "graduate"], "cancelled"],
  ["confirmed", "cancel", ["employer", "graduate"], "cancelled"],
  ["rescheduled", "cancel", ["employer", "graduate"], "cancelled"],
];

const CONTEXTS: Array<[string, InterviewContext | undefined]> = [
  ["no context", undefined],
  ["empty context", {}],
  ["with reason", { reason: "候选人已接受其他单位录用" }],
  ["blank reason", { reason: "   " }],
  ["rescheduled by employer, with reason", { reason: "时间冲突", rescheduledBy: "employer" }],
  ["rescheduled by graduate, with reason", { reason: "时间冲突", rescheduledBy: "graduate" }],
  ["rescheduled by employer, no reason", { rescheduledBy: "employer" }],
];

function expected(
  state: InterviewState,
  event: InterviewEvent,
  actor: InterviewActor,
  ctx: InterviewContext | undefined,
) {
  const row = ALLOWED.find(([from, ev, actors]) => from === state && ev === event && actors.includes(actor));
  if (!row) return null;
  if (event === "cancel" && !(ctx?.reason && ctx.reason.trim())) return null;
  if (event === "confirm" && state === "rescheduled" && ctx?.rescheduledBy === actor) return null;
  return row[3];
}

describe("interview state machine: exhaustive", () => {
  it("allows exactly the listed (state, event, actor) triples under every context", () => {
    let checked = 0;
    for (const [label, ctx] of CONTEXTS) {
      for (const state of INTERVIEW_STATES) {
        for (const event of INTERVIEW_EVENTS) {
          for (const actor of INTERVIEW_ACTORS) {
            checked += 1;
            const where = `${state} --${event}/${actor}--> (${label})`;
            const want = expected(state, event, actor, ctx);
            const got = nextInterviewState(state, event, actor, ctx);
            if (want === null) {
              expect(got.ok, where).toBe(false);
              if (!got.ok) {
                expect(reasonOf(got).zh, where).toMatch(/[\u4e00-\u9fff]/);
                expect(reasonOf(got).en, where).not.toMatch(/[\u4e00-\u9fff]|_|\{/);
              }
            } else {
              expect(got, where).toEqual({ ok: true, to: want });
            }
          }
        }
      }
    }
    expect(checked).toBe(CONTEXTS.length * 6 * 5 * 2);
  });

  it("with a reason and no rescheduler, allows exactly 15 (state, event, actor) triples", () => {
    let allowed = 0;
    for (const state of INTERVIEW_STATES)
      for (const event of INTERVIEW_EVENTS)
        for (const actor of INTERVIEW_ACTORS)
          if (nextInterviewState(state, event, actor, { reason: "x" }).ok) allowed += 1;
    expect(allowed).toBe(ALLOWED.reduce((n, [, , actors]) => n + actors.length, 0));
    expect(allowed).toBe(15);
  });

  it("availableInterviewEvents agrees with nextInterviewState (cancel assumed to come with a reason)", () => {
    for (const rescheduledBy of [undefined, "employer", "graduate"] as const) {
      for (const state of INTERVIEW_STATES) {
        for (const actor of INTERVIEW_ACTORS) {
          const listed = availableInterviewEvents(state, actor, { rescheduledBy });
          const viaNext = INTERVIEW_EVENTS.filter(
            (e) => nextInterviewState(state, e, actor, { reason: "r", rescheduledBy }).ok,
          );
          expect([...listed].sort(), `${state}/${actor}/${rescheduledBy}`).toEqual([...viaNext].sort());
        }
      }
    }
  });

  it("has no way out of completed, no_show and cancelled, and a way out of the rest", () => {
    for (const state of INTERVIEW_STATES) {
      const anyOut = INTERVIEW_ACTORS.some((a) => availableInterviewEvents(state, a).length > 0);
      expect(anyOut, state).toBe(!isTerminalInterviewState(state));
      expect(isMessageKey(interviewMachine.stateLabel(state).key), state).toBe(true);
    }
    expect(INTERVIEW_STATES.filter(isTerminalInterviewState).sort()).toEqual(["cancelled", "completed", "no_show"]);
  });
});

describe("interview state machine: flows and reasons", () => {
  it("runs propose → reschedule → confirm → reschedule → confirm → complete", () => {
    const steps: Array<[InterviewEvent, InterviewActor, InterviewContext]> = [
      ["reschedule", "graduate", {}],
      ["confirm", "employer", { rescheduledBy: "graduate" }],
      ["reschedule", "employer", {}],
      ["confirm", "graduate", { rescheduledBy: "employer" }],
      ["complete", "employer", {}],
    ];
    let state: InterviewState = "proposed";
    for (const [event, actor, ctx] of steps) {
      const r = nextInterviewState(state, event, actor, ctx);
      if (!r.ok) throw new Error(`${state} ${event} refused: ${reasonOf(r).en}`);
      state = r.to;
    }
    expect(state).toBe("completed");
  });

  it("requires a non-blank reason to cancel", () => {
    for (const reason of [undefined, null, "", " \n\t "]) {
      const r = nextInterviewState("confirmed", "cancel", "employer", { reason });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(reasonOf(r).zh).toContain("原因");
        expect(reasonOf(r).en).toMatch(/reason/i);
      }
    }
    expect(nextInterviewState("confirmed", "cancel", "graduate", { reason: "生病" })).toEqual({
      ok: true,
      to: "cancelled",
    });
  });

  it("does not let the side that asked for a new time confirm it", () => {
    const r = nextInterviewState("rescheduled", "confirm", "employer", { rescheduledBy: "employer" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(reasonOf(r).en).toMatch(/other side/);
    expect(nextInterviewState("rescheduled", "confirm", "graduate", { rescheduledBy: "employer" })).toEqual({
      ok: true,
      to: "confirmed",
    });
  });

  it("reports the state or the role in a refusal", () => {
    const done = nextInterviewState("completed", "reschedule", "employer");
    expect(done.ok).toBe(false);
    if (!done.ok) expect(reasonOf(done).zh).toContain("已完成");
    const role = nextInterviewState("confirmed", "complete", "graduate");
    expect(role.ok).toBe(false);
    // The role may not do it at all: the refusal names the action, in the reader's language.
    if (!role.ok) expect(reasonOf(role).en).toContain("Mark as completed");
    // A no-show can only be recorded after the time was confirmed.
    expect(nextInterviewState("proposed", "mark_no_show", "employer").ok).toBe(false);
  });
});
