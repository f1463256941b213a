import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import * as account from "../../app/routes/account";
import * as login from "../../app/routes/login";
import * as logout from "../../app/routes/logout";
import * as register from "../../app/routes/register";
import * as confirm from "../../app/routes/register_.confirm.$token";
import { outbox, pendingRegistrations, sessions, users } from "../../db/schema";
import { signedIn, TEST_PASSWORD } from "../support/people";
import { confirmRegistrationLink, registerAndConfirm, registrationTokenFor } from "../support/registration";
import { callRoute, cookieFrom, errorKeys } from "../support/remix";

const PASSWORD = "海内存知己天涯若比邻";

async function registerGraduate(email: string, ip = "10.0.0.1") {
  return registerAndConfirm({ email, password: PASSWORD, displayName: "王梓涵", role: "graduate" }, ip);
}

describe("accounts", () => {
  it("registers, signs in, uses the session, signs out, and the session is dead afterwards", async () => {
    const registered = await registerGraduate("wang.zihan@stu.jiangnan-tech.edu.cn");
    expect(registered.status).toBe(302);
    // Each role lands on its home (its to-do list), not on the session list.
    expect(registered.location).toBe("/graduate");
    const registrationCookie = cookieFrom(registered);

    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "wang.zihan@stu.jiangnan-tech.edu.cn"));
    expect(user?.role).toBe("graduate");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const welcome = await db
      .select()
      .from(outbox)
      .where(eq(outbox.idempotencyKey, `welcome:${user?.id}`));
    expect(welcome).toHaveLength(1);

    const signedIn = await callRoute(login.action, {
      path: "/login",
      form: { email: "Wang.Zihan@stu.jiangnan-tech.edu.cn", password: PASSWORD, redirectTo: "" },
    });
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).toBe("/graduate");
    const cookie = cookieFrom(signedIn);
    expect(cookie).not.toBe(registrationCookie);
    expect(signedIn.headers.get("Set-Cookie")).toMatch(/HttpOnly/);
    expect(signedIn.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/);

    const page = await callRoute(account.loader, { path: "/account", cookie });
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ user: { email: "wang.zihan@stu.jiangnan-tech.edu.cn", role: "graduate" } });

    const out = await callRoute(logout.action, { path: "/logout", form: {}, cookie });
    expect(out.status).toBe(302);
    expect(out.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);

    const after = await callRoute(account.loader, { path: "/account", cookie });
    expect(after.status).toBe(302);
    expect(after.location).toMatch(/^\/login\?redirectTo=/);
    // The other session (from registration) is untouched: sign-out ends only this one.
    expect((await callRoute(account.loader, { path: "/account", cookie: registrationCookie })).status).toBe(200);
  });

  it("lands each role on its home after sign-in and sends a signed-in reader away from /register and /login", async () => {
    const homes = { graduate: "/graduate", employer: "/employer", staff: "/staff", admin: "/staff" } as const;
    for (const [role, home] of Object.entries(homes) as [keyof typeof homes, string][]) {
      const { user, cookie } = await signedIn(role);
      const again = await callRoute(login.action, {
        path: "/login",
        ip: `10.0.9.${role.length}`,
        form: { email: user.email, password: TEST_PASSWORD, redirectTo: "" },
      });
      expect(again.location, role).toBe(home);
      const registerPage = await callRoute(register.loader, { path: "/register", cookie });
      expect([registerPage.status, registerPage.location], role).toEqual([302, home]);
      const loginPage = await callRoute(login.loader, { path: "/login", cookie });
      expect([loginPage.status, loginPage.location], role).toEqual([302, home]);
    }
  });

  it("refuses a wrong password and keeps the e-mail typed", async () => {
    await registerGraduate("liu.yang@stu.jiangnan-tech.edu.cn", "10.0.0.2");
    const result = await callRoute(login.action, {
      path: "/login",
      ip: "10.0.0.2",
      form: { email: "liu.yang@stu.jiangnan-tech.edu.cn", password: "wrong-password" },
    });
    expect(result.status).toBe(401);
    expect(errorKeys(result)._form).toEqual(["auth.login.failed"]);
    expect(result.data).toMatchObject({ values: { email: "liu.yang@stu.jiangnan-tech.edu.cn" } });
  });

  it("answers bad registration input with field errors and the typed values, without the password", async () => {
    const result = await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.3",
      form: { email: "zhao@", password: "1234", displayName: "赵磊", role: "graduate" },
    });
    expect(result.status).toBe(400);
    const body = result.data as { values: Record<string, string> };
    expect(errorKeys(result).email).toEqual(["form.email"]);
    expect(errorKeys(result).password).toEqual(["password.tooShort"]);
    expect(body.values).toMatchObject({ email: "zhao@", displayName: "赵磊", role: "graduate" });
    expect(body.values.password).toBeUndefined();
  });

  it("answers a known address exactly like a new one, and mails the known address instead of making an account", async () => {
    await registerGraduate("sun.li@stu.jiangnan-tech.edu.cn", "10.0.0.4");
    const db = await getDb();
    const form = (email: string) => ({ email, password: PASSWORD, displayName: "孙丽", role: "graduate" });
    const known = await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.4",
      form: form("SUN.LI@stu.jiangnan-tech.edu.cn"),
    });
    const fresh = await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.4",
      form: form("zhou.xin@stu.jiangnan-tech.edu.cn"),
    });
    const answer = (r: typeof known) => ({
      status: r.status,
      location: r.location,
      data: r.data,
      cookie: r.headers.get("Set-Cookie"),
    });
    expect(answer(known)).toEqual(answer(fresh));
    expect(answer(known)).toMatchObject({ status: 302, location: "/register?sent=1", cookie: null });
    // Both readers land on the same "check your mail" page.
    const sentPage = await callRoute(register.loader, { path: "/register?sent=1" });
    expect(sentPage.data).toEqual({ sent: true });

    const mails = await db
      .select({ key: outbox.idempotencyKey, payload: outbox.payload })
      .from(outbox)
      .where(sql`${outbox.payload}->>'to' in ('sun.li@stu.jiangnan-tech.edu.cn', 'zhou.xin@stu.jiangnan-tech.edu.cn')`);
    const to = (address: string) => mails.filter((m) => (m.payload as { to: string }).to === address);
    const knownMails = to("sun.li@stu.jiangnan-tech.edu.cn").map((m) => m.key.split(":")[0]);
    expect(knownMails.sort()).toEqual(["registration", "registration-attempt", "welcome"]);
    const attempt = to("sun.li@stu.jiangnan-tech.edu.cn").find((m) => m.key.startsWith("registration-attempt:"));
    expect(String((attempt?.payload as { text: string }).text)).toContain("/login");
    expect(to("zhou.xin@stu.jiangnan-tech.edu.cn").map((m) => m.key.split(":")[0])).toEqual(["registration"]);
    // No second account, and the new address has none until its link is opened.
    const accounts = await db
      .select({ email: users.email })
      .from(users)
      .where(sql`${users.email} in ('sun.li@stu.jiangnan-tech.edu.cn', 'zhou.xin@stu.jiangnan-tech.edu.cn')`);
    expect(accounts.map((a) => a.email)).toEqual(["sun.li@stu.jiangnan-tech.edu.cn"]);
  });

  it("creates the account from the mailed link once: opening the page changes nothing, a second use is refused", async () => {
    const email = "qian.yue@stu.jiangnan-tech.edu.cn";
    await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.8",
      form: { email, password: PASSWORD, displayName: "钱玥", role: "graduate" },
    });
    const token = (await registrationTokenFor(email))!;
    expect(token).toMatch(/^[\w-]{40,}$/);
    const db = await getDb();
    const page = await callRoute(confirm.loader, { path: `/register/confirm/${token}`, params: { token } });
    expect(page.data).toEqual({ status: "ok", name: "钱玥" });
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);

    const first = await confirmRegistrationLink(token, "10.0.0.8");
    expect([first.status, first.location]).toEqual([302, "/graduate"]);
    expect(cookieFrom(first)).not.toBe("");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);

    const second = await confirmRegistrationLink(token, "10.0.0.8");
    expect(second.status).toBe(410);
    expect(errorKeys(second)).toEqual({ _form: ["registration.link.used"] });
    expect(second.headers.get("Set-Cookie")).toBeNull();
    const again = await callRoute(confirm.loader, { path: `/register/confirm/${token}`, params: { token } });
    expect(again.data).toEqual({ status: "used", name: "" });
    const unknown = await confirmRegistrationLink("not-a-real-token-0123456789", "10.0.0.8");
    expect(unknown.status).toBe(404);
  });

  it("refuses an expired registration link and creates no account", async () => {
    const email = "expired.link@stu.jiangnan-tech.edu.cn";
    await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.9",
      form: { email, password: PASSWORD, displayName: "过期", role: "employer" },
    });
    const token = (await registrationTokenFor(email))!;
    const db = await getDb();
    await db
      .update(pendingRegistrations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(pendingRegistrations.email, email));
    const page = await callRoute(confirm.loader, { path: `/register/confirm/${token}`, params: { token } });
    expect(page.data).toEqual({ status: "expired", name: "" });
    const result = await confirmRegistrationLink(token, "10.0.0.9");
    expect(result.status).toBe(410);
    expect(errorKeys(result)).toEqual({ _form: ["registration.link.expired"] });
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it("cannot self-register staff or admin accounts", async () => {
    const result = await callRoute(register.action, {
      path: "/register",
      ip: "10.0.0.5",
      form: { email: "fake.admin@qq.com", password: PASSWORD, displayName: "假管理员", role: "admin" },
    });
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ errors: { role: expect.any(Array) } });
  });

  it("gives the 11th sign-in attempt in a minute from one address 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const result = await callRoute(login.action, {
        path: "/login",
        ip: "203.0.113.9",
        form: { email: "nobody@qq.com", password: "whatever-it-is" },
      });
      statuses.push(result.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not affected.
    const other = await callRoute(login.action, {
      path: "/login",
      ip: "203.0.113.10",
      form: { email: "nobody@qq.com", password: "whatever-it-is" },
    });
    expect(other.status).toBe(401);
  });

  it("limits registrations too", async () => {
    let last = 0;
    for (let i = 0; i < 11; i++) {
      last = (
        await callRoute(register.action, {
          path: "/register",
          ip: "198.51.100.7",
          form: { email: `bulk${i}@qq.com`, password: "x", displayName: "批量", role: "graduate" },
        })
      ).status;
    }
    expect(last).toBe(429);
  });

  it("ends a session that has been idle longer than the idle timeout", async () => {
    const registered = await registerGraduate("idle.user@stu.jiangnan-tech.edu.cn", "10.0.0.6");
    const cookie = cookieFrom(registered);
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "idle.user@stu.jiangnan-tech.edu.cn"));
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '13 hours'` })
      .where(eq(sessions.userId, user!.id));
    expect((await callRoute(account.loader, { path: "/account", cookie })).status).toBe(302);
  });

  it("ends a session past its absolute lifetime even if active", async () => {
    const registered = await registerGraduate("old.session@stu.jiangnan-tech.edu.cn", "10.0.0.7");
    const cookie = cookieFrom(registered);
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "old.session@stu.jiangnan-tech.edu.cn"));
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sessions.userId, user!.id));
    expect((await callRoute(account.loader, { path: "/account", cookie })).status).toBe(302);
  });
});
