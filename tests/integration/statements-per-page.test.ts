import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import type { School } from "../../seed/factories";
import { proposeOneSlot } from "../support/interviews";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { rosterOf, signedIn, testSchool } from "../support/people";
import { startSite, type RunningSite } from "../support/server";
import { employerWithOrganisation } from "../support/vetting";

/**
 * Issue 16's budget: at most 4 SQL statements for a page, counted by the database client of the
 * real site (JIUYE_COUNT_SQL=1 → `X-Sql-Statements`, as `npm run bench:pages` counts them), on the
 * two signed-in pages that ran 12 and 11. The pages must still show what they showed.
 */
let site: RunningSite;
let school: School;
let graduate: Awaited<ReturnType<typeof linkedGraduate>>;
let staff: Awaited<ReturnType<typeof signedIn>>;
let rosterName: string;

beforeAll(async () => {
  school = await testSchool();
  staff = await signedIn("staff");
  const employer = await employerWithOrganisation({ name: "常州龙城精密机械有限公司", staffUserId: staff.user.id });
  const postingId = await publishedPosting(employer.user.id, staff.user.id, { title: "数控编程工程师" });
  const roster = await rosterOf(school, 3);
  rosterName = roster[0]!.name;
  graduate = await linkedGraduate(school);
  const db = await getDb();
  const applied = await applyToPosting(db, { userId: graduate.user.id }, { postingId, note: "" });
  const at = new Date(Date.now() + 4 * 86_400_000);
  await proposeOneSlot(db, employer.user.id, {
    applicationId: applied.applicationId,
    mode: "onsite",
    location: "常州市武进区常武中路 18 号",
    at,
    minutes: 30,
  });
  site = await startSite({ JIUYE_COUNT_SQL: "1", SEED_DEMO: "false", RUN_WORKER: "false" });
}, 180_000);

afterAll(async () => {
  await site?.stop();
});

async function page(path: string, cookie: string) {
  const response = await fetch(`${site.url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  return {
    status: response.status,
    statements: Number(response.headers.get("x-sql-statements")),
    html: await response.text(),
  };
}

describe("SQL statements per signed-in page", () => {
  it("a graduate's home shows the interview to pick and its menu count in at most 4 statements", async () => {
    for (let visit = 0; visit < 2; visit++) {
      const home = await page("/graduate", graduate.cookie);
      expect(home.status).toBe(200);
      expect(home.html).toContain("数控编程工程师");
      expect(home.html).toContain("常州龙城精密机械有限公司");
      expect(home.statements).toBeGreaterThan(0);
      expect(home.statements).toBeLessThanOrEqual(4);
    }
  });

  it("the staff graduates list shows the roster and its filters in 3 statements (4 when the session is touched)", async () => {
    for (let visit = 0; visit < 2; visit++) {
      const list = await page("/staff/graduates", staff.cookie);
      expect(list.status).toBe(200);
      expect(list.html).toContain(rosterName);
      expect(list.html).toContain(`<option value="${school.colleges[1]!.id}">${school.colleges[1]!.nameZh}</option>`);
      expect(list.statements).toBeGreaterThan(0);
      // Session, to-do count, the roster page with its filter choices. The first visit may also touch
      // the session (at most once a minute), the second within the minute cannot.
      expect(list.statements).toBeLessThanOrEqual(visit === 0 ? 4 : 3);
    }
  });

  it("the front door shows the latest postings in no more SQL than before issue 15 (events and deadlines included)", async () => {
    // Issue 15: "fast (no more SQL than today's home page plus one search)". The home page at cf05e35
    // ran three counts (colleges, majors, graduates); the postings come from the one search.
    const home = await page("/", "");
    expect(home.status).toBe(200);
    expect(home.html).toContain("数控编程工程师");
    expect(home.statements).toBeLessThanOrEqual(3);
  });
});
