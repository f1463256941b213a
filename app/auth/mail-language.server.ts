import { eq, inArray } from "drizzle-orm";
import { graduateProfiles, graduates, users } from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { recordAudit } from "../audit/audit.server";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Locale } from "../i18n/messages";
import type { UserActor } from "./actor";

/** The language this account chose for its mail (see `mailLocaleOf`). */
export async function getMailLanguage(db: Queryable, actor: UserActor): Promise<Locale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId)).limit(1);
  return mailLocaleOf(row);
}

/**
 * Sets the language of every mail this account receives (users.locale, the one place it lives).
 * A graduate's profile shows the same choice as 邮件语言; its old copy in graduate_profiles.language
 * is kept equal so nothing that still reads it disagrees.
 */
export async function setMailLanguage(db: Database, actor: UserActor, input: { locale: Locale }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale: input.locale }).where(eq(users.id, actor.userId));
    const own = tx.select({ id: graduates.id }).from(graduates).where(eq(graduates.userId, actor.userId));
    await tx.update(graduateProfiles).set({ language: input.locale }).where(inArray(graduateProfiles.graduateId, own));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "account.mail_language",
      subjectType: "user",
      subjectId: actor.userId,
      detail: { locale: input.locale },
    });
  });
}
