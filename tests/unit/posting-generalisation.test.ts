/**
 * Classes of wording the checker missed on independently written sets (tests/corpus/former-blind.jsonl,
 * then tests/corpus/former-blind-2.jsonl). Every case here is a NEW wording, not a sentence from those
 * sets: each class must hold for wordings nobody tuned on.
 */
import { describe, expect, it } from "vitest";
import { checkPosting, POSTING_RULE_IDS, type PostingRuleId } from "../../app/postings/checks";
import { clean, flagged, rules } from "../support/posting-cases";

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

describe("money before the job in plain words", () => {
  flaggedInDescription("fee", ["办理上岗证需个人出资300元。", "先交钱再上岗。"]);
  cleanInDescription("fee", ["需要给钱吗？不需要。", "公司出资为员工办理上岗证。"]);
  cleanInDescription("training_loan", ["免费培训，结业推荐就业，不收任何费用。"]);
  flaggedInDescription("training_loan", ["免费学技术，学费分期从工资扣。"]);
  flaggedInDescription("fraud.pyramid", ["加盟代理，拉人越多赚越多。"]);
});

describe("a topic word followed by a job title names a person again", () => {
  flaggedInDescription("discrimination.gender", [
    "女性音乐老师优先。",
    "Female art teacher preferred.",
    "Female sales staff only.",
  ]);
  cleanInDescription("discrimination.race", [
    "Teach with an American curriculum.",
    "Experience with Hispanic campaigns is a plus.",
  ]);
});

// ---------------------------------------------------------------------------
// Classes found in tests/corpus/former-blind-3.jsonl (branch vet-model). New wordings again.
// ---------------------------------------------------------------------------

describe("hype: a guaranteed income or an outcome the employer does not control", () => {
  flagged("hype", [
    "入职即保证月薪一万五以上。",
    "承诺人人过万，干满半年还有奖金。",
    "We guarantee you will earn RMB 25,000 in your first month.",
    "保证拿到新加坡工作签证，三个月内出国。",
    "承诺包落户，签约即分配岗位。",
  ]);
  clean("hype", [
    "公司保证每月10日按时发放工资。",
    "保证入职后按国家规定缴纳社会保险。",
    "负责确保录用流程合规、材料齐全。",
    "承诺转正后调薪一次，幅度视考核而定。",
  ]);
});

describe("hype: income for no effort, lifestyles and multiplied returns", () => {
  flagged("hype", [
    "躺在家里就能收钱，名额有限。",
    "不用坐班，每月照样收入两三万。",
    "跟对老板，一年提车两年买房。",
    "加入后月赚3w+，多劳多得。",
    "Be financially independent before your friends graduate.",
    "Quit your 9-to-5 and work from the beach.",
    "入股我们的项目，本金两年翻五倍。",
  ]);
  clean("hype", [
    "公司用户量三年翻了两倍，团队持续扩张。",
    "岗位无需坐班，按项目交付计酬，月薪6000-9000。",
    "Help clients plan for retirement and long-term savings.",
  ]);
});

describe("pyramid: a buy-in, levels of recruits and a cut of their income", () => {
  flagged("fraud.pyramid", [
    "新人须先囤货两万元才能拿代理资格。",
    "上岗前需认购公司期权五万元。",
    "招募自己的分销商，再拿他们每单15%。",
    "推广二级奖金、三级分红，层层有收益。",
    "每带2位好友注册就返现50元。",
    "You must buy a starter pack of products to become a distributor.",
  ]);
  clean("fraud.pyramid", [
    "员工可按内部价购买公司产品。",
    "每推荐一位朋友入职满三个月，奖励800元。",
    "负责三级医院的学术推广。",
    "发展渠道客户，完成季度销售目标。",
  ]);
});

describe("commission only: the absence of base pay in other words", () => {
  flagged("fraud.commission_only", [
    "公司不给底薪，全看个人业绩。",
    "没有任何保底，按成交单数结算。",
    "只靠签单抽成，多签多得。",
    "纯课时分成，上不满不发钱。",
    "You only get paid when you close a deal.",
  ]);
  clean("fraud.commission_only", [
    "底薪5000元加提成，另有季度奖。",
    "只拿底薪也能过得不错，提成另计。",
    "负责纯净水销售，底薪4500+提成。",
    "Base salary RMB 7,000 plus commission on every deal you close.",
  ]);
});

describe("off-platform contact: decorated handles, a bare Q and refusals in other words", () => {
  flagged("off_platform_contact", [
    "有意者加Q详聊，号码见主页。",
    "V✨：hr_wang88 备注应聘",
    "这边消息基本不看，直接打电话。",
    "Platform messages will not be read; email my personal mailbox instead.",
  ]);
  clean("off_platform_contact", [
    "负责公司QQ空间和微博的日常运营。",
    "熟悉Q版卡通形象设计者优先。",
    "请通过本平台投递简历，我们会在三个工作日内回复。",
  ]);
});

describe("ID and bank: travel documents, ID numbers and codes; notices and checks at signing are not requests", () => {
  flagged("fraud.id_or_bank", [
    "报名时把护照首页拍照发给招聘专员。",
    "Text us your national ID number to reserve a seat.",
    "Read out the login code you receive by SMS to the recruiter.",
  ]);
  clean("fraud.id_or_bank", [
    "录用通知发放后，请提交身份证复印件用于办理社保。",
    "毕业证原件仅在报到时查验，当场归还。",
    "防骗提示：我们从不会要求求职者提供银行卡或验证码。",
    "Beware of fraud: nobody from our team will ever ask for your bank details.",
  ]);
});

describe("no interview: start on arrival, asked-and-answered, straight to the factory", () => {
  flagged("fraud.no_interview", ["人到就能干，工资日结。", "笔试？不需要，明天直接进厂。"]);
  clean("fraud.no_interview", [
    "培训完成后直接上岗，培训期间带薪。",
    "面试通过后直接安排入职。",
    "面试不需要携带纸质简历。",
  ]);
});

describe("fees: the applicant pays, in amounts and verbs; money the job handles for guests is a duty", () => {
  flagged("fee", [
    "上岗前须交一笔建模费，金额面议。",
    "需到指定诊所体检，费用260元个人自理，公司不予报销。",
    "实习生缴纳带教费2000元，另交资料费80元。",
  ]);
  clean("fee", [
    "负责向住客收取及退还押金，核对房费。",
    "负责客户保证金清算与出入金复核。",
    "入职体检费用由公司报销。",
  ]);
});

describe("paid internship: a certificate issued without attendance", () => {
  flagged("paid_internship", ["不用到岗，一周即可拿证明，盖鲜章。"]);
  clean("paid_internship", ["远程实习，无需到岗，按周提交报告，实习补贴3000元/月。"]);
});

describe("salary written in the text is stated", () => {
  it("does not flag a missing salary when the text states a monthly base pay", () => {
    const flags = checkPosting({
      title: "测试工程师",
      description: "负责接口自动化测试。基本工资12000元，年终奖另计。",
      salaryMin: null,
      salaryMax: null,
    }).map((f) => f.rule);
    expect(flags).not.toContain("salary.missing");
  });
  it("still flags a missing salary when the text names no amount", () => {
    const flags = checkPosting({
      title: "测试工程师",
      description: "负责接口自动化测试。薪资面议，待遇从优。",
      salaryMin: null,
      salaryMax: null,
    }).map((f) => f.rule);
    expect(flags).toContain("salary.missing");
  });
});

describe("discrimination: forms of address, having a faith, 不招录, registration in English; benefits and places are not", () => {
  flagged("discrimination.gender", ["只招本地大姐，手脚麻利。"]);
  flagged("discrimination.religion", ["有宗教信仰的应聘者请勿投递。", "公司不招录信奉天主教的员工。"]);
  flagged("discrimination.region", ["Only applicants with an urban hukou will be considered."]);
  clean("discrimination.marital", ["公司为已婚员工提供配偶年度体检。", "哺乳期员工可申请弹性工作时间。"]);
  clean("discrimination.ethnicity", ["需经常前往少数民族自治县开展调研。"]);
  clean("discrimination.gender", ["Analyse female consumer trends for our skincare line; gender not a factor."]);
});

describe("a training loan's price and a bank's loan duties", () => {
  it("reports a training fee financed by a lender as the training loan only", () => {
    const flags = checkPosting({
      title: "AI训练师",
      description: "入职前参加岗前实训，结业后推荐就业。",
      requirements: "实训费用由合作贷款机构先行支付，工作后本人分月还清。",
      salaryMin: 6000,
      salaryMax: 8000,
    }).map((f) => f.rule);
    expect(flags).toContain("training_loan");
    expect(flags).not.toContain("fee");
  });
  clean("training_loan", ["负责为小微企业客户办理贷款及开户业务。"]);
});

describe("a second round of new wordings for the open-ended fraud and hype classes", () => {
  flagged("hype", [
    "日薪八百，简单易上手，当天结算。",
    "小白也能月入三万，有手就行。",
    "低投入高回报，一单赚五百。",
    "Earn six figures in your first year, no experience needed.",
    "Unlimited earning potential from day one!",
  ]);
  clean("hype", [
    "公司三年内营收翻了三倍，现扩招。",
    "确保落户政策宣讲到位（负责人才政策解读）。",
    "Earn a competitive salary with annual bonuses.",
  ]);
  flagged("fraud.pyramid", [
    "邀请好友注册即得奖励，好友再邀请别人你也有分成。",
    "招募合伙人，合伙人再招合伙人，收益无限裂变。",
    "缴纳3000元成为省级代理，下面的市级代理出货你拿差价。",
  ]);
  clean("fraud.pyramid", [
    "熟悉二级市场，有三级分销系统开发经验者优先。",
    "负责用户裂变增长活动策划。",
    "负责代理商招募与培训，底薪7000+季度奖金。",
  ]);
  flagged("fraud.commission_only", [
    "没单就没钱，多劳多得。",
    "No salary; commission paid monthly.",
    "收入=成交额×20%，无其他报酬。",
  ]);
  clean("fraud.commission_only", [
    "无责底薪4000，提成另计。",
    "Commission is paid on top of a base salary of RMB 6,000.",
  ]);
  flagged("off_platform_contact", [
    "有意向的直接打我电话一三八一二三四五六七八。",
    "企业微信搜索：hr-zhang2024",
    "抖音私信我，备注求职。",
  ]);
  clean("off_platform_contact", ["熟悉微信搜一搜SEO优化。", "运营公司抖音账号，负责私信回复与评论管理。"]);
  flagged("fee", [
    "报到时带上800元现金用于办理工作证。",
    "Candidates cover the cost of their own background check (RMB 300).",
    "入职前要先买我们的工作手机，1299元。",
  ]);
  clean("fee", ["负责活动物料采购，需准备200元以内的伴手礼。", "员工可在内购节以员工价购买公司产品。"]);
  flagged("fraud.no_interview", [
    "零面试，明天到岗。",
    "投简历就能上岗，不看学历。",
    "Everyone who applies gets the job.",
  ]);
  clean("fraud.no_interview", ["报名截止后统一安排笔试和面试。"]);
  clean("fraud.id_or_bank", ["为客户办理银行卡开户及信用卡申请。"]);
});

describe("a third round, mostly English: the same classes in other words", () => {
  flagged("hype", [
    "Work just 2 hours a day and take home RMB 30,000 a month.",
    "This is the easiest job you'll ever have - huge pay for almost no work.",
    "100% job placement guaranteed after the programme.",
    "兼职打字员，每天两小时，月入八千不是问题。",
  ]);
  clean("hype", ["Only 2 hours a week of travel; salary RMB 9,000 a month.", "每天两小时英语晨读，提升口语。"]);
  flagged("fee", [
    "A one-off onboarding payment of RMB 450 secures your place.",
    "Successful candidates must transfer RMB 200 for the uniform before day one.",
  ]);
  clean("fee", ["We transfer RMB 500 relocation allowance with your first salary.", "负责产品培训，讲师需自备教案。"]);
  flagged("fraud.pyramid", [
    "Earn from every person in your network, down to the third level.",
    "Your income grows as your team grows - recruit distributors under you.",
    "买一套产品就是代理，自用省钱分享赚钱。",
  ]);
  clean("fraud.pyramid", [
    "Grow our distributor network; base salary plus bonus.",
    "Manage first-level and second-level suppliers.",
  ]);
  flagged("fraud.commission_only", [
    "This is a 1099 commission-based role with no hourly pay.",
    "Earnings are 100% performance-based.",
    "工资全部来源于销售提成。",
  ]);
  clean("fraud.commission_only", ["工资全部按时足额发放。"]);
  flagged("off_platform_contact", ["Text 138 1234 5678 to apply."]);
  flagged("fraud.id_or_bank", ["You will receive a code on your phone; forward it to us to verify your identity."]);
  clean("fraud.id_or_bank", ["Verification codes are sent by our system; never forward them to anyone."]);
  flagged("fraud.no_interview", ["You're hired the moment you sign up."]);
  flagged("training_loan", ["Join our bootcamp now and repay the fee from your future salary."]);
  clean("training_loan", ["Repay reimbursements within 30 days per finance policy."]);
  flagged("discrimination.marital", ["Candidates must not plan to have children in the next three years."]);
  flagged("discrimination.school_tier", ["Graduates from top-50 Chinese universities only."]);
});

describe("anti-fraud notices and duties to guests name a scheme without running one", () => {
  function cleanEverywhere(cases: readonly string[]) {
    for (const text of cases) {
      it(`flags nothing: ${text}`, () => {
        expect(rules(text)).toEqual([]);
      });
    }
  }
  cleanEverywhere([
    "Beware of postings that say you'll be hired the moment you sign up.",
    "如遇要求缴纳押金、办理银行卡的，请立即举报。",
    "谨防诈骗：凡是要求先交钱、保证月入过万的都是骗子。",
    "酒店前台：为住客办理入住，收取押金。",
    "确保出国交流项目顺利进行（负责学生海外交流事务）。",
    "助理：协助经理处理护照、签证办理等出差事务。",
    "不用加班，周末双休，月薪7000-9000。",
  ]);
  flagged("fee", ["入职需交押金500元，离职时退还。", "入职需交押金500元，负责为客户提供售后服务。"]);
  flagged("fraud.no_interview", ["报名即上岗，无需面试。"]);
});

// ---------------------------------------------------------------------------
// Classes found in tests/corpus/former-blind-4.jsonl (branch vet-model2). New wordings again.
// ---------------------------------------------------------------------------

function salaryRules(title: string, min: number | undefined, max: number | undefined, description = "负责日常工作。") {
  return checkPosting({ title, description, requirements: null, salaryMin: min ?? null, salaryMax: max ?? null }).map(
    (f) => f.rule,
  );
}

describe("salary: pay floors per role family, and a scheme's band belongs to the scheme's flag", () => {
  it.each([
    ["前端开发工程师（杭州）", 1800, 2600],
    ["Python Developer", 2500, 3500],
    ["高级产品经理", 2500, 3000],
    ["Head of Marketing", 3000, 4500],
    ["运营总监", 2800, 3800],
  ])("flags a full-time %s paying %i–%i", (title, min, max) => {
    expect(salaryRules(title, min, max)).toContain("salary.implausible");
  });
  it.each([
    ["前端开发实习生", 2000, 3000],
    ["Part-time Python tutor (developer students)", 1500, 3000],
    ["行政文员", 3000, 3800],
    ["初级Java开发工程师", 5000, 7000],
    ["Senior Accountant", 9000, 14000],
  ])("leaves %s paying %i–%i alone", (title, min, max) => {
    expect(salaryRules(title, min, max)).not.toContain("salary.implausible");
  });
  it("flags full-time pay under the local minimum wage, not part-time or hourly work", () => {
    expect(salaryRules("仓库管理员", 1800, 2100, "工作地点：上海嘉定，全职坐班。")).toContain("salary.implausible");
    expect(salaryRules("Store Assistant", 1100, 1400, "Full-time, six days a week.")).toContain("salary.implausible");
    expect(salaryRules("仓库管理员", 1800, 2100, "工作地点：昆明，全职坐班。")).not.toContain("salary.implausible");
    expect(salaryRules("超市理货员", 1800, 2100, "上海门店，按小时计薪，每周排班三天。")).not.toContain(
      "salary.implausible",
    );
  });
  it("flags a licensed professional paid like a trainee", () => {
    expect(salaryRules("执业律师（深圳）", 2000, 3000)).toContain("salary.implausible");
  });
  it("flags survey filling that pays like a director", () => {
    expect(salaryRules("在线问卷调查员", 40000, 70000)).toContain("salary.implausible");
  });
  it("a commission-only posting's zero base and expected maximum are the commission flag, not a salary one", () => {
    const flags = salaryRules("汽车销售顾问", 0, 25000, "没有底薪，每卖出一台车提成1500元。");
    expect(flags).toContain("fraud.commission_only");
    expect(flags).not.toContain("salary.implausible");
    const open = salaryRules(
      "Recruitment Consultant",
      undefined,
      40000,
      "Pure commission: 25% of every placement fee you bill.",
    );
    expect(open).toContain("fraud.commission_only");
    expect(open).not.toContain("salary.missing");
  });
  it("a commission-only posting with no pay at all still misses its salary", () => {
    expect(salaryRules("汽车销售顾问", undefined, undefined, "没有底薪，每卖出一台车提成1500元。")).toContain(
      "salary.missing",
    );
  });
  it("a zero minimum without a commission statement is still implausible", () => {
    expect(salaryRules("仓库管理员", 0, 5000)).toContain("salary.implausible");
  });
});

describe("ID/bank: credentials, accounts in the applicant's name, identities lent", () => {
  flagged("fraud.id_or_bank", [
    "面试前请提供淘宝账号和登录密码，用于核实身份。",
    "Please give us your Taobao username and password so we can check your history.",
    "Text us the one-time verification code you receive during sign-up.",
    "上岗前须以本人名义开通两张银行卡，交由主管统一保管。",
    "We will open a payment account in your name for the shop; you just hand over the card.",
    "Lend us your spare SIM card for the first month.",
    "报名后先发身份证照片给客服核验。",
    "需要帮公司刷脸认证几个账号。",
  ]);
  clean("fraud.id_or_bank", [
    "负责客户账号和密码重置工单。",
    "Maintain the login and password reset flow of our mobile app.",
    "入职后提供本人名下银行卡用于工资发放。",
    "柜员：为客户办理开户、银行卡挂失等业务。",
  ]);
});

describe("discrimination: exclusion by 非 or 除…外, absence of faith, forms and euphemisms", () => {
  flagged("discrimination.ethnicity", ["除藏族、彝族以外都可以报名。", "要求：非少数民族考生。", "民族：汉"]);
  clean("discrimination.ethnicity", [
    "民族不限，非少数民族亦可。",
    "负责彝族村寨小学的支教项目。",
    "傣族餐厅招聘厨师，民族不限。",
  ]);
  flagged("discrimination.region", ["非四川籍", "The candidate should be born and raised in Sichuan."]);
  clean("discrimination.region", ["非本地户口亦可，公司协助办理居住证。"]);
  flagged("discrimination.religion", ["须无任何宗教信仰。", "Candidates must have no religious affiliation."]);
  clean("discrimination.religion", ["尊重员工宗教信仰，无宗教信仰要求。", "不限宗教信仰。"]);
  flagged("discrimination.race", [
    "We do not accept candidates of Asian descent for this role? No applicants of South Asian descent.",
  ]);
  flagged("discrimination.marital", ["有男朋友者勿扰。"]);
  flagged("discrimination.health", ["The site is not step-free and we are unable to accommodate wheelchair users."]);
  flagged("discrimination.school_tier", ["本科，自考、成教的不考虑。"]);
  clean("discrimination.school_tier", ["一所211高校招聘实验室管理员。", "接受非全日制学历。"]);
});

describe("fees: who pays whom", () => {
  flagged("fee", ["Pay 99 RMB first to reserve your interview slot.", "上岗前需交设备费300元（含工牌和系统账号）。"]);
  clean("fee", [
    "岗前体检费用由医院承担。",
    "健康证办理费用门店全额报销。",
    "We pay 180 RMB per shift, settled weekly.",
  ]);
  it("a training fee repaid from later wages is a training loan, not a second fee", () => {
    const flags = rules("培训费6000元从入职后前三个月的工资里扣回。");
    expect(flags).toContain("training_loan");
    expect(flags).not.toContain("fee");
  });
  it("a programme's price in a paid internship is the internship", () => {
    const flags = rules("Placement programme fee: RMB 12,000, which includes a signed internship certificate.", {
      title: "Guaranteed Investment Bank Internship",
      description: "We place you in a 2-month internship at a top bank.",
    });
    expect(flags).toContain("paid_internship");
    expect(flags).not.toContain("fee");
  });
});

describe("pyramid pay plans", () => {
  flagged("fraud.pyramid", [
    "奖励制度：见点奖、对碰奖，每月结算。",
    "You also earn overrides on whatever your recruits sell.",
    "Recruit your own team and take a percentage of their volume.",
  ]);
  clean("fraud.pyramid", ["Override approvals require the manager's sign-off.", "负责门店层层审批流程优化。"]);
});

describe("near misses: duties that name a scheme or a platform", () => {
  clean("hype", ["负责票据保管及预算编制。"]);
  clean("training_loan", ["负责反诈宣传，讲解培训贷的常见套路。", "协助甄别虚假招聘与培训贷信息。"]);
  clean("off_platform_contact", ["Develop integrations for Telegram and Slack."]);
  clean("discrimination.ethnicity", ["负责少数民族班学生的学业辅导。"]);
});

describe("a second round of new wordings for the former-blind-4 classes", () => {
  it.each([
    ["部门经理", 1500, 2000],
    ["主治医师", 2000, 3000],
    ["iOS Developer", 1500, 2500],
  ])("flags a full-time %s paying %i–%i", (title, min, max) => {
    expect(salaryRules(title, min, max)).toContain("salary.implausible");
  });
  it.each([
    ["客户经理", 2500, 2900],
    ["店长（县城门店）", 3000, 4500],
    ["会计", 3000, 4000],
  ])("leaves %s paying %i–%i alone", (title, min, max) => {
    expect(salaryRules(title, min, max)).not.toContain("salary.implausible");
  });
  flagged("fraud.id_or_bank", [
    "需用你本人身份注册营业执照，公司统一使用。",
    "出租闲置微信号，每天100元。",
    "用你的手机号帮公司注册账号，接收验证码后告诉我们。",
    "Open a new bank account under your name and give us the card.",
  ]);
  clean("fraud.id_or_bank", ["Open accounts for customers and verify their identity."]);
  flagged("fee", ["Buy your own uniform from us for RMB 260 before day one.", "入职前需缴纳电脑押金800元。"]);
  clean("fee", ["健康证费用由餐厅报销。", "We buy supplies from our store for RMB 5,000 a month."]);
  flagged("discrimination.religion", ["Applicants must not hold any religious beliefs.", "本人须为无神论者。"]);
  flagged("discrimination.health", ["We cannot employ people with HIV."]);
  flagged("discrimination.region", ["除新疆、西藏籍以外都可。", "非东北人。"]);
  clean("discrimination.school_tier", ["非985也欢迎。"]);
  flagged("fraud.pyramid", ["Build a downline of distributors and earn on every level below you."]);
});

describe("a third round: other rules in new words", () => {
  flagged("off_platform_contact", ["作品集请私发至个人QQ邮箱。"]);
  clean("off_platform_contact", ["请将简历发至我的邮箱，标题注明岗位。", "负责公司微信公众号和抖音账号的内容运营。"]);
  flagged("hype", ["手机就能做，一天轻松三五百。"]);
  clean("hype", ["仓库每天轻松完成两百件出库。"]);
  flagged("fraud.commission_only", ["You get paid only when the contract is signed; no draw or base."]);
  clean("fraud.commission_only", ["Base salary plus a bonus paid when each project closes."]);
});

describe("a fourth round: handing things over, put first or in English", () => {
  flagged("fraud.id_or_bank", [
    "把你的支付宝借给我们用一个月，每月给500元。",
    "用你的身份证帮公司办几张手机卡。",
    "We need remote access to your bank app to route client payments.",
    "Please hand over your passport to HR for safekeeping during employment.",
  ]);
  clean("fraud.id_or_bank", [
    "把工资卡交给财务登记。",
    "Passports are held by the visa centre for 5 days (visa agency duties).",
    "We deposit pay to your bank account monthly.",
  ]);
});

// ---------------------------------------------------------------------------
// Classes found in tests/corpus/former-blind-5.jsonl (branch vet6). New wordings, each with a near miss.
// ---------------------------------------------------------------------------

function posting(input: {
  title?: string;
  description?: string;
  requirements?: string | null;
  min?: number | null;
  max?: number | null;
}): PostingRuleId[] {
  return checkPosting({
    title: input.title ?? "岗位招聘",
    description: input.description ?? "负责日常工作。",
    requirements: input.requirements ?? null,
    salaryMin: input.min === undefined ? 6000 : input.min,
    salaryMax: input.max === undefined ? 9000 : input.max,
  }).map((f) => f.rule);
}

describe("a restriction set by law or by the part is not the employer's screen (LAWFUL_BASIS)", () => {
  it.each([
    ["监狱民警（女子监区）", "根据《监狱法》规定，本岗位负责女性服刑人员的监管，限女性报考。", "discrimination.gender"],
    ["Prison Officer", "Under the Prisons Act, officers on the female wing must be women.", "discrimination.gender"],
    ["影视群演", "饰演剧中的外婆，需女性演员，60岁左右。", "discrimination.gender"],
    ["Commercial Actor", "Casting for the role of a grandfather: male actor, 65 to 75.", "discrimination.gender"],
    ["乡镇事业单位岗位", "按照县人社局公开招聘简章，本岗位定向招聘本县户籍的退役士兵。", "discrimination.region"],
  ] as const)("leaves %s alone", (title, description, rule) => {
    expect(posting({ title, description })).not.toContain(rule);
  });
  it.each([
    ["仓库主管", "根据公司规定，本岗位仅限男性。", "discrimination.gender"],
    ["Warehouse Lead", "Due to company policy, only male applicants will be considered.", "discrimination.gender"],
    ["行政专员", "按照公司政策，限本地户籍。", "discrimination.region"],
    // A law that sets no such restriction, or 依法 about something else, is no basis.
    ["仓管", "公司依法为员工缴纳五险一金，限男性。", "discrimination.gender"],
    ["仓管", "按照《劳动合同法》签订合同，仅招男性。", "discrimination.gender"],
    ["Storekeeper", "Under the contract, only male applicants.", "discrimination.gender"],
    // Casting words count only when the title names a performer.
    ["客服专员", "限女性，饰演客服角色。", "discrimination.gender"],
  ] as const)("still flags %s when the reason is the employer's own", (title, description, rule) => {
    expect(posting({ title, description })).toContain(rule);
  });
});

describe("gender: a trade's name, a named initiative, the subject of a childbearing condition", () => {
  it("a trade's established name as the title is the job's name; a marker in the text is still a screen", () => {
    expect(posting({ title: "保洁阿姨（写字楼）" })).not.toContain("discrimination.gender");
    expect(posting({ requirements: "招两名保洁大姐，50岁以下。" })).toContain("discrimination.gender");
  });
  it("a programme for women is the work's subject, a requirement for women is not", () => {
    expect(posting({ title: "Coordinator, Women in STEM Mentoring Programme" })).not.toContain("discrimination.gender");
    expect(posting({ title: "Programme Coordinator", requirements: "Women only." })).toContain("discrimination.gender");
  });
  // (Was "the marital rule's" alone until branch vet-gm adopted the former-blind-12 convention for every set.)
  it("a gender naming whom a childbearing condition binds is a gender screen as well as a marital one", () => {
    const zh = posting({ requirements: "女员工须已婚已育。" });
    expect(zh).toContain("discrimination.marital");
    expect(zh).toContain("discrimination.gender");
    const en = posting({ requirements: "Female hires must be married." });
    expect(en).toContain("discrimination.marital");
    expect(en).toContain("discrimination.gender");
    // A separate gender item stays a gender screen.
    expect(posting({ requirements: "女，已婚已育。" })).toEqual(
      expect.arrayContaining(["discrimination.gender", "discrimination.marital"]),
    );
  });
});

// ---------------------------------------------------------------------------
// Marriage and childbearing screens that name women (branch vet-gm): the former-blind-12 convention, adopted for
// every set (tests/corpus/README.md, "Labels changed"). New wordings, none from any set.
// ---------------------------------------------------------------------------

const BOTH = ["discrimination.marital", "discrimination.gender"] as const;

describe("marital screens naming women: the sex named is a gender screen too", () => {
  it.each([
    "女同事入职后两年内不得怀孕。",
    "女性候选人需已婚已育，未育者勿投。",
    "应聘的女员工须签署三年内不要孩子的保证书。",
    "宝妈请勿投递，本岗需常驻外地。",
    "孩子已上小学的宝妈优先。",
    "Women applying for this role must not plan to have a baby within two years.",
    "Female candidates must already have children.",
    "Mothers of school-age children preferred.",
    "Lady applicants must be married.",
    "Female staff are expected to sign a pledge not to get pregnant during the first two years.",
  ])("flags marital and gender in the text: %s", (description) => {
    expect(posting({ description })).toEqual(expect.arrayContaining([...BOTH]));
  });
  it.each(["女同事入职后两年内不得怀孕。", "Female hires must already have a child."])(
    "flags marital and gender in the requirements: %s",
    (requirements) => {
      expect(posting({ requirements })).toEqual(expect.arrayContaining([...BOTH]));
    },
  );
  it("quotes the women and the condition and names the rule in both languages", () => {
    const flag = checkPosting({
      title: "出纳",
      description: "女性候选人需已婚已育，未育者勿投。",
      requirements: null,
      salaryMin: 6000,
      salaryMax: 8000,
    }).find((f) => f.rule === "discrimination.gender");
    expect(flag?.words).toBe("女性候选人需已婚已育");
    expect(flag?.message.zh).toMatch(/^性别歧视/u);
    expect(flag?.message.en).toMatch(/^Gender discrimination/u);
  });
});

describe("marital screens naming women: no sex, both parents, or women only as who can be pregnant is marital only", () => {
  it.each([
    "孕期员工暂不考虑。",
    "已婚已育者优先。",
    "应聘者须承诺两年内不生育。",
    "哺乳期的妈妈暂不考虑。",
    "宝妈宝爸优先，时间灵活。",
    "男女不限，已婚已育优先。",
    "公司女员工较多，已婚已育者优先。",
    "Candidates must not plan a pregnancy within two years.",
    "Married applicants preferred.",
    "Not open to pregnant women at this time.",
    "Moms and dads with kids at school preferred.",
  ])("flags marital, not gender: %s", (description) => {
    const flagged = posting({ description });
    expect(flagged).toContain("discrimination.marital");
    expect(flagged).not.toContain("discrimination.gender");
  });
});

describe("marital screens naming women: open to mothers and everyone is clean", () => {
  it.each([
    "宝妈友好，时间可调，男女不限。",
    "欢迎宝妈投递，婚育状况不限。",
    "女员工享受产假和哺乳假。",
    "Open to mothers, fathers and everyone else; flexible hours.",
    "Women returning from maternity leave are welcome.",
  ])("flags neither: %s", (description) => {
    const flagged = posting({ description });
    expect(flagged).not.toContain("discrimination.marital");
    expect(flagged).not.toContain("discrimination.gender");
  });
  it("a mother named as a title's audience is no screen of either kind", () => {
    const flagged = posting({ title: "宝妈居家兼职·在线客服", description: "时间灵活，男女不限，婚育状况不限。" });
    expect(flagged).not.toContain("discrimination.marital");
    expect(flagged).not.toContain("discrimination.gender");
  });
});

describe("discrimination: refusals before a list, nationality, demanded faith, children, test results", () => {
  flagged("discrimination.region", ["不收广西、云南籍。", "不招东北、河南人。"]);
  clean("discrimination.region", ["不限广西、云南籍，均可投递。", "外地员工提供宿舍。"]);
  flagged("discrimination.race", [
    "US citizens only.",
    "No foreign nationals, please.",
    "外籍人士勿扰。",
    "仅限中国籍。",
  ]);
  clean("discrimination.race", ["We sponsor work permits for foreign nationals.", "外籍人士可协助办理工作签证。"]);
  flagged("discrimination.religion", [
    "Staff are expected to attend weekly chapel services.",
    "Teachers must share the school's Christian faith.",
    "员工须每周参加主日礼拜。",
  ]);
  clean("discrimination.religion", ["We respect colleagues of every faith.", "公司尊重员工参加宗教活动的自由。"]);
  flagged("discrimination.marital", [
    "Candidates must not be planning to start a family soon.",
    "We are only seeking applicants with no small kids.",
    "优先考虑无小孩的求职者。",
  ]);
  clean("discrimination.marital", [
    "Paid parental leave for employees planning a family.",
    "有孩子的员工可申请弹性工作。",
  ]);
  flagged("discrimination.health", [
    "入职体检包括乙肝检测，阳性者一律不予聘用。",
    "A hepatitis B positive result will disqualify the candidate.",
  ]);
  clean("discrimination.health", [
    "HIV检测阳性的员工由公司协助就医，不影响录用。",
    "HIV-positive applicants are welcome; results never affect hiring.",
  ]);
  it("a condition's screening as the research topic is not a screen of applicants", () => {
    expect(posting({ description: "Research HIV testing rates among young adults in Yunnan." })).not.toContain(
      "discrimination.health",
    );
    expect(posting({ description: "研究乙肝疫苗接种率，撰写调查报告。" })).not.toContain("discrimination.health");
    expect(posting({ description: "All applicants undergo hepatitis B screening before the interview." })).toContain(
      "discrimination.health",
    );
  });
  it("a university's own unit in the title is the employer, a tier after 毕业 is a screen", () => {
    expect(posting({ title: "211大学附属医院护士" })).not.toContain("discrimination.school_tier");
    expect(posting({ title: "985高校学生处辅导员" })).not.toContain("discrimination.school_tier");
    expect(posting({ title: "行政职员", requirements: "211大学毕业。" })).toContain("discrimination.school_tier");
  });
});

describe("salary against the role's market level", () => {
  it.each([
    ["快递分拣员", null, 25000, 40000],
    ["Warehouse Packer", null, 22000, 35000],
    ["线上任务员", "有手机就行。", 18000, 45000],
    ["Online Reviewer", "Anyone with a phone.", 15000, 40000],
    ["电气工程师（全职）", null, 1500, 2000],
    ["Civil Engineer", null, 1800, 2400],
  ] as const)("flags %s (%s) paying %i–%i", (title, requirements, min, max) => {
    expect(posting({ title, requirements, min, max })).toContain("salary.implausible");
  });
  it.each([
    ["Packer", null, 6000, 9000],
    ["算法工程师", "熟悉Python即可。", 25000, 45000],
    ["助理工程师", null, 2500, 3500],
    ["周末促销员（兼职）", "每次4小时，时薪30元。", 600, 1200],
    ["Part-time Tutor", "Two evenings a week, hourly pay 60 CNY.", 700, 900],
    ["家教（初中物理）", "时薪50元，每周一次。", 300, 300],
  ] as const)("leaves %s (%s) paying %i–%i alone", (title, requirements, min, max) => {
    expect(posting({ title, requirements, min, max })).not.toContain("salary.implausible");
  });
  it("a full-time job still meets the minimum-wage test, and a rate typed into the monthly field is a wrong unit", () => {
    expect(posting({ title: "仓库管理员", min: 800, max: 1200 })).toContain("salary.implausible");
    expect(posting({ title: "家教（初中物理）", requirements: "时薪50元。", min: 50, max: 50 })).toContain(
      "salary.implausible",
    );
  });
  it("an hourly rate in the text of part-time work is stated pay; a full-time job's 面议 is not", () => {
    expect(posting({ title: "兼职陪练", requirements: "时薪50元，按次结算。", min: null, max: null })).not.toContain(
      "salary.missing",
    );
    expect(posting({ title: "行政助理", requirements: "薪资面议。", min: null, max: null })).toContain(
      "salary.missing",
    );
  });
});

describe("money: who pays whom, for what", () => {
  it("a membership fee that unlocks work is a fee; one that makes you an agent is a pyramid", () => {
    const zh = posting({ requirements: "缴纳299元会员费才能开通派单权限。" });
    expect(zh).toContain("fee");
    expect(zh).not.toContain("fraud.pyramid");
    const en = posting({ requirements: "Pay a membership fee of RMB 150 to unlock tasks." });
    expect(en).toContain("fee");
    expect(en).not.toContain("fraud.pyramid");
    expect(posting({ requirements: "缴纳会员费成为代理，发展下线有提成。" })).toContain("fraud.pyramid");
  });
  it("money handed to the employer's finance or HR is the applicant paying; collecting it is a duty", () => {
    expect(posting({ requirements: "制服费300元，入职当天交到人事处。" })).toContain("fee");
    expect(posting({ description: "负责收取学员学费并交给公司财务。" })).not.toContain("fee");
  });
  it("a counter's list of services is the job's business", () => {
    expect(posting({ description: "为客户办理挂失、缴费、转账等业务。" })).not.toContain("fee");
    expect(posting({ requirements: "报名需缴费200元。" })).toContain("fee");
  });
  flagged("training_loan", [
    "The course fee is financed through a personal loan.",
    "A loan will be taken out in your name for the bootcamp.",
    "学员可办理助学贷款支付培训费。",
  ]);
  it("administering instalments or student loans is a duty", () => {
    expect(posting({ description: "负责学员分期付款业务的办理与对账。" })).not.toContain("training_loan");
    expect(posting({ description: "负责国家助学贷款的审核与发放。" })).not.toContain("training_loan");
  });
  it("an internship sold by its title and a programme price elsewhere", () => {
    expect(posting({ title: "Summer Research Internship", requirements: "Programme fee: USD 3,000." })).toContain(
      "paid_internship",
    );
    const zh = posting({ title: "暑期科研实习", requirements: "项目费9800元，含推荐信。" });
    expect(zh).toContain("paid_internship");
    expect(zh).not.toContain("fee");
    const deposit = posting({ title: "新媒体实习", requirements: "实习押金500元，实习结束开具证明后退还。" });
    expect(deposit).toContain("paid_internship");
    expect(deposit).not.toContain("fee");
    expect(
      posting({ title: "软件开发实习生", requirements: "实习补贴150元/天。", min: 3000, max: 3300 }),
    ).not.toContain("paid_internship");
    expect(posting({ description: "公司为一家消费电子企业，实习生将参与新品发布。" })).not.toContain("paid_internship");
  });
});

describe("schemes and channels in other words", () => {
  flagged("fraud.pyramid", [
    "二级带三级，三级带四级，团队越做越大。",
    "间推同样有奖励。",
    "You earn on the purchases of everyone you sign up, and everyone they sign up.",
  ]);
  clean("fraud.pyramid", [
    "客服团队分为一级、二级两个小组。",
    "Earn a bonus for every friend you refer who gets hired.",
  ]);
  flagged("fraud.commission_only", ["只按回款金额算提成。"]);
  clean("fraud.commission_only", ["底薪5000，另按回款金额算提成。"]);
  flagged("hype", [
    "两周回本，稳稳的。",
    "半年回本，一年赚够首付。",
    "轻轻松松年薪30万。",
    "Earn real money from your phone.",
  ]);
  clean("hype", ["Work from your phone or laptop; tasks are sent by email.", "负责测算项目投资回本周期。"]);
  flagged("off_platform_contact", [
    "加我薇❷❽❼❶❻❺❸❹",
    "别在这儿留言，私聊我。",
    "下载XX招聘App后找客服报名。",
    "Download the Hirely app to apply.",
  ]);
  clean("off_platform_contact", [
    "负责公司App下载量的增长。",
    "Grow our WeChat & WhatsApp communities.",
    "Moderate our community on WeChat, Telegram and Discord.",
  ]);
  flagged("fraud.id_or_bank", [
    "Please upload your 身份证 photo before the interview.",
    "Hand over your passport at the interview.",
    "HR will hold your ID card until you leave.",
  ]);
  clean("fraud.id_or_bank", [
    "Bring your ID card on your first day after signing the contract.",
    "We keep your data safe.",
  ]);
});

describe("a second round of new wordings for the former-blind-5 classes", () => {
  it("a refusal to hire is not a promise to hire everyone", () => {
    const found = posting({ requirements: "We cannot hire anyone who is pregnant." });
    expect(found).toContain("discrimination.marital");
    expect(found).not.toContain("fraud.no_interview");
    expect(posting({ requirements: "We hire anyone who signs up today." })).toContain("fraud.no_interview");
  });
  flagged("fraud.pyramid", ["邀请好友下单，好友再邀请，你都有提成。"]);
  clean("fraud.pyramid", ["邀请好友来面试，入职满三个月发推荐奖金。"]);
  it("income that comes only from commissions is commission-only pay", () => {
    expect(
      posting({ requirements: "Income comes only from commissions on the policies you sell.", min: 0, max: 20000 }),
    ).toContain("fraud.commission_only");
    expect(
      posting({
        requirements: "Base pay RMB 5,000; income also comes from commissions on sales.",
        min: 5000,
        max: 20000,
      }),
    ).not.toContain("fraud.commission_only");
  });
  flagged("hype", ["Make 2,000 USD a week with just 1 hour a day!"]);
  clean("hype", ["Shifts are just 4 hours a day; pay is RMB 25 an hour."]);
  flagged("fraud.id_or_bank", ["You will receive a code by SMS; read it out to our recruiter on the phone."]);
  clean("fraud.id_or_bank", ["You will receive a login code by SMS to sign the contract online yourself."]);
});

describe("near misses from a round of clean job-board wordings (duties and base-plus-commission)", () => {
  it("telling candidates what to bring to the onboarding check-up is an HR duty", () => {
    expect(posting({ description: "负责安排面试，通知候选人携带身份证原件参加入职体检。" })).not.toContain(
      "fraud.id_or_bank",
    );
    expect(posting({ requirements: "面试时请携带身份证原件交由公司保管。" })).toContain("fraud.id_or_bank");
  });
  it("collecting franchise fees is finance work; paying one to become an agent is a scheme", () => {
    expect(posting({ description: "负责收取加盟商加盟费并开具发票。" })).not.toContain("fraud.pyramid");
    expect(posting({ requirements: "缴纳加盟费成为代理，发展下级有返利。" })).toContain("fraud.pyramid");
  });
  it("a commission scheme beside a stated base is base plus commission", () => {
    expect(posting({ description: "佣金制，底薪4000。", min: 4000, max: 15000 })).not.toContain(
      "fraud.commission_only",
    );
    expect(posting({ description: "佣金制，无底薪。", min: 0, max: 15000 })).toContain("fraud.commission_only");
  });
});

describe("the part-time and asks-nothing words stay narrow", () => {
  it("a full-time week or a daily routine is not part-time work", () => {
    expect(
      posting({
        title: "Warehouse Clerk",
        description: "Full-time, 8 hours a day, 40 hours a week.",
        min: 900,
        max: 1200,
      }),
    ).toContain("salary.implausible");
    expect(
      posting({ title: "Library Assistant", description: "About 12 hours a week on campus.", min: 900, max: 1100 }),
    ).not.toContain("salary.implausible");
  });
  it("a skill mentioning a phone is not asking for nothing", () => {
    expect(posting({ title: "Telesales", requirements: "Good phone manner.", min: 10000, max: 25000 })).not.toContain(
      "salary.implausible",
    );
    expect(posting({ title: "Online Tasker", requirements: "Just a phone.", min: 10000, max: 25000 })).toContain(
      "salary.implausible",
    );
  });
});

describe("region in English: holders and residents of a place, not the people the work serves", () => {
  flagged("discrimination.region", [
    "Hukou holders of Beijing only.",
    "Only residents of Shanghai will be considered.",
  ]);
  clean("discrimination.region", [
    "Experience serving residents of Shanghai.",
    "Experience serving people from Henan.",
  ]);
});

describe("the unskilled ceiling: a basic title that asks for a qualification is skilled work", () => {
  it("bilingual customer service is not held to the unskilled ceiling; task work that asks nothing is", () => {
    expect(posting({ title: "客服（日语）", requirements: "日语N1。", min: 12000, max: 22000 })).not.toContain(
      "salary.implausible",
    );
    expect(
      posting({ title: "Customer Service Representative", requirements: "Fluent Japanese.", min: 15000, max: 25000 }),
    ).not.toContain("salary.implausible");
    expect(posting({ title: "刷单客服", requirements: "有手机即可。", min: 9000, max: 26000 })).toContain(
      "salary.implausible",
    );
  });
  it("a qualification said to be unneeded asks for nothing", () => {
    expect(posting({ title: "内容创作者", requirements: "不限经验，有手就行。", min: 5000, max: 30000 })).toContain(
      "salary.implausible",
    );
    expect(
      posting({ title: "Content Writer", requirements: "No experience needed, anyone.", min: 5000, max: 30000 }),
    ).toContain("salary.implausible");
  });
});

// Classes found in tests/corpus/former-blind-6.jsonl (branch vet7). New wordings, each with a near miss.
describe("former-blind-6: a life transformed is a promise no job can keep (hype)", () => {
  flagged("hype", [
    "跟着师傅干，一夜走红不是梦。",
    "两年还清车贷，从此人生逆袭。",
    "入职半年实现阶层跨越。",
    "入行五年身价过亿。",
    "保你发财，不需要任何经验。",
    "Be a millionaire by 30 — wealth is guaranteed.",
    "Your pay will triple every year and there are no layoffs ever.",
  ]);
  clean("hype", [
    "为身价千万以上的高净值客户提供资产配置建议。",
    "协助客户制定提前还清房贷的方案。",
    "研究社会阶层跨越的影响因素（社会学课题组）。",
    "Success is not guaranteed; we coach you every week.",
    "Salary reviewed every year against the market.",
  ]);
});

describe("former-blind-6: the band carries the hype's figure when the role asks for nothing", () => {
  it("hype, no qualification and a minimum of 15,000 or more is implausible pay", () => {
    expect(
      posting({ title: "居家客服", requirements: "不看经验不看学历，躺着也能赚钱。", min: 18000, max: 25000 }),
    ).toEqual(expect.arrayContaining(["hype", "salary.implausible"]));
    expect(
      posting({ title: "Chat Host", requirements: "Become famous overnight! No experience.", min: 40000, max: 60000 }),
    ).toEqual(expect.arrayContaining(["hype", "salary.implausible"]));
  });
  it("the same band for a role that asks for a qualification, or without hype, is not", () => {
    expect(
      posting({ title: "算法工程师", requirements: "硕士，三年推荐系统经验。", min: 30000, max: 50000 }),
    ).not.toContain("salary.implausible");
    const skilled = posting({
      title: "Quant Analyst",
      requirements: "PhD in statistics and 3 years' experience. Financial freedom awaits!",
      min: 30000,
      max: 50000,
    });
    expect(skilled).toContain("hype");
    expect(skilled).not.toContain("salary.implausible");
  });
});

describe("former-blind-6: contact channels as a class, and the platform refused in any words", () => {
  flagged("off_platform_contact", [
    "飞书搜索 hr_wang88 加好友详聊。",
    "关注公众号“快乐兼职”并回复“上岗”即可领任务。",
    "qq同号，随时联系。",
    "薇❀：abc12345",
    "别在这儿投，直接找我。",
    "该平台不受理简历，请另行联系。",
    "Please don't apply via this platform; send your resume privately to jobs.li@gmail.com.",
    "Do not submit anything through this portal; email me directly at wang.hr@126.com.",
  ]);
  clean("off_platform_contact", [
    "负责公司公众号和飞书文档的日常运营。",
    "关注公众号了解更多校园活动。",
    "Send your CV to careers@acme-robotics.cn through the platform.",
    "Apply on this platform; we reply within three days.",
    "Questions? Email us at careers@acme-robotics.cn; applications go through this platform.",
  ]);
});

describe("former-blind-6: identity papers and bank access handed over", () => {
  flagged("fraud.id_or_bank", [
    "报到当天毕业证原件统一保管在行政部。",
    "护照原件由公司寄存至合同结束。",
    "Share your internet banking credentials so we can set up payroll.",
    "Open a new bank card at our partner bank and hand over the card to your team leader.",
  ]);
  clean("fraud.id_or_bank", [
    "入职时出示身份证原件核验后当场归还。",
    "身份证复印件留存人事档案。",
    "Open a bank account at any bank for your salary; HR needs only the account name.",
    "Onboard new hires: check ID copies and payroll bank details after they accept the offer.",
  ]);
});

describe("former-blind-6: no base pay in a question and answer, or in 'your own sales'", () => {
  it("flags commission-only pay however it is admitted", () => {
    expect(posting({ requirements: "底薪？不存在的。", min: 0, max: 12000 })).toContain("fraud.commission_only");
    expect(posting({ requirements: "全靠自己跑业务，多劳多得。", min: 0, max: 12000 })).toContain(
      "fraud.commission_only",
    );
    expect(
      posting({ requirements: "There is no base pay: your pay relies solely on your own sales.", min: 0, max: 12000 }),
    ).toContain("fraud.commission_only");
  });
  it("a base pay answered yes is not", () => {
    expect(posting({ requirements: "底薪？有的，4000起。", min: 4000, max: 9000 })).not.toContain(
      "fraud.commission_only",
    );
    expect(
      posting({ requirements: "Base pay RMB 6,000 plus commission on your own sales.", min: 6000, max: 12000 }),
    ).not.toContain("fraud.commission_only");
  });
});

describe("former-blind-6: recruits under you and a share of their pay (pyramid)", () => {
  flagged("fraud.pyramid", [
    "Sign up 3 new partners under you and earn a bonus on each.",
    "Take 15% of your team's commissions every month.",
    "Rise to Gold rank by sponsoring five members.",
  ]);
  clean("fraud.pyramid", [
    "You will recruit two engineers under you and mentor them.",
    "We sponsor work visas for international staff.",
  ]);
  it("a membership fee that unlocks tasks is a fee, not a scheme", () => {
    const found = posting({ requirements: "解锁派单权限前须交会员费99元。" });
    expect(found).toContain("fee");
    expect(found).not.toContain("fraud.pyramid");
  });
});

describe("former-blind-6: paying for the placement itself", () => {
  flagged("paid_internship", ["Pay for an offer: our VIP package costs RMB 9,800.", "付费保offer，名额有限。"]);
  clean("paid_internship", ["The programme ends with a full-time offer for those who pass; it is free."]);
});

describe("former-blind-6: English exclusions after a person noun", () => {
  flagged("discrimination.health", [
    "Hepatitis B carriers cannot be considered.",
    "Applicants on regular medication are asked not to apply.",
  ]);
  flagged("discrimination.race", ["Vietnamese or Filipino nationals will not be considered."]);
  flagged("discrimination.religion", ["People with religious beliefs are requested not to apply."]);
  flagged("discrimination.marital", ["Anyone planning a pregnancy need not apply."]);
  clean("discrimination.race", ["Chinese nationals need not apply for a work permit; we arrange it."]);
  clean("discrimination.health", ["Psychiatric nursing experience is an advantage."]);
});

describe("former-blind-6: lawful bases and places, not screens", () => {
  it("a law named without book-title marks, and a stage role type, set the attribute", () => {
    expect(posting({ title: "女子监区管教民警", requirements: "根据监狱法的规定，本职位限女性。" })).not.toContain(
      "discrimination.gender",
    );
    expect(posting({ title: "越剧演员", requirements: "本行当为女性角色，限女性。" })).not.toContain(
      "discrimination.gender",
    );
    expect(posting({ title: "客服专员", requirements: "根据公司规定，限女性。" })).toContain("discrimination.gender");
  });
  it("a building named for its residents, and a quota post for disabled people, are not screens", () => {
    expect(posting({ requirements: "负责男生宿舍楼夜间巡查。" })).not.toContain("discrimination.gender");
    expect(posting({ title: "残疾人专岗：档案整理员", requirements: "须持残疾人证。" })).not.toContain(
      "discrimination.health",
    );
    expect(posting({ requirements: "残疾人勿投。" })).toContain("discrimination.health");
  });
  it("a marital condition naming women is a marital flag only", () => {
    const found = posting({ requirements: "已婚女性须承诺两年内不生育。" });
    expect(found).toContain("discrimination.marital");
  });
});

describe("former-blind-6: money paid to the worker or deposited to them is not a fee", () => {
  clean("fee", ["讲课费200元/课时，按月结算。", "We deposit your salary on the 10th of each month."]);
  flagged("fee", ["报名须缴纳讲课费300元/次。", "A refundable deposit of RMB 500 is due at sign-up."]);
});

describe("former-blind-6: a lender's loan-review job is not a training loan", () => {
  it("reviews loans for a lender, and still flags a loan the applicant must take", () => {
    expect(posting({ title: "教育分期审核专员", description: "负责学费分期申请的资料审核与贷后回访。" })).not.toContain(
      "training_loan",
    );
    expect(posting({ requirements: "培训费可办理学费分期，入职后从工资扣还。" })).toContain("training_loan");
    expect(posting({ requirements: "学费分期审核通过即可上岗。" })).toContain("training_loan");
  });
});

describe("former-blind-7: evasive spellings are read as the word they stand for", () => {
  flagged("fraud.id_or_bank", [
    "面试请带好SFZ原件交公司保管",
    "先把 yhk 卡号发给我们登记",
    "入职前身-份-证原件交公司保管",
  ]);
  flagged("off_platform_contact", ["详情加 wei信 聊", "进企鹅裙 20240517 领任务", "有意者加🐧群"]);
  flagged("discrimination.gender", ["本岗只要小jie姐", "限 男 生，女 生 勿 扰"]);
  // Near misses: the same letters inside a longer word, a dotted name, and emoji that stand for no person.
  clean("fraud.id_or_bank", ["熟悉 sfzx 数据接口开发", "负责对接客户买买提·艾力的账务往来"]);
  clean("off_platform_contact", ["维护企鹅馆动物的日常饲养记录"]);
  clean("discrimination.gender", ["👧🏻👦🏻 欢迎带孩子来参加开放日"]);
  it("a flag on normalised text quotes the poster's original words", () => {
    const flags = checkPosting({
      title: "日结",
      description: "在家做。",
      requirements: "报名先发 sfz 给我们登记",
      salaryMin: 3000,
      salaryMax: 6000,
    });
    const flag = flags.find((f) => f.rule === "fraud.id_or_bank");
    expect(flag?.words).toContain("sfz");
    expect(flag?.words).not.toContain("身份证");
    expect(flag?.excerpt).toContain("报名先发 sfz");
    expect(flag?.message.zh).toMatch(/证件|银行卡/u);
    expect(flag?.message.en).toMatch(/ID|bank/u);
  });
});

describe("former-blind-7: pyramid buy-outs and levels gated by head counts", () => {
  flagged("fraud.pyramid", [
    "带五个会员进来就能回本",
    "直推 6 人升级为经理",
    "奖金不封顶，无限代收益",
    "Your earnings rise with the size of your team.",
    "Sign up people to sell under you and get a cut.",
  ]);
  clean("fraud.pyramid", [
    "推荐一位好友入职成功，奖励内推奖金500元",
    "The team grows as the company opens new stores.",
  ]);
});

describe("former-blind-7: interviews waived emphatically", () => {
  flagged("fraud.no_interview", ["人来了面也不用面，当天开工", "无面试，今天报名明天开工", "不面试、不筛选，谁都能做"]);
  clean("fraud.no_interview", ["无面试经验者可参加我们的模拟面试辅导", "面试通过后三个工作日内通知"]);
});

describe("former-blind-7: handing over the account-opening kit, a personal card, a password or originals", () => {
  flagged("fraud.id_or_bank", [
    "来的时候带齐手机号、身份证、一类卡",
    "需用你的个人银行卡帮老板走流水",
    "请把网银 password 告诉财务",
    "户口簿原件交人事保管至离职",
    "Hand over your ID card to the supervisor on day one.",
  ]);
  clean("fraud.id_or_bank", [
    "入职当天请携带身份证、银行卡和手机办理工资卡",
    "Hand over the keys to the night shift at 22:00.",
  ]);
});

describe("former-blind-7: no base said with other nouns, and pay only per unit of work", () => {
  flagged("fraud.commission_only", [
    "No wages; you earn a share of each policy sold.",
    "Zero base salary, bonuses on results.",
  ]);
  clean("fraud.commission_only", [
    "Base salary plus a bonus paid per sale.",
    "No salary negotiation after the offer is signed.",
  ]);
});

describe("former-blind-7: a piece, lesson or hourly rate written in the text is stated pay", () => {
  it("does not ask for a monthly salary when the text states a rate, and still does when it states none", () => {
    const text = (requirements: string) =>
      checkPosting({
        title: "Online tutor 线上陪练",
        description: "线上授课。",
        requirements,
        salaryMin: null,
        salaryMax: null,
      }).map((f) => f.rule);
    expect(text("每课时 ¥90，月底结算")).not.toContain("salary.missing");
    expect(text("RMB 120/lesson, paid weekly.")).not.toContain("salary.missing");
    expect(text("待遇面议，按周结算")).toContain("salary.missing");
    expect(text("Pay to be discussed at interview.")).toContain("salary.missing");
  });
});

// Sixth round: classes read from former-blind-8's misses and false flags. Every wording below is new.

describe("former-blind-8: a per-unit rate with decimals, a range or a length states pay", () => {
  const missing = (title: string, description: string) =>
    posting({ title, description, min: null, max: null }).includes("salary.missing");
  it("does not ask for a monthly salary when the text prices each unit of work", () => {
    expect(missing("问卷录入（兼职）", "每份问卷1.5元，按周结算。")).toBe(false);
    expect(missing("配送员（众包）", "按单结算，每单6-10元。")).toBe(false);
    expect(missing("校对员", "每校对50页15元，次日到账。")).toBe(false);
    expect(missing("Voice-over artist", "RMB 30 per 10-minute clip, settled monthly.")).toBe(false);
    expect(missing("Flyer promoter (weekend)", "RMB 180 per day, Saturday and Sunday only.")).toBe(false);
    expect(missing("展会礼仪（日结）", "日结300元，包午餐。")).toBe(false);
  });
  it("still asks when nothing is priced per unit, or the figure is an allowance of full-time work", () => {
    expect(missing("仓库管理员", "按单计费，多劳多得。")).toBe(true);
    expect(missing("行政专员", "每天餐补30元，工资面议。")).toBe(true);
    expect(missing("Office assistant", "Pay depends on the number of orders handled.")).toBe(true);
    // A price per copy is what the applicant pays, not pay.
    expect(missing("实习证明代办", "盖章证明，300元/份。")).toBe(true);
  });
});

describe("former-blind-8: ID or bank details after onboarding, across joined clauses, and for settlement", () => {
  clean("fraud.id_or_bank", [
    "报到后请登记工资卡号，同时在人事系统上传身份证扫描件。",
    "注册骑手账号时绑定本人银行卡用于提现结算。",
    "面试时出示身份证原件供登记，核验后当场归还。",
  ]);
  flagged("fraud.id_or_bank", [
    "报名时先上传身份证扫描件和银行卡号。",
    "面试时身份证原件交公司保管，转正后归还。",
    "Send us your mobile-banking login so we can verify your account.",
  ]);
});

describe("former-blind-8: money the job or the employer hands out is not a charge", () => {
  it("a referral programme that pays staff is not a paid internship", () => {
    expect(
      posting({ requirements: "Our referral scheme gives existing staff RMB 2,000 per successful hire." }),
    ).not.toContain("paid_internship");
    expect(
      posting({
        title: "Marketing Intern",
        requirements: "Interns earn RMB 150 per day; refer a friend and we pay a bonus.",
      }),
    ).not.toContain("paid_internship");
  });
  it("a school's student-aid duty and a paid-course sales role are not training loans", () => {
    expect(posting({ title: "资助中心干事", description: "指导学生申请生源地助学贷款，整理档案。" })).not.toContain(
      "training_loan",
    );
    expect(posting({ title: "付费课程销售", description: "向家长介绍课程，底薪+提成。" })).not.toContain(
      "training_loan",
    );
    expect(posting({ requirements: "学员可办理助学贷款支付培训费，入职后分期还款。" })).toContain("training_loan");
  });
  it("an English refusal to charge reaches every fee in its clause", () => {
    expect(
      posting({ requirements: "We never ask applicants for a uniform fee, a deposit or a medical charge." }),
    ).not.toContain("fee");
    expect(posting({ requirements: "We do not charge a fee, but a RMB 300 deposit is due at sign-up." })).toContain(
      "fee",
    );
  });
});

describe("former-blind-8: commission only, said in English or mixed", () => {
  flagged("fraud.commission_only", [
    "Pay is commission-based only, with no draw or base.",
    "纯 commission，每单抽 20%。",
    "Compensation: no base, commission on every closed deal.",
  ]);
  clean("fraud.commission_only", [
    "Base salary RMB 6,000 plus commission-based bonuses.",
    "No base camp experience needed.",
  ]);
});

describe("former-blind-8: hype without a figure", () => {
  flagged("hype", [
    "Get rich quickly with our simple app!",
    "Unlimited earnings for anyone with a phone.",
    "Six figures within your first few weeks.",
    "一天赚几千，不是梦。",
    "抓住暴富的机会，不来后悔。",
  ]);
  clean("hype", ["警惕暴富陷阱：本单位从不收取任何费用。", "Competitive salary and annual bonus."]);
});

describe("former-blind-8: pyramid income from recruits' payments, and buy-ins to become a partner", () => {
  flagged("fraud.pyramid", [
    "Your bonus is paid from the joining fees of the friends you invite.",
    "Keep 15% of each new recruit's deposit.",
    "Buy RMB 5,000 of stock to become an associate, then recruit new associates.",
    "奖励来源于你推荐的会员缴纳的入会费。",
    "带出自己的团队，升级为省代。",
  ]);
  clean("fraud.pyramid", [
    "New hires buy a headset kit (RMB 300) before training.",
    "负责统计新会员的入会费并开具发票。",
  ]);
  it("the recruits' payments are the pyramid's money, not a fee on the applicant", () => {
    const found = posting({ requirements: "Your bonus is paid from the joining fees of the friends you invite." });
    expect(found).toContain("fraud.pyramid");
    expect(found).not.toContain("fee");
  });
});

describe("former-blind-8: fees under other names and other payers' words", () => {
  flagged("fee", [
    "工牌制作费用120元由本人转入公司指定账户。",
    "入职体检共计200元，由应聘者自付给体检中介。",
    "Trainees must purchase the safety boots (RMB 260) before the first shift.",
    "Application fee: RMB 99, charged to process your registration.",
    "注册前先交会员费39元激活接单账号。",
  ]);
  clean("fee", ["负责处理客户的报名费退款，核对账户流水。", "The company pays RMB 260 for your safety boots."]);
});

describe("former-blind-8: a paid placement sold as a seat, a package or a guaranteed offer", () => {
  flagged("paid_internship", [
    "Interns pay RMB 2,000 to reserve their desk for the summer.",
    "The gold package (RMB 6,800) guarantees you a consulting offer.",
    "Pay RMB 9,000 for the bootcamp; completion guarantees a trading internship.",
  ]);
  clean("paid_internship", [
    "Our programme guarantees every intern a mentor and a monthly stipend.",
    "Interns receive RMB 180 per day and lunch.",
  ]);
});

describe("former-blind-8: training the applicant pays for, then a placement", () => {
  flagged("training_loan", ["需自费报读公司指定课程（8800元），考核通过后推荐上岗。", "学费自付，学完包工作。"]);
  clean("training_loan", ["公司出资安排岗前培训，培训结束后安排上岗。"]);
});

describe("former-blind-8: discrimination words and markers the lexicons lacked", () => {
  flagged("discrimination.race", [
    "Clients want a foreign face at the front desk; must have one.",
    "Only blonde models for this shoot.",
  ]);
  clean("discrimination.race", ["Colourist: experience with blonde toning and balayage preferred."]);
  flagged("discrimination.ethnicity", ["Ethnic Malays only for this role.", "不招西藏少数民族员工。"]);
  flagged("discrimination.school_tier", ["Graduates of non-key universities need not apply."]);
  clean("discrimination.school_tier", [
    "We recruit from key universities and all other universities alike — all welcome.",
  ]);
  flagged("discrimination.region", ["Only applicants registered in Sichuan will be interviewed."]);
  clean("discrimination.region", ["Our company is registered in Shanghai and hires nationwide."]);
  flagged("discrimination.marital", ["已成家者优先。", "结婚生子的优先录用。"]);
  it("a law before a comma sets the attribute for the posting", () => {
    expect(
      posting({ title: "女子看守所民警", requirements: "依据看守所条例，女性在押人员由女民警管理，本岗限女性。" }),
    ).not.toContain("discrimination.gender");
    expect(posting({ title: "女子监区民警", requirements: "依照人民警察法，本岗位限女性。" })).not.toContain(
      "discrimination.gender",
    );
    expect(posting({ title: "前台", requirements: "依据公司法，限女性。" })).toContain("discrimination.gender");
  });
});

describe("former-blind-8: work or hiring moved into a group chat", () => {
  flagged("off_platform_contact", [
    "Receive orders in our WhatsApp group after you sign up.",
    "Join our Telegram channel for onboarding instructions.",
  ]);
  clean("off_platform_contact", ["Moderate our Telegram group and grow the community."]);
});

// Seventh round: classes read from former-blind-9's misses and false flags. Every wording below is new.

describe("former-blind-9: income promised as a floor, a multiple, a norm or money for clicks (hype)", () => {
  flagged("hype", [
    "新人保底月收入1.5万，上不封顶。",
    "公司承诺每个月到手不低于2万。",
    "保证转正后工资翻一番。",
    "干满三个月，月入四五万很常见。",
    "跟着师傅干，包你赚到钱。",
    "转发评论就能挣钱，一条5元。",
    "Make RMB 800 a day from home with no experience.",
    "Our reps triple their income within a quarter.",
  ]);
  clean("hype", [
    "保底工资4000元，另有绩效奖金。",
    "年终奖视业绩发放，去年平均两个月工资。",
    "负责公众号内容，关注数据并每周复盘。",
    "Help clients double their conversion rate with A/B tests.",
  ]);
});

describe("former-blind-9: hired by a system, on a message, or with the interview said not to exist", () => {
  flagged("fraud.no_interview", [
    "提交简历后由系统自动录取，当天发offer。",
    "本岗位没有任何笔试，报名就发通知。",
    "不需要跟主管见面，直接签约。",
    "Interviews are not required: you start on Monday.",
    "You'll be hired as soon as you text us your name.",
    "Placement without a single interview.",
  ]);
  clean("fraud.no_interview", [
    "面试通过后系统自动发送录用邮件。",
    "Interview tips: prepare two stories about teamwork.",
    "Candidates shortlisted will be invited to an interview with the team lead.",
  ]);
});

describe("former-blind-9: recruits buying a rank, rebates for recruiting, and pay out of recruits' fees (pyramid)", () => {
  flagged("fraud.pyramid", [
    "推荐5个朋友注册即可晋升为店长。",
    "拉新人入会就能拿奖励，多拉多得。",
    "团队越大提成越多，下线的业绩也算你的。",
    "Become a distributor by purchasing a starter bundle, then grow your own network of agents.",
    "Your role is paid solely from the deposits of the members you recruit.",
  ]);
  clean("fraud.pyramid", [
    "推荐朋友入职满三个月，奖励1000元。",
    "负责加盟费退还审核与台账登记。",
    "Grow our partner network of logistics carriers across the region.",
  ]);
});

describe("former-blind-9: fees the employer collects, fees to unlock a system, and fees beside a scheme", () => {
  flagged("fee", ["报到前须自费购买工作鞋，费用由公司统一收取。", "开通员工APP需缴纳认证费88元。"]);
  clean("fee", [
    "意外保险费用由公司承担。",
    "负责维护收费系统，需缴纳的物业费由业主承担。",
    "Review flagged listings that ask job seekers for deposits or promise fake jobs.",
  ]);
  it("a fee in a sentence of its own is flagged beside a pyramid or a paid internship elsewhere", () => {
    expect(posting({ description: "入职需交资料费120元。\n你发展的下线再发展下线，你都有提成。" })).toEqual(
      expect.arrayContaining(["fee", "fraud.pyramid"]),
    );
    expect(
      posting({ description: "名企实习内推，服务费6000元。\nPlease also pay a badge fee of RMB 150 before day one." }),
    ).toEqual(expect.arrayContaining(["fee", "paid_internship"]));
  });
});

describe("former-blind-9: training paid back after starting work, loans for a course, instalments", () => {
  flagged("training_loan", [
    "学习期间不交钱，入职以后再每月把学费补上。",
    "Trainees sign a course loan agreement covering the bootcamp before placement.",
    "The training fee can be split into 12 monthly payments before you are placed with a client.",
  ]);
  clean("training_loan", ["入职以后再交体检报告即可。", "Handle loan agreements for our corporate clients."]);
});

describe("former-blind-9: a charge named after the internship (paid internship)", () => {
  flagged("paid_internship", ["实习期间每月收取实习指导费300元。", "An internship admin fee of RMB 900 applies."]);
  clean("paid_internship", ["实习期间每月发放实习补贴3000元。"]);
});

describe("former-blind-9: documents sent in a list to a person, accounts in the applicant's name handed over", () => {
  flagged("fraud.id_or_bank", [
    "请把身份证和银行卡照片一起发给人事。",
    "用你的身份证件注册两个收款账号，交公司统一运营。",
    "Please send a passport copy to the recruiter before the call.",
  ]);
  clean("fraud.id_or_bank", [
    "面试时请带好身份证，用于门岗访客登记。",
    "Bring your ID card to sign in at the front gate.",
  ]);
});

describe("former-blind-9: the platform said to be unread, another app for talking, and promises never to move", () => {
  flagged("off_platform_contact", [
    "站内私信一律不回，wx详聊：job_li2026。",
    "该网站仅作发布，请安装“快联”软件和招聘官交流。",
  ]);
  clean("off_platform_contact", [
    "We will never ask you to add a recruiter on WeChat or QQ; apply here.",
    "我们绝不会要求你添加微信，一切沟通在平台内完成。",
  ]);
});

describe("former-blind-9: discrimination words and markers the lexicons lacked", () => {
  flagged("discrimination.region", ["Local人优先，non-local不考虑。"]);
  flagged("discrimination.ethnicity", ["少民勿扰。"]);
  clean("discrimination.ethnicity", ["有效减少民事纠纷。"]);
  flagged("discrimination.religion", ["本单位不招收有宗教信仰者。"]);
  flagged("discrimination.marital", ["最好已经结婚。"]);
  clean("discrimination.marital", ["最好有两年以上经验。"]);
  flagged("discrimination.health", ["有过抑郁症病史的人员不要投递。"]);
  flagged("discrimination.race", ["The clients expect a white teacher for this class."]);
  clean("discrimination.race", ["Our clients expect punctual, well-prepared teachers."]);
});

describe("former-blind-9: base pay with commission on top is not commission only", () => {
  clean("fraud.commission_only", ["纯底薪加季度提成，底薪6500元。"]);
  flagged("fraud.commission_only", ["纯业绩提成，多劳多得。"]);
});

describe("former-blind-9: pay written in the text with a colon or 'from', and entry-level titles paid like executives", () => {
  const missing = (description: string) =>
    posting({ title: "Operations Analyst", description, min: null, max: null }).includes("salary.missing");
  it("pay stated in the description is stated", () => {
    expect(missing("Salary: RMB 11,000-14,000 a month.")).toBe(false);
    expect(missing("薪资：9k-13k，年终奖另计。")).toBe(false);
    expect(missing("Monthly salary starting at RMB 7,500.")).toBe(false);
  });
  it("a pay word without an amount still asks", () => {
    expect(missing("Salary: negotiable.")).toBe(true);
    expect(missing("薪资：面议。")).toBe(true);
  });
  it("an entry-level title with an executive's pay is implausible, an executive assistant is not entry level", () => {
    expect(posting({ title: "Lab Technician", min: 60000, max: 80000 })).toContain("salary.implausible");
    expect(posting({ title: "咖啡师", min: 30000, max: 40000 })).toContain("salary.implausible");
    expect(posting({ title: "Executive Assistant to the CEO", min: 15000, max: 22000 })).not.toContain(
      "salary.implausible",
    );
    expect(posting({ title: "Marketing Assistant", min: 7000, max: 9000 })).not.toContain("salary.implausible");
  });
});

describe("former-blind-9: the same classes said in English", () => {
  flagged("hype", ["Everyone is guaranteed a minimum income of RMB 30,000 a month."]);
  flagged("fraud.no_interview", ["An offer letter is issued automatically once you register."]);
  clean("fraud.no_interview", ["Offer letters are issued automatically after the final interview."]);
  flagged("fraud.pyramid", ["发展满20名会员即可升为区域经理，享受团队分红。"]);
  clean("fraud.pyramid", ["Process refund requests for members and reconcile the membership fee ledger."]);
  flagged("fee", [
    "A one-time platform activation charge of 150 yuan is required before training.",
    "Uniform: RMB 300, paid by the new hire on day one.",
  ]);
  clean("fee", [
    "The company pays the platform activation charge for every new rider.",
    "Uniform: RMB 300, paid by the company.",
  ]);
});

describe("former-blind-9: near misses of the new classes", () => {
  clean("hype", ["负责门店运营，保持营业收入翻倍增长。"]);
  clean("training_loan", ["入职以后再交毕业证复印件。"]);
  flagged("training_loan", ["上岗后再付培训费。"]);
  clean("fraud.pyramid", ["下线产品的库存清点与流水核对。"]);
});

// ---------------------------------------------------------------------------
// Classes from tests/corpus/former-blind-10.jsonl and former-blind-11.jsonl, fraud, fee, hype and salary
// rules (branch vet-fraud). New wordings, each class with near misses that must stay clean.
// ---------------------------------------------------------------------------

describe("former-blind-10/11: pay written in the text in any word order states the pay", () => {
  const fieldsEmpty = (description: string, title = "行政专员") =>
    posting({ title, description, min: null, max: null });
  it("a pay word with qualifiers before the figure is stated pay", () => {
    for (const text of [
      "薪酬范围：税后8k-11k，双休。",
      "Compensation: RMB 9,500 to 12,000 per month.",
      "年薪 24万-30万，13薪。",
      "Base pay of RMB 6,800 a month, paid on the 5th.",
      "工资：每月7500元，包午餐。",
    ])
      expect(fieldsEmpty(text)).not.toContain("salary.missing");
  });
  it("a rate per event, shift or trip states part-time pay", () => {
    expect(fieldsEmpty("周末活动执行，每场180元。", "活动执行（兼职）")).not.toContain("salary.missing");
    expect(fieldsEmpty("夜班看护，每班150元。", "陪护（兼职）")).not.toContain("salary.missing");
    expect(fieldsEmpty("城际送货，每趟260元。", "送货司机（兼职）")).not.toContain("salary.missing");
  });
  it("a pay word without an amount, a pay date or a share of the pay still asks for the pay", () => {
    expect(fieldsEmpty("工资每月15号发放，五险一金。")).toContain("salary.missing");
    expect(fieldsEmpty("薪资面议，工作满3年可调薪。")).toContain("salary.missing");
    expect(fieldsEmpty("Salary depends on experience; we pay within 3 days of month end.")).toContain("salary.missing");
    expect(fieldsEmpty("需预交工资的20%作为押金。")).toContain("salary.missing");
  });
  it("a figure in the text far out of line for the role is implausible when the fields are empty", () => {
    expect(fieldsEmpty("全职坐班，月薪：每月600元。", "会计")).toContain("salary.implausible");
    expect(fieldsEmpty("薪资范围 2k-60k，看能力。", "行政专员")).toContain("salary.implausible");
    expect(
      fieldsEmpty("Monthly pay: RMB 95,000-120,000 for this entry-level role.", "Marketing Coordinator"),
    ).toContain("salary.implausible");
    expect(fieldsEmpty("住家，月薪4万起。", "住家保姆")).toContain("salary.implausible");
  });
  it("a plausible figure in the text, or a yearly bonus after a monthly figure, is not implausible", () => {
    expect(fieldsEmpty("月薪：9000-12000元，双休。", "会计")).not.toContain("salary.implausible");
    expect(fieldsEmpty("Monthly salary RMB 12,000-16,000 plus annual bonus.", "Business Analyst")).not.toContain(
      "salary.implausible",
    );
    expect(fieldsEmpty("年薪18万-24万，按月发放。", "结构工程师")).not.toContain("salary.implausible");
    expect(fieldsEmpty("月薪7000-9000元。", "育婴师")).not.toContain("salary.implausible");
  });
});

describe("former-blind-10/11: a bare pay verb and an amount before a fee's name (fee)", () => {
  flaggedInDescription("fee", ["交150元建档费后才能上岗。", "面试前付三百元押金。", "转500元保证金到主管账户。"]);
  cleanInDescription("fee", [
    "公司为每位新员工交300元意外险费用。",
    "负责为住客交200元押金办理入住。",
    "无需交200元押金。",
  ]);
});

describe("former-blind-10/11: money to open the means of work (fee)", () => {
  flaggedInDescription("fee", [
    "先充值88元开通派单权限。",
    "需要购买299元会员卡才能激活工号。",
    "激活接单账号需先充值100元。",
    "Top up RMB 99 to activate your order account.",
  ]);
  cleanInDescription("fee", ["协助会员充值100元开通VIP。", "公司免费为骑手开通接单账号。"]);
});

describe("former-blind-10/11: goods issued and taken back from the wages (fee)", () => {
  flaggedInDescription("fee", [
    "入职领取工装两套，每套80元从首月工资中扣除。",
    "工具包按成本价从第一个月薪资里扣。",
    "胸牌和工牌费用60元，从当月工资直接扣。",
  ]);
  cleanInDescription("fee", ["工服免费发放，不从工资中扣除。", "社保个人部分从工资中代扣。"]);
});

describe("former-blind-10/11: goods the applicant must buy, with a price (fee)", () => {
  flaggedInDescription("fee", [
    "上岗前须自购工作手机（指定型号，1299元）。",
    "Drivers must buy the branded jacket and cap set (RMB 260) before the first shift.",
    "All promoters have to purchase a demo kit, 399 yuan, on day one.",
  ]);
  cleanInDescription("fee", [
    "顾客需购买满199元方可参加活动。",
    "Customers must pay RMB 50 for delivery.",
    "需自备电脑一台。",
  ]);
});

describe("former-blind-10/11: several fee names before one amount, in English (fee)", () => {
  flaggedInDescription("fee", [
    "Application and screening fee: RMB 150, payable before the interview.",
    "Training & uniform charges: RMB 480.",
    "Registration and background-check fee RMB 200.",
  ]);
  cleanInDescription("fee", [
    "Registration and onboarding are free of charge.",
    "Process application and screening fees for our clients' tenants.",
  ]);
});

describe("former-blind-10/11: money the applicant advances for a refund (fee)", () => {
  flaggedInDescription("fee", [
    "需先垫付货款，确认收货后返还本金和佣金。",
    "自己先垫钱下单，完成后返佣金。",
    "Pay for the goods yourself first, the money is refunded within an hour plus a 5% commission.",
  ]);
  cleanInDescription("fee", [
    "公司先行垫付差旅费，凭票报销。",
    "Finance advances travel costs to staff and reconciles refunds.",
  ]);
});

describe("former-blind-10/11: a fee word naming a document the job keeps is a duty (fee)", () => {
  cleanInDescription("fee", ["负责学费收缴，编制收费报表。", "整理缴费明细并归档。"]);
  flaggedInDescription("fee", ["报名需缴费300元。", "报名时交资料费80元。", "入职需交押金500元。"]);
});

describe("former-blind-10/11: the training fee recovered from wages, in either order (training loan)", () => {
  flaggedInDescription("training_loan", [
    "培训费6800元，上岗后从工资中按月扣除。",
    "学员工资每月扣800元抵学费。",
    "课程费用从以后的薪水里逐月扣回。",
  ]);
  cleanInDescription("training_loan", ["培训免费，不从工资中扣除任何费用。", "负责核算员工工资中扣除的社保。"]);
});

describe("former-blind-10/11: training-loan near misses: a zero ending a larger amount, filed contracts, loan jobs", () => {
  cleanInDescription("training_loan", [
    "公司每年提供5000元学习津贴。",
    "交300元报名费后安排面试。",
    "负责分期付款合同的归档与扫描。",
    "向来访的家长讲解学费分期政策。",
  ]);
  it("a loan product in the job's title is the job", () => {
    expect(posting({ title: "消费贷款专员", description: "负责贷款业务受理与贷后回访。" })).not.toContain(
      "training_loan",
    );
    expect(posting({ title: "国家助学贷款经理", description: "负责高校助学贷款项目对接。" })).not.toContain(
      "training_loan",
    );
  });
  flaggedInDescription("training_loan", ["0元学习，入职后分期还款。", "学员需签订分期付款合同，培训结束后还款。"]);
  it("a zero ending a larger amount no longer hides the fee it stood in front of", () => {
    expect(inDescription("交300元报名费后安排面试。")).toContain("fee");
  });
});

describe("former-blind-10/11: money for a referral, and money back if no offer (paid internship)", () => {
  flaggedInDescription("paid_internship", [
    "付钱内推，三天出结果。",
    "花钱进面，包过初筛。",
    "内推不成功全额退款。",
    "拿不到offer全额退款。",
    "Full refund if you don't get an offer.",
    "No offer, money back.",
  ]);
  cleanInDescription("paid_internship", [
    "负责处理未入职学员的退费申请。",
    "Refunds are processed within 7 days if you cancel your booking.",
  ]);
});

describe("former-blind-10/11: an offer sold as a package or paid for once it comes (paid internship)", () => {
  flaggedInDescription("paid_internship", [
    "求职陪跑+包offer，名额有限。",
    "保offer服务，一对一辅导。",
    "拿到offer后再付8000元服务费。",
    "A success fee of RMB 5,000 is payable once you receive the offer.",
  ]);
  cleanInDescription("paid_internship", [
    "我们从不出售保offer套餐。",
    "帮助学生拿offer是我们的使命。",
    "客户签约后先付一半定金，负责跟进回款。",
    "Our recruiters earn a success fee from client companies.",
  ]);
});

describe("former-blind-10/11: internship certificates sold, and a charge beside an intern's stipend (paid internship)", () => {
  flaggedInDescription("paid_internship", [
    "可代开实习证明，两天出件。",
    "实习盖章代办。",
    "实习证明 300 一份，真实有效。",
    "暑期实习，需交岗位对接费600元，每天补贴100元。",
  ]);
  cleanInDescription("paid_internship", [
    "实习结束后由公司出具实习证明。",
    "负责为实习生开具实习证明。",
    "实习期间需自付住宿费，每天补贴150元。",
    "实习无需缴纳任何费用，每天补贴150元。",
  ]);
});

describe("former-blind-10/11: paying, then being placed; a programme's price; employee referral schemes (paid internship)", () => {
  flaggedInDescription("paid_internship", ["付款后由顾问推荐进入券商实习。", "交钱之后安排内推。", "缴费后保送面试。"]);
  cleanInDescription("paid_internship", [
    "面试通过后安排实习。",
    "缴费后安排宿舍。",
    "Employee referral scheme: colleagues receive RMB 3,000 per successful hire.",
    "Staff earn a bonus for every referral who passes probation.",
  ]);
  it("a programme's price written as 费用 under an internship title is the internship sold", () => {
    expect(posting({ title: "线上实习项目", description: "项目费用3800元/人，结束后出具证明。" })).toContain(
      "paid_internship",
    );
    expect(posting({ title: "实习生", description: "项目费用由公司承担，另有餐补。" })).not.toContain(
      "paid_internship",
    );
  });
});

describe("former-blind-10/11: payback or doubling in an ordinal period, windfall words (hype)", () => {
  flaggedInDescription("hype", ["首月即可回本。", "第二个月就翻倍。", "暴利项目，名额有限。"]);
  cleanInDescription("hype", ["协助财务核算首月回款。", "打击暴利行为，维护市场秩序。", "第一个月熟悉业务。"]);
});

describe("former-blind-10/11: a turnaround for ordinary people, the only chance, effort multiplied (hype)", () => {
  flaggedInDescription("hype", [
    "宝妈翻身的好机会。",
    "草根逆袭，就在此刻。",
    "最后的翻身机会，错过不再。",
    "干一年顶别人干十年。",
    "三天抵普通人一个月。",
  ]);
  cleanInDescription("hype", [
    "负责讲述草根创业者逆袭故事的纪录片剪辑。",
    "帮助农村娃走出大山的公益项目。",
    "一年顶岗实习，表现优秀可留用。",
  ]);
});

describe("former-blind-10/11: a big figure as only the start, pay for slacking, doubling and early retirement (hype)", () => {
  flaggedInDescription("hype", [
    "月薪三万只是起步。",
    "上班摸鱼也能月入过万。",
    "跟着我们干，让你收入翻倍。",
    "两年即可提前退休。",
  ]);
  cleanInDescription("hype", [
    "月薪8000起步，五险一金。",
    "严禁上班摸鱼。",
    "帮助客户实现收入翻倍增长。",
    "提前退休人员优先考虑。",
  ]);
});

describe("former-blind-10/11: the umbrella, counts of direct recruits, and the more you bring the more you earn (pyramid)", () => {
  flaggedInDescription("fraud.pyramid", [
    "享受伞下业绩分红。",
    "凑够5个直推升级店长。",
    "拉的人越多，提成越高。",
    "邀请的好友越多返现越多。",
  ]);
  cleanInDescription("fraud.pyramid", [
    "雨天请在伞下等候。",
    "带教的新人越多，带教津贴越高。",
    "服务的客户越多，提成越高。",
  ]);
});

describe("former-blind-10/11: pay by level, a cut of recruits' payments, generations, a team for passive income (pyramid)", () => {
  flaggedInDescription("fraud.pyramid", [
    "一级拿25%，二级拿10%。",
    "每位好友入会，你可提取其入会费的30%。",
    "拿下线消费的返利。",
    "五代以内都有收益。",
    "组建自己的团队，坐享被动收入。",
  ]);
  cleanInDescription("fraud.pyramid", [
    "一级客户满意度95%以上，二级客户满意度90%以上。",
    "主管可获得团队业绩的2%管理奖。",
    "三代以内直系亲属在本单位工作需申报。",
    "组建自己的团队并对团队业绩负责。",
  ]);
});

describe("former-blind-10/11: recruits that unlock a tier and income from the people you bring in (pyramid, English)", () => {
  flaggedInDescription("fraud.pyramid", [
    "Recruit three members to unlock the gold tier.",
    "You make money from the people you sign up.",
    "Bring in two friends and recruit more partners to qualify for the next rank.",
  ]);
  cleanInDescription("fraud.pyramid", [
    "Recruit three volunteers to staff the booth.",
    "Earn a referral bonus for friends you refer who get hired.",
  ]);
});

describe("former-blind-10/11: a compliance duty names the scheme (pyramid)", () => {
  cleanInDescription("fraud.pyramid", ["排查代理商是否存在拉人头行为。", "监督经销商有无违规发展下级。"]);
  flaggedInDescription("fraud.pyramid", ["发展下线可获奖励。", "拉人头返现。", "直推三人即可升级。"]);
});

describe("former-blind-10/11: no floor said with a verb, a conditional base, and sales as the only income (commission only)", () => {
  flaggedInDescription("fraud.commission_only", [
    "不保底，成交一单结算一单。",
    "底薪须完成当月业绩目标才发放。",
    "保底3000元需达到10单方可领取。",
    "Base salary is paid only if you hit the monthly quota.",
    "You earn only from commissions on policies sold.",
    "No salary. The role pays per closed deal.",
  ]);
  cleanInDescription("fraud.commission_only", [
    "上不封顶，下有保底。",
    "无责任底薪5000元，完成业绩另有奖金。",
    "Base salary is paid monthly, plus commission.",
    "No salary negotiation after the offer is signed.",
    "You earn commission on top of a fixed salary.",
  ]);
});

describe("former-blind-10/11: the interview called a formality, everyone who comes hired (no interview)", () => {
  flaggedInDescription("fraud.no_interview", [
    "面试只是走过场，报名就来上班。",
    "来了的都收。",
    "The interview is only a formality.",
    "Everyone who turns up gets hired.",
  ]);
  cleanInDescription("fraud.no_interview", ["面试形式为线上视频面试。", "来的都是客，热情接待每一位顾客。"]);
});

describe("former-blind-10/11: a QR code to add HR, the platform refused in the active voice, a hidden handle (off-platform)", () => {
  flaggedInDescription("off_platform_contact", [
    "扫描logo里的二维码加HR微信。",
    "Scan the code on our poster to add the recruiter on WeChat.",
    "We rarely check in-app messages.",
    "微信号见头像。",
    "联系方式看主页简介。",
    "加好友投简历。",
  ]);
  cleanInDescription("off_platform_contact", [
    "Scan the QR code on the product to check its origin.",
    "负责引导用户加好友领取优惠券。",
    "公司微信公众号见官网。",
  ]);
});

describe("former-blind-10/11: an impersonation notice names the channel to avoid it (off-platform)", () => {
  cleanInDescription("off_platform_contact", [
    "如有人冒充我司HR要求添加私人微信，请勿理会。",
    "Anyone claiming to be our HR on WhatsApp is an impostor, please report them.",
  ]);
  flaggedInDescription("off_platform_contact", ["请添加HR私人微信沟通。", "Add me on WhatsApp to apply."]);
});

describe("former-blind-10/11: documents named in English inside Chinese, and codes of so many digits (ID or bank)", () => {
  flaggedInDescription("fraud.id_or_bank", [
    "面试前请准备 ID 复印件和 bank card。",
    "报名时上传 passport 照片。",
    "Please forward the 4-digit code you receive.",
    "Text us the six-digit PIN from your bank.",
  ]);
  cleanInDescription("fraud.id_or_bank", [
    "Build a six-digit code login page for our app.",
    "We will send you a 6-digit code to confirm your email.",
  ]);
});

describe("former-blind-10/11: passwords, accounts in one's own name and bounties are never excused (ID or bank)", () => {
  flaggedInDescription("fraud.id_or_bank", [
    "为方便发工资，请提供银行卡号和支付密码。",
    "入职当天需告知网银密码。",
    "New staff open a bank account in their own name and hand the card and PIN to the supervisor.",
    "用本人身份注册网店，每注册一家补贴300元。",
    "每开一张银行卡奖励200元。",
  ]);
  cleanInDescription("fraud.id_or_bank", [
    "负责重置员工的系统登录密码。",
    "提醒客户不要泄露支付密码。",
    "协助客户以个人名义开立账户。",
    "为企业办理对公账户开户。",
  ]);
});

describe("former-blind-10/11: after the offer, a payroll sentence, the company's own banking keys (ID or bank)", () => {
  cleanInDescription("fraud.id_or_bank", [
    "After you receive the offer, we will ask for your bank account for payroll.",
    "工资由银行代发，员工提供本人银行卡号即可。",
    "负责资金调拨与网银U盾保管（公司账户）。",
  ]);
  flaggedInDescription("fraud.id_or_bank", [
    "Before the interview, send us your bank card number.",
    "报名时提供银行卡号。",
    "需将个人U盾交公司保管。",
  ]);
});

describe("former-blind-10/11 (rules alone): pay only after a sale, 纯佣, a zero unconditional base (commission only)", () => {
  flaggedInDescription("fraud.commission_only", [
    "前三个月成交后才有佣金。",
    "待遇纯佣，多劳多得。",
    "无责底薪是零，全看业绩。",
    "Basic pay: none. You keep 15% of each sale.",
  ]);
  cleanInDescription("fraud.commission_only", [
    "无责任底薪6000元，另有提成。",
    "Base salary: 9,000 RMB plus commission.",
    "出单后才能安排发货。",
  ]);
});

describe("former-blind-10/11 (rules alone): an income in 万, w or k with an ease word (hype)", () => {
  flaggedInDescription("hype", ["月入5w很轻松。", "日入2千也简单。", "Make up to 80k a month from your phone."]);
  cleanInDescription("hype", ["月薪8000元，工作环境轻松。", "Earn 8k a month plus overtime."]);
});

describe("former-blind-10/11 (rules alone): the downline's purchases, two levels down, a reward per downline (pyramid)", () => {
  flaggedInDescription("fraud.pyramid", [
    "下线的拿货额你抽10%。",
    "下下级出单你也有收益。",
    "每发展一位经销商返现500元。",
    "每月需发展至少三名下线代理。",
  ]);
  cleanInDescription("fraud.pyramid", ["负责发展线下渠道经销商。", "下级单位的报表汇总与报送。"]);
});

describe("former-blind-7 classes met again while reading former-blind-10/11: a seat bought in quotes, coaching that guarantees a placement, a million a year as the start", () => {
  flaggedInDescription("paid_internship", [
    "需先买「内推资格」，8000元一个。",
    "购买‘实习机会’后即可到岗。",
    "面试辅导包offer，学费2.6万。",
    "就业陪跑可保送大厂，费用3万。",
  ]);
  cleanInDescription("paid_internship", ["公司为实习生购买意外险。", "负责求职辅导课程的排课与教务。"]);
  flaggedInDescription("hype", ["年薪百万起步，上不封顶。", "年入300万起步。"]);
  cleanInDescription("hype", ["年薪30万起，五险一金。", "年薪百万的销售总监岗位需十年经验。"]);
});

// ---------------------------------------------------------------------------
// Discrimination classes found in tests/corpus/former-blind-10.jsonl and former-blind-11.jsonl (branch
// vet-disc). New wordings, none from those sets, each class with near misses that must stay clean.
// ---------------------------------------------------------------------------

/**
 * The text in the description, where an attribute needs a marker to be a condition (in the requirements a bare
 * attribute already is one, which would hide whether the class itself is modelled).
 */
function flaggedInText(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`flags ${rule}: ${text}`, () => {
      expect(posting({ description: text })).toContain(rule);
    });
  }
}

function cleanInText(rule: PostingRuleId, cases: readonly string[]) {
  for (const text of cases) {
    it(`does not flag ${rule}: ${text}`, () => {
      expect(posting({ description: text })).not.toContain(rule);
    });
  }
}

describe("former-blind-10/11: softened and polite refusals after the attribute", () => {
  flaggedInText("discrimination.gender", ["女生的话这个岗位不太适合，见谅。", "男士这回不大合适哈。"]);
  flaggedInText("discrimination.ethnicity", ["藏族同事目前暂时无法安排住宿岗位。"]);
  flaggedInText("discrimination.school_tier", [
    "双非的就别浪费大家时间了。",
    "Non-key university grads please don't waste your time.",
  ]);
  cleanInText("discrimination.gender", ["男生女生都欢迎，新人不太合适的可以转岗。"]);
  cleanInText("discrimination.school_tier", ["不限院校，不要浪费面试机会，准时到场。"]);
});

describe("former-blind-10/11: the next clause only excludes, or adopts the attribute as the standard", () => {
  flaggedInText("discrimination.religion", ["信仰伊斯兰教的员工需要每日礼拜，因此暂不招收。"]);
  flaggedInText("discrimination.ethnicity", ["朝鲜族员工沟通不便，所以就不考虑了。"]);
  flaggedInText("discrimination.region", ["门店现有员工都是本地人，招聘沿用这一要求。"]);
  flaggedInText("discrimination.ethnicity", ["Our crew are all Han Chinese, and we hire to the same standard."]);
  cleanInText("discrimination.ethnicity", ["欢迎少数民族员工，暂不考虑无经验者。"]);
  it("does not flag a clause about the staff followed by a clause with its own object", () => {
    expect(posting({ description: "公司设有清真窗口，回族员工用餐方便，暂不招收实习生。" })).not.toContain(
      "discrimination.ethnicity",
    );
  });
  cleanInText("discrimination.region", ["本地人才补贴按政策发放，招聘按此流程进行。"]);
});

describe("former-blind-10/11: English preferences and conditional refusals before the attribute", () => {
  flaggedInText("discrimination.marital", [
    "You should not apply if you are planning to start a family soon.",
    "Preferably single, as the role involves frequent travel.",
  ]);
  flaggedInText("discrimination.health", ["Do not apply if you have epilepsy."]);
  flaggedInText("discrimination.race", ["A strong preference for Caucasian tutors."]);
  flaggedInText("discrimination.religion", ["You will not be considered if you are Muslim."]);
  cleanInText("discrimination.marital", [
    "Do not apply if you are planning to relocate within six months.",
    "Preferably two years of experience in family law.",
  ]);
  cleanInText("discrimination.race", ["A strong preference for candidates with CELTA."]);
});

describe("former-blind-10/11: a client's or parent's demand adopted in Chinese", () => {
  flaggedInText("discrimination.race", ["客户明确要求白人外教。", "甲方指定：欧美长相的模特。"]);
  flaggedInText("discrimination.gender", ["品牌方希望女生来做，形象好。"]);
  cleanInText("discrimination.race", ["家长要求外教持TEFL证书。"]);
  cleanInText("discrimination.gender", ["客户要求按时交付，细心负责。"]);
});

describe("former-blind-10/11: one-letter gender codes with a marker", () => {
  flaggedInText("discrimination.gender", ["Sex: F", "F only, evening shifts.", "M preferred for night security."]);
  cleanInText("discrimination.gender", [
    "Gender: M/F, no preference.",
    "Uniform size M only in stock; bring your own if larger.",
  ]);
});

describe("former-blind-10/11: nationality and complexion as race", () => {
  flaggedInText("discrimination.race", [
    "Light-complexioned presenters preferred.",
    "仅限美加籍外教。",
    "须持英国或爱尔兰护照。",
    "非英美国家的申请人请勿投递；其余国籍不考虑。",
    "拍摄只用外国长相的演员。",
    "Applicants of other nationalities will not be considered.",
  ]);
  cleanInText("discrimination.race", [
    "Native-level English; any nationality is welcome.",
    "公司协助外籍员工办理工作签证和护照登记。",
    "熟悉英美文学，能讲授英国文化课程。",
  ]);
});

describe("former-blind-10/11: the practice or dress of a faith forbidden, and the applicant as a new colleague", () => {
  flaggedInText("discrimination.religion", [
    "上班期间禁止佩戴宗教标志。",
    "门店不提供礼拜时间，介意者勿投。",
    "We cannot allow religious head coverings on the shop floor.",
    "No turbans or hijabs while on shift.",
    "团队里都是佛教徒，新同事须为佛教徒。",
  ]);
  cleanInText("discrimination.religion", [
    "We accommodate prayer times and provide a quiet room.",
    "上班期间禁止佩戴首饰和长耳环（食品安全要求）。",
    "No religious discrimination: all staff are treated equally.",
  ]);
  it("does not flag the employer's own colleagues described", () => {
    expect(posting({ description: "我们的同事来自各地，有基督徒也有佛教徒，彼此尊重。" })).not.toContain(
      "discrimination.religion",
    );
  });
});

describe("former-blind-10/11: places counted or summed up before the people, a city's 户, the school's place", () => {
  flaggedInText("discrimination.region", [
    "河北、山西这两个省的人员请勿投递。",
    "西北五省区的求职者一律不收。",
    "广东等地的应聘者暂不考虑。",
    "非穗户勿扰。",
    "只招本市高校的毕业生。",
    "外省大学毕业的就算了。",
  ]);
  cleanInText("discrimination.region", [
    "资深户外领队，熟悉川西线路。",
    "服务河北、山西两省的客户，需经常出差。",
    "与本省高校合作开展实习项目。",
  ]);
  cleanInText("discrimination.region", ["侗族、瑶族老乡的民俗活动策划与接待。"]);
});

describe("former-blind-10/11: a status not yet reached and a plan to have a child (marital)", () => {
  flaggedInText("discrimination.marital", [
    "没成家的暂不考虑。",
    "近期有要孩子计划的请勿投递。",
    "有添宝宝打算的求职者慎投。",
    "If you are planning to get pregnant soon, please do not apply.",
    "Candidates who plan on having a baby within two years need not apply.",
  ]);
  cleanInText("discrimination.marital", [
    "公司为有生育计划的员工提供产检假和育儿补贴。",
    "We support staff who plan to start a family with flexible hours.",
  ]);
});

describe("former-blind-10/11: infection markers, a whole body, treatment in the past (health)", () => {
  flaggedInText("discrimination.health", [
    "入职体检HBsAg须为阴性。",
    "乙肝e抗原检测结果要求阴性。",
    "Must test negative for HBsAg at the pre-employment check.",
    "肢体健全，能长时间站立。",
    "Able-bodied applicants only.",
    "曾有住院或精神科就诊记录的不予录用。",
    "Anyone who has received psychological counselling in the past year will not be considered.",
    "乙肝核心抗体须为阴性。",
  ]);
  cleanInText("discrimination.health", [
    "负责整理患者就诊记录和住院病历归档。",
    "公司为员工提供免费心理咨询服务。",
    "持有效健康证，入职体检合格。",
    "协助开展乙肝疫苗接种和抗体检测宣教。",
  ]);
});

describe("former-blind-10/11: posts reserved for disabled people are positive action (health)", () => {
  cleanInText("discrimination.health", [
    "本岗位为残疾人定向招聘岗位，仅限持证残疾人报名。",
    "This clerical post is reserved for applicants with disabilities under the employment quota.",
    "安置残疾人就业，面向残障人士招聘。",
  ]);
  flaggedInText("discrimination.health", ["不招收残疾人。", "Wheelchair users need not apply.", "要求无残疾。"]);
});

describe("former-blind-10/11: a tier as a floor, in Chinese numerals, or as an English adjective (school tier)", () => {
  flaggedInText("discrimination.school_tier", [
    "学历起码是一本。",
    "985打底，硕士优先。",
    "本科须为二幺幺院校。",
    "九八五高校毕业生优先。",
    "A degree from a first-tier domestic university is required.",
    "Only graduates of elite research universities will be shortlisted.",
  ]);
  cleanInText("discrimination.school_tier", [
    "至少两年工作经验，本科及以上学历。",
    "Help students prepare applications to Russell Group universities.",
    "自考课程顾问：为学员讲解自考报名流程。",
    "负责学员冲刺名校的留学文书辅导。",
    "Tier 1 city experience (Beijing, Shanghai) is a plus.",
  ]);
});

describe("former-blind-10/11: a genuine occupational requirement with its reason, and a person before an inclusive word (gender)", () => {
  it("a reason naming a space or garment kept for one sex makes the restriction the role's", () => {
    expect(
      posting({ title: "女浴室保洁员", description: "因工作需进入女浴室及女更衣室清洁，本岗位限女性。" }),
    ).not.toContain("discrimination.gender");
    expect(
      posting({
        title: "Changing Room Attendant",
        description:
          "As the role involves supervising the women's changing rooms, we are hiring female attendants only.",
      }),
    ).not.toContain("discrimination.gender");
  });
  it("the employer's own reasons are not one", () => {
    expect(posting({ title: "仓库管理员", description: "因工作需要经常搬运重物，本岗位限男性。" })).toContain(
      "discrimination.gender",
    );
    expect(
      posting({
        title: "Sales Manager",
        description: "As the role involves late client dinners, male candidates only.",
      }),
    ).toContain("discrimination.gender");
    expect(
      posting({
        title: "女装店导购",
        description: "因需接待女性顾客，本店招聘女性导购。另：男生不考虑。",
        requirements: "限女性。",
      }),
    ).not.toContain("discrimination.gender");
  });
  // In the requirements, where a bare attribute is a condition.
  clean("discrimination.gender", ["男性护理员同样欢迎。", "女司机也可以应聘。"]);
  flaggedInText("discrimination.gender", ["男性护理员优先，女性也可。"]);
});

describe("former-blind-10/11: a second round of new wordings, written after the fixes (misses found here were fixed as classes)", () => {
  flaggedInText("discrimination.ethnicity", [
    "维族同胞暂不考虑。",
    "Tibetan applicants cannot be accommodated at this time.",
    "维吾尔族求职者因宿舍安排原因，暂不招聘。",
    "因饮食习惯不同，回族员工目前无法录用。",
  ]);
  flaggedInText("discrimination.gender", [
    "女性的话就不太考虑了。",
    "女孩子这边暂时无法安排，抱歉。",
    "Gender: F (fitting model).",
    "限F。",
    "因工作需要经常出差，限男性。",
    "本岗位男生不太合适，望理解。",
    "Female candidates, this role is not for you.",
    "因需照顾老人起居，限女性。",
  ]);
  flaggedInText("discrimination.region", [
    "川渝两地的求职者请勿投递。",
    "京津冀以外的人员暂不考虑。",
    "河南、安徽等省份的朋友请绕行。",
    "我们门店的人都是潮汕人，招人也按这个标准。",
    "湖北、湖南两省的人员一律免投。",
    "苏北的朋友就别投了。",
  ]);
  flaggedInText("discrimination.marital", [
    "近三年不打算要孩子的优先。",
    "Must not be planning to have a baby in the near future.",
    "If you have young kids, this role is not for you.",
    "Applicants planning to have children should not apply.",
    "还没成家的同学先不考虑。",
    "离异的就别浪费时间了。",
  ]);
  flaggedInText("discrimination.health", [
    "If you have a chronic illness, please do not apply.",
    "HIV positive candidates cannot be accommodated.",
    "乙肝病毒DNA须阴性。",
    "身体健全无残缺。",
    "有精神科住院史者不予考虑。",
    "有抑郁症病史的同学这次不太合适。",
    "Candidates who have ever received psychiatric treatment will be rejected.",
    "大小三阳的暂时无法安排。",
  ]);
  flaggedInText("discrimination.school_tier", [
    "本科院校需在QS200以内。",
    "双非免谈。",
    "学校至少是双一流。",
    "Bachelor's from a top-ranked Chinese university is essential.",
    "学校不是985的就别浪费时间了。",
    "最低要求211院校。",
    "At least a top-tier national university.",
  ]);
  flaggedInText("discrimination.race", [
    "英美澳籍优先。",
    "持美国护照者优先。",
    "US or Canadian passport required.",
    "Preferably fair-skinned for the cosmetics campaign.",
    "其他国籍的老师暂不考虑。",
    "只招英美加籍老师。",
    "South Asian applicants cannot be accommodated.",
    "甲方要求：金发碧眼。",
  ]);
  flaggedInText("discrimination.religion", [
    "不允许佩戴十字架上班，介意者勿投。",
    "We don't provide prayer breaks; please consider this before applying.",
    "新入职员工须为天主教徒。",
    "If you observe Ramadan fasting, please do not apply.",
    "佛教徒要吃素，食堂不方便，所以一律不考虑。",
    "Muslim staff would need prayer breaks, so we cannot take them on.",
  ]);
  cleanInText("discrimination.gender", [
    "Gender: M or F, no preference.",
    "Sizes S, M and L available.",
    "因需为女性顾客量体，本岗位限女性裁缝。",
    "男女不限，应届生暂不考虑。",
    "F1赛车活动执行。",
    "限F座办公区域通行。",
    "M only size left; please note when ordering uniforms.",
    "因需为女性患者做妇科检查辅助，本岗位限女性护士。",
  ]);
  cleanInText("discrimination.race", [
    "Hold a valid passport for overseas business trips.",
    "协助外籍专家办理护照和签证。",
    "熟悉中美贸易政策。",
    "持有效护照，可出差。",
    "负责英美加澳新五国的签证材料审核。",
  ]);
  cleanInText("discrimination.region", [
    "川渝地区销售渠道开发。",
    "负责华东、华南两个大区的客户维护。",
    "本地人才计划按此标准发放补贴。",
    "服务川渝两地的经销商。",
  ]);
  cleanInText("discrimination.health", [
    "岗位提供无障碍设施，欢迎残障人士投递。",
    "本岗位面向残疾人定向招聘，签订正式劳动合同。",
    "负责住院患者的用药记录核对。",
    "Support students who have received psychological counselling to return to class.",
    "负责乙肝病毒DNA检测及报告审核。",
    "身体健康，能适应夜班。",
    "Able to lift 15 kg; reasonable adjustments available.",
  ]);
  cleanInText("discrimination.marital", [
    "公司支持员工的生育计划，提供育儿假。",
    "A single point of contact for all vendors.",
    "Single and double rooms are provided in the staff dorm.",
    "单身公寓免费提供。",
    "Parents with young children are welcome to apply; flexible hours.",
    "员工子女教育补贴，生育计划咨询服务。",
  ]);
  cleanInText("discrimination.school_tier", [
    "为学员提供冲刺985高校的考研辅导。",
    "至少三年教学经验。",
    "至少本科学历，专业不限。",
    "QS排名前100院校的招生宣传（负责海外招生项目）。",
    "面向考研学生讲授985高校的专业课真题。",
  ]);
  cleanInText("discrimination.religion", [
    "公司食堂提供清真餐，尊重员工信仰。",
    "Headscarves and turbans are welcome with the uniform.",
    "We respect Ramadan and offer flexible hours during it.",
    "斋月期间可申请弹性工作时间。",
    "负责清真食品认证，熟悉斋月期间的市场需求。",
  ]);
  cleanInText("discrimination.ethnicity", [
    "欢迎各民族员工，因此暂不设民族限制。",
    "负责少数民族地区业务拓展，经验不足者暂不考虑。",
    "回族餐厅经理，负责后厨管理，所以暂不招收学徒。",
  ]);
});

describe("former-blind-10/11: a third round of new wordings (the reason between, single-character nationalities, practices, ranks after the school)", () => {
  flaggedInText("discrimination.gender", [
    "女生体力跟不上，因此不予考虑。",
    "Women would struggle with the night shifts, so we won't consider them.",
    "限F，身高165以上。",
    "Females preferred for this front-desk role.",
    "Men only, please.",
    "因需经常陪客户喝酒，只招男性。",
  ]);
  flaggedInText("discrimination.health", [
    "乙肝携带者接触食品不便，一律不录用。",
    "有过住院治疗经历的不考虑。",
    "乙肝表面抗体阳性者不予录用。",
    "体检要求乙肝两对半全阴。",
    "Applicants must be able-bodied.",
    "Preferably no history of mental illness.",
  ]);
  flaggedInText("discrimination.region", [
    "河南人沟通有障碍，所以暂时不招。",
    "只招本省院校的毕业生。",
    "粤西、粤东的朋友请绕行。",
    "两广以外人员暂不考虑。",
  ]);
  flaggedInText("discrimination.marital", [
    "已婚人士经常请假，故不考虑。",
    "We'd prefer someone without young children.",
    "入职后三年内有生育计划的不考虑。",
    "有怀孕计划者请勿投递。",
    "Candidates who are planning a baby soon should not apply.",
  ]);
  cleanInText("discrimination.school_tier", [
    "专科生能力不够，恕不录用。",
    "为学生提供QS前100院校的申请规划。",
    "Students we help have been admitted to top-tier universities.",
    "至少一年以上相关工作经验。",
  ]);
  flaggedInText("discrimination.race", [
    "非洲籍学员家长不认可，只能婉拒。",
    "Applicants must hold a passport from the UK, US, Canada, Australia or New Zealand.",
    "美籍、英籍外教优先。",
    "候选人须为英美国籍。",
    "仅接受欧美护照持有者。",
    "Olive-complexioned applicants will not be shortlisted.",
    "Preferably Western-looking for the brand shoot.",
  ]);
  flaggedInText("discrimination.religion", [
    "上班不允许戴头巾和面纱。",
    "We are unable to allow time off for religious holidays.",
    "公司不会为员工安排宗教活动时间，介意勿投。",
    "新加入的成员需要是基督徒。",
    "We would prefer a practising Catholic.",
  ]);
  flaggedInText("discrimination.school_tier", [
    "本科毕业院校需在全国排名前50以内。",
    "学历：二幺幺及以上。",
    "Degree from a prestigious Chinese university is a must.",
  ]);
  flaggedInText("discrimination.ethnicity", ["Preference for Han Chinese applicants."]);
  cleanInText("discrimination.gender", [
    "因需穿着男装样衣试穿，本岗位招聘男性试衣模特。",
    "Because fittings are of lingerie samples, only female fit models.",
    "M码工服已发完，F码尚有库存。",
    "女性员工同样享有晋升机会。",
  ]);
  cleanInText("discrimination.health", [
    "The post is reserved for persons with disabilities (disability employment quota).",
    "本单位按比例安排残疾人就业，本岗位仅限残疾人报考。",
    "员工如有慢性病，公司提供体检跟进，不影响录用。",
  ]);
  cleanInText("discrimination.marital", [
    "Single-use plastics are banned in the office.",
    "Single room accommodation provided.",
  ]);
  cleanInText("discrimination.religion", [
    "Ramadan greetings campaign for our Middle East clients.",
    "斋月营销活动策划，熟悉中东市场。",
  ]);
  cleanInText("discrimination.race", [
    "护照、签证材料由公司统一办理。",
    "负责美国籍客户的售后服务。",
    "Light complexion makeup products for our new line.",
  ]);
  cleanInText("discrimination.region", ["负责粤西地区的渠道拓展，常驻湛江。", "本省高校毕业生可申请人才公寓。"]);
  cleanInText("discrimination.ethnicity", [
    "各民族员工一视同仁，因此不设民族要求。",
    "我们的员工大多是汉族，也欢迎少数民族同事加入。",
  ]);
});

describe("former-blind-10/11: a fourth round of new wordings (agent nouns, better fit, wearing bans, a subject before the refusal, 得是, the others refused)", () => {
  flaggedInText("discrimination.gender", [
    "Male applicants would be a better fit for the warehouse floor.",
    "男生来了也干不长，所以这次只要女生。",
  ]);
  flaggedInText("discrimination.ethnicity", [
    "考虑到饮食问题，少数民族同事暂不安排。",
    "Uyghur applicants: we are unable to place you.",
  ]);
  flaggedInText("discrimination.race", [
    "Native speakers holding American or British passports only.",
    "只收持有英美护照的外教。",
    "Clients ask for teachers with a Western face.",
  ]);
  flaggedInText("discrimination.religion", [
    "Staff may not wear headscarves at the counter.",
    "门店不允许员工在工作时间做礼拜。",
    "信教的同学我们这边不太合适。",
  ]);
  flaggedInText("discrimination.region", [
    "东三省的求职者我们暂时无法安排。",
    "Applicants from Henan or Hubei need not apply.",
    "非京户不予考虑。",
  ]);
  flaggedInText("discrimination.marital", [
    "If you're expecting or planning a pregnancy, we can't consider you.",
    "刚结婚的暂不考虑。",
    "有二胎打算的就别投了。",
  ]);
  flaggedInText("discrimination.health", [
    "If you have diabetes, this job is not for you.",
    "曾有抑郁症病史者，我们只能婉拒。",
    "乙肝小三阳的朋友暂时无法安排。",
  ]);
  flaggedInText("discrimination.school_tier", [
    "Non-985 graduates will not be shortlisted.",
    "学校得是211起步。",
    "本科得是985，别的不看。",
  ]);
  cleanInText("discrimination.gender", ["We welcome male and female nannies alike."]);
  cleanInText("discrimination.ethnicity", ["负责少数民族聚居区的社区服务，暂不安排夜班。"]);
  cleanInText("discrimination.race", ["Teach American and British literature to senior students."]);
  cleanInText("discrimination.religion", [
    "Uniform: headscarves in company colours are available on request.",
    "公司设有礼拜室，员工可在休息时间做礼拜。",
  ]);
  cleanInText("discrimination.region", ["负责东三省市场，暂时无法安排住宿。", "京户、非京户均可。"]);
  cleanInText("discrimination.marital", ["刚结婚的员工可享受婚假15天。", "有二胎的员工可申请弹性上班。"]);
  cleanInText("discrimination.health", [
    "We support employees with diabetes with flexible breaks.",
    "抑郁症患者心理疏导（心理咨询中心岗位）。",
  ]);
  cleanInText("discrimination.school_tier", ["985、211高校的校园招聘宣讲会组织。", "至少熟悉一种数据库。"]);
});

// Ninth round (former-blind-12, branch vet12): the classes behind that set's misses and false flags, each with
// wordings the set does not contain.
describe("former-blind-12: fraud classes, new wordings", () => {
  flaggedInText("fraud.commission_only", [
    "底薪3500元，需完成季度签单任务方可发放。",
    "基本工资（达到月度业绩目标后发放）",
    "出单后才有保底，没单只有提成。",
  ]);
  cleanInText("fraud.commission_only", ["底薪5000元，每月10日发放，另有提成。", "完成业绩目标后发放季度奖金。"]);
  flaggedInText("fraud.id_or_bank", [
    "入职后工资卡和密码一并交给店长保管。",
    "储蓄卡由财务统一保管，每月发现金。",
    "用你自己的支付宝收款，到账后按主管指令转到公司账户。",
    "Open a personal WeChat Pay account to receive buyers' money for us.",
    "You will hand over the login credentials of your wallet to the supervisor.",
  ]);
  cleanInText("fraud.id_or_bank", ["负责网点U盾的发放和挂失登记。", "报到时出示身份证原件，人事核对后当场归还。"]);
  flaggedInText("fee", [
    "充值开通VIP会员后才能接任务。",
    "新人先垫钱做首单任务。",
    "工装费用 150 元，入职时自付。",
    "员工须在门店统一购买工具包（680元）。",
  ]);
  cleanInText("fee", ["处理租客押金退款申请和对账。", "负责会员押金退还咨询。"]);
  flaggedInText("paid_internship", [
    "实习机会对接费2000元，入职前付清。",
    "内推渠道费按岗位收取。",
    "The fee for this summer internship is USD 900.",
  ]);
  cleanInText("paid_internship", ["实习期间每月有交通补贴。", "Internship programme stipend: RMB 3,000 a month."]);
  flaggedInText("hype", [
    "入职即年薪80万。",
    "跟着我们干，财富翻五倍。",
    "在家躺着拿分红。",
    "Earn a six-figure income per month from your phone.",
  ]);
  cleanInText("hype", ["年薪40-60万，视经验而定。", "收入随业绩浮动，按月发放。"]);
  flaggedInText("fraud.pyramid", [
    "拉满三代就可以出局拿大奖。",
    "政府支持的纯资本运作项目，诚邀加入。",
    "发展两级下线即可出局。",
  ]);
  cleanInText("fraud.pyramid", [
    "协助查处传销（拉人头、交入门费）案件并整理证据。",
    "加盟费由门店店主向总部缴纳，本岗位不收费。",
  ]);
  flaggedInText("training_loan", [
    "课程学费可分期，结业包就业。",
    "先学后付，上岗后从工资扣。",
    "签培训贷，零首付入学。",
  ]);
  cleanInText("training_loan", ["受理涉及培训贷的消费者投诉。", "核查招转培举报线索并回访。"]);
});

describe("former-blind-12: discrimination classes, new wordings", () => {
  flaggedInText("discrimination.gender", ["只要女孩纸，男生勿扰。", "本岗只招男孩纸。", "仅招蓝孩子，能值夜班。"]);
  cleanInText("discrimination.gender", ["欢迎帅哥美女加入我们。", "店里的小伙姑娘都很友善。"]);
  flagged("discrimination.race", [
    "Candidates of Nigerian nationality will not be considered.",
    "Applicants holding Vietnamese passports will not be interviewed.",
    "People of Russian or Ukrainian nationality are not eligible.",
  ]);
  cleanInText("discrimination.race", ["负责黑人牙膏的商超陈列。", "Support customers of any nationality."]);
  flagged("discrimination.region", [
    "只招本省公办高校毕业生。",
    "仅限省内985院校。",
    "Beijing-born applicants preferred.",
  ]);
  cleanInText("discrimination.region", ["Frequent travel to rural areas in Yunnan.", "熟悉省内高校招生政策。"]);
  flagged("discrimination.marital", [
    "Ideal candidates have finished their family planning.",
    "We prefer people who are done with their family planning.",
    "已婚已育者优先。",
  ]);
  cleanInText("discrimination.marital", ["团队由两位宝妈创办。", "Family planning leave is granted by law."]);
  cleanInText("discrimination.ethnicity", ["西安回民街门店运营。", "负责少数民族文化丛书的编辑出版。"]);
  cleanInText("discrimination.religion", [
    "Guide visitors through Buddhist temples and grottoes.",
    "宗教信仰、户籍均不作要求。",
  ]);
  cleanInText("discrimination.health", ["负责HIV快速检测试纸的渠道销售。", "丙肝新药临床推广。"]);
  cleanInText("discrimination.school_tier", ["面试地点：12楼211会议室。", "请到211房间报到。"]);
});

describe("former-blind-12: pay stated per unit in the text, origin with 为, a childbearing promise with a verb", () => {
  it("takes a per-unit or yearly figure written in the text as stated pay (no salary.missing flag)", () => {
    for (const description of [
      "为宣传片做旁白，每录制一分钟成片80元。",
      "Wedding photographer, RMB 2,500 per shoot, two weekends a month.",
      "展会礼仪，每场活动酬劳300元。",
      "Total package: RMB 450,000-550,000 a year plus bonus.",
    ])
      expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it("still flags missing pay when no figure is given", () => {
    for (const description of ["Event staff, paid per event, rate on request.", "每场活动均有酬劳，具体面议。"])
      expect(posting({ description, min: null, max: null })).toContain("salary.missing");
  });
  flagged("discrimination.region", ["籍贯须为本市。", "户籍是四川的优先。", "生源地为省内。"]);
  clean("discrimination.region", ["公司可协助户口迁入本市。", "工作地点为本市。"]);
  flagged("discrimination.marital", ["入职两年内不考虑生育。", "承诺三年内不申请生二胎。", "入职后一年内不打算结婚。"]);
  clean("discrimination.marital", ["员工可按规定申请生育津贴。", "入职后即可申请婚假。"]);
});

describe("former-blind-12: one sex as a genuine occupational requirement, new wordings", () => {
  cleanInText("discrimination.gender", ["因需进入女生公寓夜间巡查，限女性。", "因工作需进入男生寝室查寝，仅招男性。"]);
  it("clears a fit model's standard size for one sex, and only with a model title", () => {
    expect(
      posting({ title: "童装试衣模特", description: "负责样衣试穿。", requirements: "女性，标准S码身材。" }),
    ).not.toContain("discrimination.gender");
    expect(
      posting({ title: "Fit Model", description: "Try on samples.", requirements: "Female, standard M size figure." }),
    ).not.toContain("discrimination.gender");
  });
  flagged("discrimination.gender", [
    "限女性，需进入客户公寓做保洁。",
    "仅招男性，标准身材。",
    "女性优先，标准M码身材。",
  ]);
});

describe("former-blind-12: a list of groups before an inclusive word, new wordings", () => {
  clean("discrimination.marital", ["学生、宝妈、上班族、退休人员都可以。", "上班族、宝妈、自由职业者均可。"]);
  clean("discrimination.gender", ["男生、女生、在校生都可以。", "小伙、姑娘、退伍军人均可。"]);
  flagged("discrimination.marital", [
    "宝妈优先，上班族均可。",
    "只招宝妈，学生勿扰。",
    "已婚已育优先，学生、上班族均可。",
  ]);
  flagged("discrimination.gender", ["限男性、退伍军人优先。", "女性优先，学生、上班族均可。", "仅招男生、应届生。"]);
});

// ---------------------------------------------------------------------------
// former-blind-13 (branch vet13-disc): classes of the discrimination misses and false flags, each with new wordings
// (none from the set) and clean near misses.
// ---------------------------------------------------------------------------

describe("former-blind-13 discrimination: provinces and cities named in English, with Province or City after", () => {
  flaggedInText("discrimination.region", [
    "Only applicants from Anhui Province will be considered.",
    "We hire Shaanxi natives only.",
    "Candidates from Yunnan or Guizhou need not apply.",
    "Hebei Province people preferred for this role.",
  ]);
  cleanInText("discrimination.region", [
    "Our factory is in Anhui Province and we hire from all over China.",
    "You will travel to Yunnan twice a month.",
    "The role covers clients in Fujian and Jiangxi.",
  ]);
});

describe("former-blind-13 discrimination: the refusal as the second of two verbs (English)", () => {
  flaggedInText("discrimination.region", ["We don't train or hire people from other provinces."]);
  flaggedInText("discrimination.health", ["We will not interview or accept applicants with epilepsy."]);
  cleanInText("discrimination.region", ["We do not relocate staff, and we hire people from Sichuan every year."]);
});

describe("former-blind-13 discrimination: the school's province with 省内/市内, and exclusions said with 纳入 or 安排", () => {
  flaggedInText("discrimination.region", [
    "只招广东省内985院校的毕业生。",
    "仅限浙江省内本科院校毕业生。",
    "外省生源不纳入本次招聘。",
    "外地户口不在考虑范围。",
  ]);
  flaggedInText("discrimination.ethnicity", ["维吾尔族员工因作息不同，暂不安排录用。", "藏族应聘者不予安排。"]);
  flaggedInText("discrimination.health", ["有癫痫病史的，公司不安排入职。"]);
  cleanInText("discrimination.region", ["负责广东省内高校的校园招聘宣讲。", "公司与浙江省内多所高校合作。"]);
  cleanInText("discrimination.ethnicity", ["回族员工可安排清真餐。", "公司不安排住宿，各民族均可报名。"]);
});

describe("former-blind-13 discrimination: a passport or an origin country as the condition (race)", () => {
  flaggedInText("discrimination.race", [
    "Only applicants holding a Canadian or Australian passport will be shortlisted.",
    "You must hold a Japanese passport.",
    "Applicants need to hold a British passport.",
    "Native speakers from France only.",
    "Teachers from Canada or Ireland preferred.",
    "Other nationalities: please do not apply.",
    "南亚国家的求职者不考虑。",
    "非洲国家的申请人请勿投递。",
    "外籍人士及华侨一律不考虑。",
  ]);
  cleanInText("discrimination.race", [
    "We sponsor work visas for holders of any passport.",
    "Must hold a valid passport for travel to Singapore.",
    "Staff must travel with a Chinese passport or a Hong Kong permit.",
    "Help clients renew their Philippine passports.",
    "We import furniture from Italy only.",
    "Colleagues of twelve other nationalities work here.",
    "负责东南亚国家的市场拓展。",
    "为中东国家的客户提供售后服务。",
    "外籍人士及港澳台同胞均可报名。",
  ]);
  it("reads Hong Kong, Macau and Taiwan beside foreigners as a nationality, not a household registration", () => {
    const flags = posting({ description: "须为中国国籍，外籍及港澳台人士不予考虑。" });
    expect(flags).toContain("discrimination.race");
    expect(flags).not.toContain("discrimination.region");
  });
});

describe("former-blind-13 discrimination: a faith named by its religion and a verb of practice; quantifiers and joined lists after a refusal", () => {
  flaggedInText("discrimination.religion", [
    "Those who practise Judaism will not be considered.",
    "Anyone following Hinduism is not suitable for the role.",
    "Staff who converted to Islam cannot be accommodated.",
    "不招任何信教人员。",
    "谢绝一切信教者。",
    "不招临时工和信教的人员。",
  ]);
  flaggedInText("discrimination.health", ["拒收实习生及有心脏病的人。"]);
  cleanInText("discrimination.religion", [
    "We respect colleagues who follow any religion.",
    "Guide visitors through a museum of the history of Buddhism.",
    "不接受任何形式的宗教歧视。",
  ]);
  cleanInText("discrimination.ethnicity", ["不收押金和任何费用，欢迎少数民族同学。"]);
});

describe("former-blind-13 discrimination: softened English refusals and stereotypes that the attribute cannot do the work", () => {
  flaggedInText("discrimination.health", ["Applicants with asthma are not a good fit for the warehouse."]);
  flaggedInText("discrimination.religion", ["Catholics are probably not the right fit for our team."]);
  flaggedInText("discrimination.gender", ["夜班理货，女孩子扛不住。", "这个岗位男生搞不定，小朋友不买账。"]);
  cleanInText("discrimination.gender", ["新人可能吃不消，我们有带教，男女不限。"]);
  cleanInText("discrimination.health", ["Not a good fit for people who dislike travel."]);
});

describe("former-blind-13 discrimination: a disability named by the impairment or the aid", () => {
  flaggedInText("discrimination.health", [
    "视障人士不适合此岗位。",
    "聋哑人不招。",
    "Deaf applicants cannot be considered for the call centre.",
    "坐轮椅的应聘者无法安排。",
  ]);
  cleanInText("discrimination.health", [
    "为视障用户开发读屏功能。",
    "欢迎听障人士投递，面试提供手语翻译。",
    "Build accessibility features for deaf and blind users.",
    "本岗位面向视障人士招聘（按比例安排残疾人就业）。",
  ]);
});

describe("former-blind-13 discrimination: every other people excluded; places and languages named by a people", () => {
  flaggedInText("discrimination.ethnicity", [
    "藏族同胞优先，别的民族暂不考虑。",
    "汉族即可，其他民族的求职者一律不招。",
    "We do not hire Zhuang or Dong candidates.",
    "Tujia and Miao people are not considered.",
  ]);
  cleanInText("discrimination.ethnicity", [
    "其他民族的节日公司同样放假。",
    "其他民族员工均可申请清真餐。",
    "在维族聚居社区做社工，欢迎各民族应聘。",
    "Kazakh/Russian translation experience preferred.",
    "Mongolian or Chinese literature background a plus.",
  ]);
  it("does not read a place or a language pair in the title as a condition", () => {
    expect(posting({ title: "藏民村驻村社工", description: "负责村民走访与活动组织。" })).not.toContain(
      "discrimination.ethnicity",
    );
    expect(
      posting({ title: "Tibetan-English Interpreter", description: "Interpret at project meetings." }),
    ).not.toContain("discrimination.ethnicity");
  });
});

describe("former-blind-13 discrimination: a preference before the attribute, and a wish that the newcomer be like the team (gender)", () => {
  flaggedInText("discrimination.gender", [
    "优先考虑女生，沟通细腻。",
    "我们会优先录用男生。",
    "希望新来的也是小伙子，住宿好安排。",
    "Our crew is all guys, so we'd rather have a man.",
  ]);
  cleanInText("discrimination.gender", ["优先考虑有驾照者，男女不限。", "希望新同事也是爱学习的人。"]);
  cleanInText("discrimination.health", ["同等条件下优先考虑残疾人。"]);
});

describe("former-blind-13 discrimination: one sex as a genuine occupational requirement without 因, and a law assigning the work", () => {
  cleanInText("discrimination.gender", [
    "限女性（需进入女生宿舍巡查）。",
    "仅招男性，工作内容为进入男浴室保洁巡查。",
    "依据监狱法由男性警察管理男性罪犯，限男性。",
  ]);
  flaggedInText("discrimination.gender", ["限女性，提供女生宿舍。", "仅招男性，男生宿舍离公司近。"]);
});

describe("former-blind-13 discrimination: tier words inside places and office names (school tier); 友好 welcomes (marital)", () => {
  flaggedInText("discrimination.school_tier", ["海本优先。", "海本或985背景优先。", "仅限211工程院校毕业生。"]);
  cleanInText("discrimination.school_tier", ["只招珠海本地人。", "负责985工程项目经费报销。"]);
  it("does not read an office named for a tier as the applicant's school", () => {
    expect(posting({ title: "211工程项目办公室秘书", description: "负责材料汇编与会议记录。" })).not.toContain(
      "discrimination.school_tier",
    );
  });
  cleanInText("discrimination.marital", ["宝妈友好，可带娃面试。", "对宝妈友好，男女不限。"]);
  flaggedInText("discrimination.marital", ["只招宝妈，时间灵活。"]);
});

describe("former-blind-13 discrimination: mothers named as a title's audience (marital), and leading worship as the role's faith (religion)", () => {
  it("does not read a family status in a title as a condition, and still reads it with a marker", () => {
    for (const title of ["宝妈在家副业", "宝妈居家客服", "宝妈副业·手工串珠"])
      expect(posting({ title, description: "在家完成手工串珠，计件结算，每件2元。" })).not.toContain(
        "discrimination.marital",
      );
    for (const title of ["限宝妈·居家客服", "居家客服（宝妈优先）", "宝妈专属兼职·在家做"])
      expect(posting({ title, description: "线上接待咨询，每天4小时。" })).toContain("discrimination.marital");
  });
  cleanInText("discrimination.religion", [
    "因本岗位需主持礼拜仪式，须为天主教徒。",
    "As the role leads Sunday worship, applicants must be practising Christians.",
    "寺院招聘法务助理。因岗位需带领早晚诵经，限佛教徒。",
  ]);
  flaggedInText("discrimination.religion", [
    "因工作需要参加每周礼拜，须为基督徒。",
    "须为基督徒，因公司文化以信仰为本。",
    "As our office closes early on Fridays, Muslim applicants preferred.",
  ]);
});

describe("former-blind-13 discrimination: a second round of new wordings, written after the fixes (its misses were fixed as classes)", () => {
  flaggedInText("discrimination.region", [
    "Preference goes to people born in Chengdu.",
    "我们只考虑河南以外的求职者。",
    "This post is closed to candidates from Xinjiang.",
    "Applicants from Jiangxi or Anhui will not be shortlisted.",
  ]);
  flaggedInText("discrimination.race", [
    "We cannot take on candidates from Africa for this client.",
    "No applicants from India.",
    "外教须持美国、英国或加拿大护照。",
  ]);
  flaggedInText("discrimination.religion", [
    "Staff who wear a hijab cannot work front desk.",
    "We will not consider anyone who attends church regularly.",
    "We do not hire people who are Buddhists.",
  ]);
  flaggedInText("discrimination.health", [
    "Applicants on antidepressants will be screened out.",
    "近视超过600度的不考虑。",
    "乙肝携带者不能上岗。",
  ]);
  flaggedInText("discrimination.marital", [
    "If you are pregnant, this is not the job for you.",
    "我们更想招已经有孩子的。",
  ]);
  flaggedInText("discrimination.gender", [
    "我们这里全是男同事，女生来了不方便。",
    "Male applicants will have priority.",
  ]);
  cleanInText("discrimination.gender", [
    "优先考虑有教师资格证者，男女不限。",
    "Staff cannot work more than 44 hours a week; women and men get equal pay.",
    "夜班辛苦，新人可能扛不住，男女不限。",
  ]);
  cleanInText("discrimination.marital", [
    "我们希望新同事是有耐心的人，婚否不限。",
    "我们想招一位踏实的会计，已婚未婚均可。",
    "This shift is not suitable for students; married or single, all welcome.",
    "负责为宝妈群体策划亲子活动。",
  ]);
  cleanInText("discrimination.religion", [
    "We do not consider age, gender or religion in hiring.",
    "Our volunteers go to church on Sundays to serve lunch.",
  ]);
  cleanInText("discrimination.race", [
    "Experience selling to customers from India preferred.",
    "Serve guests from the Middle East and Africa.",
    "Native English speakers from any country welcome.",
    "We sponsor visas for teachers from the UK, the US and Canada.",
    "Translate documents for clients holding a Japanese passport.",
    "我们的客户主要是来自非洲国家的采购商。",
  ]);
  cleanInText("discrimination.health", [
    "负责为近视600度以上的顾客验配镜片。",
    "负责盲人按摩中心的前台接待。",
    "Sign language interpreter for deaf students.",
  ]);
  cleanInText("discrimination.region", [
    "负责对接福建省内各地市的经销商。",
    "公司总部在河南，只在河南以外的城市设分公司。",
    "We help people from Sichuan find jobs in Shanghai.",
    "Candidates from Fujian Province are welcome, as are those from elsewhere.",
    "Hong Kong people are our main customers.",
  ]);
  it("clears a women's dormitory cleaner limited to women (the work is inside the dormitory)", () => {
    expect(posting({ title: "女生宿舍保洁员", description: "女生宿舍楼保洁，限女性。" })).not.toContain(
      "discrimination.gender",
    );
  });
});

describe("former-blind-13 discrimination: a third round of near misses in titles and requirements (the work's subject, a list welcomed whole)", () => {
  it("does not read a screening project, a recruiting target or admissions consulting in a title as a condition", () => {
    expect(posting({ title: "乙肝筛查项目助理", description: "负责社区筛查的预约与数据录入。" })).not.toContain(
      "discrimination.health",
    );
    expect(posting({ title: "艾滋病检测点志愿者协调员", description: "负责排班与物资管理。" })).not.toContain(
      "discrimination.health",
    );
    expect(posting({ title: "985高校校园招聘专员", description: "负责宣讲会组织。" })).not.toContain(
      "discrimination.school_tier",
    );
    expect(posting({ title: "Ivy League Admissions Consultant", description: "Advise families." })).not.toContain(
      "discrimination.school_tier",
    );
  });
  it("does not read the people the work cares for, or a list welcomed whole, in the requirements as a condition", () => {
    expect(posting({ requirements: "需照顾女性老人的日常起居。" })).not.toContain("discrimination.gender");
    expect(posting({ requirements: "有985高校合作资源者优先。" })).not.toContain("discrimination.school_tier");
    expect(posting({ requirements: "Christian, Muslim or no faith: all welcome." })).not.toContain(
      "discrimination.religion",
    );
    expect(posting({ requirements: "Han, Hui or Tibetan: all welcome." })).not.toContain("discrimination.ethnicity");
  });
  it("still reads a bare attribute in the requirements beside a welcome of something else", () => {
    expect(posting({ requirements: "女，本科或大专均可。" })).toContain("discrimination.gender");
    expect(posting({ requirements: "汉族，本科或大专均可。" })).toContain("discrimination.ethnicity");
    expect(posting({ requirements: "仅限985高校校招生。" })).toContain("discrimination.school_tier");
    expect(posting({ requirements: "入职须做乙肝检测。" })).toContain("discrimination.health");
    expect(
      posting({ requirements: "Christian, Muslim applicants will not be considered, all graduates welcome." }),
    ).toContain("discrimination.religion");
  });
});

describe("former-blind-13 discrimination: a fourth round of new wordings (told to be careful or to go back, penalties, pledges, practice forbidden)", () => {
  flaggedInText("discrimination.region", [
    "我们店里都是本地阿姨，外地来的沟通不方便，就不考虑了。",
    "Our kitchen runs on Sichuan staff; applicants from other regions rarely last, so we don't take them.",
    "Applicants with a hukou outside Guangdong need not apply.",
  ]);
  flaggedInText("discrimination.gender", ["该岗位需经常陪客户喝酒，女士慎重。"]);
  flaggedInText("discrimination.marital", [
    "We ask about family plans at interview; those expecting a baby soon should look elsewhere.",
    "新人须签不怀孕承诺书。",
    "试用期内怀孕的按自动离职处理。",
  ]);
  flaggedInText("discrimination.religion", [
    "本公司员工不得信仰任何宗教。",
    "Staff must not pray during working hours or wear religious symbols.",
  ]);
  flaggedInText("discrimination.ethnicity", ["团队清一色汉族，少数民族融入困难，请慎重投递。"]);
  flaggedInText("discrimination.health", ["有抑郁病史的同学，这个岗位压力大，就不要来了。"]);
  flaggedInText("discrimination.school_tier", ["我们只看学校，双非的请回。"]);
  cleanInText("discrimination.region", [
    "外地来的同事可申请宿舍。",
    "Candidates from other regions are welcome; we help with relocation.",
  ]);
  cleanInText("discrimination.gender", ["请慎重填写个人信息，男女不限。", "违反规定者予以辞退，男女不限。"]);
  it("does not read the people the employer helps in the requirements as a condition", () => {
    expect(
      posting({ requirements: "No hukou requirement; we help hires from other cities apply for a residence permit." }),
    ).not.toContain("discrimination.region");
  });
});

describe("former-blind-13 discrimination: a fifth round, in English (suits, minority candidates, born outside, a mental health history, not what the client wants)", () => {
  flaggedInText("discrimination.gender", ["This role suits a gentleman; heavy lifting daily."]);
  flaggedInText("discrimination.health", ["Candidates with a mental health history are unsuitable."]);
  flaggedInText("discrimination.ethnicity", ["Minority candidates will not be considered."]);
  flaggedInText("discrimination.region", ["Those born outside Beijing need not apply."]);
  flaggedInText("discrimination.race", ["Dark-skinned models are not what the client wants."]);
  cleanInText("discrimination.gender", ["This suits a team player who likes travel."]);
  cleanInText("discrimination.ethnicity", ["We support minority candidates with mentoring."]);
  cleanInText("discrimination.region", ["Our staff come from outside Beijing too; everyone welcome."]);
  cleanInText("discrimination.health", ["Mental health history is kept confidential and never affects hiring."]);
});

// Tenth round (former-blind-13, branch vet13-fraud): the classes behind that set's misses and false flags in the fee, training
// loan, paid internship, hype, off-platform, ID/bank, no-interview, commission-only, pyramid and salary rules. Every wording is
// new (none is a sentence of any corpus set); two rounds were written, the second after the first's gaps were fixed.
function postingTitled(title: string, description: string): PostingRuleId[] {
  return posting({ title, description });
}

describe("former-blind-13: the scheme named as what the job investigates or handles is not the employer's", () => {
  cleanInText("fraud.id_or_bank", [
    "协助公安机关核查出租出借银行卡、冒用他人身份开户等涉诈线索。",
    "Investigate reports of recruiters asking applicants to hand over bank cards or ID originals.",
    "配合银行开展“断卡”行动，排查员工出售、出租电话卡等违法行为。",
  ]);
  cleanInText("fraud.pyramid", [
    "整理群众举报材料，梳理发展下线、层级返利等传销线索。",
    "Handle complaints about pyramid-style schemes where members earn from their downline.",
    "协助市场监管局查办以“拉人头”“交入门费”为特征的传销案件。",
  ]);
  cleanInText("paid_internship", ["审核职位信息，识别付费实习、收取内推费等违规招聘行为。"]);
  cleanInText("training_loan", [
    "处理学员关于培训贷、学费分期等问题的投诉。",
    "跟进用户反馈的“先学后付”“培训贷”等纠纷并出具处理意见。",
  ]);
  cleanInText("fee", [
    "审核门店是否存在收取员工押金、服装费等违规收费问题。",
    "核查中介收取求职者押金、报名费等违规行为并上报。",
  ]);
  flaggedInText("fee", ["负责处理客户投诉，入职需交押金500元。"]);
  flaggedInText("fraud.id_or_bank", ["负责核查数据，需用本人身份证办理手机卡两张交公司统一管理。"]);
  cleanInText("fraud.no_interview", ["审核招聘广告，识别“免面试”“高薪日结”等诈骗话术。"]);
  cleanInText("fraud.commission_only", [
    "Monitor job ads and escalate complaints about commission-only roles with no base salary.",
  ]);
  cleanInText("hype", ["审核直播内容，处理“月入过万”“躺赚”等违规宣传的举报。"]);
});

describe("former-blind-13: a commitment demanded of the applicant is not the employer's promise", () => {
  cleanInText("hype", [
    "员工须书面承诺入职后遵守保密制度。",
    "应聘者需保证所填信息真实，入职后核实。",
    "Candidates must guarantee that all documents they submit are genuine.",
    "新员工需签字承诺保证遵守公司财务制度。",
    "Employees must commit to completing the 2-year service period.",
  ]);
  flaggedInText("hype", ["我们保证录用，入职就月入过万。"]);
});

describe("former-blind-13: third parties disclaimed by the employer", () => {
  cleanInText("fee", [
    "凡自称可代办入职、收取保证金的个人均与本公司无关。",
    "Any agent claiming to sell interview slots for a fee is not affiliated with us.",
    "网上自称我司“内部渠道”收取介绍费的，一律与本公司无关。",
  ]);
  cleanInText("hype", [
    "任何声称交钱包录用的中介都与我司无关。",
    "Recruiters promising guaranteed hiring for a fee have nothing to do with us.",
  ]);
  flaggedInText("fee", ["入职当天交服装费200元。"]);
});

describe("former-blind-13: base pay only once a target is reached; the negator and the pay term in two languages", () => {
  flaggedInText("fraud.commission_only", [
    "保底4000元，当月回款满20万才发。",
    "底薪3000，业绩做到5万才有，没做到只拿提成。",
    "未达标的月份只按提成计算。",
    "无base salary，按单提成。",
    "No 底薪, paid per deal.",
    "底薪2500元，月销售额够10万方可领取。",
    "没达标就只拿提成，达标才有底薪。",
    "The RMB 3,000 base is paid only if you close five deals that month.",
    "无 fixed salary，全靠成交。",
  ]);
  cleanInText("fraud.commission_only", [
    "底薪4000元，达到目标另发奖金。",
    "底薪照发，完成业绩可额外拿提成。",
    "纯提成？不是的，底薪5000元起。",
    "底薪6000元按月足额发放，业绩达标另有奖金。",
  ]);
});

describe("former-blind-13: control of the applicant's accounts, shops and documents handed to any keeper", () => {
  flaggedInText("fraud.id_or_bank", [
    "需开通个人网银，U盾交由主管保管。",
    "用本人身份证注册抖音账号，账号由公司运营。",
    "本人名下的微信号交给运营统一使用。",
    "Register a Taobao store with your own ID card; our team will run it.",
    "New staff collect buyers' payments on their personal WeChat and transfer the money to the boss.",
    "入职需上交身份证原件和毕业证，由人事部保管至离职。",
    "员工用自己名字开的淘宝店要交给公司统一运营。",
    "需以本人身份证开设支付宝账户，账户交组长操作。",
    "Customers pay into your own bank account, and you forward the funds to our finance team daily.",
    "入职需将身份证原件交由宿管统一保管。",
  ]);
  cleanInText("fraud.id_or_bank", [
    "公司账户由财务统一管理。",
    "入职时带身份证原件核对，公司不保管任何证件。",
    "负责保管公司对公账户U盾并办理网银付款。",
    "核验贷款申请人身份证和收入证明。",
    "店铺由公司运营团队统一管理，员工负责客服。",
    "员工自行保管身份证和银行卡，公司不代管。",
  ]);
});

describe("former-blind-13: handles after a messenger's name, the platform refused in other words, notices about impostors", () => {
  flaggedInText("off_platform_contact", [
    "简历请发招聘经理企业微信 hr_li2025。",
    "Add our recruiter on WeChat jobs_sz88 for details.",
    "平台私信我这边基本不看，有事直接打电话。",
    "站内留言我们一般不回复。",
    "We don't answer messages sent through this app.",
    "I rarely check chats on this platform, text me instead.",
    "联系电话：一三九一二三四xxxx，找李姐。",
    "感兴趣的联系HR微信 zhaopin_hz01，备注岗位。",
    "平台上的简历我们不看，直接打电话。",
    "Messages on this website are not monitored by our HR team.",
    "Please don't message here, we never read messages on this app.",
  ]);
  cleanInText("off_platform_contact", [
    "平台消息我们会在24小时内回复。",
    "We reply to all messages on this platform within a day.",
    "熟悉微信小程序开发（uni_app框架）。",
    "如有人以本公司名义要求加微信缴费，请立即举报。",
    "If anyone asks you to continue on WhatsApp, please report it to us.",
    "我司不会私下邀请求职者添加QQ。",
    "We never use private Telegram accounts for recruiting.",
    "应聘请通过平台投递，我们不会让您加私人微信。",
    "Our recruiters will never ask you to move to WhatsApp or Telegram.",
  ]);
});

describe("former-blind-13: a placement sold for a job nobody studies for is a fee", () => {
  it("flags fee under the title Warehouse Operative (Poland): Warehouse job in Poland, work visa and placement package USD 3,000 paid upfront.", () => {
    expect(
      postingTitled(
        "Warehouse Operative (Poland)",
        "Warehouse job in Poland, work visa and placement package USD 3,000 paid upfront.",
      ),
    ).toContain("fee");
  });
  it("does not flag paid_internship under the title Warehouse Operative (Poland): Warehouse job in Poland, work visa and placement package USD 3,000 paid upfront.", () => {
    expect(
      postingTitled(
        "Warehouse Operative (Poland)",
        "Warehouse job in Poland, work visa and placement package USD 3,000 paid upfront.",
      ),
    ).not.toContain("paid_internship");
  });
  it("flags paid_internship under the title Banking Intern: Summer internship at a bank, placement package RMB 20,000.", () => {
    expect(postingTitled("Banking Intern", "Summer internship at a bank, placement package RMB 20,000.")).toContain(
      "paid_internship",
    );
  });
  it("flags fee under the title 日本食品厂普工: 赴日本工厂务工，保签证保岗位，安置费3万元出发前结清。", () => {
    expect(postingTitled("日本食品厂普工", "赴日本工厂务工，保签证保岗位，安置费3万元出发前结清。")).toContain("fee");
  });
});

describe("former-blind-13: fees: paying before one may work, a payer in the passive, one's own money for orders, a charge handed to the employer", () => {
  flaggedInText("fee", [
    "须先买工作手机一部（1280元）才能开工。",
    "购买平台会员卡399元后才能接单。",
    "A uniform fee of RMB 150 is payable by each new hire.",
    "The security deposit (CNY 500) will be borne by successful candidates.",
    "Buy the products with your own money first; the shop reimburses you plus a bonus.",
    "体检费300元统一交给人事。",
    "押金先转给店长，离职时退还。",
    "月薪5000元，入职交押金300元。",
    "先交600元购买工具和工服后才可上岗。",
    "Equipment fees of RMB 400 are deducted from and paid by the worker.",
    "You pay for the orders using your own money; we refund you plus 10% later.",
  ]);
  cleanInText("fee", [
    "顾客充值500元后才可以享受会员价。",
    "All training costs are covered by the company.",
    "Pay for business travel with your own card and we reimburse you within a week.",
    "代收的快递费每日交给财务。",
    "为客户解答保费和理赔问题。",
    "按咨询费的20%提成，上不封顶另算。",
    "You keep 10% of the agency fee as your bonus.",
    "月薪3000-5000元，包吃住。",
    "Reconcile membership fees and deposits every evening.",
    "Collect tuition payments from parents and issue receipts.",
    "顾客先付款后才能发货。",
    "Our cashier collects parking fees from visitors.",
    "解答学员关于学费、退费政策的疑问。",
  ]);
});

describe("former-blind-13: no interview: a direct start for those already holding the licence", () => {
  cleanInText("fraud.no_interview", [
    "有叉车证的师傅可直接上岗，没证的公司安排培训。",
    "Experienced welders can start straight away after the safety briefing.",
    "持A2驾照者直接安排上岗，其他人需参加培训。",
  ]);
  flaggedInText("fraud.no_interview", ["无需面试，直接上岗。", "Licensed or not, you start right away, no interview."]);
});

describe("former-blind-13: pyramid: recruits named by rank, generations and pay by level", () => {
  flaggedInText("fraud.pyramid", [
    "每介绍一位合伙人入伙奖励500元。",
    "三代推荐都有提成，越早加入越好。",
    "奖金按代数拿，团队越早建越好。",
    "按级别领分红，推荐越多级别越高。",
    "Get 8% from your direct recruits and 4% from the second generation.",
    "每邀请两位新会员注册返佣200元。",
    "提成根据层级计算，下面的人越多越好。",
    "You earn 15% on first-level members and 5% on the third level.",
  ]);
  cleanInText("fraud.pyramid", [
    "发展代理商，按代理商销售额拿提成。",
    "推荐朋友入职满三个月奖励1000元。",
    "邀请会员参加门店活动，负责活动签到。",
    "负责会员注册审核和积分兑换。",
  ]);
  it("does not flag paid_internship under the title Community Partner: Level 1 referrals earn you 10% and level 2 referrals 5%.", () => {
    expect(
      postingTitled("Community Partner", "Level 1 referrals earn you 10% and level 2 referrals 5%."),
    ).not.toContain("paid_internship");
  });
});

describe("former-blind-13: training loan: an instalment agreement repaid from the wages", () => {
  flaggedInText("training_loan", [
    "学费1.2万。入学签《就业分期协议》，工作后工资中每月扣1000元。",
    "集训费9800元。可签分期合同，入职后薪资中逐月扣回。",
  ]);
  cleanInText("training_loan", ["协助学员签署分期协议并归档。"]);
});

describe("former-blind-13: paid internship: a charge that falls due only if the referral or offer succeeds", () => {
  flaggedInText("paid_internship", [
    "内推成功后收取3000元服务费。",
    "录取成功才收费，不成功全额退。",
    "For fresh graduates: interview coaching, pay RMB 5,000 only once you are hired by the bank.",
    "内推通过后再缴费8000元。",
  ]);
  cleanInText("paid_internship", ["推荐朋友入职成功，公司奖励2000元。"]);
});

describe("former-blind-13: hype: an income floor and nil effort in English", () => {
  flaggedInText("hype", [
    "Make more than 2,000 a day from your sofa, zero effort required.",
    "Earn at least $500 per week working from home.",
    "在家做问卷，每天至少赚800，零投入零风险。",
    "Earn upwards of $1,000 every week with zero effort.",
  ]);
  cleanInText("hype", ["Work at least 40 hours per week.", "We build zero-effort onboarding tools for HR teams."]);
});

describe("former-blind-13: the learned layer: training without any payment is not a training loan", () => {
  cleanInText("training_loan", ["学校不向教师收取任何培训费用。每年暑假有带薪教研培训。"]);
});

describe("former-blind-13: pay per event with the pay word between, and per finished unit in English", () => {
  it("takes the rate as stated pay (no salary.missing flag)", () => {
    for (const description of [
      "每场展会的劳务费为600元。",
      "RMB 300 per completed survey, about ten a week.",
      "CNY 1,200 for each finished chapter.",
    ])
      expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it("still flags missing pay when the rate is not given", () => {
    expect(posting({ description: "按场结算，价格面议。", min: null, max: null })).toContain("salary.missing");
  });
});
describe("former-blind-13: a third round of new wordings, near misses of legitimate work first", () => {
  cleanInText("fee", [
    "负责学员报名、收取学费并开具发票。",
    "物业前台：受理业主缴纳物业费、停车费。",
    "公司承担全部体检费用，入职后报销。",
    "Process refund requests for customers' security deposits.",
    "Our agency fee is paid by the hiring company, never by candidates.",
    "工服由公司免费发放，离职无需退还。",
    "负责统计各门店的会员费收入并交给财务。",
  ]);
  cleanInText("fraud.id_or_bank", [
    "银行柜员：为客户办理开户、銀行卡挂失业务。",
    "入职后请提供本人银行卡号用于发放工资。",
    "Help customers register accounts with their own ID at the branch.",
    "管理公司抖音和小红书账号，账号由市场部统一运营。",
    "We never keep your passport; HR only checks it on day one.",
  ]);
  cleanInText("off_platform_contact", [
    "负责公司微信公众号和视频号的内容运营。",
    "Run our WeChat official account and write two posts a week.",
    "熟悉企业微信 API 对接（如 wecom_sdk）。",
    "请通过本平台投递简历，我们会在平台消息中回复。",
  ]);
  cleanInText("fraud.commission_only", [
    "底薪5000元+提成，季度达标另发奖金。",
    "底薪4500元，不与业绩挂钩，达标后另有提成。",
    "Base salary RMB 6,000 plus commission once you hit target.",
  ]);
  cleanInText("fraud.pyramid", [
    "渠道经理：发展区域经销商，按经销商回款提成。",
    "会员运营：策划会员推荐有礼活动，统计推荐数据。",
    "Grow our reseller network across three provinces; commission on reseller sales.",
  ]);
  cleanInText("fraud.no_interview", [
    "持有效健康证者可直接上岗，无证者入职一周内办理（费用公司报销）。",
    "面试通过后直接安排入职。",
  ]);
  cleanInText("training_loan", ["公司提供免费岗前培训，培训期间带薪。"]);
  cleanInText("paid_internship", ["内推成功的员工可获2000元奖励。"]);
  cleanInText("hype", [
    "公司承诺入职即缴纳五险一金。",
    "员工需保证每月出勤不少于22天。",
    "Salary RMB 12,000–15,000 a month depending on experience.",
  ]);
  flaggedInText("fee", [
    "入职前需先交800元服装押金，三个月后退。",
    "上岗需自费购买指定电动车，价格3600元。",
    "New drivers pay a RMB 2,000 vehicle deposit before their first shift.",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "需把本人的支付宝账号和密码交给组长统一管理。",
    "入职需办理两张本人名下的银行卡，卡和U盾都交给公司。",
    "You will receive client payments into your personal bank account and transfer them to our company account.",
  ]);
  flaggedInText("off_platform_contact", [
    "有意向的直接加我微信：abc_hr123。",
    "站内信不看，电话一八六一二三四五六七八。",
    "We do not reply to messages here; WhatsApp us instead.",
  ]);
  flaggedInText("fraud.commission_only", [
    "没有底薪，按单结算提成。",
    "底薪需连续三个月完成任务方可发放。",
    "Base pay is only paid if you meet your quota; otherwise commission only.",
  ]);
  flaggedInText("fraud.pyramid", [
    "交3980元成为店主，再推荐店主加入拿奖励。",
    "一级返20%，二级返10%，三级返5%。",
    "Earn 10% from your recruits and 5% from the people they recruit.",
  ]);
  flaggedInText("fraud.no_interview", [
    "不用面试，报名当天就能上班。",
    "No interviews, you are hired once you sign up.",
  ]);
  flaggedInText("training_loan", [
    "培训费用两万元，可办理分期，入职后每月从工资中扣除。",
    "Join our bootcamp now and repay the tuition from your future salary.",
  ]);
  flaggedInText("hype", [
    "在家兼职，动动手指月入两万。",
    "Work from home and make $3,000 a week, no experience needed.",
  ]);
  it("does not flag training_loan under the title 课程顾问: 负责为学员讲解课程分期付款方案并签约。", () => {
    expect(postingTitled("课程顾问", "负责为学员讲解课程分期付款方案并签约。")).not.toContain("training_loan");
  });
  it("does not flag paid_internship under the title 运营实习生: 实习生每月补贴3000元，实习结束可留用。", () => {
    expect(postingTitled("运营实习生", "实习生每月补贴3000元，实习结束可留用。")).not.toContain("paid_internship");
  });
  it("flags paid_internship under the title 暑期实习: 名企实习名额有限，每个名额收费5000元。", () => {
    expect(postingTitled("暑期实习", "名企实习名额有限，每个名额收费5000元。")).toContain("paid_internship");
  });
  it("flags paid_internship under the title Internship Programme: Pay RMB 8,000 for a guaranteed internship offer at a top bank.", () => {
    expect(
      postingTitled("Internship Programme", "Pay RMB 8,000 for a guaranteed internship offer at a top bank."),
    ).toContain("paid_internship");
  });
});

describe("former-blind-13: a fourth round, stories of money and recruits told otherwise", () => {
  flaggedInText("fraud.id_or_bank", [
    "兼职收款员：客户的货款打到你自己的微信上，再按指示转给财务。",
    "需提供本人手机号和身份证帮公司实名注册游戏账号，每个号给30元。",
    "入职后名下的对公账户交给老板统一使用。",
    "Lend us your Alipay account for company collections; we pay RMB 200 a month.",
  ]);
  cleanInText("fraud.id_or_bank", [
    "负责门店收银，营业款每日存入公司对公账户。",
    "入职后公司统一为员工办理工资卡，卡由员工本人保管。",
    "受理群众关于出租出借银行卡的举报。",
  ]);
  flaggedInText("fee", [
    "上岗前需购买公司指定的保温箱和头盔，共计388元。",
    "报到时交500元住宿押金，离职时退。",
    "Trainees cover a RMB 1,200 course material fee before starting.",
  ]);
  cleanInText("fee", [
    "住宿免费，水电费按实际用量由公司承担。",
    "负责向客户收取物业费并开具收据。",
    "Handle guest deposits at check-in and check-out.",
  ]);
  flaggedInText("fraud.commission_only", [
    "收入完全取决于成交，公司不发固定工资。",
    "保底要等连续两个月冲到业绩线才给。",
    "You are only paid when your customers sign.",
  ]);
  cleanInText("fraud.commission_only", ["固定月薪6000元，另有成交提成。"]);
  flaggedInText("fraud.pyramid", [
    "成为金卡会员后，每拉一位新会员入会奖励300元，他再拉人你还能拿150元。",
    "投资3万元成为合伙人，你推荐的合伙人的业绩你也有分红。",
    "Join as a silver member, then every member you sponsor earns you 10%, and their sponsors 5%.",
  ]);
  cleanInText("fraud.pyramid", [
    "负责会员体系搭建，设计会员等级和积分规则。",
    "协助调查以发展下线为手段的传销案件，整理证据材料。",
  ]);
  flaggedInText("hype", ["只要肯干，一年存够首付不是梦。", "Earn more than a doctor, working just three hours a day."]);
  cleanInText("hype", ["公司保证每月15日前足额发放工资。", "我们承诺所有员工享有带薪年假。"]);
  flaggedInText("off_platform_contact", [
    "详情请移步微信，搜索 hz_jobs2026 加好友。",
    "在这里问我不会回，打一五八八八八八xxxx。",
    "Applications through this site are not read; email jobs.hr2026@gmail.com instead.",
  ]);
  cleanInText("off_platform_contact", [
    "负责企业微信客户群的日常运营和活动策划。",
    "如有任何以我司名义私下联系您的情况，请通过平台举报。",
  ]);
  flaggedInText("fraud.no_interview", ["不看简历，不用面试，来了就安排上班。"]);
  cleanInText("fraud.no_interview", ["有焊工证的师傅直接安排上岗。"]);
  flaggedInText("training_loan", ["学员可申请助学分期，上岗后每月从工资扣800元还款。"]);
  cleanInText("paid_internship", ["审核实习岗位，发现收取实习费等违规情况及时下架。"]);
  it("does not flag fraud.pyramid under the title Sales Team Lead: Recruit and train a team of five sales reps; team bonus paid quarterly.", () => {
    expect(
      postingTitled("Sales Team Lead", "Recruit and train a team of five sales reps; team bonus paid quarterly."),
    ).not.toContain("fraud.pyramid");
  });
  it("does not flag training_loan under the title 教务专员: 协助学员办理退费和分期还款咨询。", () => {
    expect(postingTitled("教务专员", "协助学员办理退费和分期还款咨询。")).not.toContain("training_loan");
  });
  it("flags paid_internship under the title 实习内推: 大厂实习内推，成功入职后支付服务费6000元。", () => {
    expect(postingTitled("实习内推", "大厂实习内推，成功入职后支付服务费6000元。")).toContain("paid_internship");
  });
});

describe("former-blind-13: legitimate work that names money, accounts, recruits and contacts raises no fraud flag", () => {
  // Every rule but discrimination and pay: the money, contact and scheme rules.
  const FRAUD_RULES: readonly PostingRuleId[] = POSTING_RULE_IDS.filter(
    (rule) => !rule.startsWith("discrimination.") && !rule.startsWith("salary."),
  );
  for (const description of [
    "负责门店会员推荐活动的执行，统计每位会员推荐新客的数量并发放积分。",
    "渠道销售：开拓区域经销商，经销商进货额的3%作为你的季度奖金。",
    "保险代理人培训讲师，讲解增员流程和佣金制度。",
    "负责跨境电商店铺运营，店铺为公司自有，账号由公司提供。",
    "出纳：负责公司网银U盾的保管及付款审批流程。",
    "协助财务核对员工报销单据，处理差旅费用报销。",
    "新员工入职当天需携带身份证原件、学历证书原件核验，复印件留存人事档案。",
    "客服专员：处理用户关于会员费退款的咨询和投诉。",
    "负责向新员工讲解公司薪酬制度，包括底薪、绩效和提成的计算方法。",
    "销售顾问底薪4000元，完成月度目标后另有提成和奖金。",
    "司机：公司配车，油费、过路费实报实销。",
    "培训期间公司提供食宿，不收取任何费用。",
    "实习生：参与投行项目，实习补贴每天200元，由公司支付。",
    "家政公司门店店长，负责为家政阿姨安排上户，核对客户缴费。",
    "劳务派遣专员：办理外派员工签证、体检和出境手续，费用由公司承担。",
    "HR BP：负责内推奖励政策的宣传，内推成功奖励员工2000元。",
    "Compliance analyst: review merchant accounts for signs of money laundering, such as funds moved through personal accounts.",
    "Accounts receivable clerk: record customer payments into the company's bank account and reconcile daily.",
    "Community manager for our WeChat group of 3,000 parents; answer questions about courses.",
    "Field sales rep, base salary RMB 5,000 plus commission on every deal you close.",
    "We pay your relocation costs, including the deposit on your first apartment.",
    "Customer success: help clients set up accounts with their own company ID and verify documents.",
    "直播运营：负责公司抖音账号的日常运营，账号归公司所有。",
    "面试通过后公司为你办理工资卡，卡和密码均由本人保管。",
    "我们承诺：不收取任何押金、培训费，不扣押任何证件。",
    "平台消息会由HR在工作日内统一回复，请耐心等待。",
    "请在本平台投递简历，我们不接受微信或电话报名。",
    "年终奖按绩效发放，优秀员工可达4个月工资。",
    "经验丰富者可直接上岗，新手有师傅带教一个月。",
    "提供免费岗前培训，培训合格后安排上岗，培训期间发放基本工资。",
  ])
    it(`raises no fraud flag: ${description}`, () => {
      expect(posting({ description }).filter((rule) => FRAUD_RULES.includes(rule))).toEqual([]);
    });
  // A clause that goes on listing what the clause before it covers belongs to that clause's payer.
  flaggedInText("fee", [
    "Applicants pay a registration fee, including a RMB 200 deposit.",
    "需交培训费，包括500元押金。",
  ]);
});

describe("former-blind-13: a sixth round, English and mixed wordings", () => {
  flaggedInText("fee", [
    "入职前先交一笔 equipment deposit，RMB 800，离职退还。",
    "Before your first shift you'll need to buy the company tablet (RMB 1,500).",
    "A one-time onboarding charge of 300 yuan is taken from each new starter.",
  ]);
  cleanInText("fee", ["Onboarding is free; we never charge new starters anything."]);
  flaggedInText("fraud.id_or_bank", [
    "Please bring your 身份证 and 银行卡 to the interview so HR can keep them on file until you leave.",
    "Open a new WeChat account with your phone number and hand it over to the team lead.",
  ]);
  cleanInText("fraud.id_or_bank", ["HR will ask for your bank card number after you sign the contract, for payroll."]);
  flaggedInText("fraud.commission_only", [
    "Compensation: 100% on commission，无底薪。",
    "There's no fixed pay — what you earn depends on the policies you sell.",
  ]);
  cleanInText("fraud.commission_only", ["Fixed salary of RMB 7,000, with a sales bonus on top."]);
  flaggedInText("fraud.pyramid", [
    "Buy the starter pack, then build your own team — you earn on everything your team buys.",
    "每发展一名下级代理，公司奖励你200元，下级再发展你还有50元。",
  ]);
  cleanInText("fraud.pyramid", [
    "Build and lead a team of six engineers; your bonus depends on the project's delivery.",
  ]);
  flaggedInText("hype", [
    "No skills? No problem — people like you make RMB 30,000 a month with us.",
    "跟着团队干，三个月实现月入三万，半年买车。",
  ]);
  cleanInText("hype", ["Monthly salary RMB 30,000–40,000 for senior engineers with 8+ years' experience."]);
  flaggedInText("off_platform_contact", [
    "For a faster reply, ping me on Telegram: @hr_lucy88.",
    "看到请加V：zp_2026xyz，平台不怎么上。",
  ]);
  cleanInText("off_platform_contact", ["You can track your application status on this platform at any time."]);
  flaggedInText("fraud.no_interview", ["Fill in the form and you're hired — no interview, no test."]);
  cleanInText("fraud.no_interview", ["After a short interview, successful candidates can start immediately."]);
  flaggedInText("training_loan", [
    "Course fee RMB 19,800, paid in 12 instalments deducted from your wages once you're placed.",
  ]);
  cleanInText("training_loan", ["All training is paid by the company and there is no bond."]);
  it("flags paid_internship under the title Internship Programme: Secure a Big Four internship: our package costs RMB 12,800 and includes a guaranteed referral.", () => {
    expect(
      postingTitled(
        "Internship Programme",
        "Secure a Big Four internship: our package costs RMB 12,800 and includes a guaranteed referral.",
      ),
    ).toContain("paid_internship");
  });
  it("does not flag paid_internship under the title Audit Intern: Interns receive a monthly allowance of RMB 4,000.", () => {
    expect(postingTitled("Audit Intern", "Interns receive a monthly allowance of RMB 4,000.")).not.toContain(
      "paid_internship",
    );
  });
  cleanInText("hype", ["No experience needed; you will earn RMB 4,500 a month plus overtime."]);
  flaggedInText("fraud.id_or_bank", ["Send us your bank card number before the interview."]);
});

describe("former-blind-13: a seventh round, near misses naming the schemes and the schemes told plainly", () => {
  cleanInText("fee", [
    "学费由家长直接缴纳至学校账户，教师不经手任何费用。",
    "负责审核经销商保证金的收取与退还。",
    "会员卡销售：向顾客介绍年卡价格和续费优惠。",
    "If you are asked to pay any fee to apply, please report it to us.",
  ]);
  cleanInText("fraud.id_or_bank", [
    "负责银行开户业务，审核客户身份证和银行卡信息。",
    "Payroll officer: collect new employees' bank details after they join.",
    "我司不会要求求职者提供银行卡密码或验证码。",
  ]);
  cleanInText("off_platform_contact", [
    "负责公司QQ群、微信群的社群运营，策划线上活动。",
    "Manage our brand's WhatsApp Business channel and reply to customers.",
  ]);
  cleanInText("fraud.pyramid", [
    "负责经销商团队培训，讲解公司产品和渠道政策。",
    "市场监管执法岗：查处传销和拉人头等违法行为。",
  ]);
  cleanInText("fraud.commission_only", ["底薪3500元，无责任底薪，另有提成。"]);
  cleanInText("hype", ["我们保证员工每周至少休息一天。", "公司承诺为员工提供晋升通道和培训机会。"]);
  cleanInText("fraud.no_interview", ["内部员工转岗无需再次面试，外部候选人需两轮面试。"]);
  flaggedInText("fee", [
    "报名成功后需转账300元资料费到负责人个人账户。",
    "入职须购买公司健康产品一套（1680元），作为上岗条件。",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "帮公司收款，用你的银行卡接收客户转账，每笔给你1%。",
    "Give us your ID card photo and bank card number when you apply.",
  ]);
  flaggedInText("off_platform_contact", [
    "投递后请加HR钉钉：dd_hr2026，平台不回。",
    "Text me on WhatsApp +86 13912345678 to apply.",
  ]);
  flaggedInText("fraud.pyramid", [
    "升级为钻石会员需推荐5人，团队每多一层你多拿5%。",
    "Your income comes from the fees paid by new members you bring in, and by the ones they bring in.",
  ]);
  flaggedInText("fraud.commission_only", [
    "前三个月没有工资，只有成交提成。",
    "Pay is commission-based only, zero guaranteed income.",
  ]);
  flaggedInText("hype", [
    "干满一年保你买房，月入三万起步。",
    "Guaranteed RMB 50,000 a month from day one — no experience needed.",
  ]);
  flaggedInText("fraud.no_interview", ["电话沟通后直接录用，第二天上班。"]);
  flaggedInText("training_loan", ["入学不用钱，学费等你上班后从工资里分月扣。"]);
  it("flags paid_internship under the title 实习证明办理: 交2000元保证拿到实习证明，不用到岗。", () => {
    expect(postingTitled("实习证明办理", "交2000元保证拿到实习证明，不用到岗。")).toContain("paid_internship");
  });
  cleanInText("hype", [
    "Guaranteed RMB 12,000 a month base salary for senior account managers with 5 years' experience.",
  ]);
});

// former-blind-14 discrimination (vet14-disc)
// The classes behind former-blind-14's discrimination misses and false flags. Every wording is new (none is a sentence of
// any corpus set); each class has near misses that must stay clean.

describe("former-blind-14 discrimination: an impairment named as a noun", () => {
  flaggedInText("discrimination.health", [
    "Candidates with visual impairments will not be considered for the warehouse role.",
    "We cannot hire anyone with a speech impairment for the call centre.",
    "Applicants who have mobility impairments need not apply.",
    "People with hearing loss will not be considered.",
    "听力障碍者本岗位暂不考虑。",
    "视力障碍的朋友请勿投递。",
  ]);
  cleanInText("discrimination.health", [
    "You will design captions for viewers with hearing impairments.",
    "The app helps people with visual impairments read menus; all applicants are welcome.",
    "为听力障碍儿童提供康复训练和家长咨询。",
  ]);
});

describe("former-blind-14 discrimination: a faith named by its observance or its rite of entry", () => {
  flaggedInText("discrimination.religion", [
    "Staff who keep religious fasting will not be a good fit for the night shift.",
    "Anyone who performs daily prayers at work will not be considered.",
    "All teachers must be baptized before the contract is signed.",
    "入职前须先受洗，并参加公司的团契。",
    "本店员工需皈依，每月初一十五吃素。",
    "Staff who keep the Sabbath won't be considered for weekend shifts.",
    "员工必须受戒，住寺管理。",
    "Applicants who take religious holidays off will not be considered.",
  ]);
  cleanInText("discrimination.religion", [
    "The museum guide explains the history of religious fasting in Central Asia.",
    "负责教堂受洗仪式的场地布置和摄影。",
    "我们不要求员工受洗或参加任何宗教活动。",
    "Staff are not required to be baptised; people of every faith are welcome.",
    "Staff get paid leave on religious holidays.",
  ]);
});

describe("former-blind-14 discrimination: 'we do not accept' with the applications named before the people", () => {
  flaggedInText("discrimination.gender", ["We will not accept applications from women for the rig crew."]);
  flaggedInText("discrimination.ethnicity", ["No CVs from ethnic minorities, please."]);
  flaggedInText("discrimination.health", ["We do not accept CVs from people with diabetes."]);
  cleanInText("discrimination.gender", [
    "We do not accept applications from agencies; women and men apply directly.",
    "We do not accept discrimination against women at any stage of hiring.",
  ]);
});

describe("former-blind-14 discrimination: a race or a region worn as a look ('-looking')", () => {
  flaggedInText("discrimination.race", [
    "Parents want European-looking tutors, so we only hire those.",
    "No African-looking models for this campaign.",
    "Middle Eastern-looking candidates will not be shortlisted.",
    "No Latino-looking staff at the front desk.",
    "Only white-looking hosts, the client insists.",
  ]);
  cleanInText("discrimination.race", [
    "Good-looking slides and a clear voice matter more than anything.",
    "We are looking for Asian market analysts with Japanese sales experience.",
  ]);
});

describe("former-blind-14 discrimination: a people with a hyphen before 'ethnicity' or 'origin'", () => {
  flaggedInText("discrimination.ethnicity", [
    "Preference for Tibetan-ethnicity candidates.",
    "Only Han-origin applicants will be interviewed.",
  ]);
  cleanInText("discrimination.ethnicity", ["Applicants of any ethnicity, Han-ethnicity or not, are welcome."]);
});

describe("former-blind-14 discrimination: 'prefer' (倾向, 偏向) alone before the attribute, also in mixed text", () => {
  flaggedInText("discrimination.marital", [
    "Prefer已婚男士，出差少。",
    "Prefer married applicants who have settled down.",
  ]);
  flaggedInText("discrimination.gender", ["Prefer男生, 需要经常搬货。"]);
  flaggedInText("discrimination.gender", [
    "因经常驻厂，这个岗位更倾向男同事。",
    "本职位偏向男性应聘者。",
    "我们偏向招女生，沟通细致。",
  ]);
  flaggedInText("discrimination.marital", ["倾向已婚已育的候选人，稳定。"]);
  cleanInText("discrimination.gender", [
    "店铺风格偏向女性化，需会拍摄穿搭。",
    "我们的客群偏向女性，需熟悉美妆。",
    "品牌定位倾向女性消费者。",
  ]);
  cleanInText("discrimination.gender", [
    "We prefer candidates with forklift licences; men and women are equally welcome.",
    "Prefer not to state your gender? That is fine.",
  ]);
});

describe("former-blind-14 discrimination: having given birth, and the age of the applicant's children", () => {
  flaggedInText("discrimination.marital", [
    "生育过的宝妈优先，更懂客户。",
    "只招已生育的女士。",
    "小孩还小的这次就不考虑了。",
    "只招孩子已经上大学的阿姨。",
    "子女未满三岁的暂不安排面试。",
    "We only consider candidates whose kids are already in school.",
    "Applicants with children under five will not be shortlisted.",
  ]);
  cleanInText("discrimination.marital", [
    "课程面向孩子已经上小学的家庭，周末授课。",
    "公司理解孩子还小的员工，允许弹性上下班。",
    "孩子上大学了想重新工作的朋友也欢迎。",
    "Our after-school club serves parents whose kids are already in school.",
  ]);
});

describe("former-blind-14 discrimination: every other school turned away after some are named", () => {
  flaggedInText("discrimination.school_tier", [
    "只要中大、华工的同学，其他院校的简历不看。",
    "清华北大优先，其余学校一律不考虑。",
    "Students from other universities will not be considered.",
    "Target schools only: Fudan, SJTU and ZJU.",
    "复旦、同济only，其它高校免投。",
    "其他学校毕业的就不要投了。",
    "非目标院校的同学勿投。",
  ]);
  cleanInText("discrimination.school_tier", [
    "我们和其他学校不一样，录取只看作品集。",
    "欢迎来自其他院校的同学投递。",
    "帮助学员考入目标院校，按结果收费。",
    "与其他高校不接受转专业不同，本校欢迎跨专业报考。",
    "Students from other universities are welcome to apply.",
  ]);
});

describe("former-blind-14 discrimination: a language pair after the interpreter or translator", () => {
  cleanInText("discrimination.ethnicity", [
    "Medical Interpreter (Uyghur–Mandarin) for a county hospital.",
    "Court translator (Kazakh—Chinese), any background welcome.",
    "Translator, Uyghur/Chinese, for court documents; any background welcome.",
  ]);
  flaggedInText("discrimination.ethnicity", ["Interpreter needed. Uyghur applicants only."]);
});

describe("former-blind-14 discrimination: welcomes said 'as well', and refusing to make an attribute a condition", () => {
  cleanInText("discrimination.region", [
    "本岗位可协助办理上海落户，非沪籍应届生同样欢迎。",
    "外地户口的同学一样欢迎，公司提供宿舍。",
    "我们从不以户籍、籍贯作为录用条件。",
    "公司不接受以户籍、籍贯为条件的委托。",
  ]);
  cleanInText("discrimination.gender", ["平台拒绝以性别、婚育为条件的招聘需求。"]);
  flaggedInText("discrimination.region", ["不接受外地、农村户口。"]);
});

describe("former-blind-14 discrimination: a garment cut for one sex as the reason for a fitting model", () => {
  it("does not flag gender: a fit model limited to women because the samples follow a women's pattern", () => {
    expect(postingTitled("样衣试穿模特", "因样衣都按女装尺码打版，限女性，身高165左右。")).not.toContain(
      "discrimination.gender",
    );
  });
  it("does not flag gender: an English fit model limited to men because the suits are cut for men", () => {
    expect(
      postingTitled("Fit Model", "Men only, because the suits in this collection are cut for men; size 50 jacket."),
    ).not.toContain("discrimination.gender");
  });
  it("flags gender: a sales clerk limited to women with no reason in the garment", () => {
    expect(postingTitled("服装店导购", "限女性，身高165以上，形象好。")).toContain("discrimination.gender");
  });
});

describe("former-blind-14 discrimination: a hepatitis B or HIV test, or its campaign, as the employee's own duty", () => {
  cleanInText("discrimination.health", [
    "负责社区艾滋病检测的预约和结果登记。",
    "参与丙肝防治宣传进校园活动的策划。",
    "检验科技师：开展乙肝五项、肝功能等检测并出具报告。",
  ]);
  flaggedInText("discrimination.health", ["入职前须做乙肝五项检查，阳性者不予录用。"]);
});

describe("former-blind-14 discrimination: the people served named by their faith", () => {
  cleanInText("discrimination.religion", [
    "Tour coordinator for Muslim tourists visiting Xi'an; we hire people of every faith.",
    "Hotel concierge serving Jewish guests during the festival season.",
    "负责穆斯林游客的接待和清真餐厅预订。",
  ]);
  flaggedInText("discrimination.religion", ["Muslim applicants only, for our tour desk."]);
});

// former-blind-14 fraud (vet14-fraud)

describe("former-blind-14: a fee the worker earns or the job collects is not a charge on the applicant", () => {
  cleanInText("fee", [
    "负责门店代收快递，每件可拿服务费0.5元，另有底薪。",
    "经纪人按成交额赚取中介费，公司另发基本工资。",
    "提成按签约服务费的一定比例计算，每季度发放。",
    "You earn a percentage of every service fee you bring in.",
    "每年九月开学是收费高峰，需加班。",
    "驾校报名旺季也是缴费高峰，工作量较大。",
    "医院门诊收费窗口工作，轮班制。",
    "Moderate our job board and remove listings that ask for deposits or fees.",
    "Moderators take down ads which ask for deposits from job seekers.",
    "平台每单获得服务费，另有保底。",
  ]);
  flaggedInText("fee", [
    "入职前需缴纳服务费800元，缴纳后安排上岗。",
    "上岗需交押金500元，收到后安排工作，月薪五千。",
    "A placement fee of RMB 1,500 is payable before your first shift.",
  ]);
});

describe("former-blind-14: a price for an internship is a paid internship even when the intern is also paid", () => {
  flaggedInText("paid_internship", [
    "券商实习名额有限，支付3000元锁定费即可获得实习机会，实习期间每月补贴2000元。",
    "大厂实习内推，服务费仅需4999，内推成功后公司正常发放实习工资。",
    "海外暑期实习项目费12800元，实习期间企业提供餐补。",
    "Summer internship in Shanghai: programme fee of RMB 9,000; the host firm pays a small monthly stipend.",
  ]);
  for (const text of [
    "券商实习名额有限，支付3000元锁定费即可获得实习机会，实习期间每月补贴2000元。",
    "大厂实习内推，服务费仅需4999，内推成功后公司正常发放实习工资。",
  ]) {
    it(`flags the internship's price once, as paid_internship not fee: ${text}`, () => {
      expect(posting({ description: text })).not.toContain("fee");
    });
  }
  cleanInText("paid_internship", [
    "实习期间每月补贴3000元，公司报销往返交通费。",
    "实习生餐费补贴每天30元，不收取任何费用。",
    "Interns receive a monthly stipend of RMB 3,000; no fees of any kind.",
  ]);
});

describe("former-blind-14: a training loan or an identity demand described as what the job prevents or serves", () => {
  cleanInText("training_loan", [
    "风控岗：严防合作学校以就业为名诱导学员办理分期贷款。",
    "受理家长关于“学费贷”的投诉，协调机构退款。",
    "核实合作机构是否以贷款方式哄骗学员报名。",
    "公司主营付费课程的推广与销售，底薪四千。",
  ]);
  flaggedInText("training_loan", [
    "学费两万，可办理贷款分期，就业后从工资里扣。",
    "核实学员是否真实参加培训，学费可分期贷款。",
    "零基础入学，培训费用由合作金融机构贷款垫付，入职后按月还款。",
  ]);
  cleanInText("fraud.id_or_bank", [
    "为储户办理借记卡、手机银行和U盾等产品的开通。",
    "Review licences, bank account details and director ID copies for sellers opening stores on our marketplace.",
    "Check business licences and bank account details of suppliers joining our procurement platform.",
    "公积金专员：每月需要员工提供身份证复印件和银行卡号。",
    "请员工提交身份证复印件和工资卡号，用于办理社保。",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "面试前请将身份证正反面照片和银行卡号发给招聘专员。",
    "入职前需要你提供身份证复印件和银行卡号。",
    "Send your ID card photo and bank card number to HR before the interview.",
  ]);
});

describe("former-blind-14: pay per day or per event, with its currency or a range written 到/至, states the pay", () => {
  it.each([
    ["Expo Crew", "Pay is 300 yuan per day for the two-day expo, paid on the last day."],
    ["Festival Crew", "Crew are paid RMB 280 a day during the festival."],
    ["司仪", "按场计酬，每场600至900元，周末为主。"],
    ["活动摄影师", "每场拍摄800到1200元，按月结算。"],
  ])("does not flag salary.missing: %s — %s", (title, description) => {
    expect(salaryRules(title, undefined, undefined, description)).not.toContain("salary.missing");
  });
  it.each([
    ["Warehouse Assistant", "Full-time role in our Suzhou warehouse, 8 hours per day."],
    ["仓库文员", "每天工作8小时，月休四天。"],
  ])("flags salary.missing where hours, not pay, are per day: %s — %s", (title, description) => {
    expect(salaryRules(title, undefined, undefined, description)).toContain("salary.missing");
  });
});

describe("former-blind-14: a messaging app as the product, a franchise fee paid by franchisees, no interview as a refund's condition", () => {
  cleanInText("off_platform_contact", [
    "Build customer-service flows for WhatsApp and Line bots used by our retail clients.",
    "WhatsApp Integration Developer: connect our CRM to the WhatsApp Business platform.",
  ]);
  flaggedInText("off_platform_contact", ["Contact us on Telegram @hr_fast to apply."]);
  cleanInText("fraud.pyramid", [
    "餐饮品牌招商专员：经销商缴纳加盟费后由总部提供选址和培训。",
    "合作门店支付加盟费即可使用品牌，没有层级返利。",
  ]);
  flaggedInText("fraud.pyramid", ["加盟费3万元，再拉下级加盟商可拿返利。"]);
  cleanInText("fraud.no_interview", ["Fee refunded if you receive no interview within 60 days."]);
  flaggedInText("fraud.no_interview", ["No interview needed — start tomorrow.", "免面试，报名即录用。"]);
});

describe("former-blind-14: paying to unlock work, goods bought from the employer, an application fee beside a training loan", () => {
  flaggedInText("fee", [
    "开通会员299元即可领任务，按条结算。",
    "注册账号88元就能开始接单。",
    "上岗前须从站点统一购买工服和保温箱共980元。",
    "Couriers buy the e-bike and helmet from us for 3,000 yuan before starting.",
    "Pay 60 yuan for the typing software and we send you files.",
    "Just pay 99 yuan for the starter kit and begin today.",
  ]);
  cleanInText("fee", [
    "We pay 80 yuan for each article you publish.",
    "Customers can buy the kit from us for 300 yuan.",
    "我们的客户可向公司购买设备，单价3000元。",
    "Drivers are paid 50 yuan for the trip.",
  ]);
  it("flags an application fee beside a training loan as a fee of its own", () => {
    expect(posting({ description: "报名费300元，学费可分期从工资扣除。" })).toEqual(
      expect.arrayContaining(["fee", "training_loan"]),
    );
  });
  it("does not flag the course's price beside a training loan as a fee", () => {
    expect(posting({ description: "学费12800元可分期，就业后从工资扣。" })).not.toContain("fee");
  });
});

describe("former-blind-14: pyramid pay on recruits' recruits told as a story, head counts of partners, recruiting bonuses", () => {
  flaggedInText("fraud.pyramid", [
    "三级会员消费你也有提成。",
    "他拉人你再拿300元。",
    "只要发展五个伙伴就能晋升经理。",
    "Our plan pays bonuses on recruiting new members, plus a share of their orders.",
  ]);
  cleanInText("fraud.pyramid", [
    "Recruiters earn bonuses on recruitment targets met each quarter.",
    "HR: bonuses on recruitment of new engineers each quarter.",
    "他推荐你来我们公司，你也能拿推荐奖。",
    "二级医院工作经验，你还有机会拿奖金。",
    "推荐朋友入职奖励1000元。",
  ]);
});

describe("former-blind-14: contact, account and pay wordings told otherwise", () => {
  flaggedInText("off_platform_contact", [
    "简历发邮箱，电话13号之后联系（同v）。",
    "联系招聘：w x 号 abc_hr01。",
    "Message our HR on DingTalk to book an interview.",
  ]);
  cleanInText("off_platform_contact", [
    "负责QQ音乐2024年度榜单的整理。",
    "QQ2024年度盛典活动执行。",
    "Integrate payments with DingTalk workflows for enterprise clients.",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "用本人微信收取买家付款，再转入公司账户。",
    "Share your Taobao seller login with our operations team.",
  ]);
  cleanInText("fraud.id_or_bank", [
    "Share your screen during the interview with our team.",
    "Build the login page for our banking app.",
  ]);
  flaggedInText("fraud.commission_only", ["工资=提成，多劳多得。", "没有任何固定工资，按单结算。"]);
  cleanInText("fraud.commission_only", ["无固定工作时间，底薪4000元。"]);
});

describe("former-blind-14: hype, a colleague's windfall told as what awaits the reader", () => {
  flaggedInText("hype", ["店里的小王干了一年买了车，你也可以。", "老员工年入30万，你也可以！"]);
  cleanInText("hype", ["周末想休息你也可以。", "下一个就是你，请准备好简历参加面试。", "收入稳定，想转岗你也可以。"]);
});

// former-blind-15 fraud (vet15-fraud)
// Own wordings of the classes the fraud, fee, hype, contact and salary rules missed or over-flagged on former-blind-15
// (none is a sentence of that set), with clean near misses.

describe("former-blind-15: private channels as handles, spelt-out numbers and a platform said to be rarely visited", () => {
  flaggedInText("off_platform_contact", [
    "Interested? Add TG @fast_typing_88 and we'll send tasks.",
    "免押金，加tg：@work_home_cn 领任务。",
    "进TG群 @jianzhi_group 报名。",
    "联系飞机 @jobs_cn_bot 报名。",
    "想了解请私信 @hr_xiaomei_01。",
    "应聘请联系微信 a b c 1 2 3 4，谢谢。",
    "联系方式：微 信 号 h r 8 8 6 6。",
    "QQ k f 9 9 8 8 7，备注应聘。",
    "投递后请联系 1 3 8 0 0 1 3 8 0 0 0 加快处理。",
    "平台上我们不常上线，有意者电话沟通。",
    "这边很少登录平台，消息回复慢。",
    "We rarely check this platform, so reach out elsewhere.",
  ]);
  cleanInText("off_platform_contact", [
    "Build Telegram (TG) bots for our clients' customer support; Python required.",
    "熟悉Telegram机器人开发者优先。",
    "负责公司微信公众号运营及企业微信客户群维护。",
    "Email hr@example.com with your CV; we reply within a week.",
    "会用微信和QQ等办公软件即可。",
  ]);
});

describe("former-blind-15: no interview as waivers in a row, and 'we hire anyone who' as a criterion", () => {
  flaggedInText("fraud.no_interview", [
    "不面试不体检，当天就能开工。",
    "不面试、不考核，交钱就上岗。",
    "We hire anyone who applies — no questions asked.",
  ]);
  cleanInText("fraud.no_interview", [
    "We hire anyone who can cook Sichuan dishes, no matter where they are from; two-round interview.",
    "We hire anyone who passes our two-round interview.",
    "We hire anyone with a valid forklift licence after a practical test.",
    "电话面试一轮，通过后当天可入职，不收任何费用。",
  ]);
  it("flags a no-interview offer with a deposit or an activation fee as both", () => {
    for (const description of [
      "不用面试，交200元工本费当天办工牌上岗。",
      "无须面试，直接交300元押金领设备开工。",
      "You're hired — no interview. Just pay the 199-yuan activation fee.",
      "Skip the interview: pay a 100-yuan deposit and start tomorrow.",
    ])
      expect(posting({ description })).toEqual(expect.arrayContaining(["fraud.no_interview", "fee"]));
  });
  it("does not call a hiring guarantee beside a no-interview offer a second offence (hype)", () => {
    expect(posting({ description: "免面试，百分百录用，先交150元资料费。" })).not.toContain("hype");
    expect(
      posting({ description: "No interview needed and a guaranteed job once you pay the 99-yuan fee." }),
    ).not.toContain("hype");
  });
  it("still flags an income promise beside a no-interview offer as hype", () => {
    expect(posting({ description: "无需面试，在家轻松日赚五百。" })).toEqual(
      expect.arrayContaining(["fraud.no_interview", "hype"]),
    );
  });
});

describe("former-blind-15: a share of what the recruits pay, a reward per person with the buy-in, levels below you", () => {
  flaggedInText("fraud.pyramid", [
    "Every new member pays 800 yuan to enrol, and you keep 15% of what your recruits and their recruits pay in.",
    "You receive a 25 % cut of the joining fees your recruits pay, and 10 % of what their recruits pay.",
    "Each partner you bring in pays 2,000 to join; you get 30% and 10% of their partners' fees.",
    "Build your team: you earn on everyone below you, three levels deep.",
    "入会需购买998元产品套餐，推荐一人返300元。",
    "加入先充值500元，邀请一位好友奖励100元。",
  ]);
  cleanInText("fraud.pyramid", [
    "Sell gym memberships to walk-in customers; you earn 5 % of each membership fee you sell.",
    "推荐朋友入职成功，奖励1000元。",
    "负责会员拉新活动策划，提升门店会员数量。",
    "Referral bonus: staff receive 2,000 yuan for each hire who passes probation.",
  ]);
  it("does not call a membership fee that lets you start earning a pyramid, but a fee", () => {
    for (const description of [
      "Pay the 168-yuan membership fee, then you can start earning today.",
      "交完会员费128元就能开始赚钱，每单3元。",
    ]) {
      const flags = posting({ description });
      expect(flags).toContain("fee");
      expect(flags).not.toContain("fraud.pyramid");
    }
  });
  it("does not call a pyramid's entry ticket a second offence (fee)", () => {
    for (const description of [
      "加入需先购买一套净水器4980元，之后拉人进来，每个人返你800，团队越大收入越高。",
      "Your income comes from the members you sign up and the members they sign up. Starter package 1,299 yuan.",
    ]) {
      const flags = posting({ description });
      expect(flags).toContain("fraud.pyramid");
      expect(flags).not.toContain("fee");
    }
  });
  it("still flags a separate charge beside a pyramid as a fee", () => {
    expect(posting({ description: "入职需交纳工装费及建档费共计260元。你下面的人再拉人，你也有提成。" })).toEqual(
      expect.arrayContaining(["fee", "fraud.pyramid"]),
    );
  });
});

describe("former-blind-15: hype as a money machine, earnings while you sleep, windfalls shrugged off, luxury purchases", () => {
  flaggedInText("hype", [
    "Earn 60,000 a month by your third month!",
    "Make 45,000 per month selling our policies.",
    "Our platform makes you money while you sleep.",
    "This job is your own ATM.",
    "This job is a gold mine for hard workers.",
    "送货就是提款机，多跑多得。",
    "这个岗位简直是摇钱树。",
    "月入三万不是事，干就完了。",
    "翻身就靠这一回，别犹豫。",
    "干这行三年就能在老家全款买房。",
    "跟着团队干，明年你就开保时捷。",
    "Our top reps buy a new BMW every year — you could be next.",
  ]);
  cleanInText("hype", [
    "我们是印钞机制造企业，招聘机械装配工。",
    "负责印钞机设备的日常维护。",
    "The company car is a BMW 3 Series for client visits.",
    "Typical earnings 7,000 to 12,000 a month in the first year.",
    "多劳多得，月入约六千到八千元，站点有休息室。",
    "工作满一年就能申请买房补贴。",
    "Earn 8,000 a month plus overtime.",
  ]);
});

describe("former-blind-15: fees advanced, transferred or cut from pay; an enrolment fee beside a training loan", () => {
  flaggedInText("fee", [
    "Advance the payment for each order yourself; it is refunded plus a 5% commission.",
    "Prepay the order amount, refunded the same evening plus commission.",
    "Before onboarding you will need to transfer 300 yuan for the background check.",
    "Your first month's salary will be reduced by 500 yuan to cover training materials.",
    "入职需缴纳工牌押金100元，离职时凭工牌退还。",
    "入职当天交纳意外险保费98元，由人事代收。",
    "服装费200元、体检代办费100元，入职当天现场缴清。",
    "A refundable equipment deposit of RMB 800 is collected on your first day.",
  ]);
  cleanInText("fee", [
    "Process refunds for customers who paid in advance and reconcile orders.",
    "We transfer 300 yuan for travel costs after the interview.",
    "公司免费提供工服和安全鞋，体检费用由公司报销。",
    "负责收取租客押金并办理退押手续。",
    "Handle tenant deposits and refunds in line with the lease.",
  ]);
  it("flags an enrolment or application fee beside an income-share or loan-financed course as a fee of its own", () => {
    for (const description of [
      "Training is paid through an income-share agreement of 12% of salary for two years. A 1,500-yuan non-refundable enrolment fee is due before the first class.",
      "Course fees are financed by a loan in your name; an application fee of 500 yuan is payable before the course.",
    ])
      expect(posting({ description })).toEqual(expect.arrayContaining(["fee", "training_loan"]));
  });
  it("does not flag the course's own price beside an income-share agreement as a fee", () => {
    expect(
      posting({
        description: "The course costs 18,000 yuan, covered by an income-share agreement repaid from your salary.",
      }),
    ).not.toContain("fee");
  });
});

describe("former-blind-15: an internship priced beside a wage, an agency's fee under an internship title, referrals promised after a financed course", () => {
  flaggedInText("paid_internship", [
    "缴纳实习资料费3500元后安排进入券商实习，实习期间有餐补。",
    "需支付实习指导费1800元，入职后实习单位每月发放补贴2000元。",
    "实习推荐服务费2980元，实习期间企业每月发放补贴。",
    "付费即可获得投行实习机会，实习期间有补贴。",
    "交钱就能拿到大厂内推名额。",
    "Programme charge 5,000 RMB, after which you intern at a bank; the bank pays a stipend.",
  ]);
  cleanInText("paid_internship", [
    "实习生每月补贴3000元，公司不收取任何费用。",
    "内推成功的员工可获得公司发放的推荐奖金3000元。",
    "Interns receive a 3,000-yuan monthly allowance; the company pays the 200-yuan medical check.",
    "实习期三个月，实习结束可获得实习证明，导师一对一带教。",
  ]);
  it("flags an agency's service fee under an internship title", () => {
    expect(
      posting({
        title: "Summer Internship Placement",
        description:
          "We place students with banks in Hong Kong. Agency fee 4,200 yuan; the bank pays interns a stipend.",
        min: 2000,
        max: 3000,
      }),
    ).toContain("paid_internship");
  });
  it("does not call referrals promised after a loan-financed course a paid internship", () => {
    const flags = posting({
      description:
        "No experience needed. Finance the 16,000-yuan data course with our lending partner; we promise job referrals when you finish.",
    });
    expect(flags).toContain("training_loan");
    expect(flags).not.toContain("paid_internship");
  });
  it("still flags a priced referral beside a training loan", () => {
    expect(posting({ description: "学费可分期从工资扣。另需支付内推服务费3000元。" })).toEqual(
      expect.arrayContaining(["training_loan", "paid_internship"]),
    );
  });
});

describe("former-blind-15: duties on cards and loan contracts, and pay per unit with the English unit first", () => {
  cleanInText("fraud.id_or_bank", [
    "负责为客户办理信用卡补办和销户业务。",
    "柜面岗位，受理银行卡挂失及密码重置。",
    "Tellers process card replacements and lost-card reports for customers.",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "入职需用本人身份证办理一张新手机卡交公司统一保管。",
    "Open an Alipay account in your name and give us the login.",
  ]);
  cleanInText("training_loan", [
    "在金融纠纷调解中心负责处理消费分期合同的投诉。",
    "核实学员贷款合同和退费进度，协助维权。",
    "向消费者解释分期合同条款，调解退费纠纷。",
  ]);
  flaggedInText("training_loan", [
    "零基础入学，学费19800元由合作平台先行垫付，入职后每月还款1650元。",
    "先学技术后就业，培训费可办理分期，月供不到一千。",
  ]);
  it("reads a rate written 'per event 1200元' or 'per day: RMB 300' as a stated pay", () => {
    for (const description of [
      "展会现场翻译，per event 1200元，一般一天。",
      "Weekend promoter, per day: RMB 300, lunch included.",
      "Session musician, each shoot 800元, two a month.",
    ])
      expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it("still flags pay never stated", () => {
    expect(posting({ description: "周末活动执行，包工作餐。", min: null, max: null })).toContain("salary.missing");
  });
});

describe("former-blind-15 (own third round): numbers and handles in other spellings, other groups, other buy-ins", () => {
  flaggedInText("off_platform_contact", [
    "详询 ①③⑧⓪⓪①③⑧⓪⓪⓪。",
    "联系：幺三八零零幺三八零零零。",
    "扫二维码进钉钉群面试。",
    "加入飞书群了解岗位详情。",
    "WeChat ID in my profile, message me there.",
    "找我请上电报，ID：job_hr_88。",
  ]);
  cleanInText("off_platform_contact", ["负责运营公司抖音号和小红书账号。", "通过平台投递简历，我们会在三天内回复。"]);
  flaggedInText("fraud.commission_only", [
    "Base salary of 0 yuan; commission 30% on every deal.",
    "Basic pay is zero, you earn per sale.",
  ]);
  cleanInText("fraud.commission_only", [
    "Base salary of 6,000 yuan plus commission.",
    "底薪6000元，另有销售提成，底薪不与业绩挂钩。",
  ]);
  flaggedInText("fraud.pyramid", [
    "入股2万成为合伙人，再推荐合伙人拿返利。",
    "自购一单即成为店主，分享好友开店你得佣金。",
    "Recruit two people, they recruit two each — your income grows with every level.",
  ]);
  cleanInText("fraud.pyramid", [
    "负责渠道代理商招募与管理，底薪8000元。",
    "Recruit and train new sales staff for our stores.",
  ]);
  flaggedInText("hype", ["在家动动手指一天也能挣八百。", "入行半年，我们的新人就开上了奔驰。"]);
  cleanInText("hype", ["年终奖约两个月工资。", "公司配车，可开公司的奔驰接待客户。"]);
  flaggedInText("fee", [
    "You'll need to cover the 350-yuan medical exam yourself before your first shift.",
    "Pay 200 upfront for your work permit processing.",
  ]);
  cleanInText("fee", [
    "Collect deposits from hotel guests at check-in.",
    "We pay for your uniform, medical exam and travel to the site.",
    "Process visa applications for our overseas clients.",
  ]);
});

describe("former-blind-15 (own clean near misses): the new patterns leave duties and products alone", () => {
  cleanInText("off_platform_contact", [
    "Add @mentions to tickets when escalating to the team lead.",
    "负责对接Telegram渠道客户，处理订单。",
    "运营官方电报频道，发布产品更新。",
  ]);
  cleanInText("fee", ["Handle refunds: customers who advance the payment are reimbursed plus a 5% bonus voucher."]);
  cleanInText("training_loan", ["Explain the course fees and instalment plans to parents who ask."]);
  cleanInText("fraud.commission_only", ["Our base salary of 0 overtime hours policy ensures balance."]);
  cleanInText("hype", [
    "三年就能晋升主管。",
    "做满一年就能转正定级。",
    "Drive the company's Mercedes van for deliveries.",
    "印钞造币公司招聘印钞机操作工。",
  ]);
  cleanInText("fraud.no_interview", ["We hire all who meet the requirements after an interview."]);
  cleanInText("fraud.pyramid", [
    "员工推荐入职奖励：推荐一人入职满三个月奖励2000元。",
    "负责推荐合伙人项目的法律审核。",
  ]);
});

describe("former-blind-15 (rules alone): money run through your account, originals kept, recruits who recruit, big money made easily", () => {
  flaggedInText("fraud.id_or_bank", [
    "工作内容：替老板走流水，每笔给你提成。",
    "用您名下的支付宝代收货款，再转给公司。",
    "Give your passport to HR on arrival; we keep it until your contract ends.",
    "Leave your original diploma with the office for safekeeping during probation.",
  ]);
  cleanInText("fraud.id_or_bank", [
    "负责排查商户帮他人走账等风险线索。",
    "Hand over your ID card for a quick check at reception; it is returned at once.",
    "协助客户开立名下账户并办理收款业务。",
  ]);
  flaggedInText("fraud.pyramid", [
    "Sign up friends who in turn recruit their friends; you are paid on both.",
    "Bring in five members who each recruit five more.",
  ]);
  flaggedInText("hype", ["跟着我们干，人生从此开挂。", "零基础也能轻松挣大钱。"]);
  cleanInText("hype", ["教育改变命运，欢迎热爱教学的老师加入。"]);
});

describe("former-blind-15 (own fifth round): the same classes in mixed Chinese and English", () => {
  flaggedInText("fee", [
    "Uniform 工服费 RMB 180，入职当天交。",
    "需要先transfer 500块押金到公司账户。",
    "入职体检自费，大约200块。",
    "每位新人需认购价值1200元的工作套装。",
    "需先购买直播设备（约1500元）才能开播。",
  ]);
  cleanInText("fee", [
    "公司提供直播设备，无需自购。",
    "体检费用由公司承担，无需自费。",
    "Help customers pay their deposits online.",
  ]);
  flaggedInText("hype", ["做这个月入 50k 很 easy。", "Earn 30k/month 不是梦。"]);
  flaggedInText("off_platform_contact", ["QQ：二八三七四六一九二零。"]);
  cleanInText("off_platform_contact", ["熟悉QQ、微信等社交软件的运营规则。"]);
  flaggedInText("fraud.commission_only", ["保底2000，前提是每月成交不少于10单，否则按提成结算。"]);
  cleanInText("fraud.commission_only", ["底薪5000元，提成另算，无任何业绩要求。"]);
  flaggedInText("fraud.pyramid", [
    "直推一个拿500，间推一个拿200。",
    "Join as a distributor for 1,999 yuan; bring two distributors and you are promoted.",
    "Invite others to become VIP members, 每人奖励800。",
  ]);
  cleanInText("fraud.pyramid", ["Bring two colleagues to the safety training before you are promoted to shift lead."]);
  flaggedInText("fraud.id_or_bank", ["Register 3 phone numbers under your ID for our marketing team."]);
  cleanInText("fraud.id_or_bank", ["Help customers register phone numbers under their own ID at the counter."]);
  it("flags a no-interview offer in mixed text with its fee, not as a pyramid", () => {
    for (const description of [
      "No interview needed，交168元会员费就可以开始。",
      "不需要interview，pay 99元 activation fee 即可上岗。",
    ]) {
      const flags = posting({ description });
      expect(flags).toEqual(expect.arrayContaining(["fraud.no_interview", "fee"]));
      expect(flags).not.toContain("fraud.pyramid");
    }
  });
});

describe("former-blind-15 (own sixth round): the worker's pay is no charge, a rate with the English unit first", () => {
  cleanInText("fee", ["Monthly pay RMB 9,000 before tax.", "Base pay 7,000 yuan before bonus, paid on the 10th."]);
  flaggedInText("fee", ["Pay 300 yuan before your first shift for the uniform."]);
  it("reads 'per session 600元' and 'per shift RMB 280' as a stated pay", () => {
    for (const description of ["每场活动 per session 600元。", "Pay: per shift RMB 280."])
      expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
});

describe("former-blind-15 (own seventh round): a payment demanded after a colon or a dash that ends the waivers", () => {
  it("flags the payment after 'no interview, no training:' or 'no interview — just'", () => {
    for (const description of [
      "No interview, no training: pay 99 yuan to join and get tasks.",
      "No experience, no interview — just send 150 yuan for registration.",
    ])
      expect(posting({ description })).toEqual(expect.arrayContaining(["fraud.no_interview", "fee"]));
  });
  cleanInText("fee", [
    "No charges of any kind: deposits, uniform and training are all free.",
    "不收取以下费用：押金、保证金、培训费。",
    "不收任何费用：押金、服装费、培训费一律全免。",
    "本岗位零收费：无押金、无报名费。",
    "We never charge: no deposit — ever.",
  ]);
  cleanInText("fraud.no_interview", ["无需面试经验：我们提供面试辅导。"]);
});

describe("former-blind-15 (own eighth round): slang and other scripts for a channel, fortunes in months", () => {
  flaggedInText("off_platform_contact", [
    "V：Ｊｏｂｓ＿８８８（全角）。",
    "加我绿色软件：jobs_888。",
    "电话/微信：壹叁捌零零壹叁捌零零零。",
    "Reach me on Line: hr_tokyo88.",
    "简历发我个人QQ邮箱。",
  ]);
  cleanInText("off_platform_contact", [
    "Version v: release2024 notes must be written by QA.",
    "绿色软件开发工程师，负责节能算法。",
    "Find us on LinkedIn via the company page for news.",
    "Line cook needed for weekend shifts.",
  ]);
  flaggedInText("hype", [
    "日入斗金，人人都能做。",
    "三个月赚别人三年的钱。",
    "Make your first million in 12 months.",
    "Change your life: 100k a month is realistic here.",
  ]);
  cleanInText("hype", [
    "This course will change your life, says our alumni.",
    "产品月销量破百万。",
    "三个月试用期，工资按月发放。",
    "收入随职级提升，晋升后月薪约一万五。",
  ]);
});

describe("former-blind-15 (own ninth round): training loans told as shares and deductions, referrals charged on success", () => {
  flaggedInText("training_loan", [
    "签订就业服务协议，培训费从入职后前12个月工资中分摊扣除。",
    "Tuition: nothing now, 20 % of your salary for two years once you land a job.",
    "We front your course fee; you pay it back in monthly deductions from your wages.",
  ]);
  cleanInText("training_loan", [
    "We cover your course fees in full; nothing is deducted from your salary.",
    "We contribute 12 % of your salary to the housing fund; training costs are covered by us.",
    "Negotiate repayment plans with borrowers who fall behind.",
  ]);
  flaggedInText("paid_internship", [
    "内推大厂：成功入职后收取一个月工资作为服务费。",
    "Referral to a top law firm: 8,000 yuan, refund if not hired.",
  ]);
  cleanInText("paid_internship", ["Refunds are issued if the event is not held.", "员工内推入职成功可获3000元奖金。"]);
  cleanInText("fee", ["猎头顾问：候选人成功入职后向企业收取服务费，你拿提成。"]);
});

describe("former-blind-15 (own tenth round): money duties that stay clean, the schemes beside them still flagged", () => {
  cleanInText("training_loan", [
    "负责学员报名缴费咨询，讲解培训费分期政策，协助办理手续。",
    "负责向学员宣传助学贷款政策。",
  ]);
  flaggedInText("training_loan", ["讲解完课程后，学员需签分期协议，学费从工资扣。"]);
  cleanInText("fee", ["带客户看房，签订租赁合同，收取首月租金和押金。"]);
  flaggedInText("fee", ["资料审核通过后需交押金500元等费用才能上岗。"]);
  cleanInText("fraud.pyramid", [
    "审核平台商家是否存在拉人头、层级返利等传销行为。",
    "巡查直播间有无发展下线等违规行为。",
  ]);
});

describe("former-blind-15 (own eleventh round): the same schemes in plain English", () => {
  flaggedInText("fee", [
    "A small onboarding contribution of 88 yuan is required to activate your workstation.",
    "Riders rent their helmet and box from the depot for 30 yuan a week, deducted from pay.",
    "Licence verification costs 120 yuan, payable by WeChat transfer before the first trip.",
    "A cash-float guarantee of 1,000 yuan is held from your first salary.",
  ]);
  cleanInText("fee", [
    "A minimum guarantee of 5,000 yuan is paid every month.",
    "Process customer payments of 10,000 yuan or more, which must be collected with ID.",
    "The company covers licence verification and insurance.",
  ]);
  flaggedInText("fraud.no_interview", [
    "Zero screening — everyone who signs up gets work today.",
    "We don't do interviews; just register and start.",
  ]);
  cleanInText("fraud.no_interview", [
    "We don't do interviews by phone; come to our office.",
    "Walk-in interviews every Tuesday, 10–12.",
  ]);
  flaggedInText("fraud.commission_only", [
    "You are self-employed and paid per closed deal only.",
    "Base pay kicks in only after your first 10 sales.",
  ]);
  cleanInText("fraud.commission_only", ["Guaranteed base of 5,000 regardless of sales, plus commission."]);
  flaggedInText("fraud.id_or_bank", ["We will hold your passport during the probation period."]);
  cleanInText("fraud.id_or_bank", ["Keep your ID card with you at all times on site."]);
  flaggedInText("fraud.pyramid", ["You get paid on three generations of your team."]);
  cleanInText("fraud.pyramid", ["Lead a team of six; bonuses depend on team sales targets."]);
  flaggedInText("hype", ["Six-figure monthly income within a year, guaranteed."]);
  flaggedInText("training_loan", [
    "Your training is financed through a consumer loan; repayments start after you're placed.",
    "Enrol in our bootcamp with zero upfront cost and repay 1,500 a month after you get hired.",
  ]);
  cleanInText("training_loan", [
    "No upfront cost for parents: the school is state-funded; teachers are paid 9,000 a month.",
    "Explain how graduates repay 1,000 a month on their student loans.",
  ]);
  flaggedInText("off_platform_contact", ["Don't reply here — text me on WeChat instead."]);
  cleanInText("off_platform_contact", ["Manage our WhatsApp Business catalogue and reply to customer chats."]);
});

describe("former-blind-15 (own twelfth round): the applicant's own money in plain Chinese", () => {
  flaggedInText("fee", [
    "首月工资扣除300元服装成本。",
    "需到公司指定机构体检，费用380元个人出。",
    "办理上岗证需要本人出钱，约400元。",
    "上岗前请准备好800元设备款。",
    "入职先扣500元作为押金，离职时返还。",
  ]);
  cleanInText("fee", [
    "工资中扣除300元社保个人部分。",
    "差旅费用先由个人垫付，凭票报销。",
    "上岗前请准备好身份证和健康证。",
    "体检在公司指定机构进行，费用公司承担。",
  ]);
  it("calls a membership fee to see the job's address a fee, not a pyramid", () => {
    const flags = posting({ description: "需要先充值会员才能看到工作地址，会员费68元。" });
    expect(flags).toContain("fee");
    expect(flags).not.toContain("fraud.pyramid");
  });
  flaggedInText("fraud.pyramid", ["会员费398元，推荐一人入会返100元。"]);
});

// former-blind-15 discrimination (vet15-disc)
// The classes behind former-blind-15's discrimination misses and false flags, and wordings of the same classes found by
// trying new ones on the checker. Every wording is new (none is a sentence of any corpus set); each class has near misses
// that must stay clean. 149 of these 334 cases failed on the checker before branch vet15-disc.

describe('former-blind-15 discrimination: a refusal with a modal and "consider", "interview" or "shortlist", or "not able to"', () => {
  flaggedInText("discrimination.ethnicity", ["We are unable to consider Uyghur candidates for this branch."]);
  flaggedInText("discrimination.race", ["Unfortunately we're not able to interview African applicants at this time."]);
  flaggedInText("discrimination.religion", ["We cannot shortlist Muslim applicants for the butcher counter."]);
  flaggedInText("discrimination.region", ["We are not in a position to hire people from Henan this year."]);
  flaggedInText("discrimination.marital", ["We can't consider pregnant applicants for the launch period."]);
  flaggedInText("discrimination.gender", ["We cannot consider female applicants for the night patrol."]);
  cleanInText("discrimination.gender", ["We cannot consider gender, age or religion when we shortlist."]);
  cleanInText("discrimination.religion", [
    "We cannot consider anyone's religion in hiring decisions; all are welcome.",
  ]);
  cleanInText("discrimination.race", [
    "We are unable to interview candidates from outside China in person, so the first round is by video.",
  ]);
  cleanInText("discrimination.ethnicity", ["We cannot consider Uyghur language skills a requirement, but they help."]);
});

describe("former-blind-15 discrimination: the employer's reason between the people and their exclusion", () => {
  flaggedInText("discrimination.region", ["河南籍员工因公司管理原因暂不录用。"]);
  flaggedInText("discrimination.ethnicity", ["回族员工由于食堂饮食安排问题不予考虑。"]);
  flaggedInText("discrimination.health", ["乙肝携带者考虑到食品行业规定一律不招。"]);
  flaggedInText("discrimination.marital", ["孕期女性因岗位强度原因恕不录用。"]);
  flaggedInText("discrimination.religion", [
    "Muslim applicants owing to our pork menu will not be considered.",
    "Muslim applicants due to the menu will not be considered.",
  ]);
  flaggedInText("discrimination.gender", ["考虑到出差频繁，女性不予考虑。"]);
  flaggedInText("discrimination.region", ["出于管理方便，外省人员不予录用。"]);
  flaggedInText("discrimination.ethnicity", ["因饮食习惯不同，回族同胞暂不招聘。"]);
  flaggedInText("discrimination.religion", ["由于工作时间冲突，需要做礼拜的员工恕不录用。"]);
  flaggedInText("discrimination.race", ["Due to client requirements, black candidates will not be considered."]);
  cleanInText("discrimination.region", ["外地员工因住宿需要可申请公司宿舍。"]);
  cleanInText("discrimination.health", ["残疾员工因无障碍设施完善，不予限制岗位。"]);
  cleanInText("discrimination.gender", ["考虑到出差频繁，男女不限，需能适应。"]);
  cleanInText("discrimination.race", ["Due to client requirements, models of all skin tones are welcome."]);
});

describe("former-blind-15 discrimination: a duty the people are spared, or an accommodation they may ask for, is no refusal", () => {
  cleanInText("discrimination.marital", [
    "孕期员工因身体原因不予安排夜班。",
    "孕期员工不予安排夜班。",
    "哺乳期员工不安排出差。",
  ]);
  cleanInText("discrimination.religion", ["需要做礼拜的员工可以申请调整排班。"]);
  cleanInText("discrimination.ethnicity", ["回族同胞可申请清真餐补贴。"]);
  cleanInText("discrimination.marital", ["孕妇员工可申请调岗。"]);
  flaggedInText("discrimination.marital", ["孕期员工不予录用。"]);
});

describe("former-blind-15 discrimination: hyphenated Americans, a look or light hair as a noun", () => {
  flaggedInText("discrimination.race", [
    "We can only hire Caucasian or European-looking teachers, no Asian-Americans.",
    "No Asian-American or Hispanic candidates for the brand shoot.",
    "Only tutors with a Western look will be shortlisted.",
    "Parents expect a European look; applicants with darker looks need not apply.",
    "Fair-haired, light-eyed presenters only.",
  ]);
  cleanInText("discrimination.race", [
    "We teach Asian-American literature to undergraduates.",
    "Our brand has a Western look and a minimalist feel.",
    "The salon specialises in light-haired clients' colour care.",
    "Chinese-American students join our exchange every summer.",
  ]);
});

describe("former-blind-15 discrimination: Chinese people only, citizens of a named nationality, foreign passports refused", () => {
  flaggedInText("discrimination.race", [
    "门店只招中国人。",
    "仅限中国公民应聘。",
    "持外国护照的人也不行。",
    "外籍护照持有者不考虑。",
    "Foreign passport holders will not be considered.",
    "We only hire Chinese citizens.",
    "Candidates must be Singaporean nationals.",
    "Only Canadian citizens will be considered.",
  ]);
  cleanInText("discrimination.race", [
    "负责中国人寿保单的录入和回访。",
    "中国人民大学毕业生优先。",
    "持外国护照的员工可由公司代办工作许可。",
    "Foreign passport holders are welcome; we sponsor work permits.",
    "中国人力资源市场调研助理。",
    "We assist Chinese citizens applying for visas abroad.",
    "Our clients are Korean nationals living in Shanghai.",
  ]);
});

describe("former-blind-15 discrimination: a faith named by its adjective, its membership or its praying", () => {
  flaggedInText("discrimination.religion", [
    "Applicants of the Jewish faith need not apply for the Saturday shifts.",
    "Candidates from a Muslim background will not be shortlisted.",
    "Staff of the Hindu religion are not suitable for the beef kitchen.",
    "Applicants must be members of a church.",
    "须为教会会友。",
    "受洗会友优先。",
    "Candidates who pray at work are not suitable.",
    "Staff who pray during shifts will be turned away.",
  ]);
  cleanInText("discrimination.religion", [
    "Applicants of any faith or none are welcome.",
    "Experience with Islamic finance products preferred.",
    "The restaurant respects staff of the Muslim faith and serves halal meals.",
    "负责为教友提供接待服务。",
    "Our volunteers serve members of the local church community.",
    "Employees who discriminate against Muslims will be fired.",
  ]);
});

describe("former-blind-15 discrimination: any faith's practice demanded as a duty of the job", () => {
  flaggedInText("discrimination.religion", [
    "员工每天早上须到佛堂参加早课。",
    "新员工入职后要求每周参加公司组织的查经。",
    "员工须随老板初一十五去寺里上香。",
    "每周五下午全员参加公司的祷告会，不愿参加的请勿投递。",
    "All staff must join the weekly Bible study held by the founder.",
    "Employees are expected to take part in morning prayer meetings before each shift.",
  ]);
  cleanInText("discrimination.religion", [
    "负责组织寺院法会的后勤和接待工作。",
    "员工可自愿参加公司组织的禅修活动，不参加不影响考核。",
    "需参与礼拜服侍中的钢琴伴奏。",
    "The tour guide must accompany visitors to the morning chanting at the temple as an observer.",
    "Staff may join the optional Bible study group after work.",
  ]);
});

describe("former-blind-15 discrimination: the post named as religious office, as the reason (religion only)", () => {
  cleanInText("discrimination.religion", [
    "因本岗位属于神职，须为受过按立的基督徒。",
    "因该岗位是宗教仪式的主持岗位，要求为佛教徒。",
    "As this is a pastoral role in our parish, the chaplain must be a practising Catholic.",
  ]);
  flaggedInText("discrimination.religion", ["因老板信佛，员工须为佛教徒。", "因公司文化原因，要求应聘者为基督徒。"]);
});

describe("former-blind-15 discrimination: proof of marriage or children demanded of applicants", () => {
  flaggedInText("discrimination.marital", [
    "应聘者需提供结婚证复印件。",
    "面试时请出示孩子的出生证明。",
    "投递简历时须附上婚育证明。",
    "Applicants must submit proof of their marital status with the CV.",
    "Candidates will be asked to show their children's birth certificates at interview.",
  ]);
  flaggedInText("discrimination.gender", [
    "女性应聘者面试时需提供结婚证和孩子出生证明。",
    "Female applicants must provide proof that they have children; male applicants need not.",
  ]);
  cleanInText("discrimination.marital", [
    "申请婚假需提供结婚证。",
    "休产假的员工请提交孩子出生证明以办理生育津贴。",
    "To claim maternity leave, staff submit the birth certificate to HR.",
    "Employees claiming spouse insurance must provide a marriage certificate.",
    "负责为客户办理结婚证公证和出生证明认证。",
  ]);
});

describe("former-blind-15 discrimination: the person looked for, or the successful candidate, described by the attribute", () => {
  flaggedInText("discrimination.marital", [
    "We are looking for someone who is already a mother, as the role is flexible.",
    "We want someone who has kids of their own.",
  ]);
  flaggedInText("discrimination.gender", ["We are looking for someone who is male to lift the boxes."]);
  flaggedInText("discrimination.marital", ["我们在找已婚已育的宝妈。"]);
  flaggedInText("discrimination.gender", ["门店招一位女生做收银。"]);
  flaggedInText("discrimination.region", ["寻找本地户籍的司机。"]);
  flaggedInText("discrimination.gender", ["The successful candidate will be a gentleman.", "理想人选为男性。"]);
  flaggedInText("discrimination.marital", [
    "The right person is married with children.",
    "We prefer a mother of two.",
    "Only candidates who have children.",
  ]);
  cleanInText("discrimination.marital", ["We are looking for someone who is married to detail."]);
  cleanInText("discrimination.gender", ["寻找女性用户增长的新机会。"]);
  cleanInText("discrimination.marital", ["We need someone who is married to the mission and loves customers."]);
  cleanInText("discrimination.gender", [
    "招一位服务女性顾客的导购，男女不限。",
    "The successful candidate will be a strong communicator who serves female customers.",
  ]);
});

describe("former-blind-15 discrimination: the applicant's children of an age", () => {
  flaggedInText("discrimination.marital", [
    "应聘者孩子需满三岁才能入职。",
    "孩子满三岁以上的宝妈优先。",
    "Only mums whose kids are over five, please.",
  ]);
  cleanInText("discrimination.marital", [
    "幼儿园招生：入托孩子需满三岁。",
    "负责3岁以上孩子的早教课程，孩子满三岁即可报名。",
    "The club coaches children over 5 in swimming.",
  ]);
});

describe("former-blind-15 discrimination: 不用 touching a people, and a people's tongue or history", () => {
  flaggedInText("discrimination.ethnicity", ["本店不用回族师傅。", "我们不用藏族员工。"]);
  flaggedInText("discrimination.race", ["我们不用黑人外教。"]);
  cleanInText("discrimination.ethnicity", ["不用藏族语言也能沟通。"]);
  cleanInText("discrimination.race", ["也不用外籍证件。"]);
  cleanInText("discrimination.ethnicity", [
    "会说藏族话的导游优先，民族不限。",
    "懂彝族方言的医生优先考虑，不限民族。",
    "讲解白族历史的讲解员，民族不限。",
  ]);
  flaggedInText("discrimination.ethnicity", ["白族导游优先。"]);
});

describe('former-blind-15 discrimination: more ways to exclude: outside the hiring\'s scope, ineligible, turned away, people "from" a place not considered', () => {
  flaggedInText("discrimination.region", [
    "湖南人不在招聘范围内。",
    "东北籍不在本次招聘范围。",
    "For management reasons, applicants from Xinjiang are not considered.",
  ]);
  flaggedInText("discrimination.ethnicity", ["Uyghur applicants are ineligible."]);
  flaggedInText("discrimination.race", ["Non-white candidates will be turned away."]);
  cleanInText("discrimination.region", ["湖南人力资源部门的对接工作。", "本地户口不在招聘条件之内。"]);
  cleanInText("discrimination.gender", ["Staff who harass women will be dismissed."]);
  cleanInText("discrimination.race", ["Anyone making remarks about Black colleagues will be let go."]);
  cleanInText("discrimination.ethnicity", ["Discrimination against Uyghur staff is grounds for dismissal."]);
});

describe("former-blind-15 discrimination: the registration spelt out in English", () => {
  flaggedInText("discrimination.region", [
    "We can only consider candidates holding a Sichuan household registration.",
    "Only applicants with a Shenzhen household registration will be invited to interview.",
  ]);
  cleanInText("discrimination.region", [
    "We help new hires apply for a Shenzhen household registration.",
    "HR handles household registration transfers for staff from other provinces.",
  ]);
});

describe('former-blind-15 discrimination: English recruiters\' phrasing: "we are after", "would be best", "will not be progressed"', () => {
  flaggedInText("discrimination.gender", [
    "We are specifically after a male candidate for this warehouse role.",
    "A woman would be best for this position.",
  ]);
  flaggedInText("discrimination.race", ["A Caucasian presenter would be best."]);
  flaggedInText("discrimination.ethnicity", [
    "Applications from ethnic minorities will not be progressed.",
    "We are specifically after a Han Chinese candidate.",
  ]);
  flaggedInText("discrimination.religion", [
    "A Christian would be best for this role in our company.",
    "Applications from Muslims will not be progressed.",
  ]);
  flaggedInText("discrimination.region", [
    "Applications from outside Guangdong will not be progressed.",
    "Preference will go to people from Zhejiang.",
    "Preference will be given to people from Zhejiang.",
  ]);
  flaggedInText("discrimination.marital", ["Applications from pregnant women will not be progressed."]);
  cleanInText("discrimination.gender", ["A woman or a man would be best — we simply need the right person."]);
  cleanInText("discrimination.marital", ["We're after someone energetic; marital status is irrelevant."]);
  cleanInText("discrimination.gender", ["The client has asked for a female-focused marketing campaign."]);
});

describe("former-blind-15 discrimination: a past or recent marriage, a lone parent", () => {
  flaggedInText("discrimination.marital", [
    "Newlyweds need not apply.",
    "离过婚的不要。",
    "单亲妈妈不考虑。",
    "We do not hire single parents.",
  ]);
  cleanInText("discrimination.marital", [
    "Newlyweds enjoy 15 days of wedding leave.",
    "为单亲妈妈提供弹性工作时间。",
    "The charity supports single mothers in Hunan.",
    "Divorced or married, everyone is welcome.",
  ]);
});

describe('former-blind-15 discrimination: Chinese colloquial: foreigners with an adverb, "the white ones", a place after 籍贯 with nothing between', () => {
  flaggedInText("discrimination.race", ["老外一律不收。", "外教要白的。"]);
  flaggedInText("discrimination.region", ["籍贯广东的优先。"]);
  cleanInText("discrimination.race", ["老外一律可以报名。"]);
  cleanInText("discrimination.region", ["籍贯广东或其他省份均可。"]);
  cleanInText("discrimination.race", ["外教不限国籍，发音标准即可。"]);
});

describe("former-blind-15 discrimination: a religious body hiring for religious office asks the office's faith (religion only)", () => {
  cleanInText("discrimination.religion", [
    "某清真寺招聘阿訇助理，协助主持聚礼，须为穆斯林。",
    "The church is hiring a youth pastor; the pastor must share our Christian faith.",
    "教会招聘敬拜主领，需为重生得救的基督徒。",
    "The mosque is looking for an imam who will lead Friday prayers; candidates must be Muslim.",
    "Our parish seeks a choir director; a practising Catholic is required.",
  ]);
  flaggedInText("discrimination.religion", [
    "寺院招聘会计，须为佛教徒。",
    "Church café hiring a barista who must attend Sunday worship.",
    "教会学校招聘数学老师，须为基督徒。",
    "Temple gift shop cashier, Buddhists only.",
    "某科技公司招聘前端工程师，须为基督徒。",
  ]);
});

describe("former-blind-15 discrimination: elite schools named one by one", () => {
  flaggedInText("discrimination.school_tier", [
    "只招清华北大毕业生。",
    "仅限清华、北大、复旦毕业生。",
    "Only Tsinghua graduates.",
    "Only graduates of Tsinghua or Peking University will be considered.",
    "清华校友优先。",
    "Stanford alumni preferred.",
  ]);
  cleanInText("discrimination.school_tier", [
    "东北大学毕业生优先考虑住宿。",
    "公司位于清华科技园，交通便利。",
    "负责对接清华、北大的校园招聘。",
    "我们的创始人毕业于清华。",
    "Our founders studied at Stanford; we hire from every university.",
    "西北大学招聘行政人员。",
    "与复旦大学合作开展研究。",
    "北大荒集团农场招聘农机手。",
    "入职需上交劳动合同复印件。",
  ]);
});

describe("former-blind-15 discrimination: health and school tier with this round's exclusions and markers", () => {
  flaggedInText("discrimination.health", [
    "Candidates with a history of depression will not be progressed.",
    "We are unable to consider applicants with diabetes.",
    "身体有残疾的不在招聘范围内。",
    "肢体残疾人员因岗位原因暂不招聘。",
  ]);
  flaggedInText("discrimination.school_tier", [
    "双非院校的简历不在考虑范围。",
    "We are unable to consider graduates of non-985 universities.",
    "专升本的因公司规定不予考虑。",
    "Graduates from non-target universities would not be a good fit.",
  ]);
  cleanInText("discrimination.health", ["We welcome applicants with disabilities and provide adjustments."]);
  cleanInText("discrimination.school_tier", ["双非院校毕业生同样欢迎。"]);
});

describe('former-blind-15 discrimination: "requires", "looking for" and "seeking" right before the attribute, in any rule', () => {
  flaggedInText("discrimination.gender", ["This position requires a male due to frequent travel."]);
  flaggedInText("discrimination.race", [
    "Looking for Caucasian models for a catalogue shoot.",
    "Seeking white presenters for the launch video.",
  ]);
  flaggedInText("discrimination.marital", ["Seeking married couples to manage the hostel."]);
  cleanInText("discrimination.marital", ["Looking for a wedding photographer with married-couple shoot experience."]);
  cleanInText("discrimination.religion", ["The role requires knowledge of Islamic finance."]);
  cleanInText("discrimination.ethnicity", ["This position requires Uyghur language skills."]);
  cleanInText("discrimination.race", ["We are looking for native English speakers; nationality is not a requirement."]);
});

describe("former-blind-15 discrimination: colloquial men, and the registration's place named after 所在地", () => {
  flaggedInText("discrimination.gender", ["团队全是男生，想再招一个兄弟。", "想招个哥们儿一起跑外勤。"]);
  flaggedInText("discrimination.region", ["户口所在地须为江苏。"]);
  cleanInText("discrimination.gender", ["与兄弟公司协同完成项目。", "兄弟单位来访接待。", "哥们儿姐们儿都欢迎。"]);
  cleanInText("discrimination.region", ["户口所在地不限，欢迎外省同学。"]);
});

describe("former-blind-15 discrimination: clean twins: the same screens negated, welcomed or named as topics", () => {
  cleanInText("discrimination.gender", [
    "We do not consider gender in hiring; night shifts are paid extra.",
    "Female-founded startup hiring engineers of any gender.",
  ]);
  cleanInText("discrimination.ethnicity", ["我们不会因民族拒绝任何人。"]);
  cleanInText("discrimination.race", ["Photographer for a skin-tone inclusive beauty brand."]);
  cleanInText("discrimination.religion", ["Staff of all faiths are welcome; prayer breaks can be arranged."]);
  cleanInText("discrimination.region", ["Hukou is not a requirement; we sponsor relocation."]);
  cleanInText("discrimination.marital", [
    "Marital status is not considered in hiring.",
    "母婴店导购，负责向宝妈介绍产品，男女不限。",
  ]);
  cleanInText("discrimination.health", ["Wheelchair-accessible office; disabled applicants welcome."]);
  cleanInText("discrimination.school_tier", ["We do not look at which university you went to."]);
});

describe('former-blind-15 discrimination: a steer toward the people (建议男生投递), a stereotype said as a worry, "we favour"', () => {
  flaggedInText("discrimination.gender", ["建议男生投递。", "更建议女生来。"]);
  flaggedInText("discrimination.region", ["建议本地人投递，外地的慎重。"]);
  flaggedInText("discrimination.marital", ["建议已婚人士投递。"]);
  flaggedInText("discrimination.gender", ["We recommend male candidates apply.", "女生可能不太适应这个岗位。"]);
  flaggedInText("discrimination.ethnicity", ["少数民族可能不太适应我们的环境，请谨慎考虑。"]);
  flaggedInText("discrimination.gender", ["Women may find it tough on the night shift."]);
  flaggedInText("discrimination.race", ["Other things being equal, we favour candidates from Europe."]);
  cleanInText("discrimination.gender", ["建议女性员工下班结伴同行。"]);
  cleanInText("discrimination.region", ["建议外地同学提前安排住宿。"]);
  cleanInText("discrimination.health", ["We encourage disabled candidates to apply.", "鼓励残疾人士投递。"]);
  cleanInText("discrimination.ethnicity", ["鼓励少数民族同学报名，同等对待。"]);
  cleanInText("discrimination.gender", [
    "新员工可能不太适应节奏，公司提供带教。",
    "We campaign in favour of women in tech and hire all genders.",
  ]);
});

describe("former-blind-15 discrimination: a reason given is no genuine requirement unless it names a space, a garment or care kept for one sex", () => {
  cleanInText("discrimination.gender", [
    "男浴室保洁，因需进入男浴室打扫，限男性。",
    "女装试衣模特，因需试穿女装样衣，限女性。",
  ]);
  flaggedInText("discrimination.gender", [
    "因需经常出差，限男性。",
    "由于夜班较多，只招男生。",
    "Because of late client dinners, male candidates only.",
  ]);
  flaggedInText("discrimination.marital", ["因需常驻海外，仅限未婚。"]);
});

describe('former-blind-15 discrimination: origin by a local ID card, its number or its issuer; an Asian face, 华人; 有娃, 丁克; 吃斋念佛; "（必须）"', () => {
  flaggedInText("discrimination.region", [
    "需持有本地身份证。",
    "只要有本市居住证满三年的。",
    "身份证号须为44开头。",
    "身份证须为广东签发。",
  ]);
  cleanInText("discrimination.region", [
    "入职需提供本人身份证复印件。",
    "协助客户办理本市居住证。",
    "身份证号码须如实填写。",
  ]);
  flaggedInText("discrimination.race", ["需要亚洲面孔的模特。", "只招华人。"]);
  cleanInText("discrimination.race", [
    "负责华人社区的活动策划。",
    "面向海外华人市场的内容运营。",
    "持《中华人民共和国残疾人证》者优先。",
    "亚洲面孔、欧美面孔均可。",
  ]);
  flaggedInText("discrimination.marital", ["有娃的优先。", "丁克勿扰。"]);
  cleanInText("discrimination.marital", ["我们的产品面向有娃家庭。"]);
  flaggedInText("discrimination.religion", ["吃斋念佛的不要。"]);
  cleanInText("discrimination.religion", ["寺院素斋餐厅服务员，不要求信仰。"]);
  flaggedInText("discrimination.gender", ["男性（必须）。"]);
  cleanInText("discrimination.gender", ["男性（非必须）。"]);
});

describe("former-blind-15 discrimination: the make-up kept, another like the team, the reader's origin, a believer", () => {
  flaggedInText("discrimination.gender", [
    "We're an all-male team and want to keep it that way.",
    "The team is all women, so we'd like another woman.",
    "团队都是女生，希望再来一个女生。",
  ]);
  flaggedInText("discrimination.religion", ["Christian values are essential; you must be a believer."]);
  flaggedInText("discrimination.region", [
    "Please only apply if you are from Jiangsu.",
    "If you are not from Shanghai, please do not apply.",
    "Only apply if you come from Zhejiang.",
  ]);
  cleanInText("discrimination.religion", ["Believer or not, everyone is welcome."]);
  cleanInText("discrimination.gender", [
    "Women run half our stores and we want to keep it that way — all genders welcome.",
  ]);
  cleanInText("discrimination.region", [
    "If you are from Jiangsu, you can join our Nanjing office; others can work remotely.",
    "If you are from outside Shanghai, we will cover relocation.",
  ]);
  cleanInText("discrimination.gender", [
    "希望来一个有经验的同事，男女不限。",
    "We'd like another engineer; women and men equally welcome.",
  ]);
});

describe("former-blind-15 discrimination: only some welcomed, a post kept for them (专岗), a pregnancy pledge for a contract period, no faith at all, 性别男", () => {
  flaggedInText("discrimination.gender", ["只欢迎男生。"]);
  flaggedInText("discrimination.ethnicity", ["仅欢迎汉族同胞。"]);
  flaggedInText("discrimination.region", ["仅欢迎本地人。"]);
  flaggedInText("discrimination.gender", ["男士专岗。"]);
  flaggedInText("discrimination.marital", ["已婚者专岗。", "需承诺试用期内不怀孕。"]);
  flaggedInText("discrimination.religion", ["本公司为无神论企业，员工不得有信仰。"]);
  flaggedInText("discrimination.gender", ["性别男，年龄25-35。"]);
  cleanInText("discrimination.gender", ["女士专属护肤品牌，招聘销售顾问，男女不限。"]);
  cleanInText("discrimination.health", ["残疾人专属岗位，欢迎投递。", "残疾人就业专岗，持残疾人证优先。"]);
  cleanInText("discrimination.gender", ["性别男女不限。", "性别比例均衡。"]);
  cleanInText("discrimination.marital", ["在职期间怀孕的员工享受产假和产检假。"]);
  cleanInText("discrimination.religion", ["无论有无信仰，均可报名。", "没有信仰要求。"]);
});

describe("former-blind-15 discrimination: mixed Chinese and English: the attribute in one language, the marker in the other", () => {
  flaggedInText("discrimination.gender", ["要求male，age 25-35。"]);
  flaggedInText("discrimination.region", ["Prefer 本地人。", "hukou限上海。"]);
  flaggedInText("discrimination.gender", ["Female only，形象好。"]);
  flaggedInText("discrimination.marital", ["married优先。"]);
  flaggedInText("discrimination.ethnicity", ["no 少数民族。"]);
  flaggedInText("discrimination.religion", ["Christian优先。"]);
  flaggedInText("discrimination.race", ["外教must be white。"]);
  flaggedInText("discrimination.marital", ["single优先，能出差。"]);
  flaggedInText("discrimination.ethnicity", ["Han族 only。"]);
  flaggedInText("discrimination.region", ["外地candidate不考虑。"]);
  flaggedInText("discrimination.health", ["乙肝携带者 not accepted。"]);
  cleanInText("discrimination.gender", ["男女不限，English fluent。"]);
  cleanInText("discrimination.region", ["户籍不限, relocation support provided。"]);
  cleanInText("discrimination.race", ["外教 nationality不限。"]);
  cleanInText("discrimination.marital", ["single room优先安排给新员工。"]);
});

describe("former-blind-15 discrimination: an exclusion announced as a list's heading, before a colon", () => {
  flaggedInText("discrimination.region", ["以下人员请勿投递：新疆籍、西藏籍。"]);
  flaggedInText("discrimination.marital", ["以下人员不予录用：孕妇、哺乳期妇女。"]);
  flaggedInText("discrimination.health", ["以下情况不予录用：乙肝携带者、有精神病史者。"]);
  flaggedInText("discrimination.ethnicity", ["不招以下人员：少数民族。"]);
  flaggedInText("discrimination.religion", ["The following need not apply: Muslims, Hindus."]);
  flaggedInText("discrimination.gender", ["以下人员勿扰：女性。"]);
  flaggedInText("discrimination.race", ["以下国籍不考虑：印度籍、巴基斯坦籍。"]);
  flaggedInText("discrimination.region", ["暂不考虑以下人员：河南籍、东北籍。"]);
  flaggedInText("discrimination.marital", ["下列人员不予考虑：离异、未婚先孕。"]);
  cleanInText("discrimination.health", ["以下人员优先：持残疾人证者。"]);
  cleanInText("discrimination.region", ["以下地区的同学可申请交通补贴：新疆、西藏。"]);
  cleanInText("discrimination.marital", ["以下费用不予报销：孕期检查自费部分、婚纱摄影。"]);
  cleanInText("discrimination.region", ["以下人员可优先安排宿舍：新疆籍、西藏籍员工。"]);
  cleanInText("discrimination.health", ["以下人员均可报名：残疾人士、退役军人。"]);
  cleanInText("discrimination.gender", ["The following are welcome: women returners, career changers."]);
  cleanInText("discrimination.marital", ["以下情况可申请调岗：孕期、哺乳期员工。"]);
});

// former-blind-16 fraud (vet16-fraud)
// New wordings of the classes read in former-blind-16's fee, hype, contact, training-loan, internship, ID/bank,
// commission, pyramid, no-interview and salary misses and false flags, and of wordings scam postings use beyond them.

describe("former-blind-16 fraud (vet16-fraud): the platform refused with 走/通过, QR codes in pictures, named recruiting groups, masked or spaced numbers, messenger IDs without a colon, +ν", () => {
  flaggedInText("off_platform_contact", [
    "应聘不走平台流程，请打电话给人事王姐 139 5xx2 8830。",
    "本岗位不通过平台收简历，扫描海报里的二维码进入面试群。",
    "报名请勿经平台，加入我们的求职群领取笔试题。",
    "Reach the recruiter on WhatsApp (ID: hr_lily2024) rather than via this site.",
    "Send the deposit via the Telegram ID jobdesk_88 and we confirm your slot.",
    "Please contact our HR manager on Line instead of this platform.",
    "Questions? Ping the team lead on WeChat ID mkt_lead_01 before applying.",
    "投简历请扫描图片里的二维码，进应聘群后等通知。",
    "联系电话 186 3xx1 0925（张主管），平台消息不看。",
    "有意者加薇❤：hr_xiaomei88 详聊。",
    "想做的 +ν 了解：wk20240601",
    "V信搜索 jz_renshi01 领取岗位资料。",
    "扣扣 3 0 5 8 8 1 2 7 6 咨询。",
    "加 weixin: sh_hr_2024 发简历。",
    "电话：一三九 二八七六 五五四三，直接打。",
    "DM me on Instagram @jobs.sh.hr to apply.",
    "WhatsApp +86 139 2876 5543 for details.",
    "Contact our recruiter on Telegram: @hr_amy_cn",
    "简历不要在这里投，走微信更快：wx_hr9527",
  ]);
  cleanInText("off_platform_contact", [
    "所有沟通均通过本平台进行，请勿轻信私下联系。",
    "负责公司微信群和客户群的日常维护，进入工作群后按排班回复。",
    "Apply through this portal rather than by email; we reply within a week.",
    "负责扫描图片中的二维码并录入系统，核对商品信息。",
    "负责公司微信公众号的内容运营。",
    "Answer customer questions on WhatsApp Business as your daily work.",
    "请通过本平台投递简历，我们会在平台内回复。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): colleagues' windfalls, supercars, n-figure months, early retirement, a million a year, big pay for a few hours or a phone", () => {
  flaggedInText("hype", [
    "去年入职的新人一年挣了八十万，明年你也能全款买车。",
    "我们团队年入百万的小伙伴比比皆是。",
    "Two of our juniors bought Lamborghinis last year, and you could be next.",
    "Our top sellers became millionaires in 18 months.",
    "You'll be driving a Porsche within a year.",
    "Seven-figure months are normal on this team.",
    "Turn this job into your ticket to early retirement at 35.",
    "Earn 2 million RMB a year within five years with our system.",
    "Work two hours a day from your phone and earn up to RMB 40,000 a month.",
    "在家用手机每天两小时，月入三万很轻松。",
    "六位数的月收入在这里很常见。",
    "做满三个月，日入过千很正常。",
    "新人第一个月就能月入五位数。",
    "跟着团队干，两年实现财富自由。",
    "下班后刷刷手机就能躺赚。",
    "Six figures from your phone, no boss, no commute.",
    "Make six figures working from your phone.",
    "Our interns retire their parents within a year.",
    "Last quarter a new hire earned 300,000 in commission, you could be next.",
    "Most of our reps hit seven figures in their second year.",
    "去年销冠一个人提了三台奔驰，下一个就是你。",
    "入职半年换保时捷的同事大有人在。",
  ]);
  cleanInText("hype", [
    "Our sales team sells Porsches and Ferraris to private clients.",
    "Serve high-net-worth clients, many of them millionaires.",
    "Annual salary RMB 180,000–240,000 with a yearly bonus.",
    "Plan for early retirement benefits as part of our HR team's pension work.",
    "负责豪车（保时捷、法拉利）的售后接待。",
    "年薪20-30万，按季度发放绩效奖金。",
    "负责奔驰、宝马等豪华品牌车辆的维修保养。",
    "Commission is uncapped; last year the median rep earned RMB 180,000 in total.",
    "月薪8000-12000元，年终奖1-3个月工资。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): paid tests, quoted fee names, own money advanced for a refund, charges beside a training loan, payers named as others", () => {
  flaggedInText("fee", [
    "Shortlisted applicants sit a paid aptitude test (RMB 150) before the interview.",
    "All candidates must complete our paid skills assessment, CNY 299.",
    'A one-time RMB 300 "priority review fee" moves your CV to the front.',
    "A refundable CNY 800 'training seat deposit' holds your place in the class.",
    "第一单需要自己先付款买下商品，确认收货后返还本金加佣金。",
    "新人需先垫付货款（200-2000元），完成后每单返现15%。",
    "入职前须参加付费测评，测评费128元。",
    "报名时先交考试费和资料费共560元，学费可分期从工资里扣。",
    "入学先交工本费200元，课程费12800元办理分期付款。",
    "入职需自行缴纳体检费260元，不予报销。",
    "上岗前交服装费180元，离职不退。",
    "入职押金500元，干满一年退还。",
    "报名需交保证金1000元，防止中途离职。",
    "办理工牌需交工本费50元。",
    "面试前先交测评费99元。",
    "Before the interview, each candidate pays a CNY 150 'personality test' charge.",
    "New hires leave a refundable RMB 800 deposit for the uniform.",
  ]);
  cleanInText("fee", [
    "We cover the cost of the aptitude test; candidates pay nothing.",
    "Customers pay a CNY 300 booking fee, which you record in the system.",
    "公司先垫付采购货款，月底与供应商结算。",
    "负责处理客户退款，核对返现活动的发放记录。",
    "The company pays the RMB 500 exam fee for your licence.",
    "保洁公司向客户收取服务费，保洁员本人不交任何押金。",
    "代理费由品牌方支付给公司，应聘者无需缴纳任何费用。",
    "四、费用说明。岗前培训和考试费用均由公司承担，员工无需缴纳任何押金。",
    "Open a business account in the company's name for the customer deposits and reconcile it daily.",
    "体检费用由公司承担，入职当天统一安排。",
    "工服免费发放，无需押金。",
    "负责收取客户押金并开具收据。",
    "离职时按《劳动合同法》退还多扣的费用。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): card classes, the card before the verb, documents in one's name used for the company, 跑分, collection codes", () => {
  flaggedInText("fraud.id_or_bank", [
    "出借您的二类银行卡给公司走账，每月补贴600元。",
    "高价收购闲置的一类银行卡。",
    "兼职：银行卡出租，每张月结500元。",
    "手机卡出借给公司用于注册账号，一张一月200。",
    "用你名下的营业执照帮公司开对公账户，给你分成。",
    "用你的身份证帮公司跑分，一天300。",
    "需提供本人收款码给公司收货款，再转到指定账户。",
    "入职后去银行开卡，卡和U盾交给主管保管。",
    "以你本人名义注册营业执照，公司负责运营。",
    "Lend us your Alipay collection QR code to receive customer payments.",
  ]);
  cleanInText("fraud.id_or_bank", [
    "柜员负责为客户办理一类银行卡开户和挂失。",
    "负责办公设备出租业务和合同管理。",
    "银行卡出租出借属违法行为，我司从不要求员工提供银行卡。",
    "负责为商户办理收款码开通和对账。",
    "工资卡由员工本人办理和保管，公司只登记卡号用于发薪。",
    "协助客户注册营业执照，代办工商登记。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): a base that applies only in months a target is hit", () => {
  flaggedInText("fraud.commission_only", [
    "The base of RMB 3,500 applies only in months you reach quota; otherwise you are paid commission only.",
    "Base pay is paid only in months where you hit target, otherwise commission alone.",
    "Miss your target and you earn commission alone that month.",
    "底薪？有的，但得完成5单才发。",
    "保底3000元只发给当月达标的员工，其余按提成结算。",
    "Your base only kicks in once you close three deals a month.",
    "收入=业绩提成，上不封顶。",
  ]);
  cleanInText("fraud.commission_only", [
    "Base salary RMB 6,000 every month, plus commission when you hit target.",
    "Otherwise you earn a fixed base of 5,000 plus commission.",
    "底薪5000元+提成，无责任底薪按月发放。",
    "Base salary is paid every month regardless of sales, plus commission.",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): 报单 and 复投 buy-ins, pay by level (计酬), recruits' recruits invited", () => {
  flaggedInText("fraud.pyramid", [
    "成为会员需报单3980元，直推一人奖500。",
    "业绩按层级计酬，层级越多收入越高。",
    "报单升级为金卡店主，下面的店主出货你拿差价。",
    "奖金按代数计酬，最多拿到第五代。",
    "认购公司原始股1万元成为合伙人，推荐他人入股享受分红。",
    "购买节点3000元，邀请好友购买节点可得20%，好友再邀请你还能拿10%。",
    "加盟费2万，发展下级加盟商返佣30%，二级返佣10%。",
    "Buy a node for 5,000 yuan and earn 10% on every node sold by people you invite and by those they invite.",
  ]);
  cleanInText("fraud.pyramid", [
    "薪酬按职级计酬，每年调薪一次。",
    "负责财务报单和费用报销的审核。",
    "整理非法集资和传销案件中“层级返利、团队计酬”的资金流水。",
    "负责加盟商的招商咨询，加盟费由加盟商支付，本岗位无需缴费。",
    "区块链节点运维工程师，负责节点部署和监控。",
  ]);
  it("does not flag fraud.pyramid: 调查助理（传销案件） — 协助整理传销案件中“拉人头、发展下线”的证据，制作笔录。", () => {
    expect(
      posting({ title: "调查助理（传销案件）", description: "协助整理传销案件中“拉人头、发展下线”的证据，制作笔录。" }),
    ).not.toContain("fraud.pyramid");
  });
  it("does not flag fraud.pyramid: Investigator – MLM and Pyramid Scheme Cases — Review evidence of downline recruitment for the regulator.", () => {
    expect(
      posting({
        title: "Investigator – MLM and Pyramid Scheme Cases",
        description: "Review evidence of downline recruitment for the regulator.",
      }),
    ).not.toContain("fraud.pyramid");
  });
});

describe("former-blind-16 fraud (vet16-fraud): money for a guaranteed admission or offer", () => {
  flaggedInText("paid_internship", [
    "签约后缴纳录取保证金12000元，保证进国企实习。",
    "交8000元“保offer服务费”，保录取银行岗位。",
    "Pay a CNY 9,000 offer guarantee fee and we secure your bank internship.",
    "内推服务费5000元，保你进大厂。",
    "缴纳3800元即可获得银行实习名额，包录用。",
    "Pay 6,000 yuan and we guarantee an offer from a top-four firm.",
  ]);
  cleanInText("paid_internship", [
    "实习生每月补贴3000元，公司不收取任何费用。",
    "推荐朋友入职成功，公司发放推荐奖金2000元。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud): a share of the future wage, refused lists", () => {
  flaggedInText("training_loan", [
    "No upfront fee: after you are hired you pay us 12% of your salary for two years.",
    "课程零学费，就业后按月上交工资的15%，共24个月。",
    "Sign an income share agreement now and pay once you get the job.",
    "先学后付：0元入学，就业后每月从工资扣1200元，扣满18个月。",
    "No tuition up front — you hand over 10% of your pay for three years after you're placed.",
  ]);
  cleanInText("training_loan", [
    "We pay you during training: no tuition, no income-share agreement and no loan.",
    "培训期间带薪，无学费、无分期、无贷款。",
    "公司承担全部培训费用，无需分期或贷款。",
    "Training is free and paid; we never ask trainees to take a loan or sign an income-share agreement.",
  ]);
  it("does not flag training_loan: Complaints Officer – Training Loan Cases — Investigate complaints about course financing schemes and prepare reports.", () => {
    expect(
      posting({
        title: "Complaints Officer – Training Loan Cases",
        description: "Investigate complaints about course financing schemes and prepare reports.",
      }),
    ).not.toContain("training_loan");
  });
});

describe("former-blind-16 fraud (vet16-fraud): casual work waived of an interview together with any charge", () => {
  flaggedInText("fraud.no_interview", ["无需面试，交200元资料费即可上岗。", "不用面试，加群直接派单。"]);
  it("does not flag fraud.no_interview: 展会临时工（免面试，不收费） — 周末展会临时工，无需面试，不收任何费用，日薪200元当天结。", () => {
    expect(
      posting({
        title: "展会临时工（免面试，不收费）",
        description: "周末展会临时工，无需面试，不收任何费用，日薪200元当天结。",
      }),
    ).not.toContain("fraud.no_interview");
  });
});

describe("former-blind-16 fraud (vet16-fraud): a rate per thousand characters or words", () => {
  it("does not flag salary.missing: Freelance Translator — Translate product copy. Rate: RMB 150 per thousand words, paid monthly.", () => {
    expect(
      posting({
        title: "Freelance Translator",
        description: "Translate product copy. Rate: RMB 150 per thousand words, paid monthly.",
        min: null,
        max: null,
      }),
    ).not.toContain("salary.missing");
  });
  it("does not flag salary.missing: Freelance Editor — Rate: CNY 200 per 1,000 characters, settled monthly.", () => {
    expect(
      posting({
        title: "Freelance Editor",
        description: "Rate: CNY 200 per 1,000 characters, settled monthly.",
        min: null,
        max: null,
      }),
    ).not.toContain("salary.missing");
  });
  it("does not flag salary.missing: Subtitle Translator — Subtitle translation, paid CNY 120 per 1,000 English words.", () => {
    expect(
      posting({
        title: "Subtitle Translator",
        description: "Subtitle translation, paid CNY 120 per 1,000 English words.",
        min: null,
        max: null,
      }),
    ).not.toContain("salary.missing");
  });
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: the platform refused with 走/通过, QR codes in pictures, named recruiting groups, masked or spaced numbers, messenger IDs without a colon, +ν", () => {
  flaggedInText("off_platform_contact", [
    "投递别走平台了，直接加我vx：zhaopin_li66",
    "本岗位不在平台回复消息，有意者电话联系：137-xxxx-2288",
    "Skip the portal and text me on WhatsApp: +852 6123 4567.",
    "Apply via Telegram (@jobs_shenzhen_hr) instead of this site.",
    "面试安排在钉钉群，进群后看群公告。",
    "扫一扫海报上的二维码，进入兼职群领取任务。",
    "联系方式：幺三八 零零七六 五四三二",
    "wei xin: hr_zhou2024，备注应聘。",
  ]);
  cleanInText("off_platform_contact", [
    "负责运营公司抖音号和视频号，维护粉丝群。",
    "熟悉企业微信和钉钉的管理后台配置者优先。",
    "We reply to every application on this platform within three working days.",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: colleagues' windfalls, supercars, n-figure months, early retirement, a million a year, big pay for a few hours or a phone", () => {
  flaggedInText("hype", [
    "干这行，一年买房两年买车，三年当老板。",
    "普通宝妈做了半年，现在月入六位数。",
    "Zero experience? Our newest team member cleared 80k in her first month.",
    "This role pays for your Lambo.",
    "Earn a seven-figure income within two years.",
    "你离财富自由只差一个决定。",
    "日入过千，周结月结都可以。",
  ]);
  cleanInText("hype", [
    "The median first-year package is RMB 150,000 including commission.",
    "负责财富管理产品的合规审核。",
    "Drive a company car (Toyota) for client visits.",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: paid tests, quoted fee names, own money advanced for a refund, charges beside a training loan, payers named as others", () => {
  flaggedInText("fee", [
    "入职当天交300元押金，工牌和宿舍钥匙一起发。",
    "Each trainee pays a CNY 200 'materials' charge on day one.",
    "先自费下单2单，商品钱和佣金一起返给你。",
    "首次接单前需缴纳保证金199元，可随时申请退还。",
    "You must pay for the background check yourself, RMB 180.",
  ]);
  cleanInText("fee", [
    "入职体检在指定医院进行，费用公司全额报销。",
    "Collect deposits from tenants and record them in the ledger.",
    "负责学员报名缴费的登记和发票开具。",
  ]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: card classes, the card before the verb, documents in one's name used for the company, 跑分, collection codes", () => {
  flaggedInText("fraud.id_or_bank", [
    "帮公司办几张手机卡，实名用你的，每张给200。",
    "Register a shop on Taobao under your ID for us; we run it, you get 500 a month.",
    "出租你的支付宝收款码，每天流水提成1%。",
  ]);
  cleanInText("fraud.id_or_bank", ["负责手机跑分测试和性能对比评测。", "协助商户申请收款码并培训收银员使用。"]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: a base that applies only in months a target is hit", () => {
  flaggedInText("fraud.commission_only", [
    "没有底薪，但提成高达40%。",
    "Pay is 100% commission-based; top performers earn the most.",
    "底薪只有达标才发，不达标就只拿提成。",
  ]);
  cleanInText("fraud.commission_only", ["底薪6000元，另有提成，无论是否达标底薪照发。"]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: 报单 and 复投 buy-ins, pay by level (计酬), recruits' recruits invited", () => {
  flaggedInText("fraud.pyramid", [
    "加盟成为区域合伙人，你推荐的合伙人再发展合伙人，你都有返佣。",
    "认购原始股即成为股东，每介绍一位新股东奖励5%。",
    "Join as a node holder; you earn 15% from direct invites and 5% from their invites.",
  ]);
  cleanInText("fraud.pyramid", ["负责公司股权激励方案的测算和员工持股平台的管理。"]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: money for a guaranteed admission or offer", () => {
  flaggedInText("paid_internship", [
    "保录取协议班：学费2.98万，签约即保证进四大实习。",
    "Secure a guaranteed internship at a Fortune 500 firm for a one-time fee of USD 1,500.",
  ]);
  cleanInText("paid_internship", ["保录取？不存在的，我们按面试结果择优录用，不收任何费用。"]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: a share of the future wage, refused lists", () => {
  flaggedInText("training_loan", [
    "学费1.98万，前期不用掏钱，上岗后每月从工资里扣。",
    "Sign our deferred-tuition contract; repay the course from your first 18 paychecks.",
  ]);
  cleanInText("training_loan", ["公司与培训机构合作，学费由公司承担，员工无需分期。"]);
});

describe("former-blind-16 fraud (vet16-fraud), further wordings: casual work waived of an interview together with any charge", () => {
  flaggedInText("fraud.no_interview", [
    "不用面试，报名交100元押金就能上岗。",
    "Instant hire, no interview — just pay the registration fee.",
  ]);
  cleanInText("fraud.no_interview", ["面试通过后直接安排入职培训。"]);
});

describe("former-blind-16 fraud (vet16-fraud): near misses of this round's own patterns (job titles, company revenue, customers' purchases, refusals that go on to charge)", () => {
  cleanInText("fraud.id_or_bank", ["员工不得将银行卡出借他人，违者解除合同。"]);
  cleanInText("fraud.id_or_bank", ["严禁银行卡出租出借，公司不会以任何理由索要员工银行卡。"]);
  cleanInText("fraud.id_or_bank", ["负责二手手机回收业务，含手机卡回收登记。"]);
  cleanInText("fraud.pyramid", ["报单员：每天报单50单，核对发货信息。"]);
  cleanInText("fraud.pyramid", ["负责外贸报单200票/月的申报工作。"]);
  cleanInText("hype", ["门店去年一年赚了200万，现扩张招聘店员。"]);
  cleanInText("hype", ["公司去年营收一年赚了三千万，发展稳健。"]);
  cleanInText("hype", ["Help clients who became millionaires manage their estate plans."]);
  cleanInText("hype", ["Customers who bought Porsches from us get free servicing."]);
  flaggedInText("fee", ["入职体检费300元由学员自行支付给公司。"]);
  flaggedInText("fee", ["平台向用户收取会员费199元，开通后才能接单。"]);
  cleanInText("off_platform_contact", ["不通过平台审核的岗位将被下架，请如实填写。"]);
  cleanInText("off_platform_contact", ["Our clients book through the app rather than the website."]);
  cleanInText("off_platform_contact", ["新员工入职后加入部门工作群，接收排班通知。"]);
  cleanInText("training_loan", ["We never ask for tuition or a loan; the company pays for training."]);
  flaggedInText("fraud.no_interview", ["免面试，不收费，先交100元押金就能上岗。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: the platform refused with 走/通过, QR codes in pictures, named recruiting groups, masked or spaced numbers, messenger IDs without a colon, +ν", () => {
  flaggedInText("off_platform_contact", [
    "联系 HR：V x 号 chen_hr_2024",
    "加 q q 群 6 5 4 3 2 1 0 8 7 领取试题。",
    "Add me on WeChat, ID below: hrlinda_888",
    "Applications via this site will not be read; email jobs.sh88@gmail.com instead.",
  ]);
  cleanInText("off_platform_contact", ["Applications are only accepted through this site."]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: colleagues' windfalls, supercars, n-figure months, early retirement, a million a year, big pay for a few hours or a phone", () => {
  flaggedInText("hype", [
    "一部手机，日赚500+，小白也能做。",
    "Make 50k a month from your bedroom.",
    "入职一年年薪百万不是梦。",
    "跟着师父干，年底提辆宝马不成问题。",
  ]);
  cleanInText("hype", ["熟悉宝马、奔驰车型者优先，负责新车交付。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: paid tests, quoted fee names, own money advanced for a refund, charges beside a training loan, payers named as others", () => {
  flaggedInText("fee", [
    "Onboarding需先交一笔training deposit，RMB 500，三个月后退。",
    "报名成功后请转账99元“建档费”到财务。",
    "Uniform费用180元 self-paid，入职当天交。",
    "A CNY 260 medical check is at your own expense before you start.",
  ]);
  cleanInText("fee", ["Uniforms and the medical check are provided free of charge."]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: card classes, the card before the verb, documents in one's name used for the company, 跑分, collection codes", () => {
  flaggedInText("fraud.id_or_bank", [
    "入职后统一去银行开卡，卡交财务统一保管。",
    "需以个人身份注册营业执照，公司代为经营。",
    "Lend us your bank card for payroll routing; we keep the card and PIN.",
    "Open a personal WeChat Pay account and give our team the login.",
  ]);
  cleanInText("fraud.id_or_bank", ["工资发放需提供本人银行卡号，卡由员工自行保管。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: a base that applies only in months a target is hit", () => {
  flaggedInText("fraud.commission_only", [
    "底薪0+高提成，多劳多得。",
    "Basic salary: none. Commission: 30% of every deal.",
    "收入完全靠提成，上不封顶。",
  ]);
  cleanInText("fraud.commission_only", ["底薪4000元，提成上不封顶。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: 报单 and 复投 buy-ins, pay by level (计酬), recruits' recruits invited", () => {
  flaggedInText("fraud.pyramid", [
    "加盟费9800元，推荐加盟商返佣20%，间推返佣10%。",
    "Franchise fee 20,000; you earn 15% of the franchise fees of anyone you sign up, and 5% of theirs.",
    "购买节点成为节点合伙人，节点下面再挂节点，层层分红。",
  ]);
  cleanInText("fraud.pyramid", ["加盟商拓展经理：负责招募加盟商，底薪8000加提成，应聘者无需缴纳任何费用。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: money for a guaranteed admission or offer", () => {
  flaggedInText("paid_internship", [
    "内推费3000元，包进字节实习。",
    "Referral fee: RMB 4,000 for a guaranteed internship at a Big Four firm.",
    "花5000元买一个券商实习名额，保证出实习证明。",
  ]);
  cleanInText("paid_internship", ["内推成功入职，推荐人可获奖金3000元。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: a share of the future wage, refused lists", () => {
  flaggedInText("training_loan", [
    "课程费用由合作金融机构先行垫付，学员上岗后按月还款。",
    "学费可用花呗分12期，上岗后再还。",
  ]);
  cleanInText("training_loan", ["学费一次性由公司支付，学员无需还款。"]);
});

describe("former-blind-16 fraud (vet16-fraud), mixed-language and disguised wordings: casual work waived of an interview together with any charge", () => {
  flaggedInText("fraud.no_interview", ["面试？走个过场而已，交了资料费就录用。"]);
  cleanInText("fraud.no_interview", ["面试流程：初试、复试、终面，均在平台内进行。"]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: the platform refused with 走/通过, QR codes in pictures, named recruiting groups, masked or spaced numbers, messenger IDs without a colon, +ν", () => {
  flaggedInText("off_platform_contact", [
    "Text 'JOB' to +86 137 0000 1234 on WhatsApp to get started.",
    "Ping our recruiter on Telegram: t.me/hr_recruit_cn",
    "想了解的私我，vx同号。",
  ]);
  cleanInText("off_platform_contact", ["Our support team handles WhatsApp Business chats with customers."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: colleagues' windfalls, supercars, n-figure months, early retirement, a million a year, big pay for a few hours or a phone", () => {
  flaggedInText("hype", [
    "Quit your day job: our partners earn more in a month than you do in a year.",
    "Become your own boss and make your first million before 25.",
    "Passive income while you sleep, paid out daily.",
    "每天只需两小时，轻松月入2万+。",
    "躺平也能年入50万，名额有限。",
  ]);
  cleanInText("hype", ["We offer a pension plan and support for early retirement planning."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: paid tests, quoted fee names, own money advanced for a refund, charges beside a training loan, payers named as others", () => {
  flaggedInText("fee", [
    "Candidates pay a CNY 120 processing charge when submitting documents.",
    "面试通过后需缴纳2000元“岗位保证金”，转正后退还。",
  ]);
  cleanInText("fee", ["Our travel desk processes visa fees on behalf of clients."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: card classes, the card before the verb, documents in one's name used for the company, 跑分, collection codes", () => {
  flaggedInText("fraud.id_or_bank", [
    "You will receive client payments into your own account and forward them to ours.",
  ]);
  cleanInText("fraud.id_or_bank", ["You will reconcile client payments into the company account daily."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: a base that applies only in months a target is hit", () => {
  flaggedInText("fraud.commission_only", ["You earn nothing unless you sell; no sales means no pay."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: 报单 and 复投 buy-ins, pay by level (计酬), recruits' recruits invited", () => {
  flaggedInText("fraud.pyramid", ["Recruit two people, they each recruit two more, and you get paid on all six."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: casual work waived of an interview together with any charge", () => {
  flaggedInText("fraud.no_interview", ["Start tomorrow — no interview, no experience, just show up."]);
});

describe("former-blind-16 fraud (vet16-fraud), English slang and salary wordings: a rate per thousand characters or words", () => {
  it("does not flag salary.missing: Proofreader — Proofreading at CNY 60 per thousand English words, invoiced monthly.", () => {
    expect(
      posting({
        title: "Proofreader",
        description: "Proofreading at CNY 60 per thousand English words, invoiced monthly.",
        min: null,
        max: null,
      }),
    ).not.toContain("salary.missing");
  });
  it("does not flag salary.missing: 兼职写手 — 稿费：每千字120元，按月结算。", () => {
    expect(
      posting({ title: "兼职写手", description: "稿费：每千字120元，按月结算。", min: null, max: null }),
    ).not.toContain("salary.missing");
  });
  it("flags salary.missing: Office Assistant — Pay: competitive, discussed at interview.", () => {
    expect(
      posting({
        title: "Office Assistant",
        description: "Pay: competitive, discussed at interview.",
        min: null,
        max: null,
      }),
    ).toContain("salary.missing");
  });
});

describe("former-blind-16 fraud (vet16-fraud): near misses of this round's patterns (clients' fortunes, reimbursed exams, quoted fees handled as work, the employer paying into funds, channels other than the platform)", () => {
  cleanInText("hype", ["Our clients include founders who made their first million in e-commerce."]);
  cleanInText("hype", ["Research analyst covering luxury brands such as Ferrari and Porsche."]);
  cleanInText("hype", ["Work two hours a day on weekends; pay RMB 150 per hour."]);
  cleanInText("hype", ["Customers can pay for their Porsche in instalments; explain the financing options."]);
  cleanInText("hype", ["六位数的订单金额需经理审批。"]);
  cleanInText("hype", ["帮客户一年赚了30万的理财顾问，请投递。"]);
  cleanInText("fee", ['Process the CNY 500 "late payment fee" disputes raised by customers.']);
  cleanInText("fee", ["Candidates take a free skills assessment (30 minutes) before the interview."]);
  cleanInText("fee", ["We reimburse the paid exam (CNY 800) once you pass."]);
  cleanInText("fee", ["客户先付款下单，门店发货后按规则返现。"]);
  cleanInText("off_platform_contact", ["Route support tickets rather than the platform's default queue."]);
  cleanInText("off_platform_contact", ["Design the WeChat ID verification flow for our mini-program (wx_login_v2)."]);
  cleanInText("off_platform_contact", ["本公司不通过平台以外的任何渠道收取简历。"]);
  cleanInText("off_platform_contact", ["负责维护客户群，进入售后群处理投诉。"]);
  cleanInText("fraud.commission_only", [
    "Your guaranteed base of CNY 6,000 applies in every month, whatever your sales.",
  ]);
  cleanInText("fraud.commission_only", ["Otherwise you earn commission on top of your base."]);
  cleanInText("fraud.pyramid", ["Partners they refer to us get a discount on their first order."]);
  cleanInText("fraud.pyramid", ["Teachers review the records of students they invite to the trial class."]);
  cleanInText("fraud.id_or_bank", [
    "Open a corporate bank account for our new subsidiary and share the login with finance.",
  ]);
  cleanInText("fraud.id_or_bank", ["柜员负责为客户开卡，卡由客户本人领取。"]);
  cleanInText("training_loan", ["Employees contribute 8% of your salary to the housing fund once hired."]);
  cleanInText("training_loan", ["After you are hired we pay 12% of your salary into the housing fund."]);
  cleanInText("paid_internship", ["我们不保录取，也不收取任何费用，择优录用。"]);
  it("flags salary.missing: Content Writer — Pay is discussed after the interview.", () => {
    expect(
      posting({ title: "Content Writer", description: "Pay is discussed after the interview.", min: null, max: null }),
    ).toContain("salary.missing");
  });
});

describe("former-blind-16 fraud (vet16-fraud): an amount earned daily or weekly beside an ease word", () => {
  flaggedInText("hype", [
    "Earn ¥1000+ daily from home, no experience needed.",
    "Make 800 yuan daily with just your phone.",
  ]);
  cleanInText("hype", ["Drivers earn 300 yuan daily plus fuel; trucks are provided."]);
});

// former-blind-16 discrimination (vet16-disc)
// The classes behind former-blind-16's discrimination misses and false flags, then further wordings of each class and of
// neighbouring ones that real employers use. Every wording is new (none is a sentence of any corpus set); each class has
// near misses that must stay clean.

describe("former-blind-16 discrimination: a faith's practice refused with the people named before it ('not able to consider candidates who fast')", () => {
  flaggedInText("discrimination.religion", [
    "We will not consider applicants who observe Ramadan fasting during the busy season.",
    "We are not able to hire candidates who fast during office hours.",
    "The kitchen cannot consider staff who need prayer breaks during service.",
    "We won't shortlist people who pray five times a day.",
    "Candidates who keep the fast in Ramadan are not a good fit for this role.",
  ]);
  cleanInText("discrimination.religion", [
    "Our fitness app helps users who fast intermittently track their meals.",
    "We hire candidates who are fast learners and accurate typists.",
    "Staff who need prayer breaks can use the quiet room on the second floor.",
    "We do not consider religion, gender or age when hiring.",
  ]);
});

describe("former-blind-16 discrimination: a fast or a prayer refused in Chinese (不接受/不允许…禁食, 斋戒)", () => {
  flaggedInText("discrimination.religion", [
    "上班期间不允许禁食，有斋戒习惯的请勿投递。",
    "本岗位不接受员工在工作时间守斋。",
    "公司不同意员工在岗期间做礼拜。",
  ]);
  cleanInText("discrimination.religion", [
    "负责指导患者术前禁食禁水，做好护理记录。",
    "斋月期间餐厅营业时间调整为晚上，员工可自愿调班。",
  ]);
});

describe("former-blind-16 discrimination: religious dress or symbols banned after they are named, or to be removed", () => {
  flaggedInText("discrimination.religion", [
    "Headscarves and other religious garments are not permitted on the shop floor.",
    "Turbans, kippahs and crucifixes are prohibited for front-desk staff.",
    "Applicants unwilling to remove their hijab during shifts will not be considered.",
    "Staff must remove religious symbols before starting work.",
    "头巾、十字架等宗教饰物一律不允许佩戴。",
    "上班须摘下头巾，不接受者勿投。",
  ]);
  cleanInText("discrimination.religion", [
    "Safety helmets are required; jewellery and loose scarves are not permitted near machinery.",
    "Staff may wear headscarves and turbans; uniform versions are provided.",
    "车间内禁止佩戴首饰和围巾，以免卷入机器。",
  ]);
});

describe("former-blind-16 discrimination: 'No X required' denies a requirement, it refuses nobody", () => {
  cleanInText("discrimination.religion", [
    "No particular faith is required for this role.",
    "No religious background needed; everyone is welcome.",
  ]);
  cleanInText("discrimination.region", ["No Shanghai hukou required, we help with residence permits."]);
  cleanInText("discrimination.school_tier", ["No 985 or 211 degree required."]);
  cleanInText("discrimination.ethnicity", ["No specific ethnicity required."]);
  flaggedInText("discrimination.religion", ["No Muslims, sorry, pork is handled daily."]);
  flaggedInText("discrimination.region", ["No Henan people."]);
});

describe("former-blind-16 discrimination: serving in the liturgy, with its reason, is a religious body's genuine requirement", () => {
  it("does not flag discrimination.religion in the title: 教堂圣乐干事", () => {
    expect(postingTitled("教堂圣乐干事", "负责日常工作，按公司安排完成任务。")).not.toContain(
      "discrimination.religion",
    );
  });
  cleanInText("discrimination.religion", [
    "负责主日崇拜的领唱和诗班排练。因岗位涉及礼仪服务，须为受洗基督徒。",
    "寺院法事助理：因涉及宗教仪式服务，须为佛教徒。",
    "As the organist plays at every Sunday Mass, the church asks that candidates be practising Catholics.",
  ]);
  flaggedInText("discrimination.religion", ["因工作需要经常加班，不招穆斯林。", "公司因涉及团队聚餐，须为非穆斯林。"]);
});

describe("former-blind-16 discrimination: a people named as the adjective of the faith (回族穆斯林) is the religion rule's and the ethnicity rule's", () => {
  flaggedInText("discrimination.ethnicity", ["不招回族穆斯林，店内有猪肉。", "维吾尔族穆斯林员工本岗位不适合。"]);
  flaggedInText("discrimination.religion", ["不招回族穆斯林，店内有猪肉。", "维吾尔族穆斯林员工本岗位不适合。"]);
  flaggedInText("discrimination.ethnicity", ["不招回族员工，店内有猪肉。", "不招回族和维吾尔族员工。"]);
});

describe("former-blind-16 discrimination: a list going on to 'other' conditions before the exclusion (及其他…者一律不予录用)", () => {
  flaggedInText("discrimination.health", [
    "乙肝及其他传染病携带者一律不予录用。",
    "艾滋病感染者及其他慢性传染病人员不予考虑。",
    "癫痫及其他神经系统疾病患者一律不录用。",
    "抑郁症以及其他心理问题人员请勿投递。",
  ]);
  cleanInText("discrimination.health", ["乙肝及其他传染病防治宣传，需持健康证。"]);
});

describe("former-blind-16 discrimination: psychiatric diagnoses by name", () => {
  flaggedInText("discrimination.health", [
    "Applicants with PTSD or schizophrenia will not be considered.",
    "Candidates diagnosed with bipolar disorder will be screened out.",
    "People with OCD need not apply.",
    "有精神分裂症病史者不予录用。",
    "强迫症、躁郁症患者勿投。",
    "患有进食障碍的不考虑。",
  ]);
  cleanInText("discrimination.health", [
    "Counsellor supporting veterans with PTSD; training provided.",
    "负责精神分裂症患者的康复护理。",
  ]);
});

describe("former-blind-16 discrimination: people with a condition 'not considered', past diagnoses, hyphenated mental-health history", () => {
  flaggedInText("discrimination.health", [
    "Staff with a history of depression are not considered for this post.",
    "Employees with a mental-health history are not considered.",
    "Applicants with any prior diagnosis of anxiety are not eligible.",
    "Individuals with epilepsy are not considered.",
  ]);
  cleanInText("discrimination.health", [
    "Gender and health status are not considered in hiring decisions.",
    "Staff with a history of volunteering are considered favourably.",
  ]);
});

describe("former-blind-16 discrimination: a ceiling on myopia", () => {
  flaggedInText("discrimination.health", [
    "近视不得超过400度。",
    "视力：近视度数不高于300度。",
    "要求近视在500度以内。",
    "近视600度以下方可报名。",
    "Myopia must not exceed 500 degrees.",
  ]);
  cleanInText("discrimination.health", [
    "配镜师：负责为近视600度以上顾客定制镜片。",
    "视力矫正后达到5.0即可，近视不限。",
  ]);
});

describe("former-blind-16 discrimination: the school to be in or belong to a tier's list", () => {
  flaggedInText("discrimination.school_tier", [
    "本科须在211名单内。",
    "毕业院校必须属于“双一流”高校。",
    "学校需列入985工程名单。",
    "本科学校在985/211名单中者优先。",
  ]);
  cleanInText("discrimination.school_tier", ["整理985、211高校名单，对接校园招聘。"]);
});

describe("former-blind-16 discrimination: a tier naming an association, and a private or independent college as the employer", () => {
  it("does not flag discrimination.school_tier in the title: 985高校校友会活动专员", () => {
    expect(postingTitled("985高校校友会活动专员", "负责日常工作，按公司安排完成任务。")).not.toContain(
      "discrimination.school_tier",
    );
  });
  it("does not flag discrimination.school_tier in the title: 出纳（民办高校财务处）", () => {
    expect(postingTitled("出纳（民办高校财务处）", "负责日常工作，按公司安排完成任务。")).not.toContain(
      "discrimination.school_tier",
    );
  });
  cleanInText("discrimination.school_tier", [
    "负责211工程大学联盟秘书处日常事务。",
    "某民办本科院校教务处招聘教务员。",
    "独立学院图书馆招聘管理员。",
  ]);
  flaggedInText("discrimination.school_tier", [
    "民办高校毕业生不考虑。",
    "独立学院的同学请勿投递。",
    "仅限公办本科院校毕业生。",
  ]);
});

describe("former-blind-16 discrimination: a continent, region or another country with 籍/国籍", () => {
  flaggedInText("discrimination.race", [
    "欧洲籍候选人优先。",
    "仅考虑北美籍申请人。",
    "亚洲国籍候选人不予考虑。",
    "东南亚籍人员勿扰。",
    "优先录用西班牙籍外教。",
    "泰国籍员工不招。",
  ]);
  cleanInText("discrimination.race", ["负责欧洲籍客户的售后服务。", "国籍不限，欧洲籍、亚洲籍均可。"]);
});

describe("former-blind-16 discrimination: kept out of a stage of the hiring (不进入终面, not invited to interview)", () => {
  flaggedInText("discrimination.race", ["中国籍候选人不进入终面。"]);
  flaggedInText("discrimination.gender", ["女性候选人原则上不进入复试。"]);
  flaggedInText("discrimination.region", ["外地户籍人员不安排终面。"]);
  flaggedInText("discrimination.health", ["有乙肝的不进入面试环节。"]);
});

describe("former-blind-16 discrimination: proof of family status demanded (confirm/prove that they are married, 需证明已婚已育)", () => {
  flaggedInText("discrimination.marital", [
    "Applicants will be asked to prove that they are married.",
    "Candidates must confirm that they already have children.",
    "入职前需证明已婚已育。",
  ]);
  flaggedInText("discrimination.gender", [
    "Female applicants will be asked to confirm that they are married and already have children, because of travel.",
    "Women applying will be required to show that they are married before an offer.",
  ]);
  cleanInText("discrimination.marital", ["Please confirm that you are available to start in March."]);
});

describe("former-blind-16 discrimination: a practice the employer accommodates names whom it helps, not a condition", () => {
  cleanInText("discrimination.religion", [
    "公司为需要礼拜的员工提供安静的祷告室。",
    "斋月期间我们给需要斋戒的同事调整为早班。",
  ]);
  flaggedInText("discrimination.religion", ["需要斋戒的应聘者请勿投递。", "有斋戒需求的同学这次不太合适。"]);
});

describe("former-blind-16 discrimination: further wordings of faith screens: worship, values, pledges, denominations; faith calendars as a topic", () => {
  flaggedInText("discrimination.religion", [
    "本公司不招有宗教信仰的员工。",
    "信教的朋友就不要来了。",
    "要求党员或无宗教信仰者。",
    "限无神论者。",
    "佛教徒因饮食原因不便安排。",
    "穆斯林员工因饮食习惯不同，暂不录用。",
    "信奉伊斯兰教者请勿投递。",
    "基督徒优先，公司每周有查经会。",
    "本店只招佛教徒，员工需每日诵经。",
    "员工周日需参加教会活动。",
    "We are a Christian company and only hire believers.",
    "Candidates should share our Christian values and faith.",
    "Applicants who wear a headscarf will not be considered.",
    "No Jehovah's Witnesses.",
    "Muslim applicants: please note we cannot accommodate Friday prayers.",
    "Jewish candidates need not apply due to Saturday shifts.",
    "Sikh applicants must be willing to remove their turban for the helmet policy.",
    "不接受戴头巾的应聘者。",
    "工作期间不能戴头巾。",
    "员工不得在工作场所进行宗教活动，有此需求者勿投。",
    "信仰伊斯兰教的同学请慎重考虑。",
    "入职需签署不信教承诺书。",
    "候选人须为基督徒或愿意受洗。",
  ]);
  cleanInText("discrimination.religion", [
    "宗教信仰自由，尊重各民族饮食习惯，食堂设清真窗口。",
    "负责佛教文化旅游线路的讲解，信仰不限。",
    "清真食品认证审核员，熟悉伊斯兰教饮食规范者优先。",
    "教会学校英语教师，宗教信仰不作要求。",
    "We welcome applicants of all faiths and none.",
    "Prayer room available for staff of any faith.",
    "Experience with Islamic finance products preferred.",
    "负责穆斯林客户的清真餐饮服务。",
    "为清真寺提供保洁服务。",
    "Christmas market planner, Christian holidays experience a plus.",
  ]);
});

describe("former-blind-16 discrimination: further wordings of health screens: mental-health problems, wheelchairs, 'without a history of' a condition", () => {
  flaggedInText("discrimination.health", [
    "乙肝患者本岗位不予录用。",
    "有传染病史者不予考虑。",
    "身体有残疾者恕不录用。",
    "不招聋哑人。",
    "精神病患者勿扰。",
    "糖尿病、高血压等慢性病患者不适合本岗位。",
    "体检含乙肝两对半。",
    "入职体检需检测HIV，阳性不予录用。",
    "要求无色盲色弱以外的任何残疾。",
    "有心理健康问题的请勿申请。",
    "曾患抑郁症者不予考虑。",
    "曾经得过癌症的不要。",
    "身体残疾的暂不考虑。",
    "肢体残疾人士勿投。",
    "需五官端正、肢体健全。",
    "本岗位需长期站立，残疾人不适合。",
    "Those with mental health conditions will be screened out.",
    "Applicants must not have any chronic illness.",
    "We are unable to hire people with diabetes.",
    "Candidates with a disability will not be shortlisted.",
    "Anyone on antidepressants will not be considered.",
    "HIV-positive candidates cannot be hired.",
    "Applicants must pass a hepatitis B test.",
    "Only candidates without a history of cancer will be considered.",
    "Candidates in wheelchairs cannot be accommodated.",
  ]);
  cleanInText("discrimination.health", [
    "持健康证上岗，公司承担体检费。",
    "残疾人士同等条件下优先录用。",
    "我们欢迎残障人士申请，提供无障碍办公环境。",
    "负责糖尿病患者的随访管理。",
    "负责乙肝疫苗接种登记。",
    "Reasonable adjustments are available for candidates with disabilities.",
    "We welcome applicants with disabilities and provide accessible offices.",
    "Health insurance covers mental health treatment.",
    "心理咨询师：为抑郁症来访者提供咨询。",
    "Research assistant studying diabetes prevalence among migrant workers.",
  ]);
});

describe("former-blind-16 discrimination: gender screens dressed up as team balance, safety or management reasons", () => {
  flaggedInText("discrimination.gender", [
    "为平衡团队男女比例，本次只招男生。",
    "考虑到团队性别结构，优先考虑男性。",
    "出于安全考虑，夜班仅招男性。",
    "工作强度大，不适合女性。",
    "部门全是女生，这次想招个男生调节气氛。",
    "管理层希望招男性，便于管理。",
    "To balance the team, we are looking for male candidates this round.",
    "For safety reasons the night shift is open to men only.",
    "Our team is all women, so we would prefer a man for this role.",
    "Due to the physical demands, female applicants will not be considered.",
    "The client prefers a male consultant.",
    "仓库搬运，男性优先，女性慎投。",
    "本岗位偏向男生，女生请谨慎投递。",
    "女生勿扰，工作环境较差。",
    "此岗位男士更合适。",
    "We think this job suits a man better.",
  ]);
  cleanInText("discrimination.gender", [
    "男女比例均衡，欢迎女性申请技术岗位。",
    "夜班有专车接送，男女不限。",
    "We actively encourage women to apply for engineering roles.",
    "负责女装品牌的线上运营，男女不限。",
    "Gender-balanced panel interviews for every candidate.",
    "女性员工享受三八节半天假。",
    "为女性员工提供哺乳室和弹性工作时间。",
  ]);
});

describe("former-blind-16 discrimination: marital and childbearing screens: a family completed, young children at home", () => {
  flaggedInText("discrimination.marital", [
    "已婚已育者优先。",
    "未婚者优先考虑。",
    "要求已婚，家庭稳定。",
    "三年内无生育计划。",
    "入职两年内不得怀孕。",
    "孕妇勿扰。",
    "有二胎计划的暂不考虑。",
    "需已育，家庭稳定者优先。",
    "单身优先，能接受外派。",
    "婚育状况：已婚已育。",
    "Married candidates with children preferred for stability.",
    "Single applicants preferred as the role involves relocation.",
    "Candidates must not be pregnant at the time of joining.",
    "We are looking for someone who has completed their family.",
    "Applicants with young children will not be considered.",
    "Mothers of young kids need not apply.",
    "孩子未满三岁的不考虑。",
    "家有幼儿的请慎重投递。",
    "离异者不予考虑。",
    "已婚未育女性暂不考虑。",
  ]);
  flaggedInText("discrimination.gender", [
    "已婚未育女性暂不考虑。",
    "女性须已婚已育。",
    "Women must already have children.",
  ]);
  cleanInText("discrimination.marital", [
    "提供婚假、产假、陪产假。",
    "婚恋App客服，负责用户咨询。",
    "母婴店导购，负责孕妇用品销售。",
    "为已婚员工提供家属体检。",
    "孕期员工可申请居家办公。",
    "婚否不限，欢迎宝妈。",
    "Wedding planner for married couples' vow renewals.",
    "Maternity cover for 10 months.",
    "我们支持员工生育，提供育儿补贴。",
  ]);
});

describe("former-blind-16 discrimination: school tier: modes of study, both degrees of a tier (本硕均为985, 两个九), a tier said not to be allowed", () => {
  flaggedInText("discrimination.school_tier", [
    "全日制统招本科，非全日制勿扰。",
    "网络教育、函授学历不予考虑。",
    "非全日制研究生不考虑。",
    "不接受非全日制学历。",
    "独立学院及民办院校毕业生请勿投递。",
    "本硕均为985。",
    "本硕双985优先。",
    "两个九优先。",
    "本科须为211以上院校。",
    "只看C9和华五。",
    "第一学历需为统招一本。",
    "本科非985/211的请勿投递。",
    "毕业于QS前50高校优先。",
    "Graduates of target universities only.",
    "Candidates from non-target schools will not be considered.",
    "Only graduates of top-50 universities will be considered.",
    "Applicants from Tier 1 universities preferred.",
    "海归需为QS前100名校。",
    "二本及以下院校不予考虑。",
    "学校背景要求：985/211。",
    "专升本学历勿投。",
    "本科不能是民办院校。",
    "公办院校毕业优先。",
    "拒绝网络教育、函授学历。",
  ]);
  cleanInText("discrimination.school_tier", [
    "学历本科及以上，院校不限。",
    "不看学校，看能力。",
    "欢迎985、211及双非院校同学投递。",
    "负责985高校的校园招聘宣讲。",
    "某211高校招聘实验员。",
    "民办高校招聘辅导员，要求硕士学历。",
    "专升本辅导老师，负责课程讲授。",
    "全日制本科及以上学历。",
    "非全日制学员班主任，负责教学管理。",
    "负责网络教育学院的招生咨询。",
    "We hire from any university, not only target schools.",
    "办公地点：211室。",
    "非全日制研究生不收取额外住宿费。",
    "非全日制研究生招生咨询，负责解答考生问题。",
  ]);
});

describe('former-blind-16 discrimination: near misses of the markers added in this round (proof, "not able to consider", 不能是)', () => {
  cleanInText("discrimination.health", [
    "持残疾证员工需提供残疾证明以享受税收减免。",
    "残疾员工可提供残疾人证申请补贴。",
  ]);
  cleanInText("discrimination.school_tier", ["每月需提交985、211高校宣讲会排期表。"]);
  cleanInText("discrimination.marital", ["入职需提供身份证、学历证明和已婚员工的配偶信息用于商业保险。"]);
  cleanInText("discrimination.region", ["需提供户口本复印件办理社保。"]);
  cleanInText("discrimination.gender", [
    "Please confirm that you are able to work weekends; men and women are equally welcome.",
    "负责人不能是同一人，男女不限。",
  ]);
  cleanInText("discrimination.religion", [
    "Confirm that you have read our policy on religious holidays: all staff may take them.",
    "We do not hire candidates who lack experience; all faiths welcome.",
  ]);
});

describe("former-blind-16 discrimination: race: descents, faces named by a region, a refusal before a nationality's people", () => {
  flaggedInText("discrimination.race", [
    "外教须为英美籍。",
    "仅招母语为英语的白人外教。",
    "非洲裔勿扰。",
    "东南亚面孔不考虑。",
    "Native speakers from the UK, US or Canada only.",
    "Caucasian teachers preferred by parents.",
    "We cannot hire Nigerian nationals.",
    "欧美长相优先。",
    "只要白皮肤的模特。",
    "中国籍以外的候选人请勿投递。",
  ]);
  cleanInText("discrimination.race", [
    "负责东南亚市场的拓展，国籍不限。",
    "英语母语者优先，国籍不限。",
    "公司协助外籍员工办理工作签证。",
    "Experience selling to buyers from Africa preferred.",
    "黑人牙膏品牌推广专员。",
  ]);
});

describe("former-blind-16 discrimination: ethnicity: screens and near misses (checked, no change needed)", () => {
  flaggedInText("discrimination.ethnicity", [
    "仅限汉族。",
    "少数民族同胞暂不考虑。",
    "本岗位不招维吾尔族和藏族员工。",
    "民族要求：汉族。",
    "Han Chinese candidates only.",
    "为便于统一管理，只招汉族员工。",
  ]);
  cleanInText("discrimination.ethnicity", [
    "欢迎各民族同胞加入。",
    "熟悉少数民族文化者优先，民族不限。",
    "回民街餐厅服务员。",
    "维吾尔语翻译，民族不限。",
  ]);
});

describe("former-blind-16 discrimination: region: 须持 a hukou, and near misses", () => {
  flaggedInText("discrimination.region", [
    "限本地户口。",
    "外地人勿扰。",
    "只招本市户籍。",
    "河南籍、东北籍免投。",
    "须持上海户口。",
    "优先录用本地人，方便管理。",
    "Shanghai hukou holders only.",
    "老乡优先。",
  ]);
  cleanInText("discrimination.region", [
    "公司可协助办理落户，户籍不限。",
    "熟悉本地路况，籍贯不限。",
    "提供集体户口。",
  ]);
});

describe('former-blind-16 discrimination: mixed and English wordings: the Sabbath, no religious affiliation, a faith demanded with its verb, "looking for" a race', () => {
  flaggedInText("discrimination.religion", [
    "Hijab-wearing candidates will not be considered.",
    "周日需加班，守安息日者不适合。",
    "要求候选人无宗教背景。",
    "Applicants must not be affiliated with any religious organisation.",
    "本岗位not suitable for Muslims，因为需要试吃猪肉产品。",
    "员工需信仰佛教，每日早课。",
    "Non-Muslim candidates only (pork handling).",
  ]);
  flaggedInText("discrimination.health", [
    "Applicants who have had cancer will not be considered.",
    "体检不合格者（含乙肝）不予录用。",
    "HIV携带者不能从事本岗位。",
    "Those living with HIV are not eligible.",
    "身体残疾（包括轻微残疾）不考虑。",
    "有癫痫史的同学请勿报名。",
  ]);
  flaggedInText("discrimination.gender", [
    "女孩子不适合跑外勤。",
    "考虑到团队融合，优先男同事。",
    "Female candidates are not suitable for night shifts.",
    "女生请勿投递，经常需要陪客户应酬。",
  ]);
  flaggedInText("discrimination.marital", [
    "Must not get married within the first two years.",
    "Ideally married with kids.",
    "未婚未育者优先。",
  ]);
  flaggedInText("discrimination.school_tier", [
    "Ivy League or Oxbridge graduates only.",
    "本科为民办或独立学院的不考虑。",
    "Bachelor's from a top-tier university required.",
  ]);
  flaggedInText("discrimination.race", ["Native English teachers (white) preferred."]);
  flaggedInText("discrimination.region", [
    "Candidates from outside Guangdong will not be considered.",
    "外省户口请勿投递。",
  ]);
});

describe('former-blind-16 discrimination: near misses of the list tail and of people "not considered"', () => {
  cleanInText("discrimination.health", [
    "负责乙肝及其他传染病患者的随访工作，不收取任何费用。",
    "Candidates with a disability are not considered any differently from other applicants.",
    "Staff with diabetes are not considered a safety risk in this role.",
    "Patients with epilepsy are not considered for the trial.",
  ]);
  cleanInText("discrimination.religion", ["Candidates with a religious background are not considered less suitable."]);
  cleanInText("discrimination.region", ["河南及其他省份的学员都可以报名培训，不收取费用。"]);
});

describe("former-blind-16 discrimination: a bare 优先 touching a gender (screen), and its near misses", () => {
  flaggedInText("discrimination.gender", ["团队优先招女生，氛围更好。", "优先女性候选人。"]);
  cleanInText("discrimination.gender", [
    "优先为女员工安排体检。",
    "节假日优先安排女职工休假。",
    "优先女性用户的产品体验。",
    "优先解决男女员工同工同酬问题。",
  ]);
});

describe("former-blind-16 discrimination: clean near misses a writer who never read the checker might use (checked)", () => {
  cleanInText("discrimination.religion", [
    "基督教青年会（YMCA）活动专员，宗教信仰不限。",
    "寺院素斋厨师，负责斋堂日常餐食，宗教信仰不限。",
    "清真食品认证审核员，需熟悉清真标准，信仰不限。",
    "教会医院护士，欢迎任何信仰或无信仰的申请者。",
    "佛学院图书管理员，负责佛教典籍整理，无信仰要求。",
    "Chaplaincy coordinator at a hospital, supporting patients of all faiths; no faith requirement for staff.",
    "Halal kitchen assistant; we welcome staff of every faith.",
    "Kosher catering supervisor: knowledge of kosher rules required, no religious requirement.",
    "为穆斯林顾客提供清真餐饮咨询。",
    "宗教事务局合同制文员。",
    "Museum educator for the Islamic art gallery.",
    "负责圣诞节主题活动策划。",
    "斋月期间门店营业时间调整，员工排班照常。",
  ]);
  cleanInText("discrimination.ethnicity", [
    "新疆大盘鸡餐厅服务员，民族不限。",
    "少数民族预科班数学老师。",
    "唐卡画廊销售，需了解藏族文化，民族不限。",
    "朝鲜族民俗村讲解员，欢迎各民族应聘。",
  ]);
  cleanInText("discrimination.school_tier", [
    "ZX-985型数控机床操作员。",
    "211系列注塑机调试员。",
    "负责985项目申报材料整理。",
    "双一流学科建设办公室秘书。",
  ]);
  cleanInText("discrimination.health", [
    "整车下线检测员，负责车辆下线检测。",
    "乙肝疫苗接种护士。",
    "康复治疗师，服务对象为肢体残疾儿童。",
    "手语翻译，为听障人士提供服务。",
    "视障辅助App产品经理。",
    "Diabetes nurse educator.",
    "HIV testing counsellor at the community clinic.",
    "负责员工心理健康问题的咨询与干预。",
    "协助精神科医生整理病史资料。",
  ]);
  cleanInText("discrimination.marital", [
    "婚纱摄影师，负责新人拍摄。",
    "月嫂，照顾产妇和新生儿。",
    "孕婴店店员，负责孕妇装销售。",
    "10个月产假顶岗合同。",
  ]);
  cleanInText("discrimination.gender", [
    "女装店导购，男女不限。",
    "男士理发师，男女均可。",
    "负责女性健康App的内容运营。",
    "妇产科护士，男女不限。",
  ]);
  cleanInText("discrimination.race", [
    "英语外教，国籍不限，持TEFL证书。",
    "国际学校招生顾问，负责欧美家庭客户。",
    "非洲市场销售经理，负责肯尼亚、尼日利亚客户。",
  ]);
  cleanInText("discrimination.region", [
    "本地生活服务运营，负责上海地区商户。",
    "河南分公司招聘销售。",
    "熟悉粤语者优先，籍贯不限。",
  ]);
});

describe("former-blind-16 discrimination: conditional refusals (如果你是…，这个岗位不适合你), a nationality after its label, an absence listed second", () => {
  flaggedInText("discrimination.religion", [
    "如有宗教信仰，请勿投递。",
    "如果你信教，这个岗位不适合你。",
    "(本岗位不接受穆斯林)",
    "If you observe Ramadan, this role is not for you.",
    "Candidates are expected to attend weekly chapel services.",
    "Religion: Christian.",
    "宗教信仰：无。",
  ]);
  flagged("discrimination.religion", ["1. 基督徒；2. 三年以上经验。"]);
  flaggedInText("discrimination.health", [
    "如有乙肝，请勿应聘。",
    "如果有抑郁症病史，本岗位不适合你。",
    "Applicants must be free from any mental illness.",
    "(残疾人勿投)",
    "If you have epilepsy, please do not apply.",
  ]);
  flagged("discrimination.health", ["1. 无传染病及精神病史；2. 身体健康。"]);
  flaggedInText("discrimination.gender", [
    "如果你是女生，这个岗位不适合你。",
    "性别：男。",
    "(限男性)",
    "If you are female, please do not apply.",
  ]);
  flagged("discrimination.gender", ["男，25-35岁。"]);
  flaggedInText("discrimination.marital", [
    "如有生育计划，请勿投递。",
    "婚姻状况：已婚。",
    "If you are planning to have a baby soon, this is not the role for you.",
  ]);
  flagged("discrimination.marital", ["已婚已育，有稳定家庭。"]);
  flaggedInText("discrimination.school_tier", [
    "如果本科不是985，请勿投递。",
    "院校要求：双一流。",
    "If you did not graduate from a target school, please do not apply.",
  ]);
  flagged("discrimination.school_tier", ["985/211院校本科。"]);
  flaggedInText("discrimination.race", [
    "国籍：美国、英国、加拿大。",
    "如果你不是白人，请勿应聘。",
    "If you are not a native of the UK or US, please do not apply.",
  ]);
  flaggedInText("discrimination.ethnicity", ["如果你是少数民族，请不要投递。"]);
  flaggedInText("discrimination.region", ["如果你不是本地户口，请勿投递。"]);
});

describe("former-blind-16 discrimination: near misses of the conditional refusal and the nationality label", () => {
  cleanInText("discrimination.health", [
    "如有残疾，请在申请时告知，我们将提供合理便利。",
    "无犯罪记录，身体健康。",
    "无不良嗜好及违法记录。",
  ]);
  cleanInText("discrimination.marital", ["如果你是宝妈，这个岗位很适合你。"]);
  cleanInText("discrimination.gender", ["如果你是女生，也欢迎投递。"]);
  cleanInText("discrimination.race", ["国籍：不限。", "国籍不限，中国、美国、英国候选人均可。"]);
});

describe("former-blind-16 discrimination: fifth round: English and mixed wordings of the same classes", () => {
  flaggedInText("discrimination.religion", [
    "Staff are not permitted to wear religious symbols at the counter.",
    "员工上班时间须摘掉头巾和其他宗教饰品。",
    "We're unable to consider applicants who pray during shifts.",
    "本岗位不适合需要做礼拜的同学。",
    "Please note: candidates who wear a turban will not be shortlisted.",
  ]);
  flaggedInText("discrimination.health", [
    "Anyone diagnosed with schizophrenia will be rejected.",
    "有强迫症的朋友请慎投。",
    "Individuals with a history of PTSD are not considered.",
    "近视度数须在600度以内。",
    "Eyesight: myopia below 400 degrees.",
    "Applicants with a history of schizophrenia are not considered.",
  ]);
  flaggedInText("discrimination.school_tier", [
    "学校须属于985、211名单。",
    "本硕都是211以上优先。",
    "网络教育及函授学历一律不考虑。",
  ]);
  flaggedInText("discrimination.race", [
    "外教需为欧洲籍，亚洲籍不考虑。",
    "Asian nationality holders will not progress to the final interview.",
  ]);
  cleanInText("discrimination.race", [
    "Candidates of any nationality are not considered differently.",
    "欧洲籍客户占比较高，需英语流利，国籍不限。",
    "Experience with Asian markets required; open to all nationalities.",
    "We are seeking a white-label solutions lead.",
    "Looking for a white-glove concierge for VIP clients.",
    "Looking for a European sales director based in Shanghai.",
    "Looking for a black belt Six Sigma engineer.",
  ]);
  cleanInText("discrimination.religion", [
    "Applicants of all faiths are not considered on that basis.",
    "The shop does not sell pork; Muslim and non-Muslim staff are equally welcome.",
    "员工可在休息时间做礼拜，公司提供礼拜室。",
  ]);
  flaggedInText("discrimination.marital", [
    "Female candidates must prove they are married.",
    "入职须出示结婚证，并证明已育。",
  ]);
  flaggedInText("discrimination.gender", ["Female candidates must prove they are married."]);
  cleanInText("discrimination.health", ["近视可矫正，不限度数。"]);
  cleanInText("discrimination.school_tier", ["学校不限，是否985不重要。"]);
  cleanInText("discrimination.marital", ["凭结婚证可申请婚假三天。", "员工提供结婚证后可享受婚假。"]);
  flaggedInText("discrimination.ethnicity", ["Applicants of Uyghur origin are not considered."]);
});

describe("former-blind-16 discrimination: sixth round: English wordings of disability, school tier and family status", () => {
  flaggedInText("discrimination.health", [
    "This role is unsuitable for anyone with a physical disability.",
    "We regret that we cannot employ people who are deaf.",
    "Candidates must not have a history of mental illness.",
    "Applicants on long-term medication for depression need not apply.",
    "Must be in good health with no chronic conditions.",
    "Disabled applicants will not be shortlisted.",
  ]);
  flaggedInText("discrimination.school_tier", [
    "Graduates from non-985 universities will not be considered.",
    "Only graduates of C9 League universities need apply.",
    "We only consider graduates of the top 20 universities in China.",
    "Degrees from private colleges are not accepted.",
    "Candidates must hold a degree from a Double First-Class university.",
  ]);
  flaggedInText("discrimination.marital", [
    "Unmarried candidates preferred as the role requires frequent travel.",
    "Candidates with childcare responsibilities need not apply.",
    "We prefer candidates who do not plan to start a family soon.",
    "Applicants who are pregnant will not be considered.",
  ]);
  flaggedInText("discrimination.gender", [
    "Men only due to the physical nature of the work.",
    "This position is better suited to a male candidate.",
  ]);
  flaggedInText("discrimination.religion", [
    "Staff must be practising Christians.",
    "We do not employ people who wear religious head coverings.",
  ]);
  flaggedInText("discrimination.race", ["Candidates must be of European descent."]);
  flaggedInText("discrimination.ethnicity", ["Han Chinese applicants preferred."]);
  flaggedInText("discrimination.region", ["Beijing hukou holders preferred."]);
  cleanInText("discrimination.school_tier", [
    "We recruit graduates from all universities, including private colleges.",
  ]);
  cleanInText("discrimination.health", ["Reasonable adjustments for disabled applicants at interview."]);
  cleanInText("discrimination.marital", ["We offer flexible hours to staff with childcare responsibilities."]);
});

// ---------------------------------------------------------------------------
// Round on former-blind-17 (branch vet17-fraud): money-flow roles, charge names as a class, and the fraud classes of
// that set. Every case is a new wording (other charges, payers, positions and languages than the set's text); the
// money cases follow the shapes of the money-flow sweep recorded in tests/corpus/README.md.
// ---------------------------------------------------------------------------

describe("former-blind-17 fraud (vet17-fraud): the payer named by its role, not by a closed list of employers", () => {
  cleanInText("fee", [
    "资格考试的报名费由律所承担。",
    "健康证办理费用由物业公司统一报销。",
    "制服费由航空公司负责承担。",
    "培训期间的教材费由项目组支付。",
    "入职后提供岗前培训，并承担全部考试费用。",
    "安排入职体检并负担体检费。",
    "We arrange the health check and pay the fee.",
    "We book the exam for you and also cover the registration fee.",
    "The uniform deposit is waived for graduates.",
    "The registration fee is waived this season.",
  ]);
  cleanInText("fee", ["驾校学员的考试费用由学员在系统里自行缴纳，你负责签到。"]);
  flaggedInText("fee", [
    "体检费由个人承担，约200元。",
    "资料费由新员工自行承担，报到时交。",
    "公司不承担体检费，需自理。",
    "培训费用由参加培训的员工承担，3800元。",
    "Candidates must pay the registration fee of RMB 300 themselves.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): a question about a charge answered no", () => {
  cleanInText("fee", [
    "问：要交体检费吗？答：不用，公司出。",
    "Q: Is there a deposit? A: No.",
    "是否收取培训费？否。",
    "需要交服装费吗？不需要，工服免费发。",
    "Do you charge an onboarding fee? Never.",
  ]);
  flaggedInText("fee", [
    "问：要交押金吗？答：要，300元入职当天交。",
    "Is there a deposit? Yes, RMB 500 on your first day.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): payer and timing shapes in English whatever the charge is called", () => {
  flaggedInText("fee", [
    "A starter pack of CNY 480 must be paid before your first shift.",
    "The tool set (RMB 350) is deducted from your first paycheck.",
    "Bring CNY 300 in cash on your first day for the safety gear.",
    "USD 50 is withheld from your first week's wages for the ID badge.",
    "¥200 must be settled before you receive your locker key.",
  ]);
  cleanInText("fee", [
    "Customers' RMB 200 must be paid by the customers before delivery; you record it.",
    "We reimburse the RMB 300 you spend on safety shoes, which must be paid at the shop.",
    "Bring your ID card on the first day for the contract.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): goods bought for a price, then the work begins", () => {
  flaggedInText("fee", [
    "租用设备300元后开始接单。",
    "购买配件套装520元后在家组装。",
    "买原料包199元后居家加工，成品回收。",
    "自购样品88元后开始做单。",
    "购买耗材包260元后开工。",
  ]);
  cleanInText("fee", ["客户购买满200元后开始配送。", "公司购买设备后开始投产，员工免费培训。"]);
});

describe("former-blind-17 fraud (vet17-fraud): a charge for the place itself under an internship title, sold beside a wage, as codes or under a bare price label", () => {
  it.each([
    ["暑期实习生（咨询）", "实习名额费3000元，入职前缴清。"],
    ["Marketing Intern", "A matching fee of RMB 2,000 must be paid before you start."],
    ["新媒体实习生", "对接费自理，约1500元。"],
    ["审计实习生", "报到时交席位费800元，实习结束后退还。"],
    ["Law Firm Intern", "Fee: RMB 8,000, stipend 3,000 a month."],
    ["投行暑期实习", "付 ¥19800 保offer，实习工资每月3000。"],
    ["运营实习", "出售字节、腾讯运营实习名额，一个2980元。"],
    ["Career Services", "We sell referral codes for top tech firms at RMB 199 each."],
  ])("flags paid_internship: %s — %s", (title, description) => {
    expect(postingTitled(title, description)).toContain("paid_internship");
  });
  it.each([
    ["暑期实习生", "实习名额有限，先到先得，实习补贴每天150元。"],
    ["Marketing Intern", "The matching fee is paid by the partner company; interns pay nothing."],
    ["财务实习生", "协助核对项目费用报销单据，实习补贴每天120元。"],
    ["HR Intern", "Help process placement fees from client companies and issue invoices."],
    ["招聘专员", "负责内推码的发放与统计，内推成功公司发放奖金。"],
    ["暑期实习生", "内推费由公司承担，实习补贴每天100元。"],
  ])("does not flag paid_internship: %s — %s", (title, description) => {
    expect(postingTitled(title, description)).not.toContain("paid_internship");
  });
  it("a cruise job placed 'internationally' is no internship: the fee stays a fee", () => {
    const got = postingTitled(
      "Hotel Steward (International Line)",
      "Guaranteed placement on an international line after a 6,000 RMB processing fee.",
    );
    expect(got).toContain("fee");
    expect(got).not.toContain("paid_internship");
  });
});

describe("former-blind-17 fraud (vet17-fraud): income stated with a figure states the pay", () => {
  it.each([
    "熟练工月收益6000+，多劳多得。",
    "起薪7500以上，按季度调薪。",
    "Most reps earn 9,000 a month after training.",
    "Drivers make 300 yuan per day on average.",
    "Tutors are paid 150 RMB per hour.",
    "普通代理月入5000-8000。",
  ])("does not flag salary.missing: %s", (description) => {
    expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it.each(["薪资面议，月入看能力。", "Earn more as you grow with us.", "收入可观，具体面谈。"])(
    "flags salary.missing: %s",
    (description) => {
      expect(posting({ description, min: null, max: null })).toContain("salary.missing");
    },
  );
});

describe("former-blind-17 fraud (vet17-fraud): a waiver heading a colon does not negate the demand after it", () => {
  flaggedInText("training_loan", [
    "No tuition today: sign an income-share agreement and pay 12% of your salary for two years.",
    "Nothing to pay now — sign the income-share contract, 10% of wages for 36 months.",
    "No deposit: apply for a training loan with our partner bank.",
    "不用交学费：签培训贷合同，工作后分24期还款。",
    "无需现金：办理培训贷，入职后分期还。",
  ]);
  cleanInText("training_loan", [
    "No tuition, no loan, no income-share agreement: the course is free.",
    "不收学费、不办贷款：培训免费。",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): payroll cards and their numbers, English wallets, USDT as a price", () => {
  cleanInText("fraud.id_or_bank", [
    "工资卡可用本人任一银行卡，入职时填写卡号即可。",
    "工资账户由员工自选，报到后登记账号。",
    "请提供身份证复印件、本人银行卡号用于工资发放。",
    "入职时提交身份证号码和工资卡号用于发薪。",
    "Buy a membership node for 3000 USDT.",
  ]);
  flaggedInText("fraud.id_or_bank", [
    "报名时提供身份证照片和银行卡号用于审核。",
    "用本人 PayPal 收款后转到公司账户，每单提成3%。",
    "用你自己的 Alipay 收取货款，再转给财务。",
    "收到的 USDT 转到公司钱包。",
    "用个人 WeChat Pay 代收客户付款后转入指定账户。",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): a percentage by generation; evidence gathered about the scheme", () => {
  flaggedInText("fraud.pyramid", [
    "直推拿15%，二代拿8%，三代拿3%。",
    "推荐好友入会返20%，二级5%。",
    "第二层返佣4%，层层有收益。",
    "一级10%、二级5%、三级2%的团队奖励。",
    "二代 10%，三代 5%，月月分红。",
  ]);
  cleanInText("fraud.pyramid", [
    "二级科室满意度98%，三级医院评审通过。",
    "二级市场收益率5%左右，负责撰写研报。",
    "收集“拉人头”类传销的证据，协助律师出庭。",
    "整理发展下线、层级返利的证据材料。",
    "固定涉嫌“拉人头”的聊天记录证据。",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): the target told before the base; no base with the commission after a dash", () => {
  flaggedInText("fraud.commission_only", [
    "签满5单才有底薪。",
    "达标才发保底工资。",
    "当月开单才给底薪。",
    "业绩做够3万才能拿底薪。",
    "Base pay only after you close 4 deals a month.",
    "No base — 35% commission on each sale.",
    "No salary: straight commission on every policy.",
  ]);
  cleanInText("fraud.commission_only", [
    "底薪无需考核，另有提成。",
    "底薪无条件发放，提成另计。",
    "完成培训后才有提成，底薪照发。",
    "Base salary 5,000; commission only after you close 4 deals.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): a six-figure month claimed; the car, then the house, by a date", () => {
  flaggedInText("hype", [
    "金牌经纪月入15万。",
    "优秀学员月赚12w。",
    "团队长月收入100000以上。",
    "三年买车五年买房。",
    "半年提车一年买房，不是梦。",
  ]);
  cleanInText("hype", ["门店月营业额20万，负责收银。", "服务月入20万以上的高净值客户，提供理财规划。"]);
});

describe("former-blind-17 fraud (vet17-fraud): a chat group's number, 'not here' after the channel", () => {
  flaggedInText("off_platform_contact", [
    "飞书群号：6612345，进群面试。",
    "钉钉群号 23456789 进群报名。",
    "Apply via Telegram, not here.",
    "Message us on LINE, not on this platform.",
    "Join our WhatsApp group 88776655 to apply.",
    "DingTalk group 34567891 for interviews.",
  ]);
  cleanInText("off_platform_contact", [
    "Apply here, not via WeChat.",
    "We answer all questions here, not on WeChat.",
    "负责维护公司钉钉群，群成员300人。",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): the second sweep's shapes — any charge name deducted, paid in full first, covered yourself, paid upfront; someone paying for the applicant", () => {
  flaggedInText("fee", [
    "You'll need to pay a safety kit fee of CNY 180 on arrival.",
    "The tool bag, RMB 220, is taken out of your first wage.",
    "A locker deposit of RMB 100 is collected on your first day.",
    "Cover the hygiene certificate fee yourself.",
    "Pay the criminal record check fee upfront.",
    "网络账号费在第一个月工资里扣。",
    "交完押证费才能排班。",
    "工位费从首月工资中扣。",
  ]);
  cleanInText("fee", [
    "我们替你支付健康证办理费。",
    "公司为新员工统一承担体检费。",
    "门店帮大家出工服费。",
    "Customers' deposits of RMB 400 are collected at the counter and logged.",
    "We pay the safety kit fee upfront for you.",
    "Cover the cost of travel to the interview yourself.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): a membership fee someone else pays for the worker is no buy-in", () => {
  cleanInText("fraud.pyramid", [
    "健身会员费由公司报销。",
    "员工的行业协会会员费由单位统一支付。",
    "公司替员工承担图书馆会员费。",
    "We cover your gym membership fee.",
    "The professional body's membership fee is reimbursed by the firm.",
  ]);
  flaggedInText("fraud.pyramid", [
    "加入需交会员费1980元，拉三个人回本。",
    "Pay the membership fee, then recruit two friends to earn it back.",
  ]);
});

describe("former-blind-17 fraud (vet17-fraud): the applicant named by a role as the payer", () => {
  flaggedInText("fee", [
    "工服费由骑手本人承担。",
    "体检费用由入职人员自行支付。",
    "健康证费用由保洁人员自理。",
    "安全帽押金由工人自行缴纳。",
    "Uniform costs are borne by the drivers themselves.",
    "The helmet deposit is paid by riders before their first shift.",
  ]);
  cleanInText("fee", [
    "快递费由消费者支付。",
    "Delivery fees are paid by the customers at checkout.",
    "体检费由体检中心向企业收取。",
  ]);
});

// ---------------------------------------------------------------------------
// former-blind-17 discrimination (branch vet17-disc): classes of construction, each for every attribute it is discriminatory
// for. The misses of former-blind-17 and a cross-attribute sweep (restriction, exclusion and preference constructions × the
// eight attributes, docs/vetting-rules.md) named the classes; none of these wordings is from the set. Each case is in the
// description, where an attribute needs a marker to be a condition.
// ---------------------------------------------------------------------------

describe("former-blind-17 discrimination: a refusal said with a modal or a negated hiring verb after the people, for every attribute (不能应聘, 不会被录用, 不作考虑, 不在考虑之列, 免来)", () => {
  flaggedInDescription("discrimination.gender", [
    "女生不能应聘，本岗位需要值夜班。",
    "男士不会被录用，门店只招女导购。",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["维吾尔族员工不作考虑。", "少数民族人员不在考虑之列。"]);
  flaggedInDescription("discrimination.race", ["黑人外教不能录用，家长有意见。", "非洲籍人员一律不予聘用。"]);
  flaggedInDescription("discrimination.religion", ["穆斯林不可投递。", "有宗教信仰的人不在本次招聘范围之内。"]);
  flaggedInDescription("discrimination.region", [
    "河南人免来。",
    "外地户口无法入职。",
    "新疆籍人员不在此次招聘对象内。",
  ]);
  flaggedInDescription("discrimination.marital", ["孕妇不能入职。", "未婚未育人士不作考虑。"]);
  flaggedInDescription("discrimination.health", ["乙肝阳性的不可录用。", "糖尿病患者不会被录用。"]);
  flaggedInDescription("discrimination.school_tier", ["二本院校毕业生的简历不看。", "双非院校学生不得应聘。"]);
  cleanInDescription("discrimination.marital", ["孕期员工不能安排夜班。", "哺乳期员工不会被安排出差。"]);
  cleanInDescription("discrimination.region", ["外地户口不能办理本市公积金贷款，请知悉。"]);
});

describe("former-blind-17 discrimination: the attribute asked about, then a refusal of those who answer no (是X吗？不是的话就别投了; Are you X? If not, don't apply)", () => {
  flaggedInDescription("discrimination.region", [
    "是本地人吗？不是的话就别投了。",
    "Are you from Guangdong? If not, please don't apply.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "是汉族吗？不是的请勿投递。",
    "Are you Han Chinese? Otherwise do not apply.",
  ]);
  flaggedInDescription("discrimination.marital", [
    "已婚已育吗？否则免投。",
    "Are you married? If not, please do not apply.",
  ]);
  flaggedInDescription("discrimination.school_tier", ["你是985毕业的吗？不是就不用投了。"]);
  flaggedInDescription("discrimination.religion", ["Are you a practising Christian? If not, don't apply."]);
  cleanInDescription("discrimination.gender", [
    "是女生吗？不是也欢迎投递。",
    "Are you a woman returning to work? If not, you are welcome too.",
  ]);
  cleanInDescription("discrimination.region", ["是本地人吗？不是的话公司提供宿舍。"]);
});

describe('former-blind-17 discrimination: the English requirement label and 条件：/首选 before the attribute ("Requirement: married", 条件：本地户口, 首选男生)', () => {
  flaggedInDescription("discrimination.marital", [
    "Requirement: married with children.",
    "Requirements: 已婚已育，英语流利。",
  ]);
  flaggedInDescription("discrimination.school_tier", [
    "Requirement: 统招一本。",
    "Eligibility: graduates of 985 universities.",
  ]);
  flaggedInDescription("discrimination.gender", ["Requirement: male, able to travel."]);
  flaggedInDescription("discrimination.region", ["条件：本地户口。", "首选本地人，外地人也可以考虑。"]);
  flaggedInDescription("discrimination.ethnicity", ["Criteria: Han Chinese."]);
  cleanInDescription("discrimination.gender", [
    "Requirement: no gender restriction.",
    "Requirements: regardless of gender, fluent English.",
  ]);
  cleanInDescription("discrimination.region", ["首选的工作地点是上海。"]);
});

describe('former-blind-17 discrimination: a predicate adjective after a copula ("if you are Tibetan", "must be ethnically Han", "Ideally a parent")', () => {
  flaggedInDescription("discrimination.ethnicity", [
    "Please do not apply if you are Uyghur.",
    "Staff must be ethnically Han.",
    "If you are Hui, this role is not for you.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "If you are religious, this job is not for you.",
    "Applicants must be Catholic.",
    "Ideally a churchgoer.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Please do not apply if you are not local.",
    "Candidates must be from Sichuan.",
    "Ideally from Zhejiang.",
  ]);
  flaggedInDescription("discrimination.marital", [
    "Candidates must be a parent.",
    "Ideally a parent of school-age children.",
  ]);
  flaggedInDescription("discrimination.health", [
    "Please do not apply if you are epileptic.",
    "If you are diabetic, this role is not for you.",
  ]);
  cleanInDescription("discrimination.ethnicity", [
    "You are Tibetan-speaking? Great, the role serves Tibetan-speaking clients.",
    "The founder is Han and speaks Uyghur.",
  ]);
  cleanInDescription("discrimination.region", [
    "The products must be from Guangdong suppliers.",
    "Our office is local to Shanghai clients.",
  ]);
  cleanInDescription("discrimination.religion", ["Whether or not you are religious, you are welcome."]);
});

describe("former-blind-17 discrimination: people named before the attribute, or after it with 的, carry the exclusion to the end of the clause; a bracket after the attribute is skipped", () => {
  flaggedInDescription("discrimination.marital", [
    "Candidates who are single or plan to marry in the next two years will not be considered.",
    "未婚或近期有生育计划的应聘者一律不录用。",
  ]);
  flaggedInDescription("discrimination.health", [
    "Applicants who have received treatment for depression at any point will not be shortlisted.",
    "有高血压或糖尿病等慢性病的申请人不予考虑。",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Anyone who belongs to a religious organisation of any kind will not be considered.",
  ]);
  flaggedInDescription("discrimination.health", [
    "Applicants who are HIV-positive or have any other chronic infection will not be considered for this post.",
    "身有残疾或患有其他长期慢性疾病的求职者不予考虑。",
  ]);
  flaggedInDescription("discrimination.marital", [
    "Staff who are pregnant or who expect to take maternity leave this year will not be progressed.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "Applicants from minority ethnic groups (Hui, Uyghur and others) need not apply.",
    "少数民族（含回族、维吾尔族）人员不予录用。",
  ]);
  flaggedInDescription("discrimination.health", ["乙肝携带者（包括小三阳）一律不予录用。"]);
  cleanInDescription("discrimination.marital", ["Candidates who are married will be offered family housing."]);
  cleanInDescription("discrimination.health", ["有糖尿病等慢性病的员工，公司安排年度体检。"]);
  cleanInDescription("discrimination.gender", ["女性（含孕期）员工均可申请弹性工时。"]);
});

describe('former-blind-17 discrimination: a placement refused ("we do not place Tibetan staff at the front desk", 不安排回族员工在收银台), not a duty spared', () => {
  flaggedInDescription("discrimination.ethnicity", [
    "We do not place Uyghur staff in customer-facing roles.",
    "不安排少数民族员工在前台。",
  ]);
  flaggedInDescription("discrimination.gender", ["We never assign women to the sales floor."]);
  flaggedInDescription("discrimination.race", ["We do not put Black teachers in front of parents."]);
  flaggedInDescription("discrimination.religion", ["We do not station Muslim employees at the reception desk."]);
  cleanInDescription("discrimination.marital", [
    "We do not roster pregnant staff on night shifts.",
    "不安排哺乳期员工出差。",
  ]);
  cleanInDescription("discrimination.gender", ["We do not assign female staff to heavy lifting without equipment."]);
});

describe("former-blind-17 discrimination: a preference whose subject is the team or the employer (团队偏好 male candidates)", () => {
  flaggedInDescription("discrimination.gender", [
    "团队偏好 female candidates，因为客户多为女性。",
    "我们的团队更倾向于男生。",
  ]);
  flaggedInDescription("discrimination.school_tier", ["团队偏好985院校毕业生。"]);
  flaggedInDescription("discrimination.region", ["我们的团队希望是本地人。"]);
  flaggedInDescription("discrimination.religion", ["我们的团队偏好基督徒。"]);
  cleanInDescription("discrimination.school_tier", ["我们的团队成员毕业于清华、北大，氛围开放。"]);
});

describe("former-blind-17 discrimination: evasive spellings: pinyin initials for provinces and labels (ＨＮ籍, xb：♂, 民族：H), gender symbols and slang (♂, boy, 带把的)", () => {
  flaggedInDescription("discrimination.region", ["ＡＨ籍、ＳＤ籍不考虑。", "XJ户口勿扰。"]);
  flaggedInDescription("discrimination.gender", ["xb：♀。", "只招boy，girl勿扰。", "这活只要带把的。"]);
  flaggedInDescription("discrimination.ethnicity", ["民族：H，其他民族勿扰。"]);
  cleanInDescription("discrimination.gender", [
    "Boy band concert crew: set up the stage.",
    "Girl Scouts volunteer coordinator, part-time.",
  ]);
  cleanInDescription("discrimination.region", ["熟悉HR籍贯管理系统。"]);
});

describe("former-blind-17 discrimination: lexicon forms found missing for one attribute that the sweep showed for others (people of faith, chronic disease, private-college graduates, 专升本学生, 外省人, 高加索人, 身体健全, 节育证明)", () => {
  flaggedInDescription("discrimination.religion", [
    "People of faith need not apply.",
    "Candidates belonging to any religious group will be rejected.",
  ]);
  flaggedInDescription("discrimination.health", [
    "Applicants with chronic diseases are not eligible.",
    "只招身体健全的人。",
    "Offers are contingent upon a clean HIV test.",
  ]);
  flaggedInDescription("discrimination.school_tier", [
    "Private college graduates should not apply.",
    "Graduates of second-tier universities will not be considered.",
    "Only candidates from a non-985 school? No, we do not accept non-985 applicants.",
    "专升本学生一律不予录用。",
    "不招专升本学生。",
    "大专起点升本的免投。",
    "第一学历必须是本科。",
  ]);
  flaggedInDescription("discrimination.region", ["本店不聘外省人。", "限本市户籍人员。", "限哈市户籍。"]);
  flaggedInDescription("discrimination.race", ["只录用高加索人。"]);
  flaggedInDescription("discrimination.marital", [
    "已婚女员工入职须出示上环证明。",
    "This role is reserved for people with children.",
  ]);
  cleanInDescription("discrimination.school_tier", [
    "专升本学生辅导班招聘老师。",
    "少数民族学生不收学费，负责学生资助工作。",
  ]);
  cleanInDescription("discrimination.health", [
    "We sell cancer treatment products to hospitals.",
    "Experience in chronic disease management programmes preferred.",
  ]);
  cleanInDescription("discrimination.region", ["负责超市人员排班。", "城市人口统计助理。"]);
  cleanInDescription("discrimination.region", ["肯尼亚项目：中国籍员工为主，当地人和其他外籍员工由项目部另行招聘。"]);
});

describe('former-blind-17 discrimination: welcomes and outreach are not screens: welcomed screens, a welcome before a marker, "are encouraged to apply", "hear from", a category "not considered"', () => {
  cleanInDescription("discrimination.school_tier", [
    "985院校毕业生也欢迎。",
    "欢迎211毕业生投递。",
    "双一流院校毕业生均可。",
    "We welcome graduates of 985 universities.",
    "Graduates of second-tier universities are encouraged to apply.",
    "Open to everyone, graduates of 211 universities included.",
  ]);
  cleanInDescription("discrimination.race", [
    "We are happy to hear from Black candidates.",
    "We welcome applications from Caucasian and Asian teachers alike.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Religious beliefs are not considered.",
    "We do not discriminate against Muslims.",
  ]);
  cleanInDescription("discrimination.gender", ["Women are encouraged to apply."]);
  flaggedInDescription("discrimination.gender", ["Women are not considered.", "Men are not considered for this role."]);
  flaggedInDescription("discrimination.religion", ["Muslims are not considered."]);
  flaggedInDescription("discrimination.school_tier", ["Second-tier university graduates are not considered."]);
});

describe("former-blind-17 discrimination: genuine occupational requirement and nationality beside locals (former-blind-17 false flags, new wordings)", () => {
  cleanInDescription("discrimination.gender", [
    "Because the work involves entering the boys' dorms at night，本岗位仅招男性。",
    "As the warden enters girls' bedrooms for checks, female applicants only.",
  ]);
  cleanInDescription("discrimination.region", [
    "Chinese citizens only，当地人和其他外籍一律由项目部另聘。",
    "Locals and other foreigners are hired by the local branch; this post is for Chinese nationals.",
  ]);
});

describe("former-blind-17 discrimination: representative cases of the cross-attribute sweep (one construction, several attributes)", () => {
  flaggedInDescription("discrimination.gender", [
    "如果你是女生，这个岗位不适合你。",
    "We cannot consider female candidates.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "考虑到工作安排，暂不招收藏族同胞。",
    "Tibetans should not apply.",
  ]);
  flaggedInDescription("discrimination.race", [
    "是白人吗？不是的话就别投了。",
    "South Asian candidates need not apply.",
  ]);
  flaggedInDescription("discrimination.religion", ["有宗教信仰的就不要来了。", "We do not hire people of faith."]);
  flaggedInDescription("discrimination.region", [
    "最好是本市户籍人员。",
    "This role is not suitable for applicants from Xinjiang.",
  ]);
  flaggedInDescription("discrimination.marital", ["我们想找已婚员工。", "Single applicants will be turned away."]);
  flaggedInDescription("discrimination.health", [
    "This role is not suitable for applicants with a history of depression.",
    "有抑郁症的不合适。",
  ]);
  flaggedInDescription("discrimination.school_tier", [
    "本岗位不适合专升本学生。",
    "No graduates of second-tier universities, please.",
  ]);
  cleanInDescription("discrimination.ethnicity", ["汉族人也欢迎。", "Uyghur applicants are welcome."]);
  cleanInDescription("discrimination.marital", [
    "是否已婚均可。",
    "Whether or not you are married, we want to hear from you.",
  ]);
});

describe("former-blind-17 discrimination: near misses of the markers added in this round (免来回, 才能申请婚假, an attributive 无法接受的, a duty not asked, a placement of weight)", () => {
  cleanInDescription("discrimination.region", ["外地员工包住，免来回奔波。"]);
  cleanInDescription("discrimination.marital", [
    "已婚员工才能申请婚假。",
    "Staff who are pregnant will not be asked to work night shifts.",
    "是否已婚？不影响录用。",
  ]);
  cleanInDescription("discrimination.health", ["有乙肝的员工无法接受的岗位调整会另行协商。"]);
  cleanInDescription("discrimination.ethnicity", [
    "Workers who are Hui will not be placed at a disadvantage.",
    "少数民族员工不会被区别对待。",
  ]);
  cleanInDescription("discrimination.gender", ["We do not place any weight on gender.", "女性员工不会被安排夜班。"]);
  flaggedInDescription("discrimination.marital", ["已婚员工才可以应聘。"]);
  flaggedInDescription("discrimination.region", ["本地人才录用，外地人请勿投递。"]);
});

describe("former-blind-17 discrimination: mixed text: an English predicate before 的/者, a Chinese marker before an English predicate, an English refusal before Chinese people", () => {
  flaggedInDescription("discrimination.ethnicity", ["Uyghur的就别投了。", "民族要求：Han Chinese。"]);
  flaggedInDescription("discrimination.religion", ["Religious者勿扰。", "Catholic的请绕道，本店周日营业。"]);
  flaggedInDescription("discrimination.health", ["Epileptic的不合适，需要开叉车。", "We do not hire 有癫痫病史的人。"]);
  flaggedInDescription("discrimination.region", [
    "From Sichuan的请勿投递。",
    "籍贯须为from Zhejiang。",
    "We cannot consider 外省人。",
  ]);
  flaggedInDescription("discrimination.marital", ["Single的员工不合适。", "We will not hire 未婚未育的人。"]);
  flaggedInDescription("discrimination.school_tier", ["We do not hire 专升本学生。", "专升本学生 are not eligible."]);
  cleanInDescription("discrimination.marital", ["Single的房间按天计费。", "本店提供single和double两种房型。"]);
  cleanInDescription("discrimination.ethnicity", ["Tibetan的风俗习惯要尊重。"]);
  cleanInDescription("discrimination.region", ["Local的客户资源丰富。"]);
});

// ---------------------------------------------------------------------------
// former-blind-18 discrimination (branch vet18-disc): classes of construction named by the misses and false flags of
// former-blind-18, each written for every attribute it is discriminatory for; none of these wordings is from the set.
// ---------------------------------------------------------------------------

function titledFlags(title: string, description = "负责日常工作。") {
  return checkPosting({ title, description, requirements: null, salaryMin: 6000, salaryMax: 9000 }).map((f) => f.rule);
}

function cleanInTitle(rule: PostingRuleId, titles: readonly string[]) {
  for (const title of titles) {
    it(`does not flag ${rule} in a title: ${title}`, () => {
      expect(titledFlags(title)).not.toContain(rule);
    });
  }
}

describe("former-blind-18 discrimination: a hedge or a subject between the people and the exclusion, or the exclusion put off to a later clause with 这次/先 (我们这边一般不考虑, 这次就不招了, are generally not considered)", () => {
  flaggedInDescription("discrimination.region", ["外省的我们这边原则上不考虑。", "外地的一般不录用。"]);
  flaggedInDescription("discrimination.gender", [
    "男士来了住宿不好安排，这次就不招了。",
    "Women are generally not considered for the night shift.",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["藏族员工来了饮食不习惯，这回先不招了。"]);
  flaggedInDescription("discrimination.religion", [
    "穆斯林来了吃饭不方便，今年先不考虑了。",
    "Muslims are usually not considered for this role.",
  ]);
  flaggedInDescription("discrimination.race", ["黑人外教家长接受度不高，这次先不招。"]);
  flaggedInDescription("discrimination.marital", ["孕妇来了怕身体吃不住，这回就不考虑了。"]);
  flaggedInDescription("discrimination.health", ["Applicants with epilepsy are normally not considered."]);
  flaggedInDescription("discrimination.school_tier", [
    "Second-tier university graduates are typically not considered.",
  ]);
  cleanInDescription("discrimination.region", ["外地的同学一般会安排宿舍。"]);
  cleanInDescription("discrimination.gender", [
    "女生我们这边一般安排白班。",
    "Women are generally not considered less capable here.",
  ]);
  cleanInDescription("discrimination.marital", ["孕期员工这次就不安排出差了。"]);
});

describe("former-blind-18 discrimination: the attribute asked about, then a refusal of those who answer yes (是的话/有的话/如果是…不合适; If so / If yes, don't apply)", () => {
  flaggedInDescription("discrimination.region", ["你是外地人吗？是的话就不用投了。"]);
  flaggedInDescription("discrimination.marital", ["有孩子了吗？有的话这个岗位不合适。"]);
  flaggedInDescription("discrimination.health", ["有乙肝吗？有的话请勿投递。"]);
  flaggedInDescription("discrimination.school_tier", ["是专升本吗？如果是，请勿投递。"]);
  flaggedInDescription("discrimination.ethnicity", ["Are you Uyghur? If so, please do not apply."]);
  flaggedInDescription("discrimination.gender", ["Are you a woman? If yes, this role is not for you."]);
  flaggedInDescription("discrimination.religion", ["Are you a practising Muslim? If so, you will not be considered."]);
  cleanInDescription("discrimination.ethnicity", ["你是少数民族吗？是的话也欢迎投递。"]);
  cleanInDescription("discrimination.region", ["是本地人吗？是的话可以走读。"]);
  cleanInDescription("discrimination.marital", ["Are you a parent? If so, we offer flexible hours."]);
});

describe("former-blind-18 discrimination: the people told not to ask or to bear with it (别打听了, 不用问了, 免问, 敬请谅解, 请见谅)", () => {
  flaggedInDescription("discrimination.region", ["外省的就别打听了。", "外地朋友敬请谅解。"]);
  flaggedInDescription("discrimination.gender", ["男的就不用问了。"]);
  flaggedInDescription("discrimination.health", ["有乙肝的免问。", "有残疾的求职者请见谅。"]);
  flaggedInDescription("discrimination.ethnicity", ["少数民族的勿咨询。", "少数民族求职者敬请谅解。"]);
  flaggedInDescription("discrimination.race", ["深肤色的应聘者请谅解。"]);
  flaggedInDescription("discrimination.religion", ["穆斯林朋友请多谅解。"]);
  flaggedInDescription("discrimination.marital", ["已婚未育的别问了。"]);
  cleanInDescription("discrimination.gender", ["女士洗手间维修中，敬请谅解。"]);
  cleanInDescription("discrimination.region", ["外地的同学不用问住宿，公司统一安排。"]);
});

describe("former-blind-18 discrimination: the registration of a township, village, street or district (本镇, 本乡镇, 本村, 本街道, 本社区, 外县)", () => {
  flaggedInDescription("discrimination.region", [
    "限本镇户籍。",
    "须为本街道常住户口。",
    "本社区户籍人员优先。",
    "外县的不考虑。",
    "只招本乡镇户口的。",
    "本村村民优先录用。",
  ]);
  cleanInDescription("discrimination.region", ["负责本街道户籍人口的信息登记。", "为本村村民提供法律咨询服务。"]);
});

describe("former-blind-18 discrimination: a want verb before a described person (要手脚勤快的小伙子, 招踏实肯干的本地人)", () => {
  flaggedInDescription("discrimination.gender", ["要手脚勤快的小伙子。", "招性格开朗的女生。"]);
  flaggedInDescription("discrimination.region", ["要踏实肯干的本地人。"]);
  flaggedInDescription("discrimination.ethnicity", ["需要能吃苦的汉族员工。"]);
  flaggedInDescription("discrimination.marital", ["想要稳定一点的已婚人士。"]);
  cleanInDescription("discrimination.gender", ["要照顾好女性顾客的需求。", "需要负责接待的女性访客较多。"]);
  cleanInDescription("discrimination.region", ["要服务的客户大多是本地人。"]);
});

describe("former-blind-18 discrimination: a class of applicants named back (此类应聘者, 这类求职者, such applicants) after the attribute and a reason", () => {
  flaggedInDescription("discrimination.religion", [
    "戴十字架项链与店铺风格不符，这类求职者我们一律不收。",
    "Hijab-wearing staff do not suit our brand; such applicants will not be considered.",
  ]);
  flaggedInDescription("discrimination.race", ["深肤色与品牌调性不一致，此类候选人不予考虑。"]);
  flaggedInDescription("discrimination.marital", ["孕妇需要经常请假，此类人员恕不录用。"]);
  flaggedInDescription("discrimination.health", ["乙肝携带者需要定期复查，这类员工我们不招。"]);
  flaggedInDescription("discrimination.region", ["外地人流动性大，这样的员工公司不要。"]);
  cleanInDescription("discrimination.ethnicity", ["欢迎少数民族同胞加入，此类岗位待遇从优。"]);
});

describe("former-blind-18 discrimination: a faith proved by its document or named by believers' own words (皈依证, 受洗证明, 主内弟兄姊妹, fellow believers)", () => {
  flaggedInDescription("discrimination.religion", [
    "入职须提交受洗证明。",
    "应聘时请出示皈依证书。",
    "Applicants must provide a baptism certificate.",
    "同等条件下主内肢体优先。",
    "优先录用主里的弟兄姐妹。",
    "Fellow believers preferred.",
    "Preference for brothers and sisters in Christ.",
  ]);
  cleanInDescription("discrimination.religion", ["负责整理教友的受洗证明档案。", "协助信众办理皈依证。"]);
});

describe("former-blind-18 discrimination: tumours and the hepatitis-B panel's result as conditions", () => {
  flaggedInDescription("discrimination.health", [
    "肿瘤康复者暂不考虑。",
    "恶性肿瘤患者恕不录用。",
    "两对半检查阳性的不予录用。",
    "两对半有阳性的就别来了。",
    "Applicants who have had a tumour will not be considered.",
  ]);
  cleanInDescription("discrimination.health", ["负责肿瘤科患者的日常护理。"]);
  cleanInTitle("discrimination.health", ["肿瘤医院行政助理"]);
});

describe("former-blind-18 discrimination: a school's ranking as a ceiling in words, and the degree said to be of a tier with a copula (本科学校排名前五十, 本科是985)", () => {
  flaggedInDescription("discrimination.school_tier", [
    "毕业院校排名须在前一百。",
    "国内排名前五十的高校毕业生优先。",
    "本科院校排名前三十。",
    "本科是985。",
    "研究生为211院校。",
    "本科为双一流。",
  ]);
  cleanInDescription("discrimination.school_tier", ["公司营收排名前五十。", "本科是必备学历。"]);
});

describe("former-blind-18 discrimination: a family at a stage (孩子已上幼儿园的家长) and a family plan with its time frame", () => {
  flaggedInDescription("discrimination.marital", [
    "孩子已经上幼儿园的家长优先。",
    "孩子读初中了的员工优先考虑。",
    "Candidates planning to have a baby in the next two years may find this role unsuitable.",
    "Anyone hoping to start a family over the coming year will find the hours unsuitable.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Women planning to have children within three years should look elsewhere.",
  ]);
  cleanInDescription("discrimination.marital", [
    "负责孩子上小学的家长咨询接待。",
    "孩子上幼儿园的员工可申请弹性上班。",
  ]);
});

describe("former-blind-18 discrimination: a worry said with 会 and the make-up kept as a tradition (可能会不适应, 这个传统不打算改)", () => {
  flaggedInDescription("discrimination.religion", ["不信教的可能会不适应。"]);
  flaggedInDescription("discrimination.gender", [
    "女生可能会不太适应。",
    "我们的司机向来都是男师傅，这个惯例暂时不准备改。",
    "Our drivers have always been men, and we don't plan to change that.",
  ]);
  flaggedInDescription("discrimination.region", ["店里收银一直是本地人，这个规矩不会变。"]);
  flaggedInDescription("discrimination.ethnicity", ["我们的护工历来是汉族阿姨，这个传统不打算打破。"]);
  cleanInDescription("discrimination.gender", ["公司一直为女员工提供哺乳室，这个传统不会变。"]);
  cleanInDescription("discrimination.ethnicity", ["我们一直欢迎少数民族员工，这个传统不会变。"]);
});

describe("former-blind-18 discrimination: nationality as citizenship and regional looks (中国公民, 外国公民, East Asian appearance)", () => {
  flaggedInDescription("discrimination.race", [
    "本项目只招收中国公民。",
    "外国公民恕不录用。",
    "Applicants must be of South Asian appearance.",
    "Only East Asian candidates will be considered.",
    "仅限东亚面孔。",
  ]);
  cleanInDescription("discrimination.race", ["协助外国公民办理签证。", "熟悉东亚市场者优先。"]);
  cleanInDescription("discrimination.region", ["项目在内罗毕，只招收中国公民，当地人不予考虑。"]);
});

describe("former-blind-18 discrimination: an attribute naming a venue, an institution, an association, an event or a language is not a person (false flags of the set, new wordings)", () => {
  cleanInTitle("discrimination.religion", [
    "天主教医院护士长",
    "Guide, Taoist Temples of Wudang",
    "Eid Festival Stall Coordinator",
    "伊斯兰博物馆讲解员",
  ]);
  cleanInTitle("discrimination.region", ["湖南籍同乡会干事", "温州商会会务专员"]);
  cleanInTitle("discrimination.ethnicity", [
    "苗族银饰博物馆讲解员",
    "Tibetan-Mandarin Interpreter",
    "藏族话翻译",
    "Kazakh and Mandarin Translator",
  ]);
  cleanInTitle("discrimination.school_tier", [
    "K-211次列车乘务员",
    "Line 985 Metro Station Supervisor",
    "HX-211型挖掘机售后工程师",
    "“985工程”建设办公室文员",
    "继续教育学院招生专员",
  ]);
  cleanInTitle("discrimination.health", ["忌口吃素餐厅服务员"]);
  cleanInDescription("discrimination.ethnicity", ["讲解苗族刺绣工艺，会苗族话者优先，民族不限。"]);
});

describe("former-blind-18 discrimination: the faith named as the people's reason (信仰上不能…的, 出于宗教原因…的, for religious reasons)", () => {
  flaggedInDescription("discrimination.religion", [
    "宗教上有饮食禁忌的同学就别投了。",
    "出于信仰原因不吃猪肉的应聘者不予考虑。",
    "因宗教原因需要定时祷告的员工我们暂不招。",
    "Those who for religious reasons cannot handle pork need not apply.",
    "Applicants who cannot work Saturdays on religious grounds will not be considered.",
  ]);
  cleanInDescription("discrimination.religion", [
    "因宗教原因需要请假的员工，公司予以批准。",
    "出于宗教原因不吃猪肉的同事，食堂提供清真窗口。",
    "Staff who fast for religious reasons may take a later lunch break.",
  ]);
});

describe("former-blind-18 discrimination: the attribute to be declared, then the hiring made to turn on it (如实说明，公司将视情况决定是否录用)", () => {
  flaggedInDescription("discrimination.religion", ["信仰伊斯兰教的请提前告知，公司会视情况决定是否录用。"]);
  flaggedInDescription("discrimination.marital", ["已婚未育者请如实填写，我们将根据情况决定是否录用。"]);
  flaggedInDescription("discrimination.health", ["有乙肝的请在体检前主动说明，公司视具体情况决定是否聘用。"]);
  flaggedInDescription("discrimination.region", ["外地户口的请在简历中注明，公司酌情考虑是否安排面试。"]);
  flaggedInDescription("discrimination.ethnicity", [
    "Please tell us at interview if you are Uyghur, and we will decide whether to hire on a case-by-case basis.",
  ]);
  cleanInDescription("discrimination.health", ["残疾人士请如实说明所需便利，公司将提供合理安排。"]);
  cleanInDescription("discrimination.marital", ["已婚员工请如实填写家属信息，公司将为家属办理体检。"]);
});

describe("former-blind-18 discrimination: a hire already made is reported, not a condition (招过, 招来的)", () => {
  cleanInDescription("discrimination.gender", [
    "之前招过几个小伙子，做得都不错。",
    "去年招了两个女生，现在都是骨干。",
    "招来的女生都很能干。",
  ]);
  flaggedInDescription("discrimination.gender", ["招两名男生。", "招聘3名女生。"]);
});

describe("former-blind-18 fraud (vet18-fraud): a piece rate written quantity first states the pay (一单X元, 千字X元, 一个X给Y元, 5毛)", () => {
  it.each([
    "线上问卷填写，一份不收费，一条8到12元，做完当天结。",
    "有声书录制，一集35元，按周结算。",
    "外卖好评截图，一个好评给1.5元。",
    "手工折纸盒，折一个给2毛，计件。",
    "公众号文章排版，一篇四十元，月结。",
    "在家组装圆珠笔，装一支给5角。",
    "翻译兼职，千字六十元起，稿件审核后结算。",
    "Data tagging from home: earn USD 3 per task, paid weekly.",
    "Caption editing, $12 per clip, paid on delivery.",
  ])("does not flag salary.missing: %s", (description) => {
    expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it.each([
    "入职需交一套工服费150元，工资面议。",
    "一次性交300元培训费，薪资详谈。",
    "先交一份押金200元，收入看表现。",
    "We pay USD 15 membership to the platform for you; salary negotiable.",
  ])("flags salary.missing: %s", (description) => {
    expect(posting({ description, min: null, max: null })).toContain("salary.missing");
  });
});

describe("former-blind-18 fraud (vet18-fraud): the employer as keeper of originals; a payment instrument opened in your name and handed over", () => {
  flaggedInText("fraud.id_or_bank", [
    "HR holds new hires' passports for the first year.",
    "The company keeps all original diplomas until the contract ends.",
    "Management retains staff ID cards in a locked drawer during training.",
    "毕业证原件由人事统一保管，转正后再说。",
    "新员工身份证原件锁在公司保险柜里，离职时归还。",
    "用你本人名义办理商户收款码，交给公司统一使用。",
    "以个人身份开通网店，交由运营管理。",
  ]);
  cleanInText("fraud.id_or_bank", [
    "工资卡由员工自己开户，密码由员工自行设置。",
    "银行卡和密码均由本人自行保管，公司不经手。",
    "报到时请携带身份证原件和两张照片。",
    "入职当天带上身份证和体检报告即可。",
    "Payroll officer: employees simply submit their bank account details in the HR system.",
    "New hires provide their account number; nothing else is collected.",
  ]);
});

describe("former-blind-18 fraud (vet18-fraud): the recruit's purchase pays the recruiter; a share of the recruits' buy-in; 直推/间推 rebates", () => {
  flaggedInText("fraud.pyramid", [
    "介绍亲友办卡你能拿返利，越多越好。",
    "带两个好友入股，你就有分成。",
    "推荐新人认购产品你可以拿奖励。",
    "会员介绍进来以后，拿新会员的入会费分成。",
    "分下线的年费，一年一结。",
    "直推拿15%，间推拿5%。",
    "Bring a friend who joins and you get a cut of the sale.",
    "Earn a share of their membership fees every month.",
    "Invite people who pay the starter fee and you pocket 30%.",
  ]);
  cleanInText("fraud.pyramid", [
    "负责整理非法集资和传销典型案例，撰写普法稿件。",
    "收集“拉人头”类传销案例，供执法培训使用。",
    "推荐亲友来店消费，消费金额计入门店业绩，员工不另拿钱。",
    "Refer a friend who joins our staff and the company pays you a hiring bonus.",
  ]);
  it("a membership fee that hands out the work is a fee, not a scheme", () => {
    const flags = posting({ description: "交会员费99元领活，在家做手工。" });
    expect(flags).toContain("fee");
    expect(flags).not.toContain("fraud.pyramid");
  });
});

describe("former-blind-18 fraud (vet18-fraud): money-flow roles the sweeps lacked — paid by the role, goods bought from the employer, money advanced, a membership unlocking work", () => {
  flaggedInText("fee", [
    "The software licence (RMB 800) is paid by the teacher on joining.",
    "Safety boots, RMB 260, are borne by each installer.",
    "The scooter kit (CNY 2,100) is bought from the depot before your first route.",
    "Drivers must rent the van from the company at RMB 150 a day.",
    "入职当天从站点购买头盔和雨衣共380元。",
    "需先垫付货款，再返还本金和佣金。",
    "先垫资下单，完成后返款。",
    "You pay for the orders first, then we refund you with commission.",
    "Open your account by buying a USD 20 starter pass.",
  ]);
  cleanInText("fee", [
    "医院收费窗口收费员，负责挂号收费与对账。",
    "停车场收费岗，三班倒。",
    "The van is provided by the company; drivers pay nothing.",
    "公司为骑手垫付车辆押金，不从工资扣。",
    "Membership fees of our gym clients are processed by you at the front desk.",
  ]);
});

describe("former-blind-18 fraud (vet18-fraud): training loans named after the job, repaid after starting, taken from wages monthly; a share of the salary repaid", () => {
  flaggedInText("training_loan", [
    "学费八千，可申请“成长贷”，先学后还。",
    "培训费6800元，工作后按月还。",
    "参加技能培训，费用按月扣工资的20%。",
    "电工培训班学费九千，就业以后分期还清。",
    "The coding course costs nothing now: you pay back 12% of your monthly salary for two years.",
  ]);
  cleanInText("training_loan", [
    "入职培训教材费120元由个人承担，从首月工资中扣除。",
    "内推成功入职后再付剩余服务费。",
    "培训期间工资照发，不扣工资。",
    "We pay 12% of your monthly salary into your pension; training is free.",
  ]);
  it("a non-course charge taken from wages is a fee", () => {
    expect(posting({ description: "培训考核费和证书费共900元由个人承担，可从首月工资扣除。" })).toContain("fee");
  });
});

describe("former-blind-18 fraud (vet18-fraud): an internship place arranged for a charge; the placement service's price after its guarantee", () => {
  flaggedInText("paid_internship", [
    "三甲医院暑期实习，每人收取安排费3000元，实习期间有午餐补贴。",
    "央企实习岗，需交疏通费5000元，实习有补助。",
    "Ministry internship with a certificate, coordination fee RMB 4,000, lunch allowance provided.",
  ]);
  it("the service fee after an internship guarantee is the internship's price only", () => {
    const flags = posting({
      title: "Investment Bank Internship (guaranteed)",
      description:
        "We guarantee an investment-bank internship offer. Consulting fee RMB 20,000; half back if no offer.",
    });
    expect(flags).toContain("paid_internship");
    expect(flags).not.toContain("fee");
  });
  cleanInText("paid_internship", ["暑期实习，实习补贴每天150元，不收取任何费用。"]);
});

describe("former-blind-18 fraud (vet18-fraud): an English channel word between the app and the handle", () => {
  flaggedInText("off_platform_contact", [
    "Join our WhatsApp channel @jobs_sz_2027 for updates.",
    "Ping the Telegram account @cm_hiring88 to book a call.",
    "Signal username @hr_team_01 for the first chat.",
    "Our Discord server @gigs_cn handles interviews.",
    "微信群 @hr_group2027 进群面试。",
  ]);
  cleanInText("off_platform_contact", [
    "Run our Telegram channel and write its daily posts.",
    "Manage the company WhatsApp Business account for customers.",
  ]);
});

describe("former-blind-18 fraud (vet18-fraud): a base conditioned on any sales verb, and the commission-only fallback when it fails", () => {
  flaggedInText("fraud.commission_only", [
    "底薪3000，但要当月成交3单才算。",
    "保底2500，卖够10套才发。",
    "完不成任务就只拿提成。",
    "没出单的月份只按单算佣金。",
    "底薪有，不过要签下两个客户才给。",
  ]);
  cleanInText("fraud.commission_only", ["底薪4000，不与业绩挂钩，另有提成。", "底薪3500元，完成任务另有奖金。"]);
});

describe("former-blind-18 fraud (vet18-fraud): a condition on pay waived is no hire without assessment", () => {
  cleanInText("fraud.no_interview", [
    "底薪4000元，无任何考核要求。",
    "保底工资不设任何考核，按月发放。",
    "岗位津贴无任何考核，随工资发放。",
  ]);
  flaggedInText("fraud.no_interview", ["报名即录用，无任何考核。", "不设任何面试，直接上岗。"]);
});

describe("former-blind-18 fraud (vet18-fraud): a day's or a deal's earnings set above a year's wage; a six-figure top month in English", () => {
  flaggedInText("hype", [
    "一个月赚的比普通人全年收入还多。",
    "跑一趟单就比上班族一年的工资还高。",
    "One good month pays more than your annual salary elsewhere.",
    "A single deal earns more than most people's yearly income.",
    "Earn from 5k to 150k monthly.",
    "Your income? The sky's the limit.",
  ]);
  cleanInText("hype", [
    "年薪比上一年提高10%。",
    "For careers, the sky's the limit with our mentoring.",
    "Monthly salary 15k to 20k.",
  ]);
});

describe("former-blind-18 fraud (vet18-fraud): a guarantee of going abroad bought with the fee is folded into the fee", () => {
  it.each([
    "赴韩务工，中介费3万，交钱保证出国。",
    "先交服务费1.5万，保证签证下来。",
    "Pay the agency fee of RMB 30,000 and we guarantee you go abroad.",
  ])("flags fee, not hype: %s", (description) => {
    const flags = posting({ description });
    expect(flags).toContain("fee");
    expect(flags).not.toContain("hype");
  });
  flaggedInText("hype", ["交中介费2万，保证出国，月入5万。"]);
});

describe("former-blind-18 fraud (vet18-fraud): rules-only misses — modifiers before the card handed over, the group's kind before 群, a luxury brand by a date", () => {
  flaggedInText("fraud.id_or_bank", [
    "把名下闲置的工资卡交给主管保管，月底发钱。",
    "请把本人签过字的银行卡交给公司，方便代发。",
  ]);
  flaggedInText("off_platform_contact", [
    "报名后拉你进福利群，详情群里说。",
    "加入我们的接单群，群号私聊给。",
    "交完押金进VIP派单群。",
  ]);
  cleanInText("off_platform_contact", ["负责运营品牌粉丝群，策划群内活动。"]);
  flaggedInText("hype", ["跟着团队干，半年就能开上奔驰。", "两年住别墅不是梦，三个月提特斯拉。"]);
  cleanInText("hype", ["负责宝马4S店的销售接待，底薪加提成。", "一年后可申请住房补贴，住员工公寓。"]);
});

describe("former-blind-18 fraud (vet18-fraud): the role as the subject who pays or buys an amount; the recruiter's recruit who buys", () => {
  flaggedInText("fee", [
    "Tutors pay the RMB 1,200 licence at sign-up.",
    "Each rider pays RMB 680 for the e-bike on day one.",
    "Drivers buy their own uniform (RMB 300) from the fleet office.",
    "The annual platform licence, RMB 900, is paid by the coach.",
    "New cleaners must purchase the tool kit, CNY 260.",
  ]);
  cleanInText("fee", [
    "Riders pay nothing: the RMB 680 e-bike is provided free.",
    "Tutors are paid RMB 200 per lesson by the company.",
    "The company pays the RMB 1,200 licence for every tutor.",
    "Drivers pay close attention to the RMB 50 toll receipts they file.",
  ]);
  flaggedInText("fraud.pyramid", ["你推荐的朋友买了套餐，你就能拿20%。", "你介绍的亲友入会，你都有分成。"]);
  cleanInText("fraud.pyramid", ["你推荐的朋友入职满三个月，公司发内推奖金。"]);
});

describe("former-blind-18 fraud (vet18-fraud): originals said to stay with the employer; a short period paying more than years", () => {
  flaggedInText("fraud.id_or_bank", [
    "Your ID card stays with the manager during probation.",
    "Passports are held by the agency for the length of the contract.",
  ]);
  cleanInText("fraud.id_or_bank", ["The ID card stays with you; we only copy it for the file."]);
  flaggedInText("hype", [
    "做一个月顶你上班三年。",
    "A week here pays more than a year at a factory.",
    "One deal makes you more than a whole year of office work.",
  ]);
  cleanInText("hype", [
    "A week of training pays off more than a year of self-study.",
    "一个月的试用期，转正后签三年合同。",
  ]);
  flaggedInText("off_platform_contact", ["扫码进内部交流群领任务。"]);
});

describe("former-blind-18 fraud (vet18-fraud): an English amount earned for each unit of any name states the pay", () => {
  it.each([
    "Earn RMB 3 for each like you give.",
    "2 yuan a follow, paid daily.",
    "One video reviewed = USD 2.",
    "Get 5 RMB for every review you post.",
    "You receive $1.5 per rating submitted.",
  ])("does not flag salary.missing: %s", (description) => {
    expect(posting({ description, min: null, max: null })).not.toContain("salary.missing");
  });
  it.each(["Pay a 20 yuan activation fee; earnings discussed later.", "One uniform costs RMB 150; salary negotiable."])(
    "flags salary.missing: %s",
    (description) => {
      expect(posting({ description, min: null, max: null })).toContain("salary.missing");
    },
  );
});

// ---------------------------------------------------------------------------
// former-blind-19 discrimination (branch vet19-disc): classes of construction named by the misses and false flags of
// former-blind-19 (mostly English), each written for every attribute it is discriminatory for; none of these wordings is
// from the set.
// ---------------------------------------------------------------------------

describe("former-blind-19 discrimination: an English refusal composed of a modal, not, be and a hiring participle (cannot be employed, will not be recruited, may not be appointed)", () => {
  flaggedInDescription("discrimination.health", ["HBV carriers cannot be employed as cooks."]);
  flaggedInDescription("discrimination.gender", ["Female applicants will not be recruited for the night line."]);
  flaggedInDescription("discrimination.religion", ["Muslim candidates cannot be appointed to this post."]);
  flaggedInDescription("discrimination.region", ["Applicants from Xinjiang may not be employed at this site."]);
  flaggedInDescription("discrimination.ethnicity", ["Uyghur candidates cannot be taken on this season."]);
  flaggedInDescription("discrimination.race", ["Black applicants will not be engaged for the campaign."]);
  flaggedInDescription("discrimination.marital", ["Pregnant candidates cannot be employed during peak season."]);
  flaggedInDescription("discrimination.school_tier", ["Graduates of second-tier universities will not be appointed."]);
  cleanInDescription("discrimination.gender", [
    "No one can be employed without a signed contract; women and men alike.",
  ]);
  cleanInDescription("discrimination.religion", ["Muslim staff can be employed in any department."]);
  cleanInDescription("discrimination.health", ["Applicants with HBV cannot be refused employment; we follow the law."]);
});

describe("former-blind-19 discrimination: the people named back by a pronoun or a demonstrative as the object of an English refusal (we cannot consider them, we do not consider these nationalities)", () => {
  flaggedInDescription("discrimination.marital", [
    "Candidates with young children will find the rota hard; we cannot consider them.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Women tend to find the night shift tiring; we regret we cannot hire them.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Practising Muslims may find the canteen difficult; we do not consider them.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Applicants from Henan have left early before, so we no longer hire them.",
  ]);
  flaggedInDescription("discrimination.race", [
    "Do you hold a Nigerian passport? We do not currently consider such nationalities.",
  ]);
  flaggedInDescription("discrimination.health", [
    "Applicants with diabetes struggle with the shifts; we are unable to consider them.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "Tibetan applicants often leave after a year, so we do not hire them.",
  ]);
  flaggedInDescription("discrimination.school_tier", [
    "Graduates of non-985 universities rarely pass our tests; we do not shortlist them.",
  ]);
  cleanInDescription("discrimination.gender", [
    "Women in our team mentor every intern; we consider them our best trainers.",
  ]);
  cleanInDescription("discrimination.region", [
    "Applicants from Henan are welcome; we cannot reimburse them for travel.",
  ]);
  cleanInDescription("discrimination.religion", ["Muslim staff have a prayer room; we do not disturb them."]);
});

describe("former-blind-19 discrimination: an English requirement after the attribute with a purpose clause (required to match / fit / suit …)", () => {
  flaggedInDescription("discrimination.race", ["White faces required to fit the brand's European look."]);
  flaggedInDescription("discrimination.gender", ["Male candidates required to suit the client's preference."]);
  flaggedInDescription("discrimination.ethnicity", ["Han Chinese staff required to keep the team uniform."]);
  flaggedInDescription("discrimination.religion", ["Christian staff required to reflect our founders' faith."]);
  flaggedInDescription("discrimination.school_tier", ["985 graduates required to match the client's expectations."]);
  flaggedInDescription("discrimination.race", ["Fair-skinned models needed to match the catalogue."]);
  cleanInDescription("discrimination.gender", ["Female staff are required to match the uniform colour code."]);
  cleanInDescription("discrimination.religion", [
    "Muslim staff are required to follow the food hygiene rules like everyone.",
  ]);
  cleanInDescription("discrimination.race", ["UK market experience required to match the client brief."]);
});

describe("former-blind-19 discrimination: a plan to marry or a family plan with its time frame is one mention (plan to marry in the next two years, 近两年内有婚育计划)", () => {
  flaggedInDescription("discrimination.marital", [
    "Candidates who plan to marry within the next two years will not be considered.",
    "Applicants planning to get married soon need not apply.",
    "Those intending to marry in the coming year are not a good fit.",
    "不考虑三年内有结婚打算的应聘者。",
    "不招近两年内有要孩子打算的。",
    "谢绝一年之内有生育计划的候选人。",
  ]);
  cleanInDescription("discrimination.marital", [
    "We offer ten days' marriage leave to staff who plan to marry.",
    "为近两年内有婚育计划的员工提供弹性排班。",
    "Candidates planning to get married are welcome; marriage leave is paid.",
  ]);
});

describe("former-blind-19 discrimination: the post said to be for the people (this intake is for young men, the role is for Christians)", () => {
  flaggedInDescription("discrimination.gender", ["This intake is for young men.", "The vacancy is meant for women."]);
  flaggedInDescription("discrimination.ethnicity", ["This position is for Han Chinese candidates."]);
  flaggedInDescription("discrimination.religion", ["The role is for Christians."]);
  flaggedInDescription("discrimination.region", ["This opening is intended for Shanghai natives."]);
  flaggedInDescription("discrimination.race", ["This job is for white candidates."]);
  flaggedInDescription("discrimination.marital", ["The post is for married applicants."]);
  flaggedInDescription("discrimination.school_tier", ["This programme is for 985 graduates."]);
  cleanInDescription("discrimination.gender", ["This role is for anyone, men or women."]);
  cleanInDescription("discrimination.school_tier", ["The programme is for graduates of all universities."]);
  cleanInDescription("discrimination.religion", ["The role is for a Christian charity's finance team."]);
});

describe("former-blind-19 discrimination: a sex restriction whose stated reason is a single-sex residence or a garment block of that sex is a genuine occupational requirement (CONVENTIONS.md)", () => {
  cleanInDescription("discrimination.gender", [
    "Night duty in the girls' boarding house, including checks inside the rooms; for that reason the post is limited to female applicants.",
    "Live-in tutor for a men's residence hall with room inspections at night, so this post is open to men only.",
    "Fit womenswear samples in size 38 for the pattern room; the role requires a woman who fits the size-38 block.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Given our dormitory arrangements, this post is limited to male applicants.",
    "Shared hotel rooms on trips, so the role is open to women only.",
  ]);
});

describe("former-blind-19 discrimination: refusing verbs before the people in English (decline, reject, turn away), the people the mention's own head or after it", () => {
  flaggedInDescription("discrimination.health", ["We reserve the right to decline candidates with epilepsy."]);
  flaggedInDescription("discrimination.religion", ["We may reject applicants who wear a hijab."]);
  flaggedInDescription("discrimination.region", ["The agency will turn away candidates from Xinjiang."]);
  flaggedInDescription("discrimination.gender", ["We decline applications from women for this shift."]);
  flaggedInDescription("discrimination.race", ["The client may reject candidates of African descent."]);
  flaggedInDescription("discrimination.marital", ["We reserve the right to decline pregnant candidates."]);
  cleanInDescription("discrimination.health", ["We reserve the right to decline candidates who fail the skills test."]);
  cleanInDescription("discrimination.region", ["We decline candidates from agencies that charge fees."]);
});

describe("former-blind-19 discrimination: the people named by a relative clause on the attribute's category (No applicants whose household registration is in …)", () => {
  flaggedInDescription("discrimination.region", [
    "No candidates whose hometown is Henan, please.",
    "We do not hire people whose hukou is in Gansu.",
  ]);
  flaggedInDescription("discrimination.religion", ["No applicants whose faith is Muslim."]);
  flaggedInDescription("discrimination.ethnicity", ["No candidates whose ethnicity is Uyghur."]);
  cleanInDescription("discrimination.region", ["Applicants whose hukou is in Xinjiang are welcome."]);
});

describe("former-blind-19 discrimination: worship expected with the staff between the demand and the verb (We expect all managers to join the Sunday service; 希望所有员工都参加礼拜)", () => {
  flaggedInDescription("discrimination.religion", [
    "We expect every new hire to attend the Friday prayers at the mosque.",
    "We ask all staff to join the weekly bible study.",
    "我们希望所有员工都参加周日礼拜。",
  ]);
  cleanInDescription("discrimination.religion", [
    "We expect all managers to join the customer service team for a week.",
    "We ask all staff to join the Sunday team lunch.",
  ]);
});

describe("former-blind-19 discrimination: the exclusion two clauses on, with a subject (我们这边/店里) before it", () => {
  flaggedInDescription("discrimination.region", ["河南人的话，面试时说一下，我们这边不考虑。"]);
  flaggedInDescription("discrimination.gender", ["女生的话，先了解一下，我们这边不招。"]);
  flaggedInDescription("discrimination.ethnicity", ["少数民族的，投递前说明，店里不考虑。"]);
  flaggedInDescription("discrimination.health", ["有乙肝的，体检前告知，我们这边不录用。"]);
  cleanInDescription("discrimination.gender", ["女生的话，面试时说一下，我们这边安排宿舍。"]);
});

describe("former-blind-19 discrimination: the favoured admitted, the others refused in the next clause (X的可以，别的就算了; X are fine, others need not apply)", () => {
  flaggedInDescription("discrimination.ethnicity", ["汉族的可以，别的民族就算了。"]);
  flaggedInDescription("discrimination.region", ["本地的可以，其他省份的就算了。"]);
  flaggedInDescription("discrimination.religion", ["Christians are fine, others need not apply."]);
  flaggedInDescription("discrimination.school_tier", ["985毕业的可以，别的学校就算了。"]);
  flaggedInDescription("discrimination.gender", ["Men are fine, anyone else need not apply."]);
  cleanInDescription("discrimination.region", ["本地的可以住家里，别的安排宿舍。"]);
});

describe("former-blind-19 discrimination: advised not to apply in the next clause (so we do not recommend applying)", () => {
  flaggedInDescription("discrimination.gender", [
    "Women rarely pass our fitness test, so we do not recommend applying.",
  ]);
  flaggedInDescription("discrimination.health", [
    "Applicants with asthma find the dust hard, so we would not advise applying.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Muslim applicants find our canteen difficult, so we don't recommend applying.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Candidates from Henan have not done well here, so we do not recommend applying.",
  ]);
  cleanInDescription("discrimination.gender", ["Women and men are equally welcome, so we recommend applying early."]);
});

describe("former-blind-19 discrimination: the make-up kept, said by what it is kept as (keep it uniform / the same / as it is)", () => {
  flaggedInDescription("discrimination.gender", ["Our kitchen is all men and we want to keep it uniform."]);
  flaggedInDescription("discrimination.region", [
    "Our shop floor is all Shanghai natives and we would like to keep things the same.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "The office is all Christians and we intend to keep it homogeneous.",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["Our team is all Han and we want to keep it as it is."]);
  cleanInDescription("discrimination.gender", [
    "Our uniform is grey for men and women and we want to keep it uniform.",
  ]);
});

describe("former-blind-19 discrimination: the attribute asked about, then the application refused (If not, we cannot move forward with your application)", () => {
  flaggedInDescription("discrimination.religion", [
    "Are you Christian? If not, we cannot move forward with your application.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Is your hukou in Shanghai? If not, we regret we cannot proceed with your application.",
  ]);
  flaggedInDescription("discrimination.marital", [
    "Are you married? If not, we are unable to move forward with your application.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "Is the ethnicity on your ID recorded as Han? If not, please do not apply.",
  ]);
  cleanInDescription("discrimination.religion", ["Are you Christian? If not, you are still very welcome to apply."]);
});

describe("former-blind-19 discrimination: lexicon forms: a race by its negation (non-white, non-Asian) and Asian as a look; demonyms (Beijingers, Northeasterners); blokes; long-term conditions", () => {
  flaggedInDescription("discrimination.race", [
    "Non-white models need not apply.",
    "Asian faces preferred for the campaign.",
    "Only non-Asian presenters will be considered.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Beijingers only.",
    "Sichuanese applicants preferred.",
    "Northeasterners need not apply.",
  ]);
  flaggedInDescription("discrimination.gender", ["Blokes preferred for the warehouse."]);
  flaggedInDescription("discrimination.health", ["Applicants with long-term illnesses will not be considered."]);
  cleanInDescription("discrimination.race", ["Experience with Asian markets is a plus."]);
  cleanInDescription("discrimination.health", ["We support colleagues with long-term conditions with flexible hours."]);
});

describe("former-blind-19 discrimination: the offer made to turn on a positive result of a named condition test (HIV test … offer withdrawn if positive)", () => {
  flaggedInDescription("discrimination.health", [
    "HBV screening is part of onboarding; offers are rescinded if the result is positive.",
    "The TB test comes first; the contract will be cancelled if the test comes back positive.",
    "All finalists take an HIV test, and the offer will be withdrawn if it is positive.",
  ]);
  cleanInDescription("discrimination.health", [
    "A drug test is part of onboarding; offers are withdrawn if the result is positive.",
    "We run free HIV tests for staff; results are confidential.",
  ]);
});

describe("former-blind-19 discrimination: the family plans to be disclosed or discussed at interview (discuss your family plans; 面试时请说明婚育计划)", () => {
  flaggedInDescription("discrimination.marital", [
    "Please be ready to disclose your pregnancy plans at interview.",
    "Candidates should tell us about their family plans in the first round.",
    "面试时请如实告知近两年的婚育计划。",
    "二面时请主动说明一下生育计划。",
  ]);
  cleanInDescription("discrimination.marital", [
    "We will discuss your career plans at interview.",
    "HR can talk you through our family leave plans.",
  ]);
});

describe("former-blind-19 discrimination: the one who hires said to want one (the manager wants another woman; the client needs a white model)", () => {
  flaggedInDescription("discrimination.gender", ["The manager wants another woman on the desk."]);
  flaggedInDescription("discrimination.race", ["The client needs a white model for the shoot."]);
  flaggedInDescription("discrimination.religion", ["The founder wants a Christian assistant."]);
});

describe("former-blind-19 discrimination: mixed text, a short Chinese noun closing the mention and then English (双一流院校 candidates will be prioritised): the English reach after it", () => {
  flaggedInDescription("discrimination.school_tier", [
    "双一流高校 applicants preferred.",
    "二本院校 graduates will not be considered.",
    "985院校 graduates will be prioritised.",
  ]);
  flaggedInDescription("discrimination.region", ["外省户籍 holders will not be considered."]);
  cleanInDescription("discrimination.school_tier", [
    "985院校 graduates are welcome.",
    "985院校 graduates founded our company.",
  ]);
});

describe("former-blind-19 discrimination: a comparative suitability before the people for every attribute (更适合已婚已育的…, 比较适合本地人, better suited to)", () => {
  flaggedInDescription("discrimination.marital", [
    "本岗位更适合已婚已育的员工。",
    "This role is better suited to married candidates.",
  ]);
  flaggedInDescription("discrimination.region", ["这个岗位比较适合本地人。"]);
  flaggedInDescription("discrimination.school_tier", ["这份工作更适合985院校毕业生。"]);
  flaggedInDescription("discrimination.religion", ["The post is more suitable for Christians."]);
  flaggedInDescription("discrimination.ethnicity", ["本岗位更适合汉族员工。"]);
  cleanInDescription("discrimination.region", ["该课程更适合少数民族地区的学校。"]);
  cleanInDescription("discrimination.gender", ["本岗位更适合有耐心的人，男女不限。"]);
});

describe("former-blind-19 discrimination: a colloquial list item said with 的 after a want clause (招仓库理货，男的，能吃苦)", () => {
  flaggedInDescription("discrimination.gender", ["招仓库理货，男的，能吃苦。", "招收银员，女的，会用电脑。"]);
  flaggedInDescription("discrimination.ethnicity", ["招普工，汉族的，能吃苦。"]);
  flaggedInDescription("discrimination.marital", ["招店员，已婚的，有耐心。"]);
  cleanInDescription("discrimination.gender", ["招服务员，男的，女的也可以。", "男的，女的都可以。"]);
});

describe("former-blind-19 discrimination: a condition test named, then its carriers or positives refused without naming the condition again (an HIV test; those who test positive will not be employed)", () => {
  flaggedInDescription("discrimination.health", [
    "Onboarding includes an HIV test; those who test positive will not be employed.",
    "The medical includes a TB screening, and positive applicants are not accepted.",
    "We run an HBsAg test at the medical; carriers cannot be hired for the kitchen.",
    "Hepatitis B testing is part of the check, and carriers will not be considered.",
    "An HBV check is included; anyone who tests positive won't be recruited.",
  ]);
  cleanInDescription("discrimination.health", [
    "TB screening is annual; positive results are not considered grounds for dismissal.",
    "TB screening is annual; carriers are not considered a risk.",
  ]);
});

describe("former-blind-19 discrimination: a religious body the employer says it is not, and a cleric named as a referee, do not make a faith a genuine requirement (not a church; your pastor's reference)", () => {
  flaggedInDescription("discrimination.religion", [
    "We are an education company, not a church. Only practising Catholics will be considered; attach your priest's letter.",
    "我们不是教会，是一家培训公司。只招基督徒，请附牧师推荐信。",
    "Our firm (not a mosque) runs halal catering. Only Muslims will be considered; include your imam's reference.",
    "We are a travel agency, not a temple; Buddhists only, please attach your monk's recommendation.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Our church is hiring an organist; the organist leads Sunday worship, so must share our Christian faith.",
  ]);
});

describe("former-blind-19 discrimination: a country naming the employer or an institution in a title is not a condition on the person (UK-owned Consultancy, UK University China Office)", () => {
  cleanInTitle("discrimination.race", [
    "Accountant – UK-owned Trading Firm",
    "Lecturer – Australia-based College, Shanghai Campus",
    "Sales Manager – US Bank Beijing Branch",
    "Admissions Officer – Canada School Shenzhen Office",
    "Analyst – Ireland-headquartered Fund",
  ]);
  it("flags discrimination.race in a title: English Teacher – UK Teachers Only", () => {
    expect(titledFlags("English Teacher – UK Teachers Only")).toContain("discrimination.race");
  });
  flaggedInDescription("discrimination.race", [
    "We only hire UK teachers.",
    "Our UK-owned firm only hires UK nationals.",
  ]);
});

describe("former-blind-19 discrimination: the reader asked whether they are the attribute, then invited to apply (Are you a man who …? Then we want to hear from you; 你是…吗？那就快来投递)", () => {
  flaggedInDescription("discrimination.gender", [
    "Are you a man who can handle months on remote sites and vessels? Then we want to hear from you.",
    "Are you a young woman who loves fashion? Apply now.",
    "你是能吃苦的小伙子吗？那就快来投递吧。",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Are you a Christian with a heart for service? Then we would love to hear from you.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Are you a Shanghai native who knows the city? If so, send us your CV.",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["你是汉族吗？欢迎投递。"]);
  flaggedInDescription("discrimination.marital", [
    "Are you a married professional looking for stability? Then this role is for you.",
  ]);
  flaggedInDescription("discrimination.school_tier", ["Are you from a 211 university? Then we want to hear from you."]);
  cleanInDescription("discrimination.gender", [
    "Are you someone who can handle months on remote sites? Then we want to hear from you.",
    "Are you a woman or a man who loves engineering? Then we want to hear from you.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Are you a Christian? You are welcome to apply, as is everyone else.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): no base pay said with the employer as subject, as a draw against commission, or only in target months", () => {
  flaggedInText("fraud.commission_only", [
    "The firm does not offer a fixed salary; you keep 30% of every deal.",
    "We pay no basic wage. Your income is what you sell.",
    "No guaranteed salary is paid during the first year.",
    "Your monthly guarantee is a draw against future commissions and is repaid from later sales.",
    "The retainer is an advance on commission, deducted again when your deals fall short.",
    "Base pay is only earned in months in which you hit 80% of quota.",
    "Basic salary is paid only for quarters when you exceed the sales plan.",
    "保底工资4000元，未达标则只拿提成。",
    "基本工资3500元（当月业绩需满8万），达不到按实际提成发放。",
    "底薪每月3000元，完成不了任务统一按提成计。",
  ]);
  cleanInText("fraud.commission_only", [
    "We pay a base salary of RMB 6,000 plus commission.",
    "We do not pay a base salary lower than RMB 6,000 to anyone.",
    "Base salary is paid every month regardless of sales; commission comes on top.",
    "A quarterly bonus is paid only in months when you reach target; the base salary is fixed.",
    "底薪5000元按月发放，完不成业绩也照发，另有提成。",
    "无责底薪4000元，另加提成。",
    "Commission advances are available on request; your base salary is fixed.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): what recruits named by any role buy or sell pays the recruiter; levels by hyphen or counted down; recruits recruiting; counted recruits each buying", () => {
  flaggedInText("fraud.pyramid", [
    "Members earn on the orders of every member they introduce.",
    "You get 8% of the purchases of each associate you personally sponsor.",
    "Coaches are paid on the spending of all clients they enrol as coaches.",
    "Ambassadors also collect a bonus from their ambassadors' ambassadors.",
    "Commission is paid down four generations of your network.",
    "Earn 40% on direct sign-ups and 5% on third-tier sign-ups.",
    "A 2nd-generation bonus of 6% applies.",
    "Get paid whenever someone you refer buys the starter plan, and again when they refer others.",
    "You also receive 5% when your recruits in turn sign up new members.",
    "Get five partners to each buy a starter pack and you become a director.",
    "拉3个人每人认购一份原始股就能升级。",
    "推荐2位店主分别报单即可成为区代。",
  ]);
  cleanInText("fraud.pyramid", [
    "Study how pyramid and MLM schemes recruit students, and publish consumer warnings.",
    "Research MLM recruitment tactics for the regulator's annual report.",
    "A one-time membership fee of RMB 98 unlocks the task hall.",
    "We serve our clients' clients in logistics and retail.",
    "Account managers report on the sales of every store they visit.",
    "带领5名销售各自完成月度目标。",
    "Sales partners earn commission on their own sales only; there are no levels.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): a training repaid from the pay, the training in the sentence before; training funded through a loan; a contract in the trainee's own name", () => {
  flaggedInText("training_loan", [
    "The certification course is compulsory. An instalment plan is set up at signing and repaid from your first ten pay cheques.",
    "Every hire joins three months of academy training. The plan is deducted from your salary over two years.",
    "Trainees finance the welding course with a loan we arrange.",
    "Students pay for their tuition through a bank loan arranged by the school.",
    "Cadets fund the programme via a consumer loan; the bank is our partner.",
    "培训费由合作银行垫付，学员以个人名义签订贷款合同。",
    "课程费用由平台先行支付，学生以自己名义办理分期。",
  ]);
  cleanInText("training_loan", [
    "Apprentices are paid a full wage and the company covers all training costs; nothing is deducted from pay.",
    "Training is provided free. Staff loans for housing are repaid from salary at zero interest.",
    "The course is free of charge. Overtime is paid with your salary each month.",
    "Process loan applications and explain instalment plans to customers.",
    "谨防以培训名义诱导学员办理分期。",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): a place bought for an internship — a price per slot, a fee to secure a slot, a deposit for a guaranteed hire", () => {
  flaggedInText("paid_internship", [
    "投行实习名额紧张，8000元一个名额，实习期间每月补贴2000元。",
    "每个名额需5000元，实习生每天补贴100元。",
    "We are opening 5 audit intern positions. Applicants pay a RMB 2,000 deposit to reserve their interview place.",
    "Summer intern slots available. A CNY 900 fee to lock your seat is due this week.",
    "交2万元录用保证金，包录用，不录用全额退还。",
    "先付押金5000元，保录取，未被录取退款。",
  ]);
  cleanInText("paid_internship", [
    "实习生每月补贴3000元，名额有限，先到先得。",
    "We are opening 5 audit intern positions; interns receive CNY 200 a day and pay nothing.",
    "录取流程公平公正，不收取任何费用。",
    "Interns handle processing fees for client accounts.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): the payer as an imperative buyer, a quantified role or the employer's kind as payee; deposit as a verb is no charge", () => {
  flaggedInText("fee", [
    "Please buy the work boots (RMB 260) from the site office before your first shift.",
    "New staff must purchase the apron set (CNY 150) from our shop.",
    "Each courier pays RMB 500 for the delivery box.",
    "All tutors must pay an annual platform subscription (CNY 800).",
    "工牌费用50元交到我校财务室。",
    "体检费用200元交给店里统一办理。",
    "先拍会员卡68元，进群领任务。",
  ]);
  cleanInText("fee", [
    "Staff can purchase discounted gear from the company store.",
    "Each customer pays RMB 300 for the course; you collect it and issue receipts.",
    "Deposit the cheque into the client's account and record it.",
    "All employees pay nothing for meals; the canteen is free.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): the recruiter on another network by a noun message, the own messenger added, the board said unread", () => {
  flaggedInText("off_platform_contact", [
    "Send us a quick message via Instagram to apply.",
    "Shoot me a DM on LinkedIn with your portfolio.",
    "Add our WeCom to book a call.",
    "Please add my WeChat for the details.",
    "We're not monitoring this board; email the founder directly at founder@example.com.",
    "For an interview, message me on 企业微信.",
  ]);
  cleanInText("off_platform_contact", [
    "Follow our WeChat official account for company news.",
    "Please do not add my WeChat; apply here.",
    "Manage our LinkedIn page and write posts for it.",
    "Follow us on Instagram for office news.",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): documents handed with any possessive and joined; a cheque relayed through the applicant's account; an ID used to open a shop somewhere", () => {
  flaggedInText("fraud.id_or_bank", [
    "Workers give their passport and bank card to the foreman on arrival; they are held until the season ends.",
    "New hires hand over their diploma and ID card originals; both are kept in HR's cabinet.",
    "You will be sent a payment; deposit it into your own bank account and wire the balance to our supplier.",
    "Cash the cheque into your personal account, then transfer the remainder to the vendor.",
    "用您的身份证在淘宝开网店，运营由我们负责。",
    "拿你本人的身份证到银行开户，卡交给公司。",
  ]);
  cleanInText("fraud.id_or_bank", [
    "Show your passport at reception on the first day; HR copies it and hands it straight back.",
    "Deposit the daily takings into the company account and log the balance.",
    "用公司的营业执照在拼多多开店，你负责运营。",
  ]);
});

describe("former-blind-19 fraud (vet19-fraud): hype — a day job quit by anyone, earnings above a rich reference person; an interview waived; a rate per teaching hour; household care by its other names", () => {
  flaggedInText("hype", [
    "Half our reps quit their office jobs within a month.",
    "Our drivers earn more than surgeons.",
    "Sellers here make way more than their bosses ever did.",
  ]);
  cleanInText("hype", [
    "You will report to the CEO and earn more than the market average.",
    "Many of our students keep their day jobs while studying.",
  ]);
  flaggedInText("fraud.no_interview", [
    "The interview is waived for all applicants this month.",
    "Interview rounds have been dropped for this intake.",
    "Interviews will be skipped; contracts are sent on registration.",
  ]);
  cleanInText("fraud.no_interview", [
    "Interviews are not waived for any candidate.",
    "The interview is waived for internal candidates only.",
  ]);
  it.each([
    "Online tutoring. CNY 250 per class session.",
    "Weekend coaching, RMB 200 a teaching hour.",
    "Lifeguard cover: 180 yuan per working day.",
  ])("does not flag salary.missing: %s", (description) => {
    expect(posting({ title: "Weekend Tutor", description, min: null, max: null })).not.toContain("salary.missing");
  });
  it.each(["育儿嫂", "住家阿姨", "钟点工"])("flags salary.implausible for %s at 60,000–80,000", (title) => {
    expect(posting({ title, description: "照顾老人，做饭打扫。", min: 60000, max: 80000 })).toContain(
      "salary.implausible",
    );
  });
  it("does not flag salary.implausible for a 月嫂 band of 20,000–30,000", () => {
    expect(posting({ title: "金牌月嫂", description: "照顾产妇和新生儿。", min: 20000, max: 30000 })).not.toContain(
      "salary.implausible",
    );
  });
});

describe("former-blind-19 fraud (vet19-fraud): a share of the future salary paid back beside a training loan is that loan's price, not a fee", () => {
  for (const description of [
    "Income share agreement: we train you in data analysis for free; afterwards you pay 12% of your salary for 30 months.",
    "Our coding bootcamp uses an ISA. Once hired you hand over 10% of your monthly income for two years.",
    "Free UX course under an income share agreement; in return you pay 15% of your gross pay for 24 months.",
    "零学费入学，签收入分成协议，就业后每月交工资的15%，共24个月。",
    "培训不收学费，签订收入分成协议，上岗后按月上交薪资的20%，持续两年。",
  ])
    it(`flags training_loan and not fee: ${description}`, () => {
      const found = posting({ description });
      expect(found).toContain("training_loan");
      expect(found).not.toContain("fee");
    });
  it("still flags a separate registration fee beside an income share agreement", () => {
    const found = posting({
      description:
        "Income share agreement: you pay 12% of your salary for 30 months after placement. A registration fee of RMB 500 is payable before the course starts.",
    });
    expect(found).toContain("training_loan");
    expect(found).toContain("fee");
  });
});

// Attribute word lists (branch vet-lex): word forms of each protected attribute listed from general knowledge, not from a
// set, each with the constructions the checker already reads; clean twins negate, welcome or merely mention the thing.
describe("Attribute word lists (vet-lex): gender", () => {
  flagged("discrimination.gender", [
    "前台只招小妹",
    "少妇勿扰",
    "搬运岗本岗位更适合壮汉",
    "仅限靓仔",
    "妇女优先",
    "Gals only.",
    "No chaps.",
    "Housewives need not apply.",
  ]);
  cleanInDescription("discrimination.gender", ["Ladies night event planning."]);
  clean("discrimination.gender", ["性别不限，欢迎女性投递", "Men and women are equally welcome."]);
  cleanInDescription("discrimination.gender", [
    "负责三八妇女节活动策划",
    "维护妇女儿童权益的公益项目专员",
    "我们的客户主要是女性",
  ]);
});

describe("Attribute word lists (vet-lex): ethnicity", () => {
  flagged("discrimination.ethnicity", [
    "维吾尔人不予考虑",
    "只招朝族",
    "汉人优先",
    "No Uighurs.",
    "Kazakhs need not apply.",
    "Korean-Chinese only.",
    "We do not hire Hmong people.",
    "Manchus will not be considered.",
    "仅限蒙古人",
    "Hui Muslims need not apply.",
    "No ethnic Tibetans.",
  ]);
  clean("discrimination.ethnicity", ["内蒙古人优先"]);
  clean("discrimination.ethnicity", ["不限民族", "各民族同胞均可投递", "Applicants of all ethnicities welcome."]);
  cleanInDescription("discrimination.ethnicity", [
    "好汉人品过硬的团队",
    "本店主营回族特色清真菜",
    "Our NGO serves Uyghur communities.",
  ]);
});

describe("Attribute word lists (vet-lex): race and nationality", () => {
  flagged("discrimination.race", [
    "棕色皮肤勿扰",
    "只招英美外教",
    "俄罗斯模特优先",
    "黑鬼免投",
    "仅限亚洲人",
    "Brits only.",
    "No Russians.",
    "Slavic-looking models preferred.",
  ]);
  clean("discrimination.race", ["国籍不限", "Any nationality welcome."]);
  cleanInDescription("discrimination.race", [
    "白皮书撰写",
    "黑五促销活动策划",
    "Write white papers for clients.",
    "Black Friday campaign planner.",
  ]);
});

describe("Attribute word lists (vet-lex): religion", () => {
  flagged("discrimination.religion", [
    "受过洗的勿扰",
    "只招信上帝的",
    "参加团契的一律不要",
    "皈依的优先",
    "穆民谢绝",
    "去教会的不予考虑",
    "People who wear a kippah need not apply.",
    "No Orthodox Jews.",
    "We do not hire born-again Christians.",
  ]);
  clean("discrimination.religion", ["基督教青年会活动协调员，信仰不限"]);
  clean("discrimination.religion", ["宗教信仰不限", "Prayer room on site; all faiths welcome."]);
  cleanInDescription("discrimination.religion", [
    "食堂提供清真餐",
    "礼拜五下午全员例会",
    "Halal canteen available.",
    "Kosher food supplier account manager.",
  ]);
});

describe("Attribute word lists (vet-lex): region", () => {
  flagged("discrimination.region", [
    "外地口音勿扰",
    "乡下人一律不要",
    "农村人不考虑",
    "疆籍免投",
    "不招外来务工人员",
    "No out-of-towners.",
  ]);
  // Migrant workers are more often the people the work serves ("Ethical Recruitment Officer – Migrant Workers"): not listed.
  cleanInTitle("discrimination.region", ["Ethical Recruitment Officer – Migrant Workers"]);
  clean("discrimination.region", ["籍贯不限", "会说本地话更好沟通，籍贯不限", "Local dialect helpful, origin open."]);
  cleanInDescription("discrimination.region", ["面向农村人口的普惠金融产品推广", "农家乐运营", "负责河南市场的销售"]);
});

describe("Attribute word lists (vet-lex): marital status and childbearing", () => {
  flagged("discrimination.marital", [
    "三胎妈妈优先",
    "带娃的勿扰",
    "有家室的优先",
    "宝爸不予考虑",
    "准备要孩子的免投",
    "全职妈妈谢绝",
    "Singles only.",
    "No women trying to conceive.",
    "Settled family men preferred.",
    "No expectant mothers.",
    "We do not hire working mums.",
    "Parents of small children need not apply.",
  ]);
  clean("discrimination.marital", ["宝妈群体运营（用户运营），婚育不限"]);
  clean("discrimination.marital", ["婚否不限", "婚育不限", "Marital status is irrelevant."]);
  cleanInDescription("discrimination.marital", ["提供产假和哺乳室", "We offer maternity and paternity leave."]);
});

describe("Attribute word lists (vet-lex): health", () => {
  flagged("discrimination.health", [
    "羊癫疯的勿扰",
    "地贫携带者不予考虑",
    "有手术史的免投",
    "白癜风谢绝",
    "不招丙肝",
    "尿毒症、白血病一律不要",
    "No diabetics.",
    "Epileptics need not apply.",
    "We do not hire schizophrenics.",
    "Asthmatics will not be considered.",
  ]);
  clean("discrimination.health", ["欢迎残疾人投递", "不查乙肝，欢迎乙肝携带者"]);
  cleanInDescription("discrimination.health", [
    "熟悉结巴分词等中文分词工具",
    "山区土地贫瘠，负责农技推广",
    "负责糖尿病患者健康教育",
    "肾病科护士，负责住院病人护理",
    "Diabetes educator for our clinic.",
  ]);
});

describe("Attribute word lists (vet-lex): school tier", () => {
  flagged("discrimination.school_tier", [
    "只招牛剑",
    "罗素集团优先",
    "两电一邮优先",
    "网教、专插本勿扰",
    "成人高考的不予考虑",
    "THE前100优先",
    "仅限TOP10高校",
    "Online degree holders need not apply.",
    "Graduates of independent colleges will not be considered.",
  ]);
  clean("discrimination.school_tier", [
    "自考办招聘工作人员，学历不限",
    "院校不限",
    "统招本科及以上学历，专业不限",
    "All universities welcome.",
  ]);
  cleanInDescription("discrimination.school_tier", ["常春藤教育机构招课程顾问", "211室办公"]);
});

// Pay read from the text (branch vet-pay): sentences written from general knowledge of how job ads state pay, not from
// any corpus set. Both pay fields are null in every case; tests/corpus/CONVENTIONS.md counts any figure of pay in the
// text (per hour, day, week, month or year, in any currency) as a stated pay, and 面议-like words as none.
function textOnly(description: string, title = "Operations Coordinator"): PostingRuleId[] {
  return posting({ title, description, min: null, max: null });
}

describe("Pay read from the text (vet-pay): an amount in any currency with its period states the pay", () => {
  for (const description of [
    "€15/h, contract for three months.",
    "Day rate £550 outside IR35.",
    "S$3,500/mo with 13th-month bonus.",
    "RM 3,500 per month plus EPF.",
    "฿25,000/month, Monday to Friday.",
    "IDR 8,000,000 per month.",
    "₱18,000 monthly, day shift.",
    "KSh 45,000 gross monthly.",
    "R18,000 per month, Cape Town.",
    "AED 8,000 per month, tax free.",
    "NT$35,000/month.",
    "$1,200 per fortnight.",
    "The role pays 38,000 euros a year.",
    "Between $45,000 and $55,000 per year.",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description)).not.toContain("salary.missing");
    });
});

describe("Pay read from the text (vet-pay): a pay word, base or package before or after an amount states the pay", () => {
  for (const description of [
    "Monthly stipend: USD 800.",
    "A stipend of $1,500 per month.",
    "Remuneration: GBP 40,000.",
    "USD 120k base + bonus.",
    "OTE $90,000 (base $55,000).",
    "A$110,000 + 11% super.",
    "Package: ₹6 LPA.",
    "CTC 12 lakh per annum.",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description)).not.toContain("salary.missing");
    });
});

describe("Pay read from the text (vet-pay): Chinese amounts with a period, a K range or numerals in words state the pay", () => {
  for (const description of [
    "8-12K，五险一金。",
    "20-35K·16薪。",
    "10-15万/年。",
    "周薪1500元。",
    "每月3500元，包住。",
    "4.5w/月。",
    "一天200块，日结。",
    "月薪六千元。",
    "薪资范围：六千到八千。",
    "新币3500/月。",
    "年包50万。",
    "保底5000元/月。",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "运营专员")).not.toContain("salary.missing");
    });
});

describe("Pay read from the text (vet-pay): K ranges with a currency, open ends and numerals with 元 state the pay", () => {
  for (const description of [
    "£30k–£35k + benefits.",
    "40-50k EUR.",
    "3k-4k USD per month.",
    "¥6000起。",
    "6000元起，包住。",
    "八千元每月。",
    "Stipend: 2,000/month.",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description)).not.toContain("salary.missing");
    });
  it("flags salary.missing when the amount is a membership sold to customers", () => {
    expect(textOnly("Sell ¥199/月 memberships to customers.")).toContain("salary.missing");
  });
});

describe("Pay read from the text (vet-pay): no figure of pay is still salary.missing", () => {
  for (const description of [
    "Competitive salary and 401(k) matching.",
    "Salary paid on the 15th of each month.",
    "Customers pay $99/month for our app.",
    "Manage a budget of USD 2 million per year.",
    "Process refunds up to $500.",
    "Six-figure earning potential.",
    "六险一金、13薪、年终奖。",
    "负责年销售额500万的项目，客户月费99元。",
    "周末双休，每天工作8小时，需要3-5年经验。",
  ])
    it(`flags salary.missing: ${description}`, () => {
      expect(textOnly(description)).toContain("salary.missing");
    });
});

describe("Pay read from the text (vet-pay): a foreign-currency amount is not judged as a monthly CNY band", () => {
  for (const description of [
    "Salary: JPY 4,000,000 per year.",
    "Salary: VND 25,000,000/month.",
    "Salary: KRW 3,500,000 per month.",
    "Salary: ₦400,000 per month.",
    "月薪：印尼盾800万。",
    "Salary: 1,200,000 yen per year.",
  ])
    it(`flags neither salary rule: ${description}`, () => {
      const found = textOnly(description, "Software Engineer");
      expect(found).not.toContain("salary.missing");
      expect(found).not.toContain("salary.implausible");
    });
  it("still judges a monthly CNY band written only in the text", () => {
    expect(textOnly("Salary: RMB 2,000-30,000 per month.", "客服专员")).toContain("salary.implausible");
    expect(textOnly("月薪：2000-30000元。", "客服专员")).toContain("salary.implausible");
  });
});

// former-blind-20/21 discrimination (branch vet2021-disc): constructions named by the misses and false flags of the two sets,
// each written for every attribute it applies to, with clean twins (sentences of the sweep, not the sets' text).
const H = "discrimination.health" as const;
describe("former-blind-20/21 Discrimination (vet2021-disc): people with the attribute, then a non-progression predicate", () => {
  flaggedInDescription(H, [
    "Candidates with chronic conditions such as diabetes will not proceed.",
    "Applicants who disclose a history of depression are not progressed.",
    "Anyone with epilepsy will not pass our pre-employment screening.",
    "Candidates with heart disease are usually not successful.",
    "Applicants with diabetes will not advance.",
    "Candidates with HIV will fail the medical.",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["Uyghur applicants are not being taken forward."]);
  flaggedInDescription("discrimination.race", ["Black applicants are not progressed for this role."]);
  flaggedInDescription("discrimination.religion", ["Muslim candidates will not proceed."]);
  flaggedInDescription("discrimination.region", ["Candidates from Henan are usually not successful for this role."]);
  cleanInDescription(H, [
    "Candidates with diabetes are supported with adjusted breaks and will proceed like everyone else.",
    "Candidates with diabetes are not treated differently and are never excluded.",
    "Candidates who fail the medical may retake it; HIV status is not tested.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Candidates of any faith are welcome; unsuccessful applicants receive feedback.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a test named, then its carriers or positives refused", () => {
  flaggedInDescription(H, [
    "Pre-employment screening includes HBsAg; carriers will not be hired.",
    "Pre-employment bloodwork includes HIV and HBsAg; positive results will lead to withdrawal of the offer.",
    "The medical includes an HBsAg test; a positive result ends the application.",
    "入职体检查乙肝表面抗原，阳性者不能进无尘车间。",
    "体检包含HIV检测，阳性者不能上岗。",
    "体检查HIV，阳性者取消offer。",
  ]);
  cleanInDescription(H, [
    "Pre-employment medical covers fitness for manual handling only; no hepatitis B testing.",
    "Our medical has no HIV test.",
    "The medical includes eyesight and hearing only; no HIV screening.",
    "体检不查乙肝，乙肝携带者同样录用。",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a check or policy that excludes or rules out people with the attribute", () => {
  flaggedInDescription(H, [
    "The school's health check excludes candidates with any history of depression, anxiety or psychiatric medication.",
    "Our medical rules out applicants with epilepsy.",
    "The screening disqualifies candidates with heart disease.",
  ]);
  flaggedInDescription("discrimination.religion", ["The policy excludes applicants who wear a hijab."]);
  cleanInDescription(H, ["Our health check never excludes candidates with a disability."]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a treatment history, record or stay of the condition", () => {
  flaggedInDescription(H, [
    "有过癌症治疗史的阿姨，五年内都不考虑。",
    "曾有精神类疾病就诊记录者不予录用。",
    "有抑郁症住院经历的不予录用。",
    "有心脏病手术史的应聘者不予考虑。",
    "Anyone who has been treated for depression will not be considered.",
  ]);
  cleanInDescription(H, [
    "负责整理患者的癌症治疗史资料。",
    "有癌症治疗史的员工也可享受补充医疗保险。",
    "Patients who have been treated for cancer visit the clinic for follow-up.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a hedged refusal (不敢推荐, 不敢用, 推荐不了)", () => {
  flaggedInDescription(H, [
    "有抑郁症或者其他心理疾病史的阿姨我们这边不敢推荐。",
    "有癫痫的我们不敢用。",
    "有乙肝的阿姨我们推荐不了。",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["少数民族的阿姨我们这边不敢推荐。"]);
  flaggedInDescription("discrimination.region", ["河南籍的我们不敢要。"]);
  cleanInDescription(H, ["有抑郁症的阿姨我们同样推荐。"]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a body part said to be defective", () => {
  flaggedInDescription(H, [
    "肢体有残缺的不考虑，需要经常走动。",
    "身体有缺陷者不予录用。",
    "五官有残缺的勿投。",
    "四肢不全的不予考虑。",
  ]);
  cleanInDescription(H, [
    "肢体有残缺的同学同样欢迎，公司提供无障碍设施。",
    "产品外观有缺陷的需退回。",
    "资料不全的不予考虑。",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the people asked to understand", () => {
  flaggedInDescription("discrimination.race", [
    "We need European-looking hosts; Asian and African applicants please understand.",
    "Dark-skinned applicants, we hope you understand.",
  ]);
  flaggedInDescription("discrimination.religion", ["Muslim applicants, please understand."]);
  flaggedInDescription("discrimination.region", ["Candidates from Xinjiang please understand."]);
  flaggedInDescription(H, ["Applicants with hepatitis B please understand."]);
  cleanInDescription("discrimination.race", [
    "Please understand that applicants of every race are assessed the same way.",
  ]);
  cleanInDescription(H, ["We hope you understand the role involves lifting."]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a faith that forbids a food, a drink or a duty", () => {
  flaggedInDescription("discrimination.religion", [
    "Our kitchen handles pork daily. Applicants whose faith forbids pork need not apply.",
    "店里全是猪肉馅，信仰不允许吃猪肉的朋友就别来了。",
    "店里主打烤五花肉，有宗教饮食禁忌的就别来了。",
    "Candidates whose religion prohibits alcohol will not be considered.",
    "教规不允许喝酒的就别投了。",
  ]);
  cleanInDescription("discrimination.religion", [
    "Applicants whose faith forbids pork are welcome; a halal station is provided.",
    "有宗教饮食禁忌的同事，食堂提供清真窗口。",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): sharing the employer's faith", () => {
  flaggedInDescription("discrimination.religion", [
    "Daily staff briefing includes a Christian prayer; we are looking for team members who share our faith.",
    "希望找到与我们信仰相同的伙伴。",
  ]);
  cleanInDescription("discrimination.religion", [
    "You do not need to share our faith to work here.",
    "We share our knowledge with every new team member.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a preference not to hire the people", () => {
  flaggedInDescription("discrimination.ethnicity", [
    "Parents are sensitive, so we prefer not to hire teachers from minority groups this year.",
  ]);
  flaggedInDescription("discrimination.region", ["We would rather not employ candidates from Henan."]);
  flaggedInDescription(H, ["We prefer not to recruit applicants with diabetes."]);
  cleanInDescription("discrimination.region", ["We prefer not to hire through agencies in Henan."]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the attribute before the people, the exclusion further on in the clause", () => {
  flaggedInDescription("discrimination.religion", [
    "Our menu has pork; Muslim applicants would not be comfortable here and are asked not to apply.",
  ]);
  flaggedInDescription("discrimination.ethnicity", [
    "Uyghur candidates would find the dormitory rules strict and need not apply.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Muslim applicants will find a prayer room on site and are never asked not to apply.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the search focused on, or mainly looking at, the people", () => {
  flaggedInDescription("discrimination.marital", [
    "The practice leader has asked us to focus this search on candidates who are unmarried and without children.",
  ]);
  flaggedInDescription("discrimination.region", ["We're mainly looking at candidates born and raised in Sichuan."]);
  flaggedInDescription("discrimination.gender", ["We are mainly looking at male candidates."]);
  cleanInDescription("discrimination.region", [
    "We are mainly looking at candidates with strong SQL skills.",
    "Our founder was born and raised in Sichuan.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): family-planning intentions asked for", () => {
  flaggedInDescription("discrimination.marital", [
    "Please state your family-planning intentions for the next three years in your application.",
    "Please tell us your plans for having children in your cover letter.",
    "请在简历中注明未来三年的生育计划。",
  ]);
  cleanInDescription("discrimination.marital", [
    "We never ask about family-planning intentions.",
    "Please state your salary expectations in your application.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the post-holder said to be of one sex", () => {
  flaggedInDescription("discrimination.gender", [
    "For security reasons the night concierge will be a man.",
    "The new driver will be a woman.",
  ]);
  cleanInDescription("discrimination.gender", ["The interview panel will be a mix of men and women."]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a single-sex residence named, then night or room checks as the reason", () => {
  cleanInDescription("discrimination.gender", [
    "Live-in warden for a men-only student residence; male applicants only as the role involves room checks.",
    "Live-in warden for the boys' boarding house; the post is open to men only as it includes night checks in dormitories.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Receptionist for a women-only gym; female applicants only as the role involves answering phones.",
    "Warden for the girls' boarding house; female applicants only because parents prefer it.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the degree said to come from a tier of university", () => {
  flaggedInDescription("discrimination.school_tier", [
    "The board only interviews candidates whose degree comes from a Russell Group university.",
    "First degree must be from a public (not private or independent college) university.",
    "Your undergraduate degree must come from a top-50 university.",
  ]);
  cleanInDescription("discrimination.school_tier", [
    "Candidates whose degree comes from any university are welcome.",
    "Our CEO's degree is from a Russell Group university.",
    "We are a public university in Shenzhen.",
  ]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): passport holders or the people named, then 'not considered' without a verb", () => {
  flaggedInDescription("discrimination.race", [
    "Filipino or Indian passport holders not considered due to fleet crewing policy.",
  ]);
  flaggedInDescription("discrimination.religion", ["Muslim applicants not considered at this time."]);
  cleanInDescription("discrimination.race", ["Nationality not considered; all passport holders welcome."]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a tier in the title naming a programme, office or alliance the work serves", () => {
  for (const title of [
    "Project Officer – 985/211 University Alliance",
    "自考办招生干事",
    "Tutor – 专升本 Bridging Course",
    "高校合作专员（双一流高校合作）",
  ])
    it(`does not flag discrimination.school_tier for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title })).not.toContain("discrimination.school_tier");
    });
  for (const title of ["销售专员（限985/211）", "Analyst – 985 graduates only"])
    it(`flags discrimination.school_tier for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title })).toContain("discrimination.school_tier");
    });
});

describe("former-blind-20/21 Discrimination (vet2021-disc): people who are not of the place, then a benefit given to them", () => {
  cleanInDescription("discrimination.region", ["户籍不限，非本市户籍员工公司提供宿舍。", "非本地户口可享受租房补贴。"]);
  flaggedInDescription("discrimination.region", ["非本地户籍不予录用。", "非本市户口的不要。"]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): the household worker (阿姨) named beside another attribute that is the screen", () => {
  for (const description of [
    "客户要求阿姨是回族，其他民族的阿姨不推。",
    "雇主要求阿姨皮肤白，肤色黑的不安排。",
    "离异的阿姨雇主不接受。",
  ])
    it(`does not flag discrimination.gender: ${description}`, () => {
      expect(inDescription(description)).not.toContain("discrimination.gender");
    });
  flaggedInDescription("discrimination.gender", ["只招阿姨，不要大叔。", "仅限女性阿姨。"]);
});

describe("former-blind-20/21 Discrimination (vet2021-disc): a country as the job's destination, place or school, not a nationality", () => {
  for (const title of [
    "Placement Consultant – Caregivers to Canada",
    "Immigration Paralegal – Australia",
    "Work in the UK – Care Jobs",
    "Seasonal Fruit Picking – Farm Work New Zealand",
    "English Teacher – American School Shanghai",
  ])
    it(`does not flag discrimination.race for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title })).not.toContain("discrimination.race");
    });
  flaggedInDescription("discrimination.race", [
    "Work in Canada: Canadian citizens only.",
    "Teachers to the UK: British passport holders only.",
  ]);
  for (const title of ["English Teacher – UK nationals only", "Canadian Teachers Only"])
    it(`flags discrimination.race for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title })).toContain("discrimination.race");
    });
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): a buy-in with a second level of recruits is a pyramid", () => {
  flagged("fraud.pyramid", [
    "Pay the franchise fee and earn a share of the fees of every franchisee you sign and everyone they sign.",
    "Invest RMB 20,000 for a share; earn 15% of the shares sold by the partners you introduce and 5% from their partners.",
    "Join for USD 299 and earn from three levels of the people you recruit.",
    "购买9800元原始股份，你推荐的人再买，你拿分红和推荐奖。",
    "入门礼包1980元，你分享出去的每个礼包都有分润，你的团队再分享，你还能拿团队奖。",
    "先买一个盲盒 3999 激活推广资格，邀请好友买盒返 30%，好友的好友买再返 10%。",
    "交5000元服务卡成为推广员，介绍老人办卡拿提成，再介绍推广员加入还有团队奖励。",
  ]);
  clean("fraud.pyramid", [
    "介绍新客户购买产品可获得10%提成。",
    "Earn 8% commission on every product you sell to customers.",
    "Build your team of five engineers and lead hiring.",
  ]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): a base pay withheld until sales, or paid back from commission, is commission-only", () => {
  flagged("fraud.commission_only", [
    "底薪按回款比例发放，未回款不发。",
    "保底工资2500元，需当月销售3台以上方可发放。",
    "底薪是预支，每月从佣金里扣回。",
    "底薪看你出不出单，不出单就是0。",
    "Your base is an advance clawed back from commission each month.",
    "Your pay is a draw against commission, repaid from future commissions.",
  ]);
  clean("fraud.commission_only", [
    "按件提成，每月保底工资4000元，多劳多得。",
    "底薪5000元加提成，底薪不与业绩挂钩。",
    "Base salary RMB 6,000 plus commission, paid whatever your sales.",
  ]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): accounts and documents in the applicant's name used or held by the employer", () => {
  flagged("fraud.id_or_bank", [
    "You will receive customer payments into a new bank account opened in your name and forward them to our suppliers.",
    "Register an e-commerce shop and an Alipay business account in your name for the company to operate.",
    "Open a few new bank cards and Alipay accounts in your own name to help us move client funds.",
    "Your passport will be kept in our safe for your protection during the contract.",
    "The supervisor collects workers' passports on arrival and holds them until the contract ends.",
    "来香港开几个银行户口给我们公司用，每开一个户 HKD 1,500。",
    "用你的营业执照注册对公账户给公司用。",
    "用你的收款码帮公司收款，按流水给提成。",
  ]);
  clean("fraud.id_or_bank", [
    "Register e-commerce shops and Alipay business accounts in the company's name.",
    "Workers keep their own passports at all times; we never hold them.",
    "负责为客户办理银行开户、挂失等业务。",
    "负责公司对公账户的日常收付和U盾保管。",
  ]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): an amount paid or remitted to unlock, start or process, without a fee noun", () => {
  flagged("fee", [
    "To unlock the training portal, pay USD 45 today.",
    "To activate your work account, remit RMB 120 to the coordinator.",
    "Please remit USD 380 for the medical and seafarer's book processing within 48 hours.",
    "Kindly settle the USD 25 verification before we release your schedule.",
    "Before your first shift, purchase our barista starter kit for RMB 480.",
    "先交 RMB 8,000 处理费，准证下来就出发。",
    "先交29.9拿资料包，然后带你做。",
  ]);
  clean("fee", [
    "The company pays the USD 45 portal licence for you.",
    "The cruise line covers the USD 380 for the medical and seafarer's book processing.",
    "Before your first shift, collect your free barista starter kit; it stays yours.",
    "准证处理费由雇主承担，准证下来就出发。",
    "公司免费提供资料包，然后带你做。",
  ]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): contact moved to a named app or group handle", () => {
  flagged("off_platform_contact", [
    "然后 + q 群 6633xxxx 带你飞。",
    "加企业微信开通接单。",
    "Connect with our HR on LinkedIn and send a direct message; applications here will not be read.",
    "私信抖音号 xyz8888 领任务。",
  ]);
  clean("off_platform_contact", [
    "Please apply through this platform; our LinkedIn page shows company news.",
    "负责公司企业微信社群运营和QQ群维护。",
    "负责小红书、抖音账号内容运营。",
  ]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): second sweep — purpose before the pay verb, bracketed fees, own money for goods, the applicant not bearing a fee", () => {
  flagged("fee", [
    "To secure your seat, pay USD 60; the trainer will email you.",
    "Please buy our starter set (apron, cap) for RMB 260 before day one.",
    "Top up game credits with your own money; we reimburse you plus 8%.",
  ]);
  clean("fee", [
    "员工不承担任何服装费和体检费。",
    "No worker is charged recruitment fees or deposits at any stage.",
    "负责物业费收缴，确保收费率达到95%。",
    "Top up game credits with the company card; finance reconciles them.",
  ]);
  flagged("fraud.no_interview", ["Interview skipped for this batch; start Monday."]);
  clean("fraud.no_interview", ["Interview fee waived for students; interviews on Friday."]);
  flagged("fraud.id_or_bank", [
    "You'll get a check to deposit in your personal account, then wire the balance to our supplier.",
  ]);
  clean("fraud.id_or_bank", ["We ask new hires for their bank account details to pay salary."]);
  flagged("fraud.commission_only", ["我们不发死工资，收入全靠提成。"]);
  clean("fraud.commission_only", [
    "底薪4000元，另有提成，全凭业绩说话的是奖金部分。",
    "底薪6000元按月发放，与业绩无关。",
  ]);
  clean("fraud.pyramid", [
    "Investigate MLM complaints and document downline recruitment for the regulator.",
    "整理传销、发展下线案件材料。",
  ]);
  flagged("off_platform_contact", ["加 dd 号 abc12345 领任务。", "加企业微信登记入职。"]);
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): a place or programme bought under an internship title, a stipend in another clause", () => {
  const intern = (title: string, description: string) =>
    checkPosting({ title, description, requirements: null, salaryMin: 3000, salaryMax: 5000 }).map((f) => f.rule);
  it.each([
    ["Summer Internship – Consulting", "Pay RMB 5,000 to secure an interview slot with a Big Four firm."],
    ["Marketing Intern", "Pay USD 800 to secure your internship seat; stipend paid monthly."],
    ["暑期实习 Summer Intern", "Internship placement: 项目费 USD 3,000，实习期有补贴。"],
    [
      "Hotel Internship in Dubai",
      "Programme package: USD 2,500, covering placement. Interns receive AED 1,500 monthly.",
    ],
    ["Tech Internship Referral", "Referral service: HKD 8,000; internship stipend HKD 15,000/month."],
  ])("flags paid_internship: %s — %s", (title, description) => {
    expect(intern(title, description)).toContain("paid_internship");
  });
  it.each([
    ["Marketing Intern", "Interns receive a stipend of RMB 3,000; we book interview slots for the team."],
    ["Hotel Internship in Dubai", "Programme package is free; interns receive AED 1,500 monthly."],
    ["Research Intern", "Paid internship, RMB 150 a day; we cover travel."],
  ])("does not flag paid_internship: %s — %s", (title, description) => {
    expect(intern(title, description)).not.toContain("paid_internship");
  });
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): a course priced by a bracket or 'costs', or an interest-free instalment plan, financed", () => {
  const loan = (title: string, description: string) =>
    checkPosting({ title, description, requirements: null, salaryMin: 6000, salaryMax: 9000 }).map((f) => f.rule);
  it.each([
    ["主播孵化班", "直播课程学费19800元，可办24期免息分期，开播后慢慢还。"],
    ["美甲学徒", "学费12800元，支持无息分期，入职后每月还。"],
    [
      "Aviation Trainee",
      "The 4-month cabin crew diploma (RMB 28,000) is financed through a partner plan and repaid from your allowance.",
    ],
    ["Chef Trainee", "Our culinary academy costs RMB 26,000, payable in monthly instalments once you start work."],
  ])("flags training_loan: %s — %s", (title, description) => {
    expect(loan(title, description)).toContain("training_loan");
  });
  it.each([
    ["Chef Trainee", "Our culinary academy is free; we pay you RMB 4,000 a month while you train."],
    ["销售", "公司为客户提供12期免息分期购车服务，负责讲解分期政策。"],
    ["Finance Assistant", "Process customers' monthly instalments for the course platform."],
  ])("does not flag training_loan: %s — %s", (title, description) => {
    expect(loan(title, description)).not.toContain("training_loan");
  });
});

describe("former-blind-20/21 money, fraud and pay (vet2021-fraud): wealth or retirement within a short time, a month above a year, an ordinary role at a high income", () => {
  flagged("hype", [
    "Join now and retire in five years.",
    "Become a bitcoin millionaire within 18 months.",
    "Earn more in one month than most people earn in a year.",
    "保洁也能月入三万，我们这里好几个人做到了。",
    "跟着我们干，三年就能财务自由。",
    "一个月赚的比别人一年还多。",
  ]);
  clean("hype", [
    "Pension plan: retire at 65 with employer contributions.",
    "Research how millionaires in Asia invest over decades.",
    "负责员工退休手续办理，服务对象多为工作三十年以上的老员工。",
    "Make more of your summer: a paid one-month camp, RMB 6,000.",
  ]);
  it("does not add salary.implausible to a promise without a figure over a 20,000–30,000 band", () => {
    const found = checkPosting({
      title: "Crypto Ambassador",
      description: "Become a bitcoin millionaire within 18 months, working from anywhere.",
      requirements: "Love for crypto",
      salaryMin: 20000,
      salaryMax: 30000,
    }).map((f) => f.rule);
    expect(found).toContain("hype");
    expect(found).not.toContain("salary.implausible");
  });
});

describe("former-blind-22/23 Discrimination (vet2223-disc): the refusal as a procedure or an instruction, for every attribute", () => {
  flaggedInDescription("discrimination.ethnicity", [
    "Kazakh applicants are not to be interviewed.",
    "Please do not send Uyghur or Kazakh candidates.",
    "We are not taking applicants from minority nationalities this season.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Muslim applicants will not be processed.",
    "Please do not send Christian candidates to this client.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Female applicants will not move forward to the second round.",
    "Please do not send female candidates for this shift.",
  ]);
  flaggedInDescription("discrimination.marital", ["Married applicants will not be processed."]);
  flaggedInDescription("discrimination.health", [
    "Applicants with epilepsy are not to be shortlisted.",
    "Please do not refer candidates with hepatitis B.",
    "Candidates who live with a chronic illness will not move forward.",
  ]);
  flaggedInDescription("discrimination.school_tier", ["Tier-2 university graduates will not be processed."]);
  flaggedInDescription("discrimination.race", ["Please don't send African candidates for this client."]);
  flaggedInDescription("discrimination.region", [
    "Applicants from outside the city will not be processed.",
    "We are not taking candidates from Xinjiang at the moment.",
  ]);
  cleanInDescription("discrimination.region", [
    "Applicants from outside the city are welcome; we help with relocation.",
  ]);
  for (const rule of ["discrimination.gender", "discrimination.race", "discrimination.region"] as const)
    cleanInDescription(rule, [
      "We are not taking phone calls; apply online.",
      "Please do not send attachments larger than 5 MB.",
      "Please do not send CVs by email; apply on this platform.",
    ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): the refusal as an unwillingness (不想要, 不愿意招, 不打算录用)", () => {
  flaggedInDescription("discrimination.ethnicity", ["老板不愿意要维族的。"]);
  flaggedInDescription("discrimination.region", ["我们不打算招东北人。"]);
  flaggedInDescription("discrimination.gender", ["领导不想要女生。"]);
  flaggedInDescription("discrimination.marital", ["公司不太想要已婚未育的。"]);
  for (const rule of ["discrimination.gender", "discrimination.school_tier"] as const)
    cleanInDescription(rule, ["我们不想要求加班。", "不想要加班的可以选择白班。"]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): a place as the people's adjective, and hiring from a place", () => {
  flaggedInDescription("discrimination.region", [
    "Sichuan and Henan candidates are not to be shortlisted.",
    "Henan and Dongbei applicants please don't apply.",
    "We are recruiting from Guangdong only.",
    "We favour colleagues from Fujian; other provinces are less suitable.",
    "Guilin hukou holders only.",
    "Only Wenzhou natives.",
  ]);
  cleanInDescription("discrimination.region", [
    "Our team has colleagues from Fujian, Hubei and Sichuan.",
    "Staff from Sichuan and Henan will get travel subsidies at Spring Festival.",
    "We serve customers from Henan.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): a religious rite named first, then everyone told to attend", () => {
  flaggedInDescription("discrimination.religion", [
    "每月初一公司组织法会，所有员工都要参加。",
    "每周一早上查经班，全体同事必须出席。",
    "The pastor runs a Bible study every Wednesday and expects the whole office to attend.",
    "Staff are expected to join the monthly dharma assembly.",
    "Staff are required to be baptised before confirmation.",
  ]);
  cleanInDescription("discrimination.religion", [
    "每周一早上开晨会，全体同事必须出席。",
    "每周五下午组织读书会，全员参加。",
    "The founder runs a Bible study on Thursdays; it is voluntary and open to anyone.",
    "Staff are expected to join the monthly all-hands meeting.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): a faith named by its food taboo, and the employer adjusting to a practice", () => {
  flaggedInDescription("discrimination.religion", [
    "信仰上忌口的不考虑。",
    "有饮食禁忌的信仰的就别投了。",
    "We cannot take Hui Muslim cooks because the canteen serves pork.",
    "Applicants who need time off for Friday prayers cannot be accommodated.",
  ]);
  cleanInDescription("discrimination.religion", [
    "We adjust shifts during Ramadan for fasting staff.",
    "We offer flexible hours around Friday prayers.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): family plans lacking, asked, pledged away or finished", () => {
  flaggedInDescription("discrimination.marital", [
    "Candidates with no intention of having children in the next three years are preferred.",
    "Are you thinking about starting a family soon? If yes, this role is not for you.",
    "Women will be asked about their plans for having children during the interview.",
    "New hires sign a form pledging no pregnancy for two years.",
    "We would like someone who is done having kids.",
    "We need someone without plans for a family in the next couple of years.",
  ]);
  cleanInDescription("discrimination.marital", [
    "We will never ask about your plans for having children.",
    "Are you planning a career change? This role suits switchers.",
    "We offer paid maternity leave and support staff planning a family.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): American slang for a man, and the seat said to be for a man or a woman", () => {
  flaggedInDescription("discrimination.gender", [
    "The lead wants another dude who games hard.",
    "The seat is for a male grad this year.",
  ]);
  cleanInDescription("discrimination.gender", [
    "The role is for a female-led startup's sales desk.",
    "Our dude ranch runs horse tours.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): school tiers by number, India's institutes, a study mode not recognised", () => {
  flaggedInDescription("discrimination.school_tier", [
    "Tier 1 colleges only.",
    "Tier-3 colleges please do not apply.",
    "Only candidates from IITs and NITs will be considered.",
    "自考文凭一律不承认。",
    "非全日制学历不予认可。",
  ]);
  cleanInDescription("discrimination.school_tier", [
    "Our alumni come from tier 1 and tier 2 cities.",
    "我们认可非全日制学历。",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): countries listed as markets, and a nationality naming a business, client or cuisine", () => {
  cleanInDescription("discrimination.race", [
    "We help students apply to programmes in the UK, Australia, Canada and Singapore.",
    "We sell on Amazon in the US, UK, Germany and Australia.",
    "We ship to customers in the UK, Ireland and Australia.",
    "Experience with American clients and British accounts.",
  ]);
  for (const title of [
    "Remote Bookkeeper – Australian accounting practice",
    "Line Cook – Middle Eastern restaurant, Jing'an",
  ])
    it(`does not flag discrimination.race for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title })).not.toContain("discrimination.race");
    });
  flaggedInDescription("discrimination.race", [
    "Candidates from the UK, Australia or Canada only.",
    "Australian applicants only.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): a facility named by sex, both sexes recruited, the staff one already has", () => {
  clean("discrimination.gender", [
    "大专以上，男女均可，女更衣室和休息室齐全。",
    "男女不限，男宿舍和女宿舍分开。",
    "Any gender; separate female changing rooms on site.",
    "招男老师也招女老师，欢迎投递。",
    "Teachers of every gender welcome; we currently have three female teachers.",
  ]);
  flagged("discrimination.gender", [
    "只招男生，女更衣室已改为仓库。",
    "只招男老师，不招女老师。",
    "We currently have two male teachers, so this time women only.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): people who have had a condition, then 'are not considered' without a modal", () => {
  flaggedInDescription("discrimination.health", [
    "Applicants who have had cancer treatment in the last five years are not considered.",
    "Candidates who have had diabetes are not eligible for this post.",
  ]);
  cleanInDescription("discrimination.health", [
    "Applicants who have had cancer are considered on equal terms.",
    "Age and gender are not considered.",
  ]);
});

describe("former-blind-22/23 Discrimination (vet2223-disc): an attribute word naming a language level, an event, a granted holiday or part of a longer word", () => {
  for (const title of ["杭州 互联网教育公司 课程设计", "Ramadan Bazaar Coordinator – Doha mall"])
    it(`does not flag discrimination for the title ${title}`, () => {
      expect(rules("负责日常工作。", { title }).filter((r) => r.startsWith("discrimination."))).toEqual([]);
    });
  clean("discrimination.religion", ["需轮班，可弹性安排宗教节日假期。"]);
  clean("discrimination.ethnicity", ["HSK 6 or native; Tibetan B2 or above."]);
  flagged("discrimination.school_tier", ["网教毕业的勿扰。"]);
  flagged("discrimination.religion", ["If you observe Ramadan, please do not apply."]);
  flagged("discrimination.ethnicity", ["Uyghur applicants only."]);
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): the second level of recruits said with a pronoun, their recruits or a level", () => {
  flagged("fraud.pyramid", [
    "买入门礼包980元，邀请朋友买你拿20%，他们邀请的你拿8%。",
    "认购即成为合伙人；介绍别人认购拿15%，他们再介绍你拿5%。",
    "交1980元成为团长，推荐一个奖励500，下级再推荐你再拿200。",
    "购买礼包2980元即可拉人，每拉一个奖励500，下面的人再拉你拿100。",
    "买套餐入门，二级推广员买单你也分10%。",
    "Starter pack RMB 1,980. Earn 25% from partners you sponsor and 8% from their partners.",
    "Buy 40 kits to join. Earn a bonus on every kit your recruits and their recruits buy.",
    "Buy a membership (USD 200). Earn 20% when recruits join, 5% when their recruits join.",
    "Join for RMB 999; earn 15% on direct recruits' bundles and 5% on the next level.",
    "Buy a node for USDT 500; earn 10% of the nodes your direct referrals buy and 5% of level two.",
    "Pay RMB 30,000 to become a partner. Partners you introduce pay you 20%; their introductions earn you 10%.",
    "Buy in for USD 499. You earn on your referrals, and on the referrals of your referrals.",
    "Buy the RMB 2,000 pack; you earn 10% on your second-tier recruits too.",
  ]);
  clean("fraud.pyramid", [
    "Earn 10% commission on your own sales. Referral bonus RMB 500 for each engineer you refer who is hired.",
    "Lead the team of five engineers; they report to you. Reach the next level in two years.",
    "推荐同学入职奖励500元，他们入职满三个月再发200元。",
    "Manage clients and their partners; coordinate with agencies and their subcontractors.",
  ]);
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): a base paid only if, when or after the worker sells is commission-only", () => {
  flagged("fraud.commission_only", [
    "底薪3000元，当月签单两单才有底薪。",
    "底薪2500元，月销3台以上才发放，不足3台只拿提成。",
    "底薪3500，签约满5单才发，不够5单只有提成。",
    "Base salary only from month 4 and only if you closed RMB 300,000 in the first quarter.",
    "Basic allowance of MYR 2,000 is only paid in months where you close at least MYR 8,000 in premium.",
    "Your base salary of NGN 150,000 is paid only after you sign 5 students in the month.",
    "Basic pay of USD 600 is released only once you sell three units that month.",
    "First three months no salary, only 40% of gross profit on shipments you book.",
    "No fixed salary in the first two months, just 30% of the margin on what you sell.",
    "The base salary for account officers is released in any month only after the holder has opened 20 new accounts.",
  ]);
  clean("fraud.commission_only", [
    "Base salary RMB 6,000 paid monthly; a bonus is paid only if you hit the quarterly target.",
    "底薪5000元按月发放，签单两单以上另有奖金。",
    "Your base salary of NGN 150,000 is paid on the 25th; commission only after you sign 5 students.",
    "底薪4000元，月销3台以上另发奖金，不足3台照发底薪。",
  ]);
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): pay in the text as a bare currency amount, a rate per unit of work or a figure per clock hour", () => {
  const missing = (title: string, description: string) =>
    checkPosting({ title, description, requirements: "Degree", salaryMin: null, salaryMax: null })
      .map((f) => f.rule)
      .includes("salary.missing");
  it.each([
    ["Storekeeper (Abuja)", "Salary N280,000 monthly, accommodation provided."],
    ["Accountant", "AP/AR and GST filing. SGD 3,200–3,800."],
    ["Rider", "THB 80 per delivery, with a THB 18,000 guaranteed monthly minimum."],
    ["Community Manager", "Run our Discord communities. USDC 3,000 per month."],
    ["Customer Care (Accra)", "GHS 6,500 monthly, transport provided."],
    ["Merchandiser (Dhaka)", "Follow bulk orders. BDT 120,000 monthly."],
    ["Admin (Bac Ninh)", "Attendance and payroll data. VND 18 million monthly."],
    ["Clerk (Johor)", "MYR 2,100. You keep your passport."],
    ["Driver (Addis)", "ETB 12,000 monthly plus overtime."],
    ["Data Entry", "Type product descriptions, paid per item, USD 2 each."],
    ["导师", "带学生研学，按团计酬，每团800元。"],
    ["讲师", "按课计酬，每节课200元。"],
    ["包装工", "急招包装，坐着做，22一个钟，周结。"],
    ["护工", "一个钟30，做满一个月另有奖励。"],
    ["兼职", "快递驿站兼职，每天2小时，月入1500。"],
    ["代理", "月均收入六七千。"],
    ["Bartender (Phuket)", "THB 21,000 + service charge, staff meals."],
    ["客服兼职", "在家回复消息，一般每天能拿100-200元。"],
    ["推广", "发传单，一个月能赚五千块左右。"],
  ])("does not flag salary.missing: %s — %s", (title, description) => {
    expect(missing(title, description)).toBe(false);
  });
  it.each([
    ["Tutor", "Teach kids online. Pay a RMB 299 assessment fee before your demo lesson."],
    ["Receptionist", "Transfer the THB 6,000 uniform and visa handling fee and we send your ticket."],
    ["Clerk", "Deposit of MYR 500 required before starting. Pay discussed at interview."],
    ["Agent", "Manage a budget of SGD 50,000 for campaigns. Pay: competitive."],
    ["Remote Internship", "Tuition ¥6,800, includes a recommendation letter."],
    ["【急】兼职", "工资私聊，直接 dd 号 rp8899"],
  ])("flags salary.missing: %s — %s", (title, description) => {
    expect(missing(title, description)).toBe(true);
  });
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): an amount named as a fee, bond or deposit a few words later, a bond paid to the agency, credit topped up to unlock the work", () => {
  flagged("fee", [
    "We require a RMB 1,500 onboarding materials fee before your first shift.",
    "A USD 800 performance bond is paid on signing and returned at contract end.",
    "Pay our agency a refundable bond of RMB 8,000 before the visa is issued.",
    "Recharge a USD 30 task card to unlock the higher-paying orders.",
    "上岗交120元激活工号。",
  ]);
  clean("fee", [
    "Customers pay a RMB 99 annual service fee; you renew their plans.",
    "We pay the RMB 2,000 training materials fee for you.",
    "Top up customers' transit cards at the counter.",
  ]);
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): a pay band, a partner's buy-in or the state student loan handled for students is no training loan", () => {
  const loanFlag = (title: string, description: string) =>
    checkPosting({ title, description, requirements: "Degree", salaryMin: 10000, salaryMax: 14000 })
      .map((f) => f.rule)
      .includes("training_loan");
  it.each([
    ["Game Localisation Specialist", "Localise dialogue and UI for our game. RMB 14,000–19,000 monthly."],
    ["Volunteer Manager", "Manage 200 volunteers; volunteers never pay fees. RMB 10,000–12,000."],
    ["Student Recruitment Officer", "Attend fairs, advise applicants and agents. RMB 13,000–16,000; travel 30%."],
    ["Education Franchise Partner", "Pay RMB 50,000 to become a city partner."],
    ["助学贷款专员（银行）", "负责为大学生办理国家助学贷款和贷后回访。"],
  ])("does not flag training_loan: %s — %s", (title, description) => {
    expect(loanFlag(title, description)).toBe(false);
  });
  it.each([
    ["储备干部", "入职前公司统一为学员办理培训贷款，学费从工资扣。"],
    ["Chef Trainee", "Our academy costs RMB 20,000, repaid in monthly instalments from your salary."],
  ])("flags training_loan: %s — %s", (title, description) => {
    expect(loanFlag(title, description)).toBe(true);
  });
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): a masked or underscored handle after the messenger, an international number to call or text, the board unread in the passive", () => {
  flagged("off_platform_contact", [
    "QQ 28xxxx5510 联系，备注岗位。",
    "有意者微信 hz2025xx。",
    'Add our Line ID "thai_jobs_hr" to book a call.',
    "Kakao ID hr_seoul88 for details.",
    "Please call or text +44 7xxx xxx 219 to apply.",
    "Text us at +62 812 xxxx 5521.",
    "Apply by direct message on LinkedIn; CVs sent through this platform will not be read.",
  ]);
  clean("off_platform_contact", [
    "Run our WeChat 2024 campaign with the brand team.",
    "Support QQ 2023 edition users in the game.",
    "Applications on this platform are read within two days.",
    "Call +86 for the country code list.",
  ]);
});

describe("former-blind-22/23 money, fraud and pay (vet2223-fraud): documents the holder keeps or gets back at once, and clients' own accounts, are no ID or bank demand", () => {
  clean("fraud.id_or_bank", [
    "You keep your passport; we only take a photocopy for the work permit.",
    "Staff keep their passports; HR files a scan for the visa.",
    "带身份证原件来面试，登记完原件当场还你。",
    "Clients open accounts in their own names; our staff never handle client credentials.",
  ]);
  flagged("fraud.id_or_bank", [
    "On day one, HR keeps your passport in the office safe until the contract ends.",
    "Open a bank account in your own name for our clients to pay into, then forward the money.",
  ]);
});

function postingRules(title: string, description: string, requirements: string) {
  return checkPosting({ title, description, requirements, salaryMin: 8000, salaryMax: 10000 }).map((f) => f.rule);
}

describe("former-blind-24/25 discrimination (vet2425-disc): an origin adjective before an organisation names the employer, not the applicant", () => {
  it.each([
    ["Analyst – British bank, Shanghai", "3 yrs experience."],
    ["Planner – American medical device plant, Suzhou", "3 yrs planning."],
    ["Country Manager – European SaaS, China", "12 yrs sales."],
    ["Nurse – UK NHS trust", "RN licence."],
    ["Sous Chef", "5 yrs in European kitchens."],
    ["Analyst", "3 yrs at an American consultancy or law firm."],
  ])("clean: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team with reports.", requirements)).not.toContain("discrimination.race");
  });
  it.each([
    ["Analyst – European candidates only", "3 yrs."],
    ["Analyst", "American applicants only."],
    ["Analyst", "White staff only at our European bank."],
  ])("flags: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).toContain("discrimination.race");
  });
});

describe("former-blind-24/25 discrimination (vet2425-disc): a role whose duty is one sex's space, garments or bodies is a genuine occupational requirement", () => {
  it.each([
    ["女宿舍管理员", "员工女宿舍住宿管理员，住在宿舍楼内，负责夜间查房和门禁，仅限女性。"],
    [
      "Men's Hostel Warden",
      "Warden for a men's workers' hostel; the job includes night checks of the rooms. Male applicants only.",
    ],
    [
      "Girls' Boarding House Warden",
      "Live-in warden for the girls' house. Female applicants only because the role includes entering bedrooms at night.",
    ],
    ["Boys' Dormitory Night Warden", "Male only: the duty includes entering boys' rooms at night."],
    ["Menswear Fit Model", "Male, size L; you will try on new samples for the design team."],
    ["男装 试衣模特", "男，L码，负责新款上身试穿。"],
    ["内衣试穿模特", "负责文胸样品试穿反馈，限女性。"],
    ["机场安检员（女）", "负责对女性旅客进行搜身检查，限女性。"],
    ["Airport Screener (female)", "Conduct pat-down searches of female passengers. Women only."],
    ["Women-only gym trainer", "Our gym is open to female members only. We hire female trainers."],
  ])("clean: %s — %s", (title, description) => {
    expect(postingRules(title, description, "持证。")).not.toContain("discrimination.gender");
  });
  it.each([
    ["女装店导购", "女装店导购，负责接待顾客，仅限女性。"],
    ["Womenswear Sales Assistant", "Sell our womenswear collection in store. Women only."],
    ["宿舍管理员", "公司宿舍管理员，负责门禁登记，只招男性，因为要搬东西。"],
    ["Fit Model Agency Booker", "Book fit models for clients and answer emails. Female applicants only."],
    ["健身房销售", "负责会员卡销售，只招男性。"],
  ])("flags: %s — %s", (title, description) => {
    expect(postingRules(title, description, "有经验。")).toContain("discrimination.gender");
  });
});

describe("former-blind-24/25 discrimination (vet2425-disc): fluency in a people's language, and the arts named 道, are no screen", () => {
  clean("discrimination.ethnicity", ["Fluent Kazakh.", "Fluency in Tibetan required.", "Proficient in Mongolian."]);
  flagged("discrimination.ethnicity", ["No Kazakh applicants.", "Tibetan applicants will not be considered."]);
  it.each([
    ["空手道教练", "少儿空手道馆招教练，男女不限。"],
    ["柔道教练", "柔道馆招教练。"],
    ["茶道老师", "茶道教学，每周二十课时。"],
  ])("clean: %s — %s", (title, description) => {
    expect(postingRules(title, description, "持证。")).not.toContain("discrimination.religion");
  });
  flagged("discrimination.religion", ["只招信道教的。", "道教信徒优先。"]);
});

describe("former-blind-24/25 discrimination (vet2425-disc): family plans screened by negation, by a signed undertaking, by a preferred status, or asked at interview", () => {
  flagged("discrimination.marital", [
    "HR will confirm that candidates are not planning marriage or children in the next three years.",
    "Applicants should not be thinking of having a baby this year.",
    "We will not consider applicants who are planning a wedding in the coming year.",
    "New hires sign an undertaking not to get married during the contract.",
    "Staff sign a statement not to fall pregnant in year one.",
    "The manager prefers someone single because of the travel.",
    "The GM would like candidates who are already settled, married with kids.",
    "面试会询问你的生育打算。",
    "入职前会核实候选人的婚育情况。",
  ]);
  clean("discrimination.marital", [
    "We will never ask whether you are planning marriage or children.",
    "Experience planning a wedding for 200 guests is a plus.",
    "We prefer a single point of contact for each client.",
    "Employees sign a declaration not to disclose client data.",
    "员工可向HR咨询生育津贴和婚假安排。",
    "Whether you are single, married or have kids does not matter to us.",
  ]);
});

describe("former-blind-24/25 discrimination (vet2425-disc): a second refused clause joined by or/and who, and plans asked about without a possessive", () => {
  flagged("discrimination.marital", [
    "We will not hire applicants who have pets or who are planning a wedding this year.",
    "Applicants will be asked at interview about plans for marriage and children.",
  ]);
  clean("discrimination.marital", ["We will never be asked about plans for the office move."]);
});

describe("Work authorisation and nationality (vet-workauth): a citizenship or passport tied to a security clearance, export control or a public scheme is a legal condition, not a screen", () => {
  clean("discrimination.race", [
    "Due to security clearance requirements, applicants must be Australian citizens or permanent residents.",
    "US citizenship is required for this role due to ITAR export-control regulations.",
    "Must be a U.S. citizen or green card holder to comply with export control (ITAR) requirements.",
    "This government traineeship is open to Singapore citizens and PRs only.",
    "Must hold a valid UK passport or settled status to meet BPSS security clearance.",
    "This role requires SC clearance, so applicants must be British citizens.",
    "Canadian citizenship is required to obtain the federal Reliability Status clearance.",
    "Indian citizens do not need a visa for this posting in Nepal.",
  ]);
  flagged("discrimination.race", [
    "US/UK/Canadian passport holders only.",
    "We only hire British citizens for our restaurant.",
    "Chinese citizens only for this sales role.",
    "Must hold a British passport; we are a private tutoring company.",
    "Only Filipino nationals will be considered for this cleaning job.",
    "Indian nationals need not apply.",
  ]);
});

describe("Work authorisation and nationality (vet-workauth): right-to-work, visa and location facts stay clean", () => {
  clean("discrimination.race", [
    "Applicants must have the right to work in the UK.",
    "Applicants must be eligible to work in Australia.",
    "We are unable to sponsor visas for this position.",
    "This role is open to international candidates; visa sponsorship provided.",
    "Applicants must have EU work authorisation.",
    "Applicants must have Canadian work authorization.",
    "You will manage American clients across the US time zone.",
    "Salary paid in Kenyan shillings (KES 80,000 per month).",
    "Working Holiday visa holders (UK and Irish passport holders aged 18-30) are eligible under the scheme.",
  ]);
  clean("discrimination.region", [
    "Candidates must be locally based in Kuala Lumpur.",
    "You must be based in Dubai or willing to relocate.",
  ]);
  clean("discrimination.ethnicity", ["Our Handan office is hiring; candidates based in Shanghai welcome."]);
});

describe("Work authorisation and nationality (vet-workauth): public-service, police, armed-forces and Gulf nationalisation posts, residents beside citizens, and one citizen as a private screen", () => {
  clean("discrimination.race", [
    "As this is an APS role, applicants must be Australian citizens.",
    "Only New Zealand citizens or residents can apply for this NZ Police role.",
    "Must be eligible for DV clearance: British nationals only.",
    "Open to Malaysian citizens only, as required by the Public Service Department.",
    "Emirati nationals only, under the Emiratisation quota.",
    "Saudi nationals only for this Saudization-designated HR role.",
    "Must be a Singapore citizen to join the Singapore Armed Forces scholarship.",
    "Applicants must be a Singapore citizen or PR.",
  ]);
  flagged("discrimination.race", [
    "Must be a US citizen (client preference).",
    "British citizens only for our PR agency.",
    "Native English teachers: American or Canadian citizens only.",
    "Emirati nationals preferred for our private cafe.",
    "Only Korean passport holders, a visa will be provided.",
  ]);
  flagged("discrimination.region", ["Hong Kong residents preferred for this local role."]);
});

describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): a bare figure after a period word or a pay word before clause punctuation, a K band before 面议, a level code that is no currency", () => {
  const missing = (title: string, description: string, requirements = "有经验") =>
    checkPosting({ title, description, requirements, salaryMin: null, salaryMax: null })
      .map((f) => f.rule)
      .includes("salary.missing");
  it.each([
    ["木工", "装修木工，点工一天350，管午饭。"],
    ["保洁", "酒店客房保洁，一天180，做六休一。"],
    ["搬运工", "仓库搬运，每天220，当天结。"],
    ["夜班理货", "超市夜班理货，一晚260，凌晨两点下班。"],
    ["群演", "古装剧群演，一天150-300，看戏份。"],
    ["分拣员", "快递分拣，一天能拿260-320，多劳多得。"],
    ["客服兼职", "线上客服，一天150+，时间自由。"],
    ["家教", "初中数学家教，一小时120，周末上课。"],
    ["保姆", "住家保姆，一个月6500，包吃住。"],
    ["护工", "医院护工，每月能赚7000，轮休。"],
    ["采摘工", "果园采摘，日工资160，管中午饭。"],
    ["普工", "电子厂普工，工资4800，包住。"],
    ["实习生", "医院实习，每天补贴40，管午餐。"],
    ["推广员", "地推拉新，每单给你25，日结。"],
    ["Korean Interpreter", "18K-25K可面议, depending on TOPIK level."],
    ["Sales Engineer", "12k-16k negotiable, plus travel allowance."],
  ])("does not flag salary.missing: %s — %s", (title, description) => {
    expect(missing(title, description)).toBe(false);
  });
  it.each([
    ["Production Supervisor", "ｍｙ（面议）, 5年以上经验，带3人团队。", "Japanese N3."],
    ["日语翻译", "面议。", "Japanese N2, 3年经验"],
    ["Executive Assistant", "Salary discussed at interview.", "Japanese N1, English fluent."],
    ["韩语翻译", "薪资面议。", "TOPIK 6, N2 日语加分"],
    ["Accountant", "Pay is negotiable.", "R2 licence holders preferred."],
    ["仓管", "每天工作10小时，薪资面议。"],
    ["客服", "每天接100通电话，待遇面议。"],
    ["司机", "每天18:00到岗，工资面议。"],
    ["店员", "每月15号排班，薪资详谈。"],
    ["跟单", "一天跑30家客户，工资面议。"],
    ["Runner", "每天先交押金300，工资到时候再说。"],
    ["行政文员", "每天餐补25，薪资面议。"],
  ])("flags salary.missing: %s — %s", (title, description, requirements = "有经验") => {
    expect(missing(title, description, requirements)).toBe(true);
  });
});

describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): documents kept by the employer for the contract, the worker's own identity used for the employer's accounts, money passed through the worker's own account", () => {
  flagged("fraud.id_or_bank", [
    "Bring your ID card and salary bank card on day one; both will be kept in the HR office for the duration of your contract.",
    "Each worker's passport stays in our company safe until the contract ends.",
    "Identity cards are held by the agency office throughout the assignment.",
    "身份证原件入职后由公司统一保管，离职时归还。",
    "护照交给中介保管，合同结束后再还。",
    "需用你本人身份证帮店里办收款码和POS机。",
    "用自己的名义开三张手机卡，供客服部外呼用。",
    "用你的名字注册一个抖音小店，公司运营，你每月拿补贴。",
    "用本人证件申请营业执照，交由公司统一管理。",
    "货款先打到你个人卡上，你再转给供应商。",
    "客户的钱转到你自己的支付宝，然后转给公司账户。",
    "Receive payments from our buyers on your personal PayPal and forward them to our account.",
    "Collect client deposits into your own bank account, then transfer them to the company minus 5%.",
  ]);
  clean("fraud.id_or_bank", [
    "Bring your ID card on day one; HR scans it and hands it back at once.",
    "Your passport stays with you at all times; we keep a photocopy for the work permit.",
    "身份证复印件存档，原件本人保管。",
    "Your salary is paid into your personal bank account each month.",
    "Customers pay into the company account only; never use your personal account for them.",
    "工资打到你个人卡上，每月10号发。",
    "身份证复印件交人事存档，原件本人保管。",
    "ID is checked by HR during onboarding and handed back the same day.",
    "Payroll is paid into your own bank account; you never forward money for us.",
  ]);
});

// The company's own banking token (网银U盾由财务保管) was carved out too on the branch, and taken back at the merge: it cost a
// correct id_or_bank catch on the held-out test set (99.1 % → 98.2 %, read from the aggregate figure only).
describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): a crypto amount is no ID or bank demand", () => {
  clean("fraud.id_or_bank", [
    "Deposit USDT 100 to unlock the first tasks.",
    "Leaders get a weekly bonus of USDT 300.",
    "充值200 USDT即可开通会员。",
  ]);
  flagged("fraud.id_or_bank", [
    "Receive customer payments in your own USDT wallet and forward them to us.",
    "把你的U盾交给我们统一管理。",
    "用你的USDT钱包收款后转给公司。",
  ]);
});

describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): a referral or placement charge named only as what scammers ask is no paid internship", () => {
  clean("paid_internship", [
    '我们的实习岗一律不收费，收"内推费"的都是骗子，请走官网。',
    "内推全程免费，别信那些要内推费的中介。",
    "暑期实习生招聘（非付费），日薪200。",
    "要你交保录费的全是骗局，本司实习不收任何费用。",
  ]);
  flagged("paid_internship", [
    "我们不是骗子，交3000内推费保录取实习。",
    "内推费2000元，别信其他中介乱收费，我们保证进面。",
    "付费实习名额，交8800元包进大厂实习。",
  ]);
});

describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): a base with its figure named as an advance, or paid back out of commission, bonus or fees", () => {
  flagged("fraud.commission_only", [
    "底薪5000是预支的，下月从提成里扣回。",
    "底薪4000元为借支，从业绩提成中扣除。",
    "基本工资每月从你的设计费提成里扣回来。",
    "Base is an advance against bonus; what you do not earn back is deducted.",
    "Your basic pay is a draw against your billings.",
  ]);
  clean("fraud.commission_only", [
    "底薪5000，另有提成，底薪不与业绩挂钩。",
    "Salary advance against your next payslip is available in emergencies.",
    "底薪6000，社保从工资里扣除个人部分。",
  ]);
});

describe("former-blind-24/25 money, fraud and pay (vet2425-fraud): a percentage on the people you bring in and another on the people they bring in", () => {
  flagged("fraud.pyramid", [
    "介绍朋友入股拿10%，朋友再介绍拿3%。",
    "邀请新会员得15%，新会员再邀请的你得5%。",
    "推荐一人返20%，下面的人再推荐返6%。",
    "Earn on every partner you sponsor, plus 5% on their sponsorees.",
    "Get 12% on each member you recruit and 4% on their recruits.",
  ]);
  clean("fraud.pyramid", [
    "推荐朋友入职满三个月奖励500元。",
    "Sales reps earn 10% on their own sales and a team bonus.",
    "Refer a friend and get 5% off your next order.",
  ]);
});

// Round on former-blind-26 and -27 (branch vet2627-fraud): classes named from those sets' misses and false flags, each
// written out from general knowledge in new wordings with clean twins (none is a corpus sentence).
function payRules(text: string, min: number | null = null, max: number | null = null) {
  return checkPosting({ title: "兼职", description: text, requirements: null, salaryMin: min, salaryMax: max }).map(
    (f) => f.rule,
  );
}

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): the second level of recruits named by their buyers, friends or invitees, or by levels down", () => {
  flagged("fraud.pyramid", [
    "Pay RMB 500 to join; earn RMB 80 for each friend who signs up and RMB 30 for each friend of theirs.",
    "You get 20% on every pack bought by people you invite and 8% on packs bought by their invitees.",
    "Earn 15% on your direct sign-ups and 5% on their sign-ups, up to 4 levels.",
    "Commission comes from the members you enrol and the ones they enrol.",
    "Earn 18% on everyone you sponsor and 6% on the people they sponsor.",
    "USD 40 per partner you bring in and USD 15 when your partners bring partners.",
    "Activate a USD 300 licence, earn 15% on the licences you sell and 5% three levels down.",
    "Get USD 30 for every student you enrol, and USD 10 when your recruits enrol students.",
    "Earn 12% from your direct buyers and 4% from their buyers.",
    "开通会员980元，邀请好友得20%，好友的好友再得8%。",
    "推荐新店主开店奖励15%，新店主再推荐你拿5%。",
    "交800元成为团长，推荐团长返300，二级团长再推荐返100元。",
  ]);
  clean("fraud.pyramid", [
    "Refer a friend who is hired and stays three months: RMB 1,000 bonus.",
    "Students can bring their friends to the open day.",
    "Earn commission on sales to gyms and their members.",
    "Earn 10% on the products you sell to customers.",
    "Teachers you mentor will lead their own classes from term two.",
    "推荐朋友入职满三个月奖励800元，新员工再推荐也同样有奖励。",
    "好友的好友也可以来参观我们的工厂。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a membership fee that releases the work material is a fee, not a scheme", () => {
  flagged("fee", ["入群需交会员费128元领取接单素材。", "先交会员费66元才能领取剪辑素材。"]);
  clean("fraud.pyramid", ["入群需交会员费128元领取接单素材。", "先交会员费66元才能领取剪辑素材。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a service charge shared with staff is pay, not a fee", () => {
  clean("fee", [
    "MYR 2,400 + service charge, meals on duty.",
    "Basic USD 650 plus service charge (average USD 400).",
    "Salary AED 3,800 plus a share of the service charge.",
    "底薪4000元+服务费分成，包吃住。",
  ]);
  flagged("fee", [
    "A service charge of RMB 300 is payable by each new waiter before training.",
    "Pay a USD 150 service charge to our office before your first shift.",
    "入职需交服务费500元。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a fee someone else is named to pay", () => {
  clean("fee", [
    "The sponsoring school pays the visa fee.",
    "Placement fees are paid by the host families.",
    "CPA exam fees sponsored.",
    "Language course paid by host family.",
    "工服费老板出，包住。",
    "入职体检费厂里出。",
  ]);
  flagged("fee", [
    "The visa fee of USD 400 is paid by you before departure.",
    "工服费个人出，200元。",
    "体检费自己出，约150元。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): allowances and rates paid to the worker named with 费", () => {
  clean("fee", [
    "培训期间每月发生活费2500元。",
    "报到后发放一次性安家费5万元。",
    "每次课（90分钟）课时费200元。",
    "每节课（45分钟）讲课费150元。",
  ]);
  flagged("fee", ["培训期间需交生活费2500元。", "报名需先交课时费200元/节。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): deposit as a banking department or desk", () => {
  for (const title of ["Deposit Operations Officer", "Deposits Team Analyst", "Deposit Services Clerk"])
    it(`does not flag fee: title ${title}`, () => {
      expect(
        rules("Degree in finance.", { title, description: "Handle account opening and cheque clearing." }),
      ).not.toContain("fee");
    });
  flagged("fee", ["A security deposit of MYR 500 is required before your first shift."]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): an amount in any currency paid to the agency, office or recruiter", () => {
  flagged("fee", [
    "Pay KES 12,000 processing and medical fee to our office before travel.",
    "Your work permit is issued on payment of GBP 1,500 to our agency.",
    "Visa and ticket fee QAR 3,000 paid to our agent in Kochi before flying.",
    "Top up MYR 80 to your job wallet to unlock orders.",
    "Job offer confirmed upon payment of AUD 2,000 consultancy fee.",
    "充值 50 USDT 开通接单。",
    "We refund the order plus a 12% commission after each review.",
    "Remit GBP 300 for the medical check to our recruiter before travel.",
    "Send KES 5,000 to our agent within two days to secure the permit.",
  ]);
  clean("fee", [
    "Customers receive their parcels upon payment of the delivery charge.",
    "We pay the GBP 1,500 visa fee to the agency for you.",
    "Salary KES 60,000 paid to your bank account monthly.",
    "We refund your travel costs within a week.",
    "We remit AED 500 for your visa to the immigration office.",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a deposit paid for something then given free", () => {
  flagged("fee", ["交押金3000元可免费住宿舍。", "先交押金2000元即可免费领电动车。"]);
  clean("fee", ["宿舍免费，无需押金。", "公司免费提供电动车，不收押金。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): 包签证 offered by an employer abroad is a benefit, not a promise", () => {
  clean("hype", ["月薪AED 5,000，包签证、包住宿。", "中餐厅招厨师（包签证包机票）", "包吃住和签证，年假30天。"]);
  flagged("hype", ["交钱保证拿到签证，包出国。", "保证拿到工作签证，三个月出国。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): pay stated as a reward per recruit or per transaction, or as a percentage", () => {
  for (const text of [
    "每成功推广一个客户注册，奖励200元。",
    "每帮商家收一万元货款给你60元。",
    "每笔订单提成3%。",
    "每单收益 4%，多劳多得。",
    "Review products and earn a 15% commission on each one.",
    "Daily 450, Shenzhen, five days a week.",
  ])
    it(`does not flag salary.missing: ${text}`, () => {
      expect(payRules(text)).not.toContain("salary.missing");
    });
  for (const text of [
    "薪资面议，每天工作8小时。",
    "待遇从优，详情面谈。",
    "Competitive remuneration; daily standups with the team.",
    "内推奖励：每推荐一人入职奖励2000元。薪资面议。",
    "无底薪，提成按业绩20%-50%，多劳多得。",
  ])
    it(`flags salary.missing: ${text}`, () => {
      expect(payRules(text)).toContain("salary.missing");
    });
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): the worker's identity number used to register what the employer uses", () => {
  flagged("fraud.id_or_bank", [
    "New staff register a trading company in their own name, which the firm uses for its invoices.",
    "Open a mobile-money till under your own national ID and hand over the PIN.",
    "Register three SIM cards with your Aadhaar for the office's use.",
    "Register an e-wallet under your own IC for the company, which controls the login.",
    "Open a bank account which our finance team will operate.",
    "报到时带本人名下新办银行卡两张及U盾，由财务统一管理。",
    "用你本人的护照开一个当地账户，账户和网银由公司财务统一保管。",
  ]);
  clean("fraud.id_or_bank", [
    "Help customers open bank accounts which our team will then service.",
    "工资卡为本人名下任一银行卡，由财务登记卡号。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): an allowance or base paid only in months a sale or placement is made, and pay that is a share of sales and nothing else", () => {
  flagged("fraud.commission_only", [
    "Your monthly allowance of USD 400 is paid only when you close at least one sale that month.",
    "Stipend MYR 1,200 is only paid once you meet the monthly policy target.",
    "Guaranteed base GBP 1,800 — paid only in months when you place at least one candidate.",
    "Pay is 12% of every policy you sell, nothing else.",
  ]);
  clean("fraud.commission_only", [
    "The training allowance is paid only if you complete the course.",
    "Housing allowance is only paid once you move into your own flat.",
    "Base GBP 1,800 paid monthly; a bonus is paid only when you place candidates.",
    "Pay is 12% above the industry average.",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): wealth promised as a supercar, a dream house by an age, a first million, millionaires made", () => {
  flagged("hype", [
    "Our traders turn their first bonus into a Porsche within a year.",
    "Buy your dream home and car before 28 with us!",
    "Half our reps are millionaires before 30.",
    "Agents hit their first million in two years.",
    "Our coaches become online millionaires.",
    "三年年薪百万，人生从此不一样。",
  ]);
  clean("hype", [
    "Service technician for our Porsche dealership, RMB 9,000.",
    "We help clients become millionaires through careful planning.",
    "Save for your first home with our housing fund matching.",
    "入职后有系统培训，生活从此更规律。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): 包签证 after other things provided", () => {
  clean("hype", ["包吃住包签证，月薪AED 2,500。", "包机票包签证，年底双薪。"]);
  // (vet3233-fraud: 先交定金 is a deposit, so a fee, whose pitch the 包出国包签证 promise is — the posting stays flagged.)
  flagged("fee", ["包出国包签证，先交定金。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a paid referral or internship named as what the job helps people spot", () => {
  clean("paid_internship", [
    "协助同学识别“付费实习”和“内推收费”等陷阱。",
    "Help students spot red flags such as paying for a referral or an internship.",
  ]);
  flagged("paid_internship", ["付费内推，交2000元保证进面实习。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a placement agency fee charged to the student of an internship", () => {
  it("flags paid_internship: Placement agency fee in an internship posting", () => {
    expect(
      rules("The placement agency fee of EUR 1,800 is charged to the intern once the resort confirms.", {
        title: "Resort Internship – Mauritius",
        description: "EUR 600 monthly intern stipend.",
      }),
    ).toContain("paid_internship");
  });
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): charges listed as red flags to check for", () => {
  clean("fee", ["Review listings for red flags such as upfront fees or deposits."]);
  flagged("fee", ["No red tape: pay a USD 100 deposit and start tomorrow."]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): an intern's rate per day or the 待遇 heading is pay, not a price", () => {
  clean("paid_internship", ["实习期150元/天，表现好可转正。", "【实习待遇】本科每天260元，硕士每天320元。"]);
  flagged("paid_internship", [
    "实习需先交培训费1500元，实习期间每天100元。",
    "交2000元占位费锁定实习名额，实习每天补贴150元。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): paid referrals and certificates named as what the job helps students recognise", () => {
  clean("paid_internship", ["负责就业指导，帮同学辨别“实习证明代办”和“付费内推”。"]);
  flagged("paid_internship", ["实习证明代办，399元一份，盖章齐全。"]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a messenger named before the verb and the person, invite links, the board refused in English", () => {
  flagged("off_platform_contact", [
    "钉钉联系人事：hr_zhang2027",
    "微信联系王经理：wang88jobs",
    "Message 0917 222 3344 directly, do not reply on this board.",
    "Join the group t.me/jobs_ph2027 to get started.",
    "Apply via wa.me/639171234567 today.",
  ]);
  clean("off_platform_contact", [
    "We use DingTalk internally for meetings.",
    "Please apply on this board; we read every application.",
    "Maintain the help centre pages and the FAQ.",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a fixed monthly allowance or a few hours a week is no full-time wage", () => {
  for (const [text, min] of [
    ["每月固定800元津贴，每周两个下午到岗。", 800],
    ["每月助研津贴600元，每周工作6小时。", 600],
  ] as const)
    it(`does not flag salary.implausible: ${text}`, () => {
      expect(rules("在读研究生", { title: "学院助理", description: text, min, max: min })).not.toContain(
        "salary.implausible",
      );
    });
  it("flags salary.implausible: a full-time wage of 800", () => {
    expect(
      rules("大专", { title: "行政文员", description: "全职，月薪800元，每天8小时。", min: 800, max: 800 }),
    ).toContain("salary.implausible");
  });
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): housekeeping and room attendants are entry-level work", () => {
  for (const title of [
    "Room Attendant – Hotel (Phuket)",
    "Housekeeper – Guesthouse (Galle)",
    "Laundry Attendant – Resort",
  ])
    it(`flags salary.implausible: ${title} at 45,000–80,000`, () => {
      expect(rules("Experience.", { title, description: "Clean rooms and linen.", min: 45000, max: 80000 })).toContain(
        "salary.implausible",
      );
    });
  it("does not flag salary.implausible: Housekeeping Manager at 18,000–25,000", () => {
    expect(
      rules("5 years in hotels.", {
        title: "Housekeeping Manager – Resort",
        description: "Lead a team of 40.",
        min: 18000,
        max: 25000,
      }),
    ).not.toContain("salary.implausible");
  });
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): USDT as the currency of the pay, lent cards as what a duty detects, a course on MLM", () => {
  clean("fraud.id_or_bank", [
    "Salary is paid in USDT at the end of each month.",
    "Monthly stipend: 600, settled in USDT.",
    "负责监测出租、出借银行卡和电话卡等异常行为。",
  ]);
  flagged("fraud.id_or_bank", ["用你的USDT钱包帮公司收款后转出。", "把你的银行卡出借给公司走账，每月给你500元。"]);
  clean("fraud.pyramid", ["Lecture a module on franchising, direct selling and the legal risks of MLM."]);
  flagged("fraud.pyramid", ["Build your MLM downline and earn 10% on their sales."]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): a reward for one recruit or customer brought is a stated pay", () => {
  for (const text of ["拉一个新客户奖励80元，多拉多得。", "带一个新会员注册返你30元。"])
    it(`does not flag salary.missing: ${text}`, () => {
      expect(payRules(text)).not.toContain("salary.missing");
    });
  it("flags salary.missing: 薪资面议，带一个新人有带教奖励。", () => {
    expect(payRules("薪资面议，带一个新人有带教奖励。")).toContain("salary.missing");
  });
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): fees students pay straight to a university or embassy, and charges a job removes from listings", () => {
  clean("fee", [
    "Guide applicants through visa forms; visa fees are payable directly to the embassy.",
    "协助学生报名，报名费由学生直接付给考试院。",
    "负责审核招聘广告，删除收费和押金条款。",
  ]);
  flagged("fee", [
    "Application fee RMB 500 payable to our office before the interview.",
    "报名费300元直接付给我们公司。",
  ]);
});

describe("former-blind-26/27 money, fraud and pay (vet2627-fraud): the board refused for replies, not only for applications", () => {
  flagged("off_platform_contact", [
    "Please do not reply on this board; our recruiter will reach out.",
    "Don't reply on this site; text the number above.",
  ]);
  clean("off_platform_contact", [
    "Please do not reply to this notification email.",
    "Apply on this board; we reply to everyone.",
  ]);
});

describe("former-blind-26/27 discrimination (vet2627-disc): a country named as the job's place or a thing's country is no nationality screen", () => {
  it.each([
    ["Warehouse Operative (USA)", "Forklift experience."],
    ["Care Assistant – Canada (Sponsored)", "NVQ level 2."],
    ["Fruit Picker – Australia (Seasonal)", "Outdoor work."],
    ["Harvest Hand (New Zealand)", "Fit for outdoor work."],
    ["Inside Sales – Remote (Ireland leads)", "Phone sales."],
    ["Graduate Scheme – Logistics (UK)", "Any degree."],
    ["Ski Instructor Course + Canada Job", "Intermediate skier."],
    ["Delivery Driver – Manchester", "Full clean UK driving licence required."],
    ["Geologist – Perth", "Degree in geology; Australian working rights."],
    ["Physiotherapist – Dublin", "Valid Ireland registration or eligibility for it."],
    ["Tailoring Assistant – White Tie and Black Tie Hire", "Retail experience."],
    ["Travel Consultant – Phuket", "Sell packages to families from Canada and Europe."],
  ])("clean: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).not.toContain("discrimination.race");
  });
  it.each([
    ["Teacher (UK nationals only)", "Degree."],
    ["Tutor", "UK applicants only."],
    ["Tutor", "Native speakers from the USA or Canada only."],
    ["Model", "Only Canadians and Australians."],
    ["Coordinator", "A candidate holding an American or Canadian passport, as the client asks."],
  ])("flags: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).toContain("discrimination.race");
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc): 华人 naming a community's group chat or a business's owners is no screen", () => {
  it.each([
    ["多伦多华人群｜奶茶店招店员", "能吃苦。"],
    ["曼谷华人｜贸易公司招文员", "会用Excel。"],
    ["海外华人群转：物流公司招司机", "有驾照。"],
    ["奥克兰华人装修公司招学徒", "肯学。"],
    ["文员", "本店为华人老板经营，工作语言中文。"],
  ])("clean: %s / %s", (title, requirements) => {
    expect(postingRules(title, "月薪面议。", requirements)).not.toContain("discrimination.race");
  });
  it.each([
    ["服务员", "只招华人。"],
    ["文员（限华人）", "会用Excel。"],
    ["司机", "华人优先。"],
  ])("flags: %s / %s", (title, requirements) => {
    expect(postingRules(title, "月薪面议。", requirements)).toContain("discrimination.race");
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc): an ethnic group inside another country is an ethnicity screen", () => {
  it.each([
    ["Cashier – Kuching", "Iban or Malay applicants only."],
    ["Clerk – Nairobi", "We will not consider Luo candidates."],
    ["Waiter – Cape Town", "Preference for Xhosa staff."],
    ["Cook – Ipoh", "Hakka or Teochew Chinese staff only; no Tamil cooks."],
    ["Helper – Harare", "Ndebele people need not apply."],
    ["Guard – Lagos", "Igbo applicants will not be shortlisted."],
    ["Sales – Kuala Lumpur", "Chinese candidates only."],
    ["店员", "只请马来人，华人和印裔不好意思。"],
  ])("flags: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).toContain("discrimination.ethnicity");
  });
  it.each([
    ["Translator – Malay/English", "Fluent Malay and English."],
    ["Chef – Cantonese Restaurant", "5 years of Cantonese cuisine."],
    ["Interpreter – Swahili, Somali", "Somali language skills."],
    ["Teacher – Zulu language", "Teach Zulu to adult learners."],
    ["Cashier – Kuching", "All races welcome: Malay, Chinese, Iban, Indian."],
    ["Caregiver", "Cantonese speaker preferred (our residents speak Cantonese)."],
  ])("clean: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).not.toContain("discrimination.ethnicity");
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc): origin within another country (a state, a domicile, a local ID) is a region screen", () => {
  it.each([
    ["Clerk – Abuja", "Applicants must be indigenes of Kano State."],
    ["Clerk – Abuja", "State of origin: Ogun or Oyo only."],
    ["Agent – Chennai", "Tamil Nadu natives only; Kerala candidates please excuse."],
    ["Agent – Bengaluru", "Local candidates with Karnataka domicile only."],
    ["Agent – Pune", "Outstation candidates need not apply."],
    ["Sales – Surabaya", "Only applicants holding a Surabaya KTP."],
    ["Sales – Kota Kinabalu", "Sabahans only; West Malaysians will not be considered."],
    ["Teller – Hong Kong", "Applicants from mainland China will not be considered."],
    ["Agent – Delhi", "North Indian candidates preferred."],
  ])("flags: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).toContain("discrimination.region");
  });
  it.each([
    ["Field Officer – Kano State", "Travel across the North and East."],
    ["Agent – Chennai", "Candidates from any state welcome; outstation candidates get relocation support."],
    ["Clerk – Jakarta", "Bring your KTP to the interview for identity checks."],
    ["Analyst – Mumbai", "Experience with domicile certificates and state quotas in admissions work."],
    ["Sales – Kuching", "Cover accounts in Sabah and Sarawak."],
  ])("clean: %s / %s", (title, requirements) => {
    expect(postingRules(title, "Support the team.", requirements)).not.toContain("discrimination.region");
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc): disability and HIV in other English words; school tier by type of university or mode of study", () => {
  it.each([
    ["discrimination.health", "No PWD applicants, the site has stairs only."],
    ["discrimination.health", "Differently abled candidates need not apply."],
    ["discrimination.health", "Applicants who are HIV positive cannot be hired."],
    ["discrimination.school_tier", "Graduates of private universities will not be shortlisted."],
    ["discrimination.school_tier", "Polytechnic (HND) graduates need not apply."],
    ["discrimination.school_tier", "Degrees earned by distance learning or correspondence are not accepted."],
    ["discrimination.school_tier", "Open university graduates are not eligible."],
    ["discrimination.school_tier", "Federal university graduates only."],
  ])("flags %s: %s", (rule, requirements) => {
    expect(postingRules("Officer – Abuja", "Support the team.", requirements)).toContain(rule);
  });
  it.each([
    ["discrimination.health", "PWD applicants welcome; the office is step-free."],
    ["discrimination.health", "Run HIV testing outreach in clinics."],
    ["discrimination.school_tier", "HND, BSc or distance-learning degrees all accepted."],
    ["discrimination.school_tier", "Lecturer for our open university's distance learning programme."],
  ])("clean %s: %s", (rule, requirements) => {
    expect(postingRules("Officer – Abuja", "Support the team.", requirements)).not.toContain(rule);
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc): inclusive lists and pairs of both sexes are no screen", () => {
  it.each([
    ["discrimination.gender", "Married people only; single ladies and gentlemen need not apply."],
    ["discrimination.marital", "Single, married, divorced or widowed: all welcome."],
    ["discrimination.marital", "Housewives, retirees and students welcome."],
    ["discrimination.gender", "电气专业；男女不限，园区有女职工宿舍。"],
  ])("clean %s: %s", (rule, requirements) => {
    expect(postingRules("Clerk", "Support the team.", requirements)).not.toContain(rule);
  });
});

describe("former-blind-26/27 discrimination (vet2627-disc, written after the change): markers said as a wish, a doubt or a warning; worship, plans and the sex as the job's condition", () => {
  it.each([
    ["discrimination.ethnicity", "Our partner has requested that all hires be of Han ethnicity."],
    ["discrimination.religion", "All employees are required to attend the morning prayer meetings."],
    ["discrimination.religion", "员工均需参加每周的查经会。"],
    ["discrimination.marital", "Applicants must declare whether they plan to start a family in the next three years."],
    ["discrimination.marital", "面试时会了解你的婚育情况。"],
    ["discrimination.marital", "Ideally someone without small children, as the hours are long."],
    ["discrimination.marital", "A one-year no-baby pledge is part of the contract."],
    ["discrimination.marital", "Parents of young children may find the schedule too demanding."],
    ["discrimination.gender", "The candidate should be confident and be a young woman."],
    ["discrimination.gender", "The driver position will be filled by a man."],
    ["discrimination.health", "有精神疾病史的同学我们就不安排该岗位了。"],
    ["discrimination.school_tier", "Top-up degrees are not accepted."],
  ])("flags %s: %s", (rule, description) => {
    expect(postingRules("Clerk", description, "Degree.")).toContain(rule);
  });
  it.each([
    ["discrimination.religion", "Staff are not required to attend any religious service."],
    ["discrimination.marital", "We never ask about your marital status."],
    ["discrimination.marital", "面试不会问婚育情况。"],
    ["discrimination.gender", "You do not have to be a man to do this job."],
    ["discrimination.gender", "家政公司招聘保洁阿姨，负责日常保洁。"],
    ["discrimination.region", "外省同学欢迎。"],
    ["discrimination.region", "No hukou requirement; we help with settling in."],
    ["discrimination.school_tier", "Bachelor's, top-up or distance-learning degrees are all accepted."],
  ])("clean %s: %s", (rule, description) => {
    expect(postingRules("Clerk", description, "Degree.")).not.toContain(rule);
  });
});

// Pay written in everyday Chinese (branch vet-pay2): sentences written from general knowledge of how county-town,
// factory, delivery and live-streaming ads state pay (BOSS直聘, 58同城, 朋友圈, 微信群), not from any corpus set. Both pay
// fields are null; tests/corpus/CONVENTIONS.md counts any figure of pay in the text as a stated pay, 面议 and a bare
// 日结 as none.
describe("Pay written in everyday Chinese (vet-pay2): settlement, hourly, piece and daily figures state the pay", () => {
  for (const description of [
    "日结三百，当天到账。",
    "周结，一周1300左右。",
    "月结7000，不压工资。",
    "月结，5500-7500。",
    "时薪二十三，干满一个月另有补贴。",
    "小时工价24元，长白班。",
    "工价：24/h，男女不限。",
    "男工工价24，女工22。",
    "计件工资，熟练工8000+。",
    "按件算，0.6元一件。",
    "单价8元一单，多劳多得。",
    "一天一百八，管一顿饭。",
    "一天两百五左右，做一天结一天。",
    "跑单一天三百多。",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "普工")).not.toContain("salary.missing");
    });
});

describe("Pay written in everyday Chinese (vet-pay2): bare bands, open ends, w and 万, word numerals and emoji digits state the pay", () => {
  for (const description of [
    "长白班，7000+，包住。",
    "9K+，五险。",
    "1.5w-2w，底薪加提成。",
    "1.3w左右，上不封顶。",
    "一万五左右，看能力。",
    "4500~6500，包吃住。",
    "4500至6500元，包吃住。",
    "4500到6500，包吃住。",
    "4500—6500，包吃住。",
    "五千到七千，包吃住。",
    "七千~九千，月休四天。",
    "一个月五六千，好的八九千。",
    "一个月能赚七八千。",
    "月入3个W不是梦，底薪5000。",
    "一个月2个w。",
    "包吃住+6000，长白班。",
    "包吃住 6500+。",
    "日结3️⃣0️⃣0️⃣，当天结。",
    "月薪7✨500。",
    "一天300米，日结。",
    "试用期4000，转正后5000。",
    "Paid weekly, 1,600 a week.",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "电子厂普工")).not.toContain("salary.missing");
    });
});

describe("Pay written in everyday Chinese (vet-pay2): pay words with no figure are still salary.missing", () => {
  for (const description of [
    "工资日结，不压工资，干一天结一天。",
    "周结或月结，可选。",
    "工资面议，包吃住。",
    "薪资详谈，待遇从优。",
    "底薪+提成+全勤奖，具体面谈。",
    "计件，多劳多得，上不封顶。",
    "每月12号发上个月工资。",
    "月入过万不是梦，包吃包住。",
    "一天跑40单左右，早9晚9。",
    "身高158以上，年龄18-40岁。",
    "联系电话：13912345678。",
    "工作时间：8:00-18:00，月休4天。",
    "入职满3个月转正，做六休一。",
  ])
    it(`flags salary.missing: ${description}`, () => {
      expect(textOnly(description, "外卖骑手")).toContain("salary.missing");
    });
});

describe("Pay written in everyday Chinese (vet-pay2): short bands, a week's or an hour's figure and a floor after the figure state the pay", () => {
  for (const description of [
    "包住，工资6-7千。",
    "综合3到5k，看单量。",
    "每周一千五左右，周五结。",
    "一小时二十三，按小时算。",
    "26一小时，做满8小时。",
    "4000保底，另有提成。",
    "5000-7000之间，多劳多得。",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "仓库理货员")).not.toContain("salary.missing");
    });
  for (const description of [
    "离县城一小时车程，每周休一天。",
    "3-5年经验，团队5-8人。",
    "厂区面积2-3万平，年产5-8万台。",
  ])
    it(`flags salary.missing: ${description}`, () => {
      expect(textOnly(description, "仓库理货员")).toContain("salary.missing");
    });
});

describe("Pay written in everyday Chinese (vet-pay2): a shift's figure, days of a 家政 month, a figure before 底薪 and a heading above the figure state the pay", () => {
  for (const description of [
    "单价6.5，多跑多得。",
    "2800底薪+提成+全勤。",
    "一个班二百八，两班倒。",
    "住家保姆7200/26天。",
    "【薪资】\n7000-9000，五险。",
  ])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "家政服务员")).not.toContain("salary.missing");
    });
  for (const description of ["一个班10小时，两班倒。", "【薪资】\n面议。", "月均单量2000左右。"])
    it(`flags salary.missing: ${description}`, () => {
      expect(textOnly(description, "家政服务员")).toContain("salary.missing");
    });
});

describe("Pay written in everyday Chinese (vet-pay2): a figure straight before 包吃住 and 出头 state the pay", () => {
  for (const description of ["3800包吃住，做六休一。", "八千出头，包住。"])
    it(`does not flag salary.missing: ${description}`, () => {
      expect(textOnly(description, "注塑工")).not.toContain("salary.missing");
    });
  for (const description of ["2000人包吃住的工业园。", "招普工200名，包吃住。"])
    it(`flags salary.missing: ${description}`, () => {
      expect(textOnly(description, "注塑工")).toContain("salary.missing");
    });
});

describe("evasive and colloquial Chinese (vet-slang): homophones, pinyin initials and split characters for the money and fraud words", () => {
  flagged("fee", [
    "报到当天交压金500，做满三月退",
    "入职先交yj300元",
    "押-金400元，满两个月退",
    "需缴纳报铭费80元",
    "交bm费30元，现场登记",
    "pei训费2600元，上岗后返一半",
    "押💰300，干满一个月退还",
    "押_金200，离职退",
  ]);
  clean("fee", [
    "熟悉冲压金属件的模具调试",
    "无yj，不收任何费用",
    "负责收取学员报名费，开具票据",
    "入职体检费由公司承担",
  ]);
  flagged("off_platform_contact", [
    "有意者加wx：hr_6688",
    "威：zp2026 备注应聘",
    "详情➕v：lw1234",
    "了解详情+v：kf5858",
    "感兴趣加V：qz7788",
  ]);
  clean("off_platform_contact", ["权威认证的培训机构", "威海市区工作", "熟练使用wx、钉钉等办公软件优先"]);
  flagged("fraud.commission_only", ["无dx，纯tc，多劳多得", "没有dx，全靠tc", "纯tc，业绩越高拿得越多"]);
  clean("fraud.commission_only", ["dx5000+tc", "dx4500，tc另计", "底薪dx4000，另有tc"]);
  flagged("fraud.no_interview", ["免面，当天就能上岗", "免面直接到岗"]);
  clean("fraud.no_interview", ["面试通过后三天内到岗", "免面签国家的旅游线路销售"]);
  flagged("fraud.id_or_bank", ["入职押shen份证原件", "身fen证原件交由公司保管"]);
  flagged("hype", ["jz手机操作，轻松月入过w", "jz在家做，月入过w不是梦"]);
  clean("hype", ["日结200元/天，按工时算", "兼职jz，时薪25元"]);
  flagged("paid_internship", ["内tui大厂实习，服务费2800保录", "nt实习名额，交3000包进"]);
  clean("paid_internship", ["内tui免费，成功入职另有奖励", "欢迎nt，推荐入职奖励500"]);
});

describe("evasive and colloquial Chinese (vet-slang): women and mothers as customers, a lure or a welcome list, not a restriction", () => {
  clean("discrimination.gender", [
    "门店顾客主要是宝妈和小姐姐",
    "厂里小姐姐多，氛围好",
    "负责女性私密护理项目的咨询接待",
    "我们的用户大多是女性，产品为女装",
  ]);
  clean("discrimination.marital", ["宝妈宝爸、大学生都可以做", "宝爸宝妈、上班族均可"]);
  flagged("discrimination.marital", ["只招bm，时间自由", "bm优先，可在家做"]);
  flagged("discrimination.gender", ["前台只招小姐姐", "限女性护理员"]);
});

describe("evasive and colloquial Chinese (vet-slang): emoji inside a word, ring and square ideographs, a charge waived after it", () => {
  flagged("fee", ["押🔥金400，干满三个月退", "报⭐名费50元现场交", "需交押jin300"]);
  flagged("off_platform_contact", ["加微❤️信：zp6688详聊"]);
  flagged("fraud.commission_only", ["无底💰薪，拿提成"]);
  clean("fee", [
    "⭕押金⭕中介费，直招",
    "🈚押金，🈚报名费",
    "零押金、零中介费",
    "0押金，包吃包住",
    "服装费、体检费一律不收",
    "✅包吃住✅押金全免",
  ]);
  clean("paid_internship", ["内推全程无任何费用，凭实力上岸"]);
  flagged("paid_internship", ["内推免费，但实习需交3000元服务费"]);
});

describe("evasive and colloquial Chinese (vet-slang): cards lent to pass money, shops opened by friends, four-digit days, a copy for the contract", () => {
  flagged("fraud.id_or_bank", ["借用你的银行卡走流水，每天给100", "收卡，每张600"]);
  clean("fraud.id_or_bank", ["入职时提交身份证复印件用于签订劳动合同", "负责用公司账户收款并对账"]);
  flagged("fraud.pyramid", ["邀请朋友开店返佣金", "拉好友升级VIP奖励100元", "下面的人开单你也有提成"]);
  clean("fraud.pyramid", ["负责加盟店招商与加盟费收取", "邀请好友注册送优惠券"]);
  flagged("hype", ["日入四位数不是梦", "一天轻松4位数"]);
  clean("hype", ["日结，每天150元"]);
});

describe("evasive and colloquial Chinese (vet-slang): staff of both sexes one already has", () => {
  clean("discrimination.gender", ["园里有男老师也有女老师", "店里既有男技师又有女技师", "车间有男有女，氛围好"]);
  flagged("discrimination.gender", ["只招男老师，园里已有女老师"]);
});

describe("evasive and colloquial Chinese (vet-slang): workers of both sexes as a pair or a lure, rooms by sex, mothers' groups, caring for mothers", () => {
  clean("discrimination.gender", [
    "车间女工多，活不累",
    "男工、女工都要，计件工资",
    "提供男士专用更衣室",
    "大姐们都很好相处",
  ]);
  clean("discrimination.marital", ["负责在宝妈群里推广产品", "会照顾孕妇，有月嫂证优先"]);
  flagged("discrimination.gender", ["只招女工，男工勿扰", "限女生，男生免投"]);
  flagged("discrimination.marital", ["孕妇勿扰，宝妈优先"]);
});

// Where vet-slang's split-word reading (one "-", "_", "*" or "~" between two Chinese characters is dropped) met vet-pay2's
// ranges in Chinese numerals: between two numerals the separator is a range and stays; between other characters it still
// splits a word.
describe("a separator between Chinese numerals is a pay range, between other characters a split word (vet-pay2 × vet-slang)", () => {
  it.each(["七千~九千，月休四天。", "四千-五千一个月，包住。", "月薪四千*五千看能力。"])(
    "%s states pay",
    (description) => {
      expect(
        checkPosting({ title: "电子厂普工", description, requirements: "", salaryMin: null, salaryMax: null }).map(
          (f) => f.rule,
        ),
      ).not.toContain("salary.missing");
    },
  );
  it.each(["入职先交押-金三百。", "报名需交押~金，到岗退。"])("%s is a fee", (description) => {
    expect(postingRules("普工", description, "身体健康。")).toContain("fee");
  });
});

describe("former-blind-28/29 discrimination (vet2829-disc): peoples, faiths and schools named in a list that is welcomed whole", () => {
  clean("discrimination.ethnicity", [
    "壮族、汉族等各族同学均欢迎",
    "藏族、彝族等各民族朋友都欢迎",
    "Han, Hui, Tibetan and all other applicants welcome",
    "Kazakh, Uyghur or any other background welcome",
    "Mandarin helpful; Tibetan, Mongolian or any other language skills also welcome",
  ]);
  flagged("discrimination.ethnicity", [
    "只招汉族，藏族、彝族勿扰",
    "Han applicants only; Tibetan and Uyghur applicants need not apply",
  ]);
  clean("discrimination.school_tier", [
    "成人教育、自考、网络教育学历均认可",
    "专升本、自考学历都认",
    "Distance-learning, part-time and self-study degrees are all recognised",
  ]);
  flagged("discrimination.school_tier", ["专升本、自考学历不认", "成人教育学历不认可"]);
});

describe("former-blind-28/29 discrimination (vet2829-disc): worship accommodated, not screened", () => {
  clean("discrimination.religion", [
    "斋月期间可调整工作时间",
    "斋月期间调整排班",
    "Flexible hours during religious holidays",
    "Religious holidays respected",
    "Headscarf uniform option on request",
    "Prayer room available on site",
    "工装可搭配头巾",
    "设有祈祷室，开斋节可调休",
  ]);
  flagged("discrimination.religion", [
    "戴头巾的不要",
    "No headscarves, Muslims need not apply",
    "斋月要请假的就别来了",
  ]);
});

describe("former-blind-28/29 discrimination (vet2829-disc): both sexes named as a pair, a question answered yes, a sex named after the welcome", () => {
  clean("discrimination.gender", [
    "男护士女护士都要",
    "男骑手女骑手都要",
    "问：女生能干吗？答：能，站里一半是女骑手",
    "女生能做吗？可以，车间很多女工",
    "男女都可以，女司机白班单多",
    "男女不限，女生做这个的也多",
    "宝妈都在做，时间自由",
  ]);
  flagged("discrimination.gender", ["男女都可以，女生优先", "女生能做吗？不能，只要男的", "只招男护士"]);
});

describe("former-blind-28/29 discrimination (vet2829-disc): a country's adjective before an organisation, an attribute that plays no part", () => {
  cleanInDescription("discrimination.race", [
    "Export coordinator for an Australian exporter of livestock.",
    "Member service at a Canadian credit union in Richmond.",
    "Analyst for a Dutch semiconductor supplier.",
    "Appearance, skin tone, nationality and ethnicity play no part in the selection.",
  ]);
  flagged("discrimination.race", ["Australian applicants only", "White candidates only"]);
  clean("discrimination.marital", ["Any gender, married or not", "已婚未婚均可"]);
  flagged("discrimination.marital", ["Single applicants only", "限未婚"]);
});

describe("former-blind-28/29 discrimination (vet2829-disc): screens said as a question, a history or an offer withheld", () => {
  flagged("discrimination.marital", [
    "Female candidates will be asked at interview about marriage and childbearing plans",
    "Candidates will be asked whether they plan to marry or have children within three years",
    "面试时会询问女生近三年的婚育计划",
  ]);
  clean("discrimination.marital", ["We never ask about marriage or childbearing plans", "面试不问婚育计划"]);
  flagged("discrimination.health", [
    "Anyone with a history of antidepressant use is excluded",
    "Candidates who test positive for hepatitis B will not be offered the position",
  ]);
  clean("discrimination.health", ["Support for staff on antidepressants through our wellbeing programme"]);
  flagged("discrimination.religion", [
    "Christian candidates preferred as our directors lead a weekly prayer meeting",
    "Do you follow Islam? Yes answers not progressed",
  ]);
  flagged("discrimination.ethnicity", ["We only take tutors whose parents are both Han Chinese"]);
  flagged("discrimination.region", [
    "We'd rather avoid graduates from Northeast China",
    "We would rather not hire people from Henan",
  ]);
  clean("discrimination.region", ["We recruit graduates from Northeast China and all other regions"]);
  flagged("discrimination.school_tier", ["大专起点的升本不考虑", "专升本的不考虑"]);
});

// Written after the change (the second block of classes).
describe("former-blind-28/29 discrimination (vet2829-disc): a welcome closing a title's bracket, a people's craft, a faith's institution, a one-sex business", () => {
  cleanInTitle("discrimination.ethnicity", ["电子厂普工（回族同胞欢迎）", "苗族银饰店店员", "藏族唐卡画室助理"]);
  cleanInTitle("discrimination.school_tier", ["物业管培（双非欢迎）"]);
  cleanInTitle("discrimination.religion", [
    "保险内勤（戴头巾可以）",
    "Chapel Coordinator (Christian School)",
    "基督教医院护士",
  ]);
  cleanInTitle("discrimination.gender", ["女子健身房教练", "男子篮球队助教"]);
  flagged("discrimination.ethnicity", ["只招汉族，苗族勿扰"]);
  flagged("discrimination.religion", ["Christian staff only"]);
  flagged("discrimination.gender", ["女子健身房招教练，限女性"]);
  clean("discrimination.gender", ["女性长者区由女性护理员负责洗浴如厕等贴身护理，男性长者区另招男护理员"]);
});

// Written after the change: a heading before the accommodation.
describe("former-blind-28/29 discrimination (vet2829-disc): worship accommodated after a requirements heading", () => {
  clean("discrimination.religion", [
    "要求：斋月期间可调整班次",
    "要求：工装可搭配头巾",
    "Requirements: religious holidays accommodated",
  ]);
  flagged("discrimination.religion", ["要求：只招穆斯林，斋月可调整排班", "要求：戴头巾的不要，工装可搭配帽子"]);
  clean("discrimination.ethnicity", ["要求：Hui, Kazakh and all other applicants welcome"]);
});

// Round on former-blind-28/29 (branch vet2829-fraud): classes of wording, each written out from general knowledge with
// clean twins; no sentence of the two sets.
function titled(title: string, description: string, min: number | null = null, max: number | null = min) {
  return checkPosting({ title, description, requirements: "", salaryMin: min, salaryMax: max }).map((f) => f.rule);
}

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): an internship's price in Chinese numerals, a guarantee deposit, a referral priced per use", () => {
  it.each([
    ["律所实习", "律所实习名额，可出实习鉴定。对接费两千，实习期每天补贴五十"],
    ["银行实习", "分行实习，盖章证明。实习安排费五千，实习期间每月补贴一千"],
    ["国企实习（内推）", "国企财务部实习，名额有限。实习保证金八千，实习期每月补贴一千五"],
    ["券商实习", "券商投行部实习。入职保障金两万，实习工资每天一百"],
    ["大厂实习内推", "帮你内推大厂运营实习。内推每次三千，实习日薪一百五"],
    ["医院实习", "医院行政实习，出证明。服务费两千，有餐补"],
    ["设计院实习", "设计院实习一个月。项目费一万二，包午饭"],
    [
      "Summer Internship – Paid Placement",
      "Internship at a consulting firm. Placement support fee USD 2,000 to our agency.",
    ],
    ["Research Internship", "Lab internship. Seat reservation fee RMB 8,000 after the call; stipend HKD 500 a day."],
  ])("%s: %s is paid_internship", (title, description) => {
    expect(titled(title, description)).toContain("paid_internship");
  });
  it.each([
    ["律所实习", "律所实习，无任何费用，实习期每天补贴五十"],
    ["国企实习", "国企财务部实习，公司不收保证金，实习期每月补贴一千五"],
    ["银行实习", "分行实习，实习期间每月补贴三千，包午饭"],
    ["大厂实习内推", "员工内推一次奖励两千，实习日薪一百五"],
    ["销售实习生", "负责向客户收取服务费，实习期每月补贴两千"],
    ["Summer Internship", "Internship at a consulting firm with a monthly stipend of USD 2,000; no fees of any kind."],
  ])("%s: %s is no paid_internship", (title, description) => {
    expect(titled(title, description)).not.toContain("paid_internship");
  });
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): pay per unit of work or per day in Chinese numerals is a stated pay", () => {
  it.each([
    ["家教", "高中数学家教，每小时八十到一百。"],
    ["陪练", "钢琴陪练，每节课一百五。"],
    ["跑腿", "同城跑腿，一单十五到三十。"],
    ["配音", "有声书配音，每集四十。"],
    ["主播助理", "直播场控，一场八十。"],
    ["分拣工", "快递分拣，计件一箱五毛。"],
    ["装卸工", "卸货，一车两百。"],
    ["写手", "公众号写手，每篇三百到五百。"],
    ["保洁", "家庭保洁，每小时三四十。"],
    ["快递员", "派件，单价一元五到两元。"],
    ["实习生", "门店实习，日补贴八十，包午饭。"],
    ["志愿讲解员", "博物馆讲解，有餐补每天三十。"],
  ])("%s: %s states pay", (title, description) => {
    expect(titled(title, description)).not.toContain("salary.missing");
  });
  it.each([
    ["家教", "高中数学家教，每小时讲二十道题。"],
    ["跑腿", "同城跑腿，一单二十分钟内送达，薪资面议。"],
    ["主播助理", "直播场控，一场两百人观看，待遇面议。"],
    ["写手", "公众号写手，每篇三千字，稿费面议。"],
    ["行政专员", "世界五百强企业，待遇优厚。"],
    ["快递员", "派件，每天八十件左右，工资面议。"],
  ])("%s: %s still misses pay", (title, description) => {
    expect(titled(title, description)).toContain("salary.missing");
  });
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): a fee the worker is paid names pay", () => {
  it.each([
    ["兼职英语老师", "少儿英语，课时费每节八十。"],
    ["撰稿人", "旅游稿件，稿费每篇两百。"],
  ])("%s: %s states pay", (title, description) => {
    expect(titled(title, description)).not.toContain("salary.missing");
  });
  it.each([["兼职英语老师", "少儿英语，入职交资料费每套八十，薪资面议。"]])(
    "%s: %s still misses pay",
    (title, description) => {
      expect(titled(title, description)).toContain("salary.missing");
    },
  );
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): the employer keeping or operating the worker's documents, cards, tokens or accounts", () => {
  flagged("fraud.id_or_bank", [
    "On your first day hand your identity card original and your payroll bank card to the supervisor, who keeps them in the office.",
    "We hold your signed blank cheques and your bank token while you work with us.",
    "The agency keeps the workers' passports and bank cards in its safe.",
    "Duties include collecting the workers' passports into the site safe so that nobody runs away.",
    "Open two bank accounts in your name; our team will operate them.",
    "Our finance staff log in to your online banking to move the funds.",
    "Online banking tokens and PINs stay with our office.",
    "我们会登录你的网银帮公司转账。",
    "负责收取工人的护照，统一锁进保险柜。",
  ]);
  clean("fraud.id_or_bank", [
    "We never hold your passport or bank card.",
    "The finance team keeps the company's online banking tokens in the safe.",
    "Help customers open bank accounts in their own names at the branch counter.",
    "Bring your ID card on the first day; it is checked and handed back at once.",
    "入职当天带身份证原件现场核验，核验后当场归还，不收取。",
    "负责收集员工的身份证复印件办理社保。",
  ]);
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): money paid to start or unlock the work, the amount in Chinese numerals or with its currency first", () => {
  it.each([
    ["刷评论员", "先充值两百开通接单权限。"],
    ["打字员", "交五十元激活账号即可接单。"],
    ["手工活", "先买原料包三百五，做好回收。"],
    ["保安", "每月给班长交三十管理费。"],
    ["点评员", "先交99会员费领任务。"],
    ["点赞员", "先买接单卡 ¥ 66 再派单。"],
    ["Survey Tasker", "Top up 50 USDT to activate your task account."],
    ["Cruise Job", "Please settle USD 600 for your visa and uniform to confirm the place."],
    ["Data Tagger", "Purchase the labelling toolkit (USD 49) from us before your first task."],
  ])("%s: %s is a fee", (title, description) => {
    expect(titled(title, description, 5000, 6000)).toContain("fee");
  });
  it.each([
    ["收银员", "负责会员充值两百以上的登记。"],
    ["行政", "每月给员工交三十元话费补贴，由公司承担。"],
    ["店员", "不用交任何费用，入职即可上岗。"],
    ["Travel Consultant", "Handle visa applications and settle supplier invoices for the agency."],
    ["Payments Analyst", "Help customers top up their wallets and resolve failed top-ups."],
    ["Buyer", "Purchase raw materials from suppliers within budget."],
  ])("%s: %s is no fee", (title, description) => {
    expect(titled(title, description, 5000, 6000)).not.toContain("fee");
  });
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): a fortune as the worker's income, staff living like billionaires, earning like a CEO", () => {
  flagged("hype", [
    "跑单员，日入上万不是梦。",
    "做满两年，年入过千万。",
    "销售岗，年入六十万，干就完了。",
    "跟着我们干，开兰博基尼上班。",
    "干三年，回老家盖房子娶老婆都不愁。",
    "Our agents live like millionaires, with yachts every weekend.",
    "A Lamborghini in your second year if you follow the system.",
    "Earn like a hedge-fund CEO from your phone.",
    "Make USD 2 million in your first year, guaranteed.",
    "Quit your day job and earn USD 30,000 a month.",
  ]);
  clean("hype", [
    "公司年入过千万，团队稳定。",
    "门店日入过万，需要收银员对账。",
    "负责法拉利车型的售后接待。",
    "The CEO's assistant manages the diary and travel.",
    "Manage a USD 2 million budget in your first year.",
    "Our customers charter yachts every weekend in summer; you will prepare the berths.",
  ]);
});

describe("former-blind-28/29 money, fraud and pay (vet2829-fraud): a training repaid as a share of wages over years, the company named as the payer with 出, a seat-holding charge under an internship title", () => {
  it.each([
    ["UI设计（培训就业）", "培训费一万八，入职后按月薪15%分三年还。", "training_loan"],
    ["程序员（先培训）", "学费两万，上岗后按工资20%分24个月扣还。", "training_loan"],
  ])("%s: %s is %s", (title, description, rule) => {
    expect(titled(title, description, 6000, 9000)).toContain(rule);
  });
  it.each([
    ["育婴员（公司出培训费）", "育婴员，公司出钱培训考证。", "fee"],
    ["叉车司机", "公司出叉车证培训费，不扣工资。", "fee"],
    ["运营实习（占坑）", "运营实习，日薪一百五。面试前交占坑费五百锁定名额", "fee"],
    ["工程师", "年终奖按工资20%发放，分两年发完。", "training_loan"],
  ])("%s: %s is no %s", (title, description, rule) => {
    expect(titled(title, description, 6000, 9000)).not.toContain(rule);
  });
  it("a seat-holding charge under an internship title is paid_internship", () => {
    expect(titled("运营实习（占坑）", "运营实习，日薪一百五。面试前交占坑费五百锁定名额")).toContain("paid_internship");
  });
});

describe("former-blind-30/31 discrimination (vet3031-disc): a route or tier as the employer, subject or records; one sex's space and chaperoning; religious dress permitted; peoples by origin", () => {
  flagged("discrimination.ethnicity", [
    "We do not recruit applicants of Kurdish origin.",
    "Candidates of Palestinian descent will not be considered.",
    "Armenian applicants preferred.",
    "No Chechen staff.",
    "Only Chinese-Malaysian candidates will be progressed.",
  ]);
  clean("discrimination.ethnicity", [
    "We welcome applicants of Kurdish origin.",
    "Applicants of any origin are welcome.",
    "Armenian language skills an asset.",
    "Applicants of all backgrounds are encouraged to apply.",
  ]);
  flagged("discrimination.school_tier", [
    "Only graduates from a Group of Eight university.",
    "Distance-learning graduates need not apply.",
    "Degree holders from distance-learning programmes are not accepted.",
    "本科须为部属师范大学。",
    "非“双一流”高校毕业生不予考虑。",
  ]);
  clean("discrimination.school_tier", [
    "Support our Group of Eight partnerships team.",
    "Design distance-learning programmes for adult learners.",
    "负责专升本学院教务管理。",
    "专升本英语讲师，负责授课。",
    "自考数学老师，周末授课。",
    "负责学校985工程、211工程建设档案的整理。",
    "宣讲会日程：10月15日北京大学、10月17日清华大学。",
  ]);
  cleanInTitle("discrimination.school_tier", [
    "某民办高校行政（专升本学院）",
    "某成人教育学院函授教务",
    "某高校985工程档案整理员",
  ]);
  flagged("discrimination.religion", [
    "Our Sunday team worship – attendance is expected of every staff member.",
    "Weekly prayer meeting; participation is mandatory.",
    "周日团队礼拜，全员必须参加。",
    "不可戴头巾。",
    "Staff may not wear headscarves.",
    "无宗教信仰者优先。",
  ]);
  clean("discrimination.religion", [
    "Staff may wear headscarves; faith is not a selection criterion.",
    "可着头巾制服，斋月可调班。",
    "Prayer room available; Ramadan schedules can be adjusted.",
    "电商运营经验，无信仰要求。",
    "Must be a practising member of the parish (a religious post).",
    "Worship attendance is voluntary.",
  ]);
  cleanInTitle("discrimination.religion", ["某外企（允许头巾）"]);
  flagged("discrimination.gender", [
    "限女性。",
    "Female applicants only.",
    "限女性，因老板喜欢。",
    "Q: Is the role open to men? A: No.",
  ]);
  clean("discrimination.gender", [
    "Q: Is the role open to men? A: Yes, all genders are welcome.",
    "Can women apply? Yes, of course.",
    "项目由女领队负责，男女不限。",
    "Programme Officer for our Girls' Education Fund.",
    "工作区域为女更衣室，负责保洁，限女性。",
    "Chaperone female patients during intimate examinations; female.",
  ]);
  it("a one-sex gym's trainer restricted to that sex is lawful when the changing area lies inside the floor", () => {
    expect(
      rules("女性，持健身教练证。", {
        title: "某女子健身房教练",
        description: "女子健身房，更衣区在训练区内，招教练。",
      }),
    ).not.toContain("discrimination.gender");
  });
  it("a one-sex gym's receptionist restricted to that sex stays a screen", () => {
    expect(rules("限女性。", { title: "某女子健身房前台", description: "负责前台接待。" })).toContain(
      "discrimination.gender",
    );
  });
});

// Round on former-blind-30/31 (branch vet3031-fraud): a base, floor or allowance paid only when a count of sales is
// reached (the condition as 只在…时/后发放, a count before 才发, the sale's absence before 不发, "paid only after N
// policies", "in months when you install"), and pay in equity or shares only; each written out from general knowledge
// with clean twins and run on the unchanged checker before the change.
describe("former-blind-30/31 money, fraud and pay (vet3031-fraud): a base paid only when a count of sales is reached, pay in equity only", () => {
  flagged("fraud.commission_only", [
    "底薪只在当月卖出三台车时发放。",
    "保底工资只在完成10单后发放。",
    "底薪仅在签满5个客户之后发放。",
    "底薪3000元，每月开卡30张才发。",
    "责任底薪4000元，当月办满20户才发放。",
    "底薪3500元，当月没有签单的当月不发。",
    "保底3000，没有出单不发。",
    "Base GBP 1,800 only paid if you let 4 properties a month.",
    "Allowance of MYR 2,000 paid only after 12 policies per month.",
    "A USD 3,000 base paid only in months when you install 5 systems.",
    "Base salary is paid only once you renew 10 contracts.",
    "For the first year this role is equity only, with no cash salary.",
    "Compensation: shares only – no cash salary.",
    "第一年只发期权，没有现金工资。",
    "保底工资5000元，需完成20万保费。",
    "保底4000元，须每月完成8万销售额。",
  ]);
  clean("fraud.commission_only", [
    "底薪只在每月10日发放。",
    "底薪4000元，每月15号才发。",
    "底薪3500元，没有签单也照发。",
    "底薪4000元，每月开卡30张另发奖金。",
    "Base pay is paid monthly; a bonus is paid only after 12 policies.",
    "Salary plus equity; the equity-only plan is optional.",
    "We pay a cash salary and share options.",
    "底薪6000元，另发期权。",
    "底薪5000元，需完成20万业绩考核，超额另有提成。",
  ]);
});

describe("former-blind-30/31 money, fraud and pay (vet3031-fraud): equipment or an affiliation charge with its price, deducted from the wages", () => {
  flagged("fee", [
    "耳机和电脑套餐1980元从工资里扣。",
    "车辆挂靠费每月1500从工资里扣。",
    "工作手机一部899元，从首月工资中扣除。",
    "平台管理费每月200元从工资里扣。",
    "Headset and laptop package CNY 1,980 deducted from your first salary.",
    "The uniform and tool kit, RMB 600, will be deducted from your wages.",
    "A van rental fee of GBP 250 a week is taken from your pay.",
  ]);
  clean("fee", [
    "公司配发耳机和电脑，不从工资里扣。",
    "个人社保部分从工资里代扣。",
    "The company provides a laptop worth CNY 8,000; nothing is deducted from your salary.",
    "Income tax and social insurance are deducted from your salary.",
    "Headset provided free; no cost is deducted from your wages.",
  ]);
});

describe("former-blind-30/31 money, fraud and pay (vet3031-fraud): a pass guaranteed for an exam course (包过班, 包过，不过退费) is the course's pitch, not pay hype", () => {
  clean("hype", [
    "教师资格证包过班，学费6800元报名时交清。",
    "考编冲刺班，包过！不过全额退费。",
    "驾照科目二包过，不过免费重考。",
    "会计证保过班，不过退一半学费。",
  ]);
  flagged("hype", ["开通账号599元，包过审核，拍完即可接单。", "投行实习保过计划，交钱即录。"]);
});

describe("former-blind-30/31 money, fraud and pay (vet3031-fraud): an observership (见习) sold for a charge is a paid internship", () => {
  it.each([
    ["某三甲医院见习（安排费）", "三甲医院见习安排，每月补贴600元。安排费2000元。"],
    ["律所暑期见习", "律所见习名额，出见习证明。服务费：3000元。"],
  ])("%s: %s is paid_internship", (title, description) => {
    expect(titled(title, description, 600, 600)).toContain("paid_internship");
  });
  it.each([
    ["应届生见习岗（人社局就业见习基地）", "就业见习，见习期每月补贴2000元，不收取任何费用。"],
    ["医院见习生", "见习期间免费提供食宿，每月补贴800元。"],
  ])("%s: %s is clean", (title, description) => {
    expect(titled(title, description, 2000, 2000)).not.toContain("paid_internship");
  });
});

describe("traditional characters and Hong Kong/Taiwan wording (vet-trad): every rule reads both scripts", () => {
  flagged("fee", [
    "面試通過後須繳交制服費450元。",
    "開工前要先付保證金1000元，離職時退回。",
    "報名時收取手續費120元。",
    "上崗前需繳培訓費2680元。",
    "開工前交按金500蚊。",
  ]);
  clean("fee", [
    "本公司絕不收取任何費用。",
    "公司提供免費制服及培訓。",
    "不需繳交按金。",
    "宿舍提供蚊帳，夏天蚊子多。",
  ]);
  flagged("fraud.commission_only", ["沒有底薪，全靠佣金收入。", "底薪：無，只有佣金。", "純佣金制，多勞多得。"]);
  clean("fraud.commission_only", ["底薪15000加佣金。", "月薪2萬，另設佣金。"]);
  flagged("discrimination.gender", ["只招男生，需搬運重物。", "限女性，形象氣質佳。"]);
  flagged("discrimination.marital", ["限已婚人士。", "只招未婚女性。"]);
  clean("discrimination.gender", ["男女不限，歡迎應屆畢業生。"]);
});

describe("traditional characters and Hong Kong/Taiwan wording (vet-trad): pay stated in the text is no salary.missing", () => {
  it.each([
    "月薪12000元，每月10號出糧。",
    "人工：每月16000，有雙糧。",
    "時薪$70，兼職歡迎學生。",
    "薪資28000元起，另有年終獎金。",
    "底薪1萬5加佣金。",
  ])("%s is no salary.missing", (text) => {
    const rules = checkPosting({
      title: "招聘",
      description: text,
      requirements: "",
      salaryMin: null,
      salaryMax: null,
    }).map((f) => f.rule);
    expect(rules).not.toContain("salary.missing");
  });
  it.each(["薪資面議。", "待遇從優，詳情面談。"])("%s is salary.missing", (text) => {
    const rules = checkPosting({
      title: "招聘",
      description: text,
      requirements: "",
      salaryMin: null,
      salaryMax: null,
    }).map((f) => f.rule);
    expect(rules).toContain("salary.missing");
  });
});

describe("former-blind-32/33 fee, fraud and pay classes (vet3233-fraud): run-on text, disguised charges, spoken pay, Q&A lines", () => {
  const check = (text: string, min: number | null = 4000, max: number | null = 6000) =>
    checkPosting({ title: "招聘", description: text, requirements: "", salaryMin: min, salaryMax: max }).map(
      (f) => f.rule,
    );
  const has = (rule: PostingRuleId, texts: readonly string[], min: number | null = 4000, max: number | null = 6000) =>
    it.each(texts)(`flags ${rule}: %s`, (text) => expect(check(text, min, max)).toContain(rule));
  const lacks = (rule: PostingRuleId, texts: readonly string[], min: number | null = 4000, max: number | null = 6000) =>
    it.each(texts)(`does not flag ${rule}: %s`, (text) => expect(check(text, min, max)).not.toContain(rule));

  describe("a waived hiring step, then a pay verb with no comma: the negation does not reach the charge", () => {
    has("fee", [
      "免笔试 交一百八服装押金明天来",
      "无需经验 交三百五保证金领工具",
      "No interview wire 90 yuan deposit today",
    ]);
    lacks("fee", ["无需面试 不收任何押金", "No interview and no need to pay any deposit"]);
  });
  describe("a perk is no payer of a charge the applicant is told to pay; the applicant named as payer", () => {
    has("fee", ["包住 上岗前交三百介绍费", "管吃住 先交五百押金再排班", "驾校招家长报名 新人要交六百培训费"]);
    lacks("fee", ["包住，宿舍押金公司出", "负责招学员 学员的学费交到前台"]);
  });
  describe("a fee disguised as a paper made or goods bought on entry; 定金; a total settled on signing", () => {
    has("fee", [
      "交一百五办上岗证 才能进场",
      "入职买工服两百",
      "报名先交定金五百",
      "服装化妆费一共1200元，入职当天交清",
    ]);
    lacks("fee", ["公司带你去办健康证，费用公司出", "入职发工服", "日薪300元，当天结清"]);
  });
  describe("a Q&A line without a question mark; 收费 as a front-desk duty", () => {
    lacks("fee", ["问：入职收押金吗 答：不收 放心来", "前台接待 登记 收费 开票"]);
    has("fee", ["问：要交钱吗 答：要 八百培训费", "报名收费三百元"]);
  });
  describe("English: any named fee or bond with an amount payable; paying for a listing; goods bought first", () => {
    has("fee", [
      "Enrolment fee NZD 450 payable before orientation.",
      "A 'placement bond' of SGD 2,000 is due on signing.",
      "Pay the CZK 3,000 talent profile listing to be seen by directors.",
      "Purchase the USD 45 starter kit first, then we assign shifts.",
    ]);
    lacks("fee", [
      "Tuition fee AUD 30,000 payable by students each year.",
      "Health cover for yourself and your children.",
      "Host households pay the agency fee.",
      "We support workers who paid illegal recruitment fees.",
      "运输人员不承担任何中介费。",
      "录制口播，每条150-400元。",
    ]);
  });
  describe("a membership fee followed by the work's rate is a fee to work, not a pyramid", () => {
    has("fee", ["交一百二入会费 一篇稿子三十"]);
    lacks("fraud.pyramid", ["交一百二入会费 一篇稿子三十"]);
  });
  describe("a loan from the agency repaid out of wages or earnings is a training loan", () => {
    has("training_loan", [
      "The agency's relocation loan of AUD 5,000 is recovered from your weekly wages.",
      "Your visa loan of USD 3,000 is taken back from your salary each month.",
    ]);
    lacks("training_loan", ["Student loan deductions are taken from salary as required by law."]);
  });
  describe("a base tied to a target is commission-only", () => {
    has("fraud.commission_only", [
      "底薪要卖够二十台才发",
      "拉够三十个会员才发底薪",
      "流水过五万才给底薪",
      "当月回款不到十万底薪就不发",
      "没达标就只拿提成",
      "Base paid only in weeks you book 10 viewings.",
      "Stipend shown is only paid if 4 members join.",
    ]);
    lacks("fraud.commission_only", [
      "底薪4000，不看业绩照发",
      "Base paid monthly regardless of sales.",
      "底薪需考核合格后才发放",
    ]);
  });
  describe("an account in the applicant's name for the shop; a passport held by anyone but the worker; card and PIN", () => {
    has("fraud.id_or_bank", [
      "需要你实名开两个微信号给工作室用",
      "你名下申请一个收款账户 公司走账",
      "The recruiter holds your passport until the debt is cleared.",
      "Seafarers' passports are retained by the manning office.",
      "Give the debit card and PIN to the supervisor on day one.",
    ]);
    lacks("fraud.id_or_bank", [
      "Your passport stays with you at all times.",
      "需要你办一张银行卡 公司发工资用",
      "Wages are paid into your own bank account.",
    ]);
  });
  describe("an internship priced in Chinese numerals, a conversion guaranteed for a price, a nominal internship", () => {
    has("paid_internship", [
      "咖啡店实习 实习名额两千一个 实习每天八十",
      "设计公司实习 交两千留用保障金 实习补贴一千",
      "交800元挂名实习，可盖章，每月补贴200元。",
      "实习生 交三千五的培训费 包你拿到外企实习offer 实习工资两千五",
    ]);
    lacks("paid_internship", ["实习名额十个 实习每天一百", "实习期间公司交社保 实习补贴两千"]);
    has("fee", ["免面试，交200元会员费即可接单拍摄"]);
    lacks("fraud.pyramid", ["免面试，交200元会员费即可接单拍摄"]);
  });
  describe("spoken pay after a unit of work, a rate-headed figure beside a charge, a reward per recruit: no salary.missing", () => {
    lacks(
      "salary.missing",
      [
        "遛狗一次四十 有空就来",
        "在家录入 一千字二十五",
        "一单提成15到40",
        "一场120到200 欢迎新手",
        "一场两百 周末多",
        "实习生 交五百资料费 实习每天九十",
        "招一个会员给三百",
      ],
      null,
      null,
    );
    has("salary.missing", ["提成另算 待遇面议", "一次性交三百"], null, null);
    lacks("salary.missing", ["月薪四千起"], 4000, null);
  });
});

// Round on former-blind-32 and -33, discrimination (branch vet3233-disc): every case is a new wording of a class seen in those sets.
function rulesOf(title: string, description: string, requirements: string) {
  return checkPosting({ title, description, requirements, salaryMin: 6000, salaryMax: 9000 }).map((f) => f.rule);
}

describe("former-blind-32/33 discrimination classes (vet3233-disc): 阿姨 names the household trade's worker, not a sex", () => {
  clean("discrimination.gender", [
    "雇主希望阿姨信天主教。",
    "客户要求阿姨没有高血压。",
    "阿姨的证件由本人保管，我们不扣押。",
    "雇主要求湖北籍阿姨。",
    "家里老人希望大姐会做北方面食。",
  ]);
  flagged("discrimination.religion", ["雇主希望阿姨信天主教。"]);
  flagged("discrimination.region", ["雇主要求湖北籍阿姨。"]);
  it("a title naming the trade is no sex: 钟点工阿姨急聘", () => {
    expect(rulesOf("钟点工阿姨急聘", "每天上午三小时，时薪40元。", "会做家务。")).not.toContain(
      "discrimination.gender",
    );
  });
  flagged("discrimination.gender", ["只招阿姨，不要叔叔。", "仅限阿姨报名。", "保洁岗位阿姨优先。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a height standard per sex names both sexes", () => {
  clean("discrimination.gender", ["身高男172女162以上。", "身高要求：女158cm以上、男168cm以上。"]);
  flagged("discrimination.gender", ["只招男性，身高175以上。", "限女性，身高165cm以上。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): in run-on text a sex refused after an only is no pair", () => {
  flagged("discrimination.gender", ["收银员 只招男生 女生算账慢", "只要女孩 男孩太粗心"]);
  clean("discrimination.gender", ["男生女生不限", "男生 女生 都可以", "男护女护都要，婚育情况不问"]);
  clean("discrimination.marital", ["婚育情况一概不问。", "男护女护都要，婚育情况不问"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): intimate care, undressing and casting are the work's, not a screen", () => {
  clean("discrimination.gender", [
    "Male assistant required because the patient needs help with toileting.",
    "Women only, as the stylist helps brides dress and undress in the suite.",
    "限女性（需协助孕妇更衣）。",
  ]);
  flagged("discrimination.gender", [
    "Women only, customers feel more comfortable with women.",
    "限女性，顾客更喜欢女孩子。",
  ]);
  it("a client of one sex and intimate care said anywhere: an older gentleman's showering", () => {
    expect(
      rulesOf(
        "Home Carer",
        "Carer for an older gentleman at home. GBP 14 per hour.",
        "Male carers only; duties include showering.",
      ),
    ).not.toContain("discrimination.gender");
  });
  it("a boy band's trainees are cast: 男团练习生", () => {
    expect(rulesOf("男团练习生（新一期）", "公司承担全部培训费用。", "18-22岁，会唱跳。")).not.toContain(
      "discrimination.gender",
    );
  });
  it("a voice of one sex is the part cast: male character voices", () => {
    expect(
      rulesOf(
        "Voice Actor – Game Dubbing",
        "Record lines for a mobile game. USD 60 per hour.",
        "Male character voices; men only for this cast.",
      ),
    ).not.toContain("discrimination.gender");
  });
  it("an idol-trainee post with no group of one sex named keeps its screen", () => {
    expect(rulesOf("偶像练习生招募", "提供宿舍。", "只要女生，男生不要。")).toContain("discrimination.gender");
  });
  it("a women-only venue is where the work is, not who is hired", () => {
    expect(
      rulesOf(
        "Spa Receptionist",
        "Front desk at a women-only spa. AUD 27 per hour.",
        "Any gender; reception is at the entrance.",
      ),
    ).not.toContain("discrimination.gender");
  });
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a facility the employer lacks is no genuine requirement", () => {
  flagged("discrimination.gender", [
    "There is no female locker room on site, so the night shift is for men only.",
    "We have no women's toilets in the workshop, therefore we hire men only.",
  ]);
  clean("discrimination.gender", [
    "The role supervises the women's changing rooms, so this post is open to women only.",
  ]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): worship allowed or rostered is no screen", () => {
  clean("discrimination.religion", [
    "Staff can wear a turban or a hijab with the uniform.",
    "Employees may wear religious symbols at work.",
    "Friday prayers are rostered for those who ask.",
    "员工可以戴头巾上班。",
    "有礼拜需要的可以排班。",
  ]);
  flagged("discrimination.religion", ["Staff who wear headscarves will not be considered.", "戴头巾的不要。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): Cantonese hiring words and refusals", () => {
  flagged("discrimination.region", ["老闆要搵本地人做收銀。", "淨係請香港人。", "外省人唔考慮。"]);
  clean("discrimination.region", ["外地人都得，唔識廣東話都可以。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): loosely written numbers in a screen", () => {
  flagged("discrimination.health", ["近视超过七百度的不考虑。", "近视六百度以上的不要。"]);
  flagged("discrimination.school_tier", ["只要QS前五十的海归。", "要世界排名前一百的大学毕业的。"]);
  clean("discrimination.health", ["近视戴眼镜就行，视力不作要求。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a question whether the attribute is needed, answered no", () => {
  clean("discrimination.region", ["问：需要本地户口吗 答：不需要 外地的也行"]);
  clean("discrimination.marital", ["问：要已婚的吗？答：不限"]);
  clean("discrimination.health", ["问：必须没有乙肝吗 答：不用"]);
  flagged("discrimination.region", ["问：外地人可以吗 答：不行 只要本地人"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a test said not to be done", () => {
  clean("discrimination.health", ["入职体检只看健康证 不检测乙肝两对半", "本岗位不查HIV。"]);
  flagged("discrimination.health", ["入职体检查乙肝，阳性不录用。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a nationality or a faith before a person noun, in English", () => {
  flagged("discrimination.race", ["Vietnamese maids preferred.", "No Nepali applicants.", "Filipinas need not apply."]);
  clean("discrimination.race", [
    "Good spoken English and Vietnamese.",
    "Kenyan ID or a valid work permit.",
    "Australian citizenship required by the department's security rules.",
  ]);
  flagged("discrimination.race", ["Must be an Australian citizen (client preference), no clearance involved."]);
  flagged("discrimination.religion", [
    "Hindu candidates preferred.",
    "Followers of Buddhism will not be shortlisted.",
    "We prefer staff who share our religion.",
  ]);
  clean("discrimination.religion", ["Customer service for Catholic schools in the diocese."]);
  flagged("discrimination.ethnicity", ["Maori candidates only for the front desk."]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): refusals said as placement or likelihood", () => {
  flagged("discrimination.health", [
    "Applicants with epilepsy will not be deployed offshore.",
    "Candidates with diabetes, even if controlled, should not apply.",
  ]);
  flagged("discrimination.region", ["Candidates from outside Shanghai are unlikely to be considered."]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): elite universities abroad and Taiwan's 國立/私立", () => {
  flagged("discrimination.school_tier", ["Only Yonsei or KAIST graduates.", "仅招國立大學学生，私立的不要。"]);
  clean("discrimination.school_tier", ["Office located near the NUS campus."]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): men preferred because of maternity leave is a family screen", () => {
  flagged("discrimination.marital", [
    "Two analysts went on maternity leave last year, so we will favour male applicants.",
    "去年两个同事休产假，所以这次只招男的。",
  ]);
  clean("discrimination.marital", ["Maternity leave is 26 weeks, so plan your handover early."]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): colloquial screens of small employers", () => {
  flagged("discrimination.health", ["持有残疾人证的不要。"]);
  clean("discrimination.health", ["欢迎持残疾人证的求职者。"]);
  flagged("discrimination.race", ["只收持澳門護照的。", "皮肤黑的不要。"]);
  clean("discrimination.race", ["需持有效港澳通行证出差。"]);
  flagged("discrimination.religion", ["回族的不要，后厨天天做猪肉。"]);
  clean("discrimination.religion", ["回民朋友别来了，我们用牛油。"]);
  flagged("discrimination.marital", ["孩子太小的不考虑。"]);
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): a benefit given to one group and refused to the other, in run-on text", () => {
  it.each([
    ["城镇户口的有餐补 农村户口的没有", "discrimination.region"],
    ["本市户籍的包住 外省的不包", "discrimination.region"],
    ["已婚的有住房补贴 未婚的没有", "discrimination.marital"],
  ] as const)("%s is %s in the description", (text, rule) => {
    expect(rulesOf("仓库理货", `仓库理货 月薪四千五 ${text}`, "能吃苦")).toContain(rule);
  });
  it.each(["本地外地都交五险", "本地的包住 外地的也包住"])("%s is no screen", (text) => {
    const found = rulesOf("仓库理货", `仓库理货 月薪四千五 ${text}`, "能吃苦");
    expect(found).not.toContain("discrimination.region");
  });
});

describe("former-blind-32/33 discrimination classes (vet3233-disc): in run-on text a refusal closing one item does not negate the next", () => {
  it.each([
    ["有纹身的不要 东北的也不要", "discrimination.region"],
    ["外地的不要 信教的也不要", "discrimination.religion"],
  ] as const)("%s flags %s", (text, rule) => {
    expect(rulesOf("小区保安", `小区保安 月薪四千 ${text}`, "能值夜班")).toContain(rule);
  });
  it.each(["不要求本地户口", "不限户籍 外地的也可以"])("%s stays no region screen", (text) => {
    expect(rulesOf("小区保安", `小区保安 月薪四千 ${text}`, "能值夜班")).not.toContain("discrimination.region");
  });
});

describe("WeChat-group and agency register (vet-wechat): honest recruiting enthusiasm, perks and loose figures are clean; the register's scams are caught", () => {
  type Case = readonly [
    title: string,
    description: string,
    min: number | null,
    max: number | null,
    rule: PostingRuleId,
  ];
  const check = (title: string, description: string, min: number | null, max: number | null) =>
    checkPosting({ title, description, requirements: "", salaryMin: min, salaryMax: max }).map((f) => f.rule);
  const cleanCases: readonly Case[] = [
    // An ordinary month's pay said to be normal or reachable is no out-of-proportion promise.
    ["带货主播", "新人主播底薪五千，有提成，成熟主播月入一两万很正常，公司全程培训不收费", 5000, 20000, "hype"],
    ["钢琴老师", "钢琴老师，课时费一百二到两百，月入六千到一万", 6000, 10000, "hype"],
    ["电子厂普工", "加班多，月入七八千很正常，包吃住", 5000, 8000, "hype"],
    ["电子厂普工", "👉月入8000+不是梦👈 长白班，五险", 5000, 8000, "hype"],
    ["外卖骑手", "勤快的日入五百，单价6元，多劳多得", 6000, 9000, "hype"],
    ["小区保安", "工作轻松，收入稳定，月入四千五，包吃住", 4000, 5000, "hype"],
    ["社区团购团长", "宝妈在家带娃也能赚钱，月入三四千，时间自由", 3000, 5000, "hype"],
    ["物流分拣员", "综合到手六七千没问题，工资每月15号准时发", 5000, 7000, "hype"],
    // 返费 is paid by the agency or factory to the worker.
    ["普工", "✅入职满60天返费2000元（公司打到个人卡上），工资按时发，长期稳定", 5000, 7000, "fee"],
    ["普工", "返费普工：工价十九元/小时，做满45天中介返你1500元，中介不收你一分钱", null, null, "salary.missing"],
    ["普工", "返费普工：工价十九元/小时，做满45天中介返你1500元，中介不收你一分钱", null, null, "fee"],
    // Living costs shared and a charge reimbursed later.
    ["电子厂普工", "八人间宿舍，水电费自理，每月约50元", 5000, 7000, "fee"],
    ["电子厂普工", "体检费先自付，入职满一个月报销", 5000, 7000, "fee"],
    // 阿姨 as the trade's worker, both sexes hired, the ♂ of an emoji.
    ["家政阿姨", "家政公司招阿姨，五千到七千，做饭打扫，不住家", 5000, 7000, "discrimination.gender"],
    ["家政保姆", "招50岁以下阿姨，会做饭，月休四天", 6000, 8000, "discrimination.gender"],
    ["家政", "阿姨需已婚已育", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "急招普工👷‍♂️五千到六千五💰包吃住🏠五险一金", 5000, 6500, "discrimination.gender"],
    ["客服", "急招客服💁‍♀️坐班，双休", 4000, 5000, "discrimination.gender"],
    ["电子厂普工", "招男工，女工也要，夫妻房", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "招女工30名，男工10名，长白班", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "男工：18-45岁，女工：18-48岁，包吃住", 5000, 7000, "discrimination.gender"],
    // A quick interview and same-day start; the wage card given for wages.
    ["普工", "📢急招📢普工20名，来了就能上班（需现场面试），包吃住", 5500, 7000, "fraud.no_interview"],
    ["电子厂普工", "入职须提供本人银行卡用于发工资", 5000, 7000, "fraud.id_or_bank"],
    ["电子厂普工", "工资卡自己办自己保管，公司不扣身份证", 5000, 7000, "fraud.id_or_bank"],
    // Loose figures with null fields state the pay.
    ["保洁", "💰3500-4500💰 早六点到下午三点，包午餐", null, null, "salary.missing"],
    ["课程顾问", "课程顾问底薪三千，一单提成一千", null, null, "salary.missing"],
    ["装卸工", "日结装卸，一车两百，一天两三车，现结", null, null, "salary.missing"],
    ["电子厂普工", "长白班4500，两班倒6000，包吃住", null, null, "salary.missing"],
    ["电子厂普工", "计件，熟手七八千，新手四五千", null, null, "salary.missing"],
    ["社区团购团长", "社区团购团长招募，零投入零风险，在家就能做，佣金10%", 3000, 6000, "hype"],
    ["月嫂", "培训费公司出，上户后不用还", 8000, 12000, "training_loan"],
    ["电子厂普工", "培训免费，上岗后不扣任何费用", 5000, 7000, "training_loan"],
    // A house taken to be a year earlier, not a wealth promise.
    ["普工", "老板三年前在老家盖房，厂里包吃住，月薪五千", 5000, 7000, "hype"],
    // Comment words that are no lure off the platform.
    ["普工", "每天打1小时卡，月薪五千", 5000, 7000, "off_platform_contact"],
  ];
  const violatingCases: readonly Case[] = [
    ["外卖骑手", "跑外卖日入过千，一年在县城买房", 6000, 9000, "hype"],
    ["社区团购团长", "宝宝们做团长，一年赚一套房", 3000, 6000, "hype"],
    ["电子厂普工", "✅多劳多得✅在我们厂干普工三年就能回老家盖房娶媳妇", 5000, 7000, "hype"],
    ["电子厂普工", "月入过万不是梦，包吃住", 5000, 7000, "hype"],
    ["外卖骑手", "日赚500+，躺着也能赚", 6000, 9000, "hype"],
    ["社区团购团长", "零投入零风险，高回报", 3000, 6000, "hype"],
    ["兼职", "在家动动手指，日赚300-800", 3000, 8000, "hype"],
    ["服务员", "服务员，四千到五千，感兴趣扣1，我私你发威信", 4000, 5000, "off_platform_contact"],
    ["普工", "想了解的评论区打1，私发你岗位表", 5000, 7000, "off_platform_contact"],
    ["家政", "想做的宝子详情戳头像私信", 5000, 7000, "off_platform_contact"],
    ["电子厂普工", "入职需办公司指定银行卡，卡和密码交财务保管", 5000, 7000, "fraud.id_or_bank"],
    ["电子厂普工", "工资卡统一办理，由公司代为保管", 5000, 7000, "fraud.id_or_bank"],
    ["保安", "身份证交公司，发工资时再给", 3800, 4500, "fraud.id_or_bank"],
    ["电子厂普工", "带身份证原件入职，身份证交公司保管", 5000, 7000, "fraud.id_or_bank"],
    ["育婴师", "培训费3980，入职后从工资里分三个月扣", 7000, 9000, "training_loan"],
    ["育婴师", "学费6800，上户后每月还一千", 7000, 9000, "training_loan"],
    ["驾校教练", "考证学费先由公司借你，上班后从工资里还", 6000, 9000, "training_loan"],
    ["带货主播", "培训费3980元，不够的可以先打欠条，上岗后扣", 6000, 10000, "training_loan"],
    ["汽车销售", "汽车销售，底薪只在卖满四台的月份发放", 4000, 15000, "fraud.commission_only"],
    ["家政", "免面试直接上户，交会员费888元", 5000, 7000, "fee"],
    ["家政", "免面试直接上户，交会员费888元", 5000, 7000, "fraud.no_interview"],
    ["电子厂普工", "工衣费150元，从工资里分两次扣", 5000, 7000, "fee"],
    ["电子厂普工", "体检费自理，入职不报销", 5000, 7000, "fee"],
    ["家政", "只招阿姨，五千到七千", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "招男工30名，女工不要", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "只要女工，男工不要", 5000, 7000, "discrimination.gender"],
    ["电子厂普工", "✅包吃住✅只招女工✅男士勿扰", 5000, 7000, "discrimination.gender"],
    ["普工", "普工，来了就能上班", 5000, 7000, "fraud.no_interview"],
    ["电子厂普工", "不要河南籍，其他都行", 5000, 7000, "discrimination.region"],
    ["电子厂普工", "不要少数民族，18-35岁", 5000, 7000, "discrimination.ethnicity"],
    ["电子厂普工", "不要纹身，不要乙肝", 5000, 7000, "discrimination.health"],
    ["电子厂普工", "✅包吃住✅体检费自理，工衣费押金200元从第一个月工资扣", 5000, 7000, "fee"],
    ["主播", "零基础学主播，培训费6800分期付款，上岗后从提成里扣", 6000, 10000, "training_loan"],
    ["直播运营实习生", "大学生直播运营实习，交实习推荐费1500元，实习补贴每月两千", 2000, 3000, "paid_internship"],
    ["实习生", "想要去大厂实习，找我，收费包进，补贴三千", 2000, 3000, "paid_internship"],
    ["实习生", "实习推荐，成功后收取一个月补贴作为服务费", 2000, 3000, "paid_internship"],
    ["社区团购合伙人", "团购合伙人，拉人头奖励每人200元，发展下线拿团队奖励", 5000, 20000, "fraud.pyramid"],
    ["带货主播", "主播无底薪纯提成，卖多少拿多少", 3000, 8000, "fraud.commission_only"],
  ];
  it.each(cleanCases)("%s: %s (%s–%s) is not %s", (title, description, min, max, rule) => {
    expect(check(title, description, min, max)).not.toContain(rule);
  });
  it.each(violatingCases)("%s: %s (%s–%s) is %s", (title, description, min, max, rule) => {
    expect(check(title, description, min, max)).toContain(rule);
  });
});

describe("English and Chinglish screens and schemes (vet-english): family, origin, faith and sex screens", () => {
  flagged("discrimination.marital", [
    "No young kids at home, because overtime is frequent.",
    "DINK preferred, we need full dedication.",
    "Applicants should have no childbearing plans within 3 years.",
    "Should not have any family plans during the contract period.",
    "No plans to start a family in the next 2 years.",
    "Marital status: unmarried.",
    "Candidates must not be pregnant at the time of joining.",
    "No small children under 5, the role needs frequent travel.",
    "Child-free applicants preferred.",
    "Must not have kids, as the job needs long trips.",
    "Ladies who have already given birth are preferred.",
  ]);
  clean("discrimination.marital", [
    "Maternity leave 158 days.",
    "Family-friendly hours, finish by 5:30.",
    "We do not ask about marital status or family plans.",
    "Married or single, all welcome.",
  ]);
  flagged("discrimination.region", [
    "Guangzhou household register is a must.",
    "Hometown must be Zhejiang or Jiangsu.",
    "Hukou should be in Shanghai.",
    "Must hold a Beijing household registration.",
  ]);
  clean("discrimination.region", [
    "Customers are mostly from rural areas; experience with rural retail a plus.",
    "Open to candidates from all provinces.",
    "No hukou required.",
  ]);
  flagged("discrimination.religion", [
    "All staff must attend our Sunday fellowship.",
    "New hires are expected to join the weekly cell group.",
    "Must eat pork at company dinners.",
    "Must be willing to drink alcohol and eat pork with clients.",
    "Please do not apply if you observe Ramadan.",
  ]);
  clean("discrimination.religion", [
    "Halal canteen and prayer breaks provided.",
    "Prayer room available on the 3rd floor.",
    "Fellowship programme for young researchers, 2 years.",
    "Our chef cooks pork dishes, so experience with Cantonese roast pork is required.",
  ]);
  flagged("discrimination.gender", [
    "We are looking for a strong guy to handle warehouse work.",
    "Looking for a handsome lad for sales.",
  ]);
  clean("discrimination.gender", [
    "Girls' school seeking a maths teacher; all genders welcome.",
    "Boys' football coach at an international school; coaches of any gender welcome.",
  ]);
});

describe("English and Chinglish screens and schemes (vet-english): pyramid plans, training finance and hype", () => {
  flagged("fraud.pyramid", [
    "Multi-level marketing opportunity: the more people you bring in, the higher your rank and your commission.",
    "Upgrade to Diamond Partner by recruiting 10 direct referrals who each purchase the membership package.",
    "Partner fee 3,000 RMB. Once you have 5 people under you, you unlock team leader bonuses.",
    "Network marketing: buy the product pack, introduce new members, get rewards from every level below you.",
    "Buy-in of 1,200 for the business kit; your income comes from the team you build.",
    "Sign up 5 friends to recover your membership cost.",
    "Bonuses paid on four generations of distributors.",
  ]);
  clean("fraud.pyramid", [
    "Build and lead a team of 5 engineers.",
    "Employee referral bonus 3,000 when a referred hire passes probation.",
    "Career levels: junior, senior, principal, with clear promotion criteria.",
    "Account manager for our partner programme with resellers; fixed salary 10,000.",
    "Lecturer: teach a university course on network marketing and its legal risks.",
  ]);
  flagged("training_loan", [
    "ISA model: 17% of monthly income for 30 months once employed.",
    "Job-ready training programme with loan financing available, placement afterwards.",
    "Bootcamp tuition: instalment plans offered through our partner.",
  ]);
  flagged("paid_internship", [
    "Virtual internship with a Silicon Valley firm, tuition USD 1,999.",
    "Internship at a Big Four firm through our network, service fee 6,000.",
  ]);
  clean("paid_internship", ["Internship stipend 3,000 per month, we charge no service fee."]);
  clean("training_loan", [
    "Training provided free of charge.",
    "Loan officer at a commercial bank; process student loans.",
    "Customer service for a consumer finance company; explain instalment plans to customers.",
  ]);
  flagged("hype", [
    "Seven-figure income within 2 years.",
    "Financial freedom in 90 days.",
    "Your monthly income easily tops 40,000.",
  ]);
  clean("hype", [
    "Financial advisor: help clients plan for financial freedom and retirement.",
    "Our app helps users track passive income from dividends.",
    "Six-figure budget managed across campaigns.",
  ]);
});

describe("a run of spaces reads as one space (review30: long runs made the checker quadratic)", () => {
  flagged("hype", [
    "New hosts          earn millions in their first year.",
    "新主播 \u00a0 \u00a0 \u00a0 月入十万不是梦，一年提宝马！",
  ]);
  flagged("off_platform_contact", ["简历请加 v：     hr_zhang2026  ，平台消息不看。"]);
  clean("hype", [`主播助理${" ".repeat(4000)}负责直播间排班。`]);
});
describe("a run of line breaks reads as one (review31: blank lines in a posting without pay took about 20 s)", () => {
  // On the checker before the fix the first two ran past vitest's 5 s limit (sixty CRLF lines here: 118 s), so they
  // fail on it by timing out; the third took 2 s.
  const noPay = { min: null, max: null } as const;
  it("reads a posting with sixty blank lines (CRLF, as a browser sends them) and no pay", () => {
    expect(rules(`每月${"\r\n".repeat(60)}工资面议。`, noPay)).toContain("salary.missing");
  });
  it("reads runs of Unicode line and paragraph separators", () => {
    expect(rules(`每周${"\u2028".repeat(300)}x。${"\u2029".repeat(300)}薪资面议`, noPay)).toContain("salary.missing");
  });
  it("still reads pay stated after the blank lines", () => {
    expect(rules(`每月${"\r\n \r\n".repeat(60)}工资4500元，包住。`, noPay)).not.toContain("salary.missing");
  });
});
