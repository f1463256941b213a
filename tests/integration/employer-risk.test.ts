import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { riskOfEmployer } from "../../app/employers/risk.server";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import * as vettingQueue from "../../app/routes/staff.vetting._index";
import { employers } from "../../db/schema";
import { signedIn } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";

let reviewer: { id: string; cookie: string };

beforeAll(async () => {
  await ensureIndex();
  const staff = await signedIn("staff", { collegeId: null });
  reviewer = { id: staff.user.id, cookie: staff.cookie };
});

describe("employer risk from real rows", () => {
  it("rejections with their reasons, webmail and a duplicate name raise the score; the queue can be ordered by it", async () => {
    const db = await getDb();
    const risky = await employerWithOrganisation({ name: "武汉鑫盛人力资源有限公司", staffUserId: reviewer.id });
    await db.update(employers).set({ contactEmail: "xinsheng_hr@163.com" }).where(eq(employers.id, risky.employer.id));
    // A second registration under the same name (another credit code) is a signal.
    await employerWithOrganisation({ name: "武汉鑫盛人力资源有限公司", staffUserId: reviewer.id });
    const rejected = await createPosting(
      db,
      { userId: risky.user.id },
      { content: postingContent({ title: "储备干部", requirements: "入职需交押金500元，限男性。" }), submit: true },
    );
    await decidePosting(
      db,
      { userId: reviewer.id, scope: { kind: "school" } },
      { postingId: rejected, decision: "reject", reasons: "收取押金且限定性别。" },
    );

    const calm = await employerWithOrganisation({ name: "苏州恒远精密机械有限公司", staffUserId: reviewer.id });
    const calmPosting = await createPosting(
      db,
      { userId: calm.user.id },
      { content: postingContent({ title: "机械设计工程师" }), submit: true },
    );
    const riskyPosting = await createPosting(
      db,
      { userId: risky.user.id },
      { content: postingContent({ title: "招聘专员" }), submit: true },
    );

    const risk = await riskOfEmployer(db, risky.employer.id);
    const ids = risk!.signals.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "postings.rejected",
        "postings.rejected_for_fraud_or_discrimination",
        "contact.webmail",
        "name.duplicate",
      ]),
    );
    expect(risk!.signals.find((s) => s.id === "postings.rejected")?.evidence.zh).toContain("收取押金且限定性别");
    const calmRisk = await riskOfEmployer(db, calm.employer.id);
    expect(calmRisk!.score).toBeLessThan(risk!.score);

    const page = await callRoute(vettingQueue.loader, { path: "/staff/vetting?order=risk", cookie: reviewer.cookie });
    const items = (page.data as { items: Array<{ postingId: string; risk: number }> }).items;
    const order = items.map((i) => i.postingId).filter((id) => id === calmPosting || id === riskyPosting);
    expect(order).toEqual([riskyPosting, calmPosting]);
  });
});
