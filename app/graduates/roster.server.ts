import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { colleges, graduates } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { recordAudit } from "../audit/audit.server";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { likePattern } from "../sql-text.server";
import { collegeAndMajorNames, joinCollegeAndMajor } from "./college-and-major.server";

export interface RosterFilters {
  q?: string;
  cohort?: number;
  collegeId?: number;
  page: number;
  pageSize: number;
}

/**
 * The conditions every staff list of graduates starts from (roster, destinations, support): the
 * reader's scope, then the college, cohort and name or student number they filtered by.
 */
export function graduateListConditions(
  scope: StaffScope,
  filters: { q?: string; cohort?: number; collegeId?: number },
): SQL[] {
  const conditions: SQL[] = [];
  if (scope.kind === "college") conditions.push(eq(graduates.collegeId, scope.collegeId));
  if (filters.collegeId) conditions.push(eq(graduates.collegeId, filters.collegeId));
  if (filters.cohort) conditions.push(eq(graduates.cohort, filters.cohort));
  if (filters.q) {
    const like = likePattern(filters.q);
    const either = or(ilike(graduates.name, like), ilike(graduates.studentNo, like));
    if (either) conditions.push(either);
  }
  return conditions;
}

/**
 * Roster entries as staff see them (who, cohort, college and major, activated or not), with the
 * other `columns` the caller names: the list adds nothing personal, one graduate's record does.
 */
function selectRosterEntries<T extends SelectedFields>(db: Queryable, columns: T) {
  return joinCollegeAndMajor(
    db
      .select({
        id: graduates.id,
        studentNo: graduates.studentNo,
        name: graduates.name,
        gender: graduates.gender,
        degree: graduates.degree,
        cohort: graduates.cohort,
        ...collegeAndMajorNames,
        activated: sql<boolean>`${graduates.userId} is not null`,
        ...columns,
      })
      .from(graduates)
      .$dynamic(),
  );
}

/** Only what a list needs: no phone or e-mail, which are shown (and audited) one graduate at a time. */
export async function listRoster(db: Queryable, scope: StaffScope, filters: RosterFilters) {
  const conditions = graduateListConditions(scope, filters);
  const where = conditions.length ? and(...conditions) : undefined;
  // The total rides along with the page: one statement for the list page; a second only when the
  // page asked for lies past the end. It is a scalar subquery (counted once, from graduates alone),
  // not a window count: `count(*) over ()` made PostgreSQL join and sort every graduate in scope
  // before it could hand out the first 50 (decision 028).
  const found = await selectRosterEntries(db, {
    total: sql<number>`(${db.select({ n: count() }).from(graduates).where(where)})`.mapWith(Number),
  })
    .where(where)
    .orderBy(desc(graduates.cohort), asc(graduates.studentNo))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const rows = found.map(({ total: _total, ...row }) => row);
  if (found.length > 0) return { rows, total: found[0]!.total };
  if (filters.page === 1) return { rows, total: 0 };
  const [total] = await db.select({ n: count() }).from(graduates).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function listCohorts(db: Queryable): Promise<number[]> {
  const rows = await db.selectDistinct({ cohort: graduates.cohort }).from(graduates).orderBy(desc(graduates.cohort));
  return rows.map((row) => row.cohort);
}

/**
 * The list's filter choices in one statement (issue 16's budget of 4 statements a page): the
 * cohorts on the roster, newest first, and every college by code. Read on each visit, never
 * cached, so a cohort just imported is offered at once.
 */
export async function rosterFilterOptions(
  db: Queryable,
): Promise<{ cohorts: number[]; colleges: (typeof colleges.$inferSelect)[] }> {
  const result = await db.execute<{ cohorts: unknown; colleges: unknown }>(sql`select
    (select coalesce(json_agg(c.cohort order by c.cohort desc), '[]'::json)
       from (select distinct ${graduates.cohort} as cohort from ${graduates}) c) as cohorts,
    (select coalesce(json_agg(json_build_object('id', k.id, 'code', k.code, 'nameZh', k.name_zh, 'nameEn', k.name_en)
                              order by k.code), '[]'::json)
       from ${colleges} k) as colleges`);
  // postgres.js answers execute() with the rows, PGlite with { rows }.
  const row = (Array.isArray(result) ? result : (result as unknown as { rows: Record<string, unknown>[] }).rows)[0];
  const parsed = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);
  return {
    cohorts: (parsed(row?.cohorts) as number[] | undefined) ?? [],
    colleges: (parsed(row?.colleges) as (typeof colleges.$inferSelect)[] | undefined) ?? [],
  };
}

/**
 * One graduate with personal contact data, for staff whose scope covers them. Returns null
 * when out of scope (the route answers 403) and writes the view to the audit log otherwise.
 */
export async function viewGraduateAsStaff(
  db: Queryable,
  viewer: { userId: string; scope: StaffScope },
  graduateId: string,
) {
  const row = await graduatePersonalRecord(db, graduateId);
  if (!row) return { status: "not_found" as const };
  if (!scopeCovers(viewer.scope, row.collegeId)) return { status: "forbidden" as const };
  await recordAudit(db, {
    actorUserId: viewer.userId,
    action: "graduate.view_personal",
    subjectType: "graduate",
    subjectId: row.id,
    detail: { fields: ["phone", "email", "difficulties"] },
  });
  return { status: "ok" as const, graduate: row };
}

/**
 * One graduate's roster record with their contact data and difficulties (personal: the caller checks
 * the reader's scope and writes the view to the audit log), or undefined.
 */
export async function graduatePersonalRecord(db: Queryable, graduateId: string) {
  const [row] = await selectRosterEntries(db, {
    phone: graduates.phone,
    email: graduates.email,
    difficulties: graduates.difficulties,
    collegeId: graduates.collegeId,
  })
    .where(eq(graduates.id, graduateId))
    .limit(1);
  return row;
}

/** 138****5678: enough to recognise a number, not enough to use it. */
export function maskPhone(phone: string | null): string {
  if (!phone) return "";
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}
