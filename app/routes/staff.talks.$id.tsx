import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { CountChartSection } from "../components/charts";
import { ActionForm, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { ReportTables } from "../components/report-tables";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { talkReportTables } from "../talks/report";
import { StaffCheckInForm } from "../talks/schema";
import { checkInByStudentNumber, talkReport } from "../talks/talks.server";
import { formatSchoolDate } from "../time";

export const meta = pageTitle("talk.report.title");

/** One talk's sign-ups and attendance (audited), and check-in by student number. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const report = await orDeny(talkReport(await getDb(), staffActor(user), id.data));
  return { ...report, rows: report.rows.map((r) => ({ ...r, at: r.at ? r.at.toISOString() : null })) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  return formAction(request, StaffCheckInForm, async ({ studentNo }) => {
    const result = await checkInByStudentNumber(db, staffActor(user), { talkId: id.data, studentNo });
    return done(result.recorded ? "talk.staff.checkedIn" : "talk.staff.alreadyIn", { name: result.name });
  });
}

export default function StaffTalkPage() {
  const report = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const { talk } = report;
  return (
    <main id="main">
      <p>
        <Link to="/staff/talks">{t("talk.staff.title")}</Link>
      </p>
      <h1>
        {report.employerName} · {talk.title}
      </h1>
      <p>
        {formatSchoolDate(`${talk.talkDate}T12:00:00Z`, locale)} · {t(`talk.slot.${talk.slot}`)} ·{" "}
        <span className="badge">{t(`talk.state.${talk.status}`)}</span>
      </p>
      <p>
        {t("talk.report.summary", {
          signedUp: report.signedUp,
          attended: report.attended,
          walkIns: report.walkIns,
          capacity: talk.capacity,
        })}
      </p>
      <p>
        <a href={`/staff/talks/${talk.id}/report.xlsx`}>{t("talk.report.excel")}</a>
        {talk.mode === "on_campus" ? (
          <>
            {" · "}
            <Link to={`/talks/${talk.id}/screen`}>{t("talk.screen.title")}</Link>
          </>
        ) : null}
      </p>

      <section aria-labelledby="checkin-title">
        <h2 id="checkin-title">{t("talk.staff.checkIn")}</h2>
        <FormOutcome result={result} />
        <ActionForm id="check-in" result={result}>
          <TextField name="studentNo" label={t("talk.report.studentNo")} required />
          <button type="submit" className="button">
            {t("talk.staff.checkIn")}
          </button>
        </ActionForm>
      </section>

      <CountChartSection
        id="chart-title"
        title={t("talk.report.chart")}
        desc={t("talk.report.chart.desc")}
        bars={[
          { label: t("talk.report.capacity"), value: talk.capacity },
          { label: t("talk.report.signedUp"), value: report.signedUp },
          { label: t("talk.report.attended"), value: report.attended },
          { label: t("talk.report.walkIns"), value: report.walkIns },
        ]}
      />
      <ReportTables tables={talkReportTables(report, t, locale)} />
    </main>
  );
}
