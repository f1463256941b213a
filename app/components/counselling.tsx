import { useLocale } from "../i18n/use-t";
import { formatSchoolDateTime, SCHOOL_TIME_ZONE } from "../time";
import { BOOKING_STATE_LABELS, type BookingState } from "../counselling/states";
/** "1 Dec 2026, 14:00 – 14:30" in Beijing time (the end as a clock time); `timeOnly` under a day heading. */
export function SlotTime({ startsAt, endsAt, timeOnly }: { startsAt: string; endsAt: string; timeOnly?: boolean }) {
  const locale = useLocale();
  const clock = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale === "en" ? "en-GB" : "zh-CN", {
      timeZone: SCHOOL_TIME_ZONE,
      hour: "2-digit",
      minute: "2-digit",
    });
  return (
    <time dateTime={startsAt}>
      {timeOnly ? clock(startsAt) : formatSchoolDateTime(startsAt, locale)} – {clock(endsAt)}
    </time>
  );
}

export function BookingBadge({ status }: { status: BookingState }) {
  const locale = useLocale();
  const tone =
    status === "booked"
      ? "badge--warn"
      : status === "attended"
        ? "badge--ok"
        : status === "no_show"
          ? "badge--bad"
          : "";
  return <span className={`badge ${tone}`}>{BOOKING_STATE_LABELS[status][locale === "en" ? "en" : "zh"]}</span>;
}
