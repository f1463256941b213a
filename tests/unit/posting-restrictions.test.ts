import { describe, expect, it } from "vitest";
import { checkPosting, type PostingRuleId } from "../../app/postings/checks";

function rules(description: string, requirements?: string): PostingRuleId[] {
  return checkPosting({ title: "岗位招聘", description, requirements, salaryMin: 6000, salaryMax: 9000 }).map(
    (f) => f.rule,
  );
}

/** One value per protected-attribute lexicon, in Chinese and in English. */
const VALUES: Array<{ rule: PostingRuleId; zh: string; en: string }> = [
  { rule: "discrimination.gender", zh: "女性", en: "female" },
  { rule: "discrimination.ethnicity", zh: "汉族", en: "Han Chinese" },
  { rule: "discrimination.race", zh: "白人", en: "Caucasian" },
  { rule: "discrimination.religion", zh: "穆斯林", en: "Muslim" },
  { rule: "discrimination.region", zh: "河南籍", en: "Shanghai hukou" },
  { rule: "discrimination.marital", zh: "未婚", en: "married" },
  { rule: "discrimination.health", zh: "乙肝携带者", en: "hepatitis B carrier" },
  { rule: "discrimination.school_tier", zh: "985院校", en: "Project 211" },
];

/** Markers: restriction before, restriction after, exclusion after, refusal before, preference after. */
const ZH_MARKERS: Array<[string, (v: string) => string]> = [
  ["仅限 (restriction before)", (v) => `本岗位仅限${v}报名。`],
  ["要求 (restriction before)", (v) => `要求${v}，能适应出差。`],
  ["…勿扰 (exclusion after)", (v) => `${v}勿扰。`],
  ["…不予考虑 (exclusion after)", (v) => `${v}应聘者不予考虑。`],
  ["…免投 (exclusion after)", (v) => `${v}免投，谢谢。`],
  ["谢绝 (refusal before)", (v) => `谢绝${v}。`],
  ["不招 (refusal before)", (v) => `本店不招${v}。`],
  ["…优先 (preference after)", (v) => `${v}优先。`],
];

const EN_MARKERS: Array<[string, (v: string) => string]> = [
  ["only (restriction after)", (v) => `${v} applicants only.`],
  ["only (restriction before)", (v) => `We shortlist only ${v} applicants.`],
  ["need not apply (exclusion after)", (v) => `${v} applicants need not apply.`],
  ["will not be considered (exclusion after)", (v) => `${v} candidates will not be considered.`],
  ["no (refusal before)", (v) => `No ${v} applicants.`],
  ["preferred (preference after)", (v) => `${v} candidates preferred.`],
];

describe("protected attribute × marker", () => {
  for (const { rule, zh, en } of VALUES) {
    for (const [marker, sentence] of ZH_MARKERS) {
      it(`${rule}: ${marker} in Chinese — "${sentence(zh)}"`, () => {
        expect(rules(sentence(zh))).toContain(rule);
      });
    }
    for (const [marker, sentence] of EN_MARKERS) {
      it(`${rule}: ${marker} in English — "${sentence(en)}"`, () => {
        expect(rules(sentence(en))).toContain(rule);
      });
    }
    it(`${rule}: the value alone in a description is no restriction ("${zh}", "${en}")`, () => {
      expect(rules(`我们的团队里有${zh}同事，工作氛围融洽。`)).not.toContain(rule);
      expect(rules(`Our team includes ${en} colleagues.`)).not.toContain(rule);
    });
  }
});

describe("form labels", () => {
  it.each([
    ["性别：男", "discrimination.gender"],
    ["民族：汉族", "discrimination.ethnicity"],
    ["籍贯要求：广东", "discrimination.region"],
    ["婚姻状况：未婚", "discrimination.marital"],
    ["宗教信仰：无", "discrimination.religion"],
    ["Gender: female", "discrimination.gender"],
  ] as const)("%s is a restriction", (text, rule) => {
    expect(rules("", text)).toContain(rule);
  });

  it.each([["性别：不限"], ["民族：不限"], ["宗教信仰：无要求"], ["籍贯：不限"]])("%s is not", (text) => {
    expect(rules("", text)).toEqual([]);
  });
});

describe("negation", () => {
  it.each([
    "不限男女",
    "男女不限",
    "性别不限，欢迎投递",
    "男女均可",
    "民族不限，宗教信仰不限",
    "不要求985/211",
    "户籍不限，可协助落户",
    "乙肝携带者可正常入职",
    "不收取任何费用",
    "招聘全程不收取押金、保证金",
    "No fees of any kind.",
    "We never charge a registration fee.",
    "Applicants are welcome regardless of gender, ethnicity, religion or hukou.",
    "Hepatitis B carriers are welcome to apply.",
    "无需本地户口",
    "不要求已婚已育",
  ])("%s is clean", (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("a restriction requiring absence is still a restriction: 要求无乙肝, 要求不信教", () => {
    expect(rules("要求无乙肝。")).toContain("discrimination.health");
    expect(rules("要求不信仰任何宗教。")).toContain("discrimination.religion");
  });

  it("a double negative excludes: 非本市户口不予考虑", () => {
    expect(rules("非本市户口不予考虑。")).toContain("discrimination.region");
  });
});

describe("clause scope", () => {
  it("a marker in one clause does not reach an attribute in the next", () => {
    expect(rules("限计算机相关专业，欢迎女性投递。")).toEqual([]);
    expect(rules("Only candidates with Python experience; women and men are equally welcome.")).toEqual([]);
  });

  it("an inclusive clause does not cancel a restriction in the next", () => {
    expect(rules("男女不限，男生优先。")).toContain("discrimination.gender");
    expect(rules("身高不限，限男性。")).toContain("discrimination.gender");
    expect(rules("不限专业、限男性")).toContain("discrimination.gender");
  });

  it("words that contain a value are not the value: 女装, 子女, 有限公司, 985所", () => {
    expect(rules("招聘女装设计师，负责女装款式开发。")).toEqual([]);
    expect(rules("员工子女可优先入读合作幼儿园。")).toEqual([]);
    expect(rules("杭州某某有限公司招聘行政人员。")).toEqual([]);
    expect(rules("我们的客户覆盖985所学校。")).toEqual([]);
    expect(rules("会维吾尔语者优先。")).toEqual([]);
  });
});

describe("money flow", () => {
  it("the applicant pays: flagged", () => {
    for (const text of [
      "报名费200元。",
      "体检费自理。",
      "入职需交押金500元。",
      "需自费购买工作服200元。",
      "A refundable deposit of 300 yuan is collected for your badge.",
      "New hires pay an onboarding fee of RMB 500.",
    ]) {
      expect(rules(text), text).toContain("fee");
    }
  });

  it("the job handles the money or the employer pays: clean", () => {
    for (const text of [
      "负责报名费对账及票据整理。",
      "出纳：熟悉网银操作，负责对公付款。",
      "前台：收取客户押金并开具收据。",
      "体检费由公司承担。",
      "培训费用公司全额报销。",
      "公司为员工缴纳社会保险。",
      "You will process customer deposits and refunds.",
      "We cover your training and medical check.",
      "请勿相信任何要求缴费的招聘信息。",
    ]) {
      expect(rules(text), text).toEqual([]);
    }
  });

  it("a fee inside a paid internship or a training loan is that fraud, flagged once", () => {
    expect(rules("缴纳1980元内推服务费，保证拿到offer。")).toEqual(["paid_internship"]);
    expect(rules("培训费可分期，结业推荐就业。")).toEqual(["training_loan"]);
  });
});

describe("every flag quotes the words and names the rule in zh and en", () => {
  it("quotes the restriction", () => {
    const [flag] = checkPosting({
      title: "文员",
      description: "本岗位河南籍求职者免投。",
      salaryMin: 5000,
      salaryMax: 7000,
    });
    expect(flag?.rule).toBe("discrimination.region");
    expect(flag?.excerpt).toContain("河南籍");
    expect(flag?.message.zh).toContain("户籍");
    expect(flag?.message.en).toContain("hukou");
  });
});

describe("hostile input", () => {
  it("long unpunctuated text, dense mentions and control characters never throw", () => {
    const inputs = [
      "女性".repeat(5000),
      "限".repeat(10000) + "男",
      "男女".repeat(3000) + "勿扰",
      "a ".repeat(10000),
      "\u200b\u0000\uffff\ud800".repeat(1000),
    ];
    for (const description of inputs) {
      expect(() => checkPosting({ title: "岗位", description, salaryMin: 6000, salaryMax: 9000 })).not.toThrow();
    }
  });
});
