import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { sessions } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { UserActor } from "./actor";

/** The account's own signed-in sessions, newest use first (any role: a staff account lists its own too). */
export function listActiveSessions(db: Queryable, actor: UserActor) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, actor.userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Scoped to the owner: a user can only end their own sessions. */
export async function revokeOwnSession(db: Queryable, actor: UserActor, input: { sessionId: string }) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, actor.userId)));
}
