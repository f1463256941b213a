import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { FEED_CONTENT_TYPES, renderAtom, renderJsonFeed, renderRss, type FeedItem } from "./publishing";
import { bilingualFieldErrors } from "./api.server";
import { parseSearchParams, toQueryString } from "./query";
import { searchPostings } from "./search.server";

const strip = (text: string) => text.replace(/[\u0001\u0002]/g, "");

/** public/feed.xsl: a browser shows the feed as a page with a title; readers ignore it. */
export const FEED_STYLESHEET = "/feed.xsl";
export const FEED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The newest postings matching the feed's query (any search page's parameters), as a feed. */
export async function feedResponse(request: Request, format: keyof typeof FEED_CONTENT_TYPES) {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) return Response.json({ fieldErrors: bilingualFieldErrors(parsed.errors) }, { status: 400 });
  const query = { ...parsed.query, sort: "newest" as const, page: 1, pageSize: 50 };
  const result = await searchPostings(await getDb(), query, { withFacets: false });
  const base = getEnv().publicUrl;
  const items: FeedItem[] = result.hits.map((hit) => ({
    id: hit.id,
    url: `${base}/jobs/${hit.id}`,
    title: hit.title,
    employerName: hit.employerName,
    cities: hit.cities,
    salaryMin: hit.salaryMin,
    salaryMax: hit.salaryMax,
    publishedAt: new Date(hit.publishedAt * 1000),
    deadline: new Date(hit.deadline * 1000),
    summary: strip(hit.snippet),
  }));
  const qs = toQueryString({ ...parsed.query, page: 1 });
  const channel = {
    title: parsed.query.q
      ? `${getEnv().SCHOOL_NAME}就业 · ${parsed.query.q}`
      : `${getEnv().SCHOOL_NAME}就业 · 最新岗位`,
    siteUrl: `${base}/jobs${qs ? `?${qs}` : ""}`,
    feedUrl: `${base}${url.pathname}${qs ? `?${qs}` : ""}`,
    description: "经就业指导中心审核发布的招聘岗位 / Postings vetted by the career centre",
    stylesheet: FEED_STYLESHEET,
  };
  const body =
    format === "rss"
      ? renderRss(items, channel)
      : format === "atom"
        ? renderAtom(items, channel)
        : renderJsonFeed(items, channel);
  // Chromium shows application/rss+xml and atom+xml as plain text and applies no stylesheet; a
  // browser opening the feed (it asks for text/html first) gets the same XML as application/xml,
  // which it transforms through public/feed.xsl. Feed readers keep the feed's own type.
  const browser = format !== "json" && (request.headers.get("Accept") ?? "").includes("text/html");
  return new Response(body, {
    headers: {
      "Content-Type": browser ? "application/xml; charset=utf-8" : FEED_CONTENT_TYPES[format],
      Vary: "Accept",
      // The site's policy admits scripts by nonce only ('strict-dynamic'), which would block the
      // XSLT stylesheet (browsers treat it as a script); a feed runs no script of its own.
      ...(format === "json" ? {} : { "Content-Security-Policy": FEED_CSP }),
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
