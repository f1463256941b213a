import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Queryable } from "../../db/client";
import { recordAudit } from "../audit/audit.server";
import { codeInfo, GROUP_2021_LABELS, GROUP_2024_LABELS, GROUPS_2021, GROUPS_2024 } from "../destinations/codes";
import { bilingual } from "../i18n/messages";
import { buildDashboard, orderedCodeCounts, type Dashboard, type ReportRow } from "./dashboard";
import type { StaffActor } from "../auth/actor";
import { loadReportRows, reportLookups } from "./dashboard.server";

const zh = (key: string) => bilingual(key).zh;

const STATUS_ZH: Record<string, string> = {
  unreported: zh("destination.state.unreported"),
  reported: zh("destination.state.reported"),
  confirmed: zh("destination.state.confirmed"),
  verified: zh("destination.state.verified"),
  returned: zh("destination.state.returned"),
};

const LOCATION_FIELDS = new Set(["workProvince", "workCity", "employerName", "employerCreditCode"]);

type Lookups = Awaited<ReturnType<typeof reportLookups>>;

/**
 * Writes the report workbook in the layout staff report upward: one row per graduate, then the
 * overall figures, by college and by code. Streams (exceljs WorkbookWriter) so 30,000 rows stay
 * in a few MB. The summary numbers come from buildDashboard on the same rows as the dashboard.
 */
export async function writeReportWorkbook(
  output: Writable,
  rows: readonly ReportRow[],
  lookups: Lookups,
  dashboard: Dashboard = buildDashboard(rows),
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const collegeName = new Map(lookups.colleges.map((c) => [c.id, c.nameZh]));
  const majorName = new Map(lookups.majors.map((m) => [m.id, m.nameZh]));

  const sheet = workbook.addWorksheet(zh("report.sheet.graduates"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "学号", key: "studentNo", width: 16 },
    { header: "姓名", key: "name", width: 10 },
    { header: "学院", key: "college", width: 22 },
    { header: "专业", key: "major", width: 20 },
    { header: "学历", key: "degree", width: 10 },
    { header: "性别", key: "gender", width: 6 },
    { header: "毕业去向代码", key: "code", width: 12 },
    { header: "毕业去向", key: "codeName", width: 20 },
    { header: "状态", key: "status", width: 12 },
    { header: "实习", key: "internship", width: 6 },
    { header: "单位名称", key: "employer", width: 28 },
    { header: "统一社会信用代码", key: "creditCode", width: 22 },
    { header: "工作地点", key: "location", width: 16 },
    { header: "其他信息", key: "fields", width: 40 },
  ];
  for (const row of rows) {
    const others = Object.entries(row.fields)
      .filter(([k]) => !LOCATION_FIELDS.has(k))
      .map(([k, v]) => `${zh(`destination.field.${k}`)}：${v}`)
      .join("；");
    sheet
      .addRow({
        studentNo: String(row.studentNo),
        name: row.name,
        college: collegeName.get(row.collegeId) ?? "",
        major: majorName.get(row.majorId) ?? "",
        degree: zh(`degree.${row.degree}`),
        gender: zh(`gender.${row.gender}`),
        code: row.code ?? "",
        codeName: codeInfo(row.code)?.nameZh ?? "",
        status: STATUS_ZH[row.status] ?? row.status,
        internship: row.isInternship ? "是" : "",
        employer: row.fields.employerName ?? "",
        creditCode: row.fields.employerCreditCode ?? "",
        location: [row.fields.workProvince, row.fields.workCity].filter(Boolean).join(" "),
        fields: others,
      })
      .commit();
  }
  sheet.commit();

  const o = dashboard.overall;
  const summary = workbook.addWorksheet(zh("report.sheet.summary"));
  summary.columns = [
    { header: "指标", key: "label", width: 34 },
    { header: "人数", key: "count", width: 10 },
    { header: "比例", key: "rate", width: 10, style: { numFmt: "0.00%" } },
  ];
  const line = (label: string, count: number | null, rate: number | null) =>
    summary.addRow({ label, count, rate }).commit();
  line(zh("report.total"), o.total, null);
  line(zh("report.placed"), o.placed, o.rate);
  line(zh("report.rate.provisional"), dashboard.provisional.placed, dashboard.provisional.rate);
  line(zh("report.unverified"), dashboard.confirmedUnverified, null);
  line(zh("report.unconfirmed"), dashboard.unconfirmedPlaced, null);
  line(zh("report.unreported"), dashboard.unreported, null);
  line(zh("report.internships"), dashboard.internships, null);
  for (const group of GROUPS_2021) {
    if (group !== "not_placed")
      line(`2021 ${GROUP_2021_LABELS[group].zh}`, o.groups2021[group].count, o.groups2021[group].rate);
  }
  for (const group of GROUPS_2024) {
    if (group !== "not_placed")
      line(`2024 ${GROUP_2024_LABELS[group].zh}`, o.groups2024[group].count, o.groups2024[group].rate);
  }
  line(zh("report.nace.knowledge"), o.nace.known, o.nace.knowledgeRate);
  line(zh("report.nace.careerOutcomes"), o.nace.careerOutcomes, o.nace.careerOutcomesRate);
  summary.commit();

  writeSheet(
    workbook,
    zh("report.sheet.byCollege"),
    [
      { header: "学院", key: "college", width: 24 },
      { header: "毕业生数", key: "total", width: 10 },
      { header: "已落实", key: "placed", width: 10 },
      { header: "落实率", key: "rate", width: 10, style: { numFmt: "0.00%" } },
    ],
    dashboard.breakdowns.collegeId.map((row) => ({
      college: collegeName.get(Number(row.key)) ?? String(row.key),
      total: row.total,
      placed: row.placed,
      rate: row.rate,
    })),
  );

  writeSheet(
    workbook,
    zh("report.sheet.byCode"),
    [
      { header: "代码", key: "code", width: 8 },
      { header: "毕业去向", key: "name", width: 24 },
      { header: "人数", key: "count", width: 10 },
    ],
    orderedCodeCounts(o.byCode).map(({ code, count }) => ({
      code: code ?? "",
      name: code ? (codeInfo(code)?.nameZh ?? code) : zh("report.codeNone"),
      count,
    })),
  );
  await workbook.commit();
}

/** A short sheet after the detail: its columns, then each row, committed as it is written (the writer streams). */
function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  rows: readonly Record<string, unknown>[],
) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns;
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

/**
 * The export for a cohort and college (null = whole school) as a byte stream. Contains personal
 * data: the caller has checked role and scope; this writes the audit entry.
 */
export async function exportReport(
  db: Queryable,
  actor: StaffActor,
  filter: { cohort: number; collegeId: number | null },
) {
  const [rows, lookups] = await Promise.all([loadReportRows(db, filter), reportLookups(db)]);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "report.export",
    subjectType: "report",
    subjectId: `${filter.cohort}:${filter.collegeId ?? "school"}`,
    detail: { cohort: filter.cohort, collegeId: filter.collegeId, rows: rows.length },
  });
  const stream = new PassThrough();
  writeReportWorkbook(stream, rows, lookups).catch((error: unknown) =>
    stream.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return stream;
}
