import { endOfSchoolDay } from "../../app/time";
import { describe, it, expect } from "vitest";
import {
  SALARY_BANDS,
  postingKeywords,
  salaryBand,
  toEpochSeconds,
  toPostingDocument,
  type PostingDocument,
  type PostingRow,
} from "../../search/documents";

const ROW: PostingRow = {
  id: "3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11",
  title: "2025届校园招聘 - Java开发工程师",
  category: "软件开发",
  jobType: "full_time",
  degree: "bachelor",
  majors: ["计算机科学与技术", "软件工程", " 计算机科学与技术 "],
  cities: [
    { province: "浙江省", city: "杭州" },
    { province: "浙江省", city: "宁波" },
    { province: "江苏省", city: "南京" },
    { province: "浙江省", city: "杭州" },
  ],
  salaryMin: 9000,
  salaryMax: 15000,
  programme: null,
  duties: "参与公司SaaS产品后端开发；编写单元测试与技术文档。",
  requirements: "2025届本科及以上学历，熟悉Java、Spring Boot。",
  benefits: "五险一金；带薪年假。",
  headcount: 5,
  publishedAt: new Date("2025-03-01T08:00:00.750Z"),
  deadline: new Date("2025-06-30T15:59:59Z"),
  employer: {
    id: "9d4e1c7a-0b2f-4a3e-8c6d-5f7a1b2c3d4e",
    name: "杭州云帆网络科技有限公司",
    type: "private",
    industry: "互联网/IT",
  },
};

describe("salaryBand (by the midpoint of the range, half-open bands)", () => {
  it.each([
    [3000, 4000, "<5k"],
    [4000, 5998, "<5k"], // midpoint 4999
    [4000, 6000, "5-8k"], // midpoint 5000: the lower bound belongs to the band
    [5000, 5000, "5-8k"],
    [7999, 7999, "5-8k"],
    [8000, 8000, "8-12k"],
    [6000, 15000, "8-12k"], // by the minimum this would be 5-8k
    [11999, 11999, "8-12k"],
    [12000, 12000, "12-20k"],
    [10000, 28000, "12-20k"], // midpoint 19000
    [19999, 19999, "12-20k"],
    [20000, 20000, "20-30k"],
    [25000, 34000, "20-30k"],
    [30000, 30000, "30k+"],
    [25000, 40000, "30k+"],
    [0, 0, "<5k"],
  ] as const)("%i–%i → %s", (min, max, band) => {
    expect(salaryBand(min, max)).toBe(band);
  });

  it("reads a maximum below the minimum as the minimum", () => {
    expect(salaryBand(13000, 9000)).toBe("12-20k");
  });

  it("rejects negative and non-finite pay", () => {
    expect(() => salaryBand(-1, 5000)).toThrow(RangeError);
    expect(() => salaryBand(5000, Number.NaN)).toThrow(RangeError);
    expect(() => salaryBand(5000, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("reaches every band and nothing else", () => {
    const seen = new Set<string>();
    for (let pay = 0; pay <= 60000; pay += 250) seen.add(salaryBand(pay, pay));
    expect([...seen].sort()).toEqual([...SALARY_BANDS].sort());
  });
});

describe("toPostingDocument", () => {
  it("maps a row to the full document", () => {
    const doc = toPostingDocument(ROW);
    const expected: Omit<PostingDocument, "keywords"> = {
      id: ROW.id,
      title: "2025届校园招聘 - Java开发工程师",
      employerId: ROW.employer.id,
      employerName: "杭州云帆网络科技有限公司",
      employerType: "private",
      industry: "互联网/IT",
      category: "软件开发",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["计算机科学与技术", "软件工程"],
      provinces: ["浙江省", "江苏省"],
      cities: ["杭州", "宁波", "南京"],
      salaryMin: 9000,
      salaryMax: 15000,
      salaryBand: "12-20k",
      programme: null,
      duties: ROW.duties,
      requirements: ROW.requirements,
      benefits: ROW.benefits,
      headcount: 5,
      publishedAt: Date.UTC(2025, 2, 1, 8, 0, 0) / 1000,
      deadline: Date.UTC(2025, 5, 30, 15, 59, 59) / 1000,
    };
    const { keywords, ...rest } = doc;
    expect(rest).toEqual(expected);
    expect(Array.isArray(keywords)).toBe(true);
  });

  it("puts only document fields in the index, never other columns of the row", () => {
    const row = {
      ...ROW,
      contact: "王老师 13800138000",
      flags: [{ rule: "fee" }],
      status: "published",
      createdBy: "u1",
    };
    const doc = toPostingDocument(row);
    expect(Object.keys(doc).sort()).toEqual(
      [
        "id",
        "title",
        "employerId",
        "employerName",
        "employerType",
        "industry",
        "category",
        "jobType",
        "degree",
        "majors",
        "provinces",
        "cities",
        "salaryMin",
        "salaryMax",
        "salaryBand",
        "programme",
        "duties",
        "requirements",
        "benefits",
        "headcount",
        "publishedAt",
        "deadline",
        "keywords",
      ].sort(),
    );
    expect(JSON.stringify(doc)).not.toContain("13800138000");
  });

  it("dedupes provinces and cities keeping first-seen order, and drops blanks", () => {
    const doc = toPostingDocument({
      ...ROW,
      cities: [
        { province: "广东省", city: "深圳" },
        { province: "北京市", city: "北京" },
        { province: "广东省 ", city: "广州" },
        { province: "广东省", city: "深圳" },
        { province: "", city: " " },
      ],
    });
    expect(doc.provinces).toEqual(["广东省", "北京市"]);
    expect(doc.cities).toEqual(["深圳", "北京", "广州"]);
  });

  it("stores times as whole Unix seconds", () => {
    const doc = toPostingDocument({
      ...ROW,
      publishedAt: new Date(1_740_816_000_999),
      deadline: new Date(1_751_299_199_001),
    });
    expect(doc.publishedAt).toBe(1_740_816_000);
    expect(doc.deadline).toBe(1_751_299_199);
    expect(Number.isInteger(doc.publishedAt) && Number.isInteger(doc.deadline)).toBe(true);
  });

  it("reads a date-only deadline as the end of that day in China", () => {
    const doc = toPostingDocument({ ...ROW, deadline: "2025-06-30" });
    expect(doc.deadline).toBe(Date.UTC(2025, 5, 30, 15, 59, 59) / 1000);
    expect(new Date(doc.deadline * 1000).toISOString()).toBe("2025-06-30T15:59:59.000Z"); // 23:59:59 +08:00
  });

  it("refuses invalid dates instead of indexing NaN", () => {
    expect(() => toPostingDocument({ ...ROW, publishedAt: new Date("nope") })).toThrow(RangeError);
    expect(() => toPostingDocument({ ...ROW, deadline: "2025-02-30" })).toThrow(RangeError);
    expect(() => toPostingDocument({ ...ROW, deadline: "30/06/2025" })).toThrow(RangeError);
    expect(() => toEpochSeconds(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("normalises programme: absent or blank is null, otherwise kept", () => {
    const { programme: _omit, ...withoutProgramme } = ROW;
    expect(toPostingDocument(withoutProgramme).programme).toBeNull();
    expect(toPostingDocument({ ...ROW, programme: "  " }).programme).toBeNull();
    expect(toPostingDocument({ ...ROW, programme: "grassroots_西部计划" }).programme).toBe("grassroots_西部计划");
  });

  it("computes the salary band from the row", () => {
    expect(toPostingDocument({ ...ROW, salaryMin: 4000, salaryMax: 5000 }).salaryBand).toBe("<5k");
    expect(toPostingDocument({ ...ROW, salaryMin: 30000, salaryMax: 50000 }).salaryBand).toBe("30k+");
  });
});

describe("keywords", () => {
  it("splits the title, drops recruiting boilerplate, and adds category and majors", () => {
    const { keywords } = toPostingDocument(ROW);
    expect(keywords).toContain("Java开发工程师");
    expect(keywords).toContain("软件开发");
    expect(keywords).toContain("计算机科学与技术");
    expect(keywords).toContain("软件工程");
    expect(keywords).not.toContain("2025届校园招聘");
    expect(keywords.some((k) => /校园招聘|^2025/.test(k))).toBe(false);
  });

  it("adds the words people search employer type, job type and programme by", () => {
    const soe = toPostingDocument({
      ...ROW,
      employer: { ...ROW.employer, type: "state_owned" },
      jobType: "internship",
    });
    expect(soe.keywords).toEqual(expect.arrayContaining(["国企", "实习"]));
    const west = toPostingDocument({ ...ROW, programme: "grassroots_西部计划" });
    expect(west.keywords).toEqual(expect.arrayContaining(["西部计划", "基层项目"]));
    const army = toPostingDocument({ ...ROW, programme: "enlistment" });
    expect(army.keywords).toEqual(expect.arrayContaining(["参军入伍", "征兵"]));
  });

  it("splits compound category and industry labels", () => {
    const keywords = postingKeywords({
      title: "算法工程师（NLP方向）",
      category: "算法/人工智能",
      majors: [],
      industry: "互联网/IT",
    });
    expect(keywords).toEqual(
      expect.arrayContaining(["算法工程师", "NLP方向", "算法/人工智能", "算法", "人工智能", "互联网", "IT"]),
    );
  });

  it("dedupes case-insensitively, keeps the first spelling, drops 其他, and caps the list", () => {
    const keywords = postingKeywords({ title: "Java / java / JAVA", category: "其他", majors: ["java"] });
    expect(keywords).toEqual(["Java"]);
    const many = postingKeywords({
      title: "t",
      category: "c",
      majors: Array.from({ length: 100 }, (_, i) => `专业${i}`),
    });
    expect(many.length).toBe(40);
    expect(new Set(many).size).toBe(many.length);
  });
});

describe("endOfSchoolDay", () => {
  it("handles year and leap-day boundaries", () => {
    expect(new Date(endOfSchoolDay("2024-12-31") * 1000).toISOString()).toBe("2024-12-31T15:59:59.000Z");
    expect(new Date(endOfSchoolDay("2024-02-29") * 1000).toISOString()).toBe("2024-02-29T15:59:59.000Z");
    expect(() => endOfSchoolDay("2023-02-29")).toThrow(RangeError);
  });
});
