/**
 * Round on former-blind-34 and -35, discrimination (branch vet3435-disc): classes of wording the checker missed or
 * flagged wrongly on those sets (English and mixed postings of foreign-invested firms and overseas projects; WeChat-group
 * forwards by agencies). Every case is a NEW wording of a class, written from general knowledge, with clean twins: the
 * class must hold for wordings nobody tuned on. tests/corpus/README.md, "Tuning round on former-blind-34 and -35,
 * discrimination (vet3435-disc)", has the figures.
 */
import { describe, expect, it } from "vitest";
import { checkPosting } from "../../app/postings/checks";
import { clean, flagged, rules } from "../support/posting-cases";

function rulesOf(title: string, description: string, requirements: string) {
  return checkPosting({ title, description, requirements, salaryMin: 6000, salaryMax: 9000 }).map((f) => f.rule);
}

describe("vet3435-disc: worship made compulsory at a private employer is a faith screen", () => {
  flagged("discrimination.religion", [
    "老板信基督，公司每周五早上集体祷告，全体员工都要参加。",
    "公司每天早会先诵经十分钟，不愿意参加的就别来了。",
    "每周日全员去教会做礼拜，新员工必须参加。",
    "Our founders are Christians and every Monday starts with a team prayer meeting that all staff must attend.",
    "Weekly Bible study is part of our team culture; if you don't want to join, please don't apply.",
  ]);
  clean("discrimination.religion", [
    "公司每周五下午有读书分享会，自愿参加。",
    "每月初一十五店里有香客上香，员工负责引导和秩序。",
    "Staff may join the optional Friday prayer room; nobody is required to attend.",
    "Weekly team meeting on Monday mornings, all staff must attend.",
  ]);
});

describe("vet3435-disc: a faith or its followers refused with 'will not fit', 'affiliations not considered'", () => {
  flagged("discrimination.religion", [
    "We are strictly non-religious, so applicants with a religious affiliation will not be considered.",
    "Candidates with strong religious beliefs would not fit our party culture.",
    "Hindus who don't eat beef won't fit in our steakhouse kitchen.",
  ]);
  clean("discrimination.religion", [
    "We welcome staff of any religious affiliation.",
    "Religious affiliation plays no part in our hiring.",
    "Vegetarians may find the steakhouse kitchen a hard fit; we serve beef daily.",
  ]);
});

describe("vet3435-disc: faith named as who is served, not who is hired", () => {
  it("title: Concierge – Resort with Many Jewish Guests", () => {
    expect(
      rulesOf(
        "Concierge – Resort with Many Jewish Guests",
        "Arrange kosher dining and Sabbath services for guests.",
        "Hospitality",
      ),
    ).not.toContain("discrimination.religion");
  });
  clean("discrimination.religion", ["Serve our Muslim customers with halal menus.", "接待穆斯林游客，介绍清真餐厅。"]);
  flagged("discrimination.religion", ["Muslim applicants only.", "Christian staff preferred."]);
});

describe("vet3435-disc: refusals said as discouraged, not progressed, rejected, not a fit for our image", () => {
  flagged("discrimination.marital", ["Parents of toddlers are discouraged from applying, as shifts start at 6 am."]);
  flagged("discrimination.health", [
    "Tell us if you have ever been treated for depression; those who say yes are not progressed.",
    "Applicants with a history of epilepsy will be screened out.",
  ]);
  flagged("discrimination.school_tier", [
    "专升本、民办院校的简历系统会直接拒绝。",
    "Résumés from non-985 universities are automatically rejected.",
  ]);
  flagged("discrimination.race", ["肤色要白，皮肤黑的不符合我们的品牌形象。", "皮肤偏黑的不符合门店定位。"]);
  clean("discrimination.race", ["皮肤管理师，帮顾客做美白护理。", "工服为黑色，符合品牌形象。"]);
  clean("discrimination.school_tier", ["简历系统会自动回复收到，请耐心等待。"]);
});

describe("vet3435-disc: marital and childbearing in English and mixed wording", () => {
  flagged("discrimination.marital", [
    "女员工需承诺入职三年内不要baby。",
    "两年内有生宝宝计划的请慎投。",
    "The director prefers assistants who are unmarried, because of the travel.",
    "Divorced people bring too much drama, so unmarried applicants first.",
    "Singles preferred; married people have too many family issues.",
  ]);
  clean("discrimination.marital", [
    "我们有母婴室，生宝宝后可申请弹性工作。",
    "Single rooms in the dormitory; married couples get a family flat.",
    "Single shift, no nights.",
    "Parents of young children can choose shifts first.",
    "单亲家长可以优先选择白班。",
    "已婚员工可优先申请夫妻房。",
  ]);
});

describe("vet3435-disc: a sex preferred by 'rather', kept by 'all-male team … keep it that way'", () => {
  flagged("discrimination.gender", [
    "Two women on the team just went on leave, so we would rather take a man this time.",
    "Our crew is all women and we want to keep it that way.",
    "The line is all-male and the supervisor wants it to stay that way.",
  ]);
  clean("discrimination.gender", [
    "We would rather take a graduate who can start in March.",
    "Our crew is all-weather trained; we want to keep it that way.",
  ]);
});

describe("vet3435-disc: both sexes in a title pair with a slash", () => {
  it("title: Waiter/Waitress – Noodle House", () => {
    expect(rulesOf("Waiter/Waitress – Noodle House", "Serve tables.", "Friendly")).not.toContain(
      "discrimination.gender",
    );
  });
  it("title: Shop Boy/Girl – Pharmacy", () => {
    expect(rulesOf("Shop Boy/Girl – Pharmacy", "Stock shelves.", "Careful")).not.toContain("discrimination.gender");
  });
  flagged("discrimination.gender", ["Girls only, boys need not apply."]);
});

describe("vet3435-disc: one-sex ward or wing as the workplace, with personal care", () => {
  it("title: Night Carer – Men's Ward, Nursing Home", () => {
    expect(
      rulesOf(
        "Night Carer – Men's Ward, Nursing Home",
        "Toileting and bathing for residents of the men's ward; the ward is staffed by male carers.",
        "Care certificate",
      ),
    ).not.toContain("discrimination.gender");
  });
});

describe("vet3435-disc: a people's name that is a language in a list of languages", () => {
  clean("discrimination.ethnicity", ["Kazakh, Russian", "Fluent Tibetan and Mandarin.", "Languages: Uyghur, English."]);
  flagged("discrimination.ethnicity", ["Uyghur applicants only.", "Kazakh candidates will not be considered."]);
});

describe("vet3435-disc: ethnic screens abroad and steering to lower roles", () => {
  flagged("discrimination.ethnicity", [
    "Only Kinh candidates for the team-leader role.",
    "Hoa applicants preferred for this post.",
    "Management insists the cashier be ethnic Chinese.",
    "Store manager must be ethnic Malay; Indian and Chinese applicants may apply for stockroom jobs instead.",
  ]);
  clean("discrimination.ethnicity", [
    "We insist the cashier be punctual.",
    "Serve Kinh and Hoa customers in Vietnamese and Cantonese.",
  ]);
});

describe("vet3435-disc: origin said as born, from certain provinces, wanted from a place", () => {
  flagged("discrimination.region", [
    "Only Lagos born applicants, people from the north go home at Eid.",
    "Applicants from certain regions need not apply.",
    "The client only wants a driver from Guangdong, nobody from the north.",
    "新疆籍藏族的朋友这次不考虑。",
  ]);
  clean("discrimination.region", [
    "Born leaders welcome.",
    "Applicants from all regions are welcome.",
    "The client ships products from Guangdong to Europe.",
  ]);
});

describe("vet3435-disc: a household agency's 阿姨 beside an origin is the trade's worker", () => {
  it("a 家政 posting: 仅限湖南籍阿姨 is region only", () => {
    const got = rulesOf("育儿嫂 北京雇主家", "月薪八千。", "仅限湖南籍阿姨，雇主不要外省的");
    expect(got).toContain("discrimination.region");
    expect(got).not.toContain("discrimination.gender");
  });
  it("an office cleaning job: 仅限湖南籍阿姨 keeps the sex", () => {
    expect(rulesOf("写字楼保洁", "日常保洁。", "仅限湖南籍阿姨。")).toContain("discrimination.gender");
  });
});

describe("vet3435-disc: searching people of one sex is a genuine requirement", () => {
  clean("discrimination.gender", [
    "男女不限（机场安检需要女安检员对女性旅客搜身）。",
    "Both sexes welcome; female officers are needed to search female visitors.",
  ]);
  flagged("discrimination.gender", ["只招男安检员，女的力气小。"]);
});

describe("vet3435-disc: 混血 beside China's peoples is an ethnic screen, not race", () => {
  it("父母都得是汉族，混血的不要 is ethnicity, not race", () => {
    const got = rules("父母都得是汉族，混血的不要。");
    expect(got).toContain("discrimination.ethnicity");
    expect(got).not.toContain("discrimination.race");
  });
  flagged("discrimination.race", ["混血模特优先。"]);
});

describe("vet3435-disc: a 985/211 university named as the workplace", () => {
  it("title: 211高校食堂 帮厨", () => {
    expect(rulesOf("211高校食堂 帮厨", "在某211高校食堂帮厨。", "能吃苦")).not.toContain("discrimination.school_tier");
  });
  clean("discrimination.school_tier", ["在某985大学图书馆做管理员。"]);
  flagged("discrimination.school_tier", ["只要985大学毕业的。"]);
});

describe("vet3435-disc: a group judged too burdened, a status followed by its reason", () => {
  flagged("discrimination.marital", [
    "Married staff have too many family commitments for this travel role.",
    "We'd prefer nannies who are single because of the live-in schedule.",
  ]);
  clean("discrimination.marital", ["Married staff get a housing allowance.", "Our managers have too many meetings."]);
});

describe("vet3435-disc: people not considered for a kind of role", () => {
  flagged("discrimination.ethnicity", ["Hui applicants are not considered for management roles."]);
  flagged("discrimination.religion", [
    "Candidates with religious affiliations are not considered for supervisory posts.",
  ]);
  clean("discrimination.gender", ["Gender is not considered for management roles."]);
});

describe("vet3435-disc: natives of a big city abroad", () => {
  flagged("discrimination.region", ["Karachi locals only.", "Phnom Penh born applicants preferred."]);
  clean("discrimination.region", [
    "Office in Karachi; locals and expats welcome.",
    "Based in Phnom Penh, travel to Siem Reap monthly.",
  ]);
});

describe("vet3435-disc: a rite's neighbour is not the duty demanded", () => {
  clean("discrimination.religion", ["斋月期间可调班做礼拜，大家都要参加安全培训。"]);
});
