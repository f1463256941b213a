import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../db.server";
import { bilingual } from "../i18n/messages";
import { apiJson, apiPreflight, bilingualFieldErrors, toApiHit } from "../postings/api.server";
import { parseSearchParams } from "../postings/query";
import { searchPostings } from "../postings/search.server";

/** GET /api/v1/postings: the public search API (documented at /api/v1/openapi.json). */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok)
    return apiJson({ error: bilingual("search.query.invalid"), fieldErrors: bilingualFieldErrors(parsed.errors) }, 400);
  const result = await searchPostings(await getDb(), parsed.query, { withFacets: true });
  return apiJson({
    hits: result.hits.map(toApiHit),
    total: result.total,
    page: parsed.query.page,
    pageSize: parsed.query.pageSize,
    facets: result.facets ?? {},
    degraded: result.degraded,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  return apiPreflight(request);
}
