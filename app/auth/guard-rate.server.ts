import { data } from "@remix-run/node";
import { getDb } from "../db.server";
import { clientAddress, rateLimitCountedAtEdge } from "../http.server";
import { AUTH_RATE_LIMIT, hitRateLimit } from "./rate-limit.server";

/**
 * Sign-in, registration, activation and unsubscribe POSTs: the 11th in a minute from one address
 * gets 429. Called before the body is read. Behind the site's server the edge layer has already
 * counted (and refused) the request before reading its body; then it is not counted twice.
 */
export async function enforceAuthRateLimit(context: unknown, bucket: string, values: Record<string, string> = {}) {
  if (rateLimitCountedAtEdge(context, bucket)) return;
  const verdict = await hitRateLimit(await getDb(), `${bucket}:${clientAddress(context)}`, AUTH_RATE_LIMIT);
  if (!verdict.allowed) {
    throw data(
      { ok: false as const, errors: { _form: ["auth.rateLimited"] }, values },
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }
}
