import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../db.server";
import { bilingual } from "../i18n/messages";
import { apiJson, apiPreflight, bilingualFieldErrors, toApiHit } from "../postings/api.server";
import { parseSearchParams } from "../postings/query";
import { searchPostingsForgivingTypos } from "../postings/search.server";

/**
 * GET /api/v1/postings: the public search API (documented at /api/v1/openapi.json). A query that
 * finds nothing is tried again for the words most likely meant ("jvaa" → "Java"), as on /jobs, and
 * the answer says so in `correction`. `facets=none` skips the facet counts (about ten times the cost
 * of the search): the front door's as-you-type suggestions ask for five titles and no counts.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok)
    return apiJson({ error: bilingual("search.query.invalid"), fieldErrors: bilingualFieldErrors(parsed.errors) }, 400);
  const withFacets = url.searchParams.get("facets") !== "none";
  const { result, correction } = await searchPostingsForgivingTypos(await getDb(), parsed.query, { withFacets });
  return apiJson({
    hits: result.hits.map(toApiHit),
    total: result.total,
    page: parsed.query.page,
    pageSize: parsed.query.pageSize,
    facets: result.facets ?? {},
    correction,
    degraded: result.degraded,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  return apiPreflight(request);
}
