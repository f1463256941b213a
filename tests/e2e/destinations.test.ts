import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../seed/seed";
import { launchChromium } from "../support/browser";
import { startSite, type RunningSite } from "../support/server";
import { testCreditCode } from "../support/vetting";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ SEED_DEMO: "true" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function signIn(page: Page, email: string) {
  await page.goto(`${site.url}/login`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** "23.4% (187/800)" → 187 */
async function placedOnDashboard(page: Page): Promise<number> {
  await page.goto(`${site.url}/staff/reports?cohort=2026`);
  const text = (await page.getByTestId("rate").textContent()) ?? "";
  const match = /\((\d+)\/(\d+)\)/.exec(text);
  if (!match) throw new Error(`no figure in "${text}"`);
  return Number(match[1]);
}

describe("destinations in the browser", () => {
  it("a graduate reports a destination with evidence, staff verify it, and the dashboard rate goes up", async () => {
    const staffContext = await browser.newContext({ locale: "zh-CN" });
    const staff = await staffContext.newPage();
    await signIn(staff, "staff@demo.jiuye.cn");
    const before = await placedOnDashboard(staff);
    expect(await staff.getByTestId("bar-chart").count()).toBe(1);

    const graduateContext = await browser.newContext({ locale: "zh-CN" });
    const graduate = await graduateContext.newPage();
    await signIn(graduate, "graduate@demo.jiuye.cn");
    await graduate.goto(`${site.url}/graduate/destination`);
    // The demo seed recorded one on her behalf: she is asked to confirm it.
    await graduate.getByText("以下去向由他人代为登记，请确认是否属实。").waitFor();

    // She reports her own instead: a labour contract, with the contract as evidence.
    const evidence = path.join(mkdtempSync(path.join(os.tmpdir(), "jiuye-e2e-")), "劳动合同.pdf");
    writeFileSync(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await graduate.getByLabel("毕业去向").selectOption("11");
    await graduate.getByLabel("单位名称").fill("杭州云帆科技有限公司");
    await graduate.getByLabel("统一社会信用代码").fill(testCreditCode());
    await graduate.getByLabel("工作省份").selectOption("浙江省");
    await graduate.getByLabel("工作城市").fill("杭州");
    await graduate.getByLabel("入职日期").fill("2026-07-01");
    await graduate.locator("#report-evidence").setInputFiles(evidence);
    await graduate.getByRole("button", { name: "提交", exact: true }).click();
    await graduate.getByText("已提交，等待学院审核。").waitFor();
    await graduate.getByTestId("destination-status").filter({ hasText: "待审核" }).waitFor();
    expect(await graduate.getByTestId("destination-history").locator("tbody tr").count()).toBe(2);

    // Not counted yet: the graduate confirmed it, staff have not verified it.
    expect(await placedOnDashboard(staff)).toBe(before);

    await staff.goto(`${site.url}/staff/destinations?filter=unverified&q=${encodeURIComponent("张晓雯")}`);
    await staff.getByRole("button", { name: "审核通过 张晓雯" }).click();
    await staff.getByText("已审核通过。").waitFor();

    expect(await placedOnDashboard(staff)).toBe(before + 1);

    await graduate.goto(`${site.url}/graduate/destination`);
    expect(await graduate.getByTestId("destination-status").textContent()).toContain("已审核");
    await staffContext.close();
    await graduateContext.close();
  });
});
