import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { done, formAction } from "../forms/action.server";
import { markInterest } from "../programmes/funnel.server";
import { InterestSchema } from "../programmes/schema";
import { isProgrammeSlug } from "../programmes/programmes.server";
import { notFound } from "../http.server";
import { Countdown, EligibilityList, SourceNote, WindowDates } from "../components/programme-bits";
import { DataTable } from "../components/list-page";
import { getCurrentUser } from "../auth/session.server";
import { roleCan } from "../auth/permissions";
import { checkOwnEligibility } from "../programmes/eligibility.server";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { nameFor, textFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { getProgramme } from "../programmes/programmes.server";
import { schoolDate } from "../time";

export const meta = pageTitle("programme.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const year = Number(url.searchParams.get("year"));
  const province = (url.searchParams.get("province") ?? "").slice(0, 20);
  const db = await getDb();
  const view = await orDeny(
    getProgramme(db, {
      slug: params.slug,
      year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
      province,
      today: schoolDate(),
    }),
  );
  // A signed-in graduate sees their own check against the year shown; everyone else sees the rules.
  const user = await getCurrentUser(request);
  const eligibility =
    user && roleCan(user.role, "profile:own") && view.selected
      ? await checkOwnEligibility(
          db,
          { userId: user.id },
          {
            slug: view.programme.slug,
            year: view.selected.year,
            province: view.selected.province,
          },
        ).catch(() => null)
      : null;
  return { ...view, eligibility };
}

/** "I'm interested": only a graduate, for the year shown. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const slug = params.slug;
  if (!isProgrammeSlug(slug)) notFound();
  const db = await getDb();
  return formAction(request, InterestSchema, async ({ year }) => {
    await markInterest(db, { userId: user.id }, { slug, year });
    return done("funnel.done.interest");
  });
}

export default function ProgrammePage() {
  const result = useActionData<typeof action>();
  const { programme, choices, selected, now, eligibility } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const note = (row: { noteZh?: string; noteEn?: string }) => textFor(locale, { zh: row.noteZh, en: row.noteEn });
  return (
    <div className="page">
      <p>
        <Link to="/programmes">{t("programme.back")}</Link>
      </p>
      <h1>{nameFor(locale, programme)}</h1>
      <p className="lead">{textFor(locale, { zh: programme.summaryZh, en: programme.summaryEn })}</p>
      {programme.active ? <Countdown now={now} /> : <p>{t("programme.inactive")}</p>}
      <p>
        <a href={`/programmes/${programme.slug}.ics`}>{t("programme.calendar")}</a>
      </p>

      <nav aria-label={t("programme.province")}>
        <ul className="plain cluster">
          {choices.map((choice) => {
            const label = `${t("programme.year", { year: choice.year })} · ${choice.province || t("programme.national")}`;
            const isCurrent = selected?.year === choice.year && selected?.province === choice.province;
            return (
              <li key={`${choice.year}-${choice.province}`}>
                {isCurrent ? (
                  <strong aria-current="page">{label}</strong>
                ) : (
                  <Link
                    to={`?year=${choice.year}${choice.province ? `&province=${encodeURIComponent(choice.province)}` : ""}`}
                  >
                    {label}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      </nav>

      {!selected ? (
        <p>{t("programme.noYear")}</p>
      ) : (
        <>
          <h2>
            {t("programme.year", { year: selected.year })} · {selected.province || t("programme.national")}
          </h2>
          <dl className="facts">
            <dt>{t("programme.officialSite")}</dt>
            <dd>
              {selected.officialUrlStatus === "known" && selected.officialUrl ? (
                <a href={selected.officialUrl} rel="noopener noreferrer">
                  {selected.officialUrl}
                </a>
              ) : (
                t("programme.officialSite.unknown")
              )}{" "}
              <SourceNote source={selected.officialUrlSource} />
            </dd>
            <dt>{t("programme.destinationCode")}</dt>
            <dd>
              {selected.destinationCodeStatus === "known"
                ? selected.destinationCode
                : t("programme.destinationCode.unknown")}{" "}
              <SourceNote source={selected.destinationCodeSource} />
            </dd>
          </dl>

          <h3>{t("programme.windows")}</h3>
          <DataTable columns={[t("programme.windows"), t("programme.status"), t("programme.source")]}>
            {selected.windows.map((window) => (
              <tr key={window.id}>
                <th scope="row">{t(`programme.window.${window.kind}`)}</th>
                <td>
                  <WindowDates window={window} locale={locale} />
                  {note(window) ? <p>{note(window)}</p> : null}
                </td>
                <td>
                  <small>{window.source}</small>
                </td>
              </tr>
            ))}
          </DataTable>

          {eligibility ? (
            <section aria-labelledby="my-eligibility">
              <h3 id="my-eligibility">{t("programme.eligibility.title")}</h3>
              <EligibilityList result={eligibility} locale={locale} />
              {result?.ok ? (
                <p className="notice" role="status">
                  {t("funnel.interested")}
                </p>
              ) : null}
              <ErrorSummary result={result} />
              <ActionForm id="interest" result={result}>
                <input type="hidden" name="year" value={selected.year} />
                <button type="submit" className="button">
                  {t("funnel.interest")}
                </button>
              </ActionForm>
              <p>
                <Link to="/graduate/programmes">{t("programme.profile.title")}</Link>
              </p>
            </section>
          ) : null}

          <h3>{t("programme.rules")}</h3>
          <ul className="rules">
            {selected.rules.map((rule) => (
              <li key={rule.id}>
                <strong>{t(`programme.rule.${rule.kind}`)}</strong>（{t(`programme.value.${rule.status}`)}）
                {note(rule) ? `：${note(rule)}` : null} <SourceNote source={rule.source} />
              </li>
            ))}
          </ul>

          {selected.forms.length ? (
            <>
              <h3>{t("programme.forms")}</h3>
              <ul>
                {selected.forms.map((form) => (
                  <li key={form.nameZh}>
                    {nameFor(locale, form)} <SourceNote source={form.source} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {selected.benefitsZh ? (
            <>
              <h3>{t("programme.benefits")}</h3>
              <p>
                {textFor(locale, { zh: selected.benefitsZh, en: selected.benefitsEn })}{" "}
                <SourceNote source={selected.benefitsSource} />
              </p>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
