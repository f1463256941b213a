import type { Browser } from "playwright-core";
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
