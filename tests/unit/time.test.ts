import { describe, expect, it } from "vitest";
import {
  endOfSchoolDay,
  formatSchoolDate,
  formatSchoolDateTime,
  isCalendarDate,
  schoolDate,
  schoolHour,
  schoolInstant,
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
    expect(formatSchoolDate(lateEvening, "zh-CN")).toBe("2026/11/30");
    expect(formatSchoolDate(lateEvening, "en")).toBe("30/11/2026");
    expect(formatSchoolDateTime(lateEvening, "zh-CN")).toBe("2026年11月30日 00:30");
    expect(formatSchoolDateTime(lateEvening, "en")).toBe("30 Nov 2026, 00:30");
  });
});
