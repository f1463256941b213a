import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { listPublicTalks, listTalksForStaff, signupFor, talkReport } from "../../app/talks/talks.server";
import { seedTalks } from "../../seed/seed-talks";
import { exhibitor, fairStaff } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { ensureIndex } from "../support/vetting";

describe("demo campus talks", () => {
  it("has an upcoming talk on campus and one online, and a past one with attendance by code and by staff", async () => {
    await ensureIndex();
    const school = await testSchool();
    const staff = await fairStaff();
    for (const name of ["杭州云帆科技有限公司", "宁波港航物流有限公司", "温州智造电气有限公司"])
      await exhibitor(staff.user.id, name);
    const demo = await linkedGraduate(school, { resume: false });
    for (let i = 0; i < 11; i++) await linkedGraduate(school, { resume: false });
    const db = await getDb();
    const seeded = await db.transaction((tx) =>
      seedTalks(tx, { schoolStaffUserId: staff.user.id, demoGraduateUserId: demo.user.id }),
    );
    expect(seeded).toEqual({ talks: 3, attended: 10 });

    const upcoming = await listPublicTalks(db);
    expect(upcoming.map((t) => t.mode).sort()).toEqual(["on_campus", "online"]);
    for (const talk of upcoming) expect(await signupFor(db, { userId: demo.user.id }, talk.id)).toBe("signed_up");

    const past = (await listTalksForStaff(db, staff.actor)).find((t) => !upcoming.some((u) => u.id === t.id))!;
    const report = await talkReport(db, staff.actor, past.id);
    expect({ signedUp: report.signedUp, attended: report.attended }).toEqual({ signedUp: 12, attended: 10 });
    expect(report.rows.filter((r) => r.method === "staff")).toHaveLength(2);
  });
});
