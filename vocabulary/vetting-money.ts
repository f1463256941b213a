/**
 * Money-flow words of the fee, fraud and pay rules (app/postings/checks.ts, app/postings/restrictions.ts) that a staff
 * member can read and extend: which words name a hiring step a negator waives, a perk, the applicant as a payer, and a
 * unit of work that a spoken figure of pay follows. Written against normalised text (half-width,
 * lower case, no spaces between Chinese characters). Tuning round on former-blind-32 and -33 (branch vet3233-fraud);
 * tests/corpus/README.md and docs/vetting-rules.md describe the classes.
 */

/**
 * What a negator waives when it is a hiring step or a requirement, not a charge ("不用面试", "无需经验", "免笔试"). Run-on
 * ads drop the comma after it ("不用面试交三百押金领账号"): a pay verb after the waived step opens a new demand, so the
 * negation does not reach the charge.
 */
export const WAIVED_HIRING_STEPS = [
  "面试",
  "笔试",
  "复试",
  "经验",
  "学历",
  "简历",
  "门槛",
  "考核",
  "试岗",
  "试工",
  "培训期",
  "坐班",
  "打卡",
  "等待",
  "排队",
  "审核",
] as const;

/**
 * Perks the employer gives (board and lodging): in the money-flow model they make the employer the payer of a lodging
 * charge, never of a charge the applicant is told to pay in the same run-on clause ("包吃住来之前先交200介绍费").
 */
export const PERK_WORDS = [
  "包吃住",
  "包吃",
  "包住",
  "管吃住",
  "管吃",
  "管住",
  "吃住全包",
  "免费住宿",
  "免费吃住",
] as const;

/**
 * The applicant named as the payer by the words a careless ad uses ("在校生先交三百入职培训费", "新人要交"): with a
 * pay verb after it the money flows from the applicant, whatever customers (学员, 客户) the same clause names.
 * Not 学员, 学生 or 家长: they are as often the customers whose fees the job handles.
 */
export const APPLICANT_PAYER_WORDS = [
  "在校生",
  "新人",
  "新员工",
  "新手",
  "应聘者",
  "求职者",
  "报名者",
  "入职者",
  "你",
  "您",
  "每人",
  "每个人",
] as const;

/**
 * Units of work a spoken figure of pay follows ("一次三十", "一千字三十", "一单佣金10到50", "一场80到150"): the figure
 * after the unit is what the worker gets (salary.missing). Counted units only: a price per unit is told apart by the
 * charge words around it.
 */
// Branch vet-pay3: a lesson, a teaching hour and a shift as students' ads count them ("每次课100-150元", "一个课时60元",
// "上一次班100"); the longer unit first.
export const SPOKEN_RATE_UNITS = [
  "次课",
  "次班",
  "次",
  "千字",
  "单",
  "场",
  "趟",
  "件",
  "条",
  "篇",
  "节课",
  "课时",
  "个钟",
  "天",
] as const;

/**
 * Work that students are paid by the piece for at home (问卷, 标注, 录音, 配音 …), named next to its unit and a figure in
 * 元, 块 or 毛 ("每份问卷5元", "一份问卷五块", "问卷每份3-5元", "配音一分钟10元", "一分钟视频三元"): the figure is pay
 * (salary.missing). Work only, not things a student might buy (照片, 资料, 材料): those figures are as often prices.
 * Branch vet-pay3.
 */
export const PIECE_WORK_WORDS = [
  "调查问卷",
  "问卷",
  "答卷",
  "调查",
  "样本",
  "录音",
  "音频",
  "视频",
  "标注",
  "数据",
  "配音",
  "转写",
  "字幕",
  "测评",
  "表格",
] as const;

/**
 * A stretch of students' work that a total is paid for ("暑假两个月共6000", "全程十天，共计2000元", "一个暑假下来能挣七八
 * 千"): with a total word or straight before a figure it states the pay. Branch vet-pay3.
 */
export const WORK_STRETCH_WORDS = [
  "暑假",
  "寒假",
  "暑期",
  "寒期",
  "假期",
  "全程",
  "周末",
  "整个活动",
  "活动期间",
] as const;
