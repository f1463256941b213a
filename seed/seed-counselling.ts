import { eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "../db/client";
import { counsellingBookings, counsellingSlots, graduates, staffScopes } from "../db/schema";
import { generateSlots, type SlotTimes } from "../app/counselling/slots";

/** Beijing calendar date `days` from `now`, as YYYY-MM-DD. */
function beijingDate(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  return new Date(`${date}T12:00:00+08:00`).getUTCDay();
}

function slotsOn(date: string, from: string, to: string, minutes: number, breakMinutes = 0): SlotTimes[] {
  const result = generateSlots({ date, from, to, minutes, breakMinutes });
  return result.ok ? result.slots : [];
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
 * by demo graduates (graduate@demo.jiuye.cn among them) and one attended in the past. Rows are
 * written directly: no invites are mailed for demo data.
 */
export async function seedCounselling(
  tx: Queryable,
  input: { schoolStaffUserId: string; collegeStaffUserId: string; demoGraduateUserId?: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const [scope] = await tx
    .select({ collegeId: staffScopes.collegeId })
    .from(staffScopes)
    .where(eq(staffScopes.userId, input.collegeStaffUserId))
    .limit(1);
  const csCollegeId = scope?.collegeId ?? null;

  const school: SlotTimes[] = [];
  const college: SlotTimes[] = [];
  for (let d = 1; d <= 14; d++) {
    const date = beijingDate(now, d);
    const wd = weekday(date);
    if (wd === 2 || wd === 4) school.push(...slotsOn(date, "14:00", "17:00", 45, 15));
    if (wd === 1 || wd === 3) college.push(...slotsOn(date, "10:00", "11:30", 30));
    if (wd === 5) college.push(...slotsOn(date, "15:00", "16:00", 30));
  }
  const past = slotsOn(beijingDate(now, -5), "14:00", "14:45", 45);

  const schoolRows = await tx
    .insert(counsellingSlots)
    .values(
      [...past, ...school].map((s) => ({
        counsellorUserId: input.schoolStaffUserId,
        ...s,
        mode: "in_person" as const,
        location: "学生事务中心 2 楼 就业咨询室 203",
        topics: ["resume", "interview", "career", "further_study", "wellbeing"],
        collegeId: null,
      })),
    )
    .returning();
  const collegeRows = await tx
    .insert(counsellingSlots)
    .values(
      college.map((s) => ({
        counsellorUserId: input.collegeStaffUserId,
        ...s,
        mode: "video" as const,
        location: "https://meeting.tencent.com/dm/jiuye-cs-career",
        topics: ["resume", "interview", "career"],
        collegeId: csCollegeId,
      })),
    )
    .returning();

  // Linked graduate accounts, the demo graduate first.
  const linked = await tx
    .select({ id: graduates.id, userId: graduates.userId, collegeId: graduates.collegeId })
    .from(graduates)
    .where(isNotNull(graduates.userId))
    .limit(40);
  const demo = linked.find((g) => g.userId === input.demoGraduateUserId);
  const others = linked.filter((g) => g.userId !== input.demoGraduateUserId);

  const bookings: (typeof counsellingBookings.$inferInsert)[] = [];
  const pastSlot = schoolRows[0];
  const futureSchool = schoolRows.slice(past.length);
  if (demo && pastSlot) {
    bookings.push({
      slotId: pastSlot.id,
      graduateId: demo.id,
      counsellorUserId: input.schoolStaffUserId,
      topic: "career",
      question: QUESTIONS[3]!.question,
      status: "attended",
      staffNote: "已梳理兴趣与能力，建议先做两段数据分析实习再定方向。",
      createdAt: new Date(now.getTime() - 9 * 86_400_000),
    });
  }
  const csSlot = collegeRows.find((s) => s.collegeId === demo?.collegeId) ?? null;
  if (demo && csSlot && csCollegeId !== null && demo.collegeId === csCollegeId) {
    bookings.push({
      slotId: csSlot.id,
      graduateId: demo.id,
      counsellorUserId: input.collegeStaffUserId,
      topic: "resume",
      question: QUESTIONS[0]!.question,
    });
  } else if (demo && futureSchool[0]) {
    bookings.push({
      slotId: futureSchool[0].id,
      graduateId: demo.id,
      counsellorUserId: input.schoolStaffUserId,
      topic: "resume",
      question: QUESTIONS[0]!.question,
    });
  }
  // A few more: every other school slot of the first week, one graduate each.
  const used = new Set(bookings.map((b) => b.slotId));
  const free = futureSchool
    .filter((s) => !used.has(s.id))
    .filter((_, i) => i % 3 === 1)
    .slice(0, Math.min(5, others.length));
  free.forEach((slot, i) => {
    const q = QUESTIONS[(i + 1) % QUESTIONS.length]!;
    bookings.push({
      slotId: slot.id,
      graduateId: others[i]!.id,
      counsellorUserId: input.schoolStaffUserId,
      topic: q.topic,
      question: q.question,
    });
  });
  const csOthers = others.slice(free.length).filter((g) => g.collegeId === csCollegeId);
  const csFree = collegeRows.filter((s) => !used.has(s.id) && s.id !== csSlot?.id).filter((_, i) => i % 2 === 1);
  csOthers.slice(0, 2).forEach((g, i) => {
    if (csFree[i])
      bookings.push({
        slotId: csFree[i]!.id,
        graduateId: g.id,
        counsellorUserId: input.collegeStaffUserId,
        topic: "interview",
        question: QUESTIONS[1]!.question,
      });
  });
  if (bookings.length) await tx.insert(counsellingBookings).values(bookings);
  return { slots: schoolRows.length + collegeRows.length, bookings: bookings.length };
}
