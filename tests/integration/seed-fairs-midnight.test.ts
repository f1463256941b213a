import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { schoolDate, schoolInstant } from "../../app/time";
import { seedFairs } from "../../seed/seed-fairs";
import { fairQueueEntries } from "../../db/schema";
import { exhibitor, fairStaff } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { ensureIndex } from "../support/vetting";

/**
 * The demo's live fair is live today only, until 23:59 at school. Seeded late in the evening, its forty
 * minutes of queues and chats must end inside those hours: the demo once failed to seed, and
 * `npm start` with it, in the last minutes before midnight at school (a CI run at 16:00 UTC), because
 * the last call was set at "now", after 23:59. One seeding per file: a second one in the same database
 * would call representatives who are still chatting in the first.
 */
describe("demo fairs seeded just before midnight at school", () => {
  it("still have a live fair with chats held, one going on, one graduate called and lines waiting", async () => {
    await ensureIndex();
    const school = await testSchool();
    const staff = await fairStaff();
    for (const name of ["合肥星河软件有限公司", "苏州工业园区精密机械有限公司", "厦门海湾物流有限公司"])
      await exhibitor(staff.user.id, name);
    const demo = await linkedGraduate(school, { resume: false });
    for (let i = 0; i < 7; i++) await linkedGraduate(school, { resume: false });
    const now = new Date(schoolInstant(schoolDate(), "23:59").getTime() + 30_000);
    const db = await getDb();
    await db.transaction((tx) =>
      seedFairs(tx, { schoolStaffUserId: staff.user.id, demoGraduateUserId: demo.user.id, now }),
    );
    const rows = await db
      .select({ status: fairQueueEntries.status, n: sql<number>`count(*)::int` })
      .from(fairQueueEntries)
      .where(
        sql`${fairQueueEntries.fairId} = (select q.fair_id from fair_queue_entries q join fairs f on f.id = q.fair_id where q.graduate_id = ${demo.graduate.id} and f.status = 'live' limit 1)`,
      )
      .groupBy(fairQueueEntries.status);
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.n]));
    expect(byStatus).toMatchObject({ chatting: 1, called: 1, done: 2 });
    expect(byStatus.waiting).toBeGreaterThan(5);
  });
});
