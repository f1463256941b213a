/**
 * Demo online fairs, made by the fair commands (decision 009, seeds): a fair live today with booths,
 * representatives online and graduates in several lines (one called, one in a chat, chats held);
 * a past fair with its chats and interest marks; an upcoming fair open for registration.
 */
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { addMemberByStaff } from "../app/employers/employers.server";
import type { StaffActor } from "../app/auth/actor";
import { applyForBooth, changeFairStatus, createFair, decideBooth, registerForFair } from "../app/fairs/fairs.server";
import {
  callNext,
  finishChat,
  joinQueue,
  markInterest,
  setRepresentativeOnline,
  startChat,
} from "../app/fairs/queue.server";
import { FairSchema } from "../app/fairs/schema";
import { createBoothSession, joinSession, registerForSession } from "../app/fairs/sessions.server";
import { DomainError } from "../app/errors";
import { schoolDate, schoolHour, schoolInstant } from "../app/time";
import type { Database, Tx } from "../db/client";
import { createUser } from "./factories";
import { employerMembers, employers, graduates, postings } from "../db/schema";

const DAY = 86_400_000;
const MEETING_LINKS = [
  "https://meeting.tencent.com/dm/JY2027a",
  "https://vc.feishu.cn/j/202700001",
  "https://zoom.us/j/2027000002",
  "https://meeting.tencent.com/dm/JY2027b",
  "https://vc.feishu.cn/j/202700003",
  "https://meeting.tencent.com/dm/JY2027c",
];

function fair(overrides: Record<string, unknown>) {
  return FairSchema.parse({
    description: "线上视频双选会：报名后在开放时间内进入展位排队，轮到您时点击代表的会议链接即可面谈。",
    liveFrom: "09:00",
    liveUntil: "16:00",
    boothCapacity: "40",
    graduateCapacity: "",
    waitlistMode: "auto",
    ...overrides,
  });
}

/** The next graduate of a booth's line, or null when nobody is left (a small demo roster). */
async function callIfAnyone(db: Database, booth: { boothId: string; userId: string }, now: Date) {
  try {
    return await callNext(db, { userId: booth.userId }, { boothId: booth.boothId, now });
  } catch (error) {
    if (error instanceof DomainError && error.errors._form?.[0]?.key === "fairQueue.empty") return null;
    throw error;
  }
}

export async function seedFairs(
  tx: Tx,
  input: { schoolStaffUserId: string; demoGraduateUserId?: string; passwordHash?: string; now?: Date },
) {
  // The fair commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const now = input.now ?? new Date();
  const staff: StaffActor = { userId: input.schoolStaffUserId, scope: { kind: "school" } };
  const day = (n: number) => schoolDate(new Date(now.getTime() + n * DAY));

  // Demo employers without an account get a representative (rep1@demo.jiuye.cn …, the demo password),
  // added by staff as the career centre does for an employer who phones in.
  if (input.passwordHash) {
    const memberless = await tx
      .selectDistinct({ employerId: employers.id, name: employers.name })
      .from(employers)
      .innerJoin(postings, and(eq(postings.employerId, employers.id), eq(postings.status, "published")))
      .leftJoin(employerMembers, eq(employerMembers.employerId, employers.id))
      .where(and(eq(employers.status, "verified"), isNull(employerMembers.userId)))
      .orderBy(asc(employers.name))
      .limit(MEETING_LINKS.length - 1);
    for (const [i, employer] of memberless.entries()) {
      const email = `rep${i + 1}@demo.jiuye.cn`;
      await createUser(tx, {
        email,
        passwordHash: input.passwordHash,
        role: "employer",
        displayName: `${employer.name.slice(0, 4)} 招聘代表`,
      });
      await addMemberByStaff(db, staff, { employerId: employer.employerId, email });
    }
  }

  // Verified employers with a published posting, and a member to represent each.
  const exhibitors = await tx
    .selectDistinctOn([employers.id], {
      employerId: employers.id,
      userId: employerMembers.userId,
      postingId: postings.id,
    })
    .from(employers)
    .innerJoin(employerMembers, eq(employerMembers.employerId, employers.id))
    .innerJoin(postings, and(eq(postings.employerId, employers.id), eq(postings.status, "published")))
    .where(eq(employers.status, "verified"))
    .orderBy(asc(employers.id))
    .limit(MEETING_LINKS.length);
  const people = await tx
    .select({ userId: graduates.userId })
    .from(graduates)
    .where(isNotNull(graduates.userId))
    .orderBy(asc(graduates.studentNo))
    .limit(24);
  const graduateUsers = people.map((p) => p.userId!).filter((id) => id !== input.demoGraduateUserId);
  if (input.demoGraduateUserId) graduateUsers.unshift(input.demoGraduateUserId);

  async function withBooths(fairId: string, appliedAt: Date) {
    const booths: { boothId: string; userId: string }[] = [];
    for (const [i, who] of exhibitors.entries()) {
      const { boothId } = await applyForBooth(
        db,
        { userId: who.userId },
        {
          fairId,
          intro: "欢迎来到我们的展位，代表在线解答岗位与发展问题。",
          chatMinutes: 10,
          postingIds: [who.postingId],
          representatives: [{ userId: who.userId, meetingLink: MEETING_LINKS[i]! }],
          now: appliedAt,
        },
      );
      await decideBooth(db, staff, { boothId, decision: "approve", now: appliedAt });
      booths.push({ boothId, userId: who.userId });
    }
    return booths;
  }

  // A past fair: chats held and interest marked, then closed.
  const past = await createFair(
    db,
    staff,
    fair({
      title: "2026届秋季信息类专场空中双选会",
      theme: "信息类专场",
      startsOn: day(-30),
      endsOn: day(-30),
      employerWindowOpens: day(-45),
      employerWindowCloses: day(-32),
    }),
  );
  await changeFairStatus(db, staff, { fairId: past.id, event: "open_to_employers" });
  const pastBooths = await withBooths(past.id, new Date(now.getTime() - 40 * DAY));
  await changeFairStatus(db, staff, { fairId: past.id, event: "open_to_graduates" });
  for (const userId of graduateUsers.slice(0, 12)) await registerForFair(db, { userId }, { fairId: past.id });
  // A group session in the afternoon: six took a place, four came (they opened the join link).
  if (pastBooths.length > 0) {
    const booth = pastBooths[0]!;
    const { sessionId } = await createBoothSession(
      db,
      { userId: booth.userId },
      {
        boothId: booth.boothId,
        title: "校招岗位与培养体系宣讲",
        date: day(-30),
        time: "14:00",
        minutes: 45,
        capacity: 30,
        meetingLink: MEETING_LINKS[0]!,
        now: new Date(now.getTime() - 38 * DAY),
      },
    );
    const sessionStart = schoolInstant(day(-30), "14:00");
    for (const [i, userId] of graduateUsers.slice(0, 6).entries()) {
      await registerForSession(db, { userId }, { sessionId, now: new Date(now.getTime() - 33 * DAY) });
      if (i < 4) await joinSession(db, { userId }, { sessionId, now: new Date(sessionStart.getTime() + i * 60_000) });
    }
  }
  await changeFairStatus(db, staff, { fairId: past.id, event: "go_live" });
  const pastMorning = schoolInstant(day(-30), "09:30");
  const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
  const pastActive = pastBooths.slice(0, 3);
  for (const booth of pastActive) {
    await setRepresentativeOnline(
      db,
      { userId: booth.userId },
      { boothId: booth.boothId, online: true, now: pastMorning },
    );
  }
  for (const [i, userId] of graduateUsers.slice(0, 12).entries()) {
    if (pastActive.length === 0) break;
    await joinQueue(db, { userId }, { boothId: pastActive[i % pastActive.length]!.boothId, now: at(pastMorning, i) });
  }
  const interests = ["interested", "not_a_fit", "interested", "invite_to_interview"] as const;
  for (let round = 0; round < 3; round++) {
    for (const booth of pastActive) {
      const start = at(pastMorning, 20 + round * 15);
      const entry = await callIfAnyone(db, booth, start);
      if (!entry) continue;
      await startChat(db, { userId: booth.userId }, { entryId: entry.id, as: "representative", now: at(start, 1) });
      await finishChat(db, { userId: booth.userId }, { entryId: entry.id, now: at(start, 9 + round * 2) });
      await markInterest(
        db,
        { userId: booth.userId },
        {
          entryId: entry.id,
          interest: interests[round % interests.length]!,
          note: "沟通顺畅，专业基础扎实。",
        },
      );
    }
  }
  await changeFairStatus(db, staff, { fairId: past.id, event: "close" });

  // The fair running now: live all day today so the demo works at any hour.
  const live = await createFair(
    db,
    staff,
    fair({
      title: "2027届春季空中双选会（综合专场）",
      theme: "综合专场",
      startsOn: day(0),
      endsOn: day(0),
      liveFrom: "00:00",
      liveUntil: "23:59",
      graduateCapacity: "200",
      employerWindowOpens: day(-14),
      employerWindowCloses: day(0),
    }),
  );
  await changeFairStatus(db, staff, { fairId: live.id, event: "open_to_employers" });
  const liveBooths = await withBooths(live.id, new Date(now.getTime() - 10 * DAY));
  await changeFairStatus(db, staff, { fairId: live.id, event: "open_to_graduates" });
  for (const userId of graduateUsers) await registerForFair(db, { userId }, { fairId: live.id });
  await changeFairStatus(db, staff, { fairId: live.id, event: "go_live" });
  // The live fair's last forty minutes, minute 0 to minute 40 (now). The fair is live today only, from
  // 00:00 until 23:59: seeded just after midnight the forty minutes are squeezed into the part of today
  // that has passed, and seeded in the last minute they end a second before 23:59 (tests/integration/
  // seed-fairs-midnight.test.ts). The joins are spread over minutes 0 to 29, before the first call.
  const liveEnd = Math.min(now.getTime(), schoolInstant(day(0), "23:59").getTime() - 1000);
  const liveSpan = Math.min(40 * 60_000, liveEnd - schoolInstant(day(0), "00:00").getTime());
  const liveMinute = (minute: number) => new Date(liveEnd - liveSpan + (minute / 40) * liveSpan);
  const earlier = liveMinute(0);
  for (const booth of liveBooths) {
    await setRepresentativeOnline(db, { userId: booth.userId }, { boothId: booth.boothId, online: true, now: earlier });
  }
  // Everyone but the demo graduate joins two or three lines; a few chats have already been held.
  for (const [i, userId] of graduateUsers.entries()) {
    if (userId === input.demoGraduateUserId || liveBooths.length === 0) continue;
    for (let k = 0; k < Math.min(liveBooths.length, 2 + (i % 2)); k++) {
      await joinQueue(
        db,
        { userId },
        { boothId: liveBooths[(i + k) % liveBooths.length]!.boothId, now: liveMinute((29 * i) / graduateUsers.length) },
      );
    }
  }
  if (liveBooths.length >= 2) {
    for (const booth of liveBooths.slice(0, 2)) {
      const entry = await callIfAnyone(db, booth, liveMinute(30));
      if (!entry) continue;
      await startChat(db, { userId: booth.userId }, { entryId: entry.id, as: "representative", now: liveMinute(30) });
      await finishChat(db, { userId: booth.userId }, { entryId: entry.id, now: liveMinute(39) });
    }
    // One graduate is in a chat now, another has just been called.
    const chatting = await callIfAnyone(db, liveBooths[0]!, liveMinute(39));
    if (chatting) {
      await startChat(
        db,
        { userId: liveBooths[0]!.userId },
        { entryId: chatting.id, as: "representative", now: liveMinute(39) },
      );
    }
    await callIfAnyone(db, liveBooths[1]!, liveMinute(40));
  }
  // A group session later today (on the hour, at least an hour from now), the demo graduate has a place.
  const later = new Date(now.getTime() + 60 * 60_000);
  if (liveBooths.length > 0 && schoolDate(later) === day(0) && schoolHour(later) < 23) {
    const booth = liveBooths[0]!;
    const { sessionId } = await createBoothSession(
      db,
      { userId: booth.userId },
      {
        boothId: booth.boothId,
        title: "技术岗位答疑：面试流程与实习转正",
        date: day(0),
        time: `${String(schoolHour(later) + 1).padStart(2, "0")}:00`,
        minutes: 40,
        capacity: 50,
        meetingLink: MEETING_LINKS[0]!,
        now,
      },
    );
    for (const userId of graduateUsers.slice(0, 5)) await registerForSession(db, { userId }, { sessionId, now });
  }
  if (input.demoGraduateUserId && liveBooths.length >= 3) {
    // The demo graduate waits in the last two lines, so their page shows places and estimates.
    for (const booth of liveBooths.slice(-2)) {
      await joinQueue(db, { userId: input.demoGraduateUserId }, { boothId: booth.boothId, now: liveMinute(40) });
    }
  }

  // An upcoming fair, open to employers and graduates.
  const upcoming = await createFair(
    db,
    staff,
    fair({
      title: "2027届中小企业专场空中双选会",
      theme: "中小企业专场",
      startsOn: day(21),
      endsOn: day(22),
      graduateCapacity: "300",
      employerWindowOpens: day(-3),
      employerWindowCloses: day(14),
      cohorts: ["2026", "2027"],
    }),
  );
  await changeFairStatus(db, staff, { fairId: upcoming.id, event: "open_to_employers" });
  await withBooths(upcoming.id, now);
  await changeFairStatus(db, staff, { fairId: upcoming.id, event: "open_to_graduates" });

  return { fairs: 3, booths: liveBooths.length, graduates: graduateUsers.length };
}
