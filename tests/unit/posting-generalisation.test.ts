/**
 * Classes of wording the checker missed on independently written sets (tests/corpus/former-blind.jsonl,
 * then tests/corpus/former-blind-2.jsonl). Every case here is a NEW wording, not a sentence from those
 * sets: each class must hold for wordings nobody tuned on.
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

// ---------------------------------------------------------------------------
// Classes from the second independent set (tests/corpus/former-blind-2.jsonl)
// ---------------------------------------------------------------------------

function inDescription(description: string, extra: { title?: string; min?: number; max?: number } = {}) {
  return checkPosting({
    title: extra.title ?? "岗位招聘",
    description,
    requirements: null,
    salaryMin: extra.min ?? 6000,
    salaryMax: extra.max ?? 9000,
  }).map((f) => f.rule);
}

function flaggedInDescription(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`flags ${rule} in a description: ${text}`, () => {
      expect(inDescription(text)).toContain(rule);
    });
  }
}

function cleanInDescription(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`does not flag ${rule} in a description: ${text}`, () => {
      expect(inDescription(text)).not.toContain(rule);
    });
  }
}

describe("health: hepatitis-B slang, conditions after 不招有/谢绝患有, more conditions and exclusions", () => {
  flaggedInDescription("discrimination.health", [
    "大三阳、小三阳者请绕道。",
    "乙肝表面抗原阳性的同学就不用来了。",
    "不要有高血压、心脏病的。",
    "谢绝患有哮喘者。",
    "有自闭症或抑郁倾向的求职者一律淘汰。",
    "Hep B carriers need not apply.",
    "Applicants with high blood pressure will be rejected.",
    "We do not hire people with autism.",
  ]);
  cleanInDescription("discrimination.health", [
    "负责高血压、糖尿病患者的慢病随访。",
    "乙肝携带者不影响录用，体检不查乙肝。",
    "Our health plan covers asthma and cancer treatment.",
  ]);
});

describe("exclusion verbs and recruiter slang apply to every attribute", () => {
  flaggedInDescription("discrimination.region", [
    "甘肃、青海籍贯的求职者不予录用。",
    "非本地户口一律淘汰。",
    "农村户口勿扰。",
    "东三省的就算了。",
    "Non-locals will be rejected.",
  ]);
  flaggedInDescription("discrimination.school_tier", [
    "普本、民办的简历直接刷掉。",
    "本科不是985的直接淘汰。",
    "学校不在QS100以内的不考虑。",
    "Non-target schools will not be shortlisted.",
    "We only consider Oxbridge and Russell Group graduates.",
  ]);
  flaggedInDescription("discrimination.gender", ["本岗位不适合女性。", "女生就算了，全是体力活。"]);
  flaggedInDescription("discrimination.ethnicity", ["维族同学请绕行。", "Han applicants only, sorry."]);
  flaggedInDescription("discrimination.religion", ["信佛的同学不必投了。", "Churchgoers will not be hired."]);
  cleanInDescription("discrimination.school_tier", ["欢迎普本、民办院校同学投递。", "学校背景不限，能力优先。"]);
  cleanInDescription("discrimination.gender", [
    "Female candidates who pass the written test are invited to interview.",
  ]);
});

describe("race: appearance and complexion words, requirements after the attribute", () => {
  flaggedInDescription("discrimination.race", [
    "Western appearance is a must.",
    "Candidates with a fair complexion will be given priority.",
    "Caucasian-looking teachers preferred.",
    "外教要求金发碧眼。",
    "外教须为白人面孔。",
    "皮肤黝黑者勿扰。",
  ]);
  cleanInDescription("discrimination.race", [
    "UK work experience required.",
    "Experience teaching American English preferred.",
    "Familiar with the US market preferred.",
    "Good sense of color required for this design role.",
  ]);
});

describe("knowledge of a culture and products for a group are not screens", () => {
  cleanInDescription("discrimination.ethnicity", [
    "了解少数民族习俗的同学优先。",
    "Knowledge of Uyghur cuisine preferred.",
  ]);
  cleanInDescription("discrimination.religion", ["了解伊斯兰金融者优先。", "熟悉基督教历史的讲解员优先。"]);
  it("a product line for women in the title or duties", () => {
    expect(inDescription("负责天猫店铺。", { title: "运营专员（女士鞋履品牌）" })).not.toContain(
      "discrimination.gender",
    );
    expect(inDescription("负责女性护肤品牌的抖音运营。")).not.toContain("discrimination.gender");
  });
});

describe("gender: a list item or a profile in the description", () => {
  flaggedInDescription("discrimination.gender", [
    "任职要求：\n1. 男\n2. 大专及以上学历",
    "形象气质佳的女孩，负责展厅接待。",
    "招聘25岁以下女性店员。",
  ]);
  cleanInDescription("discrimination.gender", ["负责接待女性顾客，提供形象咨询。"]);
});

describe("fraud: verification codes, certificates for sale, head-count pay, no interview", () => {
  flaggedInDescription("fraud.id_or_bank", [
    "收到的验证码请截图发给客服。",
    "Please forward the SMS code you receive to our HR.",
    "报名需提供微信支付密码。",
    "Text us your one-time password to activate the account.",
  ]);
  cleanInDescription("fraud.id_or_bank", [
    "We will never ask for your verification code.",
    "Payroll staff collect employee bank details after hiring.",
    "Bank teller: handle ID verification and card activation for customers.",
  ]);
  flaggedInDescription("paid_internship", [
    "代开三甲医院实习鉴定，200元一份。",
    "Internship certificates from top firms, RMB 500 each.",
    "求职陪跑营收费6999元，保offer，拿不到全额退款。",
  ]);
  cleanInDescription("paid_internship", ["实习结束后由公司出具实习证明。", "实习期满出具实习鉴定，实习补贴150元/天。"]);
  flaggedInDescription("fraud.pyramid", [
    "每拉进一个新人奖励100元。",
    "拉三个人头就能升级。",
    "每拉1人返现50元。",
    "Earn RMB 100 for each person you recruit into your team.",
  ]);
  cleanInDescription("fraud.pyramid", ["负责门店拉新，按业绩考核。", "导游按人头提成，旺季收入高。"]);
  flaggedInDescription("fraud.no_interview", [
    "不看简历不面试，来了就上班。",
    "Interview-free hiring, start Monday.",
    "当天报名，当天上岗。",
  ]);
  cleanInDescription("fraud.no_interview", ["面试时间另行通知。", "周末不安排面试，工作日可约。"]);
  flaggedInDescription("fee", [
    "体检费用自理。",
    "Uniform costs are at your own expense.",
    "A RMB 300 deposit is collected on day one.",
  ]);
  cleanInDescription("fee", ["负责收取物业管理费。", "Exam fees are reimbursed at our expense."]);
});

describe("salary: interns and entry-level roles with senior pay", () => {
  it("an intern at 30,000 or with a top of 60,000 is implausible", () => {
    expect(inDescription("整理数据。", { title: "数据分析实习生", min: 30000, max: 40000 })).toContain(
      "salary.implausible",
    );
    expect(inDescription("Support the team.", { title: "Marketing Intern", min: 8000, max: 60000 })).toContain(
      "salary.implausible",
    );
  });
  it("a receptionist at 25,000 is implausible, a customer-service manager is not", () => {
    expect(inDescription("接待来访。", { title: "前台接待", min: 25000, max: 35000 })).toContain("salary.implausible");
    expect(inDescription("管理客服团队。", { title: "客服经理", min: 25000, max: 35000 })).not.toContain(
      "salary.implausible",
    );
  });
  it("a senior engineer who mentors interns is not an intern", () => {
    expect(inDescription("带教实习生。", { title: "高级工程师", min: 40000, max: 60000 })).not.toContain(
      "salary.implausible",
    );
  });
});

describe("other rules in more wordings: training loans, commission only, hype, off-platform", () => {
  flaggedInDescription("training_loan", [
    "课程费用上岗后付款，按月还清。",
    "Pay nothing until you are hired: the course fee is deferred.",
    "The bootcamp fee can be repaid in monthly instalments from your paycheck.",
    "学费可用京东白条分期。",
  ]);
  cleanInDescription("training_loan", [
    "Loan officer: review applications; full training provided.",
    "负责向客户介绍分期付款方案，入职有系统培训。",
  ]);
  flaggedInDescription("fraud.commission_only", [
    "纯佣金模式，多劳多得。",
    "Pay is based solely on commission.",
    "No guaranteed income: you earn per sale.",
  ]);
  cleanInDescription("fraud.commission_only", ["底薪5000+提成。", "Base salary plus uncapped commission."]);
  flaggedInDescription("hype", ["零风险高回报，一个月回本。", "Get paid to scroll videos on your phone!"]);
  cleanInDescription("hype", ["公司提供有竞争力的薪酬和年终奖。"]);
  flaggedInDescription("off_platform_contact", ["有意向的滴滴我。", "加绿泡泡详聊。", "DM me for details."]);
  cleanInDescription("off_platform_contact", ["负责滴滴出行司机的招募与培训。", "欢迎关注我们的团队主页。"]);
});

describe("near misses of the new wordings stay clean", () => {
  cleanInDescription("fee", [
    "面试路费自理，录用后报销。",
    "Relocation is at your own expense; we help with housing search.",
  ]);
  cleanInDescription("fraud.id_or_bank", [
    "开发短信验证码登录功能。",
    "Implement OTP login for the mobile app.",
    "负责用户账号密码重置工单。",
  ]);
  cleanInDescription("discrimination.region", ["老乡鸡门店店员，有餐饮经验者优先。"]);
  cleanInDescription("discrimination.health", [
    "有高血压、糖尿病领域经验者优先。",
    "Diabetes care experience preferred.",
  ]);
  cleanInDescription("hype", ["高付出高回报，多劳多得。"]);
  cleanInDescription("fraud.commission_only", ["底薪+佣金制，按月发放。"]);
  cleanInDescription("fraud.no_interview", ["面试通过后直接安排入职。"]);
});

describe("colloquial and abbreviated forms", () => {
  flaggedInDescription("discrimination.gender", ["要男的，女的干不了。"]);
  flaggedInDescription("discrimination.region", ["非京籍不要。", "限沪籍。", "有京户优先。"]);
  cleanInDescription("discrimination.region", ["书籍编辑，负责选题。", "学籍管理与档案整理。", "负责新户开发与维护。"]);
  cleanInDescription("discrimination.gender", ["重要女性客户维护。"]);
  flaggedInDescription("fee", [
    "新人需购买工服，费用从首月工资扣除。",
    "The uniform cost is deducted from your first salary.",
  ]);
  cleanInDescription("fee", ["工资中代扣个人社保费用。", "公司统一发放工服，无需购买。"]);
  flaggedInDescription("fraud.id_or_bank", ["请将身份证照片发至邮箱。"]);
  cleanInDescription("fraud.id_or_bank", ["入职后将身份证复印件发至HR邮箱。"]);
  flaggedInDescription("fraud.pyramid", [
    "邀请新会员入会，次月返佣金200元。",
    "Recruits join under you and you earn on their purchases.",
  ]);
  flaggedInDescription("off_platform_contact", ["有意者➕V详聊。"]);
});

describe("English job-ad idioms", () => {
  flaggedInDescription("discrimination.school_tier", ["Candidates from double first-class universities preferred."]);
  flaggedInDescription("discrimination.race", [
    "Must look Western.",
    "Applicants from Africa will not be considered.",
    "Light-skinned models wanted.",
  ]);
  cleanInDescription("discrimination.race", [
    "Experience selling to Africa preferred.",
    "Model wanted for a lookbook shoot.",
  ]);
  flaggedInDescription("fee", ["You will need to pay for your own uniform (RMB 150).", "Registration costs 99 yuan."]);
  cleanInDescription("fee", [
    "You will pay less tax with our pension plan.",
    "Our product costs RMB 99 for customers.",
  ]);
  flaggedInDescription("fraud.commission_only", ["Your income depends entirely on your sales."]);
  flaggedInDescription("fraud.pyramid", ["Invite friends to join and earn 10% of their purchases."]);
  cleanInDescription("fraud.pyramid", ["Managers earn a bonus on their team's results."]);
});

describe("who comes from where: clients and products are not applicants", () => {
  cleanInDescription("discrimination.race", ["Our clients are mostly from the UK and the US."]);
  flaggedInDescription("discrimination.race", ["Teachers must be from the US or UK."]);
  cleanInDescription("fee", ["Refundable deposits are handled by the finance team."]);
});

describe("positive action and referral bonuses are lawful", () => {
  cleanInDescription("discrimination.health", [
    "残疾人士同等条件下优先录用。",
    "Applicants with disabilities are given priority.",
  ]);
  flaggedInDescription("discrimination.health", ["肢体残疾者不予考虑。"]);
  cleanInDescription("fraud.pyramid", ["推荐朋友入职奖励1000元。"]);
});
