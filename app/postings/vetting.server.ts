import { and, asc, eq } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  employers,
  postingDecisions,
  postingRevisions,
  postings,
  type PostingContent,
  type StoredFlag,
} from "../../db/schema";
import { postingDecisionMail } from "../../emails/templates/posting-decision";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { mailMembers } from "../employers/employers.server";
import { refuse } from "../errors";
import { enqueuePostingSync } from "../search-sync.server";
import { contentOf } from "./postings.server";
import { postingMachine } from "./states";

export type Decision = "approve" | "request_changes" | "reject";

export interface QueueItem {
  postingId: string;
  revisionId: string | null;
  title: string;
  employerId: string;
  employerName: string;
  employerStatus: string;
  submittedAt: Date;
  flags: StoredFlag[];
}

/** Everything waiting for a decision, oldest first: new postings and revisions of live ones. */
export async function reviewQueue(
  db: Queryable,
  filter: { rule?: string; employerId?: string } = {},
): Promise<QueueItem[]> {
  const employerCondition = filter.employerId ? eq(postings.employerId, filter.employerId) : undefined;
  const [fresh, revisions] = await Promise.all([
    db
      .select({ posting: postings, employerName: employers.name, employerStatus: employers.status })
      .from(postings)
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(and(eq(postings.status, "submitted"), employerCondition))
      .orderBy(asc(postings.submittedAt))
      .limit(500),
    db
      .select({
        revision: postingRevisions,
        posting: postings,
        employerName: employers.name,
        employerStatus: employers.status,
      })
      .from(postingRevisions)
      .innerJoin(postings, eq(postings.id, postingRevisions.postingId))
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(and(eq(postingRevisions.status, "submitted"), employerCondition))
      .orderBy(asc(postingRevisions.submittedAt))
      .limit(500),
  ]);
  const items: QueueItem[] = [
    ...fresh.map((row) => ({
      postingId: row.posting.id,
      revisionId: null,
      title: row.posting.title,
      employerId: row.posting.employerId,
      employerName: row.employerName,
      employerStatus: row.employerStatus,
      submittedAt: row.posting.submittedAt ?? row.posting.createdAt,
      flags: row.posting.flags,
    })),
    ...revisions.map((row) => ({
      postingId: row.posting.id,
      revisionId: row.revision.id,
      title: row.revision.content.title,
      employerId: row.posting.employerId,
      employerName: row.employerName,
      employerStatus: row.employerStatus,
      submittedAt: row.revision.submittedAt,
      flags: row.revision.flags,
    })),
  ];
  return items
    .filter(
      (item) =>
        !filter.rule || item.flags.some((flag) => flag.rule === filter.rule || flag.rule.startsWith(`${filter.rule}.`)),
    )
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

/** A posting under review, with the live version beside a pending revision for the diff. */
export async function getReviewItem(db: Queryable, postingId: string) {
  const [row] = await db
    .select({ posting: postings, employer: employers })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(eq(postings.id, postingId))
    .limit(1);
  if (!row) return null;
  const [revision] = await db
    .select()
    .from(postingRevisions)
    .where(and(eq(postingRevisions.postingId, postingId), eq(postingRevisions.status, "submitted")))
    .limit(1);
  const history = await db
    .select()
    .from(postingDecisions)
    .where(eq(postingDecisions.postingId, postingId))
    .orderBy(asc(postingDecisions.createdAt));
  return {
    posting: row.posting,
    employer: row.employer,
    live: contentOf(row.posting),
    revision: revision ?? null,
    history,
  };
}

export interface DecisionInput {
  postingId: string;
  decision: Decision;
  reasons?: string | null;
  overrideReason?: string | null;
  /** When the decision is taken (default: this moment); the demo seed replays decisions in the past. */
  now?: Date;
}

/**
 * approve / request changes / reject, for a new posting or for the pending revision of a live
 * one. One transaction writes the posting (or revision), the decision record, the audit entry,
 * the search sync and the employer's mail. A blocking flag needs a written override to approve.
 */
export async function decidePosting(db: Database, actor: StaffActor, input: DecisionInput) {
  const reasons = input.reasons?.trim() || null;
  const overrideReason = input.overrideReason?.trim() || null;
  const now = input.now ?? new Date();
  if (input.decision !== "approve" && (!reasons || reasons.length < 4)) {
    refuse("vetting.reason.required", { field: "reasons" });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ posting: postings, employer: employers })
      .from(postings)
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(eq(postings.id, input.postingId))
      .for("update", { of: postings });
    if (!row) refuse("error.notFound", { status: 404 });
    const { posting, employer } = row;
    const [revision] = await tx
      .select()
      .from(postingRevisions)
      .where(and(eq(postingRevisions.postingId, posting.id), eq(postingRevisions.status, "submitted")))
      .limit(1);
    const underReview: { flags: StoredFlag[]; content: PostingContent; title: string } | null =
      posting.status === "submitted"
        ? { flags: posting.flags, content: contentOf(posting), title: posting.title }
        : revision && posting.status === "published"
          ? { flags: revision.flags, content: revision.content, title: revision.content.title }
          : null;
    if (!underReview) refuse("vetting.nothingToDecide");

    if (input.decision === "approve") {
      if (employer.status !== "verified") refuse("vetting.employerNotVerified");
      const blocking = underReview.flags.filter((flag) => flag.severity === "block");
      if (blocking.length > 0 && (!overrideReason || overrideReason.length < 4)) {
        refuse("vetting.override.required", { status: 409, field: "overrideReason" });
      }
    }

    const isRevision = posting.status === "published";
    if (isRevision && revision) {
      const status =
        input.decision === "approve" ? "approved" : input.decision === "reject" ? "rejected" : "changes_requested";
      await tx
        .update(postingRevisions)
        .set({ status, reasons, decidedAt: now })
        .where(eq(postingRevisions.id, revision.id));
      if (input.decision === "approve") {
        const c = revision.content;
        await tx
          .update(postings)
          .set({
            title: c.title,
            category: c.category,
            jobType: c.jobType,
            headcount: c.headcount,
            duties: c.duties,
            requirements: c.requirements,
            degree: c.degree,
            majors: c.majors,
            cities: c.cities,
            salaryMin: c.salaryMin,
            salaryMax: c.salaryMax,
            benefits: c.benefits,
            deadline: c.deadline,
            contact: c.contact,
            programme: c.programme ?? null,
            flags: revision.flags,
            updatedAt: now,
          })
          .where(eq(postings.id, posting.id));
        await enqueuePostingSync(tx, [posting.id], "revision-approved");
      }
    } else {
      const to = postingMachine.require(posting.status, input.decision, "staff");
      await tx
        .update(postings)
        .set({
          status: to,
          reasons,
          publishedAt: input.decision === "approve" ? now : posting.publishedAt,
          updatedAt: now,
        })
        .where(eq(postings.id, posting.id));
      if (input.decision === "approve") await enqueuePostingSync(tx, [posting.id], "approved");
    }

    const [decision] = await tx
      .insert(postingDecisions)
      .values({
        postingId: posting.id,
        revisionId: isRevision ? (revision?.id ?? null) : null,
        decision: input.decision,
        reasons,
        overrideReason: input.decision === "approve" ? overrideReason : null,
        flags: underReview.flags,
        reviewerId: actor.userId,
        createdAt: now,
      })
      .returning({ id: postingDecisions.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `posting.${input.decision}`,
      subjectType: "posting",
      subjectId: posting.id,
      detail: {
        revisionId: isRevision ? revision?.id : null,
        reasons,
        overrideReason,
        flags: underReview.flags.map((f) => f.rule),
      },
      at: now,
    });
    await mailMembers(tx, employer.id, `posting-decision:${decision!.id}`, (locale) =>
      postingDecisionMail(
        {
          postingTitle: underReview.title,
          decision: input.decision,
          isRevision,
          reasons,
          url: `${getEnv().publicUrl}/employer/postings/${posting.id}`,
        },
        locale,
      ),
    );
  });
}
