import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bookSlot,
  cancelByStaff,
  listForGraduate,
  listForStaff,
  publishSlots,
  PublishSchema,
  recordAttendance,
  saveNote,
  sendCounsellingReminders,
  withdrawSlot,
} from "../../app/counselling/counselling.server";
import type { StaffActor } from "../../app/auth/actor";
import { getDb } from "../../app/db.server";
import { DomainError } from "../../app/errors";
import * as graduatePage from "../../app/routes/graduate.counselling";
import * as staffPage from "../../app/routes/staff.counselling";
import { auditLog, counsellingBookings, counsellingSlots } from "../../db/schema";
import type { School } from "../../seed/factories";
import { seedCounselling } from "../../seed/seed-counselling";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { calendarInvitesTo, calendarOf, useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";

let school: School;
let receiver: SmtpReceiver;
let csCollegeId: number;
let econCollegeId: number;

/** Beijing calendar date `days` from today, YYYY-MM-DD. */
function beijingDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}
const beijing = (days: number, hhmm: string) => new Date(`${beijingDate(days)}T${hhmm}:00+08:00`);

const invitesTo = (to: string) => calendarInvitesTo(receiver, to);

async function staffOf(collegeId: number | null) {
  const s = await signedIn("staff", {
    collegeId,
    displayName: collegeId === null ? "就业指导中心 王老师" : "学院 辅导员 刘老师",
  });
  const actor: StaffActor = {
    userId: s.user.id,
    scope: collegeId === null ? { kind: "school" } : { kind: "college", collegeId },
  };
  return { ...s, actor };
}

async function publish(
  actor: StaffActor,
  days: number,
  from: string,
  to: string,
  overrides: Partial<Record<string, unknown>> = {},
) {
  const data = PublishSchema.parse({
    date: beijingDate(days),
    from,
    to,
    minutes: "30",
    mode: "in_person",
    location: "学生事务中心 203",
    topics: ["resume", "interview", "career"],
    ...overrides,
  });
  return publishSlots(await getDb(), { staff: actor, data });
}

beforeAll(async () => {
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
  school = await testSchool();
  csCollegeId = school.majors.find((m) => m.nameZh === "软件工程")!.collegeId;
  econCollegeId = school.majors.find((m) => m.nameZh === "会计学")!.collegeId;
});

afterAll(async () => {
  await receiver?.stop();
  useSmtp(undefined);
});

describe("counselling appointments", () => {
  it("publish → book mails both sides a REQUEST under one UID; a cancel mails a CANCEL with a higher SEQUENCE", async () => {
    const staff = await staffOf(csCollegeId);
    const g = await linkedGraduate(school, { major: "软件工程", resume: false });
    const published = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: staff.cookie,
      form: {
        intent: "publish",
        date: beijingDate(10),
        from: "14:00",
        to: "15:30",
        minutes: "30",
        breakMinutes: "0",
        weeks: "1",
        mode: "video",
        location: "https://meeting.tencent.com/dm/cs-career-1",
        topics: ["resume", "interview"],
      },
    });
    expect(published.status).toBe(200);
    expect(published.data).toMatchObject({
      ok: true,
      done: { key: "counselling.done.published", params: { count: 3 } },
    });
    const db = await getDb();
    const slots = await db.select().from(counsellingSlots).where(eq(counsellingSlots.counsellorUserId, staff.user.id));
    expect(slots).toHaveLength(3);
    // A college counsellor's slots are for their college by default.
    expect(new Set(slots.map((s) => s.collegeId))).toEqual(new Set([csCollegeId]));
    expect(slots.map((s) => s.startsAt.toISOString()).sort()[0]).toBe(beijing(10, "14:00").toISOString());

    const page = await callRoute(graduatePage.loader, { path: "/graduate/counselling", cookie: g.cookie });
    const open = (page.data as { slots: { id: string; startsAt: string; location: string }[] }).slots.filter((s) =>
      slots.some((x) => x.id === s.id),
    );
    expect(open).toHaveLength(3);
    expect(open[0]!.location).toBe(""); // the meeting link only once booked
    const first = open[0]!;

    const booked = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: g.cookie,
      form: {
        intent: "book",
        slotId: first.id,
        topic: "resume",
        question: "简历项目经历怎么写，才能突出后端开发能力？",
      },
    });
    expect(booked.status).toBe(200);
    const bookingId = (booked.data as { id: string }).id;
    await drainOutbox();
    await receiver.waitForExactly(g.user.email, 1);
    await receiver.waitForExactly(staff.user.email, 1);
    for (const to of [g.user.email, staff.user.email]) {
      const [mail] = invitesTo(to);
      expect(mail, to).toBeDefined();
      expect(mail!.subject).toContain("咨询预约成功");
      const ev = calendarOf(mail!);
      expect(ev.method).toBe("REQUEST");
      expect(ev.get("UID")).toBe(`counselling-${bookingId}@jiuye`);
      expect(ev.get("SEQUENCE")).toBe("0");
      expect(ev.getAll("DTSTART")[0]!.params.TZID).toBe("Asia/Shanghai");
      expect(ev.getAll("DTSTART")[0]!.value).toBe(`${beijingDate(10).replace(/-/g, "")}T140000`);
      expect(ev.get("URL")).toBe("https://meeting.tencent.com/dm/cs-career-1");
    }
    // The slot is gone from the open list; the booking is in the graduate's and the counsellor's lists.
    const after = (await listForGraduate(db, { userId: g.user.id }))!;
    expect(after.slots.map((s) => s.id)).not.toContain(first.id);
    expect(after.bookings.map((b) => b.id)).toEqual([bookingId]);
    expect(after.bookings[0]!.location).toBe("https://meeting.tencent.com/dm/cs-career-1");
    const staffView = await callRoute(staffPage.loader, { path: "/staff/counselling", cookie: staff.cookie });
    expect((staffView.data as { bookings: { id: string; own: boolean }[] }).bookings).toContainEqual(
      expect.objectContaining({ id: bookingId, own: true }),
    );

    // A new meeting link: an updated REQUEST, same UID, SEQUENCE 1; a link that is not https is refused on its field.
    const badMove = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: staff.cookie,
      form: { intent: "move", bookingId, newLocation: "腾讯会议 888" },
    });
    expect(badMove.status).toBe(400);
    expect(errorKeys(badMove)).toEqual({ newLocation: ["counselling.location.link"] });
    expect(badMove.data).toMatchObject({ values: { newLocation: "腾讯会议 888" } });
    const moved = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: staff.cookie,
      form: { intent: "move", bookingId, newLocation: "https://meeting.tencent.com/dm/cs-career-2" },
    });
    expect(moved.status).toBe(200);
    await drainOutbox();
    await receiver.waitForExactly(g.user.email, 2);
    await receiver.waitForExactly(staff.user.email, 2);
    for (const to of [g.user.email, staff.user.email]) {
      const ev = calendarOf(invitesTo(to).at(-1)!);
      expect(ev.method).toBe("REQUEST");
      expect(ev.get("UID")).toBe(`counselling-${bookingId}@jiuye`);
      expect(ev.get("SEQUENCE")).toBe("1");
      expect(ev.get("LOCATION")).toBe("https://meeting.tencent.com/dm/cs-career-2");
    }

    // Cancelling needs a reason (and keeps what was typed), then mails a CANCEL to both.
    const noReason = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: g.cookie,
      form: { intent: "cancel", bookingId, reason: " " },
    });
    expect(noReason.status).toBe(400);
    expect(errorKeys(noReason).reason).toEqual(["counselling.reason.required"]);
    const cancelled = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: g.cookie,
      form: { intent: "cancel", bookingId, reason: "那天有校招宣讲会" },
    });
    expect(cancelled.status).toBe(200);
    await drainOutbox();
    await receiver.waitForExactly(staff.user.email, 3);
    await receiver.waitForExactly(g.user.email, 3);
    for (const to of [g.user.email, staff.user.email]) {
      const ev = calendarOf(invitesTo(to).at(-1)!);
      expect(ev.method).toBe("CANCEL");
      expect(ev.get("UID")).toBe(`counselling-${bookingId}@jiuye`);
      expect(ev.get("SEQUENCE")).toBe("2");
      expect(ev.get("STATUS")).toBe("CANCELLED");
    }
    const [stored] = await db.select().from(counsellingBookings).where(eq(counsellingBookings.id, bookingId));
    expect(stored).toMatchObject({
      status: "cancelled",
      cancelledBy: "graduate",
      cancelReason: "那天有校招宣讲会",
      sequence: 2,
    });
    // A graduate's cancellation frees the slot for others.
    const afterCancel = (await listForGraduate(db, { userId: g.user.id }))!;
    expect(afterCancel.slots.map((s) => s.id)).toContain(first.id);
    // The cancelled booking no longer shows the meeting link: the slot can be booked by someone else.
    expect(afterCancel.bookings.find((b) => b.id === bookingId)).toMatchObject({ status: "cancelled", location: "" });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "counselling_booking"), eq(auditLog.subjectId, bookingId)));
    expect(audit.map((a) => a.action).sort()).toEqual(["counselling.book", "counselling.cancel", "counselling.move"]);
    const publishAudit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "counselling.publish"), eq(auditLog.actorUserId, staff.user.id)));
    expect(publishAudit).toHaveLength(1);
  });

  it("lets exactly one of two concurrent bookings of a slot win, and the database refuses a second active booking", async () => {
    const staff = await staffOf(null);
    const [slot] = await publish(staff.actor, 11, "09:00", "09:30");
    const a = await linkedGraduate(school, { major: "软件工程", resume: false });
    const b = await linkedGraduate(school, { major: "会计学", resume: false });
    const db = await getDb();
    const results = await Promise.allSettled([
      bookSlot(db, { userId: a.user.id }, { data: { slotId: slot!.id, topic: "resume", question: "" } }),
      bookSlot(db, { userId: b.user.id }, { data: { slotId: slot!.id, topic: "career", question: "" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect(refused.reason).toMatchObject({ status: 409, errors: { slotId: [{ key: "counselling.slot.taken" }] } });
    const active = await db.select().from(counsellingBookings).where(eq(counsellingBookings.slotId, slot!.id));
    expect(active).toHaveLength(1);

    // Past the domain layer, straight into the table, it still fails.
    const loser = results[0]!.status === "rejected" ? a : b;
    await expect(
      db
        .insert(counsellingBookings)
        .values({ slotId: slot!.id, graduateId: loser.graduate.id, counsellorUserId: staff.user.id, topic: "resume" }),
    ).rejects.toMatchObject({ cause: { code: "23505", constraint_name: "counselling_bookings_slot_once" } });

    // The winner pressing again is told it is already theirs.
    const winner = loser === a ? b : a;
    await expect(
      bookSlot(db, { userId: winner.user.id }, { data: { slotId: slot!.id, topic: "resume", question: "" } }),
    ).rejects.toMatchObject({ status: 409, message: "counselling.slot.yours" });

    // Through the page the loser gets a clear message and keeps what they typed.
    const page = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: loser.cookie,
      form: { intent: "book", slotId: slot!.id, topic: "resume", question: "想问问简历" },
    });
    expect(page.status).toBe(409);
    expect(errorKeys(page).slotId).toEqual(["counselling.slot.taken"]);
    expect((page.data as { values: Record<string, string> }).values.question).toBe("想问问简历");
  });

  it("keeps a counsellor's open slots from overlapping, in the database too", async () => {
    const staff = await staffOf(null);
    await publish(staff.actor, 12, "14:00", "16:00");
    await expect(publish(staff.actor, 12, "15:15", "16:15")).rejects.toMatchObject({
      status: 409,
      errors: { from: [{ key: "counselling.slot.overlap" }] },
    });
    // Back-to-back is fine.
    expect(await publish(staff.actor, 12, "16:00", "16:30")).toHaveLength(1);
    const db = await getDb();
    await expect(
      db.insert(counsellingSlots).values({
        counsellorUserId: staff.user.id,
        startsAt: beijing(12, "14:10"),
        endsAt: beijing(12, "14:40"),
        mode: "in_person",
        location: "203",
        topics: ["resume"],
      }),
    ).rejects.toMatchObject({ cause: { code: "23P01", constraint_name: "counselling_slots_no_overlap" } });
    // Another counsellor at the same time is fine; a withdrawn slot no longer blocks.
    const other = await staffOf(null);
    expect(await publish(other.actor, 12, "14:00", "14:30")).toHaveLength(1);
    const [own] = await db
      .select()
      .from(counsellingSlots)
      .where(
        and(eq(counsellingSlots.counsellorUserId, staff.user.id), eq(counsellingSlots.startsAt, beijing(12, "14:00"))),
      );
    await withdrawSlot(db, { staff: staff.actor, slotId: own!.id });
    expect(await publish(staff.actor, 12, "14:00", "14:15", { minutes: "15" })).toHaveLength(1);
    // Nothing of a refused batch was written.
    const all = await db.select().from(counsellingSlots).where(eq(counsellingSlots.counsellorUserId, staff.user.id));
    expect(all.filter((s) => s.startsAt.getTime() === beijing(12, "15:15").getTime())).toHaveLength(0);
  });

  it("restricts a college's slots to its graduates and caps bookings per counsellor", async () => {
    const staff = await staffOf(csCollegeId);
    const collegeOnly = await publish(staff.actor, 13, "10:00", "11:00");
    const forAll = await publish(staff.actor, 13, "15:00", "15:30", { audience: "all" });
    expect(collegeOnly.every((s) => s.collegeId === csCollegeId)).toBe(true);
    expect(forAll[0]!.collegeId).toBeNull();
    const db = await getDb();
    const outsider = await linkedGraduate(school, { major: "会计学", resume: false });
    const seen = (await listForGraduate(db, { userId: outsider.user.id }))!.slots.map((s) => s.id);
    for (const s of collegeOnly) expect(seen).not.toContain(s.id);
    expect(seen).toContain(forAll[0]!.id);
    await expect(
      bookSlot(
        db,
        { userId: outsider.user.id },
        { data: { slotId: collegeOnly[0]!.id, topic: "resume", question: "" } },
      ),
    ).rejects.toMatchObject({ status: 403, message: "counselling.slot.notEligible" });

    const insider = await linkedGraduate(school, { major: "软件工程", resume: false });
    await bookSlot(
      db,
      { userId: insider.user.id },
      {
        data: { slotId: collegeOnly[0]!.id, topic: "interview", question: "群面技巧" },
      },
    );
    // One upcoming booking per counsellor: no hoarding.
    await expect(
      bookSlot(
        db,
        { userId: insider.user.id },
        { data: { slotId: collegeOnly[1]!.id, topic: "resume", question: "" } },
      ),
    ).rejects.toMatchObject({ status: 409, message: "counselling.cap.counsellor" });
    // A topic the slot does not offer is refused on its field.
    await expect(
      bookSlot(db, { userId: outsider.user.id }, { data: { slotId: forAll[0]!.id, topic: "wellbeing", question: "" } }),
    ).rejects.toMatchObject({ status: 400, errors: { topic: expect.any(Array) } });
    // A college counsellor cannot publish for another college.
    await expect(publish(staff.actor, 14, "10:00", "10:30", { audience: String(econCollegeId) })).rejects.toMatchObject(
      { status: 403, errors: { audience: expect.any(Array) } },
    );
    // An unlinked graduate account sees nothing to book and cannot book.
    const unlinked = await signedIn("graduate");
    const page = await callRoute(graduatePage.loader, { path: "/graduate/counselling", cookie: unlinked.cookie });
    expect(page.data).toMatchObject({ linked: false, slots: [] });
    await expect(
      bookSlot(db, { userId: unlinked.user.id }, { data: { slotId: forAll[0]!.id, topic: "resume", question: "" } }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("lets other colleges' staff neither see nor touch a booking; school staff may cancel it and the graduate gets a CANCEL", async () => {
    const staff = await staffOf(csCollegeId);
    const otherCollege = await staffOf(econCollegeId);
    const schoolStaff = await staffOf(null);
    const [slot] = await publish(staff.actor, 15, "10:00", "10:30");
    const g = await linkedGraduate(school, { major: "软件工程", resume: false });
    const db = await getDb();
    const booking = await bookSlot(
      db,
      { userId: g.user.id },
      {
        data: { slotId: slot!.id, topic: "career", question: "" },
      },
    );

    const otherList = await listForStaff(db, { staff: otherCollege.actor });
    expect(otherList.bookings.map((b) => b.id)).not.toContain(booking.id);
    const forms: Record<string, string>[] = [
      { intent: "cancel", bookingId: booking.id, reason: "不需要了" },
      { intent: "attended", bookingId: booking.id },
      { intent: "note", bookingId: booking.id, note: "偷看" },
      { intent: "move", bookingId: booking.id, newLocation: "学生事务中心 205" },
    ];
    for (const form of forms) {
      const r = await callRoute(staffPage.action, { path: "/staff/counselling", cookie: otherCollege.cookie, form });
      expect(r.status, form.intent).toBe(403);
    }
    const withdraw = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: otherCollege.cookie,
      form: { intent: "withdraw", slotId: slot!.id },
    });
    expect(withdraw.status).toBe(403);

    // School staff see it (the private note is the counsellor's only) and may cancel.
    await saveNote(db, { staff: staff.actor, bookingId: booking.id, note: "提前准备职业测评结果" });
    const schoolList = await listForStaff(db, { staff: schoolStaff.actor });
    const seen = schoolList.bookings.find((b) => b.id === booking.id)!;
    expect(seen).toMatchObject({ own: false, canManage: true, staffNote: null });
    expect((await listForStaff(db, { staff: staff.actor })).bookings.find((b) => b.id === booking.id)!.staffNote).toBe(
      "提前准备职业测评结果",
    );
    await expect(saveNote(db, { staff: schoolStaff.actor, bookingId: booking.id, note: "x" })).rejects.toMatchObject({
      status: 403,
    });

    const cancelled = await cancelByStaff(db, {
      staff: schoolStaff.actor,
      bookingId: booking.id,
      reason: "李老师外出培训，请改约其他时间",
    });
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledBy: "staff", sequence: 1 });
    const [slotAfter] = await db.select().from(counsellingSlots).where(eq(counsellingSlots.id, slot!.id));
    expect(slotAfter!.status).toBe("withdrawn");
    await drainOutbox();
    await receiver.waitForExactly(g.user.email, 2);
    const ev = calendarOf(invitesTo(g.user.email).at(-1)!);
    expect(ev.method).toBe("CANCEL");
    expect(ev.get("UID")).toBe(`counselling-${booking.id}@jiuye`);
    expect(ev.get("SEQUENCE")).toBe("1");
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "counselling.cancel"), eq(auditLog.subjectId, booking.id)));
    expect(audit[0]!.actorUserId).toBe(schoolStaff.user.id);
  });

  it("refuses graduates, employers and anonymous visitors on the staff page", async () => {
    const graduate = await signedIn("graduate");
    const employer = await signedIn("employer");
    for (const fn of [staffPage.loader, staffPage.action]) {
      const form = fn === staffPage.action ? { intent: "publish" } : undefined;
      expect((await callRoute(fn, { path: "/staff/counselling", cookie: graduate.cookie, form })).status).toBe(403);
      expect((await callRoute(fn, { path: "/staff/counselling", cookie: employer.cookie, form })).status).toBe(403);
      const anonymous = await callRoute(fn, { path: "/staff/counselling", form });
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
    }
    const staff = await signedIn("staff", { collegeId: null });
    expect((await callRoute(graduatePage.loader, { path: "/graduate/counselling", cookie: staff.cookie })).status).toBe(
      403,
    );
  });

  it("answers field errors with what was typed", async () => {
    const staff = await staffOf(null);
    const r = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: staff.cookie,
      form: {
        intent: "publish",
        date: beijingDate(16),
        from: "14:00",
        to: "13:00",
        minutes: "30",
        mode: "video",
        location: "腾讯会议 123",
      },
    });
    expect(r.status).toBe(400);
    const errors = errorKeys(r);
    expect(errors.topics).toEqual(["counselling.topics.required"]);
    expect(errors.location).toEqual(["counselling.location.link"]);
    expect(errors.to).toEqual(["counselling.to.tooEarly"]);
    expect((r.data as { values: Record<string, string> }).values).toMatchObject({
      date: beijingDate(16),
      from: "14:00",
      to: "13:00",
      location: "腾讯会议 123",
      mode: "video",
    });

    const past = await callRoute(staffPage.action, {
      path: "/staff/counselling",
      cookie: staff.cookie,
      form: {
        intent: "publish",
        date: beijingDate(-1),
        from: "14:00",
        to: "15:00",
        mode: "in_person",
        location: "学生事务中心 203",
        topics: "resume",
      },
    });
    expect(past.status).toBe(400);
    expect(errorKeys(past).date).toEqual(["counselling.date.past"]);
    expect((past.data as { values: Record<string, string> }).values).toMatchObject({
      topics: "resume",
      location: "学生事务中心 203",
    });

    const g = await linkedGraduate(school, { major: "软件工程", resume: false });
    const book = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: g.cookie,
      form: { intent: "book", slotId: "", topic: "", question: "想聊聊考研还是工作" },
    });
    expect(book.status).toBe(400);
    const bookErrors = errorKeys(book);
    expect(Object.keys(bookErrors).sort()).toEqual(["slotId", "topic"]);
    expect((book.data as { values: Record<string, string> }).values.question).toBe("想聊聊考研还是工作");
    const unknown = await callRoute(graduatePage.action, {
      path: "/graduate/counselling",
      cookie: g.cookie,
      form: { intent: "hoard" },
    });
    expect(unknown.status).toBe(400);
  });

  it("reminds both sides once the day before, and records attendance only after the start", async () => {
    const staff = await staffOf(null);
    const [slot] = await publish(staff.actor, 20, "16:00", "16:30", { topics: ["further_study", "wellbeing"] });
    const g = await linkedGraduate(school, { major: "会计学", resume: false });
    const db = await getDb();
    const booking = await bookSlot(
      db,
      { userId: g.user.id },
      {
        data: { slotId: slot!.id, topic: "further_study", question: "考公和考研怎么选？" },
      },
    );
    const twoDaysBefore = beijing(18, "10:00");
    expect(await sendCounsellingReminders(db, twoDaysBefore)).toBe(0);
    const dayBefore = beijing(19, "10:00");
    expect(await sendCounsellingReminders(db, dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await sendCounsellingReminders(db, new Date(dayBefore.getTime() + 3600_000))).toBe(0);
    await drainOutbox();
    const mails = await receiver.waitForExactly(g.user.email, 2);
    const reminders = mails.filter((m) => m.subject?.includes("明天有就业咨询"));
    expect(reminders).toHaveLength(1);
    const ev = calendarOf(reminders[0]!);
    expect(ev.method).toBe("REQUEST");
    expect(ev.get("UID")).toBe(`counselling-${booking.id}@jiuye`);
    await receiver.waitForExactly(staff.user.email, 2);

    // The machine's refusal as the reader gets it: 409, on the form, its key.
    const early = recordAttendance(db, {
      staff: staff.actor,
      bookingId: booking.id,
      outcome: "attended",
      now: dayBefore,
    });
    await expect(early).rejects.toBeInstanceOf(DomainError);
    await expect(early).rejects.toMatchObject({
      status: 409,
      errors: { _form: [{ key: "counselling.attendance.notYet" }] },
    });
    const done = await recordAttendance(db, {
      staff: staff.actor,
      bookingId: booking.id,
      outcome: "no_show",
      now: new Date(slot!.startsAt.getTime() + 10 * 60_000),
    });
    expect(done.status).toBe("no_show");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "counselling.no_show"), eq(auditLog.subjectId, booking.id)));
    expect(audit!.actorUserId).toBe(staff.user.id);
  });

  it("seeds demo slots and bookings that respect the rules", async () => {
    const db = await getDb();
    const schoolStaff = await staffOf(null);
    const csStaff = await staffOf(csCollegeId);
    const demo = await linkedGraduate(school, { major: "软件工程", resume: false });
    const seeded = await seedCounselling(db, {
      schoolStaffUserId: schoolStaff.user.id,
      collegeStaffUserId: csStaff.user.id,
      demoGraduateUserId: demo.user.id,
    });
    expect(seeded.slots).toBeGreaterThan(10);
    expect(seeded.bookings).toBeGreaterThanOrEqual(3);
    const mine = (await listForGraduate(db, { userId: demo.user.id }))!;
    expect(mine.bookings.map((b) => b.status).sort()).toEqual(["attended", "booked"]);
    const upcoming = mine.bookings.find((b) => b.status === "booked")!;
    expect(new Date(upcoming.startsAt).getTime()).toBeGreaterThan(Date.now());
    const csSlots = await db
      .select()
      .from(counsellingSlots)
      .where(eq(counsellingSlots.counsellorUserId, csStaff.user.id));
    expect(csSlots.every((s) => s.collegeId === csCollegeId && s.mode === "video")).toBe(true);
    const view = await listForStaff(db, { staff: schoolStaff.actor });
    expect(view.bookings.filter((b) => b.own).length).toBeGreaterThanOrEqual(2);
  });
});
