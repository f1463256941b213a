import { lt, sql } from "drizzle-orm";
import { rateLimits } from "../../db/schema";
import type { Queryable } from "../../db/client";

/**
 * Fixed-window counter in PostgreSQL, shared by every web process. Returns whether this hit
 * is within the limit and how long until the window resets.
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  options: { limit: number; windowSeconds: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowMs = options.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
  return { allowed: (row?.count ?? 1) <= options.limit, retryAfterSeconds };
}

export async function pruneRateLimits(db: Queryable, olderThan: Date) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}

export const AUTH_RATE_LIMIT = { limit: 10, windowSeconds: 60 } as const;
