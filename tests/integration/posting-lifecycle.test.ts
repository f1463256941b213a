import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { decideEmployer } from "../../app/employers/employers.server";
import { closeExpiredPostings, createPosting, endPosting } from "../../app/postings/postings.server";
import { addCalendarDays, schoolDate } from "../../app/time";
import * as applyRoute from "../../app/routes/jobs_.$id.apply";
import * as jobPage from "../../app/routes/jobs.$id";
import * as newPosting from "../../app/routes/employer.postings.new";
import { getSearchClient, postingsIndex } from "../../app/services.server";
import { auditLog, postings } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent, searchIndex } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let school: School;
let reviewer: string;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  reviewer = (await signedIn("staff")).user.id;
});

/** The school date `days` from today (negative: in the past), as the posting form takes it. */
function schoolDateIn(days: number): string {
  return addCalendarDays(schoolDate(), days);
}

function postingForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "submit",
    title: "电气工程师",
    category: "软件开发",
    jobType: "full_time",
    headcount: "2",
    duties: "负责配电系统设计与现场调试，编写技术文档。",
    requirements: "电气工程及其自动化专业本科及以上。",
    degree: "bachelor",
    majors: "电气工程及其自动化",
    cities: "杭州",
    salaryMin: "8000",
    salaryMax: "12000",
    benefits: "五险一金",
    deadline: schoolDateIn(30),
    contact: "",
    ...overrides,
  };
}

const indexed = async (id: string) =>
  getSearchClient()
    .index(postingsIndex())
    .getDocument(id)
    .then(
      () => true,
      () => false,
    );

describe("the deadline", () => {
  it("refuses a deadline in the past with the field named and the typed values kept; today is accepted", async () => {
    const { cookie } = await employerWithOrganisation({ staffUserId: reviewer });
    const past = await callRoute(newPosting.action, {
      path: "/employer/postings/new",
      cookie,
      form: postingForm({ deadline: schoolDateIn(-1), title: "过期岗位测试" }),
    });
    expect(past.status).toBe(400);
    expect(errorKeys(past)).toEqual({ deadline: ["posting.deadline.past"] });
    expect(past.data).toMatchObject({ values: { title: "过期岗位测试", deadline: schoolDateIn(-1) } });
    const today = await callRoute(newPosting.action, {
      path: "/employer/postings/new",
      cookie,
      form: postingForm({ deadline: schoolDateIn(0) }),
    });
    expect(today.status).toBe(302);
    expect(today.location).toMatch(/^\/employer\/postings\/[0-9a-f-]{36}\?done=submitted$/);
  });

  it("closes postings whose deadline has passed: status, audit entry without a person, and gone from search", async () => {
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const lapsed = await publishedPosting(user.id, reviewer, { title: "给排水设计师（过期）" });
    const lastDay = await publishedPosting(user.id, reviewer, { title: "给排水设计师（今日截止）" });
    expect(await indexed(lapsed)).toBe(true);
    await db
      .update(postings)
      .set({ deadline: schoolDateIn(-1) })
      .where(eq(postings.id, lapsed));
    await db
      .update(postings)
      .set({ deadline: schoolDateIn(0) })
      .where(eq(postings.id, lastDay));

    expect(await closeExpiredPostings(db)).toBeGreaterThanOrEqual(1);
    await drainOutbox();
    const rows = await db.select({ id: postings.id, status: postings.status }).from(postings);
    expect(rows.find((r) => r.id === lapsed)?.status).toBe("closed");
    expect(rows.find((r) => r.id === lastDay)?.status).toBe("published");
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectType, "posting"), eq(auditLog.subjectId, lapsed), eq(auditLog.action, "posting.close")),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBeNull();
    expect(await indexed(lapsed)).toBe(false);
    expect(await indexed(lastDay)).toBe(true);
    // Running again (every worker does, every few minutes) changes nothing.
    await closeExpiredPostings(db);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, lapsed), eq(auditLog.action, "posting.close"))),
    ).toHaveLength(1);
  });
});

describe("applying only while a posting is open", () => {
  async function apply(cookie: string, postingId: string) {
    return callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      cookie,
      params: { id: postingId },
      form: { note: "期待加入" },
    });
  }

  it("refuses a closed, an expired and a suspended employer's posting with a clear message", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const graduate = await linkedGraduate(school);
    const closed = await publishedPosting(employer.user.id, reviewer, { title: "电力调度员（已结束）" });
    const expired = await publishedPosting(employer.user.id, reviewer, { title: "电力调度员（已过期）" });
    const open = await publishedPosting(employer.user.id, reviewer, { title: "电力调度员（在招）" });
    await endPosting(db, { userId: employer.user.id }, { postingId: closed, event: "close" });
    await db
      .update(postings)
      .set({ deadline: schoolDateIn(-1) })
      .where(eq(postings.id, expired));

    for (const id of [closed, expired]) {
      const refused = await apply(graduate.cookie, id);
      expect(refused.status, id).toBe(409);
      expect(errorKeys(refused)).toEqual({ _form: ["apply.closed"] });
    }
    expect((await apply(graduate.cookie, open)).status).toBe(200);

    // Suspending the employer closes its door at once: no new application, no posting page.
    const other = await linkedGraduate(school);
    await decideEmployer(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      {
        employerId: employer.employer.id,
        event: "suspend",
        reasons: "收取求职者培训费，暂停。",
      },
    );
    const afterSuspension = await apply(other.cookie, open);
    expect(afterSuspension.status).toBe(409);
    expect(errorKeys(afterSuspension)).toEqual({ _form: ["apply.closed"] });
    const page = await callRoute(jobPage.loader, { path: `/jobs/${open}`, params: { id: open } });
    expect(page.status).toBe(404);
    await drainOutbox();
    expect((await searchIndex("电力调度员")).map((d) => d.id)).not.toContain(open);
  });
});

describe("the duplicate check", () => {
  it("flags a second live posting with the same title in the same city, and only that", async () => {
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    await publishedPosting(user.id, reviewer, {
      title: "结构工程师（桥梁）",
      cities: [{ province: "浙江省", city: "杭州" }],
    });
    const flagsOf = async (id: string) =>
      (await db.select({ flags: postings.flags }).from(postings).where(eq(postings.id, id)))[0]!.flags.map(
        (f) => f.rule,
      );
    // Brackets and spaces do not make it another posting.
    const sameTitle = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "结构工程师 (桥梁)", cities: [{ province: "浙江省", city: "杭州" }] }),
        submit: true,
      },
    );
    expect(await flagsOf(sameTitle)).toContain("duplicate");
    const [flag] = (
      await db.select({ flags: postings.flags }).from(postings).where(eq(postings.id, sameTitle))
    )[0]!.flags.filter((f) => f.rule === "duplicate");
    expect(flag).toMatchObject({ severity: "warn", excerpt: "结构工程师（桥梁）" });

    const otherCity = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "结构工程师（桥梁）", cities: [{ province: "江苏省", city: "南京" }] }),
        submit: true,
      },
    );
    expect(await flagsOf(otherCity)).not.toContain("duplicate");
    const otherTitle = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "结构工程师（隧道）", cities: [{ province: "浙江省", city: "杭州" }] }),
        submit: true,
      },
    );
    expect(await flagsOf(otherTitle)).not.toContain("duplicate");
    // Another employer's posting of the same name is not a duplicate of this one.
    const stranger = await employerWithOrganisation({ staffUserId: reviewer });
    const elsewhere = await createPosting(
      db,
      { userId: stranger.user.id },
      {
        content: postingContent({ title: "结构工程师（桥梁）", cities: [{ province: "浙江省", city: "杭州" }] }),
        submit: true,
      },
    );
    expect(await flagsOf(elsewhere)).not.toContain("duplicate");
  });
});
