import type { MetaFunction } from "@remix-run/node";
import { pickLocale, translate, type Locale, type MessageParams } from "./messages";

type MetaMatches = Parameters<MetaFunction>[0]["matches"];

/** The reader's language as the root loader chose it (a `meta` function has no request to ask). */
function readerLocale(matches: MetaMatches): Locale {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: string } | undefined;
  return pickLocale(root?.locale);
}

/**
 * A page's `meta` from the message table, in the reader's language (the root loader's locale):
 * `export const meta = pageTitle("destination.title")` gives "毕业去向 · 就业" or "Destination · jiuye".
 */
export function pageTitle(key: string, params?: MessageParams): MetaFunction {
  return ({ matches }) => [{ title: titleWithAppName(matches, translate(readerLocale(matches), key, params)) }];
}

/**
 * `<text> · <app name>` in the reader's language, for a page titled by its own data (a fair's title);
 * without text, the app's name alone (the page's data is missing).
 */
export function titleWithAppName(matches: MetaMatches, text?: string): string {
  const app = translate(readerLocale(matches), "app.name");
  return text ? `${text} · ${app}` : app;
}
