import { describe, expect, it } from "vitest";
import {
  buildFunnelReport,
  defaultFunnelYear,
  formatShare,
  funnelFigures,
  funnelReportTables,
  type FunnelReportRow,
} from "../../app/programmes/report";
import type { FunnelState, ProgrammeSlug } from "../../vocabulary";

let n = 0;
function row(slug: ProgrammeSlug, reached: FunnelState[], more: Partial<FunnelReportRow> = {}): FunnelReportRow {
  n += 1;
  return {
    interestId: `i${n}`,
    graduateId: `g${n}`,
    slug,
    year: 2026,
    collegeId: 1,
    cohort: 2026,
    state: reached.at(-1)!,
    reached,
    destinationCode: null,
    destinationStatus: null,
    ...more,
  };
}

describe("programme funnel figures", () => {
  it("counts who reached each stage and converts against the nearest earlier stage anyone reached", () => {
    // Enlistment skips the exam: 初审 → 体检 must not read as "0 % after the exam".
    const rows = [
      row("enlistment", ["interested"]),
      row("enlistment", ["interested", "registered_official"]),
      row("enlistment", ["interested", "registered_official", "school_precheck", "health_check"]),
      row("enlistment", ["interested", "registered_official", "school_precheck", "health_check", "withdrew"]),
    ];
    const f = funnelFigures(rows);
    const stage = (s: string) => f.stages.find((x) => x.stage === s)!;
    expect(f.total).toBe(4);
    expect(stage("registered_official")).toMatchObject({
      reached: 3,
      current: 1,
      ofInterested: 0.75,
      ofPrevious: 0.75,
    });
    expect(stage("exam")).toMatchObject({ reached: 0, ofPrevious: 0 });
    expect(stage("health_check")).toMatchObject({ reached: 2, current: 1, ofPrevious: 1 });
    expect(stage("selected")).toMatchObject({ reached: 0, ofInterested: 0, ofPrevious: 0 });
    expect(stage("interested").ofPrevious).toBeNull();
    expect(f.withdrew).toBe(1);
    expect(f.selectedRate).toBe(0);
    expect(funnelFigures([]).stages[0]).toMatchObject({ reached: 0, ofInterested: null, ofPrevious: null });
  });

  it("counts each graduate's destination once, recorded and verified apart", () => {
    const rows = [
      row("xibu", ["interested", "selected"], {
        graduateId: "same",
        destinationCode: "503",
        destinationStatus: "verified",
      }),
      row("sanzhi", ["interested"], { graduateId: "same", destinationCode: "503", destinationStatus: "verified" }),
      row("enlistment", ["interested", "selected"], { destinationCode: "46", destinationStatus: "reported" }),
      row("enlistment", ["interested"], { destinationCode: "46", destinationStatus: "returned" }),
    ];
    const byCode = Object.fromEntries(funnelFigures(rows).destinations.map((d) => [d.code, [d.recorded, d.verified]]));
    expect(byCode).toEqual({ "46": [1, 0], "502": [0, 0], "503": [1, 1], "512": [0, 0], "519": [0, 0] });
  });

  it("builds the same tables for page and workbook: by programme, college, cohort and year", () => {
    const rows = [
      row("xibu", ["interested"], { collegeId: 2 }),
      row("xibu", ["interested", "registered_official"], { collegeId: 1, cohort: 2027 }),
      row("xibu", ["interested"], { year: 2027 }),
      row("enlistment", ["interested"]),
    ];
    const report = buildFunnelReport(rows, { slug: "xibu", year: 2026, collegeId: null, cohort: null }, [
      "enlistment",
      "xibu",
    ]);
    expect(report.overall.total).toBe(2);
    expect(report.byProgramme.map((g) => [g.key, g.figures.total])).toEqual([
      ["enlistment", 1],
      ["xibu", 2],
    ]);
    expect(report.byCollege.map((g) => g.key)).toEqual([1, 2]);
    expect(report.byCohort.map((g) => [g.key, g.figures.total])).toEqual([
      [2026, 1],
      [2027, 1],
    ]);
    expect(report.byYear.map((g) => [g.key, g.figures.total])).toEqual([
      [2026, 2],
      [2027, 1],
    ]);
    const tables = funnelReportTables(report, {
      t: (key) => key,
      programme: (slug) => slug,
      college: (id) => `college ${id}`,
      code: (code) => code,
    });
    expect(tables.map((t) => t.id)).toEqual(["stages", "destinations", "programmes", "colleges", "cohorts", "years"]);
    for (const t of tables) for (const r of t.rows) expect(r.cells.length + 1).toBe(t.head.length);
    expect(formatShare(0.5)).toBe("50.0%");
    expect(formatShare(null)).toBe("—");
  });
});

describe("the programme year the report opens on", () => {
  it("is this year at school: at 01:30 on 1 January in Beijing it is already the new year", () => {
    // 2026-12-31T17:30:00Z is 2027-01-01 01:30 in Beijing; the UTC year is still 2026.
    expect(defaultFunnelYear([2025, 2026, 2027], new Date("2026-12-31T17:30:00Z"))).toBe(2027);
    expect(defaultFunnelYear([2025, 2026], new Date("2026-12-31T17:30:00Z"))).toBe(2026);
    expect(defaultFunnelYear([], new Date("2026-12-31T17:30:00Z"))).toBe(2027);
  });
});
