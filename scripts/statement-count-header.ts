import type { NextFunction, Request, Response } from "express";
import { withStatementCounter } from "../db/statement-count";

/** With JIUYE_COUNT_SQL=1: each response carries `X-Sql-Statements`, the statements its request ran before answering. */
export function statementCountHeader(_req: Request, res: Response, next: NextFunction) {
  withStatementCounter((read) => {
    const writeHead = res.writeHead;
    res.writeHead = function countedWriteHead(this: Response, ...args: Parameters<typeof writeHead>) {
      if (!this.headersSent) this.setHeader("X-Sql-Statements", String(read()));
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  });
}
