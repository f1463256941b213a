import ExcelJS from "exceljs";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  recordDestinationOnBehalf,
  reportDestination,
  returnDestination,
  verifyDestination,
} from "../../app/destinations/destinations.server";
import { takeWeeklySnapshots } from "../../app/reports/dashboard.server";
import type { Dashboard } from "../../app/reports/dashboard";
import * as reportsPage from "../../app/routes/staff.reports._index";
import * as exportRoute from "../../app/routes/staff.reports.export";
import { createGraduates, type School } from "../../seed/factories";
import { auditLog, graduates, rateSnapshots } from "../../db/schema";
import { callRoute } from "../support/remix";
import { signedIn, testSchool } from "../support/people";
import { pdfFile, testCreditCode } from "../support/vetting";

const COHORT = 2031;
let school: School;
let collegeA: number;
let collegeB: number;
let staffA: { user: { id: string }; cookie: string };
let schoolStaff: { user: { id: string }; cookie: string };
let graduate: { cookie: string };
let ids: Record<string, { id: string; studentNo: string }>;

const employer = () => ({
  employerName: "杭州云帆科技有限公司",
  employerCreditCode: testCreditCode(),
  workProvince: "浙江省",
  workCity: "杭州",
  startDate: "2031-07-01",
});

/**
 * The known data set (cohort 2031), hand-computed:
 *   college A: a1 11 verified · a2 801 verified · a3 12 confirmed (pay 1000 < 浙江 minimum) ·
 *              a4 75 recorded by staff, unconfirmed · a5 70 verified · a6 nothing
 *   college B: b1 76 verified · b2 11 verified but an internship · b3 72 verified · b4 11 returned
 * verified placed = a1, a2, b1 = 3 of 10 → 30 %; provisional adds a3, a4 → 50 %.
 */
beforeAll(async () => {
  school = await testSchool();
  collegeA = school.colleges[0]!.id;
  collegeB = school.colleges[1]!.id;
  const db = await getDb();
  const majorA = school.majors.find((m) => m.collegeId === collegeA)!;
  const majorB = school.majors.find((m) => m.collegeId === collegeB)!;
  const rows = await createGraduates(db, school, { count: 10, cohorts: [COHORT], seed: 99, studentNoOffset: 990_000 });
  const names = ["a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3", "b4"];
  ids = {};
  for (const [i, row] of rows.entries()) {
    const key = names[i]!;
    const inA = key.startsWith("a");
    // Leading zero on purpose: the export must keep student numbers as text.
    const studentNo = `0${COHORT}${String(i).padStart(4, "0")}`;
    await db
      .update(graduates)
      .set({
        collegeId: inA ? collegeA : collegeB,
        majorId: inA ? majorA.id : majorB.id,
        degree: i % 2 ? "master" : "bachelor",
        gender: i < 5 ? "female" : "male",
        studentNo,
        difficulties: key === "a1" || key === "b4" ? ["低保家庭"] : [],
      })
      .where(eq(graduates.id, row.id));
    ids[key] = { id: row.id, studentNo };
  }
  staffA = await signedIn("staff", { collegeId: collegeA });
  schoolStaff = await signedIn("staff", { collegeId: null });
  graduate = await signedIn("graduate");
  const me = schoolStaff.user.id;
  const scope = { kind: "school" as const };
  const report = (
    key: string,
    code: string,
    fields: Record<string, string>,
    extra: { isInternship?: boolean; evidence?: File } = {},
  ) => reportDestination(db, { userId: me }, { graduateId: ids[key]!.id, code, fields, ...extra });
  const verify = (key: string) => verifyDestination(db, { userId: me, scope }, { graduateId: ids[key]!.id });

  await report("a1", "11", employer(), { evidence: pdfFile("劳动合同.pdf") });
  await verify("a1");
  await report(
    "a2",
    "801",
    { schoolName: "浙江大学", programmeName: "计算机技术" },
    { evidence: pdfFile("录取通知书.pdf") },
  );
  await verify("a2");
  await report("a3", "12", { ...employer(), monthlyPay: "1000" });
  await recordDestinationOnBehalf(
    db,
    { userId: me, scope },
    {
      graduateId: ids.a4!.id,
      source: "staff",
      code: "75",
      fields: { businessName: "杭州小禾文创工作室", businessRegistrationOrShopUrl: "92330106MA2XXXXX" },
    },
  );
  await report("a5", "70", {});
  await verify("a5");
  await report(
    "b1",
    "76",
    { occupation: "插画师", workProvince: "浙江省", workCity: "杭州", startDate: "2031-07-01", monthlyPay: "6000" },
    { evidence: pdfFile("声明.pdf") },
  );
  await verify("b1");
  await report("b2", "11", employer(), { isInternship: true, evidence: pdfFile("实习证明.pdf") });
  await verify("b2");
  await report("b3", "72", {});
  await verify("b3");
  await report("b4", "11", employer());
  await returnDestination(db, { userId: me, scope }, { graduateId: ids.b4!.id, reason: "合同未盖单位公章" });
});

type LoaderData = {
  filter: { cohort: number; collegeId: number | null };
  dashboard: Dashboard;
  anomalies: { payBelowMinimum: { studentNo: string; pay: number }[]; evidenceMissing: { studentNo: string }[] };
  snapshots: { isoWeek: string; rate: number; placed: number }[];
};

async function dashboardFor(cookie: string, query: string) {
  const result = await callRoute(reportsPage.loader, { path: `/staff/reports?${query}`, cookie });
  return { status: result.status, data: result.data as LoaderData };
}

describe("employment dashboard", () => {
  it("equals the hand-computed figures for the whole school", async () => {
    const { status, data } = await dashboardFor(schoolStaff.cookie, `cohort=${COHORT}`);
    expect(status).toBe(200);
    const d = data.dashboard;
    expect(d.overall.total).toBe(10);
    expect(d.overall.placed).toBe(3);
    expect(d.overall.rate).toBeCloseTo(0.3);
    expect(d.provisional.placed).toBe(5);
    expect(d.provisional.rate).toBeCloseTo(0.5);
    expect(d.confirmedUnverified).toBe(1);
    expect(d.unconfirmedPlaced).toBe(1);
    expect(d.internships).toBe(1);
    expect(d.unreported).toBe(1);
    expect(d.overall.groups2021).toEqual({
      contract: { count: 1, rate: 0.1 },
      flexible: { count: 1, rate: 0.1 },
      entrepreneurship: { count: 0, rate: 0 },
      further_study: { count: 1, rate: 0.1 },
    });
    expect(d.overall.groups2024).toEqual({
      employer: { count: 1, rate: 0.1 },
      self_employed: { count: 0, rate: 0 },
      freelance: { count: 1, rate: 0.1 },
      further_study: { count: 1, rate: 0.1 },
    });
    expect(d.overall.nace.known).toBe(8);
    expect(d.overall.nace.knowledgeRate).toBeCloseTo(0.8);
    expect(d.overall.nace.careerOutcomes).toBe(5);
    expect(d.overall.nace.careerOutcomesDenominator).toBe(7);
    expect(d.overall.byCode).toEqual({ "11": 3, "801": 1, "12": 1, "75": 1, "70": 1, null: 1, "76": 1, "72": 1 });
    expect(d.breakdowns.collegeId).toEqual([
      expect.objectContaining({ key: collegeA, total: 6, placed: 2 }),
      expect.objectContaining({ key: collegeB, total: 4, placed: 1, rate: 0.25 }),
    ]);
    expect(d.breakdowns.gender).toEqual([
      expect.objectContaining({ key: "female", total: 5, placed: 2 }),
      expect.objectContaining({ key: "male", total: 5, placed: 1 }),
    ]);
    expect(d.breakdowns.difficulty).toEqual([
      expect.objectContaining({ key: "none", total: 8, placed: 2 }),
      expect.objectContaining({ key: "低保家庭", total: 2, placed: 1 }),
    ]);
    // Checks before reporting: pay below the minimum (a3), placements without evidence (a3, a4).
    expect(data.anomalies.payBelowMinimum).toEqual([
      expect.objectContaining({ studentNo: ids.a3!.studentNo, pay: 1000 }),
    ]);
    expect(data.anomalies.evidenceMissing.map((a) => a.studentNo).sort()).toEqual(
      [ids.a3!.studentNo, ids.a4!.studentNo].sort(),
    );
  });

  it("college staff see only their college, and get 403 for another", async () => {
    const own = await dashboardFor(staffA.cookie, `cohort=${COHORT}`);
    expect(own.status).toBe(200);
    expect(own.data.filter.collegeId).toBe(collegeA);
    expect(own.data.dashboard.overall.total).toBe(6);
    expect(own.data.dashboard.overall.placed).toBe(2);
    expect((await dashboardFor(staffA.cookie, `cohort=${COHORT}&college=${collegeB}`)).status).toBe(403);
    const picked = await dashboardFor(schoolStaff.cookie, `cohort=${COHORT}&college=${collegeB}`);
    expect(picked.data.dashboard.overall.total).toBe(4);
    expect(picked.data.dashboard.overall.rate).toBeCloseTo(0.25);
    expect((await dashboardFor(graduate.cookie, `cohort=${COHORT}`)).status).toBe(403);
    const anonymous = await callRoute(reportsPage.loader, { path: `/staff/reports?cohort=${COHORT}` });
    expect(anonymous.status).toBe(302);
  });

  it("takes one snapshot per ISO week, cohort and scope, and shows it as the trend", async () => {
    const db = await getDb();
    const monday = new Date("2031-08-04T02:00:00Z");
    const first = await takeWeeklySnapshots(db, monday);
    expect(first).toBeGreaterThan(0);
    expect(await takeWeeklySnapshots(db, new Date("2031-08-07T02:00:00Z"))).toBe(0);
    const rows = await db.select().from(rateSnapshots).where(eq(rateSnapshots.cohort, COHORT));
    expect(rows.map((r) => r.scopeKey).sort()).toEqual(["college:" + collegeA, "college:" + collegeB, "school"].sort());
    expect(rows.find((r) => r.scopeKey === "school")).toMatchObject({
      isoWeek: "2031-W32",
      total: 10,
      placed: 3,
      rate: 0.3,
    });
    const { data } = await dashboardFor(staffA.cookie, `cohort=${COHORT}`);
    expect(data.snapshots).toEqual([expect.objectContaining({ isoWeek: "2031-W32", placed: 2 })]);
  });
});

async function download(cookie: string | undefined, query: string) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost/staff/reports/export?${query}`, { headers });
  try {
    return await exportRoute.loader({ request, params: {}, context: {} });
  } catch (thrown) {
    return thrown;
  }
}

function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (result && typeof result === "object" && "init" in result) {
    const init = (result as { init: { status?: number } | null }).init;
    return init?.status ?? 200;
  }
  return 0;
}

describe("Excel export", () => {
  it("opens in a spreadsheet library and its numbers equal the dashboard", async () => {
    const response = await download(schoolStaff.cookie, `cohort=${COHORT}`);
    expect(response).toBeInstanceOf(Response);
    if (!(response instanceof Response)) return;
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["毕业生去向明细", "总体", "按学院", "按去向代码"]);

    const detail = workbook.getWorksheet("毕业生去向明细")!;
    expect(detail.rowCount).toBe(11);
    const numbers = detail.getColumn(1).values.slice(2);
    expect(numbers).toContain(ids.a1!.studentNo);
    expect(numbers.every((v) => typeof v === "string")).toBe(true);
    const a3 = detail.getRows(2, 10)!.find((r) => r.getCell(1).value === ids.a3!.studentNo)!;
    expect(a3.getCell(7).value).toBe("12");
    expect(a3.getCell(9).value).toBe("待审核");
    expect(a3.getCell(11).value).toBe("杭州云帆科技有限公司");

    const { data } = await dashboardFor(schoolStaff.cookie, `cohort=${COHORT}`);
    const d = data.dashboard;
    const summary = workbook.getWorksheet("总体")!;
    const line = (label: string) =>
      summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === label)!;
    expect(line("毕业生总数").getCell(2).value).toBe(d.overall.total);
    expect(line("已落实（已审核）").getCell(2).value).toBe(d.overall.placed);
    expect(line("已落实（已审核）").getCell(3).value).toBeCloseTo(d.overall.rate);
    expect(line("含待审核的落实率（参考）").getCell(3).value).toBeCloseTo(d.provisional.rate);
    expect(line("2021 灵活就业").getCell(2).value).toBe(d.overall.groups2021.flexible.count);
    expect(line("去向知晓率").getCell(3).value).toBeCloseTo(d.overall.nace.knowledgeRate);
    expect(line("职业成果率").getCell(3).value).toBeCloseTo(d.overall.nace.careerOutcomesRate);

    const byCollege = workbook.getWorksheet("按学院")!;
    const collegeRows = byCollege
      .getRows(2, byCollege.rowCount - 1)!
      .map((r) => [r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]);
    expect(collegeRows).toEqual(d.breakdowns.collegeId.map((r) => [r.total, r.placed, r.rate]));

    const byCode = workbook.getWorksheet("按去向代码")!;
    const counts = Object.fromEntries(
      byCode.getRows(2, byCode.rowCount - 1)!.map((r) => [r.getCell(1).value || "null", r.getCell(3).value]),
    );
    for (const [code, count] of Object.entries(d.overall.byCode)) expect(counts[code]).toBe(count);
    const db = await getDb();
    const audits = await db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ["report.export"]));
    expect(audits.some((a) => a.actorUserId === schoolStaff.user.id)).toBe(true);
  });

  it("is staff-only and scoped", async () => {
    expect(statusOf(await download(staffA.cookie, `cohort=${COHORT}&college=${collegeB}`))).toBe(403);
    expect(statusOf(await download(graduate.cookie, `cohort=${COHORT}`))).toBe(403);
    expect(statusOf(await download(undefined, `cohort=${COHORT}`))).toBe(302);
    const own = await download(staffA.cookie, `cohort=${COHORT}`);
    expect(own).toBeInstanceOf(Response);
    if (!(own instanceof Response)) return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await own.arrayBuffer());
    expect(workbook.getWorksheet("毕业生去向明细")!.rowCount).toBe(7);
  });
});
