import { count, desc, eq, and, isNull, isNotNull } from "drizzle-orm";
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
