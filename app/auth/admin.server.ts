import { desc, eq } from "drizzle-orm";
import { auditLog, colleges, staffScopes, users } from "../../db/schema";
import type { Queryable } from "../../db/client";

export function listRecentUsers(db: Queryable, limit = 100) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      collegeZh: colleges.nameZh,
      collegeEn: colleges.nameEn,
      hasScope: staffScopes.userId,
    })
    .from(users)
    .leftJoin(staffScopes, eq(staffScopes.userId, users.id))
    .leftJoin(colleges, eq(colleges.id, staffScopes.collegeId))
    .orderBy(desc(users.createdAt))
    .limit(limit);
}

export function listAudit(db: Queryable, page: number, pageSize = 50) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      createdAt: auditLog.createdAt,
      actor: users.displayName,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}
