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
export const SPOKEN_RATE_UNITS = ["次", "千字", "单", "场", "趟", "件", "条", "篇", "节课", "个钟", "天"] as const;
