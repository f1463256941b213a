import { describe, expect, it } from "vitest";
import { reasonText } from "../../app/graduates/reasons";
import {
  degreeFits,
  features,
  matchedSkills,
  newestFirst,
  rerank,
  scoreOf,
  type Candidate,
  type MatchProfile,
} from "../../app/graduates/rerank";

const NOW = 1_800_000_000;
const DAY = 86_400;

function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: "p",
    title: "后端开发工程师",
    category: "软件开发",
    industry: "互联网/IT",
    jobType: "full_time",
    degree: "bachelor",
    majors: ["软件工程"],
    cities: ["杭州"],
    salaryMin: 10_000,
    salaryMax: 15_000,
    requirements: "熟悉 Java 与 Spring Boot，了解 PostgreSQL。",
    keywords: ["后端", "Java"],
    publishedAt: NOW - 2 * DAY,
    ...overrides,
  };
}

const profile: MatchProfile = {
  major: "软件工程",
  degree: "bachelor",
  skills: ["Java", "Spring", "Go"],
  preferredCities: ["杭州", "上海"],
  preferredIndustries: ["互联网/IT"],
  expectedPay: 12_000,
  jobTypes: ["full_time"],
};

describe("reranking features", () => {
  it("computes every feature of a well-matched posting and explains each", () => {
    const f = features(profile, candidate(), NOW);
    expect(f).toEqual({
      majorFits: true,
      cityPreferred: true,
      payMeetsExpectation: true,
      skillsMatched: ["Java", "Spring"],
      degreeFits: true,
      fresh: true,
      jobTypeFits: true,
      industryPreferred: true,
    });
    const [ranked] = rerank(profile, [candidate()], NOW);
    expect(ranked!.reasons.map((r) => reasonText(r))).toEqual([
      "专业对口",
      "技能匹配：Java、Spring",
      "期望城市",
      "薪资达到期望",
      "期望行业",
      "工作性质符合",
      "学历符合",
      "新发布",
    ]);
    expect(ranked!.reasons.map((r) => reasonText(r, "en"))).toContain("Skills: Java、Spring");
  });

  it("fires nothing for a posting that matches nothing, and sinks a degree the graduate lacks", () => {
    const off = candidate({
      majors: ["会计学"],
      cities: ["成都"],
      salaryMax: 6000,
      requirements: "熟悉财务软件",
      keywords: [],
      title: "会计",
      category: "财务",
      industry: "制造业",
      jobType: "internship",
      publishedAt: NOW - 30 * DAY,
      degree: "master",
    });
    const f = features(profile, off, NOW);
    expect(f).toMatchObject({
      majorFits: false,
      cityPreferred: false,
      payMeetsExpectation: false,
      skillsMatched: [],
      degreeFits: false,
      fresh: false,
      jobTypeFits: false,
      industryPreferred: false,
    });
    expect(scoreOf(f)).toBeLessThan(0);
    expect(rerank(profile, [off], NOW)[0]!.reasons).toEqual([]);
  });

  it("orders by score, keeping the engine's order between equals", () => {
    const weak = candidate({ id: "weak", majors: [], cities: ["成都"] });
    const strong = candidate({ id: "strong" });
    const twinA = candidate({ id: "a", majors: [] });
    const twinB = candidate({ id: "b", majors: [] });
    expect(rerank(profile, [weak, twinA, twinB, strong], NOW).map((r) => r.postingId)).toEqual([
      "strong",
      "a",
      "b",
      "weak",
    ]);
  });

  it("matches skills case-insensitively in title, requirements and keywords, in the graduate's order", () => {
    expect(matchedSkills(["spring", "JAVA", "java", "Rust"], candidate())).toEqual(["spring", "JAVA"]);
    expect(matchedSkills(["后端"], candidate({ requirements: "" }))).toEqual(["后端"]);
  });

  it("checks degrees upwards and treats 'any' as open to all", () => {
    expect(degreeFits("bachelor", "any")).toBe(true);
    expect(degreeFits("bachelor", "master")).toBe(false);
    expect(degreeFits("doctor", "master")).toBe(true);
  });

  it("has no pay reason without an expectation", () => {
    expect(features({ ...profile, expectedPay: null }, candidate(), NOW).payMeetsExpectation).toBe(false);
  });

  it("orders non-personalised results by date only, saying so", () => {
    const ranked = newestFirst([
      candidate({ id: "old", publishedAt: NOW - 5 * DAY }),
      candidate({ id: "new", publishedAt: NOW - DAY }),
    ]);
    expect(ranked.map((r) => r.postingId)).toEqual(["new", "old"]);
    expect(ranked[0]!.reasons.map((r) => reasonText(r))).toEqual(["按发布时间（未个性化）"]);
  });
});
