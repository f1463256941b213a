import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  DESTINATION_SOURCES,
  DESTINATION_STATES,
  type DestinationSource,
  type DestinationState,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { colleges, graduates, users } from "./people";

/**
 * The Ministry of Education 毕业去向 code list as data, not an enum: rows are upserted from
 * app/destinations/codes.ts at start and seed (syncDestinationCodes), and a school may add
 * sub-codes without a migration.
 */
export const destinationCodes = pgTable("destination_codes", {
  code: text("code").primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  placed: boolean("placed").notNull(),
  group2021: text("group_2021").notNull(),
  group2024: text("group_2024").notNull(),
  requiredFields: jsonb("required_fields").$type<string[]>().notNull().default([]),
  evidence: jsonb("evidence").$type<{ zh: string; en: string } | null>(),
  sortOrder: integer("sort_order").notNull().default(0),
  active: boolean("active").notNull().default(true),
});

export {
  DESTINATION_SOURCES,
  DESTINATION_STATES,
  type DestinationSource,
  type DestinationState,
} from "../../vocabulary";

/**
 * A graduate's current destination (one row per graduate; no row means unreported). Whatever
 * was recorded on the graduate's behalf stays 'reported' until the graduate confirms it.
 */
export const destinations = pgTable(
  "destinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    code: text("code").references(() => destinationCodes.code),
    status: text("status").$type<DestinationState>().notNull().default("unreported"),
    fields: jsonb("fields").$type<Record<string, string>>().notNull().default({}),
    source: text("source").$type<DestinationSource>().notNull(),
    isInternship: boolean("is_internship").notNull().default(false),
    returnedReason: text("returned_reason"),
    disputed: boolean("disputed").notNull().default(false),
    disputeNote: text("dispute_note"),
    /** Denormalised from fields for the anomaly checks (clusters of code 12 at one employer). */
    employerName: text("employer_name"),
    employerCreditCode: text("employer_credit_code"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("destinations_graduate").on(t.graduateId),
    index("destinations_status").on(t.status),
    index("destinations_disputed")
      .on(t.graduateId)
      .where(sql`disputed`),
    check("destinations_status_known", oneOf(t.status, DESTINATION_STATES)),
    check("destinations_source_known", oneOf(t.source, DESTINATION_SOURCES)),
  ],
);

/** Append-only: every change to a destination, who made it and what it was before and after. */
export const destinationHistory = pgTable(
  "destination_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    destinationId: uuid("destination_id")
      .notNull()
      .references(() => destinations.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    actorRole: text("actor_role").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    code: text("code"),
    fields: jsonb("fields").$type<Record<string, string>>().notNull().default({}),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("destination_history_graduate").on(t.graduateId, t.createdAt)],
);

/** Evidence files (offer letter, contract, admission letter ...), stored outside the web root. */
export const destinationEvidence = pgTable(
  "destination_evidence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    destinationId: uuid("destination_id")
      .notNull()
      .references(() => destinations.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    file: text("file").notNull(),
    mime: text("mime").notNull(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("destination_evidence_destination").on(t.destinationId)],
);

/**
 * Weekly figures per cohort and scope, for the trend chart. One row per ISO week, cohort and
 * scope ('school' or 'college:<id>'); taking a snapshot twice in a week is a no-op.
 */
export const rateSnapshots = pgTable(
  "rate_snapshots",
  {
    id: serial("id").primaryKey(),
    cohort: integer("cohort").notNull(),
    scopeKey: text("scope_key").notNull(),
    collegeId: integer("college_id").references(() => colleges.id),
    isoWeek: text("iso_week").notNull(),
    total: integer("total").notNull(),
    placed: integer("placed").notNull(),
    unverifiedPlaced: integer("unverified_placed").notNull(),
    rate: doublePrecision("rate").notNull(),
    figures: jsonb("figures").$type<Record<string, unknown>>().notNull().default({}),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rate_snapshots_week").on(t.cohort, t.scopeKey, t.isoWeek)],
);
