import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { OneButtonForm } from "../components/one-button-form";
import { ActionForm, FieldError, SelectField, TextAreaField, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { echoedValues, failureOf } from "../forms/result";
import { getEnv } from "../config/env.server";
import { orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { addWorkingDays, earliestTalkDate } from "../talks/rules";
import { EmployerTalksForm } from "../talks/schema";
import {
  listTalksForEmployer,
  postingsToFeature,
  requestTalk,
  venueCalendar,
  withdrawTalk,
} from "../talks/talks.server";
import { formatSchoolDate, schoolDate } from "../time";
import { TALK_MODES, TALK_SLOTS } from "../../vocabulary";

export const meta = pageTitle("talk.employer.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "talk:host");
  const db = await getDb();
  const actor = { userId: user.id };
  const noticeDays = getEnv().TALK_NOTICE_WORKING_DAYS;
  const earliest = earliestTalkDate(new Date(), noticeDays);
  // The venues' taken slots from the first date one may ask for, four weeks on: the employer picks a
  // free one instead of learning of a booking from a refusal. Whose talk holds a slot is not theirs to see.
  const [talks, calendar, ownPostings] = await Promise.all([
    orDeny(listTalksForEmployer(db, actor)),
    venueCalendar(db, { from: earliest, to: addWorkingDays(earliest, 20) }),
    orDeny(postingsToFeature(db, actor)),
  ]);
  return {
    talks: talks.map((t) => ({ ...t })),
    venues: calendar.map(({ venue: v }) => ({ id: v.id, label: `${v.building} ${v.name} (${v.capacity})` })),
    booked: calendar.map(({ venue, bookings }) => ({
      venueId: venue.id,
      slots: bookings.map((b) => ({ talkDate: b.talkDate, slot: b.slot })),
    })),
    ownPostings,
    today: schoolDate(),
    noticeDays,
    earliest,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "talk:host");
  const db = await getDb();
  const actor = { userId: user.id };
  return formAction(request, EmployerTalksForm, {
    request: async ({ intent: _intent, ...input }) => {
      await requestTalk(db, actor, input);
      return done("talk.done.requested");
    },
    withdraw: async ({ talkId }) => {
      const { told } = await withdrawTalk(db, actor, { talkId });
      return done("talk.done.withdrawn", { count: told });
    },
  });
}

export default function EmployerTalksPage() {
  const { talks, venues, booked, noticeDays, earliest, ownPostings, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main">
      <h1>{t("talk.employer.title")}</h1>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("talk.employer.mine")}</h2>
        {talks.length === 0 ? <p>{t("talk.list.none")}</p> : null}
        <ul className="cards">
          {talks.map((talk) => (
            <li key={talk.id} className="card">
              <h3>{talk.title}</h3>
              <p>
                <span className="badge">{t(`talk.state.${talk.status}`)}</span> {t(`talk.mode.${talk.mode}`)} ·{" "}
                {formatSchoolDate(`${talk.talkDate}T12:00:00Z`, locale)} · {t(`talk.slot.${talk.slot}`)}
                {talk.venueName ? ` · ${talk.venueName}` : null}
              </p>
              {talk.decisionReason ? <p>{talk.decisionReason}</p> : null}
              {(talk.status === "requested" || talk.status === "approved") && talk.talkDate >= today ? (
                <OneButtonForm
                  intent="withdraw"
                  result={result}
                  name="talkId"
                  value={talk.id}
                  label={t("talk.event.withdraw")}
                />
              ) : null}
              {talk.status === "approved" && talk.mode === "on_campus" ? (
                <p>
                  <Link to={`/talks/${talk.id}/screen`}>{t("talk.screen.title")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="request-title">
        <h2 id="request-title">{t("talk.employer.request")}</h2>
        <p className="muted">{t("talk.employer.notice", { days: noticeDays, earliest: { date: earliest } })}</p>
        <FormOutcome result={result} />
        {venues.length > 0 ? (
          <section aria-labelledby="booked-title">
            <h3 id="booked-title">{t("talk.employer.booked")}</h3>
            <p className="muted">{TALK_SLOTS.map((slot) => t(`talk.slot.${slot}`)).join(" · ")}</p>
            <ul>
              {venues.map((venue) => {
                const slots = booked.find((b) => b.venueId === venue.id)?.slots ?? [];
                return (
                  <li key={venue.id}>
                    <strong>{venue.label}</strong>:{" "}
                    {slots.length === 0
                      ? t("talk.employer.booked.none")
                      : slots
                          .map(
                            (b) => `${formatSchoolDate(`${b.talkDate}T12:00:00Z`, locale)} ${t(`talk.slot.${b.slot}`)}`,
                          )
                          .join(locale === "en" ? ", " : "、")}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <ActionForm id="request" intent="request" result={result}>
          <TextField name="title" label={t("talk.field.title")} required />
          <SelectField
            name="mode"
            label={t("talk.field.mode")}
            options={TALK_MODES.map((mode) => ({ value: mode, label: t(`talk.mode.${mode}`) }))}
          />
          <SelectField
            name="venueId"
            label={t("talk.field.venue")}
            placeholder={t("talk.field.venue.none")}
            options={venues.map((v) => ({ value: String(v.id), label: v.label }))}
          />
          <TextField name="meetingLink" label={t("talk.field.link")} type="url" />
          <TextField name="capacity" label={t("talk.field.capacity")} type="number" />
          <TextField name="talkDate" label={t("talk.field.date")} type="date" required defaultValue={earliest} />
          <SelectField
            name="slot"
            label={t("talk.field.slot")}
            options={TALK_SLOTS.map((slot) => ({ value: slot, label: t(`talk.slot.${slot}`) }))}
          />
          <TextAreaField name="brochure" label={t("talk.field.brochure")} />
          <fieldset className="field">
            <legend>{t("talk.field.postings")}</legend>
            {ownPostings.length === 0 ? <p className="field__hint">{t("talk.field.postings.none")}</p> : null}
            {ownPostings.map((posting) => (
              <label key={posting.id} className="checkbox">
                <input
                  type="checkbox"
                  name="postingIds"
                  value={posting.id}
                  defaultChecked={echoedValues(failureOf(result, "request"), "postingIds").includes(posting.id)}
                />{" "}
                {posting.title}
              </label>
            ))}
            <FieldError name="postingIds" />
          </fieldset>
          <button type="submit" className="button">
            {t("talk.employer.submit")}
          </button>
        </ActionForm>
      </section>
    </main>
  );
}
