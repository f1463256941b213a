/**
 * The state machines of support plans (一人一策, decision 009): the plan itself and each subsidy
 * recorded on it. Pure; `tests/unit/support-rules.test.ts` writes both tables out by hand.
 */
import { machine } from "../machine";
import { SUBSIDY_STATES, SUPPORT_PLAN_STATES, type SubsidyState, type SupportPlanState } from "../../vocabulary";

export const SUPPORT_PLAN_EVENTS = ["close", "reopen"] as const;
export type SupportPlanEvent = (typeof SUPPORT_PLAN_EVENTS)[number];

/** open ⇄ closed, by the career staff of the graduate's scope. Labels: `support.state.*`, `support.event.*`. */
export const supportPlanMachine = machine<SupportPlanState, SupportPlanEvent, "staff">("support", {
  states: SUPPORT_PLAN_STATES,
  events: SUPPORT_PLAN_EVENTS,
  rows: [
    { event: "close", from: ["open"], to: "closed", actors: ["staff"] },
    { event: "reopen", from: ["closed"], to: "open", actors: ["staff"] },
  ],
});

export const SUBSIDY_EVENTS = ["grant", "refuse", "reapply"] as const;
export type SubsidyEvent = (typeof SUBSIDY_EVENTS)[number];

/**
 * applied → granted | refused; a refusal can be set back to applied (the graduate applies again).
 * A granted subsidy has been paid out: it is final, so its page offers no "mark as applied"
 * (issue 15, defect g). Each event leads to one state, so the page names the state it wants.
 */
export const subsidyMachine = machine<SubsidyState, SubsidyEvent, "staff">("subsidy", {
  states: SUBSIDY_STATES,
  events: SUBSIDY_EVENTS,
  rows: [
    { event: "grant", from: ["applied"], to: "granted", actors: ["staff"] },
    { event: "refuse", from: ["applied"], to: "refused", actors: ["staff"] },
    { event: "reapply", from: ["refused"], to: "applied", actors: ["staff"] },
  ],
});

/** The event that leads to a subsidy state (each state is reached by one event). */
export function subsidyEventTo(state: SubsidyState): SubsidyEvent {
  return subsidyMachine.rows.find((row) => row.to === state)!.event;
}

/** The states a subsidy in this state may be set to now, for the page's buttons. */
export function subsidyTargets(state: SubsidyState): SubsidyState[] {
  return subsidyMachine
    .available(state, "staff")
    .map((event) => subsidyMachine.rows.find((r) => r.event === event)!.to);
}
