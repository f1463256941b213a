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
