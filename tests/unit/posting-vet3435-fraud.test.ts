/**
 * Classes of wording the money, fraud and pay rules missed on former-blind-34 and -35 (tests/corpus/README.md, "Tuning
 * round on former-blind-34 and -35, fees, fraud and pay (vet3435-fraud)"). Every case is a NEW wording of its class, in
 * Chinese and English, with clean twins; none is a sentence from those sets.
 */
import { describe, expect, it } from "vitest";
import { checkPosting, type PostingRuleId } from "../../app/postings/checks";

const check = (text: string, title = "招聘", min: number | null = 5000, max: number | null = 8000) =>
  checkPosting({ title, description: text, requirements: "", salaryMin: min, salaryMax: max }).map((f) => f.rule);
const has = (rule: PostingRuleId, texts: readonly string[], title = "招聘") =>
  it.each(texts)(`flags ${rule}: %s`, (text) => expect(check(text, title)).toContain(rule));
const lacks = (rule: PostingRuleId, texts: readonly string[], title = "招聘") =>
  it.each(texts)(`does not flag ${rule}: %s`, (text) => expect(check(text, title)).not.toContain(rule));

describe("former-blind-34/35 fee, fraud and pay classes (vet3435-fraud)", () => {
  describe("pyramid: the recruits' own recruits, told with 引荐/带/拉, a reward word, or 'theirs'", () => {
    has("fraud.pyramid", [
      "开店费一千八，你引荐的店铺你拿25%，他们再引荐你拿5%。",
      "团长推荐新团长奖励20%，新团长再推荐奖励5%。",
      "买一套2680的净水器成为代理，你带的人再带人你拿8%。",
      "进货三千，你拉的人再拉人你还能拿6%。",
      "Buy a starter bundle for USD 500 and earn 15% of every bundle bought by people you sign up, and 5% of theirs.",
      "Earn 25% of each kit bought by members you invite and 10% from the members they invite.",
      "You get 30% on every pass your agents sell and 10% on their agents' passes.",
    ]);
    lacks("fraud.pyramid", [
      "推荐朋友入职满三个月，公司奖励500元。",
      "你带的徒弟出师后，你拿带教补贴300元。",
      "Earn 10% on every sale you make and 2% on repeat orders from your customers.",
      "Staff earn a referral bonus of USD 300 for every engineer they refer.",
      "Affiliates earn 8% on sales to customers they bring in.",
    ]);
  });

  describe("commission-only: a base withheld below a count, a base that starts late or only on a target, a base of zero", () => {
    has("fraud.commission_only", [
      "底薪三千，每月成交不满五单的，底薪不发。",
      "签单不到三个的话，当月底薪取消。",
      "Base salary kicks in from month three, and only if you have closed five deals by then.",
      "Your fixed pay starts only once you've signed four clients.",
      "On paper there's a base; in reality you earn zero base and 30% commission.",
      "The contract lists a base of MYR 1,500; in practice you get 0 base and 35% commission.",
      "挂名底薪两千五，只是给你交社保用的，实际全靠提成。",
    ]);
    lacks("fraud.commission_only", [
      "底薪四千，每月成交不满五单也照发底薪。",
      "Base salary SGD 2,000 from month one, plus commission.",
      "Guaranteed base of MYR 2,200 whether or not you close deals.",
      "底薪三千，社保按底薪基数缴纳。",
    ]);
  });

  describe("fee: a must-pay verb with an amount for a test or a card; goods bought on entry at a spoken price; goods bought from the employer; a paper from a partner at a price", () => {
    has("fee", [
      "笔试前需付60元做性格测评，通过才约面。",
      "上岗要付150块办门禁卡。",
      "入职必须买公司的工具箱和劳保鞋套装，一千二，从工资扣。",
      "上岗先买配送箱和雨衣套装，六百八。",
      "Every new hire buys the safety kit from us at AED 600, taken from the first wage.",
      "New drivers purchase the uniform set from us for PHP 2,500.",
      "Before your first shift you need a food-safety certificate from our partner school (USD 45).",
    ]);
    lacks("fee", [
      "入职发配送箱和雨衣，不收钱。",
      "Customers buy the kit from us at AED 600.",
      "We pay for your food-safety certificate from our partner school (USD 45).",
      "负责向客户介绍套装，一套一千二。",
      "公司需付每位员工50元餐补。",
      "Shoppers buy the starter kit from us at AED 600.",
    ]);
  });

  describe("paid internship: a contact fee or 保障金 for a place, a guaranteed analyst offer, a sum under another name, a stipend beside the price", () => {
    has("paid_internship", ["每天补贴八十。报名需交单位联系费500元，我们帮你对接医院。"], "暑期医院实习");
    has(
      "paid_internship",
      ["Guaranteed analyst offer for a USD 9,000 service fee; the fund pays USD 4,000 a month."],
      "Summer Analyst Programme – Guaranteed Offer",
    );
    has(
      "paid_internship",
      ['A USD 800 "place confirmation contribution" is collected after the call; participants receive USD 50 a day.'],
      "Insight Week – Asset Management",
    );
    has(
      "paid_internship",
      [
        "交2680元就能挂名央企实习两个月，每月还给你发实习补贴四百。",
        "交2,380元即可挂名在市属国企实习一个月，不用去上班，每月补贴三百。",
      ],
      "挂名实习证明",
    );
    has("paid_internship", ["实习补贴每月一千二，交2999元“实习保障金”，保证进，进不了退一半。"], "券商实习");
    lacks("paid_internship", ["每天补贴八十，单位联系由学校统一安排，不收任何费用。"], "暑期医院实习");
    lacks("paid_internship", ["USD 4,000 a month; no fees are charged at any stage."], "Summer Analyst Programme");
    lacks(
      "paid_internship",
      ["Participants receive USD 50 a day; travel is reimbursed."],
      "Insight Week – Asset Management",
    );
    lacks("fee", ["Participants receive USD 50 a day; travel is reimbursed."], "Insight Week – Asset Management");
  });

  describe("training loan: a lender's loan in the applicant's name, deductions for months after placement, a course fee taken as a share of future income", () => {
    has("training_loan", [
      "The course (USD 4,000) is financed by our partner lender's study loan in your own name.",
      "先上培训课，学费三万由合作银行的教育贷款以你本人名义支付。",
      "The bootcamp fee is settled via a consumer loan from our finance partner in the trainee's own name.",
      "After you are placed, USD 300 a month is deducted from your pay for 18 months.",
      "培训费一万八，从你以后的带货收入里按15%扣，扣满为止。",
      "培训费八千，签收入分成协议，入职后一年工资的10%交给我们。",
    ]);
    lacks("training_loan", [
      "Employees with student loans can join our repayment-support scheme.",
      "公司为员工提供免息购房借款。",
      "Rent for the staff flat is paid by the company; staff loans are in the employee's own name only if they ask.",
      "Pension contributions of 5% are deducted from your salary each month.",
      "主播收入按平台规则与公司分成，公司拿30%。",
    ]);
  });

  describe("hype: a luxury car bought in the first year, millions earned by newcomers, a large figure for two hours a day", () => {
    has("hype", [
      "Our designers buy a Rolls-Royce within two years!",
      "Our new streamers earn millions.",
      "Reps earn millions in their first year with us.",
      "Earn up to USD 40,000 a month working one hour a day.",
      "Make 30k a month from the sofa — earn 30k monthly from the couch.",
    ]);
    lacks("hype", [
      "Drive the company's Rolls-Royce fleet for hotel guests.",
      "Manage client portfolios worth millions.",
      "Earn RMB 40 an hour working two hours a day after school.",
    ]);
  });

  describe("id or bank: papers and cards handed over to keep, bank tokens kept by the employer; copies on joining, papers shown and handed back, compliance checks", () => {
    has("fraud.id_or_bank", [
      "上岗第一天把身份证和银行卡交给车间主任统一保管。",
      "Sign as director of the new company; the agency holds the bank tokens.",
      "Our manager keeps your salary cards until the contract ends.",
    ]);
    lacks("fraud.id_or_bank", [
      "入职时提供毕业证复印件和体检报告。",
      "面试请带身份证原件（登记完马上还）。",
      "负责排查供应商是否扣押工人护照、是否拖欠工资。",
      "Salary is paid to a bank card in your own name; we never hold cards or tokens.",
    ]);
  });

  describe("salary.missing: a day's pay settled by the day, a daily income, a click-work action for a small amount are stated pay", () => {
    const missing = (text: string) =>
      checkPosting({ title: "兼职", description: text, requirements: "", salaryMin: null, salaryMax: null }).map(
        (f) => f.rule,
      );
    it.each([
      "按日结算，每天800元到手。",
      "按天结算900元，当天发。",
      "日收入200-300元。",
      "转发一条2元，当天结。",
      "签到一次0.5元。",
      "开一张卡给两百。",
      "每单拿五到十二。",
      "每月给你补贴五百。",
      "日赚三五百。",
    ])("does not flag salary.missing: %s", (text) => expect(missing(text)).not.toContain("salary.missing"));
    it.each([
      "按天结算，多劳多得。",
      "买一个工牌20元。",
      "日结，具体面谈。",
      "每月交管理费三百。",
      "每单交三百保证金。",
    ])("flags salary.missing: %s", (text) => expect(missing(text)).toContain("salary.missing"));
  });

  describe("innocent wordings: the messenger as the job, a moderator's duty, a paid internship in English, a deposit administrator, nobody paying, loans explained, a one-off first-month deduction", () => {
    lacks("off_platform_contact", [
      "Run the company's Zalo official account and reply to customer questions.",
      "负责运营公司Telegram频道和海外社群。",
      "LINE Official Account Manager – Thai market.",
      "Moderators remove listings that ask jobseekers to move to WeChat.",
      "招满了，别再私我了，平台上投递就行。",
    ]);
    has("off_platform_contact", [
      "Apply by messaging our recruiter on Telegram: @jobs_hr77.",
      "有意的私我，发你群号。",
    ]);
    lacks(
      "paid_internship",
      ["Paid marketing internship: USD 1,500 per month; no fees of any kind."],
      "Marketing Intern",
    );
    has(
      "paid_internship",
      ["Paid internship programme: programme fee USD 2,000 payable before the start."],
      "Marketing Intern",
    );
    lacks("fee", [
      "Security Deposit Clerk: record and refund residents' deposits.",
      "No candidate pays any fee, bond or deposit at any stage.",
      "招聘服务费由用工单位支付给我们，求职者不出一分钱。",
      "我们从不要求求职者通过私人微信交费。",
      "八、关于收费的说明",
    ]);
    has("fee", ["招聘服务费由求职者支付给我们，一次三百。", "报名要交钱，加私人微信缴费三百元。"]);
    lacks("training_loan", [
      "Walk prospective students through scholarships and bank loans to families.",
      "工装费200元，从第一个月工资里扣。",
    ]);
    has("training_loan", ["培训费四千，从前四个月工资里每月扣一千。"]);
    has("fee", ["工装费200元，从第一个月工资里扣。"]);
  });

  describe("salary.implausible: bell staff and childcare 生活老师 far above their market, a shop manager far below", () => {
    const pay = (title: string, min: number, max: number) =>
      checkPosting({ title, description: "负责日常工作。", requirements: "", salaryMin: min, salaryMax: max }).map(
        (f) => f.rule,
      );
    it.each([
      ["Hotel Bellhop (five-star)", 28000, 55000],
      ["酒店门童", 30000, 50000],
      ["托管中心生活老师", 30000, 60000],
      ["奶茶店店长", 1200, 1800],
    ] as const)("flags salary.implausible: %s %d–%d", (title, min, max) =>
      expect(pay(title, min, max)).toContain("salary.implausible"),
    );
    it.each([
      ["Hotel Bellhop (five-star)", 4500, 6000],
      ["托管中心生活老师", 4000, 5500],
      ["奶茶店店长", 6000, 8000],
    ] as const)("does not flag salary.implausible: %s %d–%d", (title, min, max) =>
      expect(pay(title, min, max)).not.toContain("salary.implausible"),
    );
  });

  describe("learned layer: commission-only needs a pay word; a hundred or two a day is no promise of riches", () => {
    lacks("fraud.commission_only", ["Company scooter and helmet provided. No deposit, no equipment deductions."]);
    lacks("hype", ["转发截图就赚钱，一条五毛，日入一两百。", "每天100-200元，做多少拿多少。"]);
    lacks("hype", [
      "一般一个月收入五千到一万二，业绩好的老员工一年十几万。",
      "安检要做到人人过检、包包过机，态度礼貌。",
    ]);
    has("hype", [
      "躺着日入一两百，三年买房。",
      "日入一千不是梦。",
      "跟着干，一年几十万，三年买房。",
      "面试包过，当天上岗。",
    ]);
  });

  describe("an interview a few hosts waive is no hiring without interview", () => {
    lacks("fraud.no_interview", ["流程：投递 → 用人单位面试（个别单位免面试）→ 入职。"]);
    has("fraud.no_interview", ["免面试，直接上岗。"]);
  });

  describe("off-platform contact: a QQ group number with spaced digits; a handle after 'via WeChat to'", () => {
    has("off_platform_contact", [
      "月薪五千。扣扣群：7 7 1 0 3 5 8 2",
      "日结两百，QQ群 4 4 8 1 9 0 2 6，进群排班。",
      "Send your CV via WeChat to hiring_88.",
    ]);
    lacks("off_platform_contact", [
      "Send your CV through this platform only.",
      "QQ群管理员，负责群内答疑，月薪五千。",
      "Send your CV via the platform to the hiring team.",
    ]);
  });
});
