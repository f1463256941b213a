/**
 * Round on former-blind-40 to -43, discrimination (branch vet4043-disc): classes of wording the checker missed or flagged wrongly on
 * those sets (public-sector and grassroots recruitment, video and chat platforms, entertainment and sport, county towns and
 * construction sites). Every case is a NEW wording of a class, written from general knowledge, with clean twins: the class must hold
 * for wordings nobody tuned on. tests/corpus/README.md, "Tuning round on former-blind-40 to -43, discrimination (vet4043-disc)", has
 * the figures.
 */
import { describe } from "vitest";
import {
  clean,
  cleanInDescription,
  cleanPostings,
  flagged,
  flaggedInDescription,
  flaggedPostings,
} from "../support/posting-cases";

describe("vet4043-disc: a stand-in or double cast for a character of one sex", () => {
  cleanPostings("discrimination.gender", [
    [
      "Stand-in for the Male Lead – Costume Drama",
      "Stand-in for the male lead during lighting set-ups; similar height and build to the lead actor. RMB 500 per day.",
      "Patience on long set-ups.",
    ],
    ["男二号武替（动作片）", "为男二号招募武替，身形与男演员接近。日薪800元。", "有武术基础，按角色需要限男性"],
    [
      "Voice Actor – Girl Character",
      "Dubbing a nine-year-old girl in an animated film; adult voices of any gender are welcome. RMB 600 per hour.",
      "A voice reel.",
    ],
  ]);
  flaggedPostings("discrimination.gender", [
    ["Lighting Assistant (Female)", "Help the lighting team on set. RMB 400 per day.", "Basic electrics."],
  ]);
});

describe("vet4043-disc: a search, a team dormitory, a dressing room or a shower block of one sex", () => {
  cleanPostings("discrimination.gender", [
    ["地铁安检员（女性岗）", "负责乘客人身安检，按乘客性别安排同性别安检员。", "高中以上学历。"],
    ["篮球俱乐部生活老师（男队）", "需入住男队宿舍，负责夜间查寝，月薪5000元。", "有宿管经验。"],
    [
      "Wardrobe Assistant – Men's Chorus",
      "Dress the men's chorus in the men's dressing room where performers undress between scenes; men only for that reason.",
      "Sewing skills.",
    ],
    [
      "Shower Block Attendant – Construction Camp",
      "Attendant for the men's changing and shower block at the camp; the post is open to men only as it involves entering the facilities.",
      "Cleaning experience.",
    ],
    [
      "Wedding dresser",
      "Helps brides change into their gowns in the fitting room, women only for that reason. RMB 500 per wedding.",
      "Can pin a veil.",
    ],
  ]);
  flaggedPostings("discrimination.gender", [
    ["前台接待（限女性）", "负责访客登记。", "高中以上学历。"],
    ["Wardrobe Assistant (women only)", "Sort and label costumes in the store room.", "Sewing skills."],
  ]);
});

describe("vet4043-disc: both sexes wanted, listed together, or asked about and answered yes", () => {
  cleanInDescription("discrimination.gender", [
    "男女都要 男司机开货车 女司机开客车",
    "anyone can apply: women, men, students, retirees",
    "直播间有人问男生要不要 要的 男女都招",
  ]);
  flaggedInDescription("discrimination.gender", ["男生不要 只要女的", "只要男的 女的就算了"]);
});

describe("vet4043-disc: outreach to women in a title or a named programme", () => {
  cleanPostings("discrimination.gender", [
    ["Data Engineer (women encouraged)", "Build data pipelines.", "Python."],
    ["Welding Apprenticeship – Women in Construction", "Apprenticeship open to everyone.", "Interest in metalwork."],
  ]);
  flaggedPostings("discrimination.gender", [["Data Engineer (women only)", "Build data pipelines.", "Python."]]);
});

describe("vet4043-disc: a client's brief passed on, and the client served as the duty", () => {
  flaggedInDescription("discrimination.gender", [
    "agency message: client brief says only korean or japanese girls for the stand, two days",
    "面试官说了要能陪客户应酬 女生就算了 只要男的",
    "so this one's for female candidates, sorry guys",
  ]);
  cleanInDescription("discrimination.gender", [
    "我们的客户大多是女性，负责售后回访",
    "this one's for anyone who likes numbers",
  ]);
});

describe("vet4043-disc: the terms put to everyone, then one sex told to pledge them", () => {
  flaggedInDescription("discrimination.gender", ["签约需保证两年内不生育，女员工尤其要承诺。"]);
  flaggedInDescription("discrimination.marital", [
    "签约需保证两年内不生育，女员工尤其要承诺。",
    "须承诺外派期间不怀孕。",
  ]);
  cleanInDescription("discrimination.gender", ["签约需保证两年内不跳槽，女员工尤其要承诺。"]);
  cleanInDescription("discrimination.marital", ["外派期间不安排夜班。"]);
});

describe("vet4043-disc: one sex preferred because women went on maternity leave", () => {
  flaggedInDescription("discrimination.marital", [
    "The director prefers a male intern; two women went on maternity leave last year.",
  ]);
  cleanInDescription("discrimination.marital", [
    "Two colleagues went on maternity leave last year and came back to the same roles.",
  ]);
});

describe("vet4043-disc: a country's citizens are a nationality, not a people", () => {
  clean("discrimination.ethnicity", ["Mongolian citizens will not be considered."]);
  flagged("discrimination.race", ["Mongolian citizens will not be considered."]);
});

describe("vet4043-disc: a marker in a question answered no, or denied with 不是", () => {
  cleanInDescription("discrimination.ethnicity", ["有人问是不是只招汉族 不是 各民族都可以"]);
  cleanInDescription("discrimination.region", [
    "籍贯不限，不是只招本地人",
    "有人问是不是必须本地户口 不是 外地的也可以",
  ]);
  flaggedInDescription("discrimination.ethnicity", ["只招汉族"]);
  flaggedInDescription("discrimination.region", ["只招本地人", "必须本地户口"]);
});

describe("vet4043-disc: bonus points asked about, and encouragement", () => {
  cleanInDescription("discrimination.ethnicity", ["问：回族考生有加分吗？答：没有，一视同仁。"]);
  clean("discrimination.ethnicity", ["鼓励少数民族考生报考"]);
  flaggedInDescription("discrimination.ethnicity", ["回族考生加分"]);
  flagged("discrimination.ethnicity", ["限少数民族考生报考"]);
});

describe("vet4043-disc: a refusal before an English list of peoples, and performers of a people", () => {
  flaggedInDescription("discrimination.ethnicity", [
    "we are not considering Uyghur, Kazakh or other minority applicants for the site team.",
    "Tamil dancers only; others please do not apply",
  ]);
  cleanInDescription("discrimination.ethnicity", ["Tamil dancing experience is useful for the festival programme."]);
});

describe("vet4043-disc: a test's positives not proceeding, carriers failing the check, a history disqualifying", () => {
  flaggedInDescription("discrimination.health", [
    "HIV screening before the contract; positive results won't proceed.",
    "HBsAg positive carriers cannot pass our onboarding medical check.",
    "Any history of epilepsy disqualifies applicants.",
    "乙肝携带者体检过不了，别来了",
    "有过肿瘤治疗的不考虑",
    "candidates who have had cancer, diabetes or any other chronic illness in the last three years will not be taken forward.",
  ]);
  cleanInDescription("discrimination.health", [
    "Results of the HIV screening are confidential and do not affect the offer.",
    "A history of epilepsy does not disqualify applicants.",
    "体检过不了的项目可以复查",
    "负责肿瘤治疗患者的随访",
    "candidates who have had cancer, diabetes or any other chronic illness are considered on the same terms.",
  ]);
});

describe("vet4043-disc: minding children as the work or a skill", () => {
  cleanInDescription("discrimination.marital", ["只要会带娃，籍贯不限", "住家阿姨，做饭带娃", "有带娃经验优先"]);
  clean("discrimination.marital", ["婚育状况、籍贯不作要求"]);
  flaggedInDescription("discrimination.marital", ["带娃的不考虑"]);
  flagged("discrimination.marital", ["婚育状况：未婚"]);
});

describe("vet4043-disc: a sea named by a colour, and a complexion in a profile", () => {
  cleanPostings("discrimination.race", [["Logistics Planner – Black Sea Terminal", "Plan vessel calls.", "Excel."]]);
  flaggedInDescription("discrimination.race", ["Black applicants only", "皮肤白净 身高160以上 五官端正"]);
  cleanInDescription("discrimination.race", ["身高160以上，肤色不限"]);
});

describe("vet4043-disc: a list of countries or an aside between the people and their exclusion", () => {
  flaggedInDescription("discrimination.race", [
    "applicants from Kenya, Uganda and Ghana cannot be considered for this round.",
    "candidates of other nationalities, even with fluent English, are asked not to apply.",
  ]);
  cleanInDescription("discrimination.race", [
    "applicants from Kenya, Uganda and Ghana are considered on the same terms as everyone else.",
  ]);
});

describe("vet4043-disc: outsiders helped once hired, insurance by hukou, origin abroad, rural work", () => {
  cleanInDescription("discrimination.region", [
    "非本市户籍人员入职后可协助办理居住证",
    "本地户口和外地户口都交五险一金",
    "The office is based in Hong Kong.",
  ]);
  clean("discrimination.region", ["Willing to work in rural areas for two years."]);
  flaggedInDescription("discrimination.region", [
    "非本市户籍人员不予录用",
    "外地户口的就只交工伤险",
    "Sindh-domiciled candidates only.",
    "HK-born applicants only.",
    "candidates from rural areas need not apply",
  ]);
});

describe("vet4043-disc: an employer not religious, Ramadan as an event or schedule, a colleague spared a task", () => {
  cleanInDescription("discrimination.religion", ["本中心为非宗教机构，不组织宗教活动。", "信教的同事可以不参加聚餐。"]);
  cleanPostings("discrimination.religion", [
    ["Ramadan night-market cashier", "Take payments at the stalls.", "Cash handling."],
    [
      "Call Centre Agent (Ramadan schedule)",
      "Shifts move to evenings during Ramadan; all faiths welcome.",
      "Good English.",
    ],
  ]);
  flaggedInDescription("discrimination.religion", [
    "Staff who fast during Ramadan need not apply.",
    "信教的同事不招。",
  ]);
});

describe("vet4043-disc: faith screened by priority, by an unwanted believer, a headscarf, a feeling or advice", () => {
  flaggedInDescription("discrimination.religion", [
    "we are prioritising non-Christian applicants this season.",
    "the owner would rather not have anyone religious in the kitchen.",
    "不招戴头巾的。",
    "Hindus will find our beef kitchen difficult and should not apply.",
    "有信仰的朋友不建议投。",
    "Our owners hold a weekly Friday prayer session and expect the receptionist to join.",
  ]);
  cleanInDescription("discrimination.religion", [
    "we are prioritising applicants with forklift licences.",
    "we'd rather not have anyone smoking on site.",
    "可以戴头巾。",
    "Hindus will find vegetarian meals in the canteen and should not worry.",
    "信仰不限，都可以投。",
  ]);
});

describe("vet4043-disc: 专升本 included, a '211' park, a book counted, graduates of any listed school", () => {
  clean("discrimination.school_tier", ["本科及以上学历（含专升本）", "每周共读一本书", "部属和地方院校毕业生均可报考"]);
  cleanPostings("discrimination.school_tier", [['"211"科技园招商专员', "负责园区企业服务。", "本科以上。"]]);
  flagged("discrimination.school_tier", ["专升本不考虑", "一本院校毕业", "211院校毕业"]);
});

describe("vet4043-disc: modes of study run together, other schools refused, rankings in English, 八大美院", () => {
  flaggedInDescription("discrimination.school_tier", [
    "非统招 自考的学历不认",
    "other universities need not apply",
    "其他院校的简历不看",
    "Graduates of universities ranked top 50 only.",
    "须为八大美院毕业",
  ]);
  cleanInDescription("discrimination.school_tier", [
    "graduates of other universities are welcome",
    "Our university is ranked top 50 in engineering.",
  ]);
});

describe("vet4043-disc: a sex word closing one item and the next item's job title, run together without the space", () => {
  flaggedInDescription("discrimination.gender", ["家长要求家教老师是女生 男老师的话家长不放心"]);
  cleanInDescription("discrimination.gender", ["男女老师都要", "女生男生都可以"]);
});
