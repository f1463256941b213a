import { and, eq, isNull } from "drizzle-orm";
import { applyToPosting } from "../app/applications/applications.server";
import { saveProfile, uploadResume } from "../app/graduates/profile.server";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import type { Database, Tx } from "../db/client";
import { demoResumePdf } from "./resume-pdf";
import { createRandom } from "./school-data";
import { advanceApplication } from "./seed-interviews";
import {
  colleges,
  employerMembers,
  graduateProfiles,
  graduates,
  majors,
  postings,
  users,
  type ApplicationState,
  type JobType,
} from "../db/schema";

/** Skills graduates of each college list (by college code), for realistic profiles and matches. */
const SKILLS_BY_COLLEGE: Record<string, string[]> = {
  "01": ["Java", "Spring", "Python", "SQL", "Linux", "React", "TypeScript", "Go", "PyTorch", "Docker"],
  "02": ["C", "嵌入式", "FPGA", "Verilog", "MATLAB", "单片机", "通信协议", "Python"],
  "03": ["CAD", "SolidWorks", "PLC", "数控", "机械设计", "ANSYS"],
  "04": ["Excel", "财务分析", "市场调研", "SQL", "CPA", "数据分析"],
  "05": ["英语", "日语", "翻译", "商务谈判", "跨境电商"],
  "06": ["化学分析", "材料表征", "实验室安全", "Origin"],
  "07": ["AutoCAD", "BIM", "Revit", "造价", "施工管理"],
  "08": ["新媒体运营", "文案", "视频剪辑", "摄影"],
  "09": ["Python", "R", "统计建模", "SQL", "机器学习", "数据分析"],
  "10": ["教师资格证", "课程设计", "心理辅导", "普通话"],
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The graduate's own answers; the employer takes every other step. */
const GRADUATE_STEPS: ReadonlySet<ApplicationState> = new Set(["withdrawn", "accepted", "declined"]);
const CITIES = ["杭州", "上海", "南京", "苏州", "宁波", "深圳", "北京", "合肥", "成都", "武汉"];
const INDUSTRIES = ["互联网/IT", "金融/银行", "能源/电力", "机械/制造", "教育/培训", "建筑/房地产"];
const STATUS_PATHS: Record<ApplicationState, ApplicationState[]> = {
  submitted: ["submitted"],
  viewed: ["submitted", "viewed"],
  shortlisted: ["submitted", "viewed", "shortlisted"],
  interviewing: ["submitted", "viewed", "shortlisted", "interviewing"],
  offered: ["submitted", "viewed", "shortlisted", "interviewing", "offered"],
  accepted: ["submitted", "viewed", "shortlisted", "interviewing", "offered", "accepted"],
  declined: ["submitted", "viewed", "shortlisted", "interviewing", "offered", "declined"],
  rejected: ["submitted", "viewed", "rejected"],
  withdrawn: ["submitted", "withdrawn"],
};

/**
 * Profiles for every roster graduate, accounts for some, a fully filled demo graduate with a
 * generated résumé PDF, and applications in every status to the demo employer's published
 * postings. Runs inside the seed's transaction, after seedVetting.
 */
export async function seedGraduates(
  tx: Tx,
  options: {
    demoGraduateUserId: string;
    employerOwnerUserId: string;
    passwordHash: string;
    schoolName: string;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  // The commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const replayFrom = await lastOutboxId(tx);
  const random = createRandom(24);
  const roster = await tx
    .select({ graduate: graduates, collegeCode: colleges.code, collegeZh: colleges.nameZh, majorZh: majors.nameZh })
    .from(graduates)
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .innerJoin(majors, eq(majors.id, graduates.majorId));
  const pick = <T>(items: T[], n: number) => {
    const out: T[] = [];
    for (let i = 0; i < n * 3 && out.length < n; i++) {
      const item = random.pick(items);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  };
  const jobTypeSets: JobType[][] = [["full_time"], ["full_time"], ["full_time", "internship"], []];
  const profileRows = roster.map(({ graduate, collegeCode }) => ({
    graduateId: graduate.id,
    skills: pick(SKILLS_BY_COLLEGE[collegeCode] ?? ["Excel"], random.int(2, 5)),
    preferredCities: pick(CITIES, random.int(1, 3)),
    preferredIndustries: pick(INDUSTRIES, random.int(0, 2)),
    expectedPay: random.next() < 0.8 ? random.int(6, 20) * 1000 : null,
    jobTypes: random.pick(jobTypeSets),
    intro: "踏实肯干，学习能力强，希望在专业相关领域长期发展。",
    digestFrequency:
      random.next() < 0.8 ? ("weekly" as const) : random.next() < 0.5 ? ("daily" as const) : ("off" as const),
  }));
  for (let i = 0; i < profileRows.length; i += 500) {
    await tx
      .insert(graduateProfiles)
      .values(profileRows.slice(i, i + 500))
      .onConflictDoNothing();
  }

  // The demo graduate: everything filled in, with a real résumé.
  const demo = roster.find((r) => r.graduate.userId === options.demoGraduateUserId);
  if (demo) {
    const skills = ["Java", "Spring", "PostgreSQL", "React", "TypeScript", "Linux"];
    const intro = "软件工程专业应届生，熟悉 Java 后端与前端开发，希望在杭州或上海从事后端或全栈开发工作。";
    const pdf = await demoResumePdf({
      name: demo.graduate.name,
      school: options.schoolName,
      major: demo.majorZh,
      degree: "本科",
      cohort: demo.graduate.cohort,
      email: demo.graduate.email ?? "",
      skills,
      intro,
    });
    const filledAt = new Date(now.getTime() - 21 * DAY);
    await saveProfile(
      db,
      { userId: options.demoGraduateUserId },
      {
        graduateId: demo.graduate.id,
        profile: {
          skills,
          preferredCities: ["杭州", "上海"],
          preferredIndustries: ["互联网/IT"],
          expectedPay: 12000,
          jobTypes: ["full_time"],
          intro,
          nonPersonalised: false,
          digestFrequency: "weekly",
          language: "zh-CN",
        },
        now: filledAt,
      },
    );
    await uploadResume(
      db,
      { userId: options.demoGraduateUserId },
      {
        graduateId: demo.graduate.id,
        file: new File([pdf], "resume.pdf", { type: "application/pdf" }),
        now: new Date(filledAt.getTime() + 10 * 60_000),
      },
    );
  }

  // Accounts for some graduates of the current cohort, so the pipeline has real applicants.
  const candidates = roster
    .filter((r) => !r.graduate.userId && r.graduate.cohort === 2026 && r.graduate.email)
    .slice(0, 40);
  const accounts = candidates.length
    ? await tx
        .insert(users)
        .values(
          candidates.map((r) => ({
            email: r.graduate.email!.toLowerCase(),
            passwordHash: options.passwordHash,
            role: "graduate" as const,
            displayName: r.graduate.name,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: users.id, email: users.email })
    : [];
  const applicants: { graduateId: string; userId: string }[] = [];
  for (const account of accounts) {
    const row = candidates.find((r) => r.graduate.email?.toLowerCase() === account.email);
    if (!row) continue;
    await tx
      .update(graduates)
      .set({ userId: account.id })
      .where(and(eq(graduates.id, row.graduate.id), isNull(graduates.userId)));
    applicants.push({ graduateId: row.graduate.id, userId: account.id });
  }
  // Their résumé: the same generated PDF shape, one file shared (content is demo data).
  const sharedPdf = await demoResumePdf({
    name: "示例毕业生",
    school: options.schoolName,
    major: "—",
    degree: "本科",
    cohort: 2026,
    email: "",
    skills: ["Java", "Python"],
    intro: "示例简历。",
  });
  for (const applicant of applicants)
    await uploadResume(
      db,
      { userId: applicant.userId },
      {
        graduateId: applicant.graduateId,
        file: new File([sharedPdf], "resume.pdf", { type: "application/pdf" }),
        now: new Date(now.getTime() - 16 * DAY),
      },
    );

  // Applications in every status to the demo employer's published postings.
  const [membership] = await tx
    .select()
    .from(employerMembers)
    .where(eq(employerMembers.userId, options.employerOwnerUserId))
    .limit(1);
  let created = 0;
  if (membership) {
    const published = await tx
      .select({ id: postings.id })
      .from(postings)
      .where(and(eq(postings.employerId, membership.employerId), eq(postings.status, "published")))
      .orderBy(postings.createdAt);
    const statuses = Object.keys(STATUS_PATHS) as ApplicationState[];
    const plan: { graduateId: string; userId: string; postingId: string; status: ApplicationState }[] = [];
    applicants.forEach((applicant, i) => {
      const posting = published[i % Math.max(1, published.length)];
      if (posting) plan.push({ ...applicant, postingId: posting.id, status: statuses[i % statuses.length]! });
    });
    if (demo && published.length >= 2) {
      const own = { graduateId: demo.graduate.id, userId: options.demoGraduateUserId };
      plan.push({ ...own, postingId: published[0]!.id, status: "shortlisted" });
      plan.push({ ...own, postingId: published[1]!.id, status: "submitted" });
    }
    // Each applied 5 to 14 days ago; every later step of its path 20 hours after the one before.
    for (const [i, item] of plan.entries()) {
      const appliedAt = new Date(now.getTime() - (14 - (i % 10)) * DAY);
      const applied = await applyToPosting(
        db,
        { userId: item.userId },
        {
          postingId: item.postingId,
          note: i % 3 === 0 ? "您好，我对该岗位很感兴趣，期待交流。" : "",
          now: appliedAt,
        },
      );
      if (applied.status !== "applied") continue;
      created++;
      await advanceApplication(
        tx,
        { id: applied.applicationId, status: "submitted" },
        STATUS_PATHS[item.status].slice(1).map((status, step) => ({
          status,
          at: new Date(appliedAt.getTime() + (step + 1) * 20 * HOUR),
          actorUserId: GRADUATE_STEPS.has(status) ? item.userId : options.employerOwnerUserId,
        })),
      );
    }
  }
  await settleReplayedMail(tx, replayFrom);
  return { profiles: profileRows.length, accounts: applicants.length, applications: created };
}
