import { data } from "@remix-run/node";
import { DomainError, firstKey } from "./errors";
import { isMessageKey } from "./i18n/messages";

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function serializeCookie(
  name: string,
  value: string,
  options: { maxAgeSeconds?: number; httpOnly?: boolean; secure: boolean },
): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** The client address the server saw, handed over by the HTTP layer through the load context. */
export interface AppLoadContext {
  cspNonce?: string;
  clientAddress?: string;
  requestId?: string;
  rateLimitCounted?: string;
}

function contextString(context: unknown, name: keyof AppLoadContext): string | undefined {
  if (context && typeof context === "object" && name in context) {
    const value = (context as Record<string, unknown>)[name];
    if (typeof value === "string") return value;
  }
  return undefined;
}

/** The request's id from the edge layer, for log lines and the error page. */
export function requestIdOf(context: unknown): string | undefined {
  return contextString(context, "requestId");
}

/** Whether the edge layer already counted this request in the named rate-limit bucket. */
export function rateLimitCountedAtEdge(context: unknown, bucket: string): boolean {
  return contextString(context, "rateLimitCounted") === bucket;
}

export function clientAddress(context: unknown): string {
  if (
    context &&
    typeof context === "object" &&
    "clientAddress" in context &&
    typeof context.clientAddress === "string"
  ) {
    return context.clientAddress;
  }
  return "unknown";
}

export function forbidden(): never {
  throw data({ message: "error.forbidden" }, { status: 403 });
}

export function notFound(): never {
  throw data({ message: "error.notFound" }, { status: 404 });
}

/**
 * Runs a loader's domain call and answers a refusal with the error page: 403 and 404 as
 * `forbidden()` and `notFound()` do, a refusal of another status (a document that does not exist
 * yet: 409) with that status; the refusal's first message key travels as `message`, never text.
 * Other errors pass through. A synchronous rule is passed as a function: `orDeny(() => rule(...))`.
 */
export async function orDeny<T>(call: Promise<T> | (() => T | Promise<T>)): Promise<T> {
  try {
    return await (typeof call === "function" ? call() : call);
  } catch (error) {
    if (error instanceof DomainError) {
      const key = firstKey(error);
      const fallback =
        error.status === 403 ? "error.forbidden" : error.status === 404 ? "error.notFound" : "error.generic";
      throw data({ message: isMessageKey(key) ? key : fallback }, { status: error.status });
    }
    throw error;
  }
}

/**
 * The answer of a route that hands one reader a private file (an evidence scan, a résumé, a licence,
 * an agreement, a report workbook): never kept by a shared cache, and never sniffed into a type the
 * browser would render, so a file that only claims to be a PDF or an image cannot run as a page of
 * this site. A download unless `inline` (an agreement's preview opens in the browser's viewer);
 * `readableName` adds the name in the reader's script (`filename*`, RFC 6266) beside the ASCII one.
 */
export function privateFile(
  body: Uint8Array | ReadableStream<Uint8Array>,
  file: {
    contentType: string;
    filename: string;
    readableName?: string;
    inline?: boolean;
    headers?: Record<string, string>;
  },
): Response {
  const disposition = [`${file.inline ? "inline" : "attachment"}; filename="${file.filename}"`];
  if (file.readableName) disposition.push(`filename*=UTF-8''${encodeURIComponent(file.readableName)}`);
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": disposition.join("; "),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...file.headers,
    },
  });
}
