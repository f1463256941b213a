/**
 * What the apply panel (app/components/apply-panel.tsx) and the apply route
 * (app/routes/jobs_.$id.apply.tsx) exchange. Kept apart from both so that neither imports the other.
 */
import type { FormFailure } from "../forms/result";

/** The apply panel's state for the visitor, as the apply route's loader answers it. */
export type ApplyState =
  | { kind: "anonymous" }
  | { kind: "not_graduate" }
  | { kind: "not_linked" }
  | { kind: "ready"; hasResume: boolean }
  | { kind: "applied"; application: { status: string; createdAt: string; resumeSha256: string } };

/** A sent application, as its receipt shows it: "already" when the graduate had applied before. */
export type ApplyOutcome = {
  status: "applied" | "already";
  receipt: { employerName: string; postingTitle: string; createdAt: string; resumeSha256: string };
};

/** The apply route's action answer: the outcome, or the form's failure. */
export type ApplyAnswer = (ApplyOutcome & { ok: true; form: string }) | FormFailure;
