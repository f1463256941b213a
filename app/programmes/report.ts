/**
 * The programme funnel report (issue 14): counts and conversion at each stage, the destinations the
 * funnel's graduates reached, by programme, college, cohort and programme year. Pure: the server reads
 * one row per interest (app/programmes/report.server.ts), this module counts, and the page and the
 * Excel file are both written from the tables built here, so they cannot disagree.
 */
import type { FunnelState, ProgrammeSlug } from "../../vocabulary";
import { schoolYear } from "../time";
import { FUNNEL_STAGES, type FunnelStage } from "./states";

/** The programme year the report opens on: this year at school when it has figures, else the latest. */
export function defaultFunnelYear(years: readonly number[], now: Date = new Date()): number {
  const thisYear = schoolYear(now);
  return years.includes(thisYear) ? thisYear : (years.at(-1) ?? thisYear);
}

export { FUNNEL_STAGES, type FunnelStage };

/** The destination codes a programme leads to (app/destinations/codes.ts): 46 enlisted, 502/503 national, 512/519 local. */
export const PROGRAMME_DESTINATION_CODES = ["46", "502", "503", "512", "519"] as const;

/** A destination counts as recorded once reported; returned and unreported records do not. */
const RECORDED = new Set(["reported", "confirmed", "verified"]);

export type FunnelReportRow = {
  interestId: string;
  graduateId: string;
  slug: ProgrammeSlug;
  year: number;
  collegeId: number;
  cohort: number;
  state: FunnelState;
  /** Every state the interest has been in (its dated stages), the current one included. */
  reached: readonly FunnelState[];
  destinationCode: string | null;
  destinationStatus: string | null;
};

export type StageFigure = {
  stage: FunnelStage;
  /** Graduates who reached the stage (and may have moved on or left since). */
  reached: number;
  /** Graduates at the stage now. */
  current: number;
  /** reached / interested; null when nobody is interested. */
  ofInterested: number | null;
  /**
   * reached / reached at the nearest earlier stage anyone reached: a stage a programme skips (the
   * enlistment has no exam) does not break the chain. Null for the first stage or an empty start.
   */
  ofPrevious: number | null;
};

export type FunnelFigures = {
  total: number;
  stages: StageFigure[];
  withdrew: number;
  notSelected: number;
  /** Share of the interested who were selected (and may be serving now). */
  selectedRate: number | null;
  /** Per programme code: graduates of the funnel whose destination has this code (each graduate once). */
  destinations: { code: string; recorded: number; verified: number }[];
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function funnelFigures(rows: readonly FunnelReportRow[]): FunnelFigures {
  const total = rows.length;
  const reachedCount = (stage: FunnelStage) =>
    rows.filter((row) => row.state === stage || row.reached.includes(stage)).length;
  const counts = FUNNEL_STAGES.map((stage) => ({
    stage,
    reached: stage === "interested" ? total : reachedCount(stage),
  }));
  const stages = counts.map(({ stage, reached }, index): StageFigure => {
    const earlier = counts.slice(0, index).filter((c) => c.reached > 0);
    const previous = earlier.at(-1);
    return {
      stage,
      reached,
      current: rows.filter((row) => row.state === stage).length,
      ofInterested: ratio(reached, total),
      ofPrevious: previous ? ratio(reached, previous.reached) : null,
    };
  });
  // A graduate in two funnels has one destination: count each graduate once.
  const byGraduate = new Map<string, FunnelReportRow>();
  for (const row of rows) byGraduate.set(row.graduateId, row);
  const graduatesOnce = [...byGraduate.values()];
  const destinations = PROGRAMME_DESTINATION_CODES.map((code) => {
    const withCode = graduatesOnce.filter(
      (row) => row.destinationCode === code && RECORDED.has(row.destinationStatus ?? ""),
    );
    return {
      code,
      recorded: withCode.length,
      verified: withCode.filter((row) => row.destinationStatus === "verified").length,
    };
  });
  const selected = counts.find((c) => c.stage === "selected")!.reached;
  return {
    total,
    stages,
    withdrew: rows.filter((row) => row.state === "withdrew").length,
    notSelected: rows.filter((row) => row.state === "not_selected").length,
    selectedRate: ratio(selected, total),
    destinations,
  };
}

/** Figures per group, groups in the order of `order` (then any others, sorted). */
export function groupedFigures<K extends string | number>(
  rows: readonly FunnelReportRow[],
  keyOf: (row: FunnelReportRow) => K,
  order: readonly K[] = [],
): { key: K; figures: FunnelFigures }[] {
  const groups = new Map<K, FunnelReportRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const keys = [
    ...order.filter((k) => groups.has(k)),
    ...[...groups.keys()].filter((k) => !order.includes(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  return keys.map((key) => ({ key, figures: funnelFigures(groups.get(key)!) }));
}

export type ReportFilter = {
  slug: ProgrammeSlug | null;
  year: number;
  collegeId: number | null;
  cohort: number | null;
};

export type FunnelReport = {
  filter: ReportFilter;
  overall: FunnelFigures;
  byProgramme: { key: ProgrammeSlug; figures: FunnelFigures }[];
  byCollege: { key: number; figures: FunnelFigures }[];
  byCohort: { key: number; figures: FunnelFigures }[];
  byYear: { key: number; figures: FunnelFigures }[];
};

/**
 * The report for a filter from the rows of every programme year within the reader's scope (already
 * narrowed to the college and cohort): the year on year table needs the other years, the programme
 * table the other programmes.
 */
export function buildFunnelReport(
  rows: readonly FunnelReportRow[],
  filter: ReportFilter,
  programmeOrder: readonly ProgrammeSlug[] = [],
): FunnelReport {
  const ofProgramme = filter.slug === null ? rows : rows.filter((row) => row.slug === filter.slug);
  const ofYear = ofProgramme.filter((row) => row.year === filter.year);
  return {
    filter,
    overall: funnelFigures(ofYear),
    byProgramme: groupedFigures(
      rows.filter((row) => row.year === filter.year),
      (row) => row.slug,
      programmeOrder,
    ),
    byCollege: groupedFigures(ofYear, (row) => row.collegeId),
    byCohort: groupedFigures(ofYear, (row) => row.cohort),
    byYear: groupedFigures(ofProgramme, (row) => row.year),
  };
}

/** A cell of a report table: text, a count, or a share (null shown as a dash). */
export type ReportCell = string | number | { share: number | null };

export type ReportTable = {
  id: string;
  title: string;
  head: string[];
  rows: { label: string; cells: ReportCell[] }[];
};

export type ReportLabels = {
  t: (key: string, params?: Record<string, string | number>) => string;
  programme: (slug: ProgrammeSlug) => string;
  college: (id: number) => string;
  code: (code: string) => string;
};

/** The columns of a grouped table: each stage reached, the exits and the selection rate. */
function groupedTable(
  id: string,
  title: string,
  firstColumn: string,
  groups: { label: string; figures: FunnelFigures }[],
  l: ReportLabels,
): ReportTable {
  return {
    id,
    title,
    head: [
      firstColumn,
      ...FUNNEL_STAGES.map((stage) => l.t(`funnel.state.${stage}`)),
      l.t("funnel.state.withdrew"),
      l.t("funnel.state.not_selected"),
      l.t("funnelReport.selectedRate"),
    ],
    rows: groups.map(({ label, figures }) => ({
      label,
      cells: [
        ...figures.stages.map((s) => s.reached),
        figures.withdrew,
        figures.notSelected,
        { share: figures.selectedRate },
      ],
    })),
  };
}

/** Every table of the report, labelled in one language: what the page shows and the workbook holds. */
export function funnelReportTables(report: FunnelReport, l: ReportLabels): ReportTable[] {
  const o = report.overall;
  return [
    {
      id: "stages",
      title: l.t("funnelReport.table.stages"),
      head: [
        l.t("funnelReport.col.stage"),
        l.t("funnelReport.col.reached"),
        l.t("funnelReport.col.current"),
        l.t("funnelReport.col.ofInterested"),
        l.t("funnelReport.col.ofPrevious"),
      ],
      rows: [
        ...o.stages.map((s) => ({
          label: l.t(`funnel.state.${s.stage}`),
          cells: [s.reached, s.current, { share: s.ofInterested }, { share: s.ofPrevious }] as ReportCell[],
        })),
        ...(
          [
            ["withdrew", o.withdrew],
            ["not_selected", o.notSelected],
          ] as const
        ).map(([state, count]) => ({
          label: l.t(`funnel.state.${state}`),
          cells: [count, count, { share: o.total ? count / o.total : null }, { share: null }] as ReportCell[],
        })),
      ],
    },
    {
      id: "destinations",
      title: l.t("funnelReport.table.destinations"),
      head: [l.t("funnelReport.col.code"), l.t("funnelReport.col.recorded"), l.t("funnelReport.col.verified")],
      rows: o.destinations.map((d) => ({ label: l.code(d.code), cells: [d.recorded, d.verified] })),
    },
    groupedTable(
      "programmes",
      l.t("funnelReport.table.programmes"),
      l.t("funnelReport.col.programme"),
      report.byProgramme.map((g) => ({ label: l.programme(g.key), figures: g.figures })),
      l,
    ),
    groupedTable(
      "colleges",
      l.t("funnelReport.table.colleges"),
      l.t("funnelReport.col.college"),
      report.byCollege.map((g) => ({ label: l.college(g.key), figures: g.figures })),
      l,
    ),
    groupedTable(
      "cohorts",
      l.t("funnelReport.table.cohorts"),
      l.t("funnelReport.col.cohort"),
      report.byCohort.map((g) => ({ label: String(g.key), figures: g.figures })),
      l,
    ),
    groupedTable(
      "years",
      l.t("funnelReport.table.years"),
      l.t("funnelReport.col.year"),
      report.byYear.map((g) => ({ label: String(g.key), figures: g.figures })),
      l,
    ),
  ];
}

/** How a share is written on the page (the workbook keeps the number with a percent format). */
export const formatShare = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);
