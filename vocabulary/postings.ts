/** The posting lifecycle machine's states (`app/postings/states.ts`). */
export const POSTING_STATES = [
  "draft",
  "submitted",
  "published",
  "changes_requested",
  "rejected",
  "closed",
  "withdrawn",
] as const;
export type PostingState = (typeof POSTING_STATES)[number];

/** A pending edit of a published posting, reviewed like a new posting; a newer one supersedes it. */
export const REVISION_STATES = ["submitted", "approved", "changes_requested", "rejected", "superseded"] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

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

/** Monthly pay bands of the search facet. */
export const SALARY_BANDS = ["<5k", "5-8k", "8-12k", "12-20k", "20-30k", "30k+"] as const;
export type SalaryBand = (typeof SALARY_BANDS)[number];

export interface WorkCity {
  province: string;
  city: string;
}

/** What an employer writes; kept whole on the posting and on each pending revision. */
export interface PostingContent {
  title: string;
  category: string;
  jobType: JobType;
  headcount: number;
  duties: string;
  requirements: string;
  degree: PostingDegree;
  majors: string[];
  cities: WorkCity[];
  salaryMin: number;
  salaryMax: number;
  benefits: string;
  deadline: string;
  contact: string;
  /** Grassroots programme or enlistment the posting belongs to, or null. */
  programme?: string | null;
}
