import type { NextFunction, Request, Response } from "express";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  databaseRecentlyUnavailable,
  databaseUnavailableBody,
  runRequestScope,
} from "../app/db-outage.server";
import { log } from "../app/log.server";

const OUTAGE_DEADLINE_MS = 4000;

/**
 * Every request runs in a scope that Remix's handleError marks when PostgreSQL could not be
 * reached. A 5xx from such a request is replaced, before anything is written, by a short 503
 * page (JSON under /api/) with Retry-After: the visitor learns to wait a moment, never sees the
 * generic error page or a stack trace, and the process carries on.
 */
export function answerDatabaseOutagesWith503(req: Request, res: Response, next: NextFunction) {
  const { scope } = runRequestScope(() => next());
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let replaced = false;
  const answer503 = (response: Response, reason: string) => {
    replaced = true;
    const { contentType, body } = databaseUnavailableBody(req.path);
    for (const name of response.getHeaderNames()) if (name !== "content-security-policy") response.removeHeader(name);
    response.setHeader("Content-Type", contentType);
    response.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    writeHead.call(response, 503);
    (end as (this: Response, chunk: string) => Response).call(response, body);
    log.warn("request.database_unavailable", { path: req.path, reason });
  };
  // A query stuck on a connection the outage broke must not hold the visitor: while the database
  // was lately unreachable, an answer not started after a few seconds becomes the 503 page.
  const deadline = setTimeout(() => {
    if (!replaced && !res.headersSent && databaseRecentlyUnavailable(20_000)) answer503(res, "deadline");
  }, OUTAGE_DEADLINE_MS);
  deadline.unref();
  res.once("close", () => clearTimeout(deadline));
  res.writeHead = function outageAwareWriteHead(this: Response, ...args: Parameters<typeof writeHead>) {
    const status = args[0];
    if (!replaced && status >= 500 && scope.databaseUnavailable) {
      answer503(this, "error");
      return this;
    }
    if (replaced) return this;
    return writeHead.apply(this, args);
  } as typeof writeHead;
  res.write = function outageAwareWrite(this: Response, ...args: Parameters<typeof write>) {
    return replaced ? true : write.apply(this, args);
  } as typeof write;
  res.end = function outageAwareEnd(this: Response, ...args: Parameters<typeof end>) {
    return replaced ? this : end.apply(this, args);
  } as typeof end;
}
