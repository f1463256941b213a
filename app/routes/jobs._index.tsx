import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatPay, Highlight } from "../components/highlight";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { searchPostings } from "../postings/search.server";
import { emptyQuery, parseSearchParams, toQueryString } from "../../search/query";

export const meta: MetaFunction = () => [{ title: "找工作 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  const query = parsed.ok ? parsed.query : emptyQuery();
  const result = await searchPostings(await getDb(), query, { withFacets: false });
  return { query, result, errors: parsed.ok ? null : parsed.errors };
}

export default function Jobs() {
  const { query, result, errors } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pageLink = (page: number) => `?${toQueryString({ ...query, page })}`;
  return (
    <div className="page">
      <h1>{t("jobs.title")}</h1>
      <Form method="get" role="search" className="filters">
        <div className="field">
          <label htmlFor="q">{t("jobs.search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <button className="button" type="submit">{t("jobs.submit")}</button>
      </Form>
      {errors ? <p className="alert" role="alert">{Object.values(errors).flat().join("；")}</p> : null}
      {result.degraded ? <p className="banner" role="status">{t("jobs.degraded")}</p> : null}
      <p aria-live="polite">{t("jobs.count", { count: result.total })}</p>
      {result.hits.length === 0 ? <p>{t("jobs.none")}</p> : null}
      <ul className="job-list">
        {result.hits.map((hit) => (
          <li key={hit.id} className="card job-card">
            <h2><Link to={`/jobs/${hit.id}`}><Highlight text={hit.highlightedTitle} /></Link></h2>
            <p>
              <Highlight text={hit.highlightedEmployer} /> · {hit.cities.join("、")} ·{" "}
              <span className="job-card__pay">{formatPay(hit.salaryMin, hit.salaryMax, locale)}</span>
            </p>
            <p className="muted">
              {t(`posting.jobType.${hit.jobType}`)} · {hit.degree === "any" ? t("posting.degree.any") : t(`degree.${hit.degree}`)} · {t("jobs.deadline")}{" "}
              {new Date(hit.deadline * 1000).toLocaleDateString(locale, { timeZone: "Asia/Shanghai" })}
            </p>
          </li>
        ))}
      </ul>
      {result.totalPages > 1 ? (
        <nav className="pager" aria-label="pagination">
          {result.page > 1 ? <Link to={pageLink(result.page - 1)}>{t("pager.prev")}</Link> : null}
          <span>{t("pager.page", { page: result.page, pages: result.totalPages })}</span>
          {result.page < result.totalPages ? <Link to={pageLink(result.page + 1)}>{t("pager.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
