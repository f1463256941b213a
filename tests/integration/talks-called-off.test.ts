import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { TalkRequestSchema } from "../../app/talks/schema";
import {
  cancelTalk,
  decideTalk,
  listVenues,
  requestTalk,
  signUpForTalk,
  venueCalendar,
  withdrawTalk,
} from "../../app/talks/talks.server";
import * as employerTalks from "../../app/routes/employer.talks";
import * as talkPage from "../../app/routes/talks.$id";
import * as talkQrSvg from "../../app/routes/talks.$id.qr[.]svg";
import * as talksFeed from "../../app/routes/talks.feed[.]atom";
import * as staffTalks from "../../app/routes/staff.talks._index";
import { auditLog, talkPostings, talks } from "../../db/schema";
import { refusal } from "../support/fairs";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { schoolDate } from "../../app/time";
import { calendarOf } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { callRoute, errorKeys } from "../support/remix";
import { ahead, useTalkDesk } from "../support/talks";

const desk = useTalkDesk({ name: (n) => `${n}0${n} 多媒体教室`, building: "第二教学楼", capacity: 200 });

/** An approved on-campus talk a week ahead with two graduates signed up. */
async function approvedTalk(name: string) {
  const db = await getDb();
  const venue = await desk.venue();
  const who = await desk.recruiter(name);
  const form = TalkRequestSchema.parse({
    title: "2027届春季校园招聘宣讲会",
    brochure: "一、单位简介……二、招聘岗位：嵌入式软件工程师 5 人。",
    mode: "on_campus",
    venueId: String(venue.id),
    talkDate: ahead(7),
    slot: "afternoon",
    postingIds: [who.postingId],
  });
  const { talkId } = await requestTalk(db, { userId: who.user.id }, form);
  await decideTalk(db, desk.staff.actor, { talkId, decision: "approve" });
  const people = [
    await linkedGraduate(desk.school, { resume: false }),
    await linkedGraduate(desk.school, { resume: false }),
  ];
  for (const person of people) await signUpForTalk(db, { userId: person.user.id }, { talkId });
  await drainOutbox();
  return { talkId, who, venue, people };
}

describe("calling a talk off", () => {
  it("the employer withdraws from their page: the slot is freed and each graduate signed up is mailed the cancellation", async () => {
    const db = await getDb();
    const { talkId, who, venue, people } = await approvedTalk("无锡先导智能装备有限公司");
    const result = await callRoute(employerTalks.action, {
      path: "/employer/talks",
      cookie: who.cookie,
      form: { _formId: `withdraw-${talkId}`, intent: "withdraw", talkId },
    });
    expect(result.status).toBe(200);
    expect((result.data as { done: { key: string; params: { count: number } } }).done).toMatchObject({
      params: { count: 2 },
    });
    const [row] = await db.select().from(talks).where(eq(talks.id, talkId));
    expect(row!.status).toBe("withdrawn");
    const calendar = await venueCalendar(db, { from: schoolDate(), to: ahead(10) });
    expect(calendar.find((c) => c.venue.id === venue.id)!.bookings).toEqual([]);
    await drainOutbox();
    for (const person of people) {
      const cancellation = await desk.receiver.waitForSubject(person.user.email, "宣讲会取消");
      expect(cancellation.text).toContain("无锡先导智能装备有限公司");
      expect(calendarOf(cancellation).method).toBe("CANCEL");
    }
    // Once withdrawn there is nothing left to withdraw.
    expect(await refusal(withdrawTalk(db, { userId: who.user.id }, { talkId }))).toMatch(/^409 machine\.refused/);
  });

  it("staff cancel with a reason, which reaches the employer and the graduates; without one it is refused on the field", async () => {
    const db = await getDb();
    const { talkId, who, people } = await approvedTalk("常州天合光能科技有限公司");
    const noReason = await callRoute(staffTalks.action, {
      path: "/staff/talks",
      cookie: desk.staff.cookie,
      form: { _formId: `cancel-${talkId}`, intent: "cancel", talkId, reason: "  " },
    });
    expect(noReason.status).toBe(400);
    expect(errorKeys(noReason)).toEqual({ reason: ["talk.cancel.reasonRequired"] });
    const reason = "报告厅临时检修，请改期。";
    const result = await callRoute(staffTalks.action, {
      path: "/staff/talks",
      cookie: desk.staff.cookie,
      form: { _formId: `cancel-${talkId}`, intent: "cancel", talkId, reason },
    });
    expect(result.status).toBe(200);
    await drainOutbox();
    const toEmployer = await desk.receiver.waitForSubject(who.user.email, "宣讲会已被取消");
    expect(toEmployer.text).toContain(reason);
    for (const person of people) {
      const mail = await desk.receiver.waitForSubject(person.user.email, "宣讲会取消");
      expect(mail.text).toContain(reason);
      expect(calendarOf(mail).method).toBe("CANCEL");
    }
    const [row] = await db.select().from(talks).where(eq(talks.id, talkId));
    expect(row).toMatchObject({ status: "cancelled", decisionReason: reason });
  });

  it("writes each move with who made it and audits it as talk.<event>, and a refused move leaves no trace", async () => {
    const db = await getDb();
    const trail = async (talkId: string) =>
      db
        .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, subjectType: auditLog.subjectType })
        .from(auditLog)
        .where(eq(auditLog.subjectId, talkId))
        .orderBy(asc(auditLog.id));
    const withdrawn = await approvedTalk("苏州汇川技术有限公司");
    await withdrawTalk(db, { userId: withdrawn.who.user.id }, { talkId: withdrawn.talkId });
    expect(await refusal(cancelTalk(db, desk.staff.actor, { talkId: withdrawn.talkId, reason: "停电" }))).toMatch(
      /^409 machine\.refused/,
    );
    expect(await trail(withdrawn.talkId)).toEqual([
      { action: "talk.request", actorUserId: withdrawn.who.user.id, subjectType: "talk" },
      { action: "talk.approve", actorUserId: desk.staff.actor.userId, subjectType: "talk" },
      { action: "talk.withdraw", actorUserId: withdrawn.who.user.id, subjectType: "talk" },
    ]);
    const cancelled = await approvedTalk("无锡华润微电子有限公司");
    await cancelTalk(db, desk.staff.actor, { talkId: cancelled.talkId, reason: "停电" });
    expect((await trail(cancelled.talkId)).map((entry) => entry.action)).toEqual([
      "talk.request",
      "talk.approve",
      "talk.cancel",
    ]);
    const [row] = await db.select().from(talks).where(eq(talks.id, cancelled.talkId));
    expect(row).toMatchObject({ status: "cancelled", decisionReason: "停电", decidedBy: desk.staff.actor.userId });
  });

  it("refuses to call off a talk that has started", async () => {
    const db = await getDb();
    const { talkId, who } = await approvedTalk("南通中天科技海缆有限公司");
    const [row] = await db.select().from(talks).where(eq(talks.id, talkId));
    const during = new Date(`${row!.talkDate}T06:30:00Z`); // 14:30 at desk.school, the afternoon slot
    expect(await refusal(withdrawTalk(db, { userId: who.user.id }, { talkId, now: during }))).toBe(
      "409 talk.calledOff.started",
    );
    expect(await refusal(cancelTalk(db, desk.staff.actor, { talkId, reason: "停电", now: during }))).toBe(
      "409 talk.calledOff.started",
    );
  });
});

describe("venues and requests", () => {
  it("lets staff edit a venue; a booked talk keeps its capacity, a new request takes the new one", async () => {
    const db = await getDb();
    const { talkId, venue } = await approvedTalk("徐州徐工信息技术有限公司");
    const result = await callRoute(staffTalks.action, {
      path: "/staff/talks",
      cookie: desk.staff.cookie,
      form: {
        _formId: `venue-edit-${venue.id}`,
        intent: "venue_edit",
        venueId: String(venue.id),
        name: "学术报告厅（改造后）",
        building: "图书馆",
        capacity: "80",
      },
    });
    expect(result.status).toBe(200);
    const edited = (await listVenues(db)).find((v) => v.id === venue.id)!;
    expect(edited).toMatchObject({ name: "学术报告厅（改造后）", building: "图书馆", capacity: 80 });
    const [booked] = await db.select().from(talks).where(eq(talks.id, talkId));
    expect(booked!.capacity).toBe(200);
    const taken = await callRoute(staffTalks.action, {
      path: "/staff/talks",
      cookie: desk.staff.cookie,
      form: {
        _formId: "venue-edit-x",
        intent: "venue_edit",
        venueId: String(venue.id),
        name: "",
        building: "",
        capacity: "0",
      },
    });
    expect(taken.status).toBe(400);
    expect(errorKeys(taken)).toMatchObject({
      name: ["talkVenue.field.name.required"],
      building: ["talkVenue.field.building.required"],
      capacity: ["talkVenue.field.capacity.invalid"],
    });
  });

  it("shows an employer requesting a talk which venue slots are taken, not whose talk holds them", async () => {
    const { venue, talkId } = await approvedTalk("绍兴黄酒集团有限公司");
    const [held] = await (await getDb()).select().from(talks).where(eq(talks.id, talkId));
    const asker = await desk.recruiter("嘉兴斯达半导体股份有限公司");
    const page = await callRoute(employerTalks.loader, { path: "/employer/talks", cookie: asker.cookie });
    const data = page.data as {
      venues: { id: number }[];
      booked: { venueId: number; slots: { talkDate: string; slot: string }[] }[];
    };
    expect(data.venues.map((v) => v.id)).toContain(venue.id);
    expect(data.booked.find((b) => b.venueId === venue.id)!.slots).toEqual([
      { talkDate: held!.talkDate, slot: "afternoon" },
    ]);
    expect(JSON.stringify(data.booked)).not.toContain("绍兴黄酒");
  });

  it("features the postings ticked on the request form, and refuses one that is not the employer's", async () => {
    const db = await getDb();
    const venue = await desk.venue();
    const who = await desk.recruiter("合肥国轩高科动力能源有限公司");
    const second = await publishedPosting(who.user.id, desk.staff.user.id, { title: "电池工艺工程师" });
    const other = await desk.recruiter("芜湖奇瑞汽车股份有限公司");
    const form = {
      _formId: "request",
      intent: "request",
      title: "2027届国轩高科专场宣讲会",
      brochure: "一、公司简介……二、招聘岗位：电池工艺工程师。",
      mode: "on_campus",
      venueId: String(venue.id),
      talkDate: ahead(9),
      slot: "morning",
      postingIds: [who.postingId, second],
    };
    const page = await callRoute(employerTalks.loader, { path: "/employer/talks", cookie: who.cookie });
    expect((page.data as { ownPostings: { id: string }[] }).ownPostings.map((p) => p.id).sort()).toEqual(
      [who.postingId, second].sort(),
    );
    const refused = await callRoute(employerTalks.action, {
      path: "/employer/talks",
      cookie: who.cookie,
      form: { ...form, postingIds: [who.postingId, other.postingId] },
    });
    expect(errorKeys(refused)).toEqual({ postingIds: ["talk.field.postings.notPublished"] });
    const ok = await callRoute(employerTalks.action, { path: "/employer/talks", cookie: who.cookie, form });
    expect(ok.status).toBe(200);
    const [talk] = await db.select().from(talks).where(eq(talks.title, "2027届国轩高科专场宣讲会"));
    const featured = await db.select().from(talkPostings).where(eq(talkPostings.talkId, talk!.id));
    expect(featured.map((f) => f.postingId).sort()).toEqual([who.postingId, second].sort());
  });

  it("counts public holidays and 调休 in the notice: a request on 2026-09-28 may be for Saturday 10 October, not the 9th", async () => {
    const db = await getDb();
    const who = await desk.recruiter("温州正泰电器股份有限公司");
    const online = (talkDate: string) =>
      TalkRequestSchema.parse({
        title: "正泰电器空中宣讲会",
        brochure: "招聘岗位：电气工程师。",
        mode: "online",
        meetingLink: "https://meeting.tencent.com/dm/zhengtai",
        capacity: "300",
        talkDate,
        slot: "evening",
        postingIds: [],
      });
    const now = new Date("2026-09-28T02:00:00Z"); // Monday 10:00 at desk.school
    expect(await refusal(requestTalk(db, { userId: who.user.id }, { ...online("2026-10-09"), now }))).toBe(
      "400 talk.field.date.tooSoon",
    );
    expect(await refusal(requestTalk(db, { userId: who.user.id }, { ...online("2026-10-10"), now }))).toBe("ok");
  });
});

describe("sharing a talk", () => {
  it("gives an approved talk a share card and a QR code; a withdrawn one has none", async () => {
    const db = await getDb();
    const { talkId, who } = await approvedTalk("杭州老板电器股份有限公司");
    const page = await callRoute(talkPage.loader, { path: `/talks/${talkId}`, params: { id: talkId } });
    const share = (page.data as { share: { wechat: string; weibo: string } }).share;
    expect(share.wechat).toContain("杭州老板电器股份有限公司");
    expect(share.wechat).toContain(`/talks/${talkId}`);
    expect(share.wechat).toContain("第二教学楼");
    const qr = await callRoute(talkQrSvg.loader, { path: `/talks/${talkId}/qr.svg`, params: { id: talkId } });
    expect(qr.status).toBe(200);
    expect(String(qr.data)).toContain("<svg");
    await withdrawTalk(db, { userId: who.user.id }, { talkId });
    const gone = await callRoute(talkQrSvg.loader, { path: `/talks/${talkId}/qr.svg`, params: { id: talkId } });
    expect(gone.status).toBe(404);
  });

  it("puts an approved talk in the Atom feed with its page and time, a withdrawn one not, and never the meeting link", async () => {
    const db = await getDb();
    const shown = await approvedTalk("宁波舜宇光学科技有限公司");
    const gone = await approvedTalk("台州吉利汽车研究院有限公司");
    await withdrawTalk(db, { userId: gone.who.user.id }, { talkId: gone.talkId });
    const who = await desk.recruiter("义乌小商品城控股有限公司");
    const online = TalkRequestSchema.parse({
      title: "小商品城空中宣讲会",
      brochure: "招聘岗位：跨境电商运营。",
      mode: "online",
      meetingLink: "https://meeting.tencent.com/dm/yiwu-secret-room",
      capacity: "300",
      talkDate: ahead(8),
      slot: "evening",
      postingIds: [],
    });
    const { talkId: onlineId } = await requestTalk(db, { userId: who.user.id }, online);
    const requested = await callRoute(talksFeed.loader, { path: "/talks/feed.atom" });
    expect(String(requested.data)).not.toContain(onlineId);
    await decideTalk(db, desk.staff.actor, { talkId: onlineId, decision: "approve" });

    const feed = await callRoute(talksFeed.loader, { path: "/talks/feed.atom" });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = String(feed.data);
    expect(xml).toContain(
      `<link rel="alternate" type="text/html" href="http://localhost:3000/talks/${shown.talkId}"/>`,
    );
    expect(xml).toContain("宁波舜宇光学科技有限公司：2027届春季校园招聘宣讲会");
    expect(xml).toContain(`${ahead(7)} 14:00–16:00｜第二教学楼`);
    expect(xml).toContain(`/talks/${onlineId}`);
    expect(xml).not.toContain(gone.talkId);
    expect(xml).not.toContain("yiwu-secret-room");
  });
});
