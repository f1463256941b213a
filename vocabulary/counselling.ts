export const COUNSELLING_MODES = ["video", "in_person"] as const;
export type CounsellingMode = (typeof COUNSELLING_MODES)[number];

export const BOOKING_STATES = ["booked", "attended", "no_show", "cancelled"] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** A counselling slot: open, or withdrawn by staff (then neither bookable nor checked for overlaps). */
export const COUNSELLING_SLOT_STATES = ["open", "withdrawn"] as const;
export type CounsellingSlotState = (typeof COUNSELLING_SLOT_STATES)[number];
