import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { listPublicFairs } from "../../app/fairs/fairs.server";
import { queueStatusFor } from "../../app/fairs/queue.server";
import { fairReport } from "../../app/fairs/report.server";
import { seedFairs } from "../../seed/seed-fairs";
import { fairQueueEntries } from "../../db/schema";
import { exhibitor, fairStaff } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { ensureIndex } from "../support/vetting";

describe("demo fairs", () => {
  it("has a fair live now with busy booths and queues, a closed fair with chats held, and an upcoming one", async () => {
    await ensureIndex();
    const school = await testSchool();
    const staff = await fairStaff();
    for (const name of ["杭州云帆科技有限公司", "宁波港航物流有限公司", "温州智造电气有限公司"])
      await exhibitor(staff.user.id, name);
    const demo = await linkedGraduate(school, { resume: false });
    for (let i = 0; i < 7; i++) await linkedGraduate(school, { resume: false });
    const db = await getDb();
    const seeded = await db.transaction((tx) =>
      seedFairs(tx, { schoolStaffUserId: staff.user.id, demoGraduateUserId: demo.user.id }),
    );
    expect(seeded.booths).toBe(3);

    const fairs = await listPublicFairs(db);
    expect(fairs.map((f) => f.fair.status).sort()).toEqual(["closed", "live", "open_for_graduates"]);
    const live = fairs.find((f) => f.fair.status === "live")!;
    const counts = await db
      .select({ status: fairQueueEntries.status, n: sql<number>`count(*)::int` })
      .from(fairQueueEntries)
      .where(sql`${fairQueueEntries.fairId} = ${live.fair.id}`)
      .groupBy(fairQueueEntries.status);
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n]));
    expect(byStatus).toMatchObject({ chatting: 1, called: 1, done: 2 });
    expect(byStatus.waiting).toBeGreaterThan(5);

    const lines = await queueStatusFor(db, { userId: demo.user.id }, { fairId: live.fair.id });
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.status === "waiting" && line.estimate?.known)).toBe(true);

    const closed = fairs.find((f) => f.fair.status === "closed")!;
    const [marked] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(fairQueueEntries)
      .where(sql`${fairQueueEntries.fairId} = ${closed.fair.id} and ${fairQueueEntries.interest} is not null`);
    // Eight graduates in three lines, three rounds of calls: every one of them had a chat.
    expect(marked!.n).toBe(8);

    // The past fair's report has figures to show, its group session too (six places, four came).
    const report = await fairReport(db, closed.fair.id);
    expect(report.totals).toMatchObject({ chatsHeld: 8, interestMarked: 8, sessions: 1, sessionRegistrations: 6 });
    expect(report.totals.sessionAttendance).toBe(4);
    expect(report.totals.checkIns).toBe(8);
  });
});
