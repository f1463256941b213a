import { getEnv } from "../config/env.server";
import { robotsTxt } from "../seo/sitemap.server";

export function loader() {
  return new Response(robotsTxt(getEnv().publicUrl), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
