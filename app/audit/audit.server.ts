import { auditLog } from "../../db/schema";
import type { Queryable } from "../../db/client";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  detail?: Record<string, unknown>;
}

/** Written inside the transaction of the change it records, so the two never disagree. */
export async function recordAudit(db: Queryable, entry: AuditEntry) {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? {},
  });
}
