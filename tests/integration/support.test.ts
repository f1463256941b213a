import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createPosting } from "../../app/postings/postings.server";
import { listSupport, openSupportPlan, viewSupportPlan } from "../../app/support/support.server";
import * as listPage from "../../app/routes/staff.support._index";
import * as planPage from "../../app/routes/staff.support.$graduateId";
import { applications, auditLog, graduates, outbox, supportPlans, supportSubsidies, users } from "../../db/schema";
import type { School } from "../../seed/factories";
import { publishedPosting } from "../support/graduates";
import { callRoute, errorKeys } from "../support/remix";
import { linkGraduateAccount, rosterOf, signedIn, testSchool } from "../support/people";
import { employerWithOrganisation, postingContent } from "../support/vetting";

type Account = { user: { id: string; email: string }; cookie: string };
type Row = {
  id: string;
  planStatus: string;
  stalled: boolean;
  counsellorName: string | null;
  collegeZh: string;
  daysSinceProgress: number | null;
};
type ListData = { rows: Row[]; total: number; counts: Record<string, number> };
type Failure = { ok: false; values: Record<string, string> };

let school: School;
let roster: Awaited<ReturnType<typeof rosterOf>>;
let collegeOne: number;
let collegeTwo: number;
let collegeStaff: Account;
let otherCollegeStaff: Account;
let schoolStaff: Account;
let graduateAccount: Account;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let postingId: string;
let draftPostingId: string;
/** Graduates of college one with difficulties, handed out one per test. */
let withDifficulties: string[] = [];
let otherCollegeGraduate: string;
let used = 0;

const nextGraduate = () => withDifficulties[used++]!;
const plan = (graduateId: string) => `/staff/support/${graduateId}`;

async function post(account: Account, graduateId: string, form: Record<string, string>) {
  return callRoute(planPage.action, { path: plan(graduateId), params: { graduateId }, cookie: account.cookie, form });
}

async function view(account: Account | undefined, graduateId: string, query = "") {
  return callRoute(planPage.loader, {
    path: `${plan(graduateId)}${query}`,
    params: { graduateId },
    cookie: account?.cookie,
  });
}

async function list(account: Account | undefined, query = "") {
  return callRoute(listPage.loader, { path: `/staff/support${query}`, cookie: account?.cookie });
}

/** Moves every clock of a graduate's plan back by `days` (as if nothing happened since). */
async function ageMoments(graduateId: string, days: number) {
  const db = await getDb();
  await db
    .update(supportPlans)
    .set({
      lastActivityAt: sql`now() - make_interval(days => ${days})`,
      createdAt: sql`now() - make_interval(days => ${days})`,
    })
    .where(eq(supportPlans.graduateId, graduateId));
}

async function auditCount(action: string, subjectId?: string) {
  const db = await getDb();
  const rows = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      subjectId ? and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)) : eq(auditLog.action, action),
    );
  return rows.length;
}

beforeAll(async () => {
  school = await testSchool();
  collegeOne = school.colleges[0]!.id;
  collegeTwo = school.colleges[1]!.id;
  roster = await rosterOf(school, 80, 31);
  const db = await getDb();
  const inOne = roster.filter((g) => g.collegeId === collegeOne);
  withDifficulties = inOne.slice(0, 12).map((g) => g.id);
  otherCollegeGraduate = roster.find((g) => g.collegeId === collegeTwo)!.id;
  for (const id of [...withDifficulties, otherCollegeGraduate]) {
    await db
      .update(graduates)
      .set({ difficulties: ["家庭经济困难"] })
      .where(eq(graduates.id, id));
  }
  collegeStaff = await signedIn("staff", { collegeId: collegeOne, displayName: "计算机学院 李老师" });
  otherCollegeStaff = await signedIn("staff", { collegeId: collegeTwo });
  schoolStaff = await signedIn("staff", { collegeId: null });
  graduateAccount = await signedIn("graduate");
  employer = await employerWithOrganisation({ staffUserId: schoolStaff.user.id });
  postingId = await publishedPosting(employer.user.id, schoolStaff.user.id, { title: "帮扶测试岗位 数据分析助理" });
  draftPostingId = await createPosting(
    db,
    { userId: employer.user.id },
    { content: postingContent({ title: "尚未提交的岗位" }), submit: false },
  );
});

describe("who may see support plans", () => {
  it("graduates and employers get 403, anonymous visitors sign in first", async () => {
    const graduateId = withDifficulties[0]!;
    for (const account of [graduateAccount, employer]) {
      expect((await list(account)).status).toBe(403);
      expect((await view(account, graduateId)).status).toBe(403);
      expect((await post(account, graduateId, { intent: "open", counsellorId: collegeStaff.user.id })).status).toBe(
        403,
      );
    }
    const anonymous = await list(undefined);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
  });

  it("college staff see only their college, and another college's graduate is 403 in the page and the module", async () => {
    const result = await list(collegeStaff);
    expect(result.status).toBe(200);
    const data = result.data as ListData;
    expect(data.total).toBe(withDifficulties.length);
    expect(new Set(data.rows.map((r) => r.collegeZh))).toEqual(new Set([school.colleges[0]!.nameZh]));
    // A college filter cannot widen a college-scoped view.
    const sneaky = (await list(collegeStaff, `?college=${collegeTwo}`)).data as ListData;
    expect(sneaky.total).toBe(0);
    // School staff see both colleges' graduates with difficulties; graduates without difficulties are not listed.
    const everyone = (await list(schoolStaff)).data as ListData;
    expect(everyone.total).toBe(withDifficulties.length + 1);

    expect((await view(collegeStaff, otherCollegeGraduate)).status).toBe(403);
    expect(
      (await post(collegeStaff, otherCollegeGraduate, { intent: "open", counsellorId: collegeStaff.user.id })).status,
    ).toBe(403);
    const db = await getDb();
    await expect(
      viewSupportPlan(
        db,
        { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: collegeOne } },
        otherCollegeGraduate,
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      openSupportPlan(
        db,
        { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: collegeOne } },
        { graduateId: otherCollegeGraduate, counsellorId: collegeStaff.user.id },
      ),
    ).rejects.toMatchObject({ status: 403 });
    expect((await view(otherCollegeStaff, otherCollegeGraduate)).status).toBe(200);
    expect((await view(collegeStaff, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("writes every view of a plan and of the list to the audit log", async () => {
    const graduateId = withDifficulties[1]!;
    const before = await auditCount("support.view_plan", graduateId);
    await view(collegeStaff, graduateId);
    await view(schoolStaff, graduateId);
    expect(await auditCount("support.view_plan", graduateId)).toBe(before + 2);
    // A refused view reads nothing and so records nothing.
    await view(otherCollegeStaff, graduateId);
    expect(await auditCount("support.view_plan", graduateId)).toBe(before + 2);

    const lists = await auditCount("support.view_list");
    await list(collegeStaff, "?filter=all");
    expect(await auditCount("support.view_list")).toBe(lists + 1);
    const db = await getDb();
    const [last] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "support.view_list"))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(last?.actorUserId).toBe(collegeStaff.user.id);
    expect((last?.detail as { graduateIds: string[] }).graduateIds).toContain(graduateId);
  });
});

describe("a plan", () => {
  it("is opened with a counsellor of the graduate's scope; bad input names the field", async () => {
    const graduateId = nextGraduate();
    const missing = await post(collegeStaff, graduateId, { intent: "open", counsellorId: "" });
    expect(missing.status).toBe(400);
    expect(errorKeys(missing).counsellorId).toEqual(["support.counsellor.required"]);
    // Staff of another college cannot be this graduate's counsellor.
    const wrong = await post(collegeStaff, graduateId, { intent: "open", counsellorId: otherCollegeStaff.user.id });
    expect(wrong.status).toBe(400);
    expect(errorKeys(wrong).counsellorId).toEqual(["support.counsellor.invalid"]);

    const opened = await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });
    expect(opened.status).toBe(200);
    const again = await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });
    expect(again.status).toBe(409);
    const page = (await view(collegeStaff, graduateId)).data as {
      plan: { status: string; counsellorName: string };
      counsellors: { id: string }[];
    };
    expect(page.plan).toMatchObject({ status: "open", counsellorName: "计算机学院 李老师" });
    // School-wide staff may be counsellors too; the other college's staff may not.
    expect(page.counsellors.map((c) => c.id)).toEqual(
      expect.arrayContaining([collegeStaff.user.id, schoolStaff.user.id]),
    );
    expect(page.counsellors.map((c) => c.id)).not.toContain(otherCollegeStaff.user.id);
    expect(await auditCount("support.open", graduateId)).toBe(1);
  });

  it("keeps goals and a contact log; bad input gives field errors and keeps what was typed", async () => {
    const graduateId = nextGraduate();
    await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });
    const bad = await post(collegeStaff, graduateId, {
      intent: "contact",
      contactedOn: "2099-01-01",
      channel: "telegram",
      summary: "  ",
      nextStep: "下周一前改好简历",
    });
    expect(bad.status).toBe(400);
    const failure = bad.data as Failure;
    const errors = errorKeys(bad);
    expect(errors.contactedOn).toEqual(["support.date.future"]);
    expect(errors.channel).toEqual(["support.contact.channel.required"]);
    expect(errors.summary).toEqual(["support.contact.summary.required"]);
    expect(failure.values).toMatchObject({
      intent: "contact",
      nextStep: "下周一前改好简历",
      contactedOn: "2099-01-01",
    });

    const goalMissing = await post(collegeStaff, graduateId, { intent: "goal", goalText: " " });
    expect(errorKeys(goalMissing).goalText).toEqual(["support.goal.required"]);
    expect(
      (await post(collegeStaff, graduateId, { intent: "goal", goalText: "完成一份针对数据分析岗位的简历" })).status,
    ).toBe(200);
    expect(
      (
        await post(collegeStaff, graduateId, {
          intent: "contact",
          contactedOn: "2026-11-20",
          channel: "wechat",
          summary: "微信沟通求职意向：希望留在杭州，做数据分析。",
          nextStep: "推荐 3 个岗位",
        })
      ).status,
    ).toBe(200);

    const page = (await view(collegeStaff, graduateId)).data as {
      goals: { id: string; done: boolean }[];
      contacts: { channel: string; author: string; summary: string }[];
    };
    expect(page.contacts).toEqual([expect.objectContaining({ channel: "wechat", author: "计算机学院 李老师" })]);
    expect(page.goals).toHaveLength(1);
    const toggled = await post(collegeStaff, graduateId, {
      intent: "goal-toggle",
      goalId: page.goals[0]!.id,
      done: "true",
    });
    expect(toggled.status).toBe(200);
    const after = (await view(collegeStaff, graduateId)).data as { goals: { done: boolean }[] };
    expect(after.goals[0]?.done).toBe(true);
    // A goal entered by mistake is removed; another college's staff cannot, and the removal is audited with its text.
    await post(collegeStaff, graduateId, { intent: "goal", goalText: "写错的目标" });
    const withTypo = (await view(collegeStaff, graduateId)).data as { goals: { id: string; text: string }[] };
    const typo = withTypo.goals.find((g) => g.text === "写错的目标")!;
    expect((await post(otherCollegeStaff, graduateId, { intent: "goal-remove", goalId: typo.id })).status).toBe(403);
    expect((await post(collegeStaff, graduateId, { intent: "goal-remove", goalId: typo.id })).status).toBe(200);
    const cleaned = (await view(collegeStaff, graduateId)).data as { goals: { text: string }[] };
    expect(cleaned.goals.map((g) => g.text)).toEqual(["完成一份针对数据分析岗位的简历"]);
    const [removal] = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "support.goal_remove"), eq(auditLog.subjectId, graduateId)));
    expect(removal?.detail).toMatchObject({ text: "写错的目标" });
    expect((await post(collegeStaff, graduateId, { intent: "goal-remove", goalId: typo.id })).status).toBe(404);
    // Unknown intents are refused.
    expect((await post(collegeStaff, graduateId, { intent: "delete-everything" })).status).toBe(400);
  });

  it("is highlighted and listed first after 14 days without progress, and progress clears it", async () => {
    const stale = nextGraduate();
    const fresh = nextGraduate();
    const ownActivity = nextGraduate();
    for (const id of [stale, fresh, ownActivity])
      await post(collegeStaff, id, { intent: "open", counsellorId: collegeStaff.user.id });
    await ageMoments(stale, 20);
    await ageMoments(fresh, 13);
    await ageMoments(ownActivity, 30);
    // The graduate's own application counts as progress.
    const db = await getDb();
    await db.insert(applications).values({
      graduateId: ownActivity,
      postingId,
      employerId: employer.employer.id,
      resumeFile: "test/resume.pdf",
      resumeSha256: "0".repeat(64),
    });

    const data = (await list(collegeStaff)).data as ListData;
    const row = (id: string) => data.rows.find((r) => r.id === id)!;
    expect(row(stale)).toMatchObject({ stalled: true, planStatus: "open" });
    expect(row(stale).daysSinceProgress).toBe(20);
    expect(row(fresh).stalled).toBe(false);
    expect(row(ownActivity).stalled).toBe(false);
    expect(data.rows[0]?.stalled).toBe(true);
    expect(data.counts.stalled).toBeGreaterThanOrEqual(1);
    const onlyStalled = (await list(collegeStaff, "?filter=stalled")).data as ListData;
    expect(onlyStalled.rows.every((r) => r.stalled)).toBe(true);
    expect(onlyStalled.rows.map((r) => r.id)).toContain(stale);
    expect(((await view(collegeStaff, stale)).data as { stalled: boolean }).stalled).toBe(true);

    // A contact logged today is progress.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    await post(collegeStaff, stale, {
      intent: "contact",
      contactedOn: today,
      channel: "phone",
      summary: "电话回访，已投递两家单位。",
    });
    const later = (await list(collegeStaff, "?filter=stalled")).data as ListData;
    expect(later.rows.map((r) => r.id)).not.toContain(stale);

    // A contact that happened long ago is not fresh progress.
    await ageMoments(fresh, 30);
    await post(collegeStaff, fresh, {
      intent: "contact",
      contactedOn: "2026-01-05",
      channel: "in_person",
      summary: "补记：年初面谈。",
    });
    expect(((await view(collegeStaff, fresh)).data as { stalled: boolean }).stalled).toBe(true);

    // A closed plan never stalls.
    await post(collegeStaff, fresh, { intent: "close", closeReason: "已签约，毕业去向已落实" });
    expect(((await list(collegeStaff, "?filter=stalled")).data as ListData).rows.map((r) => r.id)).not.toContain(fresh);
    expect(((await list(collegeStaff, "?filter=closed")).data as ListData).rows.map((r) => r.id)).toContain(fresh);
  });

  it("refers only published postings and mails the graduate in their language", async () => {
    const graduateId = nextGraduate();
    const account = await signedIn("graduate");
    const db = await getDb();
    await linkGraduateAccount(db, graduateId, account.user.id);
    await db.update(users).set({ locale: "en" }).where(eq(users.id, account.user.id));
    await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });

    const found = (await view(collegeStaff, graduateId, `?postingQ=${encodeURIComponent("数据分析")}`)).data as {
      postingResults: { id: string }[];
    };
    expect(found.postingResults.map((p) => p.id)).toEqual([postingId]);
    const notListed = (await view(collegeStaff, graduateId, `?postingQ=${encodeURIComponent("尚未提交")}`)).data as {
      postingResults: unknown[];
    };
    expect(notListed.postingResults).toEqual([]);

    const draft = await post(collegeStaff, graduateId, {
      intent: "refer",
      postingId: draftPostingId,
      referralNote: "",
    });
    expect(draft.status).toBe(400);
    expect(errorKeys(draft).postingId).toEqual(["support.referral.posting.notPublished"]);
    const garbage = await post(collegeStaff, graduateId, {
      intent: "refer",
      postingId: "not-an-id",
      referralNote: "试试看",
    });
    expect(garbage.status).toBe(400);
    expect(errorKeys(garbage).postingId).toEqual(["support.referral.posting.invalid"]);
    expect((garbage.data as Failure).values.referralNote).toBe("试试看");

    const referred = await post(collegeStaff, graduateId, {
      intent: "refer",
      postingId,
      referralNote: "This team trains new graduates well.",
    });
    expect(referred.status).toBe(200);
    expect((referred.data as { done: { key: string } }).done).toEqual({ key: "support.done.referred" });
    const mails = await db
      .select()
      .from(outbox)
      .where(
        sql`${outbox.idempotencyKey} like 'support-referral:%' and ${outbox.payload}->>'to' = ${account.user.email}`,
      );
    expect(mails).toHaveLength(1);
    expect(String(mails[0]!.payload.subject)).toBe("Recommended for you: 帮扶测试岗位 数据分析助理");
    expect(String(mails[0]!.payload.text)).toContain(`/jobs/${postingId}`);
    expect(String(mails[0]!.payload.text)).toContain("This team trains new graduates well.");
    // Nothing about the graduate's difficulties goes into the mail.
    expect(String(mails[0]!.payload.text)).not.toContain("困难");

    const twice = await post(collegeStaff, graduateId, { intent: "refer", postingId, referralNote: "" });
    expect(twice.status).toBe(409);
    expect(errorKeys(twice).postingId).toEqual(["support.referral.duplicate"]);

    // The outcome is read from the graduate's applications.
    await db.insert(applications).values({
      graduateId,
      postingId,
      employerId: employer.employer.id,
      resumeFile: "test/resume.pdf",
      resumeSha256: "0".repeat(64),
    });
    const page = (await view(collegeStaff, graduateId)).data as {
      referrals: { postingId: string; applicationStatus: string | null }[];
    };
    expect(page.referrals).toEqual([expect.objectContaining({ postingId, applicationStatus: "submitted" })]);
  });

  it("records subsidies with their status; bad input names the field", async () => {
    const graduateId = nextGraduate();
    await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });
    const bad = await post(collegeStaff, graduateId, {
      intent: "subsidy",
      subsidyKind: "",
      amountYuan: "很多",
      subsidyStatus: "applied",
      appliedOn: "2026-10-08",
      decidedOn: "",
      subsidyNote: "材料已交学院",
    });
    expect(bad.status).toBe(400);
    expect(errorKeys(bad)).toMatchObject({
      subsidyKind: ["support.subsidy.kind.required"],
      amountYuan: ["support.subsidy.amount.invalid"],
    });
    expect((bad.data as Failure).values.subsidyNote).toBe("材料已交学院");

    const ok = await post(collegeStaff, graduateId, {
      intent: "subsidy",
      subsidyKind: "job_startup",
      amountYuan: "1500",
      subsidyStatus: "applied",
      appliedOn: "2026-10-08",
      decidedOn: "",
      subsidyNote: "",
    });
    expect(ok.status).toBe(200);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(supportSubsidies)
      .innerJoin(supportPlans, eq(supportPlans.id, supportSubsidies.planId))
      .where(eq(supportPlans.graduateId, graduateId));
    expect(row?.support_subsidies).toMatchObject({
      kind: "job_startup",
      amountYuan: 1500,
      status: "applied",
      decidedOn: null,
    });
    const subsidyId = row!.support_subsidies.id;
    expect(
      (await post(collegeStaff, graduateId, { intent: "subsidy-status", subsidyId, subsidyStatus: "granted" })).status,
    ).toBe(200);
    // A decision is not flipped directly.
    expect(
      (await post(collegeStaff, graduateId, { intent: "subsidy-status", subsidyId, subsidyStatus: "refused" })).status,
    ).toBe(409);
    // Nor is a paid-out grant marked "applied" again (issue 15, defect g).
    expect(
      (await post(collegeStaff, graduateId, { intent: "subsidy-status", subsidyId, subsidyStatus: "applied" })).status,
    ).toBe(409);
    const [granted] = await db.select().from(supportSubsidies).where(eq(supportSubsidies.id, subsidyId));
    expect(granted?.status).toBe("granted");
    expect(granted?.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await auditCount("support.subsidy_status", graduateId)).toBe(1);
  });

  it("refuses changes to a closed plan until it is reopened", async () => {
    const graduateId = nextGraduate();
    await post(collegeStaff, graduateId, { intent: "open", counsellorId: collegeStaff.user.id });
    const noReason = await post(collegeStaff, graduateId, { intent: "close", closeReason: "" });
    expect(errorKeys(noReason).closeReason).toEqual(["support.close.reason.required"]);
    expect(
      (await post(collegeStaff, graduateId, { intent: "close", closeReason: "升学：已被录取为研究生" })).status,
    ).toBe(200);
    const refused = await post(collegeStaff, graduateId, { intent: "goal", goalText: "新的目标" });
    expect(refused.status).toBe(409);
    expect(errorKeys(refused)._form).toEqual(["support.plan.closed"]);
    expect((await post(collegeStaff, graduateId, { intent: "reopen" })).status).toBe(200);
    expect((await post(collegeStaff, graduateId, { intent: "goal", goalText: "新的目标" })).status).toBe(200);
    // Changes before a plan exists are refused too.
    const none = await post(collegeStaff, nextGraduate(), { intent: "goal", goalText: "x" });
    expect(none.status).toBe(409);
  });

  it("lists a counsellor's own plans under 'mine'", async () => {
    const db = await getDb();
    const data = await listSupport(
      db,
      { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: collegeOne } },
      { filter: "mine", sort: "name", page: 1, pageSize: 50 },
    );
    expect(data.rows.length).toBeGreaterThan(0);
    expect(data.rows.every((r) => r.counsellorName === "计算机学院 李老师")).toBe(true);
    const theirs = await listSupport(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { filter: "mine", sort: "name", page: 1, pageSize: 50 },
    );
    expect(theirs.total).toBe(0);
  });
});
