import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  endOfSchoolDay,
  formatSchoolDate,
  formatSchoolDateTime,
  formatSchoolDateTimeSpan,
  formatSchoolTime,
  formatSchoolWeekday,
  isCalendarDate,
  schoolDate,
  schoolHour,
  schoolInstant,
  schoolIsoWeek,
  schoolLocalTime,
  schoolWeekday,
  schoolYear,
  yearOrSchoolYear,
} from "../../app/time";

describe("the school's clock", () => {
  it("turns the date at midnight Beijing time, whatever the server's zone", () => {
    expect(schoolDate(new Date("2026-11-29T15:59:59Z"))).toBe("2026-11-29");
    expect(schoolDate(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-30");
    expect(schoolHour(new Date("2026-11-29T16:30:00Z"))).toBe(0);
  });

  it("reads wall-clock times at school as instants", () => {
    expect(schoolInstant("2026-06-30", "14:30").toISOString()).toBe("2026-06-30T06:30:00.000Z");
    expect(schoolInstant("2026-07-01").toISOString()).toBe("2026-06-30T16:00:00.000Z");
    expect(() => schoolInstant("2026-02-30")).toThrow(RangeError);
    expect(() => schoolInstant("2026-06-30", "2pm")).toThrow(RangeError);
  });

  it("lets a deadline run to the last second of its day", () => {
    expect(new Date(endOfSchoolDay("2024-12-31") * 1000).toISOString()).toBe("2024-12-31T15:59:59.000Z");
    expect(new Date(endOfSchoolDay("2024-02-29") * 1000).toISOString()).toBe("2024-02-29T15:59:59.000Z");
    expect(() => endOfSchoolDay("2023-02-29")).toThrow(RangeError);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
  });

  it("shows dates and times as each reader reads them, on the school's calendar", () => {
    const lateEvening = "2026-11-29T16:30:00Z"; // 00:30 on the 30th in Beijing
    expect(formatSchoolDate(lateEvening, "zh-CN")).toBe("2026年11月30日");
    expect(formatSchoolDate(lateEvening, "en")).toBe("30 Nov 2026");
    expect(formatSchoolDateTime(lateEvening, "zh-CN")).toBe("2026年11月30日 00:30");
    expect(formatSchoolDateTime(lateEvening, "en")).toBe("30 Nov 2026, 00:30");
    expect(formatSchoolDateTimeSpan(lateEvening, "2026-11-30T01:00:00Z", "en")).toBe(
      "30 Nov 2026, 00:30 – 30 Nov 2026, 09:00",
    );
    expect(formatSchoolTime("2026-11-30T06:05:00Z", "en")).toBe("14:05");
    expect(formatSchoolTime(lateEvening, "zh-CN")).toBe("00:30");
    expect(formatSchoolWeekday(lateEvening, "en")).toBe("Monday 30 November");
    expect(formatSchoolWeekday(lateEvening, "zh-CN")).toBe("11月30日星期一");
  });

  it("writes an English date one way only, month by name, never day-first or month-first in figures", () => {
    for (const iso of ["2026-05-06T04:00:00Z", "2026-12-05T06:30:00Z", "2027-01-31T15:00:00Z"]) {
      for (const text of [formatSchoolDate(iso, "en"), formatSchoolDateTime(iso, "en")]) {
        expect(text).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}(, \d{2}:\d{2})?$/);
        expect(text).not.toMatch(/\d+\/\d+/);
      }
    }
    expect(formatSchoolDate("2026-05-06T04:00:00Z", "en")).toBe("6 May 2026");
  });

  it("reads a calendar date as that day at school, whatever the server's zone", () => {
    expect(formatSchoolDate("2026-06-30", "en")).toBe("30 Jun 2026");
    expect(formatSchoolDate("2026-01-01", "zh-CN")).toBe("2026年1月1日");
    // Something that is not a date is shown as it is, never a 500.
    expect(formatSchoolDate("待定", "en")).toBe("待定");
    expect(formatSchoolDateTime(new Date(Number.NaN), "en")).toBe("");
  });

  it("names the weekday and the wall-clock time at school, not the server's", () => {
    // Sunday 23:30 UTC is Monday 07:30 in Beijing; Friday 20:00 UTC is already Saturday.
    expect(schoolWeekday(new Date("2026-11-29T23:30:00Z"))).toBe(1);
    expect(schoolWeekday(new Date("2026-12-04T20:00:00Z"))).toBe(6);
    expect(schoolLocalTime(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01T04:00:00");
    expect(schoolLocalTime(schoolInstant("2026-06-30", "14:30"))).toBe("2026-06-30T14:30:00");
    expect(() => schoolLocalTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("counts calendar days across months, leap days and years", () => {
    expect(addCalendarDays("2026-06-30", 1)).toBe("2026-07-01");
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addCalendarDays("2026-03-02", 7 * 3)).toBe("2026-03-23");
    expect(calendarDaysBetween("2026-06-30", "2026-07-01")).toBe(1);
    expect(calendarDaysBetween("2026-07-01", "2026-06-30")).toBe(-1);
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(() => addCalendarDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("numbers ISO weeks on the school's calendar", () => {
    expect(schoolIsoWeek(new Date("2026-11-29T05:00:00Z"))).toBe("2026-W48");
    // Sunday 16:30 UTC is already Monday in Beijing: the next week.
    expect(schoolIsoWeek(new Date("2026-11-29T16:30:00Z"))).toBe("2026-W49");
    expect(schoolIsoWeek(new Date("2027-01-01T04:00:00Z"))).toBe("2026-W53");
    expect(schoolIsoWeek(new Date("2021-01-04T04:00:00Z"))).toBe("2021-W01");
    expect(schoolIsoWeek(new Date("2024-12-30T04:00:00Z"))).toBe("2025-W01");
  });
});

describe("the school's year", () => {
  it("turns at midnight on 1 January in Beijing, eight hours before UTC", () => {
    expect(schoolYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(schoolYear(new Date("2026-12-31T17:30:00Z"))).toBe(2027);
  });

  it("takes a page's ?year= when it is a year, else this year at school", () => {
    const night = new Date("2026-12-31T17:30:00Z");
    expect(yearOrSchoolYear("2025", night)).toBe(2025);
    for (const wanted of [null, undefined, "", "abc", "1999", "2101", "2026.5"]) {
      expect(yearOrSchoolYear(wanted, night)).toBe(2027);
    }
  });
});
