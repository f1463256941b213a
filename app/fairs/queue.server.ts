/**
 * The live queue of a fair's booths. A graduate stands in several booths' lines at once; a
 * representative calls the next one. The rule "a graduate in a chat cannot be called by another
 * booth" is kept by the database (partial unique index fair_queue_one_chat_per_graduate, migration
 * 0014): when two booths call one graduate at the same instant, the second update fails on the
 * index and that representative gets the next person in their line instead (docs/fairs.md).
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, Queryable } from "../../db/client";
import {
  employers,
  fairBoothPostings,
  fairBoothRepresentatives,
  fairBooths,
  fairQueueEntries,
  fairRegistrations,
  fairs,
  graduates,
  postings,
  users,
} from "../../db/schema";
import { applyToPosting } from "../applications/applications.server";
import { recordAudit } from "../audit/audit.server";
import { proposeInterview } from "../interviews/interviews.server";
import type { UserActor } from "../auth/actor";
import { refuse } from "../errors";
import {
  QUEUE_ACTIVE_STATES,
  QUEUE_BUSY_STATES,
  type InterviewMode,
  type QueueInterest,
  type QueueState,
} from "../../vocabulary";
import { requireFairGraduate } from "./fairs.server";
import { chatTimer, estimateWait, isWithinLiveHours, type ChatTimer, type WaitEstimate } from "./rules";
import { missEvent, queueMachine, type QueueEvent } from "./states";

export type QueueEntry = typeof fairQueueEntries.$inferSelect;

/** Chats of the last two hours feed the estimate, at most this many of the newest. */
const RECENT_CHAT_WINDOW_MS = 2 * 3600_000;
const RECENT_CHATS = 20;

function constraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const x = e as { code?: string; constraint_name?: string; constraint?: string };
    if (x.code === "23505") return x.constraint_name ?? x.constraint;
  }
  return undefined;
}

async function boothWithFair(db: Queryable, boothId: string) {
  const [row] = await db
    .select({ booth: fairBooths, fair: fairs })
    .from(fairBooths)
    .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
    .where(eq(fairBooths.id, boothId))
    .limit(1);
  if (!row || row.booth.status !== "approved") refuse("error.notFound", { status: 404 });
  return row;
}

function requireLive(fair: typeof fairs.$inferSelect, now: Date) {
  if (fair.status !== "live" || !isWithinLiveHours(fair, now)) refuse("fairQueue.notLive");
}

/** The booth, if the actor is one of its representatives. */
export async function representativeOf(db: Queryable, actor: UserActor, boothId: string) {
  const { booth, fair } = await boothWithFair(db, boothId);
  const [rep] = await db
    .select()
    .from(fairBoothRepresentatives)
    .where(and(eq(fairBoothRepresentatives.boothId, booth.id), eq(fairBoothRepresentatives.userId, actor.userId)))
    .limit(1);
  if (!rep) refuse("fairQueue.representative.notOnBooth", { status: 403 });
  return { booth, fair, rep };
}

/** A representative starts or stops taking calls; the first time online is kept (no-show rule). */
export async function setRepresentativeOnline(
  db: Database,
  actor: UserActor,
  input: { boothId: string; online: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  const { booth, fair } = await representativeOf(db, actor, input.boothId);
  // Only going online during the live hours counts against the no-show rule.
  const counts = fair.status === "live" && isWithinLiveHours(fair, now);
  await db
    .update(fairBoothRepresentatives)
    .set(
      input.online
        ? {
            onlineSince: now,
            ...(counts
              ? {
                  firstOnlineAt: sql`coalesce(${fairBoothRepresentatives.firstOnlineAt}, ${now.toISOString()}::timestamptz)`,
                }
              : {}),
          }
        : { onlineSince: null },
    )
    .where(and(eq(fairBoothRepresentatives.boothId, booth.id), eq(fairBoothRepresentatives.userId, actor.userId)));
}

/** A registered graduate joins a booth's line during the live hours. */
export async function joinQueue(
  db: Database,
  actor: UserActor,
  input: { boothId: string; interviewConsent?: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await requireFairGraduate(tx, actor);
    const { booth, fair } = await boothWithFair(tx, input.boothId);
    requireLive(fair, now);
    const [registration] = await tx
      .select({ status: fairRegistrations.status })
      .from(fairRegistrations)
      .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.graduateId, graduate.id)));
    if (registration?.status !== "registered") refuse("fairQueue.notRegistered", { status: 403 });
    const [row] = await tx
      .insert(fairQueueEntries)
      .values({
        fairId: fair.id,
        boothId: booth.id,
        graduateId: graduate.id,
        joinedAt: now,
        lineAt: now,
        updatedAt: now,
        interviewConsentAt: input.interviewConsent ? now : null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) refuse("fairQueue.already");
    return row;
  });
}

/** Moves one entry by the machine; `set` holds what else changes. The row is locked first. */
async function step(
  tx: Queryable,
  entryId: string,
  event: QueueEvent,
  actor: "graduate" | "representative" | "system",
  check: (entry: QueueEntry) => void,
  set: (entry: QueueEntry) => Partial<typeof fairQueueEntries.$inferInsert>,
) {
  const [entry] = await tx.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, entryId)).for("update");
  if (!entry) refuse("error.notFound", { status: 404 });
  check(entry);
  const to = queueMachine.require(entry.status, event, actor, { missedCalls: entry.missedCalls });
  const [row] = await tx
    .update(fairQueueEntries)
    .set({ ...set(entry), status: to, updatedAt: sql`now()` })
    .where(eq(fairQueueEntries.id, entry.id))
    .returning();
  return row!;
}

export async function leaveQueue(db: Database, actor: UserActor, input: { boothId: string }) {
  return db.transaction(async (tx) => {
    const graduate = await requireFairGraduate(tx, actor);
    const [entry] = await tx
      .select({ id: fairQueueEntries.id })
      .from(fairQueueEntries)
      .where(
        and(
          eq(fairQueueEntries.boothId, input.boothId),
          eq(fairQueueEntries.graduateId, graduate.id),
          inArray(fairQueueEntries.status, [...QUEUE_ACTIVE_STATES]),
        ),
      );
    if (!entry) refuse("error.notFound", { status: 404 });
    return step(
      tx,
      entry.id,
      "leave",
      "graduate",
      () => {},
      () => ({}),
    );
  });
}

/**
 * Calls the first graduate in this booth's line who is not with another booth right now (they keep
 * their place here). The update of each candidate runs in a savepoint: if another booth called
 * the same graduate a moment earlier, the unique index refuses it and the next candidate is tried.
 */
export async function callNext(db: Database, actor: UserActor, input: { boothId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { booth, fair, rep } = await representativeOf(tx, actor, input.boothId);
    requireLive(fair, now);
    const [current] = await tx
      .select({ id: fairQueueEntries.id })
      .from(fairQueueEntries)
      .where(
        and(
          eq(fairQueueEntries.representativeUserId, actor.userId),
          inArray(fairQueueEntries.status, [...QUEUE_BUSY_STATES]),
        ),
      );
    if (current) refuse("fairQueue.representative.busy");
    const elsewhere = alias(fairQueueEntries, "elsewhere");
    const candidates = await tx
      .select()
      .from(fairQueueEntries)
      .where(
        and(
          eq(fairQueueEntries.boothId, booth.id),
          eq(fairQueueEntries.status, "waiting"),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(elsewhere)
              .where(
                and(
                  eq(elsewhere.graduateId, fairQueueEntries.graduateId),
                  inArray(elsewhere.status, [...QUEUE_BUSY_STATES]),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(fairQueueEntries.lineAt), asc(fairQueueEntries.seq))
      .limit(10);
    for (const candidate of candidates) {
      const next = queueMachine.next(candidate.status, "call", "representative", {
        missedCalls: candidate.missedCalls,
      });
      if (!next.ok) continue;
      try {
        const called = await tx.transaction(async (savepoint) => {
          const [row] = await savepoint
            .update(fairQueueEntries)
            .set({
              status: next.to,
              representativeUserId: actor.userId,
              meetingLink: rep.meetingLink,
              calledAt: now,
              updatedAt: now,
            })
            .where(and(eq(fairQueueEntries.id, candidate.id), eq(fairQueueEntries.status, "waiting")))
            .returning();
          return row;
        });
        if (called) return called;
      } catch (error) {
        const constraint = constraintOf(error);
        if (constraint === "fair_queue_one_chat_per_graduate") continue;
        if (constraint === "fair_queue_one_chat_per_representative") refuse("fairQueue.representative.busy");
        throw error;
      }
    }
    // Nobody to call. If people are waiting, each is with another booth right now: say so, or the
    // representative sees "3 waiting" beside "nobody to call" and thinks the desk is broken.
    const [line] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.boothId, booth.id), eq(fairQueueEntries.status, "waiting")));
    if ((line?.n ?? 0) > 0) refuse("fairQueue.graduate.busy");
    refuse("fairQueue.empty");
  });
}

/** The chat begins: the representative says so, or the graduate opens the meeting link. */
export async function startChat(
  db: Database,
  actor: UserActor,
  input: { entryId: string; as: "graduate" | "representative"; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = input.as === "graduate" ? await requireFairGraduate(tx, actor) : null;
    return step(
      tx,
      input.entryId,
      "start_chat",
      input.as,
      (entry) => {
        if (graduate ? entry.graduateId !== graduate.id : entry.representativeUserId !== actor.userId)
          refuse("error.forbidden", { status: 403 });
      },
      () => ({ chatStartedAt: now }),
    );
  });
}

/**
 * The graduate opens the meeting link of a call (`/fairs/<id>/meeting/<entryId>`): the chat
 * begins, and they are sent on to the representative's meeting. Opened again during the chat, it
 * only sends them on; once the call is over (missed, finished) it leads back to the fair's page.
 */
export async function openMeeting(
  db: Database,
  actor: UserActor,
  input: { fairId: string; entryId: string; now?: Date },
): Promise<{ location: string }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await requireFairGraduate(tx, actor);
    const [entry] = await tx
      .select()
      .from(fairQueueEntries)
      .where(eq(fairQueueEntries.id, input.entryId))
      .for("update");
    if (!entry || entry.graduateId !== graduate.id || entry.fairId !== input.fairId)
      refuse("error.notFound", { status: 404 });
    if (entry.status === "called")
      await step(
        tx,
        entry.id,
        "start_chat",
        "graduate",
        () => {},
        () => ({ chatStartedAt: now }),
      );
    if ((entry.status === "called" || entry.status === "chatting") && entry.meetingLink)
      return { location: entry.meetingLink };
    return { location: `/fairs/${entry.fairId}` };
  });
}

export async function finishChat(db: Database, actor: UserActor, input: { entryId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) =>
    step(
      tx,
      input.entryId,
      "finish",
      "representative",
      (entry) => {
        if (entry.representativeUserId !== actor.userId) refuse("fairQueue.representative.notOnBooth", { status: 403 });
      },
      () => ({ chatEndedAt: now }),
    ),
  );
}

/** A called graduate did not come: back to the end of the line the first time, out the second. */
export async function markMissed(db: Database, actor: UserActor, input: { entryId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, input.entryId));
    if (!entry) refuse("error.notFound", { status: 404 });
    if (entry.representativeUserId !== actor.userId) refuse("fairQueue.representative.notOnBooth", { status: 403 });
    const event = missEvent(entry.missedCalls);
    return step(
      tx,
      entry.id,
      event,
      "representative",
      () => {},
      (current) => ({
        missedCalls: current.missedCalls + 1,
        representativeUserId: event === "miss" ? null : current.representativeUserId,
        meetingLink: event === "miss" ? null : current.meetingLink,
        calledAt: event === "miss" ? null : current.calledAt,
        lineAt: event === "miss" ? now : current.lineAt,
      }),
    );
  });
}

/** What the representative proposes with "invite to interview": a featured posting and times. */
export interface InterviewInvitation {
  postingId: string;
  mode: InterviewMode;
  location: string;
  slots: { startsAt: Date; endsAt: Date }[];
}

/**
 * After a chat the representative marks interest and a note (the graduate never sees the note).
 * "Invite to interview" goes into the existing pipeline: with the consent the graduate ticked when
 * joining this line, an application to one of the booth's featured postings is made for them (their
 * current résumé, as if they had applied) and the representative proposes an interview on it.
 */
export async function markInterest(
  db: Database,
  actor: UserActor,
  input: { entryId: string; interest: QueueInterest; note: string; invitation?: InterviewInvitation },
) {
  const checked = await db.transaction(async (tx) => {
    const [entry] = await tx
      .select()
      .from(fairQueueEntries)
      .where(eq(fairQueueEntries.id, input.entryId))
      .for("update");
    if (!entry) refuse("error.notFound", { status: 404 });
    await representativeOf(tx, actor, entry.boothId);
    if (entry.status !== "done")
      refuse("machine.refused.state", {
        params: { event: { key: "fairQueue.event.finish" }, state: { key: `fairQueue.state.${entry.status}` } },
      });
    if (input.interest !== "invite_to_interview") {
      await saveInterest(tx, actor, entry.id, input.interest, input.note, {});
      return null;
    }
    if (entry.applicationId) refuse("fairQueue.invite.already");
    if (!entry.interviewConsentAt) refuse("fairQueue.invite.noConsent");
    const invitation = input.invitation ?? refuse("fairQueue.invite.postingRequired", { field: "postingId" });
    const [featured] = await tx
      .select({ postingId: fairBoothPostings.postingId })
      .from(fairBoothPostings)
      .where(and(eq(fairBoothPostings.boothId, entry.boothId), eq(fairBoothPostings.postingId, invitation.postingId)));
    if (!featured) refuse("fairQueue.invite.postingRequired", { field: "postingId" });
    const [graduate] = await tx
      .select({ userId: graduates.userId })
      .from(graduates)
      .where(eq(graduates.id, entry.graduateId));
    if (!graduate?.userId) refuse("fairQueue.invite.noConsent");
    return { entry, invitation, graduateUserId: graduate.userId };
  });
  if (!checked) return null;
  const { entry, invitation, graduateUserId } = checked;
  // Both steps are the pipeline's own functions; applying is idempotent, so a retry after a failed
  // proposal reuses the application.
  const applied = await applyToPosting(
    db,
    { userId: graduateUserId },
    {
      postingId: invitation.postingId,
      note: "",
    },
  );
  const interview = await proposeInterview(db, actor, {
    data: {
      applicationId: applied.applicationId,
      mode: invitation.mode,
      location: invitation.location,
      slots: invitation.slots,
    },
  });
  await db.transaction(async (tx) =>
    saveInterest(tx, actor, entry.id, input.interest, input.note, {
      applicationId: applied.applicationId,
      interviewId: interview.id,
    }),
  );
  return { applicationId: applied.applicationId, interviewId: interview.id };
}

async function saveInterest(
  tx: Queryable,
  actor: UserActor,
  entryId: string,
  interest: QueueInterest,
  note: string,
  links: { applicationId?: string; interviewId?: string },
) {
  await tx
    .update(fairQueueEntries)
    .set({ interest, note, ...links, updatedAt: sql`now()` })
    .where(eq(fairQueueEntries.id, entryId));
  await recordAudit(tx, {
    actorUserId: actor.userId,
    action: "fair.queue.interest",
    subjectType: "fair_queue_entry",
    subjectId: entryId,
    detail: { interest, ...links },
  });
}

// ---------------------------------------------------------------------------------------------
// What the pages show

async function boothLoad(db: Queryable, boothId: string, now: Date) {
  const reps = await db
    .select({ online: isNotNull(fairBoothRepresentatives.onlineSince) })
    .from(fairBoothRepresentatives)
    .where(eq(fairBoothRepresentatives.boothId, boothId));
  const busy = await db
    .select({ id: fairQueueEntries.id })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.boothId, boothId), inArray(fairQueueEntries.status, [...QUEUE_BUSY_STATES])));
  const recent = await db
    .select({
      minutes: sql<number>`extract(epoch from (${fairQueueEntries.chatEndedAt} - ${fairQueueEntries.chatStartedAt})) / 60`,
    })
    .from(fairQueueEntries)
    .where(
      and(
        eq(fairQueueEntries.boothId, boothId),
        eq(fairQueueEntries.status, "done"),
        isNotNull(fairQueueEntries.chatStartedAt),
        gte(fairQueueEntries.chatEndedAt, new Date(now.getTime() - RECENT_CHAT_WINDOW_MS)),
      ),
    )
    .orderBy(desc(fairQueueEntries.chatEndedAt))
    .limit(RECENT_CHATS);
  return {
    representativesOnline: reps.filter((r) => r.online).length,
    representativesBusy: busy.length,
    recentChatMinutes: recent.map((r) => Number(r.minutes)),
  };
}

async function aheadOf(db: Queryable, entry: QueueEntry) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(fairQueueEntries)
    .where(
      and(
        eq(fairQueueEntries.boothId, entry.boothId),
        eq(fairQueueEntries.status, "waiting"),
        sql`(${fairQueueEntries.lineAt}, ${fairQueueEntries.seq}) < (${entry.lineAt.toISOString()}::timestamptz, ${entry.seq})`,
      ),
    );
  return row?.n ?? 0;
}

export interface GraduateQueueLine {
  entryId: string;
  boothId: string;
  employerName: string;
  status: QueueState;
  ahead: number;
  estimate: WaitEstimate | null;
  meetingLink: string | null;
  missedCalls: number;
  /** During a chat, the soft timer against the booth's chosen length: the graduate is warned too. */
  timer: ChatTimer | null;
}

/** The signed-in graduate's places in this fair's lines: position, estimate, and a call if there is one. */
export async function queueStatusFor(db: Queryable, actor: UserActor, input: { fairId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const graduate = await requireFairGraduate(db, actor);
  const entries = await db
    .select({ entry: fairQueueEntries, employerName: employers.name, chatMinutes: fairBooths.chatMinutes })
    .from(fairQueueEntries)
    .innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
    .innerJoin(employers, eq(employers.id, fairBooths.employerId))
    .where(
      and(
        eq(fairQueueEntries.fairId, input.fairId),
        eq(fairQueueEntries.graduateId, graduate.id),
        inArray(fairQueueEntries.status, [...QUEUE_ACTIVE_STATES]),
      ),
    )
    .orderBy(asc(fairQueueEntries.joinedAt));
  const lines: GraduateQueueLine[] = [];
  for (const { entry, employerName, chatMinutes } of entries) {
    const waiting = entry.status === "waiting";
    const ahead = waiting ? await aheadOf(db, entry) : 0;
    lines.push({
      entryId: entry.id,
      boothId: entry.boothId,
      employerName,
      status: entry.status,
      ahead,
      estimate: waiting ? estimateWait({ ...(await boothLoad(db, entry.boothId, now)), ahead, chatMinutes }) : null,
      meetingLink: entry.status === "waiting" ? null : entry.meetingLink,
      missedCalls: entry.missedCalls,
      timer:
        entry.status === "chatting" && entry.chatStartedAt ? chatTimer(entry.chatStartedAt, chatMinutes, now) : null,
    });
  }
  return lines;
}

/** The representative's console: who is with them now (with the soft timer), the line's length and load. */
export async function boothConsole(db: Queryable, actor: UserActor, input: { boothId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const { booth, fair, rep } = await representativeOf(db, actor, input.boothId);
  const [current] = await db
    .select({ entry: fairQueueEntries, name: graduates.name })
    .from(fairQueueEntries)
    .innerJoin(graduates, eq(graduates.id, fairQueueEntries.graduateId))
    .where(
      and(
        eq(fairQueueEntries.representativeUserId, actor.userId),
        inArray(fairQueueEntries.status, [...QUEUE_BUSY_STATES]),
      ),
    );
  const [waiting] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.boothId, booth.id), eq(fairQueueEntries.status, "waiting")));
  const toMark = await db
    .select({
      id: fairQueueEntries.id,
      name: graduates.name,
      endedAt: fairQueueEntries.chatEndedAt,
      consented: isNotNull(fairQueueEntries.interviewConsentAt),
    })
    .from(fairQueueEntries)
    .innerJoin(graduates, eq(graduates.id, fairQueueEntries.graduateId))
    .where(
      and(
        eq(fairQueueEntries.boothId, booth.id),
        eq(fairQueueEntries.representativeUserId, actor.userId),
        eq(fairQueueEntries.status, "done"),
        sql`${fairQueueEntries.interest} is null`,
      ),
    )
    .orderBy(desc(fairQueueEntries.chatEndedAt))
    .limit(10);
  const [me] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
  const featured = await db
    .select({ id: postings.id, title: postings.title })
    .from(fairBoothPostings)
    .innerJoin(postings, eq(postings.id, fairBoothPostings.postingId))
    .where(eq(fairBoothPostings.boothId, booth.id))
    .orderBy(asc(fairBoothPostings.sort));
  return {
    fair,
    booth,
    me: { name: me?.name ?? "", online: rep.onlineSince !== null, meetingLink: rep.meetingLink },
    current: current
      ? {
          entryId: current.entry.id,
          name: current.name,
          status: current.entry.status,
          timer: current.entry.chatStartedAt ? chatTimer(current.entry.chatStartedAt, booth.chatMinutes, now) : null,
        }
      : null,
    waiting: waiting?.n ?? 0,
    load: await boothLoad(db, booth.id, now),
    toMark,
    featured,
  };
}

/** The roster entry of a signed-in user, or null (for the event stream, which must not refuse noisily). */
export async function graduateIdForUser(db: Queryable, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: graduates.id }).from(graduates).where(eq(graduates.userId, userId)).limit(1);
  return row?.id ?? null;
}
