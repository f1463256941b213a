import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { sessions } from "../../db/schema";
import type { Queryable } from "../../db/client";

export function listActiveSessions(db: Queryable, userId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Scoped to the owner: a user can only end their own sessions. */
export async function revokeOwnSession(db: Queryable, userId: string, sessionId: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
}
