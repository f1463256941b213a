/**
 * Online job fairs (空中双选会): staff set a fair up, employers apply for booths, graduates register
 * (with a waitlist). Every command takes `(db, actor, input)` (decision 009) and an optional `now`
 * so the demo seed replays them at chosen times. The live queue is in ./queue.server.ts.
 */
import { and, asc, count, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  employerMembers,
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
import type { RegistrationState } from "../../vocabulary";
import { fairUpdateMail } from "../../emails/templates/fair-update";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, SystemActor, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { publishedPostingIds } from "../postings/postings.server";
import { careerCentreOrganizer } from "../school/organizer.server";
import { refuse } from "../errors";
import { decisionColumns, decisionReason } from "../staff-decision";
import type { Message } from "../i18n/messages";
import { buildInvite } from "../interviews/ical";
import { enqueueMail } from "../outbox/outbox.server";
import {
  employerOfMember,
  mailEmployerMembers,
  selectMemberAccounts,
  verifiedEmployerOf,
} from "../employers/members.server";
import { recordNoShows, requireNotBarred } from "./no-shows.server";
import { checkEligibility, isEmployerWindowOpen, liveSessions, type Eligibility } from "./rules";
import type { BoothApplicationInput, FairInput } from "./schema";
import {
  boothMachine,
  fairMachine,
  PUBLIC_FAIR_STATES,
  REGISTRATION_OPEN_STATES,
  registrationMachine,
  type FairEvent,
} from "./states";

export type Fair = typeof fairs.$inferSelect;
export type Booth = typeof fairBooths.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Who is acting

function isStaff(actor: StaffActor | UserActor | SystemActor): actor is StaffActor {
  return "scope" in actor;
}

async function fairById(db: Queryable, fairId: string, lock = false): Promise<Fair> {
  const query = db.select().from(fairs).where(eq(fairs.id, fairId)).limit(1);
  const [fair] = lock ? await query.for("update") : await query;
  if (!fair) refuse("error.notFound", { status: 404 });
  return fair;
}

/** Staff see and run school-wide fairs only with the school in scope, a college's fairs with that college. */
function staffCovers(actor: StaffActor, fair: { collegeId: number | null }): boolean {
  return fair.collegeId === null ? actor.scope.kind === "school" : scopeCovers(actor.scope, fair.collegeId);
}

/** What every page about a fair shows of it: its title and theme, its state and its days. */
export function fairHeadline(fair: typeof fairs.$inferSelect) {
  return {
    id: fair.id,
    title: fair.title,
    theme: fair.theme,
    status: fair.status,
    startsOn: fair.startsOn,
    endsOn: fair.endsOn,
  };
}

/** The fair, if the staff member runs it: 404 when unknown, 403 when not theirs. */
export async function requireFairInScope(db: Queryable, actor: StaffActor, fairId: string, lock = false) {
  const fair = await fairById(db, fairId, lock);
  if (!staffCovers(actor, fair)) refuse("error.forbidden", { status: 403 });
  return fair;
}

const employerOf = employerOfMember;

/** The graduate the actor is, for what only graduates do at a fair (register, queue): 403 otherwise. */
export async function requireFairGraduate(db: Queryable, actor: UserActor) {
  const [row] = await db.select().from(graduates).where(eq(graduates.userId, actor.userId)).limit(1);
  if (!row) refuse("fairRegistration.noGraduate", { status: 403 });
  return row;
}

// ---------------------------------------------------------------------------------------------
// Staff: fairs

function fairValues(input: FairInput) {
  return {
    title: input.title,
    theme: input.theme,
    description: input.description,
    collegeId: input.collegeId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    liveFrom: input.liveFrom,
    liveUntil: input.liveUntil,
    audience: {
      cohorts: [...new Set(input.cohorts)],
      degrees: [...new Set(input.degrees)],
      collegeIds: [...new Set(input.collegeIds)],
      majorIds: [...new Set(input.majorIds)],
    },
    graduateCapacity: input.graduateCapacity,
    waitlistMode: input.waitlistMode,
    boothCapacity: input.boothCapacity,
    employerWindowOpens: input.employerWindowOpens,
    employerWindowCloses: input.employerWindowCloses,
  };
}

/** College staff hold fairs for their own college only; school staff choose. */
function checkCollege(actor: StaffActor, collegeId: number | null) {
  if (actor.scope.kind === "college" && collegeId !== actor.scope.collegeId)
    refuse("fair.field.college.outOfScope", { field: "collegeId", status: 403 });
}

export async function createFair(db: Database, actor: StaffActor, input: FairInput & { now?: Date }) {
  checkCollege(actor, input.collegeId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fairs)
      .values({
        ...fairValues(input),
        createdBy: actor.userId,
        ...(input.now ? { createdAt: input.now, updatedAt: input.now } : {}),
      })
      .returning();
    if (!row) throw new Error("fair insert returned nothing");
    await recordAudit(tx, { actorUserId: actor.userId, action: "fair.create", subjectType: "fair", subjectId: row.id });
    return row;
  });
}

export async function updateFair(db: Database, actor: StaffActor, input: FairInput & { fairId: string }) {
  return db.transaction(async (tx) => {
    const fair = await requireFairInScope(tx, actor, input.fairId, true);
    if (fair.status === "closed") refuse("fair.notEditable");
    checkCollege(actor, input.collegeId);
    const values = fairValues(input);
    await tx
      .update(fairs)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(fairs.id, fair.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.update",
      subjectType: "fair",
      subjectId: fair.id,
    });
    // More room (or no limit any more) lets waitlisted graduates in at once on an automatic list.
    if (values.waitlistMode === "auto") await promoteWaitlisted(tx, { ...fair, ...values }, "system");
  });
}

async function approvedBoothCount(db: Queryable, fairId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, "approved")));
  return row?.n ?? 0;
}

/** Moves the fair on (open to employers, to graduates, live, closed). */
export async function changeFairStatus(
  db: Database,
  actor: StaffActor | SystemActor,
  input: { fairId: string; event: FairEvent; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const fair = isStaff(actor)
      ? await requireFairInScope(tx, actor, input.fairId, true)
      : await fairById(tx, input.fairId, true);
    const to = fairMachine.require(fair.status, input.event, isStaff(actor) ? "staff" : "system", {
      approvedBooths: await approvedBoothCount(tx, fair.id),
    });
    await tx
      .update(fairs)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(fairs.id, fair.id));
    await recordAudit(tx, {
      actorUserId: isStaff(actor) ? actor.userId : null,
      action: `fair.${input.event}`,
      subjectType: "fair",
      subjectId: fair.id,
      detail: { from: fair.status, to },
    });
    // Only a fair that went live can have booths that did not turn up.
    if (fair.status === "live" && to === "closed") await recordNoShows(tx, fair.id, now);
    return to;
  });
}

/** Fairs the staff member runs, newest first, with booth and registration counts. */
export async function listFairsForStaff(db: Queryable, actor: StaffActor) {
  const rows = await db
    .select({
      fair: fairs,
      booths: sql<number>`(select count(*)::int from ${fairBooths} where ${fairBooths.fairId} = ${fairs.id} and ${fairBooths.status} = 'approved')`,
      applied: sql<number>`(select count(*)::int from ${fairBooths} where ${fairBooths.fairId} = ${fairs.id} and ${fairBooths.status} = 'applied')`,
      registered: sql<number>`(select count(*)::int from ${fairRegistrations} where ${fairRegistrations.fairId} = ${fairs.id} and ${fairRegistrations.status} = 'registered')`,
      waitlisted: sql<number>`(select count(*)::int from ${fairRegistrations} where ${fairRegistrations.fairId} = ${fairs.id} and ${fairRegistrations.status} = 'waitlisted')`,
    })
    .from(fairs)
    .where(actor.scope.kind === "school" ? undefined : eq(fairs.collegeId, actor.scope.collegeId))
    .orderBy(desc(fairs.startsOn));
  return rows;
}

/** One fair for its staff: booths by state, the waitlist in order. */
export async function getFairForStaff(db: Queryable, actor: StaffActor, fairId: string) {
  const fair = await requireFairInScope(db, actor, fairId);
  const booths = await db
    .select({ booth: fairBooths, employerName: employers.name, employerStatus: employers.status })
    .from(fairBooths)
    .innerJoin(employers, eq(employers.id, fairBooths.employerId))
    .where(eq(fairBooths.fairId, fair.id))
    .orderBy(asc(fairBooths.createdAt));
  const waitlist = await db
    .select({
      id: fairRegistrations.id,
      seq: fairRegistrations.seq,
      name: graduates.name,
      studentNo: graduates.studentNo,
    })
    .from(fairRegistrations)
    .innerJoin(graduates, eq(graduates.id, fairRegistrations.graduateId))
    .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.status, "waitlisted")))
    .orderBy(asc(fairRegistrations.seq));
  const [registered] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.status, "registered")));
  if (waitlist.length > 0)
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: "fair.waitlist.view",
      subjectType: "fair",
      subjectId: fair.id,
      detail: { graduates: waitlist.length },
    });
  return {
    fair,
    booths,
    waitlist,
    registered: registered?.n ?? 0,
    events: fairMachine.available(fair.status, "staff", {
      approvedBooths: booths.filter((b) => b.booth.status === "approved").length,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Employers: booths

async function colleagueIds(db: Queryable, employerId: string) {
  const rows = await db
    .select({ userId: employerMembers.userId })
    .from(employerMembers)
    .where(eq(employerMembers.employerId, employerId));
  return new Set(rows.map((r) => r.userId));
}

/**
 * Applies for a booth, or applies again after a decline or withdrawal (same row: one booth per
 * employer per fair, docs/fairs.md). Only verified employers, inside the employer window, with
 * their own published postings and their own colleagues as representatives.
 */
export async function applyForBooth(
  db: Database,
  actor: UserActor,
  input: BoothApplicationInput & { fairId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const employer = await verifiedEmployerOf(tx, actor, "fairBooth.employer.unverified");
    const fair = await fairById(tx, input.fairId, true);
    if (fair.status !== "open_for_employers" && fair.status !== "open_for_graduates") refuse("fairBooth.fair.notOpen");
    await requireNotBarred(tx, employer.id, now);
    const windowOpen = isEmployerWindowOpen(fair, now);
    if (!windowOpen) refuse("fairBooth.window.closed");
    const published = await publishedPostingIds(tx, employer.id, input.postingIds);
    if (input.postingIds.some((id) => !published.has(id)))
      refuse("fairBooth.posting.notPublished", { field: "postingIds" });
    const colleagues = await colleagueIds(tx, employer.id);
    if (input.representatives.some((rep) => !colleagues.has(rep.userId)))
      refuse("fairBooth.representative.notColleague", { field: "repLinks" });

    const [existing] = await tx
      .select()
      .from(fairBooths)
      .where(and(eq(fairBooths.fairId, fair.id), eq(fairBooths.employerId, employer.id)))
      .for("update");
    let boothId: string;
    if (existing) {
      const next = boothMachine.next(existing.status, "reapply", "employer", {
        windowOpen,
        approvedBooths: 0,
        boothCapacity: fair.boothCapacity,
      });
      if (!next.ok)
        refuse(existing.status === "applied" || existing.status === "approved" ? "fairBooth.already" : next.key, {
          params: next.params,
        });
      await tx
        .update(fairBooths)
        .set({
          status: next.to,
          intro: input.intro,
          chatMinutes: input.chatMinutes,
          appliedBy: actor.userId,
          decisionReason: null,
          decidedAt: null,
          decidedBy: null,
          updatedAt: now,
        })
        .where(eq(fairBooths.id, existing.id));
      await tx.delete(fairBoothPostings).where(eq(fairBoothPostings.boothId, existing.id));
      await tx.delete(fairBoothRepresentatives).where(eq(fairBoothRepresentatives.boothId, existing.id));
      boothId = existing.id;
    } else {
      const [row] = await tx
        .insert(fairBooths)
        .values({
          fairId: fair.id,
          employerId: employer.id,
          intro: input.intro,
          chatMinutes: input.chatMinutes,
          appliedBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      // A colleague's application committed between our read and our insert.
      if (!row) refuse("fairBooth.already");
      boothId = row.id;
    }
    if (input.postingIds.length > 0)
      await tx
        .insert(fairBoothPostings)
        .values(input.postingIds.map((postingId, sort) => ({ boothId, postingId, sort })));
    await tx
      .insert(fairBoothRepresentatives)
      .values(input.representatives.map((rep) => ({ boothId, userId: rep.userId, meetingLink: rep.meetingLink })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.booth.apply",
      subjectType: "fair_booth",
      subjectId: boothId,
      detail: { fairId: fair.id, postings: input.postingIds.length, representatives: input.representatives.length },
    });
    return { boothId };
  });
}

export async function withdrawBooth(db: Database, actor: UserActor, input: { fairId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const employer = await employerOf(tx, actor);
    const fair = await fairById(tx, input.fairId);
    const [booth] = await tx
      .select()
      .from(fairBooths)
      .where(and(eq(fairBooths.fairId, input.fairId), eq(fairBooths.employerId, employer.id)))
      .for("update");
    if (!booth) refuse("error.notFound", { status: 404 });
    const to = boothMachine.require(booth.status, "withdraw", "employer", {
      windowOpen: isEmployerWindowOpen(fair, input.now ?? new Date()),
      approvedBooths: 0,
      boothCapacity: fair.boothCapacity,
    });
    await tx
      .update(fairBooths)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(fairBooths.id, booth.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.booth.withdraw",
      subjectType: "fair_booth",
      subjectId: booth.id,
    });
  });
}

/** Staff approve or decline (with a reason) a booth; the employer's members are mailed through the outbox. */
export async function decideBooth(
  db: Database,
  actor: StaffActor,
  input: { boothId: string; decision: "approve" | "decline"; reason?: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(fairBooths).where(eq(fairBooths.id, input.boothId)).for("update");
    if (!found) refuse("error.notFound", { status: 404 });
    const fair = await requireFairInScope(tx, actor, found.fairId, true);
    const reason = decisionReason(input.decision, input.reason, "fairBooth.reason.required");
    const to = boothMachine.require(found.status, input.decision, "staff", {
      windowOpen: isEmployerWindowOpen(fair, now),
      approvedBooths: await approvedBoothCount(tx, fair.id),
      boothCapacity: fair.boothCapacity,
    });
    await tx
      .update(fairBooths)
      .set({ status: to, ...decisionColumns(input.decision, reason, actor.userId, now) })
      .where(eq(fairBooths.id, found.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `fair.booth.${input.decision}`,
      subjectType: "fair_booth",
      subjectId: found.id,
      detail: { fairId: fair.id },
    });
    const kind = input.decision === "approve" ? "approved" : "declined";
    await mailEmployerMembers(tx, {
      employerId: found.employerId,
      key: `fair-booth:${found.id}:${kind}:${now.getTime()}`,
      subject: { key: `fairBooth.mail.${kind}.subject`, params: { fair: fair.title } },
      body: { key: `fairBooth.mail.${kind}.body`, params: { fair: fair.title, reason } },
      path: `/employer/fairs/${fair.id}`,
    });
    return to;
  });
}

/** The employer's view of open fairs and their own booth at each. */
export async function listFairsForEmployer(db: Queryable, actor: UserActor) {
  const employer = await employerOf(db, actor);
  const rows = await db
    .select({ fair: fairs, booth: fairBooths })
    .from(fairs)
    .leftJoin(fairBooths, and(eq(fairBooths.fairId, fairs.id), eq(fairBooths.employerId, employer.id)))
    .where(inArray(fairs.status, ["open_for_employers", "open_for_graduates", "live", "closed"]))
    .orderBy(desc(fairs.startsOn));
  return { employer, rows };
}

/** What the employer's booth form needs: their booth, published postings and colleagues. */
export async function getFairForEmployer(db: Queryable, actor: UserActor, fairId: string) {
  const employer = await employerOf(db, actor);
  const fair = await fairById(db, fairId);
  if (fair.status === "draft") refuse("error.notFound", { status: 404 });
  const [booth] = await db
    .select()
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fair.id), eq(fairBooths.employerId, employer.id)));
  const ownPostings = await db
    .select({ id: postings.id, title: postings.title })
    .from(postings)
    .where(and(eq(postings.employerId, employer.id), eq(postings.status, "published")))
    .orderBy(desc(postings.publishedAt));
  const colleagues = await selectMemberAccounts(db, { userId: users.id, name: users.displayName, email: users.email })
    .where(eq(employerMembers.employerId, employer.id))
    .orderBy(asc(users.displayName));
  const featured = booth
    ? await db.select().from(fairBoothPostings).where(eq(fairBoothPostings.boothId, booth.id))
    : [];
  const representatives = booth
    ? await db.select().from(fairBoothRepresentatives).where(eq(fairBoothRepresentatives.boothId, booth.id))
    : [];
  return {
    employer,
    fair,
    booth: booth ?? null,
    ownPostings,
    colleagues,
    featured: featured.map((f) => f.postingId),
    representatives,
    windowOpen: isEmployerWindowOpen(fair, new Date()),
  };
}

// ---------------------------------------------------------------------------------------------
// Public pages

/** Fairs graduates and visitors see: every state after draft, upcoming and live first. */
export async function listPublicFairs(db: Queryable) {
  return db
    .select({
      fair: fairs,
      booths: sql<number>`(select count(*)::int from ${fairBooths} where ${fairBooths.fairId} = ${fairs.id} and ${fairBooths.status} = 'approved')`,
    })
    .from(fairs)
    .where(inArray(fairs.status, [...PUBLIC_FAIR_STATES]))
    .orderBy(sql`case when ${fairs.status} = 'closed' then 1 else 0 end`, asc(fairs.startsOn));
}

export async function getPublicFair(db: Queryable, fairId: string) {
  const [fair] = await db
    .select()
    .from(fairs)
    .where(and(eq(fairs.id, fairId), inArray(fairs.status, [...PUBLIC_FAIR_STATES])))
    .limit(1);
  if (!fair) refuse("error.notFound", { status: 404 });
  const booths = await db
    .select({
      id: fairBooths.id,
      intro: fairBooths.intro,
      employerName: employers.name,
      industry: employers.industry,
      city: employers.city,
      // The booth's load, so a graduate sees an empty or crowded booth before joining (issue 13's
      // "empty booths with no sign of load"); the page shows it while the fair is live.
      online: sql<number>`(select count(*)::int from ${fairBoothRepresentatives} where ${fairBoothRepresentatives.boothId} = ${fairBooths.id} and ${fairBoothRepresentatives.onlineSince} is not null)`,
      waiting: sql<number>`(select count(*)::int from ${fairQueueEntries} where ${fairQueueEntries.boothId} = ${fairBooths.id} and ${fairQueueEntries.status} = 'waiting')`,
    })
    .from(fairBooths)
    .innerJoin(employers, eq(employers.id, fairBooths.employerId))
    .where(and(eq(fairBooths.fairId, fair.id), eq(fairBooths.status, "approved"), eq(employers.status, "verified")))
    .orderBy(asc(employers.name));
  const [registered] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.status, "registered")));
  return { fair, booths, registered: registered?.n ?? 0 };
}

/** An approved booth: intro, featured postings still published, representatives (names only). */
export async function getPublicBooth(db: Queryable, input: { fairId: string; boothId: string }) {
  const { fair } = await getPublicFair(db, input.fairId);
  const [booth] = await db
    .select({
      booth: fairBooths,
      employer: {
        id: employers.id,
        name: employers.name,
        industry: employers.industry,
        city: employers.city,
        description: employers.description,
        website: employers.website,
      },
    })
    .from(fairBooths)
    .innerJoin(employers, eq(employers.id, fairBooths.employerId))
    .where(
      and(
        eq(fairBooths.id, input.boothId),
        eq(fairBooths.fairId, fair.id),
        eq(fairBooths.status, "approved"),
        eq(employers.status, "verified"),
      ),
    )
    .limit(1);
  if (!booth) refuse("error.notFound", { status: 404 });
  const featured = await db
    .select({
      id: postings.id,
      title: postings.title,
      salaryMin: postings.salaryMin,
      salaryMax: postings.salaryMax,
      deadline: postings.deadline,
    })
    .from(fairBoothPostings)
    .innerJoin(postings, eq(postings.id, fairBoothPostings.postingId))
    .where(and(eq(fairBoothPostings.boothId, booth.booth.id), eq(postings.status, "published")))
    .orderBy(asc(fairBoothPostings.sort));
  const representatives = await db
    .select({ name: users.displayName, online: sql<boolean>`${fairBoothRepresentatives.onlineSince} is not null` })
    .from(fairBoothRepresentatives)
    .innerJoin(users, eq(users.id, fairBoothRepresentatives.userId))
    .where(eq(fairBoothRepresentatives.boothId, booth.booth.id))
    .orderBy(asc(users.displayName));
  return { fair, booth: booth.booth, employer: booth.employer, featured, representatives };
}

// ---------------------------------------------------------------------------------------------
// Graduates: registration and the waitlist

async function registeredCount(db: Queryable, fairId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, "registered")));
  return row?.n ?? 0;
}

async function waitlistPosition(db: Queryable, fairId: string, seq: number) {
  const [row] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(
      and(
        eq(fairRegistrations.fairId, fairId),
        eq(fairRegistrations.status, "waitlisted"),
        sql`${fairRegistrations.seq} <= ${seq}`,
      ),
    );
  return row?.n ?? 0;
}

export type RegistrationView =
  | { state: "anonymous" | "not_graduate" }
  | { state: "ineligible"; reasons: Message[] }
  | { state: "open" | "closed" }
  | { state: "registered"; registrationId: string }
  | { state: "waitlisted"; registrationId: string; position: number };

/** Where the signed-in graduate stands with a fair: the page's register panel. */
export async function registrationFor(db: Queryable, actor: UserActor | null, fair: Fair): Promise<RegistrationView> {
  if (!actor) return { state: "anonymous" };
  const [graduate] = await db.select().from(graduates).where(eq(graduates.userId, actor.userId)).limit(1);
  if (!graduate) return { state: "not_graduate" };
  const [registration] = await db
    .select()
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.graduateId, graduate.id)));
  if (registration?.status === "registered") return { state: "registered", registrationId: registration.id };
  if (registration?.status === "waitlisted")
    return {
      state: "waitlisted",
      registrationId: registration.id,
      position: await waitlistPosition(db, fair.id, registration.seq),
    };
  const eligibility: Eligibility = checkEligibility(fair, graduate);
  if (!eligibility.eligible) return { state: "ineligible", reasons: eligibility.reasons };
  return { state: REGISTRATION_OPEN_STATES.includes(fair.status) ? "open" : "closed" };
}

/**
 * Registers the graduate, or puts them on the waitlist when the fair is full. The fair row is
 * locked, so two graduates taking the last place cannot both get it. Mails the confirmation (with
 * the fair's iCalendar) or the waitlist place.
 */
export async function registerForFair(db: Database, actor: UserActor, input: { fairId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await requireFairGraduate(tx, actor);
    const fair = await fairById(tx, input.fairId, true);
    if (!REGISTRATION_OPEN_STATES.includes(fair.status)) refuse("fairRegistration.closed");
    const eligibility = checkEligibility(fair, graduate);
    if (!eligibility.eligible) {
      refuse("fairRegistration.notEligible", { status: 403, params: { reason: eligibility.reasons[0]! } });
    }
    const [existing] = await tx
      .select()
      .from(fairRegistrations)
      .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.graduateId, graduate.id)))
      .for("update");
    if (existing && existing.status !== "cancelled") refuse("fairRegistration.already");
    const full = fair.graduateCapacity !== null && (await registeredCount(tx, fair.id)) >= fair.graduateCapacity;
    const status = full ? ("waitlisted" as const) : ("registered" as const);
    let row: typeof fairRegistrations.$inferSelect | undefined;
    if (existing) {
      // Registering again after cancelling: to the end of the waitlist, a new seq.
      [row] = await tx
        .update(fairRegistrations)
        .set({
          status,
          seq: sql`nextval(pg_get_serial_sequence('fair_registrations', 'seq'))`,
          cancelledAt: null,
          updatedAt: now,
        })
        .where(eq(fairRegistrations.id, existing.id))
        .returning();
    } else {
      [row] = await tx
        .insert(fairRegistrations)
        .values({ fairId: fair.id, graduateId: graduate.id, status, createdAt: now, updatedAt: now })
        .returning();
    }
    if (!row) throw new Error("registration write returned nothing");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `fair.registration.${status}`,
      subjectType: "fair_registration",
      subjectId: row.id,
      detail: { fairId: fair.id },
    });
    const position = status === "waitlisted" ? await waitlistPosition(tx, fair.id, row.seq) : null;
    await mailRegistration(tx, fair, row, status === "registered" ? "registered" : "waitlisted", position);
    return { registrationId: row.id, status, position };
  });
}

/** The graduate cancels; on an automatic waitlist the next in order takes the place at once. */
export async function cancelRegistration(db: Database, actor: UserActor, input: { fairId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await requireFairGraduate(tx, actor);
    const fair = await fairById(tx, input.fairId, true);
    const [registration] = await tx
      .select()
      .from(fairRegistrations)
      .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.graduateId, graduate.id)))
      .for("update");
    if (!registration) refuse("error.notFound", { status: 404 });
    const to = registrationMachine.require(registration.status, "cancel", "graduate");
    await tx
      .update(fairRegistrations)
      .set({ status: to, cancelledAt: now, updatedAt: now })
      .where(eq(fairRegistrations.id, registration.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "fair.registration.cancel",
      subjectType: "fair_registration",
      subjectId: registration.id,
    });
    if (fair.waitlistMode === "auto") await promoteWaitlisted(tx, fair, "system");
  });
}

/** Staff promote one graduate from a manual (or automatic) waitlist, even over capacity: their call. */
export async function promoteRegistration(db: Database, actor: StaffActor, input: { registrationId: string }) {
  return db.transaction(async (tx) => {
    const [registration] = await tx
      .select()
      .from(fairRegistrations)
      .where(eq(fairRegistrations.id, input.registrationId))
      .for("update");
    if (!registration) refuse("error.notFound", { status: 404 });
    const fair = await requireFairInScope(tx, actor, registration.fairId, true);
    const to = registrationMachine.require(registration.status, "promote", "staff");
    await writePromotion(tx, fair, registration, to, actor);
  });
}

/** Fills free places from the waitlist in join order (the caller holds the fair's lock). */
async function promoteWaitlisted(
  tx: Queryable,
  fair: Pick<
    Fair,
    "id" | "title" | "graduateCapacity" | "startsOn" | "endsOn" | "liveFrom" | "liveUntil" | "description" | "status"
  >,
  actor: "system",
) {
  const free =
    fair.graduateCapacity === null
      ? Number.MAX_SAFE_INTEGER
      : fair.graduateCapacity - (await registeredCount(tx, fair.id));
  if (free <= 0) return 0;
  const next = await tx
    .select()
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.status, "waitlisted")))
    .orderBy(asc(fairRegistrations.seq))
    .limit(Math.min(free, 500))
    .for("update");
  for (const registration of next) {
    const step = registrationMachine.next(registration.status, "promote", actor);
    if (!step.ok) continue;
    await writePromotion(tx, fair, registration, step.to, actor);
  }
  return next.length;
}

/**
 * A registration let in from the waitlist, by staff (their call) or by the system filling free
 * places (audited as automatic): the row moves to `to`, the audit entry, the graduate's mail.
 */
async function writePromotion(
  tx: Queryable,
  fair: Parameters<typeof mailRegistration>[1],
  registration: typeof fairRegistrations.$inferSelect,
  to: RegistrationState,
  by: StaffActor | "system",
) {
  const [row] = await tx
    .update(fairRegistrations)
    .set({ status: to, promotedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(fairRegistrations.id, registration.id))
    .returning();
  await recordAudit(tx, {
    actorUserId: by === "system" ? null : by.userId,
    action: "fair.registration.promote",
    subjectType: "fair_registration",
    subjectId: registration.id,
    detail: by === "system" ? { automatic: true } : undefined,
  });
  await mailRegistration(tx, fair, row!, "promoted", null);
}

/** "就业指导中心 <no-reply@…>" → the address alone, for ORGANIZER. */
export const fairUid = (fairId: string) => `fair-${fairId}@jiuye`;

/** The fair's live hours as an iCalendar event repeated daily (RFC 5545), for the mail and /fairs/<id>.ics. */
export function fairCalendar(
  fair: Pick<Fair, "id" | "title" | "description" | "startsOn" | "endsOn" | "liveFrom" | "liveUntil" | "status">,
  attendee: { name: string; email: string } | null,
  dtstamp?: Date,
): string {
  const sessions = liveSessions(fair);
  const url = `${getEnv().publicUrl}/fairs/${fair.id}`;
  return buildInvite({
    uid: fairUid(fair.id),
    sequence: 0,
    method: fair.status === "closed" ? "CANCEL" : "REQUEST",
    start: sessions[0]!.start,
    end: sessions[0]!.end,
    dailyCount: sessions.length,
    summary: `空中双选会 Online job fair：${fair.title}`,
    description: [fair.description, url].filter(Boolean).join("\n\n"),
    url,
    organizer: careerCentreOrganizer(),
    attendees: attendee ? [attendee] : [],
    dtstamp,
  });
}

async function mailRegistration(
  tx: Queryable,
  fair: Pick<Fair, "id" | "title" | "description" | "startsOn" | "endsOn" | "liveFrom" | "liveUntil" | "status">,
  registration: typeof fairRegistrations.$inferSelect,
  kind: "registered" | "waitlisted" | "promoted",
  position: number | null,
) {
  const to = await graduateMailRecipient(tx, registration.graduateId);
  if (!to) return;
  const mail = fairUpdateMail(
    {
      subject: { key: `fairRegistration.mail.${kind}.subject`, params: { fair: fair.title } },
      body: {
        key: kind === "waitlisted" ? "fairRegistration.mail.waitlisted.body" : "fairRegistration.mail.registered.body",
        params: { fair: fair.title, position: position ?? 0 },
      },
      url: `${getEnv().publicUrl}/fairs/${fair.id}`,
      audience: "graduate",
    },
    to.locale,
  );
  const ics = kind === "waitlisted" ? null : fairCalendar(fair, { name: to.name, email: to.email });
  await enqueueMail(tx, `fair-registration:${registration.id}:${registration.seq}:${kind}:${to.email}`, {
    to: to.email,
    ...mail,
    ...(ics ? { icalEvent: { method: "REQUEST", content: ics, filename: "fair.ics" } } : {}),
  });
}

/** Graduates registered for a fair (for the staff list); not-cancelled only. */
export async function countRegistrations(db: Queryable, fairId: string) {
  const rows = await db
    .select({ status: fairRegistrations.status, n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), ne(fairRegistrations.status, "cancelled")))
    .groupBy(fairRegistrations.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<"registered" | "waitlisted", number>>;
}
