import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "../../search/local-server";

export interface SmtpReceiver {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Messages addressed to `to`, waiting up to `timeoutMs` for at least `count` of them. */
  waitForMail(to: string, options?: { count?: number; timeoutMs?: number }): Promise<ParsedMail[]>;
  /**
   * Exactly `count` distinct mails to `to` (by Message-ID): waits for them, then fails on any more
   * or on the same message delivered twice. Use after the outbox is drained.
   */
  waitForExactly(to: string, count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The first mail to `to` whose subject contains `subject`, waiting for it to arrive. */
  waitForSubject(to: string, subject: string, timeoutMs?: number): Promise<ParsedMail>;
  mailTo(to: string): ParsedMail[];
  stop(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((address) => address.value.map((v) => (v.address ?? "").toLowerCase()));
}

/** A real SMTP server in the test process; every message is parsed with mailparser. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  const chosen = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(chosen, "127.0.0.1", () => resolve());
  });
  const mailTo = (to: string) => messages.filter((m) => recipients(m).includes(to.toLowerCase()));
  async function waitForMail(to: string, options: { count?: number; timeoutMs?: number } = {}) {
    const count = options.count ?? 1;
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    while (Date.now() < deadline) {
      const found = mailTo(to);
      if (found.length >= count) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`expected ${count} mail(s) to ${to}, got ${mailTo(to).length}`);
  }
  return {
    port: chosen,
    url: `smtp://127.0.0.1:${chosen}`,
    messages,
    mailTo,
    waitForMail,
    async waitForExactly(to, count, timeoutMs = 10_000) {
      const found = await waitForMail(to, { count, timeoutMs });
      const ids = found.map((m) => m.messageId);
      if (found.length !== count || new Set(ids).size !== count)
        throw new Error(
          `expected exactly ${count} distinct mail(s) to ${to}, got ${found.length}: ${found.map((m) => `${m.subject} ${m.messageId}`).join(" | ")}`,
        );
      return found;
    },
    async waitForSubject(to, subject, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = mailTo(to).find((m) => m.subject?.includes(subject));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // One last look: a mail that arrived during the final pause counts (CI once listed the very
      // mail it was waiting for in this error).
      const late = mailTo(to).find((m) => m.subject?.includes(subject));
      if (late) return late;
      throw new Error(
        `no mail to ${to} with subject containing "${subject}"; got: ${mailTo(to)
          .map((m) => m.subject)
          .join(" | ")}`,
      );
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
