/**
 * Students' part-time jobs and internships (branch vet-pay3), written from general knowledge of how 校园兼职, 寒暑假工,
 * 家教/托管, 校园代理, 问卷/数据标注, 新媒体实习, 课题组助研, 勤工助学, 展会/活动兼职 and English notices for students state
 * their pay — not from any corpus set's items. With both salary fields null, a figure of pay in the text states the pay
 * (tests/corpus/CONVENTIONS.md); words with no figure (面议, 详谈, competitive, unpaid, 无薪) and amounts that are no pay
 * (prices and fees customers or parents pay, counts, hours, dates, ages, sizes) stay `salary.missing`. Classes in
 * docs/vetting-rules.md, "Student part-time and internship pay classes (branch vet-pay3)".
 */
import { describe, expect, it } from "vitest";
import { checkPosting, checkPostingRules, type PostingRuleId } from "../../app/postings/checks";

function rules(requirements: string, title = "学生兼职"): string[] {
  return checkPosting({
    title,
    description: "负责日常工作。",
    requirements,
    salaryMin: null,
    salaryMax: null,
  }).map((f) => f.rule);
}

function statesPay(cases: readonly string[]) {
  for (const text of cases) {
    it(`reads the pay (no salary.missing, no salary.implausible): ${text}`, () => {
      const found = rules(text);
      expect(found).not.toContain("salary.missing");
      expect(found).not.toContain("salary.implausible");
    });
  }
}

function noPay(cases: readonly string[]) {
  for (const text of cases) {
    it(`still flags salary.missing: ${text}`, () => {
      expect(rules(text)).toContain("salary.missing");
    });
  }
}

function notFlagged(rule: PostingRuleId, cases: readonly string[], title?: string) {
  for (const text of cases) {
    it(`does not flag ${rule}: ${text}`, () => {
      expect(rules(text, title)).not.toContain(rule);
    });
  }
}

function flagged(rule: PostingRuleId, cases: readonly string[], title?: string) {
  for (const text of cases) {
    it(`flags ${rule}: ${text}`, () => {
      expect(rules(text, title)).toContain(rule);
    });
  }
}

describe("Students' pay (vet-pay3): an hour's figure (时薪, 元/h, r for 元, 勤工助学 rates) states the pay", () => {
  statesPay([
    "时薪25",
    "时薪25元，周末班",
    "25元/h",
    "25r/小时",
    "25r/h",
    "¥25/hr",
    "时薪：25-30元",
    "每小时22元（学校勤工助学标准）",
    "勤工助学岗位，按学校标准每小时22元发放",
    "勤工助学，22元一小时",
    "薪资：25元/时",
    "小时工资20元",
    "一小时二十五",
    "一个小时25块",
    "时薪二十",
    "20块一小时",
    "工资按小时算，25一个小时",
    "按小时计酬，20元/小时",
    "时薪18-22",
    "20+/h",
    "25/h",
    "薪酬：18元每小时",
    "每小时15-20元不等",
    "一小时十八到二十",
    "每小时二十到三十",
    "管吃住，每小时18",
  ]);
});

describe("Students' pay (vet-pay3): a day's figure (日薪, /天, 一天一百五) states the pay", () => {
  statesPay([
    "日薪150",
    "150/天",
    "一天一百五",
    "一天150块",
    "150元/天，包午餐",
    "一天120-150",
    "一天一百二到一百五",
    "日薪一百八",
    "每天100元",
    "工资：120一天",
    "200元一天",
    "展会兼职，一天200，当天结",
    "日结，200/天",
    "一百到一百五一天",
    "一天一百五左右",
    "包住，一天150",
    "实习薪资：150元/天",
    "实习津贴：每天100元",
  ]);
});

describe("Students' pay (vet-pay3): a lesson's or session's figure, its length between (课时费, 一节课, 每次两小时150) states the pay", () => {
  statesPay([
    "课时费80",
    "课时费80元/小时",
    "一节课一百",
    "每次两小时150",
    "一次课两小时，150元",
    "家教，初二数学，一次两小时，共150元",
    "一节课（两小时）120元",
    "每次课100-150元",
    "课时费：本科生60/h，研究生80/h",
    "托管辅导，每次80元",
    "一周三次，一次两小时，每小时50",
    "一个课时60元",
    "课酬每课时80元",
    "钢琴陪练，一节课九十",
    "一次课一百二",
  ]);
});

describe("Students' pay (vet-pay3): a piece of work's figure (问卷, 标注, 录音, 千字, 分钟) states the pay", () => {
  statesPay([
    "一条0.3元",
    "每份问卷5元",
    "标注每条两毛",
    "标注一条两毛",
    "一份问卷五块",
    "完成一份问卷给5元",
    "数据标注，按条计酬，0.2元/条",
    "0.5元/张",
    "一张图3毛",
    "录音一条1元",
    "每千字15元",
    "打字一千字十五块",
    "测评一次20元",
    "问卷每份3-5元",
    "配音一分钟10元",
    "手工活，一个5毛",
  ]);
});

describe("Students' pay (vet-pay3): a shift's, an event's, half a day's or a weekend's figure states the pay", () => {
  statesPay([
    "一场200",
    "周末两天三百",
    "周末两天共300元",
    "活动兼职，一场四小时，120元",
    "周六日两天，每天150",
    "一班（4小时）100元",
    "发传单一上午80",
    "半天80元",
    "半天一百",
    "一晚150",
    "上一次班100",
  ]);
});

describe("Students' pay (vet-pay3): a stipend or allowance, by the month, a band in k or in Chinese numerals states the pay", () => {
  statesPay([
    "实习补贴每月1500",
    "实习补贴1500/月",
    "实习补贴：1500元/月",
    "餐补+交通补，每月另有800元实习补贴",
    "补贴3-4k/月",
    "3-4k/月",
    "200-300/天",
    "4k-6k",
    "5k/月",
    "实习工资3000",
    "实习期每月两千",
    "补贴2000",
    "生活补助每月1000元",
    "助研补贴每月1200-1500",
    "课题组助研，劳务费每月1000",
    "劳务费800元/月",
    "每月补助600元",
    "餐补每天20，交通补每月200，实习补贴每月2000",
    "月补贴2k",
    "2k-3k，视能力",
    "3k左右",
    "三千左右",
    "三四千",
    "两三千一个月",
    "每月两千到三千",
    "工资两千五",
    "补贴两千五一个月",
    "薪资：4-6k",
    "薪资 3k-4k",
    "每月1500-2000元",
    "1500-2000/月",
    "一千五一个月",
    "月薪一千五",
    "实习补贴：3-4K",
  ]);
});

describe("Students' pay (vet-pay3): a total for a stretch of work (暑假两个月共6000, 做满30天发3500) states the pay", () => {
  statesPay([
    "暑假两个月共6000",
    "暑假工，两个月总共6000元",
    "寒假工总计四千左右",
    "寒假工，干满20天共3000",
    "全程十天，共计2000元",
    "干满一个月4000",
    "一个暑假下来能挣七八千",
    "两天共五百元",
    "四天总计八百元",
    "做满30天，发3500",
    "整个暑期共计5000元",
    "暑假工包吃住，两个月共8000",
  ]);
});

describe("Students' pay (vet-pay3): a base figure plus commission states the pay", () => {
  statesPay([
    "底薪1500+提成",
    "底薪一千五加提成",
    "基本工资2000+提成",
    "每月补贴800+每单提成",
    "无责底薪2000+提成",
    "1500底薪+提成",
    "保底2000+提成",
  ]);
});

describe("Students' pay (vet-pay3): a figure with 包吃住 states the pay", () => {
  statesPay(["包吃住，3500/月", "暑假工包吃住，月薪4000", "包吃住4000", "包吃住，一个月三千五"]);
});

describe("Students' pay (vet-pay3): English (per hour, day, lesson, survey, label, for the whole summer, base + commission) states the pay", () => {
  statesPay([
    "$20/hour",
    "$20 an hour",
    "RMB 30 an hour",
    "RMB 30 per hour",
    "30 RMB/hour",
    "30 yuan an hour",
    "30 RMB/hr",
    "Pay: 150 RMB/day",
    "RMB 200 per day",
    "200 RMB a day",
    "200-300/day",
    "Stipend: CNY 3k/month",
    "stipend CNY 3,000/month",
    "Monthly stipend of 3,000 RMB",
    "5K/month",
    "Pay: 5k per month",
    "4k-6k RMB",
    "$15-18/hr",
    "£12 per hour",
    "USD 1,500/month (remote)",
    "Paid internship, USD 800 per month",
    "150 RMB per lesson",
    "200 yuan per class",
    "RMB 200 per 90-minute session",
    "5 RMB per survey",
    "0.3 yuan per label",
    "$0.10 per task",
    "10 yuan per completed questionnaire",
    "200 per shift",
    "RMB 600 for the weekend",
    "RMB 600 for two days",
    "6,000 RMB for the whole summer",
    "Total pay: RMB 6,000 for two months",
    "Camp counsellor: RMB 8,000 for the four-week session, room and board included",
    "Room and board plus RMB 4,000 a month",
    "Base 2,000 RMB + commission",
    "RMB 1,500 base plus commission",
    "Hourly rate: 80 RMB",
    "Rate: 150/hour",
    "150/hr",
    "We pay 25 an hour",
    "Stipend of 2,000 yuan monthly",
    "Allowance: 100 yuan/day",
    "20 bucks an hour",
    "Pay: 3-4k/month",
    "Compensation: $25/hr",
    "$2,000 stipend for the summer",
    "A one-off stipend of RMB 5,000",
    "Honorarium: RMB 500",
    "Pay is 120 yuan a day",
    "2000-3000 yuan per month",
    "Rate: RMB 200–250 per day",
    "USD 12/hour, paid via PayPal",
    "HKD 80/hour",
    "RMB 150 per two-hour session",
    "Tutors earn 120 per lesson",
  ]);
});

describe("Students' pay (vet-pay3): second sweep, written after the first fix states the pay", () => {
  statesPay([
    "时薪：二十二元",
    "每小时二十块",
    "22r/h，周结",
    "30r一小时",
    "工资：35/h",
    "家教：一次两个半小时，200元",
    "每次课一个半小时，120",
    "一堂课（90分钟）一百五",
    "一场活动三小时80元",
    "周末两天共四百",
    "暑假工做满两个月，共计7000元",
    "寒假20天，总共3200",
    "国庆七天一共1400",
    "每条标注0.15元",
    "录音每段2元",
    "音频转写一分钟一块",
    "问卷一份八毛",
    "下午半天，100元",
    "实习补助：每月1200",
    "每月1200元生活补贴",
    "助研津贴每月800-1000元",
    "劳务费：每小时40",
    "一千二一个月",
    "$18 per hour, paid biweekly",
    "RMB 25 per hour",
    "30 yuan/hour",
    "0.5 RMB per valid response",
    "$1 per approved recording",
    "CNY 4,000 for the four-week camp",
    "USD 3,000 for the summer, remote",
    "Base of RMB 1,000 + commission per sign-up",
    "Weekend shifts: RMB 150 per day",
    "Tutoring: 200 RMB per 2-hour session",
    "RMB 80 per half day",
    "Meal and transport allowance, plus RMB 1,200 a month",
    "Stipend: 2,500/month",
  ]);
});

describe("Students' pay (vet-pay3): third sweep, written after the second fix (课酬, 生活补助八百元, 剪辑, 表格, a bracketed stretch) states the pay", () => {
  statesPay([
    "薪资：时薪23元（按学校勤工助学统一标准）",
    "报酬：30元每小时，月底统一发放",
    "工资按天算，一天一百三",
    "一次课90分钟，课酬120元",
    "陪练一节四十五分钟，六十元",
    "每晚两小时，一次100",
    "每条语音0.5元",
    "每段视频剪辑30元",
    "一张表格录入一毛五",
    "每周六日两天，共360元",
    "寒假工（25天）总计3750元",
    "七天共计一千四",
    "实习补贴：本科150/天，硕士200/天",
    "助管补贴600/月",
    "每月发放生活补助八百元",
    "底薪一千二+推广提成",
    "包吃住，日结一百二",
    "时薪16~20元",
    "$15/hr, flexible hours",
    "USD 25 per hour (remote, part-time)",
    "HK$60/hr",
    "RMB 35/hr",
    "Pay: 180 yuan per shift",
    "Allowance RMB 2,000 for the whole programme",
    "CNY 100 per class (45 minutes)",
    "RMB 0.2 per approved label",
    "Stipend: RMB 1,200/month for 10 hours a week",
  ]);
});

describe("Students' pay (vet-pay3): fourth sweep, written after the third fix (/2小时, /人/天, /场, 2小时100元, 按天结算, 稿费千字, for a 2-hour lesson) states the pay", () => {
  statesPay([
    "薪酬待遇：面议（约20元/小时）",
    "报酬：¥80/课时",
    "100元/2小时",
    "150元/次（2小时）",
    "80/h起",
    "薪资：20-25元/小时",
    "200/场",
    "稿费千字50",
    "日薪：本科200，硕士300",
    "时薪（税前）25元",
    "25元/小时（税前）",
    "$25 USD/hr",
    "USD25/h",
    "20 USD per hour",
    "$500 per month stipend",
    "Stipend: 2000 RMB monthly",
    "RMB 3000-4000 monthly",
    "¥100 per lesson hour",
    "150 RMB for a 2-hour lesson",
    "Earn 200 RMB/day",
    "Salary: 20/hour",
    "Pay: 20 per hour",
    "20 CNY/h",
    "€12/h",
    "600-800 RMB per week",
    "RMB 800/week",
    "日结：150元/人/天",
    "劳务费150元/人/天",
    "陪练2小时100元",
    "按天结算，150元",
    "按小时计费，25元",
    "计时工资，20元每小时",
    "薪资待遇：实习期2000-3000",
    "待遇：包午餐，150/天",
    "薪资：4000/月（暑期全职）",
    "工资2.5k",
    "补贴：1.5k/月",
    "津贴 800-1000",
    "Compensation: RMB 150/day + lunch",
    "Pay rate: 18 yuan per hour",
    "Hourly wage: CNY 20",
    "Remuneration: 3,000 yuan/month",
    "Daily rate RMB 300",
    "Paid RMB 120 per session",
    "RMB 50 per hour of tutoring",
    "薪资：200元/天，周结",
    "时薪18元起，上不封顶",
  ]);
});

describe("Students' pay (vet-pay3): pay words with no figure, unpaid and 无薪 are still salary.missing", () => {
  noPay([
    "薪资面议",
    "待遇面议",
    "薪资详谈",
    "工资面谈",
    "实习补贴面议",
    "有实习补贴",
    "提供实习补贴",
    "有餐补和交通补",
    "实习补贴丰厚",
    "课时费面议",
    "时薪面议",
    "按课时计费，具体面议",
    "薪资按学校勤工助学标准发放",
    "按件计酬，多劳多得",
    "底薪+提成",
    "暑假工，包吃住",
    "包吃住，工资月结",
    "Competitive stipend",
    "Stipend provided",
    "Pay: negotiable",
    "Pay to be discussed",
    "Unpaid internship.",
    "This is an unpaid volunteer role.",
    "无薪实习。",
    "义工，无报酬。",
  ]);
});

describe("Students' pay (vet-pay3): counts, hours, dates, ages, sizes, prices and fees are no pay figure", () => {
  noPay([
    "薪资面议。每周至少来3次，每次2小时。",
    "薪资面议。课程共48课时。",
    "薪资面议。需工作满20天。",
    "薪资面议，学员年龄6-12岁。",
    "面议。报名截止12月20日。",
    "面议。奶茶均价15元一杯。",
    "夏令营收费3980元/期（家长缴纳），薪资面议。",
    "面议。身高160cm以上。",
    "面议。每天工作8小时。",
    "面议。周末两天。",
    "面议。需要招募300人。",
    "面议。问卷共20题。",
    "面议。每条视频时长15秒。",
    "面议。宿舍4人间。",
    "面议。英语四级425分以上。",
    "面议。上课时间：每周六9:00-11:00。",
    "面议。6月20日-8月30日。",
    "面议。门票80元/人。",
    "面议。一次带10个孩子。",
    "面议。暑假两个月，每周五天。",
    "Pay: negotiable. 20 hours a week.",
    "Competitive. Sessions are 90 minutes.",
    "Stipend TBD. Campers aged 8-14.",
    "Competitive. Camp fee RMB 5,980 per child (paid by parents).",
    "Negotiable. Tickets cost 150 yuan per person.",
    "Negotiable. Classes run 2 hours a day, 5 days a week.",
    "Pay to be discussed. The survey has 30 questions and takes 10 minutes.",
    "面议。每次两小时，共10次课。",
    "面议。每节课（45分钟）30人。",
    "面议。一场两小时，120人参加。",
    "面议。半天4小时。",
    "面议。培训7天共计1980元。",
    "面议。暑假两个月共60人。",
    "面议。暑期共招募200名志愿者。",
    "面议。全程12天，共计300公里。",
    "面议。每份问卷30题。",
    "面议。问卷每份约10分钟。",
    "面议。一份资料50元。",
    "面议。每月15号发放。",
    "面议。每月1000单以上。",
    "面议。营费每期3980元。",
    "面议。学费每月1500元。",
    "Negotiable. The camp costs RMB 6,000 for the whole summer.",
    "Negotiable. Tuition: RMB 6,000 for the whole summer.",
    "面议。2020/12入职。",
    "面议。上课时间14:00-16:00/次。",
    "面议。每组5人，一组两小时。",
    "面议。每月4次，每次2小时。",
    "面议。三四千字的文章一篇。",
    "面议。一天两小时，一周三天。",
    "面议。每天工作6小时，共20天。",
    "面议。做满30天可申请实习证明。",
    "面议。寒假共28天。",
    "面议。暑假共300名学生报名。",
    "面议。活动期间共1000份问卷。",
    "面议。全程2024年7月。",
    "面议。周末两天，上午9点到下午5点。",
    "面议。半天100人次。",
    "面议。课程三个月共4800元，家长缴纳。",
    "面议。集训两周共2000元。",
    "Negotiable. Programme fee RMB 9,800 for the four-week camp.",
    "面议。每次课30分钟。",
    "面议。一个上午3小时。",
    "面议。一节课45分钟。",
    "面议。每小时最多10人。",
    "面议。一天8小时，每周5天。",
    "面议。每晚两小时。",
    "面议。一次课90分钟。",
    "面议。每周六日两天。",
    "面议。寒假工（25天）。",
    "面议。每条语音约30秒。",
    "面议。一节课学生8人。",
    "面议。七天共计20场活动。",
    "面议。实习期6个月。",
    "Pay: negotiable. Classes are 45 minutes.",
    "Stipend TBC. 10 hours a week.",
    "Competitive. Each shift is 6 hours.",
    "面议。全程约15天。",
    "面议。每周三次，每次两小时。",
    "面议。营地可容纳300名营员。",
    "面议。每个班级30人。",
    "面议。150人/天的客流。",
    "面议。每人每天工作2小时。",
    "面议。2小时车程。",
    "面议。按天排班。",
    "面议。课程2小时。",
    "Pay: negotiable. 2-hour lessons.",
    "Competitive. 150 visitors per day.",
    "面议。每场活动约200人。",
    "面议。营期14天。",
    "面议。停车2小时10元。",
    "面议。Parents pay 200 RMB for a 2-hour lesson.",
  ]);
});

describe("Students' pay (vet-pay3): near misses of the other money rules in a student register", () => {
  notFlagged("fraud.commission_only", [
    "校园代理：底薪800/月，另外每成功推荐一人报名奖励50元，不收任何费用。",
    "校园代理，每推荐一位同学办卡奖励20元，另有每月500元固定补贴。",
  ]);
  notFlagged("fee", [
    "校园代理：底薪800/月，另外每成功推荐一人报名奖励50元，不收任何费用。",
    "勤工助学：食堂收银，负责收费与找零，时薪22元。",
    "本岗位不收取任何保证金、押金或培训费。时薪20元。",
    "夏令营辅导员，营费由家长缴纳，与辅导员无关，辅导员补贴每天200元。",
    "We never charge a deposit or any fee. $20/hour.",
    "Camp fees are paid by parents; counsellors receive RMB 200 per day.",
    "展会兼职，负责门票收费，日结200。",
    "实习单位提供实习证明，不收取任何费用，补贴每月1500。",
    "无需缴纳任何费用，公司提供免费岗前培训，实习补贴2000/月。",
    "托管班老师，负责收取午餐费并登记，时薪20。",
    "No deposit, no training fee. Interns receive a stipend of RMB 2,500 a month.",
  ]);
  notFlagged("paid_internship", [
    "实习单位提供实习证明，不收取任何费用，补贴每月1500。",
    "Remote internship, unpaid for the first week of onboarding? No: paid from day one, USD 10/hour.",
  ]);
  notFlagged("training_loan", ["无需缴纳任何费用，公司提供免费岗前培训，实习补贴2000/月。"]);
  notFlagged("fee", [
    "本岗位不收取任何形式的保证金、押金、服装费、培训费。时薪20元。",
    "不收取任何保证金、押金、服装费、培训费、体检费，日结150。",
  ]);
  notFlagged("paid_internship", ["Interns are not charged any placement fee. Stipend: 3k/month."], "Marketing intern");
  notFlagged("fee", [
    "全程不收取任何费用（包括押金、培训费、服装费），时薪20元。",
    "勤工助学：食堂窗口收费、充值，每小时22元。",
  ]);
  notFlagged(
    "fee",
    [
      "Campus ambassador: we never ask ambassadors to buy a starter kit or pay a deposit. RMB 500/month plus RMB 20 per sign-up.",
    ],
    "校园大使",
  );
  notFlagged(
    "paid_internship",
    ["This internship carries no programme fee; the lab pays a stipend of CNY 2,000/month."],
    "Research intern",
  );
  flagged("fee", [
    "不收任何费用，但需交押金、服装费、培训费，时薪20元。",
    "不收中介费，需交押金、服装费、培训费，日结150。",
    "食堂窗口兼职，先交健康证费用100元，时薪20。",
    "We never ask for a fee, but you must buy a starter kit or pay a deposit. RMB 20/hour.",
    "Counsellors pay a camp fee of RMB 500. RMB 200 a day.",
    "Your parents pay a deposit of RMB 2,000 before you start. RMB 200 a day.",
  ]);
  flagged(
    "paid_internship",
    ["Interns pay a placement fee of RMB 3,000 before starting. Stipend: 3k/month."],
    "Marketing intern",
  );
});

// The rules no longer read the parents' camp fee as the counsellor's; the learned layer still flags the first sentence
// (checkPosting), which this branch leaves alone (tests/corpus/README.md, vet-pay3).
describe("Students' pay (vet-pay3): a camp fee the parents pay is no charge on the counsellor (rules)", () => {
  for (const text of [
    "Parents pay a camp fee of RMB 5,800; counsellors pay nothing and receive RMB 200 a day.",
    "Parents pay a camp fee of RMB 5,800. Counsellors receive RMB 200 a day.",
  ]) {
    it(`does not flag fee: ${text}`, () => {
      const found = checkPostingRules({
        title: "Summer camp counsellor",
        description: "负责日常工作。",
        requirements: text,
        salaryMin: null,
        salaryMax: null,
      }).map((f) => f.rule);
      expect(found).not.toContain("fee");
    });
  }
});

// Left undone (older readers, unchanged here): a price with its payer named after it in brackets, and a count of
// questionnaires after 每天, are still read as pay. Marked as failing so that a fix shows up here.
describe("Students' pay (vet-pay3): known misses left to older readers", () => {
  for (const text of [
    "面议。会员卡99元/月（顾客购买）。",
    "面议。课程收费200元/节（家长支付）。",
    "面议。课程每节120元（家长支付给机构）。",
    "面议。每天100份问卷。",
  ]) {
    it.fails(`still misses salary.missing: ${text}`, () => {
      expect(rules(text)).toContain("salary.missing");
    });
  }
});
