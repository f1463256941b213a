/**
 * Round on former-blind-36 and -37, discrimination (branch vet3637-disc): classes of wording the checker missed or flagged wrongly on
 * those sets (students' part-time jobs and internships; long formal postings of established employers with the screen hidden in a
 * note, an FAQ or a culture paragraph). Every case is a NEW wording of a class, written from general knowledge, with clean twins: the
 * class must hold for wordings nobody tuned on. Most screens here stand in a description, where a bare attribute is no condition, so
 * they are checked there; tests/corpus/README.md, "Tuning round on former-blind-36 and -37, discrimination (vet3637-disc)", has the
 * figures.
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

function cleanTitle(rule: PostingRuleId, title: string, description: string) {
  it(`does not flag ${rule} in the title: ${title}`, () => {
    expect(rulesOf(title, description, "Good communication skills.")).not.toContain(rule);
  });
}

describe("vet3637-disc: refusals said as an outcome or as advice after the people (every rule)", () => {
  flaggedInDescription("discrimination.health", [
    "Applicants with diabetes will have their offers withdrawn after the medical.",
  ]);
  flaggedInDescription("discrimination.religion", [
    "Muslim candidates will have their job offers rescinded if they ask for prayer breaks.",
  ]);
  flaggedInDescription("discrimination.marital", [
    "Newly married candidates should hold off applying until next year.",
    "Single parents are usually not progressed past the phone screen.",
  ]);
  flaggedInDescription("discrimination.gender", [
    "Women should think twice before applying, as the site has no female dormitory.",
    "Men are encouraged to apply to our other teams instead.",
  ]);
  // Known gap (left): the inclusive "encouraged to apply" is read on the 48 characters after the mention, and a redirect that ends
  // past them ("… to apply for our other vacancies") is still read as outreach.
  it.fails(
    "flags discrimination.gender in a description: Male applicants are encouraged to apply for our other vacancies instead.",
    () => {
      expect(
        rulesOf(
          "Job",
          "Male applicants are encouraged to apply for our other vacancies instead.",
          "Bachelor's degree.",
        ),
      ).toContain("discrimination.gender");
    },
  );
  flaggedInDescription("discrimination.race", ["Applicants with darker skin are unlikely to match our brand image."]);
  clean("discrimination.gender", ["Female applicants are strongly encouraged to apply for this role."]);
  cleanInDescription("discrimination.gender", [
    "Women are encouraged to apply.",
    "Graduates are encouraged to apply for our other openings as well.",
  ]);
  cleanInDescription("discrimination.health", [
    "Offers may be withdrawn if references cannot be verified.",
    "Please hold off applying until the portal reopens in March.",
  ]);
});

describe("vet3637-disc: refusals said before the people — not moving forward with them, a team that will not include them", () => {
  flaggedInDescription("discrimination.religion", ["We will not be moving forward with Sikh applicants this season."]);
  flaggedInDescription("discrimination.ethnicity", [
    "For security reasons the night crew will not include Tibetan workers.",
    "Our Lhasa office will not be moving forward with Han applicants for this role.",
  ]);
  cleanInDescription("discrimination.health", [
    "Our pre-employment medical does not include a hepatitis B test.",
    "The package does not include HIV screening.",
  ]);
  cleanInDescription("discrimination.religion", ["We will not be moving forward with the Friday schedule."]);
});

describe("vet3637-disc: the people refused in the next clause with 'prefer not to hire them'", () => {
  flaggedInDescription("discrimination.religion", [
    "Hindus might object to handling beef, so we would prefer not to hire them in the kitchen.",
  ]);
  flaggedInDescription("discrimination.region", [
    "Candidates from Henan tend to leave after a year, so we prefer not to hire them.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Hindus are among our regular guests, so we stock vegetarian dishes.",
  ]);
});

describe("vet3637-disc: a refusal to place people before an English list closing with them", () => {
  flaggedInDescription("discrimination.ethnicity", [
    "We do not assign Kazakh, Hui or Uyghur interns to the border office.",
  ]);
  cleanInDescription("discrimination.ethnicity", ["We assign Kazakh, Hui and Uyghur interns to every office alike."]);
});

describe("vet3637-disc: a second condition set off by commas between the people and their exclusion", () => {
  flaggedInDescription("discrimination.health", [
    "Candidates who are HIV positive, or who have had tuberculosis, will not be hired.",
    "Applicants who test positive for hepatitis B, or who take insulin, will have their offers withdrawn.",
  ]);
  cleanInDescription("discrimination.health", [
    "Candidates who are HIV positive, or who have any other condition, will be offered the same contract.",
  ]);
});

describe("vet3637-disc: a history to be disclosed, then those who have one refused", () => {
  flaggedInDescription("discrimination.health", [
    "Applicants must declare any psychiatric history; those with a diagnosis in the last five years will not be considered.",
    "入职前请如实申报病史，有住院经历的不予录用。",
  ]);
  cleanInDescription("discrimination.health", [
    "Applicants may declare any disability; those with a condition get adjusted equipment.",
    "入职前请如实申报病史，有住院经历的可申请调整岗位。",
  ]);
});

describe("vet3637-disc: origin in Chinese — the province's own people, born and raised there, came to study, a stressed refusal", () => {
  flagged("discrimination.region", [
    "只招江苏本省的同学。",
    "只要本地土生土长的人。",
    "外省来上学的就不考虑了。",
    "东北的坚决不要。",
    "外省的过年要回老家的就别投了。",
  ]);
  flaggedInDescription("discrimination.region", ["只要湖南本省的，外地的暑假要回去的不考虑。"]);
  clean("discrimination.region", [
    "公司是苏州本地的物流企业。",
    "我们是土生土长的本地品牌，开了二十年。",
    "外地来读书的同学也欢迎报名。",
    "外地的同学可以申请住宿舍。",
  ]);
});

describe("vet3637-disc: origin in English — grew up in a place, a family background, a city abroad with -born, a region's provinces", () => {
  flaggedInDescription("discrimination.region", [
    "We only interview candidates who grew up in Chengdu.",
    "The owner wants a store manager from a Fujian family background.",
    "Toronto-born applicants only please.",
    "Applicants from the northern provinces will not be considered.",
  ]);
  cleanInDescription("discrimination.region", [
    "Our founder grew up in Chengdu and opened the first store there.",
    "Tour groups from the northern provinces visit every summer.",
    "The role is based in our Toronto office.",
  ]);
});

describe("vet3637-disc: marital — children not yet at school, and the applicants asked to be unmarried", () => {
  flagged("discrimination.marital", ["小孩还没读幼儿园的暂不考虑。", "娃还没上学的就别投了。"]);
  flaggedInDescription("discrimination.marital", [
    "We ask that applicants be single and without children, as the role involves long tours.",
  ]);
  clean("discrimination.marital", ["可协助员工子女办理入学。"]);
  cleanInDescription("discrimination.marital", ["We ask that applicants be available for long tours."]);
});

describe("vet3637-disc: religion — people of other faiths, worship expected in the next sentence, the faith hoped to be shared", () => {
  flaggedInDescription("discrimination.religion", [
    "Staff of other religions tend to find our culture hard and should consider carefully before applying.",
    "Our office opens each day with a short devotional. We expect all new hires to take part.",
    "The firm holds a monthly prayer meeting for staff. Everyone is expected to attend; those who do not want to join should not apply.",
    "The owners are practising Buddhists and would like new staff to share this faith.",
  ]);
  cleanInDescription("discrimination.religion", [
    "Colleagues of other faiths are welcome.",
    "The campus chapel holds services that are optional. All staff are expected to attend the induction.",
    "We have a prayer room for anyone who wants it. We expect all new hires to take part in safety training.",
    "We hope new staff will share our passion for service.",
  ]);
});

describe("vet3637-disc: race — two adjectives of a complexion, the comparative skin", () => {
  flaggedInDescription("discrimination.race", [
    "We are looking for hosts with a pale, fair complexion for the launch.",
    "Models with lighter skin tones are preferred by the client.",
  ]);
  cleanInDescription("discrimination.race", [
    "The skincare line suits lighter skin tones and darker skin tones alike.",
  ]);
});

describe("vet3637-disc: gender — a pledge on childbearing demanded of women, its terms in the next clause", () => {
  flaggedInDescription("discrimination.gender", ["女员工入职需签订保证书，保证两年内不怀孕。"]);
  cleanInDescription("discrimination.gender", ["男员工入职需签订保证书，保证遵守安全操作规程。"]);
});

describe("vet3637-disc: ethnicity — the team asked to be made up of a people", () => {
  flaggedInDescription("discrimination.ethnicity", [
    "The client has asked that the desk be staffed by Han Chinese employees.",
  ]);
  cleanInDescription("discrimination.ethnicity", [
    "The client has asked that the desk be staffed by bilingual employees.",
  ]);
});

describe("vet3637-disc: school tier — a demand on a team's background stated after a colon", () => {
  flaggedInDescription("discrimination.school_tier", ["总经理对销售团队的学历有硬性要求：本科必须是985院校。"]);
  cleanInDescription("discrimination.school_tier", ["我们的团队成员大多毕业于985院校。"]);
});

describe("vet3637-disc: fewer false flags — a firm, a team or a university named, not the people hired", () => {
  cleanTitle(
    "discrimination.race",
    "Marketing Intern – Australian Wine Importer Team",
    "Help the team with social posts and tastings.",
  );
  cleanTitle(
    "discrimination.race",
    "Sales Coordinator – European Furniture Maker",
    "Coordinate dealer orders in East China.",
  );
  cleanTitle("discrimination.school_tier", "辅导员助理（211高校）", "协助学院辅导员处理学生事务，月薪6000元。");
  cleanTitle("discrimination.school_tier", "宿管员（民办高校）", "负责学生宿舍日常管理。");
  cleanInDescription("discrimination.school_tier", ["某211高校招生办招聘文员，毕业院校不限。"]);
  it("still flags a management trainee title whose bracket names the school tier wanted", () => {
    expect(rulesOf("管培生（985高校）", "负责轮岗学习。", "沟通能力强。")).toContain("discrimination.school_tier");
  });
  it("still flags a Canadian team lead wanted", () => {
    expect(rulesOf("Project Coordinator", "Join our office.", "Canadian applicants only.")).toContain(
      "discrimination.race",
    );
  });
});

describe("vet3637-disc: fewer false flags — dress offered, a question not asked, both sexes welcome", () => {
  clean("discrimination.religion", [
    "可申请头巾式制服，宗教信仰不限。",
    "Hijab-style uniforms are available on request.",
  ]);
  flagged("discrimination.religion", ["不得佩戴头巾。"]);
  clean("discrimination.marital", ["面试不询问婚育情况，婚否不限。"]);
  flagged("discrimination.marital", ["面试时会询问婚育情况。"]);
  clean("discrimination.gender", ["男女不限，科室需要男护士。"]);
  flagged("discrimination.gender", ["只招男护士。"]);
});

describe("vet3637-disc: fewer false flags — the duty is one sex's space or clothes (genuine occupational requirement)", () => {
  it("a women's gym front desk whose changing area is inside the training floor", () => {
    expect(
      rulesOf("女子健身会所前台", "女子健身会所，更衣区位于训练区内，前台需经常进出，限女性。", "有服务经验"),
    ).not.toContain("discrimination.gender");
  });
  it("a camp's boys' cabins with night room checks", () => {
    expect(rulesOf("研学营辅导员（男生营房）", "负责男生营房夜间查房，限男性。", "有带营经验")).not.toContain(
      "discrimination.gender",
    );
  });
  it("a bridal fitting-room assistant who helps brides into and out of their dresses", () => {
    expect(
      rulesOf(
        "Fitting Room Assistant",
        "You will help brides out of and into their wedding dresses, so this role is open to women only.",
        "Gentle and patient.",
      ),
    ).not.toContain("discrimination.gender");
  });
  it("still flags a gym front desk restricted to women with no such duty", () => {
    expect(rulesOf("健身房前台", "健身房前台接待，限女性。", "有服务经验")).toContain("discrimination.gender");
  });
});
