// Shared by the server and the browser: the posting page renders it after client navigation too.
import { translate, type Locale } from "../i18n/messages";

/** "usually answers within 2 days" style text for the posting page. */
export function responseTimeText(medianHours: number, locale: Locale): string {
  if (medianHours < 24) {
    return translate(locale, "application.responseTime.hours", { hours: Math.max(1, Math.round(medianHours)) });
  }
  return translate(locale, "application.responseTime.days", { days: Math.round(medianHours / 24) });
}
