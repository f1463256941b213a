import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the SQL statements one HTTP request runs, for `npm run bench:pages` (JIUYE_COUNT_SQL=1).
 * Off by default: nothing is counted and no logger is installed. Kept on globalThis because the
 * Remix build and the launcher are separate module graphs in one process.
 */
const holder = globalThis as typeof globalThis & { __jiuyeStatementCount?: AsyncLocalStorage<{ count: number }> };
const storage = (holder.__jiuyeStatementCount ??= new AsyncLocalStorage<{ count: number }>());

export function countingStatements(): boolean {
  return process.env.JIUYE_COUNT_SQL === "1" || process.env.JIUYE_COUNT_SQL === "print";
}

/** Runs `work` with a fresh counter; `read` gives the statements run so far within it. */
export function withStatementCounter<T>(work: (read: () => number) => T): T {
  const counter = { count: 0 };
  return storage.run(counter, () => work(() => counter.count));
}

/** The drizzle logger used while counting: one call per statement sent. */
export const statementCountingLogger = {
  logQuery(query: string) {
    const counter = storage.getStore();
    if (counter) counter.count += 1;
    // JIUYE_COUNT_SQL=print: the statement text too (never the parameters), to find which ones a page runs.
    if (process.env.JIUYE_COUNT_SQL === "print") console.error(`sql[${counter?.count ?? "-"}] ${query.slice(0, 160)}`);
  },
};
