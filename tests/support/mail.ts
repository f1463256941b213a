import type { ParsedMail } from "mailparser";
import { resetEnv } from "../../app/config/env.server";
import { unfoldAndParse } from "../../app/interviews/ical";
import { resetServices } from "../../app/services.server";
import type { SmtpReceiver } from "./smtp";

/** Sends the app's mail to this SMTP server (a receiver's `url`), or back to the local outbox with undefined. */
export function useSmtp(url: string | undefined) {
  if (url) process.env.SMTP_URL = url;
  else delete process.env.SMTP_URL;
  resetEnv();
  resetServices();
}

/** The iCalendar part of a mail, parsed; fails the test when the mail has none. */
export function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!part) throw new Error(`no text/calendar part in "${mail.subject}"`);
  return unfoldAndParse(part.content.toString("utf8"));
}

/** Mails to `to` that carry a calendar part, in arrival order. */
export function calendarInvitesTo(receiver: SmtpReceiver, to: string) {
  return receiver.mailTo(to).filter((m) => m.attachments.some((a) => a.contentType.startsWith("text/calendar")));
}

/** Every VEVENT of a published calendar (a feed), each as its properties by name (unfolded, values raw). */
export function feedEvents(text: string): Record<string, string>[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, "");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      if (colon > 0) current[line.slice(0, colon).split(";")[0]!] = line.slice(colon + 1);
    }
  }
  return events;
}
