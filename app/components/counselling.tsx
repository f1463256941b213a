import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime, formatSchoolTime } from "../time";
import { bookingMachine, type BookingState } from "../counselling/states";
/** "1 Dec 2026, 14:00 – 14:30" in Beijing time (the end as a clock time); `timeOnly` under a day heading. */
export function SlotTime({ startsAt, endsAt, timeOnly }: { startsAt: string; endsAt: string; timeOnly?: boolean }) {
  const locale = useLocale();
  const clock = (iso: string) => formatSchoolTime(iso, locale);
  return (
    <time dateTime={startsAt}>
      {timeOnly ? clock(startsAt) : formatSchoolDateTime(startsAt, locale)} – {clock(endsAt)}
    </time>
  );
}

export function BookingBadge({ status }: { status: BookingState }) {
  const t = useT();
  const tone =
    status === "booked"
      ? "badge--warn"
      : status === "attended"
        ? "badge--ok"
        : status === "no_show"
          ? "badge--bad"
          : "";
  return <span className={`badge ${tone}`}>{t(bookingMachine.stateLabel(status))}</span>;
}
