import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { viewCampaign } from "../../app/campaigns/campaigns.server";
import { getDb } from "../../app/db.server";
import { listFunnel } from "../../app/programmes/funnel.server";
import { seedDemo } from "../../seed/seed";
import { campaigns, programmeRules, programmeWindows, programmeYears, programmes, users } from "../../db/schema";
import { PROGRAMME_SLUGS } from "../../vocabulary";
import { documentedFunnelStates } from "../support/programmes";

/**
 * What a newcomer sees after `npm start` on an empty database (seedDemo, the full 800-graduate
 * roster), not the small roster of seed-programmes.test.ts: there the demo campaign reaches nobody.
 */
let staff: { userId: string; scope: { kind: "school" } };

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db, hashPassword);
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, "staff@demo.jiuye.cn"));
  staff = { userId: row!.id, scope: { kind: "school" } };
}, 300_000);

describe("the demo data of npm start: programmes, funnels and a campaign", () => {
  it("seeds the six programmes with 2026 and 2027 rows, every rule and window naming its source", async () => {
    const db = await getDb();
    const rows = await db
      .select({ slug: programmeYears.programmeSlug, year: programmeYears.year, province: programmeYears.province })
      .from(programmeYears)
      .innerJoin(programmes, eq(programmes.slug, programmeYears.programmeSlug));
    for (const slug of PROGRAMME_SLUGS)
      expect([
        slug,
        rows
          .filter((r) => r.slug === slug && r.province === "")
          .map((r) => r.year)
          .sort(),
      ]).toEqual([slug, [2026, 2027]]);
    expect(
      rows
        .filter((r) => r.province === "江西")
        .map((r) => `${r.slug}${r.year}`)
        .sort(),
    ).toEqual(["tegang2026", "tegang2027"]);
    const rules = await db.select({ source: programmeRules.source }).from(programmeRules);
    const windows = await db.select({ source: programmeWindows.source }).from(programmeWindows);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => !r.source.trim())).toEqual([]);
    expect(windows.filter((w) => !w.source.trim())).toEqual([]);
  });

  it("has a graduate at every stage of each programme's 2026 funnel and 2027 graduates on their way", async () => {
    const db = await getDb();
    for (const slug of PROGRAMME_SLUGS) {
      const funnel = await listFunnel(db, staff, { slug, year: 2026 });
      const empty = documentedFunnelStates(slug).filter((state) => !funnel.counts[state]);
      expect([slug, empty]).toEqual([slug, []]);
    }
    for (const slug of ["enlistment", "xibu"] as const) {
      const funnel = await listFunnel(db, staff, { slug, year: 2027 });
      expect([slug, funnel.rows.length > 0]).toEqual([slug, true]);
    }
  });

  it("has a sent campaign that reached 2027 graduates, some of them interested, and one not sent yet", async () => {
    const db = await getDb();
    const [sent] = await db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.programmeSlug, "xibu"), eq(campaigns.year, 2027)));
    const view = await viewCampaign(db, staff, { campaignId: sent!.id });
    expect(view.campaign.sentAt).not.toBeNull();
    expect(view.counts.reached).toBeGreaterThan(0);
    expect(view.counts.interested).toBeGreaterThan(0);
    const unsent = await db
      .select({ sentAt: campaigns.sentAt })
      .from(campaigns)
      .where(inArray(campaigns.programmeSlug, ["enlistment"]));
    expect(unsent.map((c) => c.sentAt)).toEqual([null]);
  });
});
