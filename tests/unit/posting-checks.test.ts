import { describe, it, expect } from "vitest";
import {
  POSTING_RULE_IDS,
  POSTING_TEXT_RULES,
  checkPosting,
  hasBlockingFlag,
  type PostingFlag,
  type PostingInput,
  type PostingRuleId,
} from "../../app/postings/checks";

/** A complete, compliant posting; tests override one field at a time. */
const CLEAN: PostingInput = {
  title: "2025届校园招聘 - Java开发工程师",
  description:
    "杭州云帆网络科技有限公司成立于2012年，是国家高新技术企业，现有员工600余人，是浙江大学等“双一流”建设高校的校企合作单位。" +
    "招聘流程：网申—笔试—两轮技术面试—HR面试—发放录用通知，面试通过后直接录用。本公司招聘全程不收取任何费用，男女不限，不限户籍。",
  requirements:
    "1. 2025届本科及以上学历，计算机、软件工程等相关专业，院校不限；\n2. 熟悉Java、Spring Boot，了解MySQL、Redis；\n3. 有良好的沟通能力和团队合作精神。",
  duties: "参与公司SaaS产品后端开发；编写单元测试与技术文档；参与代码评审与线上问题排查。",
  benefits:
    "五险一金（公司依法为员工缴纳社会保险费和住房公积金）；带薪年假；年度体检，体检费用由公司承担；" +
    "入职时携带身份证原件办理手续，工资通过银行卡按月发放；可协助办理本市户口。",
  contact: "联系人：王老师 0571-88886666，微信：hr_wang2025，hr@yunfan-tech.cn",
  salaryMin: 9000,
  salaryMax: 15000,
  workLocation: "杭州市滨江区网商路599号",
};

function check(overrides: Partial<PostingInput>): PostingFlag[] {
  return checkPosting({ ...CLEAN, ...overrides });
}

function rulesIn(text: string, field: keyof PostingInput & string = "description"): PostingRuleId[] {
  return check({ [field]: text }).map((f) => f.rule);
}

function flagFor(text: string, rule: PostingRuleId, field: string = "description"): PostingFlag | undefined {
  return check({ [field]: text }).find((f) => f.rule === rule);
}

type Case = string | { text: string; field: string };

/** Per rule: realistic offending texts and texts that must pass (negations, legitimate uses). */
const CASES: Record<
  Exclude<PostingRuleId, "salary.missing" | "salary.implausible">,
  { flagged: Case[]; clean: Case[] }
> = {
  "discrimination.gender": {
    flagged: [
      "招聘行政助理1名，限女性，形象气质佳，有相关经验者优先。",
      "仓储主管：男性优先，能适应短期出差。",
      "施工员岗位仅限男生，需经常下工地。",
      { text: "性别：男；年龄：22-28岁；学历：大专及以上", field: "requirements" },
      "该岗位更适合男生，需搬运货物。",
      "前台接待，女生优先，男生勿扰。",
      "Sales representative, male candidates preferred.",
      "现招聘2名女性前台文员。",
      "不限专业、限男性",
      "男女不限，男生优先。",
      "仅限 男 性", // spaces inserted to evade
      "ＦＥＭＡＬＥ ＯＮＬＹ, 前台岗位",
    ],
    clean: [
      "男女不限，欢迎应届毕业生投递。",
      "不限性别，专业对口即可。",
      { text: "性别不限，计算机相关专业。", field: "requirements" },
      { text: "性别要求：男女不限", field: "requirements" },
      "男女均可，能吃苦耐劳。",
      "招聘女装设计师，负责女装款式开发。",
      "员工子女优先入读合作幼儿园。",
      "本岗位同样适合男生和女生。",
    ],
  },
  "discrimination.ethnicity": {
    flagged: [
      "限汉族，身体健康。",
      "汉族优先，有驾照者优先。",
      "少数民族除外。",
      "本岗位不招少数民族。",
      { text: "民族：汉族；学历：本科", field: "requirements" },
    ],
    clean: ["不限民族，欢迎各族毕业生。", "民族不限。", "尊重各民族风俗习惯，食堂提供清真餐。"],
  },
  "discrimination.race": {
    flagged: [
      "外教岗位限白人，要求母语为英语。",
      "欧美白人优先。",
      "不招黑人。",
      "English teacher, Caucasian preferred.",
    ],
    clean: ["不限种族、肤色和国籍，欢迎各国人士申请。", "外籍教师岗位，要求英语为母语、持TEFL证书。"],
  },
  "discrimination.religion": {
    flagged: [
      "要求无宗教信仰，政治素质过硬。",
      "穆斯林勿扰。",
      "限基督徒。",
      { text: "宗教信仰：无", field: "requirements" },
      "不信教者优先。",
    ],
    clean: ["不限宗教信仰。", "尊重员工宗教信仰自由。", "对宗教信仰无要求。", "无宗教信仰要求，食堂提供清真窗口。"],
  },
  "discrimination.region": {
    flagged: [
      "限本地户口，有驾照。",
      "本地户籍优先。",
      "限河南籍。",
      "不招河南人。",
      "非本地户口勿扰。",
      "东北人免谈。",
      "要求持有本市户口。",
      "外地人不要，本地人优先。",
    ],
    clean: [
      "不限户籍，欢迎全国各地毕业生。",
      "户籍不限。",
      "可协助办理本市户口，提供人才公寓。",
      "无需本地户口，外地生源可申请人才公寓。",
      "要求在校期间学籍在册。",
    ],
  },
  "discrimination.marital": {
    flagged: [
      "已婚已育优先，工作稳定。",
      "限未婚，能适应长期出差。",
      "入职三年内不要孩子。",
      "近期无生育计划者优先考虑。",
      "孕妇勿扰。",
      { text: "婚育状况：已婚", field: "requirements" },
    ],
    clean: ["不限婚育状况。", "婚否不限。", "不要求已婚已育。", "公司提供产假、育儿假、哺乳室等福利。"],
  },
  "discrimination.health": {
    flagged: ["乙肝携带者勿扰。", "入职体检含乙肝五项检查。", "残疾人勿扰。"],
    clean: ["欢迎残疾人士投递，提供无障碍办公环境。", "入职体检不含乙肝五项检查。"],
  },
  "discrimination.school_tier": {
    flagged: [
      { text: "985、211院校本科及以上学历。", field: "requirements" },
      { text: "硕士研究生，985。", field: "requirements" },
      { text: "双一流高校毕业，计算机专业。", field: "requirements" },
      "限985院校毕业生。",
      "第一学历须为211。",
      "统招一本及以上学历。",
      "双非勿扰。",
      "非985/211勿扰。",
      "QS前100院校硕士。",
      { text: "2025届985硕士 算法工程师", field: "title" },
    ],
    clean: [
      { text: "院校不限，专业相关即可。", field: "requirements" },
      { text: "学校不限，不要求985/211。", field: "requirements" },
      { text: "985/211不限，看重实际能力。", field: "requirements" },
      { text: "非985/211院校亦可。", field: "requirements" },
      "公司是“双一流”建设高校的校企合作单位。",
      "我校是国家“211工程”重点建设高校，现招聘辅导员。",
      "公司地址：科技路211号。",
      "欢迎985、211及双非院校同学投递。",
      "不唯名校，欢迎各类院校毕业生。",
    ],
  },
  fee: {
    flagged: [
      "入职需缴纳押金500元，三个月后退还。",
      "报名费200元。",
      "培训费3000元，考核合格后上岗。",
      "服装费自理。",
      "需先交保证金。",
      "面试时收取资料费50元。",
      "无需经验需交押金500元。", // the 无需 does not reach the later demand
      "Refundable deposit of 800 RMB required.",
    ],
    clean: [
      "本公司不收取任何费用。",
      "无需缴纳任何费用。",
      "不收押金，不收报名费。",
      "绝不收费。",
      "公司依法为员工缴纳社会保险费和住房公积金。",
      "入职体检费用由公司承担，公司报销服装费。",
      "任何以招聘名义收取押金的均为诈骗，请求职者提高警惕。",
      "免费提供工装和岗前培训。",
      "押金：无",
    ],
  },
  training_loan: {
    flagged: [
      "名额有限，可申请培训贷，先培训后就业。",
      "招转培项目，零基础可学。",
      "先培训后上岗，学费可分期支付。",
      "学员培训结业后包就业。",
    ],
    clean: ["先培训后上岗，培训期间带薪。", "岗前培训由公司免费提供，培训合格后分配岗位。"],
  },
  paid_internship: {
    flagged: ["付费实习项目，名企实习证明。", "实习费1980元，提供实习证明。", "大厂内推费999元。", "可购买实习名额。"],
    clean: ["带薪实习，实习补贴3000元/月。", "本项目不收取实习费。"],
  },
  hype: {
    flagged: [
      "保录取，签约即上岗。",
      "高薪日结，多劳多得。",
      "轻松月入过万！",
      "月入过万不是梦。",
      "在家躺赚。",
      "零门槛高薪。",
      "100%录用。",
    ],
    clean: ["不承诺保录，择优录用。", "薪资面议，根据能力定级。"],
  },
  off_platform_contact: {
    flagged: ["有意者加微信：hr_zhang2025", "简历请发至13912345678。", "扫码进群了解详情。", "ＶＸ：ａｂｃ１２３４５"],
    clean: [
      "请通过本平台投递简历，请勿加微信。",
      { text: "负责微信公众号运营，增加微信粉丝数量。", field: "duties" },
      "帮助新员工快速融入群体。",
      { text: "电话：13912345678；微信：hr_zhang2025", field: "contact" },
    ],
  },
  "fraud.id_or_bank": {
    flagged: [
      "面试需携带身份证原件。",
      "报名时需提供身份证照片和银行卡号。",
      "入职前押身份证。",
      "需到指定网点办理银行卡。",
      "需提供银行卡密码用于核验。",
    ],
    clean: [
      "入职后提供银行卡用于发放工资。",
      "我司不会索要身份证原件或银行卡信息。",
      { text: "负责信用卡业务营销与客户维护。", field: "duties" },
      "入职时携带身份证原件办理手续。",
    ],
  },
  "fraud.no_interview": {
    flagged: ["无需面试，直接录用。", "免面试，当天上岗。", "报名即录用。"],
    clean: ["经笔试、两轮面试后择优录用。", "面试通过后直接录用。"],
  },
  "fraud.commission_only": {
    flagged: ["无底薪，纯提成，上不封顶。", "底薪：0，提成30%。", "Commission-only sales role."],
    clean: ["底薪4000+提成。", "无责底薪5000元，另有绩效奖金。", "不是纯提成，有固定底薪。"],
  },
  "fraud.pyramid": {
    flagged: ["拉人头奖励，多劳多得。", "发展下线越多收入越高。", "入职需先交会员费。", "需先购买公司产品才能上岗。"],
    clean: ["负责会员运营与社群活动策划。", { text: "负责新产品下线测试。", field: "duties" }],
  },
};

function caseText(c: Case): { text: string; field: string } {
  return typeof c === "string" ? { text: c, field: "description" } : c;
}

describe("checkPosting: a clean posting", () => {
  it("returns no flags for a complete, compliant posting", () => {
    expect(checkPosting(CLEAN)).toEqual([]);
  });

  it("returns no flags for a minimal posting with salary", () => {
    expect(
      checkPosting({
        title: "产品运营专员",
        description: "负责用户增长与活动策划。",
        salaryMin: 6000,
        salaryMax: 9000,
      }),
    ).toEqual([]);
  });
});

describe.each(Object.entries(CASES))("rule %s", (rule, { flagged, clean }) => {
  it.each(flagged.map((c) => [caseText(c).text, caseText(c).field]))("flags %j (in %s)", (text, field) => {
    const flags = check({ [field]: text });
    const flag = flags.find((f) => f.rule === rule);
    expect(flag, JSON.stringify(flags)).toBeDefined();
    expect(flag?.field).toBe(field);
  });

  it.each(clean.map((c) => [caseText(c).text, caseText(c).field]))("does not flag %j (in %s)", (text, field) => {
    const flags = check({ [field]: text });
    expect(flags.map((f) => f.rule)).not.toContain(rule);
  });
});

describe("severity", () => {
  const blocking: PostingRuleId[] = [
    "discrimination.gender",
    "discrimination.ethnicity",
    "discrimination.race",
    "discrimination.religion",
    "discrimination.region",
    "discrimination.marital",
    "discrimination.health",
    "discrimination.school_tier",
    "fee",
    "training_loan",
    "paid_internship",
    "hype",
    "fraud.id_or_bank",
    "fraud.commission_only",
    "fraud.pyramid",
  ];

  it.each(blocking)("%s blocks", (rule) => {
    const first = CASES[rule as keyof typeof CASES].flagged[0];
    if (first === undefined) throw new Error(`no case for ${rule}`);
    const { text, field } = caseText(first);
    expect(flagFor(text, rule, field)?.severity).toBe("block");
  });

  it("hiring without interview only warns", () => {
    expect(flagFor("无需面试，直接录用。", "fraud.no_interview")?.severity).toBe("warn");
  });

  it("off-platform contact warns, and blocks when the posting also refuses platform applications", () => {
    expect(flagFor("有意者加微信：hr_zhang2025", "off_platform_contact")?.severity).toBe("warn");
    expect(flagFor("加V详聊，不接受平台投递。", "off_platform_contact")?.severity).toBe("block");
    expect(flagFor("私聊加QQ 123456789", "off_platform_contact")?.severity).toBe("block");
    // The escalation can sit in another field.
    const flags = check({ description: "简历请发至13912345678。", contact: "仅微信联系" });
    expect(flags.find((f) => f.rule === "off_platform_contact")?.severity).toBe("block");
  });

  it("hasBlockingFlag tells warnings from blocks", () => {
    expect(hasBlockingFlag(check({ description: "无需面试，直接录用。" }))).toBe(false);
    expect(hasBlockingFlag(check({ description: "限男性。" }))).toBe(true);
    expect(hasBlockingFlag([])).toBe(false);
  });
});

describe("flags: shape, excerpt and message", () => {
  it("quotes the offending words with context, at most 40 characters, from the original text", () => {
    const long =
      "我们是一家快速发展的互联网企业，团队氛围良好，福利完善，晋升通道清晰，欢迎优秀的你加入。本岗位仅限男性，需要经常出差到全国各地的客户现场进行设备安装调试，能吃苦耐劳者优先考虑。";
    const flag = flagFor(long, "discrimination.gender");
    expect(flag).toBeDefined();
    expect(flag?.excerpt).toContain("仅限男性");
    expect(flag?.excerpt.length).toBeLessThanOrEqual(40);
    expect(flag?.excerpt.length).toBeGreaterThan("仅限男性".length);
    expect(long).toContain(flag?.excerpt ?? "");
  });

  it("quotes full-width text as written, not the normalised form", () => {
    const flag = flagFor("简历投递请加ＶＸ：ａｂｃ１２３４５", "off_platform_contact");
    expect(flag?.excerpt).toContain("ＶＸ：ａｂｃ１２３４５");
  });

  it("collapses line breaks in excerpts", () => {
    const flag = flagFor("岗位要求：\n1. 限男性\n2. 能出差", "discrimination.gender");
    expect(flag?.excerpt).not.toMatch(/\n/);
    expect(flag?.excerpt).toContain("限男性");
  });

  it("names the rule in Chinese and English", () => {
    const flag = flagFor("限男性", "discrimination.gender");
    expect(flag?.message.zh).toContain("性别歧视");
    expect(flag?.message.zh).toContain("就业促进法");
    expect(flag?.message.en).toMatch(/^Gender discrimination/);
    for (const rule of POSTING_TEXT_RULES) {
      expect(rule.message.zh.length).toBeGreaterThan(5);
      expect(rule.message.en.length).toBeGreaterThan(5);
    }
  });

  it("reports each rule once, in rule order, with the first occurrence", () => {
    const flags = check({ title: "销售代表（男性优先）", description: "限男性。押金500元，报名费100元。" });
    expect(flags.filter((f) => f.rule === "discrimination.gender")).toHaveLength(1);
    expect(flags.find((f) => f.rule === "discrimination.gender")?.field).toBe("title");
    expect(flags.filter((f) => f.rule === "fee")).toHaveLength(1);
    expect(flags.find((f) => f.rule === "fee")?.excerpt).toContain("押金");
    const order = flags.map((f) => POSTING_RULE_IDS.indexOf(f.rule));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("finds several rules in one posting", () => {
    const rules = rulesIn("限男性，已婚已育优先，限本地户口，985院校毕业，入职缴纳押金500元，加微信详聊。");
    expect(rules).toEqual(
      expect.arrayContaining([
        "discrimination.gender",
        "discrimination.marital",
        "discrimination.region",
        "discrimination.school_tier",
        "fee",
        "off_platform_contact",
      ]),
    );
  });

  it("scans extra text fields but not identifiers", () => {
    expect(check({ companyIntro: "招聘专员，限女性。" }).map((f) => f.rule)).toContain("discrimination.gender");
    expect(check({ tags: ["高薪日结", "双休"] }).map((f) => f.rule)).toContain("hype");
    expect(check({ employerId: "emp_985_211", sourceUrl: "https://example.cn/985/211" })).toEqual([]);
  });

  it("school-tier numbers are only restrictions by themselves in requirements and title", () => {
    expect(rulesIn("我们的客户包括985所学校", "description")).not.toContain("discrimination.school_tier");
    expect(rulesIn("客户覆盖985所学校", "requirements")).toContain("discrimination.school_tier");
  });
});

describe("rule table", () => {
  it("every text rule id is a declared rule id, declared once", () => {
    expect(new Set(POSTING_RULE_IDS).size).toBe(POSTING_RULE_IDS.length);
    for (const rule of POSTING_TEXT_RULES) expect(POSTING_RULE_IDS).toContain(rule.id);
    expect(new Set(POSTING_TEXT_RULES.map((r) => r.id)).size).toBe(POSTING_TEXT_RULES.length);
  });

  it("every declared rule has test cases here", () => {
    const tested = new Set<string>([...Object.keys(CASES), "salary.missing", "salary.implausible"]);
    for (const id of POSTING_RULE_IDS) expect(tested.has(id), id).toBe(true);
    for (const [id, c] of Object.entries(CASES)) {
      expect(c.flagged.length, id).toBeGreaterThan(0);
      expect(c.clean.length, id).toBeGreaterThan(0);
    }
  });
});

describe("salary", () => {
  function salaryFlags(salaryMin: number | null | undefined, salaryMax: number | null | undefined): PostingFlag[] {
    return check({ salaryMin, salaryMax }).filter((f) => f.rule.startsWith("salary."));
  }

  it("blocks a posting without a minimum pay", () => {
    for (const [min, max] of [
      [undefined, 12000],
      [null, null],
      [undefined, undefined],
    ] as const) {
      const flags = salaryFlags(min, max);
      expect(flags.map((f) => f.rule)).toContain("salary.missing");
      expect(flags.find((f) => f.rule === "salary.missing")?.severity).toBe("block");
    }
    expect(checkPosting({ title: "运营", description: "负责活动运营。" }).map((f) => f.rule)).toEqual([
      "salary.missing",
    ]);
  });

  it("accepts a minimum with no maximum: the base pay is stated (issue 12)", () => {
    expect(salaryFlags(8000, undefined)).toEqual([]);
    expect(salaryFlags(8000, null)).toEqual([]);
  });

  it("accepts plausible ranges", () => {
    expect(salaryFlags(6000, 9000)).toEqual([]);
    expect(salaryFlags(4000, 20000)).toEqual([]); // ratio exactly 5
    expect(salaryFlags(30000, 60000)).toEqual([]);
  });

  it("blocks an inverted range", () => {
    const flag = salaryFlags(15000, 9000).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("block");
    expect(flag?.message.zh).toContain("最低薪资高于最高薪资");
    expect(flag?.excerpt).toContain("15000");
  });

  it("blocks figures that look daily or hourly", () => {
    const flag = salaryFlags(150, 300).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("block");
    expect(flag?.message.en).toContain("daily or hourly");
  });

  it("blocks figures that look yearly", () => {
    const flag = salaryFlags(150000, 250000).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("block");
    expect(flag?.message.en).toContain("yearly");
  });

  it("blocks non-positive or non-numeric values", () => {
    expect(salaryFlags(0, 8000).find((f) => f.rule === "salary.implausible")?.severity).toBe("block");
    expect(salaryFlags(-5000, 8000).find((f) => f.rule === "salary.implausible")?.severity).toBe("block");
    expect(salaryFlags(Number.NaN, 8000).find((f) => f.rule === "salary.implausible")?.severity).toBe("block");
  });

  it("warns on a minimum below any minimum wage", () => {
    const flag = salaryFlags(800, 3000).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("warn");
    expect(flag?.message.zh).toContain("最低工资");
  });

  it("warns on a range wider than 10×, not on a wide commission band", () => {
    expect(salaryFlags(5000, 50000).find((f) => f.rule === "salary.implausible")).toBeUndefined();
    const flag = salaryFlags(2000, 30000).find((f) => f.rule === "salary.implausible");
    expect(flag?.severity).toBe("warn");
    expect(flag?.message.en).toContain("range too wide");
  });
});
