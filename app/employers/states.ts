import { machine } from "../machine";
import { EMPLOYER_STATES, type EmployerState } from "../../vocabulary";

export const EMPLOYER_EVENTS = ["verify", "reject", "suspend", "reinstate", "resubmit"] as const;
export type EmployerEvent = (typeof EMPLOYER_EVENTS)[number];
export type EmployerActor = "staff" | "employer";

/** Events that need the reviewer's reasons, stored and mailed to the employer. */
export const EMPLOYER_EVENTS_WITH_REASONS: readonly EmployerEvent[] = ["reject", "suspend"];

/** pending → verified | rejected; verified → suspended → verified; a rejected employer may correct and resubmit. */
export const employerMachine = machine<EmployerState, EmployerEvent, EmployerActor>("employer", {
  states: EMPLOYER_STATES,
  events: EMPLOYER_EVENTS,
  rows: [
    { event: "verify", from: ["pending"], to: "verified", actors: ["staff"] },
    { event: "reject", from: ["pending"], to: "rejected", actors: ["staff"] },
    { event: "suspend", from: ["verified"], to: "suspended", actors: ["staff"] },
    { event: "reinstate", from: ["suspended"], to: "verified", actors: ["staff"] },
    { event: "resubmit", from: ["rejected"], to: "pending", actors: ["employer"] },
  ],
});

/** Only a verified employer's published postings are public. */
export function employerIsActive(status: EmployerState): boolean {
  return status === "verified";
}
