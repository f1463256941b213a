import type { NotificationCategory, Role } from "../../vocabulary";

/**
 * Every mail is enqueued with an idempotency key whose first segment names the event
 * (`interview:<id>:…`, `agreement:<event>:graduate`). The notice that accompanies the mail takes its
 * category from that segment. tests/unit/mail-kinds.test.ts follows every template in emails/templates
 * to the keys it is queued with (through the employer-members helpers too) and fails when a new kind of
 * mail is not listed here; an unlisted kind would be filed under "outreach" below.
 */
export const MAIL_KEY_CATEGORIES: Record<string, NotificationCategory> = {
  welcome: "account",
  registration: "account",
  "registration-attempt": "account",
  "password-reset": "account",
  "employer-invitation": "account",
  "roster-claim": "account",
  "roster-linked": "account",
  "employer-status": "vetting",
  "posting-decision": "vetting",
  "posting-takedown": "vetting",
  "report-outcome": "vetting",
  "still-open": "reminders",
  "applications-waiting": "reminders",
  "review-reminder": "reminders",
  "fair-reminder": "reminders",
  "application-status": "applications",
  interview: "interviews",
  agreement: "agreements",
  destination: "destinations",
  counselling: "counselling",
  "support-referral": "support",
  digest: "recommendations",
  "saved-search": "recommendations",
  "fair-booth": "events",
  "fair-registration": "events",
  campaign: "outreach",
  "programme-deadline": "outreach",
  "talk-decision": "events",
  "talk-signup": "events",
  "talk-called-off": "events",
  "fair-session-cancel": "events",
};

export function categoryOfMailKey(idempotencyKey: string): NotificationCategory {
  const prefix = idempotencyKey.split(":")[0] ?? "";
  return MAIL_KEY_CATEGORIES[prefix] ?? "outreach";
}

/** Where a notice of a category is acted on, for the reader's role; null when no page fits. */
const CATEGORY_PAGES: Partial<Record<NotificationCategory, Partial<Record<Role, string>>>> = {
  account: { graduate: "/account", employer: "/account", staff: "/account", admin: "/account" },
  applications: { graduate: "/graduate/applications", employer: "/employer" },
  interviews: { graduate: "/graduate/interviews", employer: "/employer/interviews" },
  agreements: { graduate: "/graduate/agreements", employer: "/employer/agreements", staff: "/staff/agreements" },
  destinations: { graduate: "/graduate/destination", staff: "/staff/destinations" },
  counselling: { graduate: "/graduate/counselling", staff: "/staff/counselling", admin: "/staff/counselling" },
  vetting: { employer: "/employer", staff: "/staff/vetting", admin: "/staff/vetting" },
  support: { graduate: "/jobs", staff: "/staff/support" },
  recommendations: { graduate: "/graduate" },
  reminders: { employer: "/employer", staff: "/staff", admin: "/staff" },
  events: { graduate: "/fairs", employer: "/employer/fairs", staff: "/staff/fairs", admin: "/staff/fairs" },
};

export function pageForCategory(category: NotificationCategory, role: Role): string | null {
  return CATEGORY_PAGES[category]?.[role] ?? null;
}
