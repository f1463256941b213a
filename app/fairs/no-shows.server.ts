/**
 * Employer no-shows at fairs (issue 13): recorded at close, counted per employer, and a bar on new
 * booth applications after the rule's limit of them within its period (noShowRule: env, defaults
 * FAIR_NO_SHOW_RULE). Also a signal of the employer risk score (app/employers/risk.ts).
 */
import { and, count, desc, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { fairBoothRepresentatives, fairBooths, fairs } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { schoolDate } from "../time";
import type { FairNoShowRule } from "../../vocabulary";

const DAY_MS = 86_400_000;

/** The school's rule: FAIR_NO_SHOW_LIMIT no-shows within FAIR_NO_SHOW_BAR_DAYS (defaults 2 and 365, FAIR_NO_SHOW_RULE). */
export function noShowRule(): FairNoShowRule {
  const env = getEnv();
  return { limit: env.FAIR_NO_SHOW_LIMIT, barDays: env.FAIR_NO_SHOW_BAR_DAYS };
}

/**
 * At close: every approved booth of a fair that went live, none of whose representatives went
 * online during the live hours (`first_online_at` is set only then), is marked a no-show.
 */
export async function recordNoShows(tx: Queryable, fairId: string, now: Date): Promise<string[]> {
  const rows = await tx
    .update(fairBooths)
    .set({ noShowAt: now, updatedAt: sql`now()` })
    .where(
      and(
        eq(fairBooths.fairId, fairId),
        eq(fairBooths.status, "approved"),
        isNull(fairBooths.noShowAt),
        sql`not exists (select 1 from ${fairBoothRepresentatives} where ${fairBoothRepresentatives.boothId} = ${fairBooths.id} and ${fairBoothRepresentatives.firstOnlineAt} is not null)`,
      ),
    )
    .returning({ id: fairBooths.id, employerId: fairBooths.employerId });
  for (const row of rows)
    await recordAudit(tx, {
      actorUserId: null,
      action: "fair.booth.no_show",
      subjectType: "fair_booth",
      subjectId: row.id,
      detail: { fairId, employerId: row.employerId },
    });
  return rows.map((r) => r.employerId);
}

export interface NoShowStanding {
  /** No-shows within the period, newest first. */
  noShows: { fairId: string; fairTitle: string; at: Date }[];
  /** The employer may not apply for booths before this instant; null when not barred. */
  barredUntil: Date | null;
}

/** An employer's no-show record and whether it bars them now (the school's rule, noShowRule). */
export async function noShowStanding(
  db: Queryable,
  employerId: string,
  now = new Date(),
  rule: FairNoShowRule = noShowRule(),
): Promise<NoShowStanding> {
  const since = new Date(now.getTime() - rule.barDays * DAY_MS);
  const rows = await db
    .select({ fairId: fairs.id, fairTitle: fairs.title, at: fairBooths.noShowAt })
    .from(fairBooths)
    .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
    .where(and(eq(fairBooths.employerId, employerId), isNotNull(fairBooths.noShowAt), gte(fairBooths.noShowAt, since)))
    .orderBy(desc(fairBooths.noShowAt));
  const noShows = rows.map((r) => ({ fairId: r.fairId, fairTitle: r.fairTitle, at: r.at! }));
  const barredUntil = noShows.length >= rule.limit ? new Date(noShows[0]!.at.getTime() + rule.barDays * DAY_MS) : null;
  return { noShows, barredUntil: barredUntil && barredUntil > now ? barredUntil : null };
}

/** Refuses a booth application from an employer barred by no-shows. */
export async function requireNotBarred(db: Queryable, employerId: string, now: Date) {
  const standing = await noShowStanding(db, employerId, now);
  if (standing.barredUntil)
    refuse("fairBooth.employer.noShowBarred", {
      status: 403,
      params: { count: standing.noShows.length, until: schoolDate(standing.barredUntil) },
    });
}

/** No-shows per employer in the period, for the risk score. */
export async function noShowCount(db: Queryable, employerId: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - noShowRule().barDays * DAY_MS);
  const [row] = await db
    .select({ n: count() })
    .from(fairBooths)
    .where(and(eq(fairBooths.employerId, employerId), gte(fairBooths.noShowAt, since)));
  return row?.n ?? 0;
}
