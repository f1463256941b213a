import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStaffScope } from "../auth/session.server";
import { BookingBadge, BookingFacts, SlotTime } from "../components/counselling";
import {
  ActionForm,
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from "../components/form";
import { HeldOrNoShowForm, OneButtonForm } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import {
  cancelByStaff,
  changeLocation,
  listAudienceColleges,
  listForStaff,
  listTopics,
  publishSlots,
  recordAttendance,
  saveNote,
  withdrawSlot,
  type StaffBookingRow,
} from "../counselling/counselling.server";
import { StaffCounsellingForm } from "../counselling/schema";
import { topicLabel, type TopicOption } from "../counselling/topics";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import type { AnyResult } from "../forms/result";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";

export const meta = pageTitle("counselling.staff.title");

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

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "counselling:manage");
  const db = await getDb();
  const staff = { userId: user.id, scope: user.scope };
  const attendance = async ({ intent, bookingId }: { intent: "attended" | "no_show"; bookingId: string }) => {
    await recordAttendance(db, { staff, bookingId, outcome: intent });
    return done("counselling.done.attendance");
  };
  return formAction(request, StaffCounsellingForm, {
    publish: async ({ intent: _intent, ...data }) => {
      const rows = await publishSlots(db, { staff, data });
      return done("counselling.done.published", { count: rows.length });
    },
    withdraw: async ({ slotId }) => {
      await withdrawSlot(db, { staff, slotId });
      return done("counselling.done.withdrawn");
    },
    cancel: async ({ bookingId, reason, reopen }) => {
      await cancelByStaff(db, { staff, bookingId, reason, reopen: reopen === "on" });
      return done("counselling.done.cancelled");
    },
    move: async ({ bookingId, newLocation }) => {
      await changeLocation(db, { staff, bookingId, location: newLocation });
      return done("counselling.done.moved");
    },
    note: async ({ bookingId, note }) => {
      await saveNote(db, { staff, bookingId, note });
      return done("counselling.done.note");
    },
    attended: attendance,
    no_show: attendance,
  });
}

function BookingCard({ b, topics, result }: { b: StaffBookingRow; topics: TopicOption[]; result: AnyResult }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="card" aria-labelledby={`booking-${b.id}`}>
      <h3 id={`booking-${b.id}`}>
        {b.graduateName} · <BookingBadge status={b.status} />
      </h3>
      <BookingFacts booking={b} place={b.location}>
        <dt>{t("counselling.topic")}</dt>
        <dd>{topicLabel(topics, b.topic, locale)}</dd>
        <dt>{t("counselling.college")}</dt>
        <dd>{nameFor(locale, { nameZh: b.collegeZh, nameEn: b.collegeEn })}</dd>
        {!b.own ? (
          <>
            <dt>{t("counselling.counsellor")}</dt>
            <dd>{b.counsellorName}</dd>
          </>
        ) : null}
      </BookingFacts>
      {b.events.includes("attend") ? (
        <HeldOrNoShowForm
          id={`attendance-${b.id}`}
          name="bookingId"
          value={b.id}
          result={result}
          held={{ intent: "attended", label: t("counselling.attended") }}
          noShowLabel={t("counselling.noShow")}
          className="actions"
        />
      ) : null}
      {b.events.includes("cancel") ? (
        <OneButtonForm
          intent="move"
          result={result}
          name="bookingId"
          value={b.id}
          label={t("counselling.move.submit")}
          buttonClassName="button--quiet"
        >
          <TextAreaField
            name="newLocation"
            label={t("counselling.move")}
            defaultValue={b.location}
            rows={1}
            maxLength={300}
          />
        </OneButtonForm>
      ) : null}
      {b.events.includes("cancel") ? (
        <OneButtonForm intent="cancel" result={result} name="bookingId" value={b.id} label={t("counselling.cancel")}>
          <TextAreaField name="reason" label={t("counselling.reason")} rows={2} maxLength={500} />
          <CheckboxField name="reopen" label={t("counselling.reopen")} />
        </OneButtonForm>
      ) : null}
      {b.own ? (
        <OneButtonForm
          intent="note"
          result={result}
          name="bookingId"
          value={b.id}
          label={t("counselling.note.save")}
          buttonClassName="button--quiet"
        >
          <TextAreaField
            name="note"
            label={t("counselling.note")}
            defaultValue={b.staffNote ?? ""}
            rows={3}
            maxLength={2000}
          />
        </OneButtonForm>
      ) : null}
    </article>
  );
}

export default function StaffCounselling() {
  const { slots, bookings, topics, colleges, defaultAudience } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const own = bookings.filter((b) => b.own);
  const others = bookings.filter((b) => !b.own);
  const audienceOptions = [
    { value: "all", label: t("counselling.audience.all") },
    ...colleges.map((c) => ({ value: String(c.id), label: nameFor(locale, c) })),
  ];
  return (
    <div className="page">
      <h1>{t("counselling.staff.title")}</h1>
      <FormOutcome result={result} />

      <section aria-labelledby="own-heading">
        <h2 id="own-heading">{t("counselling.bookings.own")}</h2>
        {own.length === 0 ? <p>{t("counselling.bookings.none")}</p> : null}
        <div className="cards">
          {own.map((b) => (
            <BookingCard key={b.id} b={b} topics={topics} result={result} />
          ))}
        </div>
      </section>

      {others.length ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t("counselling.bookings.others")}</h2>
          <div className="cards">
            {others.map((b) => (
              <BookingCard key={b.id} b={b} topics={topics} result={result} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t("counselling.publish.title")}</h2>
        <p className="muted">{t("counselling.publish.hint")}</p>
        <ActionForm id="publish" intent="publish" result={result}>
          <TextField name="date" type="date" label={t("counselling.date")} required />
          <TextField name="from" type="time" label={t("counselling.from")} defaultValue="14:00" required />
          <TextField name="to" type="time" label={t("counselling.to")} defaultValue="17:00" required />
          <TextField name="minutes" type="number" label={t("counselling.minutes")} defaultValue="30" />
          <TextField name="breakMinutes" type="number" label={t("counselling.break")} defaultValue="0" />
          <TextField name="weeks" type="number" label={t("counselling.weeks")} defaultValue="1" />
          <SelectField
            name="mode"
            label={t("counselling.mode")}
            options={(["in_person", "video"] as const).map((m) => ({ value: m, label: t(`counselling.mode.${m}`) }))}
          />
          <TextField name="location" label={t("counselling.location")} required />
          <CheckboxGroupField
            name="topics"
            legend={t("counselling.topics")}
            options={topics.map((topic) => ({ value: topic.code, label: nameFor(locale, topic) }))}
          />
          <SelectField
            name="audience"
            label={t("counselling.audience")}
            options={audienceOptions}
            defaultValue={defaultAudience}
          />
          <button type="submit">{t("counselling.publish.submit")}</button>
        </ActionForm>
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
                <OneButtonForm
                  intent="withdraw"
                  result={result}
                  name="slotId"
                  value={s.id}
                  label={t("counselling.withdraw")}
                  buttonClassName="button--quiet"
                  className="inline-form"
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
