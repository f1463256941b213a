import { and, desc, eq, lt, ne, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import { translate, type Locale } from "../i18n/messages";
import type { Database, Queryable } from "../../db/client";
import { savedSearches, users } from "../../db/schema";
import { savedSearchAlertMail } from "../../emails/templates/saved-search-alert";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { enqueueMail } from "../outbox/outbox.server";
import { formatPay } from "../postings/publishing";
import {
  facetValueLabel,
  FACET_PARAM_NAMES,
  parseSearchParams,
  toQueryString,
  type PostingSearchQuery,
} from "../postings/query";
import { searchPostings } from "../postings/search.server";

const MAX_SAVED = 20;

/** The canonical form of a search (page 1, no as-you-type marker), so the same search is saved once. */
export function canonicalSearch(queryString: string): { query: PostingSearchQuery; canonical: string } | null {
  const params = new URLSearchParams(queryString);
  params.delete("live");
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return null;
  const query = { ...parsed.query, page: 1, sort: "newest" as const };
  return { query, canonical: toQueryString(query) };
}

/**
 * A saved search's name in the reader's language, made from its query whenever it is shown (the
 * stored `label` is the Chinese name, for exports and older rows): places and industries are named
 * as the search page names them in that language.
 */
export function searchLabel(query: PostingSearchQuery, locale: Locale = "zh-CN"): string {
  const parts: string[] = query.q ? [query.q] : [];
  for (const param of FACET_PARAM_NAMES) {
    const values: readonly string[] = query[param];
    for (const value of values) parts.push(facetValueLabel(locale, param, value));
  }
  if (query.salaryMin) parts.push(translate(locale, "savedSearch.label.salaryMin", { amount: query.salaryMin }));
  return parts.join(" · ") || translate(locale, "savedSearch.label.all");
}

/** The name to show for a stored search: from its query in `locale`, the stored label if the query no longer reads. */
export function savedSearchName(search: { query: string; label: string }, locale: Locale): string {
  const found = canonicalSearch(search.query);
  return found ? searchLabel(found.query, locale) : search.label;
}

export async function saveSearch(db: Queryable, actor: UserActor, input: { query: string }) {
  const found = canonicalSearch(input.query);
  if (!found) refuse("form.invalid", { status: 400 });
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.userId));
  if ((count?.n ?? 0) >= MAX_SAVED) refuse("savedSearch.tooMany", { status: 400 });
  await db
    .insert(savedSearches)
    .values({ userId: actor.userId, query: found.canonical, label: searchLabel(found.query) })
    .onConflictDoNothing({ target: [savedSearches.userId, savedSearches.query] });
}

export function listSavedSearches(db: Queryable, actor: UserActor) {
  return db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.userId))
    .orderBy(desc(savedSearches.createdAt));
}

/** Scoped to the owner: a graduate can only change or delete their own saved searches. */
export async function updateSavedSearch(
  db: Queryable,
  actor: UserActor,
  input: { id: string; change: { frequency: "daily" | "weekly" | "off" } | "delete" },
) {
  const { change } = input;
  const where = and(eq(savedSearches.id, input.id), eq(savedSearches.userId, actor.userId));
  if (change === "delete") await db.delete(savedSearches).where(where);
  else await db.update(savedSearches).set({ frequency: change.frequency }).where(where);
}

/**
 * Mails each saved search that is due (a day or a week since its last alert) the postings
 * published since then, if there are any. The idempotency key is the search and the time of the
 * last alert, so a rerun before the row is updated sends nothing twice.
 */
export async function runSavedSearchAlerts(db: Database, now = new Date()): Promise<number> {
  const due = await db
    .select({ search: savedSearches, email: users.email, locale: users.locale })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(
      and(
        ne(savedSearches.frequency, "off"),
        lt(
          savedSearches.lastAlertAt,
          sql`${now.toISOString()}::timestamptz - case when ${savedSearches.frequency} = 'daily' then interval '1 day' else interval '7 days' end`,
        ),
      ),
    );
  const base = getEnv().publicUrl;
  let sent = 0;
  for (const { search, email, locale } of due) {
    const found = canonicalSearch(search.query);
    if (!found) continue;
    const result = await searchPostings(db, { ...found.query, pageSize: 20 }, { withFacets: false, now });
    const fresh = result.hits.filter((hit) => hit.publishedAt * 1000 > search.lastAlertAt.getTime());
    await db.transaction(async (tx) => {
      if (fresh.length > 0) {
        await enqueueMail(tx, `saved-search:${search.id}:${search.lastAlertAt.toISOString()}`, {
          to: email,
          ...savedSearchAlertMail(
            {
              label: savedSearchName(search, mailLocaleOf({ locale })),
              searchUrl: `${base}/jobs?${search.query}`,
              manageUrl: `${base}/graduate/searches`,
              postings: fresh.map((hit) => ({
                title: hit.title,
                employerName: hit.employerName,
                cities: hit.cities,
                pay: formatPay(hit.salaryMin, hit.salaryMax),
                url: `${base}/jobs/${hit.id}`,
              })),
            },
            mailLocaleOf({ locale }),
          ),
        });
        sent += 1;
      }
      await tx.update(savedSearches).set({ lastAlertAt: now }).where(eq(savedSearches.id, search.id));
    });
  }
  return sent;
}
