/**
 * The action pipeline (decision 009): read the submission once, dispatch on `intent`, validate with
 * the intent's schema, call its handler, and turn every refusal into the form's failure in one
 * place. A route's action is: permission → `formAction(request, schema, handlers)`.
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import { DomainError, FORM_FIELD, fieldErrorsOf, type FieldErrors } from "../errors";
import type { Message, MessageParams } from "../i18n/messages";
import { FORM_ID_FIELD, type FormFailure } from "./result";

/** Fields never echoed back, whatever the form: a typed password must not travel twice. */
const SECRET_NAME = /password|passcode|secret|token/i;
const FORM_ID = /^[A-Za-z0-9_-]{1,80}$/;

type Raw = Record<string, string | File | (string | File)[]>;

/** A handler's success, shown as a notice: `return done("support.done.goal")`. */
export function done(key: string, params?: MessageParams): { done: Message } {
  return { done: params ? { key, params } : { key } };
}

type Success<R> = R extends Response ? R : R & { ok: true; form: string };
type Handler<I, R> = (input: I) => Promise<R> | R;
type IntentHandlers<T extends { intent: string }> = {
  [K in T["intent"]]: Handler<Extract<T, { intent: K }>, Response | object>;
};
type Answer<H> = H extends Handler<never, infer R> ? Success<R> : never;
type Failure = ReturnType<typeof failure>;

export interface FormActionOptions {
  /** More fields to leave out of the echoed values (names matching password/secret/token always are). */
  secrets?: string[];
  /**
   * An upload form's bound: a body declared larger than `bytes` is refused with 413 before it is
   * read, as the failure of form `form` on its file field (the edge layer bounds it again).
   */
  limit?: { bytes: number; form: string; field: string; key: string };
}

/**
 * One form, one schema: `formAction(request, ProfileSchema, (input) => saveProfile(...))`.
 * Several intents: a `z.discriminatedUnion("intent", [...])` and one handler per intent; an intent
 * the page does not know is a 400.
 */
export async function formAction<S extends z.ZodType<{ intent: string }>, H extends IntentHandlers<z.output<S>>>(
  request: Request,
  schema: S,
  handlers: H,
  options?: FormActionOptions,
): Promise<Answer<H[keyof H]> | Failure>;
export async function formAction<S extends z.ZodType, R extends Response | object>(
  request: Request,
  schema: S,
  handler: Handler<z.output<S>, R>,
  options?: FormActionOptions,
): Promise<Success<R> | Failure>;
export async function formAction(
  request: Request,
  schema: z.ZodType,
  handlers: Handler<unknown, object> | Record<string, Handler<unknown, object>>,
  options: FormActionOptions = {},
) {
  const limit = options.limit;
  if (limit && Number(request.headers.get("Content-Length") ?? 0) > limit.bytes)
    return failure(limit.form, { [limit.field]: [{ key: limit.key }] }, {}, 413);
  const form = await request.formData();
  const formIdValue = form.get(FORM_ID_FIELD);
  const formId = typeof formIdValue === "string" && FORM_ID.test(formIdValue) ? formIdValue : "";
  const raw = readRaw(form);
  const values = echoable(raw, options.secrets ?? []);
  let handler: Handler<unknown, object>;
  if (typeof handlers === "function") handler = handlers;
  else {
    const intent = typeof raw.intent === "string" ? raw.intent : "";
    const chosen = Object.prototype.hasOwnProperty.call(handlers, intent) ? handlers[intent] : undefined;
    if (!chosen) return failure(formId, { [FORM_FIELD]: [{ key: "form.unknownIntent" }] }, values, 400);
    handler = chosen;
  }
  try {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return failure(formId, fieldErrorsOf(parsed.error), values, 400);
    const result = await handler(parsed.data);
    if (result instanceof Response) return result;
    return { ...result, ok: true as const, form: formId };
  } catch (error) {
    if (error instanceof DomainError) return failure(formId, error.errors, values, error.status);
    if (error instanceof z.ZodError) return failure(formId, fieldErrorsOf(error), values, 400);
    throw error;
  }
}

function failure(form: string, errors: FieldErrors, values: FormFailure["values"], status: number) {
  const body: FormFailure = { ok: false, form, errors, values };
  return data(body, { status });
}

/**
 * Each field once as a value, or as a list when it repeats (checkboxes); files kept for the schema.
 * Collected in a Map so a field named `__proto__` is just a field, not the object's prototype.
 */
function readRaw(form: FormData): Raw {
  const fields = new Map<string, (string | File)[]>();
  for (const [key, value] of form.entries()) {
    if (key === FORM_ID_FIELD) continue;
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return Object.fromEntries([...fields].map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}

function echoable(raw: Raw, secrets: string[]): FormFailure["values"] {
  const values: FormFailure["values"] = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SECRET_NAME.test(key) || secrets.includes(key)) continue;
    if (Array.isArray(value)) {
      const texts = value.filter((v): v is string => typeof v === "string");
      if (texts.length) values[key] = texts;
    } else if (typeof value === "string") values[key] = value;
  }
  return values;
}
