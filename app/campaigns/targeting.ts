/**
 * Who a campaign reaches and when its mail may leave (issue 14 "Campaigns"). Pure: the server reads
 * the roster and each graduate's eligibility, this module decides.
 */
import type { CampaignTarget } from "../../vocabulary";
import { schoolDate, schoolHour, schoolInstant } from "../time";
import type { RuleOutcome } from "../programmes/eligibility";

export type { CampaignTarget };

export interface CampaignCandidate {
  graduateId: string;
  cohort: number;
  collegeId: number;
  majorId: number;
  degree: "associate" | "bachelor" | "master" | "doctor";
  /** The graduate's overall outcome for the campaign's programme year. */
  eligibility: RuleOutcome;
}

/** Whether one graduate is in the target; a null criterion admits everyone. */
export function inTarget(candidate: CampaignCandidate, target: CampaignTarget): boolean {
  return (
    candidate.cohort === target.cohort &&
    (target.collegeId === null || candidate.collegeId === target.collegeId) &&
    (target.majorId === null || candidate.majorId === target.majorId) &&
    (target.degree === null || candidate.degree === target.degree) &&
    target.eligibility.includes(candidate.eligibility)
  );
}

export function selectTargets<T extends CampaignCandidate>(candidates: readonly T[], target: CampaignTarget): T[] {
  return candidates.filter((candidate) => inTarget(candidate, target));
}

/** Quiet hours at school: no outreach mail from 21:00 to 08:00 (school time). */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

/**
 * When a mail decided at `now` may leave: now outside quiet hours, else 08:00 school time of the
 * next morning (the same day's morning when decided after midnight).
 */
export function sendTimeFor(now: Date): Date {
  const hour = schoolHour(now);
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return now;
  const today = schoolDate(now);
  const morningToday = schoolInstant(today, "08:00");
  if (hour < QUIET_UNTIL_HOUR) return morningToday;
  return new Date(morningToday.getTime() + 24 * 3600 * 1000);
}
