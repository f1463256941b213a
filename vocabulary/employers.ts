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

/** The employer vetting machine's states (`app/employers/states.ts`). */
export const EMPLOYER_STATES = ["pending", "verified", "rejected", "suspended"] as const;
export type EmployerState = (typeof EMPLOYER_STATES)[number];
