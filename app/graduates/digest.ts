/**
 * Digest selection rules, pure: which period a digest belongs to, whether a graduate is due,
 * and which ranked postings go in (never one already sent or applied to, nothing published
 * before the last digest, at most a handful).
 */
import type { DigestFrequency } from "../../vocabulary";
import { schoolDate, schoolIsoWeek } from "../time";

export const DIGEST_MAX_ITEMS = 8;
const DAY = 86_400_000;

/**
 * The period a digest is for, on the school's calendar: "2026-W48" (ISO week) for weekly,
 * "2026-11-29" for daily. Part of the idempotency key `digest:<graduateId>:<period>`, so a rerun
 * within the period (or after a crash) never sends twice.
 */
export function digestPeriod(frequency: Exclude<DigestFrequency, "off">, now: Date): string {
  return frequency === "daily" ? schoolDate(now) : schoolIsoWeek(now);
}

/** Due when subscribed and the last digest was for an earlier period (or there was none). */
export function isDigestDue(frequency: DigestFrequency, lastDigestAt: Date | null, now: Date): boolean {
  if (frequency === "off") return false;
  if (!lastDigestAt) return true;
  return digestPeriod(frequency, lastDigestAt) !== digestPeriod(frequency, now);
}

/** Postings count as new from the last digest on; a first digest looks back one period. */
export function digestSince(frequency: Exclude<DigestFrequency, "off">, lastDigestAt: Date | null, now: Date): Date {
  const lookBack = new Date(now.getTime() - (frequency === "daily" ? 1 : 7) * DAY);
  return lastDigestAt && lastDigestAt > lookBack ? lastDigestAt : lookBack;
}

export interface DigestCandidate {
  postingId: string;
  score: number;
  /** Unix seconds. */
  publishedAt: number;
}

/**
 * The digest's postings: ranked best first by the caller; drops postings already sent or applied
 * to and those published before `since`, keeps the order, at most `max`.
 */
export function selectDigestItems<T extends DigestCandidate>(
  ranked: T[],
  options: { excluded: ReadonlySet<string>; since: Date; max?: number },
): T[] {
  const sinceSeconds = Math.floor(options.since.getTime() / 1000);
  const out: T[] = [];
  for (const item of ranked) {
    if (options.excluded.has(item.postingId) || item.publishedAt < sinceSeconds) continue;
    if (out.some((o) => o.postingId === item.postingId)) continue;
    out.push(item);
    if (out.length >= (options.max ?? DIGEST_MAX_ITEMS)) break;
  }
  return out;
}
