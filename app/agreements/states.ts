/**
 * 三方协议 (three-party employment agreement) state machine, as a transition table.
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
 * Which reviews a school requires is data (ReviewSteps), so provincial variants fit. Each
 * transition names the one actor role allowed to fire it; the reviewer whose turn it is makes
 * the decision (the college at the college step, the school at the school step).
 *
 * Transitions that depend on the review steps:
 *   - college_approve, breach_college_approve, and the college's return / breach_reject from
 *     accepted / breach_requested: only when the college review is on;
 *   - school_register from accepted, breach_school_approve from breach_requested, and the
 *     school's return / breach_reject from accepted / breach_requested: only when it is off.
 * Transitions out of college_approved and breach_college_approved do not depend on the steps, so
 * an agreement already past the college review is never stranded if a school changes its steps.
 *
 * Pure module: no I/O. Reasons, release letters and numbering are checked by the domain layer.
 */

export type Bilingual = { zh: string; en: string };

import { AGREEMENT_EVENTS, AGREEMENT_STATES, type AgreementEvent, type AgreementState } from "../../vocabulary";

export { AGREEMENT_EVENTS, AGREEMENT_STATES, type AgreementEvent, type AgreementState };

export const AGREEMENT_ACTORS = ["employer", "graduate", "staff_college", "staff_school", "system"] as const;
export type AgreementActor = (typeof AGREEMENT_ACTORS)[number];

/** Which reviews the school requires. The school's own review (鉴证) is always required. */
export type ReviewSteps = { college: boolean; school: true };

export const DEFAULT_REVIEW_STEPS: ReviewSteps = { college: true, school: true };

export type AgreementTransition = {
  event: AgreementEvent;
  from: AgreementState;
  to: AgreementState;
  actor: AgreementActor;
  /** When set, the transition exists only if `steps.college` equals this value. */
  collegeReview?: boolean;
};

export const AGREEMENT_TRANSITIONS: readonly AgreementTransition[] = [
  { event: "invite", from: "drafted", to: "invited", actor: "employer" },
  { event: "invite", from: "returned", to: "invited", actor: "employer" },
  { event: "withdraw", from: "drafted", to: "withdrawn", actor: "employer" },
  { event: "withdraw", from: "invited", to: "withdrawn", actor: "employer" },
  { event: "accept", from: "invited", to: "accepted", actor: "graduate" },
  { event: "decline", from: "invited", to: "declined", actor: "graduate" },
  { event: "expire", from: "invited", to: "expired", actor: "system" },
  { event: "college_approve", from: "accepted", to: "college_approved", actor: "staff_college", collegeReview: true },
  { event: "school_register", from: "college_approved", to: "registered", actor: "staff_school" },
  { event: "school_register", from: "accepted", to: "registered", actor: "staff_school", collegeReview: false },
  { event: "return", from: "accepted", to: "returned", actor: "staff_college", collegeReview: true },
  { event: "return", from: "accepted", to: "returned", actor: "staff_school", collegeReview: false },
  { event: "return", from: "college_approved", to: "returned", actor: "staff_school" },
  { event: "request_breach", from: "registered", to: "breach_requested", actor: "graduate" },
  {
    event: "breach_college_approve",
    from: "breach_requested",
    to: "breach_college_approved",
    actor: "staff_college",
    collegeReview: true,
  },
  { event: "breach_school_approve", from: "breach_college_approved", to: "terminated", actor: "staff_school" },
  {
    event: "breach_school_approve",
    from: "breach_requested",
    to: "terminated",
    actor: "staff_school",
    collegeReview: false,
  },
  { event: "breach_reject", from: "breach_requested", to: "registered", actor: "staff_college", collegeReview: true },
  { event: "breach_reject", from: "breach_requested", to: "registered", actor: "staff_school", collegeReview: false },
  { event: "breach_reject", from: "breach_college_approved", to: "registered", actor: "staff_school" },
];

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

export const AGREEMENT_STATE_LABELS: Readonly<Record<AgreementState, Bilingual>> = {
  drafted: { zh: "草稿", en: "Draft" },
  invited: { zh: "待毕业生确认", en: "Awaiting the graduate" },
  accepted: { zh: "毕业生已接受", en: "Accepted by the graduate" },
  declined: { zh: "毕业生已拒绝", en: "Declined by the graduate" },
  expired: { zh: "已过期", en: "Expired" },
  withdrawn: { zh: "单位已撤回", en: "Withdrawn by the employer" },
  college_approved: { zh: "学院已审核", en: "Approved by the college" },
  registered: { zh: "学校已鉴证", en: "Registered by the school" },
  returned: { zh: "已退回", en: "Returned" },
  breach_requested: { zh: "解约申请中", en: "Termination requested" },
  breach_college_approved: { zh: "解约：学院已审核", en: "Termination approved by the college" },
  terminated: { zh: "已解约", en: "Terminated" },
};

export const AGREEMENT_EVENT_LABELS: Readonly<Record<AgreementEvent, Bilingual>> = {
  invite: { zh: "发送给毕业生", en: "Send to the graduate" },
  withdraw: { zh: "撤回", en: "Withdraw" },
  accept: { zh: "接受", en: "Accept" },
  decline: { zh: "拒绝", en: "Decline" },
  expire: { zh: "过期", en: "Expire" },
  college_approve: { zh: "学院审核通过", en: "Approve (college)" },
  school_register: { zh: "学校鉴证", en: "Register (school)" },
  return: { zh: "退回", en: "Return" },
  request_breach: { zh: "申请解约", en: "Request termination" },
  breach_college_approve: { zh: "学院同意解约", en: "Approve termination (college)" },
  breach_school_approve: { zh: "学校同意解约", en: "Approve termination (school)" },
  breach_reject: { zh: "驳回解约申请", en: "Reject termination" },
};

/** Changing the terms before the graduate replies (DOMAIN.md: "the employer may withdraw or edit before a reply"). Not a state change. */
export const EDITABLE_AGREEMENT_STATES: ReadonlySet<AgreementState> = new Set(["drafted", "invited", "returned"]);
export const AGREEMENT_EDIT_LABEL: Bilingual = { zh: "单位修改了协议条款", en: "The employer changed the terms" };

/** The terms as the agreement page and the mails name them. */
export const AGREEMENT_TERM_LABELS = {
  position: { zh: "岗位", en: "Position" },
  monthlyPay: { zh: "月薪", en: "Monthly pay" },
  probationMonths: { zh: "试用期（月）", en: "Probation (months)" },
  workProvince: { zh: "工作省份", en: "Work province" },
  workCity: { zh: "工作城市", en: "Work city" },
  startDate: { zh: "报到日期", en: "Start date" },
  breachPenalty: { zh: "违约金", en: "Breach penalty" },
  archiveAddress: { zh: "档案转递地址", en: "Personal file address" },
  hukouAddress: { zh: "户口迁移地址", en: "Household registration address" },
} as const satisfies Record<string, Bilingual>;
export type AgreementTerm = keyof typeof AGREEMENT_TERM_LABELS;

/** The terms that differ between two versions, as "label: old → new" lines in one language. */
export function describeTermChanges(
  before: Record<AgreementTerm, string | number>,
  after: Record<AgreementTerm, string | number>,
  lang: "zh" | "en",
): string[] {
  return (Object.keys(AGREEMENT_TERM_LABELS) as AgreementTerm[])
    .filter((term) => String(before[term]) !== String(after[term]))
    .map((term) => `${AGREEMENT_TERM_LABELS[term][lang]}: ${before[term]} → ${after[term]}`);
}

/** Any event of an agreement's history (the transitions plus drafting and editing), for the timeline. */
export function agreementEventLabel(event: string): Bilingual {
  if (event === "draft") return { zh: "起草协议", en: "Drafted" };
  if (event === "edit") return AGREEMENT_EDIT_LABEL;
  return (AGREEMENT_EVENT_LABELS as Record<string, Bilingual>)[event] ?? { zh: event, en: event };
}

export const AGREEMENT_ACTOR_LABELS: Readonly<Record<AgreementActor, Bilingual>> = {
  employer: { zh: "用人单位", en: "the employer" },
  graduate: { zh: "毕业生", en: "the graduate" },
  staff_college: { zh: "学院就业工作人员", en: "college staff" },
  staff_school: { zh: "学校就业工作人员", en: "school staff" },
  system: { zh: "系统", en: "the system" },
};

export type TransitionResult<S> = { ok: true; to: S } | { ok: false; reason: Bilingual };

function stepsAllow(t: AgreementTransition, steps: ReviewSteps): boolean {
  return t.collegeReview === undefined || t.collegeReview === steps.college;
}

/** The state an event leads to, or why it may not happen. */
export function nextState(
  state: AgreementState,
  event: AgreementEvent,
  actor: AgreementActor,
  steps: ReviewSteps,
): TransitionResult<AgreementState> {
  const fromHere = AGREEMENT_TRANSITIONS.filter((t) => t.from === state && t.event === event);
  const stateLabel = AGREEMENT_STATE_LABELS[state] ?? { zh: String(state), en: String(state) };
  const eventLabel = AGREEMENT_EVENT_LABELS[event] ?? { zh: String(event), en: String(event) };
  if (fromHere.length === 0) {
    return {
      ok: false,
      reason: {
        zh: `协议处于“${stateLabel.zh}”状态，不能执行“${eventLabel.zh}”。`,
        en: `An agreement in the state "${stateLabel.en}" cannot take the action "${eventLabel.en}".`,
      },
    };
  }
  const mine = fromHere.filter((t) => t.actor === actor);
  if (mine.length === 0) {
    const actorLabel = AGREEMENT_ACTOR_LABELS[actor] ?? { zh: String(actor), en: String(actor) };
    return {
      ok: false,
      reason: {
        zh: `${actorLabel.zh}无权执行“${eventLabel.zh}”。`,
        en: `"${eventLabel.en}" may not be done by ${actorLabel.en} at this stage.`,
      },
    };
  }
  const allowed = mine.find((t) => stepsAllow(t, steps));
  if (!allowed) {
    return {
      ok: false,
      reason: steps.college
        ? {
            zh: `本校要求学院审核，请先由学院审核后再执行“${eventLabel.zh}”。`,
            en: `This school requires the college review first; "${eventLabel.en}" is not available yet.`,
          }
        : {
            zh: `本校未设置学院审核环节，不能执行“${eventLabel.zh}”。`,
            en: `This school has no college review step, so "${eventLabel.en}" is not available.`,
          },
    };
  }
  return { ok: true, to: allowed.to };
}

/** Events this actor may fire from this state under these review steps, in table order. */
export function availableEvents(state: AgreementState, actor: AgreementActor, steps: ReviewSteps): AgreementEvent[] {
  const events: AgreementEvent[] = [];
  for (const t of AGREEMENT_TRANSITIONS) {
    if (t.from === state && t.actor === actor && stepsAllow(t, steps) && !events.includes(t.event))
      events.push(t.event);
  }
  return events;
}

export function isTerminalAgreementState(state: AgreementState): boolean {
  return TERMINAL_AGREEMENT_STATES.has(state);
}
