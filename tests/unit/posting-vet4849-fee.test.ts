/**
 * Tuning round on former-blind-48 and -49, fee, training loans and paid internships, and the shared negation (branch
 * vet4849-fee). Hand-written wordings of each class (tests/corpus/README.md, the section of this branch).
 */
import { describe } from "vitest";
import { clean, flagged, flaggedInDescription, cleanInDescription } from "../support/posting-cases";

describe("the shared negation hears Cantonese negators in every rule (vocabulary/vetting.ts, CANTONESE_NEGATORS)", () => {
  clean("fraud.id_or_bank", [
    "我哋唔会收起员工嘅身份证原件。",
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
    "Look after group reservations; tenants' deposits are taken through the card machine at reception.",
    "Register every holding deposit online and walk new lodgers through the deposit rules.",
    "Record deposit deductions at check-out and file them with the protection scheme.",
    "Buyers' down payments sit with an escrow agent until completion.",
    "协助公寓运营方开设租客押金托管专户。",
    "调处长租公寓的押金争议，整理调解记录。",
    "购房人的定金统一存入监管账户，经纪人不经手。",
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
    "抽查各分店有没有员工私收客户看房费。",
    "员工私自收取业主钱款的，一律开除。",
    "柜台业务：宽带报装、号码过户、缴费。",
    "学员报读后，学费由家长自行交给培训学校。",
    "You earn a 40% split of the letting fees you bring in.",
  ]);
  cleanInDescription("fee", ["游泳馆前台（办卡收费），负责入场登记。"]);
  flagged("fee", [
    "新人需先交报名费200元，由财务统一收取。",
    "办理入职手续，缴费800元。",
    "培训费需交给学校，每人1800元。",
  ]);
});

describe("fee: a fee named between the pay verb and a bare figure, goods bought on starting with their price", () => {
  flagged("fee", [
    "接单前先交平台费360，才能开通派单。",
    "交资料费150就安排上岗。",
    "工作服和工具箱上岗前购买480元。",
    "入职时自行购买安全鞋两双220元。",
  ]);
  clean("fee", ["协助业主交物业费300元。", "帮客户交电费200。", "入职后公司统一购买工服，费用全免。"]);
});

describe("training_loan: costs the company advances, recovered from what the work earns", () => {
  flagged("training_loan", [
    "集训费经纪公司先垫，签约后从收入里扣。",
    "包装费机构先垫，开播后从提成里扣。",
    "Test shoots and travel advanced by agency, repaid from your booking fees.",
    "Housing and coaching fronted by the studio, deducted from your future earnings.",
  ]);
  flaggedInDescription("training_loan", ["舞蹈训练费公司先垫，出道后从演出收入里扣。"]);
  clean("training_loan", ["机票公司先垫，到岗后公司报销，不从工资扣。"]);
});

describe("paid_internship: the placement confirmed after a payment, a fee for holding the place, in a text about an internship", () => {
  flaggedInDescription("paid_internship", [
    "Autumn internship at a Tokyo studio. Places are confirmed only after payment of our USD 2,600 package.",
    "Winter internship at a Seoul fund. Placement secured after our USD 1,900 support fee.",
    "券商投行实习。先交占位费2000元，确保面试名额。",
    "银行暑期实习，日薪120。转正保障费1.5万元，未转正退还六成。",
  ]);
  cleanInDescription("paid_internship", [
    "Summer internship at our Shanghai office. Placements are confirmed after a video interview; interns receive RMB 4,000 a month.",
    "暑期实习生招聘，实习名额有限，确保面试名额请尽早投递，不收取任何费用。",
  ]);
});

describe("fee: residents' and home buyers' money, and an inspector's search for employers who take deposits", () => {
  clean("fee", [
    "Residents settle rent and deposits in the app; the team never handles cash.",
    "Home buyers wire deposits to the developer's solicitor.",
    "排查违规收取押金的劳务中介。",
    "稽查违规收取培训费的职业中介。",
  ]);
});

describe("fee: in English, the applicant told to pay, remit or buy one of ours for a sum in a currency", () => {
  flagged("fee", [
    "Once the screening call is done, pay USD 65 for the skills quiz before we book you.",
    "Kindly remit the GBP 250 onboarding charge by Friday.",
    "Before day one, buy our USD 45 compliance badge.",
    "Book our required portfolio review (USD 120) to be considered.",
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
    "韩综字幕校对，每期一小时，稿费300元。",
    "稿酬：每千字95元，季度结算。",
    "The platform keeps a 12% booking fee from every class you teach.",
    "The resort sponsors your visa through its quota and pays all permit fees.",
    "向住院家属说明押金退还手续。",
    "管理自习室座位预订与收费。",
    "核查合作企业是否另行收费。",
    "上门收取居民的清洁服务费并开票。",
    "基金托管费用核算专员",
    "Count silver deposits in the vault each quarter.",
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
    "护理课程费用SGD 6,500，由中介先垫，工作后每月扣SGD 300。",
    "美甲課程HK$18,000，唔使即刻畀，可以申請分期，返工後每月扣人工還。",
    "课程费16800元，可以用学员名义申请贷款，上班后每月扣工资还。",
    "The challenge account's evaluation fee of USD 900 is financed, repaid from your payouts.",
    "We front your microphone and coaching (USD 1,400) and recover it from 30% of your earnings.",
    "The USD 950 certification course is financed by our partner bank and repaid from your first pay cheques.",
    "Nothing to pay now: an income share agreement of 12% of your salary for two years.",
    "Zero tuition today: an income share agreement takes 10% of your salary once hired.",
  ]);
  clean("training_loan", [
    "We offer a salary advance of up to 50% of your monthly pay, no interest.",
    "No training loan: the course is free and we pay you during it.",
    "如有人以公司名义收取培训费，请举报。",
  ]);
});

describe("paid_internship: a slot paid to secure or a place confirmed with a sum, in a text about an internship", () => {
  flaggedInDescription("paid_internship", [
    "Consulting internship, HKD 9,000 a month. Pay HKD 3,000 to secure your interview seat.",
    "Remote design internship. Confirm your place with a USD 450 reservation contribution.",
  ]);
  cleanInDescription("paid_internship", [
    "Summer internship. Confirm your place with a reply email; the stipend is USD 1,000 per month.",
  ]);
});

describe("fee: a membership or agency bought on starting is the pyramid's buy-in, not the fee", () => {
  clean("fee", ["上岗先购买6800元“健康生活会员”，自用享八折。"]);
});

describe("more wordings of the classes above (each fails on the unchanged checker)", () => {
  clean("fee", [
    "课时费由家长直接转给学校。",
    "We take a 20% service fee from each session you run.",
    "The clinic arranges the licence with the council and pays all registration fees.",
  ]);
  flagged("fee", ["After the trial call, pay USD 75 for our typing test."]);
  flagged("training_loan", [
    "No fees up front: an income share agreement of 12% of your salary for two years.",
    "美甲課程HK$18,000，返工後每月扣人工還。",
    "Your USD 800 training is financed by a partner lender and repaid from task earnings.",
  ]);
});
