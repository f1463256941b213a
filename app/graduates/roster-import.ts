/**
 * Roster import (毕业生生源信息): pure parsing and validation of the rows of an uploaded sheet.
 * No I/O: the caller reads the file (CSV text or .xlsx cells) and passes the school's colleges
 * and majors; the database part lives in roster-import.server.ts.
 *
 * Problems are message keys (app/i18n/domains/graduates.ts), one per column at fault, so the
 * dry run can show every problem of every row before anything is written.
 */
import type { StaffScope } from "../auth/permissions";

export type RosterColumn =
  "studentNo" | "name" | "gender" | "college" | "major" | "degree" | "cohort" | "phone" | "email" | "difficulties";

/** Column order of the template; headers are matched by any of the names (zh, en, common variants). */
export const ROSTER_COLUMNS: { key: RosterColumn; zh: string; en: string; required: boolean; aliases: string[] }[] = [
  {
    key: "studentNo",
    zh: "学号",
    en: "Student number",
    required: true,
    aliases: ["student no", "student_no", "studentno"],
  },
  { key: "name", zh: "姓名", en: "Name", required: true, aliases: [] },
  { key: "gender", zh: "性别", en: "Gender", required: true, aliases: ["sex"] },
  { key: "college", zh: "学院", en: "College", required: true, aliases: ["院系", "所在学院"] },
  { key: "major", zh: "专业", en: "Major", required: true, aliases: ["专业名称"] },
  { key: "degree", zh: "学历层次", en: "Degree level", required: true, aliases: ["学历", "degree"] },
  { key: "cohort", zh: "届别", en: "Cohort", required: true, aliases: ["届", "毕业年份", "graduation year"] },
  { key: "phone", zh: "手机号", en: "Phone", required: true, aliases: ["手机", "手机号码", "联系电话", "mobile"] },
  { key: "email", zh: "电子邮箱", en: "E-mail", required: true, aliases: ["邮箱", "email", "e-mail address"] },
  {
    key: "difficulties",
    zh: "困难类别",
    en: "Difficulty categories",
    required: false,
    aliases: ["困难生类别", "difficulties"],
  },
];

/**
 * Difficulty categories (困难类别) recognised on import. Data, not an enum: provinces name more
 * groups, and adding one is a line here. Sensitive under PIPL art. 28.
 */
export const DIFFICULTY_CATEGORIES: { zh: string; en: string }[] = [
  { zh: "家庭经济困难", en: "Financial hardship" },
  { zh: "残疾", en: "Disability" },
  { zh: "零就业家庭", en: "Zero-employment family" },
  { zh: "低保家庭", en: "Minimum-subsistence family" },
  { zh: "脱贫家庭", en: "Family lifted out of poverty" },
  { zh: "城乡低保边缘家庭", en: "Near-subsistence family" },
  { zh: "特困供养人员", en: "Extreme-poverty support" },
  { zh: "少数民族", en: "Ethnic minority" },
  { zh: "退役士兵", en: "Veteran" },
];

export const MAX_ROSTER_ROWS = 50_000;

export interface SchoolLookup {
  colleges: { id: number; code: string; nameZh: string; nameEn: string }[];
  majors: { id: number; collegeId: number; code: string; nameZh: string; nameEn: string }[];
}

export type Gender = "male" | "female";
export type DegreeLevel = "associate" | "bachelor" | "master" | "doctor";

export interface RosterRow {
  studentNo: string;
  name: string;
  gender: Gender;
  collegeId: number;
  majorId: number;
  degree: DegreeLevel;
  cohort: number;
  phone: string;
  email: string;
  difficulties: string[];
}

export interface RowProblem {
  column: RosterColumn | "_row";
  /** Message key. */
  message: string;
  value: string;
}

export interface CheckedRow {
  /** 1-based line in the sheet, header being line 1. */
  line: number;
  studentNo: string;
  name: string;
  row: RosterRow | null;
  problems: RowProblem[];
}

export interface RosterCheck {
  rows: CheckedRow[];
  valid: RosterRow[];
  problemRows: number;
  /** Problems with the file itself (missing columns, no rows, too many rows). */
  fileProblems: { message: string; value: string }[];
}

const normaliseHeader = (value: string) =>
  value
    .normalize("NFKC")
    .replace(/[\s*＊（）()]/g, "")
    .toLowerCase();

/** Which column each header cell is; unknown headers are ignored. */
export function mapHeader(header: string[]): { columns: (RosterColumn | null)[]; missing: RosterColumn[] } {
  const lookup = new Map<string, RosterColumn>();
  for (const column of ROSTER_COLUMNS) {
    for (const name of [column.zh, column.en, column.key, ...column.aliases])
      lookup.set(normaliseHeader(name), column.key);
  }
  const columns = header.map((cell) => lookup.get(normaliseHeader(cell)) ?? null);
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !columns.includes(c.key)).map((c) => c.key);
  return { columns, missing };
}

const GENDERS: Record<string, Gender> = {
  男: "male",
  女: "female",
  male: "male",
  female: "female",
  m: "male",
  f: "female",
  男性: "male",
  女性: "female",
};

const DEGREES: Record<string, DegreeLevel> = {
  专科: "associate",
  大专: "associate",
  高职: "associate",
  associate: "associate",
  本科: "bachelor",
  bachelor: "bachelor",
  硕士: "master",
  硕士研究生: "master",
  master: "master",
  博士: "doctor",
  博士研究生: "doctor",
  doctor: "doctor",
  doctorate: "doctor",
  phd: "doctor",
};

const STUDENT_NO = /^[A-Za-z0-9-]{4,20}$/;
/** Mainland mobile numbers: 11 digits starting 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Deliberately plain: one @, a dot in the domain, no spaces. zod's z.email() agrees on the cases that matter here. */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

const clean = (value: string | undefined) => (value ?? "").normalize("NFKC").trim();

export function normalisePhone(value: string): string {
  return clean(value)
    .replace(/[\s-]/g, "")
    .replace(/^(\+?86)(?=1\d{10}$)/, "");
}

export function parseCohort(value: string): number | null {
  const match = /^(\d{4})(?:届|年)?$/.exec(clean(value));
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? year : null;
}

export function parseDifficulties(value: string): { categories: string[]; unknown: string[] } {
  const known = new Map<string, string>();
  for (const category of DIFFICULTY_CATEGORIES) {
    known.set(category.zh, category.zh);
    known.set(category.en.toLowerCase(), category.zh);
  }
  const categories: string[] = [];
  const unknown: string[] = [];
  for (const part of clean(value).split(/[,，、;；/|]+/)) {
    const word = part.trim();
    if (!word || word === "无" || word.toLowerCase() === "none") continue;
    const found = known.get(word) ?? known.get(word.toLowerCase());
    if (!found) unknown.push(word);
    else if (!categories.includes(found)) categories.push(found);
  }
  return { categories, unknown };
}

/**
 * Validates every row: each problem is reported (not just the first), including duplicate
 * student numbers within the file (every occurrence after the first) and rows of a college
 * outside the importing staff member's scope.
 */
export function checkRosterRows(cells: string[][], school: SchoolLookup, scope: StaffScope): RosterCheck {
  const fileProblems: RosterCheck["fileProblems"] = [];
  const [header = [], ...body] = cells;
  const { columns, missing } = mapHeader(header);
  for (const column of missing)
    fileProblems.push({
      message: "roster.file.missingColumn",
      value: ROSTER_COLUMNS.find((c) => c.key === column)?.zh ?? column,
    });
  const dataRows = body
    .map((cells, index) => ({ cells, line: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => clean(cell) !== ""));
  if (dataRows.length === 0) fileProblems.push({ message: "roster.file.empty", value: "" });
  if (dataRows.length > MAX_ROSTER_ROWS)
    fileProblems.push({ message: "roster.file.tooManyRows", value: String(MAX_ROSTER_ROWS) });
  if (fileProblems.length > 0) return { rows: [], valid: [], problemRows: 0, fileProblems };

  const collegeByName = new Map<string, SchoolLookup["colleges"][number]>();
  for (const college of school.colleges) {
    collegeByName.set(college.nameZh, college);
    collegeByName.set(college.nameEn.toLowerCase(), college);
    collegeByName.set(college.code, college);
  }
  const seen = new Map<string, number>();
  const rows: CheckedRow[] = [];
  const valid: RosterRow[] = [];
  for (const { cells: rowCells, line } of dataRows) {
    const raw: Partial<Record<RosterColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column && raw[column] === undefined) raw[column] = clean(rowCells[i]);
    });
    const problems: RowProblem[] = [];
    const problem = (column: RowProblem["column"], message: string) =>
      problems.push({ column, message, value: column === "_row" ? "" : (raw[column] ?? "") });
    const value = (column: RosterColumn) => raw[column] ?? "";

    const studentNo = value("studentNo");
    if (!studentNo) problem("studentNo", "roster.problem.required");
    else if (!STUDENT_NO.test(studentNo)) problem("studentNo", "roster.problem.studentNo");
    else if (seen.has(studentNo))
      problems.push({
        column: "studentNo",
        message: "roster.problem.duplicate",
        value: `${studentNo} (${seen.get(studentNo)})`,
      });
    else seen.set(studentNo, line);

    const name = value("name");
    if (!name) problem("name", "roster.problem.required");
    else if (name.length > 40) problem("name", "roster.problem.name");

    const gender = GENDERS[value("gender").toLowerCase()];
    if (!gender) problem("gender", value("gender") ? "roster.problem.gender" : "roster.problem.required");

    const college = collegeByName.get(value("college")) ?? collegeByName.get(value("college").toLowerCase());
    if (!college) problem("college", value("college") ? "roster.problem.college" : "roster.problem.required");
    else if (scope.kind === "college" && scope.collegeId !== college.id)
      problem("college", "roster.problem.outOfScope");

    const majorName = value("major");
    const major = college
      ? school.majors.find(
          (m) =>
            m.collegeId === college.id &&
            (m.nameZh === majorName || m.nameEn.toLowerCase() === majorName.toLowerCase() || m.code === majorName),
        )
      : undefined;
    if (!majorName) problem("major", "roster.problem.required");
    else if (college && !major) {
      const elsewhere = school.majors.some(
        (m) => m.nameZh === majorName || m.nameEn.toLowerCase() === majorName.toLowerCase(),
      );
      problem("major", elsewhere ? "roster.problem.majorCollege" : "roster.problem.major");
    }

    const degree = DEGREES[value("degree").toLowerCase()];
    if (!degree) problem("degree", value("degree") ? "roster.problem.degree" : "roster.problem.required");

    const cohort = parseCohort(value("cohort"));
    if (cohort === null) problem("cohort", value("cohort") ? "roster.problem.cohort" : "roster.problem.required");

    const phone = normalisePhone(value("phone"));
    if (!phone) problem("phone", "roster.problem.required");
    else if (!MOBILE.test(phone)) problem("phone", "roster.problem.phone");

    const email = value("email").toLowerCase();
    if (!email) problem("email", "roster.problem.required");
    else if (!EMAIL.test(email) || email.length > 254) problem("email", "roster.problem.email");

    const difficulties = parseDifficulties(value("difficulties"));
    if (difficulties.unknown.length > 0)
      problems.push({
        column: "difficulties",
        message: "roster.problem.difficulty",
        value: difficulties.unknown.join("、"),
      });

    const row =
      problems.length === 0 && gender && college && major && degree && cohort !== null
        ? {
            studentNo,
            name,
            gender,
            collegeId: college.id,
            majorId: major.id,
            degree,
            cohort,
            phone,
            email,
            difficulties: difficulties.categories,
          }
        : null;
    if (row) valid.push(row);
    rows.push({ line, studentNo, name, row, problems });
  }
  return { rows, valid, problemRows: rows.filter((r) => r.problems.length > 0).length, fileProblems };
}

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and newlines inside quotes, CRLF or
 * LF, a UTF-8 byte-order mark dropped. Semicolon-separated files (some Excel locales) are
 * recognised by the header line.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, "");
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const separator =
    !firstLine.includes(",") && firstLine.includes(";")
      ? ";"
      : firstLine.includes("\t") && !firstLine.includes(",")
        ? "\t"
        : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** UTF-8 first; Excel on Chinese Windows saves "CSV" in GBK, which GB18030 decodes. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** .xlsx is a ZIP file (PK\x03\x04); anything else we accept must be text. */
export function rosterFileKind(bytes: Uint8Array): "xlsx" | "csv" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  const sample = bytes.subarray(0, 4096);
  // NUL bytes never occur in a CSV file; other binary formats (old .xls, PDF, images) have them early.
  if (sample.length === 0 || sample.includes(0)) return null;
  return "csv";
}
