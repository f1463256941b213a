import { getEnv } from "../../app/config/env.server";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  acceptAgreement,
  breachCollegeApprove,
  breachSchoolApprove,
  collegeApproveAgreement,
  draftAgreement,
  AgreementTermsSchema,
  attachAgreementEvidence,
  DraftAgreementSchema,
  editAgreementTerms,
  expireAgreements,
  inviteAgreement,
  requestBreach,
  returnAgreement,
  schoolRegisterAgreement,
  withdrawAgreement,
} from "../../app/agreements/agreements.server";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { confirmDestination } from "../../app/destinations/destinations.server";
import { DomainError, firstKey } from "../../app/errors";
import * as employerPage from "../../app/routes/employer.agreements";
import * as staffGraduatePage from "../../app/routes/staff.graduates.$id";
import * as employerEditPage from "../../app/routes/employer.agreements.$id.edit";
import * as evidenceRoute from "../../app/routes/staff.destinations.evidence.$id";
import { loadDashboardData } from "../../app/reports/dashboard.server";
import * as graduatePage from "../../app/routes/graduate.agreements";
import * as pdfRoute from "../../app/routes/agreements.$id.pdf";
import * as staffPage from "../../app/routes/staff.agreements._index";
import * as releaseLetterRoute from "../../app/routes/staff.agreements.$id.release-letter";
import {
  agreementEvents,
  agreements,
  applications,
  auditLog,
  destinationEvidence,
  destinationHistory,
  destinations,
  outbox,
} from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { callRoute, errorKeys } from "../support/remix";
import { linkGraduateAccount, rosterOf, signedIn, testSchool } from "../support/people";
import { employerWithOrganisation, pdfFile } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

type Account = { user: { id: string }; cookie: string };
let school: School;
let roster: Awaited<ReturnType<typeof rosterOf>>;
let collegeOne: number;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let otherEmployer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let collegeStaff: Account & { scope: { kind: "college"; collegeId: number } };
let otherCollegeStaff: Account & { scope: { kind: "college"; collegeId: number } };
let schoolStaff: Account & { scope: { kind: "school" } };
let used = 0;

const terms = {
  position: "Java后端开发工程师",
  monthlyPay: "9000",
  probationMonths: "3",
  workProvince: "浙江省",
  workCity: "杭州",
  startDate: "2026-07-15",
  breachPenalty: "3000",
  archiveAddress: "杭州市人才市场档案管理中心",
  hukouAddress: "杭州市滨江区长河派出所",
};

/** The next graduate of college one, with a signed-in account linked to the roster row. */
async function graduateWithAccount() {
  const graduate = roster.filter((g) => g.collegeId === collegeOne)[used++]!;
  const account = await signedIn("graduate");
  await linkGraduateAccount(await getDb(), graduate.id, account.user.id);
  return { graduate, ...account };
}

async function drafted(graduate: { studentNo: string; name: string }, by = employer) {
  const db = await getDb();
  return draftAgreement(
    db,
    { userId: by.user.id },
    { data: DraftAgreementSchema.parse({ ...terms, studentNo: graduate.studentNo, graduateName: graduate.name }) },
  );
}

async function acceptedAgreement() {
  const g = await graduateWithAccount();
  const db = await getDb();
  const a = await drafted(g.graduate);
  await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
  await acceptAgreement(db, { userId: g.user.id }, { agreementId: a.id });
  return { g, id: a.id };
}

async function registeredAgreement() {
  const { g, id } = await acceptedAgreement();
  const db = await getDb();
  await collegeApproveAgreement(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
  const row = await schoolRegisterAgreement(
    db,
    { userId: schoolStaff.user.id, scope: schoolStaff.scope },
    { agreementId: id },
  );
  return { g, id, row };
}

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "agreement-evidence-"));
  try {
    writeFileSync(path.join(dir, "e.pdf"), bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "e.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function statusOf(id: string) {
  const [row] = await (await getDb()).select().from(agreements).where(eq(agreements.id, id));
  return row!;
}

async function refused(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  school = await testSchool();
  collegeOne = school.colleges[0]!.id;
  const collegeTwo = school.colleges[1]!.id;
  roster = await rosterOf(school, 400, 31);
  employer = await employerWithOrganisation({ name: "杭州星河数据科技有限公司" });
  otherEmployer = await employerWithOrganisation({ name: "宁波海港物流有限公司" });
  collegeStaff = {
    ...(await signedIn("staff", { collegeId: collegeOne })),
    scope: { kind: "college", collegeId: collegeOne },
  };
  otherCollegeStaff = {
    ...(await signedIn("staff", { collegeId: collegeTwo })),
    scope: { kind: "college", collegeId: collegeTwo },
  };
  schoolStaff = { ...(await signedIn("staff", { collegeId: null })), scope: { kind: "school" } };
});

describe("the whole signing path through the routes", () => {
  it("draft → invite → accept → college approve → school register: numbered, PDF, destination 10 awaiting confirmation", async () => {
    const g = await graduateWithAccount();
    const db = await getDb();

    const draft = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { intent: "draft", ...terms, studentNo: g.graduate.studentNo, graduateName: g.graduate.name },
    });
    expect(draft.status).toBe(200);
    const id = (draft.data as { id: string }).id;
    expect((await statusOf(id)).status).toBe("drafted");

    // The graduate does not see drafts.
    const before = await callRoute(graduatePage.loader, { path: "/graduate/agreements", cookie: g.cookie });
    expect((before.data as { rows: unknown[] }).rows).toHaveLength(0);

    const invite = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { intent: "invite", agreementId: id },
    });
    expect(invite.status).toBe(200);
    const invited = await statusOf(id);
    expect(invited.status).toBe("invited");
    const days = (invited.replyDeadline!.getTime() - Date.now()) / (24 * 3600_000);
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThanOrEqual(5);

    const list = await callRoute(graduatePage.loader, { path: "/graduate/agreements", cookie: g.cookie });
    const rows = (list.data as { rows: { id: string; events: string[] }[] }).rows;
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]!.events).toEqual(["accept", "decline"]);

    const accept = await callRoute(graduatePage.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: { intent: "accept", agreementId: id, confirmed: "yes" },
    });
    expect(accept.status).toBe(200);

    // Queues: college staff see it with approve/return; school staff see it but may not act yet.
    const collegeQueue = await callRoute(staffPage.loader, { path: "/staff/agreements", cookie: collegeStaff.cookie });
    const mine = (collegeQueue.data as { rows: { id: string; events: string[] }[] }).rows.find((r) => r.id === id);
    expect(mine?.events).toEqual(["college_approve", "return"]);
    // Reviewers see every term they approve (not just title and pay) and can preview the PDF before it has a number.
    const stored = await statusOf(id);
    expect(mine).toMatchObject({
      probationMonths: stored.probationMonths,
      breachPenalty: stored.breachPenalty,
      startDate: stored.startDate,
      archiveAddress: stored.archiveAddress,
      hukouAddress: stored.hukouAddress,
    });
    const preview = await pdfRoute.loader({
      request: new Request(`http://localhost/agreements/${id}/pdf?preview=1`, {
        headers: { Cookie: collegeStaff.cookie },
      }),
      params: { id },
      context: { clientAddress: "127.0.0.1", cspNonce: "" },
    });
    expect(preview.headers.get("Content-Disposition")).toMatch(/^inline/);
    const previewText = pdfText(Buffer.from(await preview.arrayBuffer()));
    expect(previewText).toContain("审核预览");
    expect(previewText).toContain(stored.archiveAddress.slice(0, 6));
    const graduatePreview = await callRoute(pdfRoute.loader, {
      path: `/agreements/${id}/pdf?preview=1`,
      cookie: g.cookie,
      params: { id },
    });
    expect(graduatePreview.status).toBe(409);
    const otherQueue = await callRoute(staffPage.loader, {
      path: "/staff/agreements",
      cookie: otherCollegeStaff.cookie,
    });
    expect((otherQueue.data as { rows: { id: string }[] }).rows.find((r) => r.id === id)).toBeUndefined();
    const early = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: schoolStaff.cookie,
      form: { intent: "school_register", agreementId: id },
    });
    expect(early.status).toBe(409);

    const approve = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: collegeStaff.cookie,
      form: { intent: "college_approve", agreementId: id },
    });
    expect(approve.status).toBe(200);
    const register = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: schoolStaff.cookie,
      form: { intent: "school_register", agreementId: id },
    });
    expect(register.status).toBe(200);

    const registered = await statusOf(id);
    expect(registered.status).toBe("registered");
    const year = new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
    expect(registered.number).toMatch(new RegExp(`^${year}-\\d{6}$`));
    expect(registered.registeredAt).toBeInstanceOf(Date);

    // History, audit and mail, one of each per transition.
    const history = await db
      .select()
      .from(agreementEvents)
      .where(eq(agreementEvents.agreementId, id))
      .orderBy(asc(agreementEvents.id));
    expect(history.map((h) => h.event)).toEqual(["draft", "invite", "accept", "college_approve", "school_register"]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(
      [
        "agreement.accept",
        "agreement.college_approve",
        "agreement.draft",
        "agreement.invite",
        "agreement.school_register",
      ].sort(),
    );
    const mails = await db.select().from(outbox).where(like(outbox.idempotencyKey, "agreement:%"));
    const keyOf = (h: { id: number }) => `agreement:${h.id}:graduate`;
    const toGraduate = mails
      .filter((m) => history.some((h) => m.idempotencyKey === keyOf(h)))
      .map((m) => m.idempotencyKey);
    // invite, college approval and registration reach the graduate; their own acceptance does not.
    expect(toGraduate.sort()).toEqual([keyOf(history[1]!), keyOf(history[3]!), keyOf(history[4]!)].sort());
    const toEmployer = mails.filter((m) =>
      history.some((h) => m.idempotencyKey === `agreement:${h.id}:${employer.user.id}`),
    );
    expect(toEmployer).toHaveLength(3); // accept, college approval, registration
    const registrationMail = mails.find((m) => m.idempotencyKey === `agreement:${history[4]!.id}:graduate`);
    expect(String((registrationMail?.payload as { text: string }).text)).toContain(registered.number!);

    // Destination code 10, recorded by the agreement, waiting for the graduate's confirmation.
    const [destination] = await db.select().from(destinations).where(eq(destinations.graduateId, g.graduate.id));
    expect(destination?.code).toBe("10");
    expect(destination?.status).toBe("reported");
    expect(destination?.source).toBe("agreement");
    expect(destination?.employerName).toBe("杭州星河数据科技有限公司");
    const destHistory = await db
      .select()
      .from(destinationHistory)
      .where(eq(destinationHistory.graduateId, g.graduate.id));
    expect(destHistory.map((h) => h.action)).toEqual(["record"]);
    await confirmDestination(db, { userId: g.user.id }, { graduateId: g.graduate.id });
    const [confirmed] = await db.select().from(destinations).where(eq(destinations.graduateId, g.graduate.id));
    expect(confirmed?.status).toBe("confirmed");

    // The PDF: Chinese text rendered from the embedded font, with the graduate's name and the number.
    const pdf = await callRoute(pdfRoute.loader, { path: `/agreements/${id}/pdf`, cookie: g.cookie, params: { id } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const response = await pdfRoute.loader({
      request: new Request(`http://localhost/agreements/${id}/pdf`, { headers: { Cookie: employer.cookie } }),
      params: { id },
      context: {},
    });
    const bytes = Buffer.from(await (response as Response).arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(os.tmpdir(), "agreement-pdf-"));
    writeFileSync(path.join(dir, "a.pdf"), bytes);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "a.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain(g.graduate.name);
    expect(text).toContain(registered.number!);
    expect(text).toContain("杭州星河数据科技有限公司");
    expect(text).toContain("违约金");
    // 丙方 is the school by name, and the career centre is named once.
    expect(text).toContain(`学校名称：${getEnv().SCHOOL_NAME}`);
    expect(text).not.toContain("就业指导中心就业指导中心");
    // Rendered to an image, as a reader would see it (the text layer alone could hide missing glyphs).
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      path.join(dir, "a.pdf"),
      path.join(dir, "page"),
    ]);
    const png = readFileSync(path.join(dir, "page-1.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const fonts = execFileSync("pdffonts", [path.join(dir, "a.pdf")], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSans/);
    expect(fonts).toMatch(/yes\s+yes/); // embedded, subset
    rmSync(dir, { recursive: true, force: true });

    // Who may download: the graduate, the employer's members, staff of the scope; no one else.
    for (const who of [schoolStaff, collegeStaff]) {
      expect(
        (await callRoute(pdfRoute.loader, { path: `/agreements/${id}/pdf`, cookie: who.cookie, params: { id } }))
          .status,
      ).toBe(200);
    }
    const stranger = await signedIn("graduate");
    for (const who of [otherEmployer, otherCollegeStaff, stranger]) {
      expect(
        (await callRoute(pdfRoute.loader, { path: `/agreements/${id}/pdf`, cookie: who.cookie, params: { id } }))
          .status,
      ).toBe(403);
    }
  });

  it("keeps one draft when the employer saves twice, and refuses a second agreement while one is in progress", async () => {
    const g = await graduateWithAccount();
    const db = await getDb();
    const first = await drafted(g.graduate);
    const again = await drafted(g.graduate);
    expect(again.id).toBe(first.id);
    // Two saves at the same instant still make one draft (the unique index decides).
    const other = await graduateWithAccount();
    const both = await Promise.allSettled([drafted(other.graduate), drafted(other.graduate)]);
    const ids = new Set(
      both.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id),
    );
    expect(ids.size).toBe(1);
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: first.id });
    await expect(drafted(g.graduate)).rejects.toMatchObject({ status: 409 });
    const open = await db.select().from(agreements).where(eq(agreements.graduateId, g.graduate.id));
    expect(open).toHaveLength(1);
  });

  it("offers no PDF before registration", async () => {
    const { g, id } = await acceptedAgreement();
    const result = await callRoute(pdfRoute.loader, {
      path: `/agreements/${id}/pdf`,
      cookie: g.cookie,
      params: { id },
    });
    expect(result.status).toBe(409);
  });
});

describe("returns, declines, expiry and withdrawal", () => {
  it("a review returns it with a reason; the employer invites again and it goes through", async () => {
    const { g, id } = await acceptedAgreement();
    const db = await getDb();
    const noReason = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: collegeStaff.cookie,
      form: { intent: "return", agreementId: id, reason: " " },
    });
    expect(noReason.status).toBe(400);
    await returnAgreement(
      db,
      { userId: collegeStaff.user.id, scope: collegeStaff.scope },
      { agreementId: id, reason: "违约金过高，请与毕业生协商" },
    );
    expect(await statusOf(id)).toMatchObject({ status: "returned", returnReason: "违约金过高，请与毕业生协商" });
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: id });
    await acceptAgreement(db, { userId: g.user.id }, { agreementId: id });
    await collegeApproveAgreement(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
    // The school may return too.
    await returnAgreement(
      db,
      { userId: schoolStaff.user.id, scope: schoolStaff.scope },
      { agreementId: id, reason: "报到日期有误" },
    );
    expect((await statusOf(id)).status).toBe("returned");
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: id });
    await acceptAgreement(db, { userId: g.user.id }, { agreementId: id });
    await collegeApproveAgreement(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
    const registered = await schoolRegisterAgreement(
      db,
      { userId: schoolStaff.user.id, scope: schoolStaff.scope },
      { agreementId: id },
    );
    expect(registered.status).toBe("registered");
    expect(registered.returnReason).toBeNull();
  });

  it("the graduate declines only with a reason", async () => {
    const g = await graduateWithAccount();
    const db = await getDb();
    const a = await drafted(g.graduate);
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
    const bare = await callRoute(graduatePage.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: { intent: "decline", agreementId: a.id },
    });
    expect(bare.status).toBe(400);
    expect(errorKeys(bare).reason).toEqual(["agreement.reason.required"]);
    const ok = await callRoute(graduatePage.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: { intent: "decline", agreementId: a.id, reason: "已接受其他单位录用" },
    });
    expect(ok.status).toBe(200);
    expect(await statusOf(a.id)).toMatchObject({ status: "declined", declineReason: "已接受其他单位录用" });
    // Another graduate cannot answer it.
    const other = await graduateWithAccount();
    const b = await drafted(g.graduate);
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: b.id });
    expect((await refused(acceptAgreement(db, { userId: other.user.id }, { agreementId: b.id }))).status).toBe(403);
    expect(
      (
        await callRoute(graduatePage.action, {
          path: "/graduate/agreements",
          cookie: other.cookie,
          form: { intent: "accept", agreementId: b.id, confirmed: "yes" },
        })
      ).status,
    ).toBe(403);
  });

  it("unanswered invitations expire after the reply deadline, answered ones do not", async () => {
    const db = await getDb();
    const g1 = await graduateWithAccount();
    const g2 = await graduateWithAccount();
    const stale = await drafted(g1.graduate);
    const fresh = await drafted(g2.graduate);
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: stale.id });
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: fresh.id });
    await acceptAgreement(db, { userId: g2.user.id }, { agreementId: fresh.id });
    expect(await expireAgreements(db)).toBe(0);
    const later = new Date(Date.now() + 6 * 24 * 3600_000);
    expect(await expireAgreements(db, later)).toBeGreaterThanOrEqual(1);
    expect((await statusOf(stale.id)).status).toBe("expired");
    expect((await statusOf(fresh.id)).status).toBe("accepted");
    expect((await refused(acceptAgreement(db, { userId: g1.user.id }, { agreementId: stale.id }))).status).toBe(409);
    const [expiry] = await db
      .select()
      .from(agreementEvents)
      .where(and(eq(agreementEvents.agreementId, stale.id), eq(agreementEvents.event, "expire")));
    expect(expiry?.actorUserId).toBeNull();
  });

  it("the employer withdraws before a reply, not after", async () => {
    const db = await getDb();
    const g = await graduateWithAccount();
    const a = await drafted(g.graduate);
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
    const withdraw = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { intent: "withdraw", agreementId: a.id, confirmed: "yes" },
    });
    expect(withdraw.status).toBe(200);
    expect((await statusOf(a.id)).status).toBe("withdrawn");
    const { id } = await acceptedAgreement();
    expect((await refused(withdrawAgreement(db, { userId: employer.user.id }, { agreementId: id }))).status).toBe(409);
  });
});

describe("breach (解约)", () => {
  it("graduate requests with the release letter, college and school approve, terminated; a new agreement may follow", async () => {
    const db = await getDb();
    const { g, id } = await registeredAgreement();
    // A second agreement cannot be accepted while this one is in force.
    const next = await drafted(g.graduate, otherEmployer);
    await inviteAgreement(db, { userId: otherEmployer.user.id }, { agreementId: next.id });
    expect(firstKey(await refused(acceptAgreement(db, { userId: g.user.id }, { agreementId: next.id })))).toBe(
      "agreement.graduate.alreadyBound",
    );

    const noLetter = await callRoute(graduatePage.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: { intent: "request_breach", agreementId: id, confirmed: "yes" },
    });
    expect(noLetter.status).toBe(400);
    await requestBreach(
      db,
      { userId: g.user.id },
      { agreementId: id, releaseLetter: pdfFile("解约函.pdf"), reason: "考取研究生" },
    );
    const requested = await statusOf(id);
    expect(requested.status).toBe("breach_requested");
    expect(requested.releaseLetterFile).toMatch(/\.pdf$/);

    const letter = await callRoute(releaseLetterRoute.loader, {
      path: `/staff/agreements/${id}/release-letter`,
      cookie: collegeStaff.cookie,
      params: { id },
    });
    expect(letter.status).toBe(200);
    expect(letter.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      (
        await callRoute(releaseLetterRoute.loader, {
          path: `/staff/agreements/${id}/release-letter`,
          cookie: otherCollegeStaff.cookie,
          params: { id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(releaseLetterRoute.loader, {
          path: `/staff/agreements/${id}/release-letter`,
          cookie: g.cookie,
          params: { id },
        })
      ).status,
    ).toBe(403);

    // A rejected request puts the agreement back in force (with a reason); the graduate may ask again.
    const reject = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: collegeStaff.cookie,
      form: { intent: "breach_reject", agreementId: id, reason: "解约函未盖公章" },
    });
    expect(reject.status).toBe(200);
    expect((await statusOf(id)).status).toBe("registered");
    await requestBreach(db, { userId: g.user.id }, { agreementId: id, releaseLetter: pdfFile("解约函.pdf") });

    expect(
      (
        await refused(
          breachSchoolApprove(db, { userId: schoolStaff.user.id, scope: schoolStaff.scope }, { agreementId: id }),
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await refused(
          breachCollegeApprove(
            db,
            { userId: otherCollegeStaff.user.id, scope: otherCollegeStaff.scope },
            { agreementId: id },
          ),
        )
      ).status,
    ).toBe(403);
    await breachCollegeApprove(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
    await breachSchoolApprove(db, { userId: schoolStaff.user.id, scope: schoolStaff.scope }, { agreementId: id });
    expect((await statusOf(id)).status).toBe("terminated");

    await acceptAgreement(db, { userId: g.user.id }, { agreementId: next.id });
    expect((await statusOf(next.id)).status).toBe("accepted");
  });

  it("termination sends the destination the agreement recorded back to the graduate: it stops counting and they are mailed", async () => {
    const db = await getDb();
    const { g, id } = await registeredAgreement();
    await confirmDestination(db, { userId: g.user.id }, { graduateId: g.graduate.id });
    await requestBreach(db, { userId: g.user.id }, { agreementId: id, releaseLetter: pdfFile("解约函.pdf") });
    await breachCollegeApprove(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
    await breachSchoolApprove(db, { userId: schoolStaff.user.id, scope: schoolStaff.scope }, { agreementId: id });
    const [destination] = await db.select().from(destinations).where(eq(destinations.graduateId, g.graduate.id));
    expect(destination).toMatchObject({ code: "10", status: "returned", source: "agreement" });
    expect(destination!.returnedReason).toContain("已解约");
    const mails = await db.select().from(outbox).where(like(outbox.idempotencyKey, "destination:returned:%"));
    expect(mails.some((m) => JSON.stringify(m.payload).includes("已解约"))).toBe(true);
  });
});

describe("editing the terms before a reply", () => {
  it("a draft is edited quietly; an invitation restarts the reply deadline and mails the graduate what changed", async () => {
    const db = await getDb();
    const g = await graduateWithAccount();
    const a = await drafted(g.graduate);
    const edit = await callRoute(employerEditPage.action, {
      path: `/employer/agreements/${a.id}/edit`,
      cookie: employer.cookie,
      params: { id: a.id },
      form: { ...terms, monthlyPay: "9500" },
    });
    expect(edit.status).toBe(302);
    expect((await statusOf(a.id)).monthlyPay).toBe(9500);

    await inviteAgreement(
      db,
      { userId: employer.user.id },
      { agreementId: a.id, replyDeadline: new Date(Date.now() + 24 * 3600_000) },
    );
    const before = await statusOf(a.id);
    await editAgreementTerms(
      db,
      { userId: employer.user.id },
      { agreementId: a.id, data: AgreementTermsSchema.parse({ ...terms, monthlyPay: "10000", workCity: "宁波" }) },
    );
    const after = await statusOf(a.id);
    expect(after.status).toBe("invited");
    expect(after.workCity).toBe("宁波");
    expect(after.replyDeadline!.getTime()).toBeGreaterThan(before.replyDeadline!.getTime() + 3 * 24 * 3600_000);
    const events = await db
      .select()
      .from(agreementEvents)
      .where(eq(agreementEvents.agreementId, a.id))
      .orderBy(asc(agreementEvents.id));
    expect(events.filter((e) => e.event === "edit")).toHaveLength(2);
    const mails = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `agreement:${events.at(-1)!.id}:graduate`));
    expect(mails).toHaveLength(1);
    const text = JSON.stringify(mails[0]!.payload);
    expect(text).toContain("月薪: 9500 → 10000");
    expect(text).toContain("工作城市: 杭州 → 宁波");

    // Nothing changed: said so, nothing written.
    const same = await callRoute(employerEditPage.action, {
      path: `/employer/agreements/${a.id}/edit`,
      cookie: employer.cookie,
      params: { id: a.id },
      form: { ...terms, monthlyPay: "10000", workCity: "宁波" },
    });
    expect(same.status).toBe(400);
    // Bad input: field errors, and the form keeps what was typed.
    const bad = await callRoute(employerEditPage.action, {
      path: `/employer/agreements/${a.id}/edit`,
      cookie: employer.cookie,
      params: { id: a.id },
      form: { ...terms, probationMonths: "9", workCity: "温州" },
    });
    expect(bad.status).toBe(400);
    const body = bad.data as { values: Record<string, string> };
    expect(errorKeys(bad).probationMonths).toEqual(["agreement.field.probation"]);
    expect(body.values.workCity).toBe("温州");

    // Another employer may not; after the graduate's reply nobody may.
    expect(
      (
        await callRoute(employerEditPage.action, {
          path: `/employer/agreements/${a.id}/edit`,
          cookie: otherEmployer.cookie,
          params: { id: a.id },
          form: terms,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(employerEditPage.loader, {
          path: `/employer/agreements/${a.id}/edit`,
          cookie: otherEmployer.cookie,
          params: { id: a.id },
        })
      ).status,
    ).toBe(403);
    await acceptAgreement(db, { userId: g.user.id }, { agreementId: a.id });
    expect(
      firstKey(
        await refused(
          editAgreementTerms(
            db,
            { userId: employer.user.id },
            { agreementId: a.id, data: AgreementTermsSchema.parse(terms) },
          ),
        ),
      ),
    ).toBe("agreement.edit.notAllowed");
  });
});

describe("review steps are configuration", () => {
  it("with AGREEMENT_COLLEGE_REVIEW=false the school registers straight after acceptance and the college has no step", async () => {
    const db = await getDb();
    process.env.AGREEMENT_COLLEGE_REVIEW = "false";
    resetEnv();
    try {
      const { id } = await acceptedAgreement();
      expect(
        (
          await refused(
            collegeApproveAgreement(
              db,
              { userId: collegeStaff.user.id, scope: collegeStaff.scope },
              { agreementId: id },
            ),
          )
        ).status,
      ).toBe(409);
      const queue = await callRoute(staffPage.loader, { path: "/staff/agreements", cookie: schoolStaff.cookie });
      const row = (queue.data as { rows: { id: string; events: string[] }[] }).rows.find((r) => r.id === id)!;
      expect(row.events).toEqual(expect.arrayContaining(["school_register", "return"]));
      const registered = await schoolRegisterAgreement(
        db,
        { userId: schoolStaff.user.id, scope: schoolStaff.scope },
        { agreementId: id },
      );
      expect(registered.status).toBe("registered");
      expect(registered.number).toMatch(/^\d{4}-\d{6}$/);
    } finally {
      delete process.env.AGREEMENT_COLLEGE_REVIEW;
      resetEnv();
    }
    // Back to the default: the college reviews first.
    const { id } = await acceptedAgreement();
    expect(
      (
        await refused(
          schoolRegisterAgreement(db, { userId: schoolStaff.user.id, scope: schoolStaff.scope }, { agreementId: id }),
        )
      ).status,
    ).toBe(409);
  });
});

describe("history", () => {
  it("each party sees who did what and when; the graduate does not see the employer's drafting", async () => {
    const db = await getDb();
    const g = await graduateWithAccount();
    const a = await drafted(g.graduate);
    await editAgreementTerms(
      db,
      { userId: employer.user.id },
      { agreementId: a.id, data: AgreementTermsSchema.parse({ ...terms, monthlyPay: "9900" }) },
    );
    await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
    await acceptAgreement(db, { userId: g.user.id }, { agreementId: a.id });
    await returnAgreement(
      db,
      { userId: collegeStaff.user.id, scope: collegeStaff.scope },
      { agreementId: a.id, reason: "报到日期与学院派遣计划不符" },
    );

    const employerView = await callRoute(employerPage.loader, {
      path: "/employer/agreements",
      cookie: employer.cookie,
    });
    const employerTimeline = (
      employerView.data as { timelines: Record<string, { event: string; actor: string; reason: string | null }[]> }
    ).timelines[a.id]!;
    expect(employerTimeline.map((e) => e.event)).toEqual(["draft", "edit", "invite", "accept", "return"]);
    expect(employerTimeline.map((e) => e.actor)).toEqual([
      "employer",
      "employer",
      "employer",
      "graduate",
      "staff_college",
    ]);
    expect(employerTimeline.at(-1)!.reason).toBe("报到日期与学院派遣计划不符");

    const graduateView = await callRoute(graduatePage.loader, { path: "/graduate/agreements", cookie: g.cookie });
    const graduateTimeline = (graduateView.data as { timelines: Record<string, { event: string }[]> }).timelines[a.id]!;
    expect(graduateTimeline.map((e) => e.event)).toEqual(["invite", "accept", "return"]);
  });
});

describe("the staff view of one graduate", () => {
  it("shows where the graduate stands: the registered agreement with its number and the destination it recorded, not the employer's drafts", async () => {
    const { g, row } = await registeredAgreement();
    await drafted(g.graduate, otherEmployer);
    const page = await callRoute(staffGraduatePage.loader, {
      path: `/staff/graduates/${g.graduate.id}`,
      cookie: collegeStaff.cookie,
      params: { id: g.graduate.id },
    });
    expect(page.status).toBe(200);
    const journey = (
      page.data as {
        journey: {
          destination: { code: string; status: string; source: string };
          agreements: { number: string | null; status: string; employerName: string }[];
        };
      }
    ).journey;
    expect(journey.destination).toMatchObject({ code: "10", status: "reported", source: "agreement" });
    expect(journey.agreements).toEqual([
      expect.objectContaining({ number: row.number, status: "registered", employerName: "杭州星河数据科技有限公司" }),
    ]);
    expect(
      (
        await callRoute(staffGraduatePage.loader, {
          path: `/staff/graduates/${g.graduate.id}`,
          cookie: otherCollegeStaff.cookie,
          params: { id: g.graduate.id },
        })
      ).status,
    ).toBe(403);
  });
});

describe("registration evidence", () => {
  it("the registered agreement is stored as the destination's evidence, so code 10 is not flagged as missing it", async () => {
    const db = await getDb();
    const { g, id, row } = await registeredAgreement();
    const [destination] = await db.select().from(destinations).where(eq(destinations.graduateId, g.graduate.id));
    // Attached by a durable job (rendering the PDF inside the registration would hold the number counter locked).
    await drainOutbox();
    expect(await attachAgreementEvidence(db, id)).toBe(false);
    const evidence = await db
      .select()
      .from(destinationEvidence)
      .where(eq(destinationEvidence.destinationId, destination!.id));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.mime).toBe("application/pdf");
    const { details } = await loadDashboardData(db, { cohort: g.graduate.cohort, collegeId: collegeOne });
    expect(details.find((d) => d.graduateId === g.graduate.id)).toBeUndefined();
    const download = (await evidenceRoute.loader({
      request: new Request(`http://localhost/staff/destinations/evidence/${evidence[0]!.id}`, {
        headers: { Cookie: collegeStaff.cookie },
      }),
      params: { id: evidence[0]!.id },
      context: {},
    })) as Response;
    expect(download.status).toBe(200);
    const text = pdfText(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain(row.number!);
  });
});

describe("scope rules and numbering", () => {
  it("college staff of another college get 403; another employer gets 403", async () => {
    const db = await getDb();
    const { id } = await acceptedAgreement();
    const result = await callRoute(staffPage.action, {
      path: "/staff/agreements",
      cookie: otherCollegeStaff.cookie,
      form: { intent: "college_approve", agreementId: id },
    });
    expect(result.status).toBe(403);
    expect(
      (
        await refused(
          collegeApproveAgreement(
            db,
            { userId: otherCollegeStaff.user.id, scope: otherCollegeStaff.scope },
            { agreementId: id },
          ),
        )
      ).status,
    ).toBe(403);
    const g = await graduateWithAccount();
    const a = await drafted(g.graduate);
    const foreign = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: otherEmployer.cookie,
      form: { intent: "invite", agreementId: a.id },
    });
    expect(foreign.status).toBe(403);
    const list = await callRoute(employerPage.loader, { path: "/employer/agreements", cookie: otherEmployer.cookie });
    expect((list.data as { rows: { id: string }[] }).rows.find((r) => r.id === a.id)).toBeUndefined();
    // Roles: a graduate cannot open the staff queue or the employer page.
    expect((await callRoute(staffPage.loader, { path: "/staff/agreements", cookie: g.cookie })).status).toBe(403);
    expect(
      (
        await callRoute(employerPage.action, {
          path: "/employer/agreements",
          cookie: g.cookie,
          form: { intent: "invite", agreementId: a.id },
        })
      ).status,
    ).toBe(403);
  });

  it("a draft needs a graduate of the roster by student number and name", async () => {
    const result = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { intent: "draft", ...terms, studentNo: roster[0]!.studentNo, graduateName: "不是此人" },
    });
    expect(result.status).toBe(404);
    expect(errorKeys(result).studentNo).toEqual(["agreement.graduate.notFound"]);
  });

  it("drafts from an application with an offer, not from one without", async () => {
    const db = await getDb();
    const g = await linkedGraduate(school);
    const postingId = await publishedPosting(employer.user.id, schoolStaff.user.id);
    const [application] = await db
      .insert(applications)
      .values({
        graduateId: g.graduate.id,
        postingId,
        employerId: employer.employer.id,
        status: "submitted",
        resumeFile: "resumes/x.pdf",
        resumeSha256: "0".repeat(64),
      })
      .returning();
    const form = { intent: "draft", ...terms, applicationId: application!.id };
    const early = await callRoute(employerPage.action, { path: "/employer/agreements", cookie: employer.cookie, form });
    expect(early.status).toBe(409);
    // The page offers no draft from an application without an offer; it says so and asks for a student number.
    const notYet = (
      await callRoute(employerPage.loader, {
        path: `/employer/agreements?application=${application!.id}`,
        cookie: employer.cookie,
      })
    ).data as { offer: unknown; offerMissing: boolean };
    expect(notYet).toMatchObject({ offer: null, offerMissing: true });
    await db.update(applications).set({ status: "offered" }).where(eq(applications.id, application!.id));
    // With the offer, the draft form starts from the posting: the graduate named, title and pay filled in.
    const page = (
      await callRoute(employerPage.loader, {
        path: `/employer/agreements?application=${application!.id}`,
        cookie: employer.cookie,
      })
    ).data as { offer: { graduateName: string; terms: { position: string; monthlyPay: string } } };
    expect(page.offer.graduateName).toBe(g.graduate.name);
    expect(Number(page.offer.terms.monthlyPay)).toBeGreaterThan(0);
    expect(page.offer.terms.position.length).toBeGreaterThan(1);
    const othersView = (
      await callRoute(employerPage.loader, {
        path: `/employer/agreements?application=${application!.id}`,
        cookie: otherEmployer.cookie,
      })
    ).data as { offer: unknown };
    expect(othersView.offer).toBeNull();
    const foreign = await callRoute(employerPage.action, {
      path: "/employer/agreements",
      cookie: otherEmployer.cookie,
      form,
    });
    expect(foreign.status).toBe(404);
    const ok = await callRoute(employerPage.action, { path: "/employer/agreements", cookie: employer.cookie, form });
    expect(ok.status).toBe(200);
    expect(await statusOf((ok.data as { id: string }).id)).toMatchObject({
      graduateId: g.graduate.id,
      applicationId: application!.id,
      status: "drafted",
    });
  });

  it("numbers are unique and consecutive within the year, even when registered concurrently", async () => {
    const db = await getDb();
    const accepted = await Promise.all([0, 1, 2, 3].map(() => acceptedAgreement()));
    for (const { id } of accepted)
      await collegeApproveAgreement(
        db,
        { userId: collegeStaff.user.id, scope: collegeStaff.scope },
        { agreementId: id },
      );
    const numbers = (
      await Promise.all(
        accepted.map(({ id }) =>
          schoolRegisterAgreement(db, { userId: schoolStaff.user.id, scope: schoolStaff.scope }, { agreementId: id }),
        ),
      )
    ).map((r) => r.number!);
    expect(new Set(numbers).size).toBe(4);
    const serials = numbers.map((n) => Number(n.split("-")[1])).sort((a, b) => a - b);
    expect(serials[3]! - serials[0]!).toBe(3);
    // A registration dated in another year starts that year's sequence: a year five years from
    // whenever this runs, which no other registration of the run uses.
    const laterYear = Number(numbers[0]!.split("-")[0]) + 5;
    const { id } = await acceptedAgreement();
    await collegeApproveAgreement(db, { userId: collegeStaff.user.id, scope: collegeStaff.scope }, { agreementId: id });
    const nextYear = await schoolRegisterAgreement(
      db,
      { userId: schoolStaff.user.id, scope: schoolStaff.scope },
      { agreementId: id, now: new Date(`${laterYear}-03-01T00:00:00+08:00`) },
    );
    expect(nextYear.number).toBe(`${laterYear}-000001`);
  });
});
