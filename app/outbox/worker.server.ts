import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { outbox } from "../../db/schema";
import { resultRows, type Database } from "../../db/client";
import { isDatabaseUnavailable } from "../db-outage.server";
import { errorSummary, log } from "../log.server";

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxHandler = (
  payload: Record<string, unknown>,
  row: OutboxRow,
) => Promise<Record<string, unknown> | void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

/** How long a claimed row belongs to its worker; a worker that dies only delays its rows this long. */
export const DEFAULT_LEASE_SECONDS = 120;

/**
 * A failure no retry can fix (an SMTP server's 5xx for an address): the row is closed with this
 * code instead of being retried, and staff see it. `code` is a short machine code, never a message.
 */
export class PermanentJobError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "PermanentJobError";
  }
}

/** Exponential backoff with jitter: 5 s, 10 s, 20 s ... capped at 30 minutes. */
export function backoffSeconds(attempts: number, random = Math.random): number {
  const base = Math.min(5 * 2 ** Math.max(0, attempts - 1), 1800);
  return Math.round(base * (0.8 + random() * 0.4));
}

/**
 * Claims up to `limit` due rows, those someone is waiting for first (`priority`). The lease (locked_until) is taken in one statement with
 * SKIP LOCKED, so concurrent workers never claim the same row, and a worker that dies only
 * delays its rows until the lease runs out.
 */
export async function claimOutboxRows(
  db: Database,
  limit: number,
  leaseSeconds = DEFAULT_LEASE_SECONDS,
): Promise<OutboxRow[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    update outbox set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id in (
      select id from outbox
      where done_at is null and run_after <= now() and (locked_until is null or locked_until < now())
      order by priority desc, id
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = resultRows(rows).map((row) => Number(row.id));
  if (ids.length === 0) return [];
  return db.query.outbox.findMany({
    where: (t, { inArray }) => inArray(t.id, ids),
    orderBy: (t, { asc, desc }) => [desc(t.priority), asc(t.id)],
  });
}

/**
 * Kinds whose due rows can be done as one: their payloads merge into one (e.g. the union of
 * posting ids to sync), so ten approvals in a second become one Meilisearch task, not ten.
 */
export type OutboxMergers = Record<string, (payloads: Record<string, unknown>[]) => Record<string, unknown>>;

export interface BatchOptions {
  leaseSeconds?: number;
  /** Checked between jobs: once true, the rest of the batch is handed back unstarted. */
  stopping?: () => boolean;
}

export async function processOutboxBatch(
  db: Database,
  handlers: OutboxHandlers,
  limit = 20,
  mergers: OutboxMergers = {},
  options: BatchOptions = {},
): Promise<number> {
  const rows = await claimOutboxRows(db, limit, options.leaseSeconds);
  const groups: OutboxRow[][] = [];
  const byKind = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    if (row.kind in mergers) {
      const group = byKind.get(row.kind);
      if (group) group.push(row);
      else {
        const fresh = [row];
        byKind.set(row.kind, fresh);
        groups.push(fresh);
      }
    } else groups.push([row]);
  }
  for (const [position, claimed] of groups.entries()) {
    if (options.stopping?.()) {
      await releaseRows(db, groups.slice(position).flat());
      break;
    }
    // Renewed just before the work: a row whose lease ran out while earlier jobs of the batch
    // were slow may have been claimed by another worker (its claim raised `attempts`), and is
    // left to that worker instead of being done twice.
    const group = await renewLeases(db, claimed, options.leaseSeconds ?? DEFAULT_LEASE_SECONDS);
    if (group.length < claimed.length)
      log.warn("outbox.lease_lost", { ids: claimed.filter((row) => !group.includes(row)).map((row) => row.id) });
    if (group.length === 0) continue;
    const first = group[0]!;
    const handler = handlers[first.kind];
    const merge = first.kind in mergers ? mergers[first.kind] : undefined;
    const ids = group.map((row) => row.id);
    try {
      if (!handler) throw new Error(`no handler for outbox kind "${first.kind}"`);
      const payload = merge && group.length > 1 ? merge(group.map((row) => row.payload)) : first.payload;
      const result = await handler(payload, first);
      // The effect has happened (the mail is out): record it even if PostgreSQL is restarting
      // right now, or the row would be run again when its lease ends and the mail sent twice.
      await retryWhileDatabaseUnavailable(() =>
        db
          .update(outbox)
          .set({ doneAt: sql`now()`, lockedUntil: null, lastError: null, result: result ?? {} })
          .where(inArray(outbox.id, ids)),
      );
    } catch (error) {
      if (error instanceof PermanentJobError) {
        log.warn("outbox.failed_permanently", { ids, kind: first.kind, code: error.code });
        await db
          .update(outbox)
          .set({ doneAt: sql`now()`, lockedUntil: null, lastError: error.code, result: { failed: error.code } })
          .where(inArray(outbox.id, ids));
        continue;
      }
      // Code and constraint, never a driver's message: it would carry the query and its parameters.
      const message = errorSummary(error);
      for (const row of group) {
        const delay = backoffSeconds(row.attempts);
        log.warn("outbox.retry", {
          id: row.id,
          kind: row.kind,
          attempts: row.attempts,
          retryInSeconds: delay,
          error: message,
        });
        await db
          .update(outbox)
          .set({
            lockedUntil: null,
            lastError: message,
            runAfter: sql`now() + make_interval(secs => ${delay})`,
          })
          .where(eq(outbox.id, row.id));
      }
    }
  }
  return rows.length;
}

/** Runs `write` again while the database cannot be reached, for up to `forMs`; other errors pass through. */
export async function retryWhileDatabaseUnavailable<T>(write: () => Promise<T>, forMs = 60_000): Promise<T> {
  const deadline = Date.now() + forMs;
  for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + wait > deadline) throw error;
      log.warn("outbox.waiting_for_database", { retryInMs: wait });
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function renewLeases(db: Database, rows: OutboxRow[], leaseSeconds: number): Promise<OutboxRow[]> {
  const renewed = await db
    .update(outbox)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      and(
        isNull(outbox.doneAt),
        or(...rows.map((row) => and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts)))),
      ),
    )
    .returning({ id: outbox.id });
  const ids = new Set(renewed.map((row) => row.id));
  return rows.filter((row) => ids.has(row.id));
}

/** Hands claimed rows back as if never claimed, so another worker takes them at once. */
async function releaseRows(db: Database, rows: OutboxRow[]) {
  if (rows.length === 0) return;
  await db
    .update(outbox)
    .set({ lockedUntil: null, attempts: sql`greatest(${outbox.attempts} - 1, 0)` })
    .where(
      inArray(
        outbox.id,
        rows.map((row) => row.id),
      ),
    );
  log.info("outbox.released", { count: rows.length });
}

export interface RunningWorker {
  stop(): Promise<void>;
  /** Resolves once the queue has nothing due; for tests and scripts. */
  drain(): Promise<void>;
}

export function startOutboxWorker(
  db: Database,
  handlers: OutboxHandlers,
  options: { pollMs?: number; onIdle?: () => Promise<void>; mergers?: OutboxMergers; leaseSeconds?: number } = {},
): RunningWorker {
  // A claim that finds nothing is one index scan; polling 4 times a second keeps
  // publish → searchable well under the 2 s target without LISTEN/NOTIFY plumbing.
  const pollMs = options.pollMs ?? 250;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const batch = { leaseSeconds: options.leaseSeconds, stopping: () => stopped };
      while (!stopped && (await processOutboxBatch(db, handlers, 50, options.mergers, batch)) > 0) {
        // keep going while there is work
      }
      if (!stopped && options.onIdle) await options.onIdle();
    } catch (error) {
      log.error("outbox.worker_error", { error });
    }
  };
  const loop = () => {
    if (stopped) return;
    current = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, pollMs);
    });
  };
  loop();

  return {
    /** Finishes the job in hand, hands the rest of its batch back, and resolves when idle. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
    async drain() {
      await current;
      await tick();
    },
  };
}
