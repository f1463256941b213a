/**
 * Client-safe helpers for counselling pages. The topics themselves are data (table
 * counselling_topics); loaders hand them to the page as { code, zh, en }.
 */
import type { CounsellingMode } from "../../vocabulary";

export type TopicOption = { code: string; zh: string; en: string };

export function topicLabel(topics: readonly TopicOption[], code: string, locale: string): string {
  const t = topics.find((x) => x.code === code);
  if (!t) return code;
  return locale === "en" ? t.en : t.zh;
}

export const MODE_LABELS: Readonly<Record<CounsellingMode, { zh: string; en: string }>> = {
  video: { zh: "视频咨询", en: "Video call" },
  in_person: { zh: "线下面谈", en: "In person" },
};
