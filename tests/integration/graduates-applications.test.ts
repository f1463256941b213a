import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  applyToPosting,
  employerTransition,
  graduateTransition,
  listApplicants,
} from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { recommendPostings } from "../../app/graduates/matching.server";
import { setNonPersonalised } from "../../app/graduates/profile.server";
import * as applicantsRoute from "../../app/routes/employer.postings.$id_.applicants";
import * as applyRoute from "../../app/routes/jobs_.$id.apply";
import * as homeRoute from "../../app/routes/graduate._index";
import * as resumeRoute from "../../app/routes/graduates.$id.resume";
import { applicationEvents, applications, outbox, postings } from "../../db/schema";
import { enqueuePostingSync } from "../../app/search-sync.server";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let school: School;
let reviewer: string;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  reviewer = (await signedIn("staff")).user.id;
});

describe("applications", () => {
  it("applies once with a receipt, says so on a second try, and the graduate can withdraw", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const postingId = await publishedPosting(employer.user.id, reviewer, { title: "数据开发工程师" });
    const graduate = await linkedGraduate(school);
    const first = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: graduate.cookie,
      form: { note: "期待加入" },
    });
    expect(first.data).toMatchObject({
      ok: true,
      status: "applied",
      receipt: { employerName: employer.employer.name },
    });
    const receipt = (first.data as { receipt: { resumeSha256: string } }).receipt;
    expect(receipt.resumeSha256).toMatch(/^[0-9a-f]{64}$/);
    const second = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: graduate.cookie,
      form: { note: "再投一次" },
    });
    expect(second.data).toMatchObject({ ok: true, status: "already" });
    const db = await getDb();
    const rows = await db.select().from(applications).where(eq(applications.postingId, postingId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("期待加入");
    const state = await callRoute(applyRoute.loader, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: graduate.cookie,
    });
    expect(state.data).toMatchObject({ kind: "applied", application: { status: "submitted" } });

    await graduateTransition(db, { userId: graduate.user.id }, { applicationId: rows[0]!.id, to: "withdrawn" });
    const [after] = await db.select().from(applications).where(eq(applications.id, rows[0]!.id));
    expect(after?.status).toBe("withdrawn");
    await expect(
      graduateTransition(db, { userId: graduate.user.id }, { applicationId: rows[0]!.id, to: "withdrawn" }),
    ).rejects.toMatchObject({ status: 409, message: "machine.refused.state" });
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, rows[0]!.id));
    expect(events.map((e) => e.toStatus)).toEqual(["submitted", "withdrawn"]);
  });

  it("refuses to apply without a roster link or a résumé", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const postingId = await publishedPosting(employer.user.id, reviewer, { title: "测试工程师" });
    const unlinked = await signedIn("graduate");
    const r1 = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: unlinked.cookie,
      form: {},
    });
    expect(r1.status).toBe(403);
    expect(errorKeys(r1)).toEqual({ _form: ["apply.needLink"] });
    const noResume = await linkedGraduate(school, { resume: false });
    const r2 = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: noResume.cookie,
      form: {},
    });
    expect(errorKeys(r2)).toEqual({ _form: ["apply.needResume"] });
    const anonymous = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      form: {},
    });
    expect(anonymous.status).toBe(302);
    const employerTry = await callRoute(applyRoute.action, {
      path: `/jobs/${postingId}/apply`,
      params: { id: postingId },
      cookie: employer.cookie,
      form: {},
    });
    expect(employerTry.status).toBe(403);
  });

  it("shows the pipeline to its own employer only, hides contacts until shortlisting, and mails each change", async () => {
    const own = await employerWithOrganisation({ staffUserId: reviewer });
    const rival = await employerWithOrganisation({ staffUserId: reviewer, name: "苏州竞品科技有限公司" });
    const postingId = await publishedPosting(own.user.id, reviewer, { title: "前端开发工程师" });
    const a = await linkedGraduate(school);
    const b = await linkedGraduate(school);
    const db = await getDb();
    await applyToPosting(db, { userId: a.user.id }, { postingId, note: "" });
    await applyToPosting(db, { userId: b.user.id }, { postingId, note: "" });

    const denied = await callRoute(applicantsRoute.loader, {
      path: `/employer/postings/${postingId}/applicants`,
      params: { id: postingId },
      cookie: rival.cookie,
    });
    expect(denied.status).toBe(403);
    expect(
      (
        await callRoute(applicantsRoute.loader, {
          path: `/employer/postings/${postingId}/applicants`,
          params: { id: postingId },
          cookie: a.cookie,
        })
      ).status,
    ).toBe(403);
    await expect(listApplicants(db, { employerId: rival.employer.id, postingId })).rejects.toMatchObject({
      status: 403,
    });

    const page = await callRoute(applicantsRoute.loader, {
      path: `/employer/postings/${postingId}/applicants`,
      params: { id: postingId },
      cookie: own.cookie,
    });
    type Row = { id: string; graduateId: string; phone: string | null; email: string | null; status: string };
    const rows = (page.data as { applicants: Row[] }).applicants;
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.phone === null && r.email === null)).toBe(true);

    const rowA = rows.find((r) => r.graduateId === a.graduate.id)!;
    const rowB = rows.find((r) => r.graduateId === b.graduate.id)!;
    // Another employer cannot move these applications either.
    await expect(
      employerTransition(
        db,
        { userId: rival.user.id },
        {
          employerId: rival.employer.id,
          applicationIds: [rowA.id],
          to: "rejected",
        },
      ),
    ).rejects.toMatchObject({ status: 403 });

    const bulk = await callRoute(applicantsRoute.action, {
      path: `/employer/postings/${postingId}/applicants`,
      params: { id: postingId },
      cookie: own.cookie,
      form: { intent: "status", to: "shortlisted", applicationIds: rowA.id },
    });
    expect(bulk.data).toMatchObject({ ok: true, changed: 1, skipped: 0 });
    // Bulk change of both: A moves on to interviewing; B cannot jump from submitted to interviewing.
    const body = new URLSearchParams([
      ["intent", "status"],
      ["to", "interviewing"],
      ["applicationIds", rowA.id],
      ["applicationIds", rowB.id],
    ]);
    const request = new Request(`http://localhost/employer/postings/${postingId}/applicants`, {
      method: "POST",
      body,
      headers: { Cookie: own.cookie, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(await applicantsRoute.action({ request, params: { id: postingId }, context: {} })).toMatchObject({
      ok: true,
      changed: 1,
      skipped: 1,
    });

    const after = (await listApplicants(db, { employerId: own.employer.id, postingId })).applicants;
    expect(after.find((r) => r.id === rowA.id)).toMatchObject({
      status: "interviewing",
      phone: "13912345678",
      email: a.user.email,
    });
    expect(after.find((r) => r.id === rowB.id)).toMatchObject({ status: "submitted", phone: null, email: null });

    const mails = await db.select().from(outbox).where(eq(outbox.kind, "mail.send"));
    const toA = mails.filter((m) => m.idempotencyKey.startsWith(`application-status:${rowA.id}:`));
    expect(toA).toHaveLength(2);
    expect(toA.map((m) => String(m.payload.subject))).toEqual(
      expect.arrayContaining([expect.stringContaining("初筛通过"), expect.stringContaining("面试中")]),
    );
    expect(
      toA.every(
        (m) =>
          m.payload.to === a.user.email &&
          String(m.payload.text).length > 0 &&
          String(m.payload.html).startsWith("<!DOCTYPE html>"),
      ),
    ).toBe(true);
  });

  it("serves the résumé only to the graduate, staff of their scope and employers they applied to", async () => {
    const own = await employerWithOrganisation({ staffUserId: reviewer });
    const rival = await employerWithOrganisation({ staffUserId: reviewer, name: "无锡其他科技有限公司" });
    const postingId = await publishedPosting(own.user.id, reviewer, { title: "算法工程师" });
    const graduate = await linkedGraduate(school, { major: "软件工程" });
    const other = await linkedGraduate(school);
    const db = await getDb();
    await applyToPosting(db, { userId: graduate.user.id }, { postingId, note: "" });
    const cs = school.colleges.find((c) => c.code === "01")!;
    const elsewhere = school.colleges.find((c) => c.code !== "01")!;
    const schoolStaff = await signedIn("staff");
    const csStaff = await signedIn("staff", { collegeId: cs.id });
    const otherStaff = await signedIn("staff", { collegeId: elsewhere.id });
    const admin = await signedIn("admin");
    const path = `/graduates/${graduate.graduate.id}/resume`;
    const get = (cookie?: string) =>
      callRoute(resumeRoute.loader, { path, params: { id: graduate.graduate.id }, cookie });
    const ok = await get(graduate.cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Disposition")).toContain("attachment");
    expect(ok.headers.get("Content-Type")).toBe("application/pdf");
    expect(String(ok.data)).toContain("%PDF");
    for (const viewer of [schoolStaff, csStaff, admin, own]) expect((await get(viewer.cookie)).status).toBe(200);
    for (const viewer of [other, otherStaff, rival]) expect((await get(viewer.cookie)).status).toBe(403);
    expect((await get()).status).toBe(302);

    // After withdrawing, the employer loses access.
    const [app] = await db.select().from(applications).where(eq(applications.graduateId, graduate.graduate.id));
    await graduateTransition(db, { userId: graduate.user.id }, { applicationId: app!.id, to: "withdrawn" });
    expect((await get(own.cookie)).status).toBe(403);
  });

  it("refuses a résumé that is not a PDF by content", async () => {
    const { uploadResume } = await import("../../app/graduates/profile.server");
    const graduate = await linkedGraduate(school, { resume: false });
    const fake = new File([new TextEncoder().encode("<html>not a pdf</html>")], "cv.pdf", { type: "application/pdf" });
    await expect(
      uploadResume(await getDb(), { userId: graduate.user.id }, { graduateId: graduate.graduate.id, file: fake }),
    ).rejects.toMatchObject({ message: "upload.resume.badType" });
  });
});

describe("recommendations", () => {
  it("returns postings best first with reasons, and the non-personalised switch changes them", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const matching = await publishedPosting(employer.user.id, reviewer, {
      title: "Java后端开发工程师（推荐测试）",
      majors: ["软件工程"],
      cities: [{ province: "浙江省", city: "杭州" }],
      salaryMin: 12000,
      salaryMax: 18000,
      requirements: "熟悉Java与Spring Boot。",
    });
    const weak = await publishedPosting(employer.user.id, reviewer, {
      title: "软件实施顾问（推荐测试）",
      majors: ["计算机科学与技术"],
      cities: [{ province: "四川省", city: "成都" }],
      salaryMin: 6000,
      salaryMax: 8000,
      requirements: "良好的沟通能力，软件工程相关。",
      jobType: "full_time",
    });
    // Publication times a day apart (both publish within the same second otherwise).
    const db = await getDb();
    await db
      .update(postings)
      .set({ publishedAt: new Date(Date.now() - 86_400_000) })
      .where(eq(postings.id, matching));
    await enqueuePostingSync(db, [matching], "test");
    await drainOutbox();
    const graduate = await linkedGraduate(school, {
      major: "软件工程",
      profile: { skills: ["Java", "Spring"], preferredCities: ["杭州"], expectedPay: 12000, jobTypes: ["full_time"] },
    });
    const recs = await recommendPostings(graduate.graduate.id, { limit: 10 });
    const ids = recs.map((r) => r.postingId);
    expect(ids).toContain(matching);
    expect(ids.indexOf(matching)).toBe(0);
    const top = recs[0]!;
    expect(top.reasons).toEqual(
      expect.arrayContaining(["专业对口", "期望城市", "薪资达到期望", "技能匹配：Java、Spring", "学历符合", "新发布"]),
    );
    expect(recs.every((r, i) => i === 0 || recs[i - 1]!.score >= r.score)).toBe(true);

    await setNonPersonalised(db, { userId: graduate.user.id }, { graduateId: graduate.graduate.id, value: true });
    const plain = await recommendPostings(graduate.graduate.id, { limit: 10 });
    expect(plain.every((r) => r.reasons.length === 1 && r.reasons[0] === "按发布时间（未个性化）")).toBe(true);
    // Newest first: the weak posting was published after the matching one.
    expect(plain.map((r) => r.postingId).indexOf(weak)).toBeLessThan(plain.map((r) => r.postingId).indexOf(matching));

    const home = await callRoute(homeRoute.loader, { path: "/graduate", cookie: graduate.cookie });
    expect(home.data).toMatchObject({ nonPersonalised: true });
    const toggled = await callRoute(homeRoute.action, {
      path: "/graduate",
      cookie: graduate.cookie,
      form: { intent: "personalisation", nonPersonalised: "false" },
    });
    expect(toggled.status).toBe(302);
    const again = await callRoute(homeRoute.loader, { path: "/graduate", cookie: graduate.cookie });
    const cards = again.data as {
      nonPersonalised: boolean;
      recommendations: { postingId: string; reasons: string[] }[];
    };
    expect(cards.nonPersonalised).toBe(false);
    expect(cards.recommendations[0]).toMatchObject({
      postingId: matching,
      reasons: expect.arrayContaining(["专业对口"]),
    });
  });

  it("leaves out postings the graduate applied to", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const postingId = await publishedPosting(employer.user.id, reviewer, {
      title: "Go语言开发工程师",
      majors: ["软件工程"],
    });
    const graduate = await linkedGraduate(school, { profile: { skills: ["Go"] } });
    expect((await recommendPostings(graduate.graduate.id)).map((r) => r.postingId)).toContain(postingId);
    await applyToPosting(await getDb(), { userId: graduate.user.id }, { postingId, note: "" });
    expect((await recommendPostings(graduate.graduate.id)).map((r) => r.postingId)).not.toContain(postingId);
  });
});
