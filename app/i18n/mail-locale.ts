import { pickLocale, type Locale } from "./messages";

/**
 * The one mail-language rule (issue 15, docs/decisions/025-accounts-and-confirmations.md): a mail to a
 * person is written in the language that person chose for mail, stored on their account
 * (`users.locale`): a graduate sets it as 邮件语言 on the profile page, anyone on /account/mail.
 * Never the language of the page the sender is looking at, and never the header's switch (a cookie
 * that changes pages only). A recipient without an account (a roster address, an invited colleague)
 * has chosen nothing and gets Chinese, the school's language.
 *
 * Every enqueueMail call site passes its recipient's account row through this function
 * (tests/unit/mail-locale.test.ts reads them all).
 */
export function mailLocaleOf(recipient: { locale?: string | null } | null | undefined): Locale {
  return pickLocale(recipient?.locale);
}
