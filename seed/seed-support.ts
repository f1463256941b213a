import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import type { StaffActor } from "../app/auth/actor";
import { DIFFICULTY_CATEGORIES } from "../app/graduates/roster-import";
import { importRoster } from "../app/graduates/roster-import.server";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import { STALL_DAYS } from "../app/support/rules";
import { ContactSchema, SubsidySchema } from "../app/support/schema";
import {
  addGoal,
  changeSubsidyStatus,
  closeSupportPlan,
  logContact,
  openSupportPlan,
  recordSubsidy,
  referPosting,
  setGoalDone,
} from "../app/support/support.server";
import { schoolDate } from "../app/time";
import type { Database, Queryable } from "../db/client";
import { graduates, postings, type ContactChannel } from "../db/schema";
import { loadSchool, rosterFile } from "./factories";
import { createRandom } from "./school-data";

const DAY = 24 * 3600_000;
/** When the roster with difficulty categories was imported: before the first plan opens (70 days back at most). */
const DIFFICULTIES_KNOWN_DAYS = 75;

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

/**
 * Support plans (一人一策) for demo graduates with difficulties: some stalled for more than
 * 14 days, some active, one closed, and some with no plan yet. Stalled examples are chosen among
 * graduates with no application or destination activity, so their own activity does not mask it.
 * Made by replaying the support commands (app/support/support.server.ts) at chosen times; the
 * referral mails they queue are settled unsent (demo data mails nobody).
 */
export async function seedSupport(
  tx: Queryable,
  options: { schoolStaffUserId: string; collegeStaffUserId: string; collegeId: number | null; now?: Date },
) {
  const random = createRandom(2026_11);
  // The commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const now = options.now ?? new Date();
  const quiet = sql`not exists (select 1 from applications a where a.graduate_id = ${graduates.id})
    and not exists (select 1 from destination_history h where h.graduate_id = ${graduates.id})`;
  const pickGraduates = (collegeFilter: SQL | undefined, limit: number) =>
    tx
      .select()
      .from(graduates)
      .where(and(eq(graduates.cohort, 2026), sql`${graduates.userId} is null`, quiet, collegeFilter))
      .orderBy(asc(graduates.studentNo))
      .limit(limit);
  const ownCollege = options.collegeId ? await pickGraduates(eq(graduates.collegeId, options.collegeId), 10) : [];
  const others = await pickGraduates(options.collegeId ? ne(graduates.collegeId, options.collegeId) : undefined, 14);
  const chosen = [...ownCollege, ...others];
  if (chosen.length === 0) return { withDifficulties: 0, plans: 0, stalled: 0 };

  // The school's updated roster names their difficulty categories (困难类别), before any plan opens.
  const updated = [];
  for (const g of chosen) {
    const first = random.pick(DIFFICULTY_CATEGORIES).zh;
    const second = random.next() < 0.25 ? random.pick(DIFFICULTY_CATEGORIES).zh : null;
    updated.push({ ...g, difficulties: second && second !== first ? [first, second] : [first] });
  }
  await importRoster(
    db,
    { userId: options.schoolStaffUserId, scope: { kind: "school" } },
    {
      bytes: rosterFile(await loadSchool(tx), updated),
      sendActivation: false,
      now: new Date(now.getTime() - DIFFICULTIES_KNOWN_DAYS * DAY),
    },
  );

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

  const replayFrom = await lastOutboxId(tx);
  const schoolStaff: StaffActor = { userId: options.schoolStaffUserId, scope: { kind: "school" } };
  const collegeStaff: StaffActor = {
    userId: options.collegeStaffUserId,
    scope: options.collegeId === null ? { kind: "school" } : { kind: "college", collegeId: options.collegeId },
  };

  let plans = 0;
  let stalled = 0;
  for (const [i, g] of chosen.entries()) {
    const kind = plan(i);
    if (!kind) continue;
    const counsellor = g.collegeId === options.collegeId ? collegeStaff : schoolStaff;
    const openedDaysAgo = random.int(35, 70);
    const lastDaysAgo =
      kind === "stalled"
        ? random.int(STALL_DAYS + 2, STALL_DAYS + 19)
        : kind === "active"
          ? random.int(0, 9)
          : random.int(5, 20);
    const openedAt = new Date(now.getTime() - openedDaysAgo * DAY);
    const lastAt = new Date(now.getTime() - lastDaysAgo * DAY);
    // Everything on a plan happens between its opening and its last progress, so a stalled plan's
    // silence is the last contact's and nothing later wakes it.
    const between = (share: number) => new Date(openedAt.getTime() + (lastAt.getTime() - openedAt.getTime()) * share);
    const graduateId = g.id;
    await openSupportPlan(db, counsellor, { graduateId, counsellorId: counsellor.userId, now: openedAt });
    plans += 1;
    if (kind === "stalled") stalled += 1;

    const goalIds: string[] = [];
    const goalCount = random.int(2, 3);
    for (let j = 0; j < goalCount; j++) {
      goalIds.push(await addGoal(db, counsellor, { graduateId, text: GOALS[(i + j) % GOALS.length]!, now: openedAt }));
    }

    const withSubsidy = i % 2 === 0 || kind === "closed";
    const granted = withSubsidy && (kind === "closed" || random.next() < 0.4);
    let subsidyId: string | null = null;
    if (withSubsidy) {
      const appliedAt = between(0.1);
      const subsidy = SubsidySchema.parse({
        subsidyKind: "job_startup",
        amountYuan: "1500",
        subsidyStatus: "applied",
        appliedOn: schoolDate(appliedAt),
        subsidyNote: "材料已提交学院审核",
      });
      subsidyId = await recordSubsidy(db, counsellor, { graduateId, subsidy, now: appliedAt });
    }

    const contactCount = random.int(1, 4);
    for (let j = 0; j < contactCount; j++) {
      const at = j === contactCount - 1 ? lastAt : between(j / contactCount);
      const contact = ContactSchema.parse({ contactedOn: schoolDate(at), ...CONTACTS[(i + j) % CONTACTS.length]! });
      await logContact(db, counsellor, { graduateId, contact, now: at });
    }
    if (subsidyId && granted)
      await changeSubsidyStatus(db, counsellor, { graduateId, subsidyId, status: "granted", now: between(0.8) });

    if (published.length > 0 && kind !== "stalled") {
      await referPosting(db, counsellor, {
        graduateId,
        postingId: published[i % published.length]!.id,
        note: "岗位与专业对口，单位有完善的新员工培养计划，建议尽快投递。",
        now: new Date(Math.max(openedAt.getTime(), lastAt.getTime() - DAY)),
      });
    }
    for (const [j, goalId] of goalIds.entries()) {
      if (kind === "closed" || (j === 0 && kind !== "stalled"))
        await setGoalDone(db, counsellor, { graduateId, goalId, done: true, now: lastAt });
    }
    if (kind === "closed")
      await closeSupportPlan(db, counsellor, { graduateId, reason: "已签订三方协议，毕业去向已落实", now: lastAt });
  }
  await settleReplayedMail(tx, replayFrom);
  return { withDifficulties: chosen.length, plans, stalled };
}
