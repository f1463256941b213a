/**
 * Destination (毕业去向) state machine (decision 009). Pure module.
 *
 *   graduate reports            → confirmed  (the graduate stands behind their own report)
 *   staff / agreement / import  → reported   (waits for the graduate's confirmation)
 *   graduate confirms           reported → confirmed
 *   graduate disputes           reported | confirmed | verified (recorded on their behalf) → reported, disputed
 *   staff verify                confirmed (not disputed) → verified
 *   staff return (reason)       reported | confirmed | verified → returned
 *   roster link undone (hold)   reported | confirmed | verified → reported, disputed (the wrong account
 *                               acted in the graduate's name: nothing counts until re-verified)
 *
 * Only 'verified' counts toward the rate; 'confirmed' is shown as unverified and 'reported' as
 * unconfirmed. Records from an agreement or an import are recorded by the system.
 */
import { machine } from "../machine";
import { DESTINATION_STATES, type DestinationSource, type DestinationState } from "../../vocabulary";

export { DESTINATION_STATES, type DestinationState };

export const DESTINATION_EVENTS = ["report", "record", "confirm", "dispute", "verify", "return", "hold"] as const;
export type DestinationEvent = (typeof DESTINATION_EVENTS)[number];
export type DestinationActor = "graduate" | "staff" | "system";

/** What the rules look at beyond the state: who recorded the destination, and whether it is disputed. */
export interface DestinationContext {
  source: DestinationSource | null;
  disputed: boolean;
}

const RECORDED: readonly DestinationState[] = ["reported", "confirmed", "verified"];

export const destinationMachine = machine<DestinationState, DestinationEvent, DestinationActor, DestinationContext>(
  "destination",
  {
    states: DESTINATION_STATES,
    events: DESTINATION_EVENTS,
    rows: [
      { event: "report", from: DESTINATION_STATES, to: "confirmed", actors: ["graduate"] },
      { event: "record", from: DESTINATION_STATES, to: "reported", actors: ["staff", "system"] },
      {
        event: "confirm",
        from: ["reported"],
        to: "confirmed",
        actors: ["graduate"],
        guard: (ctx) => (ctx.source === "graduate" ? { key: "destination.transition.invalid" } : undefined),
      },
      {
        // Only what was recorded on the graduate's behalf can be disputed; their own report they change.
        event: "dispute",
        from: RECORDED,
        to: "reported",
        actors: ["graduate"],
        guard: (ctx) => (ctx.source === "graduate" ? { key: "destination.transition.invalid" } : undefined),
      },
      {
        event: "verify",
        from: ["confirmed"],
        to: "verified",
        actors: ["staff"],
        guard: (ctx) => (ctx.disputed ? { key: "destination.verify.disputed" } : undefined),
      },
      { event: "return", from: RECORDED, to: "returned", actors: ["staff"] },
      { event: "hold", from: RECORDED, to: "reported", actors: ["system"] },
    ],
  },
);

/** A graduate's destination row as the machine reads it; none yet is "unreported". */
type DestinationRow = { status: DestinationState; source: DestinationSource; disputed: boolean } | null;

const contextOf = (current: DestinationRow): DestinationContext => ({
  source: current?.source ?? null,
  disputed: current?.disputed ?? false,
});

/** The machine's answer for a graduate's destination row (none yet: unreported). */
export function destinationNext(current: DestinationRow, event: DestinationEvent, actor: DestinationActor) {
  return destinationMachine.next(current?.status ?? "unreported", event, actor, contextOf(current));
}

/** Where the event leads from a graduate's destination row, or the machine's refusal thrown (decision 038). */
export function destinationRequire(current: DestinationRow, event: DestinationEvent, actor: DestinationActor) {
  return destinationMachine.require(current?.status ?? "unreported", event, actor, contextOf(current));
}
