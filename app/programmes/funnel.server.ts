/**
 * Interest and funnel (issue 14): one row per graduate and programme year, moved by the table in
 * app/programmes/states.ts. The graduate records their own registration on the official site and may
 * withdraw; staff of the graduate's scope move the other stages, one graduate or a list at a time.
 * Selection proposes the year's destination code through the destinations domain, where it waits for
 * the graduate's confirmation like every destination recorded on their behalf.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import { graduates, programmeInterestEvents, programmeInterests, programmes, programmeYears } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { recordDestinationOnBehalf } from "../destinations/destinations.server";
import { refuse } from "../errors";
import type { ProgrammeSlug } from "../../vocabulary";
import { funnelMachine, type FunnelEvent } from "./states";
import { ownGraduateId } from "./own-graduate.server";

async function nationalYear(db: Queryable, slug: ProgrammeSlug, year: number) {
  const [row] = await db
    .select()
    .from(programmeYears)
    .where(and(eq(programmeYears.programmeSlug, slug), eq(programmeYears.year, year), eq(programmeYears.province, "")));
  if (!row) refuse("programme.noYearRow", { status: 404, params: { year } });
  return row;
}

/** "I am interested": idempotent, a second click changes nothing. */
export async function markInterest(
  db: Database,
  actor: UserActor,
  input: { slug: ProgrammeSlug; year: number; now?: Date },
) {
  const graduateId = await ownGraduateId(db, actor);
  const year = await nationalYear(db, input.slug, input.year);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(programmeInterests)
      .values({ graduateId, yearId: year.id, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: programmeInterests.id });
    if (created) {
      await tx
        .insert(programmeInterestEvents)
        .values({ interestId: created.id, toState: "interested", actorUserId: actor.userId, at: now });
      return created.id;
    }
    const [existing] = await tx
      .select({ id: programmeInterests.id })
      .from(programmeInterests)
      .where(and(eq(programmeInterests.graduateId, graduateId), eq(programmeInterests.yearId, year.id)));
    return existing!.id;
  });
}

type Move = { event: FunnelEvent; reference?: string | null; destinationFields?: Record<string, unknown> };

async function move(
  tx: Database,
  interestId: string,
  who: { kind: "graduate"; userId: string; graduateId: string } | { kind: "staff"; actor: StaffActor },
  input: Move,
  now: Date,
) {
  const [row] = await tx
    .select({
      interest: programmeInterests,
      collegeId: graduates.collegeId,
      year: programmeYears,
      programmeNameZh: programmes.nameZh,
    })
    .from(programmeInterests)
    .innerJoin(graduates, eq(graduates.id, programmeInterests.graduateId))
    .innerJoin(programmeYears, eq(programmeYears.id, programmeInterests.yearId))
    .innerJoin(programmes, eq(programmes.slug, programmeYears.programmeSlug))
    .where(eq(programmeInterests.id, interestId))
    .for("update", { of: programmeInterests });
  if (!row) refuse("error.notFound", { status: 404 });
  if (who.kind === "graduate" && row.interest.graduateId !== who.graduateId) refuse("error.notFound", { status: 404 });
  if (who.kind === "staff" && !scopeCovers(who.actor.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
  const next = funnelMachine.next(row.interest.state, input.event, who.kind, { reference: input.reference });
  if (!next.ok)
    refuse(next.key, {
      params: next.params,
      field: next.key === "funnel.reference.required" ? "reference" : undefined,
    });
  const userId = who.kind === "graduate" ? who.userId : who.actor.userId;
  await tx
    .update(programmeInterests)
    .set({
      state: next.to,
      updatedAt: now,
      ...(input.event === "register_official" ? { officialReference: input.reference?.trim() } : {}),
    })
    .where(eq(programmeInterests.id, interestId));
  await tx.insert(programmeInterestEvents).values({ interestId, toState: next.to, actorUserId: userId, at: now });
  if (who.kind === "staff") {
    await recordAudit(tx, {
      actorUserId: userId,
      action: `programme.funnel.${input.event}`,
      subjectType: "graduate",
      subjectId: row.interest.graduateId,
      detail: { interestId, to: next.to },
    });
  }
  // Selection proposes the programme's destination; a year whose code is not confirmed proposes none.
  if (
    who.kind === "staff" &&
    next.to === "selected" &&
    row.year.destinationCodeStatus === "known" &&
    row.year.destinationCode
  ) {
    await recordDestinationOnBehalf(tx, who.actor, {
      graduateId: row.interest.graduateId,
      source: "staff",
      code: row.year.destinationCode,
      fields: { programme: row.programmeNameZh, ...input.destinationFields },
    });
  }
  return next.to;
}

/** The graduate's own step: registration on the official site (with its reference) or withdrawal. */
export async function advanceOwnInterest(
  db: Database,
  actor: UserActor,
  input: Move & { interestId: string; now?: Date },
) {
  const graduateId = await ownGraduateId(db, actor);
  return db.transaction((tx) =>
    move(tx, input.interestId, { kind: "graduate", userId: actor.userId, graduateId }, input, input.now ?? new Date()),
  );
}

/**
 * Staff move a list of interests by one event. All or nothing: one refusal (another college, a state
 * the event does not leave) refuses the whole list, so a half-applied list never needs untangling.
 */
export async function advanceInterests(
  db: Database,
  actor: StaffActor,
  input: Move & { interestIds: string[]; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const moved: string[] = [];
    for (const interestId of input.interestIds) {
      await move(tx, interestId, { kind: "staff", actor }, input, now);
      moved.push(interestId);
    }
    return moved.length;
  });
}

/** The graduate's interests with their dated stages. */
export async function listOwnInterests(db: Queryable, actor: UserActor) {
  const graduateId = await ownGraduateId(db, actor);
  const rows = await db
    .select({
      id: programmeInterests.id,
      state: programmeInterests.state,
      officialReference: programmeInterests.officialReference,
      slug: programmeYears.programmeSlug,
      year: programmeYears.year,
    })
    .from(programmeInterests)
    .innerJoin(programmeYears, eq(programmeYears.id, programmeInterests.yearId))
    .where(eq(programmeInterests.graduateId, graduateId));
  const events = rows.length
    ? await db
        .select()
        .from(programmeInterestEvents)
        .where(
          inArray(
            programmeInterestEvents.interestId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(programmeInterestEvents.at))
    : [];
  return rows.map((row) => ({ ...row, stages: events.filter((e) => e.interestId === row.id) }));
}

/** The funnel of one programme year within the staff member's scope: counts per state and the rows. */
export async function listFunnel(db: Queryable, actor: StaffActor, input: { slug: ProgrammeSlug; year: number }) {
  const year = await nationalYear(db, input.slug, input.year);
  const rows = await db
    .select({
      id: programmeInterests.id,
      state: programmeInterests.state,
      officialReference: programmeInterests.officialReference,
      updatedAt: programmeInterests.updatedAt,
      graduateId: graduates.id,
      name: graduates.name,
      studentNo: graduates.studentNo,
      collegeId: graduates.collegeId,
    })
    .from(programmeInterests)
    .innerJoin(graduates, eq(graduates.id, programmeInterests.graduateId))
    .where(eq(programmeInterests.yearId, year.id))
    .orderBy(asc(graduates.studentNo));
  const mine = rows.filter((r) => scopeCovers(actor.scope, r.collegeId));
  const counts: Record<string, number> = {};
  for (const row of mine) counts[row.state] = (counts[row.state] ?? 0) + 1;
  const [programme] = await db
    .select({ nameZh: programmes.nameZh, nameEn: programmes.nameEn })
    .from(programmes)
    .where(eq(programmes.slug, input.slug));
  return { programme: programme ?? null, rows: mine, counts };
}
