/** A time as Beijing wall-clock text, for pages (client-safe). */
export function beijingTime(iso: string, locale: string) {
  return new Date(iso).toLocaleString(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  });
}
