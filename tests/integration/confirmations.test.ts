import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  acceptAgreement,
  collegeApproveAgreement,
  draftAgreement,
  DraftAgreementSchema,
  inviteAgreement,
  schoolRegisterAgreement,
} from "../../app/agreements/agreements.server";
import { applyToPosting, employerTransition } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import type { Confirmation } from "../../app/forms/confirm";
import { translate } from "../../app/i18n/messages";
import * as employerAgreements from "../../app/routes/employer.agreements";
import * as graduateAgreements from "../../app/routes/graduate.agreements";
import * as graduateApplications from "../../app/routes/graduate.applications";
import * as staffEmployer from "../../app/routes/staff.employers.$id";
import { agreements, applications, employers, outbox } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys, type RouteResult } from "../support/remix";
import { employerWithOrganisation, ensureIndex, pdfFile } from "../support/vetting";

let school: School;
let reviewer: string;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let schoolStaff: { user: { id: string }; cookie: string };

const terms = {
  position: "Java后端开发工程师",
  monthlyPay: "9000",
  probationMonths: "3",
  workProvince: "浙江省",
  workCity: "杭州",
  startDate: "2026-07-15",
  breachPenalty: "5000",
  archiveAddress: "杭州市人才市场档案管理中心",
  hukouAddress: "杭州市滨江区长河派出所",
};

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  schoolStaff = await signedIn("staff", { collegeId: null });
  reviewer = schoolStaff.user.id;
  employer = await employerWithOrganisation({ name: "杭州云栖软件有限公司", staffUserId: reviewer });
});

/** The summary a first submission answered with; fails when it acted instead. */
function confirmationIn(result: RouteResult): Confirmation {
  expect(result.status).toBe(200);
  const confirm = (result.data as { confirm?: Confirmation }).confirm;
  if (!confirm) throw new Error(`no confirmation step in ${JSON.stringify(result.data)}`);
  return confirm;
}

/** The summary as the reader sees it: title, facts and what happens next, in Chinese. */
function shown(confirm: Confirmation): string {
  return [
    translate("zh-CN", confirm.title),
    ...confirm.facts.map((f) => `${translate("zh-CN", f.label)}：${f.value}`),
    ...confirm.next.map((m) => translate("zh-CN", m)),
  ].join("\n");
}

const agreementStatus = async (id: string) =>
  (await (await getDb()).select().from(agreements).where(eq(agreements.id, id)))[0]!.status;
const outboxSize = async () => (await (await getDb()).select({ id: outbox.id }).from(outbox)).length;

async function invitedAgreement() {
  const g = await linkedGraduate(school);
  const db = await getDb();
  const a = await draftAgreement(
    db,
    { userId: employer.user.id },
    { data: DraftAgreementSchema.parse({ ...terms, studentNo: g.graduate.studentNo, graduateName: g.graduate.name }) },
  );
  await inviteAgreement(db, { userId: employer.user.id }, { agreementId: a.id });
  return { g, id: a.id };
}

describe("acts with weight are confirmed first, without JavaScript", () => {
  it("accepting an offer: the first POST shows who and what follows and changes nothing; the confirmed POST acts", async () => {
    const db = await getDb();
    const postingId = await publishedPosting(employer.user.id, reviewer, { title: "前端开发工程师" });
    const g = await linkedGraduate(school);
    await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
    const [application] = await db.select().from(applications).where(eq(applications.graduateId, g.graduate.id));
    for (const to of ["shortlisted", "offered"] as const)
      await employerTransition(
        db,
        { userId: employer.user.id },
        {
          employerId: employer.employer.id,
          applicationIds: [application!.id],
          to,
        },
      );
    const form = { _formId: `answer-${application!.id}-accepted`, intent: "answer", applicationId: application!.id };

    const first = await callRoute(graduateApplications.action, {
      path: "/graduate/applications",
      cookie: g.cookie,
      form: { ...form, to: "accepted" },
    });
    const confirm = confirmationIn(first);
    expect(shown(confirm)).toContain("接受 杭州云栖软件有限公司 的录用：前端开发工程师");
    expect(shown(confirm)).toContain("三方协议");
    expect(confirm.final).toBe(true);
    expect(confirm.fields).toEqual({ applicationId: application!.id, to: "accepted" });
    const [unchanged] = await db.select().from(applications).where(eq(applications.id, application!.id));
    expect(unchanged!.status).toBe("offered");

    // Another graduate cannot even see the summary of this offer.
    const stranger = await linkedGraduate(school);
    const peek = await callRoute(graduateApplications.action, {
      path: "/graduate/applications",
      cookie: stranger.cookie,
      form: { ...form, to: "accepted" },
    });
    expect(peek.status).toBe(404);

    const confirmed = await callRoute(graduateApplications.action, {
      path: "/graduate/applications",
      cookie: g.cookie,
      form: { _formId: "confirm-answer", intent: "answer", ...confirm.fields, confirmed: "yes" },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toMatchObject({ ok: true, done: { key: "application.state.accepted" } });
    const [accepted] = await db.select().from(applications).where(eq(applications.id, application!.id));
    expect(accepted!.status).toBe("accepted");
  });

  it("accepting a 三方协议 shows probation, breach penalty and start date first, changes nothing, then accepts", async () => {
    const { g, id } = await invitedAgreement();
    const before = await outboxSize();
    const first = await callRoute(graduateAgreements.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: { _formId: `accept-${id}`, intent: "accept", agreementId: id },
    });
    const text = shown(confirmationIn(first));
    expect(text).toContain("接受 杭州云栖软件有限公司 的三方协议：Java后端开发工程师");
    expect(text).toContain("试用期（月）：3");
    expect(text).toContain("违约金（元）：5000");
    expect(text).toContain("报到日期：2026-07-15");
    expect(text).toContain("按约定支付违约金 5000 元");
    expect(await agreementStatus(id)).toBe("invited");
    expect(await outboxSize()).toBe(before);

    // The same step as a page of its own (where the confirming form posts, so it shows again after a failure).
    const page = await callRoute(graduateAgreements.loader, {
      path: `/graduate/agreements?confirm=accept&agreement=${id}`,
      cookie: g.cookie,
    });
    expect((page.data as { confirmation: Confirmation | null }).confirmation?.intent).toBe("accept");

    const confirmed = await callRoute(graduateAgreements.action, {
      path: `/graduate/agreements?confirm=accept&agreement=${id}`,
      cookie: g.cookie,
      form: { _formId: "confirm-accept", intent: "accept", agreementId: id, confirmed: "yes" },
    });
    expect(confirmed.data).toMatchObject({ ok: true, done: { key: "agreement.done.accept" } });
    expect(await agreementStatus(id)).toBe("accepted");
    // Once accepted there is nothing left to confirm.
    const after = await callRoute(graduateAgreements.loader, {
      path: `/graduate/agreements?confirm=accept&agreement=${id}`,
      cookie: g.cookie,
    });
    expect((after.data as { confirmation: Confirmation | null }).confirmation).toBeNull();
    // Someone else's agreement has no summary to show.
    const stranger = await linkedGraduate(school);
    const peek = await callRoute(graduateAgreements.action, {
      path: "/graduate/agreements",
      cookie: stranger.cookie,
      form: { intent: "accept", agreementId: id },
    });
    expect(peek.status).toBe(404);
  });

  it("withdrawing an agreement: the employer sees what it voids, nothing changes until confirmed", async () => {
    const { g, id } = await invitedAgreement();
    const first = await callRoute(employerAgreements.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { _formId: `withdraw-${id}`, intent: "withdraw", agreementId: id },
    });
    const text = shown(confirmationIn(first));
    expect(text).toContain(`撤回发给 ${g.graduate.name} 的三方协议：Java后端开发工程师`);
    expect(text).toContain("毕业生不能再接受");
    expect(await agreementStatus(id)).toBe("invited");

    const confirmed = await callRoute(employerAgreements.action, {
      path: "/employer/agreements",
      cookie: employer.cookie,
      form: { _formId: "confirm-withdraw", intent: "withdraw", agreementId: id, confirmed: "yes" },
    });
    expect(confirmed.data).toMatchObject({ ok: true, done: { key: "agreement.done.withdraw" } });
    expect(await agreementStatus(id)).toBe("withdrawn");
  });

  it("requesting a breach: the penalty is shown first, the letter is asked for on the confirmed step", async () => {
    const { g, id } = await invitedAgreement();
    const db = await getDb();
    await acceptAgreement(db, { userId: g.user.id }, { agreementId: id });
    const college = await signedIn("staff", { collegeId: g.graduate.collegeId });
    await collegeApproveAgreement(
      db,
      { userId: college.user.id, scope: { kind: "college", collegeId: g.graduate.collegeId } },
      { agreementId: id },
    );
    await schoolRegisterAgreement(db, { userId: reviewer, scope: { kind: "school" } }, { agreementId: id });
    expect(await agreementStatus(id)).toBe("registered");

    // Even with a letter attached, the first POST only explains.
    const first = await callRoute(graduateAgreements.action, {
      path: "/graduate/agreements",
      cookie: g.cookie,
      form: {
        _formId: `request_breach-${id}`,
        intent: "request_breach",
        agreementId: id,
        releaseLetter: pdfFile("解约函.pdf"),
      },
    });
    const text = shown(confirmationIn(first));
    expect(text).toContain("违约金为 5000 元");
    expect(text).toContain("解约函");
    expect(await agreementStatus(id)).toBe("registered");

    const noLetter = await callRoute(graduateAgreements.action, {
      path: `/graduate/agreements?confirm=request_breach&agreement=${id}`,
      cookie: g.cookie,
      form: { _formId: "confirm-request_breach", intent: "request_breach", agreementId: id, confirmed: "yes" },
    });
    expect([noLetter.status, errorKeys(noLetter).releaseLetter]).toEqual([400, ["agreement.releaseLetter.required"]]);
    expect((noLetter.data as { form: string }).form).toBe("confirm-request_breach");
    expect(await agreementStatus(id)).toBe("registered");

    const confirmed = await callRoute(graduateAgreements.action, {
      path: `/graduate/agreements?confirm=request_breach&agreement=${id}`,
      cookie: g.cookie,
      form: {
        _formId: "confirm-request_breach",
        intent: "request_breach",
        agreementId: id,
        confirmed: "yes",
        reason: "考取研究生",
        releaseLetter: pdfFile("解约函.pdf"),
      },
    });
    expect(confirmed.data).toMatchObject({ ok: true, done: { key: "agreement.done.request_breach" } });
    expect(await agreementStatus(id)).toBe("breach_requested");
  });

  it("rejecting an employer: staff see the consequences and their reasons first; nothing changes until confirmed", async () => {
    const pending = await employerWithOrganisation({ verified: false, name: "宁波甬江贸易有限公司" });
    const path = `/staff/employers/${pending.employer.id}`;
    const params = { id: pending.employer.id };
    const statusOf = async () =>
      (await (await getDb()).select().from(employers).where(eq(employers.id, pending.employer.id)))[0]!.status;

    // Without reasons there is nothing to confirm: the field error comes first.
    const bare = await callRoute(staffEmployer.action, {
      path,
      params,
      cookie: schoolStaff.cookie,
      form: { _formId: "decide", intent: "reject", reasons: "" },
    });
    expect([bare.status, errorKeys(bare).reasons]).toEqual([400, ["vetting.reason.required"]]);

    const first = await callRoute(staffEmployer.action, {
      path,
      params,
      cookie: schoolStaff.cookie,
      form: { _formId: "decide", intent: "reject", reasons: "营业执照上的名称与填写的单位名称不一致" },
    });
    const confirm = confirmationIn(first);
    expect(shown(confirm)).toContain("驳回 宁波甬江贸易有限公司 的单位认证");
    expect(shown(confirm)).toContain("理由：营业执照上的名称与填写的单位名称不一致");
    expect(shown(confirm)).toContain("单位将不能发布岗位");
    expect(await statusOf()).toBe("pending");

    const confirmed = await callRoute(staffEmployer.action, {
      path,
      params,
      cookie: schoolStaff.cookie,
      form: { _formId: "confirm-reject", intent: "reject", ...confirm.fields, confirmed: "yes" },
    });
    expect(confirmed.data).toMatchObject({ ok: true, done: { key: "vetting.decided" } });
    expect(await statusOf()).toBe("rejected");
  });
});
