import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { confirmDestination, verifyDestination } from "../../app/destinations/destinations.server";
import {
  advanceInterests,
  advanceOwnInterest,
  listFunnel,
  listOwnInterests,
  markInterest,
} from "../../app/programmes/funnel.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import { employmentDashboard } from "../../app/reports/dashboard.server";
import { destinations, graduates } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import * as programmePage from "../../app/routes/programmes.$slug";
import * as minePage from "../../app/routes/graduate.programmes";
import * as staffPage from "../../app/routes/staff.programmes.$slug";

let school: School;
let 赵刚: Awaited<ReturnType<typeof linkedGraduate>>;
let collegeStaff: { user: { id: string } };
let otherStaff: { user: { id: string } };
let schoolStaff: { user: { id: string } };
let collegeId: number;
let otherCollegeId: number;

beforeAll(async () => {
  school = await testSchool();
  const db = await getDb();
  await installProgrammeCatalogue(db);
  赵刚 = await linkedGraduate(school, { resume: false });
  await db.update(graduates).set({ gender: "male", name: "赵刚" }).where(eq(graduates.id, 赵刚.graduate.id));
  collegeId = 赵刚.graduate.collegeId;
  otherCollegeId = school.colleges.find((c) => c.id !== collegeId)!.id;
  collegeStaff = await signedIn("staff", { collegeId });
  otherStaff = await signedIn("staff", { collegeId: otherCollegeId });
  schoolStaff = await signedIn("staff");
});

const college = () => ({ userId: collegeStaff.user.id, scope: { kind: "college" as const, collegeId } });

describe("interest → stages → selection → destination proposed → confirmed → counted once", () => {
  it("runs the enlistment funnel end to end", async () => {
    const db = await getDb();
    const graduate = { userId: 赵刚.user.id };
    const before = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort: 2026, collegeId: null },
    );

    const interestId = await markInterest(db, graduate, { slug: "enlistment", year: 2026 });
    expect(await markInterest(db, graduate, { slug: "enlistment", year: 2026 })).toBe(interestId);

    await expect(
      advanceOwnInterest(db, graduate, { interestId, event: "register_official", reference: "" }),
    ).rejects.toMatchObject({
      errors: { reference: [{ key: "funnel.reference.required" }] },
    });
    await advanceOwnInterest(db, graduate, { interestId, event: "register_official", reference: "ZB2026-3301-004512" });
    // Graduates cannot move the school's stages.
    await expect(advanceOwnInterest(db, graduate, { interestId, event: "pass_precheck" })).rejects.toMatchObject({
      status: 409,
    });
    // Staff of another college cannot either; nothing moves.
    await expect(
      advanceInterests(
        db,
        { userId: otherStaff.user.id, scope: { kind: "college", collegeId: otherCollegeId } },
        { interestIds: [interestId], event: "pass_precheck" },
      ),
    ).rejects.toMatchObject({ status: 403 });

    for (const event of ["pass_precheck", "start_health_check", "start_political_review"] as const) {
      expect(await advanceInterests(db, college(), { interestIds: [interestId], event })).toBe(1);
    }
    await advanceInterests(db, college(), {
      interestIds: [interestId],
      event: "select",
      destinationFields: { enlistmentPlace: "浙江省杭州市西湖区人民武装部" },
    });

    const [proposed] = await db.select().from(destinations).where(eq(destinations.graduateId, 赵刚.graduate.id));
    expect(proposed).toMatchObject({ code: "46", source: "staff" });
    const waiting = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort: 2026, collegeId: null },
    );
    expect(waiting.dashboard.overall.placed).toBe(before.dashboard.overall.placed);

    await confirmDestination(db, { userId: 赵刚.user.id }, { graduateId: 赵刚.graduate.id });
    await verifyDestination(db, college(), { graduateId: 赵刚.graduate.id });
    // Moving on to service does not record a second destination.
    await advanceInterests(db, college(), { interestIds: [interestId], event: "start_service" });
    const counted = await employmentDashboard(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { cohort: 2026, collegeId: null },
    );
    expect(counted.dashboard.overall.placed).toBe(before.dashboard.overall.placed + 1);
    expect(await db.select().from(destinations).where(eq(destinations.graduateId, 赵刚.graduate.id))).toHaveLength(1);

    const mine = await listOwnInterests(db, graduate);
    expect(mine[0]).toMatchObject({ state: "serving", officialReference: "ZB2026-3301-004512" });
    expect(mine[0]!.stages.map((s) => s.toState)).toEqual([
      "interested",
      "registered_official",
      "school_precheck",
      "health_check",
      "political_review",
      "selected",
      "serving",
    ]);
    const funnel = await listFunnel(db, college(), { slug: "enlistment", year: 2026 });
    expect(funnel.counts).toEqual({ serving: 1 });
    const elsewhere = await listFunnel(
      db,
      { userId: otherStaff.user.id, scope: { kind: "college", collegeId: otherCollegeId } },
      { slug: "enlistment", year: 2026 },
    );
    expect(elsewhere.rows).toHaveLength(0);
  });
});

describe("the funnel through its pages", () => {
  it("a graduate marks interest and registers; staff move the ticked list; bad input is refused by field", async () => {
    const 孙悦 = await linkedGraduate(school, { resume: false });
    const staff = await signedIn("staff", { collegeId: 孙悦.graduate.collegeId });
    const interest = await callRoute(programmePage.action, {
      path: "/programmes/xibu?year=2027",
      params: { slug: "xibu" },
      cookie: 孙悦.cookie,
      form: { _formId: "interest", year: "2027" },
    });
    expect(interest.data).toMatchObject({ ok: true, done: { key: "funnel.done.interest" } });
    const mine = (await callRoute(minePage.loader, { path: "/graduate/programmes", cookie: 孙悦.cookie })).data as {
      interests: { id: string; state: string }[];
    };
    const interestId = mine.interests[0]!.id;
    const noReference = await callRoute(minePage.action, {
      path: "/graduate/programmes",
      cookie: 孙悦.cookie,
      form: { _formId: `register_official-${interestId}`, intent: "register_official", interestId, reference: " " },
    });
    expect(errorKeys(noReference)).toEqual({ reference: ["funnel.reference.required"] });
    await callRoute(minePage.action, {
      path: "/graduate/programmes",
      cookie: 孙悦.cookie,
      form: { _formId: "r", intent: "register_official", interestId, reference: "XB2027-0412-7788" },
    });

    const staffPost = (form: Record<string, string | string[]>) =>
      callRoute(staffPage.action, {
        path: "/staff/programmes/xibu?year=2027",
        params: { slug: "xibu" },
        cookie: staff.cookie,
        form: { _formId: "advance", ...form },
      });
    expect(errorKeys(await staffPost({ event: "pass_precheck" }))).toEqual({ interestIds: ["funnel.selection.empty"] });
    expect(errorKeys(await staffPost({ event: "explode", interestIds: [interestId] }))).toEqual({
      event: ["funnel.event.unknown"],
    });
    expect((await staffPost({ event: "pass_precheck", interestIds: ["not-a-uuid"] })).status).toBe(400);
    expect((await staffPost({ event: "pass_precheck", interestIds: [interestId] })).data).toMatchObject({ ok: true });
    const view = (
      await callRoute(staffPage.loader, {
        path: "/staff/programmes/xibu?year=2027",
        params: { slug: "xibu" },
        cookie: staff.cookie,
      })
    ).data as { counts: Record<string, number> };
    expect(view.counts).toEqual({ school_precheck: 1 });
    // A graduate cannot reach the staff page.
    expect(
      (
        await callRoute(staffPage.loader, {
          path: "/staff/programmes/xibu",
          params: { slug: "xibu" },
          cookie: 孙悦.cookie,
        })
      ).status,
    ).toBe(403);
  });
});
