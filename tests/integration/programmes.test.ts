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

async function yearRow(slug: "enlistment" | "xibu" | "tegang", year: number, province = "") {
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
