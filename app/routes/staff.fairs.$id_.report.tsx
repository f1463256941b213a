import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { CountChartSection } from "../components/charts";
import { ReportTables } from "../components/report-tables";
import { getDb } from "../db.server";
import { fairReportTables } from "../fairs/report";
import { viewFairReport } from "../fairs/report.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";

export const meta = pageTitle("fair.report.title");

/** The fair's report for the staff who run it: figures per fair and per booth, charts and tables. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return orDeny(viewFairReport(await getDb(), staffActor(user), id.data));
}

export default function FairReportPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { fair, report } = data;
  const totals = report.totals;
  const funnel = [
    { label: t("fair.report.figure.registrations"), value: report.registrations },
    { label: t("fair.report.figure.checkIns"), value: totals.checkIns },
    { label: t("fair.report.figure.queueJoins"), value: totals.queueJoins },
    { label: t("fair.report.figure.chatsHeld"), value: totals.chatsHeld },
    { label: t("fair.report.figure.interestMarked"), value: totals.interestMarked },
    { label: t("fair.report.figure.applications"), value: totals.applications },
    { label: t("fair.report.figure.interviews"), value: totals.interviews },
    { label: t("fair.report.figure.offers"), value: totals.offers },
  ];
  return (
    <main id="main">
      <p>
        <Link to={`/staff/fairs/${fair.id}`}>{fair.title}</Link>
      </p>
      <h1>{t("fair.report.heading", { fair: fair.title })}</h1>
      <p>
        <span className="badge">{t(`fair.state.${fair.status}`)}</span> ·{" "}
        {formatSchoolDate(`${fair.startsOn}T12:00:00Z`, locale)}–{formatSchoolDate(`${fair.endsOn}T12:00:00Z`, locale)}
      </p>
      <p className="muted">{t("fair.report.checkInsHint")}</p>
      <p>
        <a href={`/staff/fairs/${fair.id}/report.xlsx`} download>
          {t("fair.report.excel")}
        </a>
      </p>
      <CountChartSection
        id="funnel-title"
        title={t("fair.report.chart.funnel")}
        desc={t("fair.report.chart.funnel.desc")}
        bars={funnel}
      />
      {report.booths.length > 0 ? (
        <CountChartSection
          id="booths-chart-title"
          title={t("fair.report.chart.booths")}
          desc={t("fair.report.chart.booths.desc")}
          bars={report.booths.map((booth) => ({ label: booth.employerName, value: booth.chatsHeld }))}
        />
      ) : null}
      <ReportTables tables={fairReportTables(data, t)} />
    </main>
  );
}
