import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { riskOfEmployer } from "../../app/employers/risk.server";
import { createPosting } from "../../app/postings/postings.server";
import { fileReport, openReportsFor, REPORT_RATE_LIMIT, takeDownPosting } from "../../app/postings/reports.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { outbox, postingReports, postings } from "../../db/schema";
import { drainOutbox } from "../support/outbox";
import * as vettingItem from "../../app/routes/staff.vetting.$id";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
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
  const id = await createPosting(db, { userId: user.id, content: postingContent({ title }), submit: true });
  await decidePosting(db, { postingId: id, decision: "approve", reviewerId: reviewer });
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

    await expect(takeDownPosting(db, { postingId: id, staffUserId: reviewer, reason: "" })).rejects.toMatchObject({
      status: 400,
    });
    const done = await takeDownPosting(db, {
      postingId: id,
      staffUserId: reviewer,
      reason: "经核实，该单位以培训为名向求职者收费。",
    });
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
});
