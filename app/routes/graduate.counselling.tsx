import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { BookingBadge, BookingField, SlotTime } from "../components/counselling";
import { ErrorSummary, SelectField, TextAreaField } from "../components/form";
import {
  BookSchema,
  bookSlot,
  cancelByGraduate,
  listForGraduate,
  listTopics,
  type OpenSlotRow,
} from "../counselling/counselling.server";
import { topicLabel } from "../counselling/topics";
import { getDb } from "../db.server";
import { domainFailure, formFailure, formValues, parseForm } from "../http.server";
import { nameFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolWeekday, schoolDate } from "../time";

export const meta: MetaFunction = () => [{ title: "预约就业咨询 · 就业" }];

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

const IntentSchema = z.enum(["book", "cancel"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "counselling:book");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  try {
    if (intent.data === "book") {
      const parsed = parseForm(BookSchema, form);
      if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
      const booking = await bookSlot(db, { userId: user.id, data: parsed.data });
      return { ok: true as const, done: "counselling.done.booked", id: booking.id };
    }
    const bookingId = z.uuid().safeParse(values.bookingId);
    if (!bookingId.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
    await cancelByGraduate(db, { userId: user.id, bookingId: bookingId.data, reason: values.reason ?? "" });
    return { ok: true as const, done: "counselling.done.cancelled", id: bookingId.data };
  } catch (error) {
    return domainFailure(error, values);
  }
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
  const failure = result && !result.ok ? result : undefined;
  const blocked = new Set(bookedWith);
  const days = new Map<string, OpenSlotRow[]>();
  for (const s of slots) days.set(dayOf(s.startsAt), [...(days.get(dayOf(s.startsAt)) ?? []), s]);
  const chosen = failure?.values.slotId;
  const firstBookable = slots.find((s) => !blocked.has(s.counsellorUserId))?.id ?? slots[0]?.id;
  const slotErrors = failure?.errors.slotId ?? [];
  return (
    <div className="page">
      <h1>{t("counselling.grad.title")}</h1>
      <p className="lead">{t("counselling.grad.lead")}</p>
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
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
                <dl className="facts">
                  <dt>{t("counselling.times")}</dt>
                  <dd>
                    <SlotTime startsAt={b.startsAt} endsAt={b.endsAt} />
                  </dd>
                  <dt>{t("counselling.counsellor")}</dt>
                  <dd>{b.counsellorName}</dd>
                  <dt>{t(`counselling.mode.${b.mode}`)}</dt>
                  <dd>
                    {b.mode === "video" && b.status === "booked" ? (
                      <a href={b.location} rel="noreferrer" target="_blank">
                        {b.location}
                      </a>
                    ) : (
                      b.location || "—"
                    )}
                  </dd>
                  {b.question ? (
                    <>
                      <dt>{t("counselling.question.label")}</dt>
                      <dd className="prewrap">{b.question}</dd>
                    </>
                  ) : null}
                  {b.cancelReason ? (
                    <>
                      <dt>{b.cancelledBy ? t(`counselling.cancelledBy.${b.cancelledBy}`) : t("counselling.reason")}</dt>
                      <dd>{b.cancelReason}</dd>
                    </>
                  ) : null}
                </dl>
                {b.events.includes("cancel") ? (
                  <Form method="post">
                    <input type="hidden" name="bookingId" value={b.id} />
                    <BookingField
                      name="reason"
                      label={t("counselling.reason")}
                      bookingId={b.id}
                      result={failure}
                      maxLength={500}
                    />
                    <button type="submit" name="intent" value="cancel">
                      {t("counselling.cancel")}
                    </button>
                  </Form>
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
            <Form method="post" key={result && result.ok ? result.id : "book"}>
              <input type="hidden" name="intent" value="book" />
              <fieldset className="field" aria-describedby={slotErrors.length ? "error-slotId" : undefined}>
                <legend>{t("counselling.times")}</legend>
                {slotErrors.length ? (
                  <p id="error-slotId" className="field__error">
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
                        // The error summary links to #field-slotId: the first radio that can take focus.
                        const id = s.id === firstBookable ? "field-slotId" : `slot-${s.id}`;
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
                result={failure}
                placeholder=""
              />
              <TextAreaField name="question" label={t("counselling.question")} result={failure} rows={3} />
              <p className="muted">{t("counselling.location.hidden")}</p>
              <button type="submit">{t("counselling.book.submit")}</button>
            </Form>
          )}
        </section>
      ) : null}
    </div>
  );
}
