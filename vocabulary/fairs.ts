/**
 * Online job fairs (空中双选会): the lists the schema, the domain (`app/fairs/`) and the pages share.
 * Labels are messages (`fair.state.<state>`, `booth.state.<state>` …) in `app/i18n/domains/fairs.ts`.
 */

/** A fair's life: set up, employers apply for booths, graduates register, the live day(s), over. */
export const FAIR_STATES = ["draft", "open_for_employers", "open_for_graduates", "live", "closed"] as const;
export type FairState = (typeof FAIR_STATES)[number];

/** Who is promoted from a full fair's waitlist: the next in join order at once, or whom staff pick. */
export const WAITLIST_MODES = ["auto", "manual"] as const;
export type WaitlistMode = (typeof WAITLIST_MODES)[number];

/** The degrees an audience rule may name (the roster's `graduates.degree`). */
export const FAIR_DEGREES = ["associate", "bachelor", "master", "doctor"] as const;
export type FairDegree = (typeof FAIR_DEGREES)[number];

/** An employer's booth at one fair. */
export const BOOTH_STATES = ["applied", "approved", "declined", "withdrawn"] as const;
export type BoothState = (typeof BOOTH_STATES)[number];

/** A graduate's place at a fair. */
export const REGISTRATION_STATES = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** A graduate's place in one booth's live queue. `called` and `chatting` are the "busy" states. */
export const QUEUE_STATES = ["waiting", "called", "chatting", "done", "missed", "left"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** The states in which a graduate is with a representative: at most one such entry per graduate. */
export const QUEUE_BUSY_STATES = ["called", "chatting"] as const satisfies readonly QueueState[];
/** The states of an entry that still holds a place at its booth. */
export const QUEUE_ACTIVE_STATES = ["waiting", "called", "chatting"] as const satisfies readonly QueueState[];

/** What a representative marks after a chat. */
export const QUEUE_INTERESTS = ["interested", "not_a_fit", "invite_to_interview"] as const;
export type QueueInterest = (typeof QUEUE_INTERESTS)[number];

/**
 * Who may register for a fair: each list that is not empty must contain the graduate's value
 * (AND across the four types, OR within one). Empty everywhere: every graduate of the fair's scope.
 */
export interface FairAudience {
  cohorts: number[];
  degrees: FairDegree[];
  collegeIds: number[];
  majorIds: number[];
}

/**
 * Employer no-shows (issue 13): a booth none of whose representatives went online during the live
 * hours is recorded at close; after `limit` no-shows within `barDays`, the employer cannot apply
 * for a booth until `barDays` after the last one. The defaults; a deployment sets its own
 * with FAIR_NO_SHOW_LIMIT and FAIR_NO_SHOW_BAR_DAYS (app/fairs/no-shows.server.ts, noShowRule).
 */
export const FAIR_NO_SHOW_RULE = { limit: 2, barDays: 365 } as const;
export type FairNoShowRule = { limit: number; barDays: number };

/** Reminders before a fair's first live session: the day before and one hour before. */
export const FAIR_REMINDERS = [
  { kind: "day", beforeMs: 24 * 3600_000 },
  { kind: "hour", beforeMs: 3600_000 },
] as const;
