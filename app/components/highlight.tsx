import { Fragment } from "react";
import { translate, type Locale } from "../i18n/messages";

/** Renders text with \u0001…\u0002 markers as <mark> elements; the text itself is never parsed as HTML. */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(/(\u0001[^\u0002]*\u0002)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("\u0001") ? (
          <mark key={i}>{part.slice(1, -1)}</mark>
        ) : (
          <Fragment key={i}>{part.replace(/[\u0001\u0002]/g, "")}</Fragment>
        ),
      )}
    </>
  );
}

export function formatPay(min: number, max: number, locale: Locale): string {
  const k = (value: number) => (value >= 1000 ? `${Number((value / 1000).toFixed(1))}k` : String(value));
  return `${k(min)}–${k(max)} ${translate(locale, "posting.perMonth")}`;
}
