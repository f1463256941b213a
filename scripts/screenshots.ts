/**
 * The README's screenshots: the front door, the demo graduate's home and the staff dashboard, at
 * 1280 px (desktop) and 390 px (phone), written to docs/screenshots/<page>-<width>.png.
 *
 *   npm run screenshots                                     # builds, then starts the site on the
 *       embedded defaults (PGlite, bundled Meilisearch) in a fresh temporary data directory, with
 *       the demo data, and stops it afterwards
 *   SCREENSHOT_URL=http://localhost:3000 npm run screenshots   # a site already running with the demo accounts
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH). Each shot is the first screen of the
 * page (what a visitor sees before scrolling), at device scale 1, so the PNGs stay small.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { DEMO_PASSWORD } from "../seed/seed";
import { freePort } from "../search/local-server";
import { progressBar } from "./progress";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "docs/screenshots");

interface Shot {
  name: string;
  path: string;
  /** Signed in as this demo account first; null for a visitor. */
  email: string | null;
}

const SHOTS: Shot[] = [
  { name: "home", path: "/", email: null },
  { name: "graduate", path: "/graduate", email: "graduate@demo.jiuye.cn" },
  { name: "staff", path: "/staff", email: "staff@demo.jiuye.cn" },
];
const WIDTHS = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 390, height: 844 },
];

function say(line: string) {
  process.stderr.write(`${line}\n`);
}

/** The built site on the embedded defaults, in a data directory of its own; its start-up lines are echoed. */
async function startSite(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-screenshots-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    LOG_LEVEL: "warn",
  };
  // The embedded defaults: no external database or search server, whatever the shell has set.
  delete env.DATABASE_URL;
  delete env.MEILI_HOST;
  delete env.MEILI_MASTER_KEY;
  delete env.SMTP_URL;
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const echo = (chunk: Buffer) => {
    output += chunk;
    for (const line of String(chunk).split("\n")) if (line.trim()) say(`  site │ ${line}`);
  };
  child.stdout?.on("data", echo);
  child.stderr?.on("data", echo);
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  say(`screenshots: starting the site on ${url} (embedded database and search, demo data; first start takes a while)`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the site exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    }
    try {
      // 503 is a site that answers with a service degraded (mail, say): up enough for pictures.
      const status = (await fetch(`${url}/health`)).status;
      if (status === 200 || status === 503) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the site did not answer /health within 10 minutes");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, stop };
}

/** The front door lists postings from Meilisearch, which the worker fills shortly after the seed. */
async function waitForPostings(url: string) {
  const tick = progressBar("screenshots: waiting for the demo postings to be indexed");
  for (let second = 0; second < 120; second++) {
    const html = await (await fetch(`${url}/jobs`, { headers: { Accept: "text/html" } })).text();
    if (html.includes("job-card")) {
      tick(1, 1);
      return;
    }
    tick(second, null);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("no posting was indexed within two minutes");
}

async function shoot(browser: Browser, url: string) {
  mkdirSync(outDir, { recursive: true });
  const total = SHOTS.length * WIDTHS.length;
  const tick = progressBar("screenshots: taking");
  let done = 0;
  tick(done, total);
  const written: string[] = [];
  for (const shot of SHOTS) {
    for (const size of WIDTHS) {
      const context = await browser.newContext({
        locale: "zh-CN",
        timezoneId: "Asia/Shanghai",
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: 1,
        ...(size.width < 500 ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      if (shot.email) {
        await page.goto(`${url}/login`);
        await page.getByLabel("电子邮箱").fill(shot.email);
        await page.getByLabel("密码").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "登录" }).click();
        await page.waitForURL((at) => !at.pathname.startsWith("/login"));
      }
      await page.goto(`${url}${shot.path}`, { waitUntil: "networkidle" });
      const file = path.join(outDir, `${shot.name}-${size.label}.png`);
      await page.screenshot({ path: file });
      await context.close();
      written.push(`${path.relative(root, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
      tick(++done, total);
    }
  }
  for (const line of written) say(`  ${line}`);
}

const given = process.env.SCREENSHOT_URL;
const site = given ? { url: given.replace(/\/$/, ""), stop: async () => {} } : await startSite();
let browser: Browser | null = null;
try {
  await waitForPostings(site.url);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  await shoot(browser, site.url);
  say(`screenshots: done, in ${path.relative(root, outDir)}/`);
} finally {
  await browser?.close();
  await site.stop();
}
