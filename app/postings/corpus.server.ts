/**
 * Staff decisions feed the vetting corpus (issue 12, decision 013): when staff reject a posting or
 * approve it over the checker's flags, one click stores the reviewed text with their label; the
 * export writes tests/corpus/staff.jsonl, which the corpus test runs.
 */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { vettingCorpusItems } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { refuse } from "../errors";
import { POSTING_RULE_IDS, type PostingRuleId } from "./checks";
import { getReviewItem } from "./vetting.server";

export interface AddToCorpusInput {
  postingId: string;
  /** The rules staff say the posting breaks; empty means clean (the checker's flags were wrong). */
  labels: readonly string[];
  staffUserId: string;
}

/**
 * Store the reviewed text of a posting staff rejected or approved over a blocking flag. Adding
 * it again replaces the label. Refused before any such decision: the corpus holds decided cases.
 */
export async function addPostingToCorpus(db: Queryable, input: AddToCorpusInput) {
  const labels = [...new Set(input.labels)];
  if (labels.some((l) => !(POSTING_RULE_IDS as readonly string[]).includes(l))) {
    refuse("vetting.corpus.unknownRule", { field: "labels", status: 400 });
  }
  const item = await getReviewItem(db, input.postingId);
  if (!item) refuse("error.notFound", { status: 404 });
  // The review item carries the decisions, oldest first: the last one is what staff decided.
  const last = item.history.at(-1);
  const decision =
    last?.decision === "reject" ? "reject" : last?.decision === "approve" && last.overrideReason ? "override" : null;
  if (!decision) refuse("vetting.corpus.notDecided");
  const content = item.revision?.content ?? item.live;
  const row = {
    postingId: input.postingId,
    content: {
      title: content.title,
      description: content.duties,
      requirements: content.requirements,
      benefits: content.benefits,
      salaryMin: content.salaryMin,
      salaryMax: content.salaryMax,
    },
    labels,
    decision,
    addedBy: input.staffUserId,
  } as const;
  const [stored] = await db
    .insert(vettingCorpusItems)
    .values(row)
    .onConflictDoUpdate({
      target: vettingCorpusItems.postingId,
      set: { labels, decision, content: row.content, addedBy: input.staffUserId },
    })
    .returning({ id: vettingCorpusItems.id });
  await recordAudit(db, {
    actorUserId: input.staffUserId,
    action: "vetting.corpus.add",
    subjectType: "posting",
    subjectId: input.postingId,
    detail: { labels, decision },
  });
  return stored!;
}

/** The corpus entry staff made for a posting, if any. */
export async function corpusEntryFor(db: Queryable, postingId: string) {
  const [row] = await db
    .select({ labels: vettingCorpusItems.labels, decision: vettingCorpusItems.decision })
    .from(vettingCorpusItems)
    .where(eq(vettingCorpusItems.postingId, postingId))
    .limit(1);
  return row ?? null;
}

/** The staff corpus in the shape of tests/corpus/*.jsonl (tests/corpus/evaluate.ts `CorpusItem`). */
export async function exportStaffCorpus(db: Queryable) {
  const rows = await db.select().from(vettingCorpusItems).orderBy(asc(vettingCorpusItems.createdAt));
  return rows.map((r) => {
    const text = `${r.content.title}${r.content.description}${r.content.requirements ?? ""}`;
    const zh = /[\u4e00-\u9fff]/u.test(text);
    const en = /[A-Za-z]{3,}/u.test(text);
    return {
      id: `staff-${r.id}`,
      lang: zh && en ? ("mixed" as const) : en ? ("en" as const) : ("zh" as const),
      title: r.content.title,
      description: [r.content.description, r.content.benefits].filter(Boolean).join("\n"),
      requirements: r.content.requirements ?? undefined,
      salaryMin: r.content.salaryMin,
      salaryMax: r.content.salaryMax,
      labels: r.labels as PostingRuleId[],
      decision: r.decision,
    };
  });
}
