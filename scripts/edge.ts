/**
 * The edge layer (decision 012): what every request to a Remix route passes through before any
 * loader or action sees it, so that a new route cannot forget it.
 *
 *   request id → no caching for signed-in users → cross-site refusal → sign-in rate limits →
 *   byte-counted body limit → control characters stripped from query, form and JSON values →
 *   one web Request handed to Remix.
 *
 * Refusals are answered here, in both languages, with the request id: an HTML page for a browser
 * navigation, a turbo-stream form failure for a Remix data request (so the page shows it inline),
 * JSON under /api/.
 */
import { randomBytes } from "node:crypto";
import { writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { encode } from "turbo-stream";
import { responseBytesOf } from "../app/response-bytes.server";
import { MAX_UPLOAD_BYTES } from "../app/files/uploads.server";
import { log } from "../app/log.server";
import { bilingual, translate } from "../app/i18n/messages";
import { cleanJson, cleanSearchParams, hasControls, withoutControls } from "../app/security/input";

/** Every body not listed below: forms of text, where 64 kB is several pages of typing. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Room for the multipart envelope and the other fields around a file. */
const ENVELOPE = 512 * 1024;
const ROSTER_FILE_BYTES = 10 * 1024 * 1024;

/** The only routes that take files, and how much each may receive. */
export const UPLOAD_LIMITS: { path: RegExp; bytes: number }[] = [
  { path: /^\/staff\/roster\/import\/?$/, bytes: ROSTER_FILE_BYTES + ENVELOPE },
  { path: /^\/staff\/destinations\/?$/, bytes: ROSTER_FILE_BYTES + ENVELOPE },
  { path: /^\/employer\/register\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
  { path: /^\/graduate\/profile\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
  { path: /^\/graduate\/destination\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
  { path: /^\/graduate\/agreements\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
  // A public report with an optional screenshot (issue 12).
  { path: /^\/jobs\/[0-9a-f-]{36}\/report\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
  // The enlistment desk's two printed forms (issue 14).
  { path: /^\/graduate\/programmes\/enlistment\/?$/, bytes: MAX_UPLOAD_BYTES + ENVELOPE },
];

/** Remix data requests end in `.data` (single fetch); the limit is the page's. */
function routePath(pathname: string): string {
  if (pathname === "/_root.data") return "/";
  return pathname.endsWith(".data") ? pathname.slice(0, -".data".length) : pathname;
}

export function bodyLimitFor(pathname: string): number {
  const path = routePath(pathname);
  return UPLOAD_LIMITS.find((entry) => entry.path.test(path))?.bytes ?? DEFAULT_BODY_LIMIT;
}

/** Anonymous POSTs that guess at secrets: limited per client address before their body is read. */
export function rateLimitBucket(method: string, pathname: string): string | null {
  if (method !== "POST") return null;
  const path = routePath(pathname);
  if (/^\/login\/?$/.test(path)) return "sign-in";
  if (/^\/register\/?$/.test(path)) return "register";
  if (/^\/activate\/[^/]+\/?$/.test(path)) return "activate";
  if (/^\/register\/confirm\/[^/]+\/?$/.test(path)) return "activate";
  if (/^\/unsubscribe\/[^/]+\/?$/.test(path)) return "unsubscribe";
  if (/^\/password\/forgot\/?$/.test(path)) return "password-reset";
  if (/^\/password\/reset\/[^/]+\/?$/.test(path)) return "activate";
  return null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request comes from the site's own pages. Browsers send
 * `Sec-Fetch-Site` (all current ones) and `Origin` (on every POST); a request carrying neither is
 * not from a browser, so no visitor's cookies can be riding on it without their knowing. A
 * sibling host of the school (same site, other subdomain) is refused like any other site.
 */
export function fromTheSiteItself(
  headers: { origin?: string | undefined; secFetchSite?: string | undefined },
  siteOrigins: string[],
): boolean {
  const fetchSite = headers.secFetchSite?.toLowerCase();
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  if (headers.origin === undefined) return true;
  return siteOrigins.includes(headers.origin.toLowerCase());
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?jiuye_session=[^;\s]/;

/** A signed-in visitor (a session cookie is present) or an answer that signs someone in. */
function personal(req: ExpressRequest, res: ExpressResponse): boolean {
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return true;
  const setCookie = res.getHeader("Set-Cookie");
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : [];
  return cookies.some((cookie) => /^(?:__Host-)?jiuye_session=/.test(cookie));
}

const RANDOM_POOL_BYTES = 4096;
let randomPool = Buffer.alloc(0);
let randomUsed = 0;

/**
 * `size` fresh random bytes for per-request values that only need to be unguessable (request id,
 * CSP nonce), taken from a pool filled 4 kB at a time: one call into OpenSSL per ~170 requests
 * instead of two per request (decision 032). Each byte is handed out once. Not for secrets that
 * outlive the request (session tokens draw their own).
 */
export function randomSlice(size: number): Buffer {
  if (randomUsed + size > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomUsed = 0;
  }
  const slice = randomPool.subarray(randomUsed, randomUsed + size);
  randomUsed += size;
  return slice;
}

/** A short random id on every request, in the `X-Request-Id` header and in every log line about it. */
export function assignRequestId(_req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  const id = randomSlice(8).toString("hex");
  res.locals.requestId = id;
  res.setHeader("X-Request-Id", id);
  next();
}

/**
 * `Cache-Control: private, no-store` on every answer to a signed-in visitor (pages, downloads,
 * data requests), whatever the route set: career-centre and lab computers are shared. Mounted
 * after the static files, whose public caching stays.
 */
export function noStoreForSignedIn(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function noStoreWriteHead(this: ExpressResponse, ...args: Parameters<typeof writeHead>) {
    if (personal(req, this)) this.setHeader("Cache-Control", "private, no-store");
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
}

function describeLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} kB`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The refusal, in the shape the asker can show: inline form error, JSON, or a page. */
export function refuseAtEdge(
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  key: string,
  params: Record<string, string> = {},
) {
  const requestId = String(res.locals.requestId ?? "");
  log.warn("edge.refused", { requestId, status, reason: key, method: req.method, path: req.path });
  // An unread body is read and thrown away by node after this answer (bounded by the server's
  // request timeout), so the client finishes sending and sees the answer instead of a reset.
  res.setHeader("Cache-Control", "no-store");
  res.status(status);
  if (req.path.endsWith(".data")) {
    // What a Remix action answers with a form failure, so the page shows it beside the form.
    const failure = { ok: false, form: "", errors: { _form: [{ key, params }] }, values: {} };
    res.setHeader("Content-Type", "text/x-script");
    res.setHeader("X-Remix-Response", "yes");
    void pipeStream(encode({ data: failure }), res);
    return;
  }
  if (req.path.startsWith("/api/")) {
    const message = bilingual(key);
    for (const [name, value] of Object.entries(params)) {
      message.zh = message.zh.replaceAll(`{${name}}`, value);
      message.en = message.en.replaceAll(`{${name}}`, value);
    }
    res.json({ error: { key, message }, requestId });
    return;
  }
  const line = (locale: "zh-CN" | "en") => escapeHtml(translate(locale, key, params));
  const idLine = (locale: "zh-CN" | "en") => escapeHtml(translate(locale, "edge.requestId", { id: requestId }));
  res
    .type("html")
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(translate("zh-CN", "edge.title"))} · ${escapeHtml(translate("en", "edge.title"))}</title></head>` +
        `<body><main><h1>${escapeHtml(translate("zh-CN", "edge.title"))}</h1><p role="alert">${line("zh-CN")}</p>` +
        `<p lang="en">${line("en")}</p><p>${idLine("zh-CN")} · <span lang="en">${idLine("en")}</span></p>` +
        `<p><a href="/">${escapeHtml(translate("zh-CN", "edge.back"))}</a> · <a href="/" lang="en">${escapeHtml(translate("en", "edge.back"))}</a></p></main></body></html>`,
    );
}

async function pipeStream(stream: ReadableStream<Uint8Array>, res: ExpressResponse) {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}

/**
 * The body, counted as it arrives, chunked or not. Past the limit nothing more is kept and `null`
 * is returned at once; node discards the rest after the 413 has been written.
 */
function readBody(req: ExpressRequest, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const onData = (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        req.off("data", onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.once("error", reject);
  });
}

/** A Remix answer written to express's response, as @remix-run/express does. */
export async function sendWebResponse(res: ExpressResponse, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  // A rendered page or API answer has its bytes at hand: one write, not read back through the stream.
  const bytes = responseBytesOf(response);
  if (bytes) res.end(bytes);
  else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** The URL Remix would have built (host and protocol as express resolves them, proxy settings included). */
function requestUrl(req: ExpressRequest): URL {
  const forwardedPort = req.get("X-Forwarded-Host")?.split(":")[1];
  const hostPort = req.get("host")?.split(":")[1];
  const port = [forwardedPort, hostPort].map((p) => Number.parseInt(p ?? "", 10)).find(Number.isSafeInteger);
  return new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
}

export interface EdgeOptions {
  /** The site's public origin (PUBLIC_URL). */
  publicOrigin: string;
  /** Counts one attempt under `key`; the sign-in routes skip their own count when this ran. */
  rateLimit(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  clientAddress(req: ExpressRequest): string;
}

/** `res.locals.remixRequest`: the cleaned web Request; `res.locals.rateLimitCounted`: the bucket counted. */
export function edge(options: EdgeOptions) {
  const publicOrigin = new URL(options.publicOrigin).origin.toLowerCase();
  return async function edgeLayer(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
    try {
      const url = requestUrl(req);

      // A path whose segments decode to control characters names no page (and must not reach a query).
      let decodedPath: string;
      try {
        decodedPath = decodeURIComponent(url.pathname);
      } catch {
        return refuseAtEdge(req, res, 404, "edge.badPath");
      }
      if (hasControls(decodedPath)) return refuseAtEdge(req, res, 404, "edge.badPath");

      const method = req.method.toUpperCase();
      if (!SAFE_METHODS.has(method)) {
        const allowed = fromTheSiteItself({ origin: req.get("Origin"), secFetchSite: req.get("Sec-Fetch-Site") }, [
          publicOrigin,
          url.origin.toLowerCase(),
        ]);
        if (!allowed) return refuseAtEdge(req, res, 403, "edge.crossSite");
      }

      const bucket = rateLimitBucket(method, url.pathname);
      if (bucket) {
        const verdict = await options.rateLimit(`${bucket}:${options.clientAddress(req)}`);
        if (!verdict.allowed) {
          res.setHeader("Retry-After", String(verdict.retryAfterSeconds));
          return refuseAtEdge(req, res, 429, "auth.rateLimited");
        }
        res.locals.rateLimitCounted = bucket;
      }

      const search = cleanSearchParams(url.searchParams);
      if (search) url.search = search.toString();

      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
          headers.append(name, item);
      }
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const init: RequestInit & { duplex?: "half" } = { method, headers, signal: controller.signal };

      if (method !== "GET" && method !== "HEAD") {
        const limit = bodyLimitFor(url.pathname);
        const declared = Number(req.get("Content-Length") ?? 0);
        const params = { limit: describeLimit(limit) };
        if (declared > limit) {
          return refuseAtEdge(req, res, 413, "edge.tooLarge", params);
        }
        const raw = await readBody(req, limit);
        if (raw === null) return refuseAtEdge(req, res, 413, "edge.tooLarge", params);
        // What the routes' own upload checks read, also for a chunked body.
        headers.set("Content-Length", String(raw.length));
        const type = (req.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
        if (type === "application/x-www-form-urlencoded") {
          const fields = new URLSearchParams(raw.toString("utf8"));
          init.body = (cleanSearchParams(fields) ?? fields).toString();
        } else if (type === "multipart/form-data") {
          let form: FormData;
          try {
            form = await new Request(url, {
              method: "POST",
              headers: { "Content-Type": req.get("Content-Type")! },
              body: new Uint8Array(raw),
            }).formData();
          } catch {
            return refuseAtEdge(req, res, 400, "edge.malformed");
          }
          const cleaned = new FormData();
          for (const [key, value] of form) {
            if (typeof value === "string") cleaned.append(withoutControls(key), withoutControls(value));
            else cleaned.append(withoutControls(key), value, withoutControls(value.name));
          }
          // The new body has its own boundary; Request writes the matching Content-Type.
          headers.delete("Content-Type");
          init.body = cleaned;
        } else if (type === "application/json") {
          try {
            init.body = JSON.stringify(cleanJson(JSON.parse(raw.toString("utf8"))));
          } catch {
            init.body = new Uint8Array(raw);
          }
        } else {
          init.body = new Uint8Array(raw);
        }
      }
      res.locals.remixRequest = new Request(url.href, init);
      next();
    } catch (error) {
      next(error);
    }
  };
}
