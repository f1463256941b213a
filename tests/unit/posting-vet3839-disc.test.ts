/**
 * Round on former-blind-38 and -39, discrimination (branch vet3839-disc): classes of wording the checker missed or flagged wrongly on
 * those sets (beauty, wellness, care and health-service trades; overseas and cross-border offers and the gig platforms). Every case is
 * a NEW wording of a class, written from general knowledge, with clean twins: the class must hold for wordings nobody tuned on.
 * tests/corpus/README.md, "Tuning round on former-blind-38 and -39, discrimination (vet3839-disc)", has the figures.
 */
import { describe, expect, it } from "vitest";
import type { PostingRuleId } from "../../app/postings/checks";
import {
  clean,
  cleanInDescription,
  flagged,
  flaggedInDescription,
  postingRules as rulesOf,
} from "../support/posting-cases";

function cleanTitle(rule: PostingRuleId, titles: readonly string[]) {
  for (const title of titles) {
    it(`does not flag ${rule} in the title: ${title}`, () => {
      expect(rulesOf(title, "Job opening. 负责日常工作。", "Good communication skills.")).not.toContain(rule);
    });
  }
}

function flaggedTitle(rule: PostingRuleId, titles: readonly string[]) {
  for (const title of titles) {
    it(`flags ${rule} in the title: ${title}`, () => {
      expect(rulesOf(title, "Job opening. 负责日常工作。", "Good communication skills.")).toContain(rule);
    });
  }
}

describe("vet3839-disc: a condition refused as 'not offered' posts, 'not compatible' with the work, or by a test's positives", () => {
  flagged("discrimination.health", [
    "Applicants with a history of cancer are not offered permanent contracts.",
    "Candidates with bipolar disorder are not offered driving roles.",
    "Asthma is not compatible with our shift pattern; please do not apply.",
    "Hepatitis B blood test before signing; positive results will not be offered a contract.",
    "TB screening at the agency; positive cases are not offered placements.",
  ]);
  clean("discrimination.health", [
    "Applicants with a history of cancer are offered the same contracts as everyone else.",
    "Positive results are shared only with the applicant and never affect the offer.",
    "Our occupational nurse explains which vaccinations are not compatible with the cold store.",
    "Interns are not offered permanent contracts in their first year.",
  ]);
});

describe("vet3839-disc: a form the applicant completes about the condition, then those with a history screened out", () => {
  flagged("discrimination.health", [
    "You fill in a mental health history form; candidates with past treatment are screened out.",
    "Applicants complete a psychiatric history questionnaire; those with a previous diagnosis are not shortlisted.",
  ]);
  clean("discrimination.health", [
    "You complete an onboarding form; candidates with past experience in retail start on a higher band.",
  ]);
});

describe("vet3839-disc: a requirement on skin colour or looks denied with 没有/任何", () => {
  clean("discrimination.race", ["对肤色、身高没有任何要求，我们看服务态度。", "肤色没有要求，会手法就行。"]);
  flagged("discrimination.race", ["肤色白的优先，没有经验也可以。"]);
});

describe("vet3839-disc: a citizenship list with 'or a valid pass/visa' opens the post to anyone allowed to work", () => {
  clean("discrimination.race", [
    "Malaysian citizen, PR or a valid work pass.",
    "Must be an Australian citizen or hold a valid work visa.",
  ]);
  flagged("discrimination.race", ["Malaysian citizens only; we do not sponsor passes."]);
});

describe("vet3839-disc: 华人 as the team or congregation a post sits in", () => {
  cleanTitle("discrimination.race", ["新加坡物业销售（华人团队）", "悉尼华人教会行政助理"]);
  flagged("discrimination.race", ["只招华人，其他背景的不考虑。"]);
});

describe("vet3839-disc: working experience with young children is no family status", () => {
  clean("discrimination.marital", [
    "3 years with young children in a nursery setting.",
    "Experienced with small kids and their parents.",
  ]);
  flagged("discrimination.marital", ["Candidates with young children need not apply."]);
});

describe("vet3839-disc: pay kept through a pregnancy transfer is a benefit", () => {
  clean("discrimination.marital", ["孕期女职工依法调岗不降薪。", "怀孕员工按规定调整岗位且工资不变。"]);
  flagged("discrimination.marital", ["孕期员工不予录用。"]);
});

describe("vet3839-disc: peoples of Indonesia named with a hyphen or as Papuans", () => {
  flagged("discrimination.ethnicity", [
    "Papuan candidates will not be considered.",
    "Chinese-Malaysian and Tamil applicants are not being shortlisted.",
  ]);
  clean("discrimination.ethnicity", ["Chinese-Indonesian applicants are welcome, as are all others."]);
});

describe("vet3839-disc: religious dress and prayer accommodated, a post said not to be religious", () => {
  clean("discrimination.religion", [
    "Uniform comes with a headscarf option for anyone who wants it.",
    "Prayer times are built into the schedule for staff who want them.",
    "非宗教性质岗位，欢迎所有人。",
  ]);
  cleanTitle("discrimination.religion", ["行政助理 | 寺庙文创店（非宗教岗位）"]);
  flagged("discrimination.religion", ["Staff who pray at work will not be hired."]);
});

describe("vet3839-disc: a women's class or both sexes' colloquial names in a title", () => {
  cleanTitle("discrimination.gender", ["瑜伽老师 | 女士瑜伽课程", "门店店员小哥哥/小姐姐"]);
  flaggedTitle("discrimination.gender", ["门店店员（限小姐姐）"]);
});

describe("vet3839-disc: one sex's changing or bathing area where guests undress (genuine requirement)", () => {
  it("does not flag a women's sauna attendant where guests undress", () => {
    expect(
      rulesOf(
        "Sauna Attendant – Women's Floor",
        "Attendant for the women's sauna area of our hotel, where guests undress and shower.",
        "Women only for this post; the men's floor is recruited separately.",
      ),
    ).not.toContain("discrimination.gender");
  });
  it("flags the same area named without guests undressing", () => {
    expect(
      rulesOf(
        "Sauna Receptionist",
        "Receptionist at the women's sauna entrance desk, taking bookings.",
        "Women only for this post.",
      ),
    ).toContain("discrimination.gender");
  });
});

describe("vet3839-disc: a worship activity, then the unwilling named by their trade told not to apply", () => {
  flagged("discrimination.religion", ["门店每天早上集体诵经，不愿参加的技师请勿投递。"]);
  clean("discrimination.religion", ["门店每天早上集体拉伸，不愿参加的技师也可以投递。"]);
});

describe("vet3839-disc: a question on the attribute, the employer's unease, then the refusal", () => {
  flaggedInDescription("discrimination.religion", ["你信教吗？信的话公司有顾虑，请勿投递。"]);
  flaggedInDescription("discrimination.marital", ["你是已婚吗？不是的话老板不太方便，慎投。"]);
  cleanInDescription("discrimination.religion", ["你信教吗？信的话也欢迎，公司不介意。"]);
});

describe("vet3839-disc: a benefit given only to the married, or withheld from the unmarried", () => {
  flaggedInDescription("discrimination.marital", ["已婚员工才能享受住房补贴。", "单身的同事不享受探亲补贴。"]);
  cleanInDescription("discrimination.marital", [
    "所有员工都有探亲假，已婚的可申请夫妻房。",
    "已婚员工才有的婚假按国家规定执行。",
  ]);
});

describe("vet3839-disc: social insurance that differs by hukou", () => {
  flaggedInDescription("discrimination.region", ["外地户籍员工不缴公积金，改发现金。", "非本市户口的同事只上工伤险。"]);
  cleanInDescription("discrimination.region", ["外地户口员工同样缴纳五险一金。", "我们协助外地户口员工办理社保转移。"]);
});

describe("vet3839-disc: a state of origin demanded abroad", () => {
  flaggedInDescription("discrimination.region", ["Pay NGN 600,000. State of origin must be Kano or Kaduna."]);
  cleanInDescription("discrimination.region", ["State of origin must be stated on the application form for payroll."]);
});

describe("vet3839-disc: other nationalities put off to a later intake; only one race's look considered", () => {
  flaggedInDescription("discrimination.race", [
    "This year we hire guides with Canadian passports; candidates of other nationalities may be considered for a future season.",
    "Note from the agency: we only hire presenters with a white complexion for this brand.",
  ]);
  cleanInDescription("discrimination.race", [
    "Candidates of other nationalities are welcome this season as well.",
    "We only hire presenters with a clear speaking voice for this brand.",
  ]);
});
