/**
 * Destination (毕业去向) transitions. Pure module.
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
 * unconfirmed.
 */
import type { DestinationStatus } from "../reports/employment-rate";

export type DestinationAction = "report" | "record" | "confirm" | "dispute" | "verify" | "return" | "hold";
export type DestinationSourceKind = "graduate" | "staff" | "agreement" | "import";

export interface DestinationState {
  status: DestinationStatus;
  source: DestinationSourceKind;
  disputed: boolean;
}

/** The status after `action`, or null when the action is not allowed from this state. */
export function nextDestinationStatus(
  current: DestinationState | null,
  action: DestinationAction,
): DestinationStatus | null {
  const status = current?.status ?? "unreported";
  switch (action) {
    case "report":
      return "confirmed";
    case "record":
      return "reported";
    case "confirm":
      return current && status === "reported" && current.source !== "graduate" ? "confirmed" : null;
    case "dispute":
      return current &&
        current.source !== "graduate" &&
        (status === "reported" || status === "confirmed" || status === "verified")
        ? "reported"
        : null;
    case "verify":
      return current && status === "confirmed" && !current.disputed ? "verified" : null;
    case "return":
      return current && (status === "reported" || status === "confirmed" || status === "verified") ? "returned" : null;
    case "hold":
      return current && (status === "reported" || status === "confirmed" || status === "verified") ? "reported" : null;
  }
}
