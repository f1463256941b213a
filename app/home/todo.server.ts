import { and, asc, count, desc, eq, gte, inArray, lt, lte, or } from "drizzle-orm";
import {
  agreements,
  applications,
  counsellingBookings,
  counsellingSlots,
  destinations,
  employerMembers,
  employers,
  graduates,
  interviews,
  interviewSlots,
  postings,
  supportPlans,
} from "../../db/schema";
import type { Queryable } from "../../db/client";
import { staffQueue } from "../agreements/agreements.server";
import { requestMemo } from "../db-outage.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { stallCutoff } from "../support/rules";
import { schoolDate, schoolInstant } from "../time";
import type { TodoItem, TodoSection } from "./todo";

const LIMIT = 8;

// Each role's list is asked for twice on its home page (the menu's count in the root loader and the
// page itself): without \`now\` it is computed once per request and shared (decision 018).
const DAY_MS = 86_400_000;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const section = (key: string, items: TodoItem[], total = items.length): TodoSection => ({
  key,
  items: items.slice(0, LIMIT),
  more: Math.max(0, total - Math.min(items.length, LIMIT)),
});

/** Without `now`, one list per role and reader per request (see above); with it, computed as of then. */
function todoOf<A extends { userId: string }>(
  role: string,
  list: (db: Queryable, actor: A, now: Date) => Promise<TodoSection[]>,
) {
  return (db: Queryable, actor: A, now?: Date): Promise<TodoSection[]> =>
    now ? list(db, actor, now) : requestMemo(`todo:${role}:${actor.userId}`, () => list(db, actor, new Date()));
}

/* ---------------------------------------------------------------- graduate */

export const graduateTodo = todoOf<UserActor>("graduate", listGraduateTodo);

async function listGraduateTodo(db: Queryable, actor: UserActor, now: Date): Promise<TodoSection[]> {
  const [graduate] = await db.select({ id: graduates.id }).from(graduates).where(eq(graduates.userId, actor.userId));
  if (!graduate) return [];
  const gid = graduate.id;

  const interviewRows = await db
    .select({
      id: interviews.id,
      status: interviews.status,
      rescheduledBy: interviews.rescheduledBy,
      updatedAt: interviews.updatedAt,
      title: postings.title,
      employerName: employers.name,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, interviews.employerId))
    .where(
      and(
        eq(interviews.graduateId, gid),
        or(
          eq(interviews.status, "proposed"),
          and(eq(interviews.status, "rescheduled"), eq(interviews.rescheduledBy, "employer")),
        ),
      ),
    )
    .orderBy(desc(interviews.updatedAt));
  const interviewItem = (r: (typeof interviewRows)[number]): TodoItem => ({
    key: r.status === "proposed" ? "todo.graduate.pickSlot" : "todo.graduate.answerReschedule",
    params: { title: r.title, employer: r.employerName },
    link: "/graduate/interviews",
    at: iso(r.updatedAt),
  });

  const offerRows = await db
    .select({
      id: applications.id,
      updatedAt: applications.updatedAt,
      title: postings.title,
      employerName: employers.name,
    })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .where(and(eq(applications.graduateId, gid), eq(applications.status, "offered")))
    .orderBy(desc(applications.updatedAt));

  const agreementRows = await db
    .select({
      id: agreements.id,
      position: agreements.position,
      replyDeadline: agreements.replyDeadline,
      updatedAt: agreements.updatedAt,
      employerName: employers.name,
    })
    .from(agreements)
    .innerJoin(employers, eq(employers.id, agreements.employerId))
    .where(and(eq(agreements.graduateId, gid), eq(agreements.status, "invited")))
    .orderBy(desc(agreements.updatedAt));

  const [destination] = await db
    .select({ status: destinations.status, source: destinations.source, updatedAt: destinations.updatedAt })
    .from(destinations)
    .where(eq(destinations.graduateId, gid));
  const destinationItems: TodoItem[] = [];
  if (destination?.status === "reported" && destination.source !== "graduate")
    destinationItems.push({
      key: "todo.graduate.confirmDestination",
      params: {},
      link: "/graduate/destination",
      at: iso(destination.updatedAt),
    });
  else if (destination?.status === "returned")
    destinationItems.push({
      key: "todo.graduate.fixDestination",
      params: {},
      link: "/graduate/destination",
      at: iso(destination.updatedAt),
    });

  const bookingRows = await db
    .select({ id: counsellingBookings.id, startsAt: counsellingSlots.startsAt })
    .from(counsellingBookings)
    .innerJoin(counsellingSlots, eq(counsellingSlots.id, counsellingBookings.slotId))
    .where(
      and(
        eq(counsellingBookings.graduateId, gid),
        eq(counsellingBookings.status, "booked"),
        gte(counsellingSlots.startsAt, now),
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt));

  const newsRows = await db
    .select({
      id: applications.id,
      status: applications.status,
      updatedAt: applications.updatedAt,
      title: postings.title,
      employerName: employers.name,
    })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .where(
      and(
        eq(applications.graduateId, gid),
        inArray(applications.status, ["viewed", "shortlisted", "interviewing", "rejected"]),
        gte(applications.updatedAt, new Date(now.getTime() - 14 * DAY_MS)),
      ),
    )
    .orderBy(desc(applications.updatedAt))
    .limit(LIMIT);

  return [
    section("todo.graduate.interviews", interviewRows.map(interviewItem)),
    section(
      "todo.graduate.offers",
      offerRows.map((r) => ({
        key: "todo.graduate.offer",
        params: { title: r.title, employer: r.employerName },
        link: "/graduate/applications",
        at: iso(r.updatedAt),
      })),
    ),
    section(
      "todo.graduate.agreements",
      agreementRows.map((r) => ({
        key: "todo.graduate.signAgreement",
        params: { title: r.position, employer: r.employerName },
        link: "/graduate/agreements",
        at: iso(r.replyDeadline ?? r.updatedAt),
      })),
    ),
    section("todo.graduate.destination", destinationItems),
    section(
      "todo.graduate.counselling",
      bookingRows.map((r) => ({
        key: "todo.graduate.booking",
        params: {},
        link: "/graduate/counselling",
        at: iso(r.startsAt),
      })),
    ),
    section(
      "todo.graduate.news",
      newsRows.map((r) => ({
        key: "todo.graduate.applicationNews",
        params: { title: r.title, employer: r.employerName, status: { key: `application.state.${r.status}` } },
        link: "/graduate/applications",
        at: iso(r.updatedAt),
      })),
    ),
  ].filter((s) => s.items.length > 0);
}

/* ---------------------------------------------------------------- employer */

export const employerTodo = todoOf<UserActor>("employer", listEmployerTodo);

async function listEmployerTodo(db: Queryable, actor: UserActor, now: Date): Promise<TodoSection[]> {
  const [membership] = await db
    .select({ employerId: employerMembers.employerId })
    .from(employerMembers)
    .where(eq(employerMembers.userId, actor.userId));
  if (!membership) return [];
  const eid = membership.employerId;

  const waitingWhere = and(eq(applications.employerId, eid), inArray(applications.status, ["submitted", "viewed"]));
  const [waitingCount] = await db.select({ n: count() }).from(applications).where(waitingWhere);
  const waiting = await db
    .select({
      id: applications.id,
      postingId: applications.postingId,
      createdAt: applications.createdAt,
      name: graduates.name,
      title: postings.title,
    })
    .from(applications)
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .where(waitingWhere)
    .orderBy(asc(applications.createdAt))
    .limit(LIMIT);

  const today = schoolDate(now);
  const weekEnd = new Date(schoolInstant(today).getTime() + 7 * DAY_MS);
  const upcoming = await db
    .select({ id: interviews.id, startsAt: interviewSlots.startsAt, name: graduates.name, title: postings.title })
    .from(interviews)
    .innerJoin(interviewSlots, eq(interviewSlots.id, interviews.chosenSlotId))
    .innerJoin(graduates, eq(graduates.id, interviews.graduateId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .where(
      and(
        eq(interviews.employerId, eid),
        eq(interviews.status, "confirmed"),
        gte(interviewSlots.startsAt, schoolInstant(today)),
        lt(interviewSlots.startsAt, weekEnd),
      ),
    )
    .orderBy(asc(interviewSlots.startsAt));

  const pendingAgreements = await db
    .select({ id: agreements.id, status: agreements.status, updatedAt: agreements.updatedAt, name: graduates.name })
    .from(agreements)
    .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
    .where(and(eq(agreements.employerId, eid), inArray(agreements.status, ["invited", "accepted", "college_approved"])))
    .orderBy(desc(agreements.updatedAt))
    .limit(LIMIT);

  const horizon = schoolDate(new Date(now.getTime() + 7 * DAY_MS));
  const postingRows = await db
    .select({
      id: postings.id,
      status: postings.status,
      title: postings.title,
      deadline: postings.deadline,
      updatedAt: postings.updatedAt,
    })
    .from(postings)
    .where(
      and(
        eq(postings.employerId, eid),
        or(
          eq(postings.status, "changes_requested"),
          and(eq(postings.status, "published"), gte(postings.deadline, today), lte(postings.deadline, horizon)),
        ),
      ),
    )
    .orderBy(desc(postings.updatedAt));

  return [
    section(
      "todo.employer.applicants",
      waiting.map((r) => ({
        key: "todo.employer.applicant",
        params: { name: r.name, title: r.title },
        link: `/employer/postings/${r.postingId}/applicants`,
        at: iso(r.createdAt),
        days: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / DAY_MS)),
      })),
      waitingCount?.n ?? waiting.length,
    ),
    section(
      "todo.employer.interviews",
      upcoming.map((r) => ({
        key: schoolDate(r.startsAt) === today ? "todo.employer.interviewToday" : "todo.employer.interviewWeek",
        params: { name: r.name, title: r.title },
        link: "/employer/interviews",
        at: iso(r.startsAt),
      })),
    ),
    section(
      "todo.employer.agreements",
      pendingAgreements.map((r) => ({
        key: r.status === "invited" ? "todo.employer.agreementGraduate" : "todo.employer.agreementSchool",
        params: { name: r.name },
        link: "/employer/agreements",
        at: iso(r.updatedAt),
      })),
    ),
    section(
      "todo.employer.postings",
      postingRows.map((r) => ({
        key: r.status === "changes_requested" ? "todo.employer.postingReturned" : "todo.employer.postingExpiring",
        params: { title: r.title, deadline: { date: r.deadline } },
        link: `/employer/postings/${r.id}`,
        at: iso(r.updatedAt),
      })),
    ),
  ].filter((s) => s.items.length > 0);
}

/* ---------------------------------------------------------------- staff */

export const staffTodo = todoOf<StaffActor>("staff", listStaffTodo);

async function listStaffTodo(db: Queryable, actor: StaffActor, now: Date): Promise<TodoSection[]> {
  const inScope = actor.scope.kind === "college" ? eq(graduates.collegeId, actor.scope.collegeId) : undefined;

  const [postingsWaiting] = await db.select({ n: count() }).from(postings).where(eq(postings.status, "submitted"));
  const [employersWaiting] = await db.select({ n: count() }).from(employers).where(eq(employers.status, "pending"));
  const vetting: TodoItem[] = [];
  if ((postingsWaiting?.n ?? 0) > 0)
    vetting.push({
      key: "todo.staff.postingsWaiting",
      params: { count: postingsWaiting!.n },
      link: "/staff/vetting",
      at: null,
    });
  if ((employersWaiting?.n ?? 0) > 0)
    vetting.push({
      key: "todo.staff.employersWaiting",
      params: { count: employersWaiting!.n },
      link: "/staff/employers",
      at: null,
    });

  const queue = (await staffQueue(db, actor.scope)).filter((row) => row.events.length > 0);
  const agreementItems: TodoItem[] = queue.length
    ? [{ key: "todo.staff.agreementsAtStep", params: { count: queue.length }, link: "/staff/agreements", at: null }]
    : [];

  const [toVerify] = await db
    .select({ n: count() })
    .from(destinations)
    .innerJoin(graduates, eq(graduates.id, destinations.graduateId))
    .where(and(inArray(destinations.status, ["reported", "confirmed"]), inScope));
  const destinationItems: TodoItem[] =
    (toVerify?.n ?? 0) > 0
      ? [
          {
            key: "todo.staff.destinationsToVerify",
            params: { count: toVerify!.n },
            link: "/staff/destinations",
            at: null,
          },
        ]
      : [];

  const [stalled] = await db
    .select({ n: count() })
    .from(supportPlans)
    .innerJoin(graduates, eq(graduates.id, supportPlans.graduateId))
    .where(and(eq(supportPlans.status, "open"), lt(supportPlans.lastActivityAt, stallCutoff(now)), inScope));
  const supportItems: TodoItem[] =
    (stalled?.n ?? 0) > 0
      ? [{ key: "todo.staff.stalledPlans", params: { count: stalled!.n }, link: "/staff/support", at: null }]
      : [];

  const today = schoolDate(now);
  const sessions = await db
    .select({ id: counsellingBookings.id, startsAt: counsellingSlots.startsAt, name: graduates.name })
    .from(counsellingBookings)
    .innerJoin(counsellingSlots, eq(counsellingSlots.id, counsellingBookings.slotId))
    .innerJoin(graduates, eq(graduates.id, counsellingBookings.graduateId))
    .where(
      and(
        eq(counsellingBookings.counsellorUserId, actor.userId),
        eq(counsellingBookings.status, "booked"),
        gte(counsellingSlots.startsAt, schoolInstant(today)),
        lt(counsellingSlots.startsAt, new Date(schoolInstant(today).getTime() + DAY_MS)),
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt));

  return [
    section("todo.staff.vetting", vetting),
    section("todo.staff.agreements", agreementItems),
    section("todo.staff.destinations", destinationItems),
    section("todo.staff.support", supportItems),
    section(
      "todo.staff.counselling",
      sessions.map((r) => ({
        key: "todo.staff.session",
        params: { name: r.name },
        link: "/staff/counselling",
        at: iso(r.startsAt),
      })),
    ),
  ].filter((s) => s.items.length > 0);
}

/** The number beside the role's home in the menu: every open item of its list. */
export function todoTotal(sections: TodoSection[]): number {
  return sections.reduce(
    (n, s) =>
      n + s.items.reduce((m, item) => m + (typeof item.params.count === "number" ? item.params.count : 1), 0) + s.more,
    0,
  );
}
