/**
 * Demo campus talks (宣讲会), made by the talk commands (decision 009, seeds): two venues, an
 * upcoming talk on campus and one online (the demo graduate signed up to both), and a past talk
 * with sign-ups and attendance by QR code and by staff.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { StaffActor } from "../app/auth/actor";
import { checkInCode } from "../app/talks/check-in.server";
import { addWorkingDays, earliestTalkDate, talkWindow } from "../app/talks/rules";
import { TalkRequestSchema } from "../app/talks/schema";
import {
  checkInByStudentNumber,
  checkInWithCode,
  createVenue,
  decideTalk,
  requestTalk,
  signUpForTalk,
} from "../app/talks/talks.server";
import { getEnv } from "../app/config/env.server";
import { addCalendarDays, schoolDate } from "../app/time";
import type { Database, Tx } from "../db/client";
import { employerMembers, employers, graduates, postings, talks } from "../db/schema";

const DAY = 86_400_000;
const BROCHURE =
  "一、单位简介：国家高新技术企业，总部位于杭州。\n二、招聘岗位：软件开发工程师、测试工程师、产品经理。\n三、福利待遇：五险一金、年终奖、人才公寓。\n四、招聘流程：宣讲会 → 网申 → 笔试 → 面试 → 签约。";

export async function seedTalks(tx: Tx, input: { schoolStaffUserId: string; demoGraduateUserId?: string; now?: Date }) {
  // The talk commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const now = input.now ?? new Date();
  const staff: StaffActor = { userId: input.schoolStaffUserId, scope: { kind: "school" } };
  const hall = await createVenue(db, staff, { name: "学术报告厅", building: "图书馆", capacity: 300 });
  const room = await createVenue(db, staff, { name: "201 多媒体教室", building: "第一教学楼", capacity: 120 });

  const hosts = await tx
    .selectDistinct({ employerId: employers.id, userId: employerMembers.userId, name: employers.name })
    .from(employers)
    .innerJoin(employerMembers, eq(employerMembers.employerId, employers.id))
    .innerJoin(postings, and(eq(postings.employerId, employers.id), eq(postings.status, "published")))
    .where(eq(employers.status, "verified"))
    .orderBy(asc(employers.name))
    .limit(3);
  if (hosts.length < 3) return { talks: 0, attended: 0 };
  const postingOf = async (employerId: string) =>
    (
      await tx
        .select({ id: postings.id })
        .from(postings)
        .where(and(eq(postings.employerId, employerId), eq(postings.status, "published")))
        .limit(2)
    ).map((p) => p.id);
  const attendees = await tx
    .select({ userId: graduates.userId, studentNo: graduates.studentNo })
    .from(graduates)
    .where(isNotNull(graduates.userId))
    .orderBy(asc(graduates.studentNo))
    .limit(12);

  const notice = getEnv().TALK_NOTICE_WORKING_DAYS;
  const request = async (host: (typeof hosts)[number], fields: Record<string, unknown>, at: Date): Promise<string> => {
    const form = TalkRequestSchema.parse({
      brochure: BROCHURE,
      postingIds: await postingOf(host.employerId),
      ...fields,
    });
    const { talkId } = await requestTalk(db, { userId: host.userId }, { ...form, now: at });
    await decideTalk(db, staff, { talkId, decision: "approve", now: at });
    return talkId;
  };

  // Upcoming: on campus a week after the earliest date, online two days after that.
  const campusDay = addWorkingDays(earliestTalkDate(now, notice), 2);
  const campusId = await request(
    hosts[0]!,
    {
      title: `${hosts[0]!.name} 2027届校园招聘宣讲会`,
      mode: "on_campus",
      venueId: String(hall.id),
      talkDate: campusDay,
      slot: "afternoon",
    },
    now,
  );
  const onlineId = await request(
    hosts[1]!,
    {
      title: `${hosts[1]!.name} 空中宣讲会`,
      mode: "online",
      meetingLink: "https://meeting.tencent.com/dm/JYtalk2027",
      capacity: "500",
      talkDate: addWorkingDays(campusDay, 2),
      slot: "evening",
    },
    now,
  );

  // Past: requested three weeks before it took place, four days ago.
  const pastDay = addCalendarDays(schoolDate(now), -4);
  const pastId = await request(
    hosts[2]!,
    {
      title: `${hosts[2]!.name} 专场宣讲会`,
      mode: "on_campus",
      venueId: String(room.id),
      talkDate: pastDay,
      slot: "morning",
    },
    new Date(now.getTime() - 25 * DAY),
  );
  const [past] = await tx.select().from(talks).where(eq(talks.id, pastId));
  const { start } = talkWindow(past!);
  const before = new Date(start.getTime() - 2 * DAY);
  const during = new Date(start.getTime() + 5 * 60_000);
  let attended = 0;
  for (const [i, g] of attendees.entries()) {
    await signUpForTalk(db, { userId: g.userId! }, { talkId: pastId, now: before });
    // Most scan the room's code; two forgot their phones and staff checked them in; two did not come.
    if (i < 8) {
      await checkInWithCode(
        db,
        { userId: g.userId! },
        { talkId: pastId, code: checkInCode(past!, during), now: during },
      );
      attended += 1;
    } else if (i < 10) {
      await checkInByStudentNumber(db, staff, { talkId: pastId, studentNo: g.studentNo, now: during });
      attended += 1;
    }
  }
  for (const g of attendees.filter((a) => a.userId !== input.demoGraduateUserId).slice(0, 5))
    await signUpForTalk(db, { userId: g.userId! }, { talkId: campusId, now });
  if (input.demoGraduateUserId) {
    await signUpForTalk(db, { userId: input.demoGraduateUserId }, { talkId: campusId, now });
    await signUpForTalk(db, { userId: input.demoGraduateUserId }, { talkId: onlineId, now });
  }
  return { talks: 3, attended };
}
