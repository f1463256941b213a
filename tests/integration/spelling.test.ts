import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { MARK_END, MARK_START, searchPostings, searchPostingsForgivingTypos } from "../../app/postings/search.server";
import * as jobs from "../../app/routes/jobs._index";
import { enqueuePostingSync } from "../../app/search-sync.server";
import { postings, type PostingContent } from "../../db/schema";
import { emptyQuery } from "../../app/postings/query";
import { drainOutbox } from "../support/outbox";
import { signedIn } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";

/**
 * "Did you mean" against the real Meilisearch: its typo tolerance starts at five letters
 * (search/settings.ts), so a swapped pair in a four-letter word finds nothing on its own; the page
 * then searches for the known word most likely meant (search/spelling.ts) and says so.
 */
const ids: string[] = [];

async function publish(employerId: string, content: Partial<PostingContent>) {
  const [row] = await (
    await getDb()
  )
    .insert(postings)
    .values({
      employerId,
      status: "published",
      publishedAt: sql`now()`,
      submittedAt: sql`now()`,
      ...postingContent(content),
    })
    .returning({ id: postings.id });
  ids.push(row!.id);
}

const q = (text: string) => ({ ...emptyQuery(), q: text });

beforeAll(async () => {
  await ensureIndex();
  const reviewer = (await signedIn("staff")).user.id;
  const { employer } = await employerWithOrganisation({ name: "杭州西溪软件有限公司", staffUserId: reviewer });
  await publish(employer.id, {
    title: "Java开发工程师",
    duties: "负责交易系统服务端开发。",
    requirements: "熟悉Java与Spring Boot。",
  });
  await publish(employer.id, {
    title: "Python数据工程师",
    duties: "建设数据管道与报表。",
    requirements: "熟练使用Python与SQL。",
  });
  await publish(employer.id, {
    title: "前端开发工程师",
    duties: "负责管理后台与H5页面。",
    requirements: "熟悉React与TypeScript。",
  });
  await enqueuePostingSync(await getDb(), ids, "test");
  await drainOutbox();
});

describe("a search with two letters swapped", () => {
  it("finds nothing in Meilisearch alone for a four-letter word, which is why the page corrects it", async () => {
    const plain = await searchPostings(await getDb(), q("jvaa"), { withFacets: false });
    expect(plain.degraded).toBe(false);
    expect(plain.total).toBe(0);
  });

  it("finds the Java posting for “jvaa”, and says it searched for Java instead", async () => {
    const { result, correction } = await searchPostingsForgivingTypos(await getDb(), q("jvaa"), {
      withFacets: false,
    });
    expect(correction).toEqual({ from: "jvaa", to: "Java" });
    expect(result.hits.map((h) => h.title)).toContain("Java开发工程师");
  });

  it("finds Python for “Pyhton” and React for “Rcat”", async () => {
    const python = await searchPostingsForgivingTypos(await getDb(), q("Pyhton"), { withFacets: false });
    expect(python.result.hits.map((h) => h.title)).toContain("Python数据工程师");
    const react = await searchPostingsForgivingTypos(await getDb(), q("Rcat"), { withFacets: false });
    expect(react.correction?.to).toBe("React");
    expect(react.result.hits.map((h) => h.title)).toEqual(["前端开发工程师"]);
  });

  it("keeps the filters when it corrects, and offers nothing when the corrected words find nothing either", async () => {
    const elsewhere = await searchPostingsForgivingTypos(
      await getDb(),
      { ...q("jvaa"), city: ["拉萨"] },
      {
        withFacets: false,
      },
    );
    expect(elsewhere.correction).toBeNull();
    expect(elsewhere.result.total).toBe(0);
    const nonsense = await searchPostingsForgivingTypos(await getDb(), q("qzxv"), { withFacets: false });
    expect(nonsense.correction).toBeNull();
  });

  it("leaves a search that finds something alone", async () => {
    const java = await searchPostingsForgivingTypos(await getDb(), q("Java"), { withFacets: false });
    expect(java.correction).toBeNull();
    expect(java.result.total).toBeGreaterThan(0);
  });

  it("shows the correction on the search page, and feeds and saved searches follow the corrected words", async () => {
    const page = await callRoute(jobs.loader, {
      path: "/jobs?q=jvaa",
      headers: { Accept: "text/html" },
    });
    const data = page.data as {
      correction: { from: string; to: string } | null;
      feedQuery: string;
      result: { hits: { highlightedTitle: string }[] };
    };
    expect(data.correction).toEqual({ from: "jvaa", to: "Java" });
    // The titles as the cards show them: the corrected word marked.
    expect(data.result.hits.map((h) => h.highlightedTitle)).toContain(`${MARK_START}Java${MARK_END}开发工程师`);
    expect(new URLSearchParams(data.feedQuery).get("q")).toBe("Java");
  });
});
