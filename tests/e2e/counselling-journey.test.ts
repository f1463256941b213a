import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { School } from "../../seed/factories";
import { settled, signInThroughForm, watchedPage, followMenu } from "../support/browser";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import type { RunningSite } from "../support/server";
import type { SmtpReceiver } from "../support/smtp";
import { startJourney, type Journey } from "../support/journey";
import { calendarOf } from "../support/mail";

let journey: Journey | undefined;
let site: RunningSite;
let browser: Browser;
let smtp: SmtpReceiver;
let school: School;
let graduate: Awaited<ReturnType<typeof linkedGraduate>>;
let counsellor: Awaited<ReturnType<typeof signedIn>>;

/** Script errors, console errors and CSP violations on any page. */
const problems: string[] = [];

beforeAll(async () => {
  school = await testSchool();
  graduate = await linkedGraduate(school, { major: "软件工程", resume: false });
  counsellor = await signedIn("staff", {
    collegeId: graduate.graduate.collegeId,
    displayName: "计算机学院 咨询师 何老师",
  });
  journey = await startJourney();
  ({ site, smtp, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

// A refused form answers 400 on purpose (the field errors); the browser logs that as an error.
const newPage = (viewport?: { width: number; height: number }) =>
  watchedPage(browser, problems, { viewport, ignore: /status of 400/ });
const signIn = (page: Page, email: string) => signInThroughForm(page, site.url, email);

const beijingDate = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

describe("counselling in the browser", () => {
  it("a counsellor publishes slots, a graduate books one on a phone (calendar mail), the counsellor cancels (CANCEL mail)", async () => {
    // The counsellor publishes: a first try without a topic keeps what was typed.
    const { context: staffContext, page: staff } = await newPage();
    await signIn(staff, counsellor.user.email);
    await settled(staff);
    await followMenu(staff, "就业咨询");
    await staff.getByRole("heading", { level: 1, name: "就业咨询预约" }).waitFor();
    await staff.getByLabel("日期").fill(beijingDate(7));
    await staff.getByLabel("开始时间（北京时间）").fill("14:00");
    await staff.getByLabel("结束时间（北京时间）").fill("15:30");
    await staff.getByLabel("咨询方式").selectOption("video");
    await staff.getByLabel("会议链接（视频）或房间（线下）").fill("https://meeting.tencent.com/dm/e2e-career");
    await staff.getByRole("button", { name: "发布时段" }).click();
    await staff.getByText("请至少选择一个咨询主题。").first().waitFor();
    expect(await staff.getByLabel("会议链接（视频）或房间（线下）").inputValue()).toBe(
      "https://meeting.tencent.com/dm/e2e-career",
    );
    await staff.getByLabel("简历指导").check();
    await staff.getByLabel("面试辅导").check();
    await staff.getByRole("button", { name: "发布时段" }).click();
    await staff.getByText("已发布 3 个时段。").waitFor();
    await settled(staff);

    // The graduate, on a phone, books the first slot with a topic and a question.
    const { context: phoneContext, page: phone } = await newPage({ width: 390, height: 844 });
    await signIn(phone, graduate.user.email);
    await phone.goto(`${site.url}/graduate/counselling`);
    await phone.getByRole("heading", { level: 1, name: "预约就业咨询" }).waitFor();
    const radios = phone.locator('input[name="slotId"]');
    expect(await radios.count()).toBe(3);
    await radios.first().check();
    await phone.getByLabel("咨询主题").selectOption("resume");
    await phone.getByLabel("想咨询的问题（选填，500 字以内）").fill("简历上的项目经历怎么写更有说服力？");
    await phone.getByRole("button", { name: "确认预约" }).click();
    await phone.getByText("预约成功，日历邀请已发送到您的邮箱。").waitFor();
    await settled(phone);
    await phone.getByRole("link", { name: "https://meeting.tencent.com/dm/e2e-career" }).waitFor();
    expect(await radios.count()).toBe(2);
    // Nothing wider than the phone's screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const [request] = await smtp.waitForMail(graduate.user.email, { count: 1, timeoutMs: 30_000 });
    const invite = calendarOf(request!);
    expect(invite.method).toBe("REQUEST");
    expect(invite.get("UID")).toMatch(/^counselling-[0-9a-f-]{36}@jiuye$/);
    expect(invite.get("SEQUENCE")).toBe("0");
    expect(invite.getAll("DTSTART")[0]!.value).toBe(`${beijingDate(7).replace(/-/g, "")}T140000`);

    // The counsellor sees the booking and cancels it with a reason.
    await staff.reload();
    const card = staff.getByRole("article").filter({ hasText: graduate.user.displayName });
    await card.getByText("简历上的项目经历怎么写更有说服力？").waitFor();
    await card.getByLabel("取消原因").fill("临时要参加学院招聘会，请改约其他时间");
    await card.getByRole("button", { name: "取消预约" }).click();
    await staff.getByText("预约已取消，已通知对方。").waitFor();
    await settled(staff);

    const mails = await smtp.waitForExactly(graduate.user.email, 2, 30_000);
    const cancel = calendarOf(mails.at(-1)!);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.get("UID")).toBe(invite.get("UID"));
    expect(cancel.get("SEQUENCE")).toBe("1");

    await phone.reload();
    await phone.getByText("临时要参加学院招聘会，请改约其他时间").waitFor();
    await phone.getByText("已取消").first().waitFor();

    await staffContext.close();
    await phoneContext.close();
    expect(problems).toEqual([]);
  });
});
