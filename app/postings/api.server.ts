import { getEnv } from "../config/env.server";
import { bilingual } from "../i18n/messages";
import { responseWithBytes } from "../response-bytes.server";
import type { PostingSummary } from "./search.server";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

/**
 * What `Response.json` answers (the same text and headers), with its bytes kept beside it so the
 * launcher writes them in one call (app/response-bytes.server.ts, decision 032).
 */
export function apiJson(body: unknown, status = 200, extra: Record<string, string> = {}) {
  const headers = new Headers({ ...CORS_HEADERS, "Cache-Control": "public, max-age=60", ...extra });
  if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  return responseWithBytes(Buffer.from(JSON.stringify(body)), { status, headers });
}

/**
 * Field errors (message keys) of a query as the API answers them: both languages, since the API
 * does not know its reader's.
 */
export function bilingualFieldErrors(errors: Record<string, string[]>) {
  return Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => bilingual(key))]));
}

/** Preflight for browsers on other sites (a provincial platform's page); anything else is 405. */
export function apiPreflight(request: Request) {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
  return apiJson({ error: { zh: "只支持 GET 请求", en: "Only GET is supported" } }, 405, { Allow: "GET, OPTIONS" });
}

export function toApiHit(hit: PostingSummary) {
  return {
    id: hit.id,
    title: hit.title,
    employer: { name: hit.employerName },
    cities: hit.cities,
    salaryMin: hit.salaryMin,
    salaryMax: hit.salaryMax,
    jobType: hit.jobType,
    degree: hit.degree,
    publishedAt: new Date(hit.publishedAt * 1000).toISOString(),
    deadline: new Date(hit.deadline * 1000).toISOString(),
    url: `${getEnv().publicUrl}/jobs/${hit.id}`,
  };
}
