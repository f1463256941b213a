import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../seed/seed";
import { axeFindings, horizontalOverflow } from "../support/crawl";
import { signInOnPage, useDemoSite } from "../support/journey";

const demo = useDemoSite();

/** A phone, with or without JavaScript. */
function phone(javaScriptEnabled: boolean): Promise<BrowserContext> {
  return demo.browser.newContext({
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
  });
}

const signIn = (page: Page, email: string, password = DEMO_PASSWORD) =>
  signInOnPage(page, demo.site.url, email, password);

/** The confirmation step is clean for a screen reader and fits the phone. */
async function expectClean(page: Page) {
  expect(await axeFindings(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeNull();
}

describe("accounts and confirmations on a phone", () => {
  it("resets a forgotten password from the mailed link, without JavaScript", async () => {
    const context = await phone(false);
    const page = await context.newPage();
    await page.goto(`${demo.site.url}/login`);
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await page.getByRole("heading", { name: "忘记密码" }).waitFor();
    await page.getByLabel("电子邮箱").fill("employer@demo.jiuye.cn");
    await page.getByRole("button", { name: "发送重置链接" }).click();
    await page.getByRole("heading", { name: "请查收邮件" }).waitFor();

    const mail = await demo.smtp.waitForSubject("employer@demo.jiuye.cn", "重置“就业”平台账户密码", 20_000);
    const link = /https?:\/\/\S+\/password\/reset\/[\w-]+/.exec(mail.text ?? "")?.[0];
    expect(link).toBeTruthy();
    await page.goto(link!);
    await page.getByLabel("新密码", { exact: true }).fill("千里之行始于足下-2026");
    await page.getByLabel("再次输入新密码").fill("千里之行始于足下-2026");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.waitForURL(/\/login\?done=password-reset$/);
    await page.getByRole("status").filter({ hasText: "密码已更改" }).waitFor();

    await signIn(page, "employer@demo.jiuye.cn", "千里之行始于足下-2026");
    expect(new URL(page.url()).pathname).toBe("/employer");
    // The link worked once.
    await page.goto(link!);
    await page.getByText("此重置链接已经使用过").waitFor();
    await context.close();
  });

  it("the forgotten-password pages are clean at 390 px", async () => {
    const context = await phone(true);
    const page = await context.newPage();
    for (const path of ["/password/forgot", "/password/forgot?sent=1", "/password/reset/no-such-token-0123456789"]) {
      await page.goto(`${demo.site.url}${path}`);
      await expectClean(page);
    }
    await context.close();
  });

  it("accepting an agreement or an offer shows a summary first; cancelling changes nothing; confirming acts without JavaScript", async () => {
    // With JavaScript: the summary of the demo graduate's agreement, checked for a screen reader.
    const withJs = await phone(true);
    const page = await withJs.newPage();
    await signIn(page, "graduate@demo.jiuye.cn");
    await page.goto(`${demo.site.url}/graduate/agreements`);
    await page.getByRole("button", { name: "接受", exact: true }).first().click();
    const step = page.getByTestId("confirm-step");
    await step.getByText("违约金（元）").waitFor();
    await step.getByText("试用期（月）").waitFor();
    await step.getByText("报到日期").waitFor();
    await expectClean(page);
    await step.getByRole("link", { name: "取消，返回" }).click();
    // Back on the list, nothing changed: the agreement still waits for her answer.
    await step.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "接受", exact: true }).first().waitFor();
    await expect(page.getByText("待毕业生确认").count()).resolves.toBeGreaterThan(0);

    await page.goto(`${demo.site.url}/graduate/applications`);
    const offered = page.locator('li[data-status="offered"]').first();
    const title = (await offered.getByRole("heading").textContent())?.trim() ?? "";
    await offered.getByRole("button", { name: "接受录用" }).click();
    await page.getByTestId("confirm-step").getByText(title).first().waitFor();
    await expectClean(page);
    await withJs.close();

    // Without JavaScript: the same two steps are plain forms.
    const noJs = await phone(false);
    const plain = await noJs.newPage();
    await signIn(plain, "graduate@demo.jiuye.cn");
    await plain.goto(`${demo.site.url}/graduate/applications`);
    const card = plain.locator('li[data-status="offered"]').filter({ hasText: title }).first();
    await card.getByRole("button", { name: "接受录用" }).click();
    const confirm = plain.getByTestId("confirm-step");
    await confirm.getByRole("heading", { name: /接受 .+ 的录用/ }).waitFor();
    await confirm.getByRole("button", { name: "确认接受录用" }).click();
    await plain.getByRole("status").filter({ hasText: "已接受录用" }).waitFor();
    await plain.locator('li[data-status="accepted"]').filter({ hasText: title }).first().waitFor();
    await noJs.close();
  });
});
