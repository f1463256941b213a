import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/token.server";
import { and, asc, count, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import { employerInvitations, employerMembers, employers, postings, users, type EmployerState } from "../../db/schema";
import { employerInvitationMail } from "../../emails/templates/employer-invitation";
import { employerStatusMail } from "../../emails/templates/employer-status";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { schoolDate } from "../time";
import type { StoredUpload } from "../files/uploads.server";
import { enqueueMail } from "../outbox/outbox.server";
import { enqueuePostingSync } from "../search-sync.server";
import { recheckPendingPostings } from "../postings/postings.server";
import type { EmployerRegistration } from "./schema";
import { EMPLOYER_EVENTS_WITH_REASONS, employerMachine, type EmployerEvent } from "./states";
import { trustSignals } from "./trust";
import { activeMemberAddresses, selectMemberAccounts } from "./members.server";
import { getMembership, requireMembership, type Employer } from "./membership.server";

// Membership and standing live in membership.server.ts so that postings.server.ts can use them too.
export {
  getMembership,
  inGoodStanding,
  requireGoodStanding,
  requireMembership,
  type Employer,
} from "./membership.server";

export async function registerEmployer(
  db: Database,
  actor: UserActor,
  input: {
    registration: EmployerRegistration;
    licence: StoredUpload;
    /** When it happens (default: this moment); the demo seed registers its employers in the past. */
    now?: Date;
  },
): Promise<Employer> {
  const { registration, licence, now = new Date() } = input;
  return db.transaction(async (tx) => {
    if (await getMembership(tx, actor.userId)) refuse("employer.alreadyMember");
    const [taken] = await tx
      .select({ id: employers.id })
      .from(employers)
      .where(eq(employers.creditCode, registration.creditCode))
      .limit(1);
    if (taken) refuse("employer.creditCode.taken", { status: 409, field: "creditCode" });
    const [employer] = await tx
      .insert(employers)
      .values({
        ...registration,
        licenceFile: licence.file,
        licenceMime: licence.mime,
        licenceSha256: licence.sha256,
        status: "pending",
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: employers.creditCode })
      .returning();
    if (!employer) refuse("employer.creditCode.taken", { status: 409, field: "creditCode" });
    await tx
      .insert(employerMembers)
      .values({ employerId: employer.id, userId: actor.userId, isOwner: true, createdAt: now });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "employer.register",
      subjectType: "employer",
      subjectId: employer.id,
      detail: { creditCode: employer.creditCode },
      at: now,
    });
    return employer;
  });
}

export async function listMembers(db: Queryable, employerId: string) {
  return selectMemberAccounts(db, {
    userId: users.id,
    displayName: users.displayName,
    email: users.email,
    locale: users.locale,
    isOwner: employerMembers.isOwner,
  })
    .where(eq(employerMembers.employerId, employerId))
    .orderBy(desc(employerMembers.isOwner), asc(users.displayName));
}

/** Enqueues one mail per active member (disabled accounts get none), in each member's language. */
export async function mailMembers(
  db: Queryable,
  employerId: string,
  key: string,
  render: (locale: "zh-CN" | "en") => { subject: string; html: string; text: string },
) {
  for (const member of await activeMemberAddresses(db, employerId)) {
    await enqueueMail(db, `${key}:${member.userId}`, { to: member.email, ...render(mailLocaleOf(member)) });
  }
}

export async function listEmployersForStaff(db: Queryable, filter: { status?: EmployerState; q?: string }) {
  const conditions = [];
  if (filter.status) conditions.push(eq(employers.status, filter.status));
  if (filter.q)
    conditions.push(
      sql`(${employers.name} ilike ${"%" + filter.q + "%"} or ${employers.creditCode} = ${filter.q.toUpperCase()})`,
    );
  return db
    .select({
      id: employers.id,
      name: employers.name,
      creditCode: employers.creditCode,
      type: employers.type,
      industry: employers.industry,
      city: employers.city,
      status: employers.status,
      createdAt: employers.createdAt,
    })
    .from(employers)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(filter.status === "pending" ? asc(employers.createdAt) : desc(employers.createdAt))
    .limit(200);
}

/** The stored business licence of an employer (file, type and the credit code that names the download), or null. */
export async function employerLicence(db: Queryable, employerId: string) {
  const [row] = await db
    .select({
      id: employers.id,
      file: employers.licenceFile,
      mime: employers.licenceMime,
      creditCode: employers.creditCode,
    })
    .from(employers)
    .where(eq(employers.id, employerId))
    .limit(1);
  return row?.file && row.mime ? { id: row.id, file: row.file, mime: row.mime, creditCode: row.creditCode } : null;
}

export async function getEmployerForStaff(db: Queryable, employerId: string) {
  const [employer] = await db.select().from(employers).where(eq(employers.id, employerId)).limit(1);
  if (!employer) return null;
  const [[sameName], [rejections], members, postingCounts] = await Promise.all([
    db
      .select({ n: count() })
      .from(employers)
      .where(and(eq(employers.name, employer.name), ne(employers.id, employer.id))),
    db
      .select({ n: count() })
      .from(sql`audit_log`)
      .where(sql`subject_type = 'employer' and subject_id = ${employer.id} and action = 'employer.reject'`),
    listMembers(db, employer.id),
    db
      .select({ status: postings.status, n: count() })
      .from(postings)
      .where(eq(postings.employerId, employer.id))
      .groupBy(postings.status),
  ]);
  const signals = trustSignals({
    contactEmail: employer.contactEmail,
    website: employer.website,
    contactPhone: employer.contactPhone,
    isAgency: employer.isAgency,
    hrLicenceNo: employer.hrLicenceNo,
    sameNameCount: sameName?.n ?? 0,
    earlierRejections: rejections?.n ?? 0,
  });
  return { employer, signals, members, postingCounts };
}

/**
 * verify / reject / suspend / reinstate (staff) and resubmit (employer). One transaction
 * writes the status, the audit entry, the members' mail and, when visibility changes, a search
 * sync of every posting of the employer (suspension takes them all out of search at once).
 */
export async function decideEmployer(
  db: Database,
  actor: StaffActor | UserActor,
  input: {
    employerId: string;
    event: EmployerEvent;
    reasons?: string | null;
    now?: Date;
  },
) {
  // Staff act with a scope; a member of the employer (resubmit) without one.
  const role = "scope" in actor ? "staff" : "employer";
  const now = input.now ?? new Date();
  if (EMPLOYER_EVENTS_WITH_REASONS.includes(input.event) && !input.reasons?.trim())
    refuse("vetting.reason.required", { field: "reasons" });
  return db.transaction(async (tx) => {
    const [employer] = await tx.select().from(employers).where(eq(employers.id, input.employerId)).for("update");
    if (!employer) refuse("error.notFound", { status: 404 });
    const to = employerMachine.require(employer.status, input.event, role);
    await tx
      .update(employers)
      .set({
        status: to,
        statusReasons: input.reasons?.trim() || null,
        decidedBy: actor.userId,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(employers.id, employer.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `employer.${input.event}`,
      subjectType: "employer",
      subjectId: employer.id,
      detail: { from: employer.status, to, reasons: input.reasons ?? null },
      at: now,
    });
    if (to !== employer.status) await recheckPendingPostings(tx, employer.id);
    const visibilityChanged = employer.status === "verified" || to === "verified";
    if (visibilityChanged) {
      const ids = await tx.select({ id: postings.id }).from(postings).where(eq(postings.employerId, employer.id));
      await enqueuePostingSync(
        tx,
        ids.map((p) => p.id),
        `employer-${input.event}`,
      );
    }
    if (to === "verified" || to === "rejected" || to === "suspended") {
      const status = to;
      await mailMembers(tx, employer.id, `employer-status:${employer.id}:${input.event}:${now.getTime()}`, (locale) =>
        employerStatusMail(
          {
            employerName: employer.name,
            status,
            reasons: input.reasons ?? null,
            url: `${getEnv().publicUrl}/employer`,
          },
          locale,
        ),
      );
    }
    return to;
  });
}

/** Staff attach an existing employer account (no employer yet) to an employer. */
export async function addMemberByStaff(db: Database, actor: StaffActor, input: { employerId: string; email: string }) {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, input.email.toLowerCase())).limit(1);
    if (!user || user.role !== "employer") refuse("employer.member.noAccount", { field: "email" });
    if (await getMembership(tx, user.id)) refuse("employer.alreadyMember", { field: "email" });
    await tx.insert(employerMembers).values({ employerId: input.employerId, userId: user.id, isOwner: false });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "employer.add_member",
      subjectType: "employer",
      subjectId: input.employerId,
      detail: { userId: user.id },
    });
  });
}

/** A member of a verified employer invites a colleague by e-mail; the link is valid for 7 days. */
export async function inviteColleague(
  db: Database,
  actor: UserActor,
  input: { inviterName: string; email: string; locale: "zh-CN" | "en"; now?: Date },
) {
  return db.transaction(async (tx) => {
    const membership = await requireMembership(tx, actor.userId);
    if (membership.employer.status !== "verified") refuse("employer.invite.notVerified");
    const token = randomBytes(24).toString("base64url");
    const expiresAt = new Date((input.now ?? new Date()).getTime() + 7 * 24 * 3600_000);
    const [invitation] = await tx
      .insert(employerInvitations)
      .values({
        employerId: membership.employer.id,
        email: input.email,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "employer.invite",
      subjectType: "employer",
      subjectId: membership.employer.id,
    });
    // An address that already has an account gets its chosen mail language; a new one the inviter's.
    const [invitee] = await tx.select({ locale: users.locale }).from(users).where(eq(users.email, input.email));
    await enqueueMail(tx, `employer-invitation:${invitation!.id}`, {
      to: input.email,
      ...employerInvitationMail(
        {
          employerName: membership.employer.name,
          inviterName: input.inviterName,
          acceptUrl: `${getEnv().publicUrl}/employer/join/${token}`,
          expiresOn: schoolDate(expiresAt),
        },
        invitee ? mailLocaleOf(invitee) : input.locale,
      ),
    });
    return token;
  });
}

export async function findInvitation(db: Queryable, token: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({
      id: employerInvitations.id,
      employerId: employerInvitations.employerId,
      employerName: employers.name,
      email: employerInvitations.email,
    })
    .from(employerInvitations)
    .innerJoin(employers, eq(employers.id, employerInvitations.employerId))
    .where(
      and(
        eq(employerInvitations.tokenHash, hashToken(token)),
        isNull(employerInvitations.acceptedAt),
        gt(employerInvitations.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  // Accepting locks the invitation row, so two accounts opening the link at once cannot both join.
  const [row] = options.lock ? await query.for("update", { of: employerInvitations }) : await query;
  return row ?? null;
}

/** "hr***@qingyuan-env.cn": enough for the invited person to recognise, little for anyone else. */
function maskAddress(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 2)}***@${domain}`;
}

export async function acceptInvitation(db: Database, actor: UserActor, input: { token: string }) {
  return db.transaction(async (tx) => {
    const invitation = await findInvitation(tx, input.token, { lock: true });
    if (!invitation) refuse("employer.invite.invalid", { status: 410 });
    if (await getMembership(tx, actor.userId)) refuse("employer.alreadyMember");
    // The link is not a bearer pass: only the account with the invited address joins.
    const [account] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.userId)).limit(1);
    if (!account || account.email.toLowerCase() !== invitation.email.toLowerCase()) {
      refuse("employer.invite.otherAddress", { status: 403, params: { email: maskAddress(invitation.email) } });
    }
    await tx
      .insert(employerMembers)
      .values({ employerId: invitation.employerId, userId: actor.userId, isOwner: false });
    await tx
      .update(employerInvitations)
      .set({ acceptedAt: sql`now()` })
      .where(eq(employerInvitations.id, invitation.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "employer.join",
      subjectType: "employer",
      subjectId: invitation.employerId,
    });
    return invitation.employerId;
  });
}
