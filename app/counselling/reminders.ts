/**
 * When the day-before reminder of a counselling appointment is due. Pure.
 *
 * - From 09:00 Beijing time on the day before the appointment (not in the small hours);
 * - or, for an appointment less than 24 h away whose day-before morning has passed, on the day,
 *   but not before 07:00 (a reminder at 03:00 for a 10:00 appointment wakes people, helps nobody);
 * - never for a booking made in the last 6 hours: its invite has just arrived;
 * - never within 2 hours of the start (the graduate can no longer cancel online anyway).
 */
import { calendarDaysBetween, schoolDate, schoolHour } from "../time";

const HOUR = 3600_000;

export function reminderDue(input: { startsAt: Date; bookedAt: Date; now: Date }): boolean {
  const { startsAt, bookedAt, now } = input;
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead <= 2 * HOUR || ahead > 48 * HOUR) return false;
  if (now.getTime() - bookedAt.getTime() < 6 * HOUR) return false;
  const days = calendarDaysBetween(schoolDate(now), schoolDate(startsAt));
  if (days > 1) return false;
  if (days === 1) return schoolHour(now) >= 9;
  // Same day: the morning of the day before was missed (booked late or a worker was down).
  return schoolHour(now) >= 7;
}
