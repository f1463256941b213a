import { createRequire } from "node:module";
import path from "node:path";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { AGREEMENT_EVIDENCE_JOB, reviewStepsForSchool } from "../app/agreements/agreements.server";
import { enqueue } from "../app/outbox/outbox.server";
import {
  AGREEMENT_ACTORS,
  DESTINATION_CODE_ON_REGISTER,
  agreementMachine,
  type AgreementActor,
  type AgreementEvent,
  type AgreementState,
} from "../app/agreements/states";
import { storeUpload } from "../app/files/uploads.server";
import type { Tx } from "../db/client";
import { demoResumePdf } from "./resume-pdf";
import {
  agreementEvents,
  agreementNumberCounters,
  agreements,
  applicationEvents,
  applications,
  auditLog,
  colleges,
  destinationHistory,
  destinations,
  employerMembers,
  employers,
  graduateProfiles,
  graduates,
  postings,
  users,
} from "../db/schema";
import {
  advanceApplication,
  minutesAfter,
  type OrganizerCalendar,
  seedInterviews,
  workingDay,
  writeInterview,
} from "./seed-interviews";

const HOUR = 3_600_000;
/** As the domain module: an invitation lapses this many days after it is sent unless the employer sets a deadline. */
const REPLY_DAYS = 5;

type Step =
  | { event: "draft" | Exclude<AgreementEvent, "expire">; day: number; time: string; reason?: string }
  | { event: "expire"; minutesAfterDeadline: number };
type DestinationStep = { action: "confirm" | "verify" | "return"; day: number; time: string; reason?: string };

interface Plan {
  /** "01": a graduate of 计算机科学与技术学院 (reviewed by staff.cs@); "other": another college; "demo": the demo graduate. */
  graduate: "01" | "other" | "demo";
  /** The application's status when the agreement is drafted: the offer, or the offer accepted. */
  offer: "offered" | "accepted";
  steps: Step[];
  /** What happened to the code-10 destination registration recorded, after it. */
  destination?: DestinationStep[];
  /** Penalty above a month's pay, for the agreement the school returns. */
  penaltyAboveSchoolLimit?: boolean;
}

const BREACH = {
  graduateSchool: "已通过硕士研究生复试并被录取，经与单位协商一致解除协议，附单位出具的解约函。",
  hometown: "家庭原因需回生源地（安徽合肥）就业，单位已同意解约并出具解约函。",
  enlistment: "应征入伍，已通过体检和政治考核，单位同意解除协议并出具解约函。",
};

/**
 * One agreement in every state of AGREEMENT_STATES (two where a queue should show more than one),
 * with the demo employer, each driven step by step through the state machine.
 */
const PLANS: Plan[] = [
  {
    graduate: "demo",
    offer: "offered",
    steps: [
      { event: "draft", day: -1, time: "10:05" },
      { event: "invite", day: -1, time: "10:20" },
    ],
  },
  { graduate: "other", offer: "offered", steps: [{ event: "draft", day: -1, time: "16:40" }] },
  {
    graduate: "other",
    offer: "offered",
    steps: [
      { event: "draft", day: -2, time: "09:30" },
      { event: "invite", day: -2, time: "09:45" },
    ],
  },
  {
    graduate: "other",
    offer: "offered",
    steps: [
      { event: "draft", day: -9, time: "10:10" },
      { event: "invite", day: -9, time: "10:30" },
      { event: "decline", day: -7, time: "19:42", reason: "已接受其他单位的录用通知，感谢贵公司的认可。" },
    ],
  },
  {
    graduate: "other",
    offer: "offered",
    steps: [
      { event: "draft", day: -13, time: "14:00" },
      { event: "invite", day: -13, time: "14:20" },
      { event: "expire", minutesAfterDeadline: 7 },
    ],
  },
  {
    graduate: "other",
    offer: "offered",
    steps: [
      { event: "draft", day: -6, time: "09:50" },
      { event: "invite", day: -6, time: "10:00" },
      { event: "withdraw", day: -5, time: "11:30" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -4, time: "10:00" },
      { event: "invite", day: -4, time: "10:15" },
      { event: "accept", day: -2, time: "21:05" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -3, time: "15:00" },
      { event: "invite", day: -3, time: "15:10" },
      { event: "accept", day: -1, time: "12:30" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    penaltyAboveSchoolLimit: true,
    steps: [
      { event: "draft", day: -11, time: "10:00" },
      { event: "invite", day: -11, time: "10:20" },
      { event: "accept", day: -10, time: "20:00" },
      { event: "college_approve", day: -9, time: "09:40" },
      { event: "return", day: -8, time: "15:30" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -7, time: "10:30" },
      { event: "invite", day: -7, time: "10:45" },
      { event: "accept", day: -6, time: "22:10" },
      { event: "college_approve", day: -3, time: "10:20" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -12, time: "09:20" },
      { event: "invite", day: -12, time: "09:35" },
      { event: "accept", day: -11, time: "19:00" },
      { event: "college_approve", day: -9, time: "14:00" },
      { event: "school_register", day: -2, time: "14:10" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -26, time: "10:00" },
      { event: "invite", day: -26, time: "10:10" },
      { event: "accept", day: -24, time: "20:20" },
      { event: "college_approve", day: -23, time: "09:50" },
      { event: "school_register", day: -21, time: "15:00" },
    ],
    destination: [
      { action: "confirm", day: -20, time: "20:30" },
      { action: "verify", day: -18, time: "10:00" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -36, time: "11:00" },
      { event: "invite", day: -36, time: "11:10" },
      { event: "accept", day: -35, time: "18:40" },
      { event: "college_approve", day: -34, time: "10:00" },
      { event: "school_register", day: -30, time: "16:00" },
      { event: "request_breach", day: -2, time: "16:00", reason: BREACH.graduateSchool },
    ],
    destination: [{ action: "confirm", day: -29, time: "21:00" }],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -38, time: "14:00" },
      { event: "invite", day: -38, time: "14:15" },
      { event: "accept", day: -37, time: "19:30" },
      { event: "college_approve", day: -36, time: "10:40" },
      { event: "school_register", day: -33, time: "10:30" },
      { event: "request_breach", day: -7, time: "10:00", reason: BREACH.hometown },
      { event: "breach_college_approve", day: -5, time: "11:00" },
    ],
    destination: [
      { action: "confirm", day: -32, time: "12:15" },
      { action: "verify", day: -28, time: "15:00" },
    ],
  },
  {
    graduate: "01",
    offer: "accepted",
    steps: [
      { event: "draft", day: -45, time: "10:00" },
      { event: "invite", day: -45, time: "10:20" },
      { event: "accept", day: -44, time: "20:00" },
      { event: "college_approve", day: -43, time: "09:30" },
      { event: "school_register", day: -40, time: "14:00" },
      { event: "request_breach", day: -15, time: "09:40", reason: BREACH.enlistment },
      { event: "breach_college_approve", day: -13, time: "14:30" },
      { event: "breach_school_approve", day: -11, time: "10:15" },
    ],
    // The destination from the agreement no longer holds: the school sends it back to be reported again.
    destination: [
      { action: "confirm", day: -39, time: "19:00" },
      { action: "verify", day: -37, time: "10:30" },
      { action: "return", day: -10, time: "09:30", reason: "三方协议已解约（学校已审核同意），请重新登记毕业去向。" },
    ],
  },
];

const ARCHIVE: Record<string, [archive: string, hukou: string]> = {
  杭州: ["杭州市人才服务局档案管理中心（杭州市上城区解放东路 18 号）", "杭州市滨江区长河派出所"],
  南京: ["南京市人才服务中心档案部（南京市建邺区江东中路 265 号）", "南京市建邺区沙洲派出所"],
  上海: ["上海市人才服务中心档案部（上海市静安区梅园路 77 号）", "上海市浦东新区张江派出所"],
  北京: ["北京市海淀区人才服务中心档案部", "北京市海淀区上地派出所"],
};

type PostingRow = {
  id: string;
  title: string;
  salaryMin: number;
  salaryMax: number;
  cities: { province: string; city: string }[];
};

function termsFor(posting: PostingRow, i: number, startDate: string) {
  const place = posting.cities.find((c) => c.city === "杭州") ??
    posting.cities[0] ?? { province: "浙江省", city: "杭州" };
  const [archiveAddress, hukouAddress] = ARCHIVE[place.city] ?? ARCHIVE["杭州"]!;
  const fraction = [0.35, 0.5, 0.25, 0.6][i % 4]!;
  return {
    position: posting.title.replace(/（20\d\d届）$/, ""),
    monthlyPay: Math.round((posting.salaryMin + (posting.salaryMax - posting.salaryMin) * fraction) / 500) * 500,
    probationMonths: [3, 6, 3, 2][i % 4]!,
    workProvince: place.province,
    workCity: place.city,
    startDate,
    breachPenalty: [5000, 3000, 5000, 0][i % 4]!,
    archiveAddress,
    hukouAddress,
  };
}

/** Shanghai calendar year of an instant, as the domain module numbers by. */
function yearInShanghai(at: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(at));
}

/** The same counter upsert as the domain module's registration: "<year>-<6 digits>", never repeated. */
async function nextNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx
    .insert(agreementNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: agreementNumberCounters.year,
      set: { last: sql`${agreementNumberCounters.last} + 1` },
    })
    .returning({ last: agreementNumberCounters.last });
  return `${year}-${String(row!.last).padStart(6, "0")}`;
}

/** 解约函: the employer's release letter a graduate attaches to a breach request, as a real one-page PDF. */
export async function demoReleaseLetterPdf(input: {
  employerName: string;
  graduateName: string;
  studentNo: string;
  number: string;
  position: string;
  date: string;
}): Promise<Uint8Array<ArrayBuffer>> {
  const { default: PDFDocument } = await import("pdfkit");
  const require = createRequire(import.meta.url);
  const fontDir = path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  const doc = new PDFDocument({
    size: "A4",
    margin: 64,
    info: { Title: `解约函 ${input.graduateName}`, Author: input.employerName },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  // One font only: each embedded font is subset on generation, which is most of the time it takes.
  doc.registerFont("body", path.join(fontDir, "NotoSansHans-Regular.otf"));
  doc.font("body").fontSize(20).text("解除就业协议函", { align: "center" });
  doc.moveDown(1.5).fontSize(12).text("学校就业指导中心：");
  doc
    .moveDown(0.5)
    .text(
      `我单位与贵校毕业生 ${input.graduateName}（学号 ${input.studentNo}）签订的就业协议书（编号 ${input.number}，岗位：${input.position}），经双方协商一致，同意解除。我单位不再追究违约责任，请贵校按规定办理解约手续。`,
      { lineGap: 4 },
    );
  doc.moveDown(3).text(input.employerName, { align: "right" });
  doc.text("（盖章）人力资源部", { align: "right" });
  doc.text(input.date, { align: "right" });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10);
const chineseDate = (at: Date) => {
  const [y, m, d] = shanghaiDate(at).split("-").map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

export interface SigningOptions {
  employerOwnerUserId: string;
  demoGraduateUserId: string;
  schoolStaffUserId: string;
  collegeStaffUserId: string;
  passwordHash: string;
  now: Date;
  calendar: OrganizerCalendar;
}

/**
 * 三方协议 with the demo employer in every state, each as the domain module
 * (app/agreements/agreements.server.ts) would have left it: history rows for every step, audit
 * entries, reasons, registration numbers from the yearly counter, the release letter of breach
 * requests stored like an upload, and the code-10 destination that registration records (waiting
 * for the graduate's confirmation, or confirmed and verified since). The graduates are 2027 cohort
 * students of the current signing season, given accounts and an application to one of the
 * employer's 2027 postings that went through an interview to an offer; the demo graduate gets an
 * invitation waiting for her reply. No mail is queued: the demo's outbox starts empty.
 */
export async function seedAgreements(tx: Tx, options: SigningOptions) {
  const { now, calendar } = options;
  const at = (n: number, hhmm: string) => workingDay(n, hhmm, now);
  const owner = options.employerOwnerUserId;
  const [membership] = await tx.select().from(employerMembers).where(eq(employerMembers.userId, owner)).limit(1);
  if (!membership) return { agreements: 0, registered: 0, accounts: 0, interviews: 0 };
  const [employer] = await tx.select().from(employers).where(eq(employers.id, membership.employerId)).limit(1);
  if (!employer) return { agreements: 0, registered: 0, accounts: 0, interviews: 0 };

  // The employer's posts for the 2027 cohort (full time), the demo graduate and the cast.
  const published = await tx
    .select({
      id: postings.id,
      title: postings.title,
      salaryMin: postings.salaryMin,
      salaryMax: postings.salaryMax,
      cities: postings.cities,
      jobType: postings.jobType,
    })
    .from(postings)
    .where(and(eq(postings.employerId, employer.id), eq(postings.status, "published")))
    .orderBy(asc(postings.title));
  const fullTime = published.filter((p) => p.jobType === "full_time");
  const posts = (
    fullTime.some((p) => p.title.includes("2027届")) ? fullTime.filter((p) => p.title.includes("2027届")) : fullTime
  ) as PostingRow[];
  if (posts.length === 0) return { agreements: 0, registered: 0, accounts: 0, interviews: 0 };

  const [demo] = await tx.select().from(graduates).where(eq(graduates.userId, options.demoGraduateUserId)).limit(1);
  const free = await tx
    .select({ graduate: graduates, collegeCode: colleges.code })
    .from(graduates)
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(
      and(eq(graduates.cohort, 2027), isNull(graduates.userId), isNotNull(graduates.email), isNull(destinations.id)),
    )
    .orderBy(asc(graduates.studentNo));
  const fromCollegeOne = free.filter((r) => r.collegeCode === "01");
  // Other colleges in turn, so the graduate side is not all one college.
  const byCollege = new Map<string, typeof free>();
  for (const r of free)
    if (r.collegeCode !== "01") byCollege.set(r.collegeCode, [...(byCollege.get(r.collegeCode) ?? []), r]);
  const others: typeof free = [];
  for (let round = 0; others.length < free.length - fromCollegeOne.length; round++) {
    for (const rows of byCollege.values()) if (rows[round]) others.push(rows[round]!);
  }

  // Their résumé: the shared demo file seedGraduates gave the applicants, or a new one.
  const [sharedRow] = await tx
    .select({
      file: graduateProfiles.resumeFile,
      sha256: graduateProfiles.resumeSha256,
      size: graduateProfiles.resumeSize,
    })
    .from(graduateProfiles)
    .innerJoin(graduates, eq(graduates.id, graduateProfiles.graduateId))
    .where(and(isNotNull(graduateProfiles.resumeFile), demo ? sql`${graduates.id} <> ${demo.id}` : undefined))
    .limit(1);
  const shared =
    sharedRow?.file && sharedRow.sha256
      ? { file: sharedRow.file, sha256: sharedRow.sha256, size: sharedRow.size ?? 0 }
      : await storeUpload(
          "resumes",
          new File(
            [
              await demoResumePdf({
                name: "示例毕业生",
                school: "",
                major: "—",
                degree: "本科",
                cohort: 2027,
                email: "",
                skills: ["Java"],
                intro: "示例简历。",
              }),
            ],
            "resume.pdf",
            { type: "application/pdf" },
          ),
          ["pdf"],
          "resume",
        );

  // Registration numbers go out in the order the school registered, per Shanghai year.
  const registrations = PLANS.flatMap((plan, i) =>
    plan.steps
      .filter((s) => s.event === "school_register")
      .map((s) => ({ i, at: "day" in s ? at(s.day, s.time) : now })),
  );
  registrations.sort((a, b) => a.at.getTime() - b.at.getTime());
  const numbers = new Map<number, string>();
  for (const r of registrations) numbers.set(r.i, await nextNumber(tx, yearInShanghai(r.at)));

  const userOf: Record<Exclude<AgreementActor, "graduate" | "system">, string> = {
    employer: owner,
    staff_college: options.collegeStaffUserId,
    staff_school: options.schoolStaffUserId,
  };
  // The school's review steps, as the domain module reads them (the plans assume the college review is on).
  const reviewSteps = reviewStepsForSchool();
  let created = 0;
  let interviews = 0;
  let accounts = 0;
  let registered = 0;
  for (const [i, plan] of PLANS.entries()) {
    // The graduate and the application the agreement is drafted from.
    let graduate: typeof graduates.$inferSelect;
    let graduateUserId: string;
    let application: { id: string; status: typeof applications.$inferSelect.status; postingId: string };
    const draft = plan.steps[0] as { day: number; time: string };
    const draftAt = at(draft.day, draft.time);
    if (plan.graduate === "demo") {
      if (!demo) continue;
      const [offered] = await tx
        .select({ id: applications.id, status: applications.status, postingId: applications.postingId })
        .from(applications)
        .where(
          and(
            eq(applications.graduateId, demo.id),
            eq(applications.employerId, employer.id),
            inArray(applications.status, ["offered", "accepted"]),
          ),
        )
        .limit(1);
      if (!offered) continue;
      graduate = demo;
      graduateUserId = options.demoGraduateUserId;
      application = offered;
    } else {
      const row = (plan.graduate === "01" ? fromCollegeOne : others).shift();
      if (!row) continue;
      graduate = row.graduate;
      const [user] = await tx
        .insert(users)
        .values({
          email: graduate.email!.toLowerCase(),
          passwordHash: options.passwordHash,
          role: "graduate",
          displayName: graduate.name,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!user) continue;
      accounts++;
      graduateUserId = user.id;
      await tx.update(graduates).set({ userId: user.id }).where(eq(graduates.id, graduate.id));
      await tx
        .update(graduateProfiles)
        .set({
          resumeFile: shared.file,
          resumeSha256: shared.sha256,
          resumeSize: shared.size,
          resumeUploadedAt: at(draft.day - 16, "20:00"),
        })
        .where(eq(graduateProfiles.graduateId, graduate.id));

      // Applied in the autumn recruitment, interviewed, offered (and accepted the offer).
      const base = draft.day;
      const posting = posts[i % posts.length]!;
      const appliedAt = at(base - 15, "20:30");
      const [app] = await tx
        .insert(applications)
        .values({
          graduateId: graduate.id,
          postingId: posting.id,
          employerId: employer.id,
          status: "submitted",
          note: i % 2 ? "您好，我对该岗位很感兴趣，期待交流。" : "",
          resumeFile: shared.file,
          resumeSha256: shared.sha256,
          createdAt: appliedAt,
          updatedAt: appliedAt,
        })
        .returning({
          id: applications.id,
          status: applications.status,
          postingId: applications.postingId,
          graduateId: applications.graduateId,
          employerId: applications.employerId,
        });
      if (!app) continue;
      await tx.insert(applicationEvents).values({
        applicationId: app.id,
        fromStatus: null,
        toStatus: "submitted",
        actorUserId: user.id,
        createdAt: appliedAt,
      });
      await advanceApplication(tx, app, [
        { status: "viewed", at: at(base - 14, "10:00"), actorUserId: owner },
        { status: "shortlisted", at: at(base - 12, "15:00"), actorUserId: owner },
        { status: "interviewing", at: at(base - 10, "11:00"), actorUserId: owner },
      ]);
      const slot = calendar.find(base - 8, i % 2 ? "14:00" : "10:00", 60);
      await writeInterview(tx, calendar, {
        application: app,
        graduateUserId: user.id,
        mode: i % 3 === 0 ? "onsite" : "video",
        location:
          i % 3 === 0
            ? `${employer.address} ${employer.name} 3 楼 301 会议室`
            : `https://meeting.tencent.com/dm/${String(6_100_000_000 + i * 37_711_903).slice(0, 10)}`,
        steps: [
          { kind: "propose", at: at(base - 10, "11:00"), slots: [slot] },
          { kind: "confirm", at: at(base - 10, "20:05"), actor: "graduate", slot: 0 },
          { kind: "complete", at: minutesAfter(slot.endsAt, 10) },
        ],
      });
      interviews++;
      await advanceApplication(tx, app, [
        { status: "offered", at: at(base - 5, "17:00"), actorUserId: owner },
        ...(plan.offer === "accepted"
          ? [{ status: "accepted" as const, at: at(base - 2, "21:00"), actorUserId: user.id }]
          : []),
      ]);
      application = app;
    }

    const posting = (published.find((p) => p.id === application.postingId) ?? posts[0]!) as PostingRow;
    const terms = termsFor(
      posting,
      i,
      graduate.cohort <= 2026 ? "2027-01-04" : ["2027-07-01", "2027-07-05", "2027-07-12"][i % 3]!,
    );
    if (plan.penaltyAboveSchoolLimit) terms.breachPenalty = Math.ceil((terms.monthlyPay * 1.5) / 1000) * 1000;

    // Each step through the state machine, with the side effects transitionAgreement has.
    const row: typeof agreements.$inferInsert = {
      employerId: employer.id,
      graduateId: graduate.id,
      applicationId: application.id,
      status: "drafted",
      ...terms,
      createdBy: owner,
      createdAt: draftAt,
      updatedAt: draftAt,
    };
    const history: (typeof agreementEvents.$inferInsert)[] = [
      {
        agreementId: "",
        fromStatus: null,
        toStatus: "drafted",
        event: "draft",
        actorUserId: owner,
        createdAt: draftAt,
      },
    ];
    const audit: { actorUserId: string | null; action: string; detail: Record<string, unknown>; createdAt: Date }[] = [
      {
        actorUserId: owner,
        action: "agreement.draft",
        detail: { graduateId: graduate.id, applicationId: application.id },
        createdAt: draftAt,
      },
    ];
    let state: AgreementState = "drafted";
    let registeredAt: Date | null = null;
    for (const step of plan.steps.slice(1)) {
      const when =
        step.event === "expire" ? minutesAfter(row.replyDeadline!, step.minutesAfterDeadline) : at(step.day, step.time);
      if (when.getTime() >= now.getTime())
        throw new Error(`demo agreement ${i}: ${step.event} would lie in the future`);
      const actor = AGREEMENT_ACTORS.find(
        (a) => agreementMachine.next(state, step.event as AgreementEvent, a, reviewSteps).ok,
      );
      if (!actor) throw new Error(`demo agreement ${i}: ${step.event} is not possible from ${state}`);
      const to: AgreementState = (
        agreementMachine.next(state, step.event as AgreementEvent, actor, reviewSteps) as { to: AgreementState }
      ).to;
      const actorUserId = actor === "system" ? null : actor === "graduate" ? graduateUserId : userOf[actor];
      let reason = "reason" in step ? (step.reason ?? null) : null;
      switch (step.event) {
        case "invite":
          row.replyDeadline = new Date(when.getTime() + REPLY_DAYS * 24 * HOUR);
          row.declineReason = null;
          break;
        case "decline":
          row.declineReason = reason;
          break;
        case "return":
          reason = `违约金 ${terms.breachPenalty} 元超过学校规定的上限（不超过一个月工资 ${terms.monthlyPay} 元），请与单位协商修改协议条款后重新发送。`;
          row.returnReason = reason;
          break;
        case "school_register":
          row.number = numbers.get(i)!;
          row.registeredAt = registeredAt = when;
          row.returnReason = null;
          break;
        case "request_breach": {
          const pdf = await demoReleaseLetterPdf({
            employerName: employer.name,
            graduateName: graduate.name,
            studentNo: graduate.studentNo,
            number: row.number!,
            position: terms.position,
            date: chineseDate(minutesAfter(when, -26 * 60)),
          });
          row.releaseLetterFile = (
            await storeUpload(
              "evidence",
              new File([pdf], "解约函.pdf", { type: "application/pdf" }),
              ["pdf"],
              "releaseLetter",
            )
          ).file;
          break;
        }
        default:
          break;
      }
      history.push({
        agreementId: "",
        fromStatus: state,
        toStatus: to,
        event: step.event,
        actorUserId,
        reason,
        createdAt: when,
      });
      audit.push({
        actorUserId,
        action: `agreement.${step.event}`,
        detail: { from: state, to, reason, number: row.number ?? null },
        createdAt: when,
      });
      state = to;
      row.status = to;
      row.updatedAt = when;
    }
    const [inserted] = await tx.insert(agreements).values(row).returning({ id: agreements.id });
    const agreementId = inserted!.id;
    created++;
    await tx.insert(agreementEvents).values(history.map((h) => ({ ...h, agreementId })));
    await tx.insert(auditLog).values(audit.map((a) => ({ ...a, subjectType: "agreement", subjectId: agreementId })));
    if (plan.steps.some((s) => s.event === "decline")) {
      await advanceApplication(tx, application, [
        { status: "declined", at: history.at(-1)!.createdAt as Date, actorUserId: graduateUserId },
      ]);
    }

    // Registration records the destination on the graduate's behalf: code 10, for them to confirm.
    if (registeredAt) {
      registered++;
      await recordRegisteredDestination(tx, {
        graduateId: graduate.id,
        graduateUserId,
        at: registeredAt,
        steps: plan.destination ?? [],
        now,
        registrarUserId: options.schoolStaffUserId,
        collegeStaffUserId: options.collegeStaffUserId,
        fields: {
          employerName: employer.name,
          employerCreditCode: employer.creditCode,
          workProvince: terms.workProvince,
          workCity: terms.workCity,
          startDate: terms.startDate,
          monthlyPay: String(terms.monthlyPay),
        },
      });
      // As at a real registration, the worker attaches the agreement's PDF as the destination's evidence.
      await enqueue(tx, {
        kind: AGREEMENT_EVIDENCE_JOB,
        payload: { agreementId },
        idempotencyKey: `agreement-evidence:${agreementId}:${row.number}`,
      });
    }
  }
  return { agreements: created, registered, accounts, interviews };
}

async function recordRegisteredDestination(
  tx: Tx,
  input: {
    graduateId: string;
    graduateUserId: string;
    at: Date;
    steps: DestinationStep[];
    now: Date;
    registrarUserId: string;
    collegeStaffUserId: string;
    fields: Record<string, string>;
  },
) {
  const { fields } = input;
  const [row] = await tx
    .insert(destinations)
    .values({
      graduateId: input.graduateId,
      code: DESTINATION_CODE_ON_REGISTER,
      status: "reported",
      fields,
      source: "agreement",
      employerName: fields.employerName,
      employerCreditCode: fields.employerCreditCode,
      recordedBy: input.registrarUserId,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning({ id: destinations.id });
  const destinationId = row!.id;
  const base = { destinationId, graduateId: input.graduateId, code: DESTINATION_CODE_ON_REGISTER, fields };
  await tx.insert(destinationHistory).values({
    ...base,
    action: "record",
    actorUserId: input.registrarUserId,
    actorRole: "staff",
    fromStatus: null,
    toStatus: "reported",
    createdAt: input.at,
  });
  await tx.insert(auditLog).values({
    actorUserId: input.registrarUserId,
    action: "destination.record",
    subjectType: "graduate",
    subjectId: input.graduateId,
    detail: { code: DESTINATION_CODE_ON_REGISTER, source: "agreement", status: "reported" },
    createdAt: input.at,
  });
  let status = "reported";
  for (const step of input.steps) {
    const when = workingDay(step.day, step.time, input.now);
    if (step.action === "confirm") {
      await tx
        .update(destinations)
        .set({ status: "confirmed", confirmedAt: when, updatedAt: when })
        .where(eq(destinations.id, destinationId));
      await tx.insert(destinationHistory).values({
        ...base,
        action: "confirm",
        actorUserId: input.graduateUserId,
        actorRole: "graduate",
        fromStatus: status,
        toStatus: "confirmed",
        createdAt: when,
      });
      status = "confirmed";
    } else if (step.action === "verify") {
      await tx
        .update(destinations)
        .set({ status: "verified", verifiedBy: input.collegeStaffUserId, verifiedAt: when, updatedAt: when })
        .where(eq(destinations.id, destinationId));
      await tx.insert(destinationHistory).values({
        ...base,
        action: "verify",
        actorUserId: input.collegeStaffUserId,
        actorRole: "staff",
        fromStatus: status,
        toStatus: "verified",
        createdAt: when,
      });
      await tx.insert(auditLog).values({
        actorUserId: input.collegeStaffUserId,
        action: "destination.verify",
        subjectType: "graduate",
        subjectId: input.graduateId,
        detail: { code: DESTINATION_CODE_ON_REGISTER },
        createdAt: when,
      });
      status = "verified";
    } else {
      await tx
        .update(destinations)
        .set({ status: "returned", returnedReason: step.reason!, verifiedAt: null, verifiedBy: null, updatedAt: when })
        .where(eq(destinations.id, destinationId));
      await tx.insert(destinationHistory).values({
        ...base,
        action: "return",
        actorUserId: input.registrarUserId,
        actorRole: "staff",
        fromStatus: status,
        toStatus: "returned",
        note: step.reason!,
        createdAt: when,
      });
      await tx.insert(auditLog).values({
        actorUserId: input.registrarUserId,
        action: "destination.return",
        subjectType: "graduate",
        subjectId: input.graduateId,
        detail: { code: DESTINATION_CODE_ON_REGISTER, reason: step.reason! },
        createdAt: when,
      });
      status = "returned";
    }
  }
}

/**
 * Interviews and 三方协议 for the demo (called from seedDemo inside its transaction, after
 * seedGraduates and seedDestinations).
 */
export async function seedSigning(
  tx: Tx,
  options: Omit<SigningOptions, "now" | "calendar"> & { now?: Date },
  progress: (message: string) => void = () => {},
) {
  const now = options.now ?? new Date();
  progress("interviews and 三方协议 in every state");
  const met = await seedInterviews(tx, {
    employerOwnerUserId: options.employerOwnerUserId,
    demoGraduateUserId: options.demoGraduateUserId,
    now,
  });
  const signed = await seedAgreements(tx, { ...options, now, calendar: met.calendar });
  const interviews = met.interviews + signed.interviews;
  progress(
    `  ${interviews} interviews, ${signed.agreements} agreements (${signed.registered} registered), ${signed.accounts} more graduate accounts`,
  );
  return { ...signed, interviews };
}
