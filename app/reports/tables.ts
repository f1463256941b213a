/**
 * A report as tables: what a staff report page shows under its charts and what its Excel export
 * writes, built by one function so the two cannot differ (issue 13: "Excel export equal to the
 * page"). Pure: pages, the workbook writer (./workbook.server.ts) and tests share it.
 */
import type { MessageParams } from "../i18n/messages";

export type Cell = string | number;

export interface ReportTable {
  /** Anchor on the page and the worksheet's order. */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** `t` of useT() on a page, `translate(locale, …)` bound to a locale on the server. */
export type Translate = (key: string, params?: MessageParams) => string;

/** A missing median (nobody called yet) reads as a dash, on the page and in the workbook alike. */
export const NO_VALUE = "—";

export const orDash = (value: number | null): Cell => (value === null ? NO_VALUE : value);
