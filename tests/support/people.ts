import { hashPassword } from "../../app/auth/password.server";
import { signIn } from "../../app/auth/accounts.server";
import { getDb } from "../../app/db.server";
import { createGraduates, createSchool, createUser, linkGraduateAccount, type School } from "../../seed/factories";
import type { Role } from "../../db/schema";

export const TEST_PASSWORD = "长江后浪推前浪-2026";
let cachedHash: Promise<string> | undefined;

export async function testSchool(): Promise<School> {
  return createSchool(await getDb());
}

let counter = 0;
/** A user of the role, signed in; returns the Cookie header value to act as them. */
export async function signedIn(
  role: Role,
  options: { collegeId?: number | null; displayName?: string; email?: string } = {},
) {
  const db = await getDb();
  cachedHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const email = options.email ?? `${role}${counter}.${Date.now()}@test.jiuye.cn`;
  const user = await createUser(db, {
    email,
    passwordHash: await cachedHash,
    role,
    displayName: options.displayName ?? `测试${role}${counter}`,
    collegeId: options.collegeId ?? null,
  });
  const session = await signIn(db, { email, password: TEST_PASSWORD }, "vitest");
  if (!session) throw new Error("sign-in failed for a fresh test user");
  return { user, cookie: session.setCookie.split(";")[0] ?? "" };
}

export async function rosterOf(school: School, count: number, seed = 11) {
  return createGraduates(await getDb(), school, { count, cohorts: [2026], seed, studentNoOffset: seed * 10_000 });
}

export { linkGraduateAccount };
