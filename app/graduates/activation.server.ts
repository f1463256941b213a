import { randomBytes, randomUUID } from "node:crypto";
import { hashToken } from "../auth/token.server";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import {
  activationTokens,
  colleges,
  graduateProfiles,
  graduates,
  majors,
  outbox,
  rosterLinkRequests,
  users,
} from "../../db/schema";
import { graduateActivationMail } from "../../emails/templates/graduate-activation";
import { rosterClaimMail, rosterLinkedMail } from "../../emails/templates/roster-claim";
import { recordAudit } from "../audit/audit.server";
import { hashPassword } from "../auth/password.server";
import type { StaffActor, UserActor } from "../auth/actor";
import { hitRateLimit } from "../auth/rate-limit.server";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { createSession } from "../auth/session.server";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { holdForReverification } from "../destinations/destinations.server";
import { enqueueMail, PERSON_WAITING } from "../outbox/outbox.server";

export const ACTIVATION_DAYS = 7;

/**
 * One-time activation links for roster graduates without an account, written with their mails
 * (rendered now, sent by the outbox worker) in the caller's transaction. Batched: an import of
 * 10,000 new graduates is a few statements, not 20,000.
 */
export async function createActivations(
  db: Queryable,
  list: { id: string; name: string; email: string }[],
): Promise<number> {
  const env = getEnv();
  const expiresAt = new Date(Date.now() + ACTIVATION_DAYS * 86_400_000);
  let count = 0;
  for (let i = 0; i < list.length; i += 500) {
    const batch = list
      .slice(i, i + 500)
      .map((graduate) => ({ graduate, token: randomBytes(32).toString("base64url"), id: randomUUID() }));
    if (batch.length === 0) continue;
    await db.insert(activationTokens).values(
      batch.map(({ graduate, token, id }) => ({
        id,
        graduateId: graduate.id,
        tokenHash: hashToken(token),
        email: graduate.email,
        expiresAt,
      })),
    );
    const inserted = await db
      .insert(outbox)
      .values(
        batch.map(({ graduate, token, id }) => ({
          kind: "mail.send",
          idempotencyKey: `activation:${graduate.id}:${id}`,
          payload: {
            to: graduate.email,
            ...graduateActivationMail(
              {
                name: graduate.name,
                schoolName: env.SCHOOL_NAME,
                activationUrl: `${env.publicUrl}/activate/${token}`,
                days: ACTIVATION_DAYS,
              },
              mailLocaleOf(null),
            ),
          },
        })),
      )
      .onConflictDoNothing({ target: outbox.idempotencyKey })
      .returning({ id: outbox.id });
    count += inserted.length;
  }
  return count;
}

/** What the activation page shows: the graduate's name, or why the link does not work. */
export async function findActivation(db: Queryable, token: string) {
  const [row] = await db
    .select({ token: activationTokens, name: graduates.name, userId: graduates.userId })
    .from(activationTokens)
    .innerJoin(graduates, eq(graduates.id, activationTokens.graduateId))
    .where(eq(activationTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return { status: "invalid" as const };
  if (row.token.usedAt || row.userId) return { status: "used" as const };
  if (row.token.expiresAt.getTime() < Date.now()) return { status: "expired" as const };
  return { status: "ok" as const, name: row.name, email: row.token.email };
}

/** Sets the password, creates and links the account, burns the link and signs the graduate in. */
export async function activateAccount(
  db: Database,
  input: { token: string; password: string; userAgent: string | null },
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ token: activationTokens, graduate: graduates })
      .from(activationTokens)
      .innerJoin(graduates, eq(graduates.id, activationTokens.graduateId))
      .where(eq(activationTokens.tokenHash, hashToken(input.token)))
      .for("update")
      .limit(1);
    if (!row) refuse("activation.invalid", { status: 404 });
    if (row.token.usedAt || row.graduate.userId) refuse("activation.used");
    if (row.token.expiresAt.getTime() < Date.now()) refuse("activation.expired", { status: 410 });
    const email = row.token.email.toLowerCase();
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (taken) refuse("activation.emailTaken");
    const [user] = await tx
      .insert(users)
      .values({ email, passwordHash, role: "graduate", displayName: row.graduate.name, locale: "zh-CN" })
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    await tx.update(graduates).set({ userId: user.id }).where(eq(graduates.id, row.graduate.id));
    await tx.insert(graduateProfiles).values({ graduateId: row.graduate.id }).onConflictDoNothing();
    await tx
      .update(activationTokens)
      .set({ usedAt: sql`now()` })
      .where(eq(activationTokens.graduateId, row.graduate.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "account.activate",
      subjectType: "graduate",
      subjectId: row.graduate.id,
    });
    const setCookie = await createSession(tx, user.id, input.userAgent);
    return { userId: user.id, graduateId: row.graduate.id, setCookie };
  });
}

/** The roster entry linked to this account, or null for a graduate not (yet) linked. */
export async function graduateOfUser(db: Queryable, userId: string) {
  const [row] = await db.select().from(graduates).where(eq(graduates.userId, userId)).limit(1);
  return row ?? null;
}

export async function pendingLinkRequest(db: Queryable, userId: string) {
  const [row] = await db
    .select()
    .from(rosterLinkRequests)
    .where(and(eq(rosterLinkRequests.userId, userId), eq(rosterLinkRequests.status, "pending")))
    .limit(1);
  return row ?? null;
}

/** Hours a mailed roster-claim link stays valid. */
export const CLAIM_HOURS = 24;
/** Link requests one account may file in a day: guessing student numbers and names is slow. */
export const LINK_ATTEMPTS = { limit: 5, windowSeconds: 86_400 } as const;

/** "zh***@qq.com": the account named to the real graduate without handing out the address. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 2)}***@${domain}`;
}

/**
 * A self-registered graduate asks to be linked to a roster entry. A matching student number and
 * name proves nothing (both are on every class list), so nothing is linked here: the request waits
 * for a staff decision that shows both records, and when number and name match an entry without an
 * account, a one-time link goes to the roster e-mail on file; opening it while signed in to this
 * account is the proof (`claimRosterLink`). The answer is the same either way, so it does not tell
 * whether a student number is on the roster. Attempts are limited per account and audited.
 */
export async function linkToRoster(db: Database, actor: UserActor, input: { studentNo: string; name: string }) {
  const studentNo = input.studentNo.trim();
  const name = input.name.normalize("NFKC").trim();
  if (await graduateOfUser(db, actor.userId)) return { status: "linked" as const };
  if (await pendingLinkRequest(db, actor.userId)) return { status: "requested" as const };
  // Counted outside the transaction below, so a refused attempt still counts.
  const verdict = await hitRateLimit(db, `roster-link:${actor.userId}`, LINK_ATTEMPTS);
  if (!verdict.allowed) refuse("link.tooMany", { status: 429 });
  const env = getEnv();
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(graduates).where(eq(graduates.studentNo, studentNo)).limit(1);
    const claimable = entry && entry.name === name && !entry.userId && entry.email ? entry : null;
    const token = claimable ? randomBytes(32).toString("base64url") : null;
    const [request] = await tx
      .insert(rosterLinkRequests)
      .values({
        userId: actor.userId,
        studentNo,
        name,
        graduateId: entry?.id ?? null,
        claimTokenHash: token ? hashToken(token) : null,
        claimExpiresAt: token ? new Date(Date.now() + CLAIM_HOURS * 3_600_000) : null,
      })
      .returning({ id: rosterLinkRequests.id });
    if (claimable && token && request) {
      await enqueueMail(
        tx,
        `roster-claim:${request.id}`,
        {
          to: claimable.email!,
          ...rosterClaimMail(
            {
              name: claimable.name,
              schoolName: env.SCHOOL_NAME,
              confirmUrl: `${env.publicUrl}/graduate/link?claim=${token}`,
              hours: CLAIM_HOURS,
            },
            // To the roster address, whose owner may have no account yet: nobody has chosen, so the default.
            mailLocaleOf(null),
          ),
        },
        { priority: PERSON_WAITING },
      );
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "roster.link_request",
      subjectType: "user",
      subjectId: actor.userId,
      detail: { studentNo, graduateId: entry?.id ?? null, claimMailed: Boolean(token) },
    });
    return { status: "requested" as const };
  });
}

/** Links the account that asked, when it opens the link mailed to the roster e-mail on file. */
export async function claimRosterLink(db: Database, actor: UserActor, input: { token: string }) {
  const env = getEnv();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(rosterLinkRequests)
      .where(eq(rosterLinkRequests.claimTokenHash, hashToken(input.token)))
      .for("update")
      .limit(1);
    // Another account's link is as unknown to this one as a made-up link.
    if (!request || request.userId !== actor.userId || request.status !== "pending" || !request.graduateId) {
      refuse("link.claim.invalid", { status: 404 });
    }
    if (!request.claimExpiresAt || request.claimExpiresAt.getTime() < Date.now()) {
      refuse("link.claim.expired", { status: 410 });
    }
    const [entry] = await tx
      .select()
      .from(graduates)
      .where(eq(graduates.id, request.graduateId))
      .for("update")
      .limit(1);
    if (!entry || entry.userId) refuse("link.request.taken");
    const [account] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.userId)).limit(1);
    await tx.update(graduates).set({ userId: actor.userId }).where(eq(graduates.id, entry.id));
    await tx.update(users).set({ displayName: entry.name }).where(eq(users.id, actor.userId));
    await tx.insert(graduateProfiles).values({ graduateId: entry.id }).onConflictDoNothing();
    await tx
      .update(rosterLinkRequests)
      .set({ status: "approved", resolvedAt: sql`now()`, claimTokenHash: null })
      .where(eq(rosterLinkRequests.id, request.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "roster.link",
      subjectType: "graduate",
      subjectId: entry.id,
      detail: { proof: "mail" },
    });
    if (entry.email && account) {
      await enqueueMail(tx, `roster-linked:${request.id}`, {
        to: entry.email,
        ...rosterLinkedMail(
          { name: entry.name, schoolName: env.SCHOOL_NAME, accountEmail: maskEmail(account.email), how: "mail" },
          mailLocaleOf(null),
        ),
      });
    }
    return { graduateId: entry.id };
  });
}

/**
 * Staff undo a link (the graduate disputed it): the roster entry has no account again, the wrong
 * account keeps its sign-in but loses the record, and the real graduate is mailed a fresh activation
 * link at the roster address.
 */
export async function unlinkRoster(db: Database, actor: StaffActor, input: { graduateId: string; reason: string }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(graduates).where(eq(graduates.id, input.graduateId)).for("update").limit(1);
    if (!entry || !scopeCovers(actor.scope, entry.collegeId)) refuse("error.notFound", { status: 404 });
    if (!entry.userId) refuse("link.unlink.notLinked");
    await tx.update(graduates).set({ userId: null }).where(eq(graduates.id, entry.id));
    const held = await holdForReverification(tx, actor, { graduateId: entry.id, formerUserId: entry.userId });
    // The real graduate gets a fresh activation link at the roster address, as after an import.
    const activationsSent = entry.email
      ? await createActivations(tx, [{ id: entry.id, name: entry.name, email: entry.email }])
      : 0;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "roster.unlink",
      subjectType: "graduate",
      subjectId: entry.id,
      detail: { formerUserId: entry.userId, reason: input.reason, activationsSent, ...held },
    });
    return { formerUserId: entry.userId, activationsSent, ...held };
  });
}

/** Pending requests whose roster entry lies in the staff member's scope (school staff also see unmatched ones). */
export async function listLinkRequests(db: Queryable, scope: StaffScope) {
  const rows = await db
    .select({
      id: rosterLinkRequests.id,
      studentNo: rosterLinkRequests.studentNo,
      name: rosterLinkRequests.name,
      createdAt: rosterLinkRequests.createdAt,
      email: users.email,
      graduateId: graduates.id,
      rosterName: graduates.name,
      rosterHasAccount: sql<boolean>`${graduates.userId} is not null`,
      collegeId: graduates.collegeId,
      collegeZh: colleges.nameZh,
      majorZh: majors.nameZh,
    })
    .from(rosterLinkRequests)
    .innerJoin(users, eq(users.id, rosterLinkRequests.userId))
    .leftJoin(graduates, eq(graduates.id, rosterLinkRequests.graduateId))
    .leftJoin(colleges, eq(colleges.id, graduates.collegeId))
    .leftJoin(majors, eq(majors.id, graduates.majorId))
    .where(eq(rosterLinkRequests.status, "pending"))
    .orderBy(asc(rosterLinkRequests.createdAt))
    .limit(500);
  return rows.filter((row) => (row.collegeId === null ? scope.kind === "school" : scopeCovers(scope, row.collegeId)));
}

export async function resolveLinkRequest(
  db: Database,
  actor: StaffActor,
  input: { requestId: string; approve: boolean },
) {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(rosterLinkRequests)
      .where(eq(rosterLinkRequests.id, input.requestId))
      .for("update")
      .limit(1);
    if (!request || request.status !== "pending") refuse("link.request.gone", { status: 404 });
    const [entry] = request.graduateId
      ? await tx.select().from(graduates).where(eq(graduates.id, request.graduateId)).for("update").limit(1)
      : [];
    if (entry ? !scopeCovers(actor.scope, entry.collegeId) : actor.scope.kind !== "school") {
      refuse("error.forbidden", { status: 403 });
    }
    if (input.approve) {
      if (!entry) refuse("link.request.noEntry");
      if (entry.userId) refuse("link.request.taken");
      await tx.update(graduates).set({ userId: request.userId }).where(eq(graduates.id, entry.id));
      await tx.update(users).set({ displayName: entry.name }).where(eq(users.id, request.userId));
      await tx.insert(graduateProfiles).values({ graduateId: entry.id }).onConflictDoNothing();
      const [account] = await tx
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, request.userId))
        .limit(1);
      if (entry.email && account) {
        await enqueueMail(tx, `roster-linked:${request.id}`, {
          to: entry.email,
          ...rosterLinkedMail(
            {
              name: entry.name,
              schoolName: getEnv().SCHOOL_NAME,
              accountEmail: maskEmail(account.email),
              how: "staff",
            },
            mailLocaleOf(null),
          ),
        });
      }
    }
    await tx
      .update(rosterLinkRequests)
      .set({
        status: input.approve ? "approved" : "rejected",
        resolvedBy: actor.userId,
        resolvedAt: sql`now()`,
        claimTokenHash: null,
      })
      .where(eq(rosterLinkRequests.id, request.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: input.approve ? "roster.link_approve" : "roster.link_reject",
      subjectType: "user",
      subjectId: request.userId,
      detail: { studentNo: request.studentNo, graduateId: entry?.id ?? null },
    });
  });
}

/** Latest activation of a graduate, for the staff view ("link sent on …, not used"). */
export async function lastActivation(db: Queryable, graduateId: string) {
  const [row] = await db
    .select({
      createdAt: activationTokens.createdAt,
      usedAt: activationTokens.usedAt,
      expiresAt: activationTokens.expiresAt,
    })
    .from(activationTokens)
    .where(and(eq(activationTokens.graduateId, graduateId), isNull(activationTokens.usedAt)))
    .orderBy(desc(activationTokens.createdAt))
    .limit(1);
  return row ?? null;
}
