import { count, desc, eq, and, isNull, isNotNull, sql } from "drizzle-orm";
import { localMailbox, outbox } from "../../db/schema";
import type { Queryable } from "../../db/client";

export async function listLocalMail(db: Queryable, page: number, pageSize = 30) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: localMailbox.id,
        recipients: localMailbox.recipients,
        subject: localMailbox.subject,
        createdAt: localMailbox.createdAt,
      })
      .from(localMailbox)
      .orderBy(desc(localMailbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(localMailbox),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function getLocalMail(db: Queryable, id: number) {
  const [row] = await db.select().from(localMailbox).where(eq(localMailbox.id, id)).limit(1);
  return row ?? null;
}

export async function outboxQueueStats(db: Queryable) {
  const [[pending], [failing]] = await Promise.all([
    db.select({ n: count() }).from(outbox).where(isNull(outbox.doneAt)),
    db
      .select({ n: count() })
      .from(outbox)
      .where(and(isNull(outbox.doneAt), isNotNull(outbox.lastError))),
  ]);
  return { pending: pending?.n ?? 0, failing: failing?.n ?? 0 };
}

/** z***@example.com: enough for staff to recognise whose mail it was, not enough to copy an address. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** Mails the receiving server refused for good (SMTP 5xx): closed without retry, listed for staff. */
export async function permanentMailFailures(db: Queryable, limit = 50) {
  const rows = await db
    .select({ id: outbox.id, payload: outbox.payload, code: outbox.lastError, at: outbox.doneAt })
    .from(outbox)
    .where(and(eq(outbox.kind, "mail.send"), isNotNull(outbox.doneAt), sql`${outbox.result} ? 'failed'`))
    .orderBy(desc(outbox.doneAt))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    to: maskEmail(typeof row.payload.to === "string" ? row.payload.to : ""),
    subject: typeof row.payload.subject === "string" ? row.payload.subject : "",
    code: row.code ?? "",
    at: row.at,
  }));
}
