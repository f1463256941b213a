import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
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
import { resultRows, type Queryable } from "../../db/client";
import { statementTemplate } from "../../db/statement-template";
import { reviewStepsForSchool, staffQueueDecisionCount, type QueueScope } from "../agreements/agreements.server";
import { requestMemo } from "../db-outage.server";
import type { StaffActor, UserActor } from "../auth/actor";
import type { StaffScope } from "../auth/permissions";
import { stallCutoff } from "../support/rules";
import { schoolDate, schoolInstant } from "../time";
import type { TodoItem, TodoSection } from "./todo";
import { selectBookingsWithSlots } from "../counselling/bookings.server";

const LIMIT = 8;

// Each role's list is asked for twice on its home page (the menu's count in the root loader and the
// page itself): without \`now\` it is computed once per request and shared (decision 018).
const DAY_MS = 86_400_000;
// Instants arrive as Dates from a typed select and as ISO strings from JSON built by PostgreSQL.
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
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

/**
 * Several lists in one statement: each query selects a JSON object per row (`item`) and its rank
 * in the list (`ord`), and comes back as one JSON array column named by its key.
 */
function listsStatement(lists: Record<string, { as(alias: string): SQLWrapper }>): SQL {
  const columns = Object.entries(lists).map(
    ([key, list]) =>
      sql`(select coalesce(json_agg(x.item order by x.ord), '[]'::json) from ${list.as("x")}) as ${sql.identifier(key)}`,
  );
  return sql`select ${sql.join(columns, sql`, `)}`;
}

/** A JSON array column as rows (PostgreSQL's JSON; a driver that leaves it as text is parsed here). */
function listOf<T>(value: unknown): T[] {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/* ---------------------------------------------------------------- graduate */

export const graduateTodo = todoOf<UserActor>("graduate", listGraduateTodo);

// One statement for the whole list (issue 16: at most 4 per page): each section is a JSON array
// column. Its text is built once (decision 031); the graduate is a scalar subquery on the user id
// (no graduate record linked yet: the id is null and every section comes back empty).
const graduateListsStatement = statementTemplate<"userId" | "now" | "newsSince", Queryable>((value, db) => {
  const gid = sql`(select ${graduates.id} from ${graduates} where ${graduates.userId} = ${value("userId")})`;

  const interviewList = db
    .select({
      item: sql`json_build_object('status', ${interviews.status}, 'updatedAt', ${interviews.updatedAt}, 'title', ${postings.title}, 'employerName', ${employers.name})`.as(
        "item",
      ),
      ord: sql`row_number() over (order by ${interviews.updatedAt} desc)`.as("ord"),
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
    );

  const offerList = db
    .select({
      item: sql`json_build_object('updatedAt', ${applications.updatedAt}, 'title', ${postings.title}, 'employerName', ${employers.name})`.as(
        "item",
      ),
      ord: sql`row_number() over (order by ${applications.updatedAt} desc)`.as("ord"),
    })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .where(and(eq(applications.graduateId, gid), eq(applications.status, "offered")));

  const agreementList = db
    .select({
      item: sql`json_build_object('position', ${agreements.position}, 'replyDeadline', ${agreements.replyDeadline}, 'updatedAt', ${agreements.updatedAt}, 'employerName', ${employers.name})`.as(
        "item",
      ),
      ord: sql`row_number() over (order by ${agreements.updatedAt} desc)`.as("ord"),
    })
    .from(agreements)
    .innerJoin(employers, eq(employers.id, agreements.employerId))
    .where(and(eq(agreements.graduateId, gid), eq(agreements.status, "invited")));

  const destinationList = db
    .select({
      item: sql`json_build_object('status', ${destinations.status}, 'source', ${destinations.source}, 'updatedAt', ${destinations.updatedAt})`.as(
        "item",
      ),
      ord: sql`1`.as("ord"),
    })
    .from(destinations)
    .where(eq(destinations.graduateId, gid))
    .limit(1);

  const bookingList = selectBookingsWithSlots(db, {
    item: sql`json_build_object('startsAt', ${counsellingSlots.startsAt})`.as("item"),
    ord: sql`row_number() over (order by ${counsellingSlots.startsAt} asc)`.as("ord"),
  }).where(
    and(
      eq(counsellingBookings.graduateId, gid),
      eq(counsellingBookings.status, "booked"),
      gte(counsellingSlots.startsAt, value("now")),
    ),
  );

  const newsList = db
    .select({
      item: sql`json_build_object('status', ${applications.status}, 'updatedAt', ${applications.updatedAt}, 'title', ${postings.title}, 'employerName', ${employers.name})`.as(
        "item",
      ),
      ord: sql`row_number() over (order by ${applications.updatedAt} desc)`.as("ord"),
    })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .where(
      and(
        eq(applications.graduateId, gid),
        inArray(applications.status, ["viewed", "shortlisted", "interviewing", "rejected"]),
        gte(applications.updatedAt, value("newsSince")),
      ),
    )
    .orderBy(desc(applications.updatedAt))
    .limit(LIMIT);

  return listsStatement({
    interviews: interviewList,
    offers: offerList,
    agreements: agreementList,
    destination: destinationList,
    bookings: bookingList,
    news: newsList,
  });
});

async function listGraduateTodo(db: Queryable, actor: UserActor, now: Date): Promise<TodoSection[]> {
  const statement = graduateListsStatement(
    {
      userId: actor.userId,
      now: now.toISOString(),
      newsSince: new Date(now.getTime() - 14 * DAY_MS).toISOString(),
    },
    db,
  );
  const [lists] = resultRows(await db.execute(statement)) as Partial<Record<string, unknown>>[];
  const interviewRows = listOf<{ status: string; updatedAt: string; title: string; employerName: string }>(
    lists?.interviews,
  );
  const offerRows = listOf<{ updatedAt: string; title: string; employerName: string }>(lists?.offers);
  const agreementRows = listOf<{
    position: string;
    replyDeadline: string | null;
    updatedAt: string;
    employerName: string;
  }>(lists?.agreements);
  const [destination] = listOf<{ status: string; source: string; updatedAt: string }>(lists?.destination);
  const bookingRows = listOf<{ startsAt: string }>(lists?.bookings);
  const newsRows = listOf<{ status: string; updatedAt: string; title: string; employerName: string }>(lists?.news);

  const interviewItem = (r: (typeof interviewRows)[number]): TodoItem => ({
    key: r.status === "proposed" ? "todo.graduate.pickSlot" : "todo.graduate.answerReschedule",
    params: { title: r.title, employer: r.employerName },
    link: "/graduate/interviews",
    at: iso(r.updatedAt),
  });
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

// One statement for the whole list (issue 16: at most 4 per page), its text built once (decision 031).
// A user belongs to at most one employer; none yet: the id is null and every section is empty.
const employerListsStatement = statementTemplate<"userId" | "today" | "todayStart" | "weekEnd" | "horizon", Queryable>(
  (value, db) => {
    const eid = sql`(select ${employerMembers.employerId} from ${employerMembers} where ${employerMembers.userId} = ${value("userId")} limit 1)`;

    const waitingWhere = and(eq(applications.employerId, eid), inArray(applications.status, ["submitted", "viewed"]));
    const waitingList = db
      .select({
        item: sql`json_build_object('postingId', ${applications.postingId}, 'createdAt', ${applications.createdAt}, 'name', ${graduates.name}, 'title', ${postings.title})`.as(
          "item",
        ),
        ord: sql`row_number() over (order by ${applications.createdAt} asc)`.as("ord"),
      })
      .from(applications)
      .innerJoin(graduates, eq(graduates.id, applications.graduateId))
      .innerJoin(postings, eq(postings.id, applications.postingId))
      .where(waitingWhere)
      .orderBy(asc(applications.createdAt))
      .limit(LIMIT);

    const upcomingList = db
      .select({
        item: sql`json_build_object('startsAt', ${interviewSlots.startsAt}, 'name', ${graduates.name}, 'title', ${postings.title})`.as(
          "item",
        ),
        ord: sql`row_number() over (order by ${interviewSlots.startsAt} asc)`.as("ord"),
      })
      .from(interviews)
      .innerJoin(interviewSlots, eq(interviewSlots.id, interviews.chosenSlotId))
      .innerJoin(graduates, eq(graduates.id, interviews.graduateId))
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(postings, eq(postings.id, applications.postingId))
      .where(
        and(
          eq(interviews.employerId, eid),
          eq(interviews.status, "confirmed"),
          gte(interviewSlots.startsAt, value("todayStart")),
          lt(interviewSlots.startsAt, value("weekEnd")),
        ),
      );

    const agreementList = db
      .select({
        item: sql`json_build_object('status', ${agreements.status}, 'updatedAt', ${agreements.updatedAt}, 'name', ${graduates.name})`.as(
          "item",
        ),
        ord: sql`row_number() over (order by ${agreements.updatedAt} desc)`.as("ord"),
      })
      .from(agreements)
      .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
      .where(
        and(eq(agreements.employerId, eid), inArray(agreements.status, ["invited", "accepted", "college_approved"])),
      )
      .orderBy(desc(agreements.updatedAt))
      .limit(LIMIT);

    const postingList = db
      .select({
        item: sql`json_build_object('id', ${postings.id}, 'status', ${postings.status}, 'title', ${postings.title}, 'deadline', ${postings.deadline}, 'updatedAt', ${postings.updatedAt})`.as(
          "item",
        ),
        ord: sql`row_number() over (order by ${postings.updatedAt} desc)`.as("ord"),
      })
      .from(postings)
      .where(
        and(
          eq(postings.employerId, eid),
          or(
            eq(postings.status, "changes_requested"),
            and(
              eq(postings.status, "published"),
              gte(postings.deadline, value("today")),
              lte(postings.deadline, value("horizon")),
            ),
          ),
        ),
      );

    return listsStatement({
      waitingCount: db
        .select({ item: count().as("item"), ord: sql`1`.as("ord") })
        .from(applications)
        .where(waitingWhere),
      waiting: waitingList,
      upcoming: upcomingList,
      agreements: agreementList,
      postings: postingList,
    });
  },
);

async function listEmployerTodo(db: Queryable, actor: UserActor, now: Date): Promise<TodoSection[]> {
  const today = schoolDate(now);
  const todayStart = schoolInstant(today);
  const statement = employerListsStatement(
    {
      userId: actor.userId,
      today,
      todayStart: todayStart.toISOString(),
      weekEnd: new Date(todayStart.getTime() + 7 * DAY_MS).toISOString(),
      horizon: schoolDate(new Date(now.getTime() + 7 * DAY_MS)),
    },
    db,
  );
  const [lists] = resultRows(await db.execute(statement)) as Partial<Record<string, unknown>>[];
  const [waitingCount] = listOf<number>(lists?.waitingCount);
  const waiting = listOf<{ postingId: string; createdAt: string; name: string; title: string }>(lists?.waiting);
  const upcoming = listOf<{ startsAt: string; name: string; title: string }>(lists?.upcoming);
  const pendingAgreements = listOf<{ status: string; updatedAt: string; name: string }>(lists?.agreements);
  const postingRows = listOf<{ id: string; status: string; title: string; deadline: string; updatedAt: string }>(
    lists?.postings,
  );

  return [
    section(
      "todo.employer.applicants",
      waiting.map((r) => ({
        key: "todo.employer.applicant",
        params: { name: r.name, title: r.title },
        link: `/employer/postings/${r.postingId}/applicants`,
        at: iso(r.createdAt),
        days: Math.max(0, Math.floor((now.getTime() - new Date(r.createdAt).getTime()) / DAY_MS)),
      })),
      waitingCount ?? waiting.length,
    ),
    section(
      "todo.employer.interviews",
      upcoming.map((r) => ({
        key:
          schoolDate(new Date(r.startsAt)) === today ? "todo.employer.interviewToday" : "todo.employer.interviewWeek",
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

/**
 * The staff list's statement, its text built once per kind of scope and review setting (decision
 * 030): counts as scalar subqueries, today's sessions as a JSON array (issue 16: at most 4 per page).
 */
const staffListsStatements = new Map<string, ReturnType<typeof staffListsStatement>>();
function staffListsStatement(kind: StaffScope["kind"]) {
  return statementTemplate<"userId" | "collegeId" | "dayStart" | "dayEnd" | "stalledBefore", Queryable>((value, db) => {
    const scope: QueueScope =
      kind === "college" ? { kind: "college", collegeId: value("collegeId") } : { kind: "school" };
    const inScope = kind === "college" ? eq(graduates.collegeId, value("collegeId")) : undefined;
    const sessionList = selectBookingsWithSlots(db, {
      item: sql`json_build_object('startsAt', ${counsellingSlots.startsAt}, 'name', ${graduates.name})`.as("item"),
      ord: sql`row_number() over (order by ${counsellingSlots.startsAt} asc)`.as("ord"),
    })
      .innerJoin(graduates, eq(graduates.id, counsellingBookings.graduateId))
      .where(
        and(
          eq(counsellingBookings.counsellorUserId, value("userId")),
          eq(counsellingBookings.status, "booked"),
          gte(counsellingSlots.startsAt, value("dayStart")),
          lt(counsellingSlots.startsAt, value("dayEnd")),
        ),
      );
    return sql`select
    ${db.select({ n: count() }).from(postings).where(eq(postings.status, "submitted"))} as postings_waiting,
    ${db.select({ n: count() }).from(employers).where(eq(employers.status, "pending"))} as employers_waiting,
    ${staffQueueDecisionCount(db, scope)} as agreements_waiting,
    ${db
      .select({ n: count() })
      .from(destinations)
      .innerJoin(graduates, eq(graduates.id, destinations.graduateId))
      .where(and(inArray(destinations.status, ["reported", "confirmed"]), inScope))} as to_verify,
    ${db
      .select({ n: count() })
      .from(supportPlans)
      .innerJoin(graduates, eq(graduates.id, supportPlans.graduateId))
      .where(
        and(eq(supportPlans.status, "open"), lt(supportPlans.lastActivityAt, value("stalledBefore")), inScope),
      )} as stalled,
    (select coalesce(json_agg(x.item order by x.ord), '[]'::json) from ${sessionList.as("x")}) as sessions`;
  });
}

async function listStaffTodo(db: Queryable, actor: StaffActor, now: Date): Promise<TodoSection[]> {
  const today = schoolDate(now);
  const dayStart = schoolInstant(today);
  // Which agreement states staff may decide depends on the review setting: part of the text.
  const variant = `${actor.scope.kind}:${JSON.stringify(reviewStepsForSchool())}`;
  let template = staffListsStatements.get(variant);
  if (!template) staffListsStatements.set(variant, (template = staffListsStatement(actor.scope.kind)));
  const statement = template(
    {
      userId: actor.userId,
      collegeId: actor.scope.kind === "college" ? actor.scope.collegeId : null,
      dayStart: dayStart.toISOString(),
      dayEnd: new Date(dayStart.getTime() + DAY_MS).toISOString(),
      stalledBefore: stallCutoff(now).toISOString(),
    },
    db,
  );
  const row = resultRows(await db.execute(statement))[0];
  const number = (value: unknown) => Number(value ?? 0);
  const postingsWaiting = number(row?.postings_waiting);
  const employersWaiting = number(row?.employers_waiting);
  const agreementsWaiting = number(row?.agreements_waiting);
  const toVerify = number(row?.to_verify);
  const stalled = number(row?.stalled);
  const sessions = listOf<{ startsAt: string; name: string }>(row?.sessions);

  const vetting: TodoItem[] = [];
  if (postingsWaiting > 0)
    vetting.push({
      key: "todo.staff.postingsWaiting",
      params: { count: postingsWaiting },
      link: "/staff/vetting",
      at: null,
    });
  if (employersWaiting > 0)
    vetting.push({
      key: "todo.staff.employersWaiting",
      params: { count: employersWaiting },
      link: "/staff/employers",
      at: null,
    });
  const agreementItems: TodoItem[] = agreementsWaiting
    ? [
        {
          key: "todo.staff.agreementsAtStep",
          params: { count: agreementsWaiting },
          link: "/staff/agreements",
          at: null,
        },
      ]
    : [];
  const destinationItems: TodoItem[] =
    toVerify > 0
      ? [{ key: "todo.staff.destinationsToVerify", params: { count: toVerify }, link: "/staff/destinations", at: null }]
      : [];
  const supportItems: TodoItem[] =
    stalled > 0
      ? [{ key: "todo.staff.stalledPlans", params: { count: stalled }, link: "/staff/support", at: null }]
      : [];

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
