import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { runDigestRound } from "../../app/graduates/digest.server";
import * as unsubscribeRoute from "../../app/routes/unsubscribe.$token";
import { resetServices } from "../../app/services.server";
import { digestItems, graduateProfiles } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let school: School;
let reviewer: string;
let receiver: SmtpReceiver;

beforeAll(async () => {
  receiver = await startSmtpReceiver();
  process.env.SMTP_URL = receiver.url;
  resetEnv();
  resetServices();
  await ensureIndex();
  school = await testSchool();
  reviewer = (await signedIn("staff")).user.id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnv();
  resetServices();
  await receiver.stop();
});

const WEEK = 7 * 86_400_000;

describe("recommendation digest", () => {
  it("mails each subscribed graduate once per period, never repeats a posting, and one-click unsubscribe stops it", async () => {
    const employer = await employerWithOrganisation({ staffUserId: reviewer });
    const first = await publishedPosting(employer.user.id, reviewer, {
      title: "Java开发工程师（周报）",
      majors: ["软件工程"],
      requirements: "熟悉Java。",
    });
    const second = await publishedPosting(employer.user.id, reviewer, {
      title: "数据分析师（周报）",
      majors: ["软件工程", "数据科学与大数据技术"],
    });
    const zh = await linkedGraduate(school, {
      profile: { skills: ["Java"], preferredCities: ["杭州"], digestFrequency: "weekly" },
    });
    const en = await linkedGraduate(school, { profile: { skills: ["SQL"], language: "en", digestFrequency: "daily" } });
    const plain = await linkedGraduate(school, { profile: { nonPersonalised: true } });
    const off = await linkedGraduate(school, { profile: { digestFrequency: "off" } });
    const db = await getDb();

    // The first round ran a week ago (the postings are newer than its look-back window either way).
    const now = new Date(Date.now() - WEEK);
    const round1 = await runDigestRound(db, { now, send: true });
    expect(round1.sent).toBe(3);
    const rerun = await runDigestRound(db, { now, send: true });
    expect(rerun.sent).toBe(0);
    await drainOutbox();
    for (const g of [zh, en, plain]) expect(receiver.mailTo(g.user.email)).toHaveLength(1);
    expect(receiver.mailTo(off.user.email)).toHaveLength(0);

    const mail = receiver.mailTo(zh.user.email)[0]!;
    expect(mail.subject).toContain("为你推荐");
    expect(mail.text).toContain("Java开发工程师（周报）");
    expect(mail.text).toContain("数据分析师（周报）");
    expect(mail.text).toContain("技能匹配：Java");
    expect(mail.html).toContain("专业对口");
    // mailparser folds List-* headers into one object; the raw lines are what a mail client reads.
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line ?? "";
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const listUnsubscribe = header("list-unsubscribe");
    const unsubscribeUrl = /<(http[^>]+)>/.exec(listUnsubscribe)![1]!;
    expect(unsubscribeUrl).toMatch(/\/unsubscribe\/[0-9a-f]+$/);
    expect(receiver.mailTo(en.user.email)[0]!.subject).toContain("recommended for you");
    const plainMail = receiver.mailTo(plain.user.email)[0]!;
    expect(plainMail.subject).toContain("最新岗位");
    expect(plainMail.text).not.toContain("专业对口");

    // Rounds later: only new postings, none sent before.
    const third = await publishedPosting(employer.user.id, reviewer, {
      title: "Spring后端工程师（周报）",
      majors: ["软件工程"],
      requirements: "Java Spring",
    });
    const nextWeek = new Date();
    const round2 = await runDigestRound(db, { now: nextWeek, send: true });
    await drainOutbox();
    expect(round2.sent).toBeGreaterThanOrEqual(1);
    const zhMails = receiver.mailTo(zh.user.email);
    expect(zhMails).toHaveLength(2);
    expect(zhMails[1]!.text).toContain("Spring后端工程师（周报）");
    expect(zhMails[1]!.text).not.toContain("Java开发工程师（周报）");
    const sent = await db.select().from(digestItems).where(eq(digestItems.graduateId, zh.graduate.id));
    // Both of the first week's postings match the major (软件工程), the third came later: each listed once.
    expect(sent.map((s) => s.postingId).sort()).toEqual([first, second, third].sort());
    expect(new Set(sent.map((s) => s.postingId)).size).toBe(sent.length);

    // One-click unsubscribe from the mail, without signing in.
    const token = unsubscribeUrl.split("/").pop()!;
    const page = await callRoute(unsubscribeRoute.loader, { path: `/unsubscribe/${token}`, params: { token } });
    expect(page.data).toEqual({ valid: true });
    const posted = await callRoute(unsubscribeRoute.action, {
      path: `/unsubscribe/${token}`,
      params: { token },
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(posted.data).toEqual({ done: true });
    const [profile] = await db.select().from(graduateProfiles).where(eq(graduateProfiles.graduateId, zh.graduate.id));
    expect(profile?.digestFrequency).toBe("off");
    await publishedPosting(employer.user.id, reviewer, { title: "Java架构师（周报）", majors: ["软件工程"] });
    await runDigestRound(db, { now: new Date(nextWeek.getTime() + WEEK), send: true });
    await drainOutbox();
    expect(receiver.mailTo(zh.user.email)).toHaveLength(2);
    expect(
      (
        await callRoute(unsubscribeRoute.action, {
          path: "/unsubscribe/bogus",
          params: { token: "ffff0000ffff0000ffff0000" },
          form: {},
        })
      ).data,
    ).toEqual({ done: false });
  });
});
