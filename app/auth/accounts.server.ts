import { randomBytes, randomUUID } from "node:crypto";
import { hashToken } from "./token.server";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { mailLocaleOf } from "../i18n/mail-locale";
import { pendingRegistrations, staffScopes, users, type Role } from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { accountWelcomeMail } from "../../emails/templates/account-welcome";
import { registrationAttemptMail, registrationConfirmMail } from "../../emails/templates/registration";
import { refuse } from "../errors";
import type { StaffActor } from "./actor";
import { recordAudit } from "../audit/audit.server";
import { getEnv } from "../config/env.server";
import { enqueueMail, PERSON_WAITING } from "../outbox/outbox.server";
import { mailedLinkStatus } from "./mailed-link";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password.server";
import type { RegistrationSchema } from "./schema";
import { createSession } from "./session.server";

export type RegistrationInput = z.output<typeof RegistrationSchema>;

async function emailExists(db: Queryable, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row);
}

/** How long a mailed registration link works. Short: it stands in for the password the visitor just chose. */
export const REGISTRATION_LINK_HOURS = 2;

/**
 * The first step of self-registration. A new address gets a one-time confirmation link and nothing
 * else exists yet; an address that already has an account gets a mail saying someone tried. The
 * caller answers both the same way (the page says "check your mail"), so the form tells nobody
 * whether an address is registered. The password is hashed in both cases so the timing matches.
 */
export async function startRegistration(db: Database, input: RegistrationInput & { locale: "zh-CN" | "en" }) {
  const passwordHash = await hashPassword(input.password);
  const publicUrl = getEnv().publicUrl;
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, displayName: users.displayName, locale: users.locale })
      .from(users)
      .where(eq(users.email, input.email))
      .limit(1);
    if (existing) {
      await enqueueMail(
        tx,
        `registration-attempt:${existing.id}:${randomUUID()}`,
        {
          to: input.email,
          ...registrationAttemptMail(
            {
              displayName: existing.displayName,
              signInUrl: `${publicUrl}/login`,
              forgotUrl: `${publicUrl}/password/forgot`,
            },
            mailLocaleOf(existing),
          ),
        },
        { priority: PERSON_WAITING },
      );
      await recordAudit(tx, {
        actorUserId: null,
        action: "account.register_known_address",
        subjectType: "user",
        subjectId: existing.id,
      });
      return;
    }
    const token = randomBytes(32).toString("base64url");
    const [pending] = await tx
      .insert(pendingRegistrations)
      .values({
        tokenHash: hashToken(token),
        email: input.email,
        passwordHash,
        role: input.role,
        displayName: input.displayName,
        locale: input.locale,
        expiresAt: sql`now() + make_interval(hours => ${REGISTRATION_LINK_HOURS})`,
      })
      .returning({ id: pendingRegistrations.id });
    await enqueueMail(
      tx,
      `registration:${pending!.id}`,
      {
        to: input.email,
        ...registrationConfirmMail(
          {
            displayName: input.displayName,
            confirmUrl: `${publicUrl}/register/confirm/${token}`,
            hours: REGISTRATION_LINK_HOURS,
          },
          input.locale,
        ),
      },
      { priority: PERSON_WAITING },
    );
  });
}

async function pendingByToken(db: Queryable, token: string, lock: boolean) {
  const query = db
    .select({
      id: pendingRegistrations.id,
      email: pendingRegistrations.email,
      passwordHash: pendingRegistrations.passwordHash,
      role: pendingRegistrations.role,
      displayName: pendingRegistrations.displayName,
      locale: pendingRegistrations.locale,
      usedAt: pendingRegistrations.usedAt,
      expired: sql<boolean>`${pendingRegistrations.expiresAt} <= now()`,
    })
    .from(pendingRegistrations)
    .where(eq(pendingRegistrations.tokenHash, hashToken(token)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

/** What the confirmation page shows before the button is pressed (a GET changes nothing: mail scanners open links). */
export async function findRegistration(db: Queryable, token: string) {
  const row = await pendingByToken(db, token, false);
  const status = mailedLinkStatus(row);
  return { status, displayName: status === "ok" && row ? row.displayName : "" };
}

/**
 * Opens the mailed link: creates the account, its welcome mail and a session, in one transaction
 * under the pending row's lock, so the link works exactly once.
 */
export async function confirmRegistration(
  db: Database,
  token: string,
  userAgent: string | null,
): Promise<{ userId: string; role: Role; setCookie: string }> {
  return db.transaction(async (tx) => {
    const row = await pendingByToken(tx, token, true);
    const status = mailedLinkStatus(row);
    if (status !== "ok" || !row) refuse(`registration.link.${status}`, { status: status === "invalid" ? 404 : 410 });
    await tx
      .update(pendingRegistrations)
      .set({ usedAt: sql`now()` })
      .where(eq(pendingRegistrations.id, row.id));
    const [user] = await tx
      .insert(users)
      .values({
        email: row.email,
        passwordHash: row.passwordHash,
        role: row.role,
        displayName: row.displayName,
        locale: row.locale,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    // Two links for one address (registered twice before confirming): the first one opened wins.
    if (!user) refuse("registration.link.used", { status: 410 });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "account.register",
      subjectType: "user",
      subjectId: user.id,
      detail: { role: row.role },
    });
    await enqueueMail(tx, `welcome:${user.id}`, {
      to: row.email,
      ...accountWelcomeMail(
        { displayName: row.displayName, role: row.role, signInUrl: `${getEnv().publicUrl}/login` },
        mailLocaleOf(row),
      ),
    });
    const setCookie = await createSession(tx, user.id, userAgent);
    return { userId: user.id, role: row.role, setCookie };
  });
}

export async function signIn(
  db: Database,
  credentials: { email: string; password: string },
  userAgent: string | null,
): Promise<{ userId: string; role: Role; setCookie: string } | null> {
  const [user] = await db
    .select({ id: users.id, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, credentials.email))
    .limit(1);
  if (!user) {
    await burnPasswordCheck(credentials.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, credentials.password)) || user.disabledAt) return null;
  const setCookie = await createSession(db, user.id, userAgent);
  await recordAudit(db, { actorUserId: user.id, action: "account.sign_in", subjectType: "user", subjectId: user.id });
  return { userId: user.id, role: user.role, setCookie };
}

/** Staff and administrators are created by an administrator, never by self-registration. */
export async function createStaffAccount(
  db: Database,
  actor: StaffActor,
  input: {
    email: string;
    password: string;
    displayName: string;
    role: "staff" | "admin";
    collegeId: number | null;
    locale: "zh-CN" | "en";
  },
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await emailExists(tx, input.email)) refuse("auth.register.taken", { status: 409, field: "email" });
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        passwordHash,
        role: input.role,
        displayName: input.displayName,
        locale: input.locale,
      })
      .returning({ id: users.id });
    if (!user) refuse("auth.register.taken", { status: 409, field: "email" });
    await tx
      .insert(staffScopes)
      .values({ userId: user.id, collegeId: input.role === "admin" ? null : input.collegeId });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "account.create_staff",
      subjectType: "user",
      subjectId: user.id,
      detail: { role: input.role, collegeId: input.collegeId },
    });
    await enqueueMail(tx, `welcome:${user.id}`, {
      to: input.email,
      ...accountWelcomeMail(
        {
          displayName: input.displayName,
          role: input.role,
          signInUrl: `${getEnv().publicUrl}/login`,
          createdByAdmin: true,
        },
        input.locale,
      ),
    });
    return user.id;
  });
}

/** The account's language, for its pages and the mail it receives. */
export async function setAccountLocale(db: Queryable, userId: string, locale: "zh-CN" | "en") {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
