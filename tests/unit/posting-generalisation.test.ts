/**
 * Classes of wording the first checker missed on an independently written set
 * (tests/corpus/former-blind.jsonl). Every case here is a NEW wording, not a sentence from that set:
 * each class must hold for wordings nobody tuned on.
 */
import { describe, expect, it } from "vitest";
import { checkPosting, type PostingRuleId } from "../../app/postings/checks";

function rules(requirements: string, extra: { title?: string; description?: string; min?: number; max?: number } = {}) {
  return checkPosting({
    title: extra.title ?? "岗位招聘",
    description: extra.description ?? "负责日常工作。",
    requirements,
    salaryMin: extra.min ?? 6000,
    salaryMax: extra.max ?? 9000,
  }).map((f) => f.rule);
}

function flagged(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`flags ${rule}: ${text}`, () => {
      expect(rules(text)).toContain(rule);
    });
  }
}

function clean(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`does not flag ${rule}: ${text}`, () => {
      expect(rules(text)).not.toContain(rule);
    });
  }
}

describe("health: asking for the absence of a condition is a screen without any marker", () => {
  flagged("discrimination.health", [
    "身体健康，无糖尿病、癫痫等病史。",
    "应聘者须无抑郁症史。",
    "家族无遗传病史，本人无残障。",
    "入职体检乙肝检测须为阴性。",
    "Must be free of any chronic illness.",
    "Applicants with epilepsy will not be considered for driving roles.",
    "No candidates who have a history of mental illness.",
    "Please be HIV-negative at the time of hiring.",
  ]);
  clean("discrimination.health", [
    "我们对残疾人无歧视，欢迎残障人士投递。",
    "Health insurance covers diabetes care for you and your family.",
    "No disability discrimination: reasonable adjustments are provided.",
  ]);
});

describe("gender: colloquial words with 适合/限/优先", () => {
  flagged("discrimination.gender", [
    "夜班岗位，更适合帅哥。",
    "前台只要美女，形象好。",
    "招两个小伙子搬货。",
    "小姐姐优先，声音甜美。",
  ]);
  clean("discrimination.gender", [
    "如有疑问请联系张先生。",
    "负责执行《女职工劳动保护特别规定》相关工作。",
    "团队小伙伴氛围好，男女不限。",
  ]);
  it("a product for women in the title is not a restriction", () => {
    expect(rules("三年以上产品经验。", { title: "Designer – Men's Grooming Brand" })).not.toContain(
      "discrimination.gender",
    );
  });
});

describe("region: places, lists and colloquial exclusions", () => {
  flagged("discrimination.region", [
    "广西、贵州的朋友就不要投了。",
    "只要江浙沪的，其他地区的勿扰。",
    "户籍限广东、福建。",
    "外省的就别来了。",
  ]);
  clean("discrimination.region", [
    "工作地点：北京、上海，可选。",
    "公司在广东、福建设有分部。",
    "可协助办理深圳户口。",
  ]);
});

describe("school tier: routes to a degree and international rankings", () => {
  flagged("discrimination.school_tier", [
    "自考、函授学历不予考虑。",
    "成人教育学历勿投。",
    "Graduates of a QS top-50 university only.",
    "Must hold a degree from a top-20 university.",
  ]);
  clean("discrimination.school_tier", ["本科及以上学历，专业不限。", "欢迎自考、专升本同学投递。"]);
});

describe("pyramid: pay on more than one level of recruits", () => {
  flagged("fraud.pyramid", [
    "你招的代理再招人，你也能拿一份，层层抽成。",
    "直推收益10%，间推收益5%。",
    "邀请人数越多，等级越高，分红越多。",
    "推荐亲友加盟即可获得分红。",
    "Earn on five levels of your team's purchases.",
  ]);
  clean("fraud.pyramid", ["负责新功能上线与旧功能下线评审。", "公司设有员工推荐奖，按入职人数发放。"]);
});

describe("hype: income promises", () => {
  flagged("hype", [
    "日入800+，多劳多得。",
    "宝妈在家一部手机，月入2万不是梦。",
    "半年实现财务自由。",
    "Make $5,000 per week working from your phone.",
    "Build passive income in your spare time.",
  ]);
  clean("hype", ["月薪8000-12000元，五险一金。", "Competitive salary and annual bonus."]);
});

describe("fees in English and the money flow", () => {
  flagged("fee", [
    "A refundable equipment fee of RMB 500 is due on day one.",
    "New starters pay a certification fee in their first week.",
  ]);
  clean("fee", [
    "本单位招聘不收取任何费用，如遇以本单位名义收费的情况，请向当地公安机关举报。",
    "We never charge candidates. Report anyone asking for money in our name.",
  ]);
  it("a placement fee with a guaranteed offer is a paid internship, not a fee", () => {
    const found = rules("Students pay a placement fee and a guaranteed offer follows.");
    expect(found).toContain("paid_internship");
    expect(found).not.toContain("fee");
  });
});

describe("benefits, contacts, fields of study, bonuses and payroll are clean", () => {
  it("benefits for mothers and women workers", () => {
    const found = rules("享有产假、陪产假及哺乳期每日一小时哺乳时间，设有母婴室。");
    expect(found).not.toContain("discrimination.marital");
    expect(found).not.toContain("discrimination.gender");
  });
  it("a field of study", () => {
    expect(rules("宗教研究或人类学专业硕士。")).not.toContain("discrimination.religion");
  });
  it("a referral bonus the company pays", () => {
    expect(rules("员工内推成功，公司奖励3000元。")).not.toContain("paid_internship");
    expect(rules("We pay a referral bonus of RMB 5,000 to staff.")).not.toContain("paid_internship");
  });
  it("payroll duties that handle bank details", () => {
    expect(rules("负责核对员工工资卡信息，按月发放工资。")).not.toContain("fraud.id_or_bank");
    expect(rules("Maintain employees' bank account details in the payroll system.")).not.toContain("fraud.id_or_bank");
  });
});

describe("training loans in other words", () => {
  flagged("training_loan", ["学费零首付，上岗后再付。", "课程费用由工资抵扣，分十二个月扣完。"]);
});

describe("salary: the level against the role", () => {
  it("a wide but plausible range is not implausible", () => {
    expect(rules("有销售经验。", { min: 4000, max: 40000 })).not.toContain("salary.implausible");
  });
  it("absurd intern pay is implausible", () => {
    expect(rules("在校生，每周三天。", { title: "运营实习生", min: 80000, max: 120000 })).toContain(
      "salary.implausible",
    );
  });
  it("a no-experience job at home with a high minimum is implausible", () => {
    expect(rules("零基础可做。", { title: "居家录入员", min: 25000, max: 40000 })).toContain("salary.implausible");
  });
  it("a senior role with high pay is fine", () => {
    expect(rules("十年以上经验。", { title: "首席架构师", min: 60000, max: 90000 })).not.toContain(
      "salary.implausible",
    );
  });
});

describe("English refusals and pledges, other id and channel wordings", () => {
  flagged("discrimination.ethnicity", ["People from a minority ethnic background need not apply."]);
  flagged("discrimination.religion", ["We will not employ staff who wear a hijab on duty."]);
  flagged("discrimination.marital", [
    "Cabin crew should be unmarried.",
    "Trainees promise not to get pregnant during the contract.",
  ]);
  flagged("fraud.no_interview", ["Bypass interviews and get paid this week."]);
  flagged("fraud.id_or_bank", ["报名请发身份证照片给hr。", "请告知网银登录账号以便核验。"]);
  flagged("off_platform_contact", ["不要在平台投递，直接打电话给我们。"]);
  clean("off_platform_contact", ["Moderate our WhatsApp channels and reply to members."]);
});
