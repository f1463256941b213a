import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../seed/seed";
import { signInOnPage, useDemoSite } from "../support/journey";
import { testCreditCode } from "../support/vetting";

const demo = useDemoSite();

const signIn = (page: Page, email: string, password: string) => signInOnPage(page, demo.site.url, email, password);

describe("vetting in the browser", () => {
  it("employer registers and submits a discriminatory posting; staff flags it, requests changes, approves the fix; a visitor finds it", async () => {
    const licence = path.join(mkdtempSync(path.join(os.tmpdir(), "jiuye-e2e-")), "营业执照.pdf");
    writeFileSync(licence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const employerContext = await demo.browser.newContext({ locale: "zh-CN" });
    const employer = await employerContext.newPage();

    // Register an employer account and the organisation.
    await employer.goto(`${demo.site.url}/register`);
    await employer.getByLabel("用人单位").check();
    await employer.getByLabel("姓名或称呼").fill("周敏");
    await employer.getByLabel("电子邮箱").fill("zhou.min@qingshan-robot.cn");
    await employer.getByLabel("密码").fill("青山机器人招聘2026");
    await employer.getByRole("button", { name: "注册" }).click();
    // The account is created from the mailed link.
    await employer.waitForURL(/\/register\?sent=1$/);
    // The demo seed queues about 80 mails ahead of this one; on a busy machine they take longer than 15 s.
    const confirmation = await demo.smtp.waitForSubject("zhou.min@qingshan-robot.cn", "请确认邮箱", 60_000);
    await employer.goto(/https?:\/\/\S+\/register\/confirm\/[\w-]+/.exec(confirmation.text ?? "")![0]);
    await employer.getByRole("button", { name: "创建账户" }).click();
    // An employer lands on their home, which asks for the organisation first.
    await employer.waitForURL(/\/employer\/register$/);
    await employer.goto(`${demo.site.url}/employer`);
    await employer.waitForURL(/\/employer\/register$/);
    await employer.getByLabel("单位名称").fill("杭州青山机器人有限公司");
    await employer.getByLabel("统一社会信用代码").fill(testCreditCode());
    await employer.getByLabel("单位性质").selectOption("private");
    await employer.getByLabel("所属行业").selectOption("机械/制造");
    await employer.getByLabel("所在省份").selectOption("浙江省");
    await employer.getByLabel("所在城市").selectOption("杭州");
    await employer.getByLabel("详细地址").fill("杭州市余杭区文一西路998号");
    await employer.getByLabel("单位网站").fill("https://www.qingshan-robot.cn");
    await employer.getByLabel("招聘联系邮箱").fill("hr@qingshan-robot.cn");
    await employer.getByLabel("联系电话").fill("0571-86001234");
    await employer.locator("#register-licence").setInputFiles(licence);
    await employer.getByRole("button", { name: "提交审核" }).click();
    await employer.waitForURL(/\/employer$/);
    expect(await employer.getByTestId("employer-status").textContent()).toBe("待审核");

    // Staff verify the organisation.
    const staffContext = await demo.browser.newContext({ locale: "zh-CN" });
    const staff = await staffContext.newPage();
    await signIn(staff, "staff@demo.jiuye.cn", DEMO_PASSWORD);
    await staff.goto(`${demo.site.url}/staff/employers?status=pending`);
    await staff.getByRole("link", { name: "杭州青山机器人有限公司" }).click();
    await staff.getByRole("button", { name: "通过认证" }).click();
    await staff.getByTestId("employer-status").filter({ hasText: "已认证" }).waitFor();

    // The employer submits a posting with a discriminatory phrase.
    await employer.goto(`${demo.site.url}/employer/postings/new`);
    await employer.getByLabel("岗位名称").fill("机器人视觉算法工程师");
    await employer.getByLabel("岗位类别").selectOption("算法/人工智能");
    await employer.getByLabel("招聘人数").fill("2");
    await employer.getByLabel("岗位职责").fill("负责工业机器人视觉定位与缺陷检测算法的研发与落地。");
    await employer.getByLabel("任职要求").fill("仅限男性，熟悉OpenCV与深度学习框架，有机器人项目经验者优先。");
    await employer.getByLabel("工作城市（用逗号分隔）").fill("杭州");
    await employer.getByLabel("最低").fill("15000");
    await employer.getByLabel("最高").fill("25000");
    await employer.getByLabel("截止日期").fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10));
    await employer.getByRole("button", { name: "提交审核" }).click();
    await employer.waitForURL(/\/employer\/postings\/[0-9a-f-]+\?done=submitted/);
    const postingUrl = employer.url().split("?")[0]!;
    const postingId = postingUrl.split("/").pop()!;

    // Staff see the flag with the offending words and request changes.
    await staff.goto(`${demo.site.url}/staff/vetting?flag=discrimination.gender`);
    await staff.getByRole("link", { name: "机器人视觉算法工程师" }).click();
    const flag = staff.locator('[data-rule="discrimination.gender"]');
    expect(await flag.textContent()).toContain("仅限男性");
    // The reviewer reads the flag's label, never the rule's code (issue 15, words).
    expect(await flag.textContent()).toContain("性别歧视");
    expect(await staff.locator("main").textContent()).not.toContain("discrimination.gender");
    await staff.getByLabel("审核意见（退回或驳回时必填，单位可见）").fill("请删除“仅限男性”的性别限制。");
    await staff.getByRole("button", { name: "退回修改" }).click();
    await staff.waitForURL(/\/staff\/vetting\?decided=request_changes/);
    // The queue says what was decided, on which posting (issue 15: no confirmation after a decision).
    expect(await staff.getByTestId("decided").textContent()).toContain("已退回修改：机器人视觉算法工程师");

    const changesMail = await demo.smtp.waitForSubject("zhou.min@qingshan-robot.cn", "岗位需要修改");
    expect(changesMail.text).toContain("请删除“仅限男性”的性别限制。");

    // The employer sees the reasons, fixes the text and resubmits.
    await employer.goto(postingUrl);
    expect(await employer.getByTestId("reviewer-reasons").textContent()).toContain("仅限男性");
    expect(await employer.locator('[data-rule="discrimination.gender"]').textContent()).toContain("性别歧视");
    expect(await employer.locator("main").textContent()).not.toContain("discrimination.gender");
    await employer.getByLabel("任职要求").fill("男女不限，熟悉OpenCV与深度学习框架，有机器人项目经验者优先。");
    await employer.getByRole("button", { name: "提交审核" }).click();
    await employer.getByTestId("posting-status").filter({ hasText: "审核中" }).waitFor();

    // Staff approve; no blocking flag remains.
    await staff.goto(`${demo.site.url}/staff/vetting/${postingId}`);
    expect(await staff.locator('[data-rule="discrimination.gender"]').count()).toBe(0);
    await staff.getByRole("button", { name: "通过并发布" }).click();
    await staff.waitForURL(/\/staff\/vetting\?decided=approve/);
    expect(await staff.getByTestId("decided").textContent()).toContain("已通过并发布：机器人视觉算法工程师");

    // An anonymous visitor finds it on /jobs once the worker has indexed it.
    const visitor = await (await demo.browser.newContext({ locale: "zh-CN" })).newPage();
    let found = false;
    for (let attempt = 0; attempt < 40 && !found; attempt++) {
      await visitor.goto(`${demo.site.url}/jobs?q=${encodeURIComponent("视觉算法")}`);
      found = (await visitor.getByRole("link", { name: /机器人视觉算法工程师/ }).count()) > 0;
      if (!found) await visitor.waitForTimeout(250);
    }
    if (!found) writeFileSync("/tmp/jobs-debug.html", await visitor.content());
    expect(found).toBe(true);
    await visitor.getByRole("link", { name: /机器人视觉算法工程师/ }).click();
    await visitor.getByRole("heading", { level: 1, name: "机器人视觉算法工程师" }).waitFor();
    expect(await visitor.getByText("杭州青山机器人有限公司").count()).toBeGreaterThan(0);
  });
});
