/**
 * What an action answers to a form, and how a page finds the answer that belongs to one of its
 * forms. Shared by `formAction` (server) and the form components (browser): no server code here.
 */
import type { Message } from "../i18n/messages";

/** The hidden field that names the form a submission came from (decision 009). */
export const FORM_ID_FIELD = "_formId";

/** A refused or invalid submission: errors per field, and what was typed (secrets left out). */
export interface FormFailure {
  ok: false;
  form: string;
  errors: Record<string, Message[]>;
  values: Record<string, string | string[]>;
}

/** A saved submission; `done` is the notice shown to the reader. */
export interface FormDone {
  ok: true;
  form: string;
  done?: Message;
}

/** Any failure a form component can show: the one `formAction` answers with. */
export type AnyFailure = FormFailure;

/** What `useActionData` may hold on a page with forms. */
export type AnyResult = FormFailure | { ok: true; form?: string } | null | undefined;

/** The action's answer if it came from form `formId`, else undefined. */
export function resultOf<R extends AnyResult>(result: R, formId: string): R | undefined {
  if (!result || typeof result !== "object" || !("ok" in result)) return undefined;
  return result.form === formId ? result : undefined;
}

export function failureOf(result: AnyResult, formId: string): AnyFailure | undefined {
  const scoped = resultOf(result, formId);
  return scoped && !scoped.ok ? scoped : undefined;
}

/** The one id scheme: a field is `<form>-<name>`, its error `<form>-<name>-error`, its hint `-hint`. */
export function fieldIds(formId: string, name: string) {
  const id = `${formId}-${name}`;
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

/** The value typed into `name` before a failed submission (the first, when the field repeats). */
export function echoedValue(failure: AnyFailure | undefined, name: string): string | undefined {
  const value = failure?.values[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value typed into a repeated field (checkboxes, several slots) before a failed submission. */
export function echoedValues(failure: AnyFailure | undefined, name: string): string[] {
  const value = failure?.values[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
