/**
 * Vetting lexicons: the words app/postings/checks.ts looks for, as data a staff member can read and
 * extend. docs/vetting-rules.md explains how the checker combines them.
 *
 * A restriction is a PROTECTED ATTRIBUTE (a gender, an ethnic group, a province, a school tier …)
 * and a MARKER in the same clause: a restriction before it ("限", "仅", "要求", "only", "must be"),
 * an exclusion after it ("勿扰", "免投", "谢绝", "not be considered"), a refusal before it ("不招",
 * "no"), a preference after it ("优先", "preferred") or a form label ("性别：男"). An inclusive
 * word ("不限", "均可", "welcome") or a negated marker ("不要求") cancels it.
 *
 * How to write an entry
 * - `words` are matched literally, case-insensitively, after full-width letters and digits are made
 *   half-width and spaces between Chinese characters are dropped. Write them in lower case.
 * - `patterns` are regular expressions (JavaScript, Unicode) for forms a word list cannot say, such
 *   as "a province followed by 籍". Each has a comment.
 * Longer entries win over shorter ones that start at the same place.
 */

/** A protected attribute: what may not be made a condition of a job. */
export interface VettingLexicon {
  readonly words: readonly string[];
  readonly patterns?: readonly string[];
  /** Form labels: "性别：男" is a restriction even without a marker. */
  readonly labels?: readonly string[];
  /** Values that only count after one of `labels` ("籍贯：广东"), never on their own. */
  readonly labelValues?: readonly string[];
  /** Extra restriction markers that only apply to this attribute ("适合男生", "招聘2名女性"). */
  readonly restrictBefore?: readonly string[];
  /** Self-contained restrictions: a match is a flag unless negated ("乙肝五项检查", "三年内不生育"). */
  readonly screens?: readonly string[];
  /** Words around a value that make it something else ("女装", "男女" as a pair means everyone). */
  readonly notMentions?: readonly string[];
  /** Like `notMentions`, as regular expressions ("李女士" is a form of address, not a gender condition). */
  readonly notMentionPatterns?: readonly string[];
}

// ---------------------------------------------------------------------------
// Places (户籍/地域): provinces, big cities and the usual groupings
// ---------------------------------------------------------------------------

export const PROVINCES = [
  "北京",
  "天津",
  "上海",
  "重庆",
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "台湾",
  "内蒙古",
  "内蒙",
  "广西",
  "西藏",
  "宁夏",
  "新疆",
  "香港",
  "澳门",
] as const;

export const CITIES = [
  "广州",
  "深圳",
  "杭州",
  "南京",
  "苏州",
  "成都",
  "武汉",
  "西安",
  "郑州",
  "长沙",
  "沈阳",
  "大连",
  "哈尔滨",
  "长春",
  "济南",
  "青岛",
  "合肥",
  "福州",
  "厦门",
  "南昌",
  "南宁",
  "昆明",
  "贵阳",
  "兰州",
  "西宁",
  "银川",
  "乌鲁木齐",
  "拉萨",
  "呼和浩特",
  "石家庄",
  "太原",
  "海口",
  "宁波",
  "温州",
  "无锡",
  "东莞",
  "佛山",
  "珠海",
  "潮汕",
  "潮州",
  "汕头",
] as const;

export const REGION_GROUPS = [
  "东北",
  "西北",
  "西南",
  "华北",
  "华南",
  "华东",
  "华中",
  "江浙沪",
  "江浙",
  "两广",
  "农村",
  "外地",
  "外省",
  "外市",
  "本地",
  "本市",
  "本省",
  "本区",
  "本县",
  "当地",
  "省内",
  "省外",
  "市内",
  "市外",
] as const;

export const PLACES_EN = [
  "beijing",
  "shanghai",
  "shenzhen",
  "guangzhou",
  "hangzhou",
  "chengdu",
  "wuhan",
  "nanjing",
  "tianjin",
  "chongqing",
  "xi'an",
  "suzhou",
  "henan",
  "sichuan",
  "guangdong",
  "hubei",
  "hunan",
  "shandong",
  "zhejiang",
  "jiangsu",
  "xinjiang",
  "tibet",
  "northeast",
] as const;

const PLACE = [...PROVINCES, ...CITIES, ...REGION_GROUPS].join("|");
const PLACE_EN = PLACES_EN.join("|");

// ---------------------------------------------------------------------------
// The 56 ethnic groups (民族) and their groupings
// ---------------------------------------------------------------------------

export const ETHNIC_GROUPS = [
  "汉",
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "高山",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "俄罗斯",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
] as const;

// ---------------------------------------------------------------------------
// The lexicons, one per discrimination rule
// ---------------------------------------------------------------------------

const PERSON_ZH = "(?:性|生|士|孩子?|同学|同志|青年|员工|职工|工|司机|保安|求职者|应聘者|候选人)";

export const GENDER: VettingLexicon = {
  words: [
    "male",
    "males",
    "female",
    "females",
    "men",
    "women",
    "man",
    "woman",
    "ladies",
    "lady",
    "gentlemen",
    "girls",
    "boys",
    "a guy",
    "guys",
    // Colloquial: "适合小哥哥", "招几个美女", "宝妈" is in MARITAL.
    "小哥哥",
    "小姐姐",
    "帅哥",
    "美女",
    "靓女",
    "妹子",
    "妹纸",
    "小伙子",
    "小伙",
    "汉子",
    "姑娘",
  ],
  patterns: [
    // 男/女 with or without a person word; not 男装, 女装, 子女, 妇女, 女性用品.
    `(?<![子儿妇少美侄孙甥])(?:男|女)${PERSON_ZH}?(?![装鞋包款童厕科表篮排足单双]|性?用品|方|友|朋友)`,
  ],
  labels: ["性别", "gender", "sex"],
  restrictBefore: [
    "适合",
    "适宜",
    "更适合",
    "招聘?\\s*\\d*\\s*(?:名|位|个)?",
    "招收\\s*\\d*\\s*(?:名|位)?",
    "需要\\s*\\d+\\s*(?:名|位)",
    "looking for (?:a |an )?(?:young |strong )?",
    "seeking (?:a |an )?(?:young )?",
    "hiring (?:a |an )?(?:young )?",
    "preference (?:will be |is )?given to",
    "priority (?:will be |is )?given to",
  ],
  // A pair names everyone: "男女不限", "本岗位适合男生和女生", "male and female applicants".
  notMentions: [
    "男女",
    "男生和女生",
    "男生女生",
    "男女生",
    "男性和女性",
    "男性或女性",
    "女性和男性",
    "男士和女士",
    "male and female",
    "female and male",
    "men and women",
    "women and men",
    "male or female",
    "any gender",
    // Possessives name a market or a product ("Women's Health App", "men's wear"), not applicants.
    "women's",
    "men's",
    "womens",
    "ladies'",
    "小伙伴",
    // Laws and protections for women workers: "《女职工劳动保护特别规定》", "女职工三期保护".
    "女职工劳动保护",
    "女职工三期",
    "女职工权益",
    "女职工特殊保护",
    "女性健康",
    "女性用户",
    "男性用户",
  ],
  notMentionPatterns: [
    // A surname and a title is how a contact is addressed: "联系人：李女士", "王先生".
    `(?:${"李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("").join("|")})(?:女士|小姐|先生)`,
    // Anything inside a title in book-title marks (a law, a book, a programme).
    "《[^》]{0,30}》",
  ],
};

export const ETHNICITY: VettingLexicon = {
  words: [
    "少数民族",
    "han chinese",
    "ethnic minority",
    "ethnic minorities",
    "ethnic-minority",
    "minority ethnic",
    "minority background",
    "minority backgrounds",
    "minorities",
    "uyghur",
    "uyghurs",
    "tibetans",
  ],
  patterns: [
    // 56 groups with 族 ("汉族", "维吾尔族"), not followed by words that make it a place or a name.
    `(?:${ETHNIC_GROUPS.join("|")})族(?!自治|地区|聚居|文化|风情|语|服饰)`,
    // "Han ethnicity", "of Uyghur origin".
    "\\b(?:han|uyghur|uighur|tibetan|hui|manchu|mongolian|zhuang|kazakh)\\s+(?:ethnicity|ethnic\\s+group|nationality|origin|descent)\\b",
    "非汉族",
  ],
  labels: ["民族", "ethnicity"],
  restrictBefore: ["preference (?:will be |is )?given to"],
};

export const RACE: VettingLexicon = {
  words: [
    "白人",
    "黑人",
    "黄种人",
    "白种人",
    "黑种人",
    "欧美白人",
    "外籍白人",
    "有色人种",
    "白皮肤",
    "黑皮肤",
    "皮肤白",
    "肤色白",
    "欧美面孔",
    "外国面孔",
    "洋面孔",
    "欧美人",
    "美国籍",
    "英国籍",
    "欧美籍",
    "美国人",
    "英国人",
    "caucasian",
    "caucasians",
    "fair-skinned",
    "fair skinned",
    "light-skinned",
    "light skinned",
    "dark-skinned",
    "dark skinned",
    "pale-skinned",
    "south asian",
    "south asians",
    "african",
    "africans",
    "asians",
    "american",
    "americans",
    "british",
    "canadian",
    "canadians",
    "australian",
    "australians",
    "european",
    "europeans",
    "westerners",
    "western faces",
    "united states",
    "united kingdom",
    "the usa",
    "the us",
    "the uk",
    "usa",
    "u.s.",
    "uk",
    "canada",
    "australia",
    "new zealand",
    "ireland",
  ],
  patterns: [
    // Colour words as people, not "white-collar", "whiteboard", "black tea".
    "\\b(?:white|black|brown|yellow)(?:s|\\s+(?:people|candidates?|applicants?|faces?|persons?|teachers?|men|women|only))?\\b(?![-\\s]?(?:collar|board|paper|list|box|tea|hat|belt|friday|space))",
    "\\bus(?=\\s*/\\s*uk)",
    "肤色",
  ],
  labels: ["肤色", "国籍", "race", "nationality", "skin colou?r"],
  restrictBefore: ["preference (?:will be |is )?given to", "from\\s+(?:the\\s+)?"],
};

export const RELIGION: VettingLexicon = {
  words: [
    "宗教信仰",
    "宗教",
    "信教",
    "信仰宗教",
    "教徒",
    "信徒",
    "穆斯林",
    "基督徒",
    "基督教",
    "天主教",
    "伊斯兰",
    "佛教徒",
    "佛教",
    "道教",
    "宗教人士",
    "信教人员",
    "不信教",
    "无信仰",
    "信奉",
    "christian",
    "christians",
    "muslim",
    "muslims",
    "buddhist",
    "buddhists",
    "hindu",
    "hindus",
    "jewish",
    "jews",
    "atheist",
    "atheists",
    "non-religious",
    "religious people",
    "religious applicants",
    "religious candidates",
    // Dress and symbols stand for the faith: "candidates who wear religious head coverings".
    "religious head coverings",
    "religious head covering",
    "religious dress",
    "religious symbols",
    "hijab",
    "headscarf",
    "headscarves",
    "turban",
    "头巾",
    "believers",
  ],
  labels: ["宗教信仰", "宗教", "信仰", "religion", "faith"],
  // "宗教信仰：无" makes having no faith a condition.
  labelValues: ["无", "none", "no"],
  restrictBefore: ["preference (?:will be |is )?given to"],
  // A field of study, a policy area or an institution is not the applicant's faith.
  notMentions: [
    "宗教事务",
    "宗教局",
    "宗教习惯",
    "宗教信仰自由",
    "宗教节日",
    "宗教文化",
    "宗教学",
    "宗教研究",
    "宗教政策",
    "宗教史",
    "宗教艺术",
    "宗教建筑",
    "religious studies",
  ],
};

/** Exclusions after a place, colloquial ones included ("就别投了", "不要投"). */
const PLACE_EXCLUDE =
  "(?:别投|别来|别报|不要投|不用投|勿投|免投|勿扰|免谈|谢绝|不考虑|不予考虑|不招|不收|不要|不录用|不接受|请绕道|绕道)";

export const REGION: VettingLexicon = {
  words: [
    "本地人",
    "外地人",
    "外省人",
    "外地生源",
    "locals",
    "local residents",
    "local people",
    "non-locals",
    "migrants",
  ],
  patterns: [
    // A place followed by a registration word: "四川籍", "河南人", "本市常住户口", "广州本地户籍".
    `(?:${PLACE})(?:本地|当地)?\\s*(?:常住)?(?:籍(?!贯)|户口|户籍|生源|居民|人(?![才民力事员工口群气性生数均]))`,
    // "…省籍", "…市户口" for places not in the list.
    "[\\u4e00-\\u9fff]{2,3}(?:省|市)(?:籍|户口|户籍|人(?![才民力事员工口群气性生数均]))",
    `(?:${PLACE_EN}|local)\\s+hukou`,
    `(?:${PLACE_EN})\\s+(?:locals|natives|residents|people)`,
    "people from other provinces",
    "(?:from|of) other provinces",
  ],
  labels: ["籍贯", "户籍", "户口", "生源地", "生源", "hukou", "place of origin"],
  labelValues: [PLACE, PLACE_EN, "本地", "外地"],
  restrictBefore: ["(?:须|需|必须)\\s*(?:持有|具有|拥有|有)"],
  screens: [
    // A place or a list of places, then an exclusion: "河南、东北的就别投了", "新疆西藏的不要".
    `(?:${PLACE})(?:\\s*[、/和及与或]\\s*(?:${PLACE}))*\\s*(?:省|市|地区|籍|户口|户籍)?\\s*(?:的|人)?\\s*(?:人|朋友|同学|求职者|应聘者)?\\s*(?:就|请|一律|均|都|暂时?)?\\s*${PLACE_EXCLUDE}`,
    // Everyone else excluded: "其他省份的免投", "外省的勿扰".
    `(?:其他|其它|别的|外)\\s*(?:省份?|省市|地区|城市|地方|地市)(?:的)?\\s*(?:人|朋友|同学|求职者|应聘者)?\\s*(?:就|请|一律|均|都|暂时?)?\\s*${PLACE_EXCLUDE}`,
    // A restriction before a list of places that name people: "只要四川、重庆的", "仅限江浙沪人".
    `(?:仅限|只限|限于|只要|只招|仅招|只收|仅收|仅面向|只面向)\\s*(?:${PLACE})(?:\\s*[、/和及与或]\\s*(?:${PLACE}))*\\s*(?:省|市|地区)?\\s*(?:籍|人|户口|户籍|生源|的(?:人|求职者|同学|应聘者|朋友)?(?=[，,。；;!！?？\\n]|$))`,
  ],
};

export const MARITAL: VettingLexicon = {
  words: [
    "已婚已育",
    "未婚未育",
    "已婚",
    "未婚",
    "已育",
    "未育",
    "已生育",
    "未生育",
    "单身",
    "宝妈",
    "有孩子",
    "有小孩",
    "孕妇",
    "离异",
    "离婚",
    "丧偶",
    "再婚",
    "divorced",
    "divorcees",
    "孕期",
    "怀孕",
    "哺乳期",
    "二胎",
    "婚育",
    "married",
    "unmarried",
    "single women",
    "single men",
    "single candidates",
    "single applicants",
    "pregnant",
    "mothers",
    "moms",
    "mums",
  ],
  patterns: [
    // Pregnancy and nursing name women: "孕期及哺乳期女性" is one marital mention, not a gender one too.
    "(?:孕期|哺乳期|怀孕)(?:(?:及|和|、)(?:孕期|哺乳期))?(?:的)?(?:女性|妇女|女职工|女士)",
  ],
  labels: ["婚姻状况", "婚否", "婚育状况", "婚育", "marital status"],
  screens: [
    // A promise not to have children or marry: "三年内无生育打算", "两年内不得怀孕", "no plans to have children".
    "(?:[1-9一二两三四五]\\s*年内|入职后?[^，,。；;]{0,4}年?内|近期|短期)\\s*(?:不|无|没有|不得|不能|不可|不准|不会)\\s*(?:能|得|可|准|打算|计划)?\\s*(?:生育|怀孕|要孩子|要小孩|生孩子|生小孩|生二胎|要二胎|结婚)",
    "(?:无|没有)\\s*(?:生育|结婚|婚育|怀孕|要孩子)\\s*(?:计划|打算|安排)",
    "no plans? (?:to|of) (?:have|having) (?:children|kids|a baby)",
    "(?:must|will) not (?:plan|get|become) (?:a )?pregnan",
    "not (?:plan|planning) (?:a |to get |on )?pregnan",
    // A status demanded or a pledge not to change it: "must be single", "agree not to marry".
    "\\b(?:must|should|has to|have to|required to)\\s+be\\s+(?:single|unmarried|married)\\b",
    "\\b(?:agree|promise|pledge|undertake)\\s+not\\s+to\\s+(?:marry|get\\s+married|have\\s+(?:children|kids|a\\s+baby)|become\\s+pregnant|get\\s+pregnant)",
  ],
};

/** Health conditions an employer may not screen for (就业促进法 arts. 29, 30). */
const HEALTH_CONDITION_ZH =
  "精神(?:疾病|病)(?:史)?|心理(?:疾病|问题)(?:史)?|抑郁症?(?:史)?|焦虑症(?:史)?|双相(?:障碍)?|残疾|残障|身体缺陷|乙肝|小三阳|大三阳|艾滋病?|hiv|糖尿病|癫痫|家族(?:遗传)?病史|遗传病(?:史)?|重大疾病史|病史";
const HEALTH_CONDITION_EN =
  "mental\\s+(?:illness|health\\s+(?:issues|conditions|problems))|psychiatric(?:\\s+(?:conditions?|illness|history))?|depression|anxiety(?:\\s+disorders?)?|bipolar(?:\\s+disorder)?|disabilit(?:y|ies)|hiv|hepatitis(?:\\s*b)?|hbv|diabetes|epilepsy|chronic\\s+(?:illness|disease|conditions?)";

export const HEALTH: VettingLexicon = {
  words: [
    "乙肝",
    "乙肝携带者",
    "乙肝病毒携带者",
    "小三阳",
    "大三阳",
    "hbv",
    "hepatitis b",
    "艾滋病",
    "hiv",
    "精神疾病",
    "精神病",
    "心理疾病",
    "抑郁症",
    "焦虑症",
    "双相",
    "残疾",
    "残障",
    "身体残疾",
    "病史",
    "mental illness",
    "mental health issues",
    "depression",
    "anxiety",
    "disability",
    "disabilities",
    "disabled",
    "hepatitis",
    "psychiatric conditions",
    "psychiatric condition",
    "psychiatric",
    "diabetes",
    "epilepsy",
    "糖尿病",
    "癫痫",
    "精神疾病史",
    "精神病史",
    "家族病史",
  ],
  screens: [
    // Testing applicants for hepatitis B is itself banned (就业促进法 art. 30; 2010 notice on HBV screening).
    "乙肝\\s*(?:五项|两对半|检查|检测|筛查)",
    "(?:hbv|hepatitis\\s*b)\\s+(?:test|screening)",
    // Asking for the absence of a condition is a screen without any other marker:
    // "本人及直系亲属无精神疾病史", "无残疾", "no history of depression", "without any disability".
    `(?:无|没有|未患有?|不得有|不能有|不患有?)\\s*(?:任何)?\\s*(?:${HEALTH_CONDITION_ZH})(?!\\s*(?:歧视|之分|限制|影响|要求))`,
    `\\b(?:no|without(?:\\s+any)?|free\\s+(?:of|from))\\s+(?:(?:personal\\s+or\\s+family\\s+|family\\s+)?(?:history|record)\\s+of\\s+)?(?:any\\s+)?(?:${HEALTH_CONDITION_EN})\\b(?!\\s*(?:discrimination|bias))`,
    // A negative test result as a condition: "HIV检测阴性", "must be HIV-negative".
    "(?:hiv|艾滋病?|乙肝|hbv)\\s*(?:抗体)?\\s*(?:检测|检查|筛查)?\\s*(?:结果)?\\s*(?:须|需|必须)?\\s*(?:为|呈|是)?\\s*阴性",
    "\\b(?:hiv|hbv|hepatitis\\s*b)[-\\s]negative\\b|\\bnegative\\s+(?:hiv|hbv|hepatitis\\s*b)\\b",
    // English refusals of people with a condition: "No applicants with diabetes", "candidates with a history of depression are not eligible".
    `\\b(?:no|not\\s+accepting)\\s+(?:applicants|candidates|people|persons|one|staff|workers)\\s+(?:with|who\\s+have|who\\s+has)\\s+(?:(?:a\\s+)?(?:history|record)\\s+of\\s+)?(?:any\\s+)?(?:${HEALTH_CONDITION_EN})\\b`,
    `\\b(?:applicants|candidates|people|persons|those|anyone)\\s+with\\s+(?:a\\s+)?(?:(?:history|record)\\s+of\\s+)?(?:${HEALTH_CONDITION_EN})\\b[^.;]{0,60}\\b(?:not\\s+(?:be\\s+)?(?:eligible|considered|accepted|hired)|need\\s+not\\s+apply|ineligible|excluded)`,
  ],
  notMentions: [
    "乙肝疫苗",
    "残疾人就业",
    "残疾人事业",
    "残联",
    // Naming the discrimination is refusing it ("No disability discrimination").
    "disability discrimination",
    "disability inclusion",
    "残疾歧视",
    "乙肝歧视",
  ],
};

export const SCHOOL_TIER: VettingLexicon = {
  words: [
    "985",
    "211",
    "双一流",
    "c9",
    "港三新二",
    "名校",
    "海外名校",
    "重点院校",
    "重点大学",
    "重点高校",
    "重点本科",
    "一本",
    "二本",
    "三本",
    "统招一本",
    "双非",
    "普通院校",
    "普通本科",
    "专升本",
    "本科出身",
    "第一学历",
    "ivy league",
    "top-tier universities",
    "top tier universities",
    "top universities",
    "elite universities",
    "project 985",
    "project 211",
    // Routes to a degree that a 第一学历 screen excludes: "专升本、成人教育学历不考虑".
    "成人教育",
    "成教",
    "自考",
    "自学考试",
    "函授",
    "网络教育",
    "电大",
    "名牌大学",
    "名牌院校",
    "知名院校",
    "知名高校",
    "顶尖院校",
    "顶尖高校",
    "prestigious university",
    "prestigious universities",
    "top-ranked university",
    "top-ranked universities",
    "target school",
    "target schools",
    "elite university",
  ],
  patterns: [
    // Not 985 as a count or an address ("985所学校", "211号").
    "(?<![\\d.])(?:985|211)(?![\\d号室楼栋路弄层所元])",
    "qs\\s*(?:世界排名)?\\s*(?:前|top)[\\s-]*\\d+",
    // "top 100 QS-ranked universities", "QS top 50".
    "(?:top[\\s-]*\\d+\\s*)?qs[-\\s]?ranked|top[\\s-]*\\d+\\s*(?:qs\\s*)?(?:universit(?:y|ies)|schools?|colleges?)",
  ],
  labels: ["毕业院校", "院校要求", "院校", "学校", "第一学历", "本科院校", "school", "university"],
  screens: [
    // These only exist to sort applicants by school: "第一学历须为统招一本", "本科出身非211", "QS前100".
    "第一学历\\s*(?:须|需|必须|要求)?\\s*(?:为|是)?\\s*(?:985|211|双一流|一本|重点|统招|全日制|名校)",
    "第一学历\\s*(?:985|211|双一流)",
    "本科出身",
    "qs\\s*(?:世界排名)?\\s*(?:前|top)[\\s-]*\\d+",
    "港三新二",
    "(?:985|211|双一流|一本|二本)\\s*(?:院校|高校|大学)?\\s*(?:及以上|以上|及以下|以下)",
    // A credential sentence: "985院校毕业", "211学历", "双一流背景".
    "(?<![\\d.])(?:985|211|双一流)\\s*(?:工程)?\\s*(?:院校|高校|大学|名校)?\\s*(?:毕业|学历|背景|出身|生源)",
  ],
};

export const PROTECTED_ATTRIBUTES = {
  "discrimination.gender": GENDER,
  "discrimination.ethnicity": ETHNICITY,
  "discrimination.race": RACE,
  "discrimination.religion": RELIGION,
  "discrimination.region": REGION,
  "discrimination.marital": MARITAL,
  "discrimination.health": HEALTH,
  "discrimination.school_tier": SCHOOL_TIER,
} as const;

// ---------------------------------------------------------------------------
// Markers
// ---------------------------------------------------------------------------

/** Before an attribute, restricting applicants to it ("限女性", "仅面向四川籍", "only graduates of C9"). */
export const RESTRICT_BEFORE = [
  "只",
  "仅",
  "限",
  "唯",
  "要求",
  "只要",
  "只招",
  "只收",
  "只录",
  "仅招",
  "仅收",
  "必须",
  "须为",
  "需为",
  "须是",
  "需是",
  "应为",
  "面向",
  "专招",
  "only",
  "must be",
  "must",
  "have to be",
  "required to be",
  "reserved for",
  "restricted to",
  "limited to",
  "exclusively",
  "preference (?:will be |is )?given to",
  "priority (?:will be |is )?given to",
  "we prefer",
];

/** 须/需/需要 restrict only when they touch the attribute ("需女性"), not in "需要与985高校对接". */
export const RESTRICT_ADJACENT = ["须", "需", "需要"];

/** Before an attribute, refusing it ("不招河南人", "no Black applicants"). */
export const REFUSE_BEFORE = [
  "不招",
  "不收",
  "不要(?!求)",
  "不录用",
  "不录",
  "不接受",
  "不接收",
  "不考虑",
  "拒绝",
  "拒收",
  "谢绝",
  "恕不接受",
  "no",
  "not accepting",
  "we don't hire",
  "we do not hire",
  // "we do not hire candidates who wear …": the refusal names people by what they are or wear.
  "(?:we\\s+)?(?:do\\s+not|don't|will\\s+not|won't)\\s+(?:hire|accept|employ)\\s+(?:candidates|applicants|people|anyone|staff)\\s+(?:who\\s+(?:wear|are|practi[sc]e|have)|with)\\s+",
  "will not hire",
  "won't hire",
];

/** After an attribute, excluding it ("…者勿扰", "…暂不考虑", "need not apply"). */
export const EXCLUDE_AFTER = [
  "勿扰",
  "勿投",
  "免投",
  "免谈",
  "慎投",
  "请绕道",
  "请勿投递",
  "请勿",
  "谢绝",
  "恕不",
  "不予",
  "不考虑",
  "暂不",
  "不招",
  "不收",
  "不要",
  "不录",
  "不接收",
  "不接受",
  "不合格",
  "除外",
  "一律不",
  "不能报名",
  "不得报名",
  "别投",
  "别来",
  "别报",
  "不要投",
  "不用投",
  "绕道",
  "not eligible for",
  "need not apply",
  "needn't apply",
  "do not apply",
  "don't apply",
  "please do not apply",
  "not be considered",
  "will not be considered",
  "won't be considered",
  "not accepted",
  "not welcome",
  "not eligible",
  "excluded",
  "please skip",
  "need not",
  "are not suitable",
];

/** After an attribute, restricting applicants to it ("white candidates only", "本地人专享"). */
export const RESTRICT_AFTER = ["only", "exclusively", "专属", "专享", "专场"];

/** After an attribute, preferring it ("男生优先", "Christians preferred"). */
export const PREFER_AFTER = [
  "优先",
  "为佳",
  "更佳",
  "最佳",
  "更好",
  "preferred",
  "will be given priority",
  "given priority",
  "prioritised",
  "prioritized",
  "a strong plus",
];

/** Inclusive words after an attribute: it is not a condition ("男女不限", "乙肝携带者可正常入职"). */
export const INCLUSIVE_AFTER = [
  "不限",
  "均可",
  "皆可",
  "都可",
  "都可以",
  "均欢迎",
  "都欢迎",
  "不作要求",
  "不做要求",
  "无要求",
  "无限制",
  "不作限制",
  "不做限制",
  "可正常",
  "可以正常",
  "是否",
  "与否",
  "等同",
  "一视同仁",
  "同工同酬",
  "均有机会",
  "平等",
  "are welcome",
  "is welcome",
  "welcome",
  "equally",
  "alike",
  "not a factor",
  "not considered",
  "irrelevant",
  "do not matter",
  "does not matter",
  "no restriction",
];

/** Inclusive words before an attribute ("不限男女", "不论民族", "regardless of", "welcome"). */
export const INCLUSIVE_BEFORE = [
  "不限",
  "不分",
  "不论",
  "无论",
  "不问",
  "无关",
  "不歧视",
  "欢迎",
  "平等对待",
  "尊重",
  "regardless of",
  "irrespective of",
  "no matter",
  "welcome",
  "welcomes",
  "all",
  "any",
  "including",
  "whether",
];

/** Negators that cancel a restriction marker right after them ("不要求985", "无需本地户口", "not only"). */
export const MARKER_NEGATORS = [
  "不",
  "无",
  "非",
  "未",
  "没有",
  "无需",
  "无须",
  "不必",
  "不用",
  "not",
  "no",
  "never",
  "don't",
  "doesn't",
];

/** Words between a restriction marker and the attribute that require its absence ("要求无乙肝"). */
export const ABSENCE = ["无", "非", "没有", "不", "不信", "不信奉", "不得有", "no", "not", "free of", "without"];

// ---------------------------------------------------------------------------
// Public reports of postings (scam or discrimination)
// ---------------------------------------------------------------------------

export const REPORT_REASONS = ["scam", "fee", "discrimination", "false_information", "off_platform", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** open → taken_down (staff took the posting down) or dismissed (staff found nothing wrong). */
export const REPORT_STATES = ["open", "taken_down", "dismissed"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** What staff decided about a posting kept in the vetting corpus: rejected, or published over a flag. */
export const CORPUS_DECISIONS = ["reject", "override"] as const;
export type CorpusDecision = (typeof CORPUS_DECISIONS)[number];
