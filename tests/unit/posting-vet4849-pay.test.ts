/**
 * Tuning round on former-blind-48 and -49, pay and schemes (branch vet4849-pay): classes of wording the pyramid,
 * commission-only and salary rules missed or flagged wrongly on those sets (and residuals of former-blind-44 to -47).
 * Every case is a NEW wording of its class, with twins that must keep (or stay without) the flag; none is a sentence
 * from those sets. tests/corpus/README.md, "Tuning round on former-blind-48 and -49, pay and schemes (vet4849-pay)", has
 * the figures.
 */
import { describe, expect, it } from "vitest";
import {
  cleanDescriptions as lacks,
  cleanPostings,
  flaggedDescriptions as has,
  flaggedPostings,
  NO_PAY as noPay,
  rules,
} from "../support/posting-cases";

describe("former-blind-48/49 pay and scheme classes (vet4849-pay)", () => {
  describe("fraud.pyramid: two levels of cuts after a buy-in", () => {
    has("fraud.pyramid", [
      "入门礼包2980元，直推15%，间推6%。",
      "购买创业套餐后直推拿20%，间推拿8%。",
      "直推 12% 间推 4%，每月结算。",
      "开通店主后，下面的店主买礼包你拿20%，再下面的拿6%。",
      "下级团长进货你拿15%，再下面一级拿5%。",
      "Buy a starter node for 800 USDT and earn 15% / 5% from two levels of invitees.",
      "Members earn commissions from three levels of referrals.",
      "You earn 10% on kits bought by captains you invite and 4% on those bought by the captains they invite.",
      "When coaches you recruited become leaders, you earn 8% of every kit sold by their teams too.",
    ]);
    lacks("fraud.pyramid", [
      "门店直营，销售提成5%，续费再提3%。",
      "下面的门店订单由你配送，每单3元。",
      "You earn 10% on kits you sell to customers.",
      "Two levels of review check every order before it ships.",
      "Orders sold by their teams are reported to the regional manager.",
    ]);
  });

  describe("fraud.pyramid: fees and scheme words that are the work, not a buy-in", () => {
    lacks("fraud.pyramid", [
      "负责加盟招商，公司向加盟商收取加盟费，员工本人不交任何费用。",
      "招商专员：公司收加盟费，员工不交钱。",
      "消费者协会研究员，研究拉人头骗局并撰写提示。",
      "Consumer NGO analyst: study 拉人头 schemes and brief journalists.",
      "健康顾问，续费提成为会员费的10%。",
    ]);
    has("fraud.pyramid", [
      "入职先交加盟费3980元，推荐一人返500元。",
      "拿新会员入会费的20%。",
      "拉人头，每拉一个奖励200元。",
    ]);
  });

  describe("fraud.pyramid: a membership fee or goods bought, named alone, with nobody recruited, is a fee", () => {
    const lone = [
      ["翻译兼职（会员费）", "面试后开通译员会员（年费199元）才能接稿，每千字80元。", "英语专八。"],
      ["门店导购（需认购商品）", "入职需认购当季服装1500元作为工服，上班必须穿。", "形象好。"],
      ["在家录入员", "在家录入合同，一千字二十五元。", "先交会员费88元。"],
    ] as const;
    cleanPostings("fraud.pyramid", lone);
    flaggedPostings("fee", lone);
    flaggedPostings("fraud.pyramid", [
      ["店主招募（会员费）", "交会员费398元成为店主，推荐一个店主奖励100元。", "不限。"],
      ["理财顾问（需认购商品）", "入职需认购公司理财产品5万元。", "大专。"],
      ["社群团长（会员费）", "交会员费299元，拉人进群按人头提成。", "不限。"],
      ["互助会推广员", "交会员费1980元成为推广员，推广一个会员你拿15%，会员再推广你拿5%。", "不限。"],
      [
        "Review Club",
        "Join for USD 79 (membership fee); earn USD 15 per friend who joins and USD 5 per friend they bring.",
        "Phone.",
      ],
    ]);
  });

  describe("fraud.commission_only: a base paid only once a count or an amount is reached", () => {
    has("fraud.commission_only", [
      "每月办卡满8张才有底薪2500，没满只拿提成。",
      "每月卖满3台才有底薪。",
      "当月保费达到3万元才发放底薪。",
      "签单额达到十万元才发放底薪。",
      "The contract lists a base of SGD 2,000, but in practice the base is 0 and you earn only commission.",
      "In practice the salary is zero; you earn only commission.",
      "A base of AUD 60,000 appears on the contract but it is an advance against commission, recovered each quarter.",
      "The monthly allowance of HK$15,000 is paid only if your first-year premium for the month reaches HK$40,000.",
      "In months below target, only commission is paid.",
    ]);
    lacks("fraud.commission_only", [
      "底薪3000元，每月开卡满5张另有奖金。",
      "保费达到5万元另发季度奖金，底薪照常发放。",
      "Base SGD 2,000 paid every month; commission on top.",
      "A base of AUD 60,000 is paid monthly; commission is paid on top each quarter.",
      "Audit vendors for fee-charging, document retention and commission-only pay practices.",
    ]);
    lacks(
      "fraud.commission_only",
      [
        "保底月薪12000元，另按个人治疗收入10%提成。",
        "保底月薪一万，按个人诊疗收入提成8%。",
        "保底月薪9000元，另按签单额提成5%。",
      ],
      noPay,
    );
  });

  describe("salary.missing: piece, visit, bursary and daily-return pay written in the text", () => {
    lacks(
      "salary.missing",
      [
        "手工串珠，在家做，一串2元。",
        "缝纽扣外发，一件3元，日结。",
        "Insight week with a GBP 400 bursary and travel paid.",
        "Three-day programme in Dublin, EUR 300 bursary.",
        "Mystery shopping: fee GBP 30 per visit, expenses reimbursed.",
        "Restaurant audits, fee EUR 40 per visit.",
        "每天完成浏览任务收益50-200元。",
        "Pay the USD 30 registration fee and start rating videos at USD 3 per video.",
      ],
      noPay,
    );
    has(
      "salary.missing",
      [
        "手工串珠，在家做，计件结算。",
        "材料包一串2元，需自购。",
        "Insight week; bursary to be confirmed.",
        "Entry fee GBP 30 per visit.",
        "Pay the USD 30 registration fee to start.",
        "每天完成浏览任务，收益看表现。",
      ],
      noPay,
    );
  });

  describe("salary.missing: a pyramid's cuts are its promised pay, unless it also has no base", () => {
    lacks(
      "salary.missing",
      [
        "买1980元店主礼包，推荐一个店主拿20%，他推荐的你再拿5%。",
        "Buy the USD 600 founder pack; earn 20% on packs your recruits buy and 8% on their recruits.",
      ],
      noPay,
    );
    has(
      "fraud.pyramid",
      [
        "买1980元店主礼包，推荐一个店主拿20%，他推荐的你再拿5%。",
        "Buy the USD 600 founder pack; earn 20% on packs your recruits buy and 8% on their recruits.",
      ],
      noPay,
    );
    has(
      "salary.missing",
      [
        "没有底薪，买1980元店主礼包，推荐一个店主拿20%，他推荐的你再拿5%。",
        "No base salary; buy the USD 600 founder pack and earn 20% on packs your recruits buy and 8% on their recruits.",
        "门店导购，待遇面议。",
      ],
      noPay,
    );
  });

  describe("salary.implausible: an intern's band reaching the top bound itself", () => {
    has("salary.implausible", ["每周到岗三天，远程审核图文。"], { title: "内容审核实习生", min: 25000, max: 50000 });
    has("salary.implausible", ["每周到岗三天，远程审核图文。"], { title: "运营实习生", min: 20000, max: 50000 });
    lacks("salary.implausible", ["每周到岗三天，远程审核图文。"], { title: "量化研究实习生", min: 25000, max: 40000 });
    lacks("salary.implausible", ["每周到岗三天，远程审核图文。"], { title: "内容审核实习生", min: 4000, max: 6000 });
    lacks("salary.implausible", ["每周到岗三天，远程审核图文。"], { title: "内容审核实习生", min: 20000, max: 24000 });
  });

  describe("salary.implausible: requirements that hold only the hype's promise ask for nothing", () => {
    const band = { title: "Growth Associate 增长专员", min: 10000, max: 60000 };
    it.each([
      "Join us, retire by 30 and own a Porsche!",
      "加入我们，一年财富自由，三年买房买车！",
      "跟着我们干，躺着也能赚，明年就提保时捷！",
    ])("flags salary.implausible: %s", (text) => expect(rules(text, band)).toContain("salary.implausible"));
    it.each([
      "Three years of growth marketing experience; retire by 30 and own a Porsche!",
      "本科以上，两年运营经验；一年财富自由！",
    ])("does not flag salary.implausible: %s", (text) => expect(rules(text, band)).not.toContain("salary.implausible"));
    it.each(["Join us, retire by 30 and own a Porsche!", "一部手机，财务自由就在眼前！"])(
      "does not flag salary.implausible at 8,000–30,000: %s",
      (text) => expect(rules(text, { ...band, min: 8000, max: 30000 })).not.toContain("salary.implausible"),
    );
  });
});
