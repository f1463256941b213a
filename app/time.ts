/**
 * The school's clock (decision 009). Deadlines, office hours, reminders and every date a page shows
 * are Beijing time, whatever the time zone of the server or the reader's browser. China has kept
 * one offset, UTC+8, with no daylight saving since 1991, so arithmetic with a fixed offset is exact.
 * This module is the only place that names the zone; pure, safe in the browser.
 */
import type { Locale } from "./i18n/messages";

export const SCHOOL_TIME_ZONE = "Asia/Shanghai";
export const SCHOOL_UTC_OFFSET = "+08:00";
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The school's calendar date of an instant (today when omitted): "2026-06-30". */
export function schoolDate(instant: Date = new Date()): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("schoolDate: invalid date");
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether "YYYY-MM-DD" names a day that exists (no 2 月 30 日). */
export function isCalendarDate(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return at.toISOString().slice(0, 10) === date;
}

/** The instant of a wall-clock time at school: `schoolInstant("2026-06-30", "14:30")`. */
export function schoolInstant(date: string, time = "00:00"): Date {
  if (!isCalendarDate(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) {
    throw new RangeError("schoolInstant: expected YYYY-MM-DD and HH:MM");
  }
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${SCHOOL_UTC_OFFSET}`);
}

/** Unix seconds of the last second of a school day: a deadline "2026-06-30" runs to 23:59:59 that day. */
export function endOfSchoolDay(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`endOfSchoolDay: expected a YYYY-MM-DD date, got "${date}"`);
  return (schoolInstant(date).getTime() + DAY_MS) / 1000 - 1;
}

/** The hour (0–23) at school of an instant. */
export function schoolHour(instant: Date): number {
  return new Date(instant.getTime() + OFFSET_MS).getUTCHours();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { ...options, timeZone: SCHOOL_TIME_ZONE });
    formatters.set(key, found);
  }
  return found;
}

/**
 * One way to write a date in each language, everywhere (pages, mail, PDFs): "30 Nov 2026" and
 * "2026年11月30日", with the time after it as "30 Nov 2026, 14:30" and "2026年11月30日 14:30". The
 * English form names the month, so no reader has to guess whether 05/06 is May or June. A
 * calendar date ("2026-06-30") or an instant; either is read on the school's calendar.
 */
export function formatSchoolDate(instant: Date | string, locale: Locale): string {
  return format(instant, locale, { dateStyle: "medium" });
}

/** A date and time as the reader reads it, on the school's clock: "30 Nov 2026, 14:30" or "2026年11月30日 14:30". */
export function formatSchoolDateTime(instant: Date | string, locale: Locale): string {
  return format(instant, locale, { dateStyle: "medium", timeStyle: "short" });
}

/** The school's clock time alone, 24-hour: "14:30" (a slot's end under its date). */
export function formatSchoolTime(instant: Date | string, locale: Locale): string {
  return format(instant, locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

/** A day heading with its weekday: "Tuesday 1 December" or "12月1日星期二". */
export function formatSchoolWeekday(instant: Date | string, locale: Locale): string {
  return format(instant, locale, { weekday: "long", month: "long", day: "numeric" });
}

/** A value that is not a date (a row without one) is shown as it is rather than breaking the page. */
function format(value: Date | string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const instant = toInstant(value);
  if (Number.isNaN(instant.getTime())) return value instanceof Date ? "" : String(value ?? "");
  return formatter(locale, options).format(instant);
}

/** A calendar date "YYYY-MM-DD" is that day at school (noon, safely inside it); anything else is an instant. */
function toInstant(value: Date | string): Date {
  if (typeof value === "string" && isCalendarDate(value)) return schoolInstant(value, "12:00");
  return new Date(value);
}
