/**
 * Counselling booking state machine (decision 009), as a transition table.
 *
 *   booked ─cancel(reason)→ cancelled      graduate: until CANCEL_CUTOFF_MINUTES before the start;
 *                                          staff: any time before the start
 *   booked ─attend→ attended               staff, once the appointment has started
 *   booked ─mark_no_show→ no_show          staff, once the appointment has started
 *
 * Pure module: the caller passes the slot's start and the current time.
 */
import type { Message } from "../i18n/messages";
import { machine } from "../machine";
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

export type BookingContext = { startsAt: Date; now: Date; reason?: string | null };

/** Cancelling needs a reason and a start still ahead; a graduate must also be before the cut-off. */
function cancelRule(cutoffMinutes: number) {
  return (ctx: BookingContext): Message | undefined => {
    if ((ctx.reason ?? "").trim() === "") return { key: "counselling.cancel.reasonRequired" };
    const ahead = ctx.startsAt.getTime() - ctx.now.getTime();
    if (ahead <= 0) return { key: "counselling.cancel.started" };
    if (ahead < cutoffMinutes * 60_000)
      return { key: "counselling.cancel.tooLate", params: { hours: cutoffMinutes / 60 } };
    return undefined;
  };
}

const started = (ctx: BookingContext): Message | undefined =>
  ctx.now.getTime() < ctx.startsAt.getTime() ? { key: "counselling.attendance.notYet" } : undefined;

export const bookingMachine = machine<BookingState, BookingEvent, BookingActor, BookingContext>("booking", {
  states: BOOKING_STATES,
  events: BOOKING_EVENTS,
  rows: [
    {
      event: "cancel",
      from: ["booked"],
      to: "cancelled",
      actors: ["graduate"],
      guard: cancelRule(CANCEL_CUTOFF_MINUTES),
    },
    { event: "cancel", from: ["booked"], to: "cancelled", actors: ["staff"], guard: cancelRule(0) },
    { event: "attend", from: ["booked"], to: "attended", actors: ["staff"], guard: started },
    { event: "mark_no_show", from: ["booked"], to: "no_show", actors: ["staff"], guard: started },
  ],
});

/** A stand-in reason, so that listing the buttons does not hide the cancel button. */
const LISTING_REASON = "—";

/** The buttons of a booking: what this actor may do now (cancel listed; its reason is asked when pressed). */
export function bookingActions(
  state: BookingState,
  actor: BookingActor,
  context: Omit<BookingContext, "reason">,
): BookingEvent[] {
  return bookingMachine.available(state, actor, { ...context, reason: LISTING_REASON });
}
