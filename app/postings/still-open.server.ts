import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { postings } from "../../db/schema";
import { postingStillOpenMail } from "../../emails/templates/posting-still-open";
import { recordAudit } from "../audit/audit.server";
import { getEnv } from "../config/env.server";
import { mailMembers, requireMembership } from "../employers/employers.server";
import { refuse } from "../errors";
import { schoolDate } from "../time";

const DAY = 86_400_000;
export const STILL_OPEN_AFTER_DAYS = 30;
/** How long an employer has to answer before graduates see the posting as unconfirmed. */
export const STILL_OPEN_GRACE_DAYS = 7;

/**
 * Asks the members of every employer whose posting has been live (or last confirmed) 30 days
 * ago whether it is still open. Once per period: the question is not asked again until the
 * posting is confirmed and another 30 days pass.
 */
export async function askStillOpen(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - STILL_OPEN_AFTER_DAYS * DAY);
  const due = await db
    .select()
    .from(postings)
    .where(
      and(
        eq(postings.status, "published"),
        sql`coalesce(${postings.openConfirmedAt}, ${postings.publishedAt}) < ${cutoff.toISOString()}::timestamptz`,
        or(
          isNull(postings.openCheckSentAt),
          lt(postings.openCheckSentAt, sql`coalesce(${postings.openConfirmedAt}, ${postings.publishedAt})`),
        ),
      ),
    );
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

export async function confirmStillOpen(db: Database, input: { userId: string; postingId: string }) {
  const { employer } = await requireMembership(db, input.userId, { write: true });
  const [posting] = await db.select().from(postings).where(eq(postings.id, input.postingId)).limit(1);
  if (!posting) refuse("error.notFound", { status: 404 });
  if (posting.employerId !== employer.id) refuse("error.forbidden", { status: 403 });
  await db
    .update(postings)
    .set({ openConfirmedAt: sql`now()` })
    .where(eq(postings.id, posting.id));
  await recordAudit(db, {
    actorUserId: input.userId,
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
