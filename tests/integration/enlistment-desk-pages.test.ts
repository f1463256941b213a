import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { bookSlot, PublishSchema, publishSlots } from "../../app/counselling/counselling.server";
import { getDb } from "../../app/db.server";
import { advanceOwnInterest, markInterest } from "../../app/programmes/funnel.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import { DESK_COLUMNS } from "../../app/programmes/enlistment.server";
import { auditLog, graduates, notifications } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { pdfFile } from "../support/vetting";
import * as graduateDesk from "../../app/routes/graduate.programmes_.enlistment";
import * as staffDesk from "../../app/routes/staff.enlistment";
import * as formFile from "../../app/routes/staff.enlistment.forms.$id";
import * as deskExcel from "../../app/routes/staff.enlistment[.]xlsx";
import * as graduateRecord from "../../app/routes/staff.graduates.$id";
import * as staffFunnel from "../../app/routes/staff.programmes.$slug";

let school: School;
let 王强: Awaited<ReturnType<typeof linkedGraduate>>;
let insider: Awaited<ReturnType<typeof signedIn>>;
let outsider: Awaited<ReturnType<typeof signedIn>>;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

type DeskData = {
  rows: {
    name: string;
    studentNo: string;
    state: string | null;
    forms: Record<string, { id: string; state: string; reviewNote: string | null }>;
    checklist: { item: string; done: boolean }[];
  }[];
};

beforeAll(async () => {
  school = await testSchool();
  const db = await getDb();
  await installProgrammeCatalogue(db);
  王强 = await linkedGraduate(school, { resume: false });
  await db.update(graduates).set({ name: "王强", gender: "male" }).where(eq(graduates.id, 王强.graduate.id));
  const collegeId = 王强.graduate.collegeId;
  insider = await signedIn("staff", { collegeId });
  outsider = await signedIn("staff", { collegeId: school.colleges.find((c) => c.id !== collegeId)!.id });
  const interestId = await markInterest(db, { userId: 王强.user.id }, { slug: "enlistment", year: 2026 });
  await advanceOwnInterest(
    db,
    { userId: 王强.user.id },
    { interestId, event: "register_official", reference: "ZB2026-3301-007788" },
  );
});

async function desk(cookie: string) {
  return (await callRoute(staffDesk.loader, { path: "/staff/enlistment?year=2026", cookie })).data as DeskData;
}

describe("the enlistment desk pages", () => {
  it("a graduate uploads both forms; staff of scope review them, the return reason reaches the graduate, views are audited", async () => {
    const db = await getDb();
    const path = "/graduate/programmes/enlistment";
    const renamed = await callRoute(graduateDesk.action, {
      path,
      cookie: 王强.cookie,
      form: {
        _formId: "upload-pre_enlistment_registration",
        kind: "pre_enlistment_registration",
        file: new File([new TextEncoder().encode("只是文本")], "登记表.pdf", { type: "application/pdf" }),
      },
    });
    expect(renamed.status).toBe(400);
    expect(errorKeys(renamed)).toEqual({ file: ["upload.badType"] });

    const first = await callRoute(graduateDesk.action, {
      path,
      cookie: 王强.cookie,
      form: { _formId: "x", kind: "pre_enlistment_registration", file: pdfFile("大学生预征对象登记表.pdf") },
    });
    expect(first.data).toMatchObject({ ok: true, done: { key: "enlistmentForm.done.upload" } });
    await callRoute(graduateDesk.action, {
      path,
      cookie: 王强.cookie,
      form: {
        _formId: "y",
        kind: "tuition_compensation",
        file: new File([JPEG], "学费补偿申请表.jpg", { type: "image/jpeg" }),
      },
    });

    expect((await desk(outsider.cookie)).rows).toHaveLength(0);
    const seen = (await desk(insider.cookie)).rows;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: "王强", state: "registered_official" });
    expect(seen[0]!.checklist).toEqual([
      { item: "registered", done: true },
      { item: "registration_form", done: false },
      { item: "compensation_form", done: false },
      { item: "approved", done: false },
    ]);
    const registration = seen[0]!.forms.pre_enlistment_registration!;
    const compensation = seen[0]!.forms.tuition_compensation!;

    // The scan itself: staff of another college get 403; staff of scope get the bytes, audited.
    const refused = await callRoute(formFile.loader, {
      path: `/staff/enlistment/forms/${compensation.id}`,
      params: { id: compensation.id },
      cookie: outsider.cookie,
    });
    expect(refused.status).toBe(403);
    const scan = (await formFile.loader({
      request: new Request(`http://localhost/staff/enlistment/forms/${compensation.id}`, {
        headers: { Cookie: insider.cookie },
      }),
      params: { id: compensation.id },
      context: {},
    })) as Response;
    expect(scan.headers.get("Content-Type")).toBe("image/jpeg");
    expect(new Uint8Array(await scan.arrayBuffer())).toEqual(JPEG);

    const noReason = await callRoute(staffDesk.action, {
      path: "/staff/enlistment",
      cookie: insider.cookie,
      form: { _formId: `return-${registration.id}`, intent: "return", formId: registration.id, note: "  " },
    });
    expect(errorKeys(noReason)).toEqual({ note: ["enlistmentForm.return.noteRequired"] });
    const otherCollege = await callRoute(staffDesk.action, {
      path: "/staff/enlistment",
      cookie: outsider.cookie,
      form: { _formId: "a", intent: "accept", formId: compensation.id },
    });
    expect(otherCollege.status).toBe(403);
    await callRoute(staffDesk.action, {
      path: "/staff/enlistment",
      cookie: insider.cookie,
      form: { _formId: "r", intent: "return", formId: registration.id, note: "缺少武装部盖章" },
    });
    await callRoute(staffDesk.action, {
      path: "/staff/enlistment",
      cookie: insider.cookie,
      form: { _formId: "a", intent: "accept", formId: compensation.id },
    });

    const mine = (await callRoute(graduateDesk.loader, { path, cookie: 王强.cookie })).data as {
      forms: { kind: string; form: { state: string; reviewNote: string | null } | null }[];
    };
    expect(mine.forms.map((f) => [f.kind, f.form?.state, f.form?.reviewNote])).toEqual([
      ["pre_enlistment_registration", "returned", "缺少武装部盖章"],
      ["tuition_compensation", "accepted", null],
    ]);
    const notices = await db.select().from(notifications).where(eq(notifications.userId, 王强.user.id));
    expect(notices.map((n) => [n.message?.key, n.body]).sort()).toEqual([
      ["enlistmentForm.notice.accept", null],
      ["enlistmentForm.notice.return", "缺少武装部盖章"],
    ]);
    const after = (await desk(insider.cookie)).rows[0]!;
    expect(after.checklist.find((c) => c.item === "compensation_form")).toEqual({
      item: "compensation_form",
      done: true,
    });

    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, insider.user.id)));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["enlistment.desk.view", "enlistment.form.view", "enlistment.form.return"]),
    );
  });

  it("the Excel list for the 征兵办 holds the page's rows with the page's columns", async () => {
    const page = await desk(insider.cookie);
    const response = (await deskExcel.loader({
      request: new Request("http://localhost/staff/enlistment.xlsx?year=2026", { headers: { Cookie: insider.cookie } }),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...DESK_COLUMNS]);
    const body: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) body.push((row.values as unknown[]).slice(1));
    });
    expect(body.map((r) => [r[0], r[1]])).toEqual(page.rows.map((r) => [r.studentNo, r.name]));
    expect(body[0]!.slice(6, 10)).toEqual(["已在官网报名", "ZB2026-3301-007788", "已退回", "已审核通过"]);
    expect(body[0]!.slice(10)).toEqual(page.rows[0]!.checklist.map((c) => (c.done ? "✓" : "○")));
  });

  it("pre-check appointments are counselling slots of the pre-check topic, booked from the desk's link", async () => {
    const db = await getDb();
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const [slot] = await publishSlots(db, {
      staff: { userId: insider.user.id, scope: { kind: "college", collegeId: 王强.graduate.collegeId } },
      data: PublishSchema.parse({
        date: inThreeDays,
        from: "14:00",
        to: "14:30",
        minutes: "30",
        mode: "in_person",
        location: "武装部 征兵工作站 101",
        topics: ["enlistment_precheck"],
      }),
    });
    const path = "/graduate/programmes/enlistment";
    type Mine = { precheck: { open: number; bookings: { location: string }[] } };
    const before = (await callRoute(graduateDesk.loader, { path, cookie: 王强.cookie })).data as Mine;
    expect(before.precheck).toEqual({ open: 1, bookings: [] });
    await bookSlot(
      db,
      { userId: 王强.user.id },
      {
        data: { slotId: slot!.id, topic: "enlistment_precheck", question: "" },
      },
    );
    const after = (await callRoute(graduateDesk.loader, { path, cookie: 王强.cookie })).data as Mine;
    expect(after.precheck.bookings.map((b) => b.location)).toEqual(["武装部 征兵工作站 101"]);
  });

  it("the graduate's record shows a programme's eligibility only when staff ask for it, and that view is audited", async () => {
    const db = await getDb();
    const viewer = await signedIn("staff", { collegeId: 王强.graduate.collegeId });
    const base = `/staff/graduates/${王强.graduate.id}`;
    const plain = await callRoute(graduateRecord.loader, {
      path: base,
      params: { id: 王强.graduate.id },
      cookie: viewer.cookie,
    });
    expect((plain.data as { eligibility: unknown }).eligibility).toBeNull();
    const eligibilityViews = () =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorUserId, viewer.user.id), eq(auditLog.action, "programme.eligibility.view")));
    expect(await eligibilityViews()).toHaveLength(0);
    const asked = await callRoute(graduateRecord.loader, {
      path: `${base}?programme=enlistment&year=2026`,
      params: { id: 王强.graduate.id },
      cookie: viewer.cookie,
    });
    const shown = (asked.data as { eligibility: { slug: string; result: { rules: { kind: string }[] } | null } })
      .eligibility;
    expect(shown.slug).toBe("enlistment");
    expect(shown.result?.rules.map((r) => r.kind)).toContain("age");
    expect(await eligibilityViews()).toHaveLength(1);
    const outsiderView = await callRoute(graduateRecord.loader, {
      path: `${base}?programme=enlistment`,
      params: { id: 王强.graduate.id },
      cookie: outsider.cookie,
    });
    expect(outsiderView.status).toBe(403);
  });

  it("the staff funnel page links every programme's funnel, not only enlistment's", async () => {
    const page = await callRoute(staffFunnel.loader, {
      path: "/staff/programmes/xibu?year=2026",
      params: { slug: "xibu" },
      cookie: insider.cookie,
    });
    const slugs = (page.data as { all: { slug: string }[] }).all.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(["enlistment", "xibu", "sanzhi", "tegang", "xuandiao"]));
  });
});
