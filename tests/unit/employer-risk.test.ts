import { describe, expect, it } from "vitest";
import { RISK_WEIGHTS, employerRisk, type RiskFacts } from "../../app/employers/risk";

const calm: RiskFacts = {
  verifiedDaysAgo: 400,
  rejections: [],
  unansweredApplications: 0,
  contactEmail: "hr@yunfan-tech.cn",
  sameNameCount: 0,
  isAgency: false,
  hrLicenceNo: null,
  reports: 0,
};

describe("employer risk", () => {
  it("a long-verified employer on its own domain has no signals and score 0", () => {
    expect(employerRisk(calm)).toEqual({ score: 0, signals: [] });
  });

  it("every signal carries its weight and evidence, and the score is their sum", () => {
    const risk = employerRisk({
      verifiedDaysAgo: 5,
      rejections: [
        { reasons: "收取押金", flags: ["fee"] },
        { reasons: "限男性", flags: ["discrimination.gender"] },
      ],
      unansweredApplications: 3,
      contactEmail: "zhaopin2026@163.com",
      sameNameCount: 1,
      isAgency: true,
      hrLicenceNo: "",
      reports: 4,
    });
    expect(risk.signals.map((s) => s.id)).toEqual([
      "verification.recent",
      "postings.rejected",
      "postings.rejected_for_fraud_or_discrimination",
      "applications.unanswered",
      "contact.webmail",
      "name.duplicate",
      "agency.no_licence",
      "reports.received",
    ]);
    expect(risk.signals.find((s) => s.id === "reports.received")?.weight).toBe(RISK_WEIGHTS.reportsCap);
    expect(risk.score).toBe(risk.signals.reduce((s, x) => s + x.weight, 0));
    const rejected = risk.signals.find((s) => s.id === "postings.rejected");
    expect(rejected?.weight).toBe(2 * RISK_WEIGHTS.perRejection);
    expect(rejected?.evidence.zh).toContain("收取押金");
    expect(risk.signals.find((s) => s.id === "contact.webmail")?.evidence.en).toContain("163.com");
  });

  it("rejections count up to a cap, and an unverified employer is a signal of its own", () => {
    const many = Array.from({ length: 10 }, () => ({ reasons: null, flags: [] }));
    const risk = employerRisk({ ...calm, verifiedDaysAgo: null, rejections: many });
    expect(risk.signals.find((s) => s.id === "postings.rejected")?.weight).toBe(RISK_WEIGHTS.rejectionsCap);
    expect(risk.signals.map((s) => s.id)).toContain("verification.none");
  });
});
