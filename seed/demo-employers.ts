import { makeCreditCode } from "../app/employers/credit-code";
import type { EmployerType, JobType, PostingDegree } from "../db/schema/vetting";
import type { Random } from "./school-data";

export interface DemoEmployer {
  name: string;
  type: EmployerType;
  industry: string;
  province: string;
  city: string;
  website: string | null;
  emailDomain: string;
}

/** Realistic recruiters of an engineering-and-business university in the Yangtze delta. */
export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    name: "杭州云帆科技有限公司",
    type: "private",
    industry: "互联网/IT",
    province: "浙江省",
    city: "杭州",
    website: "https://www.yunfan-tech.cn",
    emailDomain: "yunfan-tech.cn",
  },
  {
    name: "国网浙江省电力有限公司",
    type: "state_owned",
    industry: "能源/电力",
    province: "浙江省",
    city: "杭州",
    website: "https://www.zj.sgcc.com.cn",
    emailDomain: "zj.sgcc.com.cn",
  },
  {
    name: "中国建设银行股份有限公司江苏省分行",
    type: "state_owned",
    industry: "金融/银行",
    province: "江苏省",
    city: "南京",
    website: "https://www.ccb.com",
    emailDomain: "js.ccb.com",
  },
  {
    name: "苏州汇川技术有限公司",
    type: "private",
    industry: "机械/制造",
    province: "江苏省",
    city: "苏州",
    website: "https://www.inovance.com",
    emailDomain: "inovance.com",
  },
  {
    name: "上海联影医疗科技股份有限公司",
    type: "private",
    industry: "医疗/医药",
    province: "上海市",
    city: "上海",
    website: "https://www.united-imaging.com",
    emailDomain: "united-imaging.com",
  },
  {
    name: "宁波舟山港集团有限公司",
    type: "state_owned",
    industry: "物流/交通",
    province: "浙江省",
    city: "宁波",
    website: "https://www.zhoushan-port.cn",
    emailDomain: "zhoushan-port.cn",
  },
  {
    name: "中建八局第三建设有限公司",
    type: "state_owned",
    industry: "建筑/房地产",
    province: "江苏省",
    city: "南京",
    website: "https://www.cscec8b3.com",
    emailDomain: "cscec8b3.com",
  },
  {
    name: "南京埃斯顿自动化股份有限公司",
    type: "private",
    industry: "机械/制造",
    province: "江苏省",
    city: "南京",
    website: "https://www.estun.com",
    emailDomain: "estun.com",
  },
  {
    name: "华为技术有限公司",
    type: "private",
    industry: "通信",
    province: "广东省",
    city: "深圳",
    website: "https://www.huawei.com",
    emailDomain: "huawei.com",
  },
  {
    name: "博世汽车部件（苏州）有限公司",
    type: "foreign",
    industry: "汽车",
    province: "江苏省",
    city: "苏州",
    website: "https://www.bosch.com.cn",
    emailDomain: "cn.bosch.com",
  },
  {
    name: "杭州市西湖区教育局",
    type: "government",
    industry: "政府/公共事业",
    province: "浙江省",
    city: "杭州",
    website: "https://www.hzxh.gov.cn",
    emailDomain: "hzxh.gov.cn",
  },
  {
    name: "浙江省农业科学院",
    type: "public_institution",
    industry: "科研院所",
    province: "浙江省",
    city: "杭州",
    website: "https://www.zaas.ac.cn",
    emailDomain: "zaas.ac.cn",
  },
  {
    name: "万华化学集团股份有限公司",
    type: "state_owned",
    industry: "化工/材料",
    province: "山东省",
    city: "烟台",
    website: "https://www.whchem.com",
    emailDomain: "whchem.com",
  },
  {
    name: "德勤华永会计师事务所（特殊普通合伙）上海分所",
    type: "foreign",
    industry: "会计/审计",
    province: "上海市",
    city: "上海",
    website: "https://www2.deloitte.com/cn",
    emailDomain: "deloitte.com.cn",
  },
  {
    name: "成都极光数智科技有限公司",
    type: "private",
    industry: "互联网/IT",
    province: "四川省",
    city: "成都",
    website: null,
    emailDomain: "163.com",
  },
  {
    name: "浙江日报报业集团",
    type: "state_owned",
    industry: "文化/传媒",
    province: "浙江省",
    city: "杭州",
    website: "https://www.zjol.com.cn",
    emailDomain: "zjol.com.cn",
  },
  {
    name: "武汉光谷芯驰半导体有限公司",
    type: "private",
    industry: "电子/半导体",
    province: "湖北省",
    city: "武汉",
    website: "https://www.xinchi-semi.cn",
    emailDomain: "xinchi-semi.cn",
  },
  {
    name: "合肥京东方光电科技有限公司",
    type: "state_owned",
    industry: "电子/半导体",
    province: "安徽省",
    city: "合肥",
    website: "https://www.boe.com",
    emailDomain: "boe.com.cn",
  },
  {
    name: "西安航天动力研究所",
    type: "public_institution",
    industry: "科研院所",
    province: "陕西省",
    city: "西安",
    website: null,
    emailDomain: "casc.cn",
  },
  {
    name: "广州云舟人力资源服务有限公司",
    type: "private",
    industry: "咨询",
    province: "广东省",
    city: "广州",
    website: null,
    emailDomain: "qq.com",
  },
];

export function demoCreditCode(random: Random, regionCode: string): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let org = "";
  for (let i = 0; i < 9; i++) org += charset[random.int(0, charset.length - 1)];
  return makeCreditCode(`91${regionCode}${org}`);
}

export const REGION_CODES: Record<string, string> = {
  杭州: "330100",
  宁波: "330200",
  南京: "320100",
  苏州: "320500",
  上海: "310000",
  深圳: "440300",
  广州: "440100",
  成都: "510100",
  武汉: "420100",
  合肥: "340100",
  西安: "610100",
  烟台: "370600",
};

interface PostingTemplate {
  title: string;
  category: string;
  jobType: JobType;
  degree: PostingDegree;
  majors: string[];
  pay: [number, number];
  duties: string;
  requirements: string;
}

/** Posting texts by what kind of employer would post them. */
export const POSTING_TEMPLATES: Record<string, PostingTemplate[]> = {
  "互联网/IT": [
    {
      title: "Java后端开发工程师",
      category: "软件开发",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["计算机科学与技术", "软件工程"],
      pay: [12000, 20000],
      duties:
        "负责公司核心业务系统的后端服务设计与开发；参与微服务架构演进，保障系统高可用与高性能；编写单元测试与技术文档。",
      requirements:
        "熟悉Java及Spring Boot，了解MySQL、Redis、消息队列；有良好的编码习惯和团队协作能力；有开源项目或实习经历者优先。",
    },
    {
      title: "前端开发工程师（React）",
      category: "软件开发",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["软件工程", "计算机科学与技术", "网络工程"],
      pay: [11000, 18000],
      duties: "负责Web前端与H5页面开发，与产品、设计、后端协作完成需求；优化页面性能与可访问性。",
      requirements: "熟悉HTML、CSS、TypeScript与React；了解前端工程化工具；对用户体验有追求。",
    },
    {
      title: "算法工程师（推荐系统）",
      category: "算法/人工智能",
      jobType: "full_time",
      degree: "master",
      majors: ["人工智能", "计算机科学与技术", "统计学"],
      pay: [20000, 32000],
      duties: "负责推荐与搜索排序算法的研发与线上迭代；分析用户行为数据，设计特征与模型。",
      requirements: "熟悉机器学习与深度学习常用算法，熟练使用Python与PyTorch；有数据挖掘竞赛或论文者优先。",
    },
    {
      title: "测试开发工程师",
      category: "测试",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["软件工程", "计算机科学与技术"],
      pay: [10000, 16000],
      duties: "负责产品功能与接口测试，设计自动化测试框架，推动质量改进。",
      requirements: "熟悉至少一门编程语言，了解测试理论与自动化测试工具；细心负责。",
    },
    {
      title: "数据分析实习生",
      category: "数据分析",
      jobType: "internship",
      degree: "bachelor",
      majors: ["统计学", "数据科学与大数据技术", "经济统计学"],
      pay: [3000, 4500],
      duties: "协助完成业务数据分析与报表开发，参与指标体系建设。",
      requirements: "熟练使用SQL与Excel，了解Python数据分析；每周实习不少于4天，可实习3个月以上。",
    },
  ],
  通信: [
    {
      title: "通信软件开发工程师",
      category: "软件开发",
      jobType: "full_time",
      degree: "master",
      majors: ["通信工程", "电子信息工程", "计算机科学与技术"],
      pay: [18000, 28000],
      duties: "负责无线通信协议栈软件开发与维护，参与5G产品特性设计。",
      requirements: "熟悉C/C++，了解通信原理与网络协议；学习能力强。",
    },
    {
      title: "硬件工程师",
      category: "硬件/嵌入式",
      jobType: "full_time",
      degree: "master",
      majors: ["电子信息工程", "微电子科学与工程"],
      pay: [17000, 26000],
      duties: "负责单板硬件设计、原理图与PCB评审、硬件调试与测试。",
      requirements: "熟悉模拟与数字电路，有硬件项目经验；能熟练使用示波器等仪器。",
    },
  ],
  "机械/制造": [
    {
      title: "机械设计工程师",
      category: "工程技术",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["机械设计制造及其自动化", "机械电子工程"],
      pay: [8000, 13000],
      duties: "负责自动化设备结构设计、零部件选型与图纸输出，跟进样机装配与调试。",
      requirements: "熟练使用SolidWorks或CATIA，掌握机械制图标准；能适应短期出差。",
    },
    {
      title: "嵌入式软件工程师",
      category: "硬件/嵌入式",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["自动化", "电子信息工程", "机械电子工程"],
      pay: [10000, 16000],
      duties: "负责伺服驱动器与控制器嵌入式软件开发与测试。",
      requirements: "熟悉C语言与单片机开发，了解电机控制原理者优先。",
    },
  ],
  "金融/银行": [
    {
      title: "综合柜员（管理培训生）",
      category: "管理培训生",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["金融学", "会计学", "经济学"],
      pay: [7000, 11000],
      duties: "经轮岗培训后从事柜面业务、客户服务与营销工作。",
      requirements: "2026届全日制本科及以上学历，专业不限，经济金融类优先；具备良好的沟通能力。",
    },
    {
      title: "金融科技岗",
      category: "软件开发",
      jobType: "full_time",
      degree: "master",
      majors: ["计算机科学与技术", "软件工程", "数学与应用数学"],
      pay: [13000, 20000],
      duties: "参与银行核心系统与移动金融应用的开发与运维。",
      requirements: "熟悉Java或Python，了解分布式系统；具备金融业务兴趣。",
    },
  ],
  "能源/电力": [
    {
      title: "电网运行维护岗",
      category: "工程技术",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["电气工程及其自动化", "自动化"],
      pay: [9000, 14000],
      duties: "负责变电站设备巡视、运行维护与检修，参与电网安全生产工作。",
      requirements: "电气类相关专业，身体健康，能适应倒班；取得英语四级证书。",
    },
  ],
  "建筑/房地产": [
    {
      title: "土木工程施工员",
      category: "工程技术",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["土木工程", "工程管理"],
      pay: [8000, 12000],
      duties: "负责施工现场技术管理、质量与安全管控、施工资料编制。",
      requirements: "土木类相关专业，能适应项目现场工作环境。",
    },
  ],
  "政府/公共事业": [
    {
      title: "小学数学教师（事业编制）",
      category: "教师",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["小学教育", "数学与应用数学"],
      pay: [8000, 11000],
      duties: "承担小学数学课程教学与班主任工作。",
      requirements: "取得或即将取得小学及以上教师资格证；普通话二级甲等及以上。",
    },
  ],
  科研院所: [
    {
      title: "科研助理（作物育种方向）",
      category: "研发",
      jobType: "full_time",
      degree: "master",
      majors: ["化学", "环境工程"],
      pay: [8000, 12000],
      duties: "协助开展田间试验与实验室分析，整理科研数据。",
      requirements: "相关专业硕士，具备扎实的实验技能与数据分析能力。",
    },
  ],
  "会计/审计": [
    {
      title: "审计助理",
      category: "财务/会计",
      jobType: "full_time",
      degree: "bachelor",
      majors: ["会计学", "金融学", "经济学"],
      pay: [9000, 13000],
      duties: "参与年度财务报表审计项目，执行审计程序并编制底稿。",
      requirements: "财会相关专业，英语读写流利；通过CPA部分科目者优先。",
    },
  ],
};

export function templatesFor(industry: string): PostingTemplate[] {
  return POSTING_TEMPLATES[industry] ?? POSTING_TEMPLATES["互联网/IT"]!;
}
