import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { addMemberByStaff, decideEmployer } from "../../app/employers/employers.server";
import { getOwnPosting } from "../../app/postings/postings.server";
import * as applicantsRoute from "../../app/routes/employer.postings.$id_.applicants";
import * as interviewsRoute from "../../app/routes/employer.interviews";
import * as resumeRoute from "../../app/routes/graduates.$id.resume";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { outbox, users } from "../../db/schema";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

/** School-wide staff suspend an employer whose business licence was revoked. */
async function suspendForRevokedLicence(staffUserId: string, employerId: string) {
  await decideEmployer(
    await getDb(),
    { userId: staffUserId, scope: { kind: "school" } },
    { employerId, event: "suspend", reasons: "营业执照已被吊销，待核实" },
  );
}

beforeAll(ensureIndex);

/**
 * Issue 10, item 9: a suspended (or rejected) employer keeps read access to its own postings only.
 * Applicants, their résumés and contacts, and every state change are refused with a message that
 * says why; reinstated, it has them back.
 */
describe("an employer's standing in the membership check", () => {
  it("refuses a suspended employer applicants, résumés and state changes, and allows them again after reinstatement", async () => {
    const school = await testSchool();
    const reviewer = (await signedIn("staff")).user.id;
    const employer = await employerWithOrganisation({ staffUserId: reviewer, name: "苏州停牌科技有限公司" });
    const postingId = await publishedPosting(employer.user.id, reviewer, { title: "嵌入式软件工程师" });
    const graduate = await linkedGraduate(school);
    const db = await getDb();
    await applyToPosting(db, { userId: graduate.user.id }, { postingId, note: "" });

    const applicants = () =>
      callRoute(applicantsRoute.loader, {
        path: `/employer/postings/${postingId}/applicants`,
        params: { id: postingId },
        cookie: employer.cookie,
      });
    const resume = () =>
      callRoute(resumeRoute.loader, {
        path: `/graduates/${graduate.graduate.id}/resume`,
        params: { id: graduate.graduate.id },
        cookie: employer.cookie,
      });
    const interviews = () =>
      callRoute(interviewsRoute.loader, { path: "/employer/interviews", cookie: employer.cookie });

    expect((await applicants()).status).toBe(200);
    expect((await resume()).status).toBe(200);

    await suspendForRevokedLicence(reviewer, employer.employer.id);
    const refused = await applicants();
    expect(refused.status).toBe(403);
    expect(refused.data).toEqual({ message: "employer.standing.suspended" });
    expect(JSON.stringify(refused.data)).not.toContain(graduate.graduate.name);
    expect((await resume()).status).toBe(403);
    const list = await interviews();
    expect(list.data).toMatchObject({ rows: [], error: "employer.standing.suspended" });
    // Its own posting can still be read…
    expect((await getOwnPosting(db, { userId: employer.user.id }, postingId)).posting.id).toBe(postingId);
    // …but not changed.
    const change = await callRoute(applicantsRoute.action, {
      path: `/employer/postings/${postingId}/applicants`,
      params: { id: postingId },
      cookie: employer.cookie,
      form: { intent: "status", applicationIds: [], to: "interview" },
    });
    expect(change.status).toBe(403);

    await decideEmployer(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      {
        employerId: employer.employer.id,
        event: "reinstate",
      },
    );
    const back = await applicants();
    expect(back.status).toBe(200);
    expect(JSON.stringify(back.data)).toContain(graduate.graduate.name);
    expect((await resume()).status).toBe(200);
  });
});

describe("mail about an employer's standing", () => {
  it("reaches the members whose accounts are active and not one staff disabled", async () => {
    const reviewer = (await signedIn("staff")).user.id;
    const employer = await employerWithOrganisation({ staffUserId: reviewer, name: "无锡离职通知科技有限公司" });
    const db = await getDb();
    const stays = await signedIn("employer", { displayName: "周雨桐" });
    const left = await signedIn("employer", { displayName: "钱志强" });
    for (const member of [stays, left])
      await addMemberByStaff(
        db,
        { userId: reviewer, scope: { kind: "school" } },
        { employerId: employer.employer.id, email: member.user.email },
      );
    // 钱志强 left the company; staff disabled his account.
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, left.user.id));

    await suspendForRevokedLicence(reviewer, employer.employer.id);
    const mails = await db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(like(outbox.idempotencyKey, `employer-status:${employer.employer.id}:suspend:%`));
    const recipients = mails.map((mail) => mail.payload.to).sort();
    expect(recipients).toEqual([employer.user.email, stays.user.email].sort());
    expect(recipients).not.toContain(left.user.email);
  });
});
