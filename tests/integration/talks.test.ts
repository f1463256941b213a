import { eq } from "drizzle-orm";
import { actingAs } from "../../app/auth/actor";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { DomainError } from "../../app/errors";
import { checkInCode } from "../../app/talks/check-in.server";
import { talkWindow } from "../../app/talks/rules";
import { TalkRequestSchema } from "../../app/talks/schema";
import {
  checkInByStudentNumber,
  checkInWithCode,
  decideTalk,
  getPublicTalk,
  joinOnlineTalk,
  listPublicTalks,
  requestTalk,
  roomScreen,
  signUpForTalk,
  talkCalendar,
  talkReport,
  venueCalendar,
} from "../../app/talks/talks.server";
import { translate } from "../../app/i18n/messages";
import { talkReportTables } from "../../app/talks/report";
import * as staffTalk from "../../app/routes/staff.talks.$id";
import * as talkXlsx from "../../app/routes/staff.talks.$id.report[.]xlsx";
import { asSheets, workbookFrom } from "../support/excel";
import { callRoute } from "../support/remix";
import { talks } from "../../db/schema";
import { linkedGraduate } from "../support/graduates";
import { employerWithOrganisation } from "../support/vetting";
import { drainOutbox } from "../support/outbox";
import { ahead, useTalkDesk } from "../support/talks";

const desk = useTalkDesk({ name: (n) => `第${n}报告厅`, building: "图书馆", capacity: 300 });

/** The refusal's first field, message key and status, or "ok". */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const [field, messages] = Object.entries(error.errors)[0]!;
    return `${error.status} ${field} ${messages[0]!.key}`;
  }
}

function campusForm(venueId: number, talkDate: string, slot = "afternoon", postingIds: string[] = []) {
  return TalkRequestSchema.parse({
    title: "2027届校园招聘宣讲会",
    brochure: "一、公司简介……二、招聘岗位：Java后端开发工程师 3人……三、薪酬福利：五险一金。",
    mode: "on_campus",
    venueId: String(venueId),
    talkDate,
    slot,
    postingIds,
  });
}

describe("requesting a talk", () => {
  it("refuses a date with too little notice on the date field, naming the earliest date", async () => {
    const db = await getDb();
    const room = await desk.venue();
    const who = await desk.recruiter("杭州海康智联科技有限公司");
    // One instant for the dates and the requests: the notice is counted in whole school days, so
    // dates taken just before midnight at school and requests made just after would be a day short.
    const now = new Date();
    const earliest = ahead(5, now);
    const tooSoon = ahead(4, now);
    expect(await refusal(requestTalk(db, { userId: who.user.id }, { ...campusForm(room.id, tooSoon), now }))).toBe(
      "400 talkDate talk.field.date.tooSoon",
    );
    try {
      await requestTalk(db, { userId: who.user.id }, { ...campusForm(room.id, tooSoon), now });
    } catch (error) {
      expect((error as DomainError).errors.talkDate![0]!.params).toEqual({ days: 5, earliest });
    }
    expect(await refusal(requestTalk(db, { userId: who.user.id }, { ...campusForm(room.id, earliest), now }))).toBe(
      "ok",
    );
  });

  it("refuses a double booking of a venue slot in the database, also for two requests at once; another slot is free", async () => {
    const db = await getDb();
    const room = await desk.venue();
    const a = await desk.recruiter("宁波舜宇光电有限公司");
    const b = await desk.recruiter("苏州同程旅行网络科技有限公司");
    const day = ahead(8);
    const results = await Promise.all([
      refusal(requestTalk(db, { userId: a.user.id }, campusForm(room.id, day, "evening"))),
      refusal(requestTalk(db, { userId: b.user.id }, campusForm(room.id, day, "evening"))),
    ]);
    expect(results.sort()).toEqual(["400 slot talk.field.slot.taken", "ok"]);
    expect(await refusal(requestTalk(db, { userId: b.user.id }, campusForm(room.id, day, "morning")))).toBe("ok");
    // The index itself, not the code: a direct insert of a third booking fails.
    const [held] = await db.select().from(talks).where(eq(talks.venueId, room.id)).limit(1);
    await expect(
      db.insert(talks).values({ ...held!, id: undefined, employerId: b.employer.id, checkInSecret: "x" }),
    ).rejects.toThrow();

    const calendar = await venueCalendar(db, { from: day, to: day });
    const mine = calendar.find((c) => c.venue.id === room.id)!;
    expect(mine.bookings.map((x) => x.slot).sort()).toEqual(["evening", "morning"]);
  });

  it("refuses unverified employers", async () => {
    const db = await getDb();
    const room = await desk.venue();
    const pending = await employerWithOrganisation({ verified: false, name: "上海未审核信息技术有限公司" });
    expect(await refusal(requestTalk(db, { userId: pending.user.id }, campusForm(room.id, ahead(10))))).toBe(
      "403 _form talk.employer.unverified",
    );
  });
});

describe("decision, public page, sign-up and check-in", () => {
  it("declines with a reason that reaches the employer by mail, and shows only approved talks", async () => {
    const db = await getDb();
    const room = await desk.venue();
    const who = await desk.recruiter("无锡先导智能装备股份有限公司");
    const { talkId } = await requestTalk(db, { userId: who.user.id }, campusForm(room.id, ahead(9)));
    expect(await refusal(getPublicTalk(db, talkId))).toBe("404 _form error.notFound");
    expect(await refusal(decideTalk(db, desk.staff.actor, { talkId, decision: "decline", reason: " " }))).toBe(
      "400 reason talk.reason.required",
    );
    await decideTalk(db, desk.staff.actor, { talkId, decision: "decline", reason: "该时段学校举办运动会，请改期。" });
    await drainOutbox();
    const mail = await desk.receiver.waitForSubject(who.user.email, "宣讲会申请未获批准");
    expect(mail.text).toContain("该时段学校举办运动会，请改期。");
    expect((await listPublicTalks(db)).map((t) => t.id)).not.toContain(talkId);
  });

  it("signs graduates up to the capacity, mails the calendar, and records a QR check-in once; expired or forged codes are refused", async () => {
    const db = await getDb();
    const room = await desk.venue(2);
    const who = await desk.recruiter("合肥科大讯飞教育科技有限公司");
    const { talkId } = await requestTalk(
      db,
      { userId: who.user.id },
      campusForm(room.id, ahead(6), "afternoon", [who.postingId]),
    );
    await decideTalk(db, desk.staff.actor, { talkId, decision: "approve" });
    const page = await getPublicTalk(db, talkId);
    expect(page.employerName).toBe("合肥科大讯飞教育科技有限公司");
    expect(page.featured.map((p) => p.id)).toEqual([who.postingId]);
    expect(page.venue?.name).toBe(room.name);
    expect(JSON.stringify(page)).not.toContain("checkInSecret");

    const [g1, g2, g3] = [
      await linkedGraduate(desk.school),
      await linkedGraduate(desk.school),
      await linkedGraduate(desk.school),
    ];
    await signUpForTalk(db, { userId: g1.user.id }, { talkId });
    await signUpForTalk(db, { userId: g2.user.id }, { talkId });
    expect(await refusal(signUpForTalk(db, { userId: g3.user.id }, { talkId }))).toBe("409 _form talkSignup.full");
    await drainOutbox();
    const mail = await desk.receiver.waitForSubject(g1.user.email, "宣讲会报名成功");
    expect(mail.attachments.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);

    const [talk] = await db.select().from(talks).where(eq(talks.id, talkId));
    const during = new Date(talkWindow(talk!).start.getTime() + 10 * 60_000);
    const code = checkInCode(talk!, during);
    expect(await checkInWithCode(db, { userId: g1.user.id }, { talkId, code, now: during })).toEqual({
      recorded: true,
    });
    expect(await checkInWithCode(db, { userId: g1.user.id }, { talkId, code, now: during })).toEqual({
      recorded: false,
    });
    const later = new Date(during.getTime() + 5 * 60_000);
    expect(await refusal(checkInWithCode(db, { userId: g2.user.id }, { talkId, code, now: later }))).toBe(
      "410 _form talk.checkIn.expired",
    );
    const forged = `${code.split(".")[0]}.${"A".repeat(43)}`;
    expect(await refusal(checkInWithCode(db, { userId: g2.user.id }, { talkId, code: forged, now: during }))).toBe(
      "403 _form talk.checkIn.forged",
    );
    // A walk-in checked in by staff with the student number, once.
    expect(
      (await checkInByStudentNumber(db, desk.staff.actor, { talkId, studentNo: g3.graduate.studentNo, now: during }))
        .recorded,
    ).toBe(true);
    expect(
      (await checkInByStudentNumber(db, desk.staff.actor, { talkId, studentNo: g3.graduate.studentNo, now: during }))
        .recorded,
    ).toBe(false);

    // The employer's room screen shows the QR code as SVG; a graduate may not open it.
    const screen = await roomScreen(db, actingAs("employer", { userId: who.user.id }), { talkId, now: during });
    expect(screen.svg).toContain("<svg");
    expect(screen.url).toContain(`/talks/${talkId}/check-in?code=`);
    expect(await refusal(roomScreen(db, actingAs("graduate", { userId: g1.user.id }), { talkId, now: during }))).toBe(
      "403 _form error.forbidden",
    );

    const report = await talkReport(db, desk.staff.actor, talkId);
    expect({ signedUp: report.signedUp, attended: report.attended, walkIns: report.walkIns }).toEqual({
      signedUp: 2,
      attended: 2,
      walkIns: 1,
    });
    // The Excel export holds exactly the tables the staff page shows.
    const staffPage = await callRoute(staffTalk.loader, {
      path: `/staff/talks/${talkId}`,
      params: { id: talkId },
      cookie: desk.staff.cookie,
    });
    const tables = talkReportTables(
      staffPage.data as Awaited<ReturnType<typeof staffTalk.loader>>,
      (key, params) => translate("zh-CN", key, params),
      "zh-CN",
    );
    const workbook = await workbookFrom(talkXlsx.loader, {
      path: `/staff/talks/${talkId}/report.xlsx`,
      params: { id: talkId },
      cookie: desk.staff.cookie,
    });
    expect(workbook.sheets).toEqual(asSheets(tables));
    expect(tables[0]!.rows.slice(1)).toEqual([
      ["已报名", 2],
      ["已签到", 2],
      ["现场签到（未报名）", 1],
    ]);

    const ics = await talkCalendar(db, talk!, null);
    expect(ics).toContain(`UID:talk-${talkId}@jiuye`);
    expect(ics).toContain("LOCATION:图书馆 " + room.name);
  });

  it("records online attendance when a graduate opens the join link during the talk, not before", async () => {
    const db = await getDb();
    const who = await desk.recruiter("深圳云天励飞技术有限公司");
    const { talkId } = await requestTalk(
      db,
      { userId: who.user.id },
      TalkRequestSchema.parse({
        title: "空中宣讲会",
        brochure: "招聘简章：算法工程师 5 人。",
        mode: "online",
        meetingLink: "https://meeting.tencent.com/dm/9XyZ1234",
        talkDate: ahead(7),
        slot: "evening",
        capacity: "500",
      }),
    );
    await decideTalk(db, desk.staff.actor, { talkId, decision: "approve" });
    const g = await linkedGraduate(desk.school);
    const [talk] = await db.select().from(talks).where(eq(talks.id, talkId));
    const { start } = talkWindow(talk!);
    const before = await joinOnlineTalk(
      db,
      { userId: g.user.id },
      { talkId, now: new Date(start.getTime() - 3 * 3600_000) },
    );
    expect(before).toEqual({ location: "https://meeting.tencent.com/dm/9XyZ1234", recorded: false });
    const during = await joinOnlineTalk(db, { userId: g.user.id }, { talkId, now: new Date(start.getTime() + 60_000) });
    expect(during.recorded).toBe(true);
    expect((await talkReport(db, desk.staff.actor, talkId)).rows.map((r) => r.method)).toEqual(["online"]);
  });
});
