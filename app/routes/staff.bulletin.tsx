import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilterSelect } from "../components/list-page";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { formatPay } from "../components/highlight";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";
import { cityList } from "../school/region-names";
import { bulletinHeading, bulletinPostings, bulletinText } from "../postings/bulletin.server";
import { listColleges, listMajors } from "../school/school.server";
import { pageTitle } from "../i18n/title";
import { nameFor } from "../i18n/names";

export const meta = pageTitle("search.bulletin.title");

const FilterSchema = z.object({
  period: z.enum(["daily", "weekly"]).catch("weekly"),
  college: z.coerce.number().int().positive().optional().catch(undefined),
  major: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const filter = FilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  // College staff compose for their own college unless they pick one of its majors.
  const collegeId = user.scope.kind === "college" ? user.scope.collegeId : filter.college;
  const db = await getDb();
  const [items, colleges, allMajors] = await Promise.all([
    bulletinPostings(db, { period: filter.period, collegeId, majorId: filter.major }),
    listColleges(db),
    listMajors(db),
  ]);
  const env = getEnv();
  const heading = bulletinHeading({ schoolName: env.SCHOOL_NAME, period: filter.period, count: items.length });
  return {
    items,
    filter: { ...filter, college: collegeId },
    colleges: user.scope.kind === "college" ? colleges.filter((c) => c.id === collegeId) : colleges,
    majors: allMajors.filter((m) => !collegeId || m.collegeId === collegeId),
    text: bulletinText(items, { heading, baseUrl: env.publicUrl }),
  };
}

export default function Bulletin() {
  const { items, filter, colleges, majors: majorOptions, text } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("search.bulletin.title")}</h1>
      <Form method="get" className="filters">
        <FilterSelect
          name="period"
          label={t("search.bulletin.period")}
          defaultValue={filter.period}
          options={(["daily", "weekly"] as const).map((p) => ({ value: p, label: t(`search.bulletin.${p}`) }))}
        />
        <FilterSelect
          name="college"
          label={t("graduates.college")}
          all={t("graduates.all")}
          defaultValue={filter.college}
          options={colleges.map((c) => ({ value: c.id, label: nameFor(locale, c) }))}
        />
        <FilterSelect
          name="major"
          label={t("graduates.major")}
          all={t("graduates.all")}
          defaultValue={filter.major}
          options={majorOptions.map((m) => ({ value: m.id, label: nameFor(locale, m) }))}
        />
        <button className="button" type="submit">
          {t("jobs.submit")}
        </button>
      </Form>
      {items.length === 0 ? (
        <p>{t("search.bulletin.empty")}</p>
      ) : (
        <ol className="job-list">
          {items.map((item) => (
            <li key={item.id} className="card job-card">
              <h2>
                <Link to={`/jobs/${item.id}`}>{item.title}</Link>
              </h2>
              <p>
                {item.employerName} · {cityList(locale, item.cities)} ·{" "}
                <span className="job-card__pay">{formatPay(item.salaryMin, item.salaryMax, locale)}</span> ·{" "}
                {t("jobs.deadline")} {formatSchoolDate(item.deadline, locale)}
              </p>
            </li>
          ))}
        </ol>
      )}
      <div className="field">
        <label htmlFor="bulletin-text">{t("search.bulletin.text")}</label>
        <textarea id="bulletin-text" readOnly rows={12} value={text} />
      </div>
    </div>
  );
}
