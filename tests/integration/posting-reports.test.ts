import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { riskOfEmployer } from "../../app/employers/risk.server";
import { createPosting } from "../../app/postings/postings.server";
import {
  dismissReports,
  fileReport,
  openReportsFor,
  REPORT_RATE_LIMIT,
  takeDownPosting,
} from "../../app/postings/reports.server";
import * as reportPage from "../../app/routes/jobs_.$id.report";
import * as vettingQueue from "../../app/routes/staff.vetting._index";
import * as screenshotRoute from "../../app/routes/staff.vetting.reports.$reportId.screenshot";
import { decidePosting } from "../../app/postings/vetting.server";
import { auditLog, notifications, outbox, postingReports, postings } from "../../db/schema";
import { drainOutbox } from "../support/outbox";
import * as vettingItem from "../../app/routes/staff.vetting.$id";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent, searchIndex } from "../support/vetting";

let reviewer: string;

beforeAll(async () => {
  await ensureIndex();
  reviewer = (await signedIn("staff", { collegeId: null })).user.id;
});

async function publishedPosting(title: string) {
  const { user, employer } = await employerWithOrganisation({
    name: "广州速达信息咨询有限公司",
    staffUserId: reviewer,
  });
  const db = await getDb();
  const id = await createPosting(db, { userId: user.id }, { content: postingContent({ title }), submit: true });
  await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
  await drainOutbox();
  return { id, employer, employerUser: user };
}

describe("scam and discrimination reports", () => {
  it("a report → take down now → gone from search → employer and signed-in reporter told; reports raise risk", async () => {
    const db = await getDb();
    const { id, employer } = await publishedPosting("跨境电商客服专员");
    expect((await searchIndex("跨境电商客服专员")).map((d) => d.id)).toContain(id);

    const graduate = await signedIn("graduate");
    await fileReport(db, {
      postingId: id,
      reason: "fee",
      details: "电话面试时要求先交800元培训费。",
      reporterUserId: graduate.user.id,
      ip: "203.0.113.7",
    });
    await fileReport(db, { postingId: id, reason: "scam", details: "", reporterUserId: null, ip: "198.51.100.4" });
    const open = await openReportsFor(db, id);
    expect(open.map((r) => r.reason)).toEqual(["fee", "scam"]);
    expect(open[0]?.details).toContain("800元培训费");

    const riskBefore = await riskOfEmployer(db, employer.id);
    expect(riskBefore?.signals.find((s) => s.id === "reports.received")?.evidence.zh).toContain("2次");

    await expect(
      takeDownPosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, reason: "" }),
    ).rejects.toMatchObject({
      status: 400,
    });
    const done = await takeDownPosting(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      {
        postingId: id,
        reason: "经核实，该单位以培训为名向求职者收费。",
      },
    );
    expect(done.reports).toBe(2);
    const [closed] = await db.select().from(postings).where(eq(postings.id, id));
    expect(closed?.status).toBe("closed");
    expect((await openReportsFor(db, id)).length).toBe(0);

    // The mails are written in the same transaction as the takedown; the reporter is told the outcome.
    const mails = (await db.select().from(outbox).where(eq(outbox.kind, "mail.send"))).map(
      (row) => row.payload as { to: string; subject: string },
    );
    const toReporter = mails.find((m) => m.to === graduate.user.email);
    expect(toReporter?.subject).toContain("跨境电商客服专员");
    expect(mails.some((m) => m.subject.includes("岗位已被下架"))).toBe(true);

    await drainOutbox();
    expect((await searchIndex("跨境电商客服专员")).map((d) => d.id)).not.toContain(id);

    // A closed posting cannot be reported or taken down again.
    await expect(
      fileReport(db, { postingId: id, reason: "scam", reporterUserId: null, ip: "198.51.100.5" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("reports are rate-limited per IP and need a known reason", async () => {
    const db = await getDb();
    const { id } = await publishedPosting("直播运营助理");
    await expect(
      fileReport(db, { postingId: id, reason: "hair_colour", reporterUserId: null, ip: "192.0.2.9" }),
    ).rejects.toMatchObject({ status: 400 });
    for (let i = 0; i < REPORT_RATE_LIMIT.limit; i++) {
      await fileReport(db, { postingId: id, reason: "other", reporterUserId: null, ip: "192.0.2.9" });
    }
    await expect(
      fileReport(db, { postingId: id, reason: "other", reporterUserId: null, ip: "192.0.2.9" }),
    ).rejects.toMatchObject({ status: 429 });
    const stored = await db.select().from(postingReports).where(eq(postingReports.postingId, id));
    expect(stored.length).toBe(REPORT_RATE_LIMIT.limit);
  });

  it("staff see open reports beside the posting and take it down from the review page; college staff cannot", async () => {
    const db = await getDb();
    const { id } = await publishedPosting("外贸业务员");
    await fileReport(db, {
      postingId: id,
      reason: "discrimination",
      details: "电话里说只要男生。",
      reporterUserId: null,
      ip: "203.0.113.20",
    });
    const school = await signedIn("staff", { collegeId: null });
    const page = await callRoute(vettingItem.loader, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: school.cookie,
    });
    const reports = (page.data as { reports: Array<{ reason: string; details: string }> }).reports;
    expect(reports).toEqual([expect.objectContaining({ reason: "discrimination", details: "电话里说只要男生。" })]);

    const college = await signedIn("staff", { collegeId: (await testSchool()).colleges[0]!.id });
    const denied = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: college.cookie,
      form: { intent: "take_down", reason: "核实存在性别歧视。" },
    });
    expect(denied.status).toBe(403);
    const noReason = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: school.cookie,
      form: { intent: "take_down", reason: "" },
    });
    expect(noReason.status).toBe(400);
    const taken = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: school.cookie,
      form: { intent: "take_down", reason: "核实存在性别歧视。" },
    });
    expect(taken.status).toBe(302);
    const [closed] = await db.select().from(postings).where(eq(postings.id, id));
    expect(closed?.status).toBe("closed");
  });

  it("anyone reports from the posting's page: field errors keep what was typed; a screenshot is checked by content and shown to staff only", async () => {
    const db = await getDb();
    const { id } = await publishedPosting("新媒体运营实习生");
    const path = `/jobs/${id}/report`;
    const page = await callRoute(reportPage.loader, { path, params: { id } });
    expect(page.status).toBe(200);
    expect((page.data as { signedIn: boolean }).signedIn).toBe(false);

    // Nothing chosen and too little written: each field says what is wrong, and the text comes back.
    const empty = await callRoute(reportPage.action, {
      path,
      params: { id },
      ip: "203.0.113.40",
      form: { _formId: "report", reason: "", details: "太坑了" },
    });
    expect(empty.status).toBe(400);
    expect(errorKeys(empty)).toEqual({ reason: ["report.reason.unknown"], details: ["report.details.tooShort"] });
    expect((empty.data as { values: Record<string, string> }).values.details).toBe("太坑了");

    // A "screenshot" that is really a PDF is refused by its bytes, whatever its name says; nothing is stored.
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%fake")], "截图.png", { type: "image/png" });
    const wrongType = await callRoute(reportPage.action, {
      path,
      params: { id },
      ip: "203.0.113.40",
      form: { _formId: "report", reason: "fee", details: "面试时要求先交680元入职押金。", screenshot: pdf },
    });
    expect(wrongType.status).toBe(400);
    expect(errorKeys(wrongType)).toEqual({ screenshot: ["upload.badType"] });
    expect((wrongType.data as { values: Record<string, string> }).values.details).toBe("面试时要求先交680元入职押金。");
    expect((await openReportsFor(db, id)).length).toBe(0);

    // A real PNG is accepted; the visitor lands on the thank-you page.
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
      "wechat.png",
      { type: "image/png" },
    );
    const sent = await callRoute(reportPage.action, {
      path,
      params: { id },
      ip: "203.0.113.40",
      form: { _formId: "report", reason: "fee", details: "面试时要求先交680元入职押金。", screenshot: png },
    });
    expect(sent.status).toBe(302);
    expect(sent.location).toBe(`/jobs/${id}/report?sent=1`);
    const [report] = await openReportsFor(db, id);
    expect(report).toMatchObject({ reason: "fee", hasScreenshot: true, signedIn: false });

    // The screenshot: staff download it (audited), a graduate is refused, an unsigned visitor sent to sign in.
    const shotPath = `/staff/vetting/reports/${report!.id}/screenshot`;
    const staff = await signedIn("staff", { collegeId: null });
    const shot = await callRoute(screenshotRoute.loader, {
      path: shotPath,
      params: { reportId: report!.id },
      cookie: staff.cookie,
    });
    expect(shot.status).toBe(200);
    expect(shot.headers.get("Content-Type")).toBe("image/png");
    expect(shot.headers.get("Content-Disposition")).toContain("attachment");
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "posting.report.screenshot_view"), eq(auditLog.subjectId, report!.id)));
    expect(audits.length).toBe(1);
    const graduate = await signedIn("graduate");
    const refused = await callRoute(screenshotRoute.loader, {
      path: shotPath,
      params: { reportId: report!.id },
      cookie: graduate.cookie,
    });
    expect(refused.status).toBe(403);
    const anonymous = await callRoute(screenshotRoute.loader, { path: shotPath, params: { reportId: report!.id } });
    expect(anonymous.status).toBe(302);
  });

  it("reported live postings sit beside the pending ones in the queue with their report count", async () => {
    const db = await getDb();
    const { id } = await publishedPosting("电话销售代表");
    for (const ip of ["198.51.100.61", "198.51.100.62", "198.51.100.63"]) {
      await fileReport(db, {
        postingId: id,
        reason: "scam",
        details: "要求下载陌生App刷单。",
        reporterUserId: null,
        ip,
      });
    }
    const staff = await signedIn("staff", { collegeId: null });
    type Queue = { reported: Array<{ postingId: string; reports: number }>; items: unknown[] };
    const all = await callRoute(vettingQueue.loader, { path: "/staff/vetting", cookie: staff.cookie });
    expect((all.data as Queue).reported).toContainEqual(expect.objectContaining({ postingId: id, reports: 3 }));
    const onlyPending = await callRoute(vettingQueue.loader, {
      path: "/staff/vetting?show=pending",
      cookie: staff.cookie,
    });
    expect((onlyPending.data as Queue).reported).toEqual([]);
    const onlyReported = await callRoute(vettingQueue.loader, {
      path: "/staff/vetting?show=reported",
      cookie: staff.cookie,
    });
    expect((onlyReported.data as Queue).items).toEqual([]);
    expect((onlyReported.data as Queue).reported.map((r) => r.postingId)).toContain(id);
  });

  it("dismiss keeps the posting, tells the signed-in reporter why, is audited, and dismissed reports stop counting as risk", async () => {
    const db = await getDb();
    const { id, employer } = await publishedPosting("门店储备干部");
    const reporter = await signedIn("graduate");
    await fileReport(db, {
      postingId: id,
      reason: "discrimination",
      details: "觉得要求太高了，不太合理。",
      reporterUserId: reporter.user.id,
      ip: "203.0.113.77",
    });
    await fileReport(db, { postingId: id, reason: "other", details: "", reporterUserId: null, ip: "203.0.113.78" });
    const riskOpen = await riskOfEmployer(db, employer.id);
    expect(riskOpen?.signals.find((s) => s.id === "reports.received")?.evidence.zh).toContain("2次");

    const staff = await signedIn("staff", { collegeId: null });
    const noReason = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: staff.cookie,
      form: { intent: "dismiss_reports", dismissReason: "" },
    });
    expect(noReason.status).toBe(400);
    expect(errorKeys(noReason)).toEqual({ dismissReason: ["report.dismiss.reasonRequired"] });
    const college = await signedIn("staff", { collegeId: (await testSchool()).colleges[0]!.id });
    const denied = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: college.cookie,
      form: { intent: "dismiss_reports", dismissReason: "岗位要求与职位相符，未见歧视。" },
    });
    expect(denied.status).toBe(403);
    const dismissed = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: staff.cookie,
      form: { intent: "dismiss_reports", dismissReason: "岗位要求与职位相符，未见歧视。" },
    });
    expect(dismissed.status).toBe(302);
    expect(dismissed.location).toBe(`/staff/vetting/${id}?dismissed=1`);

    const [still] = await db.select().from(postings).where(eq(postings.id, id));
    expect(still?.status).toBe("published");
    expect(await openReportsFor(db, id)).toEqual([]);
    const notices = await db.select().from(notifications).where(eq(notifications.userId, reporter.user.id));
    expect(notices).toEqual([
      expect.objectContaining({
        category: "vetting",
        message: { key: "report.dismissed.notice", params: { title: "门店储备干部" } },
        body: "岗位要求与职位相符，未见歧视。",
      }),
    ]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "posting.reports.dismiss"), eq(auditLog.subjectId, id)));
    expect(audits.length).toBe(1);
    // Nothing left to dismiss.
    await expect(
      dismissReports(db, { userId: staff.user.id, scope: { kind: "school" } }, { postingId: id, reason: "再次驳回。" }),
    ).rejects.toMatchObject({ status: 409 });

    // Risk counts open and upheld reports only: dismissed ones no longer raise it.
    const riskAfter = await riskOfEmployer(db, employer.id);
    expect(riskAfter?.signals.find((s) => s.id === "reports.received")).toBeUndefined();
    await fileReport(db, { postingId: id, reason: "fee", details: "", reporterUserId: null, ip: "203.0.113.79" });
    await takeDownPosting(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      { postingId: id, reason: "经核实存在收费行为。" },
    );
    const riskUpheld = await riskOfEmployer(db, employer.id);
    expect(riskUpheld?.signals.find((s) => s.id === "reports.received")?.evidence.zh).toContain("1次");
  });
});
