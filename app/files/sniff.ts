/** The file types any upload may have, told apart by their first bytes. */
export const FILE_TYPES = {
  pdf: { mime: "application/pdf", suffixes: [".pdf"] },
  jpg: { mime: "image/jpeg", suffixes: [".jpg", ".jpeg"] },
  png: { mime: "image/png", suffixes: [".png"] },
} as const;
export type FileExt = keyof typeof FILE_TYPES;
export type SniffedType = { [E in FileExt]: { ext: E; mime: (typeof FILE_TYPES)[E]["mime"] } }[FileExt];

/** The file's type by its first bytes, never by its name or the browser's claim. */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { ext: "pdf", mime: FILE_TYPES.pdf.mime };
  if (starts(0xff, 0xd8, 0xff)) return { ext: "jpg", mime: FILE_TYPES.jpg.mime };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { ext: "png", mime: FILE_TYPES.png.mime };
  return null;
}

/**
 * What each upload field takes. The server's check (`storeUpload`) and the page's `accept` attribute
 * (`<FileField kind>`) both read this table, so a page can never offer a type the server refuses.
 */
export const UPLOAD_KINDS = {
  licence: ["pdf", "jpg", "png"],
  resume: ["pdf"],
  destinationEvidence: ["pdf", "jpg", "png"],
  releaseLetter: ["pdf"],
  agreementDocument: ["pdf"],
  enlistmentFile: ["pdf", "jpg"],
  // A report's evidence is a screenshot of a chat or a page: images only, never a PDF or a document.
  reportScreenshot: ["png", "jpg"],
} as const satisfies Record<string, readonly FileExt[]>;
export type UploadKind = keyof typeof UPLOAD_KINDS;

/** The roster import reads .xlsx or CSV (app/graduates/roster-import.ts tells them apart by their bytes). */
const ROSTER_SHEET_ACCEPT = [
  ".xlsx",
  ".csv",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

/** A file input's kind: a stored upload, or the roster sheet that is parsed and never stored. */
export type FileFieldKind = UploadKind | "rosterSheet";

/** The `accept` attribute for a kind: each type's MIME and file-name suffixes, so every browser's picker filters. */
export function acceptFor(kind: FileFieldKind): string {
  if (kind === "rosterSheet") return ROSTER_SHEET_ACCEPT.join(",");
  return UPLOAD_KINDS[kind].flatMap((ext) => [FILE_TYPES[ext].mime, ...FILE_TYPES[ext].suffixes]).join(",");
}
