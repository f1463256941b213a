import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { outbox } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { RenderedMail } from "../../emails/layout";
import { noticeForMail } from "../notifications/notifications.server";

export interface OutboxJob {
  kind: string;
  payload: Record<string, unknown>;
  /** Unique per effect: enqueueing the same key twice is a no-op, so retries never double up. */
  idempotencyKey: string;
  runAfter?: Date;
  /** Claimed before every row of a lower priority that is due; 0 unless someone is waiting. */
  priority?: number;
}

/**
 * For a mail a person is waiting for on an open page (a confirmation or reset link): it goes out
 * before a backlog of digests or reminders. Both answers of a form that must not tell whether an
 * address is registered use it, so their timing stays alike.
 */
export const PERSON_WAITING = 10;

export async function enqueue(db: Queryable, job: OutboxJob): Promise<boolean> {
  const inserted = await db
    .insert(outbox)
    .values({
      kind: job.kind,
      payload: job.payload,
      idempotencyKey: job.idempotencyKey,
      runAfter: job.runAfter ?? sql`now()`,
      priority: job.priority ?? 0,
    })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ id: outbox.id });
  return inserted.length > 0;
}

export interface MailPayload extends RenderedMail {
  to: string;
  headers?: Record<string, string>;
  icalEvent?: { method: string; content: string; filename?: string };
}

/**
 * The mail is rendered now, in the transaction that decided to send it: what was decided is what goes out.
 * Every mail to someone with an account also lands in their notification list (same transaction, one
 * notice per key); a person who chose "site only" for the mail's category gets the notice without the mail,
 * and the answer is then false (nothing was queued).
 */
export async function enqueueMail(
  db: Queryable,
  idempotencyKey: string,
  mail: MailPayload,
  /** A mail that must wait (outreach during quiet hours) leaves at runAfter; the notice is posted now. */
  options: { runAfter?: Date; priority?: number } = {},
): Promise<boolean> {
  const { mail: send } = await noticeForMail(db, idempotencyKey, mail);
  if (!send) return false;
  return enqueue(db, {
    kind: "mail.send",
    idempotencyKey,
    payload: { ...mail },
    runAfter: options.runAfter,
    priority: options.priority,
  });
}

/** A Message-ID derived from the idempotency key, so a resend after a crash is the same message. */
export function messageIdFor(idempotencyKey: string, domain = "jiuye.localhost"): string {
  return `<${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}@${domain}>`;
}
