/**
 * Round on former-blind-44 to -47, discrimination (branch vet4447-disc): classes of wording the checker missed or flagged wrongly on
 * those sets (finance; healthcare and pharma; remote and AI work; Hong Kong, Macau, Taiwan, Singapore and Malaysia postings in
 * traditional characters and Cantonese). Every case is a NEW wording of a class, written from general knowledge, with clean twins.
 * tests/corpus/README.md, "Tuning round on former-blind-44 to -47, discrimination (vet4447-disc)", has the figures.
 */
import { describe } from "vitest";
import { cleanPostings, flaggedPostings } from "../support/posting-cases";

describe("vet4447-disc: a Hong Kong or Macau identity card as the right to work", () => {
  cleanPostings("discrimination.region", [
    ["倉務員（葵涌）", "負責收貨、點貨及出貨，月薪HK$17,000。", "持有效香港身份證，能搬重物。"],
    ["餐廳侍應（氹仔）", "樓面服務，月薪MOP 12,500，包膳食。", "須持澳門居民身份證或合法在澳工作證明。"],
    ["酒店前台接待", "輪班工作，月薪MOP 14,000。", "持澳門居民身份證；識講粵語及英語。"],
    [
      "Guest Services Officer (Cotai)",
      "Shift work at a resort front desk, MOP 15,000 per month.",
      "Macau resident ID card holders, or non-residents with a valid work permit.",
    ],
    [
      "Retail Assistant (Tsim Sha Tsui)",
      "Sell watches in a mall shop, HK$16,000 per month.",
      "Hong Kong residents or those with the right to work in Hong Kong.",
    ],
  ]);
  flaggedPostings("discrimination.region", [
    ["茶餐廳水吧", "月薪HK$18,000，包兩餐。", "只請香港土生土長嘅人，外地嚟嘅唔好浪費時間。"],
    ["澳門 海鮮酒家 廚師", "月薪MOP 17,000。", "只請本地出世嘅師傅，大陸過嚟嘅唔請。"],
  ]);
});

describe("vet4447-disc: a Taiwanese county's locals, other counties refused", () => {
  flaggedPostings("discrimination.region", [
    ["便利商店店員（花蓮）", "時薪NT$190，排班制。", "只收花蓮在地人，外縣市的就不用投了。"],
    ["物流司機（台中）", "月薪NT$38,000。", "限台中在地人，外縣市來的不考慮。"],
  ]);
  cleanPostings("discrimination.region", [
    ["社區導覽員（台東）", "帶遊客認識在地文化，時薪NT$200。", "熟悉在地人文歷史，外縣市的朋友也歡迎。"],
    ["台灣 人資助理", "處理招募及勞健保，月薪NT$34,000。", "熟Excel。"],
    ["台北 人資主管", "負責薪酬與教育訓練，月薪NT$60,000。", "五年以上經驗。"],
  ]);
});

describe("vet4447-disc: 仔女 and a language as a dialect corpus", () => {
  cleanPostings("discrimination.gender", [["暑期工：後生仔女做商場推廣", "日薪HK$700。", "中學生或以上，有禮貌。"]]);
  cleanPostings("discrimination.region", [
    [
      "Dialect audio recording (Sichuanese)",
      "Read prompts aloud in your dialect, RMB 80 per hour.",
      "A quiet room and a headset.",
    ],
  ]);
});

describe("vet4447-disc: dialect groups among Chinese and Taiwan's indigenous peoples", () => {
  flaggedPostings("discrimination.ethnicity", [
    ["燒味師傅", "月薪HK$19,000。", "只請客家人，其他唔考慮。"],
    ["茶樓樓面", "月薪HK$16,500。", "福建人同海南人唔請，老闆要廣府人。"],
    ["露營區工讀生（台東）", "時薪NT$185。", "原住民不錄取。"],
  ]);
  cleanPostings("discrimination.ethnicity", [
    ["部落文化導覽員", "介紹原住民文化與傳統工藝，時薪NT$200。", "熟悉部落歷史，族群不限。"],
  ]);
  cleanPostings("discrimination.region", [["茶樓樓面", "月薪HK$16,500。", "福建人同海南人唔請，老闆要廣府人。"]]);
});

describe("vet4447-disc: Taiwanese and Cantonese names of conditions and refusals", () => {
  flaggedPostings("discrimination.health", [
    ["診所櫃台（新竹）", "月薪NT$30,000。", "B肝帶原者請勿應徵。"],
    ["行政助理（高雄）", "月薪NT$29,000。", "曾有憂鬱症病史者不予錄用。"],
    ["送貨司機（觀塘）", "月薪HK$20,000。", "有糖尿病嘅唔好申請。"],
  ]);
  cleanPostings("discrimination.health", [
    ["肝膽科護理師", "照護B肝及C肝病人，月薪NT$45,000。", "護理師執照。"],
    ["身心科診所 心理師", "協助憂鬱症個案會談，月薪NT$50,000。", "諮商心理師證照。"],
  ]);
});

describe("vet4447-disc: Islam as 回教", () => {
  flaggedPostings("discrimination.religion", [["槟城 茶室 伙计", "月薪MYR 2,000。", "回教徒不请，店里卖猪肉。"]]);
  cleanPostings("discrimination.religion", [["清真餐厅 厨师", "月薪MYR 2,600。", "熟悉马来菜，宗教不限。"]]);
});

describe("vet4447-disc: Hong Kong and Taiwan university tiers by nickname", () => {
  flaggedPostings("discrimination.school_tier", [
    ["行銷企劃（台北）", "月薪NT$40,000。", "限台清交畢業，私立科大請勿投遞。"],
    ["Analyst (Central)", "HK$28,000 per month.", "HKU or CUHK graduates only."],
    ["見習會計師", "月薪HK$22,000。", "只收港大、科大畢業生。"],
  ]);
  cleanPostings("discrimination.school_tier", [
    ["研究助理（中大醫學院）", "月薪HK$21,000。", "生物相關學位。"],
    ["中大型企業 業務專員", "月薪NT$36,000。", "大學畢業即可。"],
  ]);
});

describe("vet4447-disc: a religious body's post said in brackets, and a faith as the content handled", () => {
  cleanPostings("discrimination.religion", [
    [
      "Online Sunday School Teacher",
      "Teach Bible stories online for a church's children. USD 20 per hour.",
      "Must be a baptised Christian (religious body).",
    ],
    ["佛堂義工統籌", "安排法會義工，月薪HK$15,000。", "須為皈依佛弟子（寺院宗教職位）。"],
    ["視頻審核員（佛教題材）", "審核佛教相關視頻是否違規，月薪RMB 7,000。", "宗教信仰不限。"],
  ]);
  flaggedPostings("discrimination.religion", [
    ["会计（贸易公司）", "做账报税，月薪RMB 8,000。", "须为受洗基督徒，公司团契每周一次。"],
  ]);
});

describe("vet4447-disc: a people or a faith naming the work's subject or the employer's trade", () => {
  cleanPostings("discrimination.ethnicity", [
    ["原住民族語教材編輯", "編寫排灣族語教材，月薪NT$35,000。", "族群不拘。"],
  ]);
  cleanPostings("discrimination.religion", [
    ["回教金融產品專員（吉隆坡）", "介紹伊斯蘭理財產品，月薪MYR 4,000。", "宗教信仰不限。"],
  ]);
});

describe("vet4447-disc: plans for children asked", () => {
  flaggedPostings("discrimination.marital", [
    [
      "Clinical Trainer",
      "RMB 14,000 per month.",
      "Kindly indicate whether you intend to start a family in the coming year.",
    ],
  ]);
  cleanPostings("discrimination.marital", [
    [
      "Benefits Adviser",
      "RMB 12,000 per month.",
      "Explain to staff whether they can take parental leave when they have children.",
    ],
  ]);
});

describe("vet4447-disc: a law-school tier", () => {
  flaggedPostings("discrimination.school_tier", [
    ["Contract Reviewer", "USD 55 per hour.", "JD from a T14 school only."],
  ]);
  cleanPostings("discrimination.school_tier", [
    ["Contract Reviewer", "USD 55 per hour.", "JD from any accredited law school."],
  ]);
});

describe("vet4447-disc: 土生土长 only of a person", () => {
  cleanPostings("discrimination.region", [["门店店员", "月薪5000元。", "我们是土生土长的老字号，欢迎各地朋友。"]]);
  flaggedPostings("discrimination.region", [["门店店员", "月薪5000元。", "只要土生土长的本地人，外地的不考虑。"]]);
});
