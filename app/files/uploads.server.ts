import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { sniffFileType, UPLOAD_KINDS, type SniffedType, type UploadKind } from "./sniff";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface StoredUpload {
  /** Relative to the uploads directory, which is outside anything the web server serves. */
  file: string;
  mime: SniffedType["mime"];
  sha256: string;
  size: number;
}

function uploadsDir() {
  return path.join(getEnv().dataDir, "uploads");
}

/** The folder under the uploads directory that keeps each kind. */
const FOLDER_OF: Record<UploadKind, string> = {
  licence: "licences",
  resume: "resumes",
  destinationEvidence: "evidence",
  releaseLetter: "evidence",
  agreementDocument: "evidence",
  enlistmentFile: "enlistment",
  reportScreenshot: "reports",
};

/** Checks size and content type against the kind's list (the one the page's `accept` shows), then stores under a random name. */
export async function storeUpload(kind: UploadKind, file: File, field: string): Promise<StoredUpload> {
  const folder = FOLDER_OF[kind];
  const allowed: readonly SniffedType["ext"][] = UPLOAD_KINDS[kind];
  if (file.size === 0) refuse("upload.empty", { field });
  if (file.size > MAX_UPLOAD_BYTES) refuse("upload.tooLarge", { field });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffFileType(bytes);
  if (!type || !allowed.includes(type.ext)) refuse("upload.badType", { field });
  const relative = path.join(folder, `${randomUUID()}.${type.ext}`);
  await mkdir(path.join(uploadsDir(), folder), { recursive: true });
  await writeFile(path.join(uploadsDir(), relative), bytes, { mode: 0o600 });
  return {
    file: relative,
    mime: type.mime,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    size: bytes.length,
  };
}

export async function readUpload(relative: string): Promise<Buffer> {
  const base = uploadsDir();
  const full = path.resolve(base, relative);
  if (!full.startsWith(base + path.sep)) throw new Error("upload path escapes the uploads directory");
  return readFile(full);
}
