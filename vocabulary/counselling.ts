export const BOOKING_STATES = ["booked", "attended", "no_show", "cancelled"] as const;
export type BookingState = (typeof BOOKING_STATES)[number];
