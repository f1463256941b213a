import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { decideEmployer } from "../../app/employers/employers.server";
import { createPosting, endPosting, savePosting } from "../../app/postings/postings.server";
import { decidePosting, reviewQueue } from "../../app/postings/vetting.server";
import { DomainError } from "../../app/errors";
import { getSearchClient, postingsIndex } from "../../app/services.server";
import { auditLog, outbox, postings } from "../../db/schema";
import { signedIn } from "../support/people";
import { employerWithOrganisation, ensureIndex, postingContent, searchIndex } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

let reviewer: string;

beforeAll(async () => {
  await ensureIndex();
  reviewer = (await signedIn("staff")).user.id;
});

describe("vetting a posting", () => {
  it("flags discriminatory wording, refuses approval without an override, and publishes after changes", async () => {
    const { user, employer } = await employerWithOrganisation({
      name: "杭州星河数据科技有限公司",
      staffUserId: reviewer,
    });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      {
        content: postingContent({ title: "数据平台开发工程师", requirements: "限男性，985/211院校毕业，熟悉Java。" }),
        submit: true,
      },
    );
    const [submitted] = await db.select().from(postings).where(eq(postings.id, id));
    expect(submitted?.status).toBe("submitted");
    const rules = submitted!.flags.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["discrimination.gender", "discrimination.school_tier"]));
    expect(submitted!.flags.find((f) => f.rule === "discrimination.gender")?.excerpt).toContain("限男性");

    const queue = await reviewQueue(db, { rule: "discrimination" });
    expect(queue.map((q) => q.postingId)).toContain(id);

    await expect(
      decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" }),
    ).rejects.toMatchObject({ errors: { overrideReason: [{ key: "vetting.override.required" }] } });
    await expect(
      decidePosting(
        db,
        { userId: reviewer, scope: { kind: "school" } },
        { postingId: id, decision: "request_changes" },
      ),
    ).rejects.toMatchObject({ errors: { reasons: expect.any(Array) } });

    await decidePosting(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      { postingId: id, decision: "request_changes", reasons: "请删除性别与院校层次限制。" },
    );
    await drainOutbox();
    expect((await searchIndex("数据平台开发工程师")).map((d) => d.id)).not.toContain(id);

    await savePosting(
      db,
      { userId: user.id },
      {
        postingId: id,
        content: postingContent({ title: "数据平台开发工程师", requirements: "男女不限，熟悉Java，计算机相关专业。" }),
        submit: true,
      },
    );
    const [resubmitted] = await db.select().from(postings).where(eq(postings.id, id));
    expect(resubmitted?.status).toBe("submitted");
    expect(resubmitted!.flags.filter((f) => f.severity === "block")).toEqual([]);

    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    await drainOutbox();
    const found = await searchIndex("数据平台开发");
    expect(found.map((d) => d.id)).toContain(id);
    expect(found.find((d) => d.id === id)?.employerName).toBe(employer.name);

    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["posting.submit", "posting.request_changes", "posting.approve"]),
    );
    const decision = audit.find((a) => a.action === "posting.request_changes");
    expect(decision?.actorUserId).toBe(reviewer);
    expect(decision?.detail).toMatchObject({ reasons: "请删除性别与院校层次限制。" });

    // The employer's members were mailed each decision.
    const mails = await db.select().from(outbox).where(eq(outbox.kind, "mail.send"));
    const subjects = mails.map((m) => String(m.payload.subject));
    expect(subjects.some((s) => s.includes("岗位需要修改"))).toBe(true);
    expect(subjects.some((s) => s.includes("岗位已通过审核并发布"))).toBe(true);
  });

  it("approves a blocking flag only with a written override, and records it", async () => {
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "驻场运维工程师", benefits: "入职需缴纳500元服装费" }), submit: true },
    );
    await decidePosting(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      {
        postingId: id,
        decision: "approve",
        overrideReason: "核实为单位统一订制工服，入职后全额报销，已要求改正措辞。",
      },
    );
    const [row] = await db.select().from(postings).where(eq(postings.id, id));
    expect(row?.status).toBe("published");
  });

  it("keeps the live version searchable while a revision is reviewed", async () => {
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "嵌入式软件工程师", salaryMin: 10000, salaryMax: 15000 }), submit: true },
    );
    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    await drainOutbox();

    const result = await savePosting(
      db,
      { userId: user.id },
      {
        postingId: id,
        content: postingContent({ title: "嵌入式软件工程师（车载）", salaryMin: 13000, salaryMax: 19000 }),
        submit: true,
      },
    );
    expect(result.kind).toBe("revision");
    await drainOutbox();
    const during = (await searchIndex("嵌入式软件工程师")).find((d) => d.id === id);
    expect(during?.title).toBe("嵌入式软件工程师");
    expect(during?.salaryMin).toBe(10000);
    const queued = await reviewQueue(db);
    expect(queued.find((q) => q.postingId === id)?.revisionId).not.toBeNull();

    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    await drainOutbox();
    const after = (await searchIndex("嵌入式")).find((d) => d.id === id);
    expect(after?.title).toBe("嵌入式软件工程师（车载）");
    expect(after?.salaryMin).toBe(13000);
  });

  it("takes a suspended employer's postings out of search at once and brings them back on reinstatement", async () => {
    const { user, employer } = await employerWithOrganisation({
      name: "南京鼎信网络科技有限公司",
      staffUserId: reviewer,
    });
    const db = await getDb();
    const ids: string[] = [];
    for (const title of ["网络安全工程师", "运维开发工程师", "产品经理助理"]) {
      const id = await createPosting(db, { userId: user.id }, { content: postingContent({ title }), submit: true });
      await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
      ids.push(id);
    }
    await drainOutbox();
    expect((await searchIndex("南京鼎信")).map((d) => d.id).sort()).toEqual([...ids].sort());

    await decideEmployer(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      {
        employerId: employer.id,
        event: "suspend",
        reasons: "涉嫌收取求职者培训费，暂停核查。",
      },
    );
    await drainOutbox();
    expect(await searchIndex("南京鼎信")).toEqual([]);

    await decideEmployer(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      { employerId: employer.id, event: "reinstate" },
    );
    await drainOutbox();
    expect((await searchIndex("南京鼎信")).map((d) => d.id).sort()).toEqual([...ids].sort());
  });

  it("removes closed and withdrawn postings from search", async () => {
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const a = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "会计助理" }), submit: true },
    );
    const b = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "出纳专员" }), submit: true },
    );
    for (const id of [a, b])
      await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    await drainOutbox();
    // Each is found by its own title while published, so "not found" afterwards means removed.
    expect((await searchIndex("会计助理")).map((d) => d.id)).toContain(a);
    expect((await searchIndex("出纳专员")).map((d) => d.id)).toContain(b);
    await endPosting(db, { userId: user.id }, { postingId: a, event: "close" });
    await endPosting(db, { userId: user.id }, { postingId: b, event: "withdraw" });
    await drainOutbox();
    expect((await searchIndex("会计助理")).map((d) => d.id)).not.toContain(a);
    expect((await searchIndex("出纳专员")).map((d) => d.id)).not.toContain(b);
    const index = getSearchClient().index(postingsIndex());
    for (const id of [a, b])
      // The keep-alive transport's API errors reach callers wrapped once more (MeilisearchRequestError).
      await expect(index.getDocument(id)).rejects.toMatchObject({ cause: { cause: { code: "document_not_found" } } });
  });

  it("will not publish a posting of an unverified employer", async () => {
    const { user } = await employerWithOrganisation({ verified: false });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "行政专员" }), submit: true },
    );
    const [row] = await db.select().from(postings).where(eq(postings.id, id));
    expect(row!.flags.map((f) => f.rule)).toContain("employer.unverified");
    await expect(
      decidePosting(
        db,
        { userId: reviewer, scope: { kind: "school" } },
        { postingId: id, decision: "approve", overrideReason: "试一试放行" },
      ),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it("clears the unverified-employer block on postings waiting for review when the employer is verified", async () => {
    const { user, employer } = await employerWithOrganisation({ verified: false, name: "宁波海曙云帆软件有限公司" });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "测试开发工程师" }), submit: true },
    );
    const [before] = await db.select().from(postings).where(eq(postings.id, id));
    expect(before!.flags.map((f) => f.rule)).toContain("employer.unverified");

    await decideEmployer(
      db,
      { userId: reviewer, scope: { kind: "school" } },
      { employerId: employer.id, event: "verify" },
    );
    const [after] = await db.select().from(postings).where(eq(postings.id, id));
    expect(after!.flags.map((f) => f.rule)).not.toContain("employer.unverified");
    // No override needed: the reviewer approves the posting as it stands.
    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    const [published] = await db.select().from(postings).where(eq(postings.id, id));
    expect(published?.status).toBe("published");
  });

  it("does not let one employer change another's posting", async () => {
    const owner = await employerWithOrganisation({ staffUserId: reviewer });
    const other = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: owner.user.id },
      { content: postingContent({ title: "市场专员" }), submit: false },
    );
    await expect(
      savePosting(
        db,
        { userId: other.user.id },
        { postingId: id, content: postingContent({ title: "被篡改" }), submit: true },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const [row] = await db.select().from(postings).where(eq(postings.id, id));
    expect(row?.title).toBe("市场专员");
  });
});
