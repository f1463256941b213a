import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
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
import { recordAudit } from "../audit/audit.server";
import { hashPassword } from "../auth/password.server";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { createSession } from "../auth/session.server";
import { getEnv } from "../config/env.server";
import { DomainError } from "../errors";

export const ACTIVATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

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
              "zh-CN",
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
    if (!row) throw new DomainError({ domain: "activation", status: 404, message: "activation.invalid" });
    if (row.token.usedAt || row.graduate.userId)
      throw new DomainError({ domain: "activation", status: 409, message: "activation.used" });
    if (row.token.expiresAt.getTime() < Date.now())
      throw new DomainError({ domain: "activation", status: 410, message: "activation.expired" });
    const email = row.token.email.toLowerCase();
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (taken) throw new DomainError({ domain: "activation", status: 409, message: "activation.emailTaken" });
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

/**
 * A self-registered graduate claims a roster entry. Student number and name both matching an
 * entry without an account links at once; anything else becomes a request a staff member of
 * that graduate's college (or the school) resolves.
 */
export async function linkToRoster(db: Database, input: { userId: string; studentNo: string; name: string }) {
  const studentNo = input.studentNo.trim();
  const name = input.name.normalize("NFKC").trim();
  return db.transaction(async (tx) => {
    if (await graduateOfUser(tx, input.userId)) return { status: "linked" as const };
    const [entry] = await tx.select().from(graduates).where(eq(graduates.studentNo, studentNo)).for("update").limit(1);
    if (entry && entry.name === name && !entry.userId) {
      await tx.update(graduates).set({ userId: input.userId }).where(eq(graduates.id, entry.id));
      await tx.update(users).set({ displayName: entry.name }).where(eq(users.id, input.userId));
      await tx.insert(graduateProfiles).values({ graduateId: entry.id }).onConflictDoNothing();
      await recordAudit(tx, {
        actorUserId: input.userId,
        action: "roster.link",
        subjectType: "graduate",
        subjectId: entry.id,
        detail: { match: "exact" },
      });
      return { status: "linked" as const };
    }
    if (await pendingLinkRequest(tx, input.userId)) return { status: "requested" as const };
    await tx
      .insert(rosterLinkRequests)
      .values({ userId: input.userId, studentNo, name, graduateId: entry?.id ?? null });
    await recordAudit(tx, {
      actorUserId: input.userId,
      action: "roster.link_request",
      subjectType: "user",
      subjectId: input.userId,
      detail: { studentNo },
    });
    return { status: "requested" as const };
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
  input: { requestId: string; staffUserId: string; scope: StaffScope; approve: boolean },
) {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(rosterLinkRequests)
      .where(eq(rosterLinkRequests.id, input.requestId))
      .for("update")
      .limit(1);
    if (!request || request.status !== "pending")
      throw new DomainError({ domain: "roster", status: 404, message: "link.request.gone" });
    const [entry] = request.graduateId
      ? await tx.select().from(graduates).where(eq(graduates.id, request.graduateId)).for("update").limit(1)
      : [];
    if (entry ? !scopeCovers(input.scope, entry.collegeId) : input.scope.kind !== "school") {
      throw new DomainError({ domain: "roster", status: 403, message: "error.forbidden" });
    }
    if (input.approve) {
      if (!entry) throw new DomainError({ domain: "roster", status: 409, message: "link.request.noEntry" });
      if (entry.userId) throw new DomainError({ domain: "roster", status: 409, message: "link.request.taken" });
      await tx.update(graduates).set({ userId: request.userId }).where(eq(graduates.id, entry.id));
      await tx.insert(graduateProfiles).values({ graduateId: entry.id }).onConflictDoNothing();
    }
    await tx
      .update(rosterLinkRequests)
      .set({ status: input.approve ? "approved" : "rejected", resolvedBy: input.staffUserId, resolvedAt: sql`now()` })
      .where(eq(rosterLinkRequests.id, request.id));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
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
