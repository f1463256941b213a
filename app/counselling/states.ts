/**
 * Counselling booking state machine, as a transition table.
 *
 *   booked ─cancel(reason)→ cancelled      graduate: until CANCEL_CUTOFF_MINUTES before the start;
 *                                          staff: any time before the start
 *   booked ─attend→ attended               staff, once the appointment has started
 *   booked ─mark_no_show→ no_show          staff, once the appointment has started
 *
 * Pure module: the caller passes the slot's start and the current time.
 */

export type Bilingual = { zh: string; en: string };

import { BOOKING_STATES, type BookingState } from "../../vocabulary";

export { BOOKING_STATES, type BookingState };

export const BOOKING_EVENTS = ["cancel", "attend", "mark_no_show"] as const;
export type BookingEvent = (typeof BOOKING_EVENTS)[number];

export const BOOKING_ACTORS = ["graduate", "staff"] as const;
export type BookingActor = (typeof BOOKING_ACTORS)[number];

/** A graduate may cancel up to this long before the start; after that they contact the counsellor. */
export const CANCEL_CUTOFF_MINUTES = 120;
/** Slots can be booked up to this long before they start. */
export const BOOK_CUTOFF_MINUTES = 60;
/** Upcoming bookings a graduate may hold with one counsellor, and in all. */
export const MAX_UPCOMING_PER_COUNSELLOR = 1;
export const MAX_UPCOMING_TOTAL = 3;

export type BookingTransition = {
  event: BookingEvent;
  from: BookingState;
  to: BookingState;
  actors: readonly BookingActor[];
};

export const BOOKING_TRANSITIONS: readonly BookingTransition[] = [
  { event: "cancel", from: "booked", to: "cancelled", actors: ["graduate", "staff"] },
  { event: "attend", from: "booked", to: "attended", actors: ["staff"] },
  { event: "mark_no_show", from: "booked", to: "no_show", actors: ["staff"] },
];

export const BOOKING_STATE_LABELS: Readonly<Record<BookingState, Bilingual>> = {
  booked: { zh: "已预约", en: "Booked" },
  attended: { zh: "已到场", en: "Attended" },
  no_show: { zh: "未到场", en: "No-show" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};

export const BOOKING_EVENT_LABELS: Readonly<Record<BookingEvent, Bilingual>> = {
  cancel: { zh: "取消预约", en: "Cancel" },
  attend: { zh: "标记为已到场", en: "Mark as attended" },
  mark_no_show: { zh: "标记为未到场", en: "Mark as no-show" },
};

export type BookingContext = { startsAt: Date; now: Date; reason?: string | null };
export type BookingTransitionResult = { ok: true; to: BookingState } | { ok: false; reason: Bilingual };

const fail = (zh: string, en: string): BookingTransitionResult => ({ ok: false, reason: { zh, en } });

export function nextBookingState(
  state: BookingState,
  event: BookingEvent,
  actor: BookingActor,
  context: BookingContext,
): BookingTransitionResult {
  const t = BOOKING_TRANSITIONS.find((x) => x.from === state && x.event === event);
  const stateLabel = BOOKING_STATE_LABELS[state] ?? { zh: String(state), en: String(state) };
  const eventLabel = BOOKING_EVENT_LABELS[event] ?? { zh: String(event), en: String(event) };
  if (!t) {
    return fail(
      `预约处于“${stateLabel.zh}”状态，不能执行“${eventLabel.zh}”。`,
      `A booking that is "${stateLabel.en}" cannot take the action "${eventLabel.en}".`,
    );
  }
  if (!t.actors.includes(actor)) {
    return fail(`无权执行“${eventLabel.zh}”。`, `"${eventLabel.en}" is not yours to do.`);
  }
  const start = context.startsAt.getTime();
  const now = context.now.getTime();
  if (event === "cancel") {
    if ((context.reason ?? "").trim() === "")
      return fail("取消预约须填写原因。", "A reason is required to cancel a booking.");
    if (now >= start)
      return fail(
        "咨询已开始，不能取消；请标记到场情况。",
        "The appointment has started; record attendance instead of cancelling.",
      );
    if (actor === "graduate" && start - now < CANCEL_CUTOFF_MINUTES * 60_000) {
      return fail(
        `开始前 ${CANCEL_CUTOFF_MINUTES / 60} 小时内不能在线取消，请直接联系咨询老师。`,
        `Within ${CANCEL_CUTOFF_MINUTES / 60} hours of the start a booking cannot be cancelled online; please contact the counsellor.`,
      );
    }
  }
  if ((event === "attend" || event === "mark_no_show") && now < start) {
    return fail("咨询尚未开始，不能记录到场情况。", "The appointment has not started yet.");
  }
  return { ok: true, to: t.to };
}

/** Events this actor may fire now (cancel listed even though it needs a reason). */
export function availableBookingEvents(
  state: BookingState,
  actor: BookingActor,
  context: Omit<BookingContext, "reason">,
): BookingEvent[] {
  return BOOKING_TRANSITIONS.filter(
    (t) => t.from === state && nextBookingState(state, t.event, actor, { ...context, reason: "x" }).ok,
  ).map((t) => t.event);
}
