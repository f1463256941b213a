import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

/** A graduate's search kept with its alert frequency; the query is the canonical /jobs query string. */
export const savedSearches = pgTable(
  "saved_searches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    query: text("query").notNull(),
    label: text("label").notNull(),
    frequency: text("frequency").$type<"daily" | "weekly" | "off">().notNull().default("daily"),
    lastAlertAt: timestamp("last_alert_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("saved_searches_user_query").on(t.userId, t.query),
    index("saved_searches_due").on(t.frequency, t.lastAlertAt),
  ],
);
