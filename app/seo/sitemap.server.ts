import { asc, count, eq } from "drizzle-orm";
import { employers, postings } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { publicPostingCondition } from "../postings/postings.server";

/** The sitemap protocol's limit per file; past it /sitemap.xml becomes an index of numbered files. */
export const URLS_PER_SITEMAP = 50_000;

/** Public pages that are not postings. Fairs, talks and programmes add theirs here when they exist. */
const STATIC_PAGES = ["/", "/jobs"];

const xmlEscape = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function urlset(entries: { loc: string; lastmod?: string }[]): string {
  const body = entries
    .map((e) => `<url><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

async function publicPostingCount(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(publicPostingCondition());
  return row?.n ?? 0;
}

/** One sitemap file: page 1 starts with the static pages; postings in a stable order (oldest first). */
async function sitemapFile(db: Queryable, baseUrl: string, page: number, perFile: number): Promise<string> {
  const statics = page === 1 ? STATIC_PAGES.map((path) => ({ loc: `${baseUrl}${path}` })) : [];
  const offset = Math.max(0, (page - 1) * perFile - (page === 1 ? 0 : STATIC_PAGES.length));
  const rows = await db
    .select({ id: postings.id, updatedAt: postings.updatedAt })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(publicPostingCondition())
    .orderBy(asc(postings.publishedAt), asc(postings.id))
    .limit(perFile - statics.length)
    .offset(offset);
  return urlset([
    ...statics,
    ...rows.map((r) => ({ loc: `${baseUrl}/jobs/${r.id}`, lastmod: r.updatedAt.toISOString() })),
  ]);
}

/**
 * `/sitemap.xml`: the sitemap itself while everything fits in one file, otherwise an index that
 * lists `/sitemaps/<n>.xml`. `perFile` is a parameter so the split can be tested with small numbers.
 */
export async function sitemap(
  db: Queryable,
  baseUrl: string,
  options: { page?: number; perFile?: number } = {},
): Promise<string | null> {
  const perFile = options.perFile ?? URLS_PER_SITEMAP;
  const total = (await publicPostingCount(db)) + STATIC_PAGES.length;
  const files = Math.max(1, Math.ceil(total / perFile));
  if (options.page !== undefined) {
    if (options.page < 1 || options.page > files) return null;
    return sitemapFile(db, baseUrl, options.page, perFile);
  }
  if (files === 1) return sitemapFile(db, baseUrl, 1, perFile);
  const items = Array.from(
    { length: files },
    (_, i) => `<sitemap><loc>${xmlEscape(`${baseUrl}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

/** Signed-in areas and private files stay out of search engines; the public job pages are in. */
export function robotsTxt(baseUrl: string): string {
  const privateAreas = [
    "/graduate",
    "/employer",
    "/staff",
    "/admin",
    "/account",
    "/notifications",
    "/agreements",
    "/graduates",
    "/activate",
    "/unsubscribe",
    "/api/",
  ];
  return [
    "User-agent: *",
    ...privateAreas.map((path) => `Disallow: ${path}`),
    "Allow: /jobs",
    "",
    `Sitemap: ${baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
