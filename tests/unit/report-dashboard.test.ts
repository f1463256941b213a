import { describe, expect, it } from "vitest";
import { destinationNext, type DestinationActor, type DestinationEvent } from "../../app/destinations/states";
import {
  buildDashboard,
  defaultCohort,
  findAnomalies,
  orderedCodeCounts,
  type ReportRow,
} from "../../app/reports/dashboard";
import { minimumWage } from "../../app/reports/minimum-wage";
import { PROVINCES } from "../../app/school/regions";

let n = 0;
function row(overrides: Partial<ReportRow>): ReportRow {
  n += 1;
  return {
    graduateId: `g${n}`,
    studentNo: `2026${String(n).padStart(5, "0")}`,
    name: `学生${n}`,
    collegeId: 1,
    majorId: 1,
    degree: "bachelor",
    gender: "female",
    difficulties: [],
    code: null,
    status: "unreported",
    isInternship: false,
    disputed: false,
    fields: {},
    employerName: null,
    employerCreditCode: null,
    hasEvidence: true,
    ...overrides,
  };
}

/** Every row checked one by one (what the database's candidate query narrows down). */
const all = (rows: ReportRow[]) => ({ rows, details: rows });

/** Who fires each event: the graduate reports, confirms and disputes; staff record, verify and return. */
const ACTOR_OF: Record<DestinationEvent, DestinationActor> = {
  report: "graduate",
  record: "staff",
  confirm: "graduate",
  dispute: "graduate",
  verify: "staff",
  return: "staff",
  hold: "system",
};
/** The state after the event, or null when it is refused. */
function nextDestinationStatus(current: Parameters<typeof destinationNext>[0], event: DestinationEvent) {
  const next = destinationNext(current, event, ACTOR_OF[event]);
  return next.ok ? next.to : null;
}

describe("destination transitions", () => {
  const ACTIONS: DestinationEvent[] = ["report", "record", "confirm", "dispute", "verify", "return"];
  it("follows the table", () => {
    const own = { status: "confirmed" as const, source: "graduate" as const, disputed: false };
    const onBehalf = { status: "reported" as const, source: "staff" as const, disputed: false };
    expect(Object.fromEntries(ACTIONS.map((a) => [a, nextDestinationStatus(null, a)]))).toEqual({
      report: "confirmed",
      record: "reported",
      confirm: null,
      dispute: null,
      verify: null,
      return: null,
    });
    expect(Object.fromEntries(ACTIONS.map((a) => [a, nextDestinationStatus(own, a)]))).toEqual({
      report: "confirmed",
      record: "reported",
      confirm: null,
      dispute: null,
      verify: "verified",
      return: "returned",
    });
    expect(Object.fromEntries(ACTIONS.map((a) => [a, nextDestinationStatus(onBehalf, a)]))).toEqual({
      report: "confirmed",
      record: "reported",
      confirm: "confirmed",
      dispute: "reported",
      verify: null,
      return: "returned",
    });
    expect(nextDestinationStatus({ status: "confirmed", source: "import", disputed: true }, "verify")).toBeNull();
    expect(nextDestinationStatus({ status: "verified", source: "agreement", disputed: false }, "dispute")).toBe(
      "reported",
    );
    expect(nextDestinationStatus({ status: "returned", source: "graduate", disputed: false }, "verify")).toBeNull();
  });
});

describe("dashboard figures", () => {
  it("separates verified, confirmed-unverified and unconfirmed placements", () => {
    const d = buildDashboard([
      row({ code: "11", status: "verified" }),
      row({ code: "11", status: "confirmed" }),
      row({ code: "10", status: "reported" }),
      row({ code: "12", status: "verified", isInternship: true }),
      row({ code: "70", status: "verified" }),
      row({}),
    ]);
    expect(d.overall).toMatchObject({ total: 6, placed: 1 });
    expect(d.provisional.placed).toBe(3);
    expect(d.confirmedUnverified).toBe(1);
    expect(d.unconfirmedPlaced).toBe(1);
    expect(d.internships).toBe(1);
    expect(d.unreported).toBe(1);
    // Each breakdown row shows the verified figure and, beside it, the provisional one.
    expect(d.breakdowns.collegeId).toEqual([
      { key: 1, total: 6, placed: 1, rate: 1 / 6, provisionalPlaced: 3, provisionalRate: 3 / 6 },
    ]);
  });

  it("lists every code in code-list order with the unreported last", () => {
    const ordered = orderedCodeCounts({ "11": 2, null: 1, "999": 1 });
    expect(ordered[0]).toEqual({ code: "10", count: 0 });
    expect(ordered[1]).toEqual({ code: "11", count: 2 });
    expect(ordered.at(-2)).toEqual({ code: "999", count: 1 });
    expect(ordered.at(-1)).toEqual({ code: null, count: 1 });
  });
});

describe("anomaly flags", () => {
  it("flags a college whose share of 12 is well above the school's norm", () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) =>
        row({ collegeId: 1, code: i < 6 ? "12" : "11", status: "verified", employerName: `单位${i}` }),
      ),
      ...Array.from({ length: 10 }, () => row({ collegeId: 2, code: "11", status: "verified" })),
    ];
    const anomalies = findAnomalies(all(rows), { total: 100, byCode: { "12": 10, "11": 60 } });
    expect(anomalies).toEqual([
      expect.objectContaining({ kind: "shareHigh", collegeId: 1, code: "12", count: 6, share: 0.6, norm: 0.1 }),
    ]);
    // Small colleges are left alone: a few graduates swing a share too easily.
    expect(findAnomalies(all(rows.slice(0, 6)), { total: 100, byCode: { "12": 10 } })).toEqual([]);
  });

  it("flags clusters of code 12 at one employer by credit code or name", () => {
    const rows = Array.from({ length: 5 }, (_, i) =>
      row({
        collegeId: i,
        code: "12",
        status: i === 4 ? "reported" : "verified",
        employerName: "某某 商贸有限公司",
        employerCreditCode: i % 2 ? "91330100MA2AAAAA1X" : null,
      }),
    );
    const byName = findAnomalies(all(rows), { total: 1000, byCode: { "12": 500 } });
    expect(byName.filter((a) => a.kind === "cluster12")).toHaveLength(0);
    const sameName = rows.map((r) => ({ ...r, employerCreditCode: null }));
    expect(findAnomalies(all(sameName), { total: 1000, byCode: { "12": 500 } })).toEqual([
      expect.objectContaining({ kind: "cluster12", count: 5 }),
    ]);
    // Internships and returned records are not counted.
    const withInternship = sameName.map((r, i) => (i === 0 ? { ...r, isInternship: true } : r));
    expect(findAnomalies(all(withInternship), { total: 1000, byCode: { "12": 500 } })).toEqual([]);
  });

  it("flags missing evidence and pay below the provincial minimum wage", () => {
    const anomalies = findAnomalies(
      all([
        row({
          code: "12",
          status: "confirmed",
          hasEvidence: false,
          fields: { monthlyPay: "1500", workProvince: "上海市" },
        }),
        row({ code: "76", status: "verified", fields: { monthlyPay: "9000", workProvince: "上海市" } }),
        row({ code: "70", status: "verified", hasEvidence: false }),
        row({ code: "11", status: "returned", hasEvidence: false }),
      ]),
      { total: 4, byCode: {} },
    );
    expect(anomalies.map((a) => a.kind).sort()).toEqual(["evidenceMissing", "payBelowMinimum"]);
  });

  it("has a minimum wage for every province on the form", () => {
    for (const province of PROVINCES) expect(minimumWage(province)).toBeGreaterThan(1000);
    expect(minimumWage("火星")).toBeNull();
  });
});

describe("grouped rows (what the dashboard query returns)", () => {
  /** Deterministic pseudo-random cohort across colleges, codes, statuses and difficulty groups. */
  function cohort(size: number): ReportRow[] {
    let seed = 42;
    // mulberry32: an LCG's low bits repeat, which would leave whole codes out.
    const next = (k: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % k;
    };
    const codes = [null, "10", "11", "12", "46", "75", "76", "80", "85", "70", "71", "72"];
    const statuses = ["unreported", "reported", "confirmed", "verified", "returned"] as const;
    const difficulties = [[], [], [], ["低保家庭"], ["残疾"], ["低保家庭", "残疾"]];
    return Array.from({ length: size }, () =>
      row({
        collegeId: 1 + next(4),
        majorId: 0,
        degree: ["bachelor", "master", "doctor"][next(3)]!,
        gender: next(2) ? "male" : "female",
        difficulties: difficulties[next(difficulties.length)]!,
        code: codes[next(codes.length)]!,
        status: statuses[next(statuses.length)]!,
        isInternship: next(20) === 0,
        disputed: next(30) === 0,
      }),
    );
  }

  function grouped(rows: ReportRow[]) {
    const groups = new Map<string, ReportRow & { count: number }>();
    for (const r of rows) {
      const key = JSON.stringify([
        r.collegeId,
        r.majorId,
        r.degree,
        r.gender,
        r.difficulties,
        r.code,
        r.status,
        r.isInternship,
        r.disputed,
      ]);
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { ...r, graduateId: "", count: 1 });
    }
    return [...groups.values()];
  }

  it("give the same figures, breakdowns and share flags as one row per graduate", () => {
    const rows = cohort(20_000).map((r) => ({ ...r, majorId: r.collegeId * 10 + (r.gender === "male" ? 1 : 2) }));
    const groups = grouped(rows);
    expect(groups.length).toBeLessThan(rows.length / 2);
    const perGraduate = buildDashboard(rows);
    expect(buildDashboard(groups)).toEqual(perGraduate);
    expect(perGraduate.overall.total).toBe(20_000);
    const shareFlags = (input: ReportRow[]) =>
      findAnomalies(
        { rows: input, details: [] },
        { total: 20_000, byCode: { "12": 200, "75": 200, "76": 200 } },
        { minCollegeSize: 1, margin: 0.01 },
      ).filter((a) => a.kind === "shareHigh");
    expect(shareFlags(groups)).toEqual(shareFlags(rows));
    expect(shareFlags(rows).length).toBeGreaterThan(0);
  });
});

describe("the cohort the dashboard opens on", () => {
  it("counts the year at school: at 01:30 on 1 January in Beijing, the 2027 cohort is this year's", () => {
    // 2026-12-31T17:30:00Z is 2027-01-01 01:30 in Beijing; the UTC year is still 2026.
    expect(defaultCohort([2028, 2027, 2026], new Date("2026-12-31T17:30:00Z"))).toBe(2027);
    expect(defaultCohort([2028, 2027, 2026], new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(defaultCohort([], new Date("2026-12-31T17:30:00Z"))).toBe(2027);
  });
});
