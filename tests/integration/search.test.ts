import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { decideEmployer } from "../../app/employers/employers.server";
import { schoolDate } from "../../app/time";
import { MARK_END, MARK_START, searchPostings } from "../../app/postings/search.server";
import * as apiList from "../../app/routes/api.v1.postings._index";
import * as apiOne from "../../app/routes/api.v1.postings.$id";
import * as feedRss from "../../app/routes/jobs.feed[.]rss";
import * as jobPage from "../../app/routes/jobs.$id";
import * as jobs from "../../app/routes/jobs._index";
import { enqueuePostingSync } from "../../app/search-sync.server";
import { getSearchClient, postingsIndex, resetServices } from "../../app/services.server";
import { postings, type PostingContent } from "../../db/schema";
import { parseSearchParams, type PostingSearchQuery } from "../../app/postings/query";
import { checkDrift, repairDrift, reindexPostings } from "../../search/reindex";
import { syncPostings } from "../../search/postings-index";
import { callRoute } from "../support/remix";
import { signedIn } from "../support/people";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";
import { drainOutbox } from "../support/outbox";
import { waitFor } from "../support/wait";

function query(params: string): PostingSearchQuery {
  const parsed = parseSearchParams(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
}

async function search(params: string) {
  return searchPostings(await getDb(), query(params), { withFacets: true });
}

const ids: Record<string, string> = {};
let suspendedEmployerId: string;
let reviewer: string;

/** Published postings written straight to the table and indexed through the outbox, as approval does. */
async function publish(employerId: string, key: string, content: Partial<PostingContent>) {
  const db = await getDb();
  const [row] = await db
    .insert(postings)
    .values({
      employerId,
      status: "published",
      publishedAt: sql`now()`,
      submittedAt: sql`now()`,
      ...postingContent(content),
    })
    .returning({ id: postings.id });
  ids[key] = row!.id;
}

beforeAll(async () => {
  await ensureIndex();
  reviewer = (await signedIn("staff")).user.id;
  const hz = await employerWithOrganisation({ name: "杭州云栖网络科技有限公司", staffUserId: reviewer });
  const sh = await employerWithOrganisation({ name: "上海浦江数据服务有限公司", staffUserId: reviewer });
  const bad = await employerWithOrganisation({ name: "宁波海曙速聘信息有限公司", staffUserId: reviewer });
  suspendedEmployerId = bad.employer.id;
  await publish(hz.employer.id, "frontend", {
    title: "前端开发工程师",
    duties: "负责Web前端页面与H5开发，使用React与TypeScript。",
    requirements: "熟悉React，了解Node.js。",
    cities: [{ province: "浙江省", city: "杭州" }],
    jobType: "full_time",
    salaryMin: 12000,
    salaryMax: 18000,
  });
  await publish(hz.employer.id, "backend", {
    title: "Java后端开发工程师",
    duties: "负责服务端接口开发，基于Spring Boot。",
    requirements: "熟悉Spring与MySQL。",
    cities: [{ province: "浙江省", city: "杭州" }],
    jobType: "full_time",
    salaryMin: 14000,
    salaryMax: 22000,
  });
  await publish(hz.employer.id, "intern", {
    title: "数据分析实习生",
    duties: "协助完成业务数据分析与报表。",
    requirements: "熟练使用SQL与Excel。",
    cities: [{ province: "浙江省", city: "杭州" }],
    jobType: "internship",
    salaryMin: 3000,
    salaryMax: 4500,
  });
  await publish(sh.employer.id, "shipbuilding", {
    title: "船舶结构设计工程师",
    duties: "负责船体结构设计与强度计算。",
    requirements: "船舶与海洋工程专业，哈尔滨工程大学、江苏科技大学等院校毕业生优先考虑。",
    cities: [{ province: "上海市", city: "上海" }],
    salaryMin: 10000,
    salaryMax: 15000,
  });
  await publish(sh.employer.id, "sales", {
    title: "大客户销售经理",
    duties: "Develop key accounts in the Yangtze River Delta and manage the sales pipeline.",
    requirements: "Fluent English, strong communication skills.",
    cities: [{ province: "上海市", city: "上海" }],
    salaryMin: 9000,
    salaryMax: 20000,
    degree: "any",
  });
  await publish(bad.employer.id, "suspended", {
    title: "前端实习生（速聘）",
    cities: [{ province: "浙江省", city: "宁波" }],
    jobType: "internship",
  });
  await enqueuePostingSync(await getDb(), Object.values(ids), "test");
  await drainOutbox();
  await decideEmployer(
    await getDb(),
    { userId: reviewer, scope: { kind: "school" } },
    {
      employerId: suspendedEmployerId,
      event: "suspend",
      reasons: "收取求职者押金，暂停。",
    },
  );
  await drainOutbox();
});

const hitIds = (result: { hits: { id: string }[] }) => result.hits.map((h) => h.id);

describe("searching postings", () => {
  it("finds Chinese text by its words", async () => {
    expect(hitIds(await search("q=前端"))).toContain(ids.frontend);
    expect(hitIds(await search("q=船舶设计"))).toEqual([ids.shipbuilding]);
  });

  it("shows a hit with its matched words marked and a snippet of its duties", async () => {
    const hit = (await search("q=前端")).hits.find((h) => h.id === ids.frontend)!;
    // Marked as the segmenter cut the title (前端开发 is one word to it).
    expect(hit.highlightedTitle).toMatch(new RegExp(`^${MARK_START}前端[^${MARK_END}]*${MARK_END}`));
    expect(hit.highlightedTitle.replace(new RegExp(`[${MARK_START}${MARK_END}]`, "g"), "")).toBe("前端开发工程师");
    expect(hit.highlightedEmployer).toBe("杭州云栖网络科技有限公司");
    expect(hit.snippet).toContain("React与TypeScript");
    expect(hit).toMatchObject({ title: "前端开发工程师", cities: ["杭州"], salaryMin: 12000, salaryMax: 18000 });
  });

  it("finds English text, and Chinese postings through English synonyms", async () => {
    expect(hitIds(await search("q=key accounts"))).toEqual([ids.sales]);
    expect(hitIds(await search("q=frontend"))).toContain(ids.frontend);
    expect(hitIds(await search("q=backend"))).toContain(ids.backend);
  });

  it("forgives a typo in an English word", async () => {
    expect(hitIds(await search("q=Sprnig"))).toContain(ids.backend);
  });

  it("expands university abbreviations such as 哈工程", async () => {
    expect(hitIds(await search("q=哈工程"))).toEqual([ids.shipbuilding]);
  });

  it("counts facets and combines filters", async () => {
    const all = await search("");
    expect(all.facets?.cities).toMatchObject({ 杭州: 3, 上海: 2 });
    expect(all.facets?.jobType).toMatchObject({ full_time: 4, internship: 1 });
    const combined = await search("city=杭州&jobType=internship");
    expect(hitIds(combined)).toEqual([ids.intern]);
    const either = await search("city=杭州&city=上海&salaryMin=19000");
    expect(hitIds(either).sort()).toEqual([ids.backend, ids.sales].sort());
  });

  it("sorts by salary and paginates stably", async () => {
    const bySalary = await search("sort=salary");
    expect(bySalary.hits[0]?.id).toBe(ids.backend);
    const page1 = await search("sort=salary&pageSize=2&page=1");
    const page2 = await search("sort=salary&pageSize=2&page=2");
    expect(page1.total).toBe(5);
    expect(new Set([...hitIds(page1), ...hitIds(page2)]).size).toBe(4);
  });

  it("never shows a suspended employer's postings", async () => {
    expect(hitIds(await search("q=速聘"))).toEqual([]);
  });

  it("never shows a posting past its deadline, even if the index still holds it", async () => {
    const stale = {
      id: "00000000-0000-4000-8000-000000000001",
      title: "过期的测试岗位",
      employerId: "x",
      employerName: "过期单位",
      employerType: "private",
      industry: "其他",
      category: "其他",
      jobType: "full_time",
      degree: "any",
      majors: [],
      provinces: ["浙江省"],
      cities: ["杭州"],
      salaryMin: 5000,
      salaryMax: 6000,
      salaryBand: "5-8k",
      programme: null,
      duties: "",
      requirements: "",
      benefits: "",
      headcount: 1,
      publishedAt: 1,
      deadline: Math.floor(Date.now() / 1000) - 3600,
      keywords: [],
    };
    const task = await getSearchClient().index(postingsIndex()).addDocuments([stale]);
    await getSearchClient().tasks.waitForTask(task.taskUid);
    expect(hitIds(await search("q=过期的测试岗位"))).toEqual([]);
    await getSearchClient().index(postingsIndex()).deleteDocument(stale.id);
  });

  it("indexes a published posting into an index that went missing, instead of failing on every retry", async () => {
    // A write to a missing index creates it; Meilisearch cannot guess the key of a document that has
    // both `id` and `employerId`, so the key must travel with the write.
    const client = getSearchClient();
    const missing = `${postingsIndex()}_gone_${Date.now()}`;
    try {
      const result = await syncPostings(await getDb(), client, missing, [ids.frontend!], schoolDate());
      expect(result.upserted).toBe(1);
      const found = await client.index(missing).getDocument(ids.frontend!);
      expect(found.id).toBe(ids.frontend);
    } finally {
      await client.deleteIndex(missing).catch(() => undefined);
    }
  });

  it("answers from PostgreSQL with a degraded banner when Meilisearch is unreachable", async () => {
    const host = process.env.MEILI_HOST;
    process.env.MEILI_HOST = "http://127.0.0.1:9";
    resetEnv();
    resetServices();
    try {
      const result = await callRoute(jobs.loader, { path: "/jobs?q=前端", headers: { Accept: "text/html" } });
      expect(result.status).toBe(200);
      const data = result.data as { result: { degraded: boolean; hits: { id: string }[] } };
      expect(data.result.degraded).toBe(true);
      expect(hitIds(data.result)).toContain(ids.frontend);
      expect(hitIds(data.result)).not.toContain(ids.suspended);
    } finally {
      process.env.MEILI_HOST = host;
      resetEnv();
      resetServices();
    }
  });
});

describe("index maintenance", () => {
  it("reindexes into a new index and swaps it in while searches keep finding results", async () => {
    const db = await getDb();
    // PostgreSQL now says up to 15,100 a month, the live index still 15,000: an answer shows which index served it.
    await db.update(postings).set({ salaryMax: 15100 }).where(eq(postings.id, ids.shipbuilding!));
    const servedBy = async () => {
      const result = await search("q=工程师");
      const hit = result.hits.find((h) => h.id === ids.shipbuilding);
      return { total: result.total, salaryMax: hit?.salaryMax };
    };
    expect(await servedBy()).toMatchObject({ salaryMax: 15000 });
    let searching = true;
    const answers: { total: number; salaryMax: number | undefined }[] = [];
    const loop = (async () => {
      while (searching) answers.push(await servedBy());
    })();
    const result = await reindexPostings(db, getSearchClient(), postingsIndex(), { today: schoolDate() });
    // The loop keeps going until it has seen the new index, so searches ran before, across and after the swap.
    await waitFor("a search answered from the new index", () => answers.at(-1)?.salaryMax === 15100);
    searching = false;
    await loop;
    expect(result.documents).toBe(5);
    expect(answers.some((a) => a.salaryMax === 15000)).toBe(true);
    expect(answers.filter((a) => a.total === 0 || a.salaryMax === undefined)).toEqual([]);
    // Never back to the old index once the new one answered.
    const firstNew = answers.findIndex((a) => a.salaryMax === 15100);
    expect(answers.slice(firstNew).every((a) => a.salaryMax === 15100)).toBe(true);
    const indexes = await getSearchClient().getIndexes({ limit: 1000 });
    expect(indexes.results.some((i) => i.uid.startsWith(`${postingsIndex()}_rebuild_`))).toBe(false);
  });

  it("reports missing and stale documents and repairs them", async () => {
    const db = await getDb();
    const client = getSearchClient();
    await client.tasks.waitForTask((await client.index(postingsIndex()).deleteDocument(ids.intern!)).taskUid);
    await db.update(postings).set({ salaryMax: 26000 }).where(eq(postings.id, ids.backend!));
    const today = schoolDate();
    const report = await checkDrift(db, client, postingsIndex(), today);
    expect(report.missing).toEqual([ids.intern]);
    expect(report.stale).toEqual([ids.backend]);
    expect(await repairDrift(db, client, postingsIndex(), report, today)).toBe(2);
    expect(await checkDrift(db, client, postingsIndex(), today)).toEqual({ missing: [], stale: [], extra: [] });
  });
});

describe("public API, feeds and posting pages", () => {
  it("validates API queries with a 400 and errors per field", async () => {
    const bad = await callRoute(apiList.loader, { path: "/api/v1/postings?page=0&jobType=weekend&salaryMin=-5" });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.data as { fieldErrors: Record<string, string[]> }).fieldErrors).sort()).toEqual([
      "jobType",
      "page",
      "salaryMin",
    ]);
    expect(bad.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("returns hits in the documented shape", async () => {
    const ok = await callRoute(apiList.loader, {
      path: `/api/v1/postings?q=${encodeURIComponent("前端")}&city=杭州&pageSize=5`,
    });
    expect(ok.status).toBe(200);
    const body = ok.data as {
      hits: Record<string, unknown>[];
      total: number;
      page: number;
      pageSize: number;
      facets: object;
    };
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(5);
    expect(body.hits[0]).toMatchObject({
      id: ids.frontend,
      title: "前端开发工程师",
      employer: { name: "杭州云栖网络科技有限公司" },
      cities: ["杭州"],
      salaryMin: 12000,
      jobType: "full_time",
      url: expect.stringMatching(/\/jobs\//),
    });
    const one = await callRoute(apiOne.loader, { path: `/api/v1/postings/${ids.sales}`, params: { id: ids.sales! } });
    expect(one.status).toBe(200);
    expect((await callRoute(apiOne.loader, { path: "/api/v1/postings/nope", params: { id: "nope" } })).status).toBe(
      400,
    );
    const preflight = await callRoute(apiList.action, { path: "/api/v1/postings", method: "OPTIONS" });
    expect(preflight.status).toBe(204);
  });

  it("forgives a misspelt word as /jobs does, says what it searched for, and skips facet counts on request", async () => {
    // What the front door's suggestions ask for while a graduate types "jvaa".
    const typed = await callRoute(apiList.loader, { path: "/api/v1/postings?q=jvaa&pageSize=5&facets=none" });
    expect(typed.status).toBe(200);
    const body = typed.data as {
      hits: { id: string; title: string }[];
      facets: object;
      correction: { from: string; to: string } | null;
    };
    expect(body.correction).toEqual({ from: "jvaa", to: "Java" });
    expect(body.hits.map((hit) => hit.id)).toContain(ids.backend);
    expect(body.facets).toEqual({});
    // Words that match as typed are not "corrected", and the counts come by default.
    const plain = await callRoute(apiList.loader, { path: `/api/v1/postings?q=${encodeURIComponent("前端")}` });
    const plainBody = plain.data as { correction: unknown; facets: Record<string, unknown> };
    expect(plainBody.correction).toBeNull();
    expect(Object.keys(plainBody.facets).length).toBeGreaterThan(0);
  });

  it("serves an RSS feed for any search", async () => {
    const feed = await callRoute(feedRss.loader, { path: `/jobs/feed.rss?city=${encodeURIComponent("上海")}` });
    expect(feed.status).toBe(200);
    const xml = String(feed.data);
    expect(xml).toContain("<rss");
    expect(xml).toContain("船舶结构设计工程师");
    expect(xml).not.toContain("前端开发工程师");
  });

  it("puts JSON-LD, Open Graph data and share texts on a posting page", async () => {
    const page = await callRoute(jobPage.loader, { path: `/jobs/${ids.frontend}`, params: { id: ids.frontend! } });
    const data = page.data as { jsonLd: string; share: { wechat: string; weibo: string } };
    const ld = JSON.parse(data.jsonLd);
    expect(ld).toMatchObject({
      "@type": "JobPosting",
      title: "前端开发工程师",
      baseSalary: { currency: "CNY" },
      hiringOrganization: { name: "杭州云栖网络科技有限公司" },
    });
    expect(ld.validThrough).toBeTruthy();
    expect(data.share.wechat).toContain("前端开发工程师");
    expect(data.share.weibo).toContain("#校园招聘#");
  });
});

describe("staff bulletin and still-open checks", () => {
  it("lists new postings for one college's majors, as a page and as group-chat text", async () => {
    const { bulletinPostings, bulletinText } = await import("../../app/postings/bulletin.server");
    const { createSchool } = await import("../../seed/factories");
    const db = await getDb();
    const school = await createSchool(db);
    const cs = school.colleges.find((c) => c.nameZh === "计算机科学与技术学院")!;
    const items = await bulletinPostings(db, { period: "weekly", collegeId: cs.id });
    const titles = items.map((i) => i.title);
    // The postings name 计算机科学与技术/软件工程 (postingContent's default majors).
    expect(titles).toEqual(expect.arrayContaining(["前端开发工程师", "Java后端开发工程师"]));
    const education = school.colleges.find((c) => c.nameZh === "教育学院")!;
    expect(await bulletinPostings(db, { period: "weekly", collegeId: education.id })).toEqual([]);
    const text = bulletinText(items, { heading: "【周报】", baseUrl: "https://jobs.example.edu.cn" });
    expect(text).toContain("1. ");
    expect(text).toContain("https://jobs.example.edu.cn/jobs/");
  });

  it("asks the employer whether a 30-day-old posting is still open, once, and marks it unconfirmed after a week", async () => {
    const { askStillOpen, confirmStillOpen, isUnconfirmed } = await import("../../app/postings/still-open.server");
    const db = await getDb();
    await db
      .update(postings)
      .set({ publishedAt: sql`now() - interval '31 days'` })
      .where(eq(postings.id, ids.sales!));
    expect(await askStillOpen(db)).toBe(1);
    expect(await askStillOpen(db)).toBe(0);
    const [asked] = await db.select().from(postings).where(eq(postings.id, ids.sales!));
    expect(isUnconfirmed(asked!)).toBe(false);
    expect(isUnconfirmed(asked!, new Date(Date.now() + 8 * 86_400_000))).toBe(true);
    const { employerMembers } = await import("../../db/schema");
    const [member] = await db.select().from(employerMembers).where(eq(employerMembers.employerId, asked!.employerId));
    await confirmStillOpen(db, { userId: member!.userId }, { postingId: ids.sales! });
    const [confirmed] = await db.select().from(postings).where(eq(postings.id, ids.sales!));
    expect(isUnconfirmed(confirmed!, new Date(Date.now() + 8 * 86_400_000))).toBe(false);
  });
  it("asks about a backlog of due postings a round at a time, the longest-waiting first", async () => {
    const { askStillOpen } = await import("../../app/postings/still-open.server");
    const db = await getDb();
    const asked = async (id: string) =>
      (await db.select().from(postings).where(eq(postings.id, id)))[0]!.openCheckSentAt !== null;
    await db
      .update(postings)
      .set({ publishedAt: sql`now() - interval '40 days'`, openCheckSentAt: null })
      .where(eq(postings.id, ids.frontend!));
    await db
      .update(postings)
      .set({ publishedAt: sql`now() - interval '35 days'`, openCheckSentAt: null })
      .where(eq(postings.id, ids.backend!));
    try {
      expect(await askStillOpen(db, new Date(), 1)).toBe(1);
      expect([await asked(ids.frontend!), await asked(ids.backend!)]).toEqual([true, false]);
      expect(await askStillOpen(db, new Date(), 1)).toBe(1);
      expect(await asked(ids.backend!)).toBe(true);
    } finally {
      await db
        .update(postings)
        .set({ publishedAt: sql`now()`, openCheckSentAt: null })
        .where(inArray(postings.id, [ids.frontend!, ids.backend!]));
    }
  });
  it("dates the still-open question by the school's day: asked at 01:30 in Beijing, it is the 7th's question", async () => {
    const { askStillOpen } = await import("../../app/postings/still-open.server");
    const { outbox } = await import("../../db/schema");
    const db = await getDb();
    const [sales] = await db.select().from(postings).where(eq(postings.id, ids.sales!));
    await publish(sales!.employerId, "night", { title: "夜班仓储主管" });
    // Published at 01:00 on 6 November in Beijing (still the 5th in UTC); asked at 2026-12-06T17:30:00Z,
    // 01:30 on 7 December in Beijing. The mail's key names the school day it was asked on, and the
    // mail tells the employer the school day the posting went online.
    await db
      .update(postings)
      .set({ publishedAt: new Date("2026-11-05T17:00:00Z") })
      .where(eq(postings.id, ids.night!));
    await askStillOpen(db, new Date("2026-12-06T17:30:00Z"));
    const mails = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.idempotencyKey} like ${`still-open:${ids.night}:%`}`);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.idempotencyKey.split(":")[2]).toBe("2026-12-07");
      expect(String(mail.payload.text)).toContain("2026-11-06");
    }
  });
});

describe("programme facet", () => {
  it("filters grassroots and enlistment postings and counts them", async () => {
    const { employerMembers } = await import("../../db/schema");
    const db = await getDb();
    const [member] = await db.select().from(employerMembers).limit(1);
    const [row] = await db
      .insert(postings)
      .values({
        employerId: member!.employerId,
        status: "published",
        publishedAt: sql`now()`,
        ...postingContent({ title: "西部计划志愿者（支教）", programme: "grassroots_西部计划" }),
      })
      .returning({ id: postings.id });
    await enqueuePostingSync(db, [row!.id], "test");
    await drainOutbox();
    const filtered = await search(`programme=${encodeURIComponent("grassroots_西部计划")}`);
    expect(hitIds(filtered)).toEqual([row!.id]);
    expect((await search("")).facets?.programme).toMatchObject({ grassroots_西部计划: 1 });
    expect(hitIds(await search("q=西部计划"))).toContain(row!.id);
  });
});
