/**
 * Round on former-blind-36 and -37, fees, fraud and pay (branch vet3637-fraud): classes of wording the money, fraud and pay
 * rules flagged wrongly on those sets (students' part-time jobs and internships; long formal postings with the money in a
 * benefits list or an FAQ). Every case is a NEW wording of its class, in Chinese and English, with twins that must still
 * be flagged; none is a sentence from those sets. tests/corpus/README.md, "Tuning round on former-blind-36 and -37, fees,
 * fraud and pay (vet3637-fraud)", has the figures.
 */
import { describe, expect, it } from "vitest";
import { checkPosting } from "../../app/postings/checks";
import { cleanDescriptions as lacks, flaggedDescriptions as has, NO_PAY as noPay } from "../support/posting-cases";

describe("former-blind-36/37 fee, fraud and pay classes (vet3637-fraud)", () => {
  describe("salary.missing: one unit of work, what it counts, then its figure; a fee named for the work", () => {
    lacks(
      "salary.missing",
      [
        "给短视频配字幕，一分钟成片八十元。",
        "博物馆周末导览，一场导览60元。",
        "手绘插画上色，一幅三百～六百看复杂度。",
        "给商品图抠图，一张图0.5元。",
        "帮店铺写好评，一条评价2元。",
        "棋牌陪练，一局3-10元。",
        "果园采摘，一亩给5元。",
        "给公众号文章点在看，一个在看0.2元。",
        "会议录音整理，每小时录音整理费100元，课题组按月结算。",
        "讲座速记，每场速记费300元。",
        "校园代理，固定月薪九百，不考核。",
        "Community outreach volunteer stipend, JOD 180 per month.",
      ],
      noPay,
    );
    has(
      "salary.missing",
      [
        "展会门票一张80元，工资面议。",
        "一小时能贴200张标签，薪资面议。",
        "每场活动约三百人，待遇面议。",
        "Monthly pay to be discussed at interview.",
      ],
      noPay,
    );
  });

  describe("salary.implausible: a monthly allowance as the whole pay of a lab or sponsored trainee post", () => {
    lacks("salary.implausible", ["协助整理问卷数据，每月补贴1200元，可计入实践学分。"], { min: 1200, max: 1200 });
    lacks("salary.implausible", ["航空公司全额资助的培训项目，培训期间每月生活补贴1800。"], { min: 1800, max: 1800 });
    has("salary.implausible", ["全职仓库管理员，每天工作八小时，月休四天。"], { min: 1000, max: 1200 });
  });

  describe("salary.implausible: a professional's day of remote work is not work from home as unskilled work", () => {
    lacks("salary.implausible", ["要求五年以上 Go 开发经验；每周可申请一天居家办公。"], {
      title: "资深后端工程师",
      min: 30000,
      max: 50000,
    });
    has("salary.implausible", ["居家兼职，会打字即可，时间自由。"], { title: "资料整理", min: 30000, max: 50000 });
  });

  describe("fee: a refusal over a list of charges or their kinds; the refusal's time and asking verb between", () => {
    lacks("fee", [
      "We take no fees, deposits or equipment costs from anyone we hire.",
      "The bank charges no registration, exam or medical fees at any stage.",
      "There are no application, training or uniform fees.",
      "我们不会在签约前后要求候选人缴纳任何押金或保证金。",
      "公司不会在入职时向新员工收取任何服装费、培训费。",
    ]);
    has("fee", [
      "No experience needed, deposit RMB 500 before the first shift.",
      "There are no interviews, just pay the registration fee of USD 30.",
      "Exam fees and study materials are your own responsibility, RMB 800.",
    ]);
  });

  describe("fee: 收费 as a post, a desk, an experience or a report; banking deposits in a list; a service charge in the pay", () => {
    lacks("fee", [
      "有医院收费工作经验者优先。",
      "停车场收费员，三班倒。",
      "每周整理一次收费明细，交财务核对。",
      "Process account opening, deposits, withdrawals and remittances at the counter.",
      "Design campaigns for deposits, mortgages and credit cards.",
      "MYR 4,200 per month, service charge and a year-end bonus.",
      "A sponsored CFA path, with paid study leave and exam fees.",
      "Graduate salary HKD 25,000 a month, exam fees and study leave paid.",
    ]);
    has("fee", [
      "新员工需缴纳收费员押金500元。",
      "Please pay a USD 200 deposit before training; the job involves withdrawals.",
      "A service charge of RMB 300 is deducted from your first wage.",
    ]);
  });

  describe("fee: a warning about someone claiming to be our staff who collects money", () => {
    lacks("fee", ["如遇到自称本公司HR收取押金的情况，请及时向学校反映。"]);
    has("fee", ["本公司HR会在面试当天收取押金300元。"]);
  });

  describe("paid_internship: insurance bought for the internship's duration, a collector's post in the title", () => {
    lacks("paid_internship", ["公司为每位实习生购买实习期间人身意外险，每天补贴100元。"]);
    lacks("paid_internship", ["协助前台收取停车费，每天补贴90元。"], { title: "停车场收费员（寒假实习）", ...noPay });
    has("paid_internship", ["购买实习名额需3000元，保证实习证明。"]);
  });

  describe("training_loan: a car dealer's services, the student-loan desk as the workplace", () => {
    lacks("training_loan", ["协助买车客户办理车贷、保险和上牌。"], { title: "汽车销售顾问" });
    lacks("training_loan", ["在学校助学贷款服务台帮忙整理材料，时薪20元。"], { title: "勤工助学", ...noPay });
    has("training_loan", ["培训费两万，签署培训贷款，上岗后每月从工资扣。"], { title: "学员招募" });
  });

  describe("off_platform_contact: the messenger's customer service as the post's name", () => {
    it("title: 海外电商Telegram客服", () => {
      expect(
        checkPosting({
          title: "海外电商Telegram客服",
          description: "回复海外买家的咨询和售后问题，月薪7000元，请通过本平台投递。",
          requirements: "英语流利",
          salaryMin: 7000,
          salaryMax: 7000,
        }).map((f) => f.rule),
      ).not.toContain("off_platform_contact");
    });
    has("off_platform_contact", ["有意者请加Telegram客服：hr_jobs2024"]);
  });

  describe("fraud.pyramid: the recruit's recruits said with 他, what the recruits sell, 两级/二级, the next level, 'plus … for each person they bring in'", () => {
    has("fraud.pyramid", [
      "认购一份5000元成为合伙人，推荐一人拿15%，她推荐的拿6%。",
      "买998元会员卡当推广员，你发展的推广员卖出一张你再拿10%。",
      "开通代理后直推间推都有，两级都有返佣。",
      "入股一万，每推荐一人得其份额的10%，二级推荐再得3%。",
      "交1980元成为店主，被推荐人再推荐新店主，你还能拿200元。",
      "Buy the USD 300 starter pack; you earn 15% on packs bought by friends you invite and 5% on the next level.",
      "Pay USD 199 to join and earn USD 60 for each friend who joins, plus USD 20 for each member they bring in.",
    ]);
    lacks("fraud.pyramid", [
      "推荐同学入职满一个月，奖励300元。",
      "你推荐的同学入职满三个月，你拿500元内推奖。",
      "Staff earn USD 200 for each engineer they refer who is hired.",
      "Earn 10% on your own sales and a quarterly bonus.",
    ]);
  });

  describe("fraud.commission_only: no salary for the first months, a base of zero in practice, all income from commission, a base paid only in months that meet a target", () => {
    has("fraud.commission_only", [
      "No salary for the first two months; after that a base of SGD 1,500.",
      "The offer letter says a base of THB 15,000, but in practice it is zero.",
      "All your income comes from commission on the policies you sell.",
      "The base salary is paid only in months in which you close three deals.",
    ]);
    lacks("fraud.commission_only", [
      "A base salary of SGD 2,000 from the first month, plus commission.",
      "In practice nothing changes for staff already on contract.",
      "Defects in practice zero after the third audit.",
    ]);
  });

  describe("fee: orders advanced counted in words, the principal advanced, a materials pack bought, the hired role buying a kit at a price", () => {
    has("fee", [
      "先垫付两单熟悉流程，佣金当场返。",
      "本金由自己先行垫付，完成后返还。",
      "做手工绣花，先拍下材料包59元，做好寄回。",
      "材料包128元需自购，做完寄回结算。",
      "Promoters buy the USD 120 uniform pack before the first event.",
    ]);
    lacks("fee", [
      "公司垫付差旅费，报销当月结清。",
      "材料包由公司免费寄出。",
      "Customers buy the USD 120 starter pack from our stores.",
      "每笔收款自留3%作为服务费，其余转回公司。",
    ]);
  });

  describe("training_loan: a share of income handed over for years, an employer-financed course recovered by salary deduction, an income-share agreement, a share deducted for months", () => {
    has("training_loan", [
      "培训免费，以后带货收入的15%交给公司，分两年。",
      "The academy finances your pilot course and recovers it by salary deduction over five years.",
      "Before the course you sign an income share agreement with the school.",
      "Once placed, 15% of your monthly salary is deducted for 18 months.",
    ]);
    lacks("training_loan", [
      "The airline finances your course in full; nothing is repaid.",
      "底薪是预支的，每月从提成中扣回。",
      "Salary deductions for social insurance follow the law.",
    ]);
  });

  describe("paid_internship: a quoted guarantee deposit and its price beside a stipend", () => {
    has("paid_internship", ["交“实习保证金”6800元保证拿到投行实习，实习期间每天补贴150元。"]);
    lacks("paid_internship", ["实习期间每天补贴150元，不收任何保证金。"]);
  });

  describe("off_platform_contact: v with a colon, letters and digits spaced out", () => {
    has("off_platform_contact", ["做完截图结算，v：ab 3 5 7 9 2"]);
    lacks("off_platform_contact", ["工作地点：v区 1号楼，请通过本平台投递。"]);
  });

  describe("fraud.id_or_bank, in English: salary cards handed over, papers kept for new staff or left with the office, own-name accounts operated by the employer; not the account the pay goes into", () => {
    has("fraud.id_or_bank", [
      "On day one, new tellers hand over their own salary card and its PIN to the branch manager.",
      "The supervisor will keep the identity cards and salary cards of new cleaners during probation.",
      "New drivers leave their ID card original with the depot office for the first year.",
      "You will open two bank accounts in your own name using your passport. Our finance team will operate these accounts.",
      "You will open a bank account in your own name and give us the card.",
    ]);
    lacks("fraud.id_or_bank", [
      "Please hand over a copy of your degree certificate to HR.",
      "Your salary is paid into your own bank account.",
      "Your salary is paid into a bank account you open in your own name.",
      "The allowance is paid into a local account that we help you open in your own name for your own use.",
    ]);
  });

  describe("fraud.no_interview: interviews removed for an intake", () => {
    has("fraud.no_interview", [
      "Because demand is urgent, we have removed interviews for this intake. Pay USD 49 to activate.",
    ]);
    lacks("fraud.no_interview", ["We have removed the written test; interviews run as usual."]);
  });

  describe("hype: the applicant's pledge for a term after joining is no hiring guarantee", () => {
    lacks("hype", ["员工需书面承诺入职两年内不离职。", "女性应聘者需签署承诺书，承诺入职三年内不生育。"]);
    has("hype", ["承诺入职，百分百上岗。"]);
  });

  describe("salary.implausible: student part-time posts above the unskilled ceiling, a full-time internship under the floor, heads of homes and schools, community workers", () => {
    has("salary.implausible", ["整理书架，每周六小时。"], { title: "图书馆勤工助学岗", min: 12000, max: 30000 });
    has("salary.implausible", ["40 hours a week for 10 weeks."], {
      title: "Full-time Summer Intern – Data",
      min: 300,
      max: 600,
    });
    has("salary.implausible", ["全面负责园内运营和安全。"], { title: "幼儿园园长", min: 1200, max: 1800 });
    has("salary.implausible", ["负责网格走访和政策宣传。"], { title: "社区工作者", min: 60000, max: 90000 });
    lacks("salary.implausible", ["整理书架，每周六小时，每月补贴800元。"], {
      title: "图书馆勤工助学岗",
      min: 800,
      max: 800,
    });
    lacks("salary.implausible", ["每周10小时，时薪25元。"], { title: "Summer Intern – Library", min: 800, max: 1000 });
    lacks("salary.implausible", ["协助院长处理日常事务。"], { title: "院长助理", min: 2500, max: 3500 });
    lacks("salary.implausible", ["负责网格走访和政策宣传。"], { title: "社区工作者", min: 5000, max: 7000 });
  });
});
