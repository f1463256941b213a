/**
 * Evasive spellings in job postings (decision 021, fifth addendum): pinyin initials, homophones,
 * half-pinyin words and emoji that stand for a word a vetting rule looks for. checkPosting rewrites
 * them to the word before any rule runs, so each rule keeps one spelling of its words; a flag still
 * quotes the poster's original characters (the normalised text keeps a map to the raw text).
 *
 * Each entry is `from → to` with the reason it is read that way. `from` is matched case-insensitively;
 * Latin-letter entries only as a whole token (not inside a longer Latin word: "sfz" yes, "sfzx" no).
 */
export interface EvasiveSpelling {
  readonly from: string;
  readonly to: string;
  readonly why: string;
  /**
   * (branch vet-slang) Context for a spelling that is also something else: when either is given, the character before
   * `from` must be one of `prevAny` or the one after one of `nextAny` ("yj" is 押金 in "交yj300" but 业绩 elsewhere).
   */
  readonly prevAny?: string;
  readonly nextAny?: string;
  /** (branch vet-slang) Characters that may not follow `from` ("压金" is no 押金 in "冲压金属"). */
  readonly notNext?: string;
}

/** A figure or a label's colon after an abbreviation: "yj300", "dx：4000". */
const FIGURE_NEXT = "0123456789０１２３４５６７８９:：¥￥+＋";

export const EVASIVE_SPELLINGS: readonly EvasiveSpelling[] = [
  // Pinyin initials of documents and cards asked for by ID/bank scams.
  { from: "sfz", to: "身份证", why: "shen-fen-zheng, identity card" },
  { from: "yhk", to: "银行卡", why: "yin-hang-ka, bank card" },
  { from: "hkb", to: "户口本", why: "hu-kou-ben, household register" },
  // Contact channels written around a filter.
  { from: "wei信", to: "微信", why: "half-pinyin WeChat" },
  { from: "薇信", to: "微信", why: "homophone of 微信" },
  { from: "威信", to: "微信", why: "homophone of 微信" },
  { from: "v信", to: "微信", why: "V for wei" },
  { from: "vx", to: "微信", why: "common abbreviation of 微信" },
  { from: "企鹅号", to: "QQ号", why: "QQ's penguin mascot" },
  // (branch vet-trad) Cantonese 按金 for a deposit; not 按 + 金额/金融/金牌 ("按金额计算").
  { from: "按金", to: "押金", why: "Cantonese for a deposit", notNext: "额額融牌" },
  // (branch vet-trad) Cantonese 蚊 for dollars after a figure ("按金800蚊"); the insect elsewhere.
  {
    from: "蚊",
    to: "元",
    why: "Cantonese for a dollar after a figure",
    prevAny: "0123456789０１２３４５６７８９十百千万萬",
  },
  { from: "企鹅群", to: "QQ群", why: "QQ's penguin mascot" },
  { from: "企鹅裙", to: "QQ群", why: "mascot plus homophone 裙 for 群" },
  { from: "🐧", to: "QQ", why: "penguin emoji for QQ" },
  { from: "扣扣", to: "QQ", why: "homophone of QQ" },
  // Half-pinyin words inside Chinese.
  { from: "小jie姐", to: "小姐姐", why: "half-pinyin 小姐姐, young women" },
  { from: "xia ji", to: "下级", why: "pinyin of 下级, downline" },
  { from: "xiaji", to: "下级", why: "pinyin of 下级, downline" },
  { from: "mian试", to: "面试", why: "half-pinyin 面试" },
  // Emoji standing for a word (not 👦/👧: they decorate posts about children and families).
  { from: "🖤 skin", to: "黑皮肤", why: "black heart for black skin" },
  // (former-blind-10/11, branch vet-disc) Tier numbers spelt in Chinese numerals, out of a filter's reach.
  // (former-blind-12, branch vet12) Net spellings of boy, girl and man.
  { from: "蓝孩子", to: "男孩子", why: "lan for nan, boys" },
  { from: "蓝孩纸", to: "男孩子", why: "lan for nan, zhi for zi" },
  { from: "女孩纸", to: "女孩子", why: "zhi for zi, girls" },
  { from: "男孩纸", to: "男孩子", why: "zhi for zi, boys" },
  { from: "汉纸", to: "汉子", why: "zhi for zi, men" },
  { from: "九八五", to: "985", why: "985 in Chinese numerals" },
  { from: "二一一", to: "211", why: "211 in Chinese numerals" },
  { from: "二幺幺", to: "211", why: "211 read aloud, 幺 for one" },
  // (branch vet-slang, from general knowledge of 县城/普工/直播/外卖/家政 ads) Money words written around a filter.
  { from: "压金", to: "押金", why: "homophone of 押金, deposit", notNext: "属" },
  { from: "押💰", to: "押金", why: "money bag emoji for 金" },
  {
    from: "yj",
    to: "押金",
    why: "ya-jin, deposit (业绩 elsewhere)",
    prevAny: "交缴收付押退无免零不",
    nextAny: FIGURE_NEXT,
  },
  { from: "ya金", to: "押金", why: "half-pinyin 押金" },
  { from: "押jin", to: "押金", why: "half-pinyin 押金" },
  { from: "yajin", to: "押金", why: "pinyin of 押金" },
  { from: "bao名", to: "报名", why: "half-pinyin 报名" },
  // Emoji and symbols read as a word: "⭕押金" (⭕ for 零) and the ideograph squares 🈚 (无), 🈶 (有).
  { from: "⭕", to: "零", why: "a ring for zero before what is waived", nextAny: "押费中报门学经基保" },
  { from: "🈚", to: "无", why: "the square ideograph 無" },
  { from: "🈶", to: "有", why: "the square ideograph 有" },
  { from: "bm费", to: "报名费", why: "bao-ming, registration fee" },
  { from: "报鸣费", to: "报名费", why: "homophone of 报名费" },
  { from: "报铭费", to: "报名费", why: "homophone of 报名费" },
  { from: "pei训", to: "培训", why: "half-pinyin 培训" },
  { from: "培xun", to: "培训", why: "half-pinyin 培训" },
  { from: "内tui", to: "内推", why: "half-pinyin 内推, referral" },
  { from: "nt实习", to: "内推实习", why: "nei-tui, referral into an internship" },
  { from: "nt名额", to: "内推名额", why: "nei-tui, referral places" },
  { from: "nt费", to: "内推费", why: "nei-tui, referral fee" },
  { from: "shen份证", to: "身份证", why: "half-pinyin 身份证" },
  { from: "身fen证", to: "身份证", why: "half-pinyin 身份证" },
  { from: "身份zheng", to: "身份证", why: "half-pinyin 身份证" },
  // Pay words by their pinyin initials, only beside a figure or the words around them ("无dx，纯tc", "dx4000+tc").
  { from: "dx", to: "底薪", why: "di-xin, base pay", prevAny: "无有没零纯", nextAny: FIGURE_NEXT + "，,、" },
  {
    from: "tc",
    to: "提成",
    why: "ti-cheng, commission",
    prevAny: "纯高拿有无靠和加+＋的",
    nextAny: FIGURE_NEXT + "%％，,、另",
  },
  { from: "rj", to: "日结", why: "ri-jie, paid daily", prevAny: "天家可", nextAny: FIGURE_NEXT + "，,、。！!" },
  { from: "jz", to: "兼职", why: "jian-zhi, part-time" },
  { from: "过w", to: "过万", why: "w for 万, ten thousand" },
  { from: "s单", to: "刷单", why: "s for shua, fake orders" },
  { from: "免面", to: "免面试", why: "short for 免面试", notNext: "试签谈膜" },
  // Contact channels: "威：", "➕V", "wx".
  { from: "wx", to: "微信", why: "wei-xin, WeChat" },
  { from: "威：", to: "微信：", why: "homophone of 微 as a contact label" },
  { from: "威:", to: "微信:", why: "homophone of 微 as a contact label" },
  { from: "薇：", to: "微信：", why: "homophone of 微 as a contact label" },
  { from: "薇:", to: "微信:", why: "homophone of 微 as a contact label" },
  { from: "➕v", to: "加微信", why: "plus sign for 加, V for WeChat" },
  { from: "+v", to: "加微信", why: "plus sign for 加, V for WeChat" },
  { from: "加v", to: "加微信", why: "V for WeChat" },
  { from: "➕", to: "加", why: "plus emoji for 加" },
  // Round on former-blind-48/49 (branch vet4849-noise): typos of 拼音 input (the right syllable, the wrong character) in
  // postings as pasted, each a string no job posting writes otherwise. 鸭金 (鸭 for 押), not in 烤鸭金牌; 工姿/薪姿 (姿 for
  // 资); 面是 (是 for 试) only where an interview is meant — after 免, 安排, 参加, 需/须, 不用, 约 — since 方面是, 表面是,
  // 里面是 and 页面是 are ordinary words.
  { from: "鸭金", to: "押金", why: "homophone of 押金, deposit (拼音 typo)", notNext: "牌黄" },
  { from: "工姿", to: "工资", why: "homophone of 工资, pay (拼音 typo)" },
  { from: "薪姿", to: "薪资", why: "homophone of 薪资, pay (拼音 typo)" },
  { from: "免面是", to: "免面试", why: "homophone of 免面试, no interview (拼音 typo)" },
  {
    from: "面是",
    to: "面试",
    why: "homophone of 面试, interview (拼音 typo)",
    prevAny: "免排加需须用约",
    notNext: "否",
  },
  // Mothers by their initials where the context names the applicant ("只招bm", "bm优先"); 报名 elsewhere.
  { from: "bm", to: "宝妈", why: "bao-ma, mothers", prevAny: "招限要适合", nextAny: "优宝在专全" },
];

/**
 * (branch vet-slang) Words an emoji or a symbol is put inside to break them up ("押💰金" is caught by its spelling above; "押🔥金",
 * "微❤️信", "刷⭐单"): checkPosting drops one emoji between two Chinese characters only when the two make one of these words, so an
 * emoji between two words (a bullet, a decoration) stays.
 */
export const EMOJI_SPLIT_WORDS: readonly string[] = [
  "押金",
  "报名",
  "培训",
  "学费",
  "分期",
  "微信",
  "底薪",
  "提成",
  "刷单",
  "兼职",
  "日结",
  "内推",
  "身份",
  "份证",
  "面试",
  "保证",
  "证金",
  "中介",
  "返利",
  "下线",
  "下级",
  "代理",
  "加盟",
  "拉人",
  "人头",
  "银行",
  "行卡",
  "扣扣",
  "企鹅",
  "私聊",
  "实习",
  "躺赚",
];
