/**
 * Pure rules of online fairs: who may register (with the reasons when not), whether the fair is
 * live or the employer window open, the soft chat timer and the wait estimate. No I/O; the facts
 * behind them are in docs/fairs.md.
 */
import type { Message } from "../i18n/messages";
import { addCalendarDays, schoolDate, schoolInstant } from "../time";
import type { FairAudience } from "../../vocabulary";

export type { FairAudience };

export interface GraduateFacts {
  cohort: number;
  degree: string;
  collegeId: number;
  majorId: number;
}

export type Eligibility = { eligible: true } | { eligible: false; reasons: Message[] };

/**
 * AND across rule types, OR within one (as Handshake's qualifications, docs/fairs.md): every rule
 * type with values must contain the graduate's value. Every failed type is named, so the graduate
 * learns all that blocks them at once, not one reason per attempt. A college's own fair admits
 * only its graduates whatever the audience says.
 */
export function checkEligibility(
  fair: { collegeId: number | null; audience: FairAudience },
  graduate: GraduateFacts,
): Eligibility {
  const reasons: Message[] = [];
  const { audience } = fair;
  if (fair.collegeId !== null && fair.collegeId !== graduate.collegeId) {
    reasons.push({ key: "fair.eligibility.scope" });
  }
  if (audience.cohorts.length > 0 && !audience.cohorts.includes(graduate.cohort)) {
    reasons.push({ key: "fair.eligibility.cohort", params: { cohorts: [...audience.cohorts].sort().join(", ") } });
  }
  if (audience.degrees.length > 0 && !(audience.degrees as readonly string[]).includes(graduate.degree)) {
    reasons.push({ key: "fair.eligibility.degree" });
  }
  if (audience.collegeIds.length > 0 && !audience.collegeIds.includes(graduate.collegeId)) {
    reasons.push({ key: "fair.eligibility.college" });
  }
  if (audience.majorIds.length > 0 && !audience.majorIds.includes(graduate.majorId)) {
    reasons.push({ key: "fair.eligibility.major" });
  }
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}

export interface FairCalendar {
  startsOn: string;
  endsOn: string;
  liveFrom: string;
  liveUntil: string;
}

/**
 * The latest end a time field can hold. Staff who want a fair open until midnight type it, and
 * mean the end of the day: read literally it would close every day's last minute (graduates in
 * the queue at 23:59 refused, the calendar ending a minute short).
 */
const END_OF_DAY = "23:59";

/** The live hours of each day of the fair, as instants (for the iCalendar and the live check). */
export function liveSessions(fair: FairCalendar): { start: Date; end: Date }[] {
  const sessions: { start: Date; end: Date }[] = [];
  for (let day = fair.startsOn; day <= fair.endsOn; day = addCalendarDays(day, 1)) {
    const end =
      fair.liveUntil === END_OF_DAY
        ? schoolInstant(addCalendarDays(day, 1), "00:00")
        : schoolInstant(day, fair.liveUntil);
    sessions.push({ start: schoolInstant(day, fair.liveFrom), end });
    if (sessions.length > 31) break; // a fair is days long; a month is a typing mistake, not a loop
  }
  return sessions;
}

/** Within the live hours of one of the fair's days, at school. */
export function isWithinLiveHours(fair: FairCalendar, now: Date): boolean {
  return liveSessions(fair).some((session) => now >= session.start && now < session.end);
}

/** The employer application window includes today (school dates, both ends inclusive). */
export function isEmployerWindowOpen(
  fair: { employerWindowOpens: string; employerWindowCloses: string },
  now: Date,
): boolean {
  const today = schoolDate(now);
  return today >= fair.employerWindowOpens && today <= fair.employerWindowCloses;
}

/** The soft timer's warning comes this long before the booth's chosen length (the 15/1 pattern). */
export const CHAT_WARNING_MINUTES = 1;

export type ChatTimer = { phase: "running" | "warning" | "over"; elapsedSeconds: number; lengthSeconds: number };

/**
 * Where a chat stands against the booth's chosen length. Both sides are warned a minute before
 * and told when the time is up; nothing is cut off (the hard-timer complaint of issue 13).
 */
export function chatTimer(startedAt: Date, chatMinutes: number, now: Date): ChatTimer {
  const elapsedSeconds = Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / 1000));
  const lengthSeconds = chatMinutes * 60;
  const phase =
    elapsedSeconds >= lengthSeconds
      ? "over"
      : elapsedSeconds >= lengthSeconds - CHAT_WARNING_MINUTES * 60
        ? "warning"
        : "running";
  return { phase, elapsedSeconds, lengthSeconds };
}

/** Recent chats needed before their median replaces the booth's chosen length as the typical chat. */
export const MIN_CHATS_FOR_ESTIMATE = 3;

export interface WaitInput {
  /** Graduates ahead in this booth's line. */
  ahead: number;
  /** Representatives taking calls now, and how many of them are in a call or chat. */
  representativesOnline: number;
  representativesBusy: number;
  /** Lengths in minutes of the booth's recent chats (newest first or any order). */
  recentChatMinutes: readonly number[];
  /** The booth's chosen chat length, used until enough chats were held. */
  chatMinutes: number;
}

export type WaitEstimate =
  | { known: true; minutes: number; basis: "recent" | "chosen"; typicalMinutes: number }
  | { known: false; reason: "no_representative" };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The wait in whole minutes, never capped (issue 13: "30 minutes or all day?"). Representatives
 * serve in parallel: the first `free` graduates ahead take the idle ones; after that each
 * representative frees up when a chat ends: the first after half a typical chat when chats are
 * under way (on average half of one is left), then one typical chat per round of representatives.
 * With nobody online the wait is unknown, and the page says so instead of showing a number.
 */
export function estimateWait(input: WaitInput): WaitEstimate {
  const reps = Math.max(0, Math.floor(input.representativesOnline));
  if (reps === 0) return { known: false, reason: "no_representative" };
  const chats = input.recentChatMinutes.filter((m) => Number.isFinite(m) && m > 0);
  const useRecent = chats.length >= MIN_CHATS_FOR_ESTIMATE;
  const typical = useRecent ? median(chats) : input.chatMinutes;
  const basis = useRecent ? "recent" : "chosen";
  const busy = Math.min(reps, Math.max(0, input.representativesBusy));
  const free = reps - busy;
  const ahead = Math.max(0, Math.floor(input.ahead));
  if (ahead < free) return { known: true, minutes: 0, basis, typicalMinutes: typical };
  const waitingForBusy = ahead - free;
  const firstRelease = busy > 0 ? typical / 2 : typical;
  const rounds = Math.floor(waitingForBusy / reps);
  return { known: true, minutes: Math.ceil(firstRelease + rounds * typical), basis, typicalMinutes: typical };
}
