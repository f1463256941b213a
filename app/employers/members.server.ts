/**
 * What online fairs (app/fairs/) and campus talks (app/talks/) ask of an employer in the same way:
 * the employer the signed-in member belongs to, that it is verified before it may take part, and
 * the mail that tells every active member of a staff decision (booth or talk approved, declined,
 * cancelled). One place, so both domains refuse and mail alike.
 */
import { and, eq, isNull } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Queryable } from "../../db/client";
import { employerMembers, employers, users } from "../../db/schema";
import { fairUpdateMail } from "../../emails/templates/fair-update";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import type { Message } from "../i18n/messages";
import { enqueueMail } from "../outbox/outbox.server";

export type Employer = typeof employers.$inferSelect;

/** The employer the user is a member of; 403 for anyone who is not a member of one. */
export async function employerOfMember(db: Queryable, actor: UserActor): Promise<Employer> {
  const [row] = await db
    .select({ employer: employers })
    .from(employerMembers)
    .innerJoin(employers, eq(employers.id, employerMembers.employerId))
    .where(eq(employerMembers.userId, actor.userId))
    .limit(1);
  if (!row) refuse("error.forbidden", { status: 403 });
  return row.employer;
}

/**
 * The member's employer, refused with `refusal` (403) unless staff verified it: only vetted
 * employers get a booth or a talk (docs/fairs.md, docs/talks.md).
 */
export async function verifiedEmployerOf(db: Queryable, actor: UserActor, refusal: string): Promise<Employer> {
  const employer = await employerOfMember(db, actor);
  if (employer.status !== "verified") refuse(refusal, { status: 403 });
  return employer;
}

/**
 * Where mail about the employer goes: its members whose accounts are not disabled. A member staff
 * disabled (someone who left the company, a misused account) no longer hears of the employer's
 * agreements, postings or decisions.
 */
export async function activeMemberAddresses(db: Queryable, employerId: string) {
  return db
    .select({ userId: users.id, email: users.email, locale: users.locale })
    .from(employerMembers)
    .innerJoin(users, eq(users.id, employerMembers.userId))
    .where(and(eq(employerMembers.employerId, employerId), isNull(users.disabledAt)));
}

/**
 * Mails a staff decision to every active member of the employer through the outbox. `key` names the
 * decision once (e.g. `fair-booth:<id>:approved:<ms>`); the member's address completes the
 * idempotency key, so a retried transaction sends each member one mail.
 */
export async function mailEmployerMembers(
  tx: Queryable,
  input: { employerId: string; key: string; subject: Message; body: Message; quote?: string | null; path: string },
) {
  const members = await activeMemberAddresses(tx, input.employerId);
  for (const member of members) {
    await enqueueMail(tx, `${input.key}:${member.email}`, {
      to: member.email,
      ...fairUpdateMail(
        {
          subject: input.subject,
          body: input.body,
          quote: input.quote ?? null,
          url: `${getEnv().publicUrl}${input.path}`,
          audience: "employer",
        },
        mailLocaleOf(member),
      ),
    });
  }
  return members.length;
}
