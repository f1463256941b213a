import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { backToListHref } from "../postings/back-link";
import { z } from "zod";
import { ApplyPanel } from "../components/apply-panel";
import { formatPay } from "../components/highlight";
import { getDb } from "../db.server";
import { notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { cityList, industryName } from "../school/region-names";
import { getPublicPosting } from "../postings/postings.server";
import { getEnv } from "../config/env.server";
import { endOfSchoolDay, formatSchoolDate } from "../time";
import { jobPostingJsonLd, postingUrl, safeJsonLdScript, shareTexts } from "../postings/publishing";
import { ShareCard } from "../components/share-card";
import { isUnconfirmed } from "../postings/still-open.server";
import { employerMedianResponse } from "../applications/responsiveness.server";
import { responseTimeText } from "../applications/response-time";
import { useNonce } from "../components/nonce";
import { pageTitle } from "../i18n/title";
import { shareCardMeta } from "../seo/share-meta";

export const meta: MetaFunction<typeof loader> = (args) => {
  const { data } = args;
  if (!data) return pageTitle("nav.jobs")(args);
  return [
    ...pageTitle("jobs.posting.title", { title: data.posting.title, employer: data.employer.name })(args),
    ...shareCardMeta(data),
    { property: "og:locale", content: "zh_CN" },
  ];
};

/** Anyone may read a posting that is public; anything else (draft, closed, suspended employer) is 404. */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const found = await getPublicPosting(db, id.data);
  if (!found) notFound();
  const { posting, employer } = found;
  const base = getEnv().publicUrl;
  const url = postingUrl(base, posting.id);
  const deadline = new Date(endOfSchoolDay(posting.deadline) * 1000);
  const share = shareTexts(
    {
      title: posting.title,
      employerName: employer.name,
      cities: posting.cities.map((c) => c.city),
      salaryMin: posting.salaryMin,
      salaryMax: posting.salaryMax,
      deadline,
      summary: posting.duties,
    },
    url,
  );
  const jsonLd = safeJsonLdScript(
    jobPostingJsonLd(
      {
        id: posting.id,
        title: posting.title,
        employerName: employer.name,
        employerWebsite: employer.website,
        jobType: posting.jobType,
        cities: posting.cities,
        salaryMin: posting.salaryMin,
        salaryMax: posting.salaryMax,
        publishedAt: posting.publishedAt ?? posting.createdAt,
        deadline,
        duties: posting.duties,
        requirements: posting.requirements,
        benefits: posting.benefits,
        degree: posting.degree,
        headcount: posting.headcount,
      },
      { baseUrl: base },
    ),
  );
  return {
    url,
    share,
    jsonLd,
    posting: {
      id: posting.id,
      title: posting.title,
      category: posting.category,
      jobType: posting.jobType,
      headcount: posting.headcount,
      duties: posting.duties,
      requirements: posting.requirements,
      degree: posting.degree,
      majors: posting.majors,
      cities: posting.cities,
      salaryMin: posting.salaryMin,
      salaryMax: posting.salaryMax,
      benefits: posting.benefits,
      deadline: posting.deadline,
      publishedAt: posting.publishedAt,
    },
    employer: {
      name: employer.name,
      type: employer.type,
      industry: employer.industry,
      city: employer.city,
      website: employer.website,
    },
    unconfirmed: isUnconfirmed(posting),
    responseTime: await employerMedianResponse(db, employer.id),
  };
}

export default function JobPosting() {
  const location = useLocation();
  const { posting, employer, share, jsonLd, unconfirmed, responseTime } = useLoaderData<typeof loader>();
  const t = useT();
  const nonce = useNonce();
  const locale = useLocale();
  return (
    <article className="page job-detail">
      <p>
        <Link to={backToListHref(location.search)}>← {t("jobs.back")}</Link>
      </p>
      <h1>{posting.title}</h1>
      {unconfirmed ? <p className="banner">{t("search.unconfirmed")}</p> : null}
      <p>
        <strong>{employer.name}</strong> · {t(`employer.type.${employer.type}`)} ·{" "}
        {industryName(locale, employer.industry)}
        {responseTime ? (
          <>
            {" "}
            · <span data-testid="response-time">{responseTimeText(responseTime.medianHours, locale)}</span>
          </>
        ) : null}
      </p>
      <p className="job-card__pay">{formatPay(posting.salaryMin, posting.salaryMax, locale)}</p>
      <dl className="facts">
        <dt>{t("posting.cities.shown")}</dt>
        <dd>
          {cityList(
            locale,
            posting.cities.map((c) => c.city),
          )}
        </dd>
        <dt>{t("posting.jobType")}</dt>
        <dd>{t(`posting.jobType.${posting.jobType}`)}</dd>
        <dt>{t("posting.headcount")}</dt>
        <dd>{posting.headcount}</dd>
        <dt>{t("posting.degree")}</dt>
        <dd>{posting.degree === "any" ? t("posting.degree.any") : t(`degree.${posting.degree}`)}</dd>
        {posting.majors.length ? (
          <>
            <dt>{t("posting.majors.shown")}</dt>
            <dd>{posting.majors.join("、")}</dd>
          </>
        ) : null}
        <dt>{t("posting.deadline")}</dt>
        <dd>{formatSchoolDate(posting.deadline, locale)}</dd>
      </dl>
      <h2>{t("posting.duties")}</h2>
      <p className="prewrap">{posting.duties}</p>
      <h2>{t("posting.requirements")}</h2>
      <p className="prewrap">{posting.requirements}</p>
      {posting.benefits ? (
        <>
          <h2>{t("posting.benefits")}</h2>
          <p className="prewrap">{posting.benefits}</p>
        </>
      ) : null}
      <ApplyPanel postingId={posting.id} />
      <ShareCard qrPath={`/jobs/${posting.id}`} wechat={share.wechat} weibo={share.weibo} />
      <p className="muted" data-testid="report-link">
        {t("report.link.hint")} <Link to={`/jobs/${posting.id}/report`}>{t("report.link")}</Link>
      </p>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </article>
  );
}
