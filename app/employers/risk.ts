/**
 * Employer risk, explained (issue 12): a score from signals that exist in the database, each
 * shown with its weight and evidence. The score orders staff attention; no signal blocks anything
 * on its own (decisions stay with staff). Pure: risk.server.ts gathers the facts.
 */
import { FREE_WEBMAIL_DOMAINS } from "./trust";

export interface RiskFacts {
  /** Days since the employer was verified; null when it is not verified. */
  verifiedDaysAgo: number | null;
  /** Postings of this employer staff rejected, newest first, with their reasons. */
  rejections: ReadonlyArray<{ reasons: string | null; flags: readonly string[] }>;
  /** Applications still unanswered (status "submitted") more than 14 days after they came in. */
  unansweredApplications: number;
  contactEmail: string;
  /** Other employers with the same name (normalised). */
  sameNameCount: number;
  isAgency: boolean;
  hrLicenceNo: string | null;
  /** Public reports against the employer's postings. */
  reports: number;
  /** Fair booths the employer left empty (no representative online) in the no-show period. */
  fairNoShows?: number;
}

export interface RiskSignal {
  id: string;
  weight: number;
  evidence: { zh: string; en: string };
}

/** Weights in one place, so staff can read why a score is what it is (docs/vetting-rules.md). */
export const RISK_WEIGHTS = {
  newlyVerified: 10,
  notVerified: 20,
  perRejection: 15,
  rejectionsCap: 45,
  discriminationOrFraudRejection: 10,
  unansweredApplications: 10,
  webmail: 10,
  duplicateName: 15,
  agencyWithoutLicence: 30,
  perReport: 10,
  reportsCap: 30,
  perFairNoShow: 10,
  fairNoShowsCap: 30,
} as const;

const FRAUD_RULE = /^(?:fee|training_loan|paid_internship|fraud\.|discrimination\.)/u;

export function employerRisk(facts: RiskFacts): { score: number; signals: RiskSignal[] } {
  const signals: RiskSignal[] = [];
  if (facts.verifiedDaysAgo === null) {
    signals.push({
      id: "verification.none",
      weight: RISK_WEIGHTS.notVerified,
      evidence: { zh: "单位尚未通过审核", en: "The employer is not verified" },
    });
  } else if (facts.verifiedDaysAgo < 30) {
    signals.push({
      id: "verification.recent",
      weight: RISK_WEIGHTS.newlyVerified,
      evidence: {
        zh: `单位${facts.verifiedDaysAgo}天前才通过审核`,
        en: `Verified only ${facts.verifiedDaysAgo} ${facts.verifiedDaysAgo === 1 ? "day" : "days"} ago`,
      },
    });
  }
  if (facts.rejections.length > 0) {
    const reasons = facts.rejections
      .map((r) => r.reasons)
      .filter((r): r is string => Boolean(r))
      .slice(0, 3);
    signals.push({
      id: "postings.rejected",
      weight: Math.min(RISK_WEIGHTS.rejectionsCap, RISK_WEIGHTS.perRejection * facts.rejections.length),
      evidence: {
        zh: `${facts.rejections.length}个岗位被驳回${reasons.length ? `：${reasons.join("；")}` : ""}`,
        en: `${facts.rejections.length} posting(s) rejected${reasons.length ? `: ${reasons.join("; ")}` : ""}`,
      },
    });
    const serious = [...new Set(facts.rejections.flatMap((r) => r.flags.filter((f) => FRAUD_RULE.test(f))))];
    if (serious.length > 0) {
      signals.push({
        id: "postings.rejected_for_fraud_or_discrimination",
        weight: RISK_WEIGHTS.discriminationOrFraudRejection,
        evidence: { zh: `驳回涉及：${serious.join("、")}`, en: `Rejections involved: ${serious.join(", ")}` },
      });
    }
  }
  if (facts.unansweredApplications > 0) {
    signals.push({
      id: "applications.unanswered",
      weight: RISK_WEIGHTS.unansweredApplications,
      evidence: {
        zh: `${facts.unansweredApplications}份投递超过14天未处理`,
        en: `${facts.unansweredApplications} application(s) unanswered for more than 14 days`,
      },
    });
  }
  const domain = facts.contactEmail.split("@")[1]?.toLowerCase() ?? "";
  if ((FREE_WEBMAIL_DOMAINS as readonly string[]).includes(domain)) {
    signals.push({
      id: "contact.webmail",
      weight: RISK_WEIGHTS.webmail,
      evidence: { zh: `联系邮箱为免费邮箱（${domain}）`, en: `Contact e-mail is free webmail (${domain})` },
    });
  }
  if (facts.sameNameCount > 0) {
    signals.push({
      id: "name.duplicate",
      weight: RISK_WEIGHTS.duplicateName,
      evidence: {
        zh: `另有${facts.sameNameCount}家单位使用相同名称`,
        en: `${facts.sameNameCount} other employer(s) use the same name`,
      },
    });
  }
  if (facts.isAgency && !facts.hrLicenceNo?.trim()) {
    signals.push({
      id: "agency.no_licence",
      weight: RISK_WEIGHTS.agencyWithoutLicence,
      evidence: {
        zh: "人力资源服务机构未填写人力资源服务许可证",
        en: "HR agency without a human-resources service licence",
      },
    });
  }
  if (facts.reports > 0) {
    signals.push({
      id: "reports.received",
      weight: Math.min(RISK_WEIGHTS.reportsCap, RISK_WEIGHTS.perReport * facts.reports),
      evidence: {
        zh: `岗位被举报${facts.reports}次`,
        en: `${facts.reports} report(s) against its postings`,
      },
    });
  }
  if (facts.fairNoShows && facts.fairNoShows > 0) {
    signals.push({
      id: "fairs.no_show",
      weight: Math.min(RISK_WEIGHTS.fairNoShowsCap, RISK_WEIGHTS.perFairNoShow * facts.fairNoShows),
      evidence: {
        zh: `双选会展位缺席${facts.fairNoShows}次`,
        en: `${facts.fairNoShows} fair booth no-show(s)`,
      },
    });
  }
  return { score: signals.reduce((sum, s) => sum + s.weight, 0), signals };
}
