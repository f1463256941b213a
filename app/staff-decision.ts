/**
 * A staff member's approve-or-decline of an employer's request (a fair booth, a campus talk): a
 * decline must say why, and the row records the reason, who decided and when.
 */
import { refuse } from "./errors";

export type StaffDecision = "approve" | "decline";

/** The reason of a decline, trimmed; refused on field `reason` (with `requiredKey`) when a decline has none. */
export function decisionReason(decision: StaffDecision, reason: string | undefined, requiredKey: string): string {
  const trimmed = (reason ?? "").trim();
  if (decision === "decline" && trimmed === "") refuse(requiredKey, { field: "reason" });
  return trimmed;
}

/** The columns a decision sets besides the new state. */
export function decisionColumns(decision: StaffDecision, reason: string, deciderId: string, now: Date) {
  return {
    decisionReason: decision === "decline" ? reason : null,
    decidedBy: deciderId,
    decidedAt: now,
    updatedAt: now,
  };
}
