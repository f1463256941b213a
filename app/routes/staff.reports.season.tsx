import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { CountChartSection } from "../components/charts";
import { ReportFilterForm } from "../components/report-filter-form";
import { ReportTables } from "../components/report-tables";
import { getDb } from "../db.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { seasonWindowFrom } from "../reports/season-filter.server";
import { SEASON_CHART_FIGURES, seasonTables } from "../reports/season";
import { seasonSummary } from "../reports/season.server";

export const meta = pageTitle("season.title");

/** The school's season of online events: school-wide staff (talks are the career centre's). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "report:read");
  const { window, errors, typed } = seasonWindowFrom(request);
  const summary = await seasonSummary(await getDb(), staffActor(user), { window });
  return { summary, errors, typed };
}

export default function SeasonPage() {
  const { summary, errors, typed } = useLoaderData<typeof loader>();
  const t = useT();
  const { figures, window } = summary;
  const query = `from=${window.from}&to=${window.to}`;
  const fieldError = (name: "from" | "to") => {
    const message = errors[name];
    return message ? (
      <span id={`season-${name}-error`} className="field__error">
        {t(message)}
      </span>
    ) : null;
  };
  return (
    <main id="main">
      <p>
        <Link to="/staff/reports">{t("nav.staff.reports")}</Link>
      </p>
      <h1>{t("season.title")}</h1>
      <p className="lead">{t("season.lead")}</p>
      <ReportFilterForm
        exportHref={`/staff/reports/season.xlsx?${query}`}
        showLabel="season.show"
        exportLabel="season.excel"
      >
        {(["from", "to"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`season-${name}`}>{t(`season.field.${name}`)}</label>
            <input
              id={`season-${name}`}
              name={name}
              type="date"
              defaultValue={typed[name] ?? window[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={errors[name] ? `season-${name}-error` : undefined}
            />
            {fieldError(name)}
          </div>
        ))}
      </ReportFilterForm>
      <CountChartSection
        id="season-chart"
        title={t("season.chart")}
        desc={t("season.chart.desc", { from: window.from, to: window.to })}
        bars={SEASON_CHART_FIGURES.map((figure) => ({ label: t(`season.figure.${figure}`), value: figures[figure] }))}
      />
      {summary.events.length === 0 ? <p>{t("season.none")}</p> : null}
      <ReportTables tables={seasonTables(summary, t)} />
    </main>
  );
}
