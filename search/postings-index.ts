import { and, eq, inArray } from "drizzle-orm";
import type { Meilisearch, Settings } from "meilisearch";
import type { Queryable } from "../db/client";
import { employers, postings } from "../db/schema";
import { forgetPostingSearchAnswers } from "./answer-cache";
import { toPostingDocument, type PostingDocument } from "./documents";
import { diffSettings, POSTINGS_INDEX_SETTINGS } from "./settings";

export const postingsIndexName = (prefix: string) => `${prefix}_postings`;

/** Fails loudly with Meilisearch's own error when a task did not succeed. */
export async function waitOk(client: Meilisearch, taskUid: number, timeOutMs = 60_000) {
  // Polled here rather than with client.tasks.waitForTask: that shares one abort signal across its
  // polls and the client leaves a listener on it per poll (thousands during a long reindex).
  const deadline = Date.now() + timeOutMs;
  let task = await client.tasks.getTask(taskUid);
  while (task.status === "enqueued" || task.status === "processing") {
    if (Date.now() > deadline)
      throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${timeOutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    task = await client.tasks.getTask(taskUid);
  }
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? "no error message"}`);
  return task;
}

/**
 * Named with every write, not only when the index is created: a write that reaches a missing index
 * (deleted by hand, a fresh Meilisearch) creates it, and Meilisearch cannot infer the key of a
 * document with both `id` and `employerId`, so the write would fail on every retry.
 */
export const POSTINGS_PRIMARY_KEY = "id";

/** Creates the index when missing and applies the declared settings only where they differ. */
export async function ensurePostingsIndex(
  client: Meilisearch,
  indexName: string,
  wanted: Settings = POSTINGS_INDEX_SETTINGS,
) {
  try {
    await client.getIndex(indexName);
  } catch {
    const created = await client.createIndex(indexName, { primaryKey: POSTINGS_PRIMARY_KEY });
    await waitOk(client, created.taskUid);
  }
  const index = client.index<PostingDocument>(indexName);
  const differing = diffSettings(await index.getSettings(), wanted);
  if (differing.length > 0) {
    const update = await index.updateSettings(wanted);
    await waitOk(client, update.taskUid, 120_000);
  }
  return differing;
}

/** Rows of these postings with their employers, and which of them may be public today. */
export async function loadPostingDocuments(db: Queryable, postingIds: string[], today: string) {
  const rows = await db
    .select({ posting: postings, employer: employers })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(inArray(postings.id, postingIds));
  const visible: PostingDocument[] = [];
  for (const { posting, employer } of rows) {
    const isPublic =
      posting.status === "published" &&
      employer.status === "verified" &&
      posting.deadline >= today &&
      posting.publishedAt;
    if (!isPublic || !posting.publishedAt) continue;
    visible.push(
      toPostingDocument({
        ...posting,
        publishedAt: posting.publishedAt,
        employer: { id: employer.id, name: employer.name, type: employer.type, industry: employer.industry },
      }),
    );
  }
  return visible;
}

/**
 * Makes the index agree with PostgreSQL for these postings: public ones are upserted, all
 * others (closed, withdrawn, suspended employer, past deadline, deleted) removed. Waits for
 * Meilisearch to finish, so the outbox row is only marked done once the index is right.
 */
export async function syncPostings(
  db: Queryable,
  client: Meilisearch,
  indexName: string,
  postingIds: string[],
  today: string,
) {
  const documents = await loadPostingDocuments(db, postingIds, today);
  const visibleIds = new Set(documents.map((d) => d.id));
  const hidden = postingIds.filter((id) => !visibleIds.has(id));
  const index = client.index<PostingDocument>(indexName);
  if (documents.length > 0)
    await waitOk(client, (await index.addDocuments(documents, { primaryKey: POSTINGS_PRIMARY_KEY })).taskUid);
  if (hidden.length > 0) await waitOk(client, (await index.deleteDocuments(hidden)).taskUid);
  forgetPostingSearchAnswers();
  return { upserted: documents.length, removed: hidden.length };
}

export async function publishedPostingIds(db: Queryable) {
  const rows = await db
    .select({ id: postings.id })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(and(eq(postings.status, "published"), eq(employers.status, "verified")));
  return rows.map((r) => r.id);
}
