/**
 * Round on former-blind-40 to -43, money charged to applicants (branch vet4043-fee): classes of wording the fee, training
 * loan and paid internship rules missed or flagged wrongly on those sets (public-sector and programme notices, video and
 * chat-platform recruiting, creators and models, county and construction work). Every case is a NEW wording of its class,
 * in Chinese and English, with twins on the other side; none is a sentence from those sets. tests/corpus/README.md,
 * "Tuning round on former-blind-40 to -43, fees, training loans and paid internships (vet4043-fee)", has the figures.
 */
import { describe } from "vitest";
import { cleanDescriptions as lacks, flaggedDescriptions as has } from "../support/posting-cases";

describe("former-blind-40..43 money classes (vet4043-fee)", () => {
  describe("fee: warnings about people who charge", () => {
    lacks("fee", [
      "近来有人假冒本中心的公众号，以“加急录用”“名额调剂”名义收费。本中心招聘信息仅在官网发布。",
      "本次招聘全程免费，如有人索要“押金”“建档费”，请立即报警。",
      "We have seen fake messages promising UN jobs and demanding visa or processing fees.",
      "You will remove listings asking candidates for deposits or bank cards.",
      'We will never text you asking for a deposit or a "training fee".',
      "Read this before you pay anyone for a job offer.",
      "Track reports of fake warehouse jobs that charge deposits or keep passports.",
    ]);
    has("fee", ["Pay a RMB 300 deposit before your first shift.", "入职前需交押金500元。"]);
  });

  describe("fee: someone else pays, named before or after the list", () => {
    lacks("fee", [
      "What we offer: full licensing support (the agency pays the licensing exam fees once you pass).",
      "Training: we run courses in scheduling, lifting and safety, and pay the exam fees for the registered constructor licence.",
      "Benefits: a salary of GBP 30,000; paid study towards a chartered qualification, including exam fees; 25 days' holiday.",
      "体检费用由用人单位统一结算。",
      "Our agency follows the employer-pays principle; the employer pays the visa, the medical, flights and our agency fee.",
      "The intern gets a stipend of RMB 150 per day paid by the host company.",
      "Referral bonus RMB 800 from the school; nothing is bought or paid by staff.",
    ]);
    has("fee", [
      "Applicants pay the exam fees themselves.",
      "体检费用由个人自理。",
      "Training: we run courses in safety, and you pay the exam fees for the licence.",
      "The uniform (RMB 200) is paid by the new hire.",
    ]);
  });

  describe("fee: the state's own fee, an FAQ answered no, scammers named", () => {
    lacks("fee", [
      "The camp pays the sponsor's fees except the government visa fee, which applicants pay directly to the consulate.",
      "问：需要购买工作服吗？答：工作服由单位统一配发，不收取任何费用。",
      "问：工装是否收费？答：工装和鞋由公司统一发放，不收费用。",
      'In the past month, scammers have copied our clips and told viewers to pay a "deposit to hold a place".',
      'I run hiring for two factories. In the past month, scammers have copied our live clips and posted them with their own WeChat IDs, telling viewers to pay a "deposit to hold a place".',
    ]);
    has("fee", [
      "问：需要交押金吗？答：需要交300元押金。",
      "Applicants pay a USD 180 agency fee directly to our office.",
      "入库前需在我们合作的影棚拍摄形象照，费用980元，拍完即可接单。",
      "The acting workshop and headshot package is RMB 3,800, payable before the workshop; bookings follow.",
    ]);
  });

  describe("fee: a waived hiring step in run-on text does not waive the charge after it", () => {
    has("fee", [
      "家人们 暑期工 免面试 直接上车 上车前交三百块中介费给领队 到厂就上班",
      "点赞员 不用面试 一单两块 日入一两百 先交一百六十八任务卡 拉你进群",
      "Remote assistant. Start now without interview after buying our CRM access card for USD 39; earn USD 20 per booking.",
      "景区群演 免面试 服装押金一百 当天退 一场一百二",
    ]);
    lacks("fee", [
      "免面试，不收任何中介费，直接上岗。",
      "No interview and no fees: we pay for your training.",
      "不用面试，不需交押金。",
      "群演 免面试 押金全免 一场一百",
      "群演 免面试 免押金 一场一百",
    ]);
  });

  describe("fee: money the job collects for others, or pays to the worker", () => {
    lacks("fee", [
      "社区食堂助餐员，使用街道统一收费码收取餐费。",
      "收费全部缴入财政专户，不得使用个人账户收款。",
      "考试“代缴费”兼职，帮考生缴报名费。",
      "帮培训机构收考生报名费，收到后晚上统一转账。",
      "用本人身份证开收款码，用来收分包方的管理费。",
      "每月付你挂名费600元。",
      "We give every finalist a one-hour paid test (RMB 250) before the offer.",
    ]);
    has("fee", ["报名需先交考试费200元。", "Candidates must sit a paid test (RMB 250) before the interview."]);
  });

  describe("fee: goods or access bought, money sent or a bond paid in English", () => {
    has("fee", [
      "Buy the USD 59 starter pass to unlock the task list.",
      "Begin today after buying our dispatch app licence for USD 29; earn USD 15 per job.",
      "Send EUR 600 for medical processing to hold your place.",
      'Pay a refundable GBP 900 "placement bond" after the call to secure the post.',
      "First pay 50 USDT activation to unlock the task list.",
      "Trainees also pay CNY 300 for their helmet and boots, deducted from the first wage.",
      "All crew hand in a refundable joining bond of CNY 2,000 on day one, returned after a year.",
    ]);
    lacks("fee", [
      "Customers buy our USD 39 pass to unlock premium routes.",
      "We buy the RMB 300 safety kit for every new installer.",
      "Clients pay a refundable AUD 500 bond to the landlord.",
    ]);
  });

  describe("fee: a place bought, wages held back, a down payment on a financed course", () => {
    has("fee", [
      "编制名额运作费15万，先付一半，上岗后结清。",
      "关系费8万，先交2万定金。",
      "西部计划保录取，笔试面试全打点好，服务费2万，录取后再付一半。",
      "每月工资押一个月，干满半年才发，提前走的不退。",
      "头两个月的工资押在工头手里当押金，干满一年才给。",
      "培训费9800元，先交报名订金800元占位，余款分10期。",
      "叉车班学费一万二，可分12期，首付三千，开课前交。",
      "Welding course CNY 9,600 in 10 instalments through our lending app, first instalment before class.",
      "Wind technician course GBP 5,000, repaid by 12% of your salary for two years; GBP 300 enrolment due now.",
      "日本技能实习 出国前中介费三万 包签证",
    ]);
    lacks("fee", ["工资每月15日发放上月工资，不押工资。", "零首付，学费分期，入职后再还。"]);
  });

  describe("training_loan: costs advanced and taken back out of later income", () => {
    has("training_loan", [
      "Travel, housing and coaching are advanced by the agency and recovered from your booking fees.",
      "包装费用共计3万元先由公司垫付，开播后从你的流水中每月扣除25%，扣完为止。",
      "训练费每年5万元由公司垫付，出道后从演出收入中扣回。",
      "我们先帮你拍摄和投流，费用两万，从你以后的收入里扣百分之十五，扣满为止。",
      "Course fees of CNY 12,000 are deducted from your wages over 10 months at our driving academy.",
      "签约后两年内收入的15%归公司，抵扣培训成本。",
      "Launch costs are first paid by the studio. The balance is repaid by deducting 30% of all your income until cleared.",
      "育婴师认证课四千二，可以走消费分期，入职以后每月工资扣。",
    ]);
    lacks("training_loan", [
      "体检费由公司先垫付，入职后全额报销，不从工资扣。",
      "A salary advance is available and repaid from wages.",
    ]);
  });

  describe("training_loan: the scheme refused, warned about or studied", () => {
    lacks("training_loan", [
      "本中心学费公开，不做贷款也不推分期。",
      "我们中心学费透明 不做贷款不做分期推销",
      "Student loan hotline agent: explain repayment plans to students by phone.",
      "近期有机构以“包过退费”为名诱导学生缴费或办理分期贷款，请同学们提高警惕。",
      "近期有机构以“协议班包过”“内部名额”为名诱导同学缴费或办理分期贷款。",
      "Compile cases of exam-prep contracts, training loans and fake job sales for a research project.",
      "Recruiter note: the client pays our fee, you pay nothing.",
    ]);
    has("training_loan", ["培训费可以办分期贷款，入职后从工资里扣。"]);
  });

  describe("paid_internship: a price beside a stipend, a slot bought", () => {
    has("paid_internship", [
      "挂名实习，不用到岗，交1500元即可获得实习证明，每月另发补贴200元。",
      "交一千六可以挂名实习 三个月 盖章证明 每月还发三百补贴",
      "大厂实习内推码 一个码两百 实习日薪两百",
      "银行暑期实习 转正保障费八千 实习期每月补贴两千",
      "国企海外项目实习内推码，每个码1288元，实习日补贴120元。",
      "Buy a priority interview slot with a Geneva office for EUR 900. Selected interns receive a EUR 1,000 monthly stipend.",
      "Internship slot with a solar developer. Secure your interview slot for USD 700; monthly stipend USD 400.",
    ]);
    lacks("paid_internship", [
      "实习补贴每月2000元，不收任何费用。",
      "Summer interns receive a EUR 1,000 monthly stipend.",
    ]);
    has("paid_internship", [
      "Fellows pay a USD 900 placement fee, which covers host matching; monthly stipend USD 250.",
    ]);
  });

  describe("paid_internship: warnings, the intern's own costs, schemes of another kind", () => {
    lacks("paid_internship", [
      "近期有人冒用本社名义发布“付费实习”信息，本社从不收取任何费用。",
      "如有人以本公司名义收取“内推费”，请向纪检部门举报。",
      "The office does not cover travel, housing or visa costs for visiting interns. Interns must hold their own insurance.",
      "Open a studio under our brand: RMB 19,800 franchise fee, and earn 15% of every fee from partners you refer, 5% from their referrals.",
      "日本技能实习 出国前中介费三万 包签证",
      "西部计划保录取，笔试面试全打点好，服务费2万，录取后再付一半。",
      "Platinum membership RMB 1,999 unlocks internship listings; invite friends to buy it and earn 25%, plus 10% when they invite others.",
      "Our hotel pays interns EUR 1,900 a month.",
      "Spring audit internship, HKD 12,000 monthly.",
    ]);
    lacks("fee", [
      "Buy the RMB 900 promoter kit to unlock your code; earn RMB 150 for each friend who buys a kit and RMB 40 for each kit their friends buy.",
      "成为平台代理，先交会费1680元，你推荐的人交会费你拿30%，他推荐的人你拿10%。",
      "培训费39800元可使用信用分期，首付0元，分24期从工资中偿还。",
    ]);
  });
});
