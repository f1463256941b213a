import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { reviewEnlistmentForm, uploadEnlistmentForm } from "../../app/programmes/enlistment.server";
import { auditLog, enlistmentForms } from "../../db/schema";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { pdfFile } from "../support/vetting";

let school: School;
let 周杰: Awaited<ReturnType<typeof linkedGraduate>>;

beforeAll(async () => {
  school = await testSchool();
  周杰 = await linkedGraduate(school, { resume: false });
});

describe("enlistment desk: the two printed forms", () => {
  it("refuses an upload by its content, whatever its name and type say", async () => {
    const db = await getDb();
    const fake = new File([new TextEncoder().encode("这不是PDF，只是改了扩展名的文本")], "预征对象登记表.pdf", {
      type: "application/pdf",
    });
    await expect(
      uploadEnlistmentForm(db, { userId: 周杰.user.id }, { kind: "pre_enlistment_registration", file: fake }),
    ).rejects.toMatchObject({ status: 400, errors: { file: [{ key: "upload.badType" }] } });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], "表.jpg", {
      type: "image/jpeg",
    });
    await expect(
      uploadEnlistmentForm(db, { userId: 周杰.user.id }, { kind: "pre_enlistment_registration", file: png }),
    ).rejects.toMatchObject({ status: 400 });
    expect(
      await db.select().from(enlistmentForms).where(eq(enlistmentForms.graduateId, 周杰.graduate.id)),
    ).toHaveLength(0);
  });

  it("accepts a PDF; staff of another college cannot review it; staff of scope return it with a reason, audited", async () => {
    const db = await getDb();
    const formId = await uploadEnlistmentForm(
      db,
      { userId: 周杰.user.id },
      { kind: "pre_enlistment_registration", file: pdfFile("预征对象登记表.pdf") },
    );
    const own = 周杰.graduate.collegeId;
    const other = school.colleges.find((c) => c.id !== own)!.id;
    const outsider = await signedIn("staff", { collegeId: other });
    const insider = await signedIn("staff", { collegeId: own });
    await expect(
      reviewEnlistmentForm(
        db,
        { userId: outsider.user.id, scope: { kind: "college", collegeId: other } },
        { formId, event: "accept" },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const scope = { userId: insider.user.id, scope: { kind: "college" as const, collegeId: own } };
    await expect(reviewEnlistmentForm(db, scope, { formId, event: "return", note: " " })).rejects.toMatchObject({
      errors: { note: [{ key: "enlistmentForm.return.noteRequired" }] },
    });
    await reviewEnlistmentForm(db, scope, { formId, event: "return", note: "照片不清晰，请重新扫描" });
    const again = await uploadEnlistmentForm(
      db,
      { userId: 周杰.user.id },
      { kind: "pre_enlistment_registration", file: pdfFile("预征对象登记表-重扫.pdf") },
    );
    expect(again).toBe(formId);
    await reviewEnlistmentForm(db, scope, { formId, event: "accept" });
    const [row] = await db.select().from(enlistmentForms).where(eq(enlistmentForms.id, formId));
    expect(row).toMatchObject({ state: "accepted", mime: "application/pdf" });
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, 周杰.graduate.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["enlistment.form.accept", "enlistment.form.return"]);
  });
});
