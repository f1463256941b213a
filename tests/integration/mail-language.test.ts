import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collegeApproveAgreement,
  draftAgreement,
  DraftAgreementSchema,
  schoolRegisterAgreement,
} from "../../app/agreements/agreements.server";
import { getDb } from "../../app/db.server";
import { saveProfile } from "../../app/graduates/profile.server";
import { ProfileSchema } from "../../app/graduates/schema";
import * as accountMail from "../../app/routes/account_.mail";
import * as employerAgreements from "../../app/routes/employer.agreements";
import * as graduateAgreements from "../../app/routes/graduate.agreements";
import * as profilePage from "../../app/routes/graduate.profile";
import * as language from "../../app/routes/language";
import { users } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { signedIn, testSchool } from "../support/people";
import { callRoute, cookieFrom } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { employerWithOrganisation } from "../support/vetting";

let school: School;
let receiver: SmtpReceiver;
beforeAll(async () => {
  school = await testSchool();
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
});

afterAll(async () => {
  useSmtp(undefined);
  await receiver.stop();
});

const localeOf = async (userId: string) =>
  (await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, userId)))[0]?.locale;

function profile(languageChoice: "zh-CN" | "en") {
  return ProfileSchema.parse({
    skills: "Java, SQL",
    preferredCities: "杭州",
    preferredIndustries: "",
    expectedPay: "",
    jobTypes: [],
    intro: "",
    digestFrequency: "weekly",
    language: languageChoice,
  });
}

/** Signs in to the header's language switch: the cookie the browser would carry from then on. */
async function switchHeaderTo(locale: "en" | "zh-CN", cookie: string) {
  const switched = await callRoute(language.action, {
    path: "/language",
    cookie,
    form: { locale, redirectTo: "/graduate/agreements" },
  });
  expect(switched.status).toBe(302);
  return `${cookie}; ${cookieFrom(switched)}`;
}

describe("one mail-language rule", () => {
  it("the header switch changes the pages only; the profile's 邮件语言 sets the language of every mail", async () => {
    const g = await linkedGraduate(school);
    expect(await localeOf(g.user.id)).toBe("zh-CN");
    const withEnglishPages = await switchHeaderTo("en", g.cookie);
    expect(withEnglishPages).toMatch(/jiuye_lang=en/);
    // Clicking "English" once used to switch her agreement and destination mails to English.
    expect(await localeOf(g.user.id)).toBe("zh-CN");

    await saveProfile(await getDb(), { userId: g.user.id }, { graduateId: g.graduate.id, profile: profile("en") });
    expect(await localeOf(g.user.id)).toBe("en");
    // The profile page shows the choice every mail follows.
    const page = await callRoute(profilePage.loader, { path: "/graduate/profile", cookie: g.cookie });
    expect(page.data).toMatchObject({ profile: { language: "en" } });
  });

  it("a graduate with 邮件语言 = 中文 who switched the header to English gets agreement and destination mails in Chinese", async () => {
    const g = await linkedGraduate(school, { profile: { language: "zh-CN" } });
    await saveProfile(await getDb(), { userId: g.user.id }, { graduateId: g.graduate.id, profile: profile("zh-CN") });
    const cookie = await switchHeaderTo("en", g.cookie);
    // The employer reads English pages and has English mail; the school's staff too.
    const employer = await employerWithOrganisation({ name: "苏州工业园区星海电子有限公司" });
    await (await getDb()).update(users).set({ locale: "en" }).where(eq(users.id, employer.user.id));
    const employerCookie = `${employer.cookie}; jiuye_lang=en`;
    const db = await getDb();
    const draft = await draftAgreement(
      db,
      { userId: employer.user.id },
      {
        data: DraftAgreementSchema.parse({
          position: "嵌入式软件工程师",
          monthlyPay: "11000",
          probationMonths: "3",
          workProvince: "江苏省",
          workCity: "苏州",
          startDate: "2026-07-20",
          breachPenalty: "3000",
          archiveAddress: "苏州工业园区人力资源服务中心",
          hukouAddress: "苏州工业园区湖东派出所",
          studentNo: g.graduate.studentNo,
          graduateName: g.graduate.name,
        }),
      },
    );
    const invited = await callRoute(employerAgreements.action, {
      path: "/employer/agreements",
      cookie: employerCookie,
      form: { _formId: `invite-${draft.id}`, intent: "invite", agreementId: draft.id },
    });
    expect(invited.status).toBe(200);
    const accepted = await callRoute(graduateAgreements.action, {
      path: "/graduate/agreements",
      cookie,
      form: { _formId: "confirm-accept", intent: "accept", agreementId: draft.id, confirmed: "yes" },
    });
    expect(accepted.status).toBe(200);
    const college = await signedIn("staff", { collegeId: g.graduate.collegeId });
    await collegeApproveAgreement(
      db,
      { userId: college.user.id, scope: { kind: "college", collegeId: g.graduate.collegeId } },
      { agreementId: draft.id },
    );
    const schoolStaff = await signedIn("staff", { collegeId: null });
    await schoolRegisterAgreement(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { agreementId: draft.id },
    );
    await drainOutbox();

    const toGraduate = receiver.mailTo(g.user.email);
    const agreementMails = toGraduate.filter((m) => m.subject?.includes("三方协议"));
    const destinationMails = toGraduate.filter((m) => m.subject?.includes("毕业去向"));
    expect(agreementMails.length).toBeGreaterThanOrEqual(2);
    expect(destinationMails.length).toBeGreaterThanOrEqual(1);
    for (const mail of toGraduate) {
      expect(mail.subject, mail.subject).not.toMatch(/agreement|destination/i);
      expect(mail.html).toContain('lang="zh-CN"');
    }
    // The employer, who chose English, gets English mail about the same agreement.
    const toEmployer = receiver.mailTo(employer.user.email).filter((m) => m.subject?.includes("Employment agreement"));
    expect(toEmployer.length).toBeGreaterThanOrEqual(1);
  });

  it("anyone sets the language of their mail under My account; the header's choice does not touch it", async () => {
    const { user, cookie } = await signedIn("staff", { collegeId: null });
    const page = await callRoute(accountMail.loader, { path: "/account/mail", cookie: `${cookie}; jiuye_lang=en` });
    expect(page.data).toEqual({ locale: "zh-CN" });
    const saved = await callRoute(accountMail.action, {
      path: "/account/mail",
      cookie,
      form: { _formId: "mail-language", locale: "en" },
    });
    expect(saved.data).toMatchObject({ ok: true, done: { key: "mailLanguage.saved" } });
    expect(await localeOf(user.id)).toBe("en");
    const refused = await callRoute(accountMail.action, {
      path: "/account/mail",
      cookie,
      form: { _formId: "mail-language", locale: "fr" },
    });
    expect(refused.status).toBe(400);
    expect(await localeOf(user.id)).toBe("en");
  });
});
