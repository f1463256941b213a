/**
 * The answer of a route that hands one reader a stored file (an evidence scan, a résumé, a licence):
 * always a download, never kept by a shared cache, and never sniffed into a type the browser would
 * render, so a file that only claims to be a PDF or an image cannot run as a page of this site.
 */
export function privateAttachment(
  bytes: Uint8Array,
  file: { contentType: string; filename: string; headers?: Record<string, string> },
): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...file.headers,
    },
  });
}
