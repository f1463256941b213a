import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
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
  ENLISTMENT_FORM_KINDS,
  ENLISTMENT_FORM_STATES,
  FUNNEL_STATES,
  POLITICAL_STATUSES,
  PROGRAMME_SLUGS,
  RULE_KINDS,
  VALUE_STATUSES,
  WINDOW_KINDS,
  type Certificate,
  type EnlistmentFormKind,
  type EnlistmentFormState,
  type FunnelState,
  type PoliticalStatus,
  type ProgrammeSlug,
  type RuleKind,
  type ValueStatus,
  type WindowKind,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { graduates, users } from "./people";

/** A localised document named in a year's forms checklist, with where the fact comes from. */
export type ProgrammeForm = { nameZh: string; nameEn: string; source: string };

/**
 * A grassroots programme or enlistment (docs/programmes.md). Which destination code it leads to is
 * per year (programme_years), because the code list itself is data.
 */
export const programmes = pgTable(
  "programmes",
  {
    slug: text("slug").$type<ProgrammeSlug>().primaryKey(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    summaryZh: text("summary_zh").notNull().default(""),
    summaryEn: text("summary_en").notNull().default(""),
    /** A programme that is no longer run (大学生村官 may be) is switched off, not deleted. */
    active: boolean("active").notNull().default(true),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [check("programmes_slug_known", oneOf(t.slug, PROGRAMME_SLUGS))],
);

/**
 * The rules of one programme for one year, nationally (province '') or in one province. Every
 * value stands beside its source; a value not found is stored with status unknown, never guessed.
 */
export const programmeYears = pgTable(
  "programme_years",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeSlug: text("programme_slug")
      .$type<ProgrammeSlug>()
      .notNull()
      .references(() => programmes.slug),
    year: integer("year").notNull(),
    /** '' for national rules, else the province's name in Chinese (e.g. 江苏). */
    province: text("province").notNull().default(""),
    officialUrl: text("official_url"),
    officialUrlStatus: text("official_url_status").$type<ValueStatus>().notNull().default("unknown"),
    officialUrlSource: text("official_url_source").notNull().default(""),
    destinationCode: text("destination_code"),
    destinationCodeStatus: text("destination_code_status").$type<ValueStatus>().notNull().default("unknown"),
    destinationCodeSource: text("destination_code_source").notNull().default(""),
    benefitsZh: text("benefits_zh").notNull().default(""),
    benefitsEn: text("benefits_en").notNull().default(""),
    benefitsSource: text("benefits_source").notNull().default(""),
    forms: jsonb("forms").$type<ProgrammeForm[]>().notNull().default([]),
    /** Copied from this year's row by the admin's "copy to next year", for the record. */
    copiedFromId: uuid("copied_from_id"),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("programme_years_once").on(t.programmeSlug, t.year, t.province),
    check("programme_years_year_sane", sql`${t.year} between 2000 and 2100`),
    check("programme_years_url_status_known", oneOf(t.officialUrlStatus, VALUE_STATUSES)),
    check("programme_years_code_status_known", oneOf(t.destinationCodeStatus, VALUE_STATUSES)),
  ],
);

/**
 * One eligibility rule of a programme year. `params` has the shape of its kind
 * (app/programmes/schema.ts RULE_PARAMS); with status unknown the checker answers "needs checking".
 */
export const programmeRules = pgTable(
  "programme_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    yearId: uuid("year_id")
      .notNull()
      .references(() => programmeYears.id, { onDelete: "cascade" }),
    kind: text("kind").$type<RuleKind>().notNull(),
    status: text("status").$type<ValueStatus>().notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    source: text("source").notNull().default(""),
    noteZh: text("note_zh").notNull().default(""),
    noteEn: text("note_en").notNull().default(""),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [
    index("programme_rules_year").on(t.yearId, t.sort),
    check("programme_rules_kind_known", oneOf(t.kind, RULE_KINDS)),
    check("programme_rules_status_known", oneOf(t.status, VALUE_STATUSES)),
  ],
);

/** A dated window of a programme year (registration, exam, approval …), school dates inclusive. */
export const programmeWindows = pgTable(
  "programme_windows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    yearId: uuid("year_id")
      .notNull()
      .references(() => programmeYears.id, { onDelete: "cascade" }),
    kind: text("kind").$type<WindowKind>().notNull(),
    status: text("status").$type<ValueStatus>().notNull(),
    opensOn: date("opens_on", { mode: "string" }),
    closesOn: date("closes_on", { mode: "string" }),
    source: text("source").notNull().default(""),
    noteZh: text("note_zh").notNull().default(""),
    noteEn: text("note_en").notNull().default(""),
  },
  (t) => [
    index("programme_windows_year").on(t.yearId),
    check("programme_windows_kind_known", oneOf(t.kind, WINDOW_KINDS)),
    check("programme_windows_status_known", oneOf(t.status, VALUE_STATUSES)),
    // A known window has both dates in order; an unknown one may have neither.
    check(
      "programme_windows_known_dated",
      sql`${t.status} <> 'known' or (${t.opensOn} is not null and ${t.closesOn} is not null and ${t.closesOn} >= ${t.opensOn})`,
    ),
  ],
);

/**
 * Facts a graduate gives only for the eligibility check (docs/programmes.md "Personal data"):
 * visible to the graduate and staff of their scope; every staff view of political status is audited.
 */
export const graduateEligibilityProfiles = pgTable(
  "graduate_eligibility_profiles",
  {
    graduateId: uuid("graduate_id")
      .primaryKey()
      .references(() => graduates.id, { onDelete: "cascade" }),
    birthDate: date("birth_date", { mode: "string" }),
    politicalStatus: text("political_status").$type<PoliticalStatus>(),
    certificates: jsonb("certificates").$type<Certificate[]>().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "graduate_eligibility_political_known",
      sql`${t.politicalStatus} is null or ${oneOf(t.politicalStatus, POLITICAL_STATUSES)}`,
    ),
  ],
);

/** One graduate's way through one programme year (machine: app/programmes/states.ts). */
export const programmeInterests = pgTable(
  "programme_interests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    yearId: uuid("year_id")
      .notNull()
      .references(() => programmeYears.id),
    state: text("state").$type<FunnelState>().notNull().default("interested"),
    /** The graduate's reference on the official site (报名号), given when they register there. */
    officialReference: text("official_reference"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("programme_interests_once").on(t.graduateId, t.yearId),
    index("programme_interests_year_state").on(t.yearId, t.state),
    check("programme_interests_state_known", oneOf(t.state, FUNNEL_STATES)),
  ],
);

/** The dated stages of an interest: one row per transition, who made it and when. */
export const programmeInterestEvents = pgTable(
  "programme_interest_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interestId: uuid("interest_id")
      .notNull()
      .references(() => programmeInterests.id, { onDelete: "cascade" }),
    toState: text("to_state").$type<FunnelState>().notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("programme_interest_events_interest").on(t.interestId, t.at),
    check("programme_interest_events_state_known", oneOf(t.toState, FUNNEL_STATES)),
  ],
);

/** The scan of a printed enlistment form, one per graduate and kind (a new upload replaces it). */
export const enlistmentForms = pgTable(
  "enlistment_forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    kind: text("kind").$type<EnlistmentFormKind>().notNull(),
    file: text("file").notNull(),
    mime: text("mime").notNull(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
    state: text("state").$type<EnlistmentFormState>().notNull().default("submitted"),
    reviewNote: text("review_note"),
    reviewedByUserId: uuid("reviewed_by_user_id").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("enlistment_forms_once").on(t.graduateId, t.kind),
    check("enlistment_forms_kind_known", oneOf(t.kind, ENLISTMENT_FORM_KINDS)),
    check("enlistment_forms_state_known", oneOf(t.state, ENLISTMENT_FORM_STATES)),
  ],
);

/**
 * A graduate's personal calendar feed (/calendar/<token>.ics): their programme deadlines and
 * pre-check appointments. Only the token's SHA-256 is stored; issuing a new token replaces the row,
 * so the old URL stops working at once. No row means no feed.
 */
export const programmeCalendarFeeds = pgTable("programme_calendar_feeds", {
  graduateId: uuid("graduate_id")
    .primaryKey()
    .references(() => graduates.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
