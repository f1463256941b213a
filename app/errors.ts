import type { z } from "zod";
import { isMessageKey, type Message, type MessageParams } from "./i18n/messages";

/**
 * What is wrong, per field: message keys with their params, so every reader sees them in their
 * own language. `_form` holds what belongs to no single field.
 */
export type FieldErrors = Record<string, Message[]>;

/** The field of refusals that concern the whole form. */
export const FORM_FIELD = "_form";

/**
 * The one error type of the domain: a refused action or input the rules do not accept. Domain
 * functions throw it (through `refuse`); `formAction` turns it into the form's failure and `orDeny`
 * turns a 403/404 in a loader into the error page. It carries keys, never rendered text or data.
 */
export class DomainError extends Error {
  readonly status: number;
  readonly errors: FieldErrors;

  constructor(status: number, errors: FieldErrors) {
    // The message is the first key (never text or data), so a log line or a test can name the refusal.
    super(Object.values(errors)[0]?.[0]?.key ?? "domain error");
    this.status = status;
    this.errors = errors;
    this.name = "DomainError";
  }
}

/**
 * Refuses an action: throws a DomainError with one message. The status defaults to 400 when a
 * field is named (the input is wrong) and to 409 otherwise (not possible in the current state);
 * pass 403 or 404 for a subject outside the actor's scope or unknown to them.
 */
export function refuse(key: string, options: { status?: number; field?: string; params?: MessageParams } = {}): never {
  const field = options.field ?? FORM_FIELD;
  const status = options.status ?? (options.field ? 400 : 409);
  throw new DomainError(status, { [field]: [options.params ? { key, params: options.params } : { key }] });
}

/**
 * A zod error as field errors. Schemas name message keys; an issue without one (zod's own English
 * text) is shown as the generic "form.invalid", so no reader meets an untranslated message.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : FORM_FIELD;
    const key = isMessageKey(issue.message) ? issue.message : "form.invalid";
    // A custom issue may carry the params of its message (`ctx.addIssue({ message: key, params })`).
    const params = issue.code === "custom" && key !== "form.invalid" ? (issue.params as MessageParams) : undefined;
    const list = (errors[field] ??= []);
    if (!list.some((m) => m.key === key)) list.push(params ? { key, params } : { key });
  }
  return errors;
}

/** The first message key of a refusal, for a page that shows one line. */
export function firstKey(error: DomainError): string {
  return Object.values(error.errors)[0]?.[0]?.key ?? "error.generic";
}
