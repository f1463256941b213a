import { sql } from "drizzle-orm";
import {
  boolean,
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
import { users } from "./people";

import {
  CORPUS_DECISIONS,
  EMPLOYER_STATES,
  POSTING_STATES,
  REPORT_REASONS,
  REPORT_STATES,
  type CorpusDecision,
  type ReportReason,
  type ReportState,
  type RevisionState,
  type EmployerState,
  type EmployerType,
  type JobType,
  type PostingDegree,
  type PostingContent,
  type PostingState,
  type WorkCity,
} from "../../vocabulary";
import { oneOf } from "./checks";

export { EMPLOYER_STATES, EMPLOYER_TYPES, type EmployerState, type EmployerType } from "../../vocabulary";

export const employers = pgTable(
  "employers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    creditCode: text("credit_code").notNull(),
    type: text("type").$type<EmployerType>().notNull(),
    industry: text("industry").notNull(),
    province: text("province").notNull(),
    city: text("city").notNull(),
    address: text("address").notNull(),
    website: text("website"),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone").notNull(),
    description: text("description").notNull().default(""),
    /** 人力资源服务许可证 number, required of HR agencies. */
    hrLicenceNo: text("hr_licence_no"),
    isAgency: boolean("is_agency").notNull().default(false),
    licenceFile: text("licence_file"),
    licenceMime: text("licence_mime"),
    licenceSha256: text("licence_sha256"),
    status: text("status").$type<EmployerState>().notNull().default("pending"),
    statusReasons: text("status_reasons"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("employers_credit_code").on(t.creditCode),
    index("employers_status").on(t.status, t.createdAt),
    check("employers_status_known", oneOf(t.status, EMPLOYER_STATES)),
  ],
);

export const employerMembers = pgTable(
  "employer_members",
  {
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    // One employer per member account: the account acts for that employer only.
    userId: uuid("user_id")
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    isOwner: boolean("is_owner").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.userId] })],
);

export const employerInvitations = pgTable("employer_invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  employerId: uuid("employer_id")
    .notNull()
    .references(() => employers.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: uuid("invited_by").references(() => users.id),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export {
  JOB_TYPES,
  POSTING_DEGREES,
  POSTING_STATES,
  type JobType,
  type PostingDegree,
  type PostingState,
} from "../../vocabulary";

export { POSTING_PROGRAMMES, type PostingContent, type WorkCity } from "../../vocabulary";

export interface StoredFlag {
  rule: string;
  severity: "block" | "warn";
  excerpt: string;
  message: { zh: string; en: string };
}

export const postings = pgTable(
  "postings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    status: text("status").$type<PostingState>().notNull().default("draft"),
    title: text("title").notNull(),
    category: text("category").notNull(),
    jobType: text("job_type").$type<JobType>().notNull(),
    headcount: integer("headcount").notNull(),
    duties: text("duties").notNull(),
    requirements: text("requirements").notNull(),
    degree: text("degree").$type<PostingDegree>().notNull(),
    majors: jsonb("majors").$type<string[]>().notNull().default([]),
    cities: jsonb("cities").$type<WorkCity[]>().notNull().default([]),
    salaryMin: integer("salary_min").notNull(),
    salaryMax: integer("salary_max").notNull(),
    benefits: text("benefits").notNull().default(""),
    deadline: date("deadline", { mode: "string" }).notNull(),
    contact: text("contact").notNull().default(""),
    /** Grassroots programme or enlistment (e.g. "grassroots_西部计划", "enlistment"); null for ordinary jobs. */
    programme: text("programme"),
    flags: jsonb("flags").$type<StoredFlag[]>().notNull().default([]),
    reasons: text("reasons"),
    createdBy: uuid("created_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** "Still open?" asked of the employer (postings live over 30 days) and their answer. */
    openCheckSentAt: timestamp("open_check_sent_at", { withTimezone: true }),
    openConfirmedAt: timestamp("open_confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("postings_employer").on(t.employerId, t.status),
    index("postings_queue").on(t.status, t.submittedAt),
    check("postings_status_known", oneOf(t.status, POSTING_STATES)),
    check("postings_salary_range", sql`${t.salaryMin} > 0 and ${t.salaryMin} <= ${t.salaryMax}`),
  ],
);

export { REVISION_STATES, type RevisionState } from "../../vocabulary";

/** An edit of a published posting, reviewed while the published version stays live. */
export const postingRevisions = pgTable(
  "posting_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    content: jsonb("content").$type<PostingContent>().notNull(),
    status: text("status").$type<RevisionState>().notNull().default("submitted"),
    flags: jsonb("flags").$type<StoredFlag[]>().notNull().default([]),
    reasons: text("reasons"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("posting_revisions_posting").on(t.postingId, t.status)],
);

/** Every vetting decision, shown to the employer and to later reviewers. */
export const postingDecisions = pgTable(
  "posting_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id").references(() => postingRevisions.id),
    decision: text("decision").$type<"approve" | "request_changes" | "reject">().notNull(),
    reasons: text("reasons"),
    overrideReason: text("override_reason"),
    flags: jsonb("flags").$type<StoredFlag[]>().notNull().default([]),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("posting_decisions_posting").on(t.postingId, t.createdAt)],
);

/**
 * Postings staff added to the vetting corpus when they rejected one or overrode a flag, with their
 * label (the rules it breaks; empty means clean). `npm run corpus:export` writes them to
 * tests/corpus/staff.jsonl, which the corpus test runs (decision 013).
 */
export const vettingCorpusItems = pgTable(
  "vetting_corpus_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postingId: uuid("posting_id").references(() => postings.id, { onDelete: "set null" }),
    /** The text as reviewed: title, description (duties), requirements, benefits, pay. */
    content: jsonb("content")
      .$type<{
        title: string;
        description: string;
        requirements: string | null;
        benefits: string | null;
        salaryMin: number | null;
        salaryMax: number | null;
      }>()
      .notNull(),
    labels: jsonb("labels").$type<string[]>().notNull().default([]),
    /** What staff decided when they added it: a rejection or an override of the checker's flags. */
    decision: text("decision").$type<CorpusDecision>().notNull(),
    addedBy: uuid("added_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("vetting_corpus_items_posting").on(t.postingId),
    check("vetting_corpus_items_decision_known", oneOf(t.decision, CORPUS_DECISIONS)),
  ],
);

/**
 * Reports of a posting by anyone (signed in or not): a reason and details. Staff see open reports
 * beside the posting; taking it down closes the posting, tells the employer why and each signed-in
 * reporter the outcome. The IP is kept only as a salted hash for the rate limit's audit trail.
 */
export const postingReports = pgTable(
  "posting_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    reporterUserId: uuid("reporter_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").$type<ReportReason>().notNull(),
    details: text("details").notNull().default(""),
    /** Optional screenshot, stored like other uploads (outside the web root); shown to staff only. */
    screenshotFile: text("screenshot_file"),
    screenshotMime: text("screenshot_mime"),
    status: text("status").$type<ReportState>().notNull().default("open"),
    outcome: text("outcome"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("posting_reports_posting").on(t.postingId, t.status),
    check("posting_reports_reason_known", oneOf(t.reason, REPORT_REASONS)),
    check("posting_reports_status_known", oneOf(t.status, REPORT_STATES)),
  ],
);
