import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { getDb } from "../../app/db.server";
import { DESTINATION_CODES } from "../../app/destinations/codes";
import { employmentDashboard } from "../../app/reports/dashboard.server";
import { seedDemo } from "../../seed/seed";
import { destinations, graduates, users } from "../../db/schema";

describe("demo destinations", () => {
  // The demo seed replays every step through the domain commands (decision 030): seeded in the
  // setup hook, whose limit is the suite's longer one, so a busy machine does not fail the check.
  beforeAll(async () => {
    await seedDemo(await getDb(), hashPassword);
  });

  it("span every code and status, most of 2024/2025 placed, 2027 mostly unreported", async () => {
    const db = await getDb();
    const codes = await db.selectDistinct({ code: destinations.code }).from(destinations);
    expect(codes.map((c) => c.code).sort()).toEqual(DESTINATION_CODES.map((c) => c.code).sort());
    const statuses = await db.selectDistinct({ status: destinations.status }).from(destinations);
    expect(statuses.map((s) => s.status).sort()).toEqual(["confirmed", "reported", "returned", "verified"]);
    const [disputed] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(destinations)
      .where(eq(destinations.disputed, true));
    expect(disputed!.n).toBeGreaterThan(0);

    const [staff] = await db.select().from(users).where(eq(users.email, "staff@demo.jiuye.cn"));
    const rate = async (cohort: number) =>
      (await employmentDashboard(db, { userId: staff!.id, scope: { kind: "school" } }, { cohort, collegeId: null }))
        .dashboard;
    const r2024 = await rate(2024);
    const r2026 = await rate(2026);
    const r2027 = await rate(2027);
    expect(r2024.provisional.rate).toBeGreaterThan(0.75);
    expect(r2026.provisional.rate).toBeGreaterThan(0.3);
    expect(r2026.provisional.rate).toBeLessThan(0.75);
    expect(r2027.unreported / r2027.overall.total).toBeGreaterThan(0.75);

    // The demo graduate has a destination recorded by staff, waiting for their confirmation.
    const [demo] = await db
      .select({ status: destinations.status, source: destinations.source })
      .from(destinations)
      .innerJoin(graduates, eq(graduates.id, destinations.graduateId))
      .innerJoin(users, eq(users.id, graduates.userId))
      .where(eq(users.email, "graduate@demo.jiuye.cn"));
    expect(demo).toEqual({ status: "reported", source: "staff" });
  });
});
