/**
 * The fixed vocabularies of the schema, with no database code: pages import them in the browser,
 * where importing a schema module would pull drizzle's table builders into the bundle.
 */

export const EMPLOYER_TYPES = [
  "government",
  "public_institution",
  "state_owned",
  "private",
  "foreign",
  "joint_venture",
  "social_org",
  "other",
] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];
export const EMPLOYER_STATUSES = ["pending", "verified", "rejected", "suspended"] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

export const JOB_TYPES = ["full_time", "internship", "part_time"] as const;
export type JobType = (typeof JOB_TYPES)[number];
export const POSTING_DEGREES = ["any", "associate", "bachelor", "master", "doctor"] as const;
export type PostingDegree = (typeof POSTING_DEGREES)[number];

/** Programmes a posting can belong to (outreach: grassroots service and enlistment). */
export const POSTING_PROGRAMMES = [
  "grassroots_西部计划",
  "grassroots_三支一扶",
  "grassroots_特岗教师",
  "grassroots_大学生村官",
  "grassroots_选调生",
  "enlistment",
] as const;

export const APPLICATION_STATUSES = [
  "submitted",
  "viewed",
  "shortlisted",
  "interviewing",
  "offered",
  "accepted",
  "declined",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DIGEST_FREQUENCIES = ["weekly", "daily", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
