import { randomBytes } from "node:crypto";
import { hashToken } from "./token.server";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { redirect } from "@remix-run/node";
import { notifications, sessions, staffScopes, users, type Role } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { preparedPerDatabase } from "../../db/statement-template";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { requestMemo } from "../db-outage.server";
import { readCookie, serializeCookie } from "../http.server";
import { forbidden } from "../http.server";
import { roleCan, type Permission, type StaffScope } from "./permissions";

export interface CurrentUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  locale: "zh-CN" | "en";
  sessionId: string;
  scope: StaffScope | null;
  /**
   * Unread notices (the bell in the header), read with the session in the same statement so a
   * signed-in page does not spend one of its statements on it.
   */
  unreadNotifications: number;
}

function cookieName() {
  // __Host- binds the cookie to this origin over HTTPS; a site served over plain HTTP cannot use it.
  return getEnv().https ? "__Host-jiuye_session" : "jiuye_session";
}

/** Starts a new session (a fresh id at every sign-in) and returns its Set-Cookie header. */
export async function createSession(db: Queryable, userId: string, userAgent: string | null): Promise<string> {
  const env = getEnv();
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    userAgent: userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + env.SESSION_ABSOLUTE_HOURS * 3600_000),
  });
  return serializeCookie(cookieName(), token, { secure: env.https });
}

export function clearSessionCookie(): string {
  return serializeCookie(cookieName(), "", { maxAgeSeconds: 0, secure: getEnv().https });
}

// The root loader and the page's loader both ask who is signed in; on a GET they share one
// lookup. Never for an action, which may change the session or the user (sign out, language)
// before the loaders run (those then run as a GET and look up afresh).
export function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return lookUpCurrentUser(request);
  return requestMemo(`current-user:${request.headers.get("Cookie") ?? ""}`, () => lookUpCurrentUser(request));
}

// Every signed-in request runs this lookup: prepared once per database object, so drizzle does not
// rebuild its text each time (decision 031).
const currentUserQuery = preparedPerDatabase((db: Queryable) =>
  db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      role: users.role,
      displayName: users.displayName,
      locale: users.locale,
      collegeId: staffScopes.collegeId,
      hasScope: staffScopes.userId,
      unreadNotifications: sql<number>`(select count(*)::int from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(staffScopes, eq(staffScopes.userId, users.id))
    .where(
      and(
        eq(sessions.id, sql.placeholder("id")),
        isNull(sessions.revokedAt),
        isNull(users.disabledAt),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql.placeholder("idleCutoff")),
      ),
    )
    .limit(1)
    .prepare("current_user"),
);

async function lookUpCurrentUser(request: Request): Promise<CurrentUser | null> {
  const token = readCookie(request, cookieName());
  if (!token) return null;
  const env = getEnv();
  const db = await getDb();
  const id = hashToken(token);
  const idleCutoff = new Date(Date.now() - env.SESSION_IDLE_MINUTES * 60_000);
  const [row] = await currentUserQuery(db).execute({ id, idleCutoff: idleCutoff.toISOString() });
  if (!row) return null;
  // Touch at most once a minute: the idle timeout needs minute precision, not a write per request.
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, id));
  }
  let scope: StaffScope | null = null;
  if (row.role === "admin") scope = { kind: "school" };
  else if (row.role === "staff" && row.hasScope) {
    scope = row.collegeId === null ? { kind: "school" } : { kind: "college", collegeId: row.collegeId };
  }
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    displayName: row.displayName,
    locale: row.locale,
    sessionId: row.sessionId,
    scope,
    unreadNotifications: Number(row.unreadNotifications),
  };
}

export async function revokeSession(db: Queryable, sessionId: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(eq(sessions.id, sessionId));
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Anonymous visitors are sent to sign in; signed-in users without the permission get 403. */
export async function requirePermission(request: Request, permission: Permission): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!roleCan(user.role, permission)) forbidden();
  return user;
}

/** Staff and admins always carry a scope; a staff account without one is misconfigured and denied. */
/**
 * Staff with the whole school in scope (and admins). For what is not split by college, e.g. the
 * local mailbox: it holds every graduate's mail, so a college's staff must not read it.
 */
export async function requireSchoolScope(
  request: Request,
  permission: Permission,
): Promise<CurrentUser & { scope: StaffScope }> {
  const user = await requireStaffScope(request, permission);
  if (user.scope.kind !== "school") forbidden();
  return user;
}

export async function requireStaffScope(
  request: Request,
  permission: Permission,
): Promise<CurrentUser & { scope: StaffScope }> {
  const user = await requirePermission(request, permission);
  if (!user.scope) forbidden();
  return { ...user, scope: user.scope };
}
