/**
 * Queue changes pushed to pages. Migration 0014's trigger announces every change of a queue entry
 * on the PostgreSQL channel `fair_queue`; each web process keeps one listening connection and
 * hands the notices to the open server-sent-event streams of the graduates concerned, so a call
 * made through any process reaches the graduate's page within moments. With PGlite (no
 * DATABASE_URL) there is no listener and pages fall back to polling.
 */
import { getEnv } from "../config/env.server";
import { log } from "../log.server";

export interface QueueNotice {
  entryId: string;
  boothId: string;
  graduateId: string;
  status: string;
}

type Subscriber = (notice: QueueNotice) => void;

const subscribers = new Set<Subscriber>();
let started: Promise<boolean> | null = null;

async function start(): Promise<boolean> {
  const url = getEnv().DATABASE_URL;
  if (!url) return false;
  const { default: postgres } = await import("postgres");
  // One connection for LISTEN only; postgres.js re-subscribes after a reconnect by itself.
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  await client.listen("fair_queue", (payload) => {
    let notice: QueueNotice;
    try {
      notice = JSON.parse(payload) as QueueNotice;
    } catch {
      return;
    }
    for (const subscriber of subscribers) subscriber(notice);
  });
  return true;
}

/** Calls `onNotice` for every queue change until the returned function is called; false without a listener. */
export async function subscribeToQueue(onNotice: Subscriber): Promise<{ live: boolean; stop: () => void }> {
  started ??= start().catch((error: unknown) => {
    log.warn("fair.listen.failed", { error: error instanceof Error ? error.name : "unknown" });
    started = null;
    return false;
  });
  const live = await started;
  if (!live) return { live: false, stop: () => {} };
  subscribers.add(onNotice);
  return { live: true, stop: () => subscribers.delete(onNotice) };
}
