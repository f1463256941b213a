import { eq } from "drizzle-orm";
import { getDb } from "../../app/db.server";
import { uploadResume } from "../../app/graduates/profile.server";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { graduateProfiles, graduates, users, type PostingContent } from "../../db/schema";
import type { School } from "../../seed/factories";
import { signedIn } from "./people";
import { pdfFile, postingContent } from "./vetting";
import { drainOutbox } from "./outbox";

export const ROSTER_HEADER = [
  "学号",
  "姓名",
  "性别",
  "学院",
  "专业",
  "学历层次",
  "届别",
  "手机号",
  "电子邮箱",
  "困难类别",
];

/** A CSV file (UTF-8 with BOM, as Excel writes it) of roster rows. */
export function rosterCsv(rows: string[][], header = ROSTER_HEADER): Uint8Array {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return new TextEncoder().encode("\uFEFF" + [header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n"));
}

let serial = 0;
/** A roster row of the given major (by Chinese name), with a unique student number. */
export function rosterRow(
  school: School,
  majorZh: string,
  overrides: Partial<Record<"studentNo" | "name" | "email" | "phone" | "difficulties" | "cohort", string>> = {},
): string[] {
  const major = school.majors.find((m) => m.nameZh === majorZh);
  const college = school.colleges.find((c) => c.id === major?.collegeId);
  if (!major || !college) throw new Error(`no major ${majorZh}`);
  serial += 1;
  const n = `${Date.now() % 100000}${String(serial).padStart(4, "0")}`;
  return [
    overrides.studentNo ?? `S${n}`,
    overrides.name ?? `测试生${serial}`,
    "女",
    college.nameZh,
    major.nameZh,
    "本科",
    overrides.cohort ?? "2026",
    overrides.phone ?? `139${String(10_000_000 + serial).slice(-8)}`,
    overrides.email ?? `s${n}@stu.test.jiuye.cn`,
    overrides.difficulties ?? "",
  ];
}

/**
 * A graduate account linked to a fresh roster entry of the given major, with a profile and a
 * résumé (unless asked not to).
 */
export async function linkedGraduate(
  school: School,
  options: { major?: string; profile?: Partial<typeof graduateProfiles.$inferInsert>; resume?: boolean } = {},
) {
  const db = await getDb();
  const account = await signedIn("graduate");
  const major = school.majors.find((m) => m.nameZh === (options.major ?? "软件工程"))!;
  serial += 1;
  const [graduate] = await db
    .insert(graduates)
    .values({
      userId: account.user.id,
      studentNo: `L${Date.now() % 1_000_000}${String(serial).padStart(4, "0")}`,
      name: account.user.displayName,
      gender: "female",
      collegeId: major.collegeId,
      majorId: major.id,
      degree: "bachelor",
      cohort: 2026,
      phone: "13912345678",
      email: account.user.email,
    })
    .returning();
  await db
    .insert(graduateProfiles)
    .values({ graduateId: graduate!.id, ...options.profile })
    .onConflictDoNothing();
  if (options.profile)
    await db.update(graduateProfiles).set(options.profile).where(eq(graduateProfiles.graduateId, graduate!.id));
  // 邮件语言 lives on the account (app/i18n/mail-locale.ts); the profile field only shows it.
  if (options.profile?.language)
    await db.update(users).set({ locale: options.profile.language }).where(eq(users.id, account.user.id));
  if (options.resume !== false)
    await uploadResume(db, { userId: account.user.id }, { graduateId: graduate!.id, file: pdfFile("简历.pdf") });
  return { ...account, graduate: graduate! };
}

/** A published, indexed posting of this employer member. */
export async function publishedPosting(
  employerUserId: string,
  reviewerId: string,
  overrides: Partial<PostingContent> = {},
) {
  const db = await getDb();
  const id = await createPosting(db, { userId: employerUserId }, { content: postingContent(overrides), submit: true });
  await decidePosting(db, { userId: reviewerId, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
  await drainOutbox();
  return id;
}
