import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { saveProfile } from "../../app/graduates/profile.server";
import { ProfileSchema } from "../../app/graduates/schema";
import * as language from "../../app/routes/language";
import { users } from "../../db/schema";
import type { School } from "../../db/factories";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { callRoute } from "../support/remix";

let school: School;
beforeAll(async () => {
  school = await testSchool();
});

const localeOf = async (userId: string) =>
  (await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, userId)))[0]?.locale;

describe("one mail-language rule", () => {
  it("the header switch changes the pages only; the profile's 邮件语言 sets the language of every mail", async () => {
    const g = await linkedGraduate(school);
    expect(await localeOf(g.user.id)).toBe("zh-CN");
    const switched = await callRoute(language.action, {
      path: "/language",
      cookie: g.cookie,
      form: { locale: "en", redirectTo: "/graduate/agreements" },
    });
    expect(switched.status).toBe(302);
    expect(switched.headers.get("Set-Cookie")).toMatch(/jiuye_lang=en/);
    // Clicking "English" once used to switch her agreement and destination mails to English.
    expect(await localeOf(g.user.id)).toBe("zh-CN");

    const profile = ProfileSchema.parse({
      skills: "Java, SQL",
      preferredCities: "杭州",
      preferredIndustries: "",
      expectedPay: "",
      jobTypes: [],
      intro: "",
      digestFrequency: "weekly",
      language: "en",
    });
    await saveProfile(await getDb(), { graduateId: g.graduate.id, userId: g.user.id, profile });
    expect(await localeOf(g.user.id)).toBe("en");
  });
});
