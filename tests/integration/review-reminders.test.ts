import { like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  acceptAgreement,
  collegeApproveAgreement,
  draftAgreement,
  DraftAgreementSchema,
  inviteAgreement,
} from "../../app/agreements/agreements.server";
import { getDb } from "../../app/db.server";
import { reportDestination } from "../../app/destinations/destinations.server";
import { remindReviewers, statesAwaiting } from "../../app/school/review-reminders.server";
import { outbox } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkGraduateAccount, rosterOf, signedIn, testSchool } from "../support/people";
import { employerWithOrganisation } from "../support/vetting";

const terms = {
  position: "数据分析师",
  monthlyPay: "8500",
  probationMonths: "3",
  workProvince: "江苏省",
  workCity: "南京",
  startDate: "2026-07-20",
  breachPenalty: "2000",
  archiveAddress: "南京市人才服务中心档案室",
  hukouAddress: "南京市鼓楼区宁海路派出所",
};

/** Monday 2026-11-30, 09:30 and 07:30 Beijing time; Saturday 2026-12-05, 10:00. */
const MONDAY_MORNING = new Date("2026-11-30T01:30:00Z");
const MONDAY_EARLY = new Date("2026-11-29T23:30:00Z");
const SATURDAY = new Date("2026-12-05T02:00:00Z");

let school: School;
let collegeOne: number;
let collegeStaff: Awaited<ReturnType<typeof signedIn>>;
let otherCollegeStaff: Awaited<ReturnType<typeof signedIn>>;
let schoolStaff: Awaited<ReturnType<typeof signedIn>>;

async function mailsFor(email: string) {
  const db = await getDb();
  const rows = await db.select().from(outbox).where(like(outbox.idempotencyKey, "review-reminder:%"));
  return rows
    .filter((r) => (r.payload as { to?: string }).to === email)
    .map((r) => r.payload as { subject: string; text: string });
}

beforeAll(async () => {
  const db = await getDb();
  school = await testSchool();
  collegeOne = school.colleges[0]!.id;
  const roster = (await rosterOf(school, 200, 47)).filter((g) => g.collegeId === collegeOne);
  collegeStaff = await signedIn("staff", { collegeId: collegeOne, displayName: "计算机学院 刘老师" });
  otherCollegeStaff = await signedIn("staff", { collegeId: school.colleges[1]!.id });
  schoolStaff = await signedIn("staff", { collegeId: null, displayName: "就业指导中心 孙老师" });
  const employer = await employerWithOrganisation({ name: "南京紫金软件有限公司" });

  // Two agreements at the college's step, one past it (the school's step).
  for (const [i, graduate] of roster.slice(0, 3).entries()) {
    const account = await signedIn("graduate");
    await linkGraduateAccount(db, graduate.id, account.user.id);
    const a = await draftAgreement(
      db,
      { userId: employer.user.id },
      { data: DraftAgreementSchema.parse({ ...terms, studentNo: graduate.studentNo, graduateName: graduate.name }) },
    );
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
    await acceptAgreement(db, { userId: account.user.id }, { agreementId: a.id });
    if (i === 2)
      await collegeApproveAgreement(
        db,
        { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: collegeOne } },
        { agreementId: a.id },
      );
  }
  // One destination the graduate reported, waiting for verification.
  const reporter = roster[3]!;
  const account = await signedIn("graduate");
  await linkGraduateAccount(db, reporter.id, account.user.id);
  await reportDestination(
    db,
    { userId: account.user.id },
    {
      graduateId: reporter.id,
      code: "801",
      fields: { schoolName: "南京大学", programmeName: "计算机科学与技术" },
    },
  );
});

describe("daily reminders to reviewers", () => {
  it("knows whose turn each state is", () => {
    expect(statesAwaiting("staff_college")).toEqual(["accepted", "breach_requested"]);
    expect(statesAwaiting("staff_school")).toEqual(["college_approved", "breach_college_approved"]);
  });

  it("mails each reviewer the counts at their own step and scope, once a working day, from 08:00 Beijing time", async () => {
    const db = await getDb();
    expect(await remindReviewers(db, MONDAY_EARLY)).toBe(0);
    expect(await remindReviewers(db, SATURDAY)).toBe(0);

    expect(await remindReviewers(db, MONDAY_MORNING)).toBeGreaterThanOrEqual(2);
    const college = await mailsFor(collegeStaff.user.email);
    expect(college).toHaveLength(1);
    expect(college[0]!.subject).toBe("今日待审核事项");
    expect(college[0]!.text).toContain("2 份三方协议等待您审核");
    expect(college[0]!.text).toContain("1 条毕业去向等待核实");
    expect(college[0]!.text).toContain("刘老师");

    const schoolMail = await mailsFor(schoolStaff.user.email);
    expect(schoolMail).toHaveLength(1);
    expect(schoolMail[0]!.text).toContain("1 份三方协议等待您审核");

    // Nothing waits in the other college: no mail at all.
    expect(await mailsFor(otherCollegeStaff.user.email)).toHaveLength(0);

    // The scheduler runs every few minutes: the same day sends nothing more.
    expect(await remindReviewers(db, new Date(MONDAY_MORNING.getTime() + 3 * 3600_000))).toBe(0);
    expect(await mailsFor(collegeStaff.user.email)).toHaveLength(1);
  });
});
