import { and, asc, eq, gt, gte, sql } from "drizzle-orm";
import type { Meilisearch } from "meilisearch";
import type { Queryable } from "../db/client";
import { employers, postings } from "../db/schema";
import { toPostingDocument, type PostingDocument } from "./documents";
import { forgetPostingSearchAnswers } from "./answer-cache";
import { ensurePostingsIndex, POSTINGS_PRIMARY_KEY, syncPostings, waitOk } from "./postings-index";

export type Progress = (done: number, total: number | null) => void;

/** Every public posting as documents, in id order, a batch at a time (keyset pagination). */
export async function* publicPostingDocuments(
  db: Queryable,
  today: string,
  batchSize = 2000,
): AsyncGenerator<PostingDocument[]> {
  let after: string | null = null;
  for (;;) {
    const rows: { posting: typeof postings.$inferSelect; employer: typeof employers.$inferSelect }[] = await db
      .select({ posting: postings, employer: employers })
      .from(postings)
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(
        and(
          eq(postings.status, "published"),
          eq(employers.status, "verified"),
          gte(postings.deadline, today),
          after ? gt(postings.id, after) : undefined,
        ),
      )
      .orderBy(asc(postings.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map(({ posting, employer }) =>
      toPostingDocument({
        ...posting,
        publishedAt: posting.publishedAt ?? posting.createdAt,
        employer: { id: employer.id, name: employer.name, type: employer.type, industry: employer.industry },
      }),
    );
    after = rows[rows.length - 1]!.posting.id;
  }
}

/** Enqueued document additions the reindex lets Meilisearch hold before it waits for the oldest. */
const MAX_TASKS_IN_FLIGHT = 200;

/**
 * Rebuilds the postings index from PostgreSQL into a fresh index and swaps it in atomically:
 * searches keep hitting the old index until the swap, and never see a half-built one.
 */
export async function reindexPostings(
  db: Queryable,
  client: Meilisearch,
  liveIndex: string,
  options: { today: string; batchSize?: number; onProgress?: Progress; total?: number | null },
) {
  await ensurePostingsIndex(client, liveIndex);
  const building = `${liveIndex}_rebuild_${Date.now()}`;
  await ensurePostingsIndex(client, building);
  const index = client.index<PostingDocument>(building);
  let done = 0;
  const tasks: number[] = [];
  // The walk below is one keyset query per batch. Planned on a freshly loaded table's statistics (a
  // restore, a bulk import: autovacuum has not analysed it yet), PostgreSQL joined every posting to
  // its employer and sorted them all for each batch: 6 s a batch at a million postings instead of
  // 80 ms (decision 014). A sample of each table costs well under a second.
  await db.execute(sql`analyze ${postings}, ${employers}`);
  for await (const batch of publicPostingDocuments(db, options.today, options.batchSize ?? 10_000)) {
    tasks.push((await index.addDocuments(batch, { primaryKey: POSTINGS_PRIMARY_KEY })).taskUid);
    done += batch.length;
    // Meilisearch keeps enqueued payloads on its disk and indexes the tasks waiting in its queue as
    // one batch, so many tasks in flight mean few large batches: with only 4 in flight a million
    // postings were indexed 20,000 at a time (decision 014). This process holds one batch at a
    // time whatever the bound; the bound only keeps a runaway queue in check.
    if (tasks.length >= MAX_TASKS_IN_FLIGHT) await waitOk(client, tasks.shift()!, 600_000);
    options.onProgress?.(done, options.total ?? null);
  }
  for (const task of tasks) await waitOk(client, task, 600_000);
  await waitOk(client, (await client.swapIndexes([{ indexes: [liveIndex, building], rename: false }])).taskUid);
  forgetPostingSearchAnswers();
  await waitOk(client, (await client.deleteIndex(building)).taskUid);
  return { documents: done };
}

export interface DriftReport {
  missing: string[];
  stale: string[];
  extra: string[];
}

function sameDocument(a: PostingDocument, b: Record<string, unknown>): boolean {
  return (Object.keys(a) as (keyof PostingDocument)[]).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}

/** Compares the index with PostgreSQL: public postings missing or stale in the index, and documents that should not be there. */
export async function checkDrift(
  db: Queryable,
  client: Meilisearch,
  indexName: string,
  today: string,
  onProgress?: Progress,
): Promise<DriftReport> {
  const expected = new Map<string, PostingDocument>();
  for await (const batch of publicPostingDocuments(db, today)) for (const doc of batch) expected.set(doc.id, doc);
  const index = client.index(indexName);
  const seen = new Set<string>();
  const report: DriftReport = { missing: [], stale: [], extra: [] };
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<Record<string, unknown>>({ offset, limit: 1000 });
    for (const doc of page.results) {
      const id = String(doc.id);
      seen.add(id);
      const want = expected.get(id);
      if (!want) report.extra.push(id);
      else if (!sameDocument(want, doc)) report.stale.push(id);
    }
    onProgress?.(Math.min(offset + page.results.length, page.total), page.total);
    if (offset + page.results.length >= page.total || page.results.length === 0) break;
  }
  for (const id of expected.keys()) if (!seen.has(id)) report.missing.push(id);
  return report;
}

/** Brings every drifted posting back in line, through the same sync the outbox worker uses. */
export async function repairDrift(
  db: Queryable,
  client: Meilisearch,
  indexName: string,
  report: DriftReport,
  today: string,
) {
  const ids = [...report.missing, ...report.stale, ...report.extra];
  for (let i = 0; i < ids.length; i += 1000) await syncPostings(db, client, indexName, ids.slice(i, i + 1000), today);
  return ids.length;
}
