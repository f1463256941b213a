import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { createUser, linkGraduateAccount } from "./factories";
import { colleges, destinations, graduates } from "../db/schema";
import { installProgrammeCatalogue } from "../app/programmes/programmes.server";
import { advanceInterests, advanceOwnInterest, markInterest } from "../app/programmes/funnel.server";
import { createCampaign, sendCampaign } from "../app/campaigns/campaigns.server";
import type { StaffActor } from "../app/auth/actor";
import type { FunnelEvent } from "../app/programmes/states";
import { FUNNEL_STATES, PROGRAMME_SLUGS, type FunnelState, type ProgrammeSlug } from "../vocabulary";

const DAY = 86_400_000;

/**
 * How a graduate reaches each state of a programme's funnel. 参军入伍 has no written exam (初审初检 →
 * 体检) and 西部计划 no political review (app/programmes/states.ts), so those stages are skipped
 * there, as they are in life; every other programme passes all of them.
 */
export function pathTo(slug: ProgrammeSlug, state: FunnelState): FunnelEvent[] | null {
  const exam: FunnelEvent[] = slug === "enlistment" ? [] : ["start_exam"];
  const health: FunnelEvent[] = ["register_official", "pass_precheck", ...exam, "start_health_check"];
  const review: FunnelEvent[] = slug === "xibu" ? health : [...health, "start_political_review"];
  switch (state) {
    case "interested":
      return [];
    case "registered_official":
      return ["register_official"];
    case "school_precheck":
      return ["register_official", "pass_precheck"];
    case "exam":
      return slug === "enlistment" ? null : ["register_official", "pass_precheck", "start_exam"];
    case "health_check":
      return health;
    case "political_review":
      return slug === "xibu" ? null : review;
    case "selected":
      return [...review, "select"];
    case "serving":
      return [...review, "select", "start_service"];
    case "withdrew":
      return ["register_official", "withdraw"];
    case "not_selected":
      return ["register_official", "pass_precheck", ...exam, "reject"];
  }
}

/** Programmes whose year has a confirmed destination code: selecting there proposes a destination. */
const PROPOSING: ProgrammeSlug[] = ["enlistment", "xibu", "sanzhi", "xuandiao"];
const SERVICE_PROVINCES = ["四川省", "贵州省", "云南省", "甘肃省"];
const REFERENCE_PREFIX: Record<ProgrammeSlug, string> = {
  enlistment: "ZB",
  xibu: "XB",
  sanzhi: "SZ",
  tegang: "TG",
  xuandiao: "XD",
  cunguan: "CG",
};

/**
 * The programme catalogue (2026–2027 rows with sources), graduates at every stage of each programme's
 * 2026 funnel, a few 2027 interests (so the report has a year to compare), and a sent demo campaign,
 * all made through the domain's commands with dated stages. A selection proposes a destination, so
 * the graduates selected are ones the destinations seed left without one (each selected once).
 */
export async function seedProgrammes(
  db: Database,
  input: { schoolStaffUserId: string; passwordHash?: string; now?: Date },
) {
  await installProgrammeCatalogue(db);
  const now = input.now ?? new Date();
  const staff: StaffActor = { userId: input.schoolStaffUserId, scope: { kind: "school" } };
  const withAccounts = await db
    .select({ id: graduates.id, userId: graduates.userId, destination: destinations.id })
    .from(graduates)
    .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(and(isNotNull(graduates.userId), eq(graduates.cohort, 2026)))
    .orderBy(asc(graduates.studentNo));
  const free = withAccounts.filter((g) => g.destination === null);
  const busy = withAccounts.filter((g) => g.destination !== null);
  // Without enough graduates who have a destination already, the free ones serve the other stages too.
  const anyList = busy.length >= FUNNEL_STATES.length ? busy : withAccounts;

  let interests = 0;
  const stagesSeeded: Record<string, FunnelState[]> = {};
  const proposers = new Set<string>();
  for (const [p, slug] of PROGRAMME_SLUGS.entries()) {
    stagesSeeded[slug] = [];
    // One interest per graduate and programme year: nobody is used twice within a programme.
    const usedHere = new Set<string>();
    for (const [s, state] of FUNNEL_STATES.entries()) {
      const path = pathTo(slug, state);
      if (!path) continue;
      const proposes = PROPOSING.includes(slug) && path.includes("select");
      const pool = (proposes ? free : anyList).filter((g) => !proposers.has(g.id) && !usedHere.has(g.id));
      // Spread the other stages over the list so each graduate follows one or two programmes.
      const graduate = proposes ? pool[0] : pool[(p * 3 + s) % Math.max(1, pool.length)];
      if (!graduate?.userId) continue;
      usedHere.add(graduate.id);
      if (proposes) proposers.add(graduate.id);
      const actor = { userId: graduate.userId };
      // Stages a week apart, the last one a few days ago.
      let at = new Date(now.getTime() - (path.length + 1) * 7 * DAY - s * DAY);
      const interestId = await markInterest(db, actor, { slug, year: 2026, now: at });
      interests++;
      for (const event of path) {
        at = new Date(at.getTime() + 7 * DAY);
        if (event === "register_official" || event === "withdraw") {
          const reference = `${REFERENCE_PREFIX[slug]}2026-${String(1000 + p * 100 + s)}`;
          await advanceOwnInterest(db, actor, { interestId, event, reference, now: at });
        } else {
          await advanceInterests(db, staff, {
            interestIds: [interestId],
            event,
            now: at,
            destinationFields:
              slug === "enlistment"
                ? { enlistmentPlace: "浙江省杭州市西湖区人民武装部" }
                : { serviceProvince: SERVICE_PROVINCES[p % SERVICE_PROVINCES.length]! },
          });
        }
      }
      stagesSeeded[slug].push(state);
    }
  }

  // 2027: bachelors of the first college with accounts, early in the enlistment and 西部计划 funnels,
  // and the campaign that reached them.
  const [firstCollege] = await db.select().from(colleges).orderBy(asc(colleges.code)).limit(1);
  let campaignReached = 0;
  if (firstCollege) {
    const cohort2027 = await db
      .select({ id: graduates.id, userId: graduates.userId, email: graduates.email, name: graduates.name })
      .from(graduates)
      .where(
        and(eq(graduates.cohort, 2027), eq(graduates.collegeId, firstCollege.id), eq(graduates.degree, "bachelor")),
      )
      .orderBy(asc(graduates.studentNo))
      .limit(6);
    for (const [i, graduate] of cohort2027.entries()) {
      let userId = graduate.userId;
      if (!userId && input.passwordHash && graduate.email) {
        const user = await createUser(db, {
          email: graduate.email.toLowerCase(),
          passwordHash: input.passwordHash,
          role: "graduate",
          displayName: graduate.name,
        });
        await linkGraduateAccount(db, graduate.id, user.id);
        userId = user.id;
      }
      if (!userId) continue;
      const slug: ProgrammeSlug = i % 2 === 0 ? "xibu" : "enlistment";
      const actor = { userId };
      const interestId = await markInterest(db, actor, { slug, year: 2027, now: new Date(now.getTime() - 10 * DAY) });
      interests++;
      if (i < 2)
        await advanceOwnInterest(db, actor, {
          interestId,
          event: "register_official",
          reference: `${REFERENCE_PREFIX[slug]}2027-${String(2000 + i)}`,
          now: new Date(now.getTime() - 3 * DAY),
        });
    }
    const campaignId = await createCampaign(db, staff, {
      slug: "xibu",
      year: 2027,
      target: {
        cohort: 2027,
        collegeId: firstCollege.id,
        majorId: null,
        degree: "bachelor",
        eligibility: ["pass", "check"],
      },
      subjectZh: "西部计划 2027 年招募动员：到西部去，到基层去",
      subjectEn: "Western China programme 2027: serve where you are needed",
      bodyZh:
        "同学你好：大学生志愿服务西部计划 2027 年招募预计于 4 月开始，服务期 1–3 年。点击下方按钮查看报名条件（含你的资格检查结果）和往年时间安排；有意向请在项目页点击“我有意向”，校团委会通知你后续的笔试、面试和体检安排。",
      bodyEn:
        "Hello: recruitment for the Western China volunteer programme 2027 is expected to open in April; service lasts one to three years. Follow the button to see who may apply (with your own eligibility check) and last years' dates; if you are interested, press “I'm interested” on the programme page and the Youth League office will tell you about the test, interview and health check.",
    });
    campaignReached = (await sendCampaign(db, staff, { campaignId }, now)).reached;
    // A second one, written but not sent yet: the staff list shows both states.
    await createCampaign(db, staff, {
      slug: "enlistment",
      year: 2027,
      target: { cohort: 2027, collegeId: null, majorId: null, degree: null, eligibility: ["pass", "check"] },
      subjectZh: "2027 年上半年征兵：应届毕业生参军入伍政策说明",
      subjectEn: "Enlistment, first half of 2027: what graduates should know",
      bodyZh:
        "同学你好：参军入伍请在全国征兵网（gfbzb.gov.cn）报名，并将打印的《大学生预征对象登记表》交学校征兵工作站。学费补偿和助学贷款代偿的现行标准请以学校通知为准。",
      bodyEn:
        "Hello: register on the national conscription site (gfbzb.gov.cn) and hand the printed pre-enlistment registration form to the school's conscription office. Ask the school for the current tuition compensation amounts.",
    });
  }
  return { interests, stages: stagesSeeded, campaignReached };
}
