import type { NextFunction, Request, Response } from "express";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  databaseRecentlyUnavailable,
  databaseUnavailableBody,
  openRequestScope,
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
  // Opened now, entered last: the answer's write methods are wrapped before any handler can write.
  const scope = openRequestScope();
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
  // The 5xx is replaced before its first byte. Node writes a status line without an explicit
  // writeHead from inside write()/end(), and then still sends the chunk it was given: replacing the
  // answer only there let the error page's first chunk follow the 503 on a kept-alive connection,
  // and the client read those bytes as the start of its next answer (HPE_INVALID_CONSTANT).
  const replacesBeforeFirstByte = (response: Response) => {
    if (!replaced && !response.headersSent && response.statusCode >= 500 && scope.databaseUnavailable)
      answer503(response, "error");
    return replaced;
  };
  res.write = function outageAwareWrite(this: Response, ...args: Parameters<typeof write>) {
    return replacesBeforeFirstByte(this) ? true : write.apply(this, args);
  } as typeof write;
  res.end = function outageAwareEnd(this: Response, ...args: Parameters<typeof end>) {
    return replacesBeforeFirstByte(this) ? this : end.apply(this, args);
  } as typeof end;
  runRequestScope(() => next(), scope);
}
