import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { graduates, users } from "../../db/schema";
import { mailLocaleOf } from "../i18n/mail-locale";

/**
 * Where and in which language to mail a graduate: their account's address and chosen language,
 * else the roster's address (a graduate who has not activated an account yet); null without either.
 */
export async function graduateMailRecipient(db: Queryable, graduateId: string) {
  const [row] = await db
    .select({ name: graduates.name, rosterEmail: graduates.email, userEmail: users.email, locale: users.locale })
    .from(graduates)
    .leftJoin(users, eq(users.id, graduates.userId))
    .where(eq(graduates.id, graduateId))
    .limit(1);
  const email = row?.userEmail ?? row?.rosterEmail;
  return row && email ? { name: row.name, email, locale: mailLocaleOf(row) } : null;
}
