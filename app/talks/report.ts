/**
 * The talk report as tables (app/reports/tables.ts): the staff talk page shows them and the Excel
 * export writes them, so the two show the same figures (docs/decisions/022-event-reports.md). Pure.
 */
import type { Locale } from "../i18n/messages";
import { type ReportTable, type Translate } from "../reports/tables";
import { formatSchoolDateTime } from "../time";
import type { TalkAttendanceMethod } from "../../vocabulary";

export interface TalkReportData {
  talk: { capacity: number };
  signedUp: number;
  attended: number;
  walkIns: number;
  rows: {
    name: string;
    studentNo: string;
    college: string;
    signedUp: boolean;
    method: TalkAttendanceMethod | null;
    /** ISO instant (the loader's JSON) or Date. */
    at: string | Date | null;
  }[];
}

export function talkReportTables(report: TalkReportData, t: Translate, locale: Locale): ReportTable[] {
  const yesNo = (value: boolean) => t(value ? "talk.report.yes" : "talk.report.no");
  return [
    {
      id: "summary",
      title: t("talk.report.sheet.summary"),
      columns: [t("fair.report.column.figure"), t("fair.report.column.value")],
      rows: [
        [t("talk.report.capacity"), report.talk.capacity],
        [t("talk.report.signedUp"), report.signedUp],
        [t("talk.report.attended"), report.attended],
        [t("talk.report.walkIns"), report.walkIns],
      ],
    },
    {
      id: "graduates",
      title: t("talk.report.list"),
      columns: [
        t("talk.report.name"),
        t("talk.report.studentNo"),
        t("talk.report.college"),
        t("talk.report.signedUp"),
        t("talk.report.attended"),
        t("talk.report.method"),
        t("talk.report.at"),
      ],
      rows: report.rows.map((row) => [
        row.name,
        row.studentNo,
        row.college,
        yesNo(row.signedUp),
        yesNo(row.method !== null),
        row.method ? t(`talk.attendance.${row.method}`) : "—",
        row.at ? formatSchoolDateTime(row.at, locale) : "—",
      ]),
    },
  ];
}
