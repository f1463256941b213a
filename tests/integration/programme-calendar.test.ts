import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bookSlot, PublishSchema, publishSlots } from "../../app/counselling/counselling.server";
import { getDb } from "../../app/db.server";
import { markInterest } from "../../app/programmes/funnel.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import * as feed from "../../app/routes/calendar.$token[.]ics";
import * as graduateProgrammes from "../../app/routes/graduate.programmes";
import { schoolDate } from "../../app/time";
import { graduates, programmeCalendarFeeds, programmeWindows, programmeYears } from "../../db/schema";
import { linkedGraduate } from "../support/graduates";
import { feedEvents } from "../support/mail";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";

let 李明: Awaited<ReturnType<typeof linkedGraduate>>;
let 王芳: Awaited<ReturnType<typeof linkedGraduate>>;
const ROOM = "武装部 征兵工作站 101";

beforeAll(async () => {
  const school = await testSchool();
  const db = await getDb();
  await installProgrammeCatalogue(db);
  李明 = await linkedGraduate(school, { resume: false });
  王芳 = await linkedGraduate(school, { resume: false });
  await db.update(graduates).set({ name: "李明", gender: "male" }).where(eq(graduates.id, 李明.graduate.id));
  await db.update(graduates).set({ name: "王芳" }).where(eq(graduates.id, 王芳.graduate.id));
  await markInterest(db, { userId: 李明.user.id }, { slug: "enlistment", year: 2026 });
  await markInterest(db, { userId: 王芳.user.id }, { slug: "xibu", year: 2026 });
  // 王芳's programme has a confirmed window of its own, which must never show in 李明's feed.
  const [xibu] = await db
    .select()
    .from(programmeYears)
    .where(and(eq(programmeYears.programmeSlug, "xibu"), eq(programmeYears.year, 2026)));
  await db
    .update(programmeWindows)
    .set({ status: "known", opensOn: "2026-04-01", closesOn: "2026-05-31", source: "团中央 2026 年招募通知" })
    .where(and(eq(programmeWindows.yearId, xibu!.id), eq(programmeWindows.kind, "registration")));
  // A pre-check appointment for 李明.
  const staff = await signedIn("staff", { collegeId: 李明.graduate.collegeId });
  const inThreeDays = schoolDate(new Date(Date.now() + 3 * 86_400_000));
  const [slot] = await publishSlots(db, {
    staff: { userId: staff.user.id, scope: { kind: "college", collegeId: 李明.graduate.collegeId } },
    data: PublishSchema.parse({
      date: inThreeDays,
      from: "14:00",
      to: "14:30",
      minutes: "30",
      mode: "in_person",
      location: ROOM,
      topics: ["enlistment_precheck"],
    }),
  });
  await bookSlot(
    db,
    { userId: 李明.user.id },
    { data: { slotId: slot!.id, topic: "enlistment_precheck", question: "" } },
  );
});

async function issue(cookie: string) {
  const result = await callRoute(graduateProgrammes.action, {
    path: "/graduate/programmes",
    cookie,
    form: { _formId: "calendar_issue", intent: "calendar_issue" },
  });
  expect(result.data).toMatchObject({ ok: true, done: { key: "programme.calendar.done.issued" } });
  const url = (result.data as { feedUrl: string }).feedUrl;
  const token = /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)?.[1];
  expect(token).toBeDefined();
  return token!;
}

const get = (token: string) => callRoute(feed.loader, { path: `/calendar/${token}.ics`, params: { token } });

describe("the graduate's personal calendar feed", () => {
  it("a valid token gives a calendar of the owner's own deadlines and appointments, nothing personal", async () => {
    const token = await issue(李明.cookie);
    const page = await callRoute(graduateProgrammes.loader, { path: "/graduate/programmes", cookie: 李明.cookie });
    expect((page.data as { calendar: { active: boolean } }).calendar.active).toBe(true);

    const result = await get(token);
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(result.headers.get("Cache-Control")).toContain("no-store");
    const text = result.data as string;
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const events = feedEvents(text);
    // The enlistment year's two confirmed intakes (03-01 and 09-01) and the booked pre-check.
    expect(events.map((e) => e.SUMMARY).sort()).toEqual(
      ["大学生参军入伍：批准入伍", "大学生参军入伍：批准入伍", "征兵初审初检预约"].sort(),
    );
    expect(events.filter((e) => e.DTSTART === "20260301" || e.DTSTART === "20260901")).toHaveLength(2);
    expect(events.find((e) => e.UID?.startsWith("counselling-"))?.DTSTART).toMatch(/^\d{8}T060000Z$/);
    // Not 王芳's programme, and no name, e-mail, student number or room in a URL that may leak.
    expect(text).not.toContain("西部计划");
    for (const secret of ["李明", 李明.user.email, 李明.graduate.studentNo, ROOM]) expect(text).not.toContain(secret);
  });

  it("stores only a hash; a new token invalidates the old one, and turning the feed off invalidates it too", async () => {
    const db = await getDb();
    const first = await issue(王芳.cookie);
    const [row] = await db
      .select()
      .from(programmeCalendarFeeds)
      .where(eq(programmeCalendarFeeds.graduateId, 王芳.graduate.id));
    expect(row!.tokenHash).not.toContain(first);
    expect(feedEvents((await get(first)).data as string).map((e) => e.SUMMARY)).toEqual([
      "大学生志愿服务西部计划：网上报名",
    ]);

    const second = await issue(王芳.cookie);
    expect(second).not.toBe(first);
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);

    const off = await callRoute(graduateProgrammes.action, {
      path: "/graduate/programmes",
      cookie: 王芳.cookie,
      form: { _formId: "calendar_revoke", intent: "calendar_revoke" },
    });
    expect(off.data).toMatchObject({ ok: true });
    expect((await get(second)).status).toBe(404);
  });

  it("answers a malformed or unknown token with 404", async () => {
    expect((await get("not-a-token")).status).toBe(404);
    expect((await get("A".repeat(32))).status).toBe(404);
    expect((await get("'; drop table users; --")).status).toBe(404);
  });
});
