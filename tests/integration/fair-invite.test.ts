import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { registerForFair } from "../../app/fairs/fairs.server";
import {
  callNext,
  finishChat,
  joinQueue,
  markInterest,
  setRepresentativeOnline,
  startChat,
} from "../../app/fairs/queue.server";
import { fairReport } from "../../app/fairs/report.server";
import { listForEmployer, listForGraduate } from "../../app/interviews/interviews.server";
import { slotFromForm } from "../../app/interviews/schema";
import { schoolDate } from "../../app/time";
import { applications, fairQueueEntries } from "../../db/schema";
import type { School } from "../../seed/factories";
import { fairStaff, liveFair, refusalKey, todayAt } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { ensureIndex } from "../support/vetting";

let school: School;
let staff: Awaited<ReturnType<typeof fairStaff>>;
const at = todayAt;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  staff = await fairStaff();
});

/** A live fair today with one booth; the graduate chats with its owner and the chat is over. */
async function chatHeld(consent: boolean) {
  const db = await getDb();
  const { fair, exhibitors } = await liveFair(staff, school, {
    booths: 1,
    online: false,
    names: ["南京云帆智能科技有限公司"],
  });
  const { who, boothId } = exhibitors[0]!;
  const graduate = await linkedGraduate(school);
  await registerForFair(db, { userId: graduate.user.id }, { fairId: fair.id });
  const rep = { userId: who.owner.user.id };
  await setRepresentativeOnline(db, rep, { boothId, online: true, now: at() });
  await joinQueue(db, { userId: graduate.user.id }, { boothId, interviewConsent: consent, now: at(1) });
  const called = await callNext(db, rep, { boothId, now: at(2) });
  await startChat(db, { userId: graduate.user.id }, { entryId: called.id, as: "graduate", now: at(3) });
  await finishChat(db, rep, { entryId: called.id, now: at(12) });
  return { fair, who, boothId, graduate, rep, entryId: called.id };
}

describe("invite to interview from the call desk", () => {
  it("applies with the consent ticked at the line and proposes an interview that both sides see", async () => {
    const db = await getDb();
    const { who, graduate, rep, entryId } = await chatHeld(true);
    const slot = slotFromForm(`${schoolDate(new Date(Date.now() + 3 * 86_400_000))}T14:00`, 30);
    const result = await markInterest(db, rep, {
      entryId,
      interest: "invite_to_interview",
      note: "算法基础扎实，建议二面。",
      invitation: {
        postingId: who.postingId,
        mode: "video",
        location: "https://meeting.tencent.com/dm/3aBcD9xYz",
        slots: [slot],
      },
    });
    expect(result).not.toBeNull();

    const [application] = await db.select().from(applications).where(eq(applications.id, result!.applicationId));
    expect(application).toMatchObject({ graduateId: graduate.graduate.id, postingId: who.postingId });

    const forGraduate = await listForGraduate(db, graduate.graduate.id);
    expect(forGraduate.map((row) => [row.interview.id, row.employerName, row.interview.status])).toEqual([
      [result!.interviewId, who.employer.name, "proposed"],
    ]);
    expect(forGraduate[0]!.slots.map((s) => s.startsAt.toISOString())).toEqual([slot.startsAt.toISOString()]);
    const forEmployer = await listForEmployer(db, { userId: who.colleague.user.id });
    expect(forEmployer.map((row) => [row.interview.id, row.graduateName])).toContainEqual([
      result!.interviewId,
      graduate.graduate.name,
    ]);

    const [entry] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, entryId));
    expect(entry).toMatchObject({
      interest: "invite_to_interview",
      applicationId: result!.applicationId,
      interviewId: result!.interviewId,
    });
    // A second press does not make a second interview.
    expect(
      await refusalKey(
        markInterest(db, rep, {
          entryId,
          interest: "invite_to_interview",
          note: "",
          invitation: { postingId: who.postingId, mode: "video", location: "https://x.example/a", slots: [slot] },
        }),
      ),
    ).toBe("fairQueue.invite.already");
  });

  it("refuses to apply for a graduate who did not tick the consent, and keeps other marks working", async () => {
    const db = await getDb();
    const { who, graduate, rep, entryId } = await chatHeld(false);
    const slot = slotFromForm(`${schoolDate(new Date(Date.now() + 3 * 86_400_000))}T15:00`, 30);
    expect(
      await refusalKey(
        markInterest(db, rep, {
          entryId,
          interest: "invite_to_interview",
          note: "",
          invitation: { postingId: who.postingId, mode: "video", location: "https://x.example/a", slots: [slot] },
        }),
      ),
    ).toBe("fairQueue.invite.noConsent");
    expect(await db.select().from(applications).where(eq(applications.graduateId, graduate.graduate.id))).toEqual([]);
    expect(await listForGraduate(db, graduate.graduate.id)).toEqual([]);
    await markInterest(db, rep, { entryId, interest: "interested", note: "沟通顺畅" });
    const [entry] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, entryId));
    expect(entry?.interest).toBe("interested");
  });

  it("reports per fair and booth figures equal to the rows (joins, chats, medians, interest, applications, interviews)", async () => {
    const db = await getDb();
    const { fair, who, boothId, rep, entryId } = await chatHeld(true);
    const waiting = await linkedGraduate(school, { resume: false });
    await registerForFair(db, { userId: waiting.user.id }, { fairId: fair.id });
    await joinQueue(db, { userId: waiting.user.id }, { boothId, now: at(5) });
    const slot = slotFromForm(`${schoolDate(new Date(Date.now() + 4 * 86_400_000))}T10:00`, 30);
    await markInterest(db, rep, {
      entryId,
      interest: "invite_to_interview",
      note: "",
      invitation: {
        postingId: who.postingId,
        mode: "video",
        location: "https://meeting.tencent.com/dm/1",
        slots: [slot],
      },
    });
    const report = await fairReport(db, fair.id);
    const rows = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.fairId, fair.id));
    const chats = rows.filter((r) => r.chatStartedAt && r.chatEndedAt);
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    };
    const expected = {
      // Checked in: everyone who joined a line (no group sessions at this fair).
      checkIns: new Set(rows.map((r) => r.graduateId)).size,
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
      sessions: 0,
      sessionRegistrations: 0,
      sessionAttendance: 0,
    };
    expect(report.registrations).toBe(2);
    expect(report.waitlist).toBe(0);
    expect(report.totals).toEqual(expected);
    expect(report.booths).toEqual([{ boothId, employerName: who.employer.name, ...expected }]);
    // What the user would read: 2 joins, 1 chat of 9 minutes after a 1-minute wait, 1 interview.
    expect(expected).toMatchObject({
      queueJoins: 2,
      chatsHeld: 1,
      medianWaitMinutes: 1,
      medianChatMinutes: 9,
      interviews: 1,
    });
  });
});
