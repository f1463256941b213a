import { eq, like } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import { createGraduates, linkGraduateAccount, type School } from "../../seed/factories";
import { graduates, outbox } from "../../db/schema";
import { settled, signInThroughForm, watchedPage } from "../support/browser";
import { startJourney, type Journey } from "../support/journey";
import { signedIn, testSchool } from "../support/people";
import type { RunningSite } from "../support/server";
import type { SmtpReceiver } from "../support/smtp";

let journey: Journey | undefined;
let site: RunningSite;
let browser: Browser;
let smtp: SmtpReceiver;
let school: School;
let collegeStaff: Awaited<ReturnType<typeof signedIn>>;
const reached: { name: string; email: string }[] = [];
const leftOut: { name: string; email: string }[] = [];

/** Script errors, console errors and CSP violations on any page. */
const problems: string[] = [];

async function graduate(collegeId: number, degree: "bachelor" | "master", name: string, seed: number) {
  const db = await getDb();
  const [row] = await createGraduates(db, school, { count: 1, cohorts: [2027], seed, studentNoOffset: seed * 100 });
  const major = school.majors.find((m) => m.collegeId === collegeId)!;
  const account = await signedIn("graduate", { email: `e2e${seed}.${Date.now()}@stu.jiuye.cn`, displayName: name });
  await db
    .update(graduates)
    .set({ collegeId, majorId: major.id, degree, name, email: account.user.email })
    .where(eq(graduates.id, row!.id));
  await linkGraduateAccount(db, row!.id, account.user.id);
  return { name, email: account.user.email };
}

beforeAll(async () => {
  school = await testSchool();
  await installProgrammeCatalogue(await getDb());
  const [one, two] = [school.colleges[0]!.id, school.colleges[1]!.id];
  reached.push(await graduate(one, "bachelor", "赵雪", 701));
  reached.push(await graduate(one, "bachelor", "钱程", 702));
  reached.push(await graduate(one, "bachelor", "孙悦", 703));
  leftOut.push(await graduate(two, "bachelor", "周杰", 704));
  leftOut.push(await graduate(one, "master", "吴昊", 705));
  collegeStaff = await signedIn("staff", { collegeId: one, displayName: "学院就业专干 王老师" });
  journey = await startJourney();
  ({ site, smtp, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

const newPage = (viewport?: { width: number; height: number }) =>
  watchedPage(browser, problems, { viewport, ignore: /status of 400/ });

/** The "reached" count of a stage in the report's stage table. */
async function reachedAt(page: Page, stage: string) {
  const row = page
    .getByTestId("table-stages")
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: stage, exact: true }) });
  return Number(await row.locator("td").first().innerText());
}

describe("outreach in the browser", () => {
  it("staff send a campaign to eligible 2027 bachelors of their college; a graduate follows the mail on a phone and marks interest; the funnel report moves", async () => {
    // Staff write the campaign, preview who it reaches, save and send it.
    const { context: staffContext, page: staff } = await newPage();
    await signInThroughForm(staff, site.url, collegeStaff.user.email);
    await settled(staff);
    await staff.goto(`${site.url}/staff/campaigns`);
    await staff.getByRole("heading", { level: 1 }).waitFor();
    await staff.getByLabel("项目", { exact: true }).selectOption("xibu");
    await staff.getByLabel("年度", { exact: true }).selectOption("2027");
    await staff.getByLabel("届别", { exact: true }).selectOption("2027");
    await staff.getByLabel("学历层次").selectOption("bachelor");
    await staff.getByLabel("报名条件").selectOption("passOrCheck");
    await staff.getByRole("button", { name: "预览收件人" }).click();
    await staff.getByText("将发送给 3 名毕业生").waitFor();
    const sample = await staff.getByTestId("campaign-sample").innerText();
    for (const g of reached) expect(sample).toContain(g.name);
    for (const g of leftOut) expect(sample).not.toContain(g.name);
    await settled(staff);
    await staff.getByLabel("标题（中文）").fill("西部计划 2027 报名动员");
    await staff.getByLabel("标题（英文）").fill("Western China programme 2027");
    await staff.getByLabel("正文（中文）").fill("同学你好：西部计划 2027 年招募即将开始，点击查看你的报名条件。");
    await staff.getByLabel("正文（英文）").fill("Hello: the Western China programme 2027 opens soon.");
    await staff.getByRole("button", { name: "保存宣传" }).click();
    await staff.waitForURL(/\/staff\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = staff.url();
    await staff.getByRole("button", { name: "发送", exact: true }).click();
    await staff.getByText(/已发送：新触达 3 人/).waitFor();
    await settled(staff);

    // The report before anyone answers: nobody interested in 西部计划 2027 yet.
    await staff.goto(`${site.url}/staff/reports/programmes?programme=xibu&year=2027`);
    await staff.getByRole("heading", { level: 1, name: "基层项目与参军入伍报名漏斗" }).waitFor();
    expect(await reachedAt(staff, "有意向")).toBe(0);

    // Mail decided in quiet hours (21:00–08:00 at school) waits for 08:00 in the outbox; the test lets
    // the morning come instead of waiting for it.
    await (await getDb()).update(outbox).set({ runAfter: new Date() }).where(like(outbox.idempotencyKey, "campaign:%"));
    const [mail] = await smtp.waitForMail(reached[0]!.email, { count: 1, timeoutMs: 30_000 });
    expect(mail!.subject).toBe("西部计划 2027 报名动员");
    expect(mail!.text).toContain("西部计划 2027 年招募即将开始");
    const link = /https?:\/\/\S+\/m\/c\/[0-9a-f]+/.exec(mail!.text ?? "")?.[0];
    expect(link).toBeDefined();
    await smtp.waitForMail(reached[1]!.email, { count: 1, timeoutMs: 30_000 });
    for (const g of leftOut) expect(smtp.mailTo(g.email)).toHaveLength(0);

    // The graduate, on a phone, follows the mail's button to the programme page with their reasons.
    const { context: phoneContext, page: phone } = await newPage({ width: 390, height: 844 });
    await signInThroughForm(phone, site.url, reached[0]!.email);
    await settled(phone);
    await phone.goto(link!);
    await phone.waitForURL(/\/programmes\/xibu\?year=2027$/);
    await phone.getByRole("heading", { level: 1, name: "大学生志愿服务西部计划" }).waitFor();
    const mine = phone.locator("section", { has: phone.getByRole("heading", { name: "我的报名条件核对" }) });
    await mine.getByText("应届：2027 届毕业生 ✓").waitFor();
    await mine.getByText("部分条件需要核对").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await mine.getByRole("button", { name: "我有意向" }).click();
    await phone.getByText("你已表示有意向").waitFor();
    await settled(phone);

    // Staff see the funnel move on the report, and the click and the interest on the campaign.
    await staff.reload();
    await staff.getByRole("heading", { level: 1, name: "基层项目与参军入伍报名漏斗" }).waitFor();
    expect(await reachedAt(staff, "有意向")).toBe(1);
    await staff.goto(campaignUrl);
    expect(await staff.locator('[data-count="clicked"]').innerText()).toBe("1");
    expect(await staff.locator('[data-count="interested"]').innerText()).toBe("1");

    await staffContext.close();
    await phoneContext.close();
    expect(problems).toEqual([]);
  });
});
