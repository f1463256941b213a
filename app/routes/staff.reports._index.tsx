import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable, FilterSelect, plainOptions } from "../components/list-page";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { scopeCovers } from "../auth/permissions";
import { BarChart, TrendChart } from "../components/charts";
import { ReportCollegeFilter, ReportFilterForm } from "../components/report-filter-form";
import { getDb } from "../db.server";
import {
  DESTINATION_CODES,
  GROUP_2021_LABELS,
  GROUP_2024_LABELS,
  GROUPS_2021,
  GROUPS_2024,
} from "../destinations/codes";
import { orDeny } from "../http.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { defaultCohort, orderedCodeCounts, type BreakdownFigure } from "../reports/dashboard";
import { employmentDashboard, listSnapshots, reportLookups, resolveReportCollege } from "../reports/dashboard.server";
import { NO_DIFFICULTY_KEY } from "../reports/employment-rate";

export const meta = pageTitle("report.title");

const QuerySchema = z.object({
  cohort: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  college: z.coerce.number().int().positive().optional().catch(undefined),
});

const LIST_LIMIT = 30;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "report:read");
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const query = QuerySchema.parse(params);
  const collegeId = await orDeny(() => resolveReportCollege(user.scope, query.college));
  const db = await getDb();
  const lookups = await reportLookups(db);
  const cohort = query.cohort ?? defaultCohort(lookups.cohorts);
  const filter = { cohort, collegeId };
  const [{ dashboard, anomalies }, snapshots] = await Promise.all([
    employmentDashboard(db, staffActor(user), filter),
    listSnapshots(db, filter),
  ]);
  const scope = user.scope;
  const individual = (kind: string) => anomalies.filter((a) => a.kind === kind);
  return {
    filter,
    canPickCollege: scope.kind === "school",
    cohorts: lookups.cohorts,
    colleges: lookups.colleges.filter((c) => scopeCovers(scope, c.id)),
    allColleges: lookups.colleges,
    majors: lookups.majors.filter((m) => dashboard.breakdowns.majorId.some((r) => r.key === m.id)),
    dashboard,
    anomalies: {
      shareHigh: individual("shareHigh"),
      cluster12: individual("cluster12").map((a) => (a.kind === "cluster12" ? { ...a, graduateIds: [] } : a)),
      evidenceMissing: individual("evidenceMissing").slice(0, LIST_LIMIT),
      evidenceMissingCount: individual("evidenceMissing").length,
      payBelowMinimum: individual("payBelowMinimum").slice(0, LIST_LIMIT),
      payBelowMinimumCount: individual("payBelowMinimum").length,
    },
    snapshots,
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function BreakdownTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: BreakdownFigure[];
  label: (key: string | number) => string;
}) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      columns={[caption, t("report.total"), t("report.placed"), t("report.rate"), t("report.rate.provisional")]}
    >
      {rows.map((row) => (
        <tr key={String(row.key)}>
          <th scope="row">{label(row.key)}</th>
          <td>{row.total}</td>
          <td>{row.placed}</td>
          <td>{pct(row.rate)}</td>
          <td>
            {pct(row.provisionalRate)} ({row.provisionalPlaced})
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export default function Reports() {
  const { filter, canPickCollege, cohorts, colleges, allColleges, majors, dashboard, anomalies, snapshots } =
    useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const name = (row: { nameZh: string; nameEn: string } | undefined, fallback: string) =>
    row ? nameFor(locale, row) : fallback;
  const collegeLabel = (key: string | number) =>
    name(
      allColleges.find((c) => c.id === Number(key)),
      String(key),
    );
  const codeLabel = (code: string | null) => {
    if (code === null) return t("report.codeNone");
    const info = DESTINATION_CODES.find((c) => c.code === code);
    return `${code} ${info ? nameFor(locale, info) : ""}`;
  };
  const groupLabel = (label: { zh: string; en: string }) => nameFor(locale, { nameZh: label.zh, nameEn: label.en });
  const o = dashboard.overall;
  const exportHref = `/staff/reports/export?cohort=${filter.cohort}${filter.collegeId !== null ? `&college=${filter.collegeId}` : ""}`;
  const anomalyCount =
    anomalies.shareHigh.length +
    anomalies.cluster12.length +
    anomalies.evidenceMissingCount +
    anomalies.payBelowMinimumCount;
  return (
    <div className="page">
      <h1>{t("report.title")}</h1>
      <p>
        <Link to="/staff/reports/programmes">{t("funnelReport.link")}</Link>
      </p>
      <ReportFilterForm exportHref={exportHref}>
        <FilterSelect
          name="cohort"
          label={t("report.cohort")}
          defaultValue={filter.cohort}
          options={plainOptions(cohorts)}
        />
        <ReportCollegeFilter
          label={t("report.college")}
          canPick={canPickCollege}
          defaultValue={filter.collegeId}
          options={colleges.map((c) => ({ value: c.id, label: name(c, "") }))}
        />
      </ReportFilterForm>

      {o.total === 0 ? <p>{t("report.noGraduates")}</p> : null}

      <section aria-labelledby="headline">
        <h2 id="headline" className="visually-hidden">
          {t("report.rate")}
        </h2>
        <dl className="facts" data-testid="headline">
          <dt>{t("report.rate")}</dt>
          <dd data-testid="rate">
            <strong>{pct(o.rate)}</strong> ({o.placed}/{o.total})
          </dd>
          <dt>{t("report.rate.provisional")}</dt>
          <dd data-testid="provisional-rate">
            {pct(dashboard.provisional.rate)} ({dashboard.provisional.placed}/{o.total})
          </dd>
          <dt>{t("report.unverified")}</dt>
          <dd data-testid="unverified">{dashboard.confirmedUnverified}</dd>
          <dt>{t("report.unconfirmed")}</dt>
          <dd data-testid="unconfirmed">{dashboard.unconfirmedPlaced}</dd>
          <dt>{t("report.unreported")}</dt>
          <dd>{dashboard.unreported}</dd>
          <dt>{t("report.internships")}</dt>
          <dd>{dashboard.internships}</dd>
          <dt>{t("destination.disputed.badge")}</dt>
          <dd>{dashboard.disputed}</dd>
        </dl>
      </section>

      <section aria-labelledby="groups">
        <h2 id="groups">
          {t("report.groups2021")} / {t("report.groups2024")}
        </h2>
        <div className="table-wrap">
          <DataTable
            wrap={false}
            caption={t("report.groups2021")}
            columns={[t("report.group"), t("report.count"), t("report.share")]}
          >
            {GROUPS_2021.filter((g) => g !== "not_placed").map((g) => (
              <tr key={g}>
                <th scope="row">{groupLabel(GROUP_2021_LABELS[g])}</th>
                <td>{o.groups2021[g].count}</td>
                <td>{pct(o.groups2021[g].rate)}</td>
              </tr>
            ))}
          </DataTable>
          <DataTable
            wrap={false}
            caption={t("report.groups2024")}
            columns={[t("report.group"), t("report.count"), t("report.share")]}
          >
            {GROUPS_2024.filter((g) => g !== "not_placed").map((g) => (
              <tr key={g}>
                <th scope="row">{groupLabel(GROUP_2024_LABELS[g])}</th>
                <td>{o.groups2024[g].count}</td>
                <td>{pct(o.groups2024[g].rate)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
        <h3>{t("report.nace")}</h3>
        <dl className="facts">
          <dt>{t("report.nace.knowledge")}</dt>
          <dd data-testid="nace-knowledge">
            {pct(o.nace.knowledgeRate)} ({o.nace.known}/{o.total})
          </dd>
          <dt>{t("report.nace.careerOutcomes")}</dt>
          <dd data-testid="nace-outcomes">
            {pct(o.nace.careerOutcomesRate)} ({o.nace.careerOutcomes}/{o.nace.careerOutcomesDenominator})
          </dd>
        </dl>
      </section>

      <section aria-labelledby="anomalies">
        <h2 id="anomalies">{t("report.anomalies")}</h2>
        {anomalyCount === 0 ? <p>{t("report.anomalies.none")}</p> : null}
        <ul data-testid="anomalies">
          {anomalies.shareHigh.map((a) =>
            a.kind === "shareHigh" ? (
              <li key={`s${a.collegeId}-${a.code}`}>
                {t("report.anomaly.shareHigh", {
                  college: collegeLabel(a.collegeId),
                  code: a.code,
                  share: pct(a.share),
                  norm: pct(a.norm),
                })}
              </li>
            ) : null,
          )}
          {anomalies.cluster12.map((a) =>
            a.kind === "cluster12" ? (
              <li key={`c${a.employer}`}>{t("report.anomaly.cluster12", { count: a.count, employer: a.employer })}</li>
            ) : null,
          )}
          {anomalies.evidenceMissing.map((a) =>
            a.kind === "evidenceMissing" ? (
              <li key={`e${a.graduateId}`}>
                {t("report.anomaly.evidenceMissing", { name: a.name, studentNo: a.studentNo, code: a.code })}
              </li>
            ) : null,
          )}
          {anomalies.evidenceMissingCount > anomalies.evidenceMissing.length ? (
            <li>
              {t("report.anomaly.more", { count: anomalies.evidenceMissingCount - anomalies.evidenceMissing.length })}
            </li>
          ) : null}
          {anomalies.payBelowMinimum.map((a) =>
            a.kind === "payBelowMinimum" ? (
              <li key={`p${a.graduateId}`}>
                {t("report.anomaly.payBelowMinimum", {
                  name: a.name,
                  studentNo: a.studentNo,
                  pay: a.pay,
                  province: a.province,
                  minimum: a.minimum,
                })}
              </li>
            ) : null,
          )}
          {anomalies.payBelowMinimumCount > anomalies.payBelowMinimum.length ? (
            <li>
              {t("report.anomaly.more", { count: anomalies.payBelowMinimumCount - anomalies.payBelowMinimum.length })}
            </li>
          ) : null}
        </ul>
        <p className="muted">{t("report.minimumWage.note")}</p>
      </section>

      <section aria-labelledby="by-code">
        <h2 id="by-code">{t("report.byCode")}</h2>
        <DataTable testId="by-code" columns={[t("destination.code"), t("report.count")]}>
          {orderedCodeCounts(o.byCode).map(({ code, count }) => (
            <tr key={code ?? "none"}>
              <th scope="row">{codeLabel(code)}</th>
              <td>{count}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="breakdowns">
        <h2 id="breakdowns">{t("report.breakdown")}</h2>
        {filter.collegeId === null ? (
          <BarChart
            title={t("report.chart.colleges")}
            desc={t("report.chart.colleges.desc")}
            bars={dashboard.breakdowns.collegeId.map((r) => ({ label: collegeLabel(r.key), value: r.rate }))}
          />
        ) : null}
        <BreakdownTable caption={t("report.by.college")} rows={dashboard.breakdowns.collegeId} label={collegeLabel} />
        <BreakdownTable
          caption={t("report.by.major")}
          rows={dashboard.breakdowns.majorId}
          label={(key) =>
            name(
              majors.find((m) => m.id === Number(key)),
              String(key),
            )
          }
        />
        <BreakdownTable
          caption={t("report.by.degree")}
          rows={dashboard.breakdowns.degree}
          label={(key) => t(`degree.${key}`)}
        />
        <BreakdownTable
          caption={t("report.by.gender")}
          rows={dashboard.breakdowns.gender}
          label={(key) => t(`gender.${key}`)}
        />
        <BreakdownTable
          caption={t("report.by.difficulty")}
          rows={dashboard.breakdowns.difficulty}
          label={(key) => (key === NO_DIFFICULTY_KEY ? t("report.difficulty.none") : String(key))}
        />
      </section>

      <section aria-labelledby="trend">
        <h2 id="trend">{t("report.chart.trend")}</h2>
        {snapshots.length === 0 ? (
          <p>{t("report.trend.none")}</p>
        ) : (
          <>
            <TrendChart
              title={t("report.chart.trend")}
              desc={t("report.chart.trend.desc")}
              points={snapshots.map((s) => ({ label: s.isoWeek, value: s.rate }))}
            />
            <DataTable
              testId="trend-table"
              columns={[t("report.week"), t("report.total"), t("report.placed"), t("report.rate")]}
            >
              {snapshots.map((s) => (
                <tr key={s.isoWeek}>
                  <th scope="row">{s.isoWeek}</th>
                  <td>{s.total}</td>
                  <td>{s.placed}</td>
                  <td>{pct(s.rate)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
    </div>
  );
}
