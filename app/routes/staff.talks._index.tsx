import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { ActionForm, TextField } from "../components/form";
import { AcceptOrSendBack, OneButtonForm } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { failureOf } from "../forms/result";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { addWorkingDays } from "../talks/rules";
import { StaffTalksForm } from "../talks/schema";
import {
  cancelTalk,
  createVenue,
  decideTalk,
  listTalksForStaff,
  updateVenue,
  venueCalendar,
} from "../talks/talks.server";
import { talkListFacts } from "../talks/list-facts";
import { formatSchoolDate, schoolDate } from "../time";
import { TALK_SLOTS } from "../../vocabulary";

export const meta = pageTitle("talk.staff.title");

/** Talks to decide and held, the venues and their calendar for the next four weeks. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const db = await getDb();
  const today = schoolDate();
  const [rows, calendar] = await Promise.all([
    listTalksForStaff(db, staffActor(user)),
    venueCalendar(db, { from: today, to: addWorkingDays(today, 20) }),
  ]);
  return {
    talks: rows.map((r) => ({
      ...talkListFacts(r),
      venueName: r.venueName,
      status: r.status,
      signups: r.signups,
      attended: r.attended,
    })),
    today,
    calendar: calendar.map((c) => ({
      venue: { id: c.venue.id, name: c.venue.name, building: c.venue.building, capacity: c.venue.capacity },
      bookings: c.bookings.map((b) => ({ ...b })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const db = await getDb();
  const actor = staffActor(user);
  return formAction(request, StaffTalksForm, {
    approve: async ({ talkId }) => {
      await decideTalk(db, actor, { talkId, decision: "approve" });
      return done("talk.done.approved");
    },
    decline: async ({ talkId, reason }) => {
      await decideTalk(db, actor, { talkId, decision: "decline", reason });
      return done("talk.done.declined");
    },
    cancel: async ({ talkId, reason }) => {
      const { told } = await cancelTalk(db, actor, { talkId, reason });
      return done("talk.done.cancelledByStaff", { count: told });
    },
    venue: async ({ name, building, capacity }) => {
      await createVenue(db, actor, { name, building, capacity });
      return done("talk.done.venue");
    },
    venue_edit: async ({ venueId, name, building, capacity }) => {
      await updateVenue(db, actor, { venueId, name, building, capacity });
      return done("talk.done.venueSaved");
    },
  });
}

/**
 * A venue's fields (app/talks/schema.ts VenueSchema), empty for a new venue. Editing one says what a
 * new capacity does to talks already booked there.
 */
function VenueFields({ venue }: { venue?: { name: string; building: string; capacity: number } }) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t("talk.venue.name")} defaultValue={venue?.name} required />
      <TextField name="building" label={t("talk.venue.building")} defaultValue={venue?.building} required />
      <TextField
        name="capacity"
        label={t("talk.venue.capacity")}
        type="number"
        defaultValue={venue ? String(venue.capacity) : undefined}
        hint={venue ? t("talk.staff.capacityHint") : undefined}
        required
      />
    </>
  );
}

export default function StaffTalksPage() {
  const { talks, calendar, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatSchoolDate(`${d}T12:00:00Z`, locale);
  return (
    <main id="main">
      <h1>{t("talk.staff.title")}</h1>
      <p>
        <Link to="/staff/reports/season">{t("fair.staff.season")}</Link>
      </p>
      <FormOutcome result={result} />

      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t("talk.staff.talks")}</h2>
        {talks.length === 0 ? <p>{t("talk.list.none")}</p> : null}
        <ul className="cards">
          {talks.map((talk) => (
            <li key={talk.id} className="card">
              <h3>
                <Link to={`/staff/talks/${talk.id}`}>{talk.employerName}</Link>
              </h3>
              <p>
                {talk.title} · <span className="badge">{t(`talk.state.${talk.status}`)}</span>
              </p>
              <p>
                {t(`talk.mode.${talk.mode}`)} · {day(talk.talkDate)} · {t(`talk.slot.${talk.slot}`)}
                {talk.venueName ? ` · ${talk.venueName}` : null}
              </p>
              <p>{t("talk.staff.counts", { signups: talk.signups, attended: talk.attended })}</p>
              {talk.status === "requested" ? (
                <AcceptOrSendBack
                  name="talkId"
                  value={talk.id}
                  result={result}
                  accept={{ intent: "approve", label: t("talk.event.approve") }}
                  sendBack={{ intent: "decline", label: t("talk.event.decline") }}
                >
                  <TextField name="reason" label={t("talk.staff.reason")} />
                </AcceptOrSendBack>
              ) : null}
              {talk.status === "approved" && talk.talkDate >= today ? (
                <details open={Boolean(failureOf(result, `cancel-${talk.id}`))}>
                  <summary>{t("talk.event.cancel")}</summary>
                  <OneButtonForm
                    intent="cancel"
                    result={result}
                    name="talkId"
                    value={talk.id}
                    label={t("talk.event.cancel")}
                    buttonClassName="button button--secondary"
                  >
                    <TextField name="reason" label={t("talk.staff.cancelReason")} required />
                  </OneButtonForm>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t("talk.staff.calendar")}</h2>
        {calendar.map(({ venue, bookings }) => (
          <div key={venue.id} className="card">
            <h3>
              {venue.building} {venue.name} · {t("talk.staff.capacity", { capacity: venue.capacity })}
            </h3>
            {bookings.length === 0 ? (
              <p>{t("talk.staff.free")}</p>
            ) : (
              <ul>
                {bookings.map((b) => (
                  <li key={b.id}>
                    {day(b.talkDate)} {t(`talk.slot.${b.slot}`)}: {b.employerName} ({t(`talk.state.${b.status}`)})
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        <p className="muted">{TALK_SLOTS.map((slot) => t(`talk.slot.${slot}`)).join(" · ")}</p>
        {calendar.map(({ venue }) => (
          <details key={venue.id} open={Boolean(failureOf(result, `venue-edit-${venue.id}`))}>
            <summary>
              {t("talk.staff.editVenue")}: {venue.building} {venue.name}
            </summary>
            <ActionForm id={`venue-edit-${venue.id}`} intent="venue_edit" result={result}>
              <input type="hidden" name="venueId" value={venue.id} />
              <VenueFields venue={venue} />
              <button type="submit" className="button">
                {t("talk.staff.saveVenue")}
              </button>
            </ActionForm>
          </details>
        ))}
      </section>

      <section aria-labelledby="venue-title">
        <h2 id="venue-title">{t("talk.staff.addVenue")}</h2>
        <ActionForm id="venue" intent="venue" result={result}>
          <VenueFields />
          <button type="submit" className="button">
            {t("talk.staff.addVenue")}
          </button>
        </ActionForm>
      </section>
    </main>
  );
}
