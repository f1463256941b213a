import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { orDeny } from "../http.server";
import { ActionForm, FieldError, SelectField, TextField, useField } from "../components/form";
import { EventForms } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import { EligibilityList } from "../components/programme-bits";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import {
  checkOwnEligibility,
  getOwnEligibilityProfile,
  saveEligibilityProfile,
} from "../programmes/eligibility.server";
import { listProgrammes } from "../programmes/programmes.server";
import { GraduateProgrammesForm } from "../programmes/schema";
import { advanceOwnInterest, listOwnInterests } from "../programmes/funnel.server";
import { funnelMachine } from "../programmes/states";
import { getOwnCalendarFeed, issueCalendarFeed, revokeCalendarFeed } from "../programmes/calendar.server";
import { formatSchoolDateTime, schoolDate, yearOrSchoolYear } from "../time";
import { CERTIFICATES, POLITICAL_STATUSES } from "../../vocabulary";

export const meta = pageTitle("programme.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const actor = { userId: user.id };
  const today = schoolDate();
  const year = yearOrSchoolYear(new URL(request.url).searchParams.get("year"));
  // A graduate account not linked to the roster yet has nothing to check: 403, not an error page.
  const profile = await orDeny(getOwnEligibilityProfile(db, actor));
  const programmes = await listProgrammes(db, { today });
  const checks = await Promise.all(
    programmes.map(async (programme) => ({
      slug: programme.slug,
      nameZh: programme.nameZh,
      nameEn: programme.nameEn,
      result: await checkOwnEligibility(db, actor, { slug: programme.slug, year }),
    })),
  );
  const interests = await orDeny(listOwnInterests(db, actor));
  const calendar = await orDeny(getOwnCalendarFeed(db, actor));
  return { profile, checks, year, interests, calendar };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const actor = { userId: user.id };
  return formAction(request, GraduateProgrammesForm, {
    profile: async (input) => {
      await saveEligibilityProfile(db, actor, {
        birthDate: input.birthDate || null,
        politicalStatus: input.politicalStatus || null,
        certificates: input.certificates,
      });
      return done("programme.done.profile");
    },
    register_official: async ({ interestId, reference }) => {
      await advanceOwnInterest(db, actor, { interestId, event: "register_official", reference });
      return done("funnel.done.step");
    },
    withdraw: async ({ interestId }) => {
      await advanceOwnInterest(db, actor, { interestId, event: "withdraw" });
      return done("funnel.done.step");
    },
    // The URL is answered once, to the owner; only its hash is kept.
    calendar_issue: async () => {
      const feed = await issueCalendarFeed(db, actor);
      return { ...done("programme.calendar.done.issued"), feedUrl: feed.url };
    },
    calendar_revoke: async () => {
      await revokeCalendarFeed(db, actor);
      return done("programme.calendar.done.revoked");
    },
  });
}

function Certificates({ held }: { held: string[] }) {
  const t = useT();
  const field = useField("certificates");
  return (
    <fieldset className="field">
      <legend>{t("programme.profile.certificates.label")}</legend>
      {CERTIFICATES.map((certificate) => (
        <label key={certificate} className="checkbox">
          <input
            type="checkbox"
            name="certificates"
            value={certificate}
            defaultChecked={held.includes(certificate)}
            aria-describedby={field.errors.length ? field.errorId : undefined}
          />{" "}
          {t(`programme.certificate.${certificate}`)}
        </label>
      ))}
      <FieldError name="certificates" />
    </fieldset>
  );
}

export default function GraduateProgrammes() {
  const { profile, checks, year, interests, calendar } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("programme.mine.title")}</h1>
      <p>
        <Link to="/graduate/programmes/enlistment">{t("enlistment.desk.title")}</Link>
      </p>
      <FormOutcome result={result} />
      {interests.length ? (
        <section aria-labelledby="my-progress">
          <h2 id="my-progress">{t("funnel.mine")}</h2>
          {interests.map((interest) => {
            const name = checks.find((c) => c.slug === interest.slug);
            const steps = funnelMachine.available(interest.state, "graduate", { reference: "given on the form" });
            return (
              <article key={interest.id} className="card">
                <h3>
                  {name ? nameFor(locale, name) : interest.slug} · {t("programme.year", { year: interest.year })}
                </h3>
                <p>
                  {t("funnel.col.state")}：<strong>{t(funnelMachine.stateLabel(interest.state))}</strong>
                  {interest.officialReference ? ` · ${t("funnel.reference")}：${interest.officialReference}` : null}
                </p>
                <ol aria-label={t("funnel.stages")}>
                  {interest.stages.map((stage) => (
                    <li key={stage.id}>
                      {t(funnelMachine.stateLabel(stage.toState))} · {formatSchoolDateTime(stage.at, locale)}
                    </li>
                  ))}
                </ol>
                <EventForms
                  machine={funnelMachine}
                  row={{ id: interest.id, events: steps }}
                  only={["register_official", "withdraw"]}
                  result={result}
                  name="interestId"
                  buttonClassName={(event) => (event === "withdraw" ? "button button--secondary" : "button")}
                  fields={(event) =>
                    event === "register_official" ? <TextField name="reference" label={t("funnel.reference")} /> : null
                  }
                />
              </article>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="my-calendar" className="card stack">
        <h2 id="my-calendar">{t("programme.calendar.title")}</h2>
        <p>{t("programme.calendar.lead")}</p>
        {result?.ok && "feedUrl" in result && typeof result.feedUrl === "string" ? (
          <div className="field">
            <label htmlFor="calendar-url">{t("programme.calendar.url")}</label>
            <input id="calendar-url" readOnly value={result.feedUrl} data-testid="calendar-url" />
            <a href={result.feedUrl.replace(/^https?:/, "webcal:")}>{t("programme.calendar.subscribe")}</a>
          </div>
        ) : calendar.active ? (
          <p>{t("programme.calendar.active", { at: formatSchoolDateTime(calendar.createdAt, locale) })}</p>
        ) : (
          <p>{t("programme.calendar.none")}</p>
        )}
        <ActionForm id="calendar_issue" intent="calendar_issue" result={result}>
          <button type="submit" className="button">
            {t(calendar.active ? "programme.calendar.reissue" : "programme.calendar.issue")}
          </button>
        </ActionForm>
        {calendar.active ? (
          <ActionForm id="calendar_revoke" intent="calendar_revoke" result={result}>
            <button type="submit" className="button button--secondary">
              {t("programme.calendar.revoke")}
            </button>
          </ActionForm>
        ) : null}
      </section>

      <ActionForm id="profile" intent="profile" result={result}>
        <h2>{t("programme.profile.title")}</h2>
        <p id="profile-purpose">{t("programme.profile.purpose")}</p>
        <TextField
          name="birthDate"
          type="date"
          label={t("programme.profile.birthDate.label")}
          defaultValue={profile.birthDate ?? ""}
        />
        <SelectField
          name="politicalStatus"
          label={t("programme.profile.political.label")}
          placeholder={t("programme.profile.political.none")}
          options={POLITICAL_STATUSES.map((value) => ({ value, label: t(`programme.political.${value}`) }))}
          defaultValue={profile.politicalStatus ?? ""}
        />
        <Certificates held={profile.certificates} />
        <button type="submit" className="button">
          {t("programme.profile.save")}
        </button>
      </ActionForm>

      <h2>
        {t("programme.eligibility.title")} · {t("programme.year", { year })}
      </h2>
      <p>
        <Link to={`?year=${year - 1}`}>{t("programme.year", { year: year - 1 })}</Link> ·{" "}
        <Link to={`?year=${year + 1}`}>{t("programme.year", { year: year + 1 })}</Link>
      </p>
      {checks.map((check) => (
        <section key={check.slug} aria-labelledby={`check-${check.slug}`}>
          <h3 id={`check-${check.slug}`}>
            <Link to={`/programmes/${check.slug}?year=${year}`}>{nameFor(locale, check)}</Link>
          </h3>
          {check.result ? <EligibilityList result={check.result} locale={locale} /> : <p>{t("programme.noYear")}</p>}
        </section>
      ))}
    </div>
  );
}
