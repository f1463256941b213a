import type { Queryable } from "../../db/client";
import type { StaffScope } from "../auth/permissions";
import { DIFFICULTY_CATEGORIES, ROSTER_COLUMNS } from "./roster-import";
import { loadSchoolLookup } from "./roster-import.server";

/**
 * The .xlsx template. Student numbers and phones are text cells (numbers would lose leading
 * zeros or turn into 1.38E+10); the second sheet lists the colleges and majors in the
 * importer's scope and the accepted values.
 */
export async function rosterTemplate(db: Queryable, scope: StaffScope): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const school = await loadSchoolLookup(db);
  const colleges = school.colleges
    .filter((c) => scope.kind === "school" || c.id === scope.collegeId)
    .sort((a, b) => a.code.localeCompare(b.code));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("生源信息");
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.zh,
    key: c.key,
    width: c.key === "email" ? 30 : c.key === "college" || c.key === "difficulties" ? 24 : 14,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  const college = colleges[0];
  const major = school.majors.find((m) => m.collegeId === college?.id);
  sheet.addRow({
    studentNo: "2022010001",
    name: "张三",
    gender: "男",
    college: college?.nameZh ?? "",
    major: major?.nameZh ?? "",
    degree: "本科",
    cohort: "2026",
    phone: "13800138000",
    email: "zhangsan@example.edu.cn",
    difficulties: "",
  });
  const values = workbook.addWorksheet("可选值");
  values.columns = [
    { header: "学院", key: "college", width: 30 },
    { header: "专业", key: "major", width: 30 },
    { header: "性别", key: "gender", width: 8 },
    { header: "学历层次", key: "degree", width: 10 },
    { header: "困难类别（多个用顿号分隔）", key: "difficulty", width: 28 },
  ];
  values.getRow(1).font = { bold: true };
  const majorsInScope = school.majors.filter((m) => colleges.some((c) => c.id === m.collegeId));
  const rows = Math.max(majorsInScope.length, DIFFICULTY_CATEGORIES.length, 4);
  for (let i = 0; i < rows; i++) {
    const m = majorsInScope[i];
    values.addRow({
      college: m ? colleges.find((c) => c.id === m.collegeId)?.nameZh : "",
      major: m?.nameZh ?? "",
      gender: ["男", "女"][i] ?? "",
      degree: ["专科", "本科", "硕士", "博士"][i] ?? "",
      difficulty: DIFFICULTY_CATEGORIES[i]?.zh ?? "",
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
