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
}

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
];
