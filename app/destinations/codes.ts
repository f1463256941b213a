/**
 * Ministry of Education 毕业去向 (graduate destination) codes, 2021 standard onward.
 *
 * This array is the single source of the code list: the seed copies it into the
 * `destination_codes` table, and pure logic (the employment rate, forms) reads it from here or
 * from that table. Sub-codes for 特岗教师, 大学生村官 and other 50x/51x values are unconfirmed, so
 * the list is data, not an enum: a school adds rows, nothing in code switches on a code value.
 *
 * Pure module: no I/O, safe on client and server.
 */

export type Bilingual = { zh: string; en: string };

/** 2021 form of the rate: 协议和合同就业 + 灵活就业 + 创业 + 升学. */
export const GROUPS_2021 = ["contract", "flexible", "entrepreneurship", "further_study", "not_placed"] as const;
export type Group2021 = (typeof GROUPS_2021)[number];

/** 2024 revision (unconfirmed): 单位就业 + 自主创业 + 自由职业 + 升学. */
export const GROUPS_2024 = ["employer", "self_employed", "freelance", "further_study", "not_placed"] as const;
export type Group2024 = (typeof GROUPS_2024)[number];

/** The groups both forms have (further study, not placed): one label each, whichever form is shown. */
const SHARED_GROUP_LABELS: Readonly<Record<Group2021 & Group2024, Bilingual>> = {
  further_study: { zh: "升学", en: "Further study" },
  not_placed: { zh: "未落实", en: "Not placed" },
};

export const GROUP_2021_LABELS: Readonly<Record<Group2021, Bilingual>> = {
  contract: { zh: "协议和合同就业", en: "Agreement or contract employment" },
  flexible: { zh: "灵活就业", en: "Flexible employment" },
  entrepreneurship: { zh: "自主创业", en: "Entrepreneurship" },
  ...SHARED_GROUP_LABELS,
};

export const GROUP_2024_LABELS: Readonly<Record<Group2024, Bilingual>> = {
  employer: { zh: "单位就业", en: "Employed by an organisation" },
  self_employed: { zh: "自主创业", en: "Self-employed (founder)" },
  freelance: { zh: "自由职业", en: "Freelance" },
  ...SHARED_GROUP_LABELS,
};

/**
 * Field names a destination report must carry for a code. The destination form and the
 * verification checklist read these; the names are the report's field keys.
 */
export type DestinationField =
  | "employerName"
  | "employerCreditCode"
  | "workProvince"
  | "workCity"
  | "startDate"
  | "monthlyPay"
  | "occupation"
  | "enlistmentPlace"
  | "programme"
  | "serviceProvince"
  | "businessName"
  | "businessRegistrationOrShopUrl"
  | "schoolName"
  | "programmeName"
  | "country";

export type DestinationCodeInfo = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Counts toward 毕业去向落实率. */
  placed: boolean;
  group2021: Group2021;
  group2024: Group2024;
  requiredFields: readonly DestinationField[];
  /** What staff need to see before verifying; null when nothing is to be verified. */
  evidence: Bilingual | null;
};

const EMPLOYER_FIELDS: readonly DestinationField[] = [
  "employerName",
  "employerCreditCode",
  "workProvince",
  "workCity",
  "startDate",
];

/** How a family of codes counts toward the rate: placed or not, and its group in each form. */
type Counting = Pick<DestinationCodeInfo, "placed" | "group2021" | "group2024">;
const COUNTS_AS_CONTRACT: Counting = { placed: true, group2021: "contract", group2024: "employer" };
const COUNTS_AS_FURTHER_STUDY: Counting = { placed: true, group2021: "further_study", group2024: "further_study" };
const COUNTS_AS_NOT_PLACED: Counting = { placed: false, group2021: "not_placed", group2024: "not_placed" };

/** A grassroots programme (50x national, 51x local): the programme and the province served, and proof of selection. */
const grassroots = (code: string, nameZh: string, nameEn: string): DestinationCodeInfo => ({
  code,
  nameZh,
  nameEn,
  ...COUNTS_AS_CONTRACT,
  requiredFields: ["programme", "serviceProvince"],
  evidence: {
    zh: "项目录取或派遣证明（如项目办公室出具的录用通知）",
    en: "Proof of selection for the programme (e.g. the programme office's admission or dispatch notice)",
  },
});

/** Employed under an agreement or a contract with an organisation (10, 11, 271): the employer and the signed paper. */
const contractEmployed = (code: string, nameZh: string, nameEn: string, evidence: Bilingual): DestinationCodeInfo => ({
  code,
  nameZh,
  nameEn,
  ...COUNTS_AS_CONTRACT,
  requiredFields: EMPLOYER_FIELDS,
  evidence,
});

/** Further study (80x in China, 85 abroad): the school and what is studied or where, and the admission. */
const furtherStudy = (
  code: string,
  nameZh: string,
  nameEn: string,
  requiredFields: readonly DestinationField[],
  evidence: Bilingual,
): DestinationCodeInfo => ({
  code,
  nameZh,
  nameEn,
  ...COUNTS_AS_FURTHER_STUDY,
  requiredFields,
  evidence,
});

/** Not placed (7x): nothing to record and nothing to verify. */
const notPlaced = (code: string, nameZh: string, nameEn: string): DestinationCodeInfo => ({
  code,
  nameZh,
  nameEn,
  ...COUNTS_AS_NOT_PLACED,
  requiredFields: [],
  evidence: null,
});

export const DESTINATION_CODES: readonly DestinationCodeInfo[] = [
  contractEmployed("10", "签就业协议形式就业", "Employed, three-party agreement", {
    zh: "经学校鉴证的就业协议书（三方协议）",
    en: "The three-party employment agreement, registered by the school",
  }),
  contractEmployed("11", "签劳动合同形式就业", "Employed, labour contract", {
    zh: "与用人单位签订的劳动合同",
    en: "The labour contract signed with the employer",
  }),
  {
    code: "12",
    nameZh: "其他录用形式就业",
    nameEn: "Employed, other proof of hiring",
    placed: true,
    group2021: "flexible",
    group2024: "employer",
    requiredFields: [...EMPLOYER_FIELDS, "monthlyPay"],
    evidence: {
      zh: "用人单位录用证明或工资流水，月收入不低于当地最低工资标准",
      en: "An employer's letter of hire or pay records, at or above the local minimum wage",
    },
  },
  contractEmployed("271", "科研助理、管理助理", "Research or administrative assistant", {
    zh: "科研助理或管理助理聘用合同（协议）",
    en: "The appointment contract or agreement for the assistant post",
  }),
  {
    code: "46",
    nameZh: "应征义务兵",
    nameEn: "Enlisted (conscript)",
    placed: true,
    group2021: "contract",
    group2024: "employer",
    requiredFields: ["enlistmentPlace"],
    evidence: { zh: "入伍通知书", en: "The enlistment notice" },
  },
  grassroots("502", "国家基层项目：三支一扶", "National grassroots programme: 三支一扶"),
  grassroots("503", "国家基层项目：西部计划", "National grassroots programme: 西部计划 (Western China volunteers)"),
  grassroots("512", "地方基层项目：地方选调生", "Local grassroots programme: 选调生 (selected civil-service track)"),
  grassroots("519", "其他地方基层项目", "Other local grassroots programme"),
  {
    code: "75",
    nameZh: "自主创业",
    nameEn: "Self-employed, founder",
    placed: true,
    group2021: "entrepreneurship",
    group2024: "self_employed",
    requiredFields: ["businessName", "businessRegistrationOrShopUrl"],
    evidence: {
      zh: "营业执照；网店创业提供网店地址及经营收入记录",
      en: "The business registration; for an online shop, the shop address and income records",
    },
  },
  {
    code: "76",
    nameZh: "自由职业",
    nameEn: "Freelance",
    placed: true,
    group2021: "flexible",
    group2024: "freelance",
    requiredFields: ["occupation", "workProvince", "workCity", "startDate", "monthlyPay"],
    evidence: {
      zh: "本人签字的自由职业声明，经学院和学校审核，收入不低于当地最低工资标准",
      en: "The graduate's signed freelance statement, approved by the college and the school, with income at or above the local minimum wage",
    },
  },
  furtherStudy("801", "境内升学：研究生", "Further study in China: postgraduate", ["schoolName", "programmeName"], {
    zh: "研究生录取通知书",
    en: "The postgraduate admission letter",
  }),
  furtherStudy(
    "802",
    "境内升学：第二学士学位",
    "Further study in China: second bachelor's degree",
    ["schoolName", "programmeName"],
    { zh: "第二学士学位录取通知书", en: "The second-bachelor admission letter" },
  ),
  furtherStudy("85", "境外留学", "Study abroad", ["schoolName", "country"], {
    zh: "境外院校录取通知书",
    en: "The admission offer from the institution abroad",
  }),
  notPlaced("70", "待就业", "Seeking work"),
  notPlaced("71", "不就业拟升学", "Not working, preparing for further study"),
  notPlaced("72", "其他暂不就业", "Other, not working for now"),
];

const BY_CODE: ReadonlyMap<string, DestinationCodeInfo> = new Map(DESTINATION_CODES.map((c) => [c.code, c]));

/** The entry for a code, or undefined for a code not in the list. Surrounding spaces are ignored. */
export function codeInfo(code: string | null | undefined): DestinationCodeInfo | undefined {
  if (code == null) return undefined;
  return BY_CODE.get(code.trim());
}

/** Whether a code counts as placed. Unknown codes and no code are not placed. */
export function isPlacedCode(code: string | null | undefined): boolean {
  return codeInfo(code)?.placed ?? false;
}
