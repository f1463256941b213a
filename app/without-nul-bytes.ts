/**
 * React 18.3's production server renderer emits stray NUL bytes where a multi-byte character
 * meets the end of one of its 2 kB buffers (react/react#31134), which lands in Chinese pages as
 * "信\0息". A page never holds a real NUL (the edge layer strips them from all input and
 * PostgreSQL cannot store them), so dropping every 0x00 byte restores the text exactly.
 */
export function withoutNulBytes(page: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  let nul = page.indexOf(0);
  if (nul < 0) return page;
  // Copies the runs between NULs: a byte-by-byte filter took a fifth of /jobs' CPU (decision 018).
  const clean = Buffer.allocUnsafe(page.length);
  let length = 0;
  let from = 0;
  while (nul >= 0) {
    length += page.copy(clean, length, from, nul);
    from = nul + 1;
    nul = page.indexOf(0, from);
  }
  length += page.copy(clean, length, from);
  return clean.subarray(0, length);
}
