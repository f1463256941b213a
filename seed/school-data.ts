/** A realistic school: colleges and majors with their real Chinese names and usual English names. */
export const SCHOOL_COLLEGES: { code: string; zh: string; en: string; majors: [string, string, string][] }[] = [
  {
    code: "01",
    zh: "计算机科学与技术学院",
    en: "School of Computer Science and Technology",
    majors: [
      ["080901", "计算机科学与技术", "Computer Science and Technology"],
      ["080902", "软件工程", "Software Engineering"],
      ["080903", "网络工程", "Network Engineering"],
      ["080904K", "信息安全", "Information Security"],
      ["080910T", "数据科学与大数据技术", "Data Science and Big Data Technology"],
      ["080717T", "人工智能", "Artificial Intelligence"],
    ],
  },
  {
    code: "02",
    zh: "电子与信息工程学院",
    en: "School of Electronic and Information Engineering",
    majors: [
      ["080701", "电子信息工程", "Electronic Information Engineering"],
      ["080703", "通信工程", "Communication Engineering"],
      ["080704", "微电子科学与工程", "Microelectronics Science and Engineering"],
      ["080801", "自动化", "Automation"],
      ["080601", "电气工程及其自动化", "Electrical Engineering and Automation"],
    ],
  },
  {
    code: "03",
    zh: "机械工程学院",
    en: "School of Mechanical Engineering",
    majors: [
      ["080202", "机械设计制造及其自动化", "Mechanical Design, Manufacturing and Automation"],
      ["080204", "机械电子工程", "Mechatronic Engineering"],
      ["080207", "车辆工程", "Vehicle Engineering"],
      ["080203", "材料成型及控制工程", "Material Forming and Control Engineering"],
      ["080501", "能源与动力工程", "Energy and Power Engineering"],
    ],
  },
  {
    code: "04",
    zh: "经济与管理学院",
    en: "School of Economics and Management",
    majors: [
      ["020101", "经济学", "Economics"],
      ["020301K", "金融学", "Finance"],
      ["120203K", "会计学", "Accounting"],
      ["120201K", "工商管理", "Business Administration"],
      ["120202", "市场营销", "Marketing"],
      ["120601", "物流管理", "Logistics Management"],
    ],
  },
  {
    code: "05",
    zh: "外国语学院",
    en: "School of Foreign Languages",
    majors: [
      ["050201", "英语", "English"],
      ["050207", "日语", "Japanese"],
      ["050203", "德语", "German"],
      ["050262", "商务英语", "Business English"],
      ["050261", "翻译", "Translation and Interpreting"],
    ],
  },
  {
    code: "06",
    zh: "化学与材料工程学院",
    en: "School of Chemistry and Materials Engineering",
    majors: [
      ["081301", "化学工程与工艺", "Chemical Engineering and Technology"],
      ["070301", "化学", "Chemistry"],
      ["080401", "材料科学与工程", "Materials Science and Engineering"],
      ["080407", "高分子材料与工程", "Polymer Materials and Engineering"],
      ["083001", "环境工程", "Environmental Engineering"],
    ],
  },
  {
    code: "07",
    zh: "土木与建筑学院",
    en: "School of Civil Engineering and Architecture",
    majors: [
      ["081001", "土木工程", "Civil Engineering"],
      ["082801", "建筑学", "Architecture"],
      ["082802", "城乡规划", "Urban and Rural Planning"],
      ["120103", "工程管理", "Construction Management"],
      ["081002", "建筑环境与能源应用工程", "Building Environment and Energy Engineering"],
    ],
  },
  {
    code: "08",
    zh: "文学与传媒学院",
    en: "School of Literature and Media",
    majors: [
      ["050101", "汉语言文学", "Chinese Language and Literature"],
      ["050301", "新闻学", "Journalism"],
      ["050303", "广告学", "Advertising"],
      ["050306T", "网络与新媒体", "Network and New Media"],
    ],
  },
  {
    code: "09",
    zh: "数学与统计学院",
    en: "School of Mathematics and Statistics",
    majors: [
      ["070101", "数学与应用数学", "Mathematics and Applied Mathematics"],
      ["071201", "统计学", "Statistics"],
      ["070102", "信息与计算科学", "Information and Computing Science"],
      ["020102", "经济统计学", "Economic Statistics"],
    ],
  },
  {
    code: "10",
    zh: "教育学院",
    en: "School of Education",
    majors: [
      ["040101", "教育学", "Education"],
      ["040106", "学前教育", "Preschool Education"],
      ["040107", "小学教育", "Primary Education"],
      ["071102", "应用心理学", "Applied Psychology"],
    ],
  },
];

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const GIVEN_MALE =
  "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣晨轩博文睿哲子豪天佑思远一鸣志强建国家豪".split("");
const GIVEN_FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧琳颖倩洁佳怡欣悦晴雨萱梓涵诗琪梦瑶心怡可馨紫薇雅婷思彤欣妍".split("");

/** Deterministic pseudo-random numbers, so seeds and tests are repeatable. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

export type Random = ReturnType<typeof createRandom>;

export function chineseName(random: Random, gender: "male" | "female"): string {
  const pool = gender === "male" ? GIVEN_MALE : GIVEN_FEMALE;
  const given = random.next() < 0.55 ? random.pick(pool) + random.pick(pool) : random.pick(pool);
  return random.pick(SURNAMES) + given;
}

const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "155",
  "157",
  "158",
  "159",
  "166",
  "176",
  "177",
  "180",
  "181",
  "182",
  "186",
  "187",
  "188",
  "189",
  "191",
  "199",
];

export function mobileNumber(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, "0");
}
