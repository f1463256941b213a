/**
 * Campus talks (宣讲会): the lists the schema, the domain (`app/talks/`) and the pages share.
 * Labels are messages (`talk.state.<state>`, `talk.slot.<slot>` …) in `app/i18n/domains/talks.ts`.
 */

/** A talk's life: an employer requests it, staff approve or decline; either side may call it off. */
export const TALK_STATES = ["requested", "approved", "declined", "withdrawn", "cancelled"] as const;
export type TalkState = (typeof TALK_STATES)[number];

/** The states in which a talk holds its venue slot (the unique index in db/schema/talks.ts). */
export const TALK_HOLDING_STATES = ["requested", "approved"] as const satisfies readonly TalkState[];

/** Held online (an https meeting link) or in a campus venue. */
export const TALK_MODES = ["online", "on_campus"] as const;
export type TalkMode = (typeof TALK_MODES)[number];

/**
 * The bookable slots of a venue day, wall-clock at school. Fixed slots make "no double booking" a
 * plain unique index on (venue, date, slot) in the database, with no overlap arithmetic.
 */
export const TALK_SLOTS = ["morning", "afternoon", "evening"] as const;
export type TalkSlot = (typeof TALK_SLOTS)[number];
export const TALK_SLOT_HOURS: Record<TalkSlot, { from: string; until: string }> = {
  morning: { from: "09:30", until: "11:30" },
  afternoon: { from: "14:00", until: "16:00" },
  evening: { from: "18:30", until: "20:30" },
};

/** A graduate's place at a talk. */
export const TALK_SIGNUP_STATES = ["signed_up", "cancelled"] as const;
export type TalkSignupState = (typeof TALK_SIGNUP_STATES)[number];

/** How an attendance was recorded: the room's QR code, by staff (student number), the online join link. */
export const TALK_ATTENDANCE_METHODS = ["qr", "staff", "online"] as const;
export type TalkAttendanceMethod = (typeof TALK_ATTENDANCE_METHODS)[number];
