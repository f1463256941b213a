/**
 * The school's season summary of online events (issue 13: "the figures ministries ask schools
 * for"): how many fairs and talks were held, how many employers took part, postings featured and
 * graduates taking part, and one row per event. Pure: the window rule, the schema of the filter
 * and the tables the page shows and the Excel export writes.
 */
import { z } from "zod";
import { isCalendarDate } from "../time";
import { type ReportTable, type Translate } from "./tables";

/** The academic year holding `today` (1 September to 31 August): the default season. */
export function academicYear(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

const day = z
  .string()
  .trim()
  .refine((value) => isCalendarDate(value), "season.field.date.invalid");

/** The page's filter (GET); the dates are school dates, both inclusive, at most three years apart. */
export const SeasonFilter = z
  .object({ from: day, to: day })
  .refine((f) => f.to >= f.from, { path: ["to"], message: "season.field.order" })
  .refine((f) => Date.parse(f.to) - Date.parse(f.from) <= 3 * 366 * 86_400_000, {
    path: ["to"],
    message: "season.field.tooLong",
  });
export type SeasonWindow = z.output<typeof SeasonFilter>;

export const SEASON_FIGURES = [
  "eventsHeld",
  "fairsHeld",
  "talksOnline",
  "talksOnCampus",
  "employers",
  "postingsFeatured",
  "graduatesTakingPart",
  "graduatesRegistered",
] as const;
export type SeasonFigure = (typeof SEASON_FIGURES)[number];

/**
 * The figures the page's bar chart draws (the ones season.chart.desc names): not the events held,
 * which the fair and talk bars already add up to, nor the graduates registered.
 */
export const SEASON_CHART_FIGURES: readonly SeasonFigure[] = SEASON_FIGURES.filter(
  (figure) => figure !== "eventsHeld" && figure !== "graduatesRegistered",
);

export const SEASON_EVENT_KINDS = ["fair", "talk_online", "talk_on_campus"] as const;
export type SeasonEventKind = (typeof SEASON_EVENT_KINDS)[number];

export interface SeasonEvent {
  kind: SeasonEventKind;
  date: string;
  title: string;
  employers: number;
  postings: number;
  registered: number;
  takingPart: number;
}

export interface SeasonSummary {
  window: SeasonWindow;
  figures: Record<SeasonFigure, number>;
  events: SeasonEvent[];
}

export function seasonTables(summary: SeasonSummary, t: Translate): ReportTable[] {
  return [
    {
      id: "figures",
      title: t("season.table.figures"),
      columns: [t("season.column.figure"), t("season.column.value")],
      rows: SEASON_FIGURES.map((figure) => [t(`season.figure.${figure}`), summary.figures[figure]]),
    },
    {
      id: "events",
      title: t("season.table.events"),
      columns: [
        t("season.column.title"),
        t("season.column.kind"),
        t("season.column.date"),
        t("season.column.employers"),
        t("season.column.postings"),
        t("season.column.registered"),
        t("season.column.takingPart"),
      ],
      rows: summary.events.map((event) => [
        event.title,
        t(`season.kind.${event.kind}`),
        event.date,
        event.employers,
        event.postings,
        event.registered,
        event.takingPart,
      ]),
    },
  ];
}
