/**
 * Labels of a posting's programme (grassroots service, enlistment), for the posting form, the
 * search page's filters and the API. Pure: pages import it, and so does app/postings/query.ts.
 */
import { translate, type Locale } from "../i18n/messages";

/** The programme's name in the reader's language (`posting.programme.enlistment`, `….grassroots`). */
export function programmeName(programme: string, locale: Locale): string {
  if (programme === "enlistment") return translate(locale, "posting.programme.enlistment");
  const grassroots = /^grassroots_(.+)$/.exec(programme);
  if (grassroots) return translate(locale, "posting.programme.grassroots", { name: grassroots[1]! });
  return programme;
}

/** Both languages, for the search facets and the API, which do not know the reader's. */
export function programmeLabel(programme: string): { zh: string; en: string } {
  return { zh: programmeName(programme, "zh-CN"), en: programmeName(programme, "en") };
}
