import { AsyncLocalStorage } from "node:async_hooks";

/**
 * PostgreSQL being unreachable (stopped, restarting, network gone) is not a bug in the page that
 * happened to ask: the visitor gets a short 503 page with Retry-After instead of the generic
 * error page, and the process keeps running (postgres.js opens new connections once the server
 * is back). The launcher wraps every request in a scope; Remix's handleError marks it.
 */
const CONNECTION_ERRORS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down)
  "08000",
  "08001",
  "08003",
  "08006",
]);

/** True when the error (or one it wraps, as drizzle's query errors do) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_ERRORS.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

interface RequestScope {
  databaseUnavailable: boolean;
  /** Answers computed once per HTTP request and shared by its loaders (see requestMemo). */
  memo: Map<string, unknown>;
}

// On globalThis: the launcher (which opens the scope) and the Remix build (whose handleError
// marks it) are separate module graphs in one process.
const holder = globalThis as typeof globalThis & {
  __jiuyeRequestScope?: AsyncLocalStorage<RequestScope>;
  __jiuyeLastDatabaseOutage?: number;
};
const storage = (holder.__jiuyeRequestScope ??= new AsyncLocalStorage<RequestScope>());

export function openRequestScope(): RequestScope {
  return { databaseUnavailable: false, memo: new Map() };
}

export function runRequestScope<T>(fn: () => T, scope = openRequestScope()): { scope: RequestScope; result: T } {
  return { scope, result: storage.run(scope, fn) };
}

/**
 * The request's shared answer for `key`, computed on first use. Remix hands each loader its own
 * copy of the Request, so the HTTP request's scope (opened by the launcher for every request) is
 * what the root loader and the page's loader have in common. Outside a scope (tests calling a
 * route directly, scripts) it just computes.
 */
export function requestMemo<T>(key: string, compute: () => T): T {
  const scope = storage.getStore();
  if (!scope) return compute();
  if (!scope.memo.has(key)) scope.memo.set(key, compute());
  return scope.memo.get(key) as T;
}

/** Called for every error a request's loaders and actions raise. */
export function noteRequestError(error: unknown) {
  const scope = storage.getStore();
  if (!isDatabaseUnavailable(error)) return;
  holder.__jiuyeLastDatabaseOutage = Date.now();
  if (scope) scope.databaseUnavailable = true;
}

/** Whether a request saw the database unreachable within the last `withinMs`. */
export function databaseRecentlyUnavailable(withinMs = 60_000): boolean {
  return Date.now() - (holder.__jiuyeLastDatabaseOutage ?? 0) < withinMs;
}

export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function databaseUnavailableBody(path: string): { contentType: string; body: string } {
  if (path.startsWith("/api/"))
    return {
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({
        error: {
          code: "service_unavailable",
          zh: "服务暂时不可用，请几秒后重试",
          en: "The service is briefly unavailable; try again in a few seconds",
        },
      }),
    };
  return {
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${DATABASE_RETRY_AFTER_SECONDS}"><title>服务暂时不可用 · Briefly unavailable</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6}</style></head>
<body><main><h1>服务暂时不可用</h1><p role="alert">数据库正在恢复，页面会在几秒后自动重试；您填写的内容没有提交。</p>
<h2 lang="en">Briefly unavailable</h2><p lang="en">The database is coming back; this page retries by itself in a few seconds. Nothing you sent was saved.</p>
</main></body></html>`,
  };
}
