export const COUNSELLING_MODES = ["video", "in_person"] as const;
export type CounsellingMode = (typeof COUNSELLING_MODES)[number];

export const BOOKING_STATES = ["booked", "attended", "no_show", "cancelled"] as const;
export type BookingState = (typeof BOOKING_STATES)[number];
