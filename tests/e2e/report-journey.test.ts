import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settled, signInThroughForm, watchedPage } from "../support/browser";
import { publishedPosting } from "../support/graduates";
import { signedIn } from "../support/people";
import type { RunningSite } from "../support/server";
import type { SmtpReceiver } from "../support/smtp";
import { startJourney, type Journey } from "../support/journey";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

let journey: Journey | undefined;
let site: RunningSite;
let browser: Browser;
let smtp: SmtpReceiver;
let postingId: string;
let staffEmail: string;
let employerEmail: string;

const POSTING_TITLE = "跨境直播运营助理（2026届）";
const EMPLOYER_NAME = "深圳星河跨境电子商务有限公司";

/** Script errors, console errors and CSP violations on any page. */
const problems: string[] = [];

beforeAll(async () => {
  // A verified employer with one published posting, written directly; the journey starts at its page.
  await ensureIndex();
  const schoolStaff = await signedIn("staff", { displayName: "校就业中心审核员李老师" });
  staffEmail = schoolStaff.user.email;
  const employer = await employerWithOrganisation({ name: EMPLOYER_NAME, staffUserId: schoolStaff.user.id });
  employerEmail = employer.user.email;
  postingId = await publishedPosting(employer.user.id, schoolStaff.user.id, { title: POSTING_TITLE });
  journey = await startJourney();
  ({ site, smtp, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

// A refused form answers 400 on purpose; the browser logs that as an error.
const newPage = (options: { viewport?: { width: number; height: number } } = {}) =>
  watchedPage(browser, problems, { ...options, ignore: /status of (400|404)/ });

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/** The search page's links to the posting, after the worker has had the time to sync the index. */
async function searchFinds(page: Page, expected: boolean): Promise<boolean> {
  let found = !expected;
  for (let i = 0; i < 60; i++) {
    await page.goto(`${site.url}/jobs?q=${encodeURIComponent("跨境直播运营助理")}`);
    await page.getByTestId("result-count").waitFor();
    found = (await page.locator(`a[href^="/jobs/${postingId}?"], a[href="/jobs/${postingId}"]`).count()) > 0;
    if (found === expected) break;
    await page.waitForTimeout(250);
  }
  return found;
}

describe("a scam report from a phone", () => {
  it("a visitor on a 390 px phone reports a posting from its page; staff take it down; a search no longer finds it", async () => {
    const screenshot = path.join(mkdtempSync(path.join(os.tmpdir(), "jiuye-e2e-")), "聊天截图.png");
    writeFileSync(
      screenshot,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );

    // 1. A visitor (not signed in) on a phone finds the posting and opens it.
    const { page: phone } = await newPage({ viewport: { width: 390, height: 844 } });
    expect(await searchFinds(phone, true)).toBe(true);
    await phone.locator(`a[href^="/jobs/${postingId}?"], a[href="/jobs/${postingId}"]`).first().click();
    await phone.waitForURL(new RegExp(`/jobs/${postingId}(\\?|$)`));
    await settled(phone);

    // 2. From the posting's page: "举报该岗位". Sending too little shows what is wrong beside each field, and keeps the text.
    await phone.getByRole("link", { name: "举报该岗位" }).click();
    await phone.waitForURL(new RegExp(`/jobs/${postingId}/report$`));
    await phone.getByRole("heading", { name: "举报岗位" }).waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.getByLabel("具体情况").fill("要交钱");
    await phone.getByRole("button", { name: "提交举报" }).click();
    await phone.getByRole("alert").waitFor();
    expect(await phone.getByRole("alert").textContent()).toContain("请选择举报原因");
    expect(await phone.locator("#report-details-error").textContent()).toContain("至少写10个字");
    expect(await phone.getByLabel("具体情况").inputValue()).toBe("要交钱");
    expect(await noHorizontalScroll(phone)).toBe(true);

    // 3. Fixed: a reason, what happened, and a screenshot of the chat.
    await phone.getByLabel("举报原因").selectOption("fee");
    await phone.getByLabel("具体情况").fill("要交钱：HR在微信上要求先交680元入职押金，说交了才能安排面试。");
    await phone.getByLabel("截图（可选）").setInputFiles(screenshot);
    await phone.getByRole("button", { name: "提交举报" }).click();
    await phone.getByTestId("report-sent").waitFor();
    expect(await phone.getByTestId("report-sent").textContent()).toContain("举报已收到");
    expect(await noHorizontalScroll(phone)).toBe(true);

    // 4. Staff see the posting in the queue's reported section with its count, and the report beside the posting.
    const { page: staff } = await newPage();
    await signInThroughForm(staff, site.url, staffEmail);
    await staff.goto(`${site.url}/staff/vetting?show=reported`);
    const row = staff.getByTestId("reported").getByRole("row", { name: new RegExp(POSTING_TITLE.slice(0, 6)) });
    expect(await row.getByTestId("report-count").textContent()).toBe("1");
    await row.getByRole("link", { name: POSTING_TITLE }).click();
    await staff.waitForURL(new RegExp(`/staff/vetting/${postingId}$`));
    const reports = staff.getByTestId("reports");
    expect(await reports.textContent()).toContain("680元入职押金");
    expect(await reports.getByRole("link", { name: "查看截图" }).count()).toBe(1);

    // 5. "立即下架" with a reason; the employer is told why.
    await staff.getByLabel("下架原因（将告知单位和已登录的举报人）").fill("经核实，该单位以押金名义向求职者收费。");
    await staff.getByRole("button", { name: "立即下架" }).click();
    await staff.waitForURL(/takenDown=1/);
    const employerMail = await smtp.waitForSubject(employerEmail, "岗位已被下架");
    expect(employerMail.text).toContain("以押金名义向求职者收费");

    // 6. The visitor's search no longer finds it, and its page is gone.
    expect(await searchFinds(phone, false)).toBe(false);
    const gone = await phone.goto(`${site.url}/jobs/${postingId}`);
    expect(gone?.status()).toBe(404);
  });

  it("the report page reads in English and works without JavaScript", async () => {
    const context = await browser.newContext({
      locale: "en-US",
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    // The posting was taken down in the journey above, so use a fresh one.
    const schoolStaff = await signedIn("staff", { displayName: "校就业中心王老师" });
    const employer = await employerWithOrganisation({
      name: "苏州天衡检测技术有限公司",
      staffUserId: schoolStaff.user.id,
    });
    const id = await publishedPosting(employer.user.id, schoolStaff.user.id, { title: "检测工程师（2026届）" });
    await page.goto(`${site.url}/jobs/${id}/report`);
    await page.getByRole("heading", { name: "Report a posting" }).waitFor();
    await page.getByLabel("What happened").fill("Too short");
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Choose a reason for the report");
    expect(await page.getByLabel("What happened").inputValue()).toBe("Too short");
    await page.getByLabel("Reason").selectOption("discrimination");
    await page.getByLabel("What happened").fill("The recruiter said on the phone they only hire men for this role.");
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.getByTestId("report-sent").waitFor();
    expect(await page.getByTestId("report-sent").textContent()).toContain("Report received");
    await context.close();
  });
});
