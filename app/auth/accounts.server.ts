import { eq } from "drizzle-orm";
import type { z } from "zod";
import { staffScopes, users, type Role } from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { accountWelcomeMail } from "../../emails/templates/account-welcome";
import { recordAudit } from "../audit/audit.server";
import { getEnv } from "../config/env.server";
import { enqueueMail } from "../outbox/outbox.server";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password.server";
import type { RegistrationSchema } from "./schema";
import { createSession } from "./session.server";

export type RegistrationInput = z.output<typeof RegistrationSchema>;

export class EmailTakenError extends Error {
  constructor() {
    super("auth.register.taken");
  }
}

async function emailExists(db: Queryable, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row);
}

/** Creates the account, its welcome mail (through the outbox) and a session, in one transaction. */
export async function registerAccount(
  db: Database,
  input: RegistrationInput & { locale: "zh-CN" | "en" },
  userAgent: string | null,
): Promise<{ userId: string; setCookie: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await emailExists(tx, input.email)) throw new EmailTakenError();
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        passwordHash,
        role: input.role,
        displayName: input.displayName,
        locale: input.locale,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new EmailTakenError();
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "account.register",
      subjectType: "user",
      subjectId: user.id,
      detail: { role: input.role },
    });
    await enqueueMail(tx, `welcome:${user.id}`, {
      to: input.email,
      ...accountWelcomeMail(
        { displayName: input.displayName, role: input.role, signInUrl: `${getEnv().publicUrl}/login` },
        input.locale,
      ),
    });
    const setCookie = await createSession(tx, user.id, userAgent);
    return { userId: user.id, setCookie };
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
  actorUserId: string,
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
    if (await emailExists(tx, input.email)) throw new EmailTakenError();
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
    if (!user) throw new EmailTakenError();
    await tx
      .insert(staffScopes)
      .values({ userId: user.id, collegeId: input.role === "admin" ? null : input.collegeId });
    await recordAudit(tx, {
      actorUserId,
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
