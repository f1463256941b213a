import { randomBytes } from "node:crypto";
import { hashToken } from "./token.server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { passwordResets, sessions, users } from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { passwordChangedMail, passwordResetMail } from "../../emails/templates/password-reset";
import { recordAudit } from "../audit/audit.server";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { mailLocaleOf } from "../i18n/mail-locale";
import { enqueueMail, PERSON_WAITING } from "../outbox/outbox.server";
import { mailedLinkStatus, type MailedLinkStatus } from "./mailed-link";
import { hashPassword } from "./password.server";
import { hitRateLimit } from "./rate-limit.server";
import { passwordProblem } from "./schema";

/** How long a mailed reset link works. Short: whoever holds it can take the account. */
export const PASSWORD_RESET_MINUTES = 30;

/**
 * Links mailed to one address: at most this many per hour, whoever asks. Past it the page answers as
 * always and nothing is mailed, so a stranger can neither flood a mailbox nor learn anything from it.
 * (Requests per network address are limited before this, by `enforceAuthRateLimit`.)
 */
export const PASSWORD_RESET_PER_ADDRESS = { limit: 3, windowSeconds: 3600 } as const;

/**
 * "I forgot my password": mails a one-time link to the address when it belongs to an active account.
 * The caller answers every address the same way (the page says "if an account uses this address, a
 * link is on its way"), so the form tells nobody whether an address is registered. A new link ends
 * the ones mailed before it. Mail goes out in the account's mail language.
 */
export async function requestPasswordReset(db: Database, input: { email: string }): Promise<void> {
  // Counted for every address asked about, known or not, so the limit reveals nothing either; the
  // key holds a hash, not the address.
  const verdict = await hitRateLimit(
    db,
    `password-reset-address:${hashToken(input.email)}`,
    PASSWORD_RESET_PER_ADDRESS,
  );
  if (!verdict.allowed) return;
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, displayName: users.displayName, locale: users.locale, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, input.email))
      .limit(1);
    if (!user || user.disabledAt) return;
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    const token = randomBytes(32).toString("base64url");
    const [reset] = await tx
      .insert(passwordResets)
      .values({
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: sql`now() + make_interval(mins => ${PASSWORD_RESET_MINUTES})`,
      })
      .returning({ id: passwordResets.id });
    await recordAudit(tx, {
      actorUserId: null,
      action: "account.password_reset_requested",
      subjectType: "user",
      subjectId: user.id,
    });
    await enqueueMail(
      tx,
      `password-reset:${reset!.id}`,
      {
        to: input.email,
        ...passwordResetMail(
          {
            displayName: user.displayName,
            resetUrl: `${getEnv().publicUrl}/password/reset/${token}`,
            minutes: PASSWORD_RESET_MINUTES,
            forgotUrl: `${getEnv().publicUrl}/password/forgot`,
          },
          mailLocaleOf(user),
        ),
      },
      { priority: PERSON_WAITING },
    );
  });
}

async function resetByToken(db: Queryable, token: string, lock: boolean) {
  const query = db
    .select({
      id: passwordResets.id,
      userId: passwordResets.userId,
      usedAt: passwordResets.usedAt,
      expired: sql<boolean>`${passwordResets.expiresAt} <= now()`,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      disabledAt: users.disabledAt,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashToken(token)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: passwordResets }) : await query;
  return row;
}

/** A reset link of a disabled account opens nothing, as if it had never been sent. */
const linkStatus = (row: Awaited<ReturnType<typeof resetByToken>>) =>
  mailedLinkStatus(row, { void: Boolean(row?.disabledAt) });

/** What the reset page shows before anything is sent (a GET changes nothing: mail scanners open links). */
export async function findPasswordReset(db: Queryable, token: string): Promise<{ status: MailedLinkStatus }> {
  return { status: linkStatus(await resetByToken(db, token, false)) };
}

/**
 * Sets the new password from a mailed link, once: under the link's row lock, the password is
 * changed, the link and every other open link of the account are used up, every session of the
 * account ends (whoever knew the old password is signed out everywhere), and a notice is mailed.
 */
export async function resetPassword(db: Database, input: { token: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const row = await resetByToken(tx, input.token, true);
    const status = linkStatus(row);
    if (status !== "ok" || !row) refuse(`password.reset.link.${status}`, { status: status === "invalid" ? 404 : 410 });
    const problem = passwordProblem(input.password, row.email);
    if (problem) refuse(problem, { field: "password" });
    await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId));
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, row.userId), isNull(passwordResets.usedAt)));
    await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, row.userId), isNull(sessions.revokedAt)));
    await recordAudit(tx, {
      actorUserId: row.userId,
      action: "account.password_reset",
      subjectType: "user",
      subjectId: row.userId,
    });
    await enqueueMail(tx, `password-reset:changed:${row.id}`, {
      to: row.email,
      ...passwordChangedMail(
        { displayName: row.displayName, forgotUrl: `${getEnv().publicUrl}/password/forgot` },
        mailLocaleOf(row),
      ),
    });
  });
}
