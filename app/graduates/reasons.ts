import { translate, type Locale } from "../i18n/messages";
import type { Reason } from "./rerank";

/** A reranking reason in the reader's language ("专业对口" / "Fits your major"). */
export function reasonText(reason: Reason, locale: Locale = "zh-CN"): string {
  return translate(locale, reason.key, reason.params);
}
