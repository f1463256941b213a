import type { DestinationState } from "../../vocabulary";
import { DESTINATION_CODES, type DestinationCodeInfo, type Group2021, type Group2024 } from "../destinations/codes";

/**
 * 毕业去向落实率 (graduate destination rate) for a cohort and scope, from one record per graduate.
 *
 *   rate = placed / total
 *
 * A graduate is placed when all of these hold:
 *   - the destination code is in the code list and counts as placed (70, 71, 72 never do; an
 *     unknown code does not either);
 *   - the record is not flagged as an internship (an internship certificate is never employment);
 *   - the destination is verified by staff (or, with `countUnverified`, also reported or
 *     confirmed). 'unreported' and 'returned' never count;
 *   - the graduate does not dispute it (a disputed record counts nowhere, decision 011).
 *
 * Every figure uses the same denominator (all graduates in `records`), so the 2021 groups
 * (协议和合同就业 + 灵活就业 + 创业 + 升学) and the 2024 groups (单位就业 + 自主创业 + 自由职业 + 升学)
 * each add up to the rate. Records are expected to be one per graduate; the function does not
 * deduplicate.
 *
 * Pure module: no I/O.
 */

export type EmploymentRecord = {
  graduateId: string;
  collegeId: number | string;
  majorId: number | string;
  degree: string;
  gender: string;
  destinationCode: string | null;
  status: DestinationState;
  /** Difficulty groups (困难群体) the graduate belongs to; several are possible. */
  difficulty?: readonly string[];
  /** The reported "destination" is an internship: never counts as placed. */
  isInternship?: boolean;
  /**
   * The graduate says the record is not true (decision 011): it counts in neither the verified
   * nor the provisional rate, and its outcome is not "known", until it is settled.
   */
  disputed?: boolean;
  /**
   * How many graduates this record stands for (default 1). Lets a caller pass rows the database
   * already grouped by every field above; the figures are the same as for one record each.
   */
  count?: number;
};

/** The part of a code-list row the rate needs; lets a caller pass the rows of `destination_codes`. */
export type RateCode = Pick<DestinationCodeInfo, "code" | "placed" | "group2021" | "group2024">;

export type EmploymentRateOptions = {
  /** Also count 'reported' and 'confirmed' destinations as placed (a provisional figure). */
  countUnverified?: boolean;
  /** The code list to classify with; defaults to DESTINATION_CODES. */
  codes?: readonly RateCode[];
};

export type GroupFigure = { count: number; rate: number };

export type PlacedGroup2021 = Exclude<Group2021, "not_placed">;
export type PlacedGroup2024 = Exclude<Group2024, "not_placed">;

export type NaceFigures = {
  /** Graduates with a known outcome: a code reported and status neither 'unreported' nor 'returned'. */
  known: number;
  /** known / total. */
  knowledgeRate: number;
  /** Known outcomes that are "not seeking" (codes 71 and 72); left out of the career-outcomes denominator. */
  notSeeking: number;
  /** Known outcomes in a placed group (employment, service, military, further study), internships excluded. */
  careerOutcomes: number;
  /** known − notSeeking. */
  careerOutcomesDenominator: number;
  /** careerOutcomes / careerOutcomesDenominator. */
  careerOutcomesRate: number;
};

export type EmploymentRateResult = {
  total: number;
  placed: number;
  /** placed / total, 0 when total is 0. */
  rate: number;
  /**
   * Graduates with a placed code (not an internship, not disputed) whose destination is only 'reported' or
   * 'confirmed': the placements still waiting for staff verification. With `countUnverified`
   * they are included in `placed`; without it they are not.
   */
  unverifiedPlaced: number;
  /** Graduates per destination code as recorded; no code is counted under the key "null". */
  byCode: Record<string, number>;
  groups2021: Record<PlacedGroup2021, GroupFigure>;
  groups2024: Record<PlacedGroup2024, GroupFigure>;
  nace: NaceFigures;
};

/** Codes that mean "not seeking" in the NACE comparison: 71 不就业拟升学, 72 其他暂不就业. 70 待就业 is seeking. */
export const NOT_SEEKING_CODES: ReadonlySet<string> = new Set(["71", "72"]);

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** A record's weight: its count when it stands for a group, else 1. */
export function weightOf(record: { count?: number }): number {
  return record.count ?? 1;
}

function normaliseCode(code: string | null): string | null {
  if (code == null) return null;
  const trimmed = code.trim();
  return trimmed === "" ? null : trimmed;
}

type Classifier = (record: EmploymentRecord) => {
  code: string | null;
  info: RateCode | undefined;
  /** Placed code and not an internship: placed once its status counts. */
  eligible: boolean;
  placed: boolean;
  known: boolean;
};

function classifier(options: EmploymentRateOptions | undefined): Classifier {
  const lookup = new Map((options?.codes ?? DESTINATION_CODES).map((c) => [c.code, c]));
  const countUnverified = options?.countUnverified ?? false;
  return (record) => {
    const code = normaliseCode(record.destinationCode);
    const info = code == null ? undefined : lookup.get(code);
    const eligible = info !== undefined && info.placed && record.isInternship !== true && record.disputed !== true;
    const statusCounts =
      record.status === "verified" ||
      (countUnverified && (record.status === "confirmed" || record.status === "reported"));
    const known =
      code != null && record.status !== "unreported" && record.status !== "returned" && record.disputed !== true;
    return { code, info, eligible, placed: eligible && statusCounts, known };
  };
}

export function computeEmploymentRate(
  records: readonly EmploymentRecord[],
  options?: EmploymentRateOptions,
): EmploymentRateResult {
  const classify = classifier(options);
  let total = 0;
  let placed = 0;
  let unverifiedPlaced = 0;
  let known = 0;
  let notSeeking = 0;
  let careerOutcomes = 0;
  const byCode: Record<string, number> = {};
  const count2021: Record<PlacedGroup2021, number> = {
    contract: 0,
    flexible: 0,
    entrepreneurship: 0,
    further_study: 0,
  };
  const count2024: Record<PlacedGroup2024, number> = { employer: 0, self_employed: 0, freelance: 0, further_study: 0 };

  for (const record of records) {
    const n = weightOf(record);
    total += n;
    const c = classify(record);
    const key = c.code ?? "null";
    byCode[key] = (byCode[key] ?? 0) + n;

    if (c.eligible && (record.status === "reported" || record.status === "confirmed")) unverifiedPlaced += n;

    if (c.placed && c.info) {
      placed += n;
      const g2021 = c.info.group2021;
      const g2024 = c.info.group2024;
      if (g2021 !== "not_placed") count2021[g2021] += n;
      if (g2024 !== "not_placed") count2024[g2024] += n;
    }

    if (c.known) {
      known += n;
      if (c.code != null && NOT_SEEKING_CODES.has(c.code)) notSeeking += n;
      else if (c.eligible) careerOutcomes += n;
    }
  }

  const figure = (count: number): GroupFigure => ({ count, rate: ratio(count, total) });
  const groups2021: Record<PlacedGroup2021, GroupFigure> = {
    contract: figure(count2021.contract),
    flexible: figure(count2021.flexible),
    entrepreneurship: figure(count2021.entrepreneurship),
    further_study: figure(count2021.further_study),
  };
  const groups2024: Record<PlacedGroup2024, GroupFigure> = {
    employer: figure(count2024.employer),
    self_employed: figure(count2024.self_employed),
    freelance: figure(count2024.freelance),
    further_study: figure(count2024.further_study),
  };

  const careerOutcomesDenominator = known - notSeeking;
  return {
    total,
    placed,
    rate: ratio(placed, total),
    unverifiedPlaced,
    byCode,
    groups2021,
    groups2024,
    nace: {
      known,
      knowledgeRate: ratio(known, total),
      notSeeking,
      careerOutcomes,
      careerOutcomesDenominator,
      careerOutcomesRate: ratio(careerOutcomes, careerOutcomesDenominator),
    },
  };
}

export type BreakdownKey = "collegeId" | "majorId" | "degree" | "gender" | "difficulty";
export type BreakdownRow = { key: string | number; total: number; placed: number; rate: number };

/** Key under which graduates without any difficulty group are counted. */
export const NO_DIFFICULTY_KEY = "none";

function keysOf(record: EmploymentRecord, by: BreakdownKey): Array<string | number> {
  switch (by) {
    case "collegeId":
      return [record.collegeId];
    case "majorId":
      return [record.majorId];
    case "degree":
      return [record.degree];
    case "gender":
      return [record.gender];
    case "difficulty": {
      const groups = [...new Set(record.difficulty ?? [])];
      return groups.length === 0 ? [NO_DIFFICULTY_KEY] : groups;
    }
  }
}

/** Numbers in numeric order before strings in code-point order (deterministic, locale-free). */
function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rate broken down by one dimension, sorted by key. Same placement rule as
 * computeEmploymentRate. For 'difficulty' a graduate in several groups counts in each, so the
 * rows' totals may add up to more than the number of graduates; graduates in no group are under
 * "none".
 */
export function employmentRateBy(
  records: readonly EmploymentRecord[],
  by: BreakdownKey,
  options?: EmploymentRateOptions,
): BreakdownRow[] {
  const classify = classifier(options);
  const rows = new Map<string | number, { total: number; placed: number }>();
  for (const record of records) {
    const isPlaced = classify(record).placed;
    const n = weightOf(record);
    for (const key of keysOf(record, by)) {
      const row = rows.get(key) ?? { total: 0, placed: 0 };
      row.total += n;
      if (isPlaced) row.placed += n;
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, row]) => ({ key, total: row.total, placed: row.placed, rate: ratio(row.placed, row.total) }));
}
