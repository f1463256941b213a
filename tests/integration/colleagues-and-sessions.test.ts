import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../app/auth/accounts.server";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { acceptInvitation, findInvitation, inviteColleague } from "../../app/employers/employers.server";
import * as account from "../../app/routes/account";
import * as employerHome from "../../app/routes/employer._index";
import * as join from "../../app/routes/employer.join.$token";
import { resetServices } from "../../app/services.server";
import { auditLog, employerInvitations, employerMembers } from "../../db/schema";
import { signedIn, TEST_PASSWORD } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { employerWithOrganisation } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let receiver: SmtpReceiver;
beforeAll(async () => {
  receiver = await startSmtpReceiver();
  process.env.SMTP_URL = receiver.url;
  resetEnv();
  resetServices();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnv();
  resetServices();
  await receiver.stop();
});

describe("colleague invitations", () => {
  it("the inviter chooses the colleague's mail language; a Chinese page can invite an English reader", async () => {
    const owner = await employerWithOrganisation({ name: "苏州博远精密制造有限公司" });
    const invited = `overseas.hr.${Date.now()}@boyuan-precision.cn`;
    const sent = await callRoute(employerHome.action, {
      path: "/employer",
      cookie: `${owner.cookie}; jiuye_lang=zh-CN`,
      form: { intent: "invite", email: invited, locale: "en" },
    });
    expect(sent.data).toMatchObject({ ok: true });
    await drainOutbox();
    const [mail] = await receiver.waitForMail(invited);
    expect(mail!.text).toContain("苏州博远精密制造有限公司");
    expect(mail!.subject).toBe("Join 苏州博远精密制造有限公司 on jiuye");
  });

  it("a member invites by e-mail; the link makes the colleague a member once, and only while valid", async () => {
    const owner = await employerWithOrganisation({ name: "杭州清源环境工程有限公司" });
    const invited = `hr.colleague.${Date.now()}@qingyuan-env.cn`;
    const sent = await callRoute(employerHome.action, {
      path: "/employer",
      cookie: owner.cookie,
      form: { intent: "invite", email: invited },
    });
    expect(sent.data).toMatchObject({ ok: true, done: { key: "employer.invite.sent" } });
    await drainOutbox();
    const mail = await receiver.waitForMail(invited);
    const link = /\/employer\/join\/([A-Za-z0-9_-]+)/.exec(mail[0]!.text ?? "");
    expect(link).not.toBeNull();
    expect(mail[0]!.text).toContain("杭州清源环境工程有限公司");
    const token = link![1]!;

    // Another employer account holding the link cannot use it: it is bound to the invited address.
    const bystander = await signedIn("employer");
    const refused = await callRoute(join.action, {
      path: `/employer/join/${token}`,
      cookie: bystander.cookie,
      params: { token },
      form: {},
    });
    expect(refused.status).toBe(403);
    expect(errorKeys(refused)).toEqual({ _form: ["employer.invite.otherAddress"] });

    // The invited colleague registers as an employer member and opens the link.
    const colleague = await signedIn("employer", { email: invited });
    const page = await callRoute(join.loader, {
      path: `/employer/join/${token}`,
      cookie: colleague.cookie,
      params: { token },
    });
    expect(page.data).toEqual({ employerName: "杭州清源环境工程有限公司", signedInAsEmployer: true });
    const joined = await callRoute(join.action, {
      path: `/employer/join/${token}`,
      cookie: colleague.cookie,
      params: { token },
      form: {},
    });
    expect(joined.status).toBe(302);
    expect(joined.location).toBe("/employer");
    const db = await getDb();
    const [membership] = await db.select().from(employerMembers).where(eq(employerMembers.userId, colleague.user.id));
    expect(membership).toMatchObject({ employerId: owner.employer.id, isOwner: false });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "employer.join"), eq(auditLog.actorUserId, colleague.user.id)));
    expect(audit).toHaveLength(1);

    // Used once: the same link no longer works, for anyone.
    const latecomer = await signedIn("employer");
    const again = await callRoute(join.action, {
      path: `/employer/join/${token}`,
      cookie: latecomer.cookie,
      params: { token },
      form: {},
    });
    expect(again.status).toBe(410);
    expect(errorKeys(again)).toEqual({ _form: ["employer.invite.invalid"] });
    expect(await findInvitation(db, token)).toBeNull();
  });

  it("tells the colleague the school's last day of the link: invited at 01:30 in Beijing, it works until the 14th", async () => {
    const owner = await employerWithOrganisation({ name: "绍兴越州纺织印染有限公司" });
    const invited = `night.${Date.now()}@yuezhou-textile.cn`;
    // 2026-12-06T17:30:00Z is 2026-12-07 01:30 in Beijing; seven days later is the 14th at school,
    // while the UTC date of that instant is still the 13th.
    await inviteColleague(
      await getDb(),
      { userId: owner.user.id },
      {
        inviterName: "越州人事",
        email: invited,
        locale: "zh-CN",
        now: new Date("2026-12-06T17:30:00Z"),
      },
    );
    await drainOutbox();
    const [mail] = await receiver.waitForMail(invited);
    expect(mail!.text).toContain("链接有效期至 2026-12-14。");
  });

  it("lets one of two simultaneous acceptances join, never both", async () => {
    const owner = await employerWithOrganisation({ name: "常州龙城精密机械有限公司" });
    const db = await getDb();
    const invited = `twice.${Date.now()}@longcheng-jm.cn`;
    const token = await inviteColleague(
      db,
      { userId: owner.user.id },
      {
        inviterName: "龙城人事",
        email: invited,
        locale: "zh-CN",
      },
    );
    const colleague = await signedIn("employer", { email: invited });
    const results = await Promise.allSettled([
      acceptInvitation(db, { userId: colleague.user.id }, { token }),
      acceptInvitation(db, { userId: colleague.user.id }, { token }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const memberships = await db.select().from(employerMembers).where(eq(employerMembers.userId, colleague.user.id));
    expect(memberships).toHaveLength(1);
  });

  it("refuses an expired link, a member of another employer, and invitations from an unverified employer", async () => {
    const owner = await employerWithOrganisation({ name: "宁波甬江港务服务有限公司" });
    const db = await getDb();
    const expiring = await inviteColleague(
      db,
      { userId: owner.user.id },
      {
        inviterName: "港务人事",
        email: `late.${Date.now()}@yongjiang-port.cn`,
        locale: "zh-CN",
      },
    );
    await db
      .update(employerInvitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(employerInvitations.employerId, owner.employer.id));
    const someone = await signedIn("employer");
    await expect(acceptInvitation(db, { userId: someone.user.id }, { token: expiring })).rejects.toMatchObject({
      status: 410,
      message: "employer.invite.invalid",
    });

    const fresh = await inviteColleague(
      db,
      { userId: owner.user.id },
      {
        inviterName: "港务人事",
        email: `fresh.${Date.now()}@yongjiang-port.cn`,
        locale: "zh-CN",
      },
    );
    const memberElsewhere = await employerWithOrganisation({ name: "舟山海星船务有限公司" });
    await expect(acceptInvitation(db, { userId: memberElsewhere.user.id }, { token: fresh })).rejects.toMatchObject({
      status: 409,
      message: "employer.alreadyMember",
    });

    const pending = await employerWithOrganisation({ name: "温州瓯江鞋业有限公司", verified: false });
    const refused = await callRoute(employerHome.action, {
      path: "/employer",
      cookie: pending.cookie,
      form: { intent: "invite", email: `x.${Date.now()}@oujiang-shoes.cn` },
    });
    expect(refused.status).toBe(409);
    expect(errorKeys(refused)).toEqual({ _form: ["employer.invite.notVerified"] });
    const none = await db
      .select()
      .from(employerInvitations)
      .where(eq(employerInvitations.employerId, pending.employer.id));
    expect(none).toEqual([]);
  });
});

describe("sessions", () => {
  it("a user ends one of their own other sessions from the account page; the current one and others' stay", async () => {
    const me = await signedIn("graduate");
    const db = await getDb();
    // The same person signed in on a second device.
    const phone = await signIn(db, { email: me.user.email, password: TEST_PASSWORD }, "Mozilla/5.0 (iPhone)");
    const phoneCookie = phone!.setCookie.split(";")[0]!;
    const stranger = await signedIn("graduate");

    const listed = await callRoute(account.loader, { path: "/account", cookie: me.cookie });
    const sessions = (listed.data as { sessions: { key: string; current: boolean; userAgent: string | null }[] })
      .sessions;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current)!;
    expect(other.userAgent).toBe("Mozilla/5.0 (iPhone)");

    const revoked = await callRoute(account.action, {
      path: "/account",
      cookie: me.cookie,
      form: { intent: "revoke-session", session: other.key },
    });
    expect(revoked.data).toMatchObject({ ok: true });
    const onPhone = await callRoute(account.loader, { path: "/account", cookie: phoneCookie });
    expect(onPhone.status).toBe(302);
    expect(onPhone.location).toMatch(/^\/login/);
    const still = await callRoute(account.loader, { path: "/account", cookie: me.cookie });
    expect(still.status).toBe(200);
    expect((still.data as { sessions: unknown[] }).sessions).toHaveLength(1);

    // Another user's session key does nothing to that session.
    const theirs = await callRoute(account.loader, { path: "/account", cookie: stranger.cookie });
    const theirKey = (theirs.data as { sessions: { key: string }[] }).sessions[0]!.key;
    await callRoute(account.action, {
      path: "/account",
      cookie: me.cookie,
      form: { intent: "revoke-session", session: theirKey },
    });
    expect((await callRoute(account.loader, { path: "/account", cookie: stranger.cookie })).status).toBe(200);
  });
});
