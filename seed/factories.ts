import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client";
import { colleges, graduates, majors, staffScopes, users, type Degree, type Role } from "../db/schema";
import { chineseName, createRandom, mobileNumber, SCHOOL_COLLEGES, type Random } from "./school-data";

/**
 * Factories shared by the demo seed and the tests. They write rows directly; states with side
 * effects (mail, search) are reached through the domain functions instead.
 */
export async function createSchool(db: Queryable) {
  const existing = await db.select().from(colleges);
  if (existing.length > 0) return loadSchool(db);
  for (const college of SCHOOL_COLLEGES) {
    const [row] = await db
      .insert(colleges)
      .values({ code: college.code, nameZh: college.zh, nameEn: college.en })
      .returning();
    if (!row) throw new Error("college insert returned nothing");
    await db
      .insert(majors)
      .values(college.majors.map(([code, zh, en]) => ({ collegeId: row.id, code, nameZh: zh, nameEn: en })));
  }
  return loadSchool(db);
}

export async function loadSchool(db: Queryable) {
  const collegeRows = await db.select().from(colleges).orderBy(colleges.code);
  const majorRows = await db.select().from(majors).orderBy(majors.id);
  return { colleges: collegeRows, majors: majorRows };
}

export type School = Awaited<ReturnType<typeof loadSchool>>;

export async function createUser(
  db: Queryable,
  input: {
    email: string;
    passwordHash: string;
    role: Role;
    displayName: string;
    collegeId?: number | null;
    locale?: "zh-CN" | "en";
  },
) {
  const [user] = await db
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      passwordHash: input.passwordHash,
      role: input.role,
      displayName: input.displayName,
      locale: input.locale ?? "zh-CN",
    })
    .returning();
  if (!user) throw new Error("user insert returned nothing");
  if (input.role === "staff" || input.role === "admin") {
    await db
      .insert(staffScopes)
      .values({ userId: user.id, collegeId: input.role === "admin" ? null : (input.collegeId ?? null) });
  }
  return user;
}

const DEGREE_WEIGHTS: [Degree, number][] = [
  ["bachelor", 0.68],
  ["master", 0.22],
  ["associate", 0.06],
  ["doctor", 0.04],
];

function pickDegree(random: Random): Degree {
  let roll = random.next();
  for (const [degree, weight] of DEGREE_WEIGHTS) {
    if ((roll -= weight) <= 0) return degree;
  }
  return "bachelor";
}

export function graduateRows(
  school: School,
  options: { count: number; cohorts: number[]; seed?: number; studentNoOffset?: number },
) {
  const random = createRandom(options.seed ?? 2026);
  const rows: (typeof graduates.$inferInsert)[] = [];
  for (let i = 0; i < options.count; i++) {
    const major = random.pick(school.majors);
    const college = school.colleges.find((c) => c.id === major.collegeId);
    if (!college) throw new Error("major without college");
    const cohort = random.pick(options.cohorts);
    const gender = random.next() < 0.52 ? "male" : "female";
    const degree = pickDegree(random);
    const serial = String((options.studentNoOffset ?? 0) + i + 1).padStart(4, "0");
    rows.push({
      studentNo: `${cohort - (degree === "bachelor" ? 4 : degree === "associate" ? 3 : degree === "master" ? 3 : 4)}${college.code}${serial}`,
      name: chineseName(random, gender),
      gender,
      collegeId: college.id,
      majorId: major.id,
      degree,
      cohort,
      phone: mobileNumber(random),
      email: `s${serial}.${cohort}@stu.jiangnan-tech.edu.cn`,
    });
  }
  return rows;
}

export async function createGraduates(db: Queryable, school: School, options: Parameters<typeof graduateRows>[1]) {
  const rows = graduateRows(school, options);
  const inserted = [];
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await db
        .insert(graduates)
        .values(rows.slice(i, i + 500))
        .returning()),
    );
  }
  return inserted;
}

export async function linkGraduateAccount(db: Queryable, graduateId: string, userId: string) {
  await db.update(graduates).set({ userId }).where(eq(graduates.id, graduateId));
}

const ROSTER_HEADER = ["学号", "姓名", "性别", "学院", "专业", "学历层次", "届别", "手机号", "电子邮箱", "困难类别"];

/**
 * Roster rows as the CSV file a school exports (UTF-8 with BOM), for the roster import command
 * (app/graduates/roster-import.server.ts): colleges by code, majors by Chinese name, difficulty
 * categories by their Chinese names.
 */
export function rosterFile(school: School, rows: (typeof graduates.$inferInsert)[]): Uint8Array {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((row) => {
    const college = school.colleges.find((c) => c.id === row.collegeId);
    const major = school.majors.find((m) => m.id === row.majorId);
    if (!college || !major) throw new Error("roster row without college or major");
    return [
      row.studentNo,
      row.name,
      row.gender ?? "",
      college.code,
      major.nameZh,
      row.degree ?? "",
      String(row.cohort),
      row.phone ?? "",
      row.email ?? "",
      (row.difficulties ?? []).join("、"),
    ];
  });
  return new TextEncoder().encode("\uFEFF" + [ROSTER_HEADER, ...lines].map((r) => r.map(quote).join(",")).join("\r\n"));
}
