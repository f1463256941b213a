import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { graduateListQuery } from "../graduates/schema";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { Pager } from "../components/pager";
import { DataTable, FilterSelect, GraduateFilterFields, queryHref } from "../components/list-page";
import { getDb } from "../db.server";
import { graduateListChoices, rosterFiltersOf } from "../graduates/roster.server";
import { useLocale, useT } from "../i18n/use-t";
import { LIST_FILTERS, LIST_SORTS, STALL_DAYS } from "../support/rules";
import { listSupport } from "../support/support.server";
import { pageTitle } from "../i18n/title";
import { nameFor } from "../i18n/names";

export const meta = pageTitle("support.title");

const PAGE_SIZE = 50;
const FiltersSchema = z.object({
  filter: z.enum(LIST_FILTERS).catch("all"),
  sort: z.enum(LIST_SORTS).catch("attention"),
  ...graduateListQuery,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "support:manage");
  const filters = FiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [list, choices] = await Promise.all([
    listSupport(db, staffActor(user), {
      filter: filters.filter,
      sort: filters.sort,
      ...rosterFiltersOf(filters, PAGE_SIZE),
    }),
    graduateListChoices(db, user.scope),
  ]);
  return { ...list, filters, ...choices, pageSize: PAGE_SIZE };
}

export default function SupportList() {
  const { rows, total, counts, filters, cohorts, colleges, pageSize } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (overrides: Record<string, string | number>) =>
    queryHref(
      { filter: filters.filter, sort: filters.sort, q: filters.q, cohort: filters.cohort, college: filters.college },
      overrides,
    );
  const progress = (days: number | null) =>
    days === null ? t("support.never") : days === 0 ? t("support.today") : t("support.daysAgo", { days });
  return (
    <div className="page">
      <h1>{t("support.title")}</h1>
      <p>{t("support.lead", { days: STALL_DAYS })}</p>
      <nav aria-label={t("support.filter")}>
        {/* Safari drops the list role of a list styled without bullets; saying it again keeps the count announced. */}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <ul className="actions" role="list">
          {LIST_FILTERS.map((f) => (
            <li key={f}>
              <Link
                to={link({ filter: f, page: 1 })}
                className={filters.filter === f ? "button" : "button button--quiet"}
                aria-current={filters.filter === f ? "page" : undefined}
              >
                {t(`support.filter.${f}`, { count: counts[f] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="filters" role="search">
        <input type="hidden" name="filter" value={filters.filter} />
        <GraduateFilterFields filters={filters} cohorts={cohorts} colleges={colleges} collegeWhenOne={false} />
        <FilterSelect
          name="sort"
          label={t("support.sort")}
          defaultValue={filters.sort}
          options={LIST_SORTS.map((s) => ({ value: s, label: t(`support.sort.${s}`) }))}
        />
        <button type="submit" className="button">
          {t("support.apply")}
        </button>
      </Form>
      <p aria-live="polite">{t("support.total", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("support.none")}</p>
      ) : (
        <DataTable
          caption={t("support.title")}
          captionHidden
          columns={[
            t("support.col.graduate"),
            t("support.col.difficulties"),
            t("support.col.status"),
            t("support.col.counsellor"),
            t("support.col.progress"),
          ]}
        >
          {rows.map((row) => (
            <tr
              key={row.id}
              className={row.stalled ? "row--stalled" : undefined}
              data-stalled={row.stalled ? "true" : undefined}
            >
              <th scope="row">
                <Link to={`/staff/support/${row.id}`}>{row.name}</Link>
                <br />
                <span className="muted">
                  {row.studentNo} · {row.cohort} · {nameFor(locale, { nameZh: row.majorZh, nameEn: row.majorEn })}
                </span>
              </th>
              <td>{row.difficulties.length ? row.difficulties.join("、") : "—"}</td>
              <td>
                {row.stalled ? (
                  <span className="badge badge--bad">
                    {t("support.stalled", { days: row.daysSinceProgress ?? STALL_DAYS })}
                  </span>
                ) : (
                  <span
                    className={
                      row.planStatus === "open"
                        ? "badge badge--ok"
                        : row.planStatus === "none"
                          ? "badge badge--warn"
                          : "badge"
                    }
                  >
                    {t(`support.state.${row.planStatus}`)}
                  </span>
                )}
              </td>
              <td>{row.planStatus === "none" ? "—" : (row.counsellorName ?? t("support.unassigned"))}</td>
              <td>
                {row.lastProgressAt ? (
                  <time dateTime={row.lastProgressAt}>{progress(row.daysSinceProgress)}</time>
                ) : (
                  progress(null)
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={filters.page} pages={pages} href={(page) => link({ page })} />
      <p className="muted">{t("support.auditNote")}</p>
    </div>
  );
}
