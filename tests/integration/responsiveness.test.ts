import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting, employerTransition } from "../../app/applications/applications.server";
import { employerMedianResponse, remindWaitingApplications } from "../../app/applications/responsiveness.server";
import { responseTimeText } from "../../app/applications/response-time";
import { getDb } from "../../app/db.server";
import * as jobPage from "../../app/routes/jobs.$id";
import { applicationEvents, applications, outbox } from "../../db/schema";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

let postingId: string;
let employerId: string;
let employerUserId: string;
const applicationIds: string[] = [];

beforeAll(async () => {
  await ensureIndex();
  const school = await testSchool();
  const reviewer = (await signedIn("staff")).user.id;
  const employer = await employerWithOrganisation({ name: "苏州汇智测控技术有限公司", staffUserId: reviewer });
  employerId = employer.employer.id;
  employerUserId = employer.user.id;
  postingId = await publishedPosting(employer.user.id, reviewer, { title: "测控软件工程师" });
  const db = await getDb();
  for (let i = 0; i < 4; i++) {
    const graduate = await linkedGraduate(school);
    await applyToPosting(db, { userId: graduate.user.id, postingId, note: "" });
  }
  const rows = await db.select().from(applications).where(eq(applications.postingId, postingId));
  applicationIds.push(...rows.map((r) => r.id));
});

describe("employer responsiveness", () => {
  it("shows no response time until three applications were answered, then the median", async () => {
    const db = await getDb();
    expect(await employerMedianResponse(db, employerId)).toBeNull();
    // Answers after 1, 2 and 3 days (the fourth application is still waiting).
    for (const [i, id] of applicationIds.slice(0, 3).entries()) {
      await db
        .update(applications)
        .set({ createdAt: sql`now() - make_interval(days => ${i + 1})` })
        .where(eq(applications.id, id));
      await employerTransition(db, { employerId, actorUserId: employerUserId, applicationIds: [id], to: "viewed" });
    }
    const median = await employerMedianResponse(db, employerId);
    expect(median?.answered).toBe(3);
    expect(median!.medianHours).toBeGreaterThan(47);
    expect(median!.medianHours).toBeLessThan(49);
    expect(responseTimeText(median!.medianHours, "zh-CN")).toBe("通常在 2 天内回复");
    const page = await callRoute(jobPage.loader, { path: `/jobs/${postingId}`, params: { id: postingId } });
    expect((page.data as { responseTime: { medianHours: number } | null }).responseTime?.medianHours).toBeCloseTo(
      median!.medianHours,
      3,
    );
  });

  it("does not count a graduate's withdrawal as the employer's answer", async () => {
    const db = await getDb();
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.toStatus, "withdrawn"));
    expect(events).toEqual([]);
  });

  it("reminds the employer once a week about applications waiting more than 7 days", async () => {
    const db = await getDb();
    expect(await remindWaitingApplications(db)).toBe(0);
    await db
      .update(applications)
      .set({ createdAt: sql`now() - interval '8 days'` })
      .where(eq(applications.id, applicationIds[3]!));
    expect(await remindWaitingApplications(db)).toBe(1);
    await remindWaitingApplications(db);
    const mails = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.idempotencyKey} like ${`applications-waiting:${employerId}:%`}`);
    expect(mails).toHaveLength(1);
    expect(String(mails[0]!.payload.subject)).toContain("1 份投递等待处理");
    expect(String(mails[0]!.payload.text)).toContain("测控软件工程师：1 份");
  });
});
