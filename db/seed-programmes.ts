import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "./client";
import { graduates } from "./schema";
import { installProgrammeCatalogue } from "../app/programmes/programmes.server";
import { advanceInterests, advanceOwnInterest, markInterest } from "../app/programmes/funnel.server";
import type { StaffActor } from "../app/auth/actor";
import type { FunnelEvent } from "../app/programmes/states";

/**
 * The programme catalogue (2026–2027 rows with sources) and graduates with accounts at the stages
 * of the enlistment and 西部计划 funnels, made through the domain's commands. Selection is left out of
 * the demo: it proposes a destination, and the destinations seed already gives these graduates theirs.
 */
export async function seedProgrammes(db: Database, input: { schoolStaffUserId: string }) {
  await installProgrammeCatalogue(db);
  const staff: StaffActor = { userId: input.schoolStaffUserId, scope: { kind: "school" } };
  const withAccounts = await db
    .select({ id: graduates.id, userId: graduates.userId })
    .from(graduates)
    .where(and(isNotNull(graduates.userId), eq(graduates.cohort, 2026)))
    .orderBy(asc(graduates.studentNo))
    .limit(14);
  const paths: FunnelEvent[][] = [
    [],
    ["register_official"],
    ["register_official", "pass_precheck"],
    ["register_official", "pass_precheck", "start_health_check"],
    ["register_official", "pass_precheck", "start_health_check", "start_political_review"],
    ["register_official", "pass_precheck", "reject"],
    ["withdraw"],
  ];
  let interests = 0;
  for (const [index, graduate] of withAccounts.entries()) {
    if (!graduate.userId) continue;
    const slug = index % 2 === 0 ? "enlistment" : "xibu";
    const actor = { userId: graduate.userId };
    const interestId = await markInterest(db, actor, { slug, year: 2026 });
    interests++;
    for (const event of paths[Math.floor(index / 2) % paths.length]!) {
      if (event === "register_official" || event === "withdraw") {
        const reference = `${slug === "enlistment" ? "ZB" : "XB"}2026-${String(1000 + index)}`;
        await advanceOwnInterest(db, actor, { interestId, event, reference });
      } else {
        await advanceInterests(db, staff, { interestIds: [interestId], event });
      }
    }
  }
  return { interests };
}
