import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { graduates, users } from "./people";
import { postings } from "./vetting";
import {
  CONTACT_CHANNELS,
  SUBSIDY_STATES,
  SUPPORT_PLAN_STATES,
  type ContactChannel,
  type SubsidyState,
  type SupportPlanState,
} from "../../vocabulary";
import { oneOf } from "./checks";

export { CONTACT_CHANNELS, SUBSIDY_STATES, SUPPORT_PLAN_STATES } from "../../vocabulary";
export type { ContactChannel, SubsidyState, SupportPlanState };

/**
 * 一人一策: one support plan per graduate with difficulties, kept by career staff of the
 * graduate's scope. Sensitive (PIPL art. 28): every view is audited.
 */
export const supportPlans = pgTable(
  "support_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    /** The assigned counsellor: a staff user whose scope covers the graduate. */
    counsellorId: uuid("counsellor_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status").$type<SupportPlanState>().notNull().default("open"),
    closeReason: text("close_reason"),
    openedBy: uuid("opened_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /**
     * Latest staff-side progress (contact, referral, goal, subsidy). The graduate's own activity
     * (applications, destination) is read from its tables when the list is built.
     */
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("support_plans_graduate").on(t.graduateId),
    index("support_plans_counsellor").on(t.counsellorId, t.status),
    check("support_plans_status_known", oneOf(t.status, SUPPORT_PLAN_STATES)),
  ],
);

export const supportGoals = pgTable(
  "support_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => supportPlans.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    done: boolean("done").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_goals_plan").on(t.planId, t.createdAt)],
);

/** Contact log (谈心谈话 / 跟踪记录): who talked to the graduate, when, how, and what next. */
export const supportContacts = pgTable(
  "support_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => supportPlans.id, { onDelete: "cascade" }),
    contactedOn: date("contacted_on", { mode: "string" }).notNull(),
    channel: text("channel").$type<ContactChannel>().notNull(),
    summary: text("summary").notNull(),
    nextStep: text("next_step").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_contacts_plan").on(t.planId, t.contactedOn),
    check("support_contacts_channel_known", oneOf(t.channel, CONTACT_CHANNELS)),
  ],
);

/** A posting recommended to the graduate by staff (重点推荐岗位); the outcome is read from applications. */
export const supportReferrals = pgTable(
  "support_referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => supportPlans.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id),
    note: text("note").notNull().default(""),
    referredBy: uuid("referred_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("support_referrals_plan_posting").on(t.planId, t.postingId)],
);

/**
 * Subsidies applied for on the graduate's behalf (求职创业补贴 ...). The kind is a code from the
 * list in app/support/subsidies.ts (data, not a check constraint: provinces name more). Whole yuan.
 */
export const supportSubsidies = pgTable(
  "support_subsidies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => supportPlans.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    amountYuan: integer("amount_yuan").notNull(),
    status: text("status").$type<SubsidyState>().notNull().default("applied"),
    appliedOn: date("applied_on", { mode: "string" }).notNull(),
    decidedOn: date("decided_on", { mode: "string" }),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_subsidies_plan").on(t.planId),
    check("support_subsidies_status_known", oneOf(t.status, SUBSIDY_STATES)),
    check("support_subsidies_amount_positive", sql`${t.amountYuan} > 0`),
  ],
);
