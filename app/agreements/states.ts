/**
 * 三方协议 (three-party employment agreement) state machine (decision 009), as a transition table.
 *
 *   drafted ─invite→ invited ─accept→ accepted ─college_approve→ college_approved ─school_register→ registered
 *                       │   ─decline→ declined                     (school_register straight from accepted
 *                       │   ─expire→  expired                       when the school skips the college review)
 *   drafted|invited ─withdraw→ withdrawn
 *   accepted|college_approved ─return→ returned ─invite→ invited
 *   registered ─request_breach→ breach_requested ─breach_college_approve→ breach_college_approved
 *              ─breach_school_approve→ terminated   (from breach_requested when the college review is skipped)
 *   breach_requested|breach_college_approved ─breach_reject→ registered
 *
 * Which reviews a school requires is data (ReviewSteps, the machine's context), so provincial
 * variants fit. Each transition names the one actor role allowed to fire it; the reviewer whose
 * turn it is makes the decision (the college at the college step, the school at the school step).
 *
 * Transitions that depend on the review steps (their guards):
 *   - college_approve, breach_college_approve, and the college's return / breach_reject from
 *     accepted / breach_requested: only when the college review is on;
 *   - school_register from accepted, breach_school_approve from breach_requested, and the
 *     school's return / breach_reject from accepted / breach_requested: only when it is off.
 * Transitions out of college_approved and breach_college_approved do not depend on the steps, so
 * an agreement already past the college review is never stranded if a school changes its steps.
 *
 * Pure module: no I/O. Reasons, release letters and numbering are checked by the domain layer.
 */
import { translate, type Locale } from "../i18n/messages";
import { machine, type TransitionRow } from "../machine";
import { AGREEMENT_EVENTS, AGREEMENT_STATES, type AgreementEvent, type AgreementState } from "../../vocabulary";

export { AGREEMENT_EVENTS, AGREEMENT_STATES, type AgreementEvent, type AgreementState };

export const AGREEMENT_ACTORS = ["employer", "graduate", "staff_college", "staff_school", "system"] as const;
export type AgreementActor = (typeof AGREEMENT_ACTORS)[number];

/** Which reviews the school requires. The school's own review (鉴证) is always required. */
export type ReviewSteps = { college: boolean; school: true };

export const DEFAULT_REVIEW_STEPS: ReviewSteps = { college: true, school: true };

type Row = TransitionRow<AgreementState, AgreementEvent, AgreementActor, ReviewSteps>;

const label = (event: AgreementEvent) => ({ key: `agreement.event.${event}` });

/** A row that exists only when the school has the college review (`college: true`) or has not. */
function whenCollegeReview(college: boolean, row: Omit<Row, "guard">): Row {
  return {
    ...row,
    guard: (steps) =>
      steps.college === college
        ? undefined
        : {
            key: steps.college ? "agreement.steps.collegeFirst" : "agreement.steps.noCollege",
            params: { event: label(row.event) },
          },
  };
}

export const agreementMachine = machine<AgreementState, AgreementEvent, AgreementActor, ReviewSteps>("agreement", {
  states: AGREEMENT_STATES,
  events: AGREEMENT_EVENTS,
  rows: [
    { event: "invite", from: ["drafted", "returned"], to: "invited", actors: ["employer"] },
    { event: "withdraw", from: ["drafted", "invited"], to: "withdrawn", actors: ["employer"] },
    { event: "accept", from: ["invited"], to: "accepted", actors: ["graduate"] },
    { event: "decline", from: ["invited"], to: "declined", actors: ["graduate"] },
    { event: "expire", from: ["invited"], to: "expired", actors: ["system"] },
    whenCollegeReview(true, {
      event: "college_approve",
      from: ["accepted"],
      to: "college_approved",
      actors: ["staff_college"],
    }),
    { event: "school_register", from: ["college_approved"], to: "registered", actors: ["staff_school"] },
    whenCollegeReview(false, {
      event: "school_register",
      from: ["accepted"],
      to: "registered",
      actors: ["staff_school"],
    }),
    whenCollegeReview(true, { event: "return", from: ["accepted"], to: "returned", actors: ["staff_college"] }),
    whenCollegeReview(false, { event: "return", from: ["accepted"], to: "returned", actors: ["staff_school"] }),
    { event: "return", from: ["college_approved"], to: "returned", actors: ["staff_school"] },
    { event: "request_breach", from: ["registered"], to: "breach_requested", actors: ["graduate"] },
    whenCollegeReview(true, {
      event: "breach_college_approve",
      from: ["breach_requested"],
      to: "breach_college_approved",
      actors: ["staff_college"],
    }),
    {
      event: "breach_school_approve",
      from: ["breach_college_approved"],
      to: "terminated",
      actors: ["staff_school"],
    },
    whenCollegeReview(false, {
      event: "breach_school_approve",
      from: ["breach_requested"],
      to: "terminated",
      actors: ["staff_school"],
    }),
    whenCollegeReview(true, {
      event: "breach_reject",
      from: ["breach_requested"],
      to: "registered",
      actors: ["staff_college"],
    }),
    whenCollegeReview(false, {
      event: "breach_reject",
      from: ["breach_requested"],
      to: "registered",
      actors: ["staff_school"],
    }),
    { event: "breach_reject", from: ["breach_college_approved"], to: "registered", actors: ["staff_school"] },
  ],
});

/** States with no way out. */
export const TERMINAL_AGREEMENT_STATES: ReadonlySet<AgreementState> = new Set([
  "declined",
  "expired",
  "withdrawn",
  "terminated",
]);

/** Events the domain layer must not accept without a written reason. */
export const REASON_REQUIRED_EVENTS: ReadonlySet<AgreementEvent> = new Set(["decline", "return", "breach_reject"]);

/** Registration sets the graduate's destination to this code (签就业协议形式就业). */
export const DESTINATION_CODE_ON_REGISTER = "10";

/**
 * Changing the terms before the graduate replies (docs/decisions/008-agreement-evidence-and-termination.md:
 * the employer may withdraw or edit before a reply). Not a state change: the history records it as "edit".
 */
export const EDITABLE_AGREEMENT_STATES: ReadonlySet<AgreementState> = new Set(["drafted", "invited", "returned"]);

/** The terms as the agreement page and the mails name them (`agreement.term.<term>`). */
export const AGREEMENT_TERMS = [
  "position",
  "monthlyPay",
  "probationMonths",
  "workProvince",
  "workCity",
  "startDate",
  "breachPenalty",
  "archiveAddress",
  "hukouAddress",
] as const;
export type AgreementTerm = (typeof AGREEMENT_TERMS)[number];

/** The terms that differ between two versions, as "label: old → new" lines in one language. */
export function describeTermChanges(
  before: Record<AgreementTerm, string | number>,
  after: Record<AgreementTerm, string | number>,
  locale: Locale,
): string[] {
  return AGREEMENT_TERMS.filter((term) => String(before[term]) !== String(after[term])).map(
    (term) => `${translate(locale, `agreement.term.${term}`)}: ${before[term]} → ${after[term]}`,
  );
}

/**
 * Any event of an agreement's history (the transitions plus drafting and editing), for the
 * timeline: `agreement.event.<event>`, with `draft` and `edit` beside the machine's events.
 */
export function agreementEventLabel(event: string): { key: string } {
  return { key: `agreement.event.${event}` };
}

/** Who acted, for the timeline: `agreement.actor.<actor>`. */
export function agreementActorLabel(actor: AgreementActor): { key: string } {
  return { key: `agreement.actor.${actor}` };
}

export function isTerminalAgreementState(state: AgreementState): boolean {
  return TERMINAL_AGREEMENT_STATES.has(state);
}
