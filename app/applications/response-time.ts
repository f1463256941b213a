// Shared by the server and the browser: the posting page renders it after client navigation too.
/** "usually answers within 2 days" style text for the posting page. */
export function responseTimeText(medianHours: number, locale: "zh-CN" | "en"): string {
  if (medianHours < 24) {
    const hours = Math.max(1, Math.round(medianHours));
    return locale === "en"
      ? `Usually replies within ${hours} hour${hours === 1 ? "" : "s"}`
      : `通常在 ${hours} 小时内回复`;
  }
  const days = Math.round(medianHours / 24);
  return locale === "en" ? `Usually replies within ${days} day${days === 1 ? "" : "s"}` : `通常在 ${days} 天内回复`;
}
