/**
 * The programme catalogue (issue 14, docs/programmes.md): programmes, their yearly (and provincial)
 * rules and windows as editable data with a source beside each value. Commands take
 * (db, actor, input) as decision 009 asks.
 */
import { and, asc, eq, gte, inArray, max } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import { counsellingTopics, programmeRules, programmes, programmeWindows, programmeYears } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, SystemActor } from "../auth/actor";
import { DomainError, refuse } from "../errors";
import { PROGRAMME_SLUGS, type ProgrammeSlug, type RuleKind, type WindowKind } from "../../vocabulary";
import { ENLISTMENT_PRECHECK_TOPIC } from "./desk";
import { CATALOGUE_PROGRAMMES, CATALOGUE_YEARS, type CatalogueYear } from "./catalogue";
import { RULE_PARAMS, type ProgrammeRule, type YearEdit } from "./schema";
import { calendarDaysBetween } from "../time";
import { windowsNow } from "./windows";
import { selectNamedWindows } from "./windows.server";

export function isProgrammeSlug(value: string | undefined): value is ProgrammeSlug {
  return (PROGRAMME_SLUGS as readonly string[]).includes(value ?? "");
}

async function insertYear(db: Queryable, year: CatalogueYear, copiedFromId: string | null = null) {
  const [row] = await db
    .insert(programmeYears)
    .values({
      programmeSlug: year.programmeSlug,
      year: year.year,
      province: year.province,
      officialUrl: year.officialUrl.value ?? null,
      officialUrlStatus: year.officialUrl.status,
      officialUrlSource: year.officialUrl.source,
      destinationCode: year.destinationCode.value ?? null,
      destinationCodeStatus: year.destinationCode.status,
      destinationCodeSource: year.destinationCode.source,
      benefitsZh: year.benefits.zh,
      benefitsEn: year.benefits.en,
      benefitsSource: year.benefits.source,
      forms: year.forms,
      copiedFromId,
    })
    .returning({ id: programmeYears.id });
  const yearId = row!.id;
  if (year.rules.length) {
    await db.insert(programmeRules).values(
      year.rules.map((rule, index) => ({
        yearId,
        kind: rule.kind,
        status: rule.status,
        params: rule.params as Record<string, unknown>,
        source: rule.source,
        noteZh: rule.noteZh ?? "",
        noteEn: rule.noteEn ?? "",
        sort: index,
      })),
    );
  }
  if (year.windows.length) {
    await db.insert(programmeWindows).values(
      year.windows.map((window) => ({
        yearId,
        kind: window.kind,
        status: window.status,
        opensOn: window.opensOn ?? null,
        closesOn: window.closesOn ?? null,
        source: window.source,
        noteZh: window.noteZh ?? "",
        noteEn: window.noteEn ?? "",
      })),
    );
  }
  return yearId;
}

/**
 * The six programmes and the seeded years (app/programmes/catalogue.ts), at boot and in the demo
 * seed. Names are kept current; a year that exists is never touched, so staff edits survive.
 */
export async function installProgrammeCatalogue(db: Database) {
  await db.transaction(async (tx) => {
    for (const programme of CATALOGUE_PROGRAMMES) {
      await tx
        .insert(programmes)
        .values(programme)
        .onConflictDoUpdate({
          target: programmes.slug,
          set: { nameZh: programme.nameZh, nameEn: programme.nameEn, sort: programme.sort },
        });
    }
    const existing = await tx
      .select({ slug: programmeYears.programmeSlug, year: programmeYears.year, province: programmeYears.province })
      .from(programmeYears);
    const have = new Set(existing.map((row) => `${row.slug}|${row.year}|${row.province}`));
    for (const year of CATALOGUE_YEARS) {
      if (!have.has(`${year.programmeSlug}|${year.year}|${year.province}`)) await insertYear(tx, year);
    }
    // Topics are the school's data: added once, never overwritten (a school may rename or retire it).
    await tx.insert(counsellingTopics).values(ENLISTMENT_PRECHECK_TOPIC).onConflictDoNothing();
  });
}

type YearRow = typeof programmeYears.$inferSelect;
type WindowRow = typeof programmeWindows.$inferSelect;
type RuleRow = typeof programmeRules.$inferSelect;

function asRule(row: RuleRow): ProgrammeRule & { id: string } {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    params: row.params,
    source: row.source,
    noteZh: row.noteZh,
    noteEn: row.noteEn,
  } as ProgrammeRule & { id: string };
}

async function detailsOf(db: Queryable, yearIds: string[]) {
  if (yearIds.length === 0) return { rules: [] as RuleRow[], windows: [] as WindowRow[] };
  const [rules, windows] = await Promise.all([
    db.select().from(programmeRules).where(inArray(programmeRules.yearId, yearIds)).orderBy(asc(programmeRules.sort)),
    db
      .select()
      .from(programmeWindows)
      .where(inArray(programmeWindows.yearId, yearIds))
      .orderBy(asc(programmeWindows.opensOn), asc(programmeWindows.kind)),
  ]);
  return { rules, windows };
}

/** Confirmed windows of national rows with their year, for countdowns and the feed. */
function datedWindows(years: YearRow[], windows: WindowRow[]) {
  const yearOf = new Map(years.map((y) => [y.id, y]));
  return windows.map((w) => ({
    ...w,
    year: yearOf.get(w.yearId)?.year ?? 0,
    province: yearOf.get(w.yearId)?.province ?? "",
  }));
}

/** The public list: each programme with its current window and the next one, on the school's calendar. */
/**
 * The programme windows closing soonest that are still open or yet to open, national rules only,
 * for the front door: one statement (the front door's budget is a few statements and one search).
 */
export async function programmeDeadlines(db: Queryable, input: { today: string; limit: number }) {
  const rows = await selectNamedWindows(db, {
    opensOn: programmeWindows.opensOn,
    closesOn: programmeWindows.closesOn,
  })
    .where(
      and(
        eq(programmes.active, true),
        eq(programmeYears.province, ""),
        eq(programmeWindows.status, "known"),
        gte(programmeWindows.closesOn, input.today),
      ),
    )
    .orderBy(asc(programmeWindows.closesOn), asc(programmes.sort))
    .limit(input.limit);
  return rows.flatMap(({ opensOn, closesOn, ...row }) =>
    opensOn && closesOn
      ? [
          {
            ...row,
            opensOn,
            closesOn,
            open: opensOn <= input.today,
            daysLeft: calendarDaysBetween(input.today, closesOn),
            daysToOpen: calendarDaysBetween(input.today, opensOn),
          },
        ]
      : [],
  );
}

export async function listProgrammes(db: Queryable, input: { today: string }) {
  const rows = await db.select().from(programmes).orderBy(asc(programmes.sort));
  const years = await db.select().from(programmeYears).where(eq(programmeYears.province, ""));
  const { windows } = await detailsOf(
    db,
    years.map((y) => y.id),
  );
  const dated = datedWindows(years, windows);
  return rows.map((programme) => {
    const own = years.filter((y) => y.programmeSlug === programme.slug);
    const ids = new Set(own.map((y) => y.id));
    return {
      ...programme,
      years: own.map((y) => y.year).sort(),
      now: windowsNow(
        dated.filter((w) => ids.has(w.yearId)),
        input.today,
      ),
    };
  });
}

/**
 * One programme's page: the year asked for (default: this school year, else the latest), national
 * or one province, with its rules and windows, and the countdown across all its national years.
 */
export async function getProgramme(
  db: Queryable,
  input: { slug: string | undefined; year?: number; province?: string; today: string },
) {
  if (!isProgrammeSlug(input.slug)) refuse("programme.unknownProgramme", { status: 404 });
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, input.slug));
  if (!programme) refuse("programme.unknownProgramme", { status: 404 });
  const years = await db
    .select()
    .from(programmeYears)
    .where(eq(programmeYears.programmeSlug, input.slug))
    .orderBy(asc(programmeYears.year), asc(programmeYears.province));
  const thisYear = Number(input.today.slice(0, 4));
  const wantedYear = input.year ?? (years.some((y) => y.year === thisYear) ? thisYear : years.at(-1)?.year);
  const province = input.province ?? "";
  const selected =
    years.find((y) => y.year === wantedYear && y.province === province) ??
    years.find((y) => y.year === wantedYear && y.province === "") ??
    null;
  const national = years.filter((y) => y.province === "");
  const ids = [...new Set([...national.map((y) => y.id), ...(selected ? [selected.id] : [])])];
  const { rules, windows } = await detailsOf(db, ids);
  const nationalIds = new Set(national.map((y) => y.id));
  return {
    programme,
    choices: years.map((y) => ({ year: y.year, province: y.province })),
    selected: selected
      ? {
          ...selected,
          rules: rules.filter((r) => r.yearId === selected.id).map(asRule),
          windows: windows.filter((w) => w.yearId === selected.id),
        }
      : null,
    now: windowsNow(
      datedWindows(national, windows).filter((w) => nationalIds.has(w.yearId)),
      input.today,
    ),
  };
}

/** Every confirmed window of a programme (all years and provinces), for the public iCalendar feed. */
export async function listProgrammeWindows(db: Queryable, input: { slug: string | undefined }) {
  if (!isProgrammeSlug(input.slug)) refuse("programme.unknownProgramme", { status: 404 });
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, input.slug));
  if (!programme) refuse("programme.unknownProgramme", { status: 404 });
  const years = await db.select().from(programmeYears).where(eq(programmeYears.programmeSlug, input.slug));
  const { windows } = await detailsOf(
    db,
    years.map((y) => y.id),
  );
  const known = datedWindows(years, windows).filter((w) => w.status === "known" && w.opensOn && w.closesOn);
  return {
    programme,
    officialUrls: new Map(years.map((y) => [y.id, y.officialUrl])),
    windows: known as (WindowRow & { year: number; province: string; opensOn: string; closesOn: string })[],
  };
}

function shiftYear(date: string | null, by: number): string | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4)) + by;
  const shifted = `${year}${date.slice(4)}`;
  // 02-29 in a year without it becomes 02-28 rather than an invalid date.
  return shifted.endsWith("-02-29") && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
    ? `${year}-02-28`
    : shifted;
}

/**
 * Copies one year's rules (national or one province) into a new year: values, statuses and sources
 * as they were, confirmed dates moved by the years between. The copy is a draft to confirm, never
 * an overwrite: a target year that exists is refused.
 */
export async function copyProgrammeYear(
  db: Database,
  actor: StaffActor,
  input: { programmeSlug: string; province: string; fromYear: number; toYear: number; toProvince?: string },
) {
  if (!isProgrammeSlug(input.programmeSlug)) refuse("programme.unknownProgramme", { field: "programmeSlug" });
  const slug = input.programmeSlug;
  // A province's own rules start as a copy of the national row (or another province's), then get edited.
  const toProvince = input.toProvince ?? input.province;
  return db.transaction(async (tx) => {
    const where = (year: number, province: string) =>
      and(eq(programmeYears.programmeSlug, slug), eq(programmeYears.year, year), eq(programmeYears.province, province));
    const [source] = await tx.select().from(programmeYears).where(where(input.fromYear, input.province));
    if (!source) refuse("programme.copy.noSource", { field: "fromYear", params: { year: input.fromYear } });
    const [clash] = await tx
      .select({ id: programmeYears.id })
      .from(programmeYears)
      .where(where(input.toYear, toProvince));
    if (clash) refuse("programme.copy.exists", { field: "toYear", params: { year: input.toYear } });
    const { rules, windows } = await detailsOf(tx, [source.id]);
    const by = input.toYear - input.fromYear;
    const yearId = await insertYear(
      tx,
      {
        programmeSlug: slug,
        year: input.toYear,
        province: toProvince,
        officialUrl: {
          status: source.officialUrlStatus,
          value: source.officialUrl ?? undefined,
          source: source.officialUrlSource,
        },
        destinationCode: {
          status: source.destinationCodeStatus,
          value: source.destinationCode ?? undefined,
          source: source.destinationCodeSource,
        },
        benefits: { zh: source.benefitsZh, en: source.benefitsEn, source: source.benefitsSource },
        forms: source.forms,
        rules: rules.map(asRule),
        windows: windows.map((w) => ({
          kind: w.kind,
          status: w.status,
          opensOn: shiftYear(w.opensOn, by) ?? undefined,
          closesOn: shiftYear(w.closesOn, by) ?? undefined,
          source: w.source,
          noteZh: w.noteZh,
          noteEn: w.noteEn,
        })),
      },
      source.id,
    );
    await tx.update(programmeYears).set({ updatedByUserId: actor.userId }).where(eq(programmeYears.id, yearId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "programme.year.copy",
      subjectType: "programme_year",
      subjectId: yearId,
      detail: { programme: slug, fromYear: input.fromYear, toYear: input.toYear, province: input.province, toProvince },
    });
    return { yearId };
  });
}

async function touchYear(db: Queryable, actor: StaffActor, yearId: string, action: string, subjectId: string) {
  await db
    .update(programmeYears)
    .set({ updatedByUserId: actor.userId, updatedAt: new Date() })
    .where(eq(programmeYears.id, yearId));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action,
    subjectType: "programme_year",
    subjectId: yearId,
    detail: { row: subjectId },
  });
}

export async function updateProgrammeWindow(
  db: Database,
  actor: StaffActor,
  input: {
    windowId: string;
    status: "known" | "unknown" | "not_required";
    opensOn: string;
    closesOn: string;
    source: string;
    noteZh: string;
    noteEn: string;
  },
) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(programmeWindows)
      .set({
        status: input.status,
        opensOn: input.opensOn || null,
        closesOn: input.closesOn || null,
        source: input.source,
        noteZh: input.noteZh,
        noteEn: input.noteEn,
      })
      .where(eq(programmeWindows.id, input.windowId))
      .returning({ yearId: programmeWindows.yearId });
    if (!row) refuse("error.notFound", { status: 404 });
    await touchYear(tx, actor, row.yearId, "programme.window.update", input.windowId);
  });
}

/**
 * A year's own values: official site, destination code, benefits and the forms checklist, each with
 * its status and source (the form checked them). A new destination code applies to selections made
 * from now on; destinations already proposed keep theirs.
 */
export async function updateProgrammeYear(db: Database, actor: StaffActor, input: Omit<YearEdit, "intent">) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(programmeYears)
      .set({
        officialUrlStatus: input.officialUrlStatus,
        officialUrl: input.officialUrl || null,
        officialUrlSource: input.officialUrlSource,
        destinationCodeStatus: input.destinationCodeStatus,
        destinationCode: input.destinationCode || null,
        destinationCodeSource: input.destinationCodeSource,
        benefitsZh: input.benefitsZh,
        benefitsEn: input.benefitsEn,
        benefitsSource: input.benefitsSource,
        forms: input.forms,
      })
      .where(eq(programmeYears.id, input.yearId))
      .returning({ id: programmeYears.id });
    if (!row) refuse("error.notFound", { status: 404 });
    await touchYear(tx, actor, row.id, "programme.year.update", row.id);
  });
}

/**
 * Adds a rule or a window to a year, unconfirmed and empty (its source and values come with the edit
 * that confirms it), after the ones it has. Never removes: a rule that stops applying is set to
 * "not required", so the record of what was checked stays.
 */
export async function addProgrammeRow(
  db: Database,
  actor: StaffActor,
  input: { yearId: string } & ({ row: "rule"; kind: RuleKind } | { row: "window"; kind: WindowKind }),
) {
  return db.transaction(async (tx) => {
    const [year] = await tx
      .select({ id: programmeYears.id })
      .from(programmeYears)
      .where(eq(programmeYears.id, input.yearId));
    if (!year) refuse("error.notFound", { status: 404 });
    let id: string;
    if (input.row === "rule") {
      const [last] = await tx
        .select({ sort: max(programmeRules.sort) })
        .from(programmeRules)
        .where(eq(programmeRules.yearId, year.id));
      const [row] = await tx
        .insert(programmeRules)
        .values({ yearId: year.id, kind: input.kind, status: "unknown", params: {}, sort: (last?.sort ?? -1) + 1 })
        .returning({ id: programmeRules.id });
      id = row!.id;
    } else {
      const [row] = await tx
        .insert(programmeWindows)
        .values({ yearId: year.id, kind: input.kind, status: "unknown" })
        .returning({ id: programmeWindows.id });
      id = row!.id;
    }
    await touchYear(tx, actor, year.id, `programme.${input.row}.add`, id);
    return { id };
  });
}

/** The form field a RULE_PARAMS issue belongs to (the age limits are one box per degree). */
function ruleField(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === "limits" && typeof second === "string") return `limit_${second}`;
  return typeof first === "string" ? first : "status";
}

/**
 * Checks a rule's parameters against its kind (the typed form already did; this is the last word,
 * for callers other than the form). A known rule must have valid ones; an unconfirmed one keeps what
 * was given.
 */
export function checkRuleParams(kind: RuleKind, status: string, params: Record<string, unknown>) {
  if (status !== "known") return params;
  const parsed = RULE_PARAMS[kind].safeParse(params);
  if (!parsed.success) {
    const errors: Record<string, { key: string }[]> = {};
    for (const issue of parsed.error.issues) {
      const field = ruleField(issue.path);
      const key = issue.message.startsWith("programme.") ? issue.message : "programme.field.params";
      (errors[field] ??= []).push({ key });
    }
    throw new DomainError(400, errors);
  }
  return parsed.data as Record<string, unknown>;
}

export async function updateProgrammeRule(
  db: Database,
  actor: StaffActor,
  input: {
    ruleId: string;
    kind: RuleKind;
    status: "known" | "unknown" | "not_required";
    params: Record<string, unknown>;
    source: string;
    noteZh: string;
    noteEn: string;
  },
) {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(programmeRules).where(eq(programmeRules.id, input.ruleId));
    if (!existing) refuse("error.notFound", { status: 404 });
    // A form of another kind (a stale page, a crafted post) must not write its shape into this rule.
    if (existing.kind !== input.kind) refuse("programme.field.kindChanged");
    if (input.status === "known" && !input.source) refuse("programme.field.sourceRequired", { field: "source" });
    const params = checkRuleParams(existing.kind, input.status, input.params);
    await tx
      .update(programmeRules)
      .set({ status: input.status, params, source: input.source, noteZh: input.noteZh, noteEn: input.noteEn })
      .where(eq(programmeRules.id, input.ruleId));
    await touchYear(tx, actor, existing.yearId, "programme.rule.update", input.ruleId);
  });
}

/** The admin page: the year and province asked for with every row to edit. */
export async function getProgrammeYearForEdit(
  db: Queryable,
  _actor: StaffActor | SystemActor,
  input: { slug: string; year: number; province: string },
) {
  if (!isProgrammeSlug(input.slug)) return null;
  const [year] = await db
    .select()
    .from(programmeYears)
    .where(
      and(
        eq(programmeYears.programmeSlug, input.slug),
        eq(programmeYears.year, input.year),
        eq(programmeYears.province, input.province),
      ),
    );
  if (!year) return null;
  const { rules, windows } = await detailsOf(db, [year.id]);
  return { year, rules, windows };
}

export async function listProgrammeYears(db: Queryable) {
  const [rows, years] = await Promise.all([
    db.select().from(programmes).orderBy(asc(programmes.sort)),
    db
      .select({ slug: programmeYears.programmeSlug, year: programmeYears.year, province: programmeYears.province })
      .from(programmeYears)
      .orderBy(asc(programmeYears.year)),
  ]);
  return rows.map((p) => ({ ...p, years: years.filter((y) => y.slug === p.slug) }));
}
