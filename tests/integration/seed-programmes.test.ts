import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { listFunnel } from "../../app/programmes/funnel.server";
import { seedProgrammes } from "../../seed/seed-programmes";
import { campaigns, destinations, programmeInterests } from "../../db/schema";
import { PROGRAMME_SLUGS } from "../../vocabulary";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { documentedFunnelStates } from "../support/programmes";

let staffUserId: string;

beforeAll(async () => {
  const school = await testSchool();
  for (let i = 0; i < 25; i++) await linkedGraduate(school, { resume: false });
  staffUserId = (await signedIn("staff")).user.id;
}, 120_000);

describe("programme demo seed", () => {
  it("puts a graduate at every stage of each programme's funnel through the domain's commands", async () => {
    const db = await getDb();
    const seeded = await seedProgrammes(db, { schoolStaffUserId: staffUserId });
    const school = { userId: staffUserId, scope: { kind: "school" as const } };
    for (const slug of PROGRAMME_SLUGS) {
      const funnel = await listFunnel(db, school, { slug, year: 2026 });
      expect([slug, funnel.counts]).toEqual([
        slug,
        Object.fromEntries(documentedFunnelStates(slug).map((s) => [s, 1])),
      ]);
      expect(seeded.stages[slug]).toEqual(documentedFunnelStates(slug));
    }
    // Selection proposed the year's destination, waiting for the graduate: 46, 503, 502 and 512 twice
    // each (selected and serving), nothing for 特岗 and 村官 whose codes are not confirmed.
    const selected = await db
      .select({ graduateId: programmeInterests.graduateId })
      .from(programmeInterests)
      .where(inArray(programmeInterests.state, ["selected", "serving"]));
    const proposed = await db
      .select({ code: destinations.code, status: destinations.status })
      .from(destinations)
      .where(
        inArray(
          destinations.graduateId,
          selected.map((s) => s.graduateId),
        ),
      );
    expect(proposed.map((p) => p.code).sort()).toEqual(["46", "46", "502", "502", "503", "503", "512", "512"]);
    expect(new Set(proposed.map((p) => p.status))).toEqual(new Set(["reported"]));
    // The demo campaign is saved and sent (this roster has no 2027 graduates, so it reached nobody),
    // a second one waits unsent.
    const saved = await db.select().from(campaigns);
    expect(saved.map((c) => c.programmeSlug).sort()).toEqual(["enlistment", "xibu"]);
    expect(saved.find((c) => c.programmeSlug === "xibu")?.sentAt).not.toBeNull();
    expect(saved.find((c) => c.programmeSlug === "enlistment")?.sentAt).toBeNull();
    expect(seeded.campaignReached).toBe(0);
    expect(await db.select().from(campaigns).where(eq(campaigns.year, 2027))).toHaveLength(2);
  });
});
