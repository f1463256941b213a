import { createHash } from "node:crypto";
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import * as account from "../../app/routes/account";
import * as login from "../../app/routes/login";
import * as forgot from "../../app/routes/password.forgot";
import * as reset from "../../app/routes/password.reset.$token";
import { outbox, passwordResets, users } from "../../db/schema";
import { useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { signedIn, TEST_PASSWORD } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { signIn } from "../../app/auth/accounts.server";

const NEW_PASSWORD = "春眠不觉晓处处闻啼鸟";
let receiver: SmtpReceiver;
let ipCounter = 0;
/** Each test asks from its own address, so the per-address limit of one test does not reach another. */
const freshIp = () => `10.61.${Math.floor(++ipCounter / 200)}.${ipCounter % 200}`;

beforeAll(async () => {
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
});

afterAll(async () => {
  useSmtp(undefined);
  await receiver.stop();
});

function askForLink(email: string, ip = freshIp()) {
  return callRoute(forgot.action, { path: "/password/forgot", ip, form: { _formId: "forgot", email } });
}

/** The link in the mail the SMTP server received, and the mail itself. */
async function mailedLink(email: string) {
  await drainOutbox();
  const mail = await receiver.waitForSubject(email, "重置“就业”平台账户密码");
  const token = /\/password\/reset\/([\w-]+)/.exec(mail.text ?? "")?.[1];
  if (!token) throw new Error("no reset link in the mail");
  return { mail, token };
}

function choose(token: string, password: string, passwordConfirm = password, ip = freshIp()) {
  return callRoute(reset.action, {
    path: `/password/reset/${token}`,
    params: { token },
    ip,
    form: { _formId: "reset", password, passwordConfirm },
  });
}

const linkStatus = async (token: string) =>
  (await callRoute(reset.loader, { path: `/password/reset/${token}`, params: { token } })).data as { status: string };

const resetMailsTo = async (email: string) =>
  (
    await (
      await getDb()
    )
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(like(outbox.idempotencyKey, "password-reset:%"), sql`${outbox.payload}->>'to' = ${email}`))
  ).length;

describe("forgotten password", () => {
  it("mails a one-time link that sets a new password once, signs every session out and mails a notice", async () => {
    const { user, cookie } = await signedIn("graduate", { displayName: "林雨桐" });
    const phone = await signIn(await getDb(), { email: user.email, password: TEST_PASSWORD }, "手机");
    const phoneCookie = phone!.setCookie.split(";")[0]!;

    const asked = await askForLink(user.email);
    expect([asked.status, asked.location]).toEqual([302, "/password/forgot?sent=1"]);
    const sent = await callRoute(forgot.loader, { path: "/password/forgot?sent=1" });
    expect(sent.data).toEqual({ sent: true, minutes: 30 });

    const { mail, token } = await mailedLink(user.email);
    expect(mail.text).toContain("林雨桐，您好");
    expect(mail.text).toContain("30 分钟内");
    expect(mail.text).toContain("链接只能使用一次");
    expect(mail.html).toContain(`/password/reset/${token}`);

    // Stored hashed: the database never holds the token that opens the account.
    const [stored] = await (await getDb()).select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("base64url"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 60_000).toBeCloseTo(30, 0);

    // Opening the link changes nothing (mail scanners open links).
    expect(await linkStatus(token)).toEqual({ status: "ok" });
    expect(await linkStatus(token)).toEqual({ status: "ok" });

    // The project's password rules, and the two fields must agree; nothing is used up by a refusal.
    const weak = await choose(token, "12345678");
    expect([weak.status, errorKeys(weak).password]).toEqual([400, ["password.weak"]]);
    const mismatch = await choose(token, NEW_PASSWORD, `${NEW_PASSWORD}。`);
    expect([mismatch.status, errorKeys(mismatch).passwordConfirm]).toEqual([400, ["password.mismatch"]]);
    const withEmail = await choose(token, `${user.email}!`);
    expect(errorKeys(withEmail).password).toEqual(["password.containsEmail"]);
    // The typed password never comes back in the answer.
    expect(JSON.stringify(mismatch.data)).not.toContain(NEW_PASSWORD);

    const done = await choose(token, NEW_PASSWORD);
    expect([done.status, done.location]).toEqual([302, "/login?done=password-reset"]);
    const notice = await callRoute(login.loader, { path: "/login?done=password-reset" });
    expect(notice.data).toEqual({ passwordReset: true });

    // Every session of the account ended, on every device.
    for (const c of [cookie, phoneCookie]) {
      const page = await callRoute(account.loader, { path: "/account", cookie: c });
      expect(page.status).toBe(302);
      expect(page.location).toMatch(/^\/login/);
    }
    // The old password no longer works; the new one does.
    const old = await callRoute(login.action, {
      path: "/login",
      ip: freshIp(),
      form: { email: user.email, password: TEST_PASSWORD },
    });
    expect([old.status, errorKeys(old)._form]).toEqual([401, ["auth.login.failed"]]);
    const fresh = await callRoute(login.action, {
      path: "/login",
      ip: freshIp(),
      form: { email: user.email, password: NEW_PASSWORD },
    });
    expect([fresh.status, fresh.location]).toEqual([302, "/graduate"]);

    // Single use: the same link again is refused and changes nothing.
    expect(await linkStatus(token)).toEqual({ status: "used" });
    const again = await choose(token, "另一个新密码-秋水共长天");
    expect([again.status, errorKeys(again)._form]).toEqual([410, ["password.reset.link.used"]]);
    expect((await signIn(await getDb(), { email: user.email, password: NEW_PASSWORD }, "vitest")) !== null).toBe(true);

    // The owner hears of the change by mail.
    await drainOutbox();
    const changed = await receiver.waitForSubject(user.email, "账户密码已更改");
    expect(changed.text).toContain("所有设备上的登录均已退出");
  });

  it("a link works for 30 minutes only, and a newer link ends the older one", async () => {
    const { user } = await signedIn("employer", { displayName: "周明远" });
    await askForLink(user.email);
    const first = await mailedLink(user.email);
    await askForLink(user.email);
    await drainOutbox();
    const mails = await receiver.waitForMail(user.email, { count: 2 });
    const second = /\/password\/reset\/([\w-]+)/.exec(mails[1]!.text ?? "")![1]!;
    expect(second).not.toBe(first.token);
    expect(await linkStatus(first.token)).toEqual({ status: "used" });
    expect(await linkStatus(second)).toEqual({ status: "ok" });

    // 31 minutes later (the clock moved by moving the link's expiry back).
    await (
      await getDb()
    )
      .update(passwordResets)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(passwordResets.userId, user.id));
    expect(await linkStatus(second)).toEqual({ status: "expired" });
    const late = await choose(second, NEW_PASSWORD);
    expect([late.status, errorKeys(late)._form]).toEqual([410, ["password.reset.link.expired"]]);
    // The password is unchanged.
    expect((await signIn(await getDb(), { email: user.email, password: TEST_PASSWORD }, "vitest")) !== null).toBe(true);
    // A made-up token is simply not valid.
    expect(await linkStatus("no-such-token-0123456789abcdef")).toEqual({ status: "invalid" });
    expect((await choose("no-such-token-0123456789abcdef", NEW_PASSWORD)).status).toBe(404);
  });

  it("answers an unknown or disabled address exactly as a known one, and mails nothing", async () => {
    const { user } = await signedIn("graduate");
    const known = await askForLink(user.email);
    const unknown = await askForLink("nobody.here@stu.jiangnan-tech.edu.cn");
    const disabled = await signedIn("graduate");
    await (await getDb()).update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.user.id));
    const off = await askForLink(disabled.user.email);
    for (const answer of [unknown, off]) {
      expect(answer.status).toBe(known.status);
      expect(answer.location).toBe(known.location);
      expect(answer.data).toEqual(known.data);
    }
    await drainOutbox();
    await receiver.waitForMail(user.email);
    expect(await resetMailsTo("nobody.here@stu.jiangnan-tech.edu.cn")).toBe(0);
    expect(await resetMailsTo(disabled.user.email)).toBe(0);
    expect(receiver.mailTo("nobody.here@stu.jiangnan-tech.edu.cn")).toEqual([]);
    expect(receiver.mailTo(disabled.user.email)).toEqual([]);
    // A malformed address is a field error in the reader's language, not a 500.
    const bad = await askForLink("不是邮箱");
    expect([bad.status, errorKeys(bad).email]).toEqual([400, ["form.email"]]);
  });

  it("mails one address at most 3 times an hour, whoever asks, and limits each network address", async () => {
    const { user } = await signedIn("graduate");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await askForLink(user.email));
    // The same answer every time: the limit tells a stranger nothing.
    expect(answers.map((a) => a.status)).toEqual([302, 302, 302, 302, 302]);
    expect(await resetMailsTo(user.email)).toBe(3);

    const ip = freshIp();
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await askForLink(`visitor${i}@example.com`, ip)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(302));
    expect(statuses[10]).toBe(429);
  });

  it("writes the mail in the account's mail language, not the page's", async () => {
    const { user } = await signedIn("employer", { displayName: "Chen Hao" });
    await (await getDb()).update(users).set({ locale: "en" }).where(eq(users.id, user.id));
    await callRoute(forgot.action, {
      path: "/password/forgot",
      ip: freshIp(),
      headers: { Cookie: "jiuye_lang=zh-CN" },
      form: { email: user.email },
    });
    await drainOutbox();
    const mail = await receiver.waitForSubject(user.email, "Reset your jiuye password");
    expect(mail.text).toContain("within 30 minutes");
  });
});
