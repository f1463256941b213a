/**
 * Public holidays (法定节假日) and adjusted working days (调休上班) on the mainland, by year: the
 * school's working-day count (talk notice, app/talks/rules.ts) skips the first and counts the second
 * even on a weekend. Sources and how to add a year: docs/holidays.md.
 */
export interface HolidayYear {
  /** Days off, weekends inside a holiday included. */
  off: readonly string[];
  /** Weekend days that are working days (调休). */
  workdays: readonly string[];
  /** "notice": the State Council's notice for the year; "statutory": the statutory days only (调休 not yet published). */
  basis: "notice" | "statutory";
}

export const HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  // 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
  2026: {
    basis: "notice",
    off: [
      // 元旦
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      // 春节
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
      // 清明节
      "2026-04-04",
      "2026-04-05",
      "2026-04-06",
      // 劳动节
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      // 端午节
      "2026-06-19",
      "2026-06-20",
      "2026-06-21",
      // 中秋节
      "2026-09-25",
      "2026-09-26",
      "2026-09-27",
      // 国庆节
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ],
    workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
  // The statutory days of 《全国年节及纪念日放假办法》 (2024 revision) on the 2027 calendar; the State
  // Council's 2027 notice (bridging days and 调休) is to replace this entry when it is published.
  2027: {
    basis: "statutory",
    off: [
      "2027-01-01", // 元旦
      "2027-02-05", // 春节：除夕
      "2027-02-06", // 正月初一
      "2027-02-07", // 初二
      "2027-02-08", // 初三
      "2027-04-05", // 清明节
      "2027-05-01", // 劳动节
      "2027-05-02",
      "2027-06-09", // 端午节
      "2027-09-15", // 中秋节
      "2027-10-01", // 国庆节
      "2027-10-02",
      "2027-10-03",
    ],
    workdays: [],
  },
};
