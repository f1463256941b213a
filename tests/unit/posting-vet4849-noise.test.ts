/**
 * Round on former-blind-48/49 (branch vet4849-noise): postings as pasted — HTML remnants, markdown marks, page markers
 * between two halves of a clause, a PDF's hard line breaks, letters read for digits, 拼音 typos, full-width letters and
 * traditional characters — are cleaned by the normaliser before any rule runs (app/postings/pasted.ts), and a flag still
 * quotes the raw text. Hand-written wordings of each class, not corpus items.
 */
import { describe, expect, it } from "vitest";
import { checkPosting } from "../../app/postings/checks";
import { cleanPasted } from "../../app/postings/pasted";
import {
  NO_PAY,
  clean,
  cleanDescriptions,
  flagged,
  flaggedDescriptions,
  flaggedPostings,
} from "../support/posting-cases";

describe("HTML entities and tags inside a word or a clause", () => {
  flagged("fee", ["入职先交押&nbsp;金三百元", "上岗前需缴纳保证<b>金</b>五百元", "入职交服装押&#37329;二百元"]);
  flagged("discrimination.gender", ["本岗位限&nbsp;男<br>性", "只招<strong>男</strong>&nbsp;生"]);
  flagged("off_platform_contact", ['详情请加<span style="color:red">微</span>信：hr_2027 咨询']);
  clean("fee", ["工资月结&nbsp;&nbsp;不收任何费用<br>包吃住", "&lt;b&gt;押金由公司承担&lt;/b&gt;，员工不交任何钱"]);
});

describe("page headers and footers between two halves of a clause", () => {
  flagged("discrimination.marital", [
    "女性应聘者入职时须书面承诺三\n\n—— 第1页 共2页 ——\n\n年内不生育",
    "女性应聘者入职时须书面承诺三\n\n---- page 2 ----\n\n年内不生育",
    "女性应聘者入职时须书面承诺三\n== 第二页 ==\n年内不生育",
  ]);
  flagged("fee", ["报到当天统一收取服装及门禁卡等各项押\n== 第二页 ==\n金共计四百元，离职退还"]);
  clean("fee", ["—— 第1页 共2页 ——\n公司承担全部培训费用\n—— 第2页 共2页 ——"]);
  // Noise never changes what a posting says: the noisy text is flagged exactly as the text typed cleanly.
  const typedCleanly: ReadonlyArray<readonly [string, string]> = [
    ["女性应聘者入职时须书面承诺三\n\n【 第 2 页 】\n\n年内不生育", "女性应聘者入职时须书面承诺三年内不生育"],
    ["入职当天需先交服装押&nbsp;金三百元", "入职当天需先交服装押金三百元"],
    ["入职交鸭金200元<br>包吃住", "入职交押金200元\n包吃住"],
  ];
  for (const [noisy, typed] of typedCleanly)
    it(`reads as typed cleanly: ${noisy}`, () => {
      const flags = (requirements: string) =>
        checkPosting({ title: "岗位", description: "岗位", requirements, salaryMin: 5000, salaryMax: 6000 }).map(
          (f) => f.rule,
        );
      expect(flags(typed).length).toBeGreaterThan(0);
      expect(flags(noisy)).toEqual(flags(typed));
    });
});

// (Several flagged cases below were flagged before this round too — the clause models reach over many line breaks; they
// guard the class. The cases that failed on the unchanged checker: the entity, tag and numeric-entity fees, the page
// markers, the ID card cut by a wrap, 5OOO and 2OO as pay, 鸭金 after 交, 薪姿, 不用面是, 維吾爾 and 考慮, and the quotes.)
describe("a PDF's hard line break inside a word", () => {
  flagged("fee", [
    "本岗位工作内容简单易上手，入职当天需先交押\n金五百元，满三个月后退还",
    "公司统一配发工服和工牌，上岗之前每人需交保\n证金八百元，离职时退还",
  ]);
  flagged("fraud.id_or_bank", ["为方便统一发放工资，入职时本人身份证原件交公\n司保管，离职时归还"]);
  flagged("discrimination.gender", [
    "Due to the remote location of the site we accept male applicants\nonly, thank you.",
    "This role involves lifting and night work so we will only consider\nmale candidates.",
  ]);
  // A list written line by line is no wrap: the second line is its own item (the line before it is shorter than the
  // paragraph's widest line), so the refusal in the first does not reach the contact in the third.
  flaggedDescriptions("off_platform_contact", [
    "城区社区服务中心 网格员 月薪5000-6000元\n交两千元协调费保证录用，不成全退\n联系微信：wangge_2027",
  ]);
  flaggedDescriptions("fraud.no_interview", ["游戏代练 一小时二十元\n押金一百开通资格，免面试\n扫码进群接单"]);
});

describe("letters read for digits in a figure", () => {
  cleanDescriptions("salary.missing", ["室内设计师 月薪5OOO-1OOOO元，五险一金", "快递分拣 日薪2OO元 包吃住"], NO_PAY);
  flaggedDescriptions("salary.missing", ["O2O运营专员，薪资面议"], NO_PAY);
});

describe("拼音 typos of the words the rules look for", () => {
  flagged("fee", ["入职交鸭金200元，离职退", "上岗前先交工服鸭金一百五"]);
  flaggedDescriptions("fraud.no_interview", ["居家串珠手工 一件两元\n免面是，先交198元材料费就能开工"]);
  flaggedDescriptions("fraud.no_interview", ["不用面是，直接上岗，先交三百押金"]);
  flagged("fraud.no_interview", ["不用面是 交两百押金 当天上岗"]);
  cleanDescriptions("salary.missing", ["酒店保洁 工姿4500-5500元，包吃住", "仓库理货员 薪姿：五千到六千"], NO_PAY);
  clean("fraud.no_interview", ["这方面是我们的强项，欢迎有经验者", "表面是前台，实际负责客户接待"]);
  clean("fee", ["北京烤鸭金牌店 后厨帮工"]);
});

describe("full-width letters and traditional characters", () => {
  flaggedDescriptions("off_platform_contact", [
    "手工活在家做，详情加ＶＸ：ｓｇ２０２７",
    "兼职打字员 想做的加ｖｘ：dz8866",
  ]);
  flaggedPostings("discrimination.ethnicity", [["倉務員", "月薪一萬五，包住宿", "維吾爾族應徵者恕不考慮"]]);
  flaggedPostings("discrimination.gender", [["機修工", "廠區只有男宿舍", "女生就不考慮了"]]);
});

describe("cleanPasted: the cleaned text and its map back to the raw text", () => {
  it("leaves a text without paste noise alone", () => {
    expect(cleanPasted("招聘店员\n月薪5000元\r\n包吃住")).toBeNull();
  });

  it("reads letters as digits only inside a figure that starts with a digit", () => {
    expect(cleanPasted("月薪5OOO-1OOOO元 每天5O元 3OOOk")?.text).toBe("月薪5000-10000元 每天50元 3000k");
    for (const text of ["O2O运营\n", "ISO9OO1认证\n", "1on1 coaching\n", "CO2排放\n"]) {
      const cleaned = cleanPasted(text);
      expect(cleaned === null ? text : cleaned.text).toBe(text);
    }
  });

  it("keeps a masked number's asterisks and drops markdown emphasis", () => {
    expect(cleanPasted("**岗位职责**\n### 任职要求\n电话138****1234")?.text).toBe(
      "岗位职责\n任职要求\n电话138****1234",
    );
  });

  it("drops page markers of every shape", () => {
    for (const marker of [
      "——第1页 共2页——",
      "---- page 2 ----",
      "== 第一页 ==",
      "&lt;page 2&gt;",
      "【 第 1 页 】",
      "~~ page 3 ~~",
      "‐‐‐‐‐ 1/2 ‐‐‐‐‐",
      "==== page 1 / 2 ====",
      "………… 第2页 …………",
    ])
      expect(cleanPasted(`包吃住\n${marker}\n五险一金`)?.text).toBe("包吃住\n五险一金");
    // A line that only mentions a page is kept.
    expect(cleanPasted("包吃住\n第2页有详细说明\n五险一金")).toBeNull();
  });

  it("maps every cleaned character to the raw character it comes from", () => {
    const raw = "酒店保洁&nbsp;工姿5OOO元<br>入职交押\n金二百元\n\n—— 第1页 ——\n\n**包住**";
    const cleaned = cleanPasted(raw);
    expect(cleaned).not.toBeNull();
    if (cleaned === null) return;
    for (let i = 0; i < cleaned.text.length; i++) {
      const c = cleaned.text.charAt(i);
      const from = raw.charAt(cleaned.map[i] as number);
      if (c === "0") expect(["0", "O"]).toContain(from);
      else if (c === " ") expect(["&", " ", "\n"]).toContain(from);
      else if (c === "\n") expect(["\n", "<"]).toContain(from);
      else expect(from).toBe(c);
    }
  });
});

describe("a flag on noisy text quotes the employer's words", () => {
  const quoted = (raw: string, words: string | undefined) => {
    expect(words).toBeDefined();
    expect(raw.replace(/\s+/gu, " ")).toContain(words);
  };

  it("quotes a 拼音 typo, an entity and full-width letters as written", () => {
    const description = "酒店客房服务员&nbsp;工姿5OOO-6OOO元<br>入职交鸭金200元（工衣）\n详情加ＶＸ：ｋｆ２０２７";
    const flags = checkPosting({
      title: "客房服务员",
      description,
      requirements: "",
      salaryMin: null,
      salaryMax: null,
    });
    const fee = flags.find((f) => f.rule === "fee");
    expect(fee?.words).toBe("鸭金");
    quoted(description, fee?.excerpt);
    const contact = flags.find((f) => f.rule === "off_platform_contact");
    quoted(description, contact?.words);
    expect(contact?.words).toContain("ＶＸ");
    expect(flags.map((f) => f.rule)).not.toContain("salary.missing");
  });

  it("quotes the two halves of a word cut by a hard wrap and a page marker", () => {
    const requirements = "本岗位工作内容简单易上手，入职当天需先交押\n\n—— 第1页 共2页 ——\n\n金五百元，满三个月后退还";
    const flag = checkPosting({
      title: "普工",
      description: "普工",
      requirements,
      salaryMin: 5000,
      salaryMax: 6000,
    }).find((f) => f.rule === "fee");
    expect(flag).toBeDefined();
    expect(flag?.field).toBe("requirements");
    // The quote is the raw text from the first half to the second, the page marker between them included.
    expect(flag?.words).toMatch(/押.*第1页.*金/u);
    quoted(requirements, flag?.words);
    quoted(requirements, flag?.excerpt);
  });
});

describe("the cleaning stays linear on hostile input", () => {
  it("reads 5,000 characters of each noise kind quickly", () => {
    for (const unit of ["<", "&", "**", "5O", "押\n", "第1页\n", "<br>", "&nbsp;", "a\n", "—— page 2 ——\n"]) {
      const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
      const started = performance.now();
      checkPosting({ title: "岗位", description: text, requirements: text, salaryMin: 5000, salaryMax: 6000 });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
