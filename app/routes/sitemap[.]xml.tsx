import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { sitemap } from "../seo/sitemap.server";

export async function loader() {
  const body = await sitemap(await getDb(), getEnv().publicUrl);
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
