import { eq } from "drizzle-orm";
import { actingAs } from "../../app/auth/actor";
import {
  acceptAgreement,
  collegeApproveAgreement,
  draftAgreement,
  DraftAgreementSchema,
  inviteAgreement,
  schoolRegisterAgreement,
} from "../../app/agreements/agreements.server";
import { bookSlot, cancelByGraduate, PublishSchema, publishSlots } from "../../app/counselling/counselling.server";
import {
  confirmDestination,
  recordDestinationOnBehalf,
  reportDestination,
  verifyDestination,
} from "../../app/destinations/destinations.server";
import { openSupportPlan } from "../../app/support/support.server";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting, employerTransition } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { pickSlot } from "../../app/interviews/interviews.server";
import * as root from "../../app/root";
import * as employerHome from "../../app/routes/employer._index";
import * as graduateHome from "../../app/routes/graduate._index";
import * as staffHome from "../../app/routes/staff._index";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { addCalendarDays, schoolDate, schoolInstant } from "../../app/time";
import { applications, interviewSlots, supportPlans } from "../../db/schema";
import type { School } from "../../seed/factories";
import { proposeOneSlot } from "../support/interviews";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, postingContent, testCreditCode } from "../support/vetting";

type Sections = {
  key: string;
  items: { key: string; params: Record<string, unknown>; link: string; days?: number }[];
}[];

let school: School;
let staff: Awaited<ReturnType<typeof signedIn>>;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let postingId: string;

beforeAll(async () => {
  school = await testSchool();
  staff = await signedIn("staff");
  employer = await employerWithOrganisation({ name: "无锡太湖微电子有限公司", staffUserId: staff.user.id });
  postingId = await publishedPosting(employer.user.id, staff.user.id, { title: "嵌入式软件工程师" });
});

describe("home pages as to-do lists", () => {
  it("show a graduate the interview time to pick, named by posting and employer, and count it in the menu", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
    const at = new Date(Date.now() + 5 * 86_400_000);
    await proposeOneSlot(db, employer.user.id, {
      applicationId: applied.applicationId,
      mode: "onsite",
      location: "无锡市新吴区菱湖大道 111 号",
      at,
      minutes: 45,
    });
    const home = await callRoute(graduateHome.loader, { path: "/graduate", cookie: g.cookie });
    const todo = (home.data as { todo: Sections }).todo;
    const pick = todo.flatMap((s) => s.items).find((i) => i.key === "todo.graduate.pickSlot");
    expect(pick).toMatchObject({
      link: "/graduate/interviews",
      params: { title: "嵌入式软件工程师", employer: "无锡太湖微电子有限公司" },
    });
    const header = await callRoute(root.loader, { path: "/graduate", cookie: g.cookie });
    expect((header.data as { counts: { graduateTodo: number } }).counts.graduateTodo).toBeGreaterThanOrEqual(1);
  });

  it("show a graduate an offer to answer, named by posting and employer, linked to the applications page", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
    for (const to of ["shortlisted", "offered"] as const)
      await employerTransition(
        db,
        { userId: employer.user.id },
        {
          employerId: employer.employer.id,
          applicationIds: [applied.applicationId],
          to,
        },
      );
    const home = await callRoute(graduateHome.loader, { path: "/graduate", cookie: g.cookie });
    const items = (home.data as { todo: Sections }).todo.flatMap((s) => s.items);
    expect(items.find((i) => i.key === "todo.graduate.offer")).toMatchObject({
      params: { title: "嵌入式软件工程师", employer: "无锡太湖微电子有限公司" },
    });
    expect(items.find((i) => i.key === "todo.graduate.offer")!.link).toMatch(/^\/graduate\/applications/);
  });

  it("show an employer its applicants oldest first with the days they have waited", async () => {
    const db = await getDb();
    const first = await linkedGraduate(school);
    const second = await linkedGraduate(school);
    const older = await applyToPosting(db, { userId: first.user.id }, { postingId, note: "" });
    await applyToPosting(db, { userId: second.user.id }, { postingId, note: "" });
    await db
      .update(applications)
      .set({ createdAt: new Date(Date.now() - 6 * 86_400_000 - 3600_000) })
      .where(eq(applications.id, older.applicationId));
    const home = await callRoute(employerHome.loader, { path: "/employer", cookie: employer.cookie });
    const waiting = (home.data as { todo: Sections }).todo.find((s) => s.key === "todo.employer.applicants")!;
    expect(waiting.items[0]).toMatchObject({ params: { name: first.user.displayName }, days: 6 });
    expect(waiting.items[0]!.link).toBe(`/employer/postings/${postingId}/applicants`);
  });

  it("show an employer a posting returned for changes and one closing within the week, each linked to it", async () => {
    const db = await getDb();
    const returnedId = await createPosting(
      db,
      { userId: employer.user.id },
      { content: postingContent({ title: "芯片验证工程师" }), submit: true },
    );
    await decidePosting(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      { postingId: returnedId, decision: "request_changes", reasons: "请写明试用期薪资。" },
    );
    const deadline = addCalendarDays(schoolDate(), 3);
    const closingId = await publishedPosting(employer.user.id, staff.user.id, { title: "封装工艺工程师", deadline });
    const home = await callRoute(employerHome.loader, { path: "/employer", cookie: employer.cookie });
    const items = (home.data as { todo: Sections }).todo.find((s) => s.key === "todo.employer.postings")!.items;
    expect(items.find((i) => i.key === "todo.employer.postingReturned")).toMatchObject({
      params: { title: "芯片验证工程师" },
      link: `/employer/postings/${returnedId}`,
    });
    expect(items.find((i) => i.key === "todo.employer.postingExpiring")).toMatchObject({
      params: { title: "封装工艺工程师", deadline: { date: deadline } },
      link: `/employer/postings/${closingId}`,
    });
    // The posting closing in a month is not on the list.
    expect(items.map((i) => i.params.title)).not.toContain("嵌入式软件工程师");
  });

  it("give staff a workbench with the review queue, and keep graduates and employers out of it", async () => {
    const home = await callRoute(staffHome.loader, { path: "/staff", cookie: staff.cookie });
    expect(home.status).toBe(200);
    const keys = (home.data as { todo: Sections }).todo.map((s) => s.key);
    expect(keys.every((k) => k.startsWith("todo.staff."))).toBe(true);
    expect((await callRoute(staffHome.loader, { path: "/staff", cookie: employer.cookie })).status).toBe(403);
    expect((await callRoute(staffHome.loader, { path: "/staff" })).status).toBe(302);
  });

  it("count for staff the postings waiting for review, one more after a submission", async () => {
    const db = await getDb();
    const waiting = async () => {
      const home = await callRoute(staffHome.loader, { path: "/staff", cookie: staff.cookie });
      const items = (home.data as { todo: Sections }).todo.flatMap((s) => s.items);
      return items.find((i) => i.key === "todo.staff.postingsWaiting")?.params.count ?? 0;
    };
    const before = await waiting();
    await createPosting(
      db,
      { userId: employer.user.id },
      { content: postingContent({ title: "工艺工程师" }), submit: true },
    );
    expect(await waiting()).toBe(Number(before) + 1);
  });

  it("count for staff the destinations to verify, one more after a report and one fewer once verified", async () => {
    const db = await getDb();
    const count = () => staffItemCount("todo.staff.destinationsToVerify", "/staff/destinations");
    const before = await count();
    const g = await linkedGraduate(school);
    await reportDestination(
      db,
      { userId: g.user.id },
      {
        graduateId: g.graduate.id,
        code: "11",
        fields: {
          employerName: "苏州工业园区星海软件有限公司",
          employerCreditCode: testCreditCode(),
          workProvince: "江苏省",
          workCity: "苏州",
          startDate: "2026-07-01",
        },
      },
    );
    expect(await count()).toBe(before + 1);
    await verifyDestination(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      {
        graduateId: g.graduate.id,
      },
    );
    expect(await count()).toBe(before);
  });

  it("count for staff the support plans gone quiet, and not one with recent contact", async () => {
    const db = await getDb();
    const count = () => staffItemCount("todo.staff.stalledPlans", "/staff/support");
    const before = await count();
    const g = await linkedGraduate(school);
    await openSupportPlan(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      { graduateId: g.graduate.id, counsellorId: staff.user.id },
    );
    // Just opened: active, not stalled.
    expect(await count()).toBe(before);
    await db
      .update(supportPlans)
      .set({ lastActivityAt: new Date(Date.now() - 60 * 86_400_000) })
      .where(eq(supportPlans.graduateId, g.graduate.id));
    expect(await count()).toBe(before + 1);
  });

  it("show a counsellor today's booked session by the graduate's name, and not tomorrow's", async () => {
    const db = await getDb();
    const counsellor = await signedIn("staff");
    const actor = { userId: counsellor.user.id, scope: { kind: "school" as const } };
    const today = schoolDate();
    const dayStart = schoolInstant(today);
    const slotOn = async (date: string) => {
      const [slot] = await publishSlots(db, {
        staff: actor,
        now: dayStart,
        data: PublishSchema.parse({
          date,
          from: "08:00",
          to: "08:30",
          minutes: "30",
          mode: "in_person",
          location: "学生事务中心 203",
          topics: ["resume"],
        }),
      });
      return slot!.id;
    };
    const todays = await linkedGraduate(school);
    const tomorrows = await linkedGraduate(school);
    await bookSlot(
      db,
      { userId: todays.user.id },
      {
        now: dayStart,
        data: { slotId: await slotOn(today), topic: "resume", question: "" },
      },
    );
    await bookSlot(
      db,
      { userId: tomorrows.user.id },
      {
        now: dayStart,
        data: { slotId: await slotOn(addCalendarDays(today, 1)), topic: "resume", question: "" },
      },
    );
    const home = await callRoute(staffHome.loader, { path: "/staff", cookie: counsellor.cookie });
    const sessions = (home.data as { todo: Sections }).todo.find((s) => s.key === "todo.staff.counselling")!.items;
    expect(sessions.map((i) => i.params.name)).toEqual([todays.user.displayName]);
    expect(sessions[0]!.link).toBe("/staff/counselling");
  });

  it("move an agreement through the to-do lists: the employer's while the graduate or school has it, each reviewer's at their step", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    const scope = { kind: "college" as const, collegeId: g.graduate.collegeId };
    const collegeStaff = await signedIn("staff", { collegeId: scope.collegeId });
    const atStep = {
      college: () => staffItemCount("todo.staff.agreementsAtStep", "/staff/agreements", collegeStaff.cookie),
      school: () => staffItemCount("todo.staff.agreementsAtStep", "/staff/agreements"),
    };
    const employerItems = async () => {
      const home = await callRoute(employerHome.loader, { path: "/employer", cookie: employer.cookie });
      return (home.data as { todo: Sections }).todo
        .flatMap((s) => s.items)
        .filter((i) => i.params.name === g.graduate.name);
    };
    const before = { college: await atStep.college(), school: await atStep.school() };
    const drafted = await draftAgreement(
      db,
      { userId: employer.user.id },
      {
        data: DraftAgreementSchema.parse({
          position: "嵌入式软件工程师",
          monthlyPay: "9500",
          probationMonths: "3",
          workProvince: "江苏省",
          workCity: "无锡",
          startDate: "2026-07-15",
          breachPenalty: "3000",
          archiveAddress: "无锡市人才服务中心",
          hukouAddress: "无锡市新吴区旺庄派出所",
          studentNo: g.graduate.studentNo,
          graduateName: g.graduate.name,
        }),
      },
    );
    // A draft is still the employer's own work: on no one's list.
    expect(await employerItems()).toEqual([]);

    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: drafted.id });
    expect((await employerItems()).map((i) => [i.key, i.link])).toEqual([
      ["todo.employer.agreementGraduate", "/employer/agreements"],
    ]);
    expect(await atStep.college()).toBe(before.college);

    await acceptAgreement(db, { userId: g.user.id }, { agreementId: drafted.id });
    expect((await employerItems()).map((i) => i.key)).toEqual(["todo.employer.agreementSchool"]);
    expect(await atStep.college()).toBe(before.college + 1);
    expect(await atStep.school()).toBe(before.school);

    await collegeApproveAgreement(db, { userId: collegeStaff.user.id, scope }, { agreementId: drafted.id });
    expect((await employerItems()).map((i) => i.key)).toEqual(["todo.employer.agreementSchool"]);
    expect(await atStep.college()).toBe(before.college);
    expect(await atStep.school()).toBe(before.school + 1);

    await schoolRegisterAgreement(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      { agreementId: drafted.id },
    );
    expect(await employerItems()).toEqual([]);
    expect(await atStep.school()).toBe(before.school);
  });

  it("show an employer the confirmed interviews of today and of the week, not later ones or unconfirmed ones", async () => {
    const db = await getDb();
    const interviewAt = async (at: Date, confirm = true) => {
      const g = await linkedGraduate(school);
      const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
      const interview = await proposeOneSlot(db, employer.user.id, {
        applicationId: applied.applicationId,
        mode: "onsite",
        location: "无锡市新吴区菱湖大道 111 号",
        at,
        minutes: 30,
      });
      if (confirm) {
        const [slot] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, interview.id));
        await pickSlot(db, actingAs("graduate", { userId: g.user.id }), {
          interviewId: interview.id,
          slotId: slot!.id,
        });
      }
      return g.graduate.name;
    };
    // Five minutes from now is today, unless the test runs in the school's last minutes of the day.
    const soon = new Date(Date.now() + 5 * 60_000);
    const today = await interviewAt(soon);
    const thisWeek = await interviewAt(new Date(Date.now() + 3 * 86_400_000));
    const nextMonth = await interviewAt(new Date(Date.now() + 30 * 86_400_000));
    const unconfirmed = await interviewAt(new Date(Date.now() + 2 * 86_400_000), false);
    const home = await callRoute(employerHome.loader, { path: "/employer", cookie: employer.cookie });
    const items = (home.data as { todo: Sections }).todo.find((s) => s.key === "todo.employer.interviews")!.items;
    const keyOf = (name: string) => items.find((i) => i.params.name === name)?.key;
    expect(keyOf(today)).toBe(
      schoolDate(soon) === schoolDate() ? "todo.employer.interviewToday" : "todo.employer.interviewWeek",
    );
    expect(keyOf(thisWeek)).toBe("todo.employer.interviewWeek");
    expect(keyOf(nextMonth)).toBeUndefined();
    expect(keyOf(unconfirmed)).toBeUndefined();
    expect(items.every((i) => i.link === "/employer/interviews")).toBe(true);
  });

  it("ask a graduate to confirm a destination staff recorded, and not once confirmed", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    await recordDestinationOnBehalf(
      db,
      { userId: staff.user.id, scope: { kind: "school" } },
      {
        graduateId: g.graduate.id,
        source: "staff",
        code: "11",
        fields: {
          employerName: "常州天宁智能装备有限公司",
          employerCreditCode: testCreditCode(),
          workProvince: "江苏省",
          workCity: "常州",
          startDate: "2026-07-01",
        },
      },
    );
    const confirmItem = async () =>
      (await graduateItems(g.cookie)).find((i) => i.key === "todo.graduate.confirmDestination");
    expect((await confirmItem())?.link).toBe("/graduate/destination");
    await confirmDestination(db, { userId: g.user.id }, { graduateId: g.graduate.id });
    expect(await confirmItem()).toBeUndefined();
  });

  it("remind a graduate of a counselling session booked ahead, and not once cancelled", async () => {
    const db = await getDb();
    const counsellor = await signedIn("staff");
    const [slot] = await publishSlots(db, {
      staff: { userId: counsellor.user.id, scope: { kind: "school" } },
      data: PublishSchema.parse({
        date: addCalendarDays(schoolDate(), 4),
        from: "09:00",
        to: "09:30",
        minutes: "30",
        mode: "in_person",
        location: "学生事务中心 203",
        topics: ["resume"],
      }),
    });
    const g = await linkedGraduate(school);
    const booking = await bookSlot(
      db,
      { userId: g.user.id },
      {
        data: { slotId: slot!.id, topic: "resume", question: "" },
      },
    );
    const sessions = async () => (await graduateItems(g.cookie)).filter((i) => i.key === "todo.graduate.booking");
    expect((await sessions()).map((i) => i.link)).toEqual(["/graduate/counselling"]);
    await cancelByGraduate(db, { userId: g.user.id }, { bookingId: booking.id, reason: "课程时间冲突，改约下周。" });
    expect(await sessions()).toEqual([]);
  });

  it("tell a graduate of an application's recent news, and no longer after two weeks", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
    const news = async () => (await graduateItems(g.cookie)).filter((i) => i.key === "todo.graduate.applicationNews");
    // Submitted and not yet looked at: nothing new to tell.
    expect(await news()).toEqual([]);
    await employerTransition(
      db,
      { userId: employer.user.id },
      {
        employerId: employer.employer.id,
        applicationIds: [applied.applicationId],
        to: "shortlisted",
      },
    );
    expect((await news()).map((i) => [i.params.title, i.params.status, i.link])).toEqual([
      ["嵌入式软件工程师", { key: "application.state.shortlisted" }, "/graduate/applications"],
    ]);
    await db
      .update(applications)
      .set({ updatedAt: new Date(Date.now() - 15 * 86_400_000) })
      .where(eq(applications.id, applied.applicationId));
    expect(await news()).toEqual([]);
  });
});

/** The count on one of the staff member's to-do items (0 when it is not on the list), checking its link. */
async function staffItemCount(key: string, link: string, cookie = staff.cookie): Promise<number> {
  const home = await callRoute(staffHome.loader, { path: "/staff", cookie });
  const item = (home.data as { todo: Sections }).todo.flatMap((s) => s.items).find((i) => i.key === key);
  if (item) expect(item.link).toBe(link);
  return Number(item?.params.count ?? 0);
}

async function graduateItems(cookie: string) {
  const home = await callRoute(graduateHome.loader, { path: "/graduate", cookie });
  return (home.data as { todo: Sections }).todo.flatMap((s) => s.items);
}
