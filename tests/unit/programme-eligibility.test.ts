import { describe, expect, it } from "vitest";
import { ageOn, checkEligibility, checkRule, type EligibilityProfile } from "../../app/programmes/eligibility";
import type { ProgrammeRule } from "../../app/programmes/schema";
import { translate } from "../../app/i18n/messages";

const 王磊: EligibilityProfile = {
  degree: "bachelor",
  gender: "male",
  cohort: 2026,
  majorNameZh: "软件工程",
  birthDate: "2002-03-15",
  politicalStatus: "league_member",
  certificates: [],
};

const enlistmentAge: ProgrammeRule = {
  kind: "age",
  status: "known",
  params: {
    asOf: "12-31",
    asOfYearOffset: 0,
    gender: "male",
    limits: { associate: 24, bachelor: 24, master: 26, doctor: 26 },
  },
  source: "docs/programmes.md#enlistment",
};
const zh = (rule: ProgrammeRule, profile = 王磊, year = 2026) => {
  const result = checkRule(rule, profile, year);
  return result ? { outcome: result.outcome, text: translate("zh-CN", result.reason) } : null;
};

describe("age on a date", () => {
  it("counts full years, the birthday itself included", () => {
    expect(ageOn("2002-12-31", "2026-12-31")).toBe(24);
    expect(ageOn("2002-12-31", "2026-12-30")).toBe(23);
    expect(ageOn("2004-02-29", "2026-02-28")).toBe(21);
    expect(ageOn("2004-02-29", "2026-03-01")).toBe(22);
  });
});

describe("eligibility with reasons", () => {
  it("age by degree as of 12-31 of the intake year: a bachelor of 24 passes, the reason says so", () => {
    expect(zh(enlistmentAge)).toEqual({ outcome: "pass", text: "年龄：截至 2026-12-31 满 24 周岁，本科上限 24 ✓" });
  });

  it("a bachelor of 25 on the date fails; a master of 25 passes under the postgraduate limit 26", () => {
    const older = { ...王磊, birthDate: "2001-06-01" };
    expect(zh(enlistmentAge, older)).toEqual({
      outcome: "fail",
      text: "年龄：截至 2026-12-31 满 25 周岁，本科上限 24 ✗",
    });
    expect(zh(enlistmentAge, { ...older, degree: "master" })?.outcome).toBe("pass");
    expect(translate("en", checkRule(enlistmentAge, older, 2026)!.reason)).toBe(
      "Age: 25 on 2026-12-31; limit for Bachelor is 24 ✗",
    );
  });

  it("a gender-specific limit applies only to that gender", () => {
    expect(checkRule(enlistmentAge, { ...王磊, gender: "female" }, 2026)).toBeNull();
    const women: ProgrammeRule = { kind: "age", status: "unknown", params: {}, source: "" };
    expect(zh(women, { ...王磊, gender: "female" })?.outcome).toBe("check");
  });

  it("an unconfirmed women's age limit asks women to check and leaves men out", () => {
    const women: ProgrammeRule = { kind: "age", status: "unknown", params: { gender: "female" }, source: "" };
    expect(zh(women, { ...王磊, gender: "female" })).toEqual({
      outcome: "check",
      text: "年龄：本年度规则尚未核实，需核对",
    });
    expect(checkRule(women, 王磊, 2026)).toBeNull();
    // The enlistment year as seeded: a man of 24 with a bachelor's degree is eligible on age alone.
    const result = checkEligibility([enlistmentAge, women], 王磊, 2026);
    expect(result.rules.map((r) => [r.kind, r.outcome])).toEqual([["age", "pass"]]);
    expect(result.outcome).toBe("pass");
  });

  it("a missing birth date means needs checking, never a guess", () => {
    expect(zh(enlistmentAge, { ...王磊, birthDate: null })).toEqual({
      outcome: "check",
      text: "年龄：尚未填写出生日期，需核对",
    });
  });

  it("a rule not confirmed for the year means needs checking", () => {
    const unknown: ProgrammeRule = { kind: "certificate", status: "unknown", params: {}, source: "" };
    expect(zh(unknown)).toEqual({ outcome: "check", text: "证书：本年度规则尚未核实，需核对" });
  });

  it("degree, certificate, political status, major and 应届 each give their reason", () => {
    const degree: ProgrammeRule = {
      kind: "degree",
      status: "known",
      params: { degrees: ["master", "doctor"] },
      source: "s",
    };
    expect(zh(degree)).toEqual({ outcome: "fail", text: "学历：本科，不在招募范围 ✗" });
    const teacher: ProgrammeRule = {
      kind: "certificate",
      status: "known",
      params: { certificates: ["teacher"] },
      source: "s",
    };
    expect(zh(teacher)).toEqual({ outcome: "fail", text: "需要教师资格证 ✗" });
    expect(zh(teacher, { ...王磊, certificates: ["teacher"] })?.outcome).toBe("pass");
    expect(zh(teacher, { ...王磊, certificates: null })?.outcome).toBe("check");
    const party: ProgrammeRule = {
      kind: "political",
      status: "known",
      params: { statuses: ["party_member", "probationary_member"] },
      source: "s",
    };
    expect(zh(party)).toEqual({ outcome: "fail", text: "政治面貌：共青团员，不符合要求 ✗" });
    expect(zh(party, { ...王磊, politicalStatus: null })?.text).toBe("政治面貌：尚未填写政治面貌，需核对");
    const major: ProgrammeRule = {
      kind: "major",
      status: "known",
      params: { keywords: ["师范", "教育"] },
      source: "s",
    };
    expect(zh(major)).toEqual({ outcome: "fail", text: "专业：软件工程（要求：师范、教育）✗" });
    expect(zh(major, { ...王磊, majorNameZh: "小学教育" })?.outcome).toBe("pass");
    const fresh: ProgrammeRule = { kind: "fresh_graduate", status: "known", params: {}, source: "s" };
    expect(zh(fresh)).toEqual({ outcome: "pass", text: "应届：2026 届毕业生 ✓" });
    expect(zh(fresh, { ...王磊, cohort: 2025 })?.outcome).toBe("fail");
  });

  it("西部计划's 应届 rule admits postgraduates still studying; others graduating later or earlier fail", () => {
    const xibu: ProgrammeRule = {
      kind: "fresh_graduate",
      status: "known",
      params: { currentPostgraduates: true },
      source: "s",
    };
    const 研究生 = { ...王磊, degree: "master" as const, cohort: 2028 };
    expect(zh(xibu, 研究生, 2027)).toEqual({ outcome: "pass", text: "在读研究生：2028 届硕士研究生，可报名 ✓" });
    expect(zh(xibu, { ...研究生, degree: "bachelor" }, 2027)?.outcome).toBe("fail");
    expect(zh(xibu, { ...研究生, cohort: 2026 }, 2027)?.outcome).toBe("fail");
    expect(zh(xibu, { ...研究生, cohort: 2027 }, 2027)).toEqual({ outcome: "pass", text: "应届：2027 届毕业生 ✓" });
    // Without the flag (选调生) a postgraduate graduating later is not 应届.
    const xuandiao: ProgrammeRule = { kind: "fresh_graduate", status: "known", params: {}, source: "s" };
    expect(zh(xuandiao, 研究生, 2027)?.outcome).toBe("fail");
  });

  it("a rule confirmed as not required is left out; health is always checked in person", () => {
    expect(checkRule({ kind: "major", status: "not_required", params: {}, source: "s" }, 王磊, 2026)).toBeNull();
    expect(zh({ kind: "health", status: "known", params: {}, source: "s" })?.outcome).toBe("check");
  });

  it("the whole: any ✗ is not eligible, else any needs checking, else eligible", () => {
    const fresh: ProgrammeRule = { kind: "fresh_graduate", status: "known", params: {}, source: "s" };
    expect(checkEligibility([enlistmentAge, fresh], 王磊, 2026).outcome).toBe("pass");
    expect(
      checkEligibility([enlistmentAge, fresh, { kind: "health", status: "known", params: {}, source: "s" }], 王磊, 2026)
        .outcome,
    ).toBe("check");
    expect(checkEligibility([enlistmentAge, fresh], { ...王磊, cohort: 2025 }, 2026).outcome).toBe("fail");
  });
});
