import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime, formatSchoolTime } from "../time";
import { bookingMachine, type BookingState } from "../counselling/states";
import type { ActionErrors } from "./form";

type FieldResult = ActionErrors | { ok: true } | null | undefined;

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
 * A field inside one of several per-booking forms on a page. The form the last error belongs to
 * (its bookingId echoed back) gets the plain `field-<name>` id the error summary links to, and
 * shows the error and what was typed; the others get ids of their own.
 */
export function BookingField(props: {
  name: string;
  label: string;
  bookingId: string;
  result: FieldResult;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
}) {
  const t = useT();
  const failure = props.result && !props.result.ok ? props.result : undefined;
  const mine = failure?.values.bookingId === props.bookingId;
  const id = mine ? `field-${props.name}` : `${props.name}-${props.bookingId}`;
  const errors = mine ? (failure?.errors[props.name] ?? []) : [];
  const value = mine ? (failure?.values[props.name] ?? props.defaultValue ?? "") : (props.defaultValue ?? "");
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 2}
        maxLength={props.maxLength}
        defaultValue={value}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      />
      {errors.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.map((m) => t(m)).join("；")}
        </p>
      ) : null}
    </div>
  );
}

/** Checkboxes for several values of one name, refilled from the echoed (comma-joined) values after an error. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  result: FieldResult;
  defaultValues?: string[];
}) {
  const t = useT();
  const failure = props.result && !props.result.ok ? props.result : undefined;
  const typed = failure?.values[props.name];
  const echoed = failure ? (Array.isArray(typed) ? typed : (typed ?? "").split(",").filter(Boolean)) : undefined;
  const checked = new Set(echoed ?? props.defaultValues ?? []);
  const errors = failure?.errors[props.name] ?? [];
  return (
    <fieldset className="field" aria-describedby={errors.length ? `error-${props.name}` : undefined}>
      <legend>{props.legend}</legend>
      <div className="radio-row">
        {props.options.map((o, i) => (
          <label key={o.value}>
            <input
              type="checkbox"
              id={i === 0 ? `field-${props.name}` : undefined}
              name={props.name}
              value={o.value}
              defaultChecked={checked.has(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {errors.length ? (
        <p id={`error-${props.name}`} className="field__error">
          {errors.map((m) => t(m)).join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
