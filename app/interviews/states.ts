/**
 * Interview state machine (decision 009), as a transition table.
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
import { machine, type TransitionRow } from "../machine";
import { INTERVIEW_STATES, type InterviewState } from "../../vocabulary";

export { INTERVIEW_STATES, type InterviewState };

export const INTERVIEW_EVENTS = ["confirm", "reschedule", "complete", "mark_no_show", "cancel"] as const;
export type InterviewEvent = (typeof INTERVIEW_EVENTS)[number];

export const INTERVIEW_ACTORS = ["employer", "graduate"] as const;
export type InterviewActor = (typeof INTERVIEW_ACTORS)[number];

export type InterviewContext = {
  /** Required (non-blank) to cancel. */
  reason?: string | null;
  /** Who asked for the new time, when the interview is rescheduled; that side may not confirm it. */
  rescheduledBy?: InterviewActor | null;
};

type Row = TransitionRow<InterviewState, InterviewEvent, InterviewActor, InterviewContext>;

/** The side that asked for a new time may not confirm it: one row per side, each with its guard. */
const confirmNewTime = (actor: InterviewActor): Row => ({
  event: "confirm",
  from: ["rescheduled"],
  to: "confirmed",
  actors: [actor],
  guard: (ctx) => (ctx.rescheduledBy === actor ? { key: "interview.confirm.otherSide" } : undefined),
});

const needsReason = (ctx: InterviewContext) =>
  (ctx.reason ?? "").trim() === "" ? { key: "interview.cancel.reasonRequired" } : undefined;

export const interviewMachine = machine<InterviewState, InterviewEvent, InterviewActor, InterviewContext>("interview", {
  states: INTERVIEW_STATES,
  events: INTERVIEW_EVENTS,
  rows: [
    { event: "confirm", from: ["proposed"], to: "confirmed", actors: ["graduate"] },
    confirmNewTime("employer"),
    confirmNewTime("graduate"),
    { event: "complete", from: ["confirmed"], to: "completed", actors: ["employer"] },
    { event: "mark_no_show", from: ["confirmed"], to: "no_show", actors: ["employer"] },
    { event: "reschedule", from: ["proposed", "confirmed"], to: "rescheduled", actors: ["employer", "graduate"] },
    {
      event: "cancel",
      from: ["proposed", "confirmed", "rescheduled"],
      to: "cancelled",
      actors: ["employer", "graduate"],
      guard: needsReason,
    },
  ],
});

/** A stand-in reason, so that listing the buttons does not hide the cancel button. */
const LISTING_REASON = "—";

/**
 * The buttons of an interview card: what this side may do now. Cancel is listed (its reason is
 * asked for when it is pressed); confirming a new time is left out for the side that asked for it.
 */
export function interviewActions(
  state: InterviewState,
  actor: InterviewActor,
  rescheduledBy: InterviewActor | null | undefined,
): InterviewEvent[] {
  return interviewMachine.available(state, actor, { rescheduledBy, reason: LISTING_REASON });
}

/** The application states in which an employer may propose an interview. */
export const INTERVIEWABLE_APPLICATION_STATES: ReadonlySet<string> = new Set([
  "submitted",
  "viewed",
  "shortlisted",
  "interviewing",
]);

export const TERMINAL_INTERVIEW_STATES: ReadonlySet<InterviewState> = new Set(["completed", "no_show", "cancelled"]);

export function isTerminalInterviewState(state: InterviewState): boolean {
  return TERMINAL_INTERVIEW_STATES.has(state);
}
