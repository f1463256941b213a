import type { Queryable } from "../../db/client";
import { readUpload } from "../files/uploads.server";
import { recordAudit, type AuditEntry } from "./audit.server";

/**
 * Reads a private upload (licence, evidence, enlistment form, report screenshot) and records who
 * viewed it: these files hold personal or business data, so every view leaves a trace. The file
 * is read first, so a file that cannot be read is not recorded as seen.
 */
export async function readUploadAudited(db: Queryable, file: string, view: AuditEntry): Promise<Buffer> {
  const bytes = await readUpload(file);
  await recordAudit(db, view);
  return bytes;
}
