import type { ReactNode } from "react";
import type { CounsellingMode } from "../../vocabulary";
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

/**
 * The facts of a booking's card, as the graduate and the counsellor both read them: when, what the
 * reader's side adds (`children`: the counsellor, or the topic and college), the mode with its place,
 * then what the graduate asked and why the booking was cancelled, where there is either.
 */
export function BookingFacts({
  booking,
  place,
  children,
}: {
  booking: {
    startsAt: string;
    endsAt: string;
    mode: CounsellingMode;
    question: string;
    cancelReason: string | null;
    cancelledBy: "graduate" | "staff" | null;
  };
  /** The place under the mode: a room, or the video link. */
  place: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <dl className="facts">
      <dt>{t("counselling.times")}</dt>
      <dd>
        <SlotTime startsAt={booking.startsAt} endsAt={booking.endsAt} />
      </dd>
      {children}
      <dt>{t(`counselling.mode.${booking.mode}`)}</dt>
      <dd>{place}</dd>
      {booking.question ? (
        <>
          <dt>{t("counselling.question.label")}</dt>
          <dd className="prewrap">{booking.question}</dd>
        </>
      ) : null}
      {booking.cancelReason ? (
        <>
          <dt>{booking.cancelledBy ? t(`counselling.cancelledBy.${booking.cancelledBy}`) : t("counselling.reason")}</dt>
          <dd>{booking.cancelReason}</dd>
        </>
      ) : null}
    </dl>
  );
}
