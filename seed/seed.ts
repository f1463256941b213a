import { count, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { getEnv } from "../app/config/env.server";
import { importRoster } from "../app/graduates/roster-import.server";
import { createSchool, createUser, graduateRows, linkGraduateAccount, rosterFile } from "./factories";
import { graduates, users } from "../db/schema";
import { seedVetting } from "./seed-vetting";
import { seedGraduates } from "./seed-graduates";
import { seedDestinations } from "./seed-destinations";
import { seedSupport } from "./seed-support";
import { seedSigning } from "./seed-agreements";
import { seedCounselling } from "./seed-counselling";
import { seedProgrammes } from "./seed-programmes";
import { seedFairs } from "./seed-fairs";
import { seedTalks } from "./seed-talks";

/** The roster was imported at the start of the school year, before anything the demo replays (at most ~120 days back). */
const ROSTER_AGE_DAYS = 200;

export const DEMO_PASSWORD = "jiuye-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.jiuye.cn", role: "admin", displayName: "系统管理员 周海", college: null },
  { email: "staff@demo.jiuye.cn", role: "staff", displayName: "就业指导中心 陈老师", college: null },
  { email: "staff.cs@demo.jiuye.cn", role: "staff", displayName: "计算机学院 李老师", college: "01" },
  { email: "employer@demo.jiuye.cn", role: "employer", displayName: "杭州云帆科技 人事部 王经理", college: null },
  { email: "graduate@demo.jiuye.cn", role: "graduate", displayName: "张晓雯", college: null },
] as const;

export async function databaseIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Demo data for a newcomer's first `npm start`: a school of 10 colleges and ~50 majors, staff
 * with school and college scope, and 800 graduates across four cohorts.
 */
export async function seedDemo(
  db: Database,
  hashPassword: (password: string) => Promise<string>,
  progress: (message: string) => void = () => {},
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    progress("school: colleges and majors");
    const school = await createSchool(tx);
    progress("demo accounts");
    const ids: Record<string, string> = {};
    const roster = graduateRows(school, { count: 800, cohorts: [2024, 2025, 2026, 2027], seed: 7 });
    const csMajor = school.majors.find((m) => m.nameZh === "软件工程");
    const own = roster.find((g) => g.majorId === csMajor?.id && g.cohort === 2026) ?? roster[0];
    for (const account of DEMO_ACCOUNTS) {
      const collegeId = account.college ? (school.colleges.find((c) => c.code === account.college)?.id ?? null) : null;
      const user = await createUser(tx, {
        email: account.email,
        passwordHash,
        role: account.role,
        displayName: account.displayName,
        collegeId,
      });
      ids[account.email] = user.id;
      // The demo graduate is on the roster under her account's name and address.
      if (account.role === "graduate" && own)
        Object.assign(own, { name: account.displayName, gender: "female", email: account.email });
    }
    progress("graduates: 800 across cohorts 2024–2027, imported as the school's roster");
    await importRoster(
      tx as unknown as Database,
      { userId: ids["staff@demo.jiuye.cn"]!, scope: { kind: "school" } },
      {
        bytes: rosterFile(school, roster),
        sendActivation: false,
        now: new Date(Date.now() - ROSTER_AGE_DAYS * 86_400_000),
      },
    );
    if (own) {
      const [row] = await tx.select({ id: graduates.id }).from(graduates).where(eq(graduates.studentNo, own.studentNo));
      if (row) await linkGraduateAccount(tx, row.id, ids["graduate@demo.jiuye.cn"]!);
    }
    progress("employers and postings in every vetting state");
    const vetting = await seedVetting(tx, {
      employerOwnerUserId: ids["employer@demo.jiuye.cn"]!,
      reviewerUserId: ids["staff@demo.jiuye.cn"]!,
      passwordHash,
    });
    progress(
      `  ${vetting.employers} employers, ${vetting.postings} postings (${vetting.published} published, indexed by the worker)`,
    );
    progress("graduate profiles, résumés and applications in every status");
    const grads = await seedGraduates(tx, {
      demoGraduateUserId: ids["graduate@demo.jiuye.cn"]!,
      employerOwnerUserId: ids["employer@demo.jiuye.cn"]!,
      passwordHash,
      schoolName: getEnv().SCHOOL_NAME,
    });
    progress(`  ${grads.profiles} profiles, ${grads.accounts} graduate accounts, ${grads.applications} applications`);
    const placed = await seedDestinations(tx, {
      staffUserId: ids["staff@demo.jiuye.cn"]!,
      demoGraduateUserId: ids["graduate@demo.jiuye.cn"],
    });
    progress(`  ${placed.destinations} graduate destinations across every code and status`);
    await seedSigning(
      tx,
      {
        employerOwnerUserId: ids["employer@demo.jiuye.cn"]!,
        demoGraduateUserId: ids["graduate@demo.jiuye.cn"]!,
        schoolStaffUserId: ids["staff@demo.jiuye.cn"]!,
        collegeStaffUserId: ids["staff.cs@demo.jiuye.cn"]!,
        passwordHash,
      },
      progress,
    );
    const counselling = await seedCounselling(tx, {
      schoolStaffUserId: ids["staff@demo.jiuye.cn"]!,
      collegeStaffUserId: ids["staff.cs@demo.jiuye.cn"]!,
      demoGraduateUserId: ids["graduate@demo.jiuye.cn"],
    });
    progress(`  ${counselling.slots} counselling slots, ${counselling.bookings} bookings`);
    const csCollegeId = school.colleges.find((c) => c.code === "01")?.id ?? null;
    const support = await seedSupport(tx, {
      schoolStaffUserId: ids["staff@demo.jiuye.cn"]!,
      collegeStaffUserId: ids["staff.cs@demo.jiuye.cn"]!,
      collegeId: csCollegeId,
    });
    const fairs = await seedFairs(tx, {
      schoolStaffUserId: ids["staff@demo.jiuye.cn"]!,
      demoGraduateUserId: ids["graduate@demo.jiuye.cn"],
      passwordHash,
    });
    progress(
      `  ${fairs.fairs} online fairs (one live now with ${fairs.booths} booths, ${fairs.graduates} graduates queueing)`,
    );
    const talks = await seedTalks(tx, {
      schoolStaffUserId: ids["staff@demo.jiuye.cn"]!,
      demoGraduateUserId: ids["graduate@demo.jiuye.cn"],
    });
    progress(
      `  ${talks.talks} campus talks (upcoming on campus and online; a past one with ${talks.attended} attending)`,
    );
    progress(
      `  ${support.withDifficulties} graduates with difficulties, ${support.plans} support plans (${support.stalled} stalled over 14 days)`,
    );
    const outreach = await seedProgrammes(tx, { schoolStaffUserId: ids["staff@demo.jiuye.cn"]!, passwordHash });
    progress(
      `  programmes 2026–2027 with sources; ${outreach.interests} interests at every stage of each funnel; a demo campaign reaching ${outreach.campaignReached} graduates`,
    );
  });
}
