import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FilterSelect, plainOptions } from "../components/list-page";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { BarChart } from "../components/charts";
import { ReportCollegeFilter, ReportFilterForm } from "../components/report-filter-form";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { formatShare, type ReportTable } from "../programmes/report";
import { viewFunnelReport } from "../programmes/report.server";
import { funnelReportQuery } from "../programmes/schema";

export const meta = pageTitle("funnelReport.title");

/** The programme funnel report: staff of scope, college staff held to their college (another is 403). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "report:read");
  const url = new URL(request.url);
  const locale = resolveLocale(request, user.locale);
  const view = await orDeny(viewFunnelReport(await getDb(), staffActor(user), funnelReportQuery(url), locale));
  const { filter } = view;
  const search = new URLSearchParams({ year: String(filter.year) });
  if (filter.slug) search.set("programme", filter.slug);
  if (filter.collegeId !== null) search.set("college", String(filter.collegeId));
  if (filter.cohort !== null) search.set("cohort", String(filter.cohort));
  return {
    filter,
    tables: view.tables,
    choices: view.choices,
    chart: {
      stages: view.tables[0]!.rows.slice(0, view.report.overall.stages.length).map((row, index) => ({
        label: row.label,
        value: view.report.overall.stages[index]!.ofInterested ?? 0,
      })),
      years: view.report.byYear.map((g) => ({ label: String(g.key), value: g.figures.selectedRate ?? 0 })),
    },
    total: view.report.overall.total,
    exportHref: `/staff/reports/programmes.xlsx?${search}`,
  };
}

function Cell({ cell }: { cell: ReportTable["rows"][number]["cells"][number] }) {
  return <td>{typeof cell === "object" ? formatShare(cell.share) : cell}</td>;
}

function DataTable({ table }: { table: ReportTable }) {
  const t = useT();
  return (
    // A wide table scrolls sideways on a phone: the named region takes focus so a keyboard can scroll it
    // (axe scrollable-region-focusable); it is a region, not a control, hence the rule's exception.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-labelledby={`caption-${table.id}`} tabIndex={0}>
      <table className="data" data-testid={`table-${table.id}`}>
        <caption id={`caption-${table.id}`}>{table.title}</caption>
        <thead>
          <tr>
            {table.head.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.head.length}>{t("funnelReport.empty")}</td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <Cell key={index} cell={cell} />
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export default function ProgrammeFunnelReport() {
  const { filter, tables, choices, chart, total, exportHref } = useLoaderData<typeof loader>();
  const t = useT();
  const table = (id: string) => tables.find((tb) => tb.id === id)!;
  return (
    <div className="page stack">
      <h1>{t("funnelReport.title")}</h1>
      <p className="lead">{t("funnelReport.lead")}</p>
      <p>
        <Link to="/staff/reports">{t("report.title")}</Link>
      </p>
      <ReportFilterForm exportHref={exportHref}>
        <FilterSelect
          id="report-programme"
          name="programme"
          label={t("funnelReport.col.programme")}
          all={t("funnelReport.allProgrammes")}
          defaultValue={filter.slug}
          options={choices.programmes.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <FilterSelect
          id="report-year"
          name="year"
          label={t("funnelReport.col.year")}
          defaultValue={filter.year}
          options={plainOptions(choices.years)}
        />
        <ReportCollegeFilter
          id="report-college"
          label={t("funnelReport.col.college")}
          canPick={choices.canPickCollege}
          defaultValue={filter.collegeId}
          options={choices.colleges.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          id="report-cohort"
          name="cohort"
          label={t("funnelReport.col.cohort")}
          all={t("funnelReport.allCohorts")}
          defaultValue={filter.cohort}
          options={plainOptions(choices.cohorts)}
        />
      </ReportFilterForm>

      <p data-testid="funnel-total">{t("funnelReport.total", { count: total })}</p>

      <section aria-labelledby="funnel-stages" className="stack">
        <h2 id="funnel-stages">{t("funnelReport.table.stages")}</h2>
        <BarChart
          title={t("funnelReport.chart.stages")}
          desc={t("funnelReport.chart.stages.desc")}
          bars={chart.stages}
        />
        <DataTable table={table("stages")} />
      </section>

      <section aria-labelledby="funnel-destinations" className="stack">
        <h2 id="funnel-destinations">{t("funnelReport.table.destinations")}</h2>
        <p className="muted">{t("funnelReport.destinations.note")}</p>
        <DataTable table={table("destinations")} />
      </section>

      <section aria-labelledby="funnel-groups" className="stack">
        <h2 id="funnel-groups">{t("funnelReport.groups")}</h2>
        <DataTable table={table("programmes")} />
        <DataTable table={table("colleges")} />
        <DataTable table={table("cohorts")} />
      </section>

      <section aria-labelledby="funnel-years" className="stack">
        <h2 id="funnel-years">{t("funnelReport.table.years")}</h2>
        {chart.years.length ? (
          <BarChart
            title={t("funnelReport.chart.years")}
            desc={t("funnelReport.chart.years.desc")}
            bars={chart.years}
          />
        ) : null}
        <DataTable table={table("years")} />
      </section>
    </div>
  );
}
