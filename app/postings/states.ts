import { machine } from "../machine";
import { POSTING_STATES, type PostingState } from "../../vocabulary";

export type PostingActor = "employer" | "staff" | "system";
export const POSTING_EVENTS = [
  "submit",
  "recall",
  "approve",
  "request_changes",
  "reject",
  "close",
  "withdraw",
] as const;
export type PostingEvent = (typeof POSTING_EVENTS)[number];

/**
 * The posting lifecycle as data; tests/unit/vetting-states.test.ts writes it out by hand. Edits of a published
 * posting are revisions, not transitions.
 */
export const postingMachine = machine<PostingState, PostingEvent, PostingActor>("posting", {
  states: POSTING_STATES,
  events: POSTING_EVENTS,
  rows: [
    { event: "submit", from: ["draft", "changes_requested"], to: "submitted", actors: ["employer"] },
    // The employer takes a posting back out of review to change it (nothing was published yet).
    { event: "recall", from: ["submitted"], to: "draft", actors: ["employer"] },
    { event: "approve", from: ["submitted"], to: "published", actors: ["staff"] },
    { event: "request_changes", from: ["submitted"], to: "changes_requested", actors: ["staff"] },
    { event: "reject", from: ["submitted"], to: "rejected", actors: ["staff"] },
    { event: "close", from: ["published"], to: "closed", actors: ["employer", "staff", "system"] },
    { event: "withdraw", from: ["published"], to: "withdrawn", actors: ["employer"] },
  ],
});

/** Content can be edited in place only before publication; afterwards an edit is a revision. */
export function isEditableInPlace(status: PostingState): boolean {
  return status === "draft" || status === "changes_requested";
}
