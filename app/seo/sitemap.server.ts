import { and, asc, count, eq, inArray } from "drizzle-orm";
import { employers, fairBooths, fairs, postings, talks } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { PUBLIC_FAIR_STATES } from "../fairs/states";
import { publicPostingCondition } from "../postings/postings.server";

/** The sitemap protocol's limit per file; past it /sitemap.xml becomes an index of numbered files. */
export const URLS_PER_SITEMAP = 50_000;

/** Public pages that are not postings. */
const STATIC_PAGES = ["/", "/jobs", "/fairs", "/talks"];

type Entry = { loc: string; lastmod?: string };

/**
 * The pages of public fairs, their approved booths and approved talks: a few hundred a season, so
 * they go with the static pages into the first file, before the postings. Two statements.
 */
async function eventPages(db: Queryable, baseUrl: string): Promise<Entry[]> {
  const [fairRows, talkRows] = await Promise.all([
    db
      .select({
        fairId: fairs.id,
        fairUpdated: fairs.updatedAt,
        boothId: fairBooths.id,
        boothUpdated: fairBooths.updatedAt,
      })
      .from(fairs)
      .leftJoin(
        fairBooths,
        and(
          eq(fairBooths.fairId, fairs.id),
          eq(fairBooths.status, "approved"),
          inArray(
            fairBooths.employerId,
            db.select({ id: employers.id }).from(employers).where(eq(employers.status, "verified")),
          ),
        ),
      )
      .where(inArray(fairs.status, [...PUBLIC_FAIR_STATES]))
      .orderBy(asc(fairs.startsOn), asc(fairs.id), asc(fairBooths.id)),
    db
      .select({ id: talks.id, updatedAt: talks.updatedAt })
      .from(talks)
      .where(eq(talks.status, "approved"))
      .orderBy(asc(talks.talkDate), asc(talks.id)),
  ]);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const row of fairRows) {
    if (!seen.has(row.fairId)) {
      seen.add(row.fairId);
      entries.push({ loc: `${baseUrl}/fairs/${row.fairId}`, lastmod: row.fairUpdated.toISOString() });
    }
    if (row.boothId && row.boothUpdated)
      entries.push({
        loc: `${baseUrl}/fairs/${row.fairId}/booths/${row.boothId}`,
        lastmod: row.boothUpdated.toISOString(),
      });
  }
  for (const talk of talkRows)
    entries.push({ loc: `${baseUrl}/talks/${talk.id}`, lastmod: talk.updatedAt.toISOString() });
  return entries;
}

const xmlEscape = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function urlset(entries: Entry[]): string {
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

/**
 * One sitemap file: page 1 holds the static and event pages and as many postings as still fit,
 * the next pages postings only, in a stable order (oldest first).
 */
async function sitemapFile(
  db: Queryable,
  baseUrl: string,
  page: number,
  perFile: number,
  firstPages: Entry[],
): Promise<string> {
  const firstFileRoom = Math.max(0, perFile - firstPages.length);
  const rows = await db
    .select({ id: postings.id, updatedAt: postings.updatedAt })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(publicPostingCondition())
    .orderBy(asc(postings.publishedAt), asc(postings.id))
    .limit(page === 1 ? firstFileRoom : perFile)
    .offset(page === 1 ? 0 : firstFileRoom + (page - 2) * perFile);
  return urlset([
    ...(page === 1 ? firstPages : []),
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
  const firstPages = [
    ...STATIC_PAGES.map((path) => ({ loc: `${baseUrl}${path}` })),
    ...(await eventPages(db, baseUrl)),
  ];
  // The first file holds every static and event page (a few hundred): the postings fill the rest.
  const firstFileRoom = Math.max(0, perFile - firstPages.length);
  const postingCount = await publicPostingCount(db);
  const files = 1 + Math.max(0, Math.ceil((postingCount - firstFileRoom) / perFile));
  const fileFor = (page: number) => sitemapFile(db, baseUrl, page, perFile, firstPages);
  if (options.page !== undefined) {
    if (options.page < 1 || options.page > files) return null;
    return fileFor(options.page);
  }
  if (files === 1) return fileFor(1);
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
    "Allow: /fairs",
    "Allow: /talks",
    "",
    `Sitemap: ${baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
