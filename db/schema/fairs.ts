import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  BOOTH_STATES,
  FAIR_STATES,
  QUEUE_ACTIVE_STATES,
  QUEUE_BUSY_STATES,
  QUEUE_INTERESTS,
  QUEUE_STATES,
  REGISTRATION_STATES,
  WAITLIST_MODES,
  type BoothState,
  type FairAudience,
  type FairState,
  type QueueInterest,
  type QueueState,
  type RegistrationState,
  type WaitlistMode,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { applications } from "./graduates";
import { interviews } from "./interviews";
import { colleges, graduates, users } from "./people";
import { employers, postings } from "./vetting";

export { FAIR_STATES, BOOTH_STATES, REGISTRATION_STATES, QUEUE_STATES, type FairState } from "../../vocabulary";

/**
 * An online job fair (空中双选会), state machine in app/fairs/states.ts. School-wide when
 * `collegeId` is null, else one college's (its staff run it, its graduates attend). The live hours
 * are wall-clock times at school on every day from `startsOn` to `endsOn`.
 */
export const fairs = pgTable(
  "fairs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    /** 专场, e.g. 中小企业专场, 信息类专场; empty for a general fair. */
    theme: text("theme").notNull().default(""),
    description: text("description").notNull().default(""),
    collegeId: integer("college_id").references(() => colleges.id),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    /** "HH:MM" at school. */
    liveFrom: text("live_from").notNull(),
    liveUntil: text("live_until").notNull(),
    audience: jsonb("audience")
      .$type<FairAudience>()
      .notNull()
      .default({ cohorts: [], degrees: [], collegeIds: [], majorIds: [] }),
    /** Registered graduates at most; null = no limit (no waitlist then). */
    graduateCapacity: integer("graduate_capacity"),
    waitlistMode: text("waitlist_mode").$type<WaitlistMode>().notNull().default("auto"),
    /** Approved booths at most. */
    boothCapacity: integer("booth_capacity").notNull(),
    /** Employers apply from the first day to the last (school dates, inclusive). */
    employerWindowOpens: date("employer_window_opens", { mode: "string" }).notNull(),
    employerWindowCloses: date("employer_window_closes", { mode: "string" }).notNull(),
    status: text("status").$type<FairState>().notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fairs_status").on(t.status, t.startsOn),
    check("fairs_status_known", oneOf(t.status, FAIR_STATES)),
    check("fairs_waitlist_mode_known", oneOf(t.waitlistMode, WAITLIST_MODES)),
    check("fairs_dates_order", sql`${t.endsOn} >= ${t.startsOn}`),
    check("fairs_window_order", sql`${t.employerWindowCloses} >= ${t.employerWindowOpens}`),
    check(
      "fairs_live_hours",
      sql`${t.liveFrom} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.liveUntil} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.liveUntil} > ${t.liveFrom}`,
    ),
    check("fairs_graduate_capacity_positive", sql`${t.graduateCapacity} is null or ${t.graduateCapacity} > 0`),
    check("fairs_booth_capacity_positive", sql`${t.boothCapacity} > 0`),
  ],
);

/**
 * An employer's booth at a fair (state machine in app/fairs/states.ts). One per employer per fair
 * (unique index): a declined or withdrawn employer re-applies on the same row.
 */
export const fairBooths = pgTable(
  "fair_booths",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fairId: uuid("fair_id")
      .notNull()
      .references(() => fairs.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    status: text("status").$type<BoothState>().notNull().default("applied"),
    intro: text("intro").notNull().default(""),
    /** The soft timer: both sides are warned at this length; a chat is never cut off. */
    chatMinutes: integer("chat_minutes").notNull().default(15),
    decisionReason: text("decision_reason"),
    appliedBy: uuid("applied_by").references(() => users.id),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Set at close when no representative went online during the live hours (no-show rule, app/fairs/no-shows.server.ts). */
    noShowAt: timestamp("no_show_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fair_booths_one_per_employer").on(t.fairId, t.employerId),
    index("fair_booths_fair").on(t.fairId, t.status),
    check("fair_booths_status_known", oneOf(t.status, BOOTH_STATES)),
    check("fair_booths_chat_minutes", sql`${t.chatMinutes} between 3 and 60`),
  ],
);

/** The published postings a booth features. */
export const fairBoothPostings = pgTable(
  "fair_booth_postings",
  {
    boothId: uuid("booth_id")
      .notNull()
      .references(() => fairBooths.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.boothId, t.postingId] })],
);

/**
 * The colleague accounts attending a booth, each with their own meeting link (腾讯会议, 飞书,
 * Zoom or any https link). `onlineSince` is set while the representative takes calls.
 */
export const fairBoothRepresentatives = pgTable(
  "fair_booth_representatives",
  {
    boothId: uuid("booth_id")
      .notNull()
      .references(() => fairBooths.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    meetingLink: text("meeting_link").notNull(),
    onlineSince: timestamp("online_since", { withTimezone: true }),
    /** First time online during the live hours: a booth with none is a no-show at close (app/fairs/no-shows.server.ts). */
    firstOnlineAt: timestamp("first_online_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.boothId, t.userId] }),
    check("fair_booth_representatives_https", sql`${t.meetingLink} ~ '^https://[^[:space:]]+$'`),
  ],
);

/**
 * A graduate's registration. `seq` orders the waitlist: promotion takes the lowest first. One row
 * per graduate per fair; a cancelled graduate who registers again goes to the end.
 */
export const fairRegistrations = pgTable(
  "fair_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fairId: uuid("fair_id")
      .notNull()
      .references(() => fairs.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    status: text("status").$type<RegistrationState>().notNull(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fair_registrations_once").on(t.fairId, t.graduateId),
    index("fair_registrations_waitlist").on(t.fairId, t.status, t.seq),
    check("fair_registrations_status_known", oneOf(t.status, REGISTRATION_STATES)),
  ],
);

/**
 * A graduate's place in one booth's live queue (state machine in app/fairs/states.ts). The order
 * is `lineAt`, then `seq`. Two partial unique indexes are the rules the issue asks the database to
 * keep: one active place per graduate per booth, and — across all booths — at most one entry per
 * graduate that is called or chatting, so two booths calling one graduate at the same instant
 * cannot both succeed. A representative likewise holds at most one called or chatting entry.
 */
export const fairQueueEntries = pgTable(
  "fair_queue_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fairId: uuid("fair_id")
      .notNull()
      .references(() => fairs.id, { onDelete: "cascade" }),
    boothId: uuid("booth_id")
      .notNull()
      .references(() => fairBooths.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    status: text("status").$type<QueueState>().notNull().default("waiting"),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    /** Place in line; moved to the end once after a missed call. */
    lineAt: timestamp("line_at", { withTimezone: true }).notNull().defaultNow(),
    representativeUserId: uuid("representative_user_id").references(() => users.id),
    meetingLink: text("meeting_link"),
    calledAt: timestamp("called_at", { withTimezone: true }),
    chatStartedAt: timestamp("chat_started_at", { withTimezone: true }),
    chatEndedAt: timestamp("chat_ended_at", { withTimezone: true }),
    missedCalls: integer("missed_calls").notNull().default(0),
    interest: text("interest").$type<QueueInterest>(),
    note: text("note").notNull().default(""),
    /**
     * The graduate ticked, when joining this line, that the employer may apply for them with their
     * current résumé and propose an interview if it invites them (PIPL art. 23 consent, docs/fairs.md).
     */
    interviewConsentAt: timestamp("interview_consent_at", { withTimezone: true }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fair_queue_one_place_per_booth")
      .on(t.boothId, t.graduateId)
      .where(oneOf(t.status, QUEUE_ACTIVE_STATES)),
    uniqueIndex("fair_queue_one_chat_per_graduate").on(t.graduateId).where(oneOf(t.status, QUEUE_BUSY_STATES)),
    uniqueIndex("fair_queue_one_chat_per_representative")
      .on(t.representativeUserId)
      .where(oneOf(t.status, QUEUE_BUSY_STATES)),
    index("fair_queue_line").on(t.boothId, t.status, t.lineAt, t.seq),
    index("fair_queue_graduate").on(t.graduateId, t.status),
    check("fair_queue_status_known", oneOf(t.status, QUEUE_STATES)),
    check("fair_queue_interest_known", sql`${t.interest} is null or ${oneOf(t.interest, QUEUE_INTERESTS)}`),
    check(
      "fair_queue_busy_has_representative",
      sql`not (${oneOf(t.status, QUEUE_BUSY_STATES)}) or ${t.representativeUserId} is not null`,
    ),
  ],
);

/**
 * A booth's group session (宣讲/答疑 for several graduates at once): a title, a start, a length,
 * a capacity and the meeting link graduates are sent to through `/fairs/<id>/sessions/<id>/join`
 * (so attendance is recorded). A cancelled session keeps its row for the report.
 */
export const fairBoothSessions = pgTable(
  "fair_booth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fairId: uuid("fair_id")
      .notNull()
      .references(() => fairs.id, { onDelete: "cascade" }),
    boothId: uuid("booth_id")
      .notNull()
      .references(() => fairBooths.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    minutes: integer("minutes").notNull(),
    capacity: integer("capacity").notNull(),
    meetingLink: text("meeting_link").notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fair_booth_sessions_booth").on(t.boothId, t.startsAt),
    index("fair_booth_sessions_fair").on(t.fairId, t.startsAt),
    check("fair_booth_sessions_minutes", sql`${t.minutes} between 10 and 240`),
    check("fair_booth_sessions_capacity_positive", sql`${t.capacity} > 0`),
    check("fair_booth_sessions_https", sql`${t.meetingLink} ~ '^https://[^[:space:]]+$'`),
  ],
);

/**
 * A graduate's place at a group session; one row per graduate and session (cancelling deletes it).
 * `attendedAt` is set the first time they open the join link during the session.
 */
export const fairSessionRegistrations = pgTable(
  "fair_session_registrations",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => fairBoothSessions.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attendedAt: timestamp("attended_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.graduateId] }),
    index("fair_session_registrations_graduate").on(t.graduateId),
  ],
);
