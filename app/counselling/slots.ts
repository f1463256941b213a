/**
 * Turning a staff member's "every 30 min from 14:00 to 17:00 on 1 Dec, for 3 weeks" into slots.
 * Times are Beijing wall-clock (UTC+8, no daylight saving), whatever the machine's time zone.
 * Pure module.
 */
import { addCalendarDays, isCalendarDate, schoolInstant } from "../time";

export type SlotTimes = { startsAt: Date; endsAt: Date };

export type SlotPattern = {
  /** YYYY-MM-DD, Beijing date of the first day. */
  date: string;
  /** HH:MM, Beijing time, first start. */
  from: string;
  /** HH:MM, Beijing time; the last slot ends no later than this. */
  to: string;
  /** Length of each slot. */
  minutes: number;
  /** Pause between slots. */
  breakMinutes?: number;
  /** Repeat on the same weekday for this many weeks (1 = just that day). */
  weeks?: number;
};

export const SLOT_LIMITS = { minMinutes: 10, maxMinutes: 240, maxBreak: 120, maxWeeks: 8, maxSlots: 60 } as const;

export type PatternProblem = { field: "date" | "from" | "to" | "minutes" | "breakMinutes" | "weeks"; key: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(hhmm: string): number | null {
  const m = TIME.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A school date and minute of the day as an instant. */
function slotInstant(date: string, minuteOfDay: number): Date {
  return new Date(schoolInstant(date).getTime() + minuteOfDay * 60_000);
}

/** Slots of the pattern, or the problems with it (message keys per field). */
export function generateSlots(
  pattern: SlotPattern,
): { ok: true; slots: SlotTimes[] } | { ok: false; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  const breakMinutes = pattern.breakMinutes ?? 0;
  const weeks = pattern.weeks ?? 1;
  if (!isCalendarDate(pattern.date)) problems.push({ field: "date", key: "counselling.date.invalid" });
  const from = minutesOfDay(pattern.from);
  const to = minutesOfDay(pattern.to);
  if (from === null) problems.push({ field: "from", key: "counselling.time.invalid" });
  if (to === null) problems.push({ field: "to", key: "counselling.time.invalid" });
  if (
    !Number.isInteger(pattern.minutes) ||
    pattern.minutes < SLOT_LIMITS.minMinutes ||
    pattern.minutes > SLOT_LIMITS.maxMinutes
  ) {
    problems.push({ field: "minutes", key: "counselling.minutes.invalid" });
  }
  if (!Number.isInteger(breakMinutes) || breakMinutes < 0 || breakMinutes > SLOT_LIMITS.maxBreak)
    problems.push({ field: "breakMinutes", key: "counselling.break.invalid" });
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > SLOT_LIMITS.maxWeeks)
    problems.push({ field: "weeks", key: "counselling.weeks.invalid" });
  if (problems.length) return { ok: false, problems };
  if (to! - from! < pattern.minutes) return { ok: false, problems: [{ field: "to", key: "counselling.to.tooEarly" }] };

  const perDay: [number, number][] = [];
  for (let start = from!; start + pattern.minutes <= to!; start += pattern.minutes + breakMinutes)
    perDay.push([start, start + pattern.minutes]);
  if (perDay.length * weeks > SLOT_LIMITS.maxSlots)
    return { ok: false, problems: [{ field: "to", key: "counselling.slots.tooMany" }] };
  const slots: SlotTimes[] = [];
  for (let w = 0; w < weeks; w++) {
    const day = addCalendarDays(pattern.date, w * 7);
    for (const [s, e] of perDay) slots.push({ startsAt: slotInstant(day, s), endsAt: slotInstant(day, e) });
  }
  return { ok: true, slots };
}

/** Half-open intervals [start, end) overlap. Back-to-back slots do not. */
export function overlaps(a: SlotTimes, b: SlotTimes): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The first new slot that overlaps an existing one (or another new one), or null. */
export function firstOverlap(
  fresh: readonly SlotTimes[],
  existing: readonly SlotTimes[] = [],
): { slot: SlotTimes; with: SlotTimes } | null {
  for (let i = 0; i < fresh.length; i++) {
    const slot = fresh[i]!;
    for (const other of existing) if (overlaps(slot, other)) return { slot, with: other };
    for (let j = 0; j < i; j++) if (overlaps(slot, fresh[j]!)) return { slot, with: fresh[j]! };
  }
  return null;
}
