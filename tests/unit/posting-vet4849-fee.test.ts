/**
 * Tuning round on former-blind-48 and -49, fee, training loans and paid internships, and the shared negation (branch
 * vet4849-fee). Hand-written wordings of each class (tests/corpus/README.md, the section of this branch).
 */
import { describe } from "vitest";
import { clean, flagged, flaggedInDescription, cleanInDescription } from "../support/posting-cases";

describe("the shared negation hears Cantonese negators in every rule (vocabulary/vetting.ts, CANTONESE_NEGATORS)", () => {
  clean("fraud.id_or_bank", [
    "我哋唔会扣押员工身份证原件。",
    "唔需要提供银行卡密码，工资直接入账。",
    "公司冇要求员工交身份证原件。",
  ]);
  clean("fraud.pyramid", ["唔使拉人头，唔使发展下线，做好本职就得。", "我哋冇下线制度，唔会叫你拉人入会。"]);
  clean("training_loan", ["入职唔需要办理任何分期贷款。", "培训期间唔使办贷款，全部公司出钱。"]);
  clean("paid_internship", [
    "唔收任何内推费，实习有工资。",
    "唔使畀任何内推费，实习有补贴。",
    "冇内推费，实习生每月补贴两千。",
  ]);
  clean("fee", [
    "入职唔使交按金。",
    "毋须缴付任何费用。",
    "唔会收取任何培训费。",
    "冇任何按金或者中介费。",
    "要交按金咩 答：唔使",
  ]);
  // The Cantonese demand and refusals of people stay flagged.
  flagged("fee", ["唔使面试，交三百押金即可上岗。", "唔使经验，入职先交五百元押金。"]);
  flagged("discrimination.gender", ["唔请女仔，只要男仔。", "女性唔要。"]);
  flagged("discrimination.ethnicity", ["客家人唔请，潮州人优先。"]);
});

describe("the waived hiring step before a demand to pay is read for every money rule, not the fee alone", () => {
  flagged("fee", ["免面试 服装押金一百 当天退", "不用面试 先交两百块中介费 直接上岗"]);
});

describe("fee: the deposits, rent and escrow of the people a property job serves are not a charge", () => {
  clean("fee", [
    "Handle corporate bookings, check-ins and deposits taken through the company terminal.",
    "Take holding deposits through our payment system and explain deposit rules to residents.",
    "Log deposit deductions with photos and register them with the deposit protection scheme.",
    "All reservation payments and down payments go into the escrow account; staff never collect money.",
    "为租赁企业办理押金托管账户，核查资金流水。",
    "受理租房押金纠纷投诉，组织调解。",
    "所有客户定金和房款均进入银行资金监管账户。",
  ]);
  // An applicant's own deposit stays a charge, whatever the account it is kept in.
  flagged("fee", [
    "上岗前需交押金300元，押金托管在公司账户。",
    "A refundable deposit of RMB 500 is required before your first shift.",
    "Trainees pay a holding deposit of GBP 200 to secure a place on the course.",
  ]);
});

describe("fee: money staff must not take privately, a counter's services and a payer named before the verb", () => {
  clean("fee", [
    "检查门店是否私收“端口费”“工牌费”。",
    "对虚假房源、私收费用等行为零容忍。",
    "办理开户、套餐变更、缴费。",
    "为学生提供课程咨询，学费由家长直接付给学校。",
    "Commission-only: 50% split of agency fees.",
  ]);
  cleanInDescription("fee", ["健身房前台（会员收费），负责会员签到。"]);
  flagged("fee", [
    "新人需先交报名费200元，由财务统一收取。",
    "办理入职手续，缴费800元。",
    "培训费需交给学校，每人1800元。",
  ]);
});

describe("fee: a fee named between the pay verb and a bare figure, goods bought on starting with their price", () => {
  flagged("fee", [
    "上户前交会员费680，才给派单。",
    "交资料费150就安排上岗。",
    "工具包入职购买660元。",
    "上岗前买工服两套180元。",
  ]);
  clean("fee", ["协助业主交物业费300元。", "帮客户交电费200。", "入职后公司统一购买工服，费用全免。"]);
});

describe("training_loan: costs the company advances, recovered from what the work earns", () => {
  flagged("training_loan", [
    "训练费公司先垫，出道后从收入里扣。",
    "包装费经纪公司先垫，开播后从提成里扣。",
    "Flights and portfolio advanced by agency, repaid from your booking fees.",
    "Housing and coaching fronted by the studio, deducted from your future earnings.",
  ]);
  flaggedInDescription("training_loan", ["练习生训练费公司先垫，出道后从演出收入里扣。"]);
  clean("training_loan", ["机票公司先垫，到岗后公司报销，不从工资扣。"]);
});

describe("paid_internship: the placement confirmed after a payment, a fee for holding the place, in a text about an internship", () => {
  flaggedInDescription("paid_internship", [
    "Six-week internship at a Shanghai law firm. Placements are confirmed only after payment of our USD 3,900 programme package.",
    "Summer internship at a Hong Kong bank. Placement secured after our HKD 8,000 placement support fee.",
    "四大审计实习。占坑费1500元，确保面试名额。",
    "国企实习，每月补贴1500。转正保障费2万元，不转正退一半。",
  ]);
  cleanInDescription("paid_internship", [
    "Summer internship at our Shanghai office. Placements are confirmed after a video interview; interns receive RMB 4,000 a month.",
    "暑期实习生招聘，实习名额有限，确保面试名额请尽早投递，不收取任何费用。",
  ]);
});

describe("fee: residents' and home buyers' money, and an inspector's search for employers who take deposits", () => {
  clean("fee", [
    "Residents pay rent and deposits only through the app; associates never take payments.",
    "Home buyers pay deposits straight to the developer's escrow agent.",
    "排查扣押证件、收取押金的用工单位。",
    "稽查违规收取培训费的职业中介。",
  ]);
});

describe("fee: in English, the applicant told to pay, remit or buy one of ours for a sum in a currency", () => {
  flagged("fee", [
    "After your phone interview, pay USD 89 for our language assessment before scheduling.",
    "Kindly remit the EUR 380 medical clearance fee within 48 hours.",
    "After the video call, buy our USD 59 certification from our partner academy.",
    "Book our mandatory audition workshop (USD 89) so our director can assess your voice.",
  ]);
  clean("fee", [
    "We pay USD 20 per hour, paid weekly.",
    "Projects pay USD 150-400 per episode.",
    "Clients pay USD 50 per session; you keep 70 percent.",
    "Help guests book our spa packages (USD 89) at the front desk.",
    // "Pay" as the pay's label, a rate, and a partner's buy-in (the pyramid rule's) are not the fee's demand.
    "Night shift. Pay CNY 6,500 per month.",
    "Every evening. Pay RMB 200 per day.",
    "Pay RMB 50,000 to become a city partner.",
  ]);
});

describe("fee: money paid to the applicant, a platform's cut, an employer that also pays, duties around charges", () => {
  clean("fee", [
    "日剧听译字幕，每集45分钟，稿费400元。",
    "稿酬：千字120，按月结算。",
    "We take a 15% service fee from lessons booked through the app.",
    "The hotel applies for the work permit through the quota and pays all application fees.",
    "解释费用、保险直付、押金退还流程。",
    "管理共享办公空间预订与收费。",
    "核实用人单位是否收费。",
    "收取老人服务费，月薪4500元。",
    "证券公司开户费用核算员",
    "Manage physical gold deposits and audits.",
  ]);
  flagged("fee", [
    "投稿前需交审稿费200元。",
    "稿费需先交押金300元。",
    "You pay a 15% service fee upfront before joining.",
    "Applicants apply for the permit and pay all application fees themselves.",
  ]);
});

describe("training_loan: deductions after starting work, Cantonese wages, an ISA's share, a price before the training", () => {
  flagged("training_loan", [
    "课程费SGD 8,000，由公司先垫，工作后每月扣SGD 400，提前离职一次性还清。",
    "學費HK$28,000，唔使一次過俾，可以用學員名義申請貸款，返工後每月扣人工還。",
    "学费28000元，可以用学员名义申请贷款，上班后每月扣工资还。",
    "Evaluation fee USD 1,200 financed by our credit partner; repayments come out of your profit split.",
    "We advance your studio kit and training (USD 1,800) and recover it from 25% of your booking fees until cleared.",
    "The USD 1,200 training is financed by our lending partner in your name and repaid from your first six months of task earnings.",
    "No upfront fee: income share agreement of 17% of your salary for 30 months.",
    "Join our academy with zero fees upfront: an income share agreement takes 15% of your salary for two years.",
  ]);
  clean("training_loan", [
    "We offer a salary advance of up to 50% of your monthly pay, no interest.",
    "No training loan: the course is free and we pay you during it.",
    "如有人以公司名义收取培训费，请举报。",
  ]);
});

describe("paid_internship: a slot paid to secure or a place confirmed with a sum, in a text about an internship", () => {
  flaggedInDescription("paid_internship", [
    "Big Four advisory internship, SGD 1,800 a month. Pay SGD 800 to secure your interview slot through our partner.",
    "Remote research internship. After your first interview, confirm your place with a USD 600 seat contribution.",
  ]);
  cleanInDescription("paid_internship", [
    "Summer internship. Confirm your place with a reply email; the stipend is USD 1,000 per month.",
  ]);
});

describe("fee: a membership or agency bought on starting is the pyramid's buy-in, not the fee", () => {
  clean("fee", ["入职先购买9800元“环球旅行会员”，本人享受折扣。"]);
});
