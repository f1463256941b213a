import { createHash } from "node:crypto";
import { and, eq, gt, isNull, max, sql } from "drizzle-orm";
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

/** The newest outbox row's id (0 when empty): where a seed's replay of the past starts. */
export async function lastOutboxId(db: Queryable): Promise<number> {
  const [row] = await db.select({ id: max(outbox.id) }).from(outbox);
  return row?.id ?? 0;
}

/**
 * Marks the mail queued after `afterId` as done without sending it. For a seed that replays the
 * demo's past through the commands: that mail belongs to days before the site existed, and nobody
 * should receive it on first start (the notices in the site stay). Other jobs (evidence, search)
 * still run. Returns how many mails were settled.
 */
export async function settleReplayedMail(db: Queryable, afterId: number): Promise<number> {
  const settled = await db
    .update(outbox)
    .set({ doneAt: sql`now()`, result: { replayed: true } })
    .where(and(eq(outbox.kind, "mail.send"), gt(outbox.id, afterId), isNull(outbox.doneAt)))
    .returning({ id: outbox.id });
  return settled.length;
}
