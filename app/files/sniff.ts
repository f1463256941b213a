export type SniffedType = { ext: "pdf" | "jpg" | "png"; mime: "application/pdf" | "image/jpeg" | "image/png" };

/** The file's type by its first bytes, never by its name or the browser's claim. */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { ext: "pdf", mime: "application/pdf" };
  if (starts(0xff, 0xd8, 0xff)) return { ext: "jpg", mime: "image/jpeg" };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { ext: "png", mime: "image/png" };
  return null;
}
