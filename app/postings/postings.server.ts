import { and, desc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  employers,
  postingDecisions,
  postingRevisions,
  postings,
  type PostingContent,
  type PostingState,
  type StoredFlag,
} from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { SYSTEM, type Actor, type UserActor } from "../auth/actor";
import { requireMembership, type Employer } from "../employers/membership.server";
import { refuse } from "../errors";
import { enqueuePostingSync } from "../search-sync.server";
import { checkPosting } from "./checks";
import { schoolDate } from "../time";
import { isEditableInPlace, postingMachine, type PostingActor, type PostingEvent } from "./states";

export type Posting = typeof postings.$inferSelect;

function contentColumns(content: PostingContent) {
  return {
    title: content.title,
    category: content.category,
    jobType: content.jobType,
    headcount: content.headcount,
    duties: content.duties,
    requirements: content.requirements,
    degree: content.degree,
    majors: content.majors,
    cities: content.cities,
    salaryMin: content.salaryMin,
    salaryMax: content.salaryMax,
    benefits: content.benefits,
    deadline: content.deadline,
    contact: content.contact,
    programme: content.programme ?? null,
  };
}

export function contentOf(posting: Posting): PostingContent {
  return contentColumns({ ...posting, benefits: posting.benefits, contact: posting.contact });
}

const normaliseTitle = (title: string) => title.replace(/[\s（）()【】[\]·\-_]/g, "").toLowerCase();

/**
 * The automatic checks on submit: the text rules of checks.ts plus what only the database
 * knows (the employer's standing, a live duplicate).
 */
export async function runSubmissionChecks(
  db: Queryable,
  employer: Employer,
  content: PostingContent,
  postingId: string | null,
): Promise<StoredFlag[]> {
  const flags: StoredFlag[] = checkPosting({
    title: content.title,
    description: content.duties,
    requirements: content.requirements,
    benefits: content.benefits,
    contact: content.contact,
    salaryMin: content.salaryMin,
    salaryMax: content.salaryMax,
  }).map(({ rule, severity, excerpt, message }) => ({ rule, severity, excerpt, message }));
  if (employer.status !== "verified") {
    flags.push({
      rule: employer.status === "suspended" ? "employer.suspended" : "employer.unverified",
      severity: "block",
      excerpt: employer.name,
      message:
        employer.status === "suspended"
          ? { zh: "单位已被暂停，岗位不能发布", en: "The employer is suspended; its postings cannot be published" }
          : { zh: "单位尚未通过审核", en: "The employer has not been verified yet" },
    });
  }
  const live = await db
    .select({ id: postings.id, title: postings.title, cities: postings.cities })
    .from(postings)
    .where(
      and(
        eq(postings.employerId, employer.id),
        eq(postings.status, "published"),
        postingId ? ne(postings.id, postingId) : undefined,
      ),
    );
  const wanted = normaliseTitle(content.title);
  const duplicate = live.find(
    (other) =>
      normaliseTitle(other.title) === wanted && other.cities.some((c) => content.cities.some((d) => d.city === c.city)),
  );
  if (duplicate) {
    flags.push({
      rule: "duplicate",
      severity: "warn",
      excerpt: duplicate.title,
      message: {
        zh: "与本单位一个在招岗位重复（同名同城）",
        en: "Duplicates a live posting of this employer (same title and city)",
      },
    });
  }
  return flags;
}

/**
 * Re-runs the submission checks of an employer's postings and revisions waiting for review. The
 * employer-standing flag depends on the employer's status, so a decision on the employer (verify,
 * suspend, reinstate) must refresh it in the same transaction; otherwise staff would have to
 * override "单位尚未通过审核" for an employer they have just verified.
 */
export async function recheckPendingPostings(tx: Queryable, employerId: string) {
  const [employer] = await tx.select().from(employers).where(eq(employers.id, employerId)).limit(1);
  if (!employer) return;
  const waiting = await tx
    .select()
    .from(postings)
    .where(and(eq(postings.employerId, employerId), eq(postings.status, "submitted")));
  for (const posting of waiting) {
    const flags = await runSubmissionChecks(tx, employer, contentOf(posting), posting.id);
    await tx.update(postings).set({ flags }).where(eq(postings.id, posting.id));
  }
  const revisions = await tx
    .select({ id: postingRevisions.id, postingId: postingRevisions.postingId, content: postingRevisions.content })
    .from(postingRevisions)
    .innerJoin(postings, eq(postings.id, postingRevisions.postingId))
    .where(and(eq(postings.employerId, employerId), eq(postingRevisions.status, "submitted")));
  for (const revision of revisions) {
    const flags = await runSubmissionChecks(tx, employer, revision.content, revision.postingId);
    await tx.update(postingRevisions).set({ flags }).where(eq(postingRevisions.id, revision.id));
  }
}

async function ownPosting(db: Queryable, employerId: string, postingId: string): Promise<Posting> {
  const [posting] = await db.select().from(postings).where(eq(postings.id, postingId)).limit(1);
  if (!posting) refuse("error.notFound", { status: 404 });
  if (posting.employerId !== employerId) refuse("error.forbidden", { status: 403 });
  return posting;
}

export async function listOwnPostings(db: Queryable, employerId: string) {
  const rows = await db
    .select()
    .from(postings)
    .where(eq(postings.employerId, employerId))
    .orderBy(desc(postings.updatedAt));
  const pending = await db
    .select({ postingId: postingRevisions.postingId, status: postingRevisions.status })
    .from(postingRevisions)
    .where(
      and(
        inArray(
          postingRevisions.postingId,
          rows.length ? rows.map((r) => r.id) : ["00000000-0000-0000-0000-000000000000"],
        ),
        inArray(postingRevisions.status, ["submitted", "changes_requested", "rejected"]),
      ),
    );
  return rows.map((row) => ({ ...row, revisionStatus: pending.find((p) => p.postingId === row.id)?.status ?? null }));
}

export async function getOwnPosting(db: Queryable, actor: UserActor, postingId: string) {
  const { employer } = await requireMembership(db, actor.userId);
  const posting = await ownPosting(db, employer.id, postingId);
  const [revision] = await db
    .select()
    .from(postingRevisions)
    .where(eq(postingRevisions.postingId, posting.id))
    .orderBy(desc(postingRevisions.submittedAt))
    .limit(1);
  const decisions = await db
    .select()
    .from(postingDecisions)
    .where(eq(postingDecisions.postingId, posting.id))
    .orderBy(desc(postingDecisions.createdAt));
  return { employer, posting, revision: revision ?? null, decisions };
}

/**
 * A new posting, as a draft or straight to review. Like every posting command here, it takes an
 * optional `now` (default: this moment) so the demo seed can replay a posting's history at its times.
 */
export async function createPosting(
  db: Database,
  actor: UserActor,
  input: { content: PostingContent; submit: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { employer } = await requireMembership(tx, actor.userId, { write: true });
    const [posting] = await tx
      .insert(postings)
      .values({
        employerId: employer.id,
        status: "draft",
        createdBy: actor.userId,
        ...contentColumns(input.content),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "posting.create",
      subjectType: "posting",
      subjectId: posting!.id,
      at: now,
    });
    if (input.submit) await submitInTx(tx, employer, posting!, actor.userId, now);
    return posting!.id;
  });
}

async function submitInTx(tx: Queryable, employer: Employer, posting: Posting, userId: string, now: Date) {
  const to = postingMachine.require(posting.status, "submit", "employer");
  const flags = await runSubmissionChecks(tx, employer, contentOf(posting), posting.id);
  await tx
    .update(postings)
    .set({ status: to, flags, submittedAt: now, updatedAt: now })
    .where(eq(postings.id, posting.id));
  await recordAudit(tx, {
    actorUserId: userId,
    action: "posting.submit",
    subjectType: "posting",
    subjectId: posting.id,
    detail: { flags: flags.map((f) => f.rule) },
    at: now,
  });
}

/**
 * Saves an employer's edit. Drafts and postings sent back for changes are edited in place (and
 * optionally resubmitted); a published posting gets a revision that is reviewed while the
 * published version stays live. Postings under review or closed cannot be edited.
 */
export async function savePosting(
  db: Database,
  actor: UserActor,
  input: { postingId: string; content: PostingContent; submit: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { employer } = await requireMembership(tx, actor.userId, { write: true });
    const posting = await ownPosting(tx, employer.id, input.postingId);
    if (isEditableInPlace(posting.status)) {
      await tx
        .update(postings)
        .set({ ...contentColumns(input.content), updatedAt: now })
        .where(eq(postings.id, posting.id));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "posting.edit",
        subjectType: "posting",
        subjectId: posting.id,
        at: now,
      });
      if (input.submit)
        await submitInTx(tx, employer, { ...posting, ...contentColumns(input.content) }, actor.userId, now);
      return { kind: input.submit ? ("submitted" as const) : ("saved" as const) };
    }
    if (posting.status === "published") {
      await tx
        .update(postingRevisions)
        .set({ status: "superseded", decidedAt: now })
        .where(
          and(
            eq(postingRevisions.postingId, posting.id),
            inArray(postingRevisions.status, ["submitted", "changes_requested"]),
          ),
        );
      const flags = await runSubmissionChecks(tx, employer, input.content, posting.id);
      const [revision] = await tx
        .insert(postingRevisions)
        .values({ postingId: posting.id, content: input.content, flags, submittedBy: actor.userId, submittedAt: now })
        .returning({ id: postingRevisions.id });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "posting.revise",
        subjectType: "posting",
        subjectId: posting.id,
        detail: { revisionId: revision!.id, flags: flags.map((f) => f.rule) },
        at: now,
      });
      return { kind: "revision" as const };
    }
    refuse("posting.notEditable");
  });
}

export async function submitPosting(db: Database, actor: UserActor, input: { postingId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const { employer } = await requireMembership(tx, actor.userId, { write: true });
    const posting = await ownPosting(tx, employer.id, input.postingId);
    await submitInTx(tx, employer, posting, actor.userId, input.now ?? new Date());
  });
}

/**
 * The employer recalls a posting from review: it goes back to a draft with its flags cleared (they
 * are recomputed on the next submit). Never published, so search is not touched.
 */
export async function recallPosting(db: Database, actor: UserActor, input: { postingId: string }) {
  return db.transaction(async (tx) => {
    const { employer } = await requireMembership(tx, actor.userId, { write: true });
    const posting = await ownPosting(tx, employer.id, input.postingId);
    const to = postingMachine.require(posting.status, "recall", "employer");
    await tx
      .update(postings)
      .set({ status: to, flags: [], submittedAt: null, updatedAt: sql`now()` })
      .where(and(eq(postings.id, posting.id), eq(postings.status, posting.status)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "posting.recall",
      subjectType: "posting",
      subjectId: posting.id,
    });
  });
}

/**
 * close or withdraw a published posting: it leaves search through the outbox. The machine's actor
 * follows from the actor's type: a `UserActor` is a member of the posting's employer (looked up,
 * refused otherwise), a `StaffActor` is staff, `SYSTEM` the deadline.
 */
export async function endPosting(
  db: Database,
  actor: Actor,
  input: { postingId: string; event: Extract<PostingEvent, "close" | "withdraw">; now?: Date },
) {
  const now = input.now ?? new Date();
  const by: PostingActor = "system" in actor ? "system" : "scope" in actor ? "staff" : "employer";
  return db.transaction(async (tx) => {
    const posting =
      "system" in actor || "scope" in actor
        ? (await tx.select().from(postings).where(eq(postings.id, input.postingId)).limit(1))[0]
        : await ownPosting(tx, (await requireMembership(tx, actor.userId)).employer.id, input.postingId);
    if (!posting) refuse("error.notFound", { status: 404 });
    const to = postingMachine.require(posting.status, input.event, by);
    await tx.update(postings).set({ status: to, closedAt: now, updatedAt: now }).where(eq(postings.id, posting.id));
    await recordAudit(tx, {
      actorUserId: "system" in actor ? null : actor.userId,
      action: `posting.${input.event}`,
      subjectType: "posting",
      subjectId: posting.id,
      detail: { by },
      at: now,
    });
    await enqueuePostingSync(tx, [posting.id], `posting-${input.event}`);
  });
}

/** The deadline closes a posting by itself; run by the worker's scheduler. */
export async function closeExpiredPostings(db: Database, today = schoolDate()): Promise<number> {
  const expired = await db
    .select({ id: postings.id })
    .from(postings)
    .where(and(eq(postings.status, "published"), lt(postings.deadline, today)));
  for (const { id } of expired) {
    await endPosting(db, SYSTEM, { postingId: id, event: "close" });
  }
  return expired.length;
}

/** Which of `ids` are the employer's published postings (what a fair booth or a talk may feature). */
export async function publishedPostingIds(db: Queryable, employerId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: postings.id })
    .from(postings)
    .where(and(eq(postings.employerId, employerId), eq(postings.status, "published"), inArray(postings.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** What graduates and visitors may see: published, of a verified employer, deadline not passed. */
export async function getPublicPosting(db: Queryable, postingId: string, today = schoolDate()) {
  const [row] = await db
    .select({ posting: postings, employer: employers })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(and(eq(postings.id, postingId), publicPostingCondition(today)))
    .limit(1);
  return row ?? null;
}

export function publicPostingCondition(today = schoolDate()) {
  return and(
    eq(postings.status, "published" satisfies PostingState),
    eq(employers.status, "verified"),
    gte(postings.deadline, today),
  );
}
