import { and, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCampaign,
  previewCampaign,
  recordClick,
  recordOpen,
  scheduleDeadlineReminders,
  sendCampaign,
  viewCampaign,
} from "../../app/campaigns/campaigns.server";
import { getDb } from "../../app/db.server";
import { setNotificationPreferences } from "../../app/notifications/notifications.server";
import { markInterest } from "../../app/programmes/funnel.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import * as staffCampaigns from "../../app/routes/staff.campaigns._index";
import * as staffCampaign from "../../app/routes/staff.campaigns.$id";
import * as clickRoute from "../../app/routes/m.c.$token";
import * as unsubscribeOutreach from "../../app/routes/unsubscribe.$token_.outreach";
import {
  auditLog,
  campaignDeliveries,
  graduateProfiles,
  graduates,
  notifications,
  outbox,
  programmeWindows,
  programmeYears,
  users,
} from "../../db/schema";
import type { School } from "../../seed/factories";
import { createGraduates, linkGraduateAccount } from "../../seed/factories";
import { useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";

let school: School;
let receiver: SmtpReceiver;
let collegeId: number;
let otherCollegeId: number;
/** Cohort-2027 bachelor graduates of college one, each with an account. */
const inCollege: { graduateId: string; userId: string; email: string; name: string }[] = [];
let otherCollegeGraduate: { graduateId: string; email: string };
let masterGraduate: { graduateId: string; email: string };
let collegeStaff: Awaited<ReturnType<typeof signedIn>>;
let otherStaff: Awaited<ReturnType<typeof signedIn>>;

const DAYTIME = new Date("2026-12-04T03:00:00Z"); // 11:00 at school
const NAMES = ["王丽娟", "陈志强", "刘雨桐", "张浩然"];

async function graduateWithAccount(college: number, degree: "bachelor" | "master", name: string, seed: number) {
  const db = await getDb();
  const [row] = await createGraduates(db, school, { count: 1, cohorts: [2027], seed, studentNoOffset: seed * 100 });
  const major = school.majors.find((m) => m.collegeId === college)!;
  const account = await signedIn("graduate", { email: `g${seed}.${Date.now()}@stu.jiuye.cn` });
  await db
    .update(graduates)
    .set({ collegeId: college, majorId: major.id, degree, name, email: account.user.email })
    .where(eq(graduates.id, row!.id));
  await linkGraduateAccount(db, row!.id, account.user.id);
  return { graduateId: row!.id, userId: account.user.id, email: account.user.email, name };
}

beforeAll(async () => {
  school = await testSchool();
  const db = await getDb();
  await installProgrammeCatalogue(db);
  [collegeId, otherCollegeId] = [school.colleges[0]!.id, school.colleges[1]!.id];
  for (const [i, name] of NAMES.entries())
    inCollege.push(await graduateWithAccount(collegeId, "bachelor", name, 900 + i));
  otherCollegeGraduate = await graduateWithAccount(otherCollegeId, "bachelor", "周敏", 950);
  masterGraduate = await graduateWithAccount(collegeId, "master", "孙博文", 960);
  collegeStaff = await signedIn("staff", { collegeId });
  otherStaff = await signedIn("staff", { collegeId: otherCollegeId });
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
});

afterAll(async () => {
  useSmtp(undefined);
  await receiver?.stop();
});

const college = () => ({ userId: collegeStaff.user.id, scope: { kind: "college" as const, collegeId } });
const target = {
  cohort: 2027,
  collegeId: null,
  majorId: null,
  degree: "bachelor" as const,
  eligibility: ["pass" as const, "check" as const],
};
const message = {
  subjectZh: "西部计划 2027 报名动员",
  subjectEn: "Western China programme 2027: applications",
  bodyZh: "同学你好：西部计划 2027 年报名即将开始，欢迎了解。",
  bodyEn: "Hello: applications for the Western China programme 2027 open soon.",
};

describe("campaigns", () => {
  it("previews the eligible 2027 bachelor graduates of the staff member's college only, with names", async () => {
    const db = await getDb();
    const preview = await previewCampaign(db, college(), { slug: "xibu", year: 2027, target });
    expect(preview.target.collegeId).toBe(collegeId);
    expect(preview.count).toBe(NAMES.length);
    expect(preview.sample.map((g) => g.name).sort()).toEqual([...NAMES].sort());
    // The names shown come from a list filtered by eligibility (profile facts): the audit says whose.
    const [audited] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "campaign.preview"), eq(auditLog.actorUserId, college().userId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audited!.detail).toMatchObject({ programme: "xibu", year: 2027, count: NAMES.length });
    expect((audited!.detail.shownGraduateIds as string[]).sort()).toEqual(inCollege.map((g) => g.graduateId).sort());
    expect(audited!.detail.target).toMatchObject({ collegeId, eligibility: target.eligibility });
    await expect(
      previewCampaign(db, college(), { slug: "xibu", year: 2027, target: { ...target, collegeId: otherCollegeId } }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("sent twice mails each graduate once, with an in-site notice linking to the programme", async () => {
    const db = await getDb();
    const id = await createCampaign(db, college(), { slug: "xibu", year: 2027, target, ...message });
    const first = await sendCampaign(db, college(), { campaignId: id }, DAYTIME);
    const second = await sendCampaign(db, college(), { campaignId: id }, DAYTIME);
    expect(first).toMatchObject({ reached: NAMES.length, mailed: NAMES.length, alreadyReached: 0 });
    expect(second).toMatchObject({ reached: 0, mailed: 0, alreadyReached: NAMES.length });
    await drainOutbox();
    for (const g of inCollege) {
      const [mail] = await receiver.waitForExactly(g.email, 1);
      expect(mail!.subject).toBe(message.subjectZh);
      expect(mail!.text).toContain("西部计划 2027 年报名即将开始");
      expect(mail!.text).toContain("/notifications");
      const notices = await db.select().from(notifications).where(eq(notifications.userId, g.userId));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({
        category: "outreach",
        title: message.subjectZh,
        link: "/programmes/xibu?year=2027",
      });
    }
    expect(receiver.mailTo(otherCollegeGraduate.email)).toHaveLength(0);
    expect(receiver.mailTo(masterGraduate.email)).toHaveLength(0);
    const rows = await db.select().from(campaignDeliveries).where(eq(campaignDeliveries.campaignId, id));
    expect(rows).toHaveLength(NAMES.length);
  });

  it("counts opens and clicks with its own opaque links and leads the click to the programme page", async () => {
    const db = await getDb();
    const id = await createCampaign(db, college(), {
      slug: "xibu",
      year: 2027,
      target,
      ...message,
      subjectZh: "第二次动员",
    });
    await sendCampaign(db, college(), { campaignId: id }, DAYTIME);
    await drainOutbox();
    const mail = await receiver.waitForSubject(inCollege[0]!.email, "第二次动员");
    const html = String(mail.html);
    const pixel = html.match(/\/m\/o\/([0-9a-f]{36})/)![1]!;
    const click = html.match(/\/m\/c\/([0-9a-f]{36})/)![1]!;
    expect(pixel).toBe(click);
    expect(html).not.toContain(inCollege[0]!.email);
    await recordOpen(db, pixel);
    await recordOpen(db, pixel);
    const response = await callRoute(clickRoute.loader, { path: `/m/c/${click}`, params: { token: click } });
    expect(response.status).toBe(302);
    expect(response.location).toBe("/programmes/xibu?year=2027");
    const unknown = await callRoute(clickRoute.loader, {
      path: `/m/c/${"0".repeat(36)}`,
      params: { token: "0".repeat(36) },
    });
    expect(unknown.location).toBe("/programmes");
    expect(await recordClick(db, "https://evil.example/")).toBe("/programmes");

    await markInterest(db, { userId: inCollege[0]!.userId }, { slug: "xibu", year: 2027 });
    const view = await viewCampaign(db, college(), { campaignId: id });
    expect(view.counts).toMatchObject({ reached: 4, mailed: 4, opened: 1, clicked: 1, interested: 1 });
    expect(view.funnel.interested).toBe(1);
    await expect(
      viewCampaign(
        db,
        { userId: otherStaff.user.id, scope: { kind: "college", collegeId: otherCollegeId } },
        { campaignId: id },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("honours the outreach category: site only gets the notice without mail; the mailed unsubscribe link sets it", async () => {
    const db = await getDb();
    const [quiet, unsubscriber] = [inCollege[1]!, inCollege[2]!];
    await setNotificationPreferences(db, { userId: quiet.userId }, { siteOnly: ["outreach"] });
    const [profile] = await db
      .insert(graduateProfiles)
      .values({ graduateId: unsubscriber.graduateId })
      .onConflictDoNothing()
      .returning({ token: graduateProfiles.unsubscribeToken });
    const posted = await callRoute(unsubscribeOutreach.action, {
      path: `/unsubscribe/${profile!.token}/outreach`,
      params: { token: profile!.token },
      method: "POST",
      form: {},
    });
    expect(posted.status).toBe(200);
    const id = await createCampaign(db, college(), {
      slug: "xibu",
      year: 2027,
      target,
      ...message,
      subjectZh: "第三次动员",
    });
    const sent = await sendCampaign(db, college(), { campaignId: id }, DAYTIME);
    expect(sent).toMatchObject({ reached: 4, mailed: 2, siteOnly: 2 });
    await drainOutbox();
    await receiver.waitForSubject(inCollege[0]!.email, "第三次动员");
    for (const g of [quiet, unsubscriber]) {
      expect(receiver.mailTo(g.email).filter((m) => m.subject === "第三次动员")).toHaveLength(0);
      const notices = await db.select().from(notifications).where(eq(notifications.userId, g.userId));
      expect(notices.some((n) => n.title === "第三次动员")).toBe(true);
    }
  });

  it("writes to each graduate in the language they chose for mail, from the one message in zh and en", async () => {
    const db = await getDb();
    const english = inCollege[3]!;
    await db.update(users).set({ locale: "en" }).where(eq(users.id, english.userId));
    const id = await createCampaign(db, college(), {
      slug: "xibu",
      year: 2027,
      target,
      ...message,
      subjectZh: "第四次动员",
      subjectEn: "Fourth call: the Western China programme",
    });
    await sendCampaign(db, college(), { campaignId: id }, DAYTIME);
    await drainOutbox();
    const mail = await receiver.waitForSubject(english.email, "Fourth call: the Western China programme");
    expect(mail.text).toContain(message.bodyEn);
    expect(mail.text).not.toContain(message.bodyZh);
    await receiver.waitForSubject(inCollege[0]!.email, "第四次动员");
    await db.update(users).set({ locale: "zh-CN" }).where(eq(users.id, english.userId));
  });

  it("holds mail decided at night until 08:00 at school", async () => {
    const db = await getDb();
    const id = await createCampaign(db, college(), {
      slug: "xibu",
      year: 2027,
      target,
      ...message,
      subjectZh: "夜间保存",
    });
    const night = new Date("2026-12-04T14:30:00Z"); // 22:30 at school
    const sent = await sendCampaign(db, college(), { campaignId: id }, night);
    expect(sent.sendAfter).toBe("2026-12-05T00:00:00.000Z");
    const jobs = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `campaign:${id}:%`));
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(job.runAfter.toISOString()).toBe("2026-12-05T00:00:00.000Z");
  });

  it("staff create, preview and send through the pages; bad input is refused by field; another college is refused", async () => {
    const form = {
      slug: "xibu",
      year: "2027",
      cohort: "2027",
      collegeId: String(collegeId),
      majorId: "",
      degree: "bachelor",
      eligibility: "passOrCheck",
    };
    const preview = await callRoute(staffCampaigns.action, {
      path: "/staff/campaigns",
      method: "POST",
      cookie: collegeStaff.cookie,
      form: { ...form, intent: "preview" },
    });
    expect(preview.status).toBe(200);
    expect(JSON.stringify(preview.data)).toContain(NAMES[0]);
    const bad = await callRoute(staffCampaigns.action, {
      path: "/staff/campaigns",
      method: "POST",
      cookie: collegeStaff.cookie,
      form: { ...form, intent: "create", subjectZh: "", subjectEn: "x", bodyZh: "x", bodyEn: "x", cohort: "二〇二七" },
    });
    expect(bad.status).toBe(400);
    expect(errorKeys(bad)).toMatchObject({
      subjectZh: ["campaign.field.required"],
      cohort: ["campaign.field.invalid"],
    });
    const other = await callRoute(staffCampaigns.action, {
      path: "/staff/campaigns",
      method: "POST",
      cookie: collegeStaff.cookie,
      form: { ...form, collegeId: String(otherCollegeId), intent: "preview" },
    });
    expect(other.status).toBe(403);
    const created = await callRoute(staffCampaigns.action, {
      path: "/staff/campaigns",
      method: "POST",
      cookie: collegeStaff.cookie,
      form: { ...form, intent: "create", ...message },
    });
    expect(created.status).toBe(302);
    const location = created.location!;
    expect(location).toMatch(/^\/staff\/campaigns\/[0-9a-f-]{36}$/);
    const params = { id: location.split("/").pop()! };
    const foreign = await callRoute(staffCampaign.loader, { path: location, cookie: otherStaff.cookie, params });
    expect(foreign.status).toBe(403);
    const page = await callRoute(staffCampaign.loader, { path: location, cookie: collegeStaff.cookie, params });
    expect(page.status).toBe(200);
  });

  it("schedules a deadline reminder once per window for interested graduates", async () => {
    const db = await getDb();
    const yearRow = (await db.select().from(programmeYears).where(eq(programmeYears.programmeSlug, "xibu"))).find(
      (r) => r.year === 2027 && r.province === "",
    )!;
    await db.insert(programmeWindows).values({
      yearId: yearRow.id,
      kind: "registration",
      status: "known",
      opensOn: "2026-11-20",
      closesOn: "2026-12-08",
      source: "测试窗口",
    });
    const now = new Date("2026-12-04T03:00:00Z");
    const first = await scheduleDeadlineReminders(db, now);
    const again = await scheduleDeadlineReminders(db, now);
    expect(first).toBe(1); // only 王丽娟 marked interest
    expect(again).toBe(0);
    await drainOutbox();
    const mail = await receiver.waitForSubject(inCollege[0]!.email, "2026年12月8日");
    expect(mail.subject).toContain("西部计划");

    // A reminder decided at night waits for 08:00 at school like campaign mail does.
    const [later] = await db
      .insert(programmeWindows)
      .values({
        yearId: yearRow.id,
        kind: "school_check",
        status: "known",
        opensOn: "2026-12-01",
        closesOn: "2026-12-10",
        source: "测试窗口",
      })
      .returning({ id: programmeWindows.id });
    expect(await scheduleDeadlineReminders(db, new Date("2026-12-04T14:30:00Z"))).toBe(1); // 22:30 at school
    const jobs = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `programme-deadline:${later!.id}:%`));
    expect(jobs.map((job) => job.runAfter.toISOString())).toEqual(["2026-12-05T00:00:00.000Z"]);
  });
});
