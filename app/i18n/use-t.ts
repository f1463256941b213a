import { useRouteLoaderData } from "@remix-run/react";
import { translate, type Locale, type Message, type MessageParams } from "./messages";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "zh-CN";
}

/** `t("key", params)` or `t(message)`: the reader's language, from the message table. */
export function useT() {
  const locale = useLocale();
  return (key: string | Message, params?: MessageParams) => translate(locale, key, params);
}
