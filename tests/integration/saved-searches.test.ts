import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { runSavedSearchAlerts } from "../../app/graduates/saved-searches.server";
import * as savedRoute from "../../app/routes/graduate.searches";
import { outbox, savedSearches } from "../../db/schema";
import { publishedPosting } from "../support/graduates";
import { signedIn } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

let reviewer: string;
let employerUserId: string;

beforeAll(async () => {
  await ensureIndex();
  reviewer = (await signedIn("staff")).user.id;
  employerUserId = (await employerWithOrganisation({ name: "杭州数澜科技有限公司", staffUserId: reviewer })).user.id;
});

describe("saved searches", () => {
  it("saves a search once, alerts about new matching postings only, and stops when turned off", async () => {
    const graduate = await signedIn("graduate");
    const save = (query: string) =>
      callRoute(savedRoute.action, {
        path: "/graduate/searches",
        cookie: graduate.cookie,
        form: { intent: "save", query },
      });
    expect((await save(`q=${encodeURIComponent("数据治理")}&city=杭州&page=3&live=1`)).status).toBe(200);
    expect((await save(`city=杭州&q=${encodeURIComponent("数据治理")}`)).status).toBe(200);
    const db = await getDb();
    const rows = await db.select().from(savedSearches).where(eq(savedSearches.userId, graduate.user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe("数据治理 · 杭州");

    await publishedPosting(employerUserId, reviewer, {
      title: "数据治理工程师",
      cities: [{ province: "浙江省", city: "杭州" }],
    });
    await publishedPosting(employerUserId, reviewer, {
      title: "数据治理顾问",
      cities: [{ province: "上海市", city: "上海" }],
    });
    await db
      .update(savedSearches)
      .set({ lastAlertAt: sql`now() - interval '25 hours'` })
      .where(eq(savedSearches.id, rows[0]!.id));
    expect(await runSavedSearchAlerts(db, new Date())).toBe(1);
    const mails = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.idempotencyKey} like ${`saved-search:${rows[0]!.id}:%`}`);
    expect(mails).toHaveLength(1);
    expect(String(mails[0]!.payload.text)).toContain("数据治理工程师");
    expect(String(mails[0]!.payload.text)).not.toContain("数据治理顾问");
    // Just alerted: nothing is due, and the same postings are never sent again.
    expect(await runSavedSearchAlerts(db, new Date())).toBe(0);
    await db
      .update(savedSearches)
      .set({ lastAlertAt: sql`now() - interval '2 days'`, frequency: "weekly" })
      .where(eq(savedSearches.id, rows[0]!.id));
    expect(await runSavedSearchAlerts(db, new Date())).toBe(0);

    const off = await callRoute(savedRoute.action, {
      path: "/graduate/searches",
      cookie: graduate.cookie,
      form: { intent: "update", id: rows[0]!.id, frequency: "off" },
    });
    expect(off.status).toBe(200);
    await db
      .update(savedSearches)
      .set({ lastAlertAt: sql`now() - interval '30 days'` })
      .where(eq(savedSearches.id, rows[0]!.id));
    expect(await runSavedSearchAlerts(db, new Date())).toBe(0);
  });

  it("lets only the owner change a saved search and only graduates use the page", async () => {
    const owner = await signedIn("graduate");
    const other = await signedIn("graduate");
    await callRoute(savedRoute.action, {
      path: "/graduate/searches",
      cookie: owner.cookie,
      form: { intent: "save", query: "city=苏州" },
    });
    const db = await getDb();
    const [row] = await db.select().from(savedSearches).where(eq(savedSearches.userId, owner.user.id));
    await callRoute(savedRoute.action, {
      path: "/graduate/searches",
      cookie: other.cookie,
      form: { intent: "delete", id: row!.id },
    });
    expect(await db.select().from(savedSearches).where(eq(savedSearches.id, row!.id))).toHaveLength(1);
    const employer = await signedIn("employer");
    expect((await callRoute(savedRoute.loader, { path: "/graduate/searches", cookie: employer.cookie })).status).toBe(
      403,
    );
    expect((await callRoute(savedRoute.loader, { path: "/graduate/searches" })).status).toBe(302);
  });

  it("names a saved search in the reader's language on the page", async () => {
    const graduate = await signedIn("graduate");
    await callRoute(savedRoute.action, {
      path: "/graduate/searches",
      cookie: graduate.cookie,
      form: { intent: "save", query: "city=杭州&jobType=internship&salaryMin=8000" },
    });
    const read = async (lang: string) =>
      (
        (
          await callRoute(savedRoute.loader, {
            path: "/graduate/searches",
            cookie: `${graduate.cookie}; jiuye_lang=${lang}`,
          })
        ).data as { searches: { label: string }[] }
      ).searches[0]!.label;
    expect(await read("zh-CN")).toBe("杭州 · 实习 · ≥8000元");
    const english = await read("en");
    expect(english).toContain("Internship");
    expect(english).toContain("≥ ¥8000");
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
