import type { Locale } from "./messages";

/**
 * The name of a college, major, destination code … in the reader's language. Rows carry both
 * (`nameZh`, `nameEn`); an English reader sees the Chinese name where no English one was entered.
 */
export function nameFor(locale: Locale, names: { nameZh: string; nameEn?: string | null }): string {
  return locale === "en" && names.nameEn ? names.nameEn : names.nameZh;
}

/** A text kept in both languages as data (a rule's name, a signal's evidence), in the reader's language. */
export function textFor(locale: Locale, text: { zh: string; en: string }): string {
  return nameFor(locale, { nameZh: text.zh, nameEn: text.en });
}
