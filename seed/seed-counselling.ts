import { eq, isNotNull } from "drizzle-orm";
import type { StaffActor } from "../app/auth/actor";
import { bookSlot, publishSlots, recordAttendance, saveNote } from "../app/counselling/counselling.server";
import { PublishSchema } from "../app/counselling/schema";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import { schoolDate, schoolInstant } from "../app/time";
import type { Database, Queryable } from "../db/client";
import { graduates, staffScopes } from "../db/schema";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The school's calendar date `days` from `now`, as YYYY-MM-DD. */
function schoolDateIn(now: Date, days: number): string {
  return schoolDate(new Date(now.getTime() + days * DAY));
}

function weekday(date: string): number {
  return schoolInstant(date, "12:00").getUTCDay();
}

const QUESTIONS = [
  { topic: "resume", question: "投递互联网后端岗位，简历项目经历写得太散，想请老师帮忙看看怎么突出重点。" },
  { topic: "interview", question: "下周有一场群面和技术面，想练习一下自我介绍和常见行为面试问题。" },
  { topic: "further_study", question: "在考研和考选调生之间犹豫，想了解两条路的时间安排和准备方法。" },
  { topic: "career", question: "对产品经理和数据分析都感兴趣，不知道哪个更适合自己。" },
  { topic: "wellbeing", question: "秋招一直没有结果，最近压力很大，睡眠也不好。" },
];

/**
 * Counselling demo: slots over the next two weeks by the school counsellor (in person, open to
 * everyone) and the computer-science college counsellor (video, for that college), a few booked
 * by demo graduates (graduate@demo.jiuye.cn among them) and one attended in the past. Made by
 * replaying the domain's commands (app/counselling/counselling.server.ts) at chosen times; the
 * invitations they queue are settled unsent (demo data mails nobody).
 */
export async function seedCounselling(
  tx: Queryable,
  input: { schoolStaffUserId: string; collegeStaffUserId: string; demoGraduateUserId?: string; now?: Date },
) {
  // The commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const replayFrom = await lastOutboxId(tx);
  const now = input.now ?? new Date();
  const [scope] = await tx
    .select({ collegeId: staffScopes.collegeId })
    .from(staffScopes)
    .where(eq(staffScopes.userId, input.collegeStaffUserId))
    .limit(1);
  const csCollegeId = scope?.collegeId ?? null;
  const schoolStaff: StaffActor = { userId: input.schoolStaffUserId, scope: { kind: "school" } };
  const collegeStaff: StaffActor = {
    userId: input.collegeStaffUserId,
    scope: csCollegeId === null ? { kind: "school" } : { kind: "college", collegeId: csCollegeId },
  };
  // Published a fortnight ago (before the past appointment), for the weeks ahead.
  const publishedAt = new Date(now.getTime() - 14 * DAY);
  const publish = async (staff: StaffActor, date: string, pattern: Record<string, unknown>) =>
    publishSlots(db, { staff, data: PublishSchema.parse({ date, ...pattern }), now: publishedAt });
  const inPerson = {
    mode: "in_person",
    location: "学生事务中心 2 楼 就业咨询室 203",
    topics: ["resume", "interview", "career", "further_study", "wellbeing"],
    audience: "all",
  };
  const video = {
    mode: "video",
    location: "https://meeting.tencent.com/dm/jiuye-cs-career",
    topics: ["resume", "interview", "career"],
    audience: csCollegeId ?? "all",
  };

  const schoolRows = await publish(schoolStaff, schoolDateIn(now, -5), {
    ...inPerson,
    from: "14:00",
    to: "14:45",
    minutes: 45,
  });
  const past = schoolRows.length;
  const collegeRows: typeof schoolRows = [];
  for (let d = 1; d <= 14; d++) {
    const date = schoolDateIn(now, d);
    const wd = weekday(date);
    if (wd === 2 || wd === 4)
      schoolRows.push(
        ...(await publish(schoolStaff, date, {
          ...inPerson,
          from: "14:00",
          to: "17:00",
          minutes: 45,
          breakMinutes: 15,
        })),
      );
    if (wd === 1 || wd === 3)
      collegeRows.push(...(await publish(collegeStaff, date, { ...video, from: "10:00", to: "11:30", minutes: 30 })));
    if (wd === 5)
      collegeRows.push(...(await publish(collegeStaff, date, { ...video, from: "15:00", to: "16:00", minutes: 30 })));
  }

  // Linked graduate accounts, the demo graduate first.
  const linked = await tx
    .select({ id: graduates.id, userId: graduates.userId, collegeId: graduates.collegeId })
    .from(graduates)
    .where(isNotNull(graduates.userId))
    .limit(40);
  const demo = linked.find((g) => g.userId === input.demoGraduateUserId);
  const others = linked.filter((g) => g.userId !== input.demoGraduateUserId);

  let bookings = 0;
  const book = async (userId: string, slotId: string, q: (typeof QUESTIONS)[number], at: Date) => {
    bookings++;
    return bookSlot(db, { userId }, { data: { slotId, topic: q.topic, question: q.question }, now: at });
  };
  const pastSlot = schoolRows[0];
  const futureSchool = schoolRows.slice(past);
  const used = new Set<string>();
  if (demo?.userId && pastSlot) {
    const booking = await book(demo.userId, pastSlot.id, QUESTIONS[3]!, new Date(now.getTime() - 9 * DAY));
    const after = new Date(pastSlot.endsAt.getTime() + 10 * 60_000);
    await recordAttendance(db, { staff: schoolStaff, bookingId: booking.id, outcome: "attended", now: after });
    await saveNote(db, {
      staff: schoolStaff,
      bookingId: booking.id,
      note: "已梳理兴趣与能力，建议先做两段数据分析实习再定方向。",
      now: after,
    });
    used.add(pastSlot.id);
  }
  // Booked over the last day, each a few hours apart.
  const recently = (n: number) => new Date(now.getTime() - (24 - 2 * n) * HOUR);
  const csSlot = collegeRows.find((s) => s.collegeId === demo?.collegeId) ?? null;
  if (demo?.userId && csSlot && csCollegeId !== null && demo.collegeId === csCollegeId) {
    await book(demo.userId, csSlot.id, QUESTIONS[0]!, recently(0));
    used.add(csSlot.id);
  } else if (demo?.userId && futureSchool[0]) {
    await book(demo.userId, futureSchool[0].id, QUESTIONS[0]!, recently(0));
    used.add(futureSchool[0].id);
  }
  // A few more: every third school slot, one graduate each.
  const free = futureSchool
    .filter((s) => !used.has(s.id))
    .filter((_, i) => i % 3 === 1)
    .slice(0, Math.min(5, others.length));
  for (const [i, slot] of free.entries())
    await book(others[i]!.userId!, slot.id, QUESTIONS[(i + 1) % QUESTIONS.length]!, recently(i + 1));
  const csOthers = others.slice(free.length).filter((g) => g.collegeId === csCollegeId);
  const csFree = collegeRows.filter((s) => !used.has(s.id) && s.id !== csSlot?.id).filter((_, i) => i % 2 === 1);
  for (const [i, g] of csOthers.slice(0, 2).entries())
    if (csFree[i]) await book(g.userId!, csFree[i]!.id, QUESTIONS[1]!, recently(i + 7));
  await settleReplayedMail(tx, replayFrom);
  return { slots: schoolRows.length + collegeRows.length, bookings };
}
