/**
 * The employment dashboard's figures, from one row per graduate. Pure module: the dashboard,
 * the Excel export, the snapshots and the benchmark all call buildDashboard on the same rows, so
 * their numbers cannot disagree.
 */
import type { DestinationState } from "../../vocabulary";
import { codeInfo, DESTINATION_CODES } from "../destinations/codes";
import {
  computeEmploymentRate,
  employmentRateBy,
  weightOf,
  type BreakdownKey,
  type BreakdownRow,
  type EmploymentRateResult,
  type EmploymentRecord,
} from "./employment-rate";
import { minimumWage } from "./minimum-wage";
import { schoolYear } from "../time";

/**
 * The cohort the dashboard opens on: the most recent one that has already graduated by this calendar
 * year at school (Chinese graduates leave in June/July), else the newest. `cohorts` newest first.
 */
export function defaultCohort(cohorts: readonly number[], now: Date = new Date()): number {
  const thisYear = schoolYear(now);
  return cohorts.find((c) => c <= thisYear) ?? cohorts[0] ?? thisYear;
}

export interface ReportRow {
  graduateId: string;
  studentNo: string;
  name: string;
  collegeId: number;
  majorId: number;
  degree: string;
  gender: string;
  difficulties: string[];
  code: string | null;
  status: DestinationState;
  isInternship: boolean;
  disputed: boolean;
  fields: Record<string, string>;
  employerName: string | null;
  employerCreditCode: string | null;
  hasEvidence: boolean;
}

/**
 * What the rate and its breakdowns need: no names, no fields. One graduate, or with `count` a
 * group of graduates alike in every field (the dashboard lets the database group 30,000
 * graduates into a few thousand rows; graduateId is then empty).
 */
export type DashboardRow = Pick<
  ReportRow,
  | "graduateId"
  | "collegeId"
  | "majorId"
  | "degree"
  | "gender"
  | "difficulties"
  | "code"
  | "status"
  | "isInternship"
  | "disputed"
> & {
  count?: number;
};

export function toRecord(row: DashboardRow): EmploymentRecord {
  return {
    graduateId: row.graduateId,
    collegeId: row.collegeId,
    majorId: row.majorId,
    degree: row.degree,
    gender: row.gender,
    destinationCode: row.code,
    status: row.status,
    difficulty: row.difficulties,
    isInternship: row.isInternship,
    disputed: row.disputed,
    count: weightOf(row),
  };
}

/** A breakdown row: verified placements (the official figure) and, beside it, the provisional one. */
export type BreakdownFigure = BreakdownRow & { provisionalPlaced: number; provisionalRate: number };

export interface Dashboard {
  overall: EmploymentRateResult;
  provisional: EmploymentRateResult;
  /** Placed codes recorded on the graduate's behalf, still waiting for the graduate. */
  unconfirmedPlaced: number;
  /** Placed codes the graduate confirmed (or reported), waiting for staff. Same as overall.unverifiedPlaced minus the unconfirmed. */
  confirmedUnverified: number;
  internships: number;
  disputed: number;
  unreported: number;
  breakdowns: Record<BreakdownKey, BreakdownFigure[]>;
}

const BREAKDOWNS: BreakdownKey[] = ["collegeId", "majorId", "degree", "gender", "difficulty"];

export function buildDashboard(rows: readonly DashboardRow[]): Dashboard {
  const records = rows.map(toRecord);
  const overall = computeEmploymentRate(records);
  const provisional = computeEmploymentRate(records, { countUnverified: true });
  let unconfirmedPlaced = 0;
  let confirmedUnverified = 0;
  let internships = 0;
  let disputed = 0;
  let unreported = 0;
  for (const row of rows) {
    const n = weightOf(row);
    const eligible = codeInfo(row.code)?.placed === true && !row.isInternship && !row.disputed;
    if (eligible && row.status === "reported") unconfirmedPlaced += n;
    if (eligible && row.status === "confirmed") confirmedUnverified += n;
    if (row.isInternship) internships += n;
    if (row.disputed) disputed += n;
    if (row.code === null || row.status === "unreported") unreported += n;
  }
  const breakdowns = {} as Record<BreakdownKey, BreakdownFigure[]>;
  // The provisional figure beside each row shows where verification lags (same rows, same order).
  for (const by of BREAKDOWNS) {
    const provisionalBy = new Map(
      employmentRateBy(records, by, { countUnverified: true }).map((row) => [row.key, row]),
    );
    breakdowns[by] = employmentRateBy(records, by).map((row) => ({
      ...row,
      provisionalPlaced: provisionalBy.get(row.key)?.placed ?? row.placed,
      provisionalRate: provisionalBy.get(row.key)?.rate ?? row.rate,
    }));
  }
  return {
    overall,
    provisional,
    unconfirmedPlaced,
    confirmedUnverified,
    internships,
    disputed,
    unreported,
    breakdowns,
  };
}

/** Codes listed in the order of the code list, then any others, then "null" (none reported). */
export function orderedCodeCounts(byCode: Record<string, number>): { code: string | null; count: number }[] {
  const known = DESTINATION_CODES.map((c) => c.code);
  const others = Object.keys(byCode)
    .filter((c) => c !== "null" && !known.includes(c))
    .sort();
  return [...known, ...others, "null"].map((code) => ({
    code: code === "null" ? null : code,
    count: byCode[code] ?? 0,
  }));
}

// ---- Anomaly flags -------------------------------------------------------------------------

export type Anomaly =
  | { kind: "shareHigh"; collegeId: number; code: string; share: number; norm: number; count: number }
  | { kind: "cluster12"; employer: string; count: number; graduateIds: string[] }
  | { kind: "evidenceMissing"; graduateId: string; name: string; studentNo: string; code: string }
  | {
      kind: "payBelowMinimum";
      graduateId: string;
      name: string;
      studentNo: string;
      pay: number;
      province: string;
      minimum: number;
    };

export interface AnomalyOptions {
  /** Codes whose high share the ministry watches. */
  watchedCodes?: readonly string[];
  /** A college's share is "well above" the norm when ≥ norm × ratio and ≥ norm + margin. */
  ratio?: number;
  margin?: number;
  /** Ignore colleges with fewer graduates than this (small numbers swing). */
  minCollegeSize?: number;
  /** Code-12 graduates at one employer that make a cluster. */
  clusterSize?: number;
}

/** Counts per code and the total of the whole school for the cohort: the norm a college is compared with. */
export interface SchoolNorm {
  total: number;
  byCode: Record<string, number>;
}

const isLive = (row: DashboardRow) =>
  row.code !== null &&
  !row.isInternship &&
  (row.status === "reported" || row.status === "confirmed" || row.status === "verified");

/** The norm from the rows themselves (when they are the whole school's cohort). Same rule as schoolNorm's query. */
export function normOf(rows: readonly DashboardRow[]): SchoolNorm {
  const byCode: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    total += weightOf(row);
    if (isLive(row) && row.code) byCode[row.code] = (byCode[row.code] ?? 0) + weightOf(row);
  }
  return { total, byCode };
}

const NEEDS_PAY_CHECK = new Set(["12", "76"]);

/**
 * What the ministry would question before the figures go upward: unusual shares of 12/75/76 per
 * college against the school's norm, clusters of code 12 at one employer, placements without
 * evidence, pay below the provincial minimum wage. Only rows that could count are checked
 * (placed code, not an internship, status reported/confirmed/verified).
 *
 * `rows` are every graduate of the scope (for the shares); `details` are the rows with names and
 * fields to check one by one — all of them, or only the candidates the database picked (codes 12
 * and 76, and placements without evidence), which gives the same flags.
 */
export function findAnomalies(
  input: { rows: readonly DashboardRow[]; details: readonly ReportRow[] },
  norm: SchoolNorm,
  options: AnomalyOptions = {},
): Anomaly[] {
  const { rows, details } = input;
  const watched = options.watchedCodes ?? ["12", "75", "76"];
  const ratio = options.ratio ?? 1.5;
  const margin = options.margin ?? 0.1;
  const minCollegeSize = options.minCollegeSize ?? 10;
  const clusterSize = options.clusterSize ?? 5;
  const anomalies: Anomaly[] = [];
  const live = isLive;

  const perCollege = new Map<number, { total: number; byCode: Map<string, number> }>();
  for (const row of rows) {
    const entry = perCollege.get(row.collegeId) ?? { total: 0, byCode: new Map<string, number>() };
    entry.total += weightOf(row);
    if (live(row) && row.code) entry.byCode.set(row.code, (entry.byCode.get(row.code) ?? 0) + weightOf(row));
    perCollege.set(row.collegeId, entry);
  }
  for (const [collegeId, entry] of [...perCollege.entries()].sort((a, b) => a[0] - b[0])) {
    if (entry.total < minCollegeSize) continue;
    for (const code of watched) {
      const count = entry.byCode.get(code) ?? 0;
      const share = count / entry.total;
      const schoolShare = norm.total === 0 ? 0 : (norm.byCode[code] ?? 0) / norm.total;
      if (count > 0 && share >= schoolShare * ratio && share >= schoolShare + margin) {
        anomalies.push({ kind: "shareHigh", collegeId, code, share, norm: schoolShare, count });
      }
    }
  }

  const clusters = new Map<string, { label: string; ids: string[] }>();
  for (const row of details) {
    if (!live(row) || row.code !== "12") continue;
    const key = row.employerCreditCode?.trim().toUpperCase() || row.employerName?.replace(/\s+/g, "") || "";
    if (!key) continue;
    const entry = clusters.get(key) ?? {
      label: row.employerCreditCode
        ? `${row.employerName ?? ""}（${row.employerCreditCode}）`
        : (row.employerName ?? key),
      ids: [],
    };
    entry.ids.push(row.graduateId);
    clusters.set(key, entry);
  }
  for (const entry of clusters.values()) {
    if (entry.ids.length >= clusterSize)
      anomalies.push({ kind: "cluster12", employer: entry.label, count: entry.ids.length, graduateIds: entry.ids });
  }

  for (const row of details) {
    if (!live(row) || !row.code) continue;
    const info = codeInfo(row.code);
    if (info?.placed && info.evidence && !row.hasEvidence) {
      anomalies.push({
        kind: "evidenceMissing",
        graduateId: row.graduateId,
        name: row.name,
        studentNo: row.studentNo,
        code: row.code,
      });
    }
    if (NEEDS_PAY_CHECK.has(row.code) && row.fields.monthlyPay) {
      const pay = Number(row.fields.monthlyPay);
      const province = row.fields.workProvince ?? "";
      const minimum = minimumWage(province);
      if (minimum !== null && Number.isFinite(pay) && pay < minimum) {
        anomalies.push({
          kind: "payBelowMinimum",
          graduateId: row.graduateId,
          name: row.name,
          studentNo: row.studentNo,
          pay,
          province,
          minimum,
        });
      }
    }
  }
  return anomalies;
}
