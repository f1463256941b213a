import { and, desc, like, sql } from "drizzle-orm";
import { getDb } from "../../app/db.server";
import * as register from "../../app/routes/register";
import * as confirm from "../../app/routes/register_.confirm.$token";
import { outbox } from "../../db/schema";
import { callRoute, type RouteResult } from "./remix";

/** The token of the newest registration link mailed to the address (read from the outbox, as the mail carries it). */
export async function registrationTokenFor(email: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(like(outbox.idempotencyKey, "registration:%"), sql`lower(${outbox.payload}->>'to') = lower(${email})`))
    .orderBy(desc(outbox.id))
    .limit(1);
  const text = String((row?.payload as { text?: unknown } | undefined)?.text ?? "");
  return /\/register\/confirm\/([\w-]+)/.exec(text)?.[1] ?? null;
}

export async function confirmRegistrationLink(token: string, ip = "10.0.0.1"): Promise<RouteResult> {
  return callRoute(confirm.action, { path: `/register/confirm/${token}`, ip, params: { token }, form: {} });
}

/**
 * Self-registration as a visitor does it: the form, then the mailed link. Returns the confirmation's
 * answer (302 to the role's home with the session cookie).
 */
export async function registerAndConfirm(
  form: { email: string; password: string; displayName: string; role: "graduate" | "employer" },
  ip = "10.0.0.1",
): Promise<RouteResult> {
  const sent = await callRoute(register.action, { path: "/register", ip, form });
  if (sent.status !== 302) return sent;
  const token = await registrationTokenFor(form.email);
  if (!token) throw new Error("no registration link was mailed");
  return confirmRegistrationLink(token, ip);
}
