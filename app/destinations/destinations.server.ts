import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Database, Queryable } from "../../db/client";
import { excludedValues } from "../../db/upsert";
import {
  agreementEvents,
  agreements,
  destinationCodes,
  destinationEvidence,
  destinationHistory,
  destinations,
  graduates,
  type DestinationSource,
} from "../../db/schema";
import { destinationUpdateMail } from "../../emails/templates/destination-update";
import { recordAudit } from "../audit/audit.server";
import { readUploadAudited } from "../audit/audited-upload.server";
import { graduateListConditions } from "../graduates/roster.server";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { collegeAndMajorNames, joinCollegeAndMajor } from "../graduates/college-and-major.server";
import type { StaffActor, SystemActor, UserActor } from "../auth/actor";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { parseCreditCode } from "../employers/credit-code";
import { DomainError, fieldErrorsOf, refuse, type FieldErrors } from "../errors";
import { nameFor } from "../i18n/names";
import { enqueueMail } from "../outbox/outbox.server";
import { readUpload, storeUpload } from "../files/uploads.server";
import { PROVINCES } from "../school/regions";
import { isCalendarDate } from "../time";
import { codeInfo, DESTINATION_CODES, type DestinationField } from "./codes";
import { destinationNext, destinationRequire, type DestinationActor, type DestinationEvent } from "./states";

/** Copies the code list (data in app/destinations/codes.ts) into destination_codes. Idempotent. */
export async function syncDestinationCodes(db: Queryable) {
  await db
    .insert(destinationCodes)
    .values(
      DESTINATION_CODES.map((c, i) => ({
        code: c.code,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        placed: c.placed,
        group2021: c.group2021,
        group2024: c.group2024,
        requiredFields: [...c.requiredFields],
        evidence: c.evidence,
        sortOrder: i,
      })),
    )
    .onConflictDoUpdate({
      target: destinationCodes.code,
      set: excludedValues(destinationCodes, [
        "nameZh",
        "nameEn",
        "placed",
        "group2021",
        "group2024",
        "requiredFields",
        "evidence",
        "sortOrder",
      ]),
    });
}

// The code table must be filled before the first destination refers to it. Start-up and the seed
// sync it; this covers databases that were migrated but never booted (tests, scripts).
const synced = new WeakSet<object>();
async function ensureCodes(db: Queryable) {
  if (synced.has(db)) return;
  const [row] = await db.select({ n: count() }).from(destinationCodes);
  if ((row?.n ?? 0) < DESTINATION_CODES.length) await syncDestinationCodes(db);
  synced.add(db);
}

/**
 * The active destination codes, with what the destination form shows and asks of each
 * (app/components/destination-fields.tsx): both destination pages hand them to it as they are.
 */
export async function listDestinationCodes(db: Queryable) {
  await ensureCodes(db);
  return db
    .select({
      code: destinationCodes.code,
      nameZh: destinationCodes.nameZh,
      nameEn: destinationCodes.nameEn,
      requiredFields: destinationCodes.requiredFields,
      evidence: destinationCodes.evidence,
    })
    .from(destinationCodes)
    .where(eq(destinationCodes.active, true))
    .orderBy(asc(destinationCodes.sortOrder));
}

export type DestinationCodeRow = Awaited<ReturnType<typeof listDestinationCodes>>[number];

const required = (max = 100) =>
  z
    .string({ error: "destination.field.required" })
    .trim()
    .min(1, "destination.field.required")
    .max(max, "destination.field.tooLong");

const FIELD_SCHEMAS: Record<DestinationField, z.ZodType<string>> = {
  employerName: required(100).refine((v) => v.length >= 2, "destination.field.required"),
  employerCreditCode: z
    .string({ error: "destination.field.required" })
    .trim()
    .min(1, "destination.field.required")
    .transform((value, ctx) => {
      const parsed = parseCreditCode(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: "destination.field.creditCode" });
        return z.NEVER;
      }
      return parsed.code;
    }),
  workProvince: z
    .string({ error: "destination.field.required" })
    .refine((v) => PROVINCES.includes(v), "destination.field.province"),
  workCity: required(30),
  startDate: z
    .string({ error: "destination.field.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "destination.field.date")
    .refine(isCalendarDate, "destination.field.date"),
  monthlyPay: z
    .string({ error: "destination.field.required" })
    .trim()
    .regex(/^\d{1,7}$/, "destination.field.pay")
    .refine((v) => Number(v) > 0 && Number(v) <= 1_000_000, "destination.field.pay"),
  occupation: required(),
  enlistmentPlace: required(),
  programme: required(),
  serviceProvince: z
    .string({ error: "destination.field.required" })
    .refine((v) => PROVINCES.includes(v), "destination.field.province"),
  businessName: required(),
  businessRegistrationOrShopUrl: required(200),
  schoolName: required(),
  programmeName: required(),
  country: required(60),
};

export const ALL_DESTINATION_FIELDS = Object.keys(FIELD_SCHEMAS) as DestinationField[];

/** The fields a code needs, validated; unknown and unneeded fields are dropped. */
export function parseDestinationFields(
  requiredFields: readonly string[],
  raw: Record<string, unknown>,
): { ok: true; fields: Record<string, string> } | { ok: false; errors: FieldErrors } {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of requiredFields) {
    const schema = FIELD_SCHEMAS[field as DestinationField];
    if (schema) shape[field] = schema;
  }
  const result = z.object(shape).safeParse(raw);
  if (!result.success) return { ok: false, errors: fieldErrorsOf(result.error) };
  return { ok: true, fields: result.data as Record<string, string> };
}

export interface DestinationInput {
  code: string;
  fields: Record<string, unknown>;
  isInternship?: boolean;
  evidence?: File | null;
}

interface Actor {
  userId: string;
  role: "graduate" | "staff" | "admin" | "system";
}

/** Who acts, as the state machine knows them: an administrator acts as staff. */
const machineActor = (actor: Actor): DestinationActor => (actor.role === "admin" ? "staff" : actor.role);

async function loadCode(db: Queryable, code: string) {
  await ensureCodes(db);
  const [row] = await db.select().from(destinationCodes).where(eq(destinationCodes.code, code.trim())).limit(1);
  if (!row || !row.active) refuse("destination.code.unknown", { field: "code" });
  return row;
}

/** Field errors of a destination input, or null when it is valid. */
async function validateInput(db: Queryable, input: DestinationInput) {
  const code = await loadCode(db, input.code);
  const parsed = parseDestinationFields(code.requiredFields, input.fields);
  return { code, parsed };
}

async function lockedDestination(tx: Queryable, graduateId: string) {
  const [row] = await tx.select().from(destinations).where(eq(destinations.graduateId, graduateId)).for("update");
  return row ?? null;
}

type DestinationRow = typeof destinations.$inferSelect;

/** The graduate's destination, locked, and the state `event` moves it to; refused when the machine forbids it. */
async function lockedForStep(tx: Queryable, graduateId: string, event: DestinationEvent, actor: DestinationActor) {
  const current = await lockedDestination(tx, graduateId);
  const status = destinationRequire(current, event, actor);
  if (!current) refuse("destination.transition.invalid");
  return { current, status };
}

/**
 * Moves a locked destination to `status` with `changes`, and keeps the step in its history with the
 * code and fields as they stood. Returns the history row's id, which keys any mail about the step.
 */
async function stepDestination(
  tx: Queryable,
  current: DestinationRow,
  step: {
    action: DestinationEvent;
    actor: Actor;
    status: DestinationRow["status"];
    changes: PgUpdateSetSource<typeof destinations>;
    note?: string;
    /** Set only when a seed replays the step at a chosen time; otherwise the database's clock. */
    at?: Date;
  },
) {
  await tx
    .update(destinations)
    .set({ ...step.changes, status: step.status, updatedAt: step.at ?? sql`now()` })
    .where(eq(destinations.id, current.id));
  return writeHistory(tx, {
    destinationId: current.id,
    graduateId: current.graduateId,
    action: step.action,
    actor: step.actor,
    fromStatus: current.status,
    toStatus: step.status,
    code: current.code,
    fields: current.fields,
    note: step.note,
    at: step.at,
  });
}

/** A disputed record stops counting (decision 011): its confirmation and verification are undone. */
const disputedWith = (note: string) => ({
  disputed: true,
  disputeNote: note,
  verifiedAt: null,
  verifiedBy: null,
  confirmedAt: null,
});

async function writeHistory(
  tx: Queryable,
  entry: {
    destinationId: string;
    graduateId: string;
    action: DestinationEvent | "evidence";
    actor: Actor;
    fromStatus: string | null;
    toStatus: string;
    code: string | null;
    fields?: Record<string, string>;
    note?: string | null;
    /** Set only when a seed replays the step at a chosen time; otherwise the database's clock. */
    at?: Date;
  },
) {
  const [row] = await tx
    .insert(destinationHistory)
    .values({
      destinationId: entry.destinationId,
      graduateId: entry.graduateId,
      action: entry.action,
      actorUserId: entry.actor.role === "system" ? null : entry.actor.userId,
      actorRole: entry.actor.role,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      code: entry.code,
      fields: entry.fields ?? {},
      note: entry.note ?? null,
      createdAt: entry.at,
    })
    .returning({ id: destinationHistory.id });
  return row?.id ?? 0;
}

/**
 * Tells the graduate, in the transaction that made the change, when something was recorded on
 * their behalf (they must confirm it) or their report was returned. The account's address and
 * language when they have an account, else the roster's address; no address, no mail.
 */
async function mailGraduate(
  tx: Queryable,
  graduateId: string,
  historyId: number,
  kind: "recorded" | "returned" | "verified",
  code: string | null,
  reason: string | null,
) {
  const recipient = await graduateMailRecipient(tx, graduateId);
  if (!recipient) return;
  const { email: to, locale } = recipient;
  const info = codeInfo(code);
  const destination = info ? `${info.code} ${nameFor(locale, info)}` : (code ?? "");
  await enqueueMail(tx, `destination:${kind}:${historyId}`, {
    to,
    ...destinationUpdateMail(
      { kind, graduateName: recipient.name, destination, reason, url: `${getEnv().publicUrl}/graduate/destination` },
      locale,
    ),
  });
}

/** Staff act only on graduates of their scope: no such graduate is 404, another college's is 403. */
async function requireGraduateInStaffScope(db: Queryable, scope: StaffScope, graduateId: string) {
  const [row] = await db
    .select({ collegeId: graduates.collegeId })
    .from(graduates)
    .where(eq(graduates.id, graduateId))
    .limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  if (!scopeCovers(scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
}

/**
 * Writes a new destination (a graduate's own report, or one recorded on their behalf). Returns
 * the destination id. Refuses bad input with the errors of every field (400).
 */
async function writeDestination(
  db: Database,
  options: {
    graduateId: string;
    input: DestinationInput;
    actor: Actor;
    source: DestinationSource;
    action: "report" | "record";
    audit: boolean;
    now?: Date;
  },
) {
  const now = options.now ?? sql`now()`;
  const { code, parsed } = await validateInput(db, options.input);
  if (!parsed.ok) throw new DomainError(400, parsed.errors);
  const fields = parsed.fields;
  // Stored before the transaction: a file without a row is harmless, a row without its file is not.
  const evidence =
    options.input.evidence && options.input.evidence.size > 0
      ? await storeUpload("destinationEvidence", options.input.evidence, "evidence")
      : null;
  return db.transaction(async (tx) => {
    const current = await lockedDestination(tx, options.graduateId);
    const status = destinationRequire(current, options.action, machineActor(options.actor));
    const values = {
      code: code.code,
      status,
      fields,
      source: options.source,
      isInternship: options.input.isInternship ?? false,
      returnedReason: null,
      disputed: false,
      disputeNote: null,
      employerName: fields.employerName ?? null,
      employerCreditCode: fields.employerCreditCode ?? null,
      recordedBy: options.actor.role === "system" ? null : options.actor.userId,
      verifiedBy: null,
      verifiedAt: null,
      confirmedAt: status === "confirmed" ? now : null,
      updatedAt: now,
    };
    let id: string;
    if (current) {
      await tx.update(destinations).set(values).where(eq(destinations.id, current.id));
      id = current.id;
    } else {
      const [row] = await tx
        .insert(destinations)
        .values({ graduateId: options.graduateId, ...values, createdAt: options.now })
        .returning({ id: destinations.id });
      if (!row) throw new Error("destination insert returned nothing");
      id = row.id;
    }
    const historyId = await writeHistory(tx, {
      destinationId: id,
      graduateId: options.graduateId,
      action: options.action,
      actor: options.actor,
      fromStatus: current?.status ?? null,
      toStatus: status,
      code: code.code,
      fields,
      note: options.input.isInternship ? "internship" : null,
      at: options.now,
    });
    if (evidence) {
      await tx.insert(destinationEvidence).values({
        destinationId: id,
        graduateId: options.graduateId,
        file: evidence.file,
        mime: evidence.mime,
        sha256: evidence.sha256,
        size: evidence.size,
        uploadedBy: options.actor.role === "system" ? null : options.actor.userId,
      });
    }
    if (options.action === "record") await mailGraduate(tx, options.graduateId, historyId, "recorded", code.code, null);
    if (options.audit) {
      await recordAudit(tx, {
        actorUserId: options.actor.role === "system" ? null : options.actor.userId,
        action: `destination.${options.action}`,
        subjectType: "graduate",
        subjectId: options.graduateId,
        detail: { code: code.code, source: options.source, status },
        at: options.now,
      });
    }
    return id;
  });
}

/** The graduate reports their own destination: it stands as confirmed, waiting for staff to verify. */
export function reportDestination(db: Database, actor: UserActor, input: { graduateId: string } & DestinationInput) {
  return writeDestination(db, {
    graduateId: input.graduateId,
    input,
    actor: { userId: actor.userId, role: "graduate" },
    source: "graduate",
    action: "report",
    audit: false,
  });
}

/**
 * Staff (of the graduate's scope), an agreement's registration or an import record a
 * destination on the graduate's behalf: it waits for the graduate's confirmation.
 */
export async function recordDestinationOnBehalf(
  db: Database,
  actor: StaffActor | SystemActor,
  input: {
    graduateId: string;
    source: Exclude<DestinationSource, "graduate">;
    now?: Date;
  } & DestinationInput,
) {
  let recorder: Actor;
  if ("system" in actor) recorder = { userId: "", role: "system" };
  else {
    await requireGraduateInStaffScope(db, actor.scope, input.graduateId);
    recorder = { userId: actor.userId, role: "staff" };
  }
  return writeDestination(db, {
    graduateId: input.graduateId,
    input,
    actor: recorder,
    source: input.source,
    action: "record",
    audit: true,
    now: input.now,
  });
}

/** Shown to staff beside a destination held after a roster link was undone (stored once, in both languages). */
const HOLD_NOTE =
  "名册关联已撤销：该记录由错误关联的账户操作，须与毕业生本人重新核实。 / Roster link undone: a wrongly linked account acted on this record; re-verify it with the graduate.";

/**
 * After staff undo a roster link: whatever the wrong account did in the graduate's name stops
 * counting. Agreements it acted on are flagged for re-verification, and the destination (if it
 * acted on it, or it came from one of those agreements) goes back to reported + disputed, which
 * the rate leaves out (decision 011) until the real graduate confirms and staff verify again.
 * Runs inside the unlink transaction.
 */
export async function holdForReverification(
  tx: Queryable,
  actor: StaffActor,
  input: { graduateId: string; formerUserId: string },
): Promise<{ agreementsHeld: number; destinationHeld: boolean }> {
  const held = await tx
    .update(agreements)
    .set({ reverifySince: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(agreements.graduateId, input.graduateId),
        sql`${agreements.reverifySince} is null`,
        sql`exists (select 1 from ${agreementEvents} where ${agreementEvents.agreementId} = ${agreements.id} and ${agreementEvents.actorUserId} = ${input.formerUserId})`,
      ),
    )
    .returning({ id: agreements.id });
  const current = await lockedDestination(tx, input.graduateId);
  const hold = destinationNext(current, "hold", "system");
  if (!current || !hold.ok) return { agreementsHeld: held.length, destinationHeld: false };
  const status = hold.to;
  const [touched] = await tx
    .select({ id: destinationHistory.id })
    .from(destinationHistory)
    .where(
      and(eq(destinationHistory.destinationId, current.id), eq(destinationHistory.actorUserId, input.formerUserId)),
    )
    .limit(1);
  if (!touched && !(current.source === "agreement" && held.length > 0))
    return { agreementsHeld: held.length, destinationHeld: false };
  await stepDestination(tx, current, {
    action: "hold",
    actor: { userId: actor.userId, role: "staff" },
    status,
    changes: disputedWith(HOLD_NOTE),
    note: HOLD_NOTE,
  });
  return { agreementsHeld: held.length, destinationHeld: true };
}

/** The graduate confirms what was recorded about them; from then on staff may verify it. */
export async function confirmDestination(db: Database, actor: UserActor, input: { graduateId: string; now?: Date }) {
  await db.transaction(async (tx) => {
    const { current, status } = await lockedForStep(tx, input.graduateId, "confirm", "graduate");
    await stepDestination(tx, current, {
      action: "confirm",
      actor: { userId: actor.userId, role: "graduate" },
      status,
      changes: { disputed: false, disputeNote: null, confirmedAt: input.now ?? sql`now()` },
      at: input.now,
    });
  });
}

/** "This is not true": the record stops counting and staff see the graduate's note. */
export async function disputeDestination(db: Database, actor: UserActor, input: { graduateId: string; note: string }) {
  const note = input.note.trim();
  if (note.length < 2 || note.length > 1000) refuse("destination.dispute.noteRequired", { field: "note" });
  await db.transaction(async (tx) => {
    const { current, status } = await lockedForStep(tx, input.graduateId, "dispute", "graduate");
    await stepDestination(tx, current, {
      action: "dispute",
      actor: { userId: actor.userId, role: "graduate" },
      status,
      changes: disputedWith(note),
      note,
    });
  });
}

/**
 * Staff's verdict on a destination, in the transaction that recorded it: the graduate is told by mail
 * (with the reason of a return) and the audit log keeps who decided.
 */
async function announceVerdict(
  tx: Queryable,
  destination: DestinationRow,
  verdict: { event: "verify" | "return"; historyId: number; staffUserId: string; reason?: string; at?: Date },
) {
  const reason = verdict.reason ?? null;
  const mailKind = verdict.event === "verify" ? "verified" : "returned";
  await mailGraduate(tx, destination.graduateId, verdict.historyId, mailKind, destination.code, reason);
  await recordAudit(tx, {
    actorUserId: verdict.staffUserId,
    action: `destination.${verdict.event}`,
    subjectType: "graduate",
    subjectId: destination.graduateId,
    detail: reason === null ? { code: destination.code } : { code: destination.code, reason },
    at: verdict.at,
  });
}

/** Staff of the graduate's scope verify a confirmed, undisputed destination. */
export async function verifyDestination(db: Database, actor: StaffActor, input: { graduateId: string; now?: Date }) {
  await requireGraduateInStaffScope(db, actor.scope, input.graduateId);
  await db.transaction(async (tx) => {
    const current = await lockedDestination(tx, input.graduateId);
    // Recorded on the graduate's behalf and not yet confirmed by them: say so rather than "not possible".
    if (current?.status === "reported") refuse("destination.verify.needsConfirmation");
    const status = destinationRequire(current, "verify", "staff");
    if (!current) refuse("destination.transition.invalid");
    const historyId = await stepDestination(tx, current, {
      action: "verify",
      actor: { userId: actor.userId, role: "staff" },
      status,
      changes: { verifiedBy: actor.userId, verifiedAt: input.now ?? sql`now()` },
      at: input.now,
    });
    await announceVerdict(tx, current, { event: "verify", historyId, staffUserId: actor.userId, at: input.now });
  });
}

/** Staff of the graduate's scope send a destination back with a reason; the graduate reports again. */
export async function returnDestination(
  db: Database,
  actor: StaffActor,
  input: { graduateId: string; reason: string; now?: Date },
) {
  const reason = input.reason.trim();
  if (reason.length < 4 || reason.length > 1000) refuse("destination.return.reasonRequired", { field: "reason" });
  await requireGraduateInStaffScope(db, actor.scope, input.graduateId);
  await db.transaction(async (tx) => {
    const { current, status } = await lockedForStep(tx, input.graduateId, "return", "staff");
    const historyId = await stepDestination(tx, current, {
      action: "return",
      actor: { userId: actor.userId, role: "staff" },
      status,
      changes: { returnedReason: reason, verifiedAt: null, verifiedBy: null },
      note: reason,
      at: input.now,
    });
    await announceVerdict(tx, current, {
      event: "return",
      historyId,
      staffUserId: actor.userId,
      reason,
      at: input.now,
    });
  });
}

export async function graduateOfUser(db: Queryable, userId: string) {
  const [row] = await db
    .select({ id: graduates.id, name: graduates.name, cohort: graduates.cohort, collegeId: graduates.collegeId })
    .from(graduates)
    .where(eq(graduates.userId, userId))
    .limit(1);
  return row ?? null;
}

/** The graduate's own view: current destination, its evidence and the whole history. */
export async function destinationForGraduate(db: Queryable, graduateId: string) {
  const [current] = await db.select().from(destinations).where(eq(destinations.graduateId, graduateId)).limit(1);
  const [history, evidence] = await Promise.all([
    historyOf(db, [graduateId]),
    db
      .select({
        id: destinationEvidence.id,
        mime: destinationEvidence.mime,
        size: destinationEvidence.size,
        createdAt: destinationEvidence.createdAt,
      })
      .from(destinationEvidence)
      .where(eq(destinationEvidence.graduateId, graduateId))
      .orderBy(desc(destinationEvidence.createdAt)),
  ]);
  return { current: current ?? null, history, evidence };
}

import { STAFF_FILTERS, type StaffFilter } from "./staff-filters";
export { STAFF_FILTERS, type StaffFilter };

export interface StaffListFilters {
  filter: StaffFilter;
  cohort?: number;
  collegeId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * Destinations of the graduates in the staff member's scope. Employer and pay are personal data:
 * every list view is written to the audit log with its filters.
 */
export async function listDestinationsForStaff(db: Queryable, actor: StaffActor, filters: StaffListFilters) {
  const conditions = graduateListConditions(actor.scope, filters);
  switch (filters.filter) {
    case "unverified":
      conditions.push(eq(destinations.status, "confirmed"));
      break;
    case "unconfirmed":
      conditions.push(eq(destinations.status, "reported"));
      break;
    case "disputed":
      conditions.push(eq(destinations.disputed, true));
      break;
    case "returned":
      conditions.push(eq(destinations.status, "returned"));
      break;
    case "unreported":
      conditions.push(sql`(${destinations.id} is null or ${destinations.status} = 'unreported')`);
      break;
    case "all":
      break;
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    joinCollegeAndMajor(
      db
        .select({
          graduateId: graduates.id,
          studentNo: graduates.studentNo,
          name: graduates.name,
          cohort: graduates.cohort,
          ...collegeAndMajorNames,
          code: destinations.code,
          status: sql<string>`coalesce(${destinations.status}, 'unreported')`,
          source: destinations.source,
          fields: destinations.fields,
          isInternship: destinations.isInternship,
          disputed: destinations.disputed,
          disputeNote: destinations.disputeNote,
          returnedReason: destinations.returnedReason,
          updatedAt: destinations.updatedAt,
          evidenceIds: sql<
            string[]
          >`(select coalesce(array_agg(${destinationEvidence.id}::text order by ${destinationEvidence.createdAt}), '{}') from ${destinationEvidence} where ${destinationEvidence.destinationId} = ${destinations.id})`,
        })
        .from(graduates)
        .$dynamic(),
    )
      .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
      .where(where)
      .orderBy(sql`${destinations.disputed} desc nulls last`, asc(graduates.studentNo))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db
      .select({ n: count() })
      .from(graduates)
      .leftJoin(destinations, eq(destinations.graduateId, graduates.id))
      .where(where),
  ]);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "destination.list_view",
    subjectType: "destinations",
    detail: {
      filter: filters.filter,
      cohort: filters.cohort ?? null,
      collegeId: filters.collegeId ?? null,
      page: filters.page,
      rows: rows.length,
    },
  });
  return { rows, total: total?.n ?? 0 };
}

/** History of graduates, newest first: one graduate's own, or several in the caller's scope (a staff page). */
export async function historyOf(db: Queryable, graduateIds: string[]) {
  if (graduateIds.length === 0) return [];
  return db
    .select()
    .from(destinationHistory)
    .where(inArray(destinationHistory.graduateId, graduateIds))
    .orderBy(desc(destinationHistory.id));
}

/** A graduate by student number, only when the staff member's scope covers them. */
export async function graduateInScopeByStudentNo(db: Queryable, scope: StaffScope, studentNo: string) {
  const [row] = await db
    .select({ id: graduates.id, collegeId: graduates.collegeId })
    .from(graduates)
    .where(eq(graduates.studentNo, studentNo.trim()))
    .limit(1);
  if (!row || !scopeCovers(scope, row.collegeId)) return null;
  return row;
}

/** A graduate's own evidence file, to that graduate only (anyone else gets not_found: ids are not confirmed). */
export async function evidenceForGraduate(db: Queryable, actor: UserActor, evidenceId: string) {
  const [row] = await db
    .select({ file: destinationEvidence.file, mime: destinationEvidence.mime })
    .from(destinationEvidence)
    .innerJoin(graduates, eq(graduates.id, destinationEvidence.graduateId))
    .where(and(eq(destinationEvidence.id, evidenceId), eq(graduates.userId, actor.userId)))
    .limit(1);
  if (!row) return { status: "not_found" as const };
  return {
    status: "ok" as const,
    bytes: await readUpload(row.file),
    mime: row.mime,
    ext: row.file.split(".").pop() ?? "bin",
  };
}

/**
 * An evidence file for staff whose scope covers its graduate, written to the audit log; "not_found" when
 * it does not exist; "forbidden" when it belongs to a graduate outside the scope.
 */
export async function evidenceForStaff(db: Queryable, actor: StaffActor, evidenceId: string) {
  const [row] = await db
    .select({
      file: destinationEvidence.file,
      mime: destinationEvidence.mime,
      graduateId: destinationEvidence.graduateId,
      collegeId: graduates.collegeId,
    })
    .from(destinationEvidence)
    .innerJoin(graduates, eq(graduates.id, destinationEvidence.graduateId))
    .where(eq(destinationEvidence.id, evidenceId))
    .limit(1);
  if (!row) return { status: "not_found" as const };
  if (!scopeCovers(actor.scope, row.collegeId)) return { status: "forbidden" as const };
  const bytes = await readUploadAudited(db, row.file, {
    actorUserId: actor.userId,
    action: "destination.evidence_download",
    subjectType: "graduate",
    subjectId: row.graduateId,
    detail: { evidenceId },
  });
  return { status: "ok" as const, bytes, mime: row.mime, ext: row.file.split(".").pop() ?? "bin" };
}
