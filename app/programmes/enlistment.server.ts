/**
 * The enlistment desk (issue 14): graduates upload scans of the two printed forms (PDF or JPEG,
 * checked by their content, app/files/sniff.ts); staff of the graduate's scope accept or return them.
 */
import { PassThrough } from "node:stream";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Database, Queryable } from "../../db/client";
import { enlistmentForms, graduates, programmeInterests, programmeYears, users } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { readUploadAudited } from "../audit/audited-upload.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { refuse } from "../errors";
import { storeUpload } from "../files/uploads.server";
import { bilingual } from "../i18n/messages";
import { notify } from "../notifications/notifications.server";
import {
  ENLISTMENT_FORM_KINDS,
  type EnlistmentFormKind,
  type EnlistmentFormState,
  type FunnelState,
} from "../../vocabulary";
import { CHECKLIST_ITEMS, tuitionChecklist } from "./desk";
import { enlistmentFormMachine, funnelMachine } from "./states";
import { ownGraduateId } from "./own-graduate.server";
import { collegeAndMajorNames, joinCollegeAndMajor } from "../graduates/college-and-major.server";

export async function uploadEnlistmentForm(
  db: Database,
  actor: UserActor,
  input: { kind: EnlistmentFormKind; file: File },
) {
  const graduateId = await ownGraduateId(db, actor);
  const [existing] = await db
    .select()
    .from(enlistmentForms)
    .where(and(eq(enlistmentForms.graduateId, graduateId), eq(enlistmentForms.kind, input.kind)));
  if (existing) enlistmentFormMachine.require(existing.state, "resubmit", "graduate");
  // Refused by content before anything is written: a renamed text file is not a PDF.
  const stored = await storeUpload("enlistmentFile", input.file, "file");
  const values = {
    file: stored.file,
    mime: stored.mime,
    sha256: stored.sha256,
    size: stored.size,
    state: "submitted" as const,
    uploadedAt: new Date(),
    reviewNote: null,
    reviewedAt: null,
    reviewedByUserId: null,
  };
  const [row] = await db
    .insert(enlistmentForms)
    .values({ graduateId, kind: input.kind, ...values })
    .onConflictDoUpdate({ target: [enlistmentForms.graduateId, enlistmentForms.kind], set: values })
    .returning({ id: enlistmentForms.id });
  return row!.id;
}

export async function reviewEnlistmentForm(
  db: Database,
  actor: StaffActor,
  input: { formId: string; event: "accept" | "return"; note?: string },
) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ form: enlistmentForms, collegeId: graduates.collegeId, userId: graduates.userId })
      .from(enlistmentForms)
      .innerJoin(graduates, eq(graduates.id, enlistmentForms.graduateId))
      .where(eq(enlistmentForms.id, input.formId))
      .for("update", { of: enlistmentForms });
    if (!row) refuse("error.notFound", { status: 404 });
    if (!scopeCovers(actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
    const to = enlistmentFormMachine.require(row.form.state, input.event, "staff");
    const note = input.note?.trim() ?? "";
    if (input.event === "return" && !note) refuse("enlistmentForm.return.noteRequired", { field: "note" });
    await tx
      .update(enlistmentForms)
      .set({ state: to, reviewNote: note || null, reviewedByUserId: actor.userId, reviewedAt: new Date() })
      .where(eq(enlistmentForms.id, input.formId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `enlistment.form.${input.event}`,
      subjectType: "graduate",
      subjectId: row.form.graduateId,
      detail: { formId: input.formId, kind: row.form.kind },
    });
    // The graduate reads the outcome (and the reason for a return) in their notices; the key makes a
    // retried review harmless and a later review of a new upload a new notice.
    if (row.userId)
      await notify(tx, {
        userId: row.userId,
        category: "outreach",
        key: `enlistment-form:${input.formId}:${input.event}:${row.form.uploadedAt.toISOString()}`,
        message: {
          key: `enlistmentForm.notice.${input.event}`,
          params: { form: bilingual(`enlistmentForm.kind.${row.form.kind}`).zh },
        },
        body: input.event === "return" ? note : null,
        link: "/graduate/programmes/enlistment",
      });
  });
}

/** The graduate's own forms, with the reason of a return. */
export async function listOwnEnlistmentForms(db: Queryable, actor: UserActor) {
  const graduateId = await ownGraduateId(db, actor);
  const rows = await db
    .select({
      id: enlistmentForms.id,
      kind: enlistmentForms.kind,
      state: enlistmentForms.state,
      reviewNote: enlistmentForms.reviewNote,
      uploadedAt: enlistmentForms.uploadedAt,
    })
    .from(enlistmentForms)
    .where(eq(enlistmentForms.graduateId, graduateId));
  return ENLISTMENT_FORM_KINDS.map((kind) => ({ kind, form: rows.find((r) => r.kind === kind) ?? null }));
}

export interface DeskRow {
  graduateId: string;
  name: string;
  studentNo: string;
  collegeId: number;
  collegeZh: string;
  collegeEn: string;
  majorZh: string;
  majorEn: string;
  degree: string;
  cohort: number;
  email: string | null;
  state: FunnelState | null;
  officialReference: string | null;
  forms: Partial<Record<EnlistmentFormKind, { id: string; state: EnlistmentFormState; reviewNote: string | null }>>;
  checklist: ReturnType<typeof tuitionChecklist>;
}

/**
 * The desk's list for one enlistment year within the staff member's scope: every graduate who is in
 * that year's enlistment funnel or has handed in a form, with their forms and the compensation checklist.
 * Reading it is a view of personal data, so it is audited (one row per view, not per graduate).
 */
export async function listEnlistmentDesk(db: Queryable, actor: StaffActor, input: { year: number }) {
  const [year] = await db
    .select({ id: programmeYears.id })
    .from(programmeYears)
    .where(
      and(
        eq(programmeYears.programmeSlug, "enlistment"),
        eq(programmeYears.year, input.year),
        eq(programmeYears.province, ""),
      ),
    );
  const interests = year
    ? await db
        .select({
          graduateId: programmeInterests.graduateId,
          state: programmeInterests.state,
          officialReference: programmeInterests.officialReference,
        })
        .from(programmeInterests)
        .where(eq(programmeInterests.yearId, year.id))
    : [];
  const forms = await db
    .select({
      id: enlistmentForms.id,
      graduateId: enlistmentForms.graduateId,
      kind: enlistmentForms.kind,
      state: enlistmentForms.state,
      reviewNote: enlistmentForms.reviewNote,
    })
    .from(enlistmentForms);
  const ids = [...new Set([...interests.map((i) => i.graduateId), ...forms.map((f) => f.graduateId)])];
  if (ids.length === 0) return [];
  const scopeFilter: SQL | undefined =
    actor.scope.kind === "college" ? eq(graduates.collegeId, actor.scope.collegeId) : undefined;
  const people = await joinCollegeAndMajor(
    db
      .select({
        graduateId: graduates.id,
        name: graduates.name,
        studentNo: graduates.studentNo,
        collegeId: graduates.collegeId,
        ...collegeAndMajorNames,
        degree: graduates.degree,
        cohort: graduates.cohort,
        email: users.email,
      })
      .from(graduates)
      .$dynamic(),
  )
    .leftJoin(users, eq(users.id, graduates.userId))
    .where(and(inArray(graduates.id, ids), scopeFilter))
    .orderBy(asc(graduates.studentNo));
  const rows: DeskRow[] = people
    .filter((p) => scopeCovers(actor.scope, p.collegeId))
    .map((person) => {
      const interest = interests.find((i) => i.graduateId === person.graduateId);
      const own = forms.filter((f) => f.graduateId === person.graduateId);
      const formMap: DeskRow["forms"] = {};
      for (const f of own) formMap[f.kind] = { id: f.id, state: f.state, reviewNote: f.reviewNote };
      const state = interest?.state ?? null;
      const officialReference = interest?.officialReference ?? null;
      return {
        ...person,
        state,
        officialReference,
        forms: formMap,
        checklist: tuitionChecklist({
          state,
          officialReference,
          forms: Object.fromEntries(own.map((f) => [f.kind, f.state])),
        }),
      };
    });
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "enlistment.desk.view",
    subjectType: "programme",
    subjectId: "enlistment",
    detail: { year: input.year, graduates: rows.length },
  });
  return rows;
}

/** One scanned form, to staff of the graduate's scope only, audited. */
export async function enlistmentFileForStaff(db: Queryable, actor: StaffActor, formId: string) {
  const [row] = await db
    .select({
      file: enlistmentForms.file,
      mime: enlistmentForms.mime,
      kind: enlistmentForms.kind,
      graduateId: enlistmentForms.graduateId,
      collegeId: graduates.collegeId,
    })
    .from(enlistmentForms)
    .innerJoin(graduates, eq(graduates.id, enlistmentForms.graduateId))
    .where(eq(enlistmentForms.id, formId));
  if (!row) refuse("error.notFound", { status: 404 });
  if (!scopeCovers(actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
  const bytes = await readUploadAudited(db, row.file, {
    actorUserId: actor.userId,
    action: "enlistment.form.view",
    subjectType: "graduate",
    subjectId: row.graduateId,
    detail: { formId, kind: row.kind },
  });
  return { bytes, mime: row.mime, ext: row.mime === "application/pdf" ? "pdf" : "jpg" };
}

const zh = (key: string) => bilingual(key).zh;

/** The desk's Excel column headings, in the order of the page's table (the 征兵办 reads Chinese). */
export const DESK_COLUMNS = [
  "学号",
  "姓名",
  "学院",
  "专业",
  "学历",
  "届别",
  "当前阶段",
  "官网报名号",
  "《大学生预征对象登记表》",
  "学费补偿/贷款代偿申请表",
  ...CHECKLIST_ITEMS.map((item) => zh(`enlistment.checklist.${item}`)),
] as const;

/** The list for the local 征兵办: the same rows and columns as the desk page. */
export async function deskWorkbook(rows: readonly DeskRow[]) {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("预征对象", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = DESK_COLUMNS.map((header) => ({ header, width: Math.max(10, header.length * 2) }));
  for (const row of rows) {
    const formState = (kind: EnlistmentFormKind) => {
      const form = row.forms[kind];
      return form ? zh(`enlistmentForm.state.${form.state}`) : zh("enlistmentForm.state.missing");
    };
    sheet
      .addRow([
        row.studentNo,
        row.name,
        row.collegeZh,
        row.majorZh,
        zh(`degree.${row.degree}`),
        row.cohort,
        row.state ? zh(funnelMachine.stateLabel(row.state).key) : "",
        row.officialReference ?? "",
        formState("pre_enlistment_registration"),
        formState("tuition_compensation"),
        ...row.checklist.map((c) => (c.done ? "✓" : "○")),
      ])
      .commit();
  }
  sheet.commit();
  void workbook.commit();
  return output;
}
