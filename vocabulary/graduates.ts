export const APPLICATION_STATES = [
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
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const DIGEST_FREQUENCIES = ["weekly", "daily", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A self-registered graduate's request to be linked to a roster entry, decided by staff. */
export const LINK_REQUEST_STATES = ["pending", "approved", "rejected"] as const;
export type LinkRequestState = (typeof LINK_REQUEST_STATES)[number];
