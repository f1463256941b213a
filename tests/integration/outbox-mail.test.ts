import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { enqueueMail } from "../../app/outbox/outbox.server";
import { startRegistration } from "../../app/auth/accounts.server";
import { processOutboxBatch, startOutboxWorker } from "../../app/outbox/worker.server";
import { outboxHandlers } from "../../app/services.server";
import { accountWelcomeMail } from "../../emails/templates/account-welcome";
import { localMailbox, outbox } from "../../db/schema";
import { waitFor } from "../support/wait";
import { freePort } from "../../search/local-server";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { useSmtp } from "../support/mail";

let receiver: SmtpReceiver | undefined;

afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
  useSmtp(undefined);
});

function welcome(to: string, name: string) {
  return {
    to,
    ...accountWelcomeMail({ displayName: name, role: "graduate", signInUrl: "http://localhost:3000/login" }, "zh-CN"),
  };
}

describe("outbox mail delivery", () => {
  it("delivers each mail exactly once to a real SMTP server while two workers run at once", async () => {
    receiver = await startSmtpReceiver();
    useSmtp(receiver.url);
    const db = await getDb();
    const recipients = Array.from({ length: 40 }, (_, i) => `grad${i}@stu.jiangnan-tech.edu.cn`);
    await db.transaction(async (tx) => {
      for (const [i, to] of recipients.entries()) await enqueueMail(tx, `test-once:${i}`, welcome(to, `毕业生${i}`));
    });
    // Enqueueing the same key again is a no-op.
    expect(await enqueueMail(db, "test-once:0", welcome(recipients[0]!, "毕业生0"))).toBe(false);

    const handlers = outboxHandlers();
    const workerA = startOutboxWorker(db, handlers, { pollMs: 20 });
    const workerB = startOutboxWorker(db, handlers, { pollMs: 20 });
    // Every row done, then both workers stopped (each finishes what it holds): any second
    // delivery would have arrived by then.
    await waitFor(
      "every outbox row to be done",
      async () =>
        (
          await db
            .select()
            .from(outbox)
            .where(sql`done_at is null`)
        ).length === 0,
      { timeoutMs: 30_000 },
    );
    await Promise.all([workerA.stop(), workerB.stop()]);

    expect(receiver.messages).toHaveLength(40);
    for (const to of recipients) expect(receiver.mailTo(to)).toHaveLength(1);
    const mail = receiver.mailTo(recipients[3]!)[0]!;
    expect(mail.subject).toBe("欢迎使用就业服务平台");
    expect(mail.text).toContain("毕业生3，您好");
    expect(mail.html).toContain("毕业生3");
    const pending = await db
      .select()
      .from(outbox)
      .where(sql`done_at is null`);
    expect(pending).toHaveLength(0);
  });

  it("keeps mail queued while the SMTP server is down and delivers it once it is back", async () => {
    // Mail goes to a port nothing listens on: a free port, taken and let go again.
    useSmtp(`smtp://127.0.0.1:${await freePort()}`);

    const db = await getDb();
    await enqueueMail(db, "test-outage:1", welcome("chen.jing@stu.jiangnan-tech.edu.cn", "陈静"));
    const handlers = outboxHandlers();
    await processOutboxBatch(db, handlers);
    const [failed] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, "test-outage:1"));
    expect(failed?.doneAt).toBeNull();
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed!.runAfter.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: a worker pass leaves it alone.
    expect(await processOutboxBatch(db, handlers)).toBe(0);

    // The server is back (on a port of its own choosing; the configuration follows it).
    receiver = await startSmtpReceiver();
    useSmtp(receiver.url);
    await db
      .update(outbox)
      .set({ runAfter: sql`now()` })
      .where(eq(outbox.idempotencyKey, "test-outage:1"));
    expect(await processOutboxBatch(db, handlers)).toBe(1);
    const delivered = await receiver.waitForMail("chen.jing@stu.jiangnan-tech.edu.cn");
    expect(delivered).toHaveLength(1);
    const [done] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, "test-outage:1"));
    expect(done?.doneAt).not.toBeNull();
    expect(done?.attempts).toBe(2);
  });

  it("writes mail to the local outbox when no SMTP server is configured", async () => {
    useSmtp(undefined);
    const db = await getDb();
    await enqueueMail(db, "test-local:1", welcome("local.reader@stu.jiangnan-tech.edu.cn", "林晓"));
    await processOutboxBatch(db, outboxHandlers());
    const rows = await db
      .select()
      .from(localMailbox)
      .where(eq(localMailbox.recipients, "local.reader@stu.jiangnan-tech.edu.cn"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.raw).toContain("Content-Type: multipart/alternative");
    expect(rows[0]!.text).toContain("林晓");
  });

  it("sends a registration link before a backlog of other mail, so the visitor waiting on the page gets it first", async () => {
    receiver = await startSmtpReceiver();
    useSmtp(receiver.url);
    const db = await getDb();
    // A morning's digests and reminders already queued ahead of the visitor.
    await db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++)
        await enqueueMail(tx, `test-backlog:${i}`, welcome(`backlog${i}@stu.jiangnan-tech.edu.cn`, `毕业生${i}`));
    });
    await startRegistration(db, {
      email: "xu.yutong@stu.jiangnan-tech.edu.cn",
      password: "青山不改绿水长流2026",
      displayName: "徐雨桐",
      role: "graduate",
      locale: "zh-CN",
    });
    // One small batch: the worker takes the link first, not the 60 mails queued before it.
    await processOutboxBatch(db, outboxHandlers(), 3);
    const first = receiver.mailTo("xu.yutong@stu.jiangnan-tech.edu.cn");
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toContain("请确认邮箱");
    expect(receiver.messages.length).toBeLessThanOrEqual(3);
  });
});
