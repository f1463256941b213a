import { describe, expect, it } from "vitest";
import {
  checkRosterRows,
  decodeCsv,
  mapHeader,
  normalisePhone,
  parseCohort,
  parseCsv,
  parseDifficulties,
  rosterFileKind,
  type SchoolLookup,
} from "../../app/graduates/roster-import";

const school: SchoolLookup = {
  colleges: [
    { id: 1, code: "01", nameZh: "计算机科学与技术学院", nameEn: "School of Computer Science and Technology" },
    { id: 2, code: "02", nameZh: "电子与信息工程学院", nameEn: "School of Electronic and Information Engineering" },
  ],
  majors: [
    { id: 10, collegeId: 1, code: "080902", nameZh: "软件工程", nameEn: "Software Engineering" },
    { id: 20, collegeId: 2, code: "080701", nameZh: "电子信息工程", nameEn: "Electronic Information Engineering" },
  ],
};
const header = ["学号", "姓名", "性别", "学院", "专业", "学历层次", "届别", "手机号", "电子邮箱", "困难类别"];
const good = [
  "2022010001",
  "张晓雯",
  "女",
  "计算机科学与技术学院",
  "软件工程",
  "本科",
  "2026",
  "138 0013 8000",
  "Zhang@Example.edu.cn",
  "家庭经济困难、残疾",
];
const school_ = { kind: "school" } as const;

describe("roster row validation", () => {
  it("accepts a clean row and normalises it", () => {
    const check = checkRosterRows([header, good], school, school_);
    expect(check.fileProblems).toEqual([]);
    expect(check.problemRows).toBe(0);
    expect(check.valid).toEqual([
      {
        studentNo: "2022010001",
        name: "张晓雯",
        gender: "female",
        collegeId: 1,
        majorId: 10,
        degree: "bachelor",
        cohort: 2026,
        phone: "13800138000",
        email: "zhang@example.edu.cn",
        difficulties: ["家庭经济困难", "残疾"],
      },
    ]);
  });

  it("reports every problem of every row, with the line numbers", () => {
    const bad = ["20x", "", "未知", "不存在学院", "软件工程", "研究生", "26届", "12345", "not-an-email", "外星人"];
    const wrongMajor = [
      "2022010002",
      "李四",
      "男",
      "计算机科学与技术学院",
      "电子信息工程",
      "硕士",
      "2026届",
      "13900001111",
      "li@example.cn",
      "",
    ];
    const unknownMajor = [
      "2022010003",
      "王五",
      "male",
      "01",
      "考古学",
      "doctor",
      "2025",
      "+8613900001112",
      "w@example.cn",
      "",
    ];
    const check = checkRosterRows([header, good, bad, wrongMajor, unknownMajor], school, school_);
    expect(check.problemRows).toBe(3);
    const byLine = Object.fromEntries(
      check.rows.map((r) => [r.line, r.problems.map((p) => `${p.column}:${p.message}`)]),
    );
    expect(byLine[2]).toEqual([]);
    expect(byLine[3]).toEqual([
      "studentNo:roster.problem.studentNo",
      "name:roster.problem.required",
      "gender:roster.problem.gender",
      "college:roster.problem.college",
      "degree:roster.problem.degree",
      "cohort:roster.problem.cohort",
      "phone:roster.problem.phone",
      "email:roster.problem.email",
      "difficulties:roster.problem.difficulty",
    ]);
    expect(byLine[4]).toEqual(["major:roster.problem.majorCollege"]);
    expect(byLine[5]).toEqual(["major:roster.problem.major"]);
    expect(check.valid).toHaveLength(1);
  });

  it("flags duplicate student numbers within the file, naming the first line", () => {
    const check = checkRosterRows([header, good, [...good], [...good]], school, school_);
    expect(check.rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      [],
      ["roster.problem.duplicate"],
      ["roster.problem.duplicate"],
    ]);
    expect(check.rows[1]?.problems[0]?.value).toBe("2022010001 (2)");
  });

  it("refuses rows of another college for college staff", () => {
    const other = [
      "2022020001",
      "赵六",
      "男",
      "电子与信息工程学院",
      "电子信息工程",
      "本科",
      "2026",
      "13700001111",
      "z@example.cn",
      "",
    ];
    const check = checkRosterRows([header, good, other], school, { kind: "college", collegeId: 1 });
    expect(check.rows[1]?.problems.map((p) => p.message)).toEqual(["roster.problem.outOfScope"]);
    expect(check.valid.map((r) => r.studentNo)).toEqual(["2022010001"]);
  });

  it("reports missing columns and empty files as file problems", () => {
    expect(
      checkRosterRows([header.slice(0, 3), ["1", "2", "3"]], school, school_).fileProblems.map((p) => p.value),
    ).toContain("学院");
    expect(checkRosterRows([header], school, school_).fileProblems.map((p) => p.message)).toEqual([
      "roster.file.empty",
    ]);
    expect(checkRosterRows([header, ["", " "]], school, school_).fileProblems.map((p) => p.message)).toEqual([
      "roster.file.empty",
    ]);
  });

  it("matches headers in English and with decorations, and ignores unknown columns", () => {
    const { columns, missing } = mapHeader([
      "Student number",
      "Name",
      "Gender",
      "College",
      "Major",
      "Degree level",
      "Cohort",
      "Phone",
      "E-mail",
      "备注",
      "学号*",
    ]);
    expect(missing).toEqual([]);
    expect(columns[9]).toBeNull();
    expect(columns[10]).toBe("studentNo");
  });

  it("parses phones, cohorts and difficulty lists", () => {
    expect(normalisePhone("+86 138-0013-8000")).toBe("13800138000");
    expect(parseCohort("2026届")).toBe(2026);
    expect(parseCohort("1999")).toBeNull();
    expect(parseDifficulties("低保家庭，无")).toEqual({ categories: ["低保家庭"], unknown: [] });
    expect(parseDifficulties("Disability; 零就业家庭").categories).toEqual(["残疾", "零就业家庭"]);
  });
});

describe("roster files", () => {
  it("parses RFC 4180 CSV with quotes, embedded commas and CRLF", () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""",\r\n1,2,3')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', ""],
      ["1", "2", "3"],
    ]);
  });

  it("decodes GBK CSV files saved by Excel", () => {
    const gbk = new Uint8Array([0xd1, 0xa7, 0xba, 0xc5]); // 学号 in GBK
    expect(decodeCsv(gbk)).toBe("学号");
    expect(decodeCsv(new TextEncoder().encode("学号"))).toBe("学号");
  });

  it("tells .xlsx from CSV by content and refuses binaries", () => {
    expect(rosterFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("xlsx");
    expect(rosterFileKind(new TextEncoder().encode("学号,姓名"))).toBe("csv");
    expect(rosterFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBeNull();
  });
});
