/**
 * The languages of the site, zh-CN first. Apart from the message table (app/i18n/messages.ts, which
 * re-exports them) so that the modules the table itself uses, such as the school's clock
 * (app/time.ts), can name a locale without importing the table.
 */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
