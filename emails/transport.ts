import nodemailer, { type Transporter } from "nodemailer";
import type { Queryable } from "../db/client";
import { localMailbox } from "../db/schema";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per logical message, so a retried send is recognisable as the same mail. */
  messageId: string;
  headers?: Record<string, string>;
  icalEvent?: { method: string; content: string; filename?: string };
}

export interface Mailer {
  kind: "smtp" | "local";
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  verify(): Promise<boolean>;
  close(): void;
}

export function createSmtpMailer(url: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(url, {});
  return {
    kind: "smtp",
    async send(mail) {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId ?? mail.messageId };
    },
    async verify() {
      try {
        await transport.verify();
        return true;
      } catch {
        return false;
      }
    },
    close: () => transport.close(),
  };
}

/**
 * No SMTP server configured: nodemailer still builds the real MIME message, which is kept in
 * the local_mailbox table for staff to read in the browser. Same message id twice is one mail.
 */
export function createLocalMailer(getDb: () => Promise<Queryable>): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "local",
    async send(mail) {
      const info = await transport.sendMail(mail);
      const raw = Buffer.isBuffer(info.message) ? info.message.toString("utf8") : String(info.message);
      const db = await getDb();
      await db
        .insert(localMailbox)
        .values({
          messageId: mail.messageId,
          recipients: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          raw,
        })
        .onConflictDoNothing({ target: localMailbox.messageId });
      return { messageId: mail.messageId };
    },
    async verify() {
      try {
        await getDb();
        return true;
      } catch {
        return false;
      }
    },
    close: () => transport.close(),
  };
}
