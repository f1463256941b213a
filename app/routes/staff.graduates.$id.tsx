import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, TextAreaField } from "../components/form";
import { GraduateContactFacts } from "../components/graduate-contact-facts";
import { DataTable, FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { unlinkRoster } from "../graduates/activation.server";
import { UnlinkSchema } from "../graduates/schema";
import { graduateJourney } from "../graduates/journey.server";
import { viewGraduateAsStaff } from "../graduates/roster.server";
import { agreementMachine } from "../agreements/states";
import { bookingMachine } from "../counselling/states";
import { DESTINATION_CODES } from "../destinations/codes";
import { interviewMachine } from "../interviews/states";
import { forbidden, notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { EligibilityList } from "../components/programme-bits";
import { viewGraduateEligibility } from "../programmes/eligibility.server";
import { isProgrammeSlug } from "../programmes/programmes.server";
import { formatSchoolDateTime, yearOrSchoolYear } from "../time";
import { PROGRAMME_SLUGS } from "../../vocabulary";
import { nameFor } from "../i18n/names";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "graduate:read-personal");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const result = await viewGraduateAsStaff(await getDb(), staffActor(user), id.data);
  if (result.status === "not_found") notFound();
  if (result.status === "forbidden") forbidden();
  // Eligibility shows political status, so it is read (and audited) only when staff ask for one
  // programme with ?programme=<slug>, not on every visit to the record.
  const url = new URL(request.url);
  const wanted = url.searchParams.get("programme") ?? undefined;
  const year = yearOrSchoolYear(url.searchParams.get("year"));
  const eligibility = isProgrammeSlug(wanted)
    ? {
        slug: wanted,
        year,
        ...(await viewGraduateEligibility(await getDb(), staffActor(user), {
          graduateId: result.graduate.id,
          slug: wanted,
          year,
        })),
      }
    : null;
  return { graduate: result.graduate, journey: await graduateJourney(await getDb(), result.graduate.id), eligibility };
}

/** Undo a roster link the graduate disputed (issue 10): the record has no account again. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  return formAction(request, UnlinkSchema, async ({ reason }) => {
    await unlinkRoster(db, staffActor(user), { graduateId: id.data, reason });
    return done("link.unlink.done");
  });
}

export default function GraduateDetail() {
  const { graduate, journey, eligibility } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const when = (iso: string | null) => (iso ? formatSchoolDateTime(iso, locale) : "—");
  const codeInfo = journey.destination?.code
    ? DESTINATION_CODES.find((c) => c.code === journey.destination?.code)
    : undefined;
  return (
    <div className="page">
      <p>
        <Link to="/staff/graduates">← {t("graduates.title")}</Link>
      </p>
      <h1>{graduate.name}</h1>
      <dl className="facts">
        <dt>{t("graduates.studentNo")}</dt>
        <dd>{graduate.studentNo}</dd>
        <dt>{t("graduates.gender")}</dt>
        <dd>{t(`gender.${graduate.gender}`)}</dd>
        <dt>{t("graduates.college")}</dt>
        <dd>{nameFor(locale, { nameZh: graduate.collegeZh, nameEn: graduate.collegeEn })}</dd>
        <dt>{t("graduates.major")}</dt>
        <dd>{nameFor(locale, { nameZh: graduate.majorZh, nameEn: graduate.majorEn })}</dd>
        <dt>{t("graduates.degree")}</dt>
        <dd>{t(`degree.${graduate.degree}`)}</dd>
        <dt>{t("graduates.cohort")}</dt>
        <dd>{graduate.cohort}</dd>
        <GraduateContactFacts graduate={graduate} />
      </dl>
      <p>
        <Link to={`/staff/support/${graduate.id}`}>{t("support.plan.link")}</Link>
      </p>
      <FormOutcome result={result} />
      {graduate.activated ? (
        <section aria-labelledby="unlink-title">
          <h2 id="unlink-title">{t("link.unlink.title")}</h2>
          <p>{t("link.unlink.lead")}</p>
          <ActionForm id="unlink" intent="unlink" result={result}>
            <TextAreaField name="reason" label={t("link.unlink.reason")} />
            <button type="submit" className="button">
              {t("link.unlink.submit")}
            </button>
          </ActionForm>
        </section>
      ) : null}

      <section aria-labelledby="journey-destination">
        <h2 id="journey-destination">{t("journey.destination")}</h2>
        {journey.destination ? (
          <p>
            {journey.destination.code
              ? `${journey.destination.code} ${codeInfo ? nameFor(locale, codeInfo) : ""}`
              : "—"}{" "}
            · {t(`destination.state.${journey.destination.status}`)} ·{" "}
            {t(`destination.source.${journey.destination.source}`)}
            {journey.destination.disputed ? ` · ${t("journey.disputed")}` : ""}
            {journey.destination.isInternship ? ` · ${t("journey.internship")}` : ""} ·{" "}
            {when(journey.destination.updatedAt)}{" "}
            <Link to={`/staff/destinations?filter=all&q=${encodeURIComponent(graduate.studentNo)}`}>
              {t("journey.openDestination")}
            </Link>
          </p>
        ) : (
          <p>{t("destination.state.unreported")}</p>
        )}
      </section>

      <section aria-labelledby="journey-applications">
        <h2 id="journey-applications">
          {t("journey.applications")} ({journey.applications.length})
        </h2>
        {journey.applications.length ? (
          <DataTable columns={[t("journey.employer"), t("journey.posting"), t("journey.status"), t("journey.updated")]}>
            {journey.applications.map((a) => (
              <tr key={a.id}>
                <td>{a.employerName}</td>
                <td>{a.postingTitle}</td>
                <td>{t(`application.state.${a.status}`)}</td>
                <td>{when(a.updatedAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="muted">{t("journey.none")}</p>
        )}
      </section>

      <section aria-labelledby="journey-interviews">
        <h2 id="journey-interviews">
          {t("journey.interviews")} ({journey.interviews.length})
        </h2>
        {journey.interviews.length ? (
          <ul>
            {journey.interviews.map((i) => (
              <li key={i.id}>
                {i.employerName} · {t(`interview.mode.${i.mode}`)} · {t(interviewMachine.stateLabel(i.status))}
                {i.startsAt ? ` · ${when(i.startsAt)}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("journey.none")}</p>
        )}
      </section>

      <section aria-labelledby="journey-agreements">
        <h2 id="journey-agreements">
          {t("journey.agreements")} ({journey.agreements.length})
        </h2>
        {journey.agreements.length ? (
          <ul>
            {journey.agreements.map((a) => (
              <li key={a.id}>
                {a.employerName} · {a.position} · {t(agreementMachine.stateLabel(a.status))}
                {a.number ? (
                  <>
                    {" "}
                    · <a href={`/agreements/${a.id}/pdf`}>{a.number}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("journey.none")}</p>
        )}
      </section>

      <section aria-labelledby="journey-counselling">
        <h2 id="journey-counselling">
          {t("journey.counselling")} ({journey.counselling.length})
        </h2>
        {journey.counselling.length ? (
          <ul>
            {journey.counselling.map((b) => (
              <li key={b.id}>
                {when(b.startsAt)} · {b.counsellorName} ·{" "}
                {b.topicZh ? nameFor(locale, { nameZh: b.topicZh, nameEn: b.topicEn }) : "—"} ·{" "}
                {t(bookingMachine.stateLabel(b.status))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("journey.none")}</p>
        )}
      </section>
      <section aria-labelledby="programme-eligibility">
        <h2 id="programme-eligibility">{t("programme.staff.eligibility")}</h2>
        <p>{t("programme.staff.eligibilityLead")}</p>
        <ul>
          {PROGRAMME_SLUGS.map((slug) => (
            <li key={slug}>
              <Link
                to={`?programme=${slug}#programme-eligibility`}
                aria-current={eligibility?.slug === slug ? "true" : undefined}
              >
                {t(`programme.slug.${slug}`)}
              </Link>
            </li>
          ))}
        </ul>
        {eligibility ? (
          <>
            <h3>
              {t(`programme.slug.${eligibility.slug}`)} · {t("programme.year", { year: eligibility.year })}
            </h3>
            <dl className="facts">
              <dt>{t("programme.profile.birthDate.label")}</dt>
              <dd>{eligibility.profile.birthDate ?? "—"}</dd>
              <dt>{t("programme.profile.political.label")}</dt>
              <dd>
                {eligibility.profile.politicalStatus
                  ? t(`programme.political.${eligibility.profile.politicalStatus}`)
                  : "—"}
              </dd>
              <dt>{t("programme.profile.certificates.label")}</dt>
              <dd>
                {eligibility.profile.certificates.length
                  ? eligibility.profile.certificates.map((c) => t(`programme.certificate.${c}`)).join("、")
                  : "—"}
              </dd>
            </dl>
            {eligibility.result ? (
              <EligibilityList result={eligibility.result} locale={locale} />
            ) : (
              <p>{t("programme.noYear")}</p>
            )}
          </>
        ) : null}
      </section>
      <p className="muted">{t("graduates.auditNote")}</p>
    </div>
  );
}
