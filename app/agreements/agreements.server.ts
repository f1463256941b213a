import { and, asc, count, desc, eq, gte, inArray, isNull, lt, ne, sql, type Placeholder } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  agreementEvents,
  agreementNumberCounters,
  agreements,
  applications,
  colleges,
  destinationEvidence,
  destinations,
  employers,
  graduates,
  majors,
  postings,
  staffScopes,
  users,
} from "../../db/schema";
import { agreementUpdateMail } from "../../emails/templates/agreement-update";
import { selectEmployerApplications } from "../applications/applications.server";
import { recordAudit } from "../audit/audit.server";
import { joinCollegeAndMajor } from "../graduates/college-and-major.server";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { actingAs, SYSTEM, type Party, type StaffActor, type SystemActor, type UserActor } from "../auth/actor";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { recordDestinationOnBehalf, returnDestination } from "../destinations/destinations.server";
import type { AgreementDocument } from "./document";
import { renderAgreementPdf } from "./pdf.server";
import { getMembership, inGoodStanding, mailMembers, requireGoodStanding } from "../employers/employers.server";
import { DomainError, refuse } from "../errors";
import { translate, type Locale } from "../i18n/messages";
import { readUpload, storeUpload } from "../files/uploads.server";
import { enqueue, enqueueMail } from "../outbox/outbox.server";
import { schoolYear } from "../time";
import { OPEN_AGREEMENT_STATES } from "../../vocabulary";
import {
  agreementMachine,
  describeTermChanges,
  EDITABLE_AGREEMENT_STATES,
  DEFAULT_REVIEW_STEPS,
  DESTINATION_CODE_ON_REGISTER,
  REASON_REQUIRED_EVENTS,
  type AgreementActor,
  type AgreementEvent,
  type AgreementState,
  type AgreementTerm,
  type ReviewSteps,
} from "./states";

export const DEFAULT_REPLY_DAYS = 5;

/**
 * Which reviews this school requires: configuration (AGREEMENT_COLLEGE_REVIEW), because provinces
 * differ. The school's own review (鉴证) is always required. Agreements already past the college
 * step are never stranded when the setting changes (see states.ts).
 */
export function reviewStepsForSchool(): ReviewSteps {
  return { ...DEFAULT_REVIEW_STEPS, college: getEnv().AGREEMENT_COLLEGE_REVIEW };
}

export type Agreement = typeof agreements.$inferSelect;

/**
 * Who fires an event or reads an agreement: a party (built by `partyOf` or `actingAs` in
 * app/auth/actor.ts, docs/decisions/036-acting-party.md) or the system; scope checks happen here.
 */
export type AgreementParty = Party | SystemActor;

export { AgreementTermsSchema, DraftAgreementSchema, type DraftAgreementInput } from "./schema";
import type { AgreementTermsInput, DraftAgreementInput } from "./schema";

export async function draftAgreement(db: Database, actor: UserActor, input: { data: DraftAgreementInput; now?: Date }) {
  const membership = await getMembership(db, actor.userId);
  if (!membership) refuse("employer.none", { status: 403 });
  if (membership.employer.status !== "verified") refuse("agreement.employer.notVerified");
  const { data } = input;
  let graduateId: string;
  let applicationId: string | null = null;
  if ("applicationId" in data) {
    const [application] = await db.select().from(applications).where(eq(applications.id, data.applicationId)).limit(1);
    if (!application || application.employerId !== membership.employer.id)
      refuse("agreement.graduate.notFound", { status: 404, field: "applicationId" });
    if (!["offered", "accepted"].includes(application.status))
      refuse("agreement.application.notOffered", { status: 409, field: "applicationId" });
    graduateId = application.graduateId;
    applicationId = application.id;
  } else {
    const [graduate] = await db
      .select({ id: graduates.id })
      .from(graduates)
      .where(and(eq(graduates.studentNo, data.studentNo), eq(graduates.name, data.graduateName)))
      .limit(1);
    if (!graduate) refuse("agreement.graduate.notFound", { status: 404, field: "studentNo" });
    graduateId = graduate.id;
  }
  const terms = {
    position: data.position,
    monthlyPay: data.monthlyPay,
    probationMonths: data.probationMonths,
    workProvince: data.workProvince,
    workCity: data.workCity,
    startDate: data.startDate,
    breachPenalty: data.breachPenalty,
    archiveAddress: data.archiveAddress,
    hukouAddress: data.hukouAddress,
  };
  const employerId = membership.employer.id;
  try {
    return await db.transaction(async (tx) => {
      // A second "save draft" for the same graduate (a double submit) keeps the one draft and its
      // latest terms; once it went out, a new one is refused. agreements_one_open_per_pair backs this
      // up against two requests at the same instant (issue 15, defect c).
      const [open] = await tx
        .select({ id: agreements.id, status: agreements.status })
        .from(agreements)
        .where(
          and(
            eq(agreements.employerId, employerId),
            eq(agreements.graduateId, graduateId),
            inArray(agreements.status, [...OPEN_AGREEMENT_STATES]),
          ),
        )
        .for("update");
      if (open && open.status !== "drafted") refuse("agreement.open.exists", { status: 409 });
      if (open) {
        const [kept] = await tx
          .update(agreements)
          .set({ ...terms, updatedAt: input.now ?? sql`now()` })
          .where(eq(agreements.id, open.id))
          .returning();
        return kept!;
      }
      return insertDraft(tx);
    });
  } catch (error) {
    // The driver's unique-violation code, on the error or on the one drizzle wraps.
    const code =
      (error as { code?: string; cause?: { code?: string } }).code ??
      (error as { cause?: { code?: string } }).cause?.code;
    if (code === "23505") refuse("agreement.open.exists", { status: 409 });
    throw error;
  }

  async function insertDraft(tx: Parameters<Parameters<Database["transaction"]>[0]>[0]) {
    const [row] = await tx
      .insert(agreements)
      .values({
        employerId,
        graduateId,
        applicationId,
        status: "drafted",
        ...terms,
        createdBy: actor.userId,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    if (!row) throw new Error("agreement insert returned nothing");
    await tx.insert(agreementEvents).values({
      agreementId: row.id,
      fromStatus: null,
      toStatus: "drafted",
      event: "draft",
      actorUserId: actor.userId,
      createdAt: input.now,
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "agreement.draft",
      subjectType: "agreement",
      subjectId: row.id,
      detail: { graduateId, applicationId },
      at: input.now,
    });
    return row;
  }
}

/** The role the state machine knows this party as, after checking they may touch this agreement at all. */
async function actorFor(
  db: Queryable,
  viewer: AgreementParty,
  agreement: { employerId: string; graduateId: string },
): Promise<AgreementActor> {
  if ("system" in viewer) return "system";
  switch (viewer.party) {
    case "employer": {
      const membership = await getMembership(db, viewer.userId);
      if (!membership || membership.employer.id !== agreement.employerId) refuse("error.forbidden", { status: 403 });
      requireGoodStanding(membership.employer);
      return "employer";
    }
    case "graduate": {
      const [row] = await db
        .select({ userId: graduates.userId })
        .from(graduates)
        .where(eq(graduates.id, agreement.graduateId))
        .limit(1);
      if (!row || row.userId !== viewer.userId) refuse("error.forbidden", { status: 403 });
      return "graduate";
    }
    case "staff": {
      const [row] = await db
        .select({ collegeId: graduates.collegeId })
        .from(graduates)
        .where(eq(graduates.id, agreement.graduateId))
        .limit(1);
      if (!row || !scopeCovers(viewer.scope, row.collegeId)) refuse("error.forbidden", { status: 403 });
      return viewer.scope.kind === "college" ? "staff_college" : "staff_school";
    }
  }
}

const ACTIVE_STATES: AgreementState[] = [
  "accepted",
  "college_approved",
  "registered",
  "breach_requested",
  "breach_college_approved",
];

async function nextNumber(tx: Queryable, year: number): Promise<string> {
  // One upsert takes the counter row's lock until the transaction ends, so numbers never repeat;
  // the unique index on agreements.number is the last guard.
  const [row] = await tx
    .insert(agreementNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: agreementNumberCounters.year,
      set: { last: sql`${agreementNumberCounters.last} + 1` },
    })
    .returning({ last: agreementNumberCounters.last });
  if (!row) throw new Error("agreement counter upsert returned nothing");
  return `${year}-${String(row.last).padStart(6, "0")}`;
}

export interface TransitionInput {
  agreementId: string;
  event: AgreementEvent;
  reason?: string | null;
  /** Invite only: when the invitation lapses (default DEFAULT_REPLY_DAYS from now). */
  replyDeadline?: Date;
  /** request_breach only: the employer's release letter, already stored. */
  releaseLetterFile?: string;
  /** The clock, when a seed replays the event at a chosen time (history, audit and destination take it too). */
  now?: Date;
}

/**
 * Fires one event: one transaction writes the agreement, its history row, the audit entry and
 * the mail to the other parties. Registration also numbers the agreement and records the
 * graduate's destination (code 10, waiting for the graduate's confirmation).
 */
export async function transitionAgreement(
  db: Database,
  viewer: AgreementParty,
  input: TransitionInput,
): Promise<Agreement> {
  const reason = input.reason?.trim() || null;
  if (REASON_REQUIRED_EVENTS.has(input.event) && (!reason || reason.length < 2 || reason.length > 1000)) {
    refuse("agreement.reason.required", { status: 400, field: "reason" });
  }
  const now = input.now ?? new Date();
  const steps = reviewStepsForSchool();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(agreements).where(eq(agreements.id, input.agreementId)).for("update");
    if (!current) refuse("error.notFound", { status: 404 });
    const actor = await actorFor(tx, viewer, current);
    const to = agreementMachine.require(current.status, input.event, actor, steps);

    const patch: Partial<typeof agreements.$inferInsert> = { status: to, updatedAt: now };
    switch (input.event) {
      case "invite":
        patch.replyDeadline = input.replyDeadline ?? new Date(now.getTime() + DEFAULT_REPLY_DAYS * 24 * 3600_000);
        if (patch.replyDeadline.getTime() <= now.getTime())
          refuse("agreement.deadline.past", { status: 400, field: "replyDeadline" });
        patch.declineReason = null;
        break;
      case "accept": {
        const [other] = await tx
          .select({ id: agreements.id })
          .from(agreements)
          .where(
            and(
              eq(agreements.graduateId, current.graduateId),
              ne(agreements.id, current.id),
              inArray(agreements.status, ACTIVE_STATES),
            ),
          )
          .limit(1);
        if (other) refuse("agreement.graduate.alreadyBound");
        break;
      }
      case "expire":
        if (!current.replyDeadline || current.replyDeadline.getTime() > now.getTime())
          refuse("agreement.deadline.notYet");
        break;
      case "decline":
        patch.declineReason = reason;
        break;
      case "return":
        patch.returnReason = reason;
        break;
      case "school_register":
        patch.number = await nextNumber(tx, schoolYear(now));
        patch.registeredAt = now;
        patch.returnReason = null;
        break;
      case "request_breach":
        if (!input.releaseLetterFile)
          refuse("agreement.releaseLetter.required", { status: 400, field: "releaseLetter" });
        patch.releaseLetterFile = input.releaseLetterFile;
        break;
      default:
        break;
    }
    const [updated] = await tx.update(agreements).set(patch).where(eq(agreements.id, current.id)).returning();
    if (!updated) throw new Error("agreement update returned nothing");
    const actorUserId = "system" in viewer ? null : viewer.userId;
    const [event] = await tx
      .insert(agreementEvents)
      .values({
        agreementId: current.id,
        fromStatus: current.status,
        toStatus: to,
        event: input.event,
        actorUserId,
        reason,
        createdAt: input.now,
      })
      .returning({ id: agreementEvents.id });
    await recordAudit(tx, {
      actorUserId,
      action: `agreement.${input.event}`,
      subjectType: "agreement",
      subjectId: current.id,
      detail: { from: current.status, to, reason, number: updated.number },
      at: input.now,
    });

    if (input.event === "school_register" && "party" in viewer && viewer.party === "staff") {
      const [employer] = await tx.select().from(employers).where(eq(employers.id, updated.employerId)).limit(1);
      await recordDestinationOnBehalf(
        tx as unknown as Database,
        { userId: viewer.userId, scope: viewer.scope },
        {
          graduateId: updated.graduateId,
          source: "agreement",
          now: input.now,
          code: DESTINATION_CODE_ON_REGISTER,
          fields: {
            employerName: employer?.name ?? "",
            employerCreditCode: employer?.creditCode ?? "",
            workProvince: updated.workProvince,
            workCity: updated.workCity,
            startDate: updated.startDate,
            monthlyPay: String(updated.monthlyPay),
          },
        },
      );
      // The registered agreement is the evidence code 10 asks for. Rendering the PDF takes a while,
      // so it is not done here, holding the year's number counter locked: a durable job attaches it.
      await enqueue(tx, {
        kind: AGREEMENT_EVIDENCE_JOB,
        payload: { agreementId: updated.id },
        idempotencyKey: `agreement-evidence:${updated.id}:${updated.number}`,
      });
    }

    if (input.event === "breach_school_approve" && "party" in viewer && viewer.party === "staff") {
      // The placement this agreement recorded is no longer true. If the graduate's destination is
      // still the one the agreement set, it goes back to them to report again (it stops counting now).
      const [destination] = await tx
        .select({ source: destinations.source, code: destinations.code, status: destinations.status })
        .from(destinations)
        .where(eq(destinations.graduateId, updated.graduateId))
        .limit(1);
      if (
        destination?.source === "agreement" &&
        destination.code === DESTINATION_CODE_ON_REGISTER &&
        destination.status !== "returned"
      ) {
        await returnDestination(
          tx as unknown as Database,
          { userId: viewer.userId, scope: viewer.scope },
          {
            graduateId: updated.graduateId,
            now: input.now,
            reason: `三方协议（编号 ${updated.number ?? "—"}）已解约，请重新填报毕业去向。The agreement ${updated.number ?? ""} was terminated; please report your destination again.`,
          },
        );
      }
    }

    await mailParties(tx, updated, { eventId: event!.id, event: input.event, actor, previous: current.status, reason });
    return updated;
  });
}

export const AGREEMENT_EVIDENCE_JOB = "agreement.attach-evidence";

/**
 * Stores the registered agreement's PDF as the evidence of the destination it recorded, so the
 * dashboard does not flag code 10 as missing evidence and staff verifying it see what was signed.
 * Idempotent: a destination that already has evidence attached by the system since registration
 * is left alone. Returns whether a file was attached.
 */
export async function attachAgreementEvidence(db: Database, agreementId: string): Promise<boolean> {
  const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId)).limit(1);
  if (!agreement?.number || !agreement.registeredAt) return false;
  const [destination] = await db
    .select({ id: destinations.id })
    .from(destinations)
    .where(and(eq(destinations.graduateId, agreement.graduateId), eq(destinations.source, "agreement")))
    .limit(1);
  if (!destination) return false;
  const attached = (q: Queryable) =>
    q
      .select({ id: destinationEvidence.id })
      .from(destinationEvidence)
      .where(
        and(
          eq(destinationEvidence.destinationId, destination.id),
          isNull(destinationEvidence.uploadedBy),
          gte(destinationEvidence.createdAt, agreement.registeredAt!),
        ),
      )
      .limit(1);
  if ((await attached(db)).length > 0) return false;
  const pdf = await renderAgreementPdf(await agreementForDocument(db, SYSTEM, { agreementId }));
  const stored = await storeUpload(
    "agreementDocument",
    new File([new Uint8Array(pdf)], `agreement-${agreement.number}.pdf`, { type: "application/pdf" }),
    "evidence",
  );
  return db.transaction(async (tx) => {
    await tx
      .select({ id: destinations.id })
      .from(destinations)
      .where(eq(destinations.id, destination.id))
      .for("update");
    if ((await attached(tx)).length > 0) return false;
    await tx
      .insert(destinationEvidence)
      .values({ destinationId: destination.id, graduateId: agreement.graduateId, ...stored, uploadedBy: null });
    return true;
  });
}

/** Mails the parties other than the one who acted; the graduate never hears of a draft. */
async function mailParties(
  tx: Queryable,
  agreement: Agreement,
  change: {
    eventId: number;
    event: AgreementEvent | "edit";
    actor: AgreementActor;
    previous: AgreementState;
    reason: string | null;
    changes?: Record<Locale, string[]>;
  },
) {
  const [row] = await tx
    .select({ graduateName: graduates.name, employerName: employers.name })
    .from(agreements)
    .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
    .innerJoin(employers, eq(employers.id, agreements.employerId))
    .where(eq(agreements.id, agreement.id))
    .limit(1);
  if (!row) return;
  const props = (locale: Locale, path: string) => {
    return {
      stateLabel: translate(locale, agreementMachine.stateLabel(agreement.status)),
      news: translate(locale, `agreement.mail.news.${change.event}`, {
        employer: row.employerName,
        graduate: row.graduateName,
        position: agreement.position,
      }),
      graduateName: row.graduateName,
      employerName: row.employerName,
      position: agreement.position,
      number: agreement.number,
      reason: change.reason,
      replyDeadline: change.event === "invite" || change.event === "edit" ? agreement.replyDeadline : null,
      changes: change.changes?.[locale],
      url: `${getEnv().publicUrl}${path}`,
    };
  };
  const key = `agreement:${change.eventId}`;
  if (change.actor !== "employer") {
    await mailMembers(tx, agreement.employerId, key, (locale) =>
      agreementUpdateMail(props(locale, "/employer/agreements"), locale),
    );
  }
  const graduateKnows = change.previous !== "drafted" || change.event === "invite";
  if (change.actor !== "graduate" && graduateKnows) {
    const graduate = await graduateMailRecipient(tx, agreement.graduateId);
    if (graduate)
      await enqueueMail(tx, `${key}:graduate`, {
        to: graduate.email,
        ...agreementUpdateMail(props(graduate.locale, "/graduate/agreements"), graduate.locale),
      });
  }
}

const termsOf = (a: Pick<Agreement, AgreementTerm>): Record<AgreementTerm, string | number> => ({
  position: a.position,
  monthlyPay: a.monthlyPay,
  probationMonths: a.probationMonths,
  workProvince: a.workProvince,
  workCity: a.workCity,
  startDate: a.startDate,
  breachPenalty: a.breachPenalty,
  archiveAddress: a.archiveAddress,
  hukouAddress: a.hukouAddress,
});

/**
 * The employer changes the terms before the graduate replies (drafted, invited, or returned by a
 * reviewer). While the graduate holds the invitation, changed terms restart the reply deadline
 * (they need the full time to read what they would sign) and the graduate is mailed what changed.
 */
export async function editAgreementTerms(
  db: Database,
  employer: UserActor,
  input: { agreementId: string; data: AgreementTermsInput; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(agreements).where(eq(agreements.id, input.agreementId)).for("update");
    if (!current) refuse("error.notFound", { status: 404 });
    const actor = await actorFor(tx, actingAs("employer", employer), current);
    if (!EDITABLE_AGREEMENT_STATES.has(current.status)) refuse("agreement.edit.notAllowed");
    const before = termsOf(current);
    const after = termsOf(input.data);
    const changes: Record<Locale, string[]> = {
      "zh-CN": describeTermChanges(before, after, "zh-CN"),
      en: describeTermChanges(before, after, "en"),
    };
    if (changes["zh-CN"].length === 0) refuse("agreement.edit.noChange", { status: 400 });
    const patch: Partial<typeof agreements.$inferInsert> = { ...input.data, updatedAt: now };
    if (current.status === "invited")
      patch.replyDeadline = new Date(now.getTime() + DEFAULT_REPLY_DAYS * 24 * 3600_000);
    const [updated] = await tx.update(agreements).set(patch).where(eq(agreements.id, current.id)).returning();
    if (!updated) throw new Error("agreement update returned nothing");
    const [event] = await tx
      .insert(agreementEvents)
      .values({
        agreementId: current.id,
        fromStatus: current.status,
        toStatus: current.status,
        event: "edit",
        actorUserId: employer.userId,
        reason: changes["zh-CN"].join("；"),
      })
      .returning({ id: agreementEvents.id });
    await recordAudit(tx, {
      actorUserId: employer.userId,
      action: "agreement.edit",
      subjectType: "agreement",
      subjectId: current.id,
      detail: {
        status: current.status,
        changed: Object.keys(after).filter(
          (k) => String(before[k as AgreementTerm]) !== String(after[k as AgreementTerm]),
        ),
      },
    });
    if (current.status === "invited")
      await mailParties(tx, updated, {
        eventId: event!.id,
        event: "edit",
        actor,
        previous: current.status,
        reason: null,
        changes,
      });
    return updated;
  });
}

/**
 * An application of this employer with an offer (offered or accepted), with what the draft can
 * start from: the graduate's name, the posting's title, its lowest pay and first work city.
 * Null when it is not this employer's, or has no offer (the form then asks for a student number).
 */
export async function offerForDraft(db: Queryable, actor: UserActor, applicationId: string) {
  const membership = await getMembership(db, actor.userId);
  if (!membership || !inGoodStanding(membership.employer)) return null;
  const [row] = await selectEmployerApplications(
    db,
    membership.employer.id,
    { id: applications.id, status: applications.status, salaryMin: postings.salaryMin, cities: postings.cities },
    eq(applications.id, applicationId),
  ).limit(1);
  if (!row || !["offered", "accepted"].includes(row.status)) return null;
  const city = row.cities[0];
  return {
    applicationId: row.id,
    graduateName: row.graduateName,
    postingTitle: row.postingTitle,
    terms: {
      position: row.postingTitle.slice(0, 60),
      monthlyPay: String(row.salaryMin),
      workProvince: city?.province ?? "",
      workCity: city?.city ?? "",
    },
  };
}

/** The agreement with its terms, for the employer's edit form. */
export async function agreementForEmployer(db: Queryable, actor: UserActor, agreementId: string) {
  const [row] = await db
    .select({ agreement: agreements, graduateName: graduates.name })
    .from(agreements)
    .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
    .where(eq(agreements.id, agreementId))
    .limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  await actorFor(db, actingAs("employer", actor), row.agreement);
  return row;
}

// Named entry points, one per event of the agreement lifecycle (docs/domain/lifecycles.md), each
// one party's: the actor's type says who may call it, the tag the transition reads is added here.
export const inviteAgreement = (
  db: Database,
  actor: UserActor,
  i: { agreementId: string; replyDeadline?: Date; now?: Date },
) => transitionAgreement(db, actingAs("employer", actor), { ...i, event: "invite" });
export const withdrawAgreement = (db: Database, actor: UserActor, i: { agreementId: string }) =>
  transitionAgreement(db, actingAs("employer", actor), { agreementId: i.agreementId, event: "withdraw" });
export const acceptAgreement = (db: Database, actor: UserActor, i: { agreementId: string }) =>
  transitionAgreement(db, actingAs("graduate", actor), { agreementId: i.agreementId, event: "accept" });
export const declineAgreement = (db: Database, actor: UserActor, i: { agreementId: string; reason: string }) =>
  transitionAgreement(db, actingAs("graduate", actor), {
    agreementId: i.agreementId,
    event: "decline",
    reason: i.reason,
  });
export const collegeApproveAgreement = (db: Database, actor: StaffActor, i: { agreementId: string }) =>
  transitionAgreement(db, actingAs("staff", actor), { agreementId: i.agreementId, event: "college_approve" });
export const schoolRegisterAgreement = (db: Database, actor: StaffActor, i: { agreementId: string; now?: Date }) =>
  transitionAgreement(db, actingAs("staff", actor), { ...i, event: "school_register" });
export const returnAgreement = (db: Database, actor: StaffActor, i: { agreementId: string; reason: string }) =>
  transitionAgreement(db, actingAs("staff", actor), { agreementId: i.agreementId, event: "return", reason: i.reason });
export const breachCollegeApprove = (db: Database, actor: StaffActor, i: { agreementId: string }) =>
  transitionAgreement(db, actingAs("staff", actor), { agreementId: i.agreementId, event: "breach_college_approve" });
export const breachSchoolApprove = (db: Database, actor: StaffActor, i: { agreementId: string }) =>
  transitionAgreement(db, actingAs("staff", actor), { agreementId: i.agreementId, event: "breach_school_approve" });
/** Staff's decisions on the review page, one form per event open to them (the events are staff's by the machine). */
export const reviewAgreement = (
  db: Database,
  actor: StaffActor,
  i: { agreementId: string; event: AgreementEvent; reason?: string | null },
) => transitionAgreement(db, actingAs("staff", actor), i);

/** The graduate asks to terminate a registered agreement, with the employer's release letter (PDF). */
export async function requestBreach(
  db: Database,
  actor: UserActor,
  input: { agreementId: string; releaseLetter: File | null; reason?: string | null; now?: Date },
) {
  const graduate = actingAs("graduate", actor);
  if (!input.releaseLetter || input.releaseLetter.size === 0)
    refuse("agreement.releaseLetter.required", { status: 400, field: "releaseLetter" });
  // Checked before storing, so a stranger cannot fill the disk; the transition checks again under the lock.
  const [row] = await db.select().from(agreements).where(eq(agreements.id, input.agreementId)).limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  await actorFor(db, graduate, row);
  // Stored before the transaction: a file without a row is harmless, a row without its file is not.
  const stored = await storeUpload("releaseLetter", input.releaseLetter, "releaseLetter");
  return transitionAgreement(db, graduate, {
    agreementId: input.agreementId,
    event: "request_breach",
    reason: input.reason ?? null,
    releaseLetterFile: stored.file,
    now: input.now,
  });
}

/** Invitations past their reply deadline expire. Returns how many did. */
export async function expireAgreements(db: Database, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.status, "invited"), lt(agreements.replyDeadline, now)))
    .limit(500);
  let count = 0;
  for (const { id } of due) {
    try {
      await transitionAgreement(db, SYSTEM, { agreementId: id, event: "expire", now });
      count += 1;
    } catch (error) {
      // Answered between the select and the lock: nothing to expire.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return count;
}

/** The rows of the agreement lists (employer, graduate, staff queue): the caller narrows, orders and limits. */
function selectListRows(db: Queryable) {
  return db
    .select({
      agreement: agreements,
      graduateName: graduates.name,
      studentNo: graduates.studentNo,
      collegeId: graduates.collegeId,
      employerName: employers.name,
    })
    .from(agreements)
    .$dynamic()
    .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
    .innerJoin(employers, eq(employers.id, agreements.employerId));
}

/** Each list row with the events the machine opens to `actor` now. */
function withEvents<T extends { agreement: Agreement }>(rows: T[], actor: AgreementActor) {
  const steps = reviewStepsForSchool();
  return rows.map((r) => ({ ...r, events: agreementMachine.available(r.agreement.status, actor, steps) }));
}

export async function listForEmployer(db: Queryable, actor: UserActor) {
  const membership = await getMembership(db, actor.userId);
  if (!membership) refuse("employer.none", { status: 403 });
  requireGoodStanding(membership.employer);
  const rows = await selectListRows(db)
    .where(eq(agreements.employerId, membership.employer.id))
    .orderBy(desc(agreements.updatedAt))
    .limit(500);
  return { employer: membership.employer, rows: withEvents(rows, "employer") };
}

export async function listForGraduate(db: Queryable, graduateId: string) {
  const rows = await selectListRows(db)
    .where(and(eq(agreements.graduateId, graduateId), ne(agreements.status, "drafted")))
    .orderBy(desc(agreements.updatedAt))
    .limit(200);
  return withEvents(rows, "graduate");
}

const QUEUE_STATES: AgreementState[] = ["accepted", "college_approved", "breach_requested", "breach_college_approved"];

/** The agreements in this scope's review queue (the list and its count read the same rows). */
/** A scope, or one whose college is a statement's placeholder (app/home/todo.server.ts builds its text once). */
export type QueueScope = StaffScope | { kind: "college"; collegeId: Placeholder };

const inScopeQueue = (scope: QueueScope) =>
  and(
    inArray(agreements.status, QUEUE_STATES),
    scope.kind === "college" ? eq(graduates.collegeId, scope.collegeId) : undefined,
  );
const reviewerOf = (scope: QueueScope): AgreementActor => (scope.kind === "college" ? "staff_college" : "staff_school");

/** What staff of this scope may decide now: each row with the events open to them. */
export async function staffQueue(db: Queryable, scope: StaffScope) {
  const rows = await selectListRows(db).where(inScopeQueue(scope)).orderBy(asc(agreements.updatedAt)).limit(500);
  return withEvents(rows, reviewerOf(scope));
}

/**
 * How many rows of {@link staffQueue} have events open to this scope's staff, as a query to embed:
 * the staff to-do list reads it in the same statement as its other counts (issue 16's budget of 4
 * statements a page). The same rows as staffQueue (the oldest 500 in the queue), counted where the
 * machine gives their state an event for this actor.
 */
export function staffQueueDecisionCount(db: Queryable, scope: QueueScope) {
  const actor = reviewerOf(scope);
  const steps = reviewStepsForSchool();
  const decidable = QUEUE_STATES.filter((state) => agreementMachine.available(state, actor, steps).length > 0);
  const queue = db
    .select({ status: agreements.status })
    .from(agreements)
    .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
    .innerJoin(employers, eq(employers.id, agreements.employerId))
    .where(inScopeQueue(scope))
    .orderBy(asc(agreements.updatedAt))
    .limit(500)
    .as("queue");
  return db.select({ n: count() }).from(queue).where(inArray(queue.status, decidable));
}

/**
 * Everything the PDF needs, for a viewer allowed to download it: the graduate, members of the
 * employer, staff of the graduate's scope. Only registered (or later) agreements have a PDF.
 */
export async function agreementForDocument(
  db: Queryable,
  viewer: AgreementParty,
  input: { agreementId: string; preview?: boolean },
): Promise<AgreementDocument> {
  const { agreementId } = input;
  const [row] = await joinCollegeAndMajor(
    db
      .select({
        agreement: agreements,
        employer: employers,
        graduate: graduates,
        collegeName: colleges.nameZh,
        majorName: majors.nameZh,
      })
      .from(agreements)
      .innerJoin(employers, eq(employers.id, agreements.employerId))
      .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
      .$dynamic(),
  )
    .where(eq(agreements.id, agreementId))
    .limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  await actorFor(db, viewer, row.agreement);
  // Reviewers read the document they are about to approve: staff may preview an agreement in
  // their queue before it has a number (marked as a preview in the PDF itself).
  const previewable =
    input.preview && "party" in viewer && viewer.party === "staff" && QUEUE_STATES.includes(row.agreement.status);
  if (!previewable && (!row.agreement.number || !row.agreement.registeredAt))
    refuse("agreement.pdf.notRegistered", { status: 409 });
  return row;
}

export type TimelineEntry = {
  event: string;
  toStatus: AgreementState;
  at: string;
  reason: string | null;
  actor: AgreementActor;
};

/**
 * The history of several agreements at once, oldest first, for the parties' pages. Actors are
 * named by their side (employer, graduate, college, school), not by person. A graduate does not
 * see what happened while the employer was still drafting.
 */
export async function timelinesOf(
  db: Queryable,
  agreementIds: string[],
  viewer: Party["party"],
): Promise<Record<string, TimelineEntry[]>> {
  const timelines: Record<string, TimelineEntry[]> = {};
  if (agreementIds.length === 0) return timelines;
  const rows = await db
    .select({
      agreementId: agreementEvents.agreementId,
      event: agreementEvents.event,
      fromStatus: agreementEvents.fromStatus,
      toStatus: agreementEvents.toStatus,
      reason: agreementEvents.reason,
      at: agreementEvents.createdAt,
      role: users.role,
      staffCollegeId: staffScopes.collegeId,
    })
    .from(agreementEvents)
    .leftJoin(users, eq(users.id, agreementEvents.actorUserId))
    .leftJoin(staffScopes, eq(staffScopes.userId, agreementEvents.actorUserId))
    .where(inArray(agreementEvents.agreementId, agreementIds))
    .orderBy(asc(agreementEvents.id));
  for (const row of rows) {
    if (viewer === "graduate" && (row.toStatus === "drafted" || row.fromStatus === "drafted") && row.event !== "invite")
      continue;
    const actor: AgreementActor =
      row.role === "employer"
        ? "employer"
        : row.role === "graduate"
          ? "graduate"
          : row.role === "staff" || row.role === "admin"
            ? row.staffCollegeId
              ? "staff_college"
              : "staff_school"
            : "system";
    (timelines[row.agreementId] ??= []).push({
      event: row.event,
      toStatus: row.toStatus,
      at: row.at.toISOString(),
      reason: row.reason,
      actor,
    });
  }
  return timelines;
}

export async function historyOfAgreement(db: Queryable, agreementId: string) {
  return db
    .select()
    .from(agreementEvents)
    .where(eq(agreementEvents.agreementId, agreementId))
    .orderBy(asc(agreementEvents.id));
}

/** The release letter of a breach request, to staff of the graduate's scope (who decide on it) and the parties. */
export async function releaseLetterFor(db: Queryable, viewer: Party, agreementId: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, agreementId)).limit(1);
  if (!row) refuse("error.notFound", { status: 404 });
  await actorFor(db, viewer, row);
  if (!row.releaseLetterFile) refuse("error.notFound", { status: 404 });
  if (viewer.party === "staff") {
    await recordAudit(db, {
      actorUserId: viewer.userId,
      action: "agreement.release_letter.view",
      subjectType: "agreement",
      subjectId: row.id,
    });
  }
  return { bytes: await readUpload(row.releaseLetterFile), number: row.number };
}
