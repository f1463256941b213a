import { eq, inArray, sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { DIFFICULTY_CATEGORIES } from "../../app/graduates/roster-import";
import { graduates, supportContacts, supportGoals, supportPlans, supportReferrals } from "../../db/schema";
import type { School } from "../../seed/factories";
import { settled, signInThroughForm, watchedPage, followMenu } from "../support/browser";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { rosterOf, signedIn, testSchool } from "../support/people";
import type { RunningSite } from "../support/server";
import type { SmtpReceiver } from "../support/smtp";
import { startJourney, type Journey } from "../support/journey";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

let journey: Journey | undefined;
let site: RunningSite;
let browser: Browser;
let smtp: SmtpReceiver;
let school: School;
let graduate: Awaited<ReturnType<typeof linkedGraduate>>;
let counsellor: Awaited<ReturnType<typeof signedIn>>;
let otherCollegeStaff: Awaited<ReturnType<typeof signedIn>>;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let postingId: string;
/** Roster graduates of college one given difficulty categories (none of them has a plan). */
let othersWithDifficulties: string[] = [];

const POSTING_TITLE = "嵌入式软件工程师（2026届校招）";
const COUNSELLOR_NAME = "计算机学院辅导员赵老师";
const categories = (...zh: string[]) => {
  for (const name of zh)
    if (!DIFFICULTY_CATEGORIES.some((c) => c.zh === name)) throw new Error(`not a difficulty category: ${name}`);
  return zh;
};

/** Script errors, console errors and CSP violations on any page. */
const problems: string[] = [];

beforeAll(async () => {
  // The data the journey starts from, written directly: a school with a 2026 roster where some
  // graduates of college one have difficulty categories, one of them with an account and an
  // e-mail address; a counsellor of college one and staff of another college; a verified
  // employer with a published posting.
  await ensureIndex();
  school = await testSchool();
  const roster = await rosterOf(school, 40, 23);
  const db = await getDb();
  graduate = await linkedGraduate(school, { major: "软件工程", resume: false });
  const collegeOne = graduate.graduate.collegeId;
  const otherCollege = school.colleges.find((c) => c.id !== collegeOne)!.id;
  await db
    .update(graduates)
    .set({ difficulties: categories("低保家庭", "残疾") })
    .where(eq(graduates.id, graduate.graduate.id));
  othersWithDifficulties = roster
    .filter((g) => g.collegeId === collegeOne)
    .slice(0, 3)
    .map((g) => g.id);
  expect(othersWithDifficulties.length).toBeGreaterThanOrEqual(2);
  const sets = [categories("家庭经济困难"), categories("零就业家庭", "少数民族"), categories("脱贫家庭")];
  for (const [i, id] of othersWithDifficulties.entries()) {
    await db
      .update(graduates)
      .set({ difficulties: sets[i % sets.length]! })
      .where(eq(graduates.id, id));
  }
  // A graduate with difficulties in another college: never on college one's list.
  const elsewhere = roster.find((g) => g.collegeId === otherCollege);
  if (elsewhere)
    await db
      .update(graduates)
      .set({ difficulties: categories("退役士兵") })
      .where(eq(graduates.id, elsewhere.id));

  counsellor = await signedIn("staff", { collegeId: collegeOne, displayName: COUNSELLOR_NAME });
  otherCollegeStaff = await signedIn("staff", { collegeId: otherCollege, displayName: "外院就业秘书钱老师" });
  const schoolStaff = await signedIn("staff", { displayName: "校就业中心孙老师" });
  employer = await employerWithOrganisation({ name: "成都蓉城智造科技有限公司", staffUserId: schoolStaff.user.id });
  postingId = await publishedPosting(employer.user.id, schoolStaff.user.id, { title: POSTING_TITLE });

  journey = await startJourney();
  ({ site, smtp, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

// A refused form answers 400 and a refused page 403 on purpose; the browser logs those as errors.
const newPage = (viewport?: { width: number; height: number }) =>
  watchedPage(browser, problems, { viewport, ignore: /status of (400|403)/ });
const signIn = (page: Page, email: string) => signInThroughForm(page, site.url, email);

/** Every visible form control (not hidden inputs) of the page, with whether it has an accessible label. */
async function unlabelledControls(page: Page): Promise<string[]> {
  const controls = page.locator("input:not([type=hidden]), select, textarea");
  const missing: string[] = [];
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    const labelled = await control.evaluate((el) => {
      const field = el as HTMLInputElement;
      const texts = [...(field.labels ?? [])].map((l) => (l.textContent ?? "").trim()).filter(Boolean);
      return (
        texts.length > 0 ||
        Boolean(el.getAttribute("aria-label")?.trim()) ||
        Boolean(el.getAttribute("aria-labelledby"))
      );
    });
    if (!labelled) missing.push(await control.evaluate((el) => el.outerHTML.slice(0, 200)));
  }
  return missing;
}

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    // The innermost elements that reach past the right edge, to say what is too wide.
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > clientWidth + 0.5)
      .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > clientWidth + 0.5))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(el.getBoundingClientRect().right)}px: ${(el.textContent ?? "").slice(0, 60)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, wide };
  });
}

describe("一人一策 support plans in the browser", () => {
  it("college staff open a plan, add a goal, log a contact, refer a posting (mail); a stalled plan is flagged and first; out of scope is 403; fits a phone", async () => {
    const name = graduate.graduate.name;
    const planPath = `/staff/support/${graduate.graduate.id}`;

    // 1. The counsellor signs in and opens 重点群体帮扶（一人一策） from the main menu.
    const { context: staffContext, page: staff } = await newPage();
    await signIn(staff, counsellor.user.email);
    await settled(staff);
    await followMenu(staff, "重点群体帮扶");
    await staff.getByRole("heading", { level: 1, name: "重点群体帮扶（一人一策）" }).waitFor();
    expect(new URL(staff.url()).pathname).toBe("/staff/support");
    const table = staff.getByRole("table", { name: "重点群体帮扶（一人一策）" });
    const row = table.getByRole("row").filter({ has: staff.getByRole("link", { name, exact: true }) });
    await row.waitFor();
    await row.getByText("尚无计划", { exact: true }).waitFor();
    expect(await row.textContent()).toContain("低保家庭、残疾");
    // College one's graduates with difficulties only: hers and the three of the roster.
    expect(await table.locator("tbody tr").count()).toBe(1 + othersWithDifficulties.length);
    expect(await table.getByText("退役士兵").count()).toBe(0);

    // 2. Her plan page: no plan yet; the counsellor opens one with themself as counsellor.
    await row.getByRole("link", { name, exact: true }).click();
    await staff.getByRole("heading", { level: 1, name: `一人一策帮扶计划：${name}` }).waitFor();
    expect(new URL(staff.url()).pathname).toBe(planPath);
    await staff.getByText("尚未建立帮扶计划。").waitFor();
    expect(await staff.getByTestId("difficulties").textContent()).toBe("低保家庭、残疾");
    await staff.getByLabel("帮扶责任人").selectOption({ label: COUNSELLOR_NAME });
    await staff.getByRole("button", { name: "建立帮扶计划" }).click();
    await staff.getByRole("status").filter({ hasText: "帮扶计划已建立。" }).waitFor();
    const planSection = staff.getByRole("region", { name: "帮扶计划", exact: true });
    await planSection.getByText("帮扶中", { exact: true }).waitFor();
    await planSection.getByRole("definition").filter({ hasText: COUNSELLOR_NAME }).waitFor();
    await settled(staff);

    // A goal.
    await staff.getByLabel("新目标").fill("一个月内完成简历修改并投递 5 个本省岗位");
    await staff.getByRole("button", { name: "添加目标" }).click();
    await staff.getByRole("status").filter({ hasText: "目标已保存。" }).waitFor();
    const goals = staff.getByRole("region", { name: "帮扶目标" });
    await goals.getByRole("listitem").filter({ hasText: "一个月内完成简历修改并投递 5 个本省岗位" }).waitFor();
    await settled(staff);
    // Saved, the field is empty again: a second click does not add the same goal twice.
    expect(await staff.getByLabel("新目标").inputValue()).toBe("");

    // A contact, first without its summary: the error is shown at the field and in the summary
    // (linked to the field), and what was typed is kept.
    const contacts = staff.getByRole("region", { name: "联系记录" });
    await contacts.getByLabel("方式").selectOption("wechat");
    await contacts.getByLabel("下一步").fill("下周三前发送修改后的简历");
    await contacts.getByRole("button", { name: "保存记录" }).click();
    const summary = staff.getByRole("alert").filter({ hasText: "请修正以下问题：" });
    const summaryLink = summary.getByRole("link", { name: "请填写沟通内容。" });
    await summaryLink.waitFor();
    expect(await summaryLink.getAttribute("href")).toBe("#contact-summary");
    const summaryField = contacts.getByRole("textbox", { name: "沟通内容" });
    expect(await summaryField.getAttribute("id")).toBe("contact-summary");
    expect(await summaryField.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await summaryField.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).not.toBe("");
    expect(await staff.locator(`[id="${describedBy}"]`).textContent()).toBe("请填写沟通内容。");
    await contacts.getByText("请填写沟通内容。").waitFor();
    expect(await contacts.getByLabel("方式").inputValue()).toBe("wechat");
    expect(await contacts.getByLabel("下一步").inputValue()).toBe("下周三前发送修改后的简历");
    expect(await contacts.getByLabel("联系日期").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Following the summary's link lands on the field.
    await summaryLink.click();
    await expect
      .poll(() => summaryField.evaluate((el) => el === document.activeElement || location.hash === "#contact-summary"))
      .toBe(true);
    await summaryField.fill("微信沟通：希望留在本省工作，简历缺少项目经历。");
    await contacts.getByRole("button", { name: "保存记录" }).click();
    await staff.getByRole("status").filter({ hasText: "联系记录已保存。" }).waitFor();
    await contacts.getByText("微信沟通：希望留在本省工作，简历缺少项目经历。").waitFor();
    await contacts.getByText("下周三前发送修改后的简历").waitFor();
    expect(await staff.getByRole("alert").filter({ hasText: "请修正以下问题：" }).count()).toBe(0);
    await settled(staff);
    // The form folds away and starts afresh for the next contact.
    await summaryField.waitFor({ state: "hidden" });
    await contacts.getByText("记录一次联系", { exact: true }).click();
    expect(await summaryField.inputValue()).toBe("");
    expect(await contacts.getByLabel("下一步").inputValue()).toBe("");

    // 3. The counsellor finds the published posting by its title and refers it.
    const referrals = staff.getByRole("region", { name: "岗位推荐" });
    await referrals.getByLabel("查找已发布岗位（名称、单位或岗位编号）").fill("嵌入式软件");
    await referrals.getByRole("button", { name: "查找" }).click();
    await staff.waitForURL((url) => url.searchParams.get("postingQ") === "嵌入式软件");
    const found = referrals
      .getByRole("group", { name: "查找结果" })
      .getByRole("radio", { name: new RegExp(POSTING_TITLE.replace(/[()（）]/g, ".")) });
    await found.waitFor();
    expect(await found.getAttribute("value")).toBe(postingId);
    await found.check();
    await referrals.getByLabel("推荐说明（会发给毕业生）").fill("岗位在成都，适合你的专业方向。");
    await referrals.getByRole("button", { name: "推荐给该生" }).click();
    await staff.getByRole("status").filter({ hasText: "已推荐，并已邮件通知毕业生。" }).waitFor();
    await referrals.getByRole("table").getByRole("link", { name: POSTING_TITLE }).waitFor();
    await referrals.getByRole("table").getByText("尚未投递").waitFor();
    await settled(staff);
    expect(await referrals.getByLabel("推荐说明（会发给毕业生）").inputValue()).toBe("");

    // The graduate receives the referral at the address of her account (the site's worker sends it).
    const mail = await smtp.waitForSubject(graduate.user.email, POSTING_TITLE, 30_000);
    expect(mail.subject).toBe(`为你推荐岗位：${POSTING_TITLE}`);
    expect(mail.text).toContain(POSTING_TITLE);
    expect(mail.text).toContain("成都蓉城智造科技有限公司");
    expect(mail.text).toContain(COUNSELLOR_NAME);
    expect(mail.text).toContain("岗位在成都，适合你的专业方向。");
    expect(mail.text).toContain(`/jobs/${postingId}`);
    // It says nothing about why she is supported.
    for (const category of ["低保", "残疾", "困难"]) expect(mail.text).not.toContain(category);
    expect(smtp.mailTo(graduate.user.email).filter((m) => m.subject?.includes(POSTING_TITLE))).toHaveLength(1);

    // Before it stalls, her open plan comes after the graduates with no plan yet.
    await staff.goto(`${site.url}/staff/support`);
    const firstRow = table.locator("tbody tr").first();
    await row.getByText("帮扶中", { exact: true }).waitFor();
    expect(await firstRow.getByRole("link", { name, exact: true }).count()).toBe(0);

    // 4. Nothing happens for 15 days: every progress moment of the plan moves 15 days back
    // (progress: the plan's last activity, and her own applications and destination, of which she has none).
    const db = await getDb();
    const [plan] = await db
      .select({ id: supportPlans.id })
      .from(supportPlans)
      .where(eq(supportPlans.graduateId, graduate.graduate.id));
    const back = sql`now() - interval '15 days'`;
    await db
      .update(supportPlans)
      .set({ lastActivityAt: back, createdAt: back, updatedAt: back })
      .where(eq(supportPlans.id, plan!.id));
    await db.update(supportGoals).set({ createdAt: back, updatedAt: back }).where(eq(supportGoals.planId, plan!.id));
    await db
      .update(supportContacts)
      .set({ createdAt: back, contactedOn: sql`((now() - interval '15 days') at time zone 'Asia/Shanghai')::date` })
      .where(eq(supportContacts.planId, plan!.id));
    await db.update(supportReferrals).set({ createdAt: back }).where(eq(supportReferrals.planId, plan!.id));
    expect(await db.$count(supportPlans, inArray(supportPlans.graduateId, othersWithDifficulties))).toBe(0);

    await staff.reload();
    await row.locator(".badge").filter({ hasText: "停滞 15 天" }).waitFor();
    expect(await row.getAttribute("data-stalled")).toBe("true");
    expect(await firstRow.getByRole("link", { name, exact: true }).count()).toBe(1);
    expect(await firstRow.getByText("停滞 15 天").count()).toBe(1);
    expect(await table.getByText(/^停滞 \d+ 天$/).count()).toBe(1);
    await staff.getByRole("link", { name: "停滞（1）" }).waitFor();
    // The plan page says so too.
    await row.getByRole("link", { name, exact: true }).click();
    await staff.getByTestId("stalled").filter({ hasText: "已 15 天无进展" }).waitFor();
    await settled(staff);

    // 5. Staff of another college and a graduate account are refused the plan: 403.
    const { context: otherContext, page: other } = await newPage();
    await signIn(other, otherCollegeStaff.user.email);
    const otherResponse = await other.goto(`${site.url}${planPath}`);
    expect(otherResponse?.status()).toBe(403);
    await other.getByText("您没有权限访问此页面。").waitFor();
    expect(await other.getByText(name).count()).toBe(0);
    expect(await other.getByText("低保家庭").count()).toBe(0);
    // Their own list does not show her either.
    await other.goto(`${site.url}/staff/support`);
    await other.getByRole("heading", { level: 1, name: "重点群体帮扶（一人一策）" }).waitFor();
    expect(await other.getByText(name).count()).toBe(0);

    const { context: graduateContext, page: grad } = await newPage();
    await signIn(grad, graduate.user.email);
    const gradResponse = await grad.goto(`${site.url}${planPath}`);
    expect(gradResponse?.status()).toBe(403);
    await grad.getByText("您没有权限访问此页面。").waitFor();
    expect(await grad.getByText("低保家庭").count()).toBe(0);
    expect(
      await grad.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "重点群体帮扶" }).count(),
    ).toBe(0);

    // 6. On a phone (390 px wide) the plan page, with its search results open, fits the screen,
    // and every form control on it has a label.
    const { context: phoneContext, page: phone } = await newPage({ width: 390, height: 844 });
    await signIn(phone, counsellor.user.email);
    await phone.goto(`${site.url}${planPath}?postingQ=${encodeURIComponent("嵌入式软件")}`);
    await phone.getByRole("heading", { level: 1, name: `一人一策帮扶计划：${name}` }).waitFor();
    await phone.getByRole("group", { name: "查找结果" }).waitFor();
    await settled(phone);
    const width = await noHorizontalScroll(phone);
    expect(
      width.scrollWidth,
      `scrollWidth ${width.scrollWidth} > clientWidth ${width.clientWidth}: ${width.wide.join("; ")}`,
    ).toBeLessThanOrEqual(width.clientWidth);
    expect(await unlabelledControls(phone)).toEqual([]);
    // The list too.
    await phone.goto(`${site.url}/staff/support`);
    await phone.getByRole("heading", { level: 1, name: "重点群体帮扶（一人一策）" }).waitFor();
    await settled(phone);
    const listWidth = await noHorizontalScroll(phone);
    expect(
      listWidth.scrollWidth,
      `list: scrollWidth ${listWidth.scrollWidth} > clientWidth ${listWidth.clientWidth}: ${listWidth.wide.join("; ")}`,
    ).toBeLessThanOrEqual(listWidth.clientWidth);
    expect(await unlabelledControls(phone)).toEqual([]);
    // And the desktop plan page, with the contact and subsidy forms.
    await staff.goto(`${site.url}${planPath}`);
    await staff.getByRole("heading", { level: 1, name: `一人一策帮扶计划：${name}` }).waitFor();
    await settled(staff);
    expect(await unlabelledControls(staff)).toEqual([]);

    expect(problems).toEqual([]);
    for (const context of [staffContext, otherContext, graduateContext, phoneContext]) await context.close();
  }, 240_000);
});
