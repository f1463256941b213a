import { auditLog } from "../../db/schema";
import type { Queryable } from "../../db/client";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  detail?: Record<string, unknown>;
  /** When it happened: the database's clock unless a seed replays a command at a chosen time. */
  at?: Date;
}

/** Written inside the transaction of the change it records, so the two never disagree. */
export async function recordAudit(db: Queryable, entry: AuditEntry) {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? {},
    createdAt: entry.at,
  });
}
