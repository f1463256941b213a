/**
 * Round on former-blind-48 and -49, discrimination (branch vet4849-disc): classes of wording the checker missed or flagged
 * wrongly on those sets (postings as pasted; real estate, property, home services and retail) and residuals of former-blind-44
 * to -47 (healthcare, Hong Kong and Singapore). Every case is a NEW wording of a class, written from general knowledge, with
 * clean twins. Misses caused only by pasted-text noise (hard line breaks, page headers, traditional characters the table lacks)
 * are the normaliser's and are not here. tests/corpus/README.md, "Tuning round on former-blind-48 and -49, discrimination
 * (vet4849-disc)", has the figures.
 */
import { describe } from "vitest";
import { cleanInDescription, cleanPostings, flaggedInDescription, flaggedPostings } from "../support/posting-cases";

describe("vet4849-disc: only one sex's dormitory on site, said as the arrangement", () => {
  flaggedPostings("discrimination.gender", [
    ["仓库理货员", "负责出入库扫码，月薪6500元。", "园区只有男宿舍，需要住宿的请知悉。"],
    ["工地资料员", "整理施工资料。", "项目部只提供男职工宿舍。"],
    ["Warehouse Picker", "Pick and pack orders, RMB 6,800 per month.", "We only have a men's dormitory on site."],
  ]);
  cleanPostings("discrimination.gender", [
    ["仓库理货员", "负责出入库扫码，月薪6500元。", "园区有男宿舍和女宿舍，均可申请。"],
    ["宿舍管理员（男生宿舍）", "负责男生宿舍夜间查寝和门禁登记。", "能上夜班。"],
  ]);
});

describe("vet4849-disc: the people asked to be careful or to understand, ending the clause", () => {
  flaggedPostings("discrimination.religion", [
    ["包装工", "车间两班倒。", "封斋期间跟不上节奏，有斋戒习惯的请谨慎。"],
    ["烘焙学徒", "月薪5000元。", "基督徒请慎重投递。"],
  ]);
  flaggedPostings("discrimination.health", [["叉车司机", "月薪7000元。", "乙肝携带者请谨慎考虑。"]]);
  flaggedPostings("discrimination.race", [["酒店门童", "月薪5500元。", "老板偏好欧美面孔，深肤色的求职者请理解。"]]);
  cleanPostings("discrimination.health", [["叉车司机", "月薪7000元。", "驾驶叉车请谨慎，持证上岗。"]]);
});

describe("vet4849-disc: religious dress welcomed and Ramadan as the roster the work plans", () => {
  cleanPostings("discrimination.religion", [
    ["Receptionist (hijab OK)", "Front desk of a dental clinic, RMB 6,500.", "Mandarin and English."],
    ["Cashier – hijab friendly store", "Checkout and shelf work, RMB 5,800.", "Retail experience a plus."],
    ["Pharmacist", "Dispensing, MYR 6,000.", "Headscarf-compatible uniform provided."],
    ["Ramadan Roster Planner", "Plan the contact centre's shifts, RMB 9,000.", "Excel and workforce tools."],
    [
      "Workforce Analyst",
      "Build the Ramadan shift plan and prayer-break rota for three sites.",
      "Two years in scheduling.",
    ],
    [
      "Pharmacy Assistant (Doha)",
      "QAR 4,000 per month.",
      "Working hours are shortened during Ramadan for staff who fast.",
    ],
  ]);
  flaggedPostings("discrimination.religion", [
    ["Cashier", "Checkout work.", "No hijab at the till, no exceptions."],
    ["Shift Lead", "Supervise the floor.", "Ramadan shifts cannot be adjusted; fasting staff need not apply."],
  ]);
});

describe("vet4849-disc: having had children already, as what is wanted", () => {
  flaggedPostings("discrimination.marital", [
    ["行政专员", "月薪7000元。", "老板想招已经生完孩子的。"],
    ["前台", "月薪6000元。", "最好是生过孩子的，稳定。"],
    ["Office Manager", "RMB 12,000.", "The director would like a colleague who is married."],
    ["Account Executive", "RMB 10,000.", "We would like someone who is already married with children."],
  ]);
  flaggedInDescription("discrimination.marital", [
    "上一任休了产假，这次希望招男生，或者已经生过孩子的女士。",
    "最好是男的，或是生完二胎的姐姐。",
    "The regional director would like a colleague who is married.",
    "We are looking for a sales manager who is already married.",
  ]);
  cleanInDescription("discrimination.marital", ["We are looking for a sales manager who is organised and calm."]);
  cleanPostings("discrimination.marital", [
    ["行政专员", "生完孩子返岗的员工可申请弹性上班。", "本科。"],
    ["Office Manager", "RMB 12,000.", "We would like a colleague who is organised and calm."],
  ]);
});

describe("vet4849-disc: a screening campaign, an underwriting exclusion and hukou help are the work", () => {
  cleanPostings("discrimination.health", [
    [
      "Community Health Officer",
      "Run the district's hepatitis B screening drive and refer positive cases to the clinic.",
      "Public health degree.",
    ],
    ["Clinic Outreach Worker", "Support the HIV testing and referral programme in two districts.", "Nursing diploma."],
    ["核保专员", "审核投保人的健康告知，对高血压、糖尿病等病史给出加费或除外意见。", "医学背景。"],
  ]);
  cleanPostings("discrimination.region", [
    ["Hukou Application Assistant", "Help staff prepare their settlement documents.", "Any degree."],
    ["落户政策咨询专员", "为企业员工办理人才落户和户口迁移。", "大专以上。"],
  ]);
});

describe("vet4849-disc: a school tier or a mode of study as the work's subject or recognised", () => {
  cleanPostings("discrimination.school_tier", [
    ["招生顾问（985/211方向）", "对接高校招生办，组织宣讲。", "本科，院校不限。"],
    ["函授站教务员", "负责学员学籍和排课。", "大专。"],
    ["行政助理", "月薪6000元。", "大专及以上，自考、成人教育学历均认可。"],
    ["专升本项目协调员", "协调企业员工的学历提升课程。", "本科。"],
  ]);
  flaggedPostings("discrimination.school_tier", [["行政助理", "月薪6000元。", "统招本科，自考、成人教育学历不认可。"]]);
});

describe("vet4849-disc: one sex's intimate care, searches or space, with the reason", () => {
  cleanPostings("discrimination.gender", [
    [
      "Bridal Fitting Assistant",
      "Assist brides in the fitting room, RMB 7,000.",
      "Female applicants only, because brides are partly undressed during fittings.",
    ],
    [
      "Women's Health Nurse",
      "Chaperone and assist in the clinic, RMB 9,000.",
      "Open to women only since the post carries out intimate internal examinations.",
    ],
    [
      "Dresser (bridal salon)",
      "Help brides change into and out of their gowns; for this reason the post is for women.",
      "Retail experience.",
    ],
    ["女子健身室前台", "健身室更衣区与训练区相连，故只招女前台。", "有服务经验。"],
    [
      "Security Screener (female post)",
      "Female passenger searches are carried out by female screeners; this vacancy is for a female screener.",
      "Security licence.",
    ],
    ["妇科门诊护士", "月薪8000元。", "女性（陪同女性患者做私密检查），护士执业证。"],
    [
      "Front Desk – Ladies-only Gym",
      "Check members in, RMB 6,200.",
      "Women only (the changing area opens onto the training floor).",
    ],
    [
      "Ultrasound Technician",
      "Obstetric scans. A female chaperone attends every transvaginal scan.",
      "Registered sonographer, any gender.",
    ],
  ]);
  flaggedPostings("discrimination.gender", [
    ["Front Desk – Gym", "Check members in, RMB 6,200.", "Women only, the members prefer it."],
    ["妇科门诊导医", "月薪6000元。", "女性，患者更喜欢女导医。"],
  ]);
});

describe("vet4849-disc: Chinese dialect groups and communities named in English", () => {
  flaggedPostings("discrimination.ethnicity", [
    ["Kitchen Helper (London)", "Prep and wash-up, GBP 12 per hour.", "Hakka people only, no Teochew staff."],
    ["Shop Assistant", "EUR 13 per hour.", "We only take Hokkien people for this counter."],
    ["Leasing Associate (Singapore)", "SGD 3,000.", "This role is for Chinese Singaporean candidates only."],
  ]);
  cleanPostings("discrimination.ethnicity", [
    ["Translator", "Cantonese and Hokkien to English subtitles.", "Fluent Cantonese."],
    ["Tour Guide", "Lead food walks for Teochew and Hakka heritage groups.", "Guide licence."],
    ["Hokkien Tutor", "Teach conversational Hokkien to two adults, SGD 40 per hour.", "Native-level Hokkien."],
  ]);
});

describe("vet4849-disc: the hires asked to share the faith", () => {
  flaggedPostings("discrimination.religion", [
    ["Sales Trainee", "HKD 14,000.", "The branch holds a Monday prayer and we ask that new staff share this faith."],
    ["Office Assistant", "RMB 6,000.", "We ask that every hire shares our Christian faith."],
  ]);
  cleanPostings("discrimination.religion", [
    ["Office Assistant", "RMB 6,000.", "We ask that new staff share their ideas at the Monday meeting."],
  ]);
});

describe("vet4849-disc: residence or a permit as the right to work", () => {
  cleanPostings("discrimination.race", [
    ["Leasing Agent (Vancouver)", "CAD 3,200 per month.", "Canadian resident."],
    [
      "Store Manager (Munich)",
      "EUR 3,800.",
      "A permit to work in Germany (EU citizens or a valid residence title; we can sponsor a Blue Card).",
    ],
  ]);
  flaggedPostings("discrimination.race", [
    ["Store Manager (Munich)", "EUR 3,800.", "EU citizens only, no residence titles."],
  ]);
});
