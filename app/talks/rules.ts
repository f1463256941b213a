/**
 * Pure rules of campus talks (宣讲会): the notice in working days, the slot's start and end, whether
 * a talk is on now. Working days are Monday to Friday on the school's calendar (app/time.ts), so a
 * request made late on Friday evening in Beijing counts from that Friday whatever the server's zone,
 * less the public holidays and plus the 调休 working weekends of vocabulary/holidays.ts (docs/holidays.md).
 */
import { addCalendarDays, schoolDate, schoolInstant } from "../time";
import { HOLIDAYS, TALK_SLOT_HOURS, type HolidayYear, type TalkSlot } from "../../vocabulary";

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Monday to Friday, except public holidays, plus the weekend days worked in their place (调休). */
export function isWorkingDay(date: string, holidays: Readonly<Record<number, HolidayYear>> = HOLIDAYS): boolean {
  const year = holidays[Number(date.slice(0, 4))];
  if (year?.workdays.includes(date)) return true;
  if (year?.off.includes(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/** The date `n` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number): string {
  let at = date;
  let left = n;
  while (left > 0) {
    at = addCalendarDays(at, 1);
    if (isWorkingDay(at)) left -= 1;
  }
  return at;
}

/** The first date a talk may be held when requested at `now` with `noticeDays` working days of notice. */
export function earliestTalkDate(now: Date, noticeDays: number): string {
  return addWorkingDays(schoolDate(now), noticeDays);
}

/** Whether a talk on `talkDate` leaves the school the notice it needs. */
export function hasEnoughNotice(talkDate: string, now: Date, noticeDays: number): boolean {
  return talkDate >= earliestTalkDate(now, noticeDays);
}

/** The talk's start and end instants. */
export function talkWindow(talk: { talkDate: string; slot: TalkSlot }): { start: Date; end: Date } {
  const hours = TALK_SLOT_HOURS[talk.slot];
  return { start: schoolInstant(talk.talkDate, hours.from), end: schoolInstant(talk.talkDate, hours.until) };
}

/** Check-in opens this long before the start (graduates arrive early) and closes at the end. */
export const CHECK_IN_EARLY_MS = 30 * 60_000;

export function isCheckInOpen(talk: { talkDate: string; slot: TalkSlot }, now: Date): boolean {
  const { start, end } = talkWindow(talk);
  return now.getTime() >= start.getTime() - CHECK_IN_EARLY_MS && now.getTime() <= end.getTime();
}
