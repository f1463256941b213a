import { z } from "zod";
import type { Message } from "../i18n/messages";

/**
 * The confirmation step before an act with legal or irreversible weight (issue 15; decision
 * docs/decisions/025-accounts-and-confirmations.md). It works without JavaScript: the first POST
 * of the act (without `confirmed=yes`) changes nothing and answers with a `Confirmation`, which the
 * page shows in place of its content: what is about to happen, the facts it rests on, what happens
 * next, and a second form that repeats the submission with `confirmed=yes`, which acts.
 */
export const CONFIRMED_FIELD = "confirmed";

/** The field every confirmable intent's schema declares: `confirmed: confirmed`. */
export const confirmed = z.literal("yes", { error: "form.invalid" }).optional();

export interface Confirmation {
  /** The intent the second form sends again. */
  intent: string;
  title: Message;
  /** What the act rests on, each labelled (an agreement's probation, breach penalty, start date …). */
  facts: { label: Message; value: string }[];
  /** What happens next, each a paragraph. */
  next: Message[];
  submit: Message;
  /** Hidden fields the second form carries (the row's id, a reason already typed). */
  fields: Record<string, string>;
  /** The act cannot be undone by the one who does it. */
  final: boolean;
}

/** The answer of a first POST: `if (!input.confirmed) return confirmFirst({ … })`. */
export function confirmFirst(confirmation: Confirmation): { confirm: Confirmation } {
  return { confirm: confirmation };
}

/** The pending confirmation in an action's answer, if any. */
export function confirmationOf(result: unknown): Confirmation | null {
  if (result && typeof result === "object" && "ok" in result && result.ok && "confirm" in result)
    return (result as { confirm: Confirmation }).confirm;
  return null;
}
