import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { BookingBadge, BookingFacts, SlotTime } from "../components/counselling";
import { ActionForm, SelectField, TextAreaField } from "../components/form";
import { OneButtonForm } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import {
  bookSlot,
  cancelByGraduate,
  listForGraduate,
  listTopics,
  type OpenSlotRow,
} from "../counselling/counselling.server";
import { GraduateCounsellingForm } from "../counselling/schema";
import { topicLabel } from "../counselling/topics";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { echoedValue, failureOf, fieldIds } from "../forms/result";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolWeekday, schoolDate } from "../time";

export const meta = pageTitle("counselling.grad.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "counselling:book");
  const db = await getDb();
  const [view, topics] = await Promise.all([listForGraduate(db, { userId: user.id }), listTopics(db)]);
  if (!view) return { linked: false as const, slots: [], bookings: [], bookedWith: [], topics };
  const now = Date.now();
  // Whether each booking has begun, decided here so the page does not say "contact the counsellor to cancel" afterwards.
  const bookings = view.bookings.map((b) => ({ ...b, started: new Date(b.startsAt).getTime() <= now }));
  return { linked: true as const, slots: view.slots, bookings, bookedWith: view.bookedWith, topics };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "counselling:book");
  const db = await getDb();
  return formAction(request, GraduateCounsellingForm, {
    book: async ({ intent: _intent, ...data }) => {
      const booking = await bookSlot(db, { userId: user.id }, { data });
      return { ...done("counselling.done.booked"), id: booking.id };
    },
    cancel: async ({ bookingId, reason }) => {
      await cancelByGraduate(db, { userId: user.id }, { bookingId, reason });
      return { ...done("counselling.done.cancelled"), id: bookingId };
    },
  });
}

/** Beijing calendar day of a slot, for grouping ("2026-12-01"). */
function dayOf(iso: string) {
  return schoolDate(new Date(iso));
}

export default function GraduateCounselling() {
  const { linked, slots, bookings, bookedWith, topics } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const bookFailure = failureOf(result, "book");
  const slotField = fieldIds("book", "slotId");
  const blocked = new Set(bookedWith);
  const days = new Map<string, OpenSlotRow[]>();
  for (const s of slots) days.set(dayOf(s.startsAt), [...(days.get(dayOf(s.startsAt)) ?? []), s]);
  const chosen = echoedValue(bookFailure, "slotId");
  const firstBookable = slots.find((s) => !blocked.has(s.counsellorUserId))?.id ?? slots[0]?.id;
  const slotErrors = bookFailure?.errors.slotId ?? [];
  return (
    <div className="page">
      <h1>{t("counselling.grad.title")}</h1>
      <p className="lead">{t("counselling.grad.lead")}</p>
      <FormOutcome result={result} />
      {!linked ? <p>{t("counselling.noRoster")}</p> : null}

      {linked ? (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t("counselling.mine")}</h2>
          {bookings.length === 0 ? <p>{t("counselling.mine.none")}</p> : null}
          <div className="cards">
            {bookings.map((b) => (
              <article key={b.id} className="card" aria-labelledby={`booking-${b.id}`}>
                <h3 id={`booking-${b.id}`}>
                  {topicLabel(topics, b.topic, locale)} · <BookingBadge status={b.status} />
                </h3>
                <BookingFacts
                  booking={b}
                  place={
                    b.mode === "video" && b.status === "booked" ? (
                      <a href={b.location} rel="noreferrer" target="_blank">
                        {b.location}
                      </a>
                    ) : (
                      b.location || "—"
                    )
                  }
                >
                  <dt>{t("counselling.counsellor")}</dt>
                  <dd>{b.counsellorName}</dd>
                </BookingFacts>
                {b.events.includes("cancel") ? (
                  <OneButtonForm
                    intent="cancel"
                    result={result}
                    name="bookingId"
                    value={b.id}
                    label={t("counselling.cancel")}
                  >
                    <TextAreaField name="reason" label={t("counselling.reason")} rows={2} maxLength={500} />
                  </OneButtonForm>
                ) : b.status === "booked" && !("started" in b && b.started) ? (
                  <p className="muted">{t("counselling.cancelCutoff")}</p>
                ) : null}
              </article>
            ))}
          </div>
        </section>
      ) : null}

      {linked ? (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">{t("counselling.open")}</h2>
          {slots.length === 0 ? (
            <p>{t("counselling.open.none")}</p>
          ) : (
            <ActionForm id="book" intent="book" result={result} key={result && result.ok ? result.id : "book"}>
              <fieldset className="field" aria-describedby={slotErrors.length ? slotField.errorId : undefined}>
                <legend>{t("counselling.times")}</legend>
                {slotErrors.length ? (
                  <p id={slotField.errorId} className="field__error">
                    {slotErrors.map((m) => t(m)).join("；")}
                  </p>
                ) : null}
                {[...days.entries()].map(([day, daySlots]) => (
                  <fieldset key={day}>
                    <legend>
                      <strong>{formatSchoolWeekday(day, locale)}</strong>
                    </legend>
                    <ul className="job-list">
                      {daySlots.map((s) => {
                        const taken = blocked.has(s.counsellorUserId);
                        // The error summary links to #book-slotId: the first radio that can take focus.
                        const id = s.id === firstBookable ? slotField.id : `book-slot-${s.id}`;
                        return (
                          <li key={s.id}>
                            <label htmlFor={id}>
                              <input
                                type="radio"
                                id={id}
                                name="slotId"
                                value={s.id}
                                required
                                defaultChecked={chosen === s.id}
                                disabled={taken}
                              />{" "}
                              <SlotTime startsAt={s.startsAt} endsAt={s.endsAt} timeOnly /> · {s.counsellorName} ·{" "}
                              {t(`counselling.mode.${s.mode}`)}
                              {s.mode === "in_person" ? ` (${s.location})` : null} ·{" "}
                              {s.topics.map((c) => topicLabel(topics, c, locale)).join("、")}
                              {s.forCollege ? (
                                <>
                                  {" "}
                                  <span className="badge">{t("counselling.forCollege")}</span>
                                </>
                              ) : null}
                              {taken ? (
                                <>
                                  {" "}
                                  <span className="badge badge--warn">{t("counselling.bookedWith")}</span>
                                </>
                              ) : null}
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  </fieldset>
                ))}
              </fieldset>
              <SelectField
                name="topic"
                label={t("counselling.topic")}
                options={topics.map((topic) => ({ value: topic.code, label: nameFor(locale, topic) }))}
                placeholder=""
              />
              <TextAreaField name="question" label={t("counselling.question")} rows={3} />
              <p className="muted">{t("counselling.location.hidden")}</p>
              <button type="submit">{t("counselling.book.submit")}</button>
            </ActionForm>
          )}
        </section>
      ) : null}
    </div>
  );
}
