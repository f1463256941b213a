/**
 * A graduate's destination (毕业去向): its states (machine: app/destinations/states.ts) and where a
 * record came from. Only `verified` counts toward the rate; `confirmed` is shown as unverified and
 * `reported` as unconfirmed.
 */
export const DESTINATION_STATES = ["unreported", "reported", "confirmed", "verified", "returned"] as const;
export type DestinationState = (typeof DESTINATION_STATES)[number];

export const DESTINATION_SOURCES = ["graduate", "staff", "agreement", "import"] as const;
export type DestinationSource = (typeof DESTINATION_SOURCES)[number];
