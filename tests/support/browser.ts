import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { TEST_PASSWORD } from "./people";

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * A page in a fresh zh-CN, Beijing-time context that records what the browser complains about
 * into `problems`: script errors, console errors, and CSP violations (reported from inside the page
 * with what was blocked). `ignore` drops console errors that are expected, e.g. a form answered 400.
 */
export async function watchedPage(
  browser: Browser,
  problems: string[],
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean; ignore?: RegExp } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    acceptDownloads: options.acceptDownloads ?? false,
    ...(options.viewport ? { viewport: options.viewport, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" && !(options.ignore && options.ignore.test(message.text())))
      problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: page error: ${error.message}`));
  // E2E_TRACE=1 prints every request and console message with its time, for chasing a flake.
  if (process.env.E2E_TRACE) {
    const t0 = Date.now();
    page.on("request", (r) => console.log(`[${Date.now() - t0}] > ${r.method()} ${r.url()}`));
    page.on("requestfinished", (r) => console.log(`[${Date.now() - t0}] < ${r.method()} ${r.url()}`));
    page.on("requestfailed", (r) =>
      console.log(`[${Date.now() - t0}] x ${r.method()} ${r.url()} ${r.failure()?.errorText}`),
    );
    page.on("console", (m) => console.log(`[${Date.now() - t0}] console.${m.type()}: ${m.text().slice(0, 100)}`));
  }
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return { context, page };
}

/** Signs in through the login form (as a person would) and waits to leave the login page. */
export async function signInThroughForm(page: Page, siteUrl: string, email: string, password = TEST_PASSWORD) {
  await page.goto(`${siteUrl}/login`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * Waits until Remix has no navigation or revalidation in flight. An action's notice shows while
 * the loaders still revalidate; leaving the page then would abort that request mid-stream.
 */
export async function settled(page: Page) {
  await page.waitForFunction(() => {
    const router = (
      window as unknown as { __remixRouter?: { state: { navigation: { state: string }; revalidation: string } } }
    ).__remixRouter;
    return router !== undefined && router.state.navigation.state === "idle" && router.state.revalidation === "idle";
  });
}

/**
 * Follows a link of the site menu as a person would: opens the "菜单" disclosure if it is closed,
 * then clicks the entry (the menu is grouped by task; see app/navigation.ts).
 */
export async function followMenu(page: Page, name: string) {
  const menu = page.getByRole("navigation", { name: /主导航|Main navigation/ }).locator("details.site-menu");
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
  // An entry with open tasks is named "单位中心 3 项待办": its label, then the count.
  const label = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\d+ .*)?$`);
  await menu.locator(".site-menu__panel").getByRole("link", { name: label }).click();
}
