import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { INTERVIEW_STATES, type InterviewMode, type InterviewState } from "../../vocabulary";
import { oneOf } from "./checks";
import { applications } from "./graduates";
import { graduates, users } from "./people";
import { employers } from "./vetting";

export { INTERVIEW_MODES, type InterviewMode } from "../../vocabulary";

/**
 * Online interviews (state machine: app/interviews/states.ts). Every change raises `sequence`,
 * which is the iCalendar SEQUENCE of the invite mailed to both sides (UID interview-<id>@jiuye).
 */
export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    organizerUserId: uuid("organizer_user_id")
      .notNull()
      .references(() => users.id),
    mode: text("mode").$type<InterviewMode>().notNull(),
    /** Meeting link, phone number or address, depending on the mode. */
    location: text("location").notNull(),
    status: text("status").$type<InterviewState>().notNull().default("proposed"),
    /** Who asked for the current new time (while rescheduled); that side may not confirm it. */
    rescheduledBy: text("rescheduled_by").$type<"employer" | "graduate">(),
    sequence: integer("sequence").notNull().default(0),
    chosenSlotId: uuid("chosen_slot_id"),
    cancelReason: text("cancel_reason"),
    outcome: text("outcome").$type<"completed" | "no_show">(),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("interviews_employer").on(t.employerId, t.status),
    index("interviews_graduate").on(t.graduateId, t.status),
    check("interviews_mode_known", sql`${t.mode} in ('video','phone','onsite')`),
    check("interviews_status_known", oneOf(t.status, INTERVIEW_STATES)),
  ],
);

/** Times offered for an interview. A booked slot may not overlap another booked slot of the same organizer (trigger in migration interview_overlap_guard). */
export const interviewSlots = pgTable(
  "interview_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    organizerUserId: uuid("organizer_user_id")
      .notNull()
      .references(() => users.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    booked: boolean("booked").notNull().default(false),
  },
  (t) => [
    index("interview_slots_interview").on(t.interviewId),
    index("interview_slots_organizer_booked")
      .on(t.organizerUserId, t.startsAt)
      .where(sql`${t.booked}`),
    check("interview_slots_order", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
