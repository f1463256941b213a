import { describe, expect, it } from "vitest";
import { inTarget, selectTargets, sendTimeFor, type CampaignCandidate } from "../../app/campaigns/targeting";
import type { CampaignTarget } from "../../vocabulary";

const 李娜: CampaignCandidate = {
  graduateId: "g1",
  cohort: 2027,
  collegeId: 1,
  majorId: 11,
  degree: "bachelor",
  eligibility: "pass",
};
const target: CampaignTarget = {
  cohort: 2027,
  collegeId: 1,
  majorId: null,
  degree: "bachelor",
  eligibility: ["pass", "check"],
};

describe("campaign targeting", () => {
  it("admits a graduate who matches cohort, college, degree and an admitted eligibility outcome", () => {
    expect(inTarget(李娜, target)).toBe(true);
    expect(inTarget({ ...李娜, eligibility: "check" }, target)).toBe(true);
  });

  it("leaves out another cohort, college, major, degree or an outcome not chosen", () => {
    expect(inTarget({ ...李娜, cohort: 2026 }, target)).toBe(false);
    expect(inTarget({ ...李娜, collegeId: 2 }, target)).toBe(false);
    expect(inTarget(李娜, { ...target, majorId: 12 })).toBe(false);
    expect(inTarget({ ...李娜, degree: "master" }, target)).toBe(false);
    expect(inTarget({ ...李娜, eligibility: "fail" }, target)).toBe(false);
    expect(inTarget({ ...李娜, eligibility: "check" }, { ...target, eligibility: ["pass"] })).toBe(false);
  });

  it("treats an empty criterion as everyone", () => {
    const all: CampaignTarget = {
      cohort: 2027,
      collegeId: null,
      majorId: null,
      degree: null,
      eligibility: ["pass", "check", "fail"],
    };
    const people = [
      李娜,
      { ...李娜, graduateId: "g2", collegeId: 3, degree: "master" as const, eligibility: "fail" as const },
    ];
    expect(selectTargets(people, all).map((p) => p.graduateId)).toEqual(["g1", "g2"]);
  });
});

describe("quiet hours at school", () => {
  it("sends at once during the school day", () => {
    const noon = new Date("2027-03-10T04:00:00Z"); // 12:00 at school
    expect(sendTimeFor(noon)).toEqual(noon);
    const ten = new Date("2027-03-10T12:59:00Z"); // 20:59
    expect(sendTimeFor(ten)).toEqual(ten);
  });

  it("holds mail decided at night until 08:00 school time the next morning", () => {
    expect(sendTimeFor(new Date("2027-03-10T13:00:00Z")).toISOString()).toBe("2027-03-11T00:00:00.000Z"); // 21:00 → 08:00
    expect(sendTimeFor(new Date("2027-03-10T15:30:00Z")).toISOString()).toBe("2027-03-11T00:00:00.000Z"); // 23:30
    expect(sendTimeFor(new Date("2027-03-10T19:00:00Z")).toISOString()).toBe("2027-03-11T00:00:00.000Z"); // 03:00 next day
    expect(sendTimeFor(new Date("2027-03-10T23:59:00Z")).toISOString()).toBe("2027-03-11T00:00:00.000Z"); // 07:59
  });
});
