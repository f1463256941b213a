import { createRequire } from "node:module";
import path from "node:path";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import {
  draftAgreement,
  requestBreach,
  reviewStepsForSchool,
  transitionAgreement,
  type AgreementParty,
} from "../app/agreements/agreements.server";
import {
  AGREEMENT_ACTORS,
  agreementMachine,
  type AgreementActor,
  type AgreementEvent,
  type AgreementState,
} from "../app/agreements/states";
import { actingAs, SYSTEM } from "../app/auth/actor";
import type { StaffScope } from "../app/auth/permissions";
import { confirmDestination, verifyDestination } from "../app/destinations/destinations.server";
import { applyToPosting } from "../app/applications/applications.server";
import { readUpload } from "../app/files/uploads.server";
import { uploadResume } from "../app/graduates/profile.server";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import { schoolDate } from "../app/time";
import type { Database, Tx } from "../db/client";
import { demoResumePdf } from "./resume-pdf";
import {
  agreements,
  applications,
  colleges,
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

type Step =
  | { event: "draft" | Exclude<AgreementEvent, "expire">; day: number; time: string; reason?: string }
  /** The system expires the invitation this long after the reply deadline the domain set on inviting. */
  | { event: "expire"; minutesAfterDeadline: number };
/** What the graduate (confirm) and their college (verify) do with the code-10 destination registration recorded. */
type DestinationStep = { action: "confirm" | "verify"; day: number; time: string };
type Action = { kind: "agreement"; step: Step } | { kind: "destination"; step: DestinationStep };

interface Plan {
  /** "01": a graduate of 计算机科学与技术学院 (reviewed by staff.cs@); "other": another college; "demo": the demo graduate. */
  graduate: "01" | "other" | "demo";
  /** The application's status when the agreement is drafted: the offer, or the offer accepted. */
  offer: "offered" | "accepted";
  steps: Step[];
  /** What happened to the code-10 destination registration recorded, after it (the school's breach approval sends it back). */
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
    destination: [
      { action: "confirm", day: -39, time: "19:00" },
      { action: "verify", day: -37, time: "10:30" },
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

const chineseDate = (at: Date) => {
  const [y, m, d] = schoolDate(at).split("-").map(Number);
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

/** A demo agreement once drafted: where it stands and what is left of its plan. */
interface Drafted {
  i: number;
  agreementId: string;
  state: AgreementState;
  replyDeadline: Date | null;
  graduate: typeof graduates.$inferSelect;
  graduateUserId: string;
  application: { id: string; status: typeof applications.$inferSelect.status };
  terms: ReturnType<typeof termsFor>;
  queue: Action[];
}

/**
 * 三方协议 with the demo employer in every state, made by replaying the domain's commands
 * (app/agreements/agreements.server.ts, app/destinations/destinations.server.ts) at the planned
 * times: history, audit entries, registration numbers, the code-10 destination that registration
 * records (waiting for the graduate's confirmation, or confirmed and verified since, or sent back
 * after a breach), the evidence job, and the notices each step posts to the other parties (their
 * mail is settled unsent: it belongs to the demo's past). The graduates are 2027 cohort students of the current signing
 * season, given accounts and an application to one of the employer's 2027 postings that went
 * through an interview to an offer; the demo graduate gets an invitation waiting for her reply.
 */
export async function seedAgreements(tx: Tx, options: SigningOptions) {
  const { now, calendar } = options;
  // The commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const replayFrom = await lastOutboxId(tx);
  const at = (n: number, hhmm: string) => workingDay(n, hhmm, now);
  /** When a step is planned; an expiry's time is known only once the invitation set its deadline. */
  const plannedTime = (action: Action) =>
    "day" in action.step ? at(action.step.day, action.step.time).getTime() : Number.POSITIVE_INFINITY;
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

  // Their résumé: the shared demo file seedGraduates gave the applicants (read back), or a new one.
  const [sharedRow] = await tx
    .select({ file: graduateProfiles.resumeFile })
    .from(graduateProfiles)
    .innerJoin(graduates, eq(graduates.id, graduateProfiles.graduateId))
    .where(and(isNotNull(graduateProfiles.resumeFile), demo ? sql`${graduates.id} <> ${demo.id}` : undefined))
    .limit(1);
  const sharedPdf = sharedRow?.file
    ? new Uint8Array(await readUpload(sharedRow.file))
    : await demoResumePdf({
        name: "示例毕业生",
        school: "",
        major: "—",
        degree: "本科",
        cohort: 2027,
        email: "",
        skills: ["Java"],
        intro: "示例简历。",
      });

  // The school's review steps, as the domain module reads them (the plans assume the college review is on).
  const reviewSteps = reviewStepsForSchool();
  const drafted: Drafted[] = [];
  let interviews = 0;
  let accounts = 0;
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
      await uploadResume(
        db,
        { userId: user.id },
        {
          graduateId: graduate.id,
          file: new File([sharedPdf], "resume.pdf", { type: "application/pdf" }),
          now: at(draft.day - 16, "20:00"),
        },
      );

      // Applied in the autumn recruitment, interviewed, offered (and accepted the offer).
      const base = draft.day;
      const posting = posts[i % posts.length]!;
      const applied = await applyToPosting(
        db,
        { userId: user.id },
        {
          postingId: posting.id,
          note: i % 2 ? "您好，我对该岗位很感兴趣，期待交流。" : "",
          now: at(base - 15, "20:30"),
        },
      );
      const [app] = await tx
        .select({
          id: applications.id,
          status: applications.status,
          postingId: applications.postingId,
          graduateId: applications.graduateId,
          employerId: applications.employerId,
        })
        .from(applications)
        .where(eq(applications.id, applied.applicationId));
      if (!app) continue;
      // The proposal moves the application on to "interviewing".
      await advanceApplication(tx, app, [
        { status: "viewed", at: at(base - 14, "10:00"), actorUserId: owner },
        { status: "shortlisted", at: at(base - 12, "15:00"), actorUserId: owner },
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

    const { id: agreementId } = await draftAgreement(
      db,
      { userId: owner },
      {
        data: { applicationId: application.id, ...terms },
        now: draftAt,
      },
    );
    const queue: Action[] = [
      ...plan.steps.slice(1).map((step) => ({ kind: "agreement" as const, step })),
      ...(plan.destination ?? []).map((step) => ({ kind: "destination" as const, step })),
    ];
    // Each plan's own steps in time order (an expiry, after its invitation, is always last).
    queue.sort((a, b) => plannedTime(a) - plannedTime(b));
    drafted.push({
      i,
      agreementId,
      state: "drafted",
      replyDeadline: null,
      graduate,
      graduateUserId,
      application,
      terms,
      queue,
    });
  }

  // Then every plan's steps in the order they happened across all plans, so that registration
  // numbers go out in the order the school registered.
  const userOf: Record<Exclude<AgreementActor, "graduate" | "system">, string> = {
    employer: owner,
    staff_college: options.collegeStaffUserId,
    staff_school: options.schoolStaffUserId,
  };
  const viewerOf = (actor: AgreementActor, d: Drafted): AgreementParty => {
    if (actor === "system") return SYSTEM;
    if (actor === "graduate") return actingAs("graduate", { userId: d.graduateUserId });
    if (actor === "employer") return actingAs("employer", { userId: owner });
    if (actor === "staff_school") return actingAs("staff", { userId: userOf[actor], scope: { kind: "school" } });
    return actingAs("staff", { userId: userOf[actor], scope: collegeScope(d) });
  };
  const collegeScope = (d: Drafted): StaffScope => ({ kind: "college", collegeId: d.graduate.collegeId! });
  const timeOf = (d: Drafted, action: Action) =>
    action.kind === "agreement" && action.step.event === "expire"
      ? minutesAfter(d.replyDeadline!, action.step.minutesAfterDeadline)
      : new Date(plannedTime(action));
  for (;;) {
    const next = drafted
      .filter((d) => d.queue.length > 0)
      .map((d) => ({ d, when: timeOf(d, d.queue[0]!) }))
      .sort((a, b) => a.when.getTime() - b.when.getTime())[0];
    if (!next) break;
    const { d, when } = next;
    const action = d.queue.shift()!;
    if (when.getTime() >= now.getTime()) throw new Error(`demo agreement ${d.i}: a step would lie in the future`);
    if (action.kind === "destination") {
      if (action.step.action === "confirm")
        await confirmDestination(db, { userId: d.graduateUserId }, { graduateId: d.graduate.id, now: when });
      else
        await verifyDestination(
          db,
          { userId: options.collegeStaffUserId, scope: collegeScope(d) },
          {
            graduateId: d.graduate.id,
            now: when,
          },
        );
      continue;
    }
    const { step } = action;
    if (step.event === "draft") throw new Error(`demo agreement ${d.i}: drafted twice`);
    let updated;
    if (step.event === "request_breach") {
      const [current] = await tx
        .select({ number: agreements.number })
        .from(agreements)
        .where(eq(agreements.id, d.agreementId));
      const pdf = await demoReleaseLetterPdf({
        employerName: employer.name,
        graduateName: d.graduate.name,
        studentNo: d.graduate.studentNo,
        number: current!.number!,
        position: d.terms.position,
        date: chineseDate(minutesAfter(when, -26 * 60)),
      });
      updated = await requestBreach(
        db,
        { userId: d.graduateUserId },
        {
          agreementId: d.agreementId,
          releaseLetter: new File([pdf], "解约函.pdf", { type: "application/pdf" }),
          reason: step.reason,
          now: when,
        },
      );
    } else {
      const event = step.event;
      // Whoever the state machine lets fire this event now (the plans name events, not people).
      const actor = AGREEMENT_ACTORS.find((a) => agreementMachine.next(d.state, event, a, reviewSteps).ok);
      if (!actor) throw new Error(`demo agreement ${d.i}: ${event} is not possible from ${d.state}`);
      const reason =
        event === "return"
          ? `违约金 ${d.terms.breachPenalty} 元超过学校规定的上限（不超过一个月工资 ${d.terms.monthlyPay} 元），请与单位协商修改协议条款后重新发送。`
          : "reason" in step
            ? step.reason
            : undefined;
      updated = await transitionAgreement(db, viewerOf(actor, d), {
        agreementId: d.agreementId,
        event,
        reason,
        now: when,
      });
    }
    d.state = updated.status;
    d.replyDeadline = updated.replyDeadline;
    if (step.event === "decline")
      await advanceApplication(tx, d.application, [{ status: "declined", at: when, actorUserId: d.graduateUserId }]);
  }
  const registered = (
    await tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(
        and(
          inArray(
            agreements.id,
            drafted.map((d) => d.agreementId),
          ),
          isNotNull(agreements.number),
        ),
      )
  ).length;
  await settleReplayedMail(tx, replayFrom);
  return { agreements: drafted.length, registered, accounts, interviews };
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
