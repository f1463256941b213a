import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { NOTIFICATION_CATEGORIES, NOTIFICATION_DELIVERIES, type NotificationCategory } from "../../vocabulary";
import { oneOf } from "./checks";
import { users } from "./people";

/**
 * What happened while the reader was away. Written in the transaction that decided the event (the
 * same one that enqueues its mail), so a notice exists exactly when its mail does. A notice carries
 * either a message key with params (rendered in the reader's language when read) or a title already
 * rendered in the recipient's language (the subject of the mail it accompanies).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text("category").$type<NotificationCategory>().notNull(),
    /** Rendered text (from a mail's subject) or null when `message` is given. */
    title: text("title"),
    message: jsonb("message").$type<{ key: string; params?: Record<string, unknown> }>(),
    body: text("body"),
    link: text("link"),
    /** One notice per effect: the mail's idempotency key, or the caller's own. */
    dedupeKey: text("dedupe_key").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created").on(t.userId, t.createdAt),
    index("notifications_user_unread")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    check("notifications_category_known", oneOf(t.category, NOTIFICATION_CATEGORIES)),
    check("notifications_has_text", sql`${t.title} is not null or ${t.message} is not null`),
  ],
);

/** A person's choice per category; no row means "mail and site". */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text("category").$type<NotificationCategory>().notNull(),
    delivery: text("delivery").$type<(typeof NOTIFICATION_DELIVERIES)[number]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.category] }),
    check("notification_preferences_category_known", oneOf(t.category, NOTIFICATION_CATEGORIES)),
    check("notification_preferences_delivery_known", oneOf(t.delivery, NOTIFICATION_DELIVERIES)),
  ],
);
