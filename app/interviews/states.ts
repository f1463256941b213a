/**
 * Interview state machine, as a transition table.
 *
 *   proposed ─confirm→ confirmed ─complete→ completed
 *                                ─mark_no_show→ no_show
 *   proposed|confirmed ─reschedule→ rescheduled ─confirm→ confirmed
 *   proposed|confirmed|rescheduled ─cancel(reason)→ cancelled
 *
 * Roles: the employer proposes, and records the outcome (completed or no-show); the graduate
 * confirms a proposal; either side may ask for a new time or cancel. A new time is confirmed by
 * the other side: when the caller says who rescheduled (`rescheduledBy`), that side may not also
 * confirm it. Cancelling needs a non-blank reason. Every change mails an iCalendar update (same
 * UID, higher SEQUENCE) — see ical.ts.
 *
 * Pure module: no I/O. Whether the interview time has passed is the domain layer's concern.
 */

export type Bilingual = { zh: string; en: string };

import { INTERVIEW_STATES, type InterviewState } from "../../vocabulary";

export { INTERVIEW_STATES, type InterviewState };

export const INTERVIEW_EVENTS = ["confirm", "reschedule", "complete", "mark_no_show", "cancel"] as const;
export type InterviewEvent = (typeof INTERVIEW_EVENTS)[number];

export const INTERVIEW_ACTORS = ["employer", "graduate"] as const;
export type InterviewActor = (typeof INTERVIEW_ACTORS)[number];

export type InterviewTransition = {
  event: InterviewEvent;
  from: InterviewState;
  to: InterviewState;
  actors: readonly InterviewActor[];
};

const BOTH: readonly InterviewActor[] = ["employer", "graduate"];

export const INTERVIEW_TRANSITIONS: readonly InterviewTransition[] = [
  { event: "confirm", from: "proposed", to: "confirmed", actors: ["graduate"] },
  { event: "confirm", from: "rescheduled", to: "confirmed", actors: BOTH },
  { event: "complete", from: "confirmed", to: "completed", actors: ["employer"] },
  { event: "mark_no_show", from: "confirmed", to: "no_show", actors: ["employer"] },
  { event: "reschedule", from: "proposed", to: "rescheduled", actors: BOTH },
  { event: "reschedule", from: "confirmed", to: "rescheduled", actors: BOTH },
  { event: "cancel", from: "proposed", to: "cancelled", actors: BOTH },
  { event: "cancel", from: "confirmed", to: "cancelled", actors: BOTH },
  { event: "cancel", from: "rescheduled", to: "cancelled", actors: BOTH },
];

/** The application states in which an employer may propose an interview. */
export const INTERVIEWABLE_APPLICATION_STATES: ReadonlySet<string> = new Set([
  "submitted",
  "viewed",
  "shortlisted",
  "interviewing",
]);

export const TERMINAL_INTERVIEW_STATES: ReadonlySet<InterviewState> = new Set(["completed", "no_show", "cancelled"]);

export const INTERVIEW_STATE_LABELS: Readonly<Record<InterviewState, Bilingual>> = {
  proposed: { zh: "待确认", en: "Proposed" },
  confirmed: { zh: "已确认", en: "Confirmed" },
  rescheduled: { zh: "已改期，待确认", en: "Rescheduled, awaiting confirmation" },
  completed: { zh: "已完成", en: "Completed" },
  no_show: { zh: "未到场", en: "No-show" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};

export const INTERVIEW_EVENT_LABELS: Readonly<Record<InterviewEvent, Bilingual>> = {
  confirm: { zh: "确认", en: "Confirm" },
  reschedule: { zh: "改期", en: "Reschedule" },
  complete: { zh: "标记为已完成", en: "Mark as completed" },
  mark_no_show: { zh: "标记为未到场", en: "Mark as no-show" },
  cancel: { zh: "取消", en: "Cancel" },
};

export const INTERVIEW_ACTOR_LABELS: Readonly<Record<InterviewActor, Bilingual>> = {
  employer: { zh: "用人单位", en: "the employer" },
  graduate: { zh: "毕业生", en: "the graduate" },
};

export type InterviewContext = {
  /** Required (non-blank) to cancel. */
  reason?: string | null;
  /** Who asked for the new time, when the interview is rescheduled; that side may not confirm it. */
  rescheduledBy?: InterviewActor | null;
};

export type InterviewTransitionResult = { ok: true; to: InterviewState } | { ok: false; reason: Bilingual };

function fail(zh: string, en: string): InterviewTransitionResult {
  return { ok: false, reason: { zh, en } };
}

export function nextInterviewState(
  state: InterviewState,
  event: InterviewEvent,
  actor: InterviewActor,
  context: InterviewContext = {},
): InterviewTransitionResult {
  const t = INTERVIEW_TRANSITIONS.find((x) => x.from === state && x.event === event);
  const stateLabel = INTERVIEW_STATE_LABELS[state] ?? { zh: String(state), en: String(state) };
  const eventLabel = INTERVIEW_EVENT_LABELS[event] ?? { zh: String(event), en: String(event) };
  if (!t) {
    return fail(
      `面试处于“${stateLabel.zh}”状态，不能执行“${eventLabel.zh}”。`,
      `An interview in the state "${stateLabel.en}" cannot take the action "${eventLabel.en}".`,
    );
  }
  if (!t.actors.includes(actor)) {
    const actorLabel = INTERVIEW_ACTOR_LABELS[actor] ?? { zh: String(actor), en: String(actor) };
    return fail(
      `${actorLabel.zh}无权执行“${eventLabel.zh}”。`,
      `"${eventLabel.en}" may not be done by ${actorLabel.en} at this stage.`,
    );
  }
  if (event === "confirm" && state === "rescheduled" && context.rescheduledBy === actor) {
    return fail("新的面试时间需由对方确认。", "The new time must be confirmed by the other side.");
  }
  if (event === "cancel" && (context.reason ?? "").trim() === "") {
    return fail("取消面试须填写原因。", "A reason is required to cancel an interview.");
  }
  return { ok: true, to: t.to };
}

/**
 * Events this actor may fire from this state. Cancel is listed (it needs a reason when fired);
 * confirming a new time is left out for the side that asked for it.
 */
export function availableInterviewEvents(
  state: InterviewState,
  actor: InterviewActor,
  context: Pick<InterviewContext, "rescheduledBy"> = {},
): InterviewEvent[] {
  return INTERVIEW_TRANSITIONS.filter(
    (t) =>
      t.from === state &&
      t.actors.includes(actor) &&
      !(t.event === "confirm" && state === "rescheduled" && context.rescheduledBy === actor),
  ).map((t) => t.event);
}

export function isTerminalInterviewState(state: InterviewState): boolean {
  return TERMINAL_INTERVIEW_STATES.has(state);
}
