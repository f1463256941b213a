import { describe, expect, it } from "vitest";
import {
  DESTINATION_CODES,
  GROUPS_2021,
  GROUPS_2024,
  GROUP_2021_LABELS,
  GROUP_2024_LABELS,
  codeInfo,
  isPlacedCode,
} from "../../app/destinations/codes";

// The table in docs/domain/destination-codes.md, written out independently of the module.
const EXPECTED: Array<[code: string, nameZh: string, placed: boolean, group2021: string, group2024: string]> = [
  ["10", "签就业协议形式就业", true, "contract", "employer"],
  ["11", "签劳动合同形式就业", true, "contract", "employer"],
  ["12", "其他录用形式就业", true, "flexible", "employer"],
  ["271", "科研助理、管理助理", true, "contract", "employer"],
  ["46", "应征义务兵", true, "contract", "employer"],
  ["502", "国家基层项目：三支一扶", true, "contract", "employer"],
  ["503", "国家基层项目：西部计划", true, "contract", "employer"],
  ["512", "地方基层项目：地方选调生", true, "contract", "employer"],
  ["519", "其他地方基层项目", true, "contract", "employer"],
  ["75", "自主创业", true, "entrepreneurship", "self_employed"],
  ["76", "自由职业", true, "flexible", "freelance"],
  ["801", "境内升学：研究生", true, "further_study", "further_study"],
  ["802", "境内升学：第二学士学位", true, "further_study", "further_study"],
  ["85", "境外留学", true, "further_study", "further_study"],
  ["70", "待就业", false, "not_placed", "not_placed"],
  ["71", "不就业拟升学", false, "not_placed", "not_placed"],
  ["72", "其他暂不就业", false, "not_placed", "not_placed"],
];

const EMPLOYER = ["employerName", "employerCreditCode", "workProvince", "workCity", "startDate"];

describe("destination code list", () => {
  it("holds exactly the Ministry codes of docs/domain/destination-codes.md with their names, placement and groups", () => {
    expect(DESTINATION_CODES.map((c) => c.code)).toEqual(EXPECTED.map((e) => e[0]));
    for (const [code, nameZh, placed, group2021, group2024] of EXPECTED) {
      const info = codeInfo(code);
      expect(info, code).toBeDefined();
      expect(info?.nameZh).toBe(nameZh);
      expect(info?.placed, code).toBe(placed);
      expect(info?.group2021, code).toBe(group2021);
      expect(info?.group2024, code).toBe(group2024);
    }
  });

  it("has unique codes made of digits, and an English name for each", () => {
    const codes = DESTINATION_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of DESTINATION_CODES) {
      expect(c.code).toMatch(/^\d{2,3}$/);
      expect(c.nameEn.trim().length).toBeGreaterThan(0);
      expect(c.nameZh.trim().length).toBeGreaterThan(0);
    }
  });

  it("keeps placement and both groupings consistent: not placed exactly when in the not_placed group", () => {
    for (const c of DESTINATION_CODES) {
      expect(c.group2021 === "not_placed", c.code).toBe(!c.placed);
      expect(c.group2024 === "not_placed", c.code).toBe(!c.placed);
      expect(GROUPS_2021).toContain(c.group2021);
      expect(GROUPS_2024).toContain(c.group2024);
    }
    for (const g of GROUPS_2021) expect(GROUP_2021_LABELS[g].zh).not.toBe("");
    for (const g of GROUPS_2024) expect(GROUP_2024_LABELS[g].en).not.toBe("");
  });

  it("lists the required report fields per code", () => {
    expect(codeInfo("10")?.requiredFields).toEqual(EMPLOYER);
    expect(codeInfo("11")?.requiredFields).toEqual(EMPLOYER);
    expect(codeInfo("271")?.requiredFields).toEqual(EMPLOYER);
    expect(codeInfo("12")?.requiredFields).toEqual([...EMPLOYER, "monthlyPay"]);
    expect(codeInfo("76")?.requiredFields).toContain("monthlyPay");
    expect(codeInfo("46")?.requiredFields).toEqual(["enlistmentPlace"]);
    for (const code of ["502", "503", "512", "519"]) {
      expect(codeInfo(code)?.requiredFields).toEqual(["programme", "serviceProvince"]);
    }
    expect(codeInfo("75")?.requiredFields).toEqual(["businessName", "businessRegistrationOrShopUrl"]);
    expect(codeInfo("801")?.requiredFields).toEqual(["schoolName", "programmeName"]);
    expect(codeInfo("802")?.requiredFields).toEqual(["schoolName", "programmeName"]);
    expect(codeInfo("85")?.requiredFields).toEqual(["schoolName", "country"]);
    for (const code of ["70", "71", "72"]) expect(codeInfo(code)?.requiredFields).toEqual([]);
  });

  it("names the evidence for every placed code, and none for the not-placed codes", () => {
    for (const c of DESTINATION_CODES) {
      if (c.placed) {
        expect(c.evidence?.zh, c.code).toBeTruthy();
        expect(c.evidence?.en, c.code).toBeTruthy();
      } else {
        expect(c.evidence, c.code).toBeNull();
      }
    }
    // docs/domain/destination-codes.md: 12 and 76 need income at or above the minimum wage; 75 a registration or shop records.
    expect(codeInfo("12")?.evidence?.zh).toContain("最低工资");
    expect(codeInfo("76")?.evidence?.zh).toContain("最低工资");
    expect(codeInfo("76")?.evidence?.zh).toContain("学院");
    expect(codeInfo("75")?.evidence?.zh).toContain("营业执照");
    expect(codeInfo("75")?.evidence?.en).toContain("shop");
  });
});

describe("codeInfo and isPlacedCode", () => {
  it("say placed for every placed code and not for 70, 71, 72", () => {
    for (const [code, , placed] of EXPECTED) expect(isPlacedCode(code), code).toBe(placed);
  });

  it("treat unknown codes, empty and missing codes as not placed", () => {
    for (const code of ["", "0", "1", "100", "7", "99", "50", "10a", null, undefined]) {
      expect(isPlacedCode(code)).toBe(false);
    }
    expect(codeInfo("999")).toBeUndefined();
    expect(codeInfo(null)).toBeUndefined();
  });

  it("ignore surrounding spaces but not other variations", () => {
    expect(codeInfo(" 10 ")?.code).toBe("10");
    expect(isPlacedCode(" 801")).toBe(true);
    expect(isPlacedCode("010")).toBe(false);
  });
});
