import type { ReactNode } from "react";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate, formatSchoolDateTime } from "../time";

/**
 * A public fair's state and theme, then its days and live hours, as the list of fairs and the fair's
 * own page show them; `children` follow the dates in their paragraph (the calendar link).
 */
export function FairStateAndDates({
  fair,
  children,
}: {
  fair: { status: string; theme: string | null; startsOn: string; endsOn: string; liveFrom: string; liveUntil: string };
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        <span className="badge">{t(`fair.state.${fair.status}`)}</span>
        {fair.theme ? ` · ${fair.theme}` : null}
      </p>
      <p>
        {t("fair.when", {
          // Noon UTC keeps each calendar date the same day in the school's zone.
          from: formatSchoolDate(`${fair.startsOn}T12:00:00Z`, locale),
          to: formatSchoolDate(`${fair.endsOn}T12:00:00Z`, locale),
          hours: `${fair.liveFrom}–${fair.liveUntil}`,
        })}
        {children}
      </p>
    </>
  );
}

/** A booth session's title, then its start and length, as the employer's fair page and the booth page list it. */
export function SessionTitleAndTime({ session }: { session: { title: string; startsAt: string; minutes: number } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h3>{session.title}</h3>
      <p>
        {formatSchoolDateTime(session.startsAt, locale)} · {t("fairSession.minutes", { minutes: session.minutes })}
      </p>
    </>
  );
}
