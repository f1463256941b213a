import type { Locale, Message } from "../i18n/messages";
import { textFor } from "../i18n/names";
import { useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";

/** Where a value comes from, beside the value (docs/programmes.md: every value shows its source). */
export function SourceNote({ source }: { source: string }) {
  const t = useT();
  return (
    <small className="source-note">
      {t("programme.source")}：{source || t("programme.noSource")}
    </small>
  );
}

/** "2026/3/1 至 2026/3/1", or "dates not confirmed" for a window that is not known. */
export function WindowDates({
  window,
  locale,
}: {
  window: { status: string; opensOn: string | null; closesOn: string | null };
  locale: Locale;
}) {
  const t = useT();
  if (window.status !== "known" || !window.opensOn || !window.closesOn) return <>{t("programme.window.unknown")}</>;
  const opens = formatSchoolDate(`${window.opensOn}T12:00:00Z`, locale);
  const closes = formatSchoolDate(`${window.closesOn}T12:00:00Z`, locale);
  return <>{opens === closes ? opens : t("programme.window.range", { opens, closes })}</>;
}

/** The current window with days left, or the next one with days to go. */
export function Countdown({
  now,
}: {
  now: {
    current: { kind: string; daysLeft: number; year: number }[];
    next: { kind: string; daysToOpen: number; year: number } | null;
  };
}) {
  const t = useT();
  const current = now.current[0];
  return (
    <p className="countdown" role="status">
      {current ? (
        <>
          <strong>{t("programme.current")}</strong>：{t(`programme.window.${current.kind}`)}（{current.year}）{" "}
          {current.daysLeft === 0
            ? t("programme.countdown.lastDay")
            : t("programme.countdown.closesIn", { days: current.daysLeft })}
        </>
      ) : now.next ? (
        <>
          <strong>{t("programme.nextWindow")}</strong>：{t(`programme.window.${now.next.kind}`)}（{now.next.year}）{" "}
          {t("programme.countdown.opensIn", { days: now.next.daysToOpen })}
        </>
      ) : (
        t("programme.none")
      )}
    </p>
  );
}

type ShownRule = {
  kind: string;
  outcome: "pass" | "fail" | "check";
  reason: Message;
  note?: { zh: string; en: string };
};

/** Each rule's answer with its reason; the outcome is in the text (✓/✗/needs checking), not colour alone. */
export function EligibilityList({
  result,
  locale,
}: {
  result: { outcome: "pass" | "fail" | "check"; rules: ShownRule[] };
  locale: Locale;
}) {
  const t = useT();
  return (
    <div className={`eligibility eligibility--${result.outcome}`}>
      <p>
        <strong>{t(`programme.eligibility.${result.outcome}`)}</strong>
      </p>
      <ul>
        {result.rules.map((rule, index) => (
          <li key={`${rule.kind}-${index}`} data-outcome={rule.outcome}>
            {t(rule.reason)}
            {rule.note && textFor(locale, rule.note) ? <small> — {textFor(locale, rule.note)}</small> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
