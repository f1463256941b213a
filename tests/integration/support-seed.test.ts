import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { listSupport, viewSupportPlan } from "../../app/support/support.server";
import { auditLog } from "../../db/schema";
import { seedSupport } from "../../seed/seed-support";
import { rosterOf, signedIn, testSchool } from "../support/people";

describe("demo support plans", () => {
  it("give graduates with difficulties plans: some stalled over 14 days, some active, one closed, some without a plan", async () => {
    const school = await testSchool();
    await rosterOf(school, 200, 41);
    const college = school.colleges[0]!.id;
    const collegeStaff = await signedIn("staff", { collegeId: college });
    const schoolStaff = await signedIn("staff", { collegeId: null });
    const db = await getDb();
    const seeded = await seedSupport(db, {
      schoolStaffUserId: schoolStaff.user.id,
      collegeStaffUserId: collegeStaff.user.id,
      collegeId: college,
    });
    expect(seeded.plans).toBeGreaterThan(5);
    expect(seeded.stalled).toBeGreaterThan(1);

    const all = await listSupport(
      db,
      { userId: schoolStaff.user.id, scope: { kind: "school" } },
      { filter: "all", sort: "attention", page: 1, pageSize: 50 },
    );
    expect(all.counts.all).toBe(seeded.withDifficulties);
    expect(all.counts.stalled).toBe(seeded.stalled);
    expect(all.counts.closed).toBe(1);
    expect(all.counts.none).toBeGreaterThan(0);
    expect(all.counts.open - all.counts.stalled).toBeGreaterThan(0);
    expect(all.rows[0]?.stalled).toBe(true);

    // The college counsellor has plans of their own college, stalled ones among them.
    const mine = await listSupport(
      db,
      { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: college } },
      { filter: "mine", sort: "attention", page: 1, pageSize: 50 },
    );
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.rows.some((r) => r.stalled)).toBe(true);
    const plan = await viewSupportPlan(
      db,
      { userId: collegeStaff.user.id, scope: { kind: "college", collegeId: college } },
      mine.rows[0]!.id,
    );
    expect(plan.goals.length).toBeGreaterThan(0);
    expect(plan.contacts.length).toBeGreaterThan(0);

    // Made by the commands at their own times: each plan's opening is audited when it happened
    // (35 to 70 days ago), not when the seed ran.
    const opened = await db.select().from(auditLog).where(eq(auditLog.action, "support.open"));
    expect(opened).toHaveLength(seeded.plans);
    for (const entry of opened) expect(entry.createdAt.getTime()).toBeLessThan(Date.now() - 34 * 86_400_000);
  });
});
