/**
 * The seeded catalogue: the six programmes and their 2026 and 2027 rows, each value with its source
 * (the sources and their reliability markers are listed in docs/programmes.md). Where no source was
 * found the value is stored as `unknown` with a note of what was seen, so the eligibility check says
 * "needs checking" instead of guessing. This is demo and first-install data: staff edit the rows in
 * /admin/programmes, and installProgrammeCatalogue never overwrites a year that exists.
 */
import type { ProgrammeSlug, ValueStatus, WindowKind } from "../../vocabulary";
import type { ProgrammeRule } from "./schema";

export type CatalogueProgramme = {
  slug: ProgrammeSlug;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  sort: number;
};

export type CatalogueWindow = {
  kind: WindowKind;
  status: ValueStatus;
  opensOn?: string;
  closesOn?: string;
  source: string;
  noteZh?: string;
  noteEn?: string;
};

export type CatalogueYear = {
  programmeSlug: ProgrammeSlug;
  year: number;
  province: string;
  officialUrl: { status: ValueStatus; value?: string; source: string };
  destinationCode: { status: ValueStatus; value?: string; source: string };
  benefits: { zh: string; en: string; source: string };
  forms: { nameZh: string; nameEn: string; source: string }[];
  rules: ProgrammeRule[];
  windows: CatalogueWindow[];
};

/** Sources, cited by their key in docs/programmes.md § Sources. */
const S = {
  gfbzbSite:
    "[V] 解放军报 2020-01-16 http://www.mnw.cn/news/china/2242064.html ; http://hb.people.com.cn/n2/2020/0117/c192237-33725386.html",
  twoIntakes:
    "[V] 两征两退 since 2020: http://www.mnw.cn/news/china/2242064.html ; http://epaper.xihaiannews.com/shtml/jnsx/20200117/80236.shtml",
  cityDeadlines2020: "[V2] 2020 city example http://www-822834.com/news/shehui/2020/01/2020-01-15450559.html",
  ageMen:
    "[V2] graduates ≤24 (2020) http://www-822834.com/news/shehui/2020/01/2020-01-15450559.html ; postgraduates ≤26 from 2022 (央视 2022-08-07) http://xuazi.com/c55483.html",
  ageWomen2021: "[V2] 2021 rule https://sevw.cn/article/4137.html",
  health2020: "[V2] 2020 example http://www-822834.com/news/shehui/2020/01/2020-01-15450559.html",
  enlistForms:
    "[V2] http://sxau.university-hr.com/showarticle.php?actiontype=2&keyword_type=0&search_keyword=&id=65 (2014); https://m.oldu.cn/dongshi/rdddg/zY78O5Rzmq",
  tuition2014:
    "[V2] 2014 standard http://www.zzredu.com/html/gaokao/zx/2014/0726/67823_4.html ; https://m.78911.com.cn/ZhengBingZiXun/683491-5.html",
  studyBenefits: "[V] http://81.cn/jwzl/2015-07/02/content_6641322.htm",
  codes: "app/destinations/codes.ts (教育部 2021 毕业去向代码)",
  xibuSite:
    "[V] 2021 school notice https://jdyjykj.com/2021/0428/c10407a424146/page.htm ; http://hainiu11.com/newscenter/native/city/20200507/t20200507_525080246.shtml",
  xibuWho:
    "[V] http://m.yunshu.nanfei.cn/zixun/2023/0412/1224.html ; https://jdyjykj.com/2021/0428/c10407a424146/page.htm",
  xibuWindow:
    "[V2] 2014/2017/2020/2023 windows: https://www.a9tx.com/info/1005/2244.html ; http://www.chinadaily.com.cn/micro-reading/2017-04/27/content_29111374.htm ; http://m.yunshu.nanfei.cn/zixun/2023/0412/1224.html",
  xibuSelection: "[V] https://jdyjykj.com/2021/0428/c10407a424146/page.htm ; http://llzyz.com/News_View.asp?NewsID=761",
  xibuBenefits: "[V2] 央广网 2020 http://hainiu11.com/newscenter/native/city/20200507/t20200507_525080246.shtml",
  sanzhiBenefits: "[V2] https://m.gwy.com/wenda/42649.html",
  sanzhiCodes: "app/destinations/codes.ts (502 国家基层项目—三支一扶)",
  tegangJiangxi: "[V2] public code: 江西省特岗教师招聘报名管理系统 tgjs.jxedu.gov.cn",
  xuandiao: "[V2] https://m.yuerzhishi.com/zh/624012.html ; https://iverson3.cn/zhiyezige/228421",
  cunguan:
    "[V2] http://www.54cunguan.cn/news/cgnews/2016/0121/48533.html ; [V] 2020-02-12 press conference https://m.nbd.com.cn/articles/2020-02-12/1407637.html",
  notFound: "[UNVERIFIED] not found in the sources (docs/programmes.md § Gaps)",
} as const;

export const CATALOGUE_PROGRAMMES: readonly CatalogueProgramme[] = [
  {
    slug: "enlistment",
    nameZh: "大学生参军入伍",
    nameEn: "Enlistment of university students",
    summaryZh: "在全国征兵网报名，每年上下半年两次征兵；学校武装部收取预征登记表、组织初审初检。",
    summaryEn:
      "Register on the national conscription site; two intakes a year; the school collects the forms and hosts the pre-checks.",
    sort: 1,
  },
  {
    slug: "xibu",
    nameZh: "大学生志愿服务西部计划",
    nameEn: "Western China volunteer programme (西部计划)",
    summaryZh: "应届毕业生或在读研究生到西部基层服务 1–3 年，校团委组织报名与选拔。",
    summaryEn:
      "Graduates or current postgraduates serve 1–3 years in the west; the school's Youth League runs selection.",
    sort: 2,
  },
  {
    slug: "sanzhi",
    nameZh: "三支一扶",
    nameEn: "三支一扶 (teaching, farming, health, rural support)",
    summaryZh: "到乡镇从事支教、支农、支医和帮扶乡村振兴，各省人社部门组织招募。",
    summaryEn: "Township posts in teaching, farming, health and rural revitalisation, recruited by each province.",
    sort: 3,
  },
  {
    slug: "tegang",
    nameZh: "特岗教师",
    nameEn: "Rural teaching posts (特岗教师)",
    summaryZh: "农村义务教育阶段学校教师特设岗位计划，各省教育部门组织招聘。",
    summaryEn: "Special teaching posts in rural schools, recruited by each province's education department.",
    sort: 4,
  },
  {
    slug: "xuandiao",
    nameZh: "选调生",
    nameEn: "Selected graduates for grassroots posts (选调生)",
    summaryZh: "各省党委组织部门从优秀应届毕业生中选调到基层工作。",
    summaryEn: "Provincial party organisation departments select outstanding graduates for grassroots posts.",
    sort: 5,
  },
  {
    slug: "cunguan",
    nameZh: "大学生村官",
    nameEn: "Village officials (大学生村官)",
    summaryZh: "是否仍单独招募待核实；以各省当年公告为准。",
    summaryEn: "Whether it is still recruited separately is not confirmed; follow each province's notice.",
    sort: 6,
  },
];

const unknownWindow = (kind: WindowKind, noteZh = "", noteEn = ""): CatalogueWindow => ({
  kind,
  status: "unknown",
  source: S.notFound,
  noteZh,
  noteEn,
});
const unknownRule = (kind: ProgrammeRule["kind"], noteZh = "", noteEn = ""): ProgrammeRule => ({
  kind,
  status: "unknown",
  params: {},
  source: S.notFound,
  noteZh,
  noteEn,
});

function enlistment(year: number): CatalogueYear {
  return {
    programmeSlug: "enlistment",
    year,
    province: "",
    officialUrl: { status: "known", value: "https://www.gfbzb.gov.cn", source: S.gfbzbSite },
    destinationCode: { status: "known", value: "46", source: S.codes },
    benefits: {
      zh: "学费补偿或国家助学贷款代偿：2014 年标准本专科每年不超过 8,000 元、研究生不超过 12,000 元（现行金额须工作人员核实）；退役后 3 年内考研初试总分加 10 分；退役大学生士兵专项硕士招生计划；服役期间保留学籍。",
      en: "Tuition compensation or loan repayment: 2014 standard up to 8,000 yuan a year (本专科) and 12,000 (研究生) — staff must confirm the current amount; +10 on the 考研 preliminary total within 3 years; a dedicated master's quota; the place in school is kept.",
      source: `${S.tuition2014} ; ${S.studyBenefits}`,
    },
    forms: [
      { nameZh: "《大学生预征对象登记表》", nameEn: "Pre-enlistment registration form", source: S.enlistForms },
      {
        nameZh: "《应征入伍高校毕业生补偿学费代偿国家助学贷款申请表》（符合条件者）",
        nameEn: "Tuition compensation / student-loan repayment application (if eligible)",
        source: S.enlistForms,
      },
    ],
    rules: [
      {
        kind: "degree",
        status: "known",
        params: { degrees: ["associate", "bachelor", "master", "doctor"] },
        source: S.twoIntakes,
      },
      {
        kind: "age",
        status: "known",
        params: {
          asOf: "12-31",
          asOfYearOffset: 0,
          gender: "male",
          minimum: 18,
          limits: { associate: 24, bachelor: 24, master: 26, doctor: 26 },
        },
        source: S.ageMen,
        noteZh:
          "男性：年满 18 周岁；普通高校毕业生不超过 24 周岁，研究生不超过 26 周岁（2022 年起），截至当年 12 月 31 日。每年须核实。",
        noteEn:
          "Men: at least 18; graduates up to 24, postgraduates up to 26 (since 2022), counted to 12-31 of the year. Confirm every year.",
      },
      {
        kind: "age",
        status: "unknown",
        // Women's rule: men are not asked to check it (app/programmes/eligibility.ts).
        params: { gender: "female" },
        source: S.ageWomen2021,
        noteZh: "女性：2021 年为 18–22 周岁、当年应届毕业生可放宽到 23 周岁；本年度待核实。",
        noteEn: "Women: in 2021, 18–22 and that year's graduates up to 23; not confirmed for this year.",
      },
      {
        kind: "health",
        status: "known",
        params: {},
        source: S.health2020,
        noteZh: "2020 年示例：身高男 ≥160 cm、女 ≥158 cm；裸眼视力右眼 ≥4.6、左眼 ≥4.5；以当年体检标准为准。",
        noteEn:
          "2020 example: height men ≥160 cm, women ≥158 cm; uncorrected vision right ≥4.6, left ≥4.5; the year's medical standard decides.",
      },
    ],
    windows: [
      {
        ...unknownWindow(
          "registration",
          "全国征兵网全年开放报名；各地截止日期每年公布（2020 年某市：上半年 1-10 至 2-15，下半年男性 4-01 至 8-15）。",
          "The site is open all year; local deadlines are announced each year (2020 example: 01-10 to 02-15 and, for men, 04-01 to 08-15).",
        ),
        source: S.cityDeadlines2020,
      },
      {
        ...unknownWindow(
          "registration_female",
          "2020 年某市：女性 6-26 至 8-15；本年度待核实。",
          "2020 example: women 06-26 to 08-15; not confirmed for this year.",
        ),
        source: S.cityDeadlines2020,
      },
      {
        kind: "approval",
        status: "known",
        opensOn: `${year}-03-01`,
        closesOn: `${year}-03-01`,
        source: S.twoIntakes,
        noteZh: "上半年征兵批准入伍（主要面向往届毕业生）。",
        noteEn: "First-half intake (mainly earlier graduates).",
      },
      {
        kind: "approval",
        status: "known",
        opensOn: `${year}-09-01`,
        closesOn: `${year}-09-01`,
        source: S.twoIntakes,
        noteZh: "下半年征兵批准入伍（主要面向应届毕业生和在校生）。",
        noteEn: "Second-half intake (mainly this year's graduates and students).",
      },
      {
        ...unknownWindow(
          "health_check",
          "体检、政考一般在 2 月中旬和 8 月中旬开始；具体日期以当地征兵办通知为准。",
          "Checks usually start mid-February and mid-August; the local office sets the dates.",
        ),
        source: S.twoIntakes,
      },
    ],
  };
}

function xibu(year: number): CatalogueYear {
  return {
    programmeSlug: "xibu",
    year,
    province: "",
    officialUrl: { status: "known", value: "http://xibu.youth.cn", source: S.xibuSite },
    destinationCode: { status: "known", value: "503", source: S.codes },
    benefits: {
      zh: "服务期满考核合格后，在考研、学费代偿、公务员及事业编制考录等方面享受优惠政策（考研加分的具体分值待核实）。",
      en: "After completing service and passing assessment: preferences in 考研, tuition repayment and civil-service or public-institution recruitment (the exact 考研 bonus is not confirmed).",
      source: S.xibuBenefits,
    },
    forms: [
      { nameZh: "《家长意见确认书》", nameEn: "Parent's consent form", source: S.xibuSelection },
      { nameZh: "《个人承诺书》", nameEn: "Personal pledge", source: S.xibuSelection },
    ],
    rules: [
      {
        kind: "fresh_graduate",
        status: "known",
        // 应届毕业生 or 在读研究生 (docs/programmes.md): a postgraduate graduating later passes too.
        params: { currentPostgraduates: true },
        source: S.xibuWho,
        noteZh: "普通高等学校应届毕业生，或在读研究生（在读研究生请与校团委核对）。",
        noteEn: "This year's graduates, or current postgraduates (they should check with the school's Youth League).",
      },
      unknownRule(
        "age",
        "全国项目未见年龄限制的出处；以当年通知为准。",
        "No source found for an age limit of the national programme.",
      ),
      {
        kind: "health",
        status: "known",
        params: {},
        source: S.xibuSelection,
        noteZh: "学校组织体检和心理测试。",
        noteEn: "The school runs a health check and a psychological test.",
      },
    ],
    windows: [
      {
        ...unknownWindow(
          "registration",
          "往年大致 4 月至 5–6 月（2014：4-01 至 6-01；2017：4-06 至 6-10；2023：4-12 至 5 月中下旬）；本年度日期待公布。",
          "In past years roughly April to May/June (2014: 04-01 to 06-01; 2017: 04-06 to 06-10; 2023: 04-12 to late May); this year's dates are not announced yet.",
        ),
        source: S.xibuWindow,
      },
      {
        ...unknownWindow(
          "school_check",
          "校团委（学校项目办）审核报名，组织笔试、面试、心理测试和体检。",
          "The school's project office checks applications and runs a written test, interview, psychological test and health check.",
        ),
        source: S.xibuSelection,
      },
      {
        ...unknownWindow("results", "名单公示 3 天后上报。", "The list is posted for 3 days, then reported."),
        source: S.xibuSelection,
      },
      unknownWindow("start"),
    ],
  };
}

function provincial(slug: "sanzhi" | "tegang" | "xuandiao" | "cunguan", year: number): CatalogueYear {
  const common = {
    programmeSlug: slug,
    year,
    province: "",
    officialUrl: { status: "unknown" as const, source: S.notFound },
    forms: [],
    windows: [
      unknownWindow("registration", "各省每年公布。", "Each province announces its dates."),
      unknownWindow("exam"),
      unknownWindow("results"),
    ],
  };
  switch (slug) {
    case "sanzhi":
      return {
        ...common,
        destinationCode: { status: "known", value: "502", source: S.sanzhiCodes },
        benefits: {
          zh: "服务期满考核合格后 3 年内考研初试总分加 10 分；事业单位定向招聘或加分；符合条件者学费补偿/贷款代偿；服务期计算工龄。",
          en: "After service and assessment: +10 on the 考研 preliminary total within 3 years; reserved or preferred public-institution recruitment; tuition repayment where eligible; service counts as working years.",
          source: S.sanzhiBenefits,
        },
        rules: [
          unknownRule(
            "age",
            "常见说法为 30 周岁以下，未核实；以各省公告为准。",
            "Often quoted as under 30, not confirmed; each province decides.",
          ),
          unknownRule("degree"),
        ],
      };
    case "tegang":
      return {
        ...common,
        destinationCode: { status: "unknown", source: S.notFound },
        benefits: { zh: "", en: "", source: S.notFound },
        rules: [
          unknownRule(
            "certificate",
            "通常要求教师资格证，未核实；以各省公告为准。",
            "Usually a teacher's certificate, not confirmed; each province decides.",
          ),
          unknownRule("age", "常见说法为 30 周岁以下，未核实。", "Often quoted as under 30, not confirmed."),
        ],
      };
    case "xuandiao":
      return {
        ...common,
        destinationCode: { status: "known", value: "512", source: S.codes },
        benefits: { zh: "", en: "", source: S.notFound },
        rules: [
          {
            kind: "degree",
            status: "known",
            params: { degrees: ["bachelor", "master", "doctor"] },
            source: S.xuandiao,
          },
          { kind: "fresh_graduate", status: "known", params: {}, source: S.xuandiao },
          unknownRule(
            "political",
            "多数省份要求中共党员（含预备党员），部分省份对学生干部等放宽；以各省公告为准。",
            "Most provinces ask for CPC (probationary) membership, some make exceptions; each province decides.",
          ),
          unknownRule(
            "age",
            "常见：本科 ≤25、硕士 ≤28、博士 ≤30 或 ≤32，各来源不一致。",
            "Often: bachelor ≤25, master ≤28, doctorate ≤30 or ≤32; the sources disagree.",
          ),
          {
            kind: "health",
            status: "known",
            params: {},
            source: S.xuandiao,
            noteZh: "参照公务员录用体检标准。",
            noteEn: "The civil-service medical standard applies.",
          },
        ],
      };
    case "cunguan":
      return {
        ...common,
        destinationCode: { status: "unknown", source: S.notFound },
        benefits: { zh: "", en: "", source: S.cunguan },
        rules: [unknownRule("degree"), unknownRule("age")],
      };
  }
}

/** 江西's 特岗 row, to show a provincial row beside the national one. */
function tegangJiangxi(year: number): CatalogueYear {
  return {
    ...provincial("tegang", year),
    province: "江西",
    officialUrl: { status: "known", value: "http://tgjs.jxedu.gov.cn", source: S.tegangJiangxi },
  };
}

export const CATALOGUE_YEARS: readonly CatalogueYear[] = [2026, 2027].flatMap((year) => [
  enlistment(year),
  xibu(year),
  provincial("sanzhi", year),
  provincial("tegang", year),
  tegangJiangxi(year),
  provincial("xuandiao", year),
  provincial("cunguan", year),
]);
