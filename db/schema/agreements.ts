import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { AGREEMENT_STATES, OPEN_AGREEMENT_STATES, type AgreementEvent, type AgreementState } from "../../vocabulary";
import { oneOf } from "./checks";
import { applications } from "./graduates";
import { graduates, users } from "./people";
import { employers } from "./vetting";

/**
 * 三方协议 (three-party employment agreement). The state machine is app/agreements/states.ts;
 * which reviews the school requires comes from reviewStepsForSchool() (a constant in code).
 * One deployment serves one school, so "unique per school and year" is a unique number.
 */
export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    status: text("status").$type<AgreementState>().notNull().default("drafted"),
    position: text("position").notNull(),
    /** Yuan per month, before tax. */
    monthlyPay: integer("monthly_pay").notNull(),
    probationMonths: integer("probation_months").notNull().default(0),
    workProvince: text("work_province").notNull(),
    workCity: text("work_city").notNull(),
    startDate: date("start_date").notNull(),
    /** 违约金, yuan. */
    breachPenalty: integer("breach_penalty").notNull().default(0),
    archiveAddress: text("archive_address").notNull(),
    hukouAddress: text("hukou_address").notNull(),
    replyDeadline: timestamp("reply_deadline", { withTimezone: true }),
    declineReason: text("decline_reason"),
    returnReason: text("return_reason"),
    /** Assigned at registration: "<year>-<6 digits>". */
    number: text("number"),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    /** The employer's release letter (解约函), relative to the uploads directory. */
    releaseLetterFile: text("release_letter_file"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /**
     * Set when staff undid a roster link and the wrong account had acted on this agreement in the
     * graduate's name: staff re-verify it with the real graduate, then clear it.
     */
    reverifySince: timestamp("reverify_since", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("agreements_number").on(t.number),
    index("agreements_employer").on(t.employerId, t.status),
    index("agreements_graduate").on(t.graduateId, t.status),
    index("agreements_status").on(t.status, t.updatedAt),
    // One open agreement per employer and graduate: a second "save draft" (a double submit) cannot
    // create a second draft for the same applicant (issue 15, defect c).
    uniqueIndex("agreements_one_open_per_pair")
      .on(t.employerId, t.graduateId)
      .where(oneOf(t.status, OPEN_AGREEMENT_STATES)),
    check("agreements_status_known", oneOf(t.status, AGREEMENT_STATES)),
    check(
      "agreements_amounts",
      sql`${t.monthlyPay} > 0 and ${t.probationMonths} between 0 and 6 and ${t.breachPenalty} >= 0`,
    ),
  ],
);

/** Append-only history of an agreement's transitions. */
export const agreementEvents = pgTable(
  "agreement_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").$type<AgreementState>(),
    toStatus: text("to_status").$type<AgreementState>().notNull(),
    event: text("event").$type<AgreementEvent | "draft" | "edit">().notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_events_agreement").on(t.agreementId, t.id)],
);

/** The last agreement number given out per year; bumped with one upsert inside the registering transaction. */
export const agreementNumberCounters = pgTable("agreement_number_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});
