import type { PostingStatus } from "../../db/schema/vetting";

export type PostingActor = "employer" | "staff" | "system";
export type PostingEvent = "submit" | "approve" | "request_changes" | "reject" | "close" | "withdraw";

/** The posting lifecycle of DESIGN.md, as data. Edits of a published posting are revisions, not transitions. */
export const POSTING_TRANSITIONS: Record<
  PostingEvent,
  { from: readonly PostingStatus[]; to: PostingStatus; actors: readonly PostingActor[] }
> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", actors: ["employer"] },
  approve: { from: ["submitted"], to: "published", actors: ["staff"] },
  request_changes: { from: ["submitted"], to: "changes_requested", actors: ["staff"] },
  reject: { from: ["submitted"], to: "rejected", actors: ["staff"] },
  close: { from: ["published"], to: "closed", actors: ["employer", "staff", "system"] },
  withdraw: { from: ["published"], to: "withdrawn", actors: ["employer"] },
};

export type TransitionResult<S> = { ok: true; to: S } | { ok: false; reason: { zh: string; en: string } };

export function nextPostingState(
  from: PostingStatus,
  event: PostingEvent,
  actor: PostingActor,
): TransitionResult<PostingStatus> {
  const rule = POSTING_TRANSITIONS[event];
  if (!rule.actors.includes(actor)) {
    return { ok: false, reason: { zh: "您无权执行此操作", en: "You may not do this" } };
  }
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      reason: { zh: `岗位当前状态（${from}）不允许此操作`, en: `Not possible while the posting is ${from}` },
    };
  }
  return { ok: true, to: rule.to };
}

/** Content can be edited in place only before publication; afterwards an edit is a revision. */
export function isEditableInPlace(status: PostingStatus): boolean {
  return status === "draft" || status === "changes_requested";
}

export function availablePostingEvents(from: PostingStatus, actor: PostingActor): PostingEvent[] {
  return (Object.keys(POSTING_TRANSITIONS) as PostingEvent[]).filter(
    (event) => nextPostingState(from, event, actor).ok,
  );
}
