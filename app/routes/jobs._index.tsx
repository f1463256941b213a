import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation, useRouteLoaderData, useSubmit } from "@remix-run/react";
import { postingHref } from "../postings/back-link";
import { useEffect, useRef, useState } from "react";
import { formatPay, Highlight } from "../components/highlight";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";
import { Pager } from "../components/pager";
import { JobSearchBox } from "../components/job-search-box";
import { cityList } from "../school/region-names";
import { pickLocale, translate } from "../i18n/messages";
import { searchPostingsForgivingTypos, type SearchHit } from "../postings/search.server";
import {
  emptyQuery,
  FACET_PARAMS,
  facetValueLabel,
  filterLabel,
  listedFacets,
  listedFacetValues,
  loosenSuggestions,
  parseSearchParams,
  POSTED_WITHIN,
  removeFilter,
  SEARCH_SORTS,
  toQueryString,
  type FacetParam,
} from "../postings/query";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const feedQuery = data?.feedQuery ? `?${data.feedQuery}` : "";
  const root = matches.find((match) => match.id === "root")?.data as { locale?: string } | undefined;
  const locale = pickLocale(root?.locale);
  const title = `${translate(locale, "jobs.title")} · ${translate(locale, "app.name")}`;
  return [
    { title: data?.query.q ? `${data.query.q} · ${title}` : title },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/rss+xml",
      title: "RSS",
      href: `/jobs/feed.rss${feedQuery}`,
    },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: "Atom",
      href: `/jobs/feed.atom${feedQuery}`,
    },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/feed+json",
      title: "JSON Feed",
      href: `/jobs/feed.json${feedQuery}`,
    },
  ];
};

/**
 * Facet counts cost Meilisearch about ten times a plain query, so the as-you-type requests
 * (marked live=1 by the page's script) skip them and the page keeps the counts it has. A
 * document request (a shared link, a reload) always gets them.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  const query = parsed.ok ? parsed.query : emptyQuery();
  const isDocument = (request.headers.get("Accept") ?? "").includes("text/html");
  const live = url.searchParams.get("live") === "1" && !isDocument;
  // A search that finds nothing is tried again for the words most likely meant ("jvaa" → "Java").
  const { result, correction } = await searchPostingsForgivingTypos(await getDb(), query, { withFacets: !live });
  return {
    query,
    // Only what the page shows goes into the document's data: it is serialised and escaped into
    // the page on every request (decision 034).
    result: {
      hits: result.hits.map(shownHit),
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      facets: result.facets && listedFacets(result.facets, query),
      degraded: result.degraded,
    },
    correction,
    errors: parsed.ok ? null : parsed.errors,
    // Feeds and a saved search follow what was found, the corrected words when there was a correction.
    feedQuery: toQueryString({ ...query, q: correction?.to ?? query.q, page: 1 }),
    loosen:
      result.total === 0
        ? loosenSuggestions(query).map((s) => ({
            ...s,
            href: `?${toQueryString(removeFilter(query, s.param, s.value))}`,
          }))
        : [],
  };
}

/** What a result card shows of a hit. */
function shownHit(hit: SearchHit) {
  return {
    id: hit.id,
    highlightedTitle: hit.highlightedTitle,
    highlightedEmployer: hit.highlightedEmployer,
    cities: hit.cities,
    salaryMin: hit.salaryMin,
    salaryMax: hit.salaryMax,
    jobType: hit.jobType,
    degree: hit.degree,
    deadline: hit.deadline,
  };
}

const FACET_ORDER: FacetParam[] = [
  "city",
  "province",
  "jobType",
  "degree",
  "salaryBand",
  "industry",
  "employerType",
  "programme",
];

export default function Jobs() {
  const location = useLocation();
  const { query, result, correction, errors, feedQuery, loosen } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const submit = useSubmit();
  const isGraduate = useRouteLoaderData<{ user: { role: string } | null }>("root")?.user?.role === "graduate";
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // A search answered without facets (typing ahead) keeps the counts of the last one that had them.
  const [lastFacets, setLastFacets] = useState(result.facets);
  if (result.facets && result.facets !== lastFacets) setLastFacets(result.facets);
  const facets = result.facets ?? lastFacets ?? {};
  const pageLink = (page: number) => `?${toQueryString({ ...query, page })}`;

  useEffect(() => () => clearTimeout(timer.current), []);

  // Typing searches after a pause, replacing the history entry so Back leaves the search page
  // rather than stepping through every keystroke; filters push a new entry.
  const onType = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!formRef.current) return;
      const data = new FormData(formRef.current);
      data.set("live", "1");
      data.delete("page");
      submit(data, { method: "get", replace: true, preventScrollReset: true });
    }, 300);
  };
  const onFilter = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    data.delete("live");
    data.delete("page");
    submit(data, { method: "get", preventScrollReset: true });
  };

  return (
    <div className="page">
      <h1>{t("jobs.title")}</h1>
      <Form method="get" ref={formRef} role="search" aria-label={t("jobs.search")}>
        <div className="search-bar">
          <JobSearchBox
            id="q"
            buttonClassName="button"
            defaultValue={query.q}
            placeholder={t("jobs.search")}
            onChange={onType}
          />
        </div>
        <div className="search-layout">
          <aside aria-label={t("search.filters")} className="facets" id="filters">
            <div className="field">
              <label htmlFor="sort">{t("search.sort")}</label>
              <select id="sort" name="sort" defaultValue={query.sort} onChange={onFilter}>
                {SEARCH_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="facet">
              <legend>{t("search.facet.postedWithin")}</legend>
              <label>
                <input
                  type="radio"
                  name="postedWithin"
                  value=""
                  defaultChecked={!query.postedWithin}
                  onChange={onFilter}
                />{" "}
                {t("search.postedWithin.any")}
              </label>
              {POSTED_WITHIN.map((p) => (
                <label key={p}>
                  <input
                    type="radio"
                    name="postedWithin"
                    value={p}
                    defaultChecked={query.postedWithin === p}
                    onChange={onFilter}
                  />{" "}
                  {t(`search.postedWithin.${p}`)}
                </label>
              ))}
            </fieldset>
            {FACET_ORDER.map((param) => {
              const distribution = facets[FACET_PARAMS[param]] ?? {};
              const selected: readonly string[] = query[param];
              const values = listedFacetValues(distribution, selected);
              if (values.length === 0) return null;
              return (
                <fieldset className="facet" key={param}>
                  <legend>{t(`search.facet.${param}`)}</legend>
                  {values.map((value) => (
                    <label key={value}>
                      <input
                        type="checkbox"
                        name={param}
                        value={value}
                        defaultChecked={selected.includes(value)}
                        onChange={onFilter}
                      />{" "}
                      {facetValueLabel(locale, param, value)}{" "}
                      <span className="muted">({distribution[value] ?? 0})</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
            <noscript>
              <button className="button" type="submit">
                {t("search.apply")}
              </button>
            </noscript>
            <p>
              <Link to="/jobs">{t("search.clear")}</Link>
            </p>
          </aside>
          <section aria-labelledby="results-heading" aria-busy={navigation.state === "loading"}>
            <h2 id="results-heading" className="visually-hidden">
              {t("jobs.title")}
            </h2>
            {errors ? (
              <p className="alert" role="alert">
                {Object.values(errors)
                  .flat()
                  .map((key) => t(key))
                  .join("；")}
              </p>
            ) : null}
            {result.degraded ? (
              <p className="banner" role="status">
                {t("jobs.degraded")}
              </p>
            ) : null}
            {correction ? (
              <p className="notice" role="status" data-testid="spelling-correction">
                {t("search.corrected", { from: correction.from, to: correction.to })}
              </p>
            ) : null}
            <p>
              <span aria-live="polite" data-testid="result-count">
                {t("jobs.count", { count: result.total })}
              </span>
              <a href="#filters" className="filters-jump">
                {t("search.filters")} ↓
              </a>
            </p>
            {result.hits.length === 0 ? (
              <div>
                <p>{t("jobs.none")}</p>
                {loosen.length ? (
                  <p>
                    {t("search.loosen")}{" "}
                    {loosen.map((s) => (
                      <Link key={`${s.param}=${s.value}`} to={s.href} className="badge">
                        {filterLabel(locale, s.param, s.value)} ✕
                      </Link>
                    ))}
                  </p>
                ) : null}
              </div>
            ) : null}
            <ul className="job-list">
              {result.hits.map((hit) => (
                <li key={hit.id} className="card job-card">
                  <h3>
                    <Link to={postingHref(hit.id, location.search)}>
                      <Highlight text={hit.highlightedTitle} />
                    </Link>
                  </h3>
                  <p>
                    <Highlight text={hit.highlightedEmployer} /> · {cityList(locale, hit.cities)} ·{" "}
                    <span className="job-card__pay">{formatPay(hit.salaryMin, hit.salaryMax, locale)}</span>
                  </p>
                  <p className="muted">
                    {t(`posting.jobType.${hit.jobType}`)} ·{" "}
                    {hit.degree === "any" ? t("posting.degree.any") : t(`degree.${hit.degree}`)} · {t("jobs.deadline")}{" "}
                    {formatSchoolDate(new Date(hit.deadline * 1000), locale)}
                  </p>
                </li>
              ))}
            </ul>
            <Pager page={result.page} pages={result.totalPages} href={pageLink} />
            <p className="muted">
              {t("search.feeds")}：<a href={`/jobs/feed.rss${feedQuery ? `?${feedQuery}` : ""}`}>RSS</a> ·{" "}
              <a href={`/jobs/feed.atom${feedQuery ? `?${feedQuery}` : ""}`}>Atom</a> ·{" "}
              <a href={`/jobs/feed.json${feedQuery ? `?${feedQuery}` : ""}`}>JSON Feed</a>
            </p>
          </section>
        </div>
      </Form>
      {isGraduate ? (
        // A form of its own: forms cannot nest, and the search form above spans the page.
        <Form method="post" action="/graduate/searches" className="actions">
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="query" value={feedQuery} />
          <button className="button button--quiet" type="submit">
            {t("savedSearch.save")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
