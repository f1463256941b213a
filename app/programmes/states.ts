/**
 * The funnel of one graduate in one programme year, as one table (decision 009; the exhaustive
 * matrix is tests/unit/programme-funnel.test.ts). Enlistment skips the exam (初审初检 → 体检), so
 * the health check may follow the pre-check directly; 西部计划 has no political review, so selection
 * may follow the exam or the health check.
 */
import { machine } from "../machine";
import { ENLISTMENT_FORM_STATES, FUNNEL_STATES, type EnlistmentFormState, type FunnelState } from "../../vocabulary";

export { FUNNEL_STATES, type FunnelState };

export const FUNNEL_EVENTS = [
  "register_official",
  "pass_precheck",
  "start_exam",
  "start_health_check",
  "start_political_review",
  "select",
  "start_service",
  "withdraw",
  "reject",
] as const;
export type FunnelEvent = (typeof FUNNEL_EVENTS)[number];
export type FunnelActor = "graduate" | "staff";
/** The graduate's reference on the official site, needed to record that they registered there. */
export type FunnelContext = { reference?: string | null };

/** The ways out of the funnel short of serving; every other state is a stage. */
const FUNNEL_EXITS = ["withdrew", "not_selected"] as const satisfies readonly FunnelState[];
export type FunnelStage = Exclude<FunnelState, (typeof FUNNEL_EXITS)[number]>;

/** The stages in the order a graduate passes them (the exits are counted apart). */
export const FUNNEL_STAGES: readonly FunnelStage[] = FUNNEL_STATES.filter(
  (state): state is FunnelStage => !(FUNNEL_EXITS as readonly FunnelState[]).includes(state),
);

/** States in which the graduate is still on their way: every stage before serving. */
export const OPEN_FUNNEL_STATES: readonly FunnelStage[] = FUNNEL_STAGES.filter((stage) => stage !== "serving");

export const funnelMachine = machine<FunnelState, FunnelEvent, FunnelActor, FunnelContext>("funnel", {
  states: FUNNEL_STATES,
  events: FUNNEL_EVENTS,
  rows: [
    {
      event: "register_official",
      from: ["interested"],
      to: "registered_official",
      actors: ["graduate", "staff"],
      guard: (ctx) => (ctx.reference?.trim() ? undefined : { key: "funnel.reference.required" }),
    },
    { event: "pass_precheck", from: ["registered_official"], to: "school_precheck", actors: ["staff"] },
    { event: "start_exam", from: ["school_precheck"], to: "exam", actors: ["staff"] },
    { event: "start_health_check", from: ["school_precheck", "exam"], to: "health_check", actors: ["staff"] },
    { event: "start_political_review", from: ["health_check"], to: "political_review", actors: ["staff"] },
    { event: "select", from: ["exam", "health_check", "political_review"], to: "selected", actors: ["staff"] },
    { event: "start_service", from: ["selected"], to: "serving", actors: ["staff"] },
    { event: "withdraw", from: OPEN_FUNNEL_STATES, to: "withdrew", actors: ["graduate", "staff"] },
    {
      event: "reject",
      from: ["school_precheck", "exam", "health_check", "political_review"],
      to: "not_selected",
      actors: ["staff"],
    },
  ],
});

export const ENLISTMENT_FORM_EVENTS = ["accept", "return", "resubmit"] as const;
export type EnlistmentFormEvent = (typeof ENLISTMENT_FORM_EVENTS)[number];

/** Staff accept or return a scanned form; a returned (or submitted) form may be uploaded again. */
export const enlistmentFormMachine = machine<EnlistmentFormState, EnlistmentFormEvent, FunnelActor>("enlistmentForm", {
  states: ENLISTMENT_FORM_STATES,
  events: ENLISTMENT_FORM_EVENTS,
  rows: [
    { event: "accept", from: ["submitted"], to: "accepted", actors: ["staff"] },
    { event: "return", from: ["submitted", "accepted"], to: "returned", actors: ["staff"] },
    { event: "resubmit", from: ["submitted", "returned"], to: "submitted", actors: ["graduate"] },
  ],
});
