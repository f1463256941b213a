import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { listRoster, rosterFilterOptions } from "../graduates/roster.server";
import { useLocale, useT } from "../i18n/use-t";
import { Pager } from "../components/pager";
import { pageTitle } from "../i18n/title";
import { nameFor } from "../i18n/names";

export const meta = pageTitle("graduates.title");

const PAGE_SIZE = 50;
const FiltersSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  cohort: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  college: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "graduate:read-scoped");
  const filters = FiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [roster, { cohorts, colleges: allColleges }] = await Promise.all([
    listRoster(db, user.scope, {
      q: filters.q || undefined,
      cohort: filters.cohort,
      collegeId: filters.college,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
    rosterFilterOptions(db),
  ]);
  const scope = user.scope;
  const visibleColleges = scope.kind === "school" ? allColleges : allColleges.filter((c) => c.id === scope.collegeId);
  return { ...roster, filters, cohorts, colleges: visibleColleges, pageSize: PAGE_SIZE };
}

export default function Roster() {
  const { rows, total, filters, cohorts, colleges, pageSize } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (filters.q) params.set("q", filters.q);
    if (filters.cohort) params.set("cohort", String(filters.cohort));
    if (filters.college) params.set("college", String(filters.college));
    params.set("page", String(page));
    return `?${params}`;
  };
  return (
    <div className="page">
      <h1>{t("graduates.title")}</h1>
      <p>
        <Link to="/staff/roster/import">{t("nav.staff.rosterImport")}</Link> ·{" "}
        <Link to="/staff/roster/links">{t("link.requests.title")}</Link>
      </p>
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("graduates.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="cohort">{t("graduates.cohort")}</label>
          <select id="cohort" name="cohort" defaultValue={filters.cohort ?? ""}>
            <option value="">{t("graduates.all")}</option>
            {cohorts.map((cohort) => (
              <option key={cohort} value={cohort}>
                {cohort}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="college">{t("graduates.college")}</label>
          <select id="college" name="college" defaultValue={filters.college ?? ""}>
            <option value="">{t("graduates.all")}</option>
            {colleges.map((college) => (
              <option key={college.id} value={college.id}>
                {nameFor(locale, college)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("graduates.search")}
        </button>
      </Form>
      <p aria-live="polite">{t("graduates.total", { count: total })}</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("graduates.studentNo")}</th>
              <th scope="col">{t("graduates.name")}</th>
              <th scope="col">{t("graduates.gender")}</th>
              <th scope="col">{t("graduates.college")}</th>
              <th scope="col">{t("graduates.major")}</th>
              <th scope="col">{t("graduates.degree")}</th>
              <th scope="col">{t("graduates.cohort")}</th>
              <th scope="col">{t("graduates.account")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.studentNo}</td>
                <td>
                  <Link to={`/staff/graduates/${row.id}`}>{row.name}</Link>
                </td>
                <td>{t(`gender.${row.gender}`)}</td>
                <td>{nameFor(locale, { nameZh: row.collegeZh, nameEn: row.collegeEn })}</td>
                <td>{nameFor(locale, { nameZh: row.majorZh, nameEn: row.majorEn })}</td>
                <td>{t(`degree.${row.degree}`)}</td>
                <td>{row.cohort}</td>
                <td>
                  <span className={row.activated ? "badge badge--ok" : "badge"}>
                    {t(row.activated ? "graduates.account.active" : "graduates.account.none")}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={filters.page} pages={pages} href={pageLink} />
    </div>
  );
}
