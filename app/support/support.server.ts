import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import {
  applications,
  destinationHistory,
  destinations,
  employers,
  graduates,
  postings,
  staffScopes,
  supportContacts,
  supportGoals,
  supportPlans,
  supportReferrals,
  supportSubsidies,
  users,
} from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { supportReferralMail } from "../../emails/templates/support-referral";
import { recordAudit } from "../audit/audit.server";
import { graduateListConditions, graduatePersonalRecord } from "../graduates/roster.server";
import { collegeAndMajorNames, joinCollegeAndMajor } from "../graduates/college-and-major.server";
import { likePattern } from "../sql-text.server";
import { scopeCovers } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import type { StaffActor } from "../auth/actor";
import { refuse } from "../errors";
import { enqueueMail } from "../outbox/outbox.server";
import { schoolDate } from "../time";
import { subsidyEventTo, subsidyMachine, supportPlanMachine } from "./states";
import {
  contactInstant,
  daysSince,
  isStalled,
  latestProgress,
  stallCutoff,
  type ListFilter,
  type ListSort,
} from "./rules";
import type { ContactInput, SubsidyInput } from "./schema";

/** The graduate, if the actor's scope covers them: 404 when unknown, 403 when out of scope. */
async function graduateInScope(db: Queryable, actor: StaffActor, graduateId: string) {
  const [row] = await db
    .select({ id: graduates.id, collegeId: graduates.collegeId, name: graduates.name })
    .from(graduates)
    .where(eq(graduates.id, graduateId))
    .limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  if (!scopeCovers(actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
  return row;
}

/** For actions: refuses (403/404) before any input is read when the graduate is not the actor's. */
export async function requireGraduateInScope(db: Queryable, actor: StaffActor, graduateId: string) {
  await graduateInScope(db, actor, graduateId);
}

async function planOf(db: Queryable, graduateId: string) {
  const [plan] = await db.select().from(supportPlans).where(eq(supportPlans.graduateId, graduateId)).limit(1);
  return plan ?? null;
}

/** The open plan of a graduate in scope, for changes; refuses when there is none or it is closed. */
async function openPlanFor(db: Queryable, actor: StaffActor, graduateId: string) {
  await graduateInScope(db, actor, graduateId);
  const plan = await planOf(db, graduateId);
  if (!plan) refuse("support.plan.none");
  if (plan.status !== "open") refuse("support.plan.closed");
  return plan;
}

/** Records staff-side progress on the plan: never moves the clock backwards. */
async function touch(db: Queryable, planId: string, at: Date = new Date(), now: Date = at) {
  await db
    .update(supportPlans)
    .set({
      lastActivityAt: sql`greatest(${supportPlans.lastActivityAt}, ${at.toISOString()}::timestamptz)`,
      updatedAt: now,
    })
    .where(eq(supportPlans.id, planId));
}

// ---------------------------------------------------------------------------------------------
// The list

export interface SupportListFilters {
  q?: string;
  cohort?: number;
  collegeId?: number;
  filter: ListFilter;
  sort: ListSort;
  page: number;
  pageSize: number;
}

/**
 * The latest progress of a graduate: staff-side progress on the plan (contacts, referrals, goals,
 * subsidies, opening it), and the graduate's own movement: applications and destination changes.
 */
const graduateActivity = sql<Date | null>`greatest(
  (select max(${applications.updatedAt}) from ${applications} where ${applications.graduateId} = ${graduates.id}),
  (select max(${destinationHistory.createdAt}) from ${destinationHistory} where ${destinationHistory.graduateId} = ${graduates.id})
)`;
const lastProgress = sql<Date | null>`greatest(${supportPlans.lastActivityAt}, ${graduateActivity})`;

/**
 * Graduates with difficulties (or with a plan) in the actor's scope, with their plan's state
 * and last progress; stalled plans first. The list reveals difficulty status, so each view is
 * audited with the graduates shown.
 */
export async function listSupport(
  db: Queryable,
  actor: StaffActor,
  filters: SupportListFilters,
  now: Date = new Date(),
) {
  const cutoff = stallCutoff(now).toISOString();
  const stalled = sql`(${supportPlans.status} = 'open' and ${lastProgress} < ${cutoff}::timestamptz)`;
  const base: SQL[] = [
    sql`(jsonb_array_length(${graduates.difficulties}) > 0 or ${supportPlans.id} is not null)`,
    ...graduateListConditions(actor.scope, filters),
  ];
  const conditions = [...base];
  switch (filters.filter) {
    case "stalled":
      conditions.push(stalled);
      break;
    case "open":
      conditions.push(eq(supportPlans.status, "open"));
      break;
    case "closed":
      conditions.push(eq(supportPlans.status, "closed"));
      break;
    case "none":
      conditions.push(isNull(supportPlans.id));
      break;
    case "mine":
      conditions.push(eq(supportPlans.counsellorId, actor.userId));
      break;
    case "all":
      break;
  }
  const rank = sql`case when ${stalled} then 0 when ${supportPlans.id} is null then 1 when ${supportPlans.status} = 'open' then 2 else 3 end`;
  const order =
    filters.sort === "name"
      ? [asc(graduates.name), asc(graduates.studentNo)]
      : filters.sort === "progress"
        ? [sql`${lastProgress} asc nulls first`, asc(graduates.studentNo)]
        : [asc(rank), sql`${lastProgress} asc nulls first`, asc(graduates.studentNo)];
  const counsellor = sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${supportPlans.counsellorId})`;
  const [rows, [totals]] = await Promise.all([
    joinCollegeAndMajor(
      db
        .select({
          id: graduates.id,
          studentNo: graduates.studentNo,
          name: graduates.name,
          cohort: graduates.cohort,
          difficulties: graduates.difficulties,
          ...collegeAndMajorNames,
          planStatus: supportPlans.status,
          counsellorId: supportPlans.counsellorId,
          counsellorName: counsellor,
          lastProgressAt: sql<string | null>`${lastProgress}`,
          stalled: sql<boolean>`coalesce(${stalled}, false)`,
        })
        .from(graduates)
        .$dynamic(),
    )
      .leftJoin(supportPlans, eq(supportPlans.graduateId, graduates.id))
      .where(and(...conditions))
      .orderBy(...order)
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db
      .select({
        all: count(),
        filtered: sql<number>`count(*) filter (where ${and(...conditions)})`.mapWith(Number),
        stalled: sql<number>`count(*) filter (where ${stalled})`.mapWith(Number),
        none: sql<number>`count(*) filter (where ${supportPlans.id} is null)`.mapWith(Number),
        open: sql<number>`count(*) filter (where ${supportPlans.status} = 'open')`.mapWith(Number),
        closed: sql<number>`count(*) filter (where ${supportPlans.status} = 'closed')`.mapWith(Number),
        mine: sql<number>`count(*) filter (where ${supportPlans.counsellorId} = ${actor.userId})`.mapWith(Number),
      })
      .from(graduates)
      .leftJoin(supportPlans, eq(supportPlans.graduateId, graduates.id))
      .where(and(...base)),
  ]);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "support.view_list",
    subjectType: "support_list",
    detail: { filters: { ...filters }, graduateIds: rows.map((r) => r.id), fields: ["difficulties"] },
  });
  return {
    rows: rows.map((row) => {
      const last = row.lastProgressAt ? new Date(row.lastProgressAt) : null;
      return {
        ...row,
        planStatus: row.planStatus ?? ("none" as const),
        lastProgressAt: last ? last.toISOString() : null,
        daysSinceProgress: last ? daysSince(last, now) : null,
      };
    }),
    total: totals?.filtered ?? 0,
    counts: {
      all: totals?.all ?? 0,
      stalled: totals?.stalled ?? 0,
      none: totals?.none ?? 0,
      open: totals?.open ?? 0,
      closed: totals?.closed ?? 0,
      mine: totals?.mine ?? 0,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One plan

/** Staff who may be assigned: active staff accounts whose scope covers the graduate's college. */
export async function counsellorOptions(db: Queryable, collegeId: number) {
  return db
    .select({ id: users.id, displayName: users.displayName, collegeId: staffScopes.collegeId })
    .from(users)
    .innerJoin(staffScopes, eq(staffScopes.userId, users.id))
    .where(
      and(
        eq(users.role, "staff"),
        isNull(users.disabledAt),
        or(isNull(staffScopes.collegeId), eq(staffScopes.collegeId, collegeId)),
      ),
    )
    .orderBy(sql`${staffScopes.collegeId} is null`, asc(users.displayName));
}

/**
 * Everything on one graduate's plan, with their contact data and difficulties (sensitive: the
 * view is audited). A graduate without a plan yet is shown too, so one can be opened.
 */
export async function viewSupportPlan(db: Queryable, actor: StaffActor, graduateId: string, now: Date = new Date()) {
  const graduate = await graduatePersonalRecord(db, graduateId);
  if (!graduate) refuse("error.notFound", { status: 404 });
  if (!scopeCovers(actor.scope, graduate.collegeId)) refuse("error.forbidden", { status: 403 });

  const plan = await planOf(db, graduateId);
  const [counsellors, activity, destination] = await Promise.all([
    counsellorOptions(db, graduate.collegeId),
    db
      .select({
        applications: count(),
        lastApplicationAt: sql<string | null>`max(${applications.updatedAt})`,
        lastDestinationAt: sql<
          string | null
        >`(select max(${destinationHistory.createdAt}) from ${destinationHistory} where ${destinationHistory.graduateId} = ${graduateId})`,
      })
      .from(applications)
      .where(eq(applications.graduateId, graduateId)),
    db
      .select({ code: destinations.code, status: destinations.status })
      .from(destinations)
      .where(eq(destinations.graduateId, graduateId))
      .limit(1),
  ]);

  let details: Awaited<ReturnType<typeof planDetails>> | null = null;
  if (plan) details = await planDetails(db, plan.id, graduateId);

  const own = activity[0];
  const lastProgressAt = latestProgress([plan?.lastActivityAt, own?.lastApplicationAt, own?.lastDestinationAt]);
  const state = plan ? plan.status : ("none" as const);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "support.view_plan",
    subjectType: "graduate",
    subjectId: graduateId,
    detail: { fields: ["phone", "email", "difficulties", "support_plan"], planId: plan?.id ?? null },
  });
  return {
    graduate,
    plan: plan
      ? {
          id: plan.id,
          status: plan.status,
          counsellorId: plan.counsellorId,
          counsellorName:
            counsellors.find((c) => c.id === plan.counsellorId)?.displayName ??
            (plan.counsellorId ? await displayName(db, plan.counsellorId) : null),
          closeReason: plan.closeReason,
          closedAt: plan.closedAt?.toISOString() ?? null,
          createdAt: plan.createdAt.toISOString(),
        }
      : null,
    ...(details ?? { goals: [], contacts: [], referrals: [], subsidies: [] }),
    counsellors: counsellors.map((c) => ({ id: c.id, displayName: c.displayName, schoolWide: c.collegeId === null })),
    activity: {
      applications: own?.applications ?? 0,
      lastApplicationAt: own?.lastApplicationAt ? new Date(own.lastApplicationAt).toISOString() : null,
      destinationCode: destination[0]?.code ?? null,
      destinationStatus: destination[0]?.status ?? null,
    },
    lastProgressAt: lastProgressAt?.toISOString() ?? null,
    daysSinceProgress: lastProgressAt ? daysSince(lastProgressAt, now) : null,
    stalled: isStalled({ status: state, lastProgressAt }, now),
  };
}

async function displayName(db: Queryable, userId: string) {
  const [row] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.displayName ?? null;
}

async function planDetails(db: Queryable, planId: string, graduateId: string) {
  const [goals, contacts, referrals, subsidies] = await Promise.all([
    db
      .select({
        id: supportGoals.id,
        text: supportGoals.text,
        done: supportGoals.done,
        doneAt: supportGoals.doneAt,
        createdAt: supportGoals.createdAt,
      })
      .from(supportGoals)
      .where(eq(supportGoals.planId, planId))
      .orderBy(asc(supportGoals.createdAt)),
    db
      .select({
        id: supportContacts.id,
        contactedOn: supportContacts.contactedOn,
        channel: supportContacts.channel,
        summary: supportContacts.summary,
        nextStep: supportContacts.nextStep,
        author: users.displayName,
        createdAt: supportContacts.createdAt,
      })
      .from(supportContacts)
      .leftJoin(users, eq(users.id, supportContacts.authorId))
      .where(eq(supportContacts.planId, planId))
      .orderBy(desc(supportContacts.contactedOn), desc(supportContacts.createdAt)),
    db
      .select({
        id: supportReferrals.id,
        postingId: supportReferrals.postingId,
        note: supportReferrals.note,
        createdAt: supportReferrals.createdAt,
        referredBy: users.displayName,
        postingTitle: postings.title,
        postingStatus: postings.status,
        employerName: employers.name,
        applicationStatus: applications.status,
      })
      .from(supportReferrals)
      .innerJoin(postings, eq(postings.id, supportReferrals.postingId))
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .leftJoin(users, eq(users.id, supportReferrals.referredBy))
      .leftJoin(
        applications,
        and(eq(applications.postingId, supportReferrals.postingId), eq(applications.graduateId, graduateId)),
      )
      .where(eq(supportReferrals.planId, planId))
      .orderBy(desc(supportReferrals.createdAt)),
    db
      .select({
        id: supportSubsidies.id,
        kind: supportSubsidies.kind,
        amountYuan: supportSubsidies.amountYuan,
        status: supportSubsidies.status,
        appliedOn: supportSubsidies.appliedOn,
        decidedOn: supportSubsidies.decidedOn,
        note: supportSubsidies.note,
      })
      .from(supportSubsidies)
      .where(eq(supportSubsidies.planId, planId))
      .orderBy(desc(supportSubsidies.appliedOn), desc(supportSubsidies.createdAt)),
  ]);
  return {
    goals: goals.map((g) => ({ ...g, doneAt: g.doneAt?.toISOString() ?? null, createdAt: g.createdAt.toISOString() })),
    contacts: contacts.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    referrals: referrals.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    subsidies,
  };
}

// ---------------------------------------------------------------------------------------------
// Changes: each one transaction, audited, and counted as progress. Each takes an optional `now`
// (default: this moment) so the demo seed can replay a plan's history at its own times.

async function assertCounsellor(db: Queryable, counsellorId: string, collegeId: number) {
  const options = await counsellorOptions(db, collegeId);
  if (!options.some((c) => c.id === counsellorId)) refuse("support.counsellor.invalid", { field: "counsellorId" });
}

export async function openSupportPlan(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; counsellorId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await graduateInScope(tx, actor, input.graduateId);
    await assertCounsellor(tx, input.counsellorId, graduate.collegeId);
    const existing = await planOf(tx, input.graduateId);
    if (existing) refuse("support.plan.exists");
    const [plan] = await tx
      .insert(supportPlans)
      .values({
        graduateId: input.graduateId,
        counsellorId: input.counsellorId,
        openedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
      })
      .onConflictDoNothing({ target: supportPlans.graduateId })
      .returning({ id: supportPlans.id });
    if (!plan) refuse("support.plan.exists");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.open",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, counsellorId: input.counsellorId },
      at: now,
    });
    return plan.id;
  });
}

export async function assignCounsellor(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; counsellorId: string },
) {
  await db.transaction(async (tx) => {
    const graduate = await graduateInScope(tx, actor, input.graduateId);
    const plan = await planOf(tx, input.graduateId);
    if (!plan) refuse("support.plan.none");
    await assertCounsellor(tx, input.counsellorId, graduate.collegeId);
    await tx
      .update(supportPlans)
      .set({ counsellorId: input.counsellorId, updatedAt: sql`now()` })
      .where(eq(supportPlans.id, plan.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.assign",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, from: plan.counsellorId, to: input.counsellorId },
    });
  });
}

export async function closeSupportPlan(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; reason: string; now?: Date },
) {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const to = supportPlanMachine.require(plan.status, "close", "staff");
    await tx
      .update(supportPlans)
      .set({ status: to, closeReason: input.reason, closedAt: now, updatedAt: now })
      .where(eq(supportPlans.id, plan.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.close",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, reason: input.reason },
      at: now,
    });
  });
}

export async function reopenSupportPlan(db: Database, actor: StaffActor, input: { graduateId: string }) {
  await db.transaction(async (tx) => {
    await graduateInScope(tx, actor, input.graduateId);
    const plan = await planOf(tx, input.graduateId);
    if (!plan) refuse("support.plan.none");
    const next = supportPlanMachine.next(plan.status, "reopen", "staff");
    if (!next.ok) refuse(plan.status === "open" ? "support.plan.alreadyOpen" : next.key, { params: next.params });
    // Reopening is progress: the 14 days start again from now.
    await tx
      .update(supportPlans)
      .set({ status: next.to, closeReason: null, closedAt: null, lastActivityAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(supportPlans.id, plan.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.reopen",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id },
    });
  });
}

export async function addGoal(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; text: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(supportGoals)
      .where(eq(supportGoals.planId, plan.id));
    if (n >= 30) refuse("support.goal.tooMany", { field: "goalText" });
    const [goal] = await tx
      .insert(supportGoals)
      .values({ planId: plan.id, text: input.text, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning({ id: supportGoals.id });
    await touch(tx, plan.id, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.goal_add",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, goalId: goal!.id },
      at: now,
    });
    return goal!.id;
  });
}

export async function setGoalDone(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; goalId: string; done: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const updated = await tx
      .update(supportGoals)
      .set({ done: input.done, doneAt: input.done ? now : null, updatedAt: now })
      .where(and(eq(supportGoals.id, input.goalId), eq(supportGoals.planId, plan.id)))
      .returning({ id: supportGoals.id });
    if (updated.length === 0) refuse("error.notFound", { status: 404 });
    await touch(tx, plan.id, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.goal_update",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, goalId: input.goalId, done: input.done },
      at: now,
    });
  });
}

/**
 * Removes a goal entered by mistake. Not progress (the 14 days do not start again); audited with
 * the goal's text, since the plan no longer shows it.
 */
export async function removeGoal(db: Database, actor: StaffActor, input: { graduateId: string; goalId: string }) {
  await db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const removed = await tx
      .delete(supportGoals)
      .where(and(eq(supportGoals.id, input.goalId), eq(supportGoals.planId, plan.id)))
      .returning({ id: supportGoals.id, text: supportGoals.text });
    if (removed.length === 0) refuse("error.notFound", { status: 404 });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.goal_remove",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, goalId: input.goalId, text: removed[0]!.text },
    });
  });
}

export async function logContact(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; contact: ContactInput; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const [row] = await tx
      .insert(supportContacts)
      .values({ planId: plan.id, ...input.contact, authorId: actor.userId, createdAt: now })
      .returning({ id: supportContacts.id });
    // A contact counts as progress on the day it happened, not the day it was typed in.
    await touch(tx, plan.id, contactInstant(input.contact.contactedOn, now), now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.contact",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, contactId: row!.id, channel: input.contact.channel },
      at: now,
    });
    return row!.id;
  });
}

/**
 * Recommends a published posting to the graduate and mails them (their account's address and
 * language, else the roster's address), in the same transaction. Referring twice is refused.
 */
export async function referPosting(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; postingId: string; note: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const [posting] = await tx
      .select({ id: postings.id, title: postings.title, status: postings.status, employerName: employers.name })
      .from(postings)
      .innerJoin(employers, eq(employers.id, postings.employerId))
      .where(eq(postings.id, input.postingId))
      .limit(1);
    if (!posting) refuse("support.referral.posting.unknown", { field: "postingId" });
    if (posting.status !== "published") refuse("support.referral.posting.notPublished", { field: "postingId" });
    const [referral] = await tx
      .insert(supportReferrals)
      .values({ planId: plan.id, postingId: posting.id, note: input.note, referredBy: actor.userId, createdAt: now })
      .onConflictDoNothing({ target: [supportReferrals.planId, supportReferrals.postingId] })
      .returning({ id: supportReferrals.id });
    if (!referral) refuse("support.referral.duplicate", { status: 409, field: "postingId" });
    await touch(tx, plan.id, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.refer",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, postingId: posting.id, referralId: referral.id },
      at: now,
    });

    const [recipient] = await tx
      .select({ name: graduates.name, rosterEmail: graduates.email, accountEmail: users.email, locale: users.locale })
      .from(graduates)
      .leftJoin(users, eq(users.id, graduates.userId))
      .where(eq(graduates.id, input.graduateId))
      .limit(1);
    const to = recipient?.accountEmail ?? recipient?.rosterEmail;
    let mailed = false;
    if (recipient && to) {
      const counsellorName = (await displayName(tx, actor.userId)) ?? "";
      mailed = await enqueueMail(tx, `support-referral:${referral.id}`, {
        to,
        ...supportReferralMail(
          {
            graduateName: recipient.name,
            postingTitle: posting.title,
            employerName: posting.employerName,
            note: input.note,
            counsellorName,
            url: `${getEnv().publicUrl}/jobs/${posting.id}`,
          },
          mailLocaleOf(recipient),
        ),
      });
    }
    return { referralId: referral.id, mailed };
  });
}

export async function recordSubsidy(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; subsidy: SubsidyInput; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const s = input.subsidy;
    const [row] = await tx
      .insert(supportSubsidies)
      .values({
        planId: plan.id,
        kind: s.subsidyKind,
        amountYuan: s.amountYuan,
        status: s.subsidyStatus,
        appliedOn: s.appliedOn,
        decidedOn: s.subsidyStatus === "applied" ? null : (s.decidedOn ?? schoolDate(now)),
        note: s.subsidyNote,
        recordedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: supportSubsidies.id });
    await touch(tx, plan.id, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.subsidy",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: {
        planId: plan.id,
        subsidyId: row!.id,
        kind: s.subsidyKind,
        amountYuan: s.amountYuan,
        status: s.subsidyStatus,
      },
      at: now,
    });
    return row!.id;
  });
}

export async function changeSubsidyStatus(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; subsidyId: string; status: "applied" | "granted" | "refused"; now?: Date },
) {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    const plan = await openPlanFor(tx, actor, input.graduateId);
    const [subsidy] = await tx
      .select({ id: supportSubsidies.id, status: supportSubsidies.status })
      .from(supportSubsidies)
      .where(and(eq(supportSubsidies.id, input.subsidyId), eq(supportSubsidies.planId, plan.id)))
      .limit(1);
    if (!subsidy) refuse("error.notFound", { status: 404 });
    const next = subsidyMachine.next(subsidy.status, subsidyEventTo(input.status), "staff");
    if (!next.ok) refuse("support.subsidy.transition");
    await tx
      .update(supportSubsidies)
      .set({
        status: input.status,
        decidedOn: input.status === "applied" ? null : schoolDate(now),
        updatedAt: now,
      })
      .where(eq(supportSubsidies.id, subsidy.id));
    await touch(tx, plan.id, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "support.subsidy_status",
      subjectType: "graduate",
      subjectId: input.graduateId,
      detail: { planId: plan.id, subsidyId: subsidy.id, from: subsidy.status, to: input.status },
      at: now,
    });
  });
}

/**
 * Published postings to refer, by id or by words of the title or employer name (at most 10,
 * newest first). PostgreSQL rather than Meilisearch: staff need exact, current status.
 */
export async function searchReferablePostings(db: Queryable, q: string) {
  const text = q.trim().slice(0, 60);
  if (!text) return [];
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
  const like = likePattern(text);
  const match = isId
    ? eq(postings.id, text.toLowerCase())
    : or(ilike(postings.title, like), ilike(employers.name, like));
  const rows = await db
    .select({
      id: postings.id,
      title: postings.title,
      employerName: employers.name,
      deadline: postings.deadline,
      salaryMin: postings.salaryMin,
      salaryMax: postings.salaryMax,
    })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(and(eq(postings.status, "published"), isNotNull(postings.publishedAt), match))
    .orderBy(desc(postings.publishedAt))
    .limit(10);
  return rows;
}
