import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import type { Queryable } from "../../db/client";

/**
 * Sliding window: this hit is allowed when, counting it, no more than `limit` hits from the
 * same key fell within the last `windowSeconds`. Exact at window edges, unlike fixed buckets
 * (which let 20 attempts through across a minute boundary).
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  options: { limit: number; windowSeconds: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  await db.insert(rateLimitHits).values({ key });
  const windowStart = sql`now() - make_interval(secs => ${options.windowSeconds})`;
  const [row] = await db
    .select({ n: count(), oldest: sql<string>`min(${rateLimitHits.hitAt})` })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.hitAt, windowStart)));
  const hits = row?.n ?? 1;
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + options.windowSeconds * 1000 - Date.now()) / 1000));
  return { allowed: hits <= options.limit, retryAfterSeconds };
}

export async function pruneRateLimits(db: Queryable, olderThan: Date) {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.hitAt, olderThan));
}

export const AUTH_RATE_LIMIT = { limit: 10, windowSeconds: 60 } as const;
