import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { listFunnel } from "../../app/programmes/funnel.server";
import { seedProgrammes } from "../../db/seed-programmes";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";

let staffUserId: string;

beforeAll(async () => {
  const school = await testSchool();
  for (let i = 0; i < 10; i++) await linkedGraduate(school, { resume: false });
  staffUserId = (await signedIn("staff")).user.id;
});

describe("programme demo seed", () => {
  it("puts graduates at the stages of both funnels through the domain's commands", async () => {
    const db = await getDb();
    expect(await seedProgrammes(db, { schoolStaffUserId: staffUserId })).toEqual({ interests: 10 });
    const school = { userId: staffUserId, scope: { kind: "school" as const } };
    const enlistment = await listFunnel(db, school, { slug: "enlistment", year: 2026 });
    const xibu = await listFunnel(db, school, { slug: "xibu", year: 2026 });
    expect(enlistment.counts).toEqual({
      interested: 1,
      registered_official: 1,
      school_precheck: 1,
      health_check: 1,
      political_review: 1,
    });
    expect(Object.values(xibu.counts).reduce((a, b) => a + b, 0)).toBe(5);
  });
});
