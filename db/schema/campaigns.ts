import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  NOTIFICATION_DELIVERIES,
  PROGRAMME_SLUGS,
  type CampaignTarget,
  type NotificationDelivery,
  type ProgrammeSlug,
} from "../../vocabulary";
import { oneOf } from "./checks";
import { colleges, graduates, users } from "./people";

export type { CampaignTarget };

/**
 * A message about one programme year written once in zh and en and sent to the graduates of a
 * target (issue 14 "Campaigns"). A college's staff can only target their college: collegeId is then set.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeSlug: text("programme_slug").$type<ProgrammeSlug>().notNull(),
    year: integer("year").notNull(),
    subjectZh: text("subject_zh").notNull(),
    subjectEn: text("subject_en").notNull(),
    bodyZh: text("body_zh").notNull(),
    bodyEn: text("body_en").notNull(),
    target: jsonb("target").$type<CampaignTarget>().notNull(),
    /** The author's college when their scope is one college; null for school-wide staff. */
    scopeCollegeId: integer("scope_college_id").references(() => colleges.id),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [check("campaigns_programme_known", oneOf(t.programmeSlug, PROGRAMME_SLUGS))],
);

/**
 * One graduate reached by one campaign: the unique pair makes a second send a no-op. The token is
 * random and opaque, the only thing in the open pixel and click links (no personal data in URLs or logs).
 */
export const campaignDeliveries = pgTable(
  "campaign_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    graduateId: uuid("graduate_id")
      .notNull()
      .references(() => graduates.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    /** False when the graduate chose "site only" for outreach (notice only) or has no address. */
    channel: text("channel").$type<NotificationDelivery>().notNull().default("mail"),
    /** When the mail leaves: the send time, or the next morning at school when sent during quiet hours. */
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    opens: integer("opens").notNull().default(0),
    clickedAt: timestamp("clicked_at", { withTimezone: true }),
    clicks: integer("clicks").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("campaign_deliveries_once").on(t.campaignId, t.graduateId),
    uniqueIndex("campaign_deliveries_token").on(t.token),
    index("campaign_deliveries_graduate").on(t.graduateId),
    check("campaign_deliveries_channel_known", oneOf(t.channel, NOTIFICATION_DELIVERIES)),
  ],
);
