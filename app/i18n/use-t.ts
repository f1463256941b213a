import { useRouteLoaderData } from "@remix-run/react";
import { translate, type Locale } from "./messages";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "zh-CN";
}

export function useT() {
  const locale = useLocale();
  return (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
}
