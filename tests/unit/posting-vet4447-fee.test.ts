/**
 * Round on former-blind-44 to -47, money charged to applicants (branch vet4447-fee): classes of wording the fee rule missed
 * or flagged wrongly on those sets (finance; healthcare and pharma; remote work; Hong Kong, Macau, Taiwan, Singapore and
 * Malaysia postings). Every case is a NEW wording of its class, with twins on the other side; none is a sentence from those
 * sets. tests/corpus/README.md, "Tuning round on former-blind-44 to -47, fees, training loans and paid internships
 * (vet4447-fee)", has the figures.
 */
import { describe } from "vitest";
import { cleanDescriptions as lacks, flaggedDescriptions as has } from "../support/posting-cases";

describe("former-blind-44..47 money classes (vet4447-fee)", () => {
  describe("fee: the Cantonese refusal to charge", () => {
    lacks("fee", [
      "餐廳請樓面，時薪HK$75，公司唔收任何手續費或按金。",
      "貨倉執貨員，日薪HK$700，唔使交按金，即日出糧。",
      "酒店經政府計劃聘請，機票由酒店支付，本人毋須繳付任何中介費用。",
      "問：入職要唔要交按金？答：唔需要，公司唔會收員工任何費用。",
    ]);
    has("fee", ["餐廳請樓面，入職前要交按金HK$500。", "貨倉執貨員，唔使面試，先交HK$300登記費。"]);
  });

  describe("fee: the currency of Hong Kong, Taiwan or Singapore before the amount", () => {
    has("fee", [
      "倉務助理，日薪NT$1,500，開工前需先交NT$800保險費。",
      "在家貼標籤，先交HK$260帳號開通費即可派單。",
      "兼职打卡员，先买SGD 30接单卡才能开工。",
      "居家組裝，需先購買工具包NT$1,500。",
      "报到时现场交MOP 400工作证费给组长。",
    ]);
    lacks("fee", [
      "倉務助理，月薪NT$32,000，公司支付NT$800保險費。",
      "在家貼標籤，每張HK$0.5，月結。",
      "兼职推广员，底薪SGD 1,800，公司提供手机。",
    ]);
  });

  describe("fee: margin and product charges handled by finance staff", () => {
    lacks("fee", [
      "负责期权账户的保证金监控，盘中提示风险。",
      "向客户发出追加保证金通知，必要时执行强平。",
      "为客户讲解保证金制度与交易规则。",
      "向信用卡持卡人解释分期手续费的计算方式。",
      "介绍客户开户，按客户手续费返佣。",
    ]);
    has("fee", ["入职前需交保证金2000元，离职退还。", "开户前先交手续费300元给公司财务。"]);
  });

  describe("fee: a bank or the firm's office bears the fee", () => {
    lacks("fee", [
      "入行体检费银行承担。",
      "CPA在考优先，考试费所里承担。",
      "Any degree; we sponsor your CFA including all exam fees.",
    ]);
    has("fee", ["入行体检费个人承担。", "考试费需自行缴纳。", "Any degree; you pay all exam fees yourself."]);
  });

  describe("training_loan: the state student loan handled as the work", () => {
    lacks("training_loan", [
      "在支行受理国家助学贷款申请，核对家庭资料。",
      "熟悉生源地助学贷款政策者优先。",
      "助学贷款电话咨询专员，解答学生关于助学贷款的问题。",
      "Analyst for student loan complaints at a consumer regulator.",
    ]);
    has("training_loan", ["学费两万，可办分期贷款，入职后从工资里扣。"]);
  });

  describe("fee: an English refusal that lists the charges", () => {
    lacks("fee", [
      "We never ask new hires to purchase equipment, pay for training or pay a deposit.",
      "Nobody from our clinic will ever ask you for a deposit, an admin fee or your card PIN.",
    ]);
    has("fee", ["We never ask twice. Pay a deposit of USD 100 before your first shift."]);
  });
});
