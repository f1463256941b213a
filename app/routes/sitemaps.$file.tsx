import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { notFound } from "../http.server";
import { sitemap } from "../seo/sitemap.server";

/** `/sitemaps/<n>.xml`, listed by /sitemap.xml once the public pages pass 50,000. */
export async function loader({ params }: LoaderFunctionArgs) {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(params.file ?? "");
  if (!match) notFound();
  const body = await sitemap(await getDb(), getEnv().publicUrl, { page: Number(match[1]) });
  if (body === null) notFound();
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
