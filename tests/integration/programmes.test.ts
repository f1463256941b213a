import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import * as adminPage from "../../app/routes/admin.programmes";
import * as feed from "../../app/routes/programmes.$slug[.]ics";
import * as programmePage from "../../app/routes/programmes.$slug";
import * as listPage from "../../app/routes/programmes._index";
import * as frontDoor from "../../app/routes/_index";
import { schoolDate } from "../../app/time";
import { auditLog, programmeRules, programmeWindows, programmeYears } from "../../db/schema";
import { unfoldAndParse } from "../../app/interviews/ical";
import { callRoute, errorKeys } from "../support/remix";
import { signedIn, testSchool } from "../support/people";

type Account = { user: { id: string }; cookie: string };
let admin: Account;
let staff: Account;

beforeAll(async () => {
  await testSchool();
  await installProgrammeCatalogue(await getDb());
  admin = await signedIn("admin");
  staff = await signedIn("staff");
});

async function yearRow(slug: "enlistment" | "xibu" | "tegang" | "xuandiao", year: number, province = "") {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(programmeYears)
    .where(
      and(eq(programmeYears.programmeSlug, slug), eq(programmeYears.year, year), eq(programmeYears.province, province)),
    );
  return row;
}

describe("programme catalogue", () => {
  it("seeds six programmes with 2026 and 2027 rows; installing again keeps staff edits", async () => {
    const db = await getDb();
    const enlistment2026 = await yearRow("enlistment", 2026);
    expect(enlistment2026?.officialUrl).toBe("https://www.gfbzb.gov.cn");
    expect(enlistment2026?.officialUrlSource).toContain("2020-01-16");
    expect(await yearRow("tegang", 2027, "江西")).toBeDefined();
    await db
      .update(programmeYears)
      .set({ benefitsZh: "学校已核实 2026 年补偿标准" })
      .where(eq(programmeYears.id, enlistment2026!.id));
    await installProgrammeCatalogue(db);
    expect((await yearRow("enlistment", 2026))?.benefitsZh).toBe("学校已核实 2026 年补偿标准");
  });

  it("the public list shows every programme with the next confirmed window counted down", async () => {
    const result = await callRoute(listPage.loader, { path: "/programmes" });
    const data = result.data as {
      programmes: { slug: string; now: { next: { kind: string } | null; current: unknown[] } }[];
    };
    expect(data.programmes.map((p) => p.slug)).toEqual([
      "enlistment",
      "xibu",
      "sanzhi",
      "tegang",
      "xuandiao",
      "cunguan",
    ]);
    // Enlistment's approval dates (03-01 and 09-01) are a standing rule, so there is always a next one.
    const enlistment = data.programmes.find((p) => p.slug === "enlistment")!;
    expect(enlistment.now.next?.kind ?? (enlistment.now.current[0] as { kind: string })?.kind).toBe("approval");
  });

  it("the front door counts down the programme windows closing soonest, each linked to its programme", async () => {
    const result = await callRoute(frontDoor.loader, { path: "/" });
    const { deadlines } = result.data as {
      deadlines: {
        slug: string;
        kind: string;
        closesOn: string;
        open: boolean;
        daysLeft: number;
        daysToOpen: number;
      }[];
    };
    // Enlistment's approval dates are a standing rule, so there is always at least one window ahead.
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.length).toBeLessThanOrEqual(4);
    const today = schoolDate();
    for (const d of deadlines) {
      expect(d.closesOn >= today).toBe(true);
      expect(d.open ? d.daysLeft : d.daysToOpen).toBeGreaterThanOrEqual(0);
    }
    expect(deadlines.map((d) => d.closesOn)).toEqual([...deadlines.map((d) => d.closesOn)].sort());
    expect(deadlines.some((d) => d.slug === "enlistment")).toBe(true);
  });

  it("a programme page shows a year's rules with their sources and says which values are unknown", async () => {
    const result = await callRoute(programmePage.loader, {
      path: "/programmes/xibu?year=2027",
      params: { slug: "xibu" },
    });
    const data = result.data as {
      selected: {
        year: number;
        officialUrl: string;
        rules: { kind: string; status: string; source: string }[];
        windows: { kind: string; status: string }[];
      };
    };
    expect(data.selected.year).toBe(2027);
    expect(data.selected.officialUrl).toBe("http://xibu.youth.cn");
    expect(data.selected.rules.find((r) => r.kind === "age")?.status).toBe("unknown");
    expect(data.selected.rules.every((r) => r.source.length > 0)).toBe(true);
    expect(data.selected.windows.find((w) => w.kind === "registration")?.status).toBe("unknown");
    const unknown = await callRoute(programmePage.loader, { path: "/programmes/nope", params: { slug: "nope" } });
    expect(unknown.status).toBe(404);
  });

  it("the .ics feed lists the confirmed windows as all-day events", async () => {
    const result = await callRoute(feed.loader, { path: "/programmes/enlistment.ics", params: { slug: "enlistment" } });
    expect(result.headers.get("Content-Type")).toContain("text/calendar");
    const text = String(result.data);
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("DTSTART;VALUE=DATE:20270901");
    expect(text).toContain("DTEND;VALUE=DATE:20270902");
    expect(text.split("BEGIN:VEVENT").length - 1).toBe(4); // 03-01 and 09-01 of 2026 and 2027
    expect(unfoldAndParse(text).get("SUMMARY")).toContain("批准入伍");
    const missing = await callRoute(feed.loader, { path: "/programmes/x.ics", params: { slug: "x" } });
    expect(missing.status).toBe(404);
  });
});

describe("admin: copy a year's rules and edit them", () => {
  const copy = (account: Account, form: Record<string, string>) =>
    callRoute(adminPage.action, {
      path: "/admin/programmes",
      cookie: account.cookie,
      form: { intent: "copy", _formId: "copy", ...form },
    });

  it("copies 2027 into 2028 with sources kept, dates moved a year, audited; a second copy is refused", async () => {
    const result = await copy(admin, { programmeSlug: "enlistment", province: "", fromYear: "2027", toYear: "2028" });
    expect(result.data).toMatchObject({ ok: true });
    const db = await getDb();
    const copied = (await yearRow("enlistment", 2028))!;
    const source = (await yearRow("enlistment", 2027))!;
    expect(copied.copiedFromId).toBe(source.id);
    expect(copied.officialUrlSource).toBe(source.officialUrlSource);
    const windows = await db.select().from(programmeWindows).where(eq(programmeWindows.yearId, copied.id));
    expect(
      windows
        .filter((w) => w.kind === "approval")
        .map((w) => w.opensOn)
        .sort(),
    ).toEqual(["2028-03-01", "2028-09-01"]);
    const rules = await db.select().from(programmeRules).where(eq(programmeRules.yearId, copied.id));
    const menAge = rules.find((r) => r.kind === "age" && r.status === "known");
    expect(menAge?.params).toMatchObject({ asOf: "12-31", limits: { bachelor: 24, master: 26 } });
    expect(menAge?.source).toContain("xuazi.com");
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, copied.id));
    expect(audit.map((a) => a.action)).toContain("programme.year.copy");

    const again = await copy(admin, { programmeSlug: "enlistment", province: "", fromYear: "2027", toYear: "2028" });
    expect(again.status).toBe(400);
    expect(errorKeys(again)).toEqual({ toYear: ["programme.copy.exists"] });
    const nothing = await copy(admin, { programmeSlug: "xibu", province: "", fromYear: "2019", toYear: "2020" });
    expect(errorKeys(nothing)).toEqual({ fromYear: ["programme.copy.noSource"] });
  });

  it("starts a province's own rules as a copy of the national row, adds the rule it needs and shows it on the province's page", async () => {
    const db = await getDb();
    const result = await copy(admin, {
      programmeSlug: "xuandiao",
      province: "",
      fromYear: "2027",
      toYear: "2027",
      toProvince: "浙江",
    });
    expect(result.data).toMatchObject({ ok: true });
    const zhejiang = (await yearRow("xuandiao", 2027, "浙江"))!;
    const national = (await yearRow("xuandiao", 2027))!;
    expect(zhejiang.copiedFromId).toBe(national.id);
    const again = await copy(admin, {
      programmeSlug: "xuandiao",
      province: "",
      fromYear: "2027",
      toYear: "2027",
      toProvince: "浙江",
    });
    expect(errorKeys(again)).toEqual({ toYear: ["programme.copy.exists"] });
    expect(
      errorKeys(
        await copy(admin, {
          programmeSlug: "xuandiao",
          province: "",
          fromYear: "2027",
          toYear: "2027",
          toProvince: "<b>",
        }),
      ),
    ).toEqual({ toProvince: ["programme.field.province"] });

    const post = (form: Record<string, string>) =>
      callRoute(adminPage.action, {
        path: "/admin/programmes",
        cookie: admin.cookie,
        form: { _formId: "add", ...form },
      });
    expect(errorKeys(await post({ intent: "add", row: "rule", yearId: zhejiang.id, kind: "telepathy" }))).toEqual({
      kind: ["programme.field.ruleKind"],
    });
    expect(errorKeys(await post({ intent: "add", row: "window", yearId: zhejiang.id, kind: "degree" }))).toEqual({
      kind: ["programme.field.windowKind"],
    });
    expect((await post({ intent: "add", row: "rule", yearId: zhejiang.id, kind: "major" })).data).toMatchObject({
      ok: true,
    });
    expect(
      (await post({ intent: "add", row: "window", yearId: zhejiang.id, kind: "political_review" })).data,
    ).toMatchObject({
      ok: true,
    });
    const rules = await db.select().from(programmeRules).where(eq(programmeRules.yearId, zhejiang.id));
    const added = rules.find((r) => r.kind === "major")!;
    expect(added).toMatchObject({ status: "unknown", params: {} });
    expect(added.sort).toBe(Math.max(...rules.map((r) => r.sort)));
    const windows = await db.select().from(programmeWindows).where(eq(programmeWindows.yearId, zhejiang.id));
    expect(windows.map((w) => w.kind)).toContain("political_review");
    // The national row is untouched; the province's change is audited.
    const nationalRules = await db.select().from(programmeRules).where(eq(programmeRules.yearId, national.id));
    expect(nationalRules.some((r) => r.kind === "major")).toBe(false);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, zhejiang.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["programme.year.copy", "programme.rule.add", "programme.window.add"]),
    );
    expect(
      (await post({ intent: "add", row: "rule", yearId: "00000000-0000-4000-8000-000000000000", kind: "major" }))
        .status,
    ).toBe(404);

    // Confirm the added rule: the province's page shows it confirmed (the national row has no such rule, above).
    expect(
      (
        await callRoute(adminPage.action, {
          path: "/admin/programmes",
          cookie: admin.cookie,
          form: {
            intent: "rule",
            _formId: "r",
            ruleId: added.id,
            kind: "major",
            status: "known",
            keywords: "法学\n汉语言文学",
            source: "浙江省 2027 年选调生公告（测试）",
          },
        })
      ).data,
    ).toMatchObject({ ok: true });
    const page = await callRoute(programmePage.loader, {
      path: "/programmes/xuandiao?year=2027&province=%E6%B5%99%E6%B1%9F",
      params: { slug: "xuandiao" },
    });
    const selected = (page.data as { selected: { province: string; rules: { kind: string; status: string }[] } })
      .selected;
    expect(selected.province).toBe("浙江");
    expect(selected.rules.find((r) => r.kind === "major")?.status).toBe("known");
  });

  it("edits a window and a rule; a confirmed value needs dates in order and a source; bad params are refused by field", async () => {
    const db = await getDb();
    const xibu = (await yearRow("xibu", 2027))!;
    const [registration] = await db
      .select()
      .from(programmeWindows)
      .where(and(eq(programmeWindows.yearId, xibu.id), eq(programmeWindows.kind, "registration")));
    const post = (form: Record<string, string | string[]>) =>
      callRoute(adminPage.action, { path: "/admin/programmes", cookie: admin.cookie, form });
    const bad = await post({
      intent: "window",
      _formId: `window-${registration!.id}`,
      windowId: registration!.id,
      status: "known",
      opensOn: "2027-05-31",
      closesOn: "2027-04-01",
      source: "",
    });
    expect(errorKeys(bad)).toEqual({
      closesOn: ["programme.field.closesBeforeOpens"],
      source: ["programme.field.sourceRequired"],
    });
    expect((bad.data as { values: Record<string, string> }).values.opensOn).toBe("2027-05-31");
    const good = await post({
      intent: "window",
      _formId: "w",
      windowId: registration!.id,
      status: "known",
      opensOn: "2027-04-01",
      closesOn: "2027-05-31",
      source: "团中央 2027 年西部计划招募通知",
    });
    expect(good.data).toMatchObject({ ok: true });

    const [age] = await db
      .select()
      .from(programmeRules)
      .where(and(eq(programmeRules.yearId, xibu.id), eq(programmeRules.kind, "age")));
    // Each rule kind has its own fields; a wrong one is named under its own field, what was typed is kept.
    const wrong = await post({
      intent: "rule",
      _formId: "r",
      ruleId: age!.id,
      kind: "age",
      status: "known",
      asOf: "13-01",
      minimum: "18",
      limit_bachelor: "12",
      limit_master: "abc",
      source: "通知",
    });
    expect(errorKeys(wrong)).toEqual({
      asOf: ["programme.field.monthDay"],
      limit_bachelor: ["programme.field.age"],
      limit_master: ["programme.field.age"],
    });
    expect((wrong.data as { values: Record<string, string> }).values.limit_master).toBe("abc");
    const noLimit = await post({
      intent: "rule",
      _formId: "r",
      ruleId: age!.id,
      kind: "age",
      status: "known",
      asOf: "06-30",
      minimum: "20",
      limit_bachelor: "19",
      source: "",
    });
    expect(errorKeys(noLimit)).toEqual({
      limit_bachelor: ["programme.field.limitBelowMinimum"],
      source: ["programme.field.sourceRequired"],
    });
    // A form of another kind cannot write its shape into this rule.
    const otherKind = await post({
      intent: "rule",
      _formId: "r",
      ruleId: age!.id,
      kind: "degree",
      status: "known",
      degrees: ["bachelor"],
      source: "通知",
    });
    expect(errorKeys(otherKind)).toEqual({ _form: ["programme.field.kindChanged"] });
    const right = await post({
      intent: "rule",
      _formId: "r",
      ruleId: age!.id,
      kind: "age",
      status: "known",
      asOf: "06-30",
      asOfYearOffset: "0",
      gender: "all",
      minimum: "",
      limit_bachelor: "30",
      limit_master: "32",
      source: "团中央 2027 年通知",
    });
    expect(right.data).toMatchObject({ ok: true });
    const [saved] = await db.select().from(programmeRules).where(eq(programmeRules.id, age!.id));
    expect(saved?.params).toMatchObject({ asOf: "06-30", asOfYearOffset: 0, gender: "all", limits: { bachelor: 30 } });
  });

  it("edits a year's site, destination code, benefits and forms; each confirmed value needs its source; the page shows them", async () => {
    const db = await getDb();
    const enlistment = (await yearRow("enlistment", 2026))!;
    const post = (account: Account, form: Record<string, string>) =>
      callRoute(adminPage.action, {
        path: "/admin/programmes?programme=enlistment&year=2026",
        cookie: account.cookie,
        form: { intent: "year", _formId: "year", yearId: enlistment.id, ...form },
      });
    const valid = {
      officialUrlStatus: "known",
      officialUrl: "https://www.gfbzb.gov.cn",
      officialUrlSource: "全国征兵网 2026 年征兵公告",
      destinationCodeStatus: "known",
      destinationCode: "46",
      destinationCodeSource: "教育部毕业去向代码",
      benefitsZh: "学费补偿（测试数据）：本专科每年不超过 9,999 元，已按 2026 年文件核实。",
      benefitsEn: "Tuition compensation (test data): up to 9,999 yuan a year, confirmed for 2026.",
      benefitsSource: "2026 年学费补偿通知（测试）",
      forms:
        "《大学生预征对象登记表》 | Pre-enlistment registration form | 学校武装部 2026 年通知\n《学费补偿申请表》 | Tuition compensation application | 学校武装部 2026 年通知",
    };
    const wrong = await post(admin, {
      ...valid,
      officialUrl: "javascript:alert(1)",
      destinationCode: "99",
      forms: "只有名字，没有出处",
    });
    expect(wrong.status).toBe(400);
    expect(errorKeys(wrong)).toEqual({
      officialUrl: ["programme.field.url"],
      destinationCode: ["programme.field.destinationCode"],
      forms: ["programme.field.formLine"],
    });
    expect((wrong.data as { values: Record<string, string> }).values.officialUrl).toBe("javascript:alert(1)");
    const unsourced = await post(admin, {
      ...valid,
      officialUrl: "",
      officialUrlSource: "",
      destinationCode: "",
      benefitsSource: "",
    });
    expect(errorKeys(unsourced)).toEqual({
      officialUrl: ["programme.field.urlRequired"],
      officialUrlSource: ["programme.field.sourceRequired"],
      destinationCode: ["programme.field.codeRequired"],
      benefitsSource: ["programme.field.sourceRequired"],
    });
    expect((await post(staff, valid)).status).toBe(403);

    expect((await post(admin, valid)).data).toMatchObject({ ok: true, done: { key: "programme.done.year" } });
    const saved = (await yearRow("enlistment", 2026))!;
    expect(saved.benefitsSource).toBe("2026 年学费补偿通知（测试）");
    expect(saved.forms.map((f) => f.nameEn)).toEqual([
      "Pre-enlistment registration form",
      "Tuition compensation application",
    ]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, enlistment.id));
    expect(audit.map((a) => a.action)).toContain("programme.year.update");

    // What a visitor reads on the programme page is the confirmed amount, with its source.
    const page = await callRoute(programmePage.loader, {
      path: "/programmes/enlistment?year=2026",
      params: { slug: "enlistment" },
    });
    const selected = (page.data as { selected: { benefitsZh: string; benefitsSource: string; forms: unknown[] } })
      .selected;
    expect(selected.benefitsZh).toContain("9,999 元");
    expect(selected.benefitsSource).toBe("2026 年学费补偿通知（测试）");
    expect(selected.forms).toHaveLength(2);

    // An unconfirmed code may be left empty; selection then proposes nothing (decision 015).
    expect(
      (
        await post(admin, {
          ...valid,
          destinationCodeStatus: "unknown",
          destinationCode: "",
          destinationCodeSource: "",
        })
      ).data,
    ).toMatchObject({ ok: true });
    expect((await yearRow("enlistment", 2026))!.destinationCode).toBeNull();
  });

  it("only admins reach the page; staff get 403 and anonymous visitors are sent to sign in", async () => {
    expect((await callRoute(adminPage.loader, { path: "/admin/programmes", cookie: staff.cookie })).status).toBe(403);
    expect((await copy(staff, { programmeSlug: "xibu", province: "", fromYear: "2027", toYear: "2029" })).status).toBe(
      403,
    );
    expect((await callRoute(adminPage.loader, { path: "/admin/programmes" })).status).toBe(302);
    const page = await callRoute(adminPage.loader, {
      path: "/admin/programmes?programme=xibu&year=2026",
      cookie: admin.cookie,
    });
    expect((page.data as { editing: { rules: unknown[] } }).editing.rules.length).toBeGreaterThan(0);
  });
});
