import { eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  activateAccount,
  findActivation,
  linkToRoster,
  listLinkRequests,
  resolveLinkRequest,
} from "../../app/graduates/activation.server";
import { dryRunRoster, importRoster } from "../../app/graduates/roster-import.server";
import { viewGraduateAsStaff } from "../../app/graduates/roster.server";
import * as importRoute from "../../app/routes/staff.roster.import";
import * as templateRoute from "../../app/routes/staff.roster.template[.]xlsx";
import { activationTokens, auditLog, graduates, outbox, users } from "../../db/schema";
import type { School } from "../../seed/factories";
import { rosterCsv, rosterRow } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, type FormFields } from "../support/remix";

let school: School;
let staffId: string;
const schoolScope = { kind: "school" } as const;

beforeAll(async () => {
  school = await testSchool();
  staffId = (await signedIn("staff")).user.id;
});

async function count(studentNos: string[]) {
  const db = await getDb();
  return (await db.select({ id: graduates.id }).from(graduates).where(inArray(graduates.studentNo, studentNos))).length;
}

describe("roster import", () => {
  it("writes nothing when any row has a problem, and reports every problem", async () => {
    const db = await getDb();
    const rows = [
      rosterRow(school, "软件工程"),
      rosterRow(school, "软件工程", { phone: "12345" }),
      rosterRow(school, "网络工程", { email: "bad@" }),
    ];
    rows.push([...rows[0]!]);
    const bytes = rosterCsv(rows);
    const report = await dryRunRoster(db, schoolScope, bytes);
    expect(report.problemRows).toBe(3);
    expect(report.rows.flatMap((r) => r.problems.map((p) => `${r.line}:${p.message}`))).toEqual([
      "3:roster.problem.phone",
      "4:roster.problem.email",
      "5:roster.problem.duplicate",
    ]);
    await expect(
      importRoster(db, { userId: staffId, scope: schoolScope }, { bytes, sendActivation: true }),
    ).rejects.toMatchObject({ message: "roster.import.hasProblems" });
    expect(await count(rows.map((r) => r[0]!))).toBe(0);
    expect(await db.select().from(outbox).where(like(outbox.idempotencyKey, "activation:%"))).toHaveLength(0);
  });

  it("imports a clean file, mails one-time activation links that work once, and updates on re-import", async () => {
    const db = await getDb();
    const rows = [
      rosterRow(school, "软件工程", { difficulties: "家庭经济困难" }),
      rosterRow(school, "人工智能"),
      rosterRow(school, "会计学"),
    ];
    const result = await importRoster(
      db,
      { userId: staffId, scope: schoolScope },
      { bytes: rosterCsv(rows), sendActivation: true },
    );
    expect(result).toEqual({ inserted: 3, updated: 0, activationMails: 3 });
    const imported = await db
      .select()
      .from(graduates)
      .where(
        inArray(
          graduates.studentNo,
          rows.map((r) => r[0]!),
        ),
      );
    expect(imported.find((g) => g.studentNo === rows[0]![0])?.difficulties).toEqual(["家庭经济困难"]);

    const mails = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `activation:${imported[0]!.id}:%`));
    expect(mails).toHaveLength(1);
    const payload = mails[0]!.payload as { to: string; subject: string; text: string; html: string };
    expect(payload.to).toBe(imported[0]!.email);
    expect(payload.subject).toContain("激活");
    expect(payload.html).toContain("/activate/");
    const token = /\/activate\/([A-Za-z0-9_-]+)/.exec(payload.text)![1]!;
    expect(await findActivation(db, token)).toMatchObject({ status: "ok", name: imported[0]!.name });
    const activated = await activateAccount(db, { token, password: "毕业快乐-前程似锦-2026", userAgent: null });
    const [linked] = await db.select().from(graduates).where(eq(graduates.id, activated.graduateId));
    expect(linked?.userId).toBe(activated.userId);
    expect((await findActivation(db, token)).status).toBe("used");
    await expect(
      activateAccount(db, { token, password: "毕业快乐-前程似锦-2026", userAgent: null }),
    ).rejects.toMatchObject({ message: "activation.used" });

    // Re-import: same student numbers, new phone and name → updated, no new mails.
    const changed = rows.map((r) => [...r]);
    changed[1]![1] = "改名后";
    changed[1]![7] = "13600000000";
    const again = await importRoster(
      db,
      { userId: staffId, scope: schoolScope },
      { bytes: rosterCsv(changed), sendActivation: true },
    );
    expect(again).toEqual({ inserted: 0, updated: 3, activationMails: 0 });
    const [updated] = await db.select().from(graduates).where(eq(graduates.studentNo, rows[1]![0]!));
    expect(updated).toMatchObject({ name: "改名后", phone: "13600000000" });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "roster.import"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("expires activation links after seven days", async () => {
    const db = await getDb();
    const row = rosterRow(school, "软件工程");
    await importRoster(db, { userId: staffId, scope: schoolScope }, { bytes: rosterCsv([row]), sendActivation: true });
    const [g] = await db.select().from(graduates).where(eq(graduates.studentNo, row[0]!));
    const [mail] = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `activation:${g!.id}:%`));
    const token = /\/activate\/([A-Za-z0-9_-]+)/.exec(String(mail!.payload.text))![1]!;
    const [tokenRow] = await db.select().from(activationTokens).where(eq(activationTokens.graduateId, g!.id));
    expect(tokenRow!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    await db
      .update(activationTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(activationTokens.graduateId, g!.id));
    expect((await findActivation(db, token)).status).toBe("expired");
  });

  it("keeps college staff to their own college, also against existing graduates of other colleges", async () => {
    const db = await getDb();
    const cs = school.colleges.find((c) => c.code === "01")!;
    const csScope = { kind: "college", collegeId: cs.id } as const;
    const other = rosterRow(school, "会计学");
    await importRoster(
      db,
      { userId: staffId, scope: schoolScope },
      { bytes: rosterCsv([other]), sendActivation: false },
    );
    // The same student number claimed as a CS graduate by CS staff: refused.
    const hijack = rosterRow(school, "软件工程", { studentNo: other[0]! });
    const report = await dryRunRoster(db, csScope, rosterCsv([hijack, rosterRow(school, "会计学")]));
    expect(report.rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      ["roster.problem.otherCollege"],
      ["roster.problem.outOfScope"],
    ]);
  });

  it("shows difficulty categories only to staff of the graduate's scope and audits the view", async () => {
    const db = await getDb();
    const row = rosterRow(school, "会计学", { difficulties: "低保家庭" });
    await importRoster(db, { userId: staffId, scope: schoolScope }, { bytes: rosterCsv([row]), sendActivation: false });
    const [g] = await db.select().from(graduates).where(eq(graduates.studentNo, row[0]!));
    const cs = school.colleges.find((c) => c.code === "01")!;
    expect(
      (await viewGraduateAsStaff(db, { userId: staffId, scope: { kind: "college", collegeId: cs.id } }, g!.id)).status,
    ).toBe("forbidden");
    const view = await viewGraduateAsStaff(db, { userId: staffId, scope: schoolScope }, g!.id);
    expect(view.status === "ok" && view.graduate.difficulties).toEqual(["低保家庭"]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, g!.id));
    expect(audit.find((a) => a.action === "graduate.view_personal")?.detail).toMatchObject({
      fields: expect.arrayContaining(["difficulties"]),
    });
  });
});

describe("self-registered graduates", () => {
  it("files a request for staff, and staff link the right one", async () => {
    const db = await getDb();
    const row = rosterRow(school, "软件工程", { name: "林晓峰" });
    await importRoster(db, { userId: staffId, scope: schoolScope }, { bytes: rosterCsv([row]), sendActivation: false });
    const wrong = await signedIn("graduate");
    expect((await linkToRoster(db, { userId: wrong.user.id }, { studentNo: row[0]!, name: "林小峰" })).status).toBe(
      "requested",
    );
    const cs = school.colleges.find((c) => c.code === "01")!;
    const requests = await listLinkRequests(db, { kind: "college", collegeId: cs.id });
    const request = requests.find((r) => r.studentNo === row[0]);
    expect(request).toMatchObject({ name: "林小峰", rosterName: "林晓峰" });
    const other = school.colleges.find((c) => c.code !== "01")!;
    expect(
      (await listLinkRequests(db, { kind: "college", collegeId: other.id })).some((r) => r.studentNo === row[0]),
    ).toBe(false);
    await expect(
      resolveLinkRequest(
        db,
        { userId: staffId, scope: { kind: "college", collegeId: other.id } },
        {
          requestId: request!.id,
          approve: true,
        },
      ),
    ).rejects.toMatchObject({ status: 403 });

    // A matching number and name links nothing by itself (tests/integration/roster-claim.test.ts);
    // here staff decide the right graduate's request.
    const right = await signedIn("graduate");
    expect((await linkToRoster(db, { userId: right.user.id }, { studentNo: row[0]!, name: "林晓峰" })).status).toBe(
      "requested",
    );
    const rightRequest = (await listLinkRequests(db, schoolScope)).find((r) => r.email === right.user.email)!;
    await resolveLinkRequest(
      db,
      { userId: staffId, scope: schoolScope },
      {
        requestId: rightRequest.id,
        approve: true,
      },
    );
    const [g] = await db.select().from(graduates).where(eq(graduates.studentNo, row[0]!));
    expect(g?.userId).toBe(right.user.id);
    // The entry is taken now, so approving the mismatched request is refused.
    await expect(
      resolveLinkRequest(
        db,
        { userId: staffId, scope: { kind: "school" } },
        {
          requestId: request!.id,
          approve: true,
        },
      ),
    ).rejects.toMatchObject({ message: "link.request.taken" });
    const [u] = await db.select().from(users).where(eq(users.id, right.user.id));
    expect(u?.displayName).toBe("林晓峰");
  });
});

describe("roster import routes", () => {
  it("lets staff check and import through the page, and refuses other roles", async () => {
    const staff = await signedIn("staff");
    const employer = await signedIn("employer");
    const graduate = await signedIn("graduate");
    expect((await callRoute(importRoute.loader, { path: "/staff/roster/import" })).status).toBe(302);
    expect(
      (await callRoute(importRoute.loader, { path: "/staff/roster/import", cookie: employer.cookie })).status,
    ).toBe(403);
    expect(
      (await callRoute(importRoute.loader, { path: "/staff/roster/import", cookie: graduate.cookie })).status,
    ).toBe(403);
    expect(
      (await callRoute(templateRoute.loader, { path: "/staff/roster/template.xlsx", cookie: graduate.cookie })).status,
    ).toBe(403);

    const template = await callRoute(templateRoute.loader, {
      path: "/staff/roster/template.xlsx",
      cookie: staff.cookie,
    });
    expect(template.status).toBe(200);
    expect(template.headers.get("Content-Type")).toContain("spreadsheetml");

    const rows = [rosterRow(school, "软件工程"), rosterRow(school, "数据科学与大数据技术")];
    const post = async (fields: Record<string, string>, file?: Uint8Array) => {
      const form: FormFields = { ...fields };
      if (file) form.file = new File([new Uint8Array(file)], "roster.csv", { type: "text/csv" });
      const result = await callRoute(importRoute.action, { path: "/staff/roster/import", cookie: staff.cookie, form });
      return result.data;
    };
    const checked = (await post({ intent: "check" }, rosterCsv(rows))) as {
      ok: true;
      stagedId: string;
      newCount: number;
    };
    expect(checked.newCount).toBe(2);
    expect(checked.stagedId).toBeTruthy();
    expect(await count(rows.map((r) => r[0]!))).toBe(0);
    const done = (await post({ intent: "import", stagedId: checked.stagedId, sendActivation: "on" })) as {
      ok: true;
      inserted: number;
      activationMails: number;
    };
    expect(done).toMatchObject({ ok: true, inserted: 2, activationMails: 2 });
    expect(await count(rows.map((r) => r[0]!))).toBe(2);
  });
});
