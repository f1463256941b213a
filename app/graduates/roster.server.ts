import { and, asc, count, desc, eq, ilike, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { colleges, graduates } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { preparedPerDatabase } from "../../db/statement-template";
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

/** The values a staff list of graduates is filtered by; a list's statement may take them as placeholders. */
interface ListValues<N = number, S = string> {
  scopeCollegeId?: N;
  collegeId?: N;
  cohort?: N;
  like?: S;
}

function listValues(scope: StaffScope, filters: { q?: string; cohort?: number; collegeId?: number }): ListValues {
  const values: ListValues = {};
  if (scope.kind === "college") values.scopeCollegeId = scope.collegeId;
  if (filters.collegeId) values.collegeId = filters.collegeId;
  if (filters.cohort) values.cohort = filters.cohort;
  if (filters.q) values.like = likePattern(filters.q);
  return values;
}

function conditionsOf(values: ListValues<number | Placeholder, string | Placeholder>): SQL[] {
  const conditions: SQL[] = [];
  if (values.scopeCollegeId !== undefined) conditions.push(eq(graduates.collegeId, values.scopeCollegeId));
  if (values.collegeId !== undefined) conditions.push(eq(graduates.collegeId, values.collegeId));
  if (values.cohort !== undefined) conditions.push(eq(graduates.cohort, values.cohort));
  if (values.like !== undefined) {
    const either = or(ilike(graduates.name, values.like), ilike(graduates.studentNo, values.like));
    if (either) conditions.push(either);
  }
  return conditions;
}

/**
 * A staff list's parsed query (`graduateListQuery` in app/graduates/schema.ts) as the filters of one
 * page of `pageSize` graduates: an empty search is no search, and the `college` parameter names the
 * college id.
 */
export function rosterFiltersOf(
  query: { q?: string; cohort?: number; college?: number; page: number },
  pageSize: number,
): RosterFilters {
  return { q: query.q || undefined, cohort: query.cohort, collegeId: query.college, page: query.page, pageSize };
}

/**
 * The conditions every staff list of graduates starts from (roster, destinations, support): the
 * reader's scope, then the college, cohort and name or student number they filtered by.
 */
export function graduateListConditions(
  scope: StaffScope,
  filters: { q?: string; cohort?: number; collegeId?: number },
): SQL[] {
  return conditionsOf(listValues(scope, filters));
}

/**
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

/**
 * A page of the roster with its total, for the filters present (each a placeholder): prepared once
 * per combination of filters and database object, so the staff list does not rebuild its statement
 * on every visit (decision 031).
 */
function rosterPageQuery(present: (keyof ListValues)[]) {
  return preparedPerDatabase((db: Queryable) => {
    const conditions = conditionsOf(Object.fromEntries(present.map((name) => [name, sql.placeholder(name)])));
    const where = conditions.length ? and(...conditions) : undefined;
    // The total rides along with the page: one statement for the list page; a second only when the
    // page asked for lies past the end. It is a scalar subquery (counted once, from graduates alone),
    // not a window count: `count(*) over ()` made PostgreSQL join and sort every graduate in scope
    // before it could hand out the first 50 (decision 028).
    return selectRosterEntries(db, {
      total: sql<number>`(${db.select({ n: count() }).from(graduates).where(where)})`.mapWith(Number),
    })
      .where(where)
      .orderBy(desc(graduates.cohort), asc(graduates.studentNo))
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare("roster_page");
  });
}
const rosterPageQueries = new Map<string, ReturnType<typeof rosterPageQuery>>();

/** Only what a list needs: no phone or e-mail, which are shown (and audited) one graduate at a time. */
export async function listRoster(db: Queryable, scope: StaffScope, filters: RosterFilters) {
  const values = listValues(scope, filters);
  const present = Object.keys(values) as (keyof ListValues)[];
  const variant = present.join(",");
  let query = rosterPageQueries.get(variant);
  if (!query) rosterPageQueries.set(variant, (query = rosterPageQuery(present)));
  const found = await query(db).execute({
    ...values,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
  });
  const rows = found.map(({ total: _total, ...row }) => row);
  if (found.length > 0) return { rows, total: found[0]!.total };
  if (filters.page === 1) return { rows, total: 0 };
  const [total] = await db
    .select({ n: count() })
    .from(graduates)
    .where(and(...conditionsOf(values)));
  return { rows, total: total?.n ?? 0 };
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
 * The choices of a staff list's cohort and college filters for one reader: the roster's cohorts
 * and the colleges their scope covers (a college's staff see only their own).
 */
export async function graduateListChoices(db: Queryable, scope: StaffScope) {
  const { cohorts, colleges } = await rosterFilterOptions(db);
  return { cohorts, colleges: colleges.filter((college) => scopeCovers(scope, college.id)) };
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
