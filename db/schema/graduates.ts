import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
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
import { graduates, users } from "./people";
import { employers, postings, type JobType } from "./vetting";

import {
  APPLICATION_STATES,
  DIGEST_FREQUENCIES,
  type ApplicationState,
  type DigestFrequency,
  type LinkRequestState,
} from "../../vocabulary";
import { oneOf } from "./checks";

export { DIGEST_FREQUENCIES, type DigestFrequency } from "../../vocabulary";

/** What a graduate tells employers and the matcher about themselves; one row per roster entry. */
export const graduateProfiles = pgTable(
  "graduate_profiles",
  {
    graduateId: uuid("graduate_id")
      .primaryKey()
      .references(() => graduates.id, { onDelete: "cascade" }),
    skills: jsonb("skills").$type<string[]>().notNull().default([]),
    preferredCities: jsonb("preferred_cities").$type<string[]>().notNull().default([]),
    preferredIndustries: jsonb("preferred_industries").$type<string[]>().notNull().default([]),
    /** CNY per month; null when the graduate did not say. */
    expectedPay: integer("expected_pay"),
    jobTypes: jsonb("job_types").$type<JobType[]>().notNull().default([]),
    intro: text("intro").notNull().default(""),
    resumeFile: text("resume_file"),
    resumeSha256: text("resume_sha256"),
    resumeSize: integer("resume_size"),
    resumeUploadedAt: timestamp("resume_uploaded_at", { withTimezone: true }),
    /** PIPL art. 24: recommendations and digests not based on the profile. */
    nonPersonalised: boolean("non_personalised").notNull().default(false),
    digestFrequency: text("digest_frequency").$type<DigestFrequency>().notNull().default("weekly"),
    language: text("language").$type<"zh-CN" | "en">().notNull().default("zh-CN"),
    /** Random token in the one-click unsubscribe link (works without signing in). */
    unsubscribeToken: text("unsubscribe_token")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("graduate_profiles_unsubscribe").on(t.unsubscribeToken),
    check("graduate_profiles_digest_known", oneOf(t.digestFrequency, DIGEST_FREQUENCIES)),
  ],
);

export { APPLICATION_STATES, type ApplicationState } from "../../vocabulary";

/** One application per graduate per posting; the résumé sent is pinned by file and hash. */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    status: text("status").$type<ApplicationState>().notNull().default("submitted"),
    note: text("note").notNull().default(""),
    employerNote: text("employer_note").notNull().default(""),
    resumeFile: text("resume_file").notNull(),
    resumeSha256: text("resume_sha256").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("applications_graduate_posting").on(t.graduateId, t.postingId),
    index("applications_posting").on(t.postingId, t.status),
    index("applications_employer").on(t.employerId, t.status),
    check("applications_status_known", oneOf(t.status, APPLICATION_STATES)),
  ],
);

/** Append-only history of an application's statuses. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").$type<ApplicationState>(),
    toStatus: text("to_status").$type<ApplicationState>().notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_events_application").on(t.applicationId, t.id)],
);

/** One-time account activation links sent to imported graduates. */
export const activationTokens = pgTable(
  "activation_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    /** SHA-256 of the token in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activation_tokens_graduate").on(t.graduateId)],
);

export { LINK_REQUEST_STATES, type LinkRequestState } from "../../vocabulary";

/** A self-registered graduate whose student number and name did not match the roster exactly. */
export const rosterLinkRequests = pgTable(
  "roster_link_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    studentNo: text("student_no").notNull(),
    name: text("name").notNull(),
    /** The roster entry with that student number, when there is one (for the staff member's scope). */
    graduateId: uuid("graduate_id").references(() => graduates.id, { onDelete: "set null" }),
    status: text("status").$type<LinkRequestState>().notNull().default("pending"),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The one-time link mailed to the roster e-mail on file (its sha256): opening it while signed in
     * as the requesting account is the proof that links without a staff decision (decision 012).
     */
    claimTokenHash: text("claim_token_hash"),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true }),
  },
  (t) => [
    index("roster_link_requests_status").on(t.status, t.createdAt),
    uniqueIndex("roster_link_requests_pending_user")
      .on(t.userId)
      .where(sql`status = 'pending'`),
  ],
);

/** Every posting each graduate was sent in a digest: never the same posting twice. */
export const digestItems = pgTable(
  "digest_items",
  {
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.graduateId, t.postingId] })],
);
