import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { processOutboxBatch } from "../../app/outbox/worker.server";
import { outboxHandlers, resetServices } from "../../app/services.server";
import {
  confirmDestination,
  destinationForGraduate,
  disputeDestination,
  listDestinationsForStaff,
  recordDestinationOnBehalf,
  reportDestination,
  verifyDestination,
} from "../../app/destinations/destinations.server";
import { dashboardFigures, employmentDashboard } from "../../app/reports/dashboard.server";
import * as graduatePage from "../../app/routes/graduate.destination";
import * as ownEvidence from "../../app/routes/graduate.destination.evidence.$id";
import * as staffPage from "../../app/routes/staff.destinations._index";
import * as evidenceFile from "../../app/routes/staff.destinations.evidence.$id";
import { auditLog, destinationEvidence, destinationHistory, destinations } from "../../db/schema";
import type { School } from "../../seed/factories";
import { callRoute, errorKeys } from "../support/remix";
import { linkGraduateAccount, rosterOf, signedIn, testSchool } from "../support/people";
import { startSmtpReceiver } from "../support/smtp";
import { pdfFile, testCreditCode } from "../support/vetting";

let school: School;
let graduates: Awaited<ReturnType<typeof rosterOf>>;
let collegeOne: number;
let collegeTwo: number;
let staffOne: { user: { id: string }; cookie: string };
let staffTwo: { user: { id: string }; cookie: string };
let schoolStaff: { user: { id: string }; cookie: string };

const employed = () => ({
  code: "11",
  employerName: "杭州云帆科技有限公司",
  employerCreditCode: testCreditCode(),
  workProvince: "浙江省",
  workCity: "杭州",
  startDate: "2026-07-01",
});

/** College one's dashboard for a cohort, read without an audit entry. */
async function collegeOneFigures(cohort: number) {
  return (await dashboardFigures(await getDb(), { cohort, collegeId: collegeOne })).dashboard;
}

/** A graduate of college one (index i among them) with a signed-in account. */
async function graduateWithAccount(i: number) {
  const graduate = graduates.filter((g) => g.collegeId === collegeOne)[i]!;
  const account = await signedIn("graduate");
  await linkGraduateAccount(await getDb(), graduate.id, account.user.id);
  return { graduate, ...account };
}

beforeAll(async () => {
  school = await testSchool();
  collegeOne = school.colleges[0]!.id;
  collegeTwo = school.colleges[1]!.id;
  graduates = await rosterOf(school, 300, 21);
  staffOne = await signedIn("staff", { collegeId: collegeOne });
  staffTwo = await signedIn("staff", { collegeId: collegeTwo });
  schoolStaff = await signedIn("staff", { collegeId: null });
});

describe("graduate reports a destination", () => {
  it("names the missing fields the chosen code needs and keeps what was typed", async () => {
    const { cookie } = await graduateWithAccount(0);
    const result = await callRoute(graduatePage.action, {
      path: "/graduate/destination",
      cookie,
      form: { intent: "report", code: "11", employerName: "杭州云帆科技有限公司", employerCreditCode: "123" },
    });
    expect(result.status).toBe(400);
    const data = result.data as { values: Record<string, string> };
    const errors = errorKeys(result);
    expect(errors.employerCreditCode).toEqual(["destination.field.creditCode"]);
    expect(errors.workProvince).toEqual(["destination.field.required"]);
    expect(errors.startDate).toEqual(["destination.field.required"]);
    expect(errors.employerName).toBeUndefined();
    expect(data.values.employerName).toBe("杭州云帆科技有限公司");
  });

  it("rejects a code that is not in the code list", async () => {
    const { cookie } = await graduateWithAccount(1);
    const result = await callRoute(graduatePage.action, {
      path: "/graduate/destination",
      cookie,
      form: { intent: "report", code: "99" },
    });
    expect(result.status).toBe(400);
    expect(errorKeys(result).code).toEqual(["destination.code.unknown"]);
  });

  it("a graduate's own report stands confirmed, staff of their college verify it, and every step is in the history", async () => {
    const { graduate, cookie } = await graduateWithAccount(2);
    const reported = await callRoute(graduatePage.action, {
      path: "/graduate/destination",
      cookie,
      form: { intent: "report", ...employed() },
    });
    expect(reported.status).toBe(200);
    const db = await getDb();
    const [row] = await db.select().from(destinations).where(eq(destinations.graduateId, graduate.id));
    expect(row?.status).toBe("confirmed");
    expect(row?.source).toBe("graduate");

    // Staff of another college: 403, and nothing changes.
    const denied = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffTwo.cookie,
      form: { intent: "verify", graduateId: graduate.id },
    });
    expect(denied.status).toBe(403);
    // Graduates and employers cannot reach the staff page at all; anonymous visitors sign in first.
    expect(
      (
        await callRoute(staffPage.action, {
          path: "/staff/destinations",
          cookie,
          form: { intent: "verify", graduateId: graduate.id },
        })
      ).status,
    ).toBe(403);
    const anonymous = await callRoute(staffPage.loader, { path: "/staff/destinations" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);

    const verified = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffOne.cookie,
      form: { intent: "verify", graduateId: graduate.id },
    });
    expect(verified.status).toBe(200);
    const [after] = await db.select().from(destinations).where(eq(destinations.graduateId, graduate.id));
    expect(after?.status).toBe("verified");
    expect(after?.verifiedBy).toBe(staffOne.user.id);

    const page = await callRoute(graduatePage.loader, { path: "/graduate/destination", cookie });
    const history = (page.data as { history: { action: string; toStatus: string }[] }).history;
    expect(history.map((h) => h.action)).toEqual(["verify", "report"]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "destination.verify"), eq(auditLog.subjectId, graduate.id)));
    expect(audits).toHaveLength(1);
  });

  it("stores evidence uploaded with the report, downloadable by staff of the scope only", async () => {
    const { graduate, user, cookie } = await graduateWithAccount(3);
    const db = await getDb();
    await reportDestination(
      db,
      { userId: user.id },
      {
        graduateId: graduate.id,
        ...employedInput(),
        evidence: pdfFile("劳动合同.pdf"),
      },
    );
    const evidence = await db.select().from(destinationEvidence).where(eq(destinationEvidence.graduateId, graduate.id));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.mime).toBe("application/pdf");
    const id = evidence[0]!.id;

    // Staff of the graduate's college download it (audited); another college's staff get 403.
    const list = await callRoute(staffPage.loader, {
      path: `/staff/destinations?filter=unverified&q=${graduate.studentNo}`,
      cookie: staffOne.cookie,
    });
    expect((list.data as { rows: { evidenceIds: string[] }[] }).rows[0]?.evidenceIds).toEqual([id]);
    const download = await callRoute(evidenceFile.loader, {
      path: `/staff/destinations/evidence/${id}`,
      cookie: staffOne.cookie,
      params: { id },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(String(download.data)).toMatch(/^%PDF-/);
    const other = await callRoute(evidenceFile.loader, {
      path: `/staff/destinations/evidence/${id}`,
      cookie: staffTwo.cookie,
      params: { id },
    });
    expect(other.status).toBe(403);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "destination.evidence_download"), eq(auditLog.subjectId, graduate.id)));
    expect(audit).toHaveLength(1);

    // The graduate downloads their own file; another graduate gets 404 (the id is not even confirmed).
    const own = await callRoute(ownEvidence.loader, {
      path: `/graduate/destination/evidence/${id}`,
      cookie,
      params: { id },
    });
    expect(own.status).toBe(200);
    expect(String(own.data)).toMatch(/^%PDF-/);
    const stranger = await graduateWithAccount(15);
    expect(
      (
        await callRoute(ownEvidence.loader, {
          path: `/graduate/destination/evidence/${id}`,
          cookie: stranger.cookie,
          params: { id },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callRoute(ownEvidence.loader, {
          path: `/graduate/destination/evidence/${id}`,
          cookie: staffOne.cookie,
          params: { id },
        })
      ).status,
    ).toBe(403);
  });
});

function employedInput() {
  const { code, ...fields } = employed();
  return { code, fields };
}

describe("recorded on a graduate's behalf", () => {
  it("waits for the graduate's confirmation before it can be verified or counted", async () => {
    const { graduate, user } = await graduateWithAccount(4);
    const db = await getDb();
    const cohort = graduate.cohort;
    const before = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort, collegeId: collegeOne },
    );

    const recorded = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffOne.cookie,
      form: { intent: "record", studentNo: graduate.studentNo, ...employed() },
    });
    expect(recorded.status).toBe(200);
    const [row] = await db.select().from(destinations).where(eq(destinations.graduateId, graduate.id));
    expect(row?.status).toBe("reported");
    expect(row?.source).toBe("staff");

    // Staff cannot verify what the graduate has not confirmed.
    await expect(
      verifyDestination(
        db,
        { userId: staffOne.user.id, scope: { kind: "college", collegeId: collegeOne } },
        {
          graduateId: graduate.id,
        },
      ),
    ).rejects.toMatchObject({
      message: "destination.verify.needsConfirmation",
    });
    const waiting = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort, collegeId: collegeOne },
    );
    expect(waiting.dashboard.overall.placed).toBe(before.dashboard.overall.placed);
    expect(waiting.dashboard.unconfirmedPlaced).toBe(before.dashboard.unconfirmedPlaced + 1);

    await confirmDestination(db, { userId: user.id }, { graduateId: graduate.id });
    await verifyDestination(
      db,
      { userId: staffOne.user.id, scope: { kind: "college", collegeId: collegeOne } },
      {
        graduateId: graduate.id,
      },
    );
    const counted = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort, collegeId: collegeOne },
    );
    expect(counted.dashboard.overall.placed).toBe(before.dashboard.overall.placed + 1);
    expect(counted.dashboard.unconfirmedPlaced).toBe(before.dashboard.unconfirmedPlaced);

    const history = await db.select().from(destinationHistory).where(eq(destinationHistory.graduateId, graduate.id));
    expect(history.map((h) => h.action).sort()).toEqual(["confirm", "record", "verify"]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "destination.record"), eq(auditLog.subjectId, graduate.id)));
    expect(audit).toHaveLength(1);
  });

  it("staff of another college cannot record for a graduate outside their scope", async () => {
    const graduate = graduates.filter((g) => g.collegeId === collegeOne)[5]!;
    const result = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffTwo.cookie,
      form: { intent: "record", studentNo: graduate.studentNo, ...employed() },
    });
    expect(result.status).toBe(400);
    expect(errorKeys(result).studentNo).toEqual(["destination.staff.unknownStudent"]);
    const db = await getDb();
    await expect(
      recordDestinationOnBehalf(
        db,
        { userId: staffTwo.user.id, scope: { kind: "college", collegeId: collegeTwo } },
        {
          graduateId: graduate.id,
          source: "staff",
          ...employedInput(),
        },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("a graduate can say it is not true: it stops counting and staff see the dispute", async () => {
    const { graduate, cookie } = await graduateWithAccount(6);
    const db = await getDb();
    const figures = () => collegeOneFigures(graduate.cohort);
    const before = await figures();
    await recordDestinationOnBehalf(
      db,
      { system: true },
      {
        graduateId: graduate.id,
        source: "import",
        code: "12",
        fields: { ...employedInput().fields, monthlyPay: "5200" },
      },
    );
    const page = await callRoute(graduatePage.loader, { path: "/graduate/destination", cookie });
    expect((page.data as { current: { status: string; source: string } }).current).toMatchObject({
      status: "reported",
      source: "import",
    });

    // Recorded on the graduate's behalf, it counts in the provisional rate only.
    const recorded = await figures();
    expect(recorded.provisional.placed).toBe(before.provisional.placed + 1);
    expect(recorded.overall.placed).toBe(before.overall.placed);

    const noNote = await callRoute(graduatePage.action, {
      path: "/graduate/destination",
      cookie,
      form: { intent: "dispute", note: "" },
    });
    expect(noNote.status).toBe(400);
    const disputed = await callRoute(graduatePage.action, {
      path: "/graduate/destination",
      cookie,
      form: { intent: "dispute", note: "我从未在这家公司工作过" },
    });
    expect(disputed.status).toBe(200);
    // Disputed, it counts nowhere (decision 011) and is shown as disputed.
    const after = await figures();
    expect(after.provisional.placed).toBe(before.provisional.placed);
    expect(after.overall.placed).toBe(before.overall.placed);
    expect(after.unconfirmedPlaced).toBe(before.unconfirmedPlaced);
    expect(after.disputed).toBe(before.disputed + 1);

    const list = await callRoute(staffPage.loader, {
      path: "/staff/destinations?filter=disputed",
      cookie: staffOne.cookie,
    });
    const rows = (list.data as { rows: { graduateId: string; disputed: boolean; disputeNote: string }[] }).rows;
    expect(rows.find((r) => r.graduateId === graduate.id)).toMatchObject({
      disputed: true,
      disputeNote: "我从未在这家公司工作过",
    });
    // Another college's staff do not see it.
    const other = await listDestinationsForStaff(
      db,
      { userId: staffTwo.user.id, scope: { kind: "college", collegeId: collegeTwo } },
      { filter: "disputed", page: 1, pageSize: 100 },
    );
    expect(other.rows.some((r) => r.graduateId === graduate.id)).toBe(false);
    const viewAudit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "destination.list_view"), eq(auditLog.actorUserId, staffOne.user.id)));
    expect(viewAudit.length).toBeGreaterThan(0);
    // A disputed destination cannot be verified.
    await expect(
      verifyDestination(
        db,
        { userId: staffOne.user.id, scope: { kind: "college", collegeId: collegeOne } },
        {
          graduateId: graduate.id,
        },
      ),
    ).rejects.toMatchObject({ message: "destination.verify.needsConfirmation" });
  });

  it("disputing a verified destination takes it out of both rates until the graduate confirms again", async () => {
    const { graduate, user } = await graduateWithAccount(20);
    const db = await getDb();
    const staffActor = { userId: staffOne.user.id, scope: { kind: "college" as const, collegeId: collegeOne } };
    const figures = () => collegeOneFigures(graduate.cohort);
    const before = await figures();
    await recordDestinationOnBehalf(
      db,
      { system: true },
      {
        graduateId: graduate.id,
        source: "import",
        ...employedInput(),
      },
    );
    await confirmDestination(db, { userId: user.id }, { graduateId: graduate.id });
    await verifyDestination(db, staffActor, { graduateId: graduate.id });
    const verified = await figures();
    expect(verified.overall.placed).toBe(before.overall.placed + 1);
    expect(verified.provisional.placed).toBe(before.provisional.placed + 1);

    await disputeDestination(db, { userId: user.id }, { graduateId: graduate.id, note: "劳动合同已于入职前解除" });
    const [row] = await db.select().from(destinations).where(eq(destinations.graduateId, graduate.id));
    expect(row).toMatchObject({ status: "reported", disputed: true, disputeNote: "劳动合同已于入职前解除" });
    const disputedFigures = await figures();
    expect(disputedFigures.overall.placed).toBe(before.overall.placed);
    expect(disputedFigures.provisional.placed).toBe(before.provisional.placed);
    expect(disputedFigures.overall.nace.known).toBe(before.overall.nace.known);
    expect(disputedFigures.disputed).toBe(before.disputed + 1);

    // The graduate settles it by confirming: provisional again, verified once staff check it anew.
    await confirmDestination(db, { userId: user.id }, { graduateId: graduate.id });
    const confirmed = await figures();
    expect(confirmed.provisional.placed).toBe(before.provisional.placed + 1);
    expect(confirmed.overall.placed).toBe(before.overall.placed);
    expect(confirmed.disputed).toBe(before.disputed);
    await verifyDestination(db, staffActor, { graduateId: graduate.id });
    expect((await figures()).overall.placed).toBe(before.overall.placed + 1);
  });

  it("a graduate cannot dispute their own report or confirm twice", async () => {
    const { graduate, user } = await graduateWithAccount(7);
    const db = await getDb();
    await reportDestination(db, { userId: user.id }, { graduateId: graduate.id, ...employedInput() });
    await expect(
      disputeDestination(db, { userId: user.id }, { graduateId: graduate.id, note: "写错了" }),
    ).rejects.toMatchObject({ message: "destination.transition.invalid" });
    await expect(confirmDestination(db, { userId: user.id }, { graduateId: graduate.id })).rejects.toMatchObject({
      status: 409,
      message: "machine.refused.state",
    });
  });
});

describe("staff return a destination", () => {
  it("needs a reason, is limited to the scope, and the graduate sees the reason in the history", async () => {
    const { graduate, cookie, user } = await graduateWithAccount(8);
    const db = await getDb();
    await reportDestination(db, { userId: user.id }, { graduateId: graduate.id, ...employedInput() });
    const noReason = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffOne.cookie,
      form: { intent: "return", graduateId: graduate.id, reason: "" },
    });
    expect(noReason.status).toBe(400);
    const otherCollege = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: staffTwo.cookie,
      form: { intent: "return", graduateId: graduate.id, reason: "劳动合同缺少签字页" },
    });
    expect(otherCollege.status).toBe(403);
    const returned = await callRoute(staffPage.action, {
      path: "/staff/destinations",
      cookie: schoolStaff.cookie,
      form: { intent: "return", graduateId: graduate.id, reason: "劳动合同缺少签字页" },
    });
    expect(returned.status).toBe(200);
    const own = await destinationForGraduate(db, graduate.id);
    expect(own.current?.status).toBe("returned");
    expect(own.current?.returnedReason).toBe("劳动合同缺少签字页");
    expect(own.history[0]).toMatchObject({ action: "return", note: "劳动合同缺少签字页" });
    // Reporting again starts over; the earlier entries stay.
    await reportDestination(db, { userId: user.id }, { graduateId: graduate.id, ...employedInput() });
    const again = await destinationForGraduate(db, graduate.id);
    expect(again.current?.status).toBe("confirmed");
    expect(again.history.map((h) => h.action)).toEqual(["report", "return", "report"]);
    const page = await callRoute(graduatePage.loader, { path: "/graduate/destination", cookie });
    expect((page.data as { history: unknown[] }).history).toHaveLength(3);
  });

  it("an internship never counts, even when verified", async () => {
    const { graduate, user } = await graduateWithAccount(9);
    const db = await getDb();
    const before = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort: graduate.cohort, collegeId: collegeOne },
    );
    await reportDestination(
      db,
      { userId: user.id },
      { graduateId: graduate.id, ...employedInput(), isInternship: true },
    );
    await verifyDestination(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      {
        graduateId: graduate.id,
      },
    );
    const after = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort: graduate.cohort, collegeId: collegeOne },
    );
    expect(after.dashboard.overall.placed).toBe(before.dashboard.overall.placed);
    expect(after.dashboard.internships).toBe(before.dashboard.internships + 1);
  });
});

describe("mail to the graduate", () => {
  it("tells them when a destination is recorded on their behalf and when their report is returned", async () => {
    const receiver = await startSmtpReceiver();
    process.env.SMTP_URL = receiver.url;
    resetEnv();
    resetServices();
    try {
      const { graduate, user } = await graduateWithAccount(10);
      const db = await getDb();
      await recordDestinationOnBehalf(
        db,
        { userId: staffOne.user.id, scope: { kind: "college", collegeId: collegeOne } },
        {
          graduateId: graduate.id,
          source: "staff",
          ...employedInput(),
        },
      );
      await confirmDestination(db, { userId: user.id }, { graduateId: graduate.id });
      const returned = await callRoute(staffPage.action, {
        path: "/staff/destinations",
        cookie: staffOne.cookie,
        form: { intent: "return", graduateId: graduate.id, reason: "劳动合同缺少签字页" },
      });
      expect(returned.status).toBe(200);
      while ((await processOutboxBatch(db, outboxHandlers())) > 0) {
        // drain the outbox (other tests in this file queued mail too)
      }
      const recorded = await receiver.waitForSubject(user.email, "请确认您的毕业去向");
      expect(recorded.text).toContain("11 签劳动合同形式就业");
      expect(recorded.text).toContain("/graduate/destination");
      const back = await receiver.waitForSubject(user.email, "您的毕业去向被退回");
      expect(back.text).toContain("劳动合同缺少签字页");

      // Reported again and verified: the graduate hears that it now counts.
      await reportDestination(db, { userId: user.id }, { graduateId: graduate.id, ...employedInput() });
      await verifyDestination(
        db,
        { userId: staffOne.user.id, scope: { kind: "college", collegeId: collegeOne } },
        {
          graduateId: graduate.id,
        },
      );
      while ((await processOutboxBatch(db, outboxHandlers())) > 0) {
        // drain
      }
      const verified = await receiver.waitForSubject(user.email, "您的毕业去向已核实");
      expect(verified.text).toContain("11 签劳动合同形式就业");
    } finally {
      delete process.env.SMTP_URL;
      resetEnv();
      resetServices();
      await receiver.stop();
    }
  });
});
