import { describe, expect, it } from "vitest";
import { computeEmploymentRate, employmentRateBy, type EmploymentRecord } from "../../app/reports/employment-rate";
import { DESTINATION_CODES } from "../../app/destinations/codes";

let serial = 0;
function rec(
  partial: Partial<EmploymentRecord> & Pick<EmploymentRecord, "destinationCode" | "status">,
): EmploymentRecord {
  serial += 1;
  return { graduateId: `g${serial}`, collegeId: 1, majorId: 100, degree: "bachelor", gender: "F", ...partial };
}

/**
 * A 13-graduate cohort, figures computed by hand:
 *   placed (verified only): g1 10, g2 11, g3 12, g6 801, g11 75                     → 5
 *   waiting for verification: g4 76 confirmed, g13 46 reported                     → 2
 *   never placed: g5 internship (10 verified), g7 70, g8 71, g9 none, g10 85 returned, g12 72
 */
function cohort(): EmploymentRecord[] {
  return [
    rec({ graduateId: "g1", destinationCode: "10", status: "verified", collegeId: 2, gender: "F", degree: "bachelor" }),
    rec({ graduateId: "g2", destinationCode: "11", status: "verified", collegeId: 1, gender: "M", degree: "master" }),
    rec({
      graduateId: "g3",
      destinationCode: "12",
      status: "verified",
      collegeId: 10,
      gender: "F",
      difficulty: ["low_income"],
    }),
    rec({ graduateId: "g4", destinationCode: "76", status: "confirmed", collegeId: 2, gender: "M" }),
    rec({ graduateId: "g5", destinationCode: "10", status: "verified", isInternship: true, collegeId: 1, gender: "F" }),
    rec({ graduateId: "g6", destinationCode: "801", status: "verified", collegeId: 10, gender: "M", degree: "master" }),
    rec({
      graduateId: "g7",
      destinationCode: "70",
      status: "verified",
      collegeId: 2,
      gender: "F",
      difficulty: ["disability", "low_income"],
    }),
    rec({ graduateId: "g8", destinationCode: "71", status: "reported", collegeId: 1, gender: "M" }),
    rec({ graduateId: "g9", destinationCode: null, status: "unreported", collegeId: 10, gender: "F" }),
    rec({
      graduateId: "g10",
      destinationCode: "85",
      status: "returned",
      collegeId: 2,
      gender: "M",
      difficulty: ["low_income"],
    }),
    rec({
      graduateId: "g11",
      destinationCode: "75",
      status: "verified",
      collegeId: 1,
      gender: "F",
      degree: "doctorate",
    }),
    rec({ graduateId: "g12", destinationCode: "72", status: "verified", collegeId: 10, gender: "M" }),
    rec({
      graduateId: "g13",
      destinationCode: "46",
      status: "reported",
      collegeId: 2,
      gender: "M",
      difficulty: ["disability"],
    }),
  ];
}

describe("computeEmploymentRate", () => {
  it("counts only verified, placed, non-internship destinations by default", () => {
    const r = computeEmploymentRate(cohort());
    expect(r.total).toBe(13);
    expect(r.placed).toBe(5);
    expect(r.rate).toBeCloseTo(5 / 13, 12);
    expect(r.unverifiedPlaced).toBe(2);
  });

  it("also counts reported and confirmed destinations with countUnverified", () => {
    const r = computeEmploymentRate(cohort(), { countUnverified: true });
    expect(r.placed).toBe(7);
    expect(r.rate).toBeCloseTo(7 / 13, 12);
    expect(r.unverifiedPlaced).toBe(2);
  });

  it('counts graduates per code, with no code under the key "null"', () => {
    expect(computeEmploymentRate(cohort()).byCode).toEqual({
      "10": 2,
      "11": 1,
      "12": 1,
      "76": 1,
      "801": 1,
      "70": 1,
      "71": 1,
      null: 1,
      "85": 1,
      "75": 1,
      "72": 1,
      "46": 1,
    });
  });

  it("splits placed graduates into the 2021 and 2024 groups over the same denominator", () => {
    const r = computeEmploymentRate(cohort());
    expect(r.groups2021).toEqual({
      contract: { count: 2, rate: 2 / 13 },
      flexible: { count: 1, rate: 1 / 13 },
      entrepreneurship: { count: 1, rate: 1 / 13 },
      further_study: { count: 1, rate: 1 / 13 },
    });
    expect(r.groups2024).toEqual({
      employer: { count: 3, rate: 3 / 13 },
      self_employed: { count: 1, rate: 1 / 13 },
      freelance: { count: 0, rate: 0 },
      further_study: { count: 1, rate: 1 / 13 },
    });

    const u = computeEmploymentRate(cohort(), { countUnverified: true });
    expect(u.groups2021.contract.count).toBe(3); // + g13 enlisted
    expect(u.groups2021.flexible.count).toBe(2); // + g4 freelance
    expect(u.groups2024.employer.count).toBe(4);
    expect(u.groups2024.freelance.count).toBe(1);
  });

  it("computes the NACE knowledge and career-outcomes rates", () => {
    // known: every record with a code and status other than unreported/returned → all but g9, g10 = 11
    // not seeking: g8 (71), g12 (72) → denominator 9
    // career outcomes: g1 g2 g3 g4 g6 g11 g13 (g5 is an internship, g7 is seeking) → 7
    const r = computeEmploymentRate(cohort());
    expect(r.nace).toEqual({
      known: 11,
      knowledgeRate: 11 / 13,
      notSeeking: 2,
      careerOutcomes: 7,
      careerOutcomesDenominator: 9,
      careerOutcomesRate: 7 / 9,
    });
  });

  it("keeps 70 (seeking) in the career-outcomes denominator but not 71 or 72", () => {
    const seeking = computeEmploymentRate([
      rec({ destinationCode: "10", status: "verified" }),
      rec({ destinationCode: "70", status: "verified" }),
    ]);
    expect(seeking.nace.careerOutcomesRate).toBe(0.5);
    for (const code of ["71", "72"]) {
      const notSeeking = computeEmploymentRate([
        rec({ destinationCode: "10", status: "verified" }),
        rec({ destinationCode: code, status: "verified" }),
      ]);
      expect(notSeeking.nace.careerOutcomesRate, code).toBe(1);
      expect(notSeeking.nace.knowledgeRate, code).toBe(1);
    }
  });

  it("returns zeros, not NaN, for an empty cohort", () => {
    const r = computeEmploymentRate([]);
    expect(r).toEqual({
      total: 0,
      placed: 0,
      rate: 0,
      unverifiedPlaced: 0,
      byCode: {},
      groups2021: {
        contract: { count: 0, rate: 0 },
        flexible: { count: 0, rate: 0 },
        entrepreneurship: { count: 0, rate: 0 },
        further_study: { count: 0, rate: 0 },
      },
      groups2024: {
        employer: { count: 0, rate: 0 },
        self_employed: { count: 0, rate: 0 },
        freelance: { count: 0, rate: 0 },
        further_study: { count: 0, rate: 0 },
      },
      nace: {
        known: 0,
        knowledgeRate: 0,
        notSeeking: 0,
        careerOutcomes: 0,
        careerOutcomesDenominator: 0,
        careerOutcomesRate: 0,
      },
    });
    expect(computeEmploymentRate([rec({ destinationCode: null, status: "unreported" })]).nace.careerOutcomesRate).toBe(
      0,
    );
  });

  it("counts a graduate with nothing reported as not placed but in the denominator", () => {
    const r = computeEmploymentRate(
      [rec({ destinationCode: "10", status: "verified" }), rec({ destinationCode: null, status: "unreported" })],
      { countUnverified: true },
    );
    expect(r.total).toBe(2);
    expect(r.placed).toBe(1);
    expect(r.rate).toBe(0.5);
    expect(r.byCode).toEqual({ "10": 1, null: 1 });
  });

  it("never counts internships, whatever the code and status", () => {
    for (const status of ["reported", "confirmed", "verified"] as const) {
      const r = computeEmploymentRate([rec({ destinationCode: "11", status, isInternship: true })], {
        countUnverified: true,
      });
      expect(r.placed, status).toBe(0);
      expect(r.unverifiedPlaced, status).toBe(0);
      expect(r.groups2021.contract.count).toBe(0);
    }
    // An internship is still a known outcome — just not a career outcome.
    const r = computeEmploymentRate([rec({ destinationCode: "10", status: "verified", isInternship: true })]);
    expect(r.nace.known).toBe(1);
    expect(r.nace.careerOutcomesRate).toBe(0);
  });

  it("never counts a disputed destination, in either rate, and does not take its outcome as known", () => {
    for (const status of ["reported", "confirmed"] as const) {
      const disputed = computeEmploymentRate([rec({ destinationCode: "11", status, disputed: true })], {
        countUnverified: true,
      });
      expect(disputed.placed, status).toBe(0);
      expect(disputed.unverifiedPlaced, status).toBe(0);
      expect(disputed.nace.known, status).toBe(0);
      // The same record undisputed is a provisional placement: the dispute is what takes it out.
      const undisputed = computeEmploymentRate([rec({ destinationCode: "11", status })], { countUnverified: true });
      expect(undisputed.placed, status).toBe(1);
    }
    expect(computeEmploymentRate([rec({ destinationCode: "11", status: "verified", disputed: true })]).placed).toBe(0);
  });

  it("never counts 'returned' or 'unreported', even with countUnverified", () => {
    const r = computeEmploymentRate(
      [rec({ destinationCode: "10", status: "returned" }), rec({ destinationCode: "801", status: "unreported" })],
      { countUnverified: true },
    );
    expect(r.placed).toBe(0);
    expect(r.unverifiedPlaced).toBe(0);
    expect(r.nace.known).toBe(0);
  });

  it("never counts 70, 71, 72, whatever the status", () => {
    const records = ["70", "71", "72"].flatMap((code) =>
      (["reported", "confirmed", "verified"] as const).map((status) => rec({ destinationCode: code, status })),
    );
    const r = computeEmploymentRate(records, { countUnverified: true });
    expect(r.total).toBe(9);
    expect(r.placed).toBe(0);
    expect(r.unverifiedPlaced).toBe(0);
  });

  it("counts every placed code of the list when verified", () => {
    for (const c of DESTINATION_CODES) {
      const r = computeEmploymentRate([rec({ destinationCode: c.code, status: "verified" })]);
      expect(r.placed, c.code).toBe(c.placed ? 1 : 0);
    }
  });

  it("does not place unknown codes, but a caller's code list can add one", () => {
    const records = [rec({ destinationCode: "504", status: "verified" })];
    const r = computeEmploymentRate(records);
    expect(r.placed).toBe(0);
    expect(r.byCode).toEqual({ "504": 1 });
    expect(r.nace.known).toBe(1);

    const withSubCode = computeEmploymentRate(records, {
      codes: [...DESTINATION_CODES, { code: "504", placed: true, group2021: "contract", group2024: "employer" }],
    });
    expect(withSubCode.placed).toBe(1);
    expect(withSubCode.groups2021.contract.count).toBe(1);
  });

  it("treats an empty or padded code like none or the trimmed code", () => {
    const r = computeEmploymentRate([
      rec({ destinationCode: "", status: "reported" }),
      rec({ destinationCode: " 10 ", status: "verified" }),
    ]);
    expect(r.byCode).toEqual({ null: 1, "10": 1 });
    expect(r.placed).toBe(1);
    expect(r.nace.known).toBe(1);
  });

  it("has group counts that add up to placed for either grouping (generated cohorts)", () => {
    const codes = [...DESTINATION_CODES.map((c) => c.code), null, "999"];
    const statuses = ["unreported", "reported", "confirmed", "verified", "returned"] as const;
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const records = Array.from({ length: 1 + next(60) }, () =>
        rec({
          destinationCode: codes[next(codes.length)],
          status: statuses[next(statuses.length)],
          isInternship: next(10) === 0,
        }),
      );
      for (const countUnverified of [false, true]) {
        const r = computeEmploymentRate(records, { countUnverified });
        const sum2021 = Object.values(r.groups2021).reduce((a, g) => a + g.count, 0);
        const sum2024 = Object.values(r.groups2024).reduce((a, g) => a + g.count, 0);
        expect(sum2021).toBe(r.placed);
        expect(sum2024).toBe(r.placed);
        expect(Object.values(r.byCode).reduce((a, b) => a + b, 0)).toBe(r.total);
        const expectedPlaced = records.filter(
          (x) =>
            x.destinationCode != null &&
            ["10", "11", "12", "271", "46", "502", "503", "512", "519", "75", "76", "801", "802", "85"].includes(
              x.destinationCode,
            ) &&
            !x.isInternship &&
            (x.status === "verified" || (countUnverified && (x.status === "reported" || x.status === "confirmed"))),
        ).length;
        expect(r.placed).toBe(expectedPlaced);
        expect(r.placed).toBeLessThanOrEqual(r.nace.careerOutcomes);
      }
    }
  });
});

describe("employmentRateBy", () => {
  it("breaks down by college, sorted numerically", () => {
    // college 1: g2 ✓, g5 internship, g8 71, g11 ✓           → 2/4
    // college 2: g1 ✓, g4 unverified, g7 70, g10 returned, g13 unverified → 1/5
    // college 10: g3 ✓, g6 ✓, g9 none, g12 72                  → 2/4
    expect(employmentRateBy(cohort(), "collegeId")).toEqual([
      { key: 1, total: 4, placed: 2, rate: 0.5 },
      { key: 2, total: 5, placed: 1, rate: 0.2 },
      { key: 10, total: 4, placed: 2, rate: 0.5 },
    ]);
  });

  it("applies countUnverified", () => {
    const rows = employmentRateBy(cohort(), "collegeId", { countUnverified: true });
    expect(rows.find((r) => r.key === 2)).toEqual({ key: 2, total: 5, placed: 3, rate: 0.6 });
  });

  it("breaks down by gender and degree, sorted by key", () => {
    // F: g1 ✓ g3 ✓ g5 ✗ g7 ✗ g9 ✗ g11 ✓ → 3/6; M: g2 ✓ g4 g6 ✓ g8 g10 g12 g13 → 2/7
    expect(employmentRateBy(cohort(), "gender")).toEqual([
      { key: "F", total: 6, placed: 3, rate: 0.5 },
      { key: "M", total: 7, placed: 2, rate: 2 / 7 },
    ]);
    expect(employmentRateBy(cohort(), "degree")).toEqual([
      { key: "bachelor", total: 10, placed: 2, rate: 0.2 },
      { key: "doctorate", total: 1, placed: 1, rate: 1 },
      { key: "master", total: 2, placed: 2, rate: 1 },
    ]);
  });

  it('puts a graduate in every difficulty group they belong to, and the rest under "none"', () => {
    // disability: g7 ✗, g13 (reported) ✗ → 0/2
    // low_income: g3 ✓, g7 ✗, g10 ✗ → 1/3
    // none: g1 ✓ g2 ✓ g4 g5 g6 ✓ g8 g9 g11 ✓ g12 → 4/9
    expect(employmentRateBy(cohort(), "difficulty")).toEqual([
      { key: "disability", total: 2, placed: 0, rate: 0 },
      { key: "low_income", total: 3, placed: 1, rate: 1 / 3 },
      { key: "none", total: 9, placed: 4, rate: 4 / 9 },
    ]);
  });

  it("counts a graduate once per group even if the group is listed twice, and treats [] as none", () => {
    const rows = employmentRateBy(
      [
        rec({ destinationCode: "10", status: "verified", difficulty: ["low_income", "low_income"] }),
        rec({ destinationCode: "10", status: "verified", difficulty: [] }),
      ],
      "difficulty",
    );
    expect(rows).toEqual([
      { key: "low_income", total: 1, placed: 1, rate: 1 },
      { key: "none", total: 1, placed: 1, rate: 1 },
    ]);
  });

  it("keeps string ids as strings and sorts them", () => {
    const rows = employmentRateBy(
      [
        rec({ majorId: "m2", destinationCode: "10", status: "verified" }),
        rec({ majorId: "m1", destinationCode: null, status: "unreported" }),
        rec({ majorId: "m2", destinationCode: "70", status: "verified" }),
      ],
      "majorId",
    );
    expect(rows).toEqual([
      { key: "m1", total: 1, placed: 0, rate: 0 },
      { key: "m2", total: 2, placed: 1, rate: 0.5 },
    ]);
  });

  it("returns no rows for no records, and rows that add up to the overall figures", () => {
    expect(employmentRateBy([], "collegeId")).toEqual([]);
    const overall = computeEmploymentRate(cohort());
    const rows = employmentRateBy(cohort(), "majorId");
    expect(rows.reduce((a, r) => a + r.total, 0)).toBe(overall.total);
    expect(rows.reduce((a, r) => a + r.placed, 0)).toBe(overall.placed);
  });
});
