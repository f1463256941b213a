import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import { DIFFICULTY_CATEGORIES } from "../app/graduates/roster-import";
import { STALL_DAYS } from "../app/support/rules";
import type { Queryable } from "../db/client";
import {
  graduates,
  postings,
  supportContacts,
  supportGoals,
  supportPlans,
  supportReferrals,
  supportSubsidies,
  type ContactChannel,
} from "../db/schema";
import { createRandom } from "./school-data";

const DAY = 24 * 3600_000;

const GOALS = [
  "完善简历并请就业指导老师审阅",
  "参加至少两场校园招聘会",
  "每周投递不少于 5 个岗位",
  "完成一次模拟面试",
  "申请求职创业补贴",
  "了解西部计划与三支一扶报名要求",
  "确定求职城市与期望薪资",
];

const CONTACTS: { channel: ContactChannel; summary: string; nextStep: string }[] = [
  {
    channel: "in_person",
    summary: "面谈了解家庭情况与求职意向，希望回生源地省会城市工作，倾向国企或事业单位。",
    nextStep: "推荐本省国企岗位，协助修改简历",
  },
  {
    channel: "phone",
    summary: "电话回访：已投递 4 家单位，1 家进入笔试。对笔试准备信心不足。",
    nextStep: "发送笔试复习资料，约下周模拟面试",
  },
  {
    channel: "wechat",
    summary: "微信沟通简历修改意见，补充了课程设计与实习经历。",
    nextStep: "根据修改后的简历推荐岗位",
  },
  { channel: "video", summary: "视频模拟面试，表达清楚但缺乏对岗位的了解。", nextStep: "整理目标单位的业务资料" },
  { channel: "phone", summary: "电话联系：求职创业补贴材料已提交学院，等待审核。", nextStep: "跟进补贴审批结果" },
];

const dayOf = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at);

/**
 * Support plans (一人一策) for demo graduates with difficulties: some stalled for more than
 * 14 days, some active, one closed, and some with no plan yet. Stalled examples are chosen among
 * graduates with no application or destination activity, so their own activity does not mask it.
 */
export async function seedSupport(
  tx: Queryable,
  options: { schoolStaffUserId: string; collegeStaffUserId: string; collegeId: number | null; now?: Date },
) {
  const random = createRandom(2026_11);
  const now = options.now ?? new Date();
  const quiet = sql`not exists (select 1 from applications a where a.graduate_id = ${graduates.id})
    and not exists (select 1 from destination_history h where h.graduate_id = ${graduates.id})`;
  const pickGraduates = (collegeFilter: SQL | undefined, limit: number) =>
    tx
      .select({ id: graduates.id, collegeId: graduates.collegeId })
      .from(graduates)
      .where(and(eq(graduates.cohort, 2026), sql`${graduates.userId} is null`, quiet, collegeFilter))
      .orderBy(asc(graduates.studentNo))
      .limit(limit);
  const ownCollege = options.collegeId ? await pickGraduates(eq(graduates.collegeId, options.collegeId), 10) : [];
  const others = await pickGraduates(options.collegeId ? ne(graduates.collegeId, options.collegeId) : undefined, 14);
  const chosen = [...ownCollege, ...others];
  if (chosen.length === 0) return { withDifficulties: 0, plans: 0, stalled: 0 };

  for (const g of chosen) {
    const first = random.pick(DIFFICULTY_CATEGORIES).zh;
    const second = random.next() < 0.25 ? random.pick(DIFFICULTY_CATEGORIES).zh : null;
    await tx
      .update(graduates)
      .set({ difficulties: second && second !== first ? [first, second] : [first] })
      .where(eq(graduates.id, g.id));
  }

  const published = await tx
    .select({ id: postings.id })
    .from(postings)
    .where(eq(postings.status, "published"))
    .orderBy(asc(postings.createdAt))
    .limit(12);

  // Of every six graduates: two stalled, two active, two without a plan yet; the third one closed.
  type Kind = "stalled" | "active" | "closed";
  const plan = (i: number): Kind | null => {
    const k = i % 6;
    if (k === 0 || k === 3) return "stalled";
    if (k === 1 || k === 4) return "active";
    if (i === 2) return "closed";
    return null; // no plan yet
  };

  let plans = 0;
  let stalled = 0;
  for (const [i, g] of chosen.entries()) {
    const kind = plan(i);
    if (!kind) continue;
    const counsellor = g.collegeId === options.collegeId ? options.collegeStaffUserId : options.schoolStaffUserId;
    const openedDaysAgo = random.int(35, 70);
    const lastDaysAgo =
      kind === "stalled"
        ? random.int(STALL_DAYS + 2, STALL_DAYS + 19)
        : kind === "active"
          ? random.int(0, 9)
          : random.int(5, 20);
    const openedAt = new Date(now.getTime() - openedDaysAgo * DAY);
    const lastAt = new Date(now.getTime() - lastDaysAgo * DAY);
    const [row] = await tx
      .insert(supportPlans)
      .values({
        graduateId: g.id,
        counsellorId: counsellor,
        openedBy: counsellor,
        status: kind === "closed" ? "closed" : "open",
        closeReason: kind === "closed" ? "已签订三方协议，毕业去向已落实" : null,
        closedAt: kind === "closed" ? lastAt : null,
        createdAt: openedAt,
        updatedAt: lastAt,
        lastActivityAt: lastAt,
      })
      .returning({ id: supportPlans.id });
    const planId = row!.id;
    plans += 1;
    if (kind === "stalled") stalled += 1;

    const goalCount = random.int(2, 3);
    for (let j = 0; j < goalCount; j++) {
      const done = j === 0 && kind !== "stalled";
      await tx.insert(supportGoals).values({
        planId,
        text: GOALS[(i + j) % GOALS.length]!,
        done: done || kind === "closed",
        doneAt: done || kind === "closed" ? lastAt : null,
        createdBy: counsellor,
        createdAt: openedAt,
        updatedAt: done ? lastAt : openedAt,
      });
    }

    // Contacts spread between opening and the last progress; the last one is the last progress.
    const contactCount = random.int(1, 4);
    for (let j = 0; j < contactCount; j++) {
      const at =
        j === contactCount - 1
          ? lastAt
          : new Date(openedAt.getTime() + ((lastAt.getTime() - openedAt.getTime()) * j) / contactCount);
      const contact = CONTACTS[(i + j) % CONTACTS.length]!;
      await tx
        .insert(supportContacts)
        .values({ planId, contactedOn: dayOf(at), ...contact, authorId: counsellor, createdAt: at });
    }

    if (published.length > 0 && kind !== "stalled") {
      const posting = published[i % published.length]!;
      await tx
        .insert(supportReferrals)
        .values({
          planId,
          postingId: posting.id,
          note: "岗位与专业对口，单位有完善的新员工培养计划，建议尽快投递。",
          referredBy: counsellor,
          createdAt: new Date(lastAt.getTime() - DAY),
        })
        .onConflictDoNothing();
    }
    if (i % 2 === 0 || kind === "closed") {
      const granted = kind === "closed" || random.next() < 0.4;
      await tx.insert(supportSubsidies).values({
        planId,
        kind: "job_startup",
        amountYuan: 1500,
        status: granted ? "granted" : "applied",
        appliedOn: dayOf(new Date(openedAt.getTime() + 3 * DAY)),
        decidedOn: granted ? dayOf(new Date(openedAt.getTime() + 25 * DAY)) : null,
        note: granted ? "已发放至本人银行卡" : "材料已提交学院审核",
        recordedBy: counsellor,
        createdAt: openedAt,
        updatedAt: openedAt,
      });
    }
  }
  return { withDifficulties: chosen.length, plans, stalled };
}
