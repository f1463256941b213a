/**
 * The programme funnel report's reads (issue 14): one row per interest within the reader's scope,
 * counted by app/programmes/report.ts. Counts only, no names, so a view is not audited; college staff
 * see their college and are refused another one.
 */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { colleges, destinations, graduates, programmeInterests, programmes, programmeYears } from "../../db/schema";
import type { StaffActor } from "../auth/actor";
import { codeInfo } from "../destinations/codes";
import { refuse } from "../errors";
import { translate, type Locale } from "../i18n/messages";
import { nameFor } from "../i18n/names";
import type { FunnelState, ProgrammeSlug } from "../../vocabulary";
import {
  buildFunnelReport,
  defaultFunnelYear,
  funnelReportTables,
  type FunnelReportRow,
  type ReportFilter,
  type ReportTable,
} from "./report";

/** The college a report covers: college staff always their own; another college is refused (403). */
export function reportCollegeFor(actor: StaffActor, requested: number | null): number | null {
  if (actor.scope.kind === "college") {
    if (requested !== null && requested !== actor.scope.collegeId) refuse("error.forbidden", { status: 403 });
    return actor.scope.collegeId;
  }
  return requested;
}

/** Every interest of every programme year within the college and cohort asked for. */
export async function loadFunnelReportRows(
  db: Queryable,
  filter: { collegeId: number | null; cohort: number | null },
): Promise<FunnelReportRow[]> {
  const conditions: SQL[] = [];
  if (filter.collegeId !== null) conditions.push(eq(graduates.collegeId, filter.collegeId));
  if (filter.cohort !== null) conditions.push(eq(graduates.cohort, filter.cohort));
  const rows = await db
    .select({
      interestId: programmeInterests.id,
      graduateId: graduates.id,
      slug: programmeYears.programmeSlug,
      year: programmeYears.year,
      collegeId: graduates.collegeId,
      cohort: graduates.cohort,
      state: programmeInterests.state,
      reached: sql<
        FunnelState[]
      >`coalesce((select array_agg(distinct e.to_state) from programme_interest_events e where e.interest_id = ${programmeInterests.id}), '{}')`,
      destinationCode: destinations.code,
      destinationStatus: destinations.status,
    })
    .from(programmeInterests)
    .innerJoin(graduates, eq(graduates.id, programmeInterests.graduateId))
    .innerJoin(programmeYears, eq(programmeYears.id, programmeInterests.yearId))
    .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
    .where(conditions.length ? and(...conditions) : undefined);
  return rows.map((row) => ({ ...row, destinationStatus: row.destinationStatus ?? null }));
}

export type FunnelReportQuery = {
  slug: ProgrammeSlug | null;
  year: number | null;
  collegeId: number | null;
  cohort: number | null;
};

/**
 * The report page's data: the figures, the tables in the reader's language (the same tables the
 * workbook is written from) and the choices of the filter form.
 */
export async function viewFunnelReport(db: Queryable, actor: StaffActor, query: FunnelReportQuery, locale: Locale) {
  const collegeId = reportCollegeFor(actor, query.collegeId);
  const [rows, programmeRows, collegeRows, yearRows, cohortRows] = await Promise.all([
    loadFunnelReportRows(db, { collegeId, cohort: query.cohort }),
    db.select().from(programmes).orderBy(asc(programmes.sort)),
    db
      .select({ id: colleges.id, nameZh: colleges.nameZh, nameEn: colleges.nameEn })
      .from(colleges)
      .orderBy(asc(colleges.code)),
    db.selectDistinct({ year: programmeYears.year }).from(programmeYears).orderBy(asc(programmeYears.year)),
    db.selectDistinct({ cohort: graduates.cohort }).from(graduates).orderBy(asc(graduates.cohort)),
  ]);
  const years = yearRows.map((r) => r.year);
  const year = query.year ?? defaultFunnelYear(years);
  const filter: ReportFilter = { slug: query.slug, year, collegeId, cohort: query.cohort };
  const report = buildFunnelReport(
    rows,
    filter,
    programmeRows.map((p) => p.slug),
  );
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const tables: ReportTable[] = funnelReportTables(report, {
    t,
    programme: (slug) => {
      const row = programmeRows.find((p) => p.slug === slug);
      return row ? nameFor(locale, row) : slug;
    },
    college: (id) => {
      const row = collegeRows.find((c) => c.id === id);
      return row ? nameFor(locale, row) : String(id);
    },
    code: (code) => {
      const info = codeInfo(code);
      return `${code} ${info ? nameFor(locale, info) : ""}`.trim();
    },
  });
  return {
    filter,
    report,
    tables,
    choices: {
      programmes: programmeRows.map((p) => ({ slug: p.slug, name: nameFor(locale, p) })),
      colleges: collegeRows
        .filter((c) => actor.scope.kind === "school" || c.id === collegeId)
        .map((c) => ({ id: c.id, name: nameFor(locale, c) })),
      years,
      cohorts: cohortRows.map((r) => r.cohort),
      canPickCollege: actor.scope.kind === "school",
    },
  };
}
