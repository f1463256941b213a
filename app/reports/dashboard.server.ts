import { and, asc, desc, eq, inArray, isNotNull, not, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import {
  colleges,
  destinationCodes,
  destinationEvidence,
  destinations,
  graduates,
  majors,
  rateSnapshots,
} from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor } from "../auth/actor";
import type { StaffScope } from "../auth/permissions";
import { refuse } from "../errors";
import { schoolIsoWeek } from "../time";
import { buildDashboard, findAnomalies, normOf, type DashboardRow, type ReportRow, type SchoolNorm } from "./dashboard";
import { DESTINATION_STATES, type DestinationState } from "../../vocabulary";

/**
 * The college a report covers: college staff always their own college (asking for another is a
 * 403), school staff the one they picked or the whole school (null).
 */
export function resolveReportCollege(scope: StaffScope, requested: number | undefined): number | null {
  if (scope.kind === "college") {
    if (requested !== undefined && requested !== scope.collegeId) {
      refuse("error.forbidden", { status: 403 });
    }
    return scope.collegeId;
  }
  return requested ?? null;
}

function scopeConditions(filter: { cohort: number; collegeId: number | null }): SQL[] {
  const conditions: SQL[] = [eq(graduates.cohort, filter.cohort)];
  if (filter.collegeId !== null) conditions.push(eq(graduates.collegeId, filter.collegeId));
  return conditions;
}

const asStatus = (value: unknown): DestinationState => DESTINATION_STATES.find((s) => s === value) ?? "unreported";
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * The dashboard's input for a cohort and scope in two queries. The rate and its breakdowns need
 * no one's identity, so PostgreSQL groups the graduates alike in every field the figures read
 * (30,000 graduates → a few thousand rows with a count). The anomaly checks must look at some
 * placements one by one (live placements under 12 or 76, live placements whose code needs
 * evidence but has none); those come as a second, much smaller list with names and fields.
 */
/** What a graduate is counted by (college, major, degree, gender, difficulties) and their destination. */
const BREAKDOWN_COLUMNS = {
  collegeId: graduates.collegeId,
  majorId: graduates.majorId,
  degree: graduates.degree,
  gender: graduates.gender,
  difficulties: graduates.difficulties,
  code: destinations.code,
  status: destinations.status,
  isInternship: destinations.isInternship,
  disputed: destinations.disputed,
};

export async function loadDashboardData(
  db: Queryable,
  filter: { cohort: number; collegeId: number | null },
): Promise<{ rows: DashboardRow[]; details: ReportRow[] }> {
  const scope = and(...scopeConditions(filter));
  const hasEvidence = sql`exists (select 1 from ${destinationEvidence} where ${destinationEvidence.destinationId} = ${destinations.id})`;
  const needsEvidence = sql`${destinations.code} in (select ${destinationCodes.code} from ${destinationCodes} where ${destinationCodes.placed} and ${destinationCodes.evidence} is not null and ${destinationCodes.evidence} <> 'null'::jsonb)`;
  const groupedQuery = db
    .select({
      ...BREAKDOWN_COLUMNS,
      count: sql<number>`count(*)::int`,
    })
    .from(graduates)
    .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(scope)
    .groupBy(...Object.values(BREAKDOWN_COLUMNS));
  const candidatesQuery = db
    .select({
      graduateId: graduates.id,
      studentNo: graduates.studentNo,
      name: graduates.name,
      ...BREAKDOWN_COLUMNS,
      monthlyPay: sql<string | null>`${destinations.fields}->>'monthlyPay'`,
      workProvince: sql<string | null>`${destinations.fields}->>'workProvince'`,
      employerName: destinations.employerName,
      employerCreditCode: destinations.employerCreditCode,
      hasEvidence: sql<boolean>`${hasEvidence}`,
    })
    .from(graduates)
    .innerJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(
      and(
        scope,
        isNotNull(destinations.code),
        inArray(destinations.status, ["reported", "confirmed", "verified"]),
        eq(destinations.isInternship, false),
        or(inArray(destinations.code, ["12", "76"]), and(needsEvidence, not(hasEvidence))),
      ),
    );
  // Two queries at once on two connections (PGlite runs them one after the other).
  const [grouped, candidates] = await Promise.all([groupedQuery, candidatesQuery]);
  const rows: DashboardRow[] = grouped.map((g) => ({
    graduateId: "",
    collegeId: g.collegeId,
    majorId: g.majorId,
    degree: g.degree,
    gender: g.gender,
    difficulties: asStrings(g.difficulties),
    code: g.code ?? null,
    status: asStatus(g.status),
    isInternship: g.isInternship ?? false,
    disputed: g.disputed ?? false,
    count: g.count,
  }));

  const details: ReportRow[] = candidates.map((c) => {
    const fields: Record<string, string> = {};
    if (c.monthlyPay) fields.monthlyPay = c.monthlyPay;
    if (c.workProvince) fields.workProvince = c.workProvince;
    return {
      graduateId: c.graduateId,
      studentNo: c.studentNo,
      name: c.name,
      collegeId: c.collegeId,
      majorId: c.majorId,
      degree: c.degree,
      gender: c.gender,
      difficulties: asStrings(c.difficulties),
      code: c.code,
      status: asStatus(c.status),
      isInternship: c.isInternship,
      disputed: c.disputed,
      fields,
      employerName: c.employerName,
      employerCreditCode: c.employerCreditCode,
      hasEvidence: Boolean(c.hasEvidence),
    };
  });
  return { rows, details };
}

/** One row per graduate of the cohort (and college), with their destination, in one query. */
export async function loadReportRows(
  db: Queryable,
  filter: { cohort: number; collegeId: number | null },
  only?: SQL,
): Promise<ReportRow[]> {
  const conditions = scopeConditions(filter);
  if (only) conditions.push(only);
  const rows = await db
    .select({
      graduateId: graduates.id,
      studentNo: graduates.studentNo,
      name: graduates.name,
      ...BREAKDOWN_COLUMNS,
      fields: destinations.fields,
      employerName: destinations.employerName,
      employerCreditCode: destinations.employerCreditCode,
      hasEvidence: sql<boolean>`exists (select 1 from ${destinationEvidence} where ${destinationEvidence.destinationId} = ${destinations.id})`,
    })
    .from(graduates)
    .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(and(...conditions))
    .orderBy(asc(graduates.studentNo));
  return rows.map((row) => ({
    ...row,
    difficulties: row.difficulties ?? [],
    status: asStatus(row.status),
    isInternship: row.isInternship ?? false,
    disputed: row.disputed ?? false,
    fields: row.fields ?? {},
    hasEvidence: Boolean(row.hasEvidence),
  }));
}

/** Counts per code over the whole school's cohort: aggregate numbers only, no personal data. */
export async function schoolNorm(db: Queryable, cohort: number): Promise<SchoolNorm> {
  const rows = await db
    .select({ code: destinations.code, n: sql<number>`count(*)::int` })
    .from(graduates)
    .leftJoin(
      destinations,
      and(
        eq(destinations.graduateId, graduates.id),
        eq(destinations.isInternship, false),
        inArray(destinations.status, ["reported", "confirmed", "verified"]),
      ),
    )
    .where(eq(graduates.cohort, cohort))
    .groupBy(destinations.code);
  const byCode: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    total += row.n;
    if (row.code) byCode[row.code] = row.n;
  }
  return { total, byCode };
}

export async function reportLookups(db: Queryable) {
  const [collegeRows, majorRows, cohortRows] = await Promise.all([
    db
      .select({ id: colleges.id, nameZh: colleges.nameZh, nameEn: colleges.nameEn })
      .from(colleges)
      .orderBy(asc(colleges.code)),
    db
      .select({ id: majors.id, nameZh: majors.nameZh, nameEn: majors.nameEn, collegeId: majors.collegeId })
      .from(majors),
    db.selectDistinct({ cohort: graduates.cohort }).from(graduates).orderBy(desc(graduates.cohort)),
  ]);
  return { colleges: collegeRows, majors: majorRows, cohorts: cohortRows.map((r) => r.cohort) };
}

/**
 * The dashboard for a cohort and college (null = whole school), with the anomaly checks. The
 * anomaly list names graduates, so every view is audited.
 */
/** The dashboard's figures and anomaly checks, read only (no audit entry): also what a restore is compared by. */
export async function dashboardFigures(db: Queryable, filter: { cohort: number; collegeId: number | null }) {
  const [{ rows, details }, collegeNorm] = await Promise.all([
    loadDashboardData(db, filter),
    filter.collegeId === null ? null : schoolNorm(db, filter.cohort),
  ]);
  // The whole school is its own norm; a college is compared with the school's counts.
  const norm = collegeNorm ?? normOf(rows);
  return { dashboard: buildDashboard(rows), anomalies: findAnomalies({ rows, details }, norm) };
}

export async function employmentDashboard(
  db: Queryable,
  actor: StaffActor,
  filter: { cohort: number; collegeId: number | null },
) {
  const { dashboard, anomalies } = await dashboardFigures(db, filter);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "report.view",
    subjectType: "report",
    subjectId: `${filter.cohort}:${filter.collegeId ?? "school"}`,
    detail: { cohort: filter.cohort, collegeId: filter.collegeId },
  });
  return { dashboard, anomalies };
}

export const scopeKeyOf = (collegeId: number | null) => (collegeId === null ? "school" : `college:${collegeId}`);

export async function listSnapshots(db: Queryable, filter: { cohort: number; collegeId: number | null }) {
  return db
    .select({
      isoWeek: rateSnapshots.isoWeek,
      total: rateSnapshots.total,
      placed: rateSnapshots.placed,
      unverifiedPlaced: rateSnapshots.unverifiedPlaced,
      rate: rateSnapshots.rate,
      takenAt: rateSnapshots.takenAt,
    })
    .from(rateSnapshots)
    .where(and(eq(rateSnapshots.cohort, filter.cohort), eq(rateSnapshots.scopeKey, scopeKeyOf(filter.collegeId))))
    .orderBy(asc(rateSnapshots.isoWeek))
    .limit(104);
}

/**
 * Figures of every cohort, for the whole school and each college, stored once per ISO week.
 * Idempotent: a cohort whose school snapshot for this week exists is skipped, and the unique
 * index (cohort, scope, week) makes concurrent workers harmless. Returns the rows inserted.
 */
export async function takeWeeklySnapshots(db: Queryable, now: Date = new Date()): Promise<number> {
  const week = schoolIsoWeek(now);
  const cohorts = (await db.selectDistinct({ cohort: graduates.cohort }).from(graduates)).map((r) => r.cohort);
  const done = new Set(
    (
      await db
        .select({ cohort: rateSnapshots.cohort })
        .from(rateSnapshots)
        .where(and(eq(rateSnapshots.isoWeek, week), eq(rateSnapshots.scopeKey, "school")))
    ).map((r) => r.cohort),
  );
  let inserted = 0;
  for (const cohort of cohorts) {
    if (done.has(cohort)) continue;
    const { rows } = await loadDashboardData(db, { cohort, collegeId: null });
    const scopes: { collegeId: number | null; rows: DashboardRow[] }[] = [{ collegeId: null, rows }];
    const byCollege = new Map<number, DashboardRow[]>();
    for (const row of rows) byCollege.set(row.collegeId, [...(byCollege.get(row.collegeId) ?? []), row]);
    for (const [collegeId, collegeRows] of byCollege) scopes.push({ collegeId, rows: collegeRows });
    const values = scopes.map(({ collegeId, rows: scoped }) => {
      const d = buildDashboard(scoped);
      return {
        cohort,
        scopeKey: scopeKeyOf(collegeId),
        collegeId,
        isoWeek: week,
        total: d.overall.total,
        placed: d.overall.placed,
        unverifiedPlaced: d.overall.unverifiedPlaced,
        rate: d.overall.rate,
        figures: {
          byCode: d.overall.byCode,
          groups2021: d.overall.groups2021,
          groups2024: d.overall.groups2024,
          nace: d.overall.nace,
          provisionalRate: d.provisional.rate,
        },
        takenAt: now,
      };
    });
    const result = await db
      .insert(rateSnapshots)
      .values(values)
      .onConflictDoNothing()
      .returning({ id: rateSnapshots.id });
    inserted += result.length;
  }
  return inserted;
}
