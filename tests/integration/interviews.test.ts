import { and, asc, eq, like, sql } from "drizzle-orm";
import { actingAs } from "../../app/auth/actor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { DomainError, firstKey } from "../../app/errors";
import {
  pickSlot,
  proposeInterview,
  recordOutcome,
  rescheduleInterview,
  sendInterviewReminders,
} from "../../app/interviews/interviews.server";
import * as employerPage from "../../app/routes/employer.interviews";
import * as graduatePage from "../../app/routes/graduate.interviews";
import { applicationEvents, applications, auditLog, interviews, interviewSlots, outbox } from "../../db/schema";
import { resultRows } from "../../db/client";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { waitFor } from "../support/wait";
import { callRoute, errorKeys } from "../support/remix";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { calendarInvitesTo, calendarOf, useSmtp } from "../support/mail";
import { employerWithOrganisation } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let school: School;
let receiver: SmtpReceiver;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let otherEmployer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let postingId: string;

/** A Beijing wall-clock time `days` from today at hh:mm. */
function beijing(days: number, hh: number, mm = 0): Date {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00+08:00`);
}
const slot = (start: Date, minutes = 30) => ({ startsAt: start, endsAt: new Date(start.getTime() + minutes * 60_000) });

async function applicant() {
  const g = await linkedGraduate(school);
  const applied = await applyToPosting(await getDb(), { userId: g.user.id }, { postingId, note: "" });
  return { ...g, applicationId: applied.applicationId };
}

const invitesTo = (to: string) => calendarInvitesTo(receiver, to);

beforeAll(async () => {
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
  school = await testSchool();
  const staff = await signedIn("staff");
  employer = await employerWithOrganisation({ name: "杭州云帆网络科技有限公司", staffUserId: staff.user.id });
  otherEmployer = await employerWithOrganisation({ name: "宁波海景贸易有限公司", staffUserId: staff.user.id });
  postingId = await publishedPosting(employer.user.id, staff.user.id);
});

afterAll(async () => {
  await receiver?.stop();
  useSmtp(undefined);
});

describe("online interviews", () => {
  it("propose → pick mails both sides a REQUEST; reschedule raises SEQUENCE under the same UID; cancel mails a CANCEL", async () => {
    const g = await applicant();
    const start = beijing(10, 10);
    const propose = await callRoute(employerPage.action, {
      path: "/employer/interviews",
      cookie: employer.cookie,
      form: {
        intent: "propose",
        applicationId: g.applicationId,
        mode: "video",
        location: "https://meeting.tencent.com/dm/abc123",
        slot: "",
        minutes: "45",
      },
    });
    // An empty slot list is refused before anything is written.
    expect(propose.status).toBe(400);
    const body = new URLSearchParams([
      ["intent", "propose"],
      ["applicationId", g.applicationId],
      ["mode", "video"],
      ["location", "https://meeting.tencent.com/dm/abc123"],
      ["slot", start.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16).replace(" ", "T")],
      ["slot", beijing(11, 15).toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16).replace(" ", "T")],
      ["minutes", "45"],
    ]);
    const request = new Request("http://localhost/employer/interviews", {
      method: "POST",
      headers: { Cookie: employer.cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    const proposed = (await employerPage.action({
      request,
      params: {},
      context: { clientAddress: "127.0.0.1", cspNonce: "" },
    })) as { ok: boolean; id: string };
    expect(proposed.ok).toBe(true);
    const id = proposed.id;

    // The application moved to "interviewing" (through "shortlisted"), each step in its history;
    // the graduate hears of it by the interview's invitation, not by two status mails.
    const db = await getDb();
    const [application] = await db.select().from(applications).where(eq(applications.id, g.applicationId));
    expect(application!.status).toBe("interviewing");
    const steps = await db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, g.applicationId))
      .orderBy(asc(applicationEvents.id));
    expect(steps.map((e) => e.toStatus).slice(-2)).toEqual(["shortlisted", "interviewing"]);
    const statusMails = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `application-status:${g.applicationId}:%`));
    expect(statusMails).toHaveLength(0);

    const list = await callRoute(graduatePage.loader, { path: "/graduate/interviews", cookie: g.cookie });
    const row = (
      list.data as { rows: { id: string; status: string; slots: { id: string; startsAt: string }[] }[] }
    ).rows.find((r) => r.id === id)!;
    expect(row.status).toBe("proposed");
    expect(row.slots).toHaveLength(2);
    expect(row.slots[0]!.startsAt).toBe(start.toISOString());

    const picked = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: g.cookie,
      form: { intent: "pick", interviewId: id, slotId: row.slots[0]!.id },
    });
    expect(picked.status).toBe(200);
    await drainOutbox();
    const gradEmail = g.user.email;
    const empEmail = employer.user.email;
    await receiver.waitForExactly(gradEmail, 2);
    for (const to of [gradEmail, empEmail]) {
      const [invite] = invitesTo(to);
      expect(invite, to).toBeDefined();
      const ev = calendarOf(invite!);
      expect(ev.method).toBe("REQUEST");
      expect(ev.get("UID")).toBe(`interview-${id}@jiuye`);
      expect(ev.get("SEQUENCE")).toBe("0");
      const dtstart = ev.getAll("DTSTART")[0]!;
      expect(dtstart.params.TZID).toBe("Asia/Shanghai");
      expect(dtstart.value).toBe(
        start.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).replace(/[-:]/g, "").replace(" ", "T"),
      );
    }
    const [mailForGrad] = invitesTo(gradEmail);
    expect(mailForGrad!.subject).toContain("面试时间已确认");

    // The employer offers a new time: SEQUENCE 1, same UID.
    const later = beijing(12, 9, 30);
    const rescheduled = await rescheduleInterview(await getDb(), actingAs("employer", { userId: employer.user.id }), {
      interviewId: id,
      slots: [slot(later)],
      reason: "面试官出差",
    });
    expect(rescheduled.sequence).toBe(1);
    await drainOutbox();
    await receiver.waitForExactly(gradEmail, 3);
    const afterReschedule = calendarOf(invitesTo(gradEmail).at(-1)!);
    expect(afterReschedule.method).toBe("REQUEST");
    expect(afterReschedule.get("UID")).toBe(`interview-${id}@jiuye`);
    expect(afterReschedule.get("SEQUENCE")).toBe("1");

    // The employer asked for it, so the employer may not confirm it; the graduate does.

    const [newSlot] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, id));
    await expect(
      pickSlot(db, actingAs("employer", { userId: employer.user.id }), { interviewId: id, slotId: newSlot!.id }),
    ).rejects.toBeInstanceOf(DomainError);
    const confirmed = await pickSlot(db, actingAs("graduate", { userId: g.user.id }), {
      interviewId: id,
      slotId: newSlot!.id,
    });
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.sequence).toBe(2);

    // A new time without a slot is refused on the slots of that interview's form, nothing changes.
    const noSlot = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: g.cookie,
      form: { _formId: `reschedule-${id}`, intent: "reschedule", interviewId: id, slot: "", minutes: "30" },
    });
    expect(noSlot.status).toBe(400);
    expect(noSlot.data).toMatchObject({ form: `reschedule-${id}` });
    expect(errorKeys(noSlot)).toEqual({ slots: ["interview.slot.invalid"] });

    // Cancelling needs a reason, then mails a CANCEL with a higher SEQUENCE.
    const noReason = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: g.cookie,
      form: { _formId: `cancel-${id}`, intent: "cancel", interviewId: id, reason: " " },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ form: `cancel-${id}` });
    expect(errorKeys(noReason)).toEqual({ reason: ["interview.reason.required"] });
    const cancel = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: g.cookie,
      form: { intent: "cancel", interviewId: id, reason: "已接受其他单位录用" },
    });
    expect(cancel.status).toBe(200);
    await drainOutbox();
    // Two from vetting (employer verified, posting published), then invite, confirmed, rescheduled, confirmed, cancelled.
    await receiver.waitForExactly(empEmail, 7);
    const cancelMail = calendarOf(invitesTo(empEmail).at(-1)!);
    expect(cancelMail.method).toBe("CANCEL");
    expect(cancelMail.get("UID")).toBe(`interview-${id}@jiuye`);
    expect(cancelMail.get("SEQUENCE")).toBe("3");
    expect(cancelMail.get("STATUS")).toBe("CANCELLED");
    const [stored] = await db.select().from(interviews).where(eq(interviews.id, id));
    expect(stored!.status).toBe("cancelled");
    expect(stored!.cancelReason).toBe("已接受其他单位录用");
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "interview"), eq(auditLog.subjectId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      "interview.cancel",
      "interview.confirm",
      "interview.confirm",
      "interview.propose",
      "interview.reschedule",
    ]);
  });

  it("arranges an interview from a list of applicants named by posting, once per application: a second send is refused and the graduate gets one mail", async () => {
    const g = await applicant();
    const page = await callRoute(employerPage.loader, {
      path: `/employer/interviews?application=${g.applicationId}`,
      cookie: employer.cookie,
    });
    const before = page.data as { invitable: { id: string; name: string; posting: string }[] };
    const choice = before.invitable.find((a) => a.id === g.applicationId);
    expect(choice?.name).toBe(g.graduate.name);
    expect(choice?.posting).toBeTruthy();

    const local = beijing(12, 10).toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16).replace(" ", "T");
    const send = () =>
      callRoute(employerPage.action, {
        path: "/employer/interviews",
        cookie: employer.cookie,
        form: {
          intent: "propose",
          applicationId: g.applicationId,
          mode: "onsite",
          location: "杭州市西湖区文三路 90 号 5 楼",
          slot: local,
          minutes: "30",
        },
      });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const again = await send();
    expect(again.status).toBe(409);
    const db = await getDb();
    expect(await db.select().from(interviews).where(eq(interviews.applicationId, g.applicationId))).toHaveLength(1);
    await drainOutbox();
    await receiver.waitForExactly(g.user.email, 1);

    // The invited application leaves the form's choices; both sides' cards name the posting.
    const after = await callRoute(employerPage.loader, { path: "/employer/interviews", cookie: employer.cookie });
    const data = after.data as {
      invitable: { id: string }[];
      rows: { graduateName: string; postingTitle: string; status: string }[];
    };
    expect(data.invitable.map((a) => a.id)).not.toContain(g.applicationId);
    const card = data.rows.find((r) => r.graduateName === g.graduate.name);
    expect(card?.postingTitle).toBe(choice?.posting);
    const mine = await callRoute(graduatePage.loader, { path: "/graduate/interviews", cookie: g.cookie });
    const rows = (mine.data as { rows: { postingTitle: string; employerName: string }[] }).rows;
    expect(rows[0]).toMatchObject({ postingTitle: choice?.posting, employerName: "杭州云帆网络科技有限公司" });
  });

  it("mails each side its own words: the graduate is asked to pick, the employer who sent it is told it waits", async () => {
    // Issue 15: the graduate-facing "邀请您面试，请选择时间" went to the employer too.
    const g = await applicant();
    const db = await getDb();
    const interview = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: g.applicationId,
          mode: "phone",
          location: "0571-88886666",
          slots: [slot(beijing(14, 10)), slot(beijing(14, 15))],
        },
      },
    );
    const subjects = async (sequence: number) => {
      const rows = await db
        .select({ payload: outbox.payload })
        .from(outbox)
        .where(like(outbox.idempotencyKey, `interview:${interview.id}:${sequence}:%`));
      const to = (email: string) => rows.find((r) => r.payload.to === email)?.payload.subject as string | undefined;
      return { employer: to(employer.user.email), graduate: to(g.user.email) };
    };
    const proposed = await subjects(0);
    expect(proposed.graduate).toContain("用人单位邀请您面试，请选择时间");
    expect(proposed.employer).toContain("面试邀请已发给毕业生，等待其选择时间");
    expect(proposed.employer).not.toContain("邀请您");

    // The graduate asks for new times: she is told it waits, the employer is asked to confirm.
    await rescheduleInterview(db, actingAs("graduate", { userId: g.user.id }), {
      interviewId: interview.id,
      slots: [slot(beijing(15, 14))],
      reason: "当天有课",
    });
    const rescheduled = await subjects(1);
    expect(rescheduled.employer).toContain("面试改期，请确认新时间");
    expect(rescheduled.graduate).toContain("新的面试时间已发给对方，等待确认");
  });

  it("the database refuses a double booking of the same interviewer, even when two graduates pick at once", async () => {
    const db = await getDb();
    const a = await applicant();
    const b = await applicant();
    const at = beijing(20, 14);
    const one = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: a.applicationId,
          mode: "onsite",
          location: "杭州市西湖区文三路 90 号 5 楼",
          slots: [slot(at, 60)],
        },
      },
    );
    const two = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: b.applicationId,
          mode: "phone",
          location: "0571-88886666",
          slots: [slot(new Date(at.getTime() + 30 * 60_000), 60)],
        },
      },
    );
    const [slotOne] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, one.id));
    const [slotTwo] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, two.id));

    const results = await Promise.allSettled([
      pickSlot(db, actingAs("graduate", { userId: a.user.id }), { interviewId: one.id, slotId: slotOne!.id }),
      pickSlot(db, actingAs("graduate", { userId: b.user.id }), { interviewId: two.id, slotId: slotTwo!.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).status).toBe(409);
    expect(firstKey(refused.reason as DomainError)).toBe("interview.slot.taken");
    const booked = await db
      .select()
      .from(interviewSlots)
      .where(and(eq(interviewSlots.organizerUserId, employer.user.id), eq(interviewSlots.booked, true)));
    expect(booked.filter((s) => s.id === slotOne!.id || s.id === slotTwo!.id)).toHaveLength(1);

    // Written straight to the table, past the domain layer, it still fails.
    const loser = results[0]!.status === "rejected" ? slotOne! : slotTwo!;
    await expect(
      db.update(interviewSlots).set({ booked: true }).where(eq(interviewSlots.id, loser.id)),
    ).rejects.toMatchObject({ cause: { code: "23P01", constraint_name: "interview_slots_no_overlap" } });
    // Back-to-back is fine: a slot ending at 15:30 and one starting at 15:30 do not overlap.
    const c = await applicant();
    const winnerEnd = results[0]!.status === "fulfilled" ? slotOne!.endsAt : slotTwo!.endsAt;
    const three = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: c.applicationId,
          mode: "video",
          location: "https://meeting.example.cn/r/1",
          slots: [slot(winnerEnd)],
        },
      },
    );
    const [slotThree] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, three.id));
    expect(
      (
        await pickSlot(db, actingAs("graduate", { userId: c.user.id }), {
          interviewId: three.id,
          slotId: slotThree!.id,
        })
      ).status,
    ).toBe("confirmed");
  });

  it("the trigger serialises bookings: a second transaction waits for the first and then fails", async () => {
    const db = await getDb();
    const a = await applicant();
    const b = await applicant();
    const at = beijing(21, 10);
    const one = await proposeInterview(
      db,
      { userId: employer.user.id },
      { data: { applicationId: a.applicationId, mode: "phone", location: "0571-10000001", slots: [slot(at, 60)] } },
    );
    const two = await proposeInterview(
      db,
      { userId: employer.user.id },
      { data: { applicationId: b.applicationId, mode: "phone", location: "0571-10000002", slots: [slot(at, 60)] } },
    );
    const [slotOne] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, one.id));
    const [slotTwo] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, two.id));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstBooked!: () => void;
    const booked = new Promise<void>((resolve) => (firstBooked = resolve));
    const first = db.transaction(async (tx) => {
      await tx.update(interviewSlots).set({ booked: true }).where(eq(interviewSlots.id, slotOne!.id));
      firstBooked();
      await held; // still uncommitted while the second one tries
    });
    await booked;
    let secondSettled = false;
    const second = db
      .transaction(async (tx) => {
        await tx.update(interviewSlots).set({ booked: true }).where(eq(interviewSlots.id, slotTwo!.id));
      })
      .finally(() => (secondSettled = true));
    second.catch(() => undefined);
    // The second transaction is seen waiting on a lock (the organizer's), not passing the check blind.
    await waitFor("the second booking to wait on a lock", async () => {
      const waiting = resultRows(
        await db.execute(
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        ),
      );
      return Number(waiting[0]?.n) > 0;
    });
    expect(secondSettled).toBe(false);
    release();
    await first;
    await expect(second).rejects.toMatchObject({
      cause: { code: "23P01", constraint_name: "interview_slots_no_overlap" },
    });
    const rows = await db.select().from(interviewSlots).where(eq(interviewSlots.booked, true));
    expect(rows.some((r) => r.id === slotOne!.id)).toBe(true);
    expect(rows.some((r) => r.id === slotTwo!.id)).toBe(false);
  });

  it("another employer and another graduate get 403", async () => {
    const db = await getDb();
    const g = await applicant();
    const stranger = await linkedGraduate(school);
    const proposeForeign = await callRoute(employerPage.action, {
      path: "/employer/interviews",
      cookie: otherEmployer.cookie,
      form: {
        intent: "propose",
        applicationId: g.applicationId,
        mode: "phone",
        location: "0571-12345678",
        slot: "2030-01-02T10:00",
        minutes: "30",
      },
    });
    expect(proposeForeign.status).toBe(403);
    const row = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: g.applicationId,
          mode: "phone",
          location: "0571-12345678",
          slots: [slot(beijing(25, 10))],
        },
      },
    );
    const [s] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, row.id));
    const foreignCancel = await callRoute(employerPage.action, {
      path: "/employer/interviews",
      cookie: otherEmployer.cookie,
      form: { intent: "cancel", interviewId: row.id, reason: "不需要了" },
    });
    expect(foreignCancel.status).toBe(403);
    const foreignPick = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: stranger.cookie,
      form: { intent: "pick", interviewId: row.id, slotId: s!.id },
    });
    expect(foreignPick.status).toBe(403);
    const employerAsGraduate = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: employer.cookie,
      form: { intent: "pick", interviewId: row.id, slotId: s!.id },
    });
    expect(employerAsGraduate.status).toBe(403);
    const otherList = await callRoute(employerPage.loader, {
      path: "/employer/interviews",
      cookie: otherEmployer.cookie,
    });
    expect((otherList.data as { rows: { id: string }[] }).rows.map((r) => r.id)).not.toContain(row.id);
    const [unchanged] = await db.select().from(interviews).where(eq(interviews.id, row.id));
    expect(unchanged!.status).toBe("proposed");

    // Asking for other times tells the employer; the proposal stays open.
    const other = await callRoute(graduatePage.action, {
      path: "/graduate/interviews",
      cookie: g.cookie,
      form: { intent: "other_times", interviewId: row.id, reason: "那周在考试" },
    });
    expect(other.status).toBe(200);
  });

  it("sends one reminder a day before, and outcomes only after the start", async () => {
    const db = await getDb();
    const g = await applicant();
    const start = beijing(30, 16);
    const row = await proposeInterview(
      db,
      { userId: employer.user.id },
      {
        data: {
          applicationId: g.applicationId,
          mode: "video",
          location: "https://meeting.example.cn/r/2",
          slots: [slot(start)],
        },
      },
    );
    const [s] = await db.select().from(interviewSlots).where(eq(interviewSlots.interviewId, row.id));
    await pickSlot(db, actingAs("graduate", { userId: g.user.id }), { interviewId: row.id, slotId: s!.id });

    const tooEarly = new Date(start.getTime() - 60 * 3600_000);
    await sendInterviewReminders(db, tooEarly);
    expect((await db.select().from(interviews).where(eq(interviews.id, row.id)))[0]!.reminderSentAt).toBeNull();

    const dayBefore = new Date(start.getTime() - 30 * 3600_000);
    expect(await sendInterviewReminders(db, dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await sendInterviewReminders(db, dayBefore)).toBe(0);
    expect(await sendInterviewReminders(db, new Date(dayBefore.getTime() + 3600_000))).toBe(0);
    await drainOutbox();
    const reminders = await receiver.waitForExactly(g.user.email, 3);
    const reminderMails = reminders.filter((m) => m.subject?.includes("明天有面试"));
    expect(reminderMails).toHaveLength(1);
    expect(calendarOf(reminderMails[0]!).get("UID")).toBe(`interview-${row.id}@jiuye`);

    await expect(
      recordOutcome(db, { userId: employer.user.id }, { interviewId: row.id, outcome: "completed", now: dayBefore }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      recordOutcome(
        db,
        { userId: otherEmployer.user.id },
        { interviewId: row.id, outcome: "completed", now: new Date(start.getTime() + 3600_000) },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const done = await recordOutcome(
      db,
      { userId: employer.user.id },
      { interviewId: row.id, outcome: "no_show", now: new Date(start.getTime() + 3600_000) },
    );
    expect(done.status).toBe("no_show");
    expect(done.outcome).toBe("no_show");
  });
});
