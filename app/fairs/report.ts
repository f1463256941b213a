/**
 * The fair report as tables (app/reports/tables.ts): the page shows them under its charts and the
 * Excel export writes them, so the two show the same figures. Pure.
 */
import { orDash, type ReportTable, type Translate } from "../reports/tables";

/** The figures of a fair or booth, in the order the page and workbook list them. */
export const FAIR_FIGURES = [
  "checkIns",
  "queueJoins",
  "chatsHeld",
  "medianWaitMinutes",
  "medianChatMinutes",
  "interestMarked",
  "applications",
  "interviews",
  "offers",
  "sessions",
  "sessionRegistrations",
  "sessionAttendance",
] as const;
export type FairFigure = (typeof FAIR_FIGURES)[number];

type Figures = Record<FairFigure, number | null>;

export interface FairReportData {
  fair: { title: string };
  report: {
    registrations: number;
    waitlist: number;
    totals: Figures;
    booths: ({ boothId: string; employerName: string } & Figures)[];
  };
}

export function fairReportTables(data: FairReportData, t: Translate): ReportTable[] {
  const { report } = data;
  return [
    {
      id: "summary",
      title: t("fair.report.table.summary"),
      columns: [t("fair.report.column.figure"), t("fair.report.column.value")],
      rows: [
        [t("fair.report.figure.registrations"), report.registrations],
        [t("fair.report.figure.waitlist"), report.waitlist],
        ...FAIR_FIGURES.map((figure) => [t(`fair.report.figure.${figure}`), orDash(report.totals[figure])]),
      ],
    },
    {
      id: "booths",
      title: t("fair.report.table.booths"),
      columns: [t("fair.report.column.booth"), ...FAIR_FIGURES.map((figure) => t(`fair.report.figure.${figure}`))],
      rows: report.booths.map((booth) => [booth.employerName, ...FAIR_FIGURES.map((figure) => orDash(booth[figure]))]),
    },
  ];
}
