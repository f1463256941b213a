/**
 * Eligibility with reasons (issue 14): each rule of a programme year answers pass ✓, fail ✗ or
 * "needs checking", with a message a graduate can read. A rule whose value is not confirmed for the
 * year, or a profile fact the graduate has not given, is "needs checking", never a guess
 * (docs/programmes.md). Pure: the caller passes the rules, the profile and nothing else.
 */
import type { Message } from "../i18n/messages";
import type { Certificate, PoliticalStatus, RuleKind } from "../../vocabulary";
import { RULE_PARAMS, type EligibilityDegree, type ProgrammeRule, type RuleParams } from "./schema";

export type RuleOutcome = "pass" | "fail" | "check";

export type EligibilityProfile = {
  degree: EligibilityDegree;
  gender: "male" | "female";
  /** The year the graduate graduates (届). */
  cohort: number;
  majorNameZh: string | null;
  /** YYYY-MM-DD, or null when the graduate has not given it. */
  birthDate: string | null;
  politicalStatus: PoliticalStatus | null;
  /** null when the graduate has not answered; [] when they hold none. */
  certificates: Certificate[] | null;
};

export type RuleResult = { kind: RuleKind; outcome: RuleOutcome; reason: Message; note?: { zh: string; en: string } };
export type EligibilityResult = { outcome: RuleOutcome; rules: RuleResult[] };

const ruleLabel = (kind: RuleKind): Message => ({ key: `programme.rule.${kind}` });
const degreeLabel = (degree: EligibilityDegree): Message => ({ key: `degree.${degree}` });

/** Full years of age on `onDate` (both YYYY-MM-DD); a 02-29 birthday is reached on 03-01 in other years. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

function parsed<K extends RuleKind>(rule: ProgrammeRule & { kind: K }): RuleParams<K> | null {
  const result = RULE_PARAMS[rule.kind].safeParse(rule.params);
  return result.success ? (result.data as RuleParams<K>) : null;
}

function needsChecking(kind: RuleKind, key = "programme.eligibility.unconfirmed", params = {}): RuleResult {
  return { kind, outcome: "check", reason: { key, params: { rule: ruleLabel(kind), ...params } } };
}

function missing(kind: RuleKind, field: string): RuleResult {
  return needsChecking(kind, "programme.eligibility.missing", { field: { key: `programme.profile.${field}` } });
}

function judge(
  kind: RuleKind,
  ok: boolean,
  key: string,
  params: Record<string, string | number | Message>,
): RuleResult {
  return { kind, outcome: ok ? "pass" : "fail", reason: { key: `${key}.${ok ? "pass" : "fail"}`, params } };
}

/** One rule against one profile; null when the rule does not concern this graduate (another gender). */
export function checkRule(rule: ProgrammeRule, profile: EligibilityProfile, year: number): RuleResult | null {
  if (rule.status === "not_required") return null;
  // An age rule narrowed to one gender concerns only that gender, confirmed or not: a man is not told
  // that the women's limit, still unconfirmed this year, needs checking. Read loosely, because an
  // unconfirmed rule may hold the gender and nothing else.
  if (rule.kind === "age") {
    const gender = (rule.params as { gender?: unknown }).gender;
    if ((gender === "male" || gender === "female") && gender !== profile.gender) return null;
  }
  if (rule.status === "unknown") return needsChecking(rule.kind);

  switch (rule.kind) {
    case "degree": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      return judge("degree", params.degrees.includes(profile.degree), "programme.eligibility.degree", {
        degree: degreeLabel(profile.degree),
      });
    }
    case "age": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      const asOf = `${year + params.asOfYearOffset}-${params.asOf}`;
      const limit = params.limits[profile.degree];
      if (limit === undefined && params.minimum === undefined) {
        return {
          kind: "age",
          outcome: "pass",
          reason: { key: "programme.eligibility.age.noLimit", params: { degree: degreeLabel(profile.degree) } },
        };
      }
      if (!profile.birthDate) return missing("age", "birthDate");
      const age = ageOn(profile.birthDate, asOf);
      if (params.minimum !== undefined && age < params.minimum) {
        return judge("age", false, "programme.eligibility.ageMinimum", { asOf, age, minimum: params.minimum });
      }
      if (limit === undefined) {
        return judge("age", true, "programme.eligibility.ageMinimum", { asOf, age, minimum: params.minimum ?? 0 });
      }
      return judge("age", age <= limit, "programme.eligibility.age", {
        asOf,
        age,
        limit,
        degree: degreeLabel(profile.degree),
      });
    }
    case "major": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      if (!profile.majorNameZh) return missing("major", "major");
      const major = profile.majorNameZh;
      return judge(
        "major",
        params.keywords.some((keyword) => major.includes(keyword)),
        "programme.eligibility.major",
        {
          major,
          keywords: params.keywords.join("、"),
        },
      );
    }
    case "certificate": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      if (profile.certificates === null) return missing("certificate", "certificates");
      const held = profile.certificates;
      const lacking = params.certificates.find((certificate) => !held.includes(certificate));
      const certificate = lacking ?? params.certificates[0] ?? "teacher";
      return judge("certificate", lacking === undefined, "programme.eligibility.certificate", {
        certificate: { key: `programme.certificate.${certificate}` },
      });
    }
    case "political": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      if (!profile.politicalStatus) return missing("political", "politicalStatus");
      return judge("political", params.statuses.includes(profile.politicalStatus), "programme.eligibility.political", {
        status: { key: `programme.political.${profile.politicalStatus}` },
      });
    }
    case "fresh_graduate": {
      const params = parsed(rule);
      if (!params) return needsChecking(rule.kind);
      // A postgraduate still studying (graduating after the programme year) where the rule admits them.
      const studying = profile.cohort > year && (profile.degree === "master" || profile.degree === "doctor");
      if (studying && params.currentPostgraduates)
        return {
          kind: "fresh_graduate",
          outcome: "pass",
          reason: {
            key: "programme.eligibility.fresh.postgraduate",
            params: { cohort: profile.cohort, degree: degreeLabel(profile.degree) },
          },
        };
      return judge("fresh_graduate", profile.cohort === year, "programme.eligibility.fresh", {
        cohort: profile.cohort,
        year,
      });
    }
    case "health":
      return needsChecking("health", "programme.eligibility.health");
  }
}

/** All rules of a programme year: any ✗ makes the whole not eligible, else any "needs checking" makes it so. */
export function checkEligibility(
  rules: readonly ProgrammeRule[],
  profile: EligibilityProfile,
  year: number,
): EligibilityResult {
  const results: RuleResult[] = [];
  for (const rule of rules) {
    const result = checkRule(rule, profile, year);
    if (!result) continue;
    const note = rule.noteZh || rule.noteEn ? { zh: rule.noteZh ?? "", en: rule.noteEn ?? "" } : undefined;
    results.push(note ? { ...result, note } : result);
  }
  const outcome: RuleOutcome = results.some((r) => r.outcome === "fail")
    ? "fail"
    : results.some((r) => r.outcome === "check")
      ? "check"
      : "pass";
  return { outcome, rules: results };
}
