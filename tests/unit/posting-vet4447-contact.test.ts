/**
 * Round on former-blind-44 to -47 (branch vet4447-contact): off_platform_contact, hype, fraud.id_or_bank and
 * fraud.no_interview. Cases written for the classes found in those sets' misses and wrong flags (not their text);
 * each class has violating and clean twins. The case is the whole description (descriptionRules' frame).
 */
import { describe } from "vitest";
import { cleanDescriptions, flaggedDescriptions } from "../support/posting-cases";

describe("fraud.id_or_bank: the applicant's card or papers handed to the boss (Cantonese and Mandarin, 把/将 … 交给/交俾)", () => {
  flaggedDescriptions("fraud.id_or_bank", [
    "上班第一日要将张提款卡同埋密码交俾主管，出粮先方便。",
    "報到當日將護照正本同工資卡交俾工頭代保管。",
    "入职后把工资卡和绑定的手机号码交给老板，方便统一结算。",
    "入职时将身份证原件交给领班，做满三个月再还。",
  ]);
  cleanDescriptions("fraud.id_or_bank", [
    "入职时把身份证复印件交给人事存档即可，原件本人保管。",
    "将报销单和发票交给财务主管审核。",
    "把客户的银行卡申请表交给网点主管复核。",
  ]);
});

describe("fraud.id_or_bank: an account opened in one's own name for the employer to use (own name, Taiwan 身分證, 本人及家人)", () => {
  flaggedDescriptions("fraud.id_or_bank", [
    "入職後需用自己名開一個銀行戶口收客人貨款，之後轉去公司指定戶口。",
    "需以本人身分證申請網拍賣場及收款帳戶，交公司使用。",
    "须用本人及亲属的身份证开立银行账户，统一交给主管操作。",
    "用本人身份证实名注册短视频号和小店，交给工作室运营。",
  ]);
  cleanDescriptions("fraud.id_or_bank", [
    "工资每月转入员工本人名下的银行账户。",
    "协助客户用本人身份证开立证券账户，核对开户资料。",
    "以本人名义报名参加培训考试，考试费公司报销。",
  ]);
});

describe("fraud.id_or_bank: in English, the applicant's papers or banking kept by the employer, or cheques paid through them", () => {
  flaggedDescriptions("fraud.id_or_bank", [
    "Your ID and the company bank tokens will be kept by our office during the contract.",
    "You open a savings account in your own name at a bank we name; the card and the security token are then handed to our finance lead.",
    "Deposit the payments we send into your own account and forward the balance to our partner.",
  ]);
  cleanDescriptions("fraud.id_or_bank", [
    "We help new arrivals register with a doctor and open a bank account in their own name for their salary.",
    "Our payroll team never asks for cards, PINs or online-banking passwords; salary goes to an account you choose.",
    "Process customers' cheque deposits and reconcile the balance with the branch ledger.",
    "Your contract and the staff handbook will be kept by our office for your reference.",
  ]);
});

describe("fraud.id_or_bank: the company's own accounts, salary card numbers, and the schemes as what is screened", () => {
  cleanDescriptions("fraud.id_or_bank", [
    "公司名下的广告账号由公司统一管理，运营只用分配的子账号。",
    "负责员工工资核算，为兼职讲师核算课酬，讲师只需提供本人工资卡卡号。",
    "银行卡中心“刷流水”风险监控专员，负责识别异常交易。",
  ]);
  flaggedDescriptions("fraud.id_or_bank", [
    "员工个人名下的抖音账号交给公司统一运营。",
    "兼职：用你的个人卡帮公司走流水，每笔有佣金。",
  ]);
});

describe("off_platform_contact: the messenger as the product, the employer's own channel, or an impersonator's", () => {
  cleanDescriptions("off_platform_contact", [
    "Build a Telegram bot for a travel agency's bookings; Telegram is the product, apply here.",
    "Reply to members on the gym's WhatsApp Business line; the WhatsApp account is the gym's own channel.",
    "客服（WhatsApp 官方频道，吉隆坡电商）：回复买家查询，平台投递。",
    "WhatsApp 客服经理（母婴网店），月薪MYR 4,500，请经平台申请。",
    "If anyone messages you on WhatsApp claiming to be our recruiter, ignore it; we only hire through this site.",
  ]);
  flaggedDescriptions("off_platform_contact", [
    "Talk to our recruiter on WhatsApp to get the starter kit.",
    "Join our Telegram group: +60 11 2233 4455 for tasks.",
    "加LINE：job_tw88 領取工作。",
  ]);
});

describe("hype: wealth by a few years' work, and a million-a-year average", () => {
  flaggedDescriptions("hype", [
    "跟住我哋做，两年就揸跑车！",
    "做满三年买楼唔系梦。",
    "团队人均年薪百万，新人首年年收入过两百万。",
  ]);
  cleanDescriptions("hype", [
    "两年后可申请调往总部，公司提供住房补贴。",
    "负责豪车品牌的售后客服，月薪8000。",
    "Tuition is deferred: pay 10% of your income for two years once you earn over USD 2,500 a month.",
    'Train staff to spot mule recruitment through "easy money" ads on social media.',
  ]);
});

describe("fraud.no_interview: Cantonese no-interview, and interviews waived with nothing to pay or for returning staff", () => {
  flaggedDescriptions("fraud.no_interview", ["唔使见工，即日开工，日薪HK$600。"]);
  cleanDescriptions("fraud.no_interview", [
    "Flyer distribution, MYR 90 per day. No interview, no fees, no deposit of any kind.",
    "Stocktake helpers, RM 110 a day; no interview needed for returning helpers.",
  ]);
});
