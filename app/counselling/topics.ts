/**
 * Client-safe helpers for counselling pages. The topics themselves are data (table
 * counselling_topics); loaders hand them to the page as { code, nameZh, nameEn }.
 */
import type { Locale } from "../i18n/messages";
import { nameFor } from "../i18n/names";

export type TopicOption = { code: string; nameZh: string; nameEn: string };

export function topicLabel(topics: readonly TopicOption[], code: string, locale: Locale): string {
  const topic = topics.find((x) => x.code === code);
  return topic ? nameFor(locale, topic) : code;
}
