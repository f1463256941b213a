import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { postings } from "../../db/schema";
import { postingStillOpenMail } from "../../emails/templates/posting-still-open";
import { recordAudit } from "../audit/audit.server";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { mailMembers, requireMembership } from "../employers/employers.server";
import { refuse } from "../errors";
import { schoolDate } from "../time";

const DAY = 86_400_000;
export const STILL_OPEN_AFTER_DAYS = 30;
/** How long an employer has to answer before graduates see the posting as unconfirmed. */
export const STILL_OPEN_GRACE_DAYS = 7;

/**
 * How many postings one maintenance round (every 5 minutes, in a process that runs the worker) asks
 * about: 57,600 a day, several times what a national site publishes a day, so a steady state never
 * waits. A backlog (a bulk import, a restore, a first start on an old database) drains over rounds
 * instead of in one round: at 1,000,000 postings half of them were due at once, and a round that
 * read all 500,000 whole rows into the web process (over a GiB of heap) and then asked one
 * transaction at a time ran beside that process's searches for many minutes (decision 029).
 */
export const STILL_OPEN_PER_ROUND = 200;

/**
 * Asks the members of every employer whose posting has been live (or last confirmed) 30 days
 * ago whether it is still open. Once per period: the question is not asked again until the
 * posting is confirmed and another 30 days pass. At most `limit` postings a round, the longest
 * unasked first; the rest are asked in the next rounds.
 */
export async function askStillOpen(db: Database, now = new Date(), limit = STILL_OPEN_PER_ROUND): Promise<number> {
  const cutoff = new Date(now.getTime() - STILL_OPEN_AFTER_DAYS * DAY);
  const since = sql`coalesce(${postings.openConfirmedAt}, ${postings.publishedAt})`;
  // Only what the mail needs: the postings' texts are most of a row.
  const due = await db
    .select({
      id: postings.id,
      employerId: postings.employerId,
      title: postings.title,
      publishedAt: postings.publishedAt,
      createdAt: postings.createdAt,
    })
    .from(postings)
    .where(
      and(
        eq(postings.status, "published"),
        sql`${since} < ${cutoff.toISOString()}::timestamptz`,
        or(isNull(postings.openCheckSentAt), lt(postings.openCheckSentAt, since)),
      ),
    )
    .orderBy(asc(since), asc(postings.id))
    .limit(limit);
  for (const posting of due) {
    await db.transaction(async (tx) => {
      await tx.update(postings).set({ openCheckSentAt: now }).where(eq(postings.id, posting.id));
      await mailMembers(tx, posting.employerId, `still-open:${posting.id}:${schoolDate(now)}`, (locale) =>
        postingStillOpenMail(
          {
            postingTitle: posting.title,
            publishedOn: schoolDate(posting.publishedAt ?? posting.createdAt),
            url: `${getEnv().publicUrl}/employer/postings/${posting.id}`,
          },
          locale,
        ),
      );
    });
  }
  return due.length;
}

export async function confirmStillOpen(db: Database, actor: UserActor, input: { postingId: string }) {
  const { employer } = await requireMembership(db, actor.userId, { write: true });
  const [posting] = await db.select().from(postings).where(eq(postings.id, input.postingId)).limit(1);
  if (!posting) refuse("error.notFound", { status: 404 });
  if (posting.employerId !== employer.id) refuse("error.forbidden", { status: 403 });
  await db
    .update(postings)
    .set({ openConfirmedAt: sql`now()` })
    .where(eq(postings.id, posting.id));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "posting.confirm_open",
    subjectType: "posting",
    subjectId: posting.id,
  });
}

/** Asked more than the grace period ago and not answered since. */
export function isUnconfirmed(
  posting: { openCheckSentAt: Date | null; openConfirmedAt: Date | null },
  now = new Date(),
): boolean {
  if (!posting.openCheckSentAt) return false;
  if (posting.openConfirmedAt && posting.openConfirmedAt >= posting.openCheckSentAt) return false;
  return now.getTime() - posting.openCheckSentAt.getTime() > STILL_OPEN_GRACE_DAYS * DAY;
}
