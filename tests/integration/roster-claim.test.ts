import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  claimRosterLink,
  linkToRoster,
  listLinkRequests,
  resolveLinkRequest,
} from "../../app/graduates/activation.server";
import { importRoster } from "../../app/graduates/roster-import.server";
import * as linkPage from "../../app/routes/graduate.link";
import * as graduatePage from "../../app/routes/staff.graduates.$id";
import { reportDestination, verifyDestination } from "../../app/destinations/destinations.server";
import { dashboardFigures } from "../../app/reports/dashboard.server";
import { agreementEvents, agreements, auditLog, destinations, graduates, outbox } from "../../db/schema";
import type { School } from "../../seed/factories";
import { rosterCsv, rosterRow } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { employerWithOrganisation, testCreditCode } from "../support/vetting";

/**
 * Issue 10, item 1: student numbers are sequential and names are on every class list, so knowing
 * both must not hand anyone a graduate's record. Proof is control of the roster e-mail on file, or a
 * staff decision.
 */
let school: School;
let staffId: string;
const schoolScope = { kind: "school" } as const;

beforeAll(async () => {
  school = await testSchool();
  staffId = (await signedIn("staff")).user.id;
});

async function rosterGraduate(name: string) {
  const db = await getDb();
  const row = rosterRow(school, "软件工程", { name });
  await importRoster(db, { userId: staffId, scope: schoolScope }, { bytes: rosterCsv([row]), sendActivation: false });
  const [entry] = await db.select().from(graduates).where(eq(graduates.studentNo, row[0]!));
  return entry!;
}

async function mailsTo(email: string, keyPrefix: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(outbox)
    .where(like(outbox.idempotencyKey, `${keyPrefix}%`));
  return rows.filter((row) => (row.payload as { to?: string }).to === email);
}

function claimTokenIn(mail: { payload: unknown }): string {
  const text = (mail.payload as { text: string }).text;
  const match = text.match(/\/graduate\/link\?claim=([\w-]+)/);
  if (!match) throw new Error("no claim link in the mail");
  return match[1]!;
}

describe("claiming a roster record", () => {
  it("links nothing on a matching student number and name alone, and mails the roster address", async () => {
    const entry = await rosterGraduate("欧阳思琪");
    const attacker = await signedIn("graduate");
    const answer = await callRoute(linkPage.action, {
      path: "/graduate/link",
      cookie: attacker.cookie,
      form: { _formId: "request", intent: "request", studentNo: entry.studentNo, name: "欧阳思琪" },
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({ ok: true, done: { key: "link.requested" } });
    const db = await getDb();
    const [after] = await db.select().from(graduates).where(eq(graduates.id, entry.id));
    expect(after?.userId).toBeNull();
    const mails = await mailsTo(entry.email!, "roster-claim:");
    expect(mails).toHaveLength(1);
    expect((mails[0]!.payload as { subject: string }).subject).toContain("关联");
    // A wrong name gets the very same answer, so the page does not reveal who is on the roster.
    const guesser = await signedIn("graduate");
    const wrong = await callRoute(linkPage.action, {
      path: "/graduate/link",
      cookie: guesser.cookie,
      form: { _formId: "request", intent: "request", studentNo: entry.studentNo, name: "欧阳思奇" },
    });
    expect(wrong.status).toBe(answer.status);
    expect(wrong.data).toEqual(answer.data);
  });

  it("links with the mailed link, only for the account that asked, and tells the graduate", async () => {
    const entry = await rosterGraduate("司马文静");
    const owner = await signedIn("graduate");
    await linkToRoster(await getDb(), { userId: owner.user.id }, { studentNo: entry.studentNo, name: "司马文静" });
    const token = claimTokenIn((await mailsTo(entry.email!, "roster-claim:"))[0]!);

    const other = await signedIn("graduate");
    const stolen = await callRoute(linkPage.action, {
      path: "/graduate/link",
      cookie: other.cookie,
      form: { _formId: "claim", intent: "claim", claim: token },
    });
    expect(stolen.status).toBe(404);
    expect(errorKeys(stolen)).toEqual({ _form: ["link.claim.invalid"] });

    // The link in the mail shows a button; only the POST links.
    const page = await callRoute(linkPage.loader, { path: `/graduate/link?claim=${token}`, cookie: owner.cookie });
    expect(page.data).toMatchObject({ claim: token });
    const db = await getDb();
    expect((await db.select().from(graduates).where(eq(graduates.id, entry.id)))[0]?.userId).toBeNull();

    const claimed = await callRoute(linkPage.action, {
      path: "/graduate/link",
      cookie: owner.cookie,
      form: { _formId: "claim", intent: "claim", claim: token },
    });
    expect(claimed.status).toBe(302);
    expect(claimed.location).toBe("/graduate/profile");
    expect((await db.select().from(graduates).where(eq(graduates.id, entry.id)))[0]?.userId).toBe(owner.user.id);
    const told = await mailsTo(entry.email!, "roster-linked:");
    expect(told).toHaveLength(1);
    expect((told[0]!.payload as { text: string }).text).toContain("解除关联");
    // The link is spent.
    await expect(claimRosterLink(db, { userId: owner.user.id }, { token })).rejects.toMatchObject({ status: 404 });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "roster.link"), eq(auditLog.subjectId, entry.id)));
    expect(audits).toHaveLength(1);
  });

  it("links on a staff decision and mails the graduate", async () => {
    const entry = await rosterGraduate("诸葛明远");
    const db = await getDb();
    const asker = await signedIn("graduate");
    await linkToRoster(db, { userId: asker.user.id }, { studentNo: entry.studentNo, name: "诸葛明远" });
    const request = (await listLinkRequests(db, schoolScope)).find((r) => r.email === asker.user.email)!;
    expect(request).toMatchObject({ rosterName: "诸葛明远", rosterHasAccount: false });
    await resolveLinkRequest(db, { userId: staffId, scope: schoolScope }, { requestId: request.id, approve: true });
    expect((await db.select().from(graduates).where(eq(graduates.id, entry.id)))[0]?.userId).toBe(asker.user.id);
    expect(await mailsTo(entry.email!, "roster-linked:")).toHaveLength(1);
  });

  it("limits link requests per account", async () => {
    const db = await getDb();
    const asker = await signedIn("graduate");
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await linkToRoster(db, { userId: asker.user.id }, { studentNo: `G2026${attempt}9999`, name: "赵钱孙" }))
          .status,
      ).toBe("requested");
      const request = (await listLinkRequests(db, schoolScope)).find((r) => r.email === asker.user.email)!;
      await resolveLinkRequest(db, { userId: staffId, scope: schoolScope }, { requestId: request.id, approve: false });
    }
    await expect(
      linkToRoster(db, { userId: asker.user.id }, { studentNo: "G202659999", name: "赵钱孙" }),
    ).rejects.toMatchObject({ status: 429 });
  });

  it("lets staff undo a link", async () => {
    const entry = await rosterGraduate("上官婉儿");
    const db = await getDb();
    const asker = await signedIn("graduate");
    await linkToRoster(db, { userId: asker.user.id }, { studentNo: entry.studentNo, name: "上官婉儿" });
    await claimRosterLink(
      db,
      { userId: asker.user.id },
      {
        token: claimTokenIn((await mailsTo(entry.email!, "roster-claim:"))[0]!),
      },
    );
    const staff = await signedIn("staff");
    const undone = await callRoute(graduatePage.action, {
      path: `/staff/graduates/${entry.id}`,
      params: { id: entry.id },
      cookie: staff.cookie,
      form: { _formId: "unlink", intent: "unlink", reason: "本人否认关联" },
    });
    expect(undone.data).toMatchObject({ ok: true, done: { key: "link.unlink.done" } });
    // The wrong account cannot undo it, nor can a graduate.
    const again = await callRoute(graduatePage.action, {
      path: `/staff/graduates/${entry.id}`,
      params: { id: entry.id },
      cookie: asker.cookie,
      form: { _formId: "unlink", intent: "unlink", reason: "x" },
    });
    expect(again.status).toBe(403);
    expect((await db.select().from(graduates).where(eq(graduates.id, entry.id)))[0]?.userId).toBeNull();
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "roster.unlink"), eq(auditLog.subjectId, entry.id)));
    expect(audit?.detail).toMatchObject({ formerUserId: asker.user.id, activationsSent: 1 });
    // The real graduate gets an activation link of their own.
    expect(await mailsTo(entry.email!, "activation:")).toHaveLength(1);
  });
  it("keeps what the wrong account reported and accepted out of the rate until it is re-verified", async () => {
    const entry = await rosterGraduate("诸葛明月");
    const db = await getDb();
    const wrong = await signedIn("graduate");
    await linkToRoster(db, { userId: wrong.user.id }, { studentNo: entry.studentNo, name: "诸葛明月" });
    await claimRosterLink(
      db,
      { userId: wrong.user.id },
      {
        token: claimTokenIn((await mailsTo(entry.email!, "roster-claim:"))[0]!),
      },
    );
    const figures = async () =>
      (await dashboardFigures(db, { cohort: entry.cohort, collegeId: entry.collegeId })).dashboard;
    const before = await figures();

    // In the graduate's name: a destination reported and verified, and an agreement accepted.
    // The same employment, reported by whichever account holds the roster entry.
    const reportEmployment = (userId: string) =>
      reportDestination(
        db,
        { userId },
        {
          graduateId: entry.id,
          code: "11",
          fields: {
            employerName: "杭州云帆科技有限公司",
            employerCreditCode: testCreditCode(),
            workProvince: "浙江省",
            workCity: "杭州",
            startDate: "2026-07-01",
          },
        },
      );
    await reportEmployment(wrong.user.id);
    const staff = await signedIn("staff");
    await verifyDestination(db, { userId: staff.user.id, scope: schoolScope }, { graduateId: entry.id });
    const counted = await figures();
    expect(counted.overall.placed).toBe(before.overall.placed + 1);
    const { employer } = await employerWithOrganisation();
    const [agreement] = await db
      .insert(agreements)
      .values({
        employerId: employer.id,
        graduateId: entry.id,
        status: "accepted",
        position: "Java后端开发工程师",
        monthlyPay: 9000,
        workProvince: "浙江省",
        workCity: "杭州",
        startDate: "2026-07-01",
        archiveAddress: "杭州市人才服务中心",
        hukouAddress: "杭州市西湖区",
      })
      .returning({ id: agreements.id });
    await db.insert(agreementEvents).values({
      agreementId: agreement!.id,
      fromStatus: "invited",
      toStatus: "accepted",
      event: "accept",
      actorUserId: wrong.user.id,
    });

    const undone = await callRoute(graduatePage.action, {
      path: `/staff/graduates/${entry.id}`,
      params: { id: entry.id },
      cookie: staff.cookie,
      form: { _formId: "unlink", intent: "unlink", reason: "本人否认关联" },
    });
    expect(undone.data).toMatchObject({ ok: true });

    const held = await figures();
    expect(held.overall.placed).toBe(before.overall.placed);
    expect(held.disputed).toBe(counted.disputed + 1);
    const [destination] = await db.select().from(destinations).where(eq(destinations.graduateId, entry.id));
    expect(destination).toMatchObject({ status: "reported", disputed: true, verifiedAt: null });
    const [flagged] = await db.select().from(agreements).where(eq(agreements.id, agreement!.id));
    expect(flagged?.reverifySince).toBeInstanceOf(Date);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "roster.unlink"), eq(auditLog.subjectId, entry.id)));
    expect(audit?.detail).toMatchObject({ agreementsHeld: 1, destinationHeld: true });
    // Staff cannot verify it again until the real graduate has confirmed it.
    await expect(
      verifyDestination(db, { userId: staff.user.id, scope: schoolScope }, { graduateId: entry.id }),
    ).rejects.toMatchObject({ message: "destination.verify.needsConfirmation" });

    // The real graduate (here: an account linked by staff afterwards) re-reports; staff verify; it counts again.
    const real = await signedIn("graduate");
    await db.update(graduates).set({ userId: real.user.id }).where(eq(graduates.id, entry.id));
    await reportEmployment(real.user.id);
    await verifyDestination(db, { userId: staff.user.id, scope: schoolScope }, { graduateId: entry.id });
    expect((await figures()).overall.placed).toBe(before.overall.placed + 1);
  });
});
