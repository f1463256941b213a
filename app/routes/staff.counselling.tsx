import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { BookingBadge, BookingField, CheckboxGroup, SlotTime } from "../components/counselling";
import { ErrorSummary, SelectField, TextField } from "../components/form";
import {
  cancelByStaff,
  changeLocation,
  listAudienceColleges,
  listForStaff,
  listTopics,
  publishSlots,
  PublishSchema,
  recordAttendance,
  saveNote,
  withdrawSlot,
  type StaffBookingRow,
} from "../counselling/counselling.server";
import { topicLabel, type TopicOption } from "../counselling/topics";
import { getDb } from "../db.server";
import { domainFailure, formFailure, formValues, parseForm } from "../http.server";
import { nameFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "就业咨询预约 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "counselling:manage");
  const db = await getDb();
  const staff = { userId: user.id, scope: user.scope };
  const [{ slots, bookings }, topics, colleges] = await Promise.all([
    listForStaff(db, { staff }),
    listTopics(db),
    listAudienceColleges(db, user.scope),
  ]);
  return {
    slots,
    bookings,
    topics,
    colleges,
    scopeKind: user.scope.kind,
    defaultAudience: user.scope.kind === "college" ? String(user.scope.collegeId) : "all",
  };
}

const IntentSchema = z.enum(["publish", "withdraw", "cancel", "move", "attended", "no_show", "note"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "counselling:manage");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const staff = { userId: user.id, scope: user.scope };
  try {
    if (intent.data === "publish") {
      const parsed = parseForm(PublishSchema, form);
      if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
      const rows = await publishSlots(db, { staff, data: parsed.data });
      return { ok: true as const, done: "counselling.done.published", count: rows.length };
    }
    if (intent.data === "withdraw") {
      const slotId = z.uuid().safeParse(values.slotId);
      if (!slotId.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
      await withdrawSlot(db, { staff, slotId: slotId.data });
      return { ok: true as const, done: "counselling.done.withdrawn", count: 0 };
    }
    const bookingId = z.uuid().safeParse(values.bookingId);
    if (!bookingId.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
    switch (intent.data) {
      case "cancel":
        await cancelByStaff(db, {
          staff,
          bookingId: bookingId.data,
          reason: values.reason ?? "",
          reopen: values.reopen === "on",
        });
        return { ok: true as const, done: "counselling.done.cancelled", count: 0 };
      case "move":
        await changeLocation(db, { staff, bookingId: bookingId.data, location: values.newLocation ?? "" });
        return { ok: true as const, done: "counselling.done.moved", count: 0 };
      case "note":
        await saveNote(db, { staff, bookingId: bookingId.data, note: values.note ?? "" });
        return { ok: true as const, done: "counselling.done.note", count: 0 };
      default:
        await recordAttendance(db, { staff, bookingId: bookingId.data, outcome: intent.data });
        return { ok: true as const, done: "counselling.done.attendance", count: 0 };
    }
  } catch (error) {
    return domainFailure(error, values);
  }
}

type Failure = Parameters<typeof ErrorSummary>[0]["result"];

function BookingCard({ b, topics, failure }: { b: StaffBookingRow; topics: TopicOption[]; failure: Failure }) {
  const t = useT();
  const locale = useLocale();
  const en = locale === "en";
  return (
    <article className="card" aria-labelledby={`booking-${b.id}`}>
      <h3 id={`booking-${b.id}`}>
        {b.graduateName} · <BookingBadge status={b.status} />
      </h3>
      <dl className="facts">
        <dt>{t("counselling.times")}</dt>
        <dd>
          <SlotTime startsAt={b.startsAt} endsAt={b.endsAt} />
        </dd>
        <dt>{t("counselling.topic")}</dt>
        <dd>{topicLabel(topics, b.topic, locale)}</dd>
        <dt>{t("counselling.college")}</dt>
        <dd>{en ? b.collegeEn : b.collegeZh}</dd>
        {!b.own ? (
          <>
            <dt>{t("counselling.counsellor")}</dt>
            <dd>{b.counsellorName}</dd>
          </>
        ) : null}
        <dt>{t(`counselling.mode.${b.mode}`)}</dt>
        <dd>{b.location}</dd>
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
      {b.events.includes("attend") ? (
        <Form method="post" className="actions">
          <input type="hidden" name="bookingId" value={b.id} />
          <button type="submit" name="intent" value="attended">
            {t("counselling.attended")}
          </button>
          <button type="submit" name="intent" value="no_show">
            {t("counselling.noShow")}
          </button>
        </Form>
      ) : null}
      {b.events.includes("cancel") ? (
        <Form method="post">
          <input type="hidden" name="bookingId" value={b.id} />
          <BookingField
            name="newLocation"
            label={t("counselling.move")}
            bookingId={b.id}
            result={failure}
            defaultValue={b.location}
            rows={1}
            maxLength={300}
          />
          <button type="submit" name="intent" value="move" className="button--quiet">
            {t("counselling.move.submit")}
          </button>
        </Form>
      ) : null}
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
          <div className="field">
            <label>
              <input type="checkbox" name="reopen" /> {t("counselling.reopen")}
            </label>
          </div>
          <button type="submit" name="intent" value="cancel">
            {t("counselling.cancel")}
          </button>
        </Form>
      ) : null}
      {b.own ? (
        <Form method="post">
          <input type="hidden" name="bookingId" value={b.id} />
          <BookingField
            name="note"
            label={t("counselling.note")}
            bookingId={b.id}
            result={failure}
            defaultValue={b.staffNote ?? ""}
            rows={3}
            maxLength={2000}
          />
          <button type="submit" name="intent" value="note" className="button--quiet">
            {t("counselling.note.save")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}

export default function StaffCounselling() {
  const { slots, bookings, topics, colleges, defaultAudience } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const en = locale === "en";
  const failure = result && !result.ok ? result : undefined;
  const own = bookings.filter((b) => b.own);
  const others = bookings.filter((b) => !b.own);
  const audienceOptions = [
    { value: "all", label: t("counselling.audience.all") },
    ...colleges.map((c) => ({ value: String(c.id), label: en ? c.nameEn : c.nameZh })),
  ];
  return (
    <div className="page">
      <h1>{t("counselling.staff.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done, { count: result.count })}
        </p>
      ) : null}
      <ErrorSummary result={failure} />

      <section aria-labelledby="own-heading">
        <h2 id="own-heading">{t("counselling.bookings.own")}</h2>
        {own.length === 0 ? <p>{t("counselling.bookings.none")}</p> : null}
        <div className="cards">
          {own.map((b) => (
            <BookingCard key={b.id} b={b} topics={topics} failure={failure} />
          ))}
        </div>
      </section>

      {others.length ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t("counselling.bookings.others")}</h2>
          <div className="cards">
            {others.map((b) => (
              <BookingCard key={b.id} b={b} topics={topics} failure={failure} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t("counselling.publish.title")}</h2>
        <p className="muted">{t("counselling.publish.hint")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <TextField name="date" type="date" label={t("counselling.date")} result={failure} required />
          <TextField
            name="from"
            type="time"
            label={t("counselling.from")}
            result={failure}
            defaultValue="14:00"
            required
          />
          <TextField name="to" type="time" label={t("counselling.to")} result={failure} defaultValue="17:00" required />
          <TextField name="minutes" type="number" label={t("counselling.minutes")} result={failure} defaultValue="30" />
          <TextField
            name="breakMinutes"
            type="number"
            label={t("counselling.break")}
            result={failure}
            defaultValue="0"
          />
          <TextField name="weeks" type="number" label={t("counselling.weeks")} result={failure} defaultValue="1" />
          <SelectField
            name="mode"
            label={t("counselling.mode")}
            options={(["in_person", "video"] as const).map((m) => ({ value: m, label: t(`counselling.mode.${m}`) }))}
            result={failure}
          />
          <TextField name="location" label={t("counselling.location")} result={failure} required />
          <CheckboxGroup
            name="topics"
            legend={t("counselling.topics")}
            options={topics.map((topic) => ({ value: topic.code, label: nameFor(locale, topic) }))}
            result={failure}
          />
          <SelectField
            name="audience"
            label={t("counselling.audience")}
            options={audienceOptions}
            result={failure}
            defaultValue={defaultAudience}
          />
          <button type="submit">{t("counselling.publish.submit")}</button>
        </Form>
      </section>

      <section aria-labelledby="slots-heading">
        <h2 id="slots-heading">{t("counselling.mySlots")}</h2>
        {slots.length === 0 ? <p>{t("counselling.mySlots.none")}</p> : null}
        <ul>
          {slots.map((s) => (
            <li key={s.id}>
              <SlotTime startsAt={s.startsAt} endsAt={s.endsAt} /> · {t(`counselling.mode.${s.mode}`)} ·{" "}
              {s.topics.map((c) => topicLabel(topics, c, locale)).join("、")} ·{" "}
              {s.bookingId ? (
                <strong>{s.graduateName}</strong>
              ) : (
                <span className="badge">{t("counselling.slot.free")}</span>
              )}
              {!s.bookingId ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="slotId" value={s.id} />
                  <button type="submit" name="intent" value="withdraw" className="button--quiet">
                    {t("counselling.withdraw")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
