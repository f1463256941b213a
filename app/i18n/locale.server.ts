import { getEnv } from "../config/env.server";
import { readCookie, serializeCookie } from "../http.server";
import { pickLocale, type Locale } from "./messages";

export const LOCALE_COOKIE = "jiuye_lang";

/** Explicit choice (cookie) first, then the account's setting, then the browser's languages. */
export function resolveLocale(request: Request, accountLocale?: Locale | null): Locale {
  const chosen = readCookie(request, LOCALE_COOKIE);
  if (chosen) return pickLocale(chosen);
  if (accountLocale) return accountLocale;
  const accept = request.headers.get("Accept-Language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

export function localeCookie(locale: Locale): string {
  return serializeCookie(LOCALE_COOKIE, locale, {
    maxAgeSeconds: 365 * 24 * 3600,
    httpOnly: false,
    secure: getEnv().https,
  });
}
