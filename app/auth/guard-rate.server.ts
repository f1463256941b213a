import { data } from "@remix-run/node";
import { getDb } from "../db.server";
import { clientAddress } from "../http.server";
import { AUTH_RATE_LIMIT, hitRateLimit } from "./rate-limit.server";

/** Sign-in and registration POSTs: the 11th in a minute from one address gets 429. */
export async function enforceAuthRateLimit(context: unknown, bucket: string, values: Record<string, string>) {
  const verdict = await hitRateLimit(await getDb(), `${bucket}:${clientAddress(context)}`, AUTH_RATE_LIMIT);
  if (!verdict.allowed) {
    throw data(
      { ok: false as const, errors: { _form: ["auth.rateLimited"] }, values },
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }
}
