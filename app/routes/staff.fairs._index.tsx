import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { FairFields } from "../components/fair-form";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { createFair, listFairsForStaff } from "../fairs/fairs.server";
import { FairSchema } from "../fairs/schema";
import { formAction } from "../forms/action.server";
import { nameFor } from "../i18n/names";
import { resolveLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";
import { formatSchoolDate, schoolYear } from "../time";

export const meta = pageTitle("fair.staff.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const db = await getDb();
  const [rows, colleges] = await Promise.all([listFairsForStaff(db, staffActor(user)), listColleges(db)]);
  const locale = resolveLocale(request, user.locale);
  const year = schoolYear();
  return {
    fairs: rows.map((r) => ({
      id: r.fair.id,
      title: r.fair.title,
      status: r.fair.status,
      startsOn: r.fair.startsOn,
      booths: r.booths,
      applied: r.applied,
      registered: r.registered,
      waitlisted: r.waitlisted,
    })),
    colleges: colleges.map((c) => ({ id: c.id, name: nameFor(locale, c) })),
    fixedCollegeId: user.scope.kind === "college" ? user.scope.collegeId : null,
    cohorts: [year - 1, year, year + 1, year + 2],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const db = await getDb();
  return formAction(request, FairSchema, async (input) => {
    const fair = await createFair(db, staffActor(user), input);
    return redirect(`/staff/fairs/${fair.id}`);
  });
}

export default function StaffFairsPage() {
  const { fairs, colleges, fixedCollegeId, cohorts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main">
      <h1>{t("fair.staff.title")}</h1>
      {fixedCollegeId === null ? (
        <p>
          <Link to="/staff/reports/season">{t("fair.staff.season")}</Link>
        </p>
      ) : null}
      {fairs.length === 0 ? (
        <p>{t("fair.staff.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data data--stack" data-testid="staff-fairs">
            <thead>
              <tr>
                <th scope="col">{t("fair.staff.col.fair")}</th>
                <th scope="col">{t("fair.staff.col.status")}</th>
                <th scope="col">{t("fair.staff.col.booths")}</th>
                <th scope="col">{t("fair.staff.col.graduates")}</th>
              </tr>
            </thead>
            <tbody>
              {fairs.map((fair) => (
                <tr key={fair.id}>
                  <th scope="row">
                    <Link to={`/staff/fairs/${fair.id}`}>{fair.title}</Link> · {formatSchoolDate(fair.startsOn, locale)}
                  </th>
                  <td data-label={t("fair.staff.col.status")}>{t(`fair.state.${fair.status}`)}</td>
                  <td data-label={t("fair.staff.col.booths")}>
                    {fair.booths}/{fair.applied}
                  </td>
                  <td data-label={t("fair.staff.col.graduates")}>
                    {fair.registered}/{fair.waitlisted}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("fair.staff.new")}</h2>
      <ErrorSummary result={result} />
      <ActionForm id="create" result={result}>
        <FairFields colleges={colleges} fixedCollegeId={fixedCollegeId} cohorts={cohorts} />
        <button type="submit" className="button">
          {t("fair.form.create")}
        </button>
      </ActionForm>
    </main>
  );
}
