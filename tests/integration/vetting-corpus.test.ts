import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { addPostingToCorpus, exportStaffCorpus } from "../../app/postings/corpus.server";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import * as vettingItem from "../../app/routes/staff.vetting.$id";
import { auditLog, vettingCorpusItems } from "../../db/schema";
import { scoreSet } from "../corpus/evaluate";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";

let reviewer: { id: string; cookie: string };

beforeAll(async () => {
  await ensureIndex();
  const staff = await signedIn("staff", { collegeId: null });
  reviewer = { id: staff.user.id, cookie: staff.cookie };
});

describe("staff decisions feed the vetting corpus", () => {
  it("a rejected posting is added with one click, labelled with its flags, and exported into the corpus", async () => {
    const { user } = await employerWithOrganisation({ name: "南京云岫文化传媒有限公司", staffUserId: reviewer.id });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "新媒体运营专员", requirements: "河南籍求职者免投，入职需交服装押金300元。" }),
        submit: true,
      },
    );
    // Before any decision there is nothing to add.
    await expect(addPostingToCorpus(db, { postingId: id, labels: [], staffUserId: reviewer.id })).rejects.toMatchObject(
      { status: 409 },
    );

    await decidePosting(
      db,
      { userId: reviewer.id, scope: { kind: "school" } },
      { postingId: id, decision: "reject", reasons: "地域歧视并收取押金。" },
    );

    const page = await callRoute(vettingItem.loader, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: reviewer.cookie,
    });
    const data = page.data as { corpus: { decision: string; added: boolean; labels: string[] } | null };
    expect(data.corpus).toMatchObject({ decision: "reject", added: false });
    expect(data.corpus?.labels).toEqual(expect.arrayContaining(["discrimination.region", "fee"]));

    // One click: the form is submitted with the pre-ticked labels.
    const added = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: reviewer.cookie,
      form: { intent: "add_to_corpus", labels: data.corpus!.labels },
    });
    expect(added.status).toBe(302);
    const [row] = await db.select().from(vettingCorpusItems).where(eq(vettingCorpusItems.postingId, id));
    expect(row?.decision).toBe("reject");
    expect(row?.labels).toEqual(expect.arrayContaining(["discrimination.region", "fee"]));
    expect(row?.content.requirements).toContain("河南籍求职者免投");
    const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((a) => a.action)).toContain("vetting.corpus.add");

    const exported = (await exportStaffCorpus(db)).find((item) => item.id === `staff-${row!.id}`);
    expect(exported).toMatchObject({ lang: "zh", title: "新媒体运营专员" });
    // The exported item runs through the same scoring as the corpus files: the checker agrees with staff.
    const score = scoreSet([exported!]);
    expect(score.violatingCaught).toBe(1);
  });

  it("an approval over a wrong flag is added as clean; unknown rules and college staff are refused", async () => {
    const { user } = await employerWithOrganisation({ name: "成都锦程物流有限公司", staffUserId: reviewer.id });
    const db = await getDb();
    // Protective wording the checker reads as an exclusion: staff approve over it and label it clean.
    const id = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "仓储调度员", requirements: "本科及以上学历。孕期女性员工不予安排夜班。" }),
        submit: true,
      },
    );
    await decidePosting(
      db,
      { userId: reviewer.id, scope: { kind: "school" } },
      { postingId: id, decision: "approve", overrideReason: "这是对孕期员工的保护性安排，不是招聘限制。" },
    );
    const page = await callRoute(vettingItem.loader, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: reviewer.cookie,
    });
    expect((page.data as { corpus: unknown }).corpus).toEqual({ decision: "override", added: false, labels: [] });

    const refused = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: reviewer.cookie,
      form: { intent: "add_to_corpus", labels: ["discrimination.hair_colour"] },
    });
    expect(refused.status).toBe(400);

    const school = await testSchool();
    const college = await signedIn("staff", { collegeId: school.colleges[0]!.id });
    const denied = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: college.cookie,
      form: { intent: "add_to_corpus" },
    });
    expect(denied.status).toBe(403);

    const added = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: reviewer.cookie,
      form: { intent: "add_to_corpus" },
    });
    expect(added.status).toBe(302);
    const [row] = await db.select().from(vettingCorpusItems).where(eq(vettingCorpusItems.postingId, id));
    expect(row).toMatchObject({ decision: "override", labels: [] });
  });
});
