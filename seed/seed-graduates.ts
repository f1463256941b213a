import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { storeUpload } from "../app/files/uploads.server";
import type { Tx } from "../db/client";
import { demoResumePdf } from "./resume-pdf";
import { createRandom } from "./school-data";
import {
  applicationEvents,
  applications,
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
  options: { demoGraduateUserId: string; employerOwnerUserId: string; passwordHash: string; schoolName: string },
) {
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
    const stored = await storeUpload(
      "resumes",
      new File([pdf], "resume.pdf", { type: "application/pdf" }),
      ["pdf"],
      "resume",
    );
    await tx
      .update(graduateProfiles)
      .set({
        skills,
        preferredCities: ["杭州", "上海"],
        preferredIndustries: ["互联网/IT"],
        expectedPay: 12000,
        jobTypes: ["full_time"],
        intro,
        resumeFile: stored.file,
        resumeSha256: stored.sha256,
        resumeSize: stored.size,
        resumeUploadedAt: sql`now()`,
        digestFrequency: "weekly",
        language: "zh-CN",
      })
      .where(eq(graduateProfiles.graduateId, demo.graduate.id));
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
  const shared = await storeUpload(
    "resumes",
    new File([sharedPdf], "resume.pdf", { type: "application/pdf" }),
    ["pdf"],
    "resume",
  );
  if (applicants.length) {
    await tx
      .update(graduateProfiles)
      .set({
        resumeFile: shared.file,
        resumeSha256: shared.sha256,
        resumeSize: shared.size,
        resumeUploadedAt: sql`now()`,
      })
      .where(
        inArray(
          graduateProfiles.graduateId,
          applicants.map((a) => a.graduateId),
        ),
      );
  }

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
    const plan: {
      graduateId: string;
      userId: string;
      postingId: string;
      status: ApplicationState;
      resumeFile: string;
      resumeSha256: string;
    }[] = [];
    applicants.forEach((applicant, i) => {
      const posting = published[i % Math.max(1, published.length)];
      if (posting)
        plan.push({
          ...applicant,
          postingId: posting.id,
          status: statuses[i % statuses.length]!,
          resumeFile: shared.file,
          resumeSha256: shared.sha256,
        });
    });
    if (demo && published.length >= 2) {
      const [demoProfile] = await tx
        .select()
        .from(graduateProfiles)
        .where(eq(graduateProfiles.graduateId, demo.graduate.id));
      if (demoProfile?.resumeFile && demoProfile.resumeSha256) {
        plan.push({
          graduateId: demo.graduate.id,
          userId: options.demoGraduateUserId,
          postingId: published[0]!.id,
          status: "shortlisted",
          resumeFile: demoProfile.resumeFile,
          resumeSha256: demoProfile.resumeSha256,
        });
        plan.push({
          graduateId: demo.graduate.id,
          userId: options.demoGraduateUserId,
          postingId: published[1]!.id,
          status: "submitted",
          resumeFile: demoProfile.resumeFile,
          resumeSha256: demoProfile.resumeSha256,
        });
      }
    }
    for (const [i, item] of plan.entries()) {
      const daysAgo = 14 - (i % 10);
      const [app] = await tx
        .insert(applications)
        .values({
          graduateId: item.graduateId,
          postingId: item.postingId,
          employerId: membership.employerId,
          status: item.status,
          note: i % 3 === 0 ? "您好，我对该岗位很感兴趣，期待交流。" : "",
          resumeFile: item.resumeFile,
          resumeSha256: item.resumeSha256,
          createdAt: sql`now() - make_interval(days => ${daysAgo})`,
        })
        .onConflictDoNothing()
        .returning({ id: applications.id });
      if (!app) continue;
      created++;
      const path = STATUS_PATHS[item.status];
      await tx.insert(applicationEvents).values(
        path.map((status, step) => ({
          applicationId: app.id,
          fromStatus: step === 0 ? null : path[step - 1]!,
          toStatus: status,
          actorUserId: status === "withdrawn" || step === 0 ? item.userId : options.employerOwnerUserId,
          createdAt: sql`now() - make_interval(days => ${daysAgo}) + make_interval(hours => ${step * 20})`,
        })),
      );
    }
  }
  return { profiles: profileRows.length, accounts: applicants.length, applications: created };
}
