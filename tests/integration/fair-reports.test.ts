import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createFair, registerForFair } from "../../app/fairs/fairs.server";
import { callNext, finishChat, joinQueue, markInterest, startChat } from "../../app/fairs/queue.server";
import { fairReportTables } from "../../app/fairs/report";
import {
  cancelBoothSession,
  createBoothSession,
  joinSession,
  registerForSession,
} from "../../app/fairs/sessions.server";
import { translate } from "../../app/i18n/messages";
import { seasonTables, type SeasonSummary } from "../../app/reports/season";
import { addCalendarDays, schoolDate, schoolInstant } from "../../app/time";
import * as boothPage from "../../app/routes/fairs.$id_.booths.$boothId";
import * as fairPage from "../../app/routes/fairs.$id";
import * as fairQrSvg from "../../app/routes/fairs.$id.qr[.]svg";
import * as boothQrPng from "../../app/routes/fairs.$id_.booths.$boothId.qr[.]png";
import * as frontDoor from "../../app/routes/_index";
import * as sessionJoin from "../../app/routes/fairs.$id_.sessions.$sessionId.join";
import * as reportPage from "../../app/routes/staff.fairs.$id_.report";
import * as reportXlsx from "../../app/routes/staff.fairs.$id.report[.]xlsx";
import * as seasonPage from "../../app/routes/staff.reports.season";
import * as seasonXlsx from "../../app/routes/staff.reports.season[.]xlsx";
import * as sitemapRoute from "../../app/routes/sitemap[.]xml";
import type { School } from "../../seed/factories";
import { fairBoothSessions, fairQueueEntries, fairRegistrations, fairSessionRegistrations } from "../../db/schema";
import { asSheets, workbookFrom } from "../support/excel";
import { fairForm, fairStaff, liveFair, openFair, refusal, today, todayAt } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { ensureIndex } from "../support/vetting";

let school: School;
let staff: Awaited<ReturnType<typeof fairStaff>>;
let receiver: SmtpReceiver;
const at = todayAt;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  staff = await fairStaff();
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
});

afterAll(async () => {
  useSmtp(undefined);
  await receiver.stop();
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
};

/** "HH:MM" at school of an instant. */
const clock = (instant: Date) => new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

/**
 * A live fair with two booths and capacity 3: three registered, one waitlisted; two chats at booth A,
 * one graduate only waiting at booth B, and a group session at booth B tomorrow night with two places,
 * both taken, one used. The fair runs from the day before the file's day to the day after, so a
 * session at the real time (the page's action and the join link run at it) falls on one of its days
 * at any hour, and tomorrow night's session has not begun whenever the test runs.
 */
async function busyFair() {
  const db = await getDb();
  const { fair, exhibitors } = await liveFair(staff, school, {
    booths: 2,
    names: ["合肥科大讯联信息技术有限公司", "成都天府软件园有限公司"],
    fair: { graduateCapacity: "3", startsOn: addCalendarDays(today(), -1), endsOn: addCalendarDays(today(), 1) },
  });
  const [a, b] = exhibitors;
  const people = [];
  for (let i = 0; i < 4; i++) {
    const person = await linkedGraduate(school, { resume: false });
    await registerForFair(db, { userId: person.user.id }, { fairId: fair.id });
    people.push(person);
  }
  const [zhang, li, wang] = people;
  const repA = { userId: a!.who.owner.user.id };
  const colleagueA = { userId: a!.who.colleague.user.id };
  await joinQueue(db, { userId: zhang!.user.id }, { boothId: a!.boothId, now: at(0) });
  await joinQueue(db, { userId: li!.user.id }, { boothId: a!.boothId, now: at(1) });
  await joinQueue(db, { userId: wang!.user.id }, { boothId: b!.boothId, now: at(2) });
  const first = await callNext(db, repA, { boothId: a!.boothId, now: at(4) });
  await startChat(db, repA, { entryId: first.id, as: "representative", now: at(5) });
  await finishChat(db, repA, { entryId: first.id, now: at(13) });
  await markInterest(db, repA, { entryId: first.id, interest: "interested", note: "基础扎实。" });
  const second = await callNext(db, colleagueA, { boothId: a!.boothId, now: at(6) });
  await startChat(db, colleagueA, { entryId: second.id, as: "representative", now: at(7) });
  await finishChat(db, colleagueA, { entryId: second.id, now: at(11) });
  // Scheduled at ten this morning for 23:00 tomorrow: 李 and 张 take the two places, 李 comes.
  const sessionDay = addCalendarDays(today(), 1);
  const { sessionId } = await createBoothSession(
    db,
    { userId: b!.who.owner.user.id },
    {
      boothId: b!.boothId,
      title: "嵌入式岗位答疑",
      date: sessionDay,
      time: "23:00",
      minutes: 30,
      capacity: 2,
      meetingLink: "https://meeting.tencent.com/dm/session1",
      now: at(0),
    },
  );
  await registerForSession(db, { userId: li!.user.id }, { sessionId, now: at(1) });
  await registerForSession(db, { userId: zhang!.user.id }, { sessionId, now: at(2) });
  const joined = await joinSession(db, { userId: li!.user.id }, { sessionId, now: schoolInstant(sessionDay, "23:05") });
  expect(joined).toEqual({ ok: true, location: "https://meeting.tencent.com/dm/session1" });
  return { fair, a: a!, b: b!, people, sessionId };
}

describe("the fair report page", () => {
  it("shows per fair and per booth figures equal to the rows", async () => {
    const db = await getDb();
    const { fair, a, b } = await busyFair();
    const result = await callRoute(reportPage.loader, {
      path: `/staff/fairs/${fair.id}/report`,
      params: { id: fair.id },
      cookie: staff.cookie,
    });
    expect(result.status).toBe(200);
    const page = result.data as Awaited<ReturnType<typeof reportPage.loader>>;

    const registrations = await db.select().from(fairRegistrations).where(eq(fairRegistrations.fairId, fair.id));
    const entries = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.fairId, fair.id));
    const sessions = await db.select().from(fairBoothSessions).where(eq(fairBoothSessions.fairId, fair.id));
    const places = await db
      .select()
      .from(fairSessionRegistrations)
      .where(
        inArray(
          fairSessionRegistrations.sessionId,
          sessions.map((s) => s.id),
        ),
      );
    const expected = (boothId: string | null) => {
      const rows = entries.filter((e) => boothId === null || e.boothId === boothId);
      const mine = sessions.filter((s) => boothId === null || s.boothId === boothId);
      const taken = places.filter((p) => mine.some((s) => s.id === p.sessionId));
      const chats = rows.filter((r) => r.chatStartedAt && r.chatEndedAt);
      return {
        checkIns: new Set([
          ...rows.map((r) => r.graduateId),
          ...taken.filter((p) => p.attendedAt).map((p) => p.graduateId),
        ]).size,
        queueJoins: rows.length,
        chatsHeld: chats.length,
        medianWaitMinutes: median(
          rows.filter((r) => r.calledAt).map((r) => (r.calledAt!.getTime() - r.joinedAt.getTime()) / 60_000),
        ),
        medianChatMinutes: median(chats.map((r) => (r.chatEndedAt!.getTime() - r.chatStartedAt!.getTime()) / 60_000)),
        interestMarked: rows.filter((r) => r.interest).length,
        applications: new Set(rows.map((r) => r.applicationId).filter(Boolean)).size,
        interviews: new Set(rows.map((r) => r.interviewId).filter(Boolean)).size,
        offers: 0,
        sessions: mine.filter((s) => !s.cancelledAt).length,
        sessionRegistrations: taken.length,
        sessionAttendance: taken.filter((p) => p.attendedAt).length,
      };
    };
    expect(page.report.registrations).toBe(registrations.filter((r) => r.status === "registered").length);
    expect(page.report.waitlist).toBe(registrations.filter((r) => r.status === "waitlisted").length);
    expect(page.report.totals).toEqual(expected(null));
    const byBooth = Object.fromEntries(page.report.booths.map(({ boothId, employerName: _n, ...f }) => [boothId, f]));
    expect(byBooth[a.boothId]).toEqual(expected(a.boothId));
    expect(byBooth[b.boothId]).toEqual(expected(b.boothId));
    // What staff read: 3 registered and 1 waitlisted; 3 checked in (two at booth A's line, 王 at B's;
    // 李 also came to B's session); 2 chats of 8 and 4 minutes after waits of 4 and 5 minutes.
    expect(page.report).toMatchObject({ registrations: 3, waitlist: 1 });
    expect(page.report.totals).toMatchObject({
      checkIns: 3,
      queueJoins: 3,
      chatsHeld: 2,
      medianWaitMinutes: 4.5,
      medianChatMinutes: 6,
      interestMarked: 1,
      sessions: 1,
      sessionRegistrations: 2,
      sessionAttendance: 1,
    });
    expect(byBooth[b.boothId]).toMatchObject({ checkIns: 2, queueJoins: 1, chatsHeld: 0, medianWaitMinutes: null });
  });

  it("exports an Excel workbook equal to the page's tables, in the reader's language", async () => {
    const { fair } = await busyFair();
    const page = (
      await callRoute(reportPage.loader, {
        path: `/staff/fairs/${fair.id}/report`,
        params: { id: fair.id },
        cookie: staff.cookie,
      })
    ).data as Awaited<ReturnType<typeof reportPage.loader>>;
    const zh = fairReportTables(page, (key, params) => translate("zh-CN", key, params));
    const workbook = await workbookFrom(reportXlsx.loader, {
      path: `/staff/fairs/${fair.id}/report.xlsx`,
      params: { id: fair.id },
      cookie: staff.cookie,
    });
    expect(workbook.status).toBe(200);
    expect(workbook.contentType).toContain("spreadsheetml");
    expect(workbook.sheets).toEqual(asSheets(zh));
    // The dash of a booth nobody was called at is the same on the page and in the workbook.
    expect(JSON.stringify(workbook.sheets)).toContain("—");
    expect(zh[0]!.rows[0]).toEqual(["报名人数", 3]);
  });

  it("is for the staff who run the fair: another college's staff are refused", async () => {
    const collegeId = school.colleges[1]!.id;
    const other = await signedIn("staff", { collegeId });
    const { fair } = await busyFair();
    const result = await callRoute(reportPage.loader, {
      path: `/staff/fairs/${fair.id}/report`,
      params: { id: fair.id },
      cookie: other.cookie,
    });
    expect(result.status).toBe(403);
  });
});

describe("group sessions of a booth", () => {
  it("let registered graduates take places up to the capacity and refuse the unregistered", async () => {
    const db = await getDb();
    const { fair, b, people, sessionId } = await busyFair();
    const [, , wang, zhao] = people;
    // Two places, both taken by 李 and 张.
    expect(await refusal(registerForSession(db, { userId: wang!.user.id }, { sessionId, now: at(0) }))).toBe(
      "409 fairSession.full",
    );
    // 赵 is on the waitlist, not registered for the fair.
    expect(await refusal(registerForSession(db, { userId: zhao!.user.id }, { sessionId, now: at(0) }))).toBe(
      "403 fairSession.notRegisteredForFair",
    );
    const outsider = await linkedGraduate(school, { resume: false });
    expect(await refusal(registerForSession(db, { userId: outsider.user.id }, { sessionId, now: at(0) }))).toBe(
      "403 fairSession.notRegisteredForFair",
    );
    // The page's action runs at the real time, before tomorrow night's session whatever the hour.
    const page = await callRoute(boothPage.action, {
      path: `/fairs/${fair.id}/booths/${b.boothId}`,
      params: { id: fair.id, boothId: b.boothId },
      cookie: outsider.cookie,
      form: { _formId: `register-${sessionId}`, intent: "session_register", sessionId },
    });
    expect(page.status).toBe(403);
  });

  it("sends a graduate with a place to the meeting during the session and records them once; elsewhere back to the booth", async () => {
    const db = await getDb();
    const { fair, b, people } = await busyFair();
    // 王 is registered for the fair (the third to register) and has no session place yet.
    const graduate = people[2]!;
    // Started two minutes ago at the real time (the join link runs at it), scheduled an hour before; on
    // one of the fair's three days at any hour, also when two minutes ago was yesterday at school.
    const start = new Date(Date.now() - 2 * 60_000);
    const { sessionId } = await createBoothSession(
      db,
      { userId: b.who.owner.user.id },
      {
        boothId: b.boothId,
        title: "产品经理岗位介绍",
        date: schoolDate(start),
        time: clock(start),
        minutes: 30,
        capacity: 10,
        meetingLink: "https://vc.feishu.cn/j/555666777",
        now: new Date(start.getTime() - 3600_000),
      },
    );
    const page = await callRoute(boothPage.action, {
      path: `/fairs/${fair.id}/booths/${b.boothId}`,
      params: { id: fair.id, boothId: b.boothId },
      cookie: graduate.cookie,
      form: { _formId: `register-${sessionId}`, intent: "session_register", sessionId },
    });
    expect(page.status).toBe(200);
    const join = () =>
      callRoute(sessionJoin.loader, {
        path: `/fairs/${fair.id}/sessions/${sessionId}/join`,
        params: { id: fair.id, sessionId },
        cookie: graduate.cookie,
      });
    const first = await join();
    expect(first.status).toBe(302);
    expect(first.location).toBe("https://vc.feishu.cn/j/555666777");
    const [place] = await db
      .select()
      .from(fairSessionRegistrations)
      .where(eq(fairSessionRegistrations.sessionId, sessionId));
    expect(place!.attendedAt).not.toBeNull();
    await join();
    const [again] = await db
      .select()
      .from(fairSessionRegistrations)
      .where(eq(fairSessionRegistrations.sessionId, sessionId));
    expect(again!.attendedAt).toEqual(place!.attendedAt);

    // Someone without a place is sent back to the booth page, which says why.
    const stranger = await linkedGraduate(school, { resume: false });
    const back = await callRoute(sessionJoin.loader, {
      path: `/fairs/${fair.id}/sessions/${sessionId}/join`,
      params: { id: fair.id, sessionId },
      cookie: stranger.cookie,
    });
    expect(back.location).toBe(`/fairs/${fair.id}/booths/${b.boothId}?join=noPlace`);
    const booth = await callRoute(boothPage.loader, {
      path: `/fairs/${fair.id}/booths/${b.boothId}?join=noPlace`,
      params: { id: fair.id, boothId: b.boothId },
      cookie: stranger.cookie,
    });
    expect((booth.data as { joinRefusal: string }).joinRefusal).toBe("noPlace");
  });

  it("mails everyone with a place when the employer cancels a session", async () => {
    const db = await getDb();
    const { b, people, sessionId } = await busyFair();
    const [zhang, li] = people;
    await cancelBoothSession(db, { userId: b.who.colleague.user.id }, { sessionId, now: at(3) });
    await drainOutbox();
    for (const person of [zhang!, li!]) {
      const mail = await receiver.waitForSubject(person.user.email, "小组宣讲取消");
      expect(mail.text).toContain("嵌入式岗位答疑");
    }
    expect(await refusal(registerForSession(db, { userId: zhang!.user.id }, { sessionId, now: at(4) }))).toBe(
      "409 fairSession.cancelled",
    );
  });
});

describe("sharing fairs and booths, the sitemap and the front door", () => {
  it("gives a public fair and booth a share card, QR codes and Open Graph texts; a draft fair has none", async () => {
    const { fair, a } = await busyFair();
    const page = await callRoute(fairPage.loader, { path: `/fairs/${fair.id}`, params: { id: fair.id } });
    const data = page.data as { url: string; share: { wechat: string; weibo: string } };
    expect(data.share.wechat).toContain(fair.title);
    expect(data.share.wechat).toContain(`/fairs/${fair.id}`);
    expect(data.share.wechat).toContain("参会单位：2 家");
    const svg = await callRoute(fairQrSvg.loader, { path: `/fairs/${fair.id}/qr.svg`, params: { id: fair.id } });
    expect(svg.status).toBe(200);
    expect(String(svg.data)).toContain("<svg");
    const png = await boothQrPng.loader({
      request: new Request(`http://localhost/fairs/${fair.id}/booths/${a.boothId}/qr.png`),
      params: { id: fair.id, boothId: a.boothId },
      context: {},
    });
    expect(png.status).toBe(200);
    expect(png.headers.get("Content-Type")).toBe("image/png");

    const booth = await callRoute(boothPage.loader, {
      path: `/fairs/${fair.id}/booths/${a.boothId}`,
      params: { id: fair.id, boothId: a.boothId },
    });
    const boothData = booth.data as { share: { wechat: string }; url: string };
    expect(boothData.share.wechat).toContain("合肥科大讯联信息技术有限公司");
    expect(boothData.url).toMatch(new RegExp(`/fairs/${fair.id}/booths/${a.boothId}$`));

    const draft = await createFair(await getDb(), staff.actor, fairForm());
    const hidden = await callRoute(fairQrSvg.loader, { path: `/fairs/${draft.id}/qr.svg`, params: { id: draft.id } });
    expect(hidden.status).toBe(404);
  });

  it("lists public fairs, their booths and approved talks in /sitemap.xml and coming fairs on the front door", async () => {
    const { fair, a, b } = await busyFair();
    const xml = (await callRoute(sitemapRoute.loader, { path: "/sitemap.xml" })).data as string;
    expect(xml).toContain(`/fairs/${fair.id}</loc>`);
    expect(xml).toContain(`/fairs/${fair.id}/booths/${a.boothId}</loc>`);
    expect(xml).toContain(`/fairs/${fair.id}/booths/${b.boothId}</loc>`);
    expect(xml).toContain("/talks</loc>");
    const home = (await callRoute(frontDoor.loader, { path: "/" })).data as {
      events: { kind: string; id: string }[];
    };
    expect(home.events.some((e) => e.kind === "fair")).toBe(true);
    expect(home.events.length).toBeLessThanOrEqual(6);
  });
});

describe("the season summary", () => {
  it("counts the fairs held, employers, postings featured and graduates taking part, and exports the same tables", async () => {
    const db = await getDb();
    const { fair } = await busyFair();
    // A fair still open to employers is not held yet: it must not count.
    await openFair(staff);
    // The window holds the fair's first day (the day before the file's day), when it counts.
    const season = `from=${addCalendarDays(today(), -1)}&to=${today()}`;
    const path = `/staff/reports/season?${season}`;
    const result = await callRoute(seasonPage.loader, { path, cookie: staff.cookie });
    expect(result.status).toBe(200);
    const summary = (result.data as { summary: SeasonSummary }).summary;
    const held = summary.events.filter((e) => e.kind === "fair");
    const ours = held.find((e) => e.title === fair.title && e.employers === 2);
    expect(ours).toMatchObject({ employers: 2, postings: 2, registered: 3, takingPart: 3 });
    expect(summary.figures.fairsHeld).toBe(held.length);
    expect(summary.figures.eventsHeld).toBe(summary.events.length);
    expect(summary.figures.graduatesTakingPart).toBeGreaterThanOrEqual(3);
    const registered = await db.select().from(fairRegistrations).where(eq(fairRegistrations.fairId, fair.id));
    expect(registered.filter((r) => r.status === "registered")).toHaveLength(3);

    const workbook = await workbookFrom(seasonXlsx.loader, {
      path: `/staff/reports/season.xlsx?${season}`,
      cookie: staff.cookie,
    });
    expect(workbook.sheets).toEqual(asSheets(seasonTables(summary, (key, params) => translate("zh-CN", key, params))));
  });

  it("says what is wrong with a window typed the wrong way round, and keeps it", async () => {
    const result = await callRoute(seasonPage.loader, {
      path: "/staff/reports/season?from=2027-06-30&to=2026-09-01",
      cookie: staff.cookie,
    });
    expect(result.status).toBe(200);
    const data = result.data as { errors: Record<string, string>; typed: Record<string, string> };
    expect(data.errors).toEqual({ to: "season.field.order" });
    expect(data.typed).toEqual({ from: "2027-06-30", to: "2026-09-01" });
    const hostile = await callRoute(seasonPage.loader, {
      path: "/staff/reports/season?from=%27%3B%20drop%20table&to=x",
      cookie: staff.cookie,
    });
    expect(hostile.status).toBe(200);
  });
});
