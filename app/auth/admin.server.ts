import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { auditLog, colleges, staffScopes, users } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { DisplayNameSchema, EmailSchema, PasswordSchema } from "./schema";

export const StaffAccountSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  role: z.enum(["staff", "admin"], { error: "form.required" }),
  // "school" or a college id; admins are always school-wide.
  scope: z
    .string({ error: "users.scope.required" })
    .min(1, "users.scope.required")
    .transform((value, ctx) => {
      if (value === "school") return null;
      const id = Number(value);
      if (!Number.isSafeInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "users.scope.required" });
        return z.NEVER;
      }
      return id;
    }),
});

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
