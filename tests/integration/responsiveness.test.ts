import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting, employerTransition, graduateTransition } from "../../app/applications/applications.server";
import { employerMedianResponse, remindWaitingApplications } from "../../app/applications/responsiveness.server";
import { responseTimeText } from "../../app/applications/response-time";
import { getDb } from "../../app/db.server";
import * as jobPage from "../../app/routes/jobs.$id";
import { applicationEvents, applications, outbox } from "../../db/schema";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

beforeAll(ensureIndex);

/**
 * Each test gets an employer of its own with one published posting and `count` applications,
 * so no test depends on what another one answered, withdrew or aged.
 */
async function employerWithApplications(count: number, name: string) {
  const school = await testSchool();
  const reviewer = (await signedIn("staff")).user.id;
  const employer = await employerWithOrganisation({ name, staffUserId: reviewer });
  const postingId = await publishedPosting(employer.user.id, reviewer, { title: "测控软件工程师" });
  const db = await getDb();
  const applicants: { userId: string; applicationId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const graduate = await linkedGraduate(school);
    const applied = await applyToPosting(db, { userId: graduate.user.id }, { postingId, note: "" });
    applicants.push({ userId: graduate.user.id, applicationId: applied.applicationId });
  }
  return { postingId, employerId: employer.employer.id, employerUserId: employer.user.id, applicants };
}

/** Makes the application `days` old, then the employer opens it: an answer after `days` days. */
async function answerAfterDays(
  ctx: Awaited<ReturnType<typeof employerWithApplications>>,
  applicationId: string,
  days: number,
) {
  const db = await getDb();
  await db
    .update(applications)
    .set({ createdAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(applications.id, applicationId));
  await employerTransition(
    db,
    { userId: ctx.employerUserId },
    {
      employerId: ctx.employerId,
      applicationIds: [applicationId],
      to: "viewed",
    },
  );
}

describe("employer responsiveness", () => {
  it("shows no response time until three applications were answered, then the median", async () => {
    const ctx = await employerWithApplications(4, "苏州汇智测控技术有限公司");
    const db = await getDb();
    expect(await employerMedianResponse(db, ctx.employerId)).toBeNull();
    // Answers after 1, 2 and 3 days (the fourth application is still waiting).
    await answerAfterDays(ctx, ctx.applicants[0]!.applicationId, 1);
    await answerAfterDays(ctx, ctx.applicants[1]!.applicationId, 2);
    // Two answers are not enough: a median of two says more about chance than about the employer.
    expect(await employerMedianResponse(db, ctx.employerId)).toBeNull();
    const twoAnswers = await callRoute(jobPage.loader, {
      path: `/jobs/${ctx.postingId}`,
      params: { id: ctx.postingId },
    });
    expect((twoAnswers.data as { responseTime: unknown }).responseTime).toBeNull();
    await answerAfterDays(ctx, ctx.applicants[2]!.applicationId, 3);
    const median = await employerMedianResponse(db, ctx.employerId);
    expect(median?.answered).toBe(3);
    expect(median!.medianHours).toBeGreaterThan(47);
    expect(median!.medianHours).toBeLessThan(49);
    expect(responseTimeText(median!.medianHours, "zh-CN")).toBe("通常在 2 天内回复");
    const page = await callRoute(jobPage.loader, { path: `/jobs/${ctx.postingId}`, params: { id: ctx.postingId } });
    expect((page.data as { responseTime: { medianHours: number } | null }).responseTime?.medianHours).toBeCloseTo(
      median!.medianHours,
      3,
    );
  });

  it("does not count a graduate's withdrawal as the employer's answer", async () => {
    const ctx = await employerWithApplications(4, "无锡信诚测控设备有限公司");
    const db = await getDb();
    // Two real answers after 2 and 4 days …
    await answerAfterDays(ctx, ctx.applicants[0]!.applicationId, 2);
    await answerAfterDays(ctx, ctx.applicants[1]!.applicationId, 4);
    // … and a graduate who withdrew 10 days after applying, before the employer ever looked.
    const withdrawing = ctx.applicants[2]!;
    await db
      .update(applications)
      .set({ createdAt: sql`now() - make_interval(days => 10)` })
      .where(eq(applications.id, withdrawing.applicationId));
    await graduateTransition(
      db,
      { userId: withdrawing.userId },
      {
        applicationId: withdrawing.applicationId,
        to: "withdrawn",
      },
    );
    const [withdrawal] = await db
      .select()
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, withdrawing.applicationId),
          eq(applicationEvents.toStatus, "withdrawn"),
        ),
      );
    expect(withdrawal).toMatchObject({ fromStatus: "submitted", toStatus: "withdrawn" });
    // Counted, it would make a third answer (a median of 4 days, 96 h) and cross the threshold.
    expect(await employerMedianResponse(db, ctx.employerId)).toBeNull();

    // A third real answer after 3 days: the median of 2, 3 and 4 days is 3 days, not pulled towards 10.
    await answerAfterDays(ctx, ctx.applicants[3]!.applicationId, 3);
    const median = await employerMedianResponse(db, ctx.employerId);
    expect(median?.answered).toBe(3);
    expect(median!.medianHours).toBeGreaterThan(71);
    expect(median!.medianHours).toBeLessThan(73);
  });

  it("reminds the employer once a week about applications waiting more than 7 days", async () => {
    const ctx = await employerWithApplications(2, "常州恒远测控科技有限公司");
    const db = await getDb();
    const reminders = async () =>
      db
        .select()
        .from(outbox)
        .where(sql`${outbox.idempotencyKey} like ${`applications-waiting:${ctx.employerId}:%`}`);
    await remindWaitingApplications(db);
    expect(await reminders()).toEqual([]);
    // One answered application that is old, one that waits: only the waiting one is reminded of.
    await answerAfterDays(ctx, ctx.applicants[0]!.applicationId, 9);
    await db
      .update(applications)
      .set({ createdAt: sql`now() - interval '8 days'` })
      .where(eq(applications.id, ctx.applicants[1]!.applicationId));
    await remindWaitingApplications(db);
    await remindWaitingApplications(db);
    const mails = await reminders();
    expect(mails).toHaveLength(1);
    expect(String(mails[0]!.payload.subject)).toContain("1 份投递等待处理");
    expect(String(mails[0]!.payload.text)).toContain("测控软件工程师：1 份");
  });
});
