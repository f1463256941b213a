import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { startSite, type RunningSite } from "./server";
import { startSmtpReceiver, type SmtpReceiver } from "./smtp";

export interface Journey {
  site: RunningSite;
  smtp: SmtpReceiver;
  browser: Browser;
  /** Closes everything; prints what the browser complained about, if anything, to help a failing run. */
  stop(problems: string[]): Promise<void>;
}

/** What a browser journey runs against: the real site (no demo data) mailing to an in-process SMTP receiver, and Chromium. */
export async function startJourney(): Promise<Journey> {
  const smtp = await startSmtpReceiver();
  const site = await startSite({ SMTP_URL: smtp.url, SEED_DEMO: "false" });
  const browser = await launchChromium();
  return {
    site,
    smtp,
    browser,
    async stop(problems) {
      if (problems.length) console.warn(`browser problems:\n${problems.join("\n")}`);
      await browser.close();
      await site.stop();
      await smtp.stop();
    },
  };
}

export interface DemoSite {
  site: RunningSite;
  smtp: SmtpReceiver;
  browser: Browser;
}

/**
 * The demo site (SEED_DEMO, its accounts and password) mailing to an in-process SMTP receiver, and
 * Chromium: started before the file's tests and stopped after them (call it at the top of the file;
 * the fields are filled in before the first test).
 */
export function useDemoSite(): DemoSite {
  const demo = {} as DemoSite;
  beforeAll(async () => {
    demo.smtp = await startSmtpReceiver();
    demo.site = await startSite({ SMTP_URL: demo.smtp.url, SEED_DEMO: "true" });
    demo.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await demo.browser?.close();
    await demo.site?.stop();
    await demo.smtp?.stop();
  });
  return demo;
}

/** Signs in through the login form, as a person does, and waits until the page has left it. */
export async function signInOnPage(page: Page, siteUrl: string, email: string, password: string) {
  await page.goto(`${siteUrl}/login`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
