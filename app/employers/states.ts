import type { EmployerStatus } from "../../db/schema/vetting";
import type { TransitionResult } from "../postings/states";

export type EmployerEvent = "verify" | "reject" | "suspend" | "reinstate" | "resubmit";
export type EmployerActor = "staff" | "employer";

/** pending → verified | rejected; verified → suspended → verified; a rejected employer may correct and resubmit. */
export const EMPLOYER_TRANSITIONS: Record<
  EmployerEvent,
  { from: readonly EmployerStatus[]; to: EmployerStatus; actor: EmployerActor; needsReason: boolean }
> = {
  verify: { from: ["pending"], to: "verified", actor: "staff", needsReason: false },
  reject: { from: ["pending"], to: "rejected", actor: "staff", needsReason: true },
  suspend: { from: ["verified"], to: "suspended", actor: "staff", needsReason: true },
  reinstate: { from: ["suspended"], to: "verified", actor: "staff", needsReason: false },
  resubmit: { from: ["rejected"], to: "pending", actor: "employer", needsReason: false },
};

export function nextEmployerState(
  from: EmployerStatus,
  event: EmployerEvent,
  actor: EmployerActor,
): TransitionResult<EmployerStatus> {
  const rule = EMPLOYER_TRANSITIONS[event];
  if (rule.actor !== actor) return { ok: false, reason: { zh: "您无权执行此操作", en: "You may not do this" } };
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      reason: { zh: `单位当前状态（${from}）不允许此操作`, en: `Not possible while the employer is ${from}` },
    };
  }
  return { ok: true, to: rule.to };
}

/** Only a verified employer's published postings are public. */
export function employerIsActive(status: EmployerStatus): boolean {
  return status === "verified";
}
