import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { graduateListQuery } from "../graduates/schema";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { rosterFiltersOf, rosterPage } from "../graduates/roster.server";
import { useLocale, useT } from "../i18n/use-t";
import { Pager } from "../components/pager";
import { DataTable, GraduateFilterFields, queryHref } from "../components/list-page";
import { PlainLink } from "../components/plain-link";
import { pageTitle } from "../i18n/title";
import { nameFor } from "../i18n/names";

export const meta = pageTitle("graduates.title");

const PAGE_SIZE = 50;
const FiltersSchema = z.object({
  ...graduateListQuery,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "graduate:read-scoped");
  const filters = FiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  // The page, its total and the filters' choices in one statement (roster.server.ts).
  const { rows, total, cohorts, colleges } = await rosterPage(db, user.scope, rosterFiltersOf(filters, PAGE_SIZE));
  return { rows, total, filters, cohorts, colleges, pageSize: PAGE_SIZE };
}

export default function Roster() {
  const { rows, total, filters, cohorts, colleges, pageSize } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (page: number) =>
    queryHref({ q: filters.q, cohort: filters.cohort, college: filters.college }, { page });
  return (
    <div className="page">
      <h1>{t("graduates.title")}</h1>
      <p>
        <Link to="/staff/roster/import">{t("nav.staff.rosterImport")}</Link> ·{" "}
        <Link to="/staff/roster/links">{t("link.requests.title")}</Link>
      </p>
      <Form method="get" className="filters" role="search">
        <GraduateFilterFields filters={filters} cohorts={cohorts} colleges={colleges} />
        <button type="submit" className="button">
          {t("graduates.search")}
        </button>
      </Form>
      <p aria-live="polite">{t("graduates.total", { count: total })}</p>
      <DataTable
        columns={[
          t("graduates.studentNo"),
          t("graduates.name"),
          t("graduates.gender"),
          t("graduates.college"),
          t("graduates.major"),
          t("graduates.degree"),
          t("graduates.cohort"),
          t("graduates.account"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.studentNo}</td>
            <td>
              <PlainLink to={`/staff/graduates/${row.id}`}>{row.name}</PlainLink>
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
      </DataTable>
      <Pager page={filters.page} pages={pages} href={pageLink} />
    </div>
  );
}
