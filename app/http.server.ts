import { data } from "@remix-run/node";
import { type z } from "zod";

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function serializeCookie(
  name: string,
  value: string,
  options: { maxAgeSeconds?: number; httpOnly?: boolean; secure: boolean },
): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** The client address the server saw, handed over by the HTTP layer through the load context. */
export interface AppLoadContext {
  cspNonce?: string;
  clientAddress?: string;
  requestId?: string;
  rateLimitCounted?: string;
}

function contextString(context: unknown, name: keyof AppLoadContext): string | undefined {
  if (context && typeof context === "object" && name in context) {
    const value = (context as Record<string, unknown>)[name];
    if (typeof value === "string") return value;
  }
  return undefined;
}

/** The request's id from the edge layer, for log lines and the error page. */
export function requestIdOf(context: unknown): string | undefined {
  return contextString(context, "requestId");
}

/** Whether the edge layer already counted this request in the named rate-limit bucket. */
export function rateLimitCountedAtEdge(context: unknown, bucket: string): boolean {
  return contextString(context, "rateLimitCounted") === bucket;
}

export function clientAddress(context: unknown): string {
  if (
    context &&
    typeof context === "object" &&
    "clientAddress" in context &&
    typeof context.clientAddress === "string"
  ) {
    return context.clientAddress;
  }
  return "unknown";
}

/** @deprecated The legacy failure shape; see `app/forms/result.ts` (decision 009). */
export type FieldErrors = Record<string, string[]>;
/** @deprecated See `app/forms/result.ts`. */
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * @deprecated Use `formAction` (decision 009).
 * Validates a form. On failure the answer carries the field errors (message keys) and
 * everything the user typed except secrets, so the form can be refilled.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
  options: { secretFields?: string[] } = {},
): { ok: true; data: z.output<S> } | FormFailure {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const existing = raw[key];
    if (existing === undefined) raw[key] = value;
    else raw[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const secrets = new Set(options.secretFields ?? ["password"]);
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => !secrets.has(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
  );
  return { ok: false, errors: flattenIssues(result.error), values };
}

export function flattenIssues(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** @deprecated Use `formAction` (decision 009). */
export function formFailure(errors: FieldErrors, values: Record<string, string> = {}, status = 400) {
  return data({ ok: false as const, errors, values }, { status });
}

export function forbidden(): never {
  throw data({ message: "error.forbidden" }, { status: 403 });
}

export function notFound(): never {
  throw data({ message: "error.notFound" }, { status: 404 });
}

import { DomainError, firstKey } from "./errors";
import { isMessageKey } from "./i18n/messages";

/**
 * A refused domain action as a form answer: the field named, the input echoed back.
 * @deprecated Routes on `formAction` (decision 009) get this for free; phase 2 removes it.
 */
export function domainFailure(error: unknown, values: Record<string, string> = {}) {
  if (!(error instanceof DomainError)) throw error;
  // Keys without params travel as plain strings, the shape the pages on these helpers read.
  const errors = Object.fromEntries(
    Object.entries(error.errors).map(([field, list]) => [field, list.map((m) => (m.params ? m : m.key))]),
  );
  return data({ ok: false as const, errors, values }, { status: error.status });
}

/**
 * Runs a loader's domain call and answers a refusal with the error page: 403 and 404 as
 * `forbidden()` and `notFound()` do, a refusal of another status (a document that does not exist
 * yet: 409) with that status; the refusal's first message key travels as `message`, never text.
 * Other errors pass through. A synchronous rule is passed as a function: `orDeny(() => rule(...))`.
 */
export async function orDeny<T>(call: Promise<T> | (() => T | Promise<T>)): Promise<T> {
  try {
    return await (typeof call === "function" ? call() : call);
  } catch (error) {
    if (error instanceof DomainError) {
      const key = firstKey(error);
      const fallback =
        error.status === 403 ? "error.forbidden" : error.status === 404 ? "error.notFound" : "error.generic";
      throw data({ message: isMessageKey(key) ? key : fallback }, { status: error.status });
    }
    throw error;
  }
}

/** Every text field of a form, for echoing back after an error (files and secrets left out). */
export function formValues(form: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || omit.includes(key)) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}
