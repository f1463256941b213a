import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  BOOKING_STATES,
  COUNSELLING_MODES,
  COUNSELLING_SLOT_STATES,
  type BookingState,
  type CounsellingMode,
  type CounsellingSlotState,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { colleges, graduates, users } from "./people";

export { COUNSELLING_MODES, type CounsellingMode } from "../../vocabulary";

/**
 * Counselling topics (简历指导, 面试辅导, ...) as data, so a school can add or retire one without a
 * release. Rows are inserted by the migration counselling_guards.
 */
export const counsellingTopics = pgTable("counselling_topics", {
  code: text("code").primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sort: integer("sort").notNull().default(0),
  active: boolean("active").notNull().default(true),
});

/**
 * A time a counsellor (career staff) offers. Open slots of one counsellor never overlap (trigger
 * counselling_slots_no_overlap, migration counselling_guards). `collegeId` restricts who may
 * book to that college's graduates; null means every graduate of the school.
 */
export const counsellingSlots = pgTable(
  "counselling_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    counsellorUserId: uuid("counsellor_user_id")
      .notNull()
      .references(() => users.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    mode: text("mode").$type<CounsellingMode>().notNull(),
    /** Meeting link (video) or room (in person). */
    location: text("location").notNull(),
    /** Topic codes (counselling_topics.code) this slot is offered for. */
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    collegeId: integer("college_id").references(() => colleges.id),
    /** open, or withdrawn by staff (then it is neither bookable nor checked for overlaps). */
    status: text("status").$type<CounsellingSlotState>().notNull().default("open"),
    withdrawReason: text("withdraw_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("counselling_slots_counsellor").on(t.counsellorUserId, t.startsAt),
    index("counselling_slots_open")
      .on(t.startsAt)
      .where(sql`${t.status} = 'open'`),
    check("counselling_slots_order", sql`${t.endsAt} > ${t.startsAt}`),
    check("counselling_slots_mode_known", oneOf(t.mode, COUNSELLING_MODES)),
    check("counselling_slots_status_known", oneOf(t.status, COUNSELLING_SLOT_STATES)),
  ],
);

/**
 * A graduate's booking of a slot (state machine: app/counselling/states.ts). At most one booking
 * per slot that is not cancelled (unique index), so two graduates racing for one slot cannot
 * both win. `sequence` is the iCalendar SEQUENCE of the invite (UID counselling-<id>@jiuye).
 */
export const counsellingBookings = pgTable(
  "counselling_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => counsellingSlots.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    /** Copied from the slot, so caps per counsellor are one indexed query. */
    counsellorUserId: uuid("counsellor_user_id")
      .notNull()
      .references(() => users.id),
    topic: text("topic")
      .notNull()
      .references(() => counsellingTopics.code),
    question: text("question").notNull().default(""),
    status: text("status").$type<BookingState>().notNull().default("booked"),
    sequence: integer("sequence").notNull().default(0),
    cancelledBy: text("cancelled_by").$type<"graduate" | "staff">(),
    cancelReason: text("cancel_reason"),
    /** The counsellor's private note; never shown to the graduate or mailed. */
    staffNote: text("staff_note"),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("counselling_bookings_slot_once")
      .on(t.slotId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("counselling_bookings_graduate").on(t.graduateId, t.status),
    index("counselling_bookings_counsellor").on(t.counsellorUserId, t.status),
    check("counselling_bookings_status_known", oneOf(t.status, BOOKING_STATES)),
  ],
);
