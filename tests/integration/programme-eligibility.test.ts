import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { translate, type Message } from "../../app/i18n/messages";
import { viewGraduateEligibility } from "../../app/programmes/eligibility.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import * as minePage from "../../app/routes/graduate.programmes";
import * as programmePage from "../../app/routes/programmes.$slug";
import { auditLog, graduates } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { callRoute, errorKeys } from "../support/remix";
import { signedIn, testSchool } from "../support/people";

type Check = {
  outcome: string;
  rules: { kind: string; outcome: string; reason: Message }[];
};
let school: School;
let 李强: Awaited<ReturnType<typeof linkedGraduate>>;

beforeAll(async () => {
  school = await testSchool();
  await installProgrammeCatalogue(await getDb());
  李强 = await linkedGraduate(school, { resume: false });
  await (
    await getDb()
  )
    .update(graduates)
    .set({ gender: "male", name: "李强" })
    .where(eq(graduates.id, 李强.graduate.id));
});

const save = (form: Record<string, string | string[]>) =>
  callRoute(minePage.action, {
    path: "/graduate/programmes",
    cookie: 李强.cookie,
    form: { _formId: "profile", intent: "profile", ...form },
  });
const page = async (slug: string, year: number) =>
  (
    await callRoute(programmePage.loader, {
      path: `/programmes/${slug}?year=${year}`,
      params: { slug },
      cookie: 李强.cookie,
    })
  ).data as { eligibility: Check | null };
const texts = (check: Check | null) => (check?.rules ?? []).map((r) => translate("zh-CN", r.reason));

describe("eligibility from the graduate's own profile", () => {
  it("without a birth date the age rule needs checking; once given, the reason names the date, age and limit", async () => {
    const before = await page("enlistment", 2026);
    expect(texts(before.eligibility)).toContain("年龄：尚未填写出生日期，需核对");
    expect(before.eligibility?.outcome).toBe("check");

    expect((await save({ birthDate: "2002-03-15", politicalStatus: "league_member" })).data).toMatchObject({
      ok: true,
    });
    const after = await page("enlistment", 2026);
    expect(texts(after.eligibility)).toContain("年龄：截至 2026-12-31 满 24 周岁，本科上限 24 ✓");
    // The women's limit, unconfirmed in the seeded year, is not his to check.
    expect(texts(after.eligibility).filter((text) => text.startsWith("年龄"))).toEqual([
      "年龄：截至 2026-12-31 满 24 周岁，本科上限 24 ✓",
    ]);
    // Health is always checked at the health check, so the whole stays "needs checking".
    expect(after.eligibility?.outcome).toBe("check");
  });

  it("特岗 says the certificate rule needs checking this year, and the list page checks every programme", async () => {
    const mine = (await callRoute(minePage.loader, { path: "/graduate/programmes?year=2026", cookie: 李强.cookie }))
      .data as {
      checks: { slug: string; result: Check | null }[];
      profile: { birthDate: string };
    };
    expect(mine.profile.birthDate).toBe("2002-03-15");
    expect(mine.checks).toHaveLength(6);
    const tegang = mine.checks.find((c) => c.slug === "tegang")!;
    expect(texts(tegang.result)).toContain("证书：本年度规则尚未核实，需核对");
  });

  it("hostile or impossible input is refused by field and what was typed comes back", async () => {
    const bad = await save({ birthDate: "2002-02-30", politicalStatus: "anarchist", certificates: ["pilot"] });
    expect(bad.status).toBe(400);
    const keys = errorKeys(bad);
    expect(keys).toEqual({
      birthDate: ["programme.field.date"],
      politicalStatus: ["programme.field.politicalStatus"],
      certificates: ["programme.field.certificateUnknown"],
    });
    expect((bad.data as { values: Record<string, string> }).values.birthDate).toBe("2002-02-30");
  });

  it("staff of another college are refused; staff of scope see it and every view is audited", async () => {
    const db = await getDb();
    const own = 李强.graduate.collegeId;
    const other = school.colleges.find((c) => c.id !== own)!.id;
    const outsider = await signedIn("staff", { collegeId: other });
    const insider = await signedIn("staff", { collegeId: own });
    await expect(
      viewGraduateEligibility(
        db,
        { userId: outsider.user.id, scope: { kind: "college", collegeId: other } },
        {
          graduateId: 李强.graduate.id,
          slug: "xuandiao",
          year: 2026,
        },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const seen = await viewGraduateEligibility(
      db,
      { userId: insider.user.id, scope: { kind: "college", collegeId: own } },
      { graduateId: 李强.graduate.id, slug: "xuandiao", year: 2026 },
    );
    expect(seen.profile.politicalStatus).toBe("league_member");
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, 李强.graduate.id));
    expect(audits.filter((a) => a.action === "programme.eligibility.view").map((a) => a.actorUserId)).toEqual([
      insider.user.id,
    ]);
  });

  it("a master's student graduating in 2028 may apply to 西部计划 2027 as a postgraduate still studying", async () => {
    const db = await getDb();
    const 周宁 = await linkedGraduate(school, { resume: false });
    await db
      .update(graduates)
      .set({ degree: "master", cohort: 2028, name: "周宁" })
      .where(eq(graduates.id, 周宁.graduate.id));
    const view = (
      await callRoute(programmePage.loader, {
        path: "/programmes/xibu?year=2027",
        params: { slug: "xibu" },
        cookie: 周宁.cookie,
      })
    ).data as { eligibility: Check | null };
    expect(texts(view.eligibility)).toContain("在读研究生：2028 届硕士研究生，可报名 ✓");
    expect(view.eligibility?.outcome).not.toBe("fail");
  });

  it("an anonymous visitor sees the rules without any check", async () => {
    const anonymous = (
      await callRoute(programmePage.loader, { path: "/programmes/enlistment", params: { slug: "enlistment" } })
    ).data as { eligibility: unknown };
    expect(anonymous.eligibility).toBeNull();
  });
});
