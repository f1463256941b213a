/**
 * Pure rules of support plans (一人一策), shared by the server module, the pages and unit tests.
 * No imports from *.server.ts: the pages call these in the browser too.
 */

import type { Locale } from "../i18n/messages";
import { nameFor } from "../i18n/names";
import { schoolInstant } from "../time";

/** The values the support tables allow, from `vocabulary/` (the check constraints derive from them). */
export {
  CONTACT_CHANNELS,
  SUBSIDY_STATES,
  SUPPORT_PLAN_STATES,
  type ContactChannel,
  type SubsidyState,
  type SupportPlanState,
} from "../../vocabulary";

/** A graduate whose open plan shows no progress for this many days is highlighted. */
export const STALL_DAYS = 14;
const DAY_MS = 24 * 3600_000;

/**
 * The instant a contact logged for a day counts as progress: noon of that day in Beijing, never
 * later than now (a contact logged today at 9:00 is progress as of 9:00, not noon).
 */
export function contactInstant(day: string, now: Date = new Date()): Date {
  const noon = schoolInstant(day, "12:00");
  return noon.getTime() > now.getTime() ? now : noon;
}

/** The latest of the given moments (progress from any source); null when there is none. */
export function latestProgress(moments: (Date | string | null | undefined)[]): Date | null {
  let latest: Date | null = null;
  for (const moment of moments) {
    if (!moment) continue;
    const at = moment instanceof Date ? moment : new Date(moment);
    if (Number.isNaN(at.getTime())) continue;
    if (!latest || at.getTime() > latest.getTime()) latest = at;
  }
  return latest;
}

/** Whole days since `since` (0 on the same day, never negative). */
export function daysSince(since: Date | string, now: Date = new Date()): number {
  const at = since instanceof Date ? since : new Date(since);
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / DAY_MS));
}

export type SupportState = "none" | "open" | "closed";

/**
 * Stalled: an open plan with no progress for STALL_DAYS days or more. Closed plans never stall;
 * graduates without a plan are shown as "no plan yet", which is a different call to action.
 */
export function isStalled(
  plan: { status: SupportState; lastProgressAt: Date | string | null },
  now: Date = new Date(),
): boolean {
  if (plan.status !== "open" || !plan.lastProgressAt) return false;
  return daysSince(plan.lastProgressAt, now) >= STALL_DAYS;
}

/** The cut-off instant: progress before it means stalled. */
export function stallCutoff(now: Date = new Date()): Date {
  return new Date(now.getTime() - STALL_DAYS * DAY_MS);
}

/** Order for the staff list: stalled first (longest silence first), then no plan, then open, then closed. */
export function supportRank(row: { state: SupportState; stalled: boolean }): number {
  if (row.stalled) return 0;
  if (row.state === "none") return 1;
  if (row.state === "open") return 2;
  return 3;
}

export const LIST_FILTERS = ["all", "stalled", "open", "none", "closed", "mine"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const LIST_SORTS = ["attention", "progress", "name"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/**
 * Subsidy kinds as data (a code and both names). Provinces differ in names and amounts, so no
 * amount is kept here: staff enter the granted amount on each subsidy. Adding a kind is a line
 * here; old rows keep their code.
 */
export const SUBSIDY_KINDS: { code: string; nameZh: string; nameEn: string }[] = [
  { code: "job_startup", nameZh: "求职创业补贴", nameEn: "Job-seeking and start-up subsidy" },
  { code: "one_off_job_seeking", nameZh: "一次性求职补贴", nameEn: "One-off job-seeking subsidy" },
  { code: "startup", nameZh: "一次性创业补贴", nameEn: "One-off start-up subsidy" },
  { code: "traineeship", nameZh: "就业见习补贴", nameEn: "Traineeship subsidy" },
  { code: "social_insurance", nameZh: "社会保险补贴", nameEn: "Social insurance subsidy" },
  { code: "tuition_compensation", nameZh: "基层就业学费补偿", nameEn: "Tuition compensation for grassroots jobs" },
  { code: "other", nameZh: "其他", nameEn: "Other" },
];

export function subsidyKindName(code: string, locale: Locale): string {
  const kind = SUBSIDY_KINDS.find((k) => k.code === code);
  return kind ? nameFor(locale, kind) : code;
}
