/**
 * Round on former-blind-38 and -39, fees, fraud and pay (branch vet3839-fraud): classes of wording the money, fraud and pay
 * rules flagged wrongly on those sets (beauty, care and health-service trades; overseas offers and gig platforms). Every
 * case is a NEW wording of its class, in Chinese and English, with twins that must still be flagged; none is a sentence
 * from those sets. tests/corpus/README.md, "Tuning round on former-blind-38 and -39, fees, fraud and pay (vet3839-fraud)",
 * has the figures.
 */
import { describe, expect, it } from "vitest";
import { checkPosting } from "../../app/postings/checks";
import { cleanDescriptions as lacks, flaggedDescriptions as has, NO_PAY as noPay } from "../support/posting-cases";

describe("former-blind-38/39 fee, fraud and pay classes (vet3839-fraud)", () => {
  describe("salary.missing: a figure in thousands with a currency's Chinese name after it", () => {
    lacks(
      "salary.missing",
      [
        "大阪食品厂包装工，时薪1,300日元，交通费另付。",
        "首尔餐厅帮厨，时薪10,030韩元，每周五天。",
        "迪拜酒店前台，月薪4,500迪拉姆，包住宿。",
        "新加坡咖啡店店员，月薪2,200新币起。",
        "Osaka warehouse picker, hourly pay 1,250 yen, transport paid.",
      ],
      noPay,
    );
    has(
      "salary.missing",
      [
        "入职押金10,000日元，到岗时交。",
        "机票约3,000美元由本人自理。",
        "A refundable deposit of 1,500 dirhams is kept.",
      ],
      noPay,
    );
  });

  describe("salary.missing: hand piece work paid per 片", () => {
    lacks(
      "salary.missing",
      [
        "手工贴钻，一片2元，多劳多得。",
        "面膜装袋，每片0.3元，日结。",
        "Hand-painted nail tips: 3 yuan a piece, paid weekly.",
      ],
      noPay,
    );
    has(
      "salary.missing",
      ["面膜一片3元，需自购。", "样品贴片一片5元，先交押金。", "美容仪体验装一片8元，自费购买。"],
      noPay,
    );
  });

  describe("fraud and loan rules: the schemes as the postings a moderator reviews or takes down", () => {
    lacks("training_loan", ["内容审核员，负责审核含培训贷、美容贷内容的帖子。"]);
    lacks("fraud.pyramid", ["运营专员，负责下架拉人头、发展下线之类的招聘信息。"]);
    lacks("fraud.id_or_bank", ["负责巡查平台上扣押身份证、代办银行卡的岗位信息。"]);
    lacks("off_platform_contact", [
      "Review fake job postings (deposits, WhatsApp-only recruitment, passport holding).",
      "Moderator: take down scam listings: fees, Telegram chats, crypto pay.",
    ]);
    has("training_loan", ["入职先审核资料，审核通过后办理培训贷，月还800元。"]);
    has("off_platform_contact", ["Review our job postings, then add us on Telegram: hr_jobs2026 to start."]);
  });

  describe("fee: a charge written as nothing, or the employer named as its payer with 付", () => {
    lacks("fee", ["家政派单，中介费0，阿姨不出一分钱。", "中介费：0元，体检费由雇主付。", "介绍费零，由用人单位付。"]);
    has("fee", ["中介费由雇主付一半，阿姨付一半300元。", "中介费500元，由阿姨自付。"]);
  });

  describe("fee: a service charge included in the pay", () => {
    lacks("fee", ["月薪6500-8000，含 service charge。", "Salary RMB 7,000 a month including service charge."]);
    has("fee", [
      "入职需交 service charge 500元。",
      "A service charge of RMB 300 is paid by new staff before training.",
    ]);
  });

  describe("fee: a platform's cut of each order's takings", () => {
    lacks("fee", ["平台抽取每单20%的服务费，其余归骑手。", "平台收取每笔订单一定比例的信息费，司机按单结算。"]);
    has("fee", ["接单前需交信息费199元。", "需先交每单10%的保证金。"]);
  });

  describe("fee: the applicant never paying the first charge of a list, and the list going on", () => {
    lacks("fee", [
      "Candidates never pay a placement fee, deposit or medical charge to us.",
      "Workers will not be charged a visa fee, deposit or uniform cost at any point.",
    ]);
    has("fee", [
      "You never pay a placement fee, but a deposit of USD 200 is required.",
      "No placement fee. A training charge of USD 150 is due on arrival.",
    ]);
  });

  describe("salary.implausible: a basic title whose requirements name a trade background is skilled work", () => {
    const implausible = (title: string, requirements: string) =>
      checkPosting({ title, description: "海上风电运维。", requirements, salaryMin: 16000, salaryMax: 26000 }).map(
        (f) => f.rule,
      );
    it("does not flag a technician asked for an electrical or mechanical background", () => {
      expect(implausible("Wind Technician", "Electrical or mechanical technician background.")).not.toContain(
        "salary.implausible",
      );
    });
    it("does not flag a technician asked for a background in marine engineering", () => {
      expect(implausible("Lift Technician", "A background in marine engineering.")).not.toContain("salary.implausible");
    });
    it("still flags a technician whose requirements ask for nothing", () => {
      expect(implausible("Wind Technician", "None.")).toContain("salary.implausible");
    });
  });

  describe("fee: a treatment first at a model price, own money for orders, a fee taken from takings, goods priced in brackets", () => {
    has("fee", [
      "招兼职模特拍对比图，需先做一次光子嫩肤（模特价1680元），做完再拍。",
      "拍照前要先体验我们的热玛吉项目，体验价3980。",
      "刷单兼职，先用自己的支付宝下单，确认收货后本金加佣金返还。",
      "司机每月的管理费800元从流水里扣除。",
      "Start today: buy our transcription software (USD 49) and get tasks at once.",
    ]);
    lacks("fee", [
      "模特拍摄全程免费，员工可享内部价做项目。",
      "公司会先用自己的账户下单，再返还给客户。",
      "平台不收挂靠费，流水全部归司机。",
      "Customers buy our premium plan (USD 39) online; you answer their questions.",
    ]);
  });

  describe("fraud.id_or_bank: documents kept by the site or pledged with it; the worker's own accounts taking money passed on", () => {
    has("fraud.id_or_bank", [
      "到岗后护照统一交项目组保管，合同结束再还。",
      "入职时身份证原件押店里，干满一年还给你。",
      "护照押在领队那里，回国时归还。",
      "Your personal Alipay account will be used to collect customer payments, which are forwarded to the company each night.",
    ]);
    lacks("fraud.id_or_bank", [
      "护照办签时交项目部，递签后当天归还。",
      "身份证复印件交站点备案，原件自己保管。",
      "Your salary account will be used to receive your monthly pay.",
    ]);
  });

  describe("off_platform_contact: a group number in spaced blocks; a messenger group to join closing its sentence", () => {
    has("off_platform_contact", [
      "资料在QQ群：52 30 1 8866",
      "微信群号 66 120 3 588，每天发任务。",
      "Join our Telegram group.",
      "Questions? Join our VIP Telegram channel.",
    ]);
    lacks("off_platform_contact", [
      "我们有QQ群 3 个，由你负责管理。",
      "Community manager: run and moderate our Telegram group.",
      "Apply on this platform only.",
    ]);
  });

  describe("training_loan: costs the employer advances and takes back out of the wages", () => {
    has("training_loan", [
      "路费我们先垫付，到岗后从第一个月工资里扣。",
      "签证费中介先垫上，以后从提成里慢慢扣。",
      "Flights and the visa are an advance that you repay out of your monthly salary.",
    ]);
    lacks("training_loan", [
      "机票公司报销，不从工资里扣。",
      "A salary advance is available in emergencies; you repay it from your next pay.",
      "路费公司承担，到岗后实报实销。",
    ]);
  });

  describe("fee: an amount to remit or pay, what it is for named by its kind", () => {
    has("fee", [
      "Remit USD 420 for medical clearance and crew book processing.",
      "Kindly remit USD 380 for medical clearance, then we book your flight.",
    ]);
    lacks("fee", ["We pay USD 300 for medical insurance.", "Monthly pay USD 1,800 for medical staff, plus housing."]);
  });
});
