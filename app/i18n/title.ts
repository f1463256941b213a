import type { MetaFunction } from "@remix-run/node";
import { pickLocale, translate, type MessageParams } from "./messages";

/**
 * A page's `meta` from the message table, in the reader's language (the root loader's locale):
 * `export const meta = pageTitle("destination.title")` gives "毕业去向 · 就业" or "Destination · jiuye".
 */
export function pageTitle(key: string, params?: MessageParams): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((match) => match.id === "root")?.data as { locale?: string } | undefined;
    const locale = pickLocale(root?.locale);
    return [{ title: `${translate(locale, key, params)} · ${translate(locale, "app.name")}` }];
  };
}
