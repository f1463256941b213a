/**
 * The enlistment desk (issue 14): graduates upload scans of the two printed forms (PDF or JPEG,
 * checked by their content, app/files/sniff.ts); staff of the graduate's scope accept or return them.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { enlistmentForms, graduates } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { refuse } from "../errors";
import { storeUpload } from "../files/uploads.server";
import type { EnlistmentFormKind } from "../../vocabulary";
import { enlistmentFormMachine } from "./states";

export async function uploadEnlistmentForm(
  db: Database,
  actor: UserActor,
  input: { kind: EnlistmentFormKind; file: File },
) {
  const [graduate] = await db.select({ id: graduates.id }).from(graduates).where(eq(graduates.userId, actor.userId));
  if (!graduate) refuse("error.forbidden", { status: 403 });
  const [existing] = await db
    .select()
    .from(enlistmentForms)
    .where(and(eq(enlistmentForms.graduateId, graduate.id), eq(enlistmentForms.kind, input.kind)));
  if (existing) {
    const next = enlistmentFormMachine.next(existing.state, "resubmit", "graduate");
    if (!next.ok) refuse(next.key, { params: next.params });
  }
  // Refused by content before anything is written: a renamed text file is not a PDF.
  const stored = await storeUpload("enlistment", input.file, ["pdf", "jpg"], "file");
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
    .values({ graduateId: graduate.id, kind: input.kind, ...values })
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
      .select({ form: enlistmentForms, collegeId: graduates.collegeId })
      .from(enlistmentForms)
      .innerJoin(graduates, eq(graduates.id, enlistmentForms.graduateId))
      .where(eq(enlistmentForms.id, input.formId))
      .for("update", { of: enlistmentForms });
    if (!row) refuse("error.notFound", { status: 404 });
    if (!scopeCovers(actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
    const next = enlistmentFormMachine.next(row.form.state, input.event, "staff");
    if (!next.ok) refuse(next.key, { params: next.params });
    const note = input.note?.trim() ?? "";
    if (input.event === "return" && !note) refuse("enlistmentForm.return.noteRequired", { field: "note" });
    await tx
      .update(enlistmentForms)
      .set({ state: next.to, reviewNote: note || null, reviewedByUserId: actor.userId, reviewedAt: new Date() })
      .where(eq(enlistmentForms.id, input.formId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `enlistment.form.${input.event}`,
      subjectType: "graduate",
      subjectId: row.form.graduateId,
      detail: { formId: input.formId, kind: row.form.kind },
    });
  });
}
