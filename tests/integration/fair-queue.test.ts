import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  boothConsole,
  callNext,
  finishChat,
  joinQueue,
  markInterest,
  markMissed,
  queueStatusFor,
  setRepresentativeOnline,
  startChat,
} from "../../app/fairs/queue.server";
import { schoolInstant } from "../../app/time";
import { fairQueueEntries } from "../../db/schema";
import type { School } from "../../seed/factories";
import { fairStaff, liveFair, refusalKey, today, todayAt } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { ensureIndex } from "../support/vetting";
import * as fairEvents from "../../app/routes/fairs.$id.events";
import * as fairMeeting from "../../app/routes/fairs.$id_.meeting.$entryId";
import * as fairPage from "../../app/routes/fairs.$id";
import { callRoute } from "../support/remix";

let school: School;
let staff: Awaited<ReturnType<typeof fairStaff>>;
const at = todayAt;

/** A live fair today with two approved booths, their representatives online, and registered graduates. */
async function twoBooths(graduateCount: number) {
  const { fair, exhibitors, people } = await liveFair(staff, school, { booths: 2, graduates: graduateCount });
  const [a, b] = exhibitors;
  return { fair, a: a!.who, b: b!.who, boothA: a!.boothId, boothB: b!.boothId, people };
}

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  staff = await fairStaff();
});

describe("the live queue", () => {
  it("two booths calling one graduate at the same instant: exactly one wins, the other gets the next person", async () => {
    const db = await getDb();
    const { a, b, boothA, boothB, people } = await twoBooths(2);
    const [zhang, li] = people;
    // 张 is first in both lines; 李 is second in booth B's line only.
    await joinQueue(db, { userId: zhang!.user.id }, { boothId: boothA, now: at(0) });
    await joinQueue(db, { userId: zhang!.user.id }, { boothId: boothB, now: at(0) });
    await joinQueue(db, { userId: li!.user.id }, { boothId: boothB, now: at(1) });

    const [fromA, fromB] = await Promise.allSettled([
      callNext(db, { userId: a.owner.user.id }, { boothId: boothA, now: at(2) }),
      callNext(db, { userId: b.owner.user.id }, { boothId: boothB, now: at(2) }),
    ]);
    const calledZhang = [fromA, fromB].filter(
      (r) => r.status === "fulfilled" && r.value.graduateId === zhang!.graduate.id,
    );
    expect(calledZhang).toHaveLength(1);
    const busy = await db
      .select()
      .from(fairQueueEntries)
      .where(
        sql`${fairQueueEntries.graduateId} = ${zhang!.graduate.id} and ${fairQueueEntries.status} in ('called','chatting')`,
      );
    expect(busy).toHaveLength(1);
    // 张 keeps the other place; booth B got 李 or nobody, never 张 twice.
    const zhangLines = await queueStatusFor(db, { userId: zhang!.user.id }, { fairId: busy[0]!.fairId, now: at(2) });
    expect(zhangLines.map((l) => l.status).sort()).toEqual(["called", "waiting"]);
    if (fromB.status === "fulfilled") expect([zhang!.graduate.id, li!.graduate.id]).toContain(fromB.value.graduateId);
  });

  it("refuses, in the database itself, a second chat for a graduate who is already in one", async () => {
    const db = await getDb();
    const { a, b, boothA, boothB, people } = await twoBooths(1);
    const [wang] = people;
    await joinQueue(db, { userId: wang!.user.id }, { boothId: boothA, now: at() });
    const other = await joinQueue(db, { userId: wang!.user.id }, { boothId: boothB, now: at() });
    await callNext(db, { userId: a.owner.user.id }, { boothId: boothA, now: at(1) });
    // Bypassing the code: the partial unique index still says no.
    await expect(
      db
        .update(fairQueueEntries)
        .set({ status: "called", representativeUserId: b.owner.user.id })
        .where(eq(fairQueueEntries.id, other.id)),
    ).rejects.toThrow();
    // Booth B's representative is told why nobody can be called although one is waiting.
    expect(await refusalKey(callNext(db, { userId: b.owner.user.id }, { boothId: boothB, now: at(1) }))).toBe(
      "fairQueue.graduate.busy",
    );
  });

  it("a missed call puts the graduate back at the end of the line once, and out the second time", async () => {
    const db = await getDb();
    const { fair, a, boothA, people } = await twoBooths(3);
    const [zhao, qian, sun] = people;
    for (const [i, g] of [zhao, qian, sun].entries())
      await joinQueue(db, { userId: g!.user.id }, { boothId: boothA, now: at(i) });
    const rep = { userId: a.owner.user.id };

    const first = await callNext(db, rep, { boothId: boothA, now: at(5) });
    expect(first.graduateId).toBe(zhao!.graduate.id);
    await markMissed(db, rep, { entryId: first.id, now: at(6) });
    const [line] = await queueStatusFor(db, { userId: zhao!.user.id }, { fairId: fair.id, now: at(6) });
    expect(line).toMatchObject({ status: "waiting", ahead: 2, missedCalls: 1 });

    // 钱 and 孙 are now ahead of 赵.
    const second = await callNext(db, rep, { boothId: boothA, now: at(7) });
    expect(second.graduateId).toBe(qian!.graduate.id);
    await startChat(db, rep, { entryId: second.id, as: "representative", now: at(7) });
    await finishChat(db, rep, { entryId: second.id, now: at(15) });
    await markInterest(db, rep, { entryId: second.id, interest: "interested", note: "Java 基础扎实，可安排二面。" });
    expect((await callNext(db, rep, { boothId: boothA, now: at(16) })).graduateId).toBe(sun!.graduate.id);

    const colleague = { userId: a.colleague.user.id };
    const again = await callNext(db, colleague, { boothId: boothA, now: at(16) });
    expect(again.graduateId).toBe(zhao!.graduate.id);
    const out = await markMissed(db, colleague, { entryId: again.id, now: at(17) });
    expect(out.status).toBe("missed");
    expect(await queueStatusFor(db, { userId: zhao!.user.id }, { fairId: fair.id, now: at(17) })).toEqual([]);
  });

  it("shows the position and an uncapped estimate from the booth's chats and representatives online", async () => {
    const db = await getDb();
    const { fair, a, boothA, people } = await twoBooths(6);
    for (const [i, g] of people.entries()) await joinQueue(db, { userId: g.user.id }, { boothId: boothA, now: at(i) });
    // Only the owner takes calls at booth A: the colleague goes offline.
    await setRepresentativeOnline(db, { userId: a.colleague.user.id }, { boothId: boothA, online: false });
    const rep = { userId: a.owner.user.id };
    // Three chats of 8, 12 and 10 minutes: the median, 10, replaces the booth's chosen 10.
    for (const minutes of [8, 12, 10]) {
      const entry = await callNext(db, rep, { boothId: boothA, now: at(10) });
      await startChat(db, rep, { entryId: entry.id, as: "representative", now: at(10) });
      await finishChat(db, rep, { entryId: entry.id, now: at(10 + minutes) });
    }
    const last = people.at(-1)!;
    const [line] = await queueStatusFor(db, { userId: last.user.id }, { fairId: fair.id, now: at(30) });
    expect(line).toMatchObject({ status: "waiting", ahead: 2 });
    // The one representative is free: the first ahead goes now, the second after ~10 min, then this one.
    expect(line!.estimate).toEqual({ known: true, minutes: 20, basis: "recent", typicalMinutes: 10 });

    const console = await boothConsole(db, rep, { boothId: boothA, now: at(30) });
    expect(console.waiting).toBe(3);
    expect(console.toMark).toHaveLength(3);
  });

  it("keeps unregistered graduates and closed hours out of the lines", async () => {
    const db = await getDb();
    const { boothA } = await twoBooths(0);
    const stranger = await linkedGraduate(school, { resume: false });
    expect(await refusalKey(joinQueue(db, { userId: stranger.user.id }, { boothId: boothA, now: at() }))).toBe(
      "fairQueue.notRegistered",
    );
    const evening = new Date(schoolInstant(today(), "20:00"));
    expect(await refusalKey(joinQueue(db, { userId: stranger.user.id }, { boothId: boothA, now: evening }))).toBe(
      "fairQueue.notLive",
    );
    const rows = await db
      .select()
      .from(fairQueueEntries)
      .where(inArray(fairQueueEntries.boothId, [boothA]));
    expect(rows).toEqual([]);
  });

  it("opening the meeting link starts the chat and sends the graduate on; someone else's call is 404", async () => {
    const db = await getDb();
    const { fair, a, boothA, people } = await twoBooths(2);
    const [zheng, feng] = people;
    await joinQueue(db, { userId: zheng!.user.id }, { boothId: boothA, now: at(0) });
    await joinQueue(db, { userId: feng!.user.id }, { boothId: boothA, now: at(1) });
    const rep = { userId: a.owner.user.id };
    const called = await callNext(db, rep, { boothId: boothA, now: at(2) });
    expect(called.graduateId).toBe(zheng!.graduate.id);
    const open = (cookie: string, entryId = called.id) =>
      callRoute(fairMeeting.loader, {
        path: `/fairs/${fair.id}/meeting/${entryId}`,
        params: { id: fair.id, entryId },
        cookie,
      });

    expect((await open(feng!.cookie)).status).toBe(404);
    const first = await open(zheng!.cookie);
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("https://meeting.tencent.com/dm/3aBcD9xYz");
    const [chatting] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, called.id));
    expect(chatting).toMatchObject({ status: "chatting" });
    expect(chatting!.chatStartedAt).not.toBeNull();
    const console = await boothConsole(db, rep, { boothId: boothA, now: at(3) });
    expect(console.current).toMatchObject({ entryId: called.id, status: "chatting" });

    // Opened again during the chat: on to the meeting, the chat's start unchanged.
    expect((await open(zheng!.cookie)).headers.get("Location")).toBe("https://meeting.tencent.com/dm/3aBcD9xYz");
    const [again] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, called.id));
    expect(again!.chatStartedAt).toEqual(chatting!.chatStartedAt);
    // After the chat: back to the fair's page.
    await finishChat(db, rep, { entryId: called.id, now: at(12) });
    expect((await open(zheng!.cookie)).headers.get("Location")).toBe(`/fairs/${fair.id}`);
    expect((await open(zheng!.cookie, "not-a-uuid")).status).toBe(404);
  });

  it("warns the graduate too, a minute before the booth's chat length and when it is reached, and never ends the chat", async () => {
    const db = await getDb();
    const { fair, a, boothA, people } = await twoBooths(1);
    const [wei] = people;
    const me = { userId: wei!.user.id };
    const rep = { userId: a.owner.user.id };
    await joinQueue(db, me, { boothId: boothA, now: at(0) });
    const called = await callNext(db, rep, { boothId: boothA, now: at(1) });
    await startChat(db, rep, { entryId: called.id, as: "representative", now: at(2) });
    // The booths of the test fair suggest 10 minutes.
    const line = async (minutes: number) => (await queueStatusFor(db, me, { fairId: fair.id, now: at(minutes) }))[0]!;
    expect((await line(7)).timer).toMatchObject({ phase: "running", elapsedSeconds: 300, lengthSeconds: 600 });
    expect((await line(11.5)).timer).toMatchObject({ phase: "warning" });
    const over = await line(25);
    expect(over).toMatchObject({ status: "chatting", timer: { phase: "over", elapsedSeconds: 23 * 60 } });
  });

  it("shows each booth's load on the fair page while live: representatives online and people waiting", async () => {
    const db = await getDb();
    const { fair, b, boothA, boothB, people } = await twoBooths(3);
    for (const person of people) await joinQueue(db, { userId: person.user.id }, { boothId: boothA, now: at(0) });
    for (const rep of [b.owner, b.colleague])
      await setRepresentativeOnline(db, { userId: rep.user.id }, { boothId: boothB, online: false, now: at(1) });
    const page = await callRoute(fairPage.loader, { path: `/fairs/${fair.id}`, params: { id: fair.id } });
    const booths = (page.data as { booths: { id: string; online: number; waiting: number }[] }).booths;
    expect(booths.find((booth) => booth.id === boothA)).toMatchObject({ online: 2, waiting: 3 });
    expect(booths.find((booth) => booth.id === boothB)).toMatchObject({ online: 0, waiting: 0 });
  });

  it("ends the event stream of a page that went away before its subscription was made", async () => {
    const { fair, people } = await twoBooths(1);
    const gone = new AbortController();
    gone.abort();
    const response = (await fairEvents.loader({
      request: new Request(`http://localhost/fairs/${fair.id}/events`, {
        headers: { Cookie: people[0]!.cookie },
        signal: gone.signal,
      }),
      params: { id: fair.id },
      context: {},
    })) as Response;
    const reader = response.body!.getReader();
    const ended = (async () => {
      while (!(await reader.read()).done);
      return "ended";
    })();
    const timeout = new Promise((resolve) => setTimeout(() => resolve("still open"), 3000));
    expect(await Promise.race([ended, timeout])).toBe("ended");
  });

  it("pushes a call to the graduate's event stream within 2 s (LISTEN/NOTIFY, any web process)", async () => {
    const db = await getDb();
    const { fair, a, boothA, people } = await twoBooths(1);
    const [zhou] = people;
    await joinQueue(db, { userId: zhou!.user.id }, { boothId: boothA, now: at() });
    const request = new Request(`http://localhost/fairs/${fair.id}/events`, { headers: { Cookie: zhou!.cookie } });
    const controller = new AbortController();
    const response = (await fairEvents.loader({
      request: new Request(request, { signal: controller.signal }),
      params: { id: fair.id },
      context: {},
    })) as Response;
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    await reader.read(); // "retry: 2000": the stream is subscribed
    const calledAt = Date.now();
    await callNext(db, { userId: a.owner.user.id }, { boothId: boothA, now: at(1) });
    // The notice of the join itself may still be on its way when the stream subscribes (one listener
    // serves the process), so a "waiting" event can come first: read until the call.
    let text = "";
    while (!text.includes('"status":"called"')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    expect(text).toContain('"status":"called"');
    expect(Date.now() - calledAt).toBeLessThan(2000);
    controller.abort();
  });
});
