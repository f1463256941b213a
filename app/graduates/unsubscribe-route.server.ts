import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { getDb } from "../db.server";
import type { Queryable } from "../../db/client";
import { unsubscribeTokenIsValid } from "./digest.server";

/** GET only tells the page whether the token is known: showing the button unsubscribes no one. */
export async function unsubscribeLoader({ params }: LoaderFunctionArgs) {
  return { valid: await unsubscribeTokenIsValid(await getDb(), params.token ?? "") };
}

/**
 * The page's button and mail clients' one-click unsubscribe (RFC 8058: POST with
 * List-Unsubscribe=One-Click) both land here. No session needed: the token is the credential, so
 * guesses are limited like sign-in attempts. It reads no field, so it is not on `formAction`: a mail
 * client's POST is answered whatever its body.
 */
export async function unsubscribeAnswer(
  { params, context }: ActionFunctionArgs,
  unsubscribe: (db: Queryable, token: string) => Promise<boolean>,
) {
  await enforceAuthRateLimit(context, "unsubscribe");
  return { done: await unsubscribe(await getDb(), params.token ?? "") };
}
