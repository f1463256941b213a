/**
 * Kinds of in-site notification. Each is also a preference: mail and the site, or the site only.
 * `account` is always mailed too (a welcome, a password reset must reach the inbox).
 */
export const NOTIFICATION_CATEGORIES = [
  "account",
  "applications",
  "interviews",
  "agreements",
  "destinations",
  "counselling",
  "vetting",
  "support",
  "recommendations",
  "reminders",
  "events",
  "outreach",
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** Categories whose mail cannot be switched off. */
export const ALWAYS_MAILED: readonly NotificationCategory[] = ["account"];

export const NOTIFICATION_DELIVERIES = ["mail", "site"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
