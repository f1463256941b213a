import { describe, expect, it } from "vitest";
import { useDemoSite } from "../support/journey";

const demo = useDemoSite();

describe("a graduate in the browser", () => {
  it("registers, signs in, switches language, and signs out", async () => {
    const context = await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    await page.goto(`${demo.site.url}/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("让每一位毕业生都找到去处");

    await page.getByRole("link", { name: "注册" }).first().click();
    await page.waitForURL(/\/register$/);
    // A too-short password is refused with a field message and the rest of the form kept.
    await page.getByLabel("姓名或称呼").fill("黄思彤");
    await page.getByLabel("电子邮箱").fill("huang.sitong@stu.jiangnan-tech.edu.cn");
    await page.getByLabel("密码").fill("short");
    await page.getByRole("button", { name: "注册" }).click();
    await page.getByText("密码至少需要 8 个字符").first().waitFor();
    expect(await page.getByLabel("姓名或称呼").inputValue()).toBe("黄思彤");
    expect(await page.getByLabel("电子邮箱").inputValue()).toBe("huang.sitong@stu.jiangnan-tech.edu.cn");

    await page.getByLabel("密码").fill("桃李不言下自成蹊2026");
    await page.getByRole("button", { name: "注册" }).click();
    // No account yet: the page asks to check the mail (the same page a known address gets).
    await page.waitForURL(/\/register\?sent=1$/);
    await page.getByRole("heading", { name: "请查收邮件" }).waitFor();
    const confirmation = await demo.smtp.waitForSubject("huang.sitong@stu.jiangnan-tech.edu.cn", "请确认邮箱", 15_000);
    const link = /https?:\/\/\S+\/register\/confirm\/[\w-]+/.exec(confirmation.text ?? "")?.[0];
    expect(link).toBeTruthy();
    // Opening the link shows a button; pressing it creates the account and signs in.
    await page.goto(link!);
    await page.getByRole("button", { name: "创建账户" }).click();
    // A new graduate lands on their home, which first asks to link the roster record.
    await page.waitForURL(/\/graduate\/link$/);
    await page.goto(`${demo.site.url}/account`);
    await page.getByRole("heading", { name: "我的账户" }).waitFor();
    expect(await page.getByTestId("role").textContent()).toBe("毕业生");

    // The welcome is nobody's to wait for (the account works already): it leaves after the demo data's
    // queued mail, which takes longer than a link mail on a busy machine.
    const welcome = await demo.smtp.waitForSubject(
      "huang.sitong@stu.jiangnan-tech.edu.cn",
      "欢迎使用就业服务平台",
      60_000,
    );
    expect(welcome.subject).toBe("欢迎使用就业服务平台");
    // The link worked once.
    const reused = await context.newPage();
    await reused.goto(link!);
    await reused.getByText("该链接已使用，请直接登录。").waitFor();
    await reused.close();

    // On a phone, sign-out sits in the menu disclosure.
    await page.getByText("菜单").click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/login/);

    await page.getByLabel("电子邮箱").fill("huang.sitong@stu.jiangnan-tech.edu.cn");
    await page.getByLabel("密码").fill("桃李不言下自成蹊2026");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/graduate\/link$/);
    await page.goto(`${demo.site.url}/account`);

    // WCAG 2.5.3: the switch is named by the word it shows.
    await page.getByRole("button", { name: /^English/ }).click();
    await page.getByRole("heading", { name: "My account" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    // The choice persists across pages and reloads.
    await page.goto(`${demo.site.url}/`);
    await page.getByRole("heading", { name: "A destination for every graduate" }).waitFor();

    await page.getByText("Menu").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${demo.site.url}/account`);
    await page.waitForURL(/\/login\?redirectTo=%2Faccount/);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();

    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("serves security headers and a health report with all three services up", async () => {
    const home = await fetch(`${demo.site.url}/`);
    const csp = home.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(home.headers.get("x-content-type-options")).toBe("nosniff");
    expect(home.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const again = await fetch(`${demo.site.url}/`);
    expect(again.headers.get("content-security-policy")).not.toBe(csp);

    const health = await fetch(`${demo.site.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      database: { status: "up" },
      search: { status: "up" },
      mail: { status: "up", kind: "smtp" },
    });
  });
});
