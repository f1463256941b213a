/**
 * The eligibility profile (birth date, political status, certificates: collected for the programme
 * check only, docs/programmes.md "Personal data") and the checks that read it. A graduate sees their
 * own; staff see graduates of their scope, and every staff view of political status is audited.
 */
import { and, asc, eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Database, Queryable } from "../../db/client";
import { graduateEligibilityProfiles, graduates, majors, programmeRules, programmeYears } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { refuse } from "../errors";
import type { Certificate, PoliticalStatus, ProgrammeSlug } from "../../vocabulary";
import { checkEligibility, type EligibilityProfile } from "./eligibility";
import type { ProgrammeRule } from "./schema";

/**
 * What the eligibility check reads of a graduate. Campaigns read it for every graduate of a target,
 * the pages below for one; both through `selectGraduatesWithEligibilityFacts`.
 */
const eligibilityFacts = {
  degree: graduates.degree,
  gender: graduates.gender,
  cohort: graduates.cohort,
  majorNameZh: majors.nameZh,
  birthDate: graduateEligibilityProfiles.birthDate,
  politicalStatus: graduateEligibilityProfiles.politicalStatus,
  certificates: graduateEligibilityProfiles.certificates,
  answered: graduateEligibilityProfiles.graduateId,
};

/** Graduates with the facts the eligibility check reads, and the other `columns` the caller names. */
export function selectGraduatesWithEligibilityFacts<T extends SelectedFields>(db: Queryable, columns: T) {
  return db
    .select({ ...columns, ...eligibilityFacts })
    .from(graduates)
    .leftJoin(majors, eq(majors.id, graduates.majorId))
    .leftJoin(graduateEligibilityProfiles, eq(graduateEligibilityProfiles.graduateId, graduates.id))
    .$dynamic();
}

/** A row that holds the eligibility facts: `answered` is the profile's key, null before the graduate answered. */
type EligibilityFacts = Omit<EligibilityProfile, "certificates"> & {
  certificates: Certificate[] | null;
  answered: string | null;
};

export function eligibilityProfileOf(row: EligibilityFacts): EligibilityProfile {
  return {
    degree: row.degree,
    gender: row.gender,
    cohort: row.cohort,
    majorNameZh: row.majorNameZh,
    birthDate: row.birthDate,
    politicalStatus: row.politicalStatus,
    // Not answered yet is not "holds none": the certificate rule then says "needs checking".
    certificates: row.answered ? row.certificates : null,
  };
}

async function graduateWithProfile(db: Queryable, where: ReturnType<typeof eq>) {
  const [row] = await selectGraduatesWithEligibilityFacts(db, {
    id: graduates.id,
    name: graduates.name,
    collegeId: graduates.collegeId,
  })
    .where(where)
    .limit(1);
  return row ?? null;
}

async function ownGraduate(db: Queryable, actor: UserActor) {
  const row = await graduateWithProfile(db, eq(graduates.userId, actor.userId));
  if (!row) refuse("error.forbidden", { status: 403 });
  return row;
}

/** The graduate's own profile, for the form. */
export async function getOwnEligibilityProfile(db: Queryable, actor: UserActor) {
  const row = await ownGraduate(db, actor);
  return {
    birthDate: row.birthDate,
    politicalStatus: row.politicalStatus,
    certificates: row.certificates ?? [],
    answered: Boolean(row.answered),
  };
}

export async function saveEligibilityProfile(
  db: Database,
  actor: UserActor,
  input: { birthDate: string | null; politicalStatus: PoliticalStatus | null; certificates: Certificate[] },
) {
  const row = await ownGraduate(db, actor);
  const values = {
    birthDate: input.birthDate,
    politicalStatus: input.politicalStatus,
    certificates: input.certificates,
    updatedAt: new Date(),
  };
  await db
    .insert(graduateEligibilityProfiles)
    .values({ graduateId: row.id, ...values })
    .onConflictDoUpdate({ target: graduateEligibilityProfiles.graduateId, set: values });
}

/** The rules of one national programme year (or a province's row when asked), ready for the checker. */
export async function rulesOf(db: Queryable, slug: ProgrammeSlug, year: number, province = "") {
  const [row] = await db
    .select({ id: programmeYears.id })
    .from(programmeYears)
    .where(
      and(eq(programmeYears.programmeSlug, slug), eq(programmeYears.year, year), eq(programmeYears.province, province)),
    );
  if (!row) return null;
  const rules = await db
    .select()
    .from(programmeRules)
    .where(eq(programmeRules.yearId, row.id))
    .orderBy(asc(programmeRules.sort));
  return rules.map(
    (r) =>
      ({
        kind: r.kind,
        status: r.status,
        params: r.params,
        source: r.source,
        noteZh: r.noteZh,
        noteEn: r.noteEn,
      }) as ProgrammeRule,
  );
}

/**
 * The signed-in graduate's check against one programme year; null when the year has no row or the
 * account is not linked to the roster yet (then there is nothing to check).
 */
export async function checkOwnEligibility(
  db: Queryable,
  actor: UserActor,
  input: { slug: ProgrammeSlug; year: number; province?: string },
) {
  const row = await graduateWithProfile(db, eq(graduates.userId, actor.userId));
  if (!row) return null;
  const rules = await rulesOf(db, input.slug, input.year, input.province);
  return rules ? checkEligibility(rules, eligibilityProfileOf(row), input.year) : null;
}

/**
 * Staff view of a graduate's eligibility facts and check: refused outside the staff member's scope;
 * audited, because political status is shown.
 */
export async function viewGraduateEligibility(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; slug: ProgrammeSlug; year: number },
) {
  const row = await graduateWithProfile(db, eq(graduates.id, input.graduateId));
  if (!row) refuse("error.notFound", { status: 404 });
  if (!scopeCovers(actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "programme.eligibility.view",
    subjectType: "graduate",
    subjectId: row.id,
    detail: { fields: ["birthDate", "politicalStatus", "certificates"], programme: input.slug },
  });
  const rules = await rulesOf(db, input.slug, input.year);
  return {
    graduate: { id: row.id, name: row.name, cohort: row.cohort, degree: row.degree, majorNameZh: row.majorNameZh },
    profile: { birthDate: row.birthDate, politicalStatus: row.politicalStatus, certificates: row.certificates ?? [] },
    result: rules ? checkEligibility(rules, eligibilityProfileOf(row), input.year) : null,
  };
}
