import { translate, type Locale } from "./messages";

/**
 * The name of a college, major, destination code … in the reader's language. Rows carry both
 * (`nameZh`, `nameEn`); an English reader sees the Chinese name where no English one was entered.
 */
export function nameFor(locale: Locale, names: { nameZh: string; nameEn?: string | null }): string {
  return locale === "en" && names.nameEn ? names.nameEn : names.nameZh;
}

/**
 * A text kept in both languages as data (a rule's name, a signal's evidence, a programme's note),
 * in the reader's language; the Chinese one where no English one was entered, "" where neither was.
 */
export function textFor(locale: Locale, text: { zh?: string | null; en?: string | null }): string {
  return nameFor(locale, { nameZh: text.zh ?? "", nameEn: text.en });
}

/** Several names in the reader's way of listing: "杭州、上海" or "Hangzhou, Shanghai". */
export function listFor(locale: Locale, items: readonly string[]): string {
  return items.join(translate(locale, "list.separator"));
}
