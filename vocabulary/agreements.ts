export const AGREEMENT_STATES = [
  "drafted",
  "invited",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
  "college_approved",
  "registered",
  "returned",
  "breach_requested",
  "breach_college_approved",
  "terminated",
] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

/** An agreement still under way (at most one per employer and graduate, a unique index in db/schema). */
export const OPEN_AGREEMENT_STATES = [
  "drafted",
  "invited",
  "accepted",
  "college_approved",
] as const satisfies readonly AgreementState[];

export const AGREEMENT_EVENTS = [
  "invite",
  "withdraw",
  "accept",
  "decline",
  "expire",
  "college_approve",
  "school_register",
  "return",
  "request_breach",
  "breach_college_approve",
  "breach_school_approve",
  "breach_reject",
] as const;
export type AgreementEvent = (typeof AGREEMENT_EVENTS)[number];
