import { readFile } from "node:fs/promises";
import type { ParsedMail } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { unfoldAndParse } from "../../app/interviews/ical";
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
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let collegeStaff: Awaited<ReturnType<typeof signedIn>>;
let schoolStaff: Awaited<ReturnType<typeof signedIn>>;
let postingId: string;

/** Problems the browser reports on any page: script errors, console errors (CSP violations are logged there too). */
const problems: string[] = [];

beforeAll(async () => {
  // The data the journey starts from, written directly: a school with a 2026 roster, staff of the
  // whole school and of the graduate's college, a verified employer with a published posting,
  // and a graduate who applied to it.
  await ensureIndex();
  school = await testSchool();
  await rosterOf(school, 24);
  schoolStaff = await signedIn("staff", { displayName: "校就业中心王老师" });
  graduate = await linkedGraduate(school, { major: "软件工程" });
  collegeStaff = await signedIn("staff", { collegeId: graduate.graduate.collegeId, displayName: "学院就业秘书李老师" });
  employer = await employerWithOrganisation({ name: "杭州云帆网络科技有限公司", staffUserId: schoolStaff.user.id });
  postingId = await publishedPosting(employer.user.id, schoolStaff.user.id, { title: "Java后端开发工程师（校招）" });
  await applyToPosting(await getDb(), { userId: graduate.user.id }, { postingId, note: "期待面试机会。" });

  journey = await startJourney();
  ({ site, smtp, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

const newPage = () => watchedPage(browser, problems, { acceptDownloads: true });
const signIn = (page: Page, email: string) => signInThroughForm(page, site.url, email);

/** Follows a link of the main navigation (a client-side navigation) and waits for the page's heading. */
async function viaNav(page: Page, link: string, heading: string) {
  await settled(page);
  await followMenu(page, link);
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
}

/** The headline 毕业去向落实率 of the 2026 cohort as the page shows it: "4.0% (1/25)". */
async function rateOnDashboard(page: Page) {
  await page.goto(`${site.url}/staff/reports?cohort=2026`);
  return rateShown(page);
}

/** The headline rate of the dashboard the page shows now. */
async function rateShown(page: Page): Promise<{ percent: number; placed: number; total: number }> {
  await page.getByTestId("rate").waitFor();
  const text = (await page.getByTestId("rate").textContent()) ?? "";
  const match = /([\d.]+)%\s*\((\d+)\/(\d+)\)/.exec(text);
  if (!match) throw new Error(`no rate in "${text}"`);
  return { percent: Number(match[1]), placed: Number(match[2]), total: Number(match[3]) };
}

/** A Beijing wall-clock time `days` from today, as a datetime-local field takes it. */
function beijingLocal(days: number, hh: number): string {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return `${day}T${String(hh).padStart(2, "0")}:00`;
}

function calendarPart(mail: ParsedMail) {
  return mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
}

describe("interviews, the 三方协议 and the employment rate in the browser", () => {
  it("invite → slot picked (calendar mail) → agreement drafted, accepted, approved, registered → PDF → destination confirmed and verified → rate up", async () => {
    const name = graduate.user.displayName;
    const studentNo = graduate.graduate.studentNo;

    // Staff of the school and of the graduate's college read the 2026 rate before anything happens.
    const { context: schoolContext, page: school } = await newPage();
    await signIn(school, schoolStaff.user.email);
    const schoolBefore = await rateOnDashboard(school);
    const { context: collegeContext, page: college } = await newPage();
    await signIn(college, collegeStaff.user.email);
    const collegeBefore = await rateOnDashboard(college);
    expect(collegeBefore.total).toBeLessThanOrEqual(schoolBefore.total);

    // 1. The employer opens the applicant pipeline and invites her to an interview with two times.
    const { context: employerContext, page: emp } = await newPage();
    await signIn(emp, employer.user.email);
    await viaNav(emp, "单位中心", "杭州云帆网络科技有限公司");
    await emp.getByRole("link", { name: "Java后端开发工程师（校招）", exact: true }).click();
    await emp.waitForURL(new RegExp(`/employer/postings/${postingId}$`));
    await emp.getByRole("link", { name: "应聘者", exact: true }).click();
    await emp.getByRole("heading", { level: 1, name: "应聘者：Java后端开发工程师（校招）" }).waitFor();
    await emp.getByRole("link", { name: new RegExp(`^安排面试\\s*：${name}$`) }).click();
    await emp.waitForURL(/\/employer\/interviews\?application=/);
    await emp.getByTestId("chosen-application").filter({ hasText: name }).waitFor();
    // Issue 15 (b): the form opens in view, not ~6,000 px below the interview list.
    const formTop = (await emp.getByRole("heading", { level: 2, name: "邀请面试" }).boundingBox())!.y;
    expect(formTop).toBeLessThan(emp.viewportSize()!.height);
    await emp.getByLabel("面试方式").selectOption("video");
    await emp.getByLabel("会议链接 / 电话 / 地址").fill("https://meeting.tencent.com/dm/yunfan2026");
    const first = beijingLocal(9, 10);
    const second = beijingLocal(10, 15);
    await emp.getByLabel("备选时间 1：开始时间（北京时间）").fill(first);
    await emp.getByLabel("备选时间 2：开始时间（北京时间）").fill(second);
    await emp.getByLabel("时长（分钟）").fill("45");
    await emp.getByRole("button", { name: "发送面试邀请" }).click();
    const sent = emp.getByRole("status").filter({ hasText: "面试邀请已发送。" });
    await sent.waitFor();
    // The notice has the focus (so it is in view and read out) and the form is empty again.
    expect(await sent.evaluate((el) => el === document.activeElement)).toBe(true);
    const locationField = emp.getByLabel("会议链接 / 电话 / 地址");
    // The page may redraw the form while this reads it: a field that is gone counts as emptied.
    if ((await locationField.count()) > 0)
      expect(await locationField.inputValue({ timeout: 5_000 }).catch(() => "")).toBe("");
    await emp.getByRole("heading", { level: 2, name: new RegExp(`${name} · `) }).waitFor();

    // 2. The graduate signs in and picks the second time.
    const { context: graduateContext, page: grad } = await newPage();
    await signIn(grad, graduate.user.email);
    await viaNav(grad, "在线面试", "我的面试");
    await grad.getByRole("heading", { level: 2, name: /杭州云帆网络科技有限公司/ }).waitFor();
    const picks = grad.getByRole("button", { name: /^选择此时间：/ });
    expect(await picks.count()).toBe(2);
    await grad.getByRole("button", { name: /^选择此时间：.*15:00/ }).click();
    await grad.getByRole("status").filter({ hasText: "面试时间已确认，日历邀请已发送。" }).waitFor();
    await grad.getByRole("heading", { level: 2, name: "杭州云帆网络科技有限公司 · 已确认" }).waitFor();
    expect(await picks.count()).toBe(0);

    // The invitation arrives with a calendar part the mail client can add: METHOD:REQUEST at 15:00 Beijing time.
    const invite = await smtp.waitForSubject(graduate.user.email, "面试时间已确认", 30_000);
    const ics = calendarPart(invite);
    expect(ics, "the invite carries a text/calendar part").toBeDefined();
    expect(ics!.contentType).toMatch(/^text\/calendar/);
    const ical = ics!.content.toString("utf8");
    expect(ical).toContain("METHOD:REQUEST");
    const event = unfoldAndParse(ical);
    expect(event.method).toBe("REQUEST");
    // Beijing wall-clock time with its zone: the time she picked, not the other one offered.
    expect(event.get("DTSTART")).toBe(`${second.slice(0, 10).replace(/-/g, "")}T150000`);
    expect(event.getAll("DTSTART")[0]?.params.TZID).toBe("Asia/Shanghai");
    expect(ical).toContain(graduate.user.email);

    // 3. The employer drafts the agreement with the required terms and sends it to her.
    await viaNav(emp, "三方协议", "三方协议");
    await emp.getByLabel("毕业生学号").fill(studentNo);
    await emp.getByLabel("毕业生姓名").fill(name);
    await emp.getByLabel("工作岗位").fill("Java后端开发工程师");
    await emp.getByLabel("月薪（元，税前）").fill("15000");
    await emp.getByLabel("试用期（月）").fill("3");
    await emp.getByLabel("工作省份").selectOption("浙江省");
    await emp.getByLabel("工作城市").fill("杭州");
    await emp.getByLabel("报到日期").fill("2027-07-01");
    await emp.getByLabel("违约金（元）").fill("5000");
    await emp.getByLabel("档案转递地址").fill("浙江省杭州市滨江区人才服务中心");
    await emp.getByLabel("户口迁移地址").fill("浙江省杭州市滨江区长河派出所");
    await emp.getByRole("button", { name: "保存草稿" }).click();
    await emp.getByRole("status").filter({ hasText: "草稿已保存。" }).waitFor();
    const draftRow = emp.getByRole("row").filter({ hasText: name });
    await draftRow.getByRole("button", { name: "发送给毕业生" }).click();
    await emp.getByRole("status").filter({ hasText: "已发送给毕业生。" }).waitFor();
    await draftRow.getByRole("cell", { name: "待毕业生确认" }).waitFor();

    // 4. The graduate accepts it.
    await viaNav(grad, "三方协议", "我的三方协议");
    const card = grad
      .locator("section")
      .filter({ has: grad.getByRole("heading", { name: /杭州云帆网络科技有限公司 · Java后端开发工程师/ }) });
    await card.getByText("15000").waitFor();
    await card.getByRole("button", { name: "接受" }).click();
    // First a summary of what she commits to, with the breach penalty, then the act.
    const step = grad.getByTestId("confirm-step");
    await step.getByText("违约金（元）").waitFor();
    await step.getByText("5000", { exact: true }).waitFor();
    await step.getByRole("button", { name: "确认接受协议" }).click();
    await grad.getByRole("status").filter({ hasText: "已接受协议。" }).waitFor();
    await card.getByText("毕业生已接受").waitFor();

    // 5. The college approves, then the school registers and numbers it.
    await viaNav(college, "三方协议审核", "三方协议审核");
    await college.getByRole("row").filter({ hasText: studentNo }).getByRole("button", { name: "学院审核通过" }).click();
    await college.getByRole("status").filter({ hasText: "学院审核通过。" }).waitFor();
    // The agreement moves on to the school's queue, where her college's staff have no step.
    await college.getByRole("row").filter({ hasText: studentNo }).filter({ hasText: "学院已审核" }).waitFor();
    await viaNav(school, "三方协议审核", "三方协议审核");
    await school.getByRole("row").filter({ hasText: studentNo }).getByRole("button", { name: "学校鉴证" }).click();
    await school.getByRole("status").filter({ hasText: "已鉴证并编号。" }).waitFor();
    await school.getByRole("row").filter({ hasText: studentNo }).waitFor({ state: "detached" });

    // 6. The graduate downloads the registered agreement as a PDF.
    await grad.reload();
    await card.getByText(/学校已鉴证 · 协议编号/).waitFor();
    const pdfLink = grad.getByRole("link", { name: "下载协议书（PDF）" });
    const href = (await pdfLink.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/agreements\/[0-9a-f-]+\/pdf$/);
    const downloadResponse = grad.waitForResponse((r) => new URL(r.url()).pathname === href, { timeout: 30_000 });
    const [download] = await Promise.all([grad.waitForEvent("download"), pdfLink.click()]);
    const served = await downloadResponse;
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("application/pdf");
    expect(download.suggestedFilename()).toMatch(/^agreement-.+\.pdf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
    // The same request with her session: the server says what it is.
    const response = await grad.request.get(`${site.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="agreement-.+\.pdf"$/);
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Registration recorded her destination (签就业协议形式就业, code 10), awaiting her confirmation:
    // not yet counted.
    expect((await rateOnDashboard(school)).placed).toBe(schoolBefore.placed);

    // 7. She confirms the destination the registration recorded.
    await viaNav(grad, "毕业去向", "我的毕业去向");
    await grad.getByText("以下去向由他人代为登记，请确认是否属实。").waitFor();
    expect(await grad.getByTestId("current-destination").textContent()).toContain("签就业协议形式就业");
    expect(await grad.getByTestId("destination-status").textContent()).toContain("待本人确认");
    await grad.getByRole("button", { name: "确认属实" }).click();
    await grad.getByText("已确认。").waitFor();
    await grad.getByTestId("destination-status").filter({ hasText: "待审核" }).waitFor();
    expect((await rateOnDashboard(school)).placed).toBe(schoolBefore.placed);

    // 8. Her college's staff find her among the destinations awaiting verification and verify it.
    await viaNav(college, "去向审核", "毕业去向审核");
    const search = college.getByRole("search");
    await search.getByLabel("筛选").selectOption("unverified");
    await search.getByLabel("按姓名或学号查找").fill(name);
    await search.getByRole("button", { name: "查看" }).click();
    await college.waitForURL((url) => url.searchParams.get("q") === name);
    const listed = college.getByTestId("destination-list").getByRole("row").filter({ hasText: name });
    await listed.waitFor();
    expect(await college.getByTestId("destination-list").locator("tbody tr").count()).toBe(1);
    await listed.getByRole("button", { name: `审核通过 ${name}` }).click();
    await college.getByText("已审核通过。").waitFor();
    // Verified, she leaves the list of those awaiting verification.
    await listed.waitFor({ state: "detached" });

    // 9. The rate on the dashboard went up, for the school and for her college: staff open the
    // dashboard from the menu and pick the cohort, as they would.
    for (const page of [school, college]) {
      await viaNav(page, "去向与落实率", "毕业去向落实率");
      await page.getByLabel("届别").selectOption("2026");
      await page.getByRole("button", { name: "查看" }).click();
      await page.waitForURL((url) => url.searchParams.get("cohort") === "2026");
    }
    await school
      .getByTestId("rate")
      .filter({ hasText: `(${schoolBefore.placed + 1}/${schoolBefore.total})` })
      .waitFor();
    await college
      .getByTestId("rate")
      .filter({ hasText: `(${collegeBefore.placed + 1}/${collegeBefore.total})` })
      .waitFor();
    const schoolAfter = await rateShown(school);
    expect(schoolAfter.total).toBe(schoolBefore.total);
    expect(schoolAfter.placed).toBe(schoolBefore.placed + 1);
    expect(schoolAfter.percent).toBeGreaterThan(schoolBefore.percent);
    const collegeAfter = await rateShown(college);
    expect(collegeAfter.placed).toBe(collegeBefore.placed + 1);
    expect(collegeAfter.percent).toBeGreaterThan(collegeBefore.percent);

    await grad.reload();
    await grad.getByTestId("destination-status").filter({ hasText: "已审核" }).waitFor();

    expect(problems).toEqual([]);
    for (const context of [schoolContext, collegeContext, employerContext, graduateContext]) await context.close();
  }, 240_000);
});
