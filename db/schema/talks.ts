import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  TALK_ATTENDANCE_METHODS,
  TALK_HOLDING_STATES,
  TALK_MODES,
  TALK_SIGNUP_STATES,
  TALK_SLOTS,
  TALK_STATES,
  type TalkAttendanceMethod,
  type TalkMode,
  type TalkSignupState,
  type TalkSlot,
  type TalkState,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { graduates, users } from "./people";
import { employers, postings } from "./vetting";

/** A campus room staff let employers book for talks (报告厅, 教室). */
export const talkVenues = pgTable(
  "talk_venues",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    building: text("building").notNull(),
    capacity: integer("capacity").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("talk_venues_name").on(t.building, t.name),
    check("talk_venues_capacity_positive", sql`${t.capacity} > 0`),
  ],
);

/**
 * An employer's campus talk (宣讲会), state machine in app/talks/states.ts. On campus it holds a
 * venue slot: the partial unique index `talks_one_per_venue_slot` is what refuses a double booking,
 * also between two requests committed at the same instant. Online it carries an https link.
 */
export const talks = pgTable(
  "talks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    title: text("title").notNull(),
    /** 招聘简章, as the employer typed it. */
    brochure: text("brochure").notNull(),
    mode: text("mode").$type<TalkMode>().notNull(),
    venueId: integer("venue_id").references(() => talkVenues.id),
    meetingLink: text("meeting_link"),
    talkDate: date("talk_date", { mode: "string" }).notNull(),
    slot: text("slot").$type<TalkSlot>().notNull(),
    /** Graduates who may sign up; the venue's capacity on campus. */
    capacity: integer("capacity").notNull(),
    status: text("status").$type<TalkState>().notNull().default("requested"),
    decisionReason: text("decision_reason"),
    /** Key of the room screen's check-in codes (HMAC); never leaves the server. */
    checkInSecret: text("check_in_secret").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("talks_one_per_venue_slot")
      .on(t.venueId, t.talkDate, t.slot)
      .where(oneOf(t.status, TALK_HOLDING_STATES)),
    index("talks_status_date").on(t.status, t.talkDate),
    index("talks_employer").on(t.employerId),
    check("talks_status_known", oneOf(t.status, TALK_STATES)),
    check("talks_mode_known", oneOf(t.mode, TALK_MODES)),
    check("talks_slot_known", oneOf(t.slot, TALK_SLOTS)),
    check(
      "talks_mode_place",
      sql`(${t.mode} = 'on_campus' and ${t.venueId} is not null and ${t.meetingLink} is null) or (${t.mode} = 'online' and ${t.venueId} is null and ${t.meetingLink} ~ '^https://')`,
    ),
    check("talks_capacity_positive", sql`${t.capacity} > 0`),
  ],
);

/** The employer's published postings featured on the talk page. */
export const talkPostings = pgTable(
  "talk_postings",
  {
    talkId: uuid("talk_id")
      .notNull()
      .references(() => talks.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.talkId, t.postingId] })],
);

/** A graduate's sign-up; one row per graduate and talk (a cancel and a new sign-up reuse it). */
export const talkSignups = pgTable(
  "talk_signups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    talkId: uuid("talk_id")
      .notNull()
      .references(() => talks.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id),
    status: text("status").$type<TalkSignupState>().notNull().default("signed_up"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("talk_signups_once").on(t.talkId, t.graduateId),
    check("talk_signups_status_known", oneOf(t.status, TALK_SIGNUP_STATES)),
  ],
);

/** Who attended; the primary key records an attendance once, however often the code is scanned. */
export const talkAttendance = pgTable(
  "talk_attendance",
  {
    talkId: uuid("talk_id")
      .notNull()
      .references(() => talks.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id),
    method: text("method").$type<TalkAttendanceMethod>().notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.talkId, t.graduateId] }),
    check("talk_attendance_method_known", oneOf(t.method, TALK_ATTENDANCE_METHODS)),
  ],
);
