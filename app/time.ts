/**
 * The school's clock (decision 009). Deadlines, office hours, reminders and every date a page shows
 * are Beijing time, whatever the time zone of the server or the reader's browser. China has kept
 * one offset, UTC+8, with no daylight saving since 1991, so arithmetic with a fixed offset is exact.
 * This module is the only place that names the zone; pure, safe in the browser.
 */
import type { Locale } from "./i18n/locale";

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

/**
 * The school's calendar year of an instant (now when omitted). From 00:00 to 08:00 on 1 January in
 * Beijing the UTC year (`getFullYear()` on a UTC server) is still the old one.
 */
export function schoolYear(instant: Date = new Date()): number {
  return Number(schoolDate(instant).slice(0, 4));
}

/** The year a page asks for (`?year=`) when it is a whole year from 2000 to 2100, else the school's year now. */
export function yearOrSchoolYear(wanted: string | null | undefined, now: Date = new Date()): number {
  const year = Number(wanted);
  return wanted && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : schoolYear(now);
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

/** The weekday at school of an instant, numbered as `Date#getDay` does: 0 Sunday … 6 Saturday. */
export function schoolWeekday(instant: Date): number {
  return new Date(instant.getTime() + OFFSET_MS).getUTCDay();
}

/**
 * The wall-clock time at school of an instant, without an offset: "2026-06-30T14:30:00". The inverse
 * of `schoolInstant`, and what a calendar's local-time field (iCalendar with a TZID) holds.
 */
export function schoolLocalTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("schoolLocalTime: invalid date");
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19);
}

/** A calendar date moved by whole days: `addCalendarDays("2026-06-30", 1)` is "2026-07-01". */
export function addCalendarDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`addCalendarDays: expected a YYYY-MM-DD date, got "${date}"`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another: 1 from "2026-06-30" to "2026-07-01", −1 back. */
export function calendarDaysBetween(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw new RangeError("calendarDaysBetween: expected YYYY-MM-DD dates");
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The ISO 8601 week of an instant's school date (today when omitted): "2026-W48". Weeks start on
 * Monday and belong to the year of their Thursday, so 1 January 2027 is in "2026-W53".
 */
export function schoolIsoWeek(instant: Date = new Date()): string {
  const day = schoolDate(instant);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  const thursday = addCalendarDays(day, 4 - weekday);
  const week = Math.floor(calendarDaysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, "0")}`;
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

/**
 * From one instant to another, both written in full: "1 Dec 2026, 14:00 – 1 Dec 2026, 14:30". The
 * interview and counselling mails and the interview's proposed times all write a span this way.
 */
export function formatSchoolDateTimeSpan(start: Date | string, end: Date | string, locale: Locale): string {
  return `${formatSchoolDateTime(start, locale)} – ${formatSchoolDateTime(end, locale)}`;
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
