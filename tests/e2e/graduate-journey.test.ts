import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { employerMembers, postings, users } from "../../db/schema";
import { rosterCsv } from "../support/graduates";
import { signInOnPage, useDemoSite } from "../support/journey";

const demo = useDemoSite();
const PASSWORD = "jiuye-demo-2026";

const signIn = (page: Page, email: string, password: string) => signInOnPage(page, demo.site.url, email, password);

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n");

describe("the graduate journey in the browser", () => {
  it("import → activation → profile → recommendations → apply → shortlist → status mail", async () => {
    const email = "lin.yuchen@stu.jiangnan-tech.edu.cn";
    // 1. Staff import a one-row roster.
    const staff = await demo.browser.newContext({ locale: "zh-CN" });
    const staffPage = await staff.newPage();
    await signIn(staffPage, "staff@demo.jiuye.cn", PASSWORD);
    await staffPage.goto(`${demo.site.url}/staff/roster/import`);
    const csv = rosterCsv([
      ["2022019999", "林雨晨", "女", "计算机科学与技术学院", "软件工程", "本科", "2026", "13812345678", email, ""],
    ]);
    await staffPage.setInputFiles("#check-file", {
      name: "roster.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await staffPage.getByRole("button", { name: "检查文件" }).click();
    await staffPage.getByText("检查通过，可以导入。").waitFor();
    await staffPage.getByRole("button", { name: /确认导入 1 名毕业生/ }).click();
    await staffPage.getByTestId("import-done").waitFor();
    await staff.close();

    // 2. The graduate activates from the mail.
    const activation = await demo.smtp.waitForSubject(email, "激活", 60_000);
    expect(activation.text).toContain("7 天内有效");
    const link = /(http:\/\/localhost:\d+\/activate\/[A-Za-z0-9_-]+)/.exec(activation.text ?? "")![1]!;
    const grad = await demo.browser.newContext({ locale: "zh-CN" });
    const page = await grad.newPage();
    await page.goto(link);
    await page.getByText("林雨晨同学，请设置登录密码").waitFor();
    await page.getByLabel("密码").fill("青春正当时-2026");
    await page.getByRole("button", { name: "设置密码并登录" }).click();
    await page.waitForURL(/\/graduate\/profile$/);

    // 3. Profile and résumé.
    await page.setInputFiles("#upload-resume", { name: "简历.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "简历（PDF） ↑" }).click();
    await page.getByTestId("resume-current").waitFor();
    await page.getByLabel("技能").fill("Java、Spring、SQL");
    await page.getByLabel("期望城市").fill("杭州、上海");
    await page.getByLabel("期望月薪（元）").fill("10000");
    await page.getByRole("button", { name: "保存档案" }).click();
    await page.getByText("已保存。").waitFor();

    // 4. Recommendations with reasons (the demo postings are indexed by the site's worker).
    const db = await getDb();
    const [owner] = await db.select().from(users).where(eq(users.email, "employer@demo.jiuye.cn"));
    const [membership] = await db.select().from(employerMembers).where(eq(employerMembers.userId, owner!.id));
    const own = await db
      .select({ id: postings.id })
      .from(postings)
      .where(and(eq(postings.employerId, membership!.employerId), eq(postings.status, "published")));
    const ownIds = new Set(own.map((p) => p.id));
    let cards: string[] = [];
    for (let i = 0; i < 40 && cards.length === 0; i++) {
      await page.goto(`${demo.site.url}/graduate`);
      cards = await page.getByTestId("recommendations").locator("li").allTextContents();
      if (cards.length === 0) await page.waitForTimeout(500);
    }
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.join("\n")).toMatch(/专业对口|技能匹配：|期望城市/);
    const hrefs = await page
      .getByTestId("recommendations")
      .locator("h2 a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const target = hrefs.map((h) => h.split("/").pop()!).find((id) => ownIds.has(id)) ?? own[0]!.id;

    // 5. Apply from the posting page; the button states the consent.
    await page.goto(`${demo.site.url}/jobs/${target}`);
    const button = page.getByRole("button", { name: "投递简历（投递即同意向该单位提供简历）" });
    await button.waitFor();
    await page.getByLabel("附言（可选）").fill("您好，期待加入贵公司。");
    await button.click();
    await page.getByTestId("apply-result").getByText("已投递。").waitFor();
    expect(await page.getByTestId("apply-result").textContent()).toMatch(/投递，已附当前简历/);

    // 6. The employer shortlists her; contact details appear.
    const employer = await demo.browser.newContext({ locale: "zh-CN" });
    const employerPage = await employer.newPage();
    await signIn(employerPage, "employer@demo.jiuye.cn", PASSWORD);
    await employerPage.goto(`${demo.site.url}/employer/postings/${target}/applicants`);
    const row = employerPage.locator("tr", { hasText: "林雨晨" });
    expect(await row.getByTestId("contact").textContent()).toContain("初筛通过后可见");
    await row.getByRole("checkbox").check();
    await employerPage.getByLabel("批量更改所选应聘者状态为").selectOption("shortlisted");
    await employerPage.getByRole("button", { name: "更改状态" }).click();
    await employerPage.getByText(/已更新 1 份投递/).waitFor();
    await employerPage.locator("tr", { hasText: "林雨晨" }).getByTestId("contact").getByText("13812345678").waitFor();
    await employer.close();

    // 7. The graduate sees the new status and gets the mail.
    await page.goto(`${demo.site.url}/graduate/applications`);
    await page.getByTestId("applications").getByText("初筛通过").first().waitFor();
    const mail = await demo.smtp.waitForSubject(email, "初筛通过", 20_000);
    expect(mail.html).toContain("初筛通过");
    expect(mail.text).toContain("初筛通过");
    // The mail's HTML part renders in a real browser engine, with its button link.
    const viewer = await grad.newPage();
    await viewer.setContent(String(mail.html));
    await viewer.getByText("查看我的投递").first().waitFor();
    expect(await viewer.getByRole("link", { name: "查看我的投递" }).getAttribute("href")).toMatch(
      /\/graduate\/applications$/,
    );
    await grad.close();
  }, 180_000);
});
