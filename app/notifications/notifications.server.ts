import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notificationPreferences, notifications, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { ALWAYS_MAILED, type NotificationCategory, type NotificationDelivery, type Role } from "../../vocabulary";
import type { UserActor } from "../auth/actor";
import { refuse } from "../errors";
import type { Message } from "../i18n/messages";
import { categoryOfMailKey, pageForCategory } from "./categories";

/**
 * Posts a notice to one person's list. Call it inside the transaction that decided the event, so the
 * notice exists exactly when the event does; `key` makes a retry harmless (one notice per key).
 *
 *   await notify(tx, { userId, category: "events", key: `fair-open:${fair.id}:${userId}`,
 *                      message: { key: "fair.notice.open", params: { name: fair.nameZh } }, link: `/fairs/${fair.id}` });
 *
 * Mail is not sent by notify(); a domain that mails calls enqueueMail (app/outbox/outbox.server.ts),
 * which posts the notice itself and honours the person's mail preference.
 */
export async function notify(
  db: Queryable,
  input: {
    userId: string;
    category: NotificationCategory;
    key: string;
    link?: string | null;
    body?: string | null;
  } & ({ message: Message; title?: undefined } | { title: string; message?: undefined }),
): Promise<boolean> {
  const inserted = await db
    .insert(notifications)
    .values({
      userId: input.userId,
      category: input.category,
      title: input.title ?? null,
      message: input.message ?? null,
      body: input.body ?? null,
      link: input.link ?? null,
      dedupeKey: input.key,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length > 0;
}

/** How this person wants a category delivered; "mail" unless they chose otherwise (or it cannot be off). */
export async function deliveryFor(
  db: Queryable,
  userId: string,
  category: NotificationCategory,
): Promise<NotificationDelivery> {
  if (ALWAYS_MAILED.includes(category)) return "mail";
  const [row] = await db
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.category, category)));
  return row?.delivery ?? "mail";
}

const BODY_LIMIT = 600;

/**
 * The notice that goes with a mail: called by enqueueMail in the mail's own transaction. Returns
 * whether the mail should still be sent (false when the recipient chose "site only" for its category).
 * A recipient without an account (a roster address, an invited colleague) gets the mail only.
 */
export async function noticeForMail(
  db: Queryable,
  idempotencyKey: string,
  mail: { to: string; subject: string; text: string },
): Promise<{ mail: boolean }> {
  const [user] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, mail.to.trim().toLowerCase()));
  if (!user) return { mail: true };
  const category = categoryOfMailKey(idempotencyKey);
  await notify(db, {
    userId: user.id,
    category,
    key: `mail:${idempotencyKey}`,
    title: mail.subject,
    body: excerpt(mail.text),
    link: pageForCategory(category, user.role),
  });
  return { mail: (await deliveryFor(db, user.id, category)) === "mail" };
}

/** The start of a mail's text without the greeting line and footer noise, short enough for a list. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > BODY_LIMIT ? `${flat.slice(0, BODY_LIMIT - 1)}…` : flat;
}

export interface NotificationView {
  id: string;
  category: NotificationCategory;
  title: string | null;
  message: Message | null;
  body: string | null;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export async function listNotifications(
  db: Queryable,
  actor: UserActor,
  input: { limit?: number } = {},
): Promise<NotificationView[]> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit ?? 100);
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    title: row.title,
    message: row.message ? (row.message as Message) : null,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}

/** Marks one notice read; someone else's notice is "not found", never "forbidden" (ids are not confirmed). */
export async function markNotificationRead(db: Queryable, actor: UserActor, input: { id: string }, now = new Date()) {
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, input.id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  if (updated.length === 0) refuse("notification.id.invalid", { status: 404 });
}

export async function markAllNotificationsRead(db: Queryable, actor: UserActor, now = new Date()) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
}

export async function listNotificationPreferences(
  db: Queryable,
  actor: UserActor,
): Promise<Partial<Record<NotificationCategory, NotificationDelivery>>> {
  const rows = await db
    .select({ category: notificationPreferences.category, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  return Object.fromEntries(rows.map((row) => [row.category, row.delivery]));
}

export async function setNotificationPreferences(
  db: Queryable,
  actor: UserActor,
  input: { siteOnly: NotificationCategory[] },
) {
  const siteOnly = input.siteOnly.filter((category) => !ALWAYS_MAILED.includes(category));
  await db.transaction(async (tx) => {
    await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, actor.userId));
    if (siteOnly.length > 0)
      await tx
        .insert(notificationPreferences)
        .values(siteOnly.map((category) => ({ userId: actor.userId, category, delivery: "site" as const })));
  });
}

/** Categories a role can receive, for the preferences form. */
export const CATEGORIES_BY_ROLE: Record<Role, NotificationCategory[]> = {
  graduate: [
    "applications",
    "interviews",
    "agreements",
    "destinations",
    "counselling",
    "support",
    "recommendations",
    "events",
    "outreach",
  ],
  employer: ["vetting", "applications", "interviews", "agreements", "reminders", "events", "outreach"],
  staff: ["agreements", "destinations", "counselling", "vetting", "reminders", "events", "outreach"],
  admin: ["agreements", "destinations", "counselling", "vetting", "reminders", "events", "outreach"],
};
