import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import * as account from "../../app/routes/account";
import * as accountMail from "../../app/routes/account_.mail";
import * as notificationsPage from "../../app/routes/notifications";
import * as staffHome from "../../app/routes/staff._index";
import * as adminAudit from "../../app/routes/admin.audit";
import * as adminUsers from "../../app/routes/admin.users";
import * as graduateDetail from "../../app/routes/staff.graduates.$id";
import * as roster from "../../app/routes/staff.graduates._index";
import * as mailMessage from "../../app/routes/staff.mail.$id";
import * as mailHtml from "../../app/routes/staff.mail.$id.html";
import * as mailList from "../../app/routes/staff.mail._index";
import * as staffCounselling from "../../app/routes/staff.counselling";
import * as graduateCounselling from "../../app/routes/graduate.counselling";
import * as supportList from "../../app/routes/staff.support._index";
import * as editAgreement from "../../app/routes/employer.agreements.$id.edit";
import * as ownEvidence from "../../app/routes/graduate.destination.evidence.$id";
import * as supportPlan from "../../app/routes/staff.support.$graduateId";
import * as adminProgrammes from "../../app/routes/admin.programmes";
import * as graduateProgrammes from "../../app/routes/graduate.programmes";
import * as programmePage from "../../app/routes/programmes.$slug";
import * as staffFunnel from "../../app/routes/staff.programmes.$slug";
import * as staffCampaigns from "../../app/routes/staff.campaigns._index";
import * as staffCampaign from "../../app/routes/staff.campaigns.$id";
import { createCampaign } from "../../app/campaigns/campaigns.server";
import * as graduateEnlistment from "../../app/routes/graduate.programmes_.enlistment";
import * as staffEnlistment from "../../app/routes/staff.enlistment";
import * as staffEnlistmentForm from "../../app/routes/staff.enlistment.forms.$id";
import * as staffEnlistmentExcel from "../../app/routes/staff.enlistment[.]xlsx";
import * as staffFairs from "../../app/routes/staff.fairs._index";
import * as staffFair from "../../app/routes/staff.fairs.$id";
import * as staffFairReport from "../../app/routes/staff.fairs.$id_.report";
import * as staffFairReportXlsx from "../../app/routes/staff.fairs.$id.report[.]xlsx";
import * as season from "../../app/routes/staff.reports.season";
import * as seasonXlsx from "../../app/routes/staff.reports.season[.]xlsx";
import * as publicBooth from "../../app/routes/fairs.$id_.booths.$boothId";
import * as employerFairs from "../../app/routes/employer.fairs._index";
import * as publicFairs from "../../app/routes/fairs._index";
import * as publicFair from "../../app/routes/fairs.$id";
import * as reportPosting from "../../app/routes/jobs_.$id.report";
import * as reportScreenshot from "../../app/routes/staff.vetting.reports.$reportId.screenshot";
import * as confirmRegistration from "../../app/routes/register_.confirm.$token";
import * as publicTalks from "../../app/routes/talks._index";
import * as publicTalk from "../../app/routes/talks.$id";
import * as staffTalks from "../../app/routes/staff.talks._index";
import * as funnelReport from "../../app/routes/staff.reports.programmes";
import * as funnelReportExcel from "../../app/routes/staff.reports.programmes[.]xlsx";
import * as personalCalendar from "../../app/routes/calendar.$token[.]ics";
import * as staffTalk from "../../app/routes/staff.talks.$id";
import * as employerTalks from "../../app/routes/employer.talks";
import { changeFairStatus, createFair } from "../../app/fairs/fairs.server";
import { fairForm } from "../support/fairs";
import { auditLog, graduates, localMailbox } from "../../db/schema";
import type { School } from "../../seed/factories";
import { callRoute } from "../support/remix";
import { rosterOf, signedIn, testSchool } from "../support/people";

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

type Actor = "anonymous" | "graduate" | "employer" | "collegeStaff" | "otherCollegeStaff" | "schoolStaff" | "admin";
const ACTORS: Actor[] = [
  "anonymous",
  "graduate",
  "employer",
  "collegeStaff",
  "otherCollegeStaff",
  "schoolStaff",
  "admin",
];

let school: School;
let cookies: Record<Actor, string | undefined>;
let graduateInCollegeOne: string;
let mailId: number;
/** A fair of college one, open to employers. */
let collegeFairId: string;
/** A campaign written by college one's staff. */
let collegeCampaignId: string;

beforeAll(async () => {
  school = await testSchool();
  const [first, second] = school.colleges;
  const grads = await rosterOf(school, 60);
  graduateInCollegeOne = grads.find((g) => g.collegeId === first!.id)!.id;
  cookies = {
    anonymous: undefined,
    graduate: (await signedIn("graduate")).cookie,
    employer: (await signedIn("employer")).cookie,
    collegeStaff: (await signedIn("staff", { collegeId: first!.id })).cookie,
    otherCollegeStaff: (await signedIn("staff", { collegeId: second!.id })).cookie,
    schoolStaff: (await signedIn("staff", { collegeId: null })).cookie,
    admin: (await signedIn("admin")).cookie,
  };
  const db = await getDb();
  const fairStaff = await signedIn("staff", { collegeId: first!.id });
  const fairActor = { userId: fairStaff.user.id, scope: { kind: "college" as const, collegeId: first!.id } };
  const fair = await createFair(db, fairActor, fairForm({ collegeId: String(first!.id) }));
  await changeFairStatus(db, fairActor, { fairId: fair.id, event: "open_to_employers" });
  collegeFairId = fair.id;
  const [mail] = await db
    .insert(localMailbox)
    .values({
      messageId: "<m1@test>",
      recipients: "a@qq.com",
      subject: "测试邮件",
      html: "<p>你好</p>",
      text: "你好",
      raw: "raw",
    })
    .returning();
  mailId = mail!.id;
  await installProgrammeCatalogue(db);
  collegeCampaignId = await createCampaign(db, fairActor, {
    slug: "xibu",
    year: 2027,
    target: { cohort: 2027, collegeId: first!.id, majorId: null, degree: "bachelor", eligibility: ["pass", "check"] },
    subjectZh: "西部计划动员",
    subjectEn: "Western China programme",
    bodyZh: "欢迎报名。",
    bodyEn: "Welcome.",
  });
});

/** Expected answer per actor: 200 allowed, 403 denied, 302 sent to sign in. */
const MATRIX: {
  name: string;
  fn: unknown;
  path: () => string;
  params?: () => Record<string, string>;
  expect: Record<Actor, number>;
}[] = [
  {
    name: "GET /account",
    fn: account.loader,
    path: () => "/account",
    expect: {
      anonymous: 302,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /account/mail",
    fn: accountMail.loader,
    path: () => "/account/mail",
    expect: {
      anonymous: 302,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /notifications",
    fn: notificationsPage.loader,
    path: () => "/notifications",
    expect: {
      anonymous: 302,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff (workbench)",
    fn: staffHome.loader,
    path: () => "/staff",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/graduates",
    fn: roster.loader,
    path: () => "/staff/graduates",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/graduates/:id (college one)",
    fn: graduateDetail.loader,
    path: () => `/staff/graduates/${graduateInCollegeOne}`,
    params: () => ({ id: graduateInCollegeOne }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /fairs (public)",
    fn: publicFairs.loader,
    path: () => "/fairs",
    expect: {
      anonymous: 200,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    // Public: anyone may report; an id that matches no public posting is 404 for everyone alike.
    name: "GET /jobs/:id/report (public; unknown posting)",
    fn: reportPosting.loader,
    path: () => `/jobs/${NO_SUCH_ID}/report`,
    params: () => ({ id: NO_SUCH_ID }),
    expect: {
      anonymous: 404,
      graduate: 404,
      employer: 404,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    // A report's screenshot is for vetting staff only; everyone else is stopped before the lookup.
    name: "GET /staff/vetting/reports/:id/screenshot",
    fn: reportScreenshot.loader,
    path: () => `/staff/vetting/reports/${NO_SUCH_ID}/screenshot`,
    params: () => ({ reportId: NO_SUCH_ID }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    // Public: the mailed token is the credential; an unknown one shows "not valid" to everyone.
    name: "GET /register/confirm/:token (public)",
    fn: confirmRegistration.loader,
    path: () => "/register/confirm/no-such-token-0123456789abcdef",
    params: () => ({ token: "no-such-token-0123456789abcdef" }),
    expect: {
      anonymous: 200,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /fairs/:id (public)",
    fn: publicFair.loader,
    path: () => `/fairs/${collegeFairId}`,
    params: () => ({ id: collegeFairId }),
    expect: {
      anonymous: 200,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/campaigns",
    fn: staffCampaigns.loader,
    path: () => "/staff/campaigns",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/campaigns/:id (college one's campaign)",
    fn: staffCampaign.loader,
    path: () => `/staff/campaigns/${collegeCampaignId}`,
    params: () => ({ id: collegeCampaignId }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/fairs",
    fn: staffFairs.loader,
    path: () => "/staff/fairs",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/fairs/:id (college one's fair)",
    fn: staffFair.loader,
    path: () => `/staff/fairs/${collegeFairId}`,
    params: () => ({ id: collegeFairId }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  ...[
    { name: "GET /staff/fairs/:id/report (college one's fair)", fn: staffFairReport.loader, suffix: "/report" },
    {
      name: "GET /staff/fairs/:id/report.xlsx (college one's fair)",
      fn: staffFairReportXlsx.loader,
      suffix: "/report.xlsx",
    },
  ].map((row) => ({
    name: row.name,
    fn: row.fn,
    path: () => `/staff/fairs/${collegeFairId}${row.suffix}`,
    params: () => ({ id: collegeFairId }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  })),
  ...[
    { name: "GET /staff/reports/season", fn: season.loader, path: "/staff/reports/season" },
    { name: "GET /staff/reports/season.xlsx", fn: seasonXlsx.loader, path: "/staff/reports/season.xlsx" },
  ].map((row) => ({
    name: row.name,
    fn: row.fn,
    path: () => row.path,
    // The school's season: talks are the career centre's, so college staff have none of their own.
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  })),
  {
    name: "GET /fairs/:id/booths/:boothId (public, no such booth)",
    fn: publicBooth.loader,
    path: () => `/fairs/${collegeFairId}/booths/${NO_SUCH_ID}`,
    params: () => ({ id: collegeFairId, boothId: NO_SUCH_ID }),
    expect: {
      anonymous: 404,
      graduate: 404,
      employer: 404,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    name: "POST /staff/fairs/:id (college one's fair)",
    fn: staffFair.action,
    path: () => `/staff/fairs/${collegeFairId}`,
    params: () => ({ id: collegeFairId }),
    // No intent (400 for those allowed): what matters is who gets past the guard.
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 400,
      otherCollegeStaff: 403,
      schoolStaff: 400,
      admin: 400,
    },
  },
  {
    name: "GET /talks (public)",
    fn: publicTalks.loader,
    path: () => "/talks",
    expect: {
      anonymous: 200,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /talks/:id (no such talk: 404 for everyone, never a 500)",
    fn: publicTalk.loader,
    path: () => `/talks/${NO_SUCH_ID}`,
    params: () => ({ id: NO_SUCH_ID }),
    expect: {
      anonymous: 404,
      graduate: 404,
      employer: 404,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    // Talks are the school's (the career centre books the rooms): school-wide staff only.
    name: "GET /staff/talks",
    fn: staffTalks.loader,
    path: () => "/staff/talks",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/talks/:id (no such talk)",
    fn: staffTalk.loader,
    path: () => `/staff/talks/${NO_SUCH_ID}`,
    params: () => ({ id: NO_SUCH_ID }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    // An employer account without an organisation is refused too.
    name: "GET /employer/talks",
    fn: employerTalks.loader,
    path: () => "/employer/talks",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    // An employer account without an organisation is refused too.
    name: "GET /employer/fairs",
    fn: employerFairs.loader,
    path: () => "/employer/fairs",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "GET /staff/support",
    fn: supportList.loader,
    path: () => "/staff/support",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/support/:graduateId (college one)",
    fn: supportPlan.loader,
    path: () => `/staff/support/${graduateInCollegeOne}`,
    params: () => ({ graduateId: graduateInCollegeOne }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "POST /staff/support/:graduateId (college one)",
    fn: supportPlan.action,
    path: () => `/staff/support/${graduateInCollegeOne}`,
    params: () => ({ graduateId: graduateInCollegeOne }),
    // The form is not a valid support form (400 for those allowed): what matters is who gets past the guard.
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 400,
      otherCollegeStaff: 403,
      schoolStaff: 400,
      admin: 400,
    },
  },
  {
    // An id that matches nothing: an employer gets 404, everyone else is stopped before the lookup.
    name: "GET /employer/agreements/:id/edit",
    fn: editAgreement.loader,
    path: () => `/employer/agreements/${NO_SUCH_ID}/edit`,
    params: () => ({ id: NO_SUCH_ID }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 404,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "GET /graduate/destination/evidence/:id",
    fn: ownEvidence.loader,
    path: () => `/graduate/destination/evidence/${NO_SUCH_ID}`,
    params: () => ({ id: NO_SUCH_ID }),
    expect: {
      anonymous: 302,
      graduate: 404,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    // The local mailbox holds every graduate's mail: school-wide staff and admins only.
    name: "GET /staff/mail",
    fn: mailList.loader,
    path: () => "/staff/mail",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/mail/:id",
    fn: mailMessage.loader,
    path: () => `/staff/mail/${mailId}`,
    params: () => ({ id: String(mailId) }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/mail/:id/html",
    fn: mailHtml.loader,
    path: () => `/staff/mail/${mailId}/html`,
    params: () => ({ id: String(mailId) }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/counselling",
    fn: staffCounselling.loader,
    path: () => "/staff/counselling",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "POST /staff/counselling",
    fn: staffCounselling.action,
    path: () => "/staff/counselling",
    // No intent in the form (400 for those allowed): what matters is who gets past the guard.
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 400,
      otherCollegeStaff: 400,
      schoolStaff: 400,
      admin: 400,
    },
  },
  {
    name: "GET /graduate/counselling",
    fn: graduateCounselling.loader,
    path: () => "/graduate/counselling",
    expect: {
      anonymous: 302,
      graduate: 200,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "POST /graduate/counselling",
    fn: graduateCounselling.action,
    path: () => "/graduate/counselling",
    expect: {
      anonymous: 302,
      graduate: 400,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "GET /admin/users",
    fn: adminUsers.loader,
    path: () => "/admin/users",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 200,
    },
  },
  {
    name: "POST /admin/users",
    fn: adminUsers.action,
    path: () => "/admin/users",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 200,
    },
  },
  {
    name: "GET /programmes/:slug (public)",
    fn: programmePage.loader,
    path: () => "/programmes/enlistment",
    params: () => ({ slug: "enlistment" }),
    expect: {
      anonymous: 200,
      graduate: 200,
      employer: 200,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /admin/programmes",
    fn: adminProgrammes.loader,
    path: () => "/admin/programmes",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 200,
    },
  },
  {
    name: "POST /admin/programmes",
    fn: adminProgrammes.action,
    path: () => "/admin/programmes",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 400,
    },
  },
  {
    name: "GET /graduate/programmes (account not on the roster)",
    fn: graduateProgrammes.loader,
    path: () => "/graduate/programmes",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "GET /staff/programmes/:slug",
    fn: staffFunnel.loader,
    path: () => "/staff/programmes/enlistment",
    params: () => ({ slug: "enlistment" }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /graduate/programmes/enlistment (account not on the roster)",
    fn: graduateEnlistment.loader,
    path: () => "/graduate/programmes/enlistment",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 403,
    },
  },
  {
    name: "GET /staff/enlistment",
    fn: staffEnlistment.loader,
    path: () => "/staff/enlistment?year=2026",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "POST /staff/enlistment",
    fn: staffEnlistment.action,
    path: () => "/staff/enlistment",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 400,
      otherCollegeStaff: 400,
      schoolStaff: 400,
      admin: 400,
    },
  },
  {
    name: "GET /staff/enlistment/forms/:id (no such form)",
    fn: staffEnlistmentForm.loader,
    path: () => `/staff/enlistment/forms/${NO_SUCH_FORM}`,
    params: () => ({ id: NO_SUCH_FORM }),
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
  {
    name: "GET /staff/enlistment.xlsx",
    fn: staffEnlistmentExcel.loader,
    path: () => "/staff/enlistment.xlsx?year=2026",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /admin/audit",
    fn: adminAudit.loader,
    path: () => "/admin/audit",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 403,
      otherCollegeStaff: 403,
      schoolStaff: 403,
      admin: 200,
    },
  },
  {
    name: "GET /staff/reports/programmes",
    fn: funnelReport.loader,
    path: () => "/staff/reports/programmes",
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 200,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/reports/programmes?college=<college one>",
    fn: funnelReport.loader,
    path: () => `/staff/reports/programmes?college=${school.colleges[0]!.id}`,
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /staff/reports/programmes.xlsx?college=<college one>",
    fn: funnelReportExcel.loader,
    path: () => `/staff/reports/programmes.xlsx?college=${school.colleges[0]!.id}`,
    expect: {
      anonymous: 302,
      graduate: 403,
      employer: 403,
      collegeStaff: 200,
      otherCollegeStaff: 403,
      schoolStaff: 200,
      admin: 200,
    },
  },
  {
    name: "GET /calendar/:token.ics (unknown token)",
    fn: personalCalendar.loader,
    path: () => "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
    params: () => ({ token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }),
    expect: {
      anonymous: 404,
      graduate: 404,
      employer: 404,
      collegeStaff: 404,
      otherCollegeStaff: 404,
      schoolStaff: 404,
      admin: 404,
    },
  },
];

const NO_SUCH_FORM = "00000000-0000-4000-8000-0000000000e1";

describe("every route checks role and scope on the server", () => {
  for (const route of MATRIX) {
    it(route.name, async () => {
      const seen: Record<string, number> = {};
      for (const actor of ACTORS) {
        const isPost = route.name.startsWith("POST");
        const result = await callRoute(route.fn, {
          path: route.path(),
          params: route.params?.(),
          cookie: cookies[actor],
          form: isPost
            ? {
                email: `new.${actor}.${Date.now()}@jiangnan-tech.edu.cn`,
                password: "长风破浪会有时2026",
                displayName: "新教师",
                role: "staff",
                scope: "school",
              }
            : undefined,
        });
        seen[actor] = result.status;
        if (result.status === 302) expect(result.location).toMatch(/^\/login\?redirectTo=/);
        if (result.status === 403) expect(JSON.stringify(result.data)).not.toContain("@");
      }
      expect(seen).toEqual(route.expect);
    });
  }

  it("lists only the own college's graduates to college staff", async () => {
    const result = await callRoute(roster.loader, { path: "/staff/graduates", cookie: cookies.collegeStaff });
    const data = result.data as { rows: { collegeZh: string }[]; total: number };
    expect(data.total).toBeGreaterThan(0);
    expect(new Set(data.rows.map((row) => row.collegeZh))).toEqual(new Set([school.colleges[0]!.nameZh]));
    const everyone = (await callRoute(roster.loader, { path: "/staff/graduates", cookie: cookies.schoolStaff }))
      .data as { total: number };
    expect(everyone.total).toBe(60);
    // A college filter for another college cannot widen a college-scoped view.
    const sneaky = await callRoute(roster.loader, {
      path: `/staff/graduates?college=${school.colleges[1]!.id}`,
      cookie: cookies.collegeStaff,
    });
    expect((sneaky.data as { total: number }).total).toBe(0);
  });

  it("finds graduates on the roster by student number, name and cohort, page by page, in any order of filters", async () => {
    const list = async (query: string, cookie = cookies.schoolStaff) =>
      (await callRoute(roster.loader, { path: `/staff/graduates${query}`, cookie })).data as {
        rows: { studentNo: string; name: string; cohort: number; collegeZh: string }[];
        total: number;
      };
    const first = await list("");
    expect(first.rows.length).toBe(50);
    const second = await list("?page=2");
    expect(second.rows.length).toBe(10);
    expect(second.total).toBe(60);
    expect(second.rows.map((row) => row.studentNo)).not.toContain(first.rows[0]!.studentNo);
    // Past the last page: no rows, and still the total.
    expect(await list("?page=9")).toEqual(expect.objectContaining({ rows: [], total: 60 }));

    const someone = second.rows[3]!;
    const byNumber = await list(`?q=${someone.studentNo}`);
    expect(byNumber.rows.map((row) => row.name)).toEqual([someone.name]);
    expect(byNumber.total).toBe(1);
    const byName = await list(`?q=${encodeURIComponent(someone.name)}`);
    expect(byName.rows.map((row) => row.studentNo)).toContain(someone.studentNo);

    const cohort = await list(`?cohort=${someone.cohort}`);
    const everyGraduate = await (await getDb()).select({ cohort: graduates.cohort }).from(graduates);
    expect(cohort.total).toBe(everyGraduate.filter((g) => g.cohort === someone.cohort).length);
    expect(new Set(cohort.rows.map((row) => row.cohort))).toEqual(new Set([someone.cohort]));
    // College staff searching for a graduate of another college find no one.
    const elsewhere = first.rows.find((row) => row.collegeZh !== school.colleges[0]!.nameZh)!;
    expect((await list(`?q=${elsewhere.studentNo}`, cookies.collegeStaff)).total).toBe(0);
    expect((await list(`?q=${elsewhere.studentNo}`)).total).toBe(1);
  });

  it("keeps phone numbers out of the list and audits each view of them", async () => {
    const list = await callRoute(roster.loader, { path: "/staff/graduates", cookie: cookies.schoolStaff });
    const listed = JSON.stringify(list.data);
    const everyPhone = (await (await getDb()).select({ phone: graduates.phone }).from(graduates)).map((g) => g.phone!);
    expect(everyPhone.length).toBe(60);
    for (const phone of everyPhone) expect(listed).not.toContain(phone);
    const detail = await callRoute(graduateDetail.loader, {
      path: `/staff/graduates/${graduateInCollegeOne}`,
      params: { id: graduateInCollegeOne },
      cookie: cookies.schoolStaff,
    });
    expect((detail.data as { graduate: { phone: string } }).graduate.phone).toMatch(/^1[3-9]\d{9}$/);
    const db = await getDb();
    const views = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "graduate.view_personal"), eq(auditLog.subjectId, graduateInCollegeOne)));
    expect(views.length).toBeGreaterThanOrEqual(1);
  });
});
