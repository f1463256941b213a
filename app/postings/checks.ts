/**
 * Automatic compliance checks for job postings (招聘信息合规检查).
 *
 * Sources: MoE 三严禁 (no 985/211 or school-tier restrictions; no discrimination by
 * 性别、民族、户籍、学历…; no false or fraudulent information), the MoE 五防 fraud
 * patterns (黑中介、乱收费、培训贷、付费实习、传销), 《就业促进法》, 《劳动合同法》第9条
 * (no deposits, no fees, no holding ID documents), 《妇女权益保障法》第43条, and the
 * platform rule that every posting states its base pay. See docs/vetting-rules.md.
 *
 * Design
 * - Discrimination is modelled, not listed (restrictions.ts): a protected attribute from the
 *   lexicons in vocabulary/vetting.ts and a restriction, exclusion, refusal, preference or
 *   form-label marker in the same clause. Fees follow the money: a charge on the applicant is
 *   flagged, money the job handles or the employer pays is not. Training loans and paid
 *   internships need a context and a payment in one clause.
 * - The other rules are a table of phrase patterns (`POSTING_TEXT_RULES`); a rule may also have a
 *   `detect` function (the models above). To extend a lexicon, edit vocabulary/vetting.ts; to
 *   extend a phrase rule, add a pattern to its table entry.
 * - The labelled corpus in tests/corpus measures both on postings they were not written against
 *   (`npm run eval:checks`).
 * - Text is normalised before matching (full-width → half-width, lower case, zero-width
 *   characters dropped, spaces between Chinese characters dropped so "限 男 性" is caught);
 *   an index map lets the excerpt quote the *original* text.
 * - Negation: a match is ignored when its clause says it is not so — a negator shortly
 *   before it in the same clause (不/无/非/免/禁止/严禁/绝不/谨防/no/not/never…, e.g.
 *   "不收取任何费用", "不限男女", "不要求985/211"), or a relaxer right after it
 *   ("985/211不限", "押金：无", "收取押金的都是诈骗"). A negation does not reach across a
 *   new demand ("无需经验需交押金" is still flagged) nor across a list into a new
 *   restriction ("不限专业、限男性" is still flagged).
 * - `allow` patterns carve out legitimate phrases that contain a flagged word
 *   ("可协助办理本市户口", "为员工缴纳社会保险费", "入职后提供银行卡用于发放工资").
 * - One flag per rule: the first unnegated occurrence (fields in the order title,
 *   description, requirements, duties, benefits, contact, then any other text field).
 *
 * Pure module: no I/O, usable in loaders, actions, scripts and the browser.
 */

import { EMOJI_SPLIT_WORDS, EVASIVE_SPELLINGS } from "../../vocabulary/evasive-spellings";
import { TRADITIONAL_TO_SIMPLIFIED } from "../../vocabulary/traditional-characters";
import { CANTONESE_NEGATORS } from "../../vocabulary/vetting";
import {
  PIECE_WORK_WORDS,
  SPOKEN_RATE_UNITS,
  WAIVED_HIRING_STEPS,
  WORK_STRETCH_WORDS,
} from "../../vocabulary/vetting-money";
import LEARNED_DATA from "../../vocabulary/vetting-learned.json";
import {
  compileModel,
  resetWalks,
  scoreSpan,
  sentenceWalk,
  walkArena,
  type SentenceWalk,
  unitBuffer,
  predictLogPay,
  sentenceBounds,
  type LearnedModel,
  type LearnedModelData,
} from "./learned";
import { cleanPasted, isLineBreak } from "./pasted";
import { prefilteredExec, releaseTextIndexes } from "./prefilter";
import {
  PROTECTED_RULES,
  lawfulBasisSentences,
  setByLawfulBasis,
  clauseOf,
  contextKey,
  MEMO_AFTER,
  BEARS_NO_APPLICANT,
  NAMED_PAYER_BEARS,
  findApplicantFee,
  findPaidInternship,
  findRestriction,
  findTrainingLoan,
  sentenceOf,
  type NegationTest,
  type ProtectedRule,
  type Span,
} from "./restrictions";

export const POSTING_RULE_IDS = [
  "discrimination.gender",
  "discrimination.ethnicity",
  "discrimination.race",
  "discrimination.religion",
  "discrimination.region",
  "discrimination.marital",
  "discrimination.health",
  "discrimination.school_tier",
  "fee",
  "training_loan",
  "paid_internship",
  "hype",
  "off_platform_contact",
  "fraud.id_or_bank",
  "fraud.no_interview",
  "fraud.commission_only",
  "fraud.pyramid",
  "salary.missing",
  "salary.implausible",
] as const;

export type PostingRuleId = (typeof POSTING_RULE_IDS)[number];
export type PostingSeverity = "block" | "warn";

export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

export interface PostingFlag {
  rule: PostingRuleId;
  severity: PostingSeverity;
  /** The offending words with a little context, at most 40 characters, quoted from the original text. */
  excerpt: string;
  /**
   * The offending words alone, as they stand in the excerpt, so a page marks them and not the whole
   * quote. Absent on the salary flags (their excerpt is the figure itself) and on flags stored before.
   */
  words?: string;
  message: BilingualText;
  /** Which input field the excerpt came from ("salary" for the salary rules). */
  field: string;
}

export interface PostingInput {
  title: string;
  description: string;
  requirements?: string | null | undefined;
  duties?: string | null | undefined;
  benefits?: string | null | undefined;
  contact?: string | null | undefined;
  /** Monthly base pay in CNY. */
  salaryMin?: number | null | undefined;
  /** Monthly base pay in CNY. */
  salaryMax?: number | null | undefined;
  /** Other fields are allowed; string (or string-array) fields are scanned too, except ids, URLs and timestamps. */
  readonly [field: string]: unknown;
}

/** A pattern with options. A bare RegExp means `{ re, negatable: true }` in every field the rule scans. */
export interface PatternSpec {
  readonly re: RegExp;
  /** Only look for this pattern in these fields. */
  readonly onlyIn?: readonly string[];
  /** Whether a nearby negation cancels the match. Default true. */
  readonly negatable?: boolean;
  /**
   * Whether a carve-out (`allow`) clears the match. Default true; false for what no duty or payroll purpose
   * excuses (a bank-card password handed over, accounts opened in the applicant's name for a bounty).
   */
  readonly allowable?: boolean;
}

export interface PostingTextRule {
  readonly id: PostingRuleId;
  readonly severity: PostingSeverity;
  readonly message: BilingualText;
  /** Patterns, written against normalised text: half-width, lower case. */
  readonly patterns: readonly (RegExp | PatternSpec)[];
  /** Fields this rule never scans. */
  readonly skipFields?: readonly string[];
  /** A match lying entirely inside a match of one of these is legitimate and ignored. */
  readonly allow?: readonly RegExp[];
  /** Rule-specific negations, on top of the generic ones. `before` is searched in the clause before the match, `after` is anchored right after it. */
  readonly negators?: { readonly before?: RegExp; readonly after?: RegExp };
  /**
   * A model-based detector (restrictions.ts) run beside the patterns: protected attribute × marker,
   * money flow. Gets normalised text, a negation test for a span and the field name.
   */
  readonly detect?: (text: string, negated: NegationTest, field: string) => Span | null;
  /** A match in a sentence matching this is ignored (an anti-fraud notice naming what the employer never asks). */
  readonly ignoreInSentence?: RegExp;
  /**
   * A match lying inside a match of one of these names the scheme as what the job investigates or handles
   * (`SCHEME_AS_DUTY`): ignored whatever the pattern's `allowable`, since it is not the employer's demand at all.
   */
  readonly namedAsDuty?: readonly RegExp[];
  /** Raise the severity when any of these also appears anywhere in the posting (any field). */
  readonly escalate?: { readonly severity: PostingSeverity; readonly patterns: readonly RegExp[] };
}

// ---------------------------------------------------------------------------
// Vocabulary shared by several rules
// ---------------------------------------------------------------------------

const SEP = "[^，,。；;!！?？\\n]"; // any character that does not end a clause
const SEP_CHAR = SEP;
/** Within a sentence: a comma or an enumeration comma does not end it ("发展小代理、抽他们提成"). */
const SEP_LIST = "[^。；;!！?？\\n]";

/** Who pays when it is not the applicant. */
const EMPLOYER =
  "(?:公司|单位|我司|本司|企业|雇主|用人单位|本公司|本单位|本行|我行|本院|我院|本校|我校|学校|医院|集团|招聘方)";

/** The employer pays, so a fee word is not a charge on the applicant. */
const EMPLOYER_PAYS = {
  before: new RegExp(
    `${EMPLOYER}\\s*(?:承担|报销|支付|负担|出资|提供|包|全额|买单|垫付|补贴|出钱|出(?![售品口租差现来去门产]))|(?<!不予?|无法|不能|不可|概不)报销|全免|垫付` +
      // (Round on former-blind-28/29, branch vet2829-fraud: 出 before the charge, "公司出培训费", "公司出钱培训".)
      // Round on former-blind-17 (branch vet17-fraud): a bearing verb with no applicant as its subject ("并承担相关考试和
      // 培训费用"), and "we" paying in English ("we help you get it and pay the fee", "the company covers the").
      `|${BEARS_NO_APPLICANT}` +
      "|\\b(?:we|company|employer|firm|bank|hotel|school)\\s+(?:will\\s+|also\\s+|then\\s+)?(?:covers?|pays?\\s+for|reimburses?|refunds?)\\b|\\bwe\\b[^.;!?]{0,50}?\\b(?:and|then|also|plus)\\s+(?:will\\s+|also\\s+)?(?:pay|cover|reimburse)\\b",
    "u",
  ),
  after: new RegExp(
    `^\\s*用?\\s*(?:均|全部|全|统一|一律)?\\s*由?\\s*${EMPLOYER}\\s*(?:承担|报销|支付|负担|出|全额|买单|缴纳|垫付)` +
      "|^\\s*用?\\s*(?:全免|全包|免除|全额报销|报销|可报销|实报实销|免费|补贴|补助)" +
      // Round on former-blind-17 (branch vet17-fraud): any payer after 由 who is not the applicant ("由酒店统一支付", "由银行
      // 承担"), a reimbursement after a modal ("可全额报销"), a charge waived or covered in English.
      `|^\\s*(?:可|将|会|均|全部|都|也)?\\s*(?:${NAMED_PAYER_BEARS.source}|(?:全额|实报实销)\\s*报销|免收|免除)` +
      "|^\\s*(?:is|are|will\\s+be|gets?)\\s+(?:\\w+\\s+)?(?:waived|covered|reimbursed|refunded\\s+in\\s+full|paid\\s+(?:for\\s+)?by\\s+(?:the\\s+|our\\s+)?(?:company|employer|firm|bank|us|hotel|school))\\b",
    "u",
  ),
};

const u = (source: string): RegExp => new RegExp(source, "u");
/**
 * Round on former-blind-44..47 (branch vet4447-fee): the fee's negators — the employer paying, and the Cantonese refusal to
 * charge ("唔收任何费用或按金", "唔使交按金", "本人毋须缴付任何中介费用", "冇按金").
 * Round on former-blind-48/49 (branch vet4849-fee): the Cantonese negators moved into the shared negation (NEGATOR,
 * vocabulary/vetting.ts CANTONESE_NEGATORS), so every rule hears them ("唔会扣押身份证", "唔使拉人头", "冇培训贷"); the fee's
 * own negators are the employer paying, as for the other money rules.
 */
const FEE_NEGATORS = EMPLOYER_PAYS;
/** One pattern matching any of `patterns` (one scan instead of several; flags: "u"). */
const anyOf = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "u");

/**
 * A sentence that warns applicants names the scheme to avoid it ("Beware of postings that say you'll be
 * hired the moment you sign up", "如遇要求办理银行卡的，请立即举报"): its matches are not the employer's.
 */
/** A referral or placement charge disclaimed: those who ask it are scammers, do not believe them, the post is unpaid-for. */
// (Round on former-blind-40..43 (branch vet4043-fee): someone using the employer's name — 冒用, 冒充, 仿冒, 假冒 … 名义 — or a
// charge in its name to be reported, "如有人以本行名义收取“内推费”，请向纪检部门举报".)
const PAID_INTERNSHIP_DISCLAIMER = u(
  `(?:冒用|冒充|仿冒|假冒)${SEP_LIST}{0,12}?名义|名义(?<=以${SEP_LIST}{0,10}名义)${SEP_LIST}{0,30}?(?:举报|报警|反映)|的\\s*(?:都是|就是|全是|一律是?)\\s*(?:骗子|诈骗|骗局)|(?:别|不要|切勿|勿)\\s*(?:相信|信)\\s*(?:那些|任何|所谓)?\\s*(?:要|收|让你交|要你交)${SEP}{0,12}?(?:费|钱)|[(（]\\s*(?:非|不)\\s*(?:付费|收费)\\s*[)）]|(?:识别|甄别|辨别|分辨|防范|揭露|曝光)${SEP_LIST}{0,8}?[“"「]?\\s*(?:付费内推|付费实习|内推收费|内推费|实习证明代办|保录)|\\bred\\s+flags?\\b|\\b(?:spot|identify|detect|recogni[sz]e|flag)\\b[^.;]{0,40}\\bpay(?:ing)?\\s+for\\s+(?:a\\s+)?(?:referrals?|internships?)\\b`,
);
// (Round on former-blind-26/27, branch vet2627-fraud: the paid referral named as what the job helps students spot —
// "帮学生识别“付费内推”", "check job posts for red flags such as … "pay for referral" schemes".)
const ANTI_FRAUD_NOTICE =
  /谨防|警惕|提防|请勿相信|不要相信|切勿相信|诈骗|骗局|骗子|防骗|反诈|(?:识别|甄别|查处|打击)[^，,。；;]{0,6}虚假|举报|(?:绝不会|从不|从来不|不会)\s*(?:要求|索要|向)|\bscams?\b|\bbeware\b|\bfraud|\b(?:will\s+never|never\s+(?:ask|request|promise))\b|\b(?:fake|bogus|fraudulent)\s+(?:job\s+)?(?:ads?|adverts?|postings?|listings?|jobs?|offers?)\b|虚假\s*(?:招聘|岗位|职位|广告)|(?:声称|自称)[^，,。；;]{0,20}?(?:均|都|一律|概)?\s*(?:与|和|跟)\s*(?:我司|本公司|我公司|本单位|我们|公司|我行|本机构|本院)\s*无关|与\s*(?:我司|本公司|我公司|本单位|我行|本机构)\s*无关|\b(?:not\s+affiliated\s+with|nothing\s+to\s+do\s+with)\s+(?:us|our\s+company|the\s+company)\b/u;

/**
 * Tenth round (former-blind-13, branch vet13-fraud): the scheme named as what the job investigates, checks or
 * handles — examples listed with 等 before the case they belong to ("排查利用个人银行卡走账、出借银行卡等案件线索",
 * "整理传销案件卷宗，涉及拉人头、发展下线等线索核查"), or named by 涉及 before complaints or reports ("处理涉及"付费内推"
 * 的用户举报"); in English, reports or complaints about it handled as the work. A match inside is not the employer's
 * scheme. (The case noun closes the span, so the scheme must stand between the duty and its case.)
 */
const SCHEME_AS_DUTY = [
  u(
    `(?:排查|核查|查处|稽查|调查|监测|监控|识别|处理|受理|整理|协查|打击|整治|审查|审核|巡查|核实|治理|防范|甄别|研判|查办|处置|监督|检查|举报)${SEP_LIST}{0,40}(?:等|之类)\\s*(?:的)?\\s*[\\u4e00-\\u9fff]{0,4}?(?:案件|案例|案卷|卷宗|线索|违规|违法|诈骗|骗局|投诉|举报|纠纷|风险|行为|问题)`,
  ),
  // Round on former-blind-18 (branch vet18-fraud): 案例 and 典型案例 are case files too ("整理拉人头、发展下线类传销案例").
  u(
    `(?:排查|核查|查处|稽查|调查|协查|打击|整治|查办|侦办|办理|整理|移送)${SEP_LIST}{0,40}(?:案件|案例|案卷|卷宗|线索)`,
  ),
  u(`涉及${SEP_LIST}{0,30}?(?:的)?\\s*[\\u4e00-\\u9fff]{0,4}?(?:案件|案卷|卷宗|线索|投诉|举报|纠纷|违规|诈骗)`),
  /\b(?:investigat|review|handl|monitor|detect|flag|process|escalat|triag|track)\w*\s+(?:\w+\s+){0,3}?(?:reports?|complaints?|cases?|claims?|disputes?|alerts?)\s+(?:of|about|involving|related\s+to|concerning|on)\b[^.;]{0,80}/u,
  // Eleventh round (former-blind-14, branch vet14-fraud): the scheme as what others are stopped or checked for doing to
  // someone ("防止机构以培训名义诱导学员办理贷款", "核实机构是否以贷款方式诱导学员"), and complaints about it handled
  // ("处理学员关于"培训贷"的投诉").
  u(`(?:防止|杜绝|防范|严防|避免|打击|是否)${SEP_LIST}{0,24}?(?:诱导|诱骗|哄骗|欺骗|骗取|强迫|胁迫)${SEP_LIST}{0,16}`),
  u(`(?:处理|受理|调解|回复|核实|跟进|解决)${SEP}{0,8}?关于${SEP_LIST}{0,24}?的\\s*(?:投诉|举报|纠纷|争议|维权)`),
  // Round on former-blind-16 (branch vet16-fraud): the scheme inside a case's evidence ("整理传销案件中“发展下线、拉人头”
  // 的证据材料"); in English the scheme as what an investigative role's title is about ("Case Analyst – Pyramid Scheme
  // Investigations", "Complaints Analyst – Training Loans"), what is investigated or analysed ("investigating pyramid
  // schemes: analyse … downline structures"), or what evidence is of ("review evidence of downline recruitment").
  // … and the scheme as a class of what is detected ("识别“银行卡出租”“跑分走账”类风险账户").
  u(
    `(?:识别|排查|监测|监控|核查|拦截|冻结|打击|防范|甄别|研判|审核|处置)${SEP_LIST}{0,30}?类\\s*(?:的)?\\s*[\\u4e00-\\u9fff]{0,4}?(?:风险|账户|交易|案件|案例|行为|线索|诈骗|违规|商户|账号)`,
  ),
  // Round on former-blind-26/27 (branch vet2627-fraud): renting or lending cards and accounts as what a duty detects
  // ("识别“跑分”和出租出借银行卡行为", "监测出租、出借银行卡和电话卡"), and in English a course or module taught on the scheme
  // ("a course on distribution models including the legal risks of MLM").
  u(
    `(?:识别|排查|监测|监控|核查|拦截|打击|防范|甄别|研判|查处)${SEP_LIST}{0,16}?(?:出租|出借|买卖|租借|倒卖)${SEP_LIST}{0,6}?(?:银行卡|账户|电话卡|手机卡|收款码)${SEP_LIST}{0,16}`,
  ),
  /\b(?:courses?|modules?|lectures?|classes|seminars?|curriculum|syllabus)\s+(?:on|about|covering|in)\b[^.;]{0,80}?\b(?:pyramid\s+schemes?|mlm|multi[-\s]level\s+marketing)\b[^.;]{0,40}/u,
  u(`(?:案件|案卷|卷宗|案例)\\s*(?:中|里|内|当中)${SEP_LIST}{0,40}?(?:证据|材料|线索|笔录|流水|记录|资料)`),
  // Round on former-blind-17 (branch vet17-fraud): the scheme as what evidence is gathered or sorted about ("整理“拉人头、
  // 发展下线”证据材料", "收集涉嫌刷单的证据", "固定跑分流水证据").
  u(`(?:整理|收集|固定|调取|审查|梳理|归档|核实|提取|搜集)${SEP_LIST}{0,30}?(?:证据|卷宗|案卷|笔录|案例)`),
  // Round on former-blind-38/39 (branch vet3839-fraud): the schemes as the postings a moderator reviews or takes down ("专门审核
  // 岗位里的美容贷、培训贷、拉人头和扣押证件的帖子", "下架含押金、刷单内容的招聘信息").
  u(
    `(?:审核|审查|巡查|识别|甄别|删除|下架|拦截|屏蔽|清理|处理)${SEP_LIST}{0,40}?(?:的|类|之类的)\\s*(?:帖子|招聘帖|招聘信息|岗位信息|职位信息|招聘广告|广告|职位|岗位)(?![\\u4e00-\\u9fff]{0,2}(?:费|押金))`,
  ),
  /\b(?:investigators?|examiners?|auditors?|caseworkers?|paralegals?|(?:case|complaints?|compliance|fraud|risk|enforcement|investigations?|regulatory)\s+(?:analysts?|officers?|specialists?|reviewers?|handlers?|investigators?|assistants?))\s*[-–—:|(（]\s*[^.;]{0,60}/u,
  // Round on former-blind-19 (branch vet19-fraud): studied or researched too, three words between ("Study how pyramid and
  // MLM schemes recruit young people").
  /\b(?:investigat|analy[sz]|examin|audit|review|stud(?:y|ies|ied|ying)|research)\w*\s+(?:\w+\s+){0,3}?(?:pyramid\s+schemes?|mlm|multi[-\s]level\s+marketing|training[-\s]loans?|course\s+financing|job\s+scams?|recruitment\s+fraud)\b[^.;]{0,80}|\b(?:evidence|records?|case\s+files?)\s+(?:of|on)\s+[^.;]{0,40}/u,
];

/**
 * Round on former-blind-40..43 (branch vet4043-contact): for `hype`, the anti-fraud notice without its bare "will never",
 * which is also how a promise is made ("already millionaires before 27 … and will never need to worry about money again");
 * "will never" followed by what a notice disclaims (ask, charge, promise …) still marks one.
 */
const HYPE_NOTICE = new RegExp(
  ANTI_FRAUD_NOTICE.source.replace(
    "\\b(?:will\\s+never|never\\s+(?:ask|request|promise))\\b",
    "\\b(?:will\\s+never\\s+(?:ask|request|require|charge|demand|collect|take|promise|contact|send|sell|guarantee)|never\\s+(?:ask|request|promise))\\b",
  ),
  "u",
);

/**
 * Round on former-blind-40..43 (branch vet4043-contact): for `fraud.id_or_bank`, also rented cards or accounts named as the
 * cases an analyst investigates in English with the Chinese term beside them ("investigate 跑分 and rented accounts 出租银行卡
 * cases").
 */
const ID_OR_BANK_AS_DUTY = [
  ...SCHEME_AS_DUTY,
  /\b(?:investigat|analy[sz]|detect|monitor|flag|screen|review)\w*\s+[^.;]{0,60}?\bcases?\b/u,
  // Round on former-blind-44..47 (branch vet4447-contact): the scheme as the risk a role's title watches ("“刷流水”风险
  // 监控专员").
  u(`(?:刷流水|走流水|跑分|走账|套现)["'“”「」『』]?\\s*(?:类)?\\s*(?:风险|风控|反欺诈|反诈|稽核)${SEP}{0,6}`),
  // Round on former-blind-48/49 (branch vet4849-contact): employers that withhold papers as what an inspector looks for
  // ("排查扣押证件、收取押金的用工单位").
  u(
    `(?:排查|查处|巡查|督查|稽查|整治|打击|检查|核查|调查|清理)${SEP}{0,8}?(?:扣押|扣留|押)${SEP}{0,30}?(?:用工单位|企业|单位|中介|公司|雇主|商户|门店|工厂|老板)`,
  ),
];

/**
 * Round on former-blind-44..47 (branch vet4447-contact): for `fraud.id_or_bank`, the notice in the third person present
 * ("HR never asks for cards, PINs or online-banking details"); the shared notice's "never ask" wants the bare verb.
 */
const ID_OR_BANK_NOTICE = new RegExp(`${ANTI_FRAUD_NOTICE.source}|\\bnever\\s+(?:asks|requests)\\b`, "u");

/** An income figure big enough to be a promise: "过万", "八千以上", "2万", "15000", "20k". */
const INCOME_AMOUNT =
  "(?:过万|上万|破万|[一二两三四五六七八九十几]{1,2}\\s*[万千]|\\d+(?:\\.\\d+)?\\s*[万千wk](?![a-z])|\\d{4,}|(?:rmb|¥|\\$)\\s*\\d[\\d,]{3,})";
/**
 * Round vet-wechat: a monthly figure no higher than what ordinary work pays — four digits, a range within them or up to
 * 19,999, 千 in numerals ("七八千", "四千五", "六千到一万"), "一万(出头)", "一两万", "8k" — for the hype rule's allow and the
 * learned layer's modest-income sentence. Not 过万, 上万 or any 万 above one.
 */
const MODEST_MONTH =
  "(?:[1-9]\\d{3}(?:\\s*[-–~～到至]\\s*(?:[1-9]\\d{3}|1\\d{4}))?(?![\\d.]|\\s*[万wk])|[一二两三四五六七八九]{1,2}\\s*千\\s*[一二两三四五六七八九]?(?:\\s*(?:到|至|-|~)\\s*(?:[一二两三四五六七八九]{1,2}\\s*千\\s*[一二两三四五六七八九]?|一万[一二两三四五]?))?|一万\\s*(?:出头|左右|多)?|一两万|[1-9](?:\\.\\d)?\\s*[kK千](?![a-z万]))";

// ---------------------------------------------------------------------------
// The rule table
// ---------------------------------------------------------------------------

const PHRASE_RULES: readonly PostingTextRule[] = [
  {
    id: "discrimination.gender",
    severity: "block",
    message: {
      zh: "性别歧视：招聘不得限定性别或设置性别优先（《就业促进法》第27条、《妇女权益保障法》第43条）",
      en: "Gender discrimination: postings may not restrict or prefer applicants by gender (Employment Promotion Law art. 27)",
    },
    patterns: [],
  },
  {
    id: "discrimination.ethnicity",
    severity: "block",
    message: {
      zh: "民族歧视：招聘不得限定民族或设置民族优先（《就业促进法》第3条、第28条）",
      en: "Ethnic discrimination: postings may not restrict or prefer applicants by ethnicity (Employment Promotion Law arts. 3, 28)",
    },
    patterns: [],
  },
  {
    id: "discrimination.race",
    severity: "block",
    message: {
      zh: "种族歧视：招聘不得以种族、肤色限定或排斥求职者（《就业促进法》第3条）",
      en: "Racial discrimination: postings may not restrict or exclude applicants by race or skin colour (Employment Promotion Law art. 3)",
    },
    patterns: [],
  },
  {
    id: "discrimination.religion",
    severity: "block",
    message: {
      zh: "宗教信仰歧视：招聘不得以宗教信仰限定或排斥求职者（《就业促进法》第3条）",
      en: "Religious discrimination: postings may not restrict or exclude applicants by religious belief (Employment Promotion Law art. 3)",
    },
    patterns: [],
  },
  {
    id: "discrimination.region",
    severity: "block",
    message: {
      zh: "户籍地域歧视：招聘不得限定户籍、籍贯或地域（教育部“三严禁”、《就业促进法》第3条）",
      en: "Household-registration / regional discrimination: postings may not restrict applicants by hukou, native place or region",
    },
    patterns: [],
    allow: [u(`(?:协助|帮助|帮忙|解决|办理|可落|落户|申请|提供|给予|享受)${SEP}{0,8}(?:户口|户籍|落户)`)],
  },
  {
    id: "discrimination.marital",
    severity: "block",
    message: {
      zh: "婚育歧视：招聘不得以婚姻、生育状况作为条件（《妇女权益保障法》第43条、《就业促进法》第27条）",
      en: "Marital / childbearing discrimination: postings may not make marriage or childbearing status a condition (Women's Rights Protection Law art. 43)",
    },
    patterns: [],
  },
  {
    id: "discrimination.health",
    severity: "block",
    message: {
      zh: "健康歧视：招聘不得排斥乙肝病原携带者或残疾人（《就业促进法》第29条、第30条）",
      en: "Health discrimination: postings may not exclude hepatitis B carriers or people with disabilities (Employment Promotion Law arts. 29, 30)",
    },
    patterns: [],
  },
  {
    id: "discrimination.school_tier",
    severity: "block",
    message: {
      zh: "院校层次限制：招聘不得限定985、211、双一流等院校或院校层次（教育部“三严禁”）",
      en: "School-tier restriction: postings may not restrict applicants to 985/211/“Double First-Class” or other tiers of university",
    },
    patterns: [],
    // A university employer describing itself ("我校是国家“211工程”重点建设高校") is not a restriction.
    allow: [
      u(`(?:我校|本校|该校|我院|本院)\\s*(?:是|系|属于?|入选|列入|作为)${SEP}{0,16}`),
      // The employer named by its tier: "辅导员（某二本院校）", "一所211高校招聘实验员".
      /(?:某|一所|本)\s*(?:985|211|双一流|一本|二本|三本|重点|省属重点)\s*(?:工程)?\s*(?:院校|高校|大学|学院)/u,
      // The employer is the university and the job sits in one of its units: "985高校就业指导中心职员",
      // "211大学图书馆馆员" ("985高校毕业", "985院校背景" stay restrictions).
      /(?:985|211|双一流)\s*(?:工程)?\s*(?:院校|高校|大学)(?=[\u4e00-\u9fff]{0,6}?(?:中心|学院|图书馆|实验室|研究院|研究所|附属|医院|办公室|处|馆员|职员|教师|辅导员|行政|后勤))(?![\u4e00-\u9fff]{0,2}(?:毕业|学历|出身|背景|生源|学生(?!处|会|工作)))/u,
      // An inclusive list ("欢迎985、211及双非院校同学投递") welcomes everyone.
      u(
        `(?:985|211|双一流)${SEP}{0,10}?(?:及|和|与|、|以及)\\s*(?:双非|普通|其他|其它|各类|所有|一般)(?:院校|高校|学校)?`,
      ),
    ],
  },
  {
    id: "fee",
    namedAsDuty: SCHEME_AS_DUTY,
    severity: "block",
    message: {
      zh: "违规收费：不得以任何名义向求职者收取报名费、押金、保证金、培训费、服装费、体检费等费用（《劳动合同法》第9条）",
      en: "Illegal fee: applicants may not be charged any fee, deposit, training, uniform or medical-exam charge (Labour Contract Law art. 9)",
    },
    // Named charges and amounts are found by the money-flow model (restrictions.ts, findApplicantFee):
    // a fee word is a charge on the applicant unless the job handles the money or the employer pays.
    allow: [
      // Round on former-blind-44..47 (branch vet4447-fee): finance jobs handle margin and product charges all day — the
      // customers' margin as the work ("保证金监控", "执行保证金追缴", "追加保证金通知", "讲解保证金制度") and a product's
      // handling fee explained or shared out ("讲解分期手续费", "按客户手续费返佣"): nobody charges the applicant.
      /保证金\s*(?:监控|追缴|追加|占用|比例|制度|规则|水平|不足|存管|计算|风险)|追加\s*保证金|(?:讲解|解释|说明|介绍)\s*保证金|分期\s*手续费|手续费\s*(?:返佣|返还|返点|收入)|(?:客户|持卡人|用户)\s*(?:的)?\s*手续费/u,
      // Round on former-blind-32/33 (branch vet3233-fraud): the worker named by a role ending in 人员 (劳务人员, 外派人员)
      // said not to bear the fee ("劳务人员不承担中介费"); in English the fee paid in the past by the people the job serves
      // ("Support domestic workers who paid illegal recruitment fees"), or named illegal.
      u(
        `(?:[\\u4e00-\\u9fff]{0,3}人员|劳工|船员|海员|雇员)\\s*(?:均|都|一律)?\\s*(?:不|无需|不用|无须|不必|不需)\\s*(?:承担|负担|支付|缴纳|交纳|付|出)${SEP}{0,12}`,
      ),
      /\b(?:who|that)\s+(?:have\s+|had\s+)?(?:paid|were\s+charged|were\s+made\s+to\s+pay|owed?)\b[^.;]{0,50}|\billegal\s+(?:recruitment\s+|placement\s+|agency\s+)?(?:fees?|charges?|deposits?)\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): the applicant said not to bear the fee ("员工不承担中介费", "求职者
      // 无需支付任何费用"), and in English nobody in the applicant's place charged ("no worker is charged recruitment fees,
      // deposits or document costs").
      u(
        `(?:员工|求职者|应聘者|个人|本人|你|您|劳动者|工人|新人|学员|候选人)\\s*(?:均|都|一律)?\\s*(?:不|无需|不用|无须|不必|不需)\\s*(?:承担|负担|支付|缴纳|交纳|付|出)${SEP}{0,12}`,
      ),
      /\bno\s+(?:workers?|applicants?|candidates?|employees?|staff|one|hires?|recruits?|jobseekers?|job\s+seekers?)\s+(?:is|are|will\s+(?:ever\s+)?be|shall\s+be|gets?|ever\s+gets?)\s+(?:ever\s+)?(?:charged|asked\s+to\s+pay|required\s+to\s+pay|made\s+to\s+pay)\b[^.;]{0,80}/u,
      // (Round on former-blind-34/35, branch vet3435-fraud: … or said to pay none, "no worker pays any recruitment fee, deposit or
      // bond".)
      /\bno\s+(?:workers?|applicants?|candidates?|employees?|staff|one|hires?|recruits?|jobseekers?|job\s+seekers?)\s+(?:ever\s+)?pays\s+(?:any|a|an|the)\b[^.;]{0,80}/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): a fee word naming a document the job keeps ("编制收费报表", "缴费明细"), and
      // the fee patterns above inside a duty to other people ("协助会员充值开通权限").
      /(?:收费|缴费|交费|费用)\s*(?:报表|明细|统计|记录|台账|清单|凭证|日报|月报|数据|单据)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): rent and its deposit collected as the job ("签订租赁合同，收取首月
      // 租金和押金").
      /收取\s*(?:客户|租客|住户|业主)?\s*(?:的)?\s*(?:首月|当月|每月)?\s*(?:租金|房租|物业费|停车费|水电费|货款)\s*(?:和|及|与|、|以及)\s*押金/u,
      // Eleventh round (former-blind-14, branch vet14-fraud): the job's fee collection as its workload ("收费高峰集中在九月",
      // "缴费窗口", "收费旺季").
      /(?:收费|缴费|交费)\s*(?:高峰|旺季|淡季|时段|窗口|柜台|工作量)/u,
      // Round on former-blind-16 (branch vet16-fraud): a fee whose payer is named and is not the applicant ("加盟费由加盟商支付
      // 给公司", "代理费由品牌方付给公司").
      u(
        `由\\s*(?:加盟商|客户|顾客|品牌方|商家|厂家|业主|租户|合作方|甲方|采购方|买方|雇主|委托方|投保人|患者|工厂|厂方|合作工厂|合作企业|用工单位|用人单位)${SEP}{0,6}?(?:支付|交|缴纳|交纳|付|承担)${SEP}{0,12}`,
      ),
      // Round on former-blind-34/35 (branch vet3435-fraud): the factory or client firm as the payer of an agency's fee ("费用由
      // 工厂付给公司", above), and the employer promising it will never ask for money ("不会要求应聘者添加任何个人微信缴费").
      u(
        `(?:绝不会|从不|从来不|不会|决不|绝不)\\s*(?:要求|让|叫|向)${SEP}{0,20}?(?:缴费|交费|付费|收费|交钱|付款|转账|押金|费用)`,
      ),
      // … and the agency's fee collected from its clients ("家政公司向雇主收取服务费"), a heading naming the fees a section
      // explains ("八、培训费用说明"), and money paid into an account ("a bank account for the customs deposits": the
      // account's use, whoever is misusing it, is the ID-or-bank rule's).
      u(
        `(?:公司|平台|机构|我司|本公司|中介|门店)\\s*(?:向|从)\\s*(?:雇主|客户|顾客|企业|用人单位|商家|业主|家庭|租客)\\s*(?:收取|收)${SEP}{0,12}`,
      ),
      // (Round on former-blind-34/35, branch vet3435-fraud: … with 的 between, "六、关于收费的说明".)
      /[\u4e00-\u9fff]{0,4}(?:费用|收费)\s*(?:的)?\s*(?:说明|须知)/u,
      /\b(?:accounts?|cards?)\b[^.;]{0,30}\bfor\s+(?:the\s+)?(?:\w+\s+)?deposits\b/u,
      // Ninth round (former-blind-12, branch vet12): customers' deposits handled as the job ("押金退还咨询", "押金客服").
      /押金\s*(?:的)?\s*(?:退还|退款|退回|原路退回|返还)?\s*(?:咨询|申请|审核|处理|业务|工单|问题|客服|专员|对账)|(?:用户|客户|顾客|会员|租客|租户|乘客|住客)\s*(?:的)?\s*押金/u,
      u(
        `(?:客户|顾客|学员|学生|家长|业主|住户|住客|宾客|租客|会员|旅客|乘客|患者|病人|老人|用户)(?<=(?:负责|协助|帮助?|为|替|代|指导)${SEP}{0,10}?(?:客户|顾客|学员|学生|家长|业主|住户|住客|宾客|租客|会员|旅客|乘客|患者|病人|老人|用户))${SEP}{0,16}`,
      ),
      // The employer paying for its staff: "公司为每位新员工交300元意外险费用".
      u(
        `(?:公司|单位|我司|本公司|企业|集团)\\s*(?:统一)?\\s*(?:为|给|替)${SEP}{0,8}?(?:交|缴|缴纳|支付|购买|付)${SEP}{0,16}`,
      ),
      // Tenth round (former-blind-13, branch vet13-fraud): a fee the worker earns a share of ("拿服务费的25%", "按中介费的
      // 30%提成", "25% of the placement fee"); a fee as the topic of questions the job answers ("解答利率和手续费问题");
      // the job's own pay figure ("月薪200-300元": an amount after a pay word is what the worker gets).
      // (The fee word first, the earning verb looked for behind it: 按 and 拿 start too many positions.)
      /(?:服务费|佣金|中介费|咨询费|手续费|费用|代理费|成交费)(?<=(?:拿|获得|提取|抽取|分得|享有|享受|按|得到)\s*[\u4e00-\u9fff]{0,6}?(?:服务费|佣金|中介费|咨询费|手续费|费用|代理费|成交费))\s*(?:的)?\s*\d+(?:\.\d+)?\s*%|\b\d+(?:\.\d+)?\s*%\s+(?:of|on)\s+(?:the\s+|each\s+|every\s+)?(?:\w+\s+)?(?:fees?|commissions?)\b/u,
      u(
        `(?:解答|讲解|解释|回答|答复|处理|说明|介绍)${SEP}{0,12}?费${SEP}{0,4}?(?:问题|疑问|疑惑|咨询|投诉|争议|政策|规则)`,
      ),
      /(?:月薪|薪资|工资|底薪|薪酬|年薪|时薪|日薪|实习补贴|实习工资|补贴|津贴|税前|到手)\s*[:：]?\s*(?:为|是)?\s*(?:rmb|¥|￥)?\s*\d[\d,.]*\s*(?:[-–~～至到]\s*\d[\d,.]*)?\s*(?:元|块|k|千|万)?(?:\s*\/\s*月)?/u,
      // … and in English: money reconciled or audited as the work ("Reconcile daily revenue, deposits and card
      // settlements"), or collected from the people the job serves ("collect registration fees from delegates").
      /\b(?:reconcil\w*|audit\w*|invoic\w*|bookkeep\w*)\b[^.;]{0,60}/u,
      /\b(?:collect|process|handl|refund|record|track|receiv)\w*\s+(?:\w+\s+){0,3}?(?:fees?|deposits?|payments?|charges?|dues)\s+(?:from|of|for|paid\s+by)\s+(?:the\s+|our\s+)?(?:hotel\s+|event\s+|course\s+|new\s+|all\s+)?(?:delegates|guests|customers|clients|members|students|parents|tenants|patients|attendees|participants|visitors|passengers|users|buyers|residents|exhibitors|families)\b/u,
      // Round vet-wechat (general knowledge of 劳务中介 ads): 返费 is money the agency or factory pays the worker after N days
      // ("入职满60天返费2000元", "返费普工", "做满45天中介返你1500"), a bonus, not a charge on the applicant.
      // … and living costs shared in the dormitory ("水电费自理", "水电平摊"), and a charge advanced by the worker and reimbursed
      // by the employer later in the sentence ("体检费先自付，入职满一个月报销"): the employer bears it (the blind31 twins).
      u(`水电(?:费)?\\s*(?:自理|平摊|均摊|分摊|AA|另算|按表)${SEP}{0,12}`),
      u(
        `(?:体检|健康证|车费|路费|路费车票|车票)(?:费)?\\s*(?:先)?\\s*(?:自付|自理|自己付|自己出|个人垫付|垫付|先付)${SEP_LIST}{0,16}?(?:公司|厂里|单位|我司)?\\s*(?:全额|凭票|实报实销)?\\s*(?<!不|不予|没|没有|无法|不能|不可|概不)(?:报销|退还|返还|报)`,
      ),
      u(
        `返费${SEP}{0,24}|(?:满|做满|干满|入职满|上满|在职满)\\s*\\d+\\s*(?:天|个月)${SEP}{0,10}?返(?:费|你|给你|现)?\\s*[:：]?\\s*\\d+\\s*(?:元|块)?`,
      ),
    ],
    patterns: [
      // Round on former-blind-20/21 (branch vet2021-fraud): an amount the applicant is told to pay, remit or settle, with
      // no fee noun ("To unlock the training portal, pay USD 45 today", "remit USD 380 for the medical processing",
      // "Kindly settle the USD 25 verification"); the employer's goods bought for a price ("purchase our barista starter
      // kit for RMB 480"). Pay as a salary line ("Pay RMB 6,000–8,000 per month") and the employer paying stay clean.
      // (The pay verb needs what the money is for or when it is due after the amount: "base pay RMB 13,000" is a wage.)
      // (Round on former-blind-38/39 (branch vet3839-fraud): what the money is for named by its kind, "remit USD 380 for medical
      // clearance and seaman book processing".)
      /(?<!\b(?:we|they|company|employer|clients?|customers?|brands?|platform|which|that|who|i|will|also|then|can|to|base|basic|monthly|hourly|daily|weekly|annual|starting|net|gross|total|your|our|the|overtime|holiday|sick|back)\s)\b(?:pay|remit|settle)\s+(?:us\s+|the\s+)?(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*[1-9][\d,.]*(?=(?:\s+[a-z'’-]+){0,3}?\s+(?:today|now|first|upfront|in\s+advance|within|before|to\s+(?:the|our|us|a|an|unlock|activate|register|start|secure|reserve|join|begin|get|receive|access|confirm|process|release)\b|for\s+(?:the|your|a|an|processing|registration|verification|activation|medical|visa|documents?|paperwork|uniforms?|exams?|insurance)\b|as\s+(?:a|an|the|your)\b|(?:activation|registration|verification|processing|admin|onboarding|joining|membership|screening|deposit)\b))/u,
      // … the purpose said first ("To unlock the training portal, pay USD 45; …"); a fee in brackets on a step the
      // applicant takes ("an online aptitude assessment (fee: RMB 99)"); goods bought with the applicant's own money and
      // reimbursed, whatever they are ("Buy gift cards with your own money … reimbursed with a 10% bonus"); business
      // expenses advanced and reimbursed (travel, meals, supplies) stay clean.
      /\b(?:pay|remit|settle)\s+(?:us\s+|the\s+)?(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*[1-9](?<=\bto\s+(?:unlock|activate|register|start|secure|reserve|join|begin|get|receive|access|confirm|release|open)\b[^.;]{0,50}?\b(?:pay|remit|settle)\s+(?:us\s+|the\s+)?(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*[1-9])/u,
      /\b(?:assessments?|tests?|exams?|evaluations?|screenings?|checks?|courses?|trainings?|registrations?|applications?|interviews?|materials?|kits?|uniforms?)\s*\(\s*(?:fee|cost|charge|price)\s*[:：]?\s*(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*\d/u,
      /\b(?:buy|purchase|top\s+up)\s+(?!(?:\w+\s+)?(?:travel|flights?|tickets?|meals?|hotels?|taxis?|fuel|petrol|supplies|stationery|lunch)\b)[^.;]{0,30}?\b(?:with|using|from)\s+your\s+own\s+(?:money|funds|cash|card|account|savings)\b[^.]{0,60}\b(?:refund|reimburs|pay\s+(?:you\s+)?back|repa|return)\w*/u,
      /(?<!\b(?:customers?|clients?|guests?|buyers?|shoppers?|members?|users?|visitors?|tenants?|they|we|who|can|may|could)\s)\b(?:buy|purchase|rent)\s+(?:our|the\s+company['’]s|the)\s+(?:[\w-]+\s+){0,4}?(?:\([^()]{0,40}\)\s*)?(?:for|at)\s+(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*[1-9]/u,
      // Tenth round (former-blind-13, branch vet13-fraud): paying before one may work, whatever is bought ("先购买录音设备
      // 套装（499元）后才能接单", "充值200元后方可领任务"); a charge handed to the employer ("费用1500元先交给公司代收");
      // in English, a deposit or fee the new hire pays in the passive ("a deposit of CNY 300 is paid by the new hire"),
      // and the applicant's own money spent on the employer's orders ("place orders with your own money; we refund").
      u(
        `(?:购买|购置|自购|买|租用|缴纳|交纳|支付|充值|预存|交|缴|注册|开通)${SEP_LIST}{0,20}?\\d+\\s*(?:元|块)${SEP_LIST}{0,14}?(?:后|之后)?\\s*(?:才能|才可以?|方可|方能|才|即可|就能|就可以?|便可)${SEP}{0,5}?(?:接单|上岗|开工|入职|工作|接活|做单|领任务|接任务|开始|派单|上户)`,
      ),
      // Round on former-blind-17 (branch vet17-fraud): goods bought for a price, then the work begins, without a modal
      // ("购买材料包268元后在家串珠", "租用设备300元后开始接单"); a buyer other than the applicant stays clean.
      u(
        `(?:购买|购置|自购|租用|买)(?<!(?:客户|顾客|用户|买家|消费者|会员|家长|学员|公司|我们|平台)\\s*(?:需|可|先)?\\s*(?:购买|购置|自购|租用|买))${SEP}{0,10}?\\d+\\s*(?:元|块)\\s*(?:后|之后)\\s*(?:即可|就能|就可以?|便可|才能|方可)?\\s*(?:在家|居家)?\\s*(?:开始|接单|上岗|开工|入职|工作|接活|做单|领取|领任务|加工|制作|串珠|做手工|组装)`,
      ),
      u(
        // (前 first, the amount looked for behind it: digits start too many positions.)
        `前(?<=(?:\\d+(?:\\.\\d+)?\\s*[万千]?\\s*(?:元|块)|[一二两三四五六七八九十]\\s*[万千]\\s*(?:元|块)?)${SEP_LIST}{0,12}?(?:出发|出国|出境|上岗|入职|报到|开工|培训|面试|签约|进厂)\\s*(?:之)?前)\\s*(?:须|需|要|必须)?\\s*(?:结清|交清|付清|缴清|交齐|缴纳|交纳|支付|付款|交|缴)`,
      ),
      u(
        // (The handing verb first, the fee looked for behind it: 费 is common and the payer's check is long.)
        `(?:交给|交到|交至|交由|付给|转给|转账给|汇给|打给)(?<=(?:费|费用|押金|保证金|定金)(?<!(?:代收|收取|收到|所收|收来|收的|客户|顾客|用户)[^，,。；;]{0,6}(?:费|费用|押金|保证金|定金))${SEP}{0,12}?(?:先|需|须|要|统一)?\\s*(?:交给|交到|交至|交由|付给|转给|转账给|汇给|打给))(?<!(?:家长|学生|客户|顾客|用户|考生|学员|业主|租户|租客|买家|会员|患者)\\s*(?:直接|自行)?\\s*(?:交给|交到|交至|交由|付给|转给|转账给|汇给|打给))\\s*(?:公司|我司|本公司|单位|我们|财务|人事|hr|老板|店长|负责人|(?:我|本)\\s*(?:园|校|院|店|厂|所|站)|(?:园|校|院|店|厂|站|队)\\s*(?:里|方)|学校|医院|幼儿园|门店|酒店|工厂|养老院)`,
      ),
      // Round on former-blind-19 (branch vet19-fraud): the payee above named by the employer's kind ("交给园里", "交到我校",
      // "付给店里") as by 公司.
      // (Round on former-blind-48/49 (branch vet4849-fee): … unless the people the job serves are named as the payer right
      // before the verb, "学费由家长直接付给学校".)
      /\b(?:deposits?|fees?|charges?|costs?)\b[^.;]{0,60}\b(?:is|are|will\s+be|must\s+be|to\s+be|gets?)\s+(?:\w+\s+){0,3}?(?:paid|payable|covered|borne|settled)\s+by\s+(?:the\s+|each\s+|every\s+)?(?:new\s+hires?|new\s+recruits?|applicants?|candidates?|trainees?|interns?|workers?|employees?|staff|you|successful\s+(?:candidates?|applicants?)|drivers|riders|couriers|cleaners|guards|technicians|operators|waiters|cooks|chefs|helpers|assistants|apprentices|nannies|caregivers|tutors)\b/u,
      /\b(?:orders?|purchases?|products?|goods|items)\b[^.]{0,40}\b(?:with|using|from)\s+your\s+own\s+(?:money|funds|cash|card|account|savings)\b[^.]{0,60}\b(?:refund|reimburs|pay\s+(?:you\s+)?back|repa|return)\w*|\b(?:plac\w*|mak\w*|buy\w*|pay\w*\s+for)\s+(?:\w+\s+)?orders?\s+(?:with|using)\s+your\s+own\s+(?:money|funds|cash|card)\b/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): a bare pay verb with an amount before the fee's name ("交200元报名费", "付三百元押金");
      // money to open the means of work ("充值199开通接单账号", "购买98元的会员卡激活工号");
      // goods issued and taken back from the first wages ("工服按成本价收取150元，从首月工资里扣");
      // goods the applicant must buy with a price in a bracket ("需自购耳机套装（公司指定，258元）"), in English with any
      // worker as the buyer ("Guides must purchase the uniform (450 RMB)"); several fee names before one amount
      // ("Registration and background-check fee: RMB 200"); money the applicant advances for a refund (刷单垫付).
      u(
        `(?:交|缴|付|支付|缴纳|交纳|转)\\s*(?:rmb|¥|￥)?\\s*(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)\\s*(?:元|块|rmb)\\s*(?:的)?\\s*[\\u4e00-\\u9fff]{0,6}?(?:费|押金|保证金|定金)`,
      ),
      u(
        `(?:开通|激活|解锁)(?<=(?:充值|预存|缴纳|交纳|支付|付|交|购买|买)${SEP}{0,10}?\\d+\\s*(?:元|块)?${SEP}{0,10}?(?:开通|激活|解锁))${SEP}{0,4}?(?:账号|账户|工号|接单|派单|权限|会员|资格)|(?:开通|激活|解锁)${SEP}{0,6}?(?:账号|账户|工号|接单|派单|权限)${SEP}{0,4}?(?:需|须|要)\\s*(?:先)?\\s*(?:充值|缴纳|交|支付|付)`,
      ),
      u(
        // (The wages word first, the goods looked for behind it: 押金, 工具 and 设备 are common words.)
        `(?:工资|薪资|薪水)(?<=(?:工服|工装|制服|服装|工衣|工作服|工牌|胸牌|工具|装备|设备|押金|成本价|耳机|电脑|手机|平板|套餐|挂靠费|管理费|租车费|车辆租金)(?![^，,。；;]{0,4}免费)${SEP_LIST}{0,20}?(?<!不|不会|无需|不再)从${SEP}{0,8}?(?:工资|薪资|薪水))\\s*(?:中|里)?\\s*(?:逐月|按月|分期|直接)?\\s*(?:扣|扣除|代扣|抵扣)`,
      ),
      // Round on former-blind-30/31 (branch vet3031-fraud): equipment, a package or an affiliation charge above (耳机, 电脑,
      // 套餐, 挂靠费, 管理费), and in English goods or a rental with a price, deducted or taken from the wages ("Headset and
      // laptop package CNY 1,980 deducted from your first salary"); tax, insurance and "nothing is deducted" stay clean.
      /\b(?:uniforms?|headsets?|laptops?|computers?|phones?|devices?|equipment|kits?|tools?|packages?|vans?|vehicles?|cars?|bikes?|scooters?|rental|deposits?|admin(?:istration)?\s+fees?|registration\s+fees?)\b(?:(?!\b(?:not|never|nothing|no|free|tax|insurance)\b)[^.;]){0,40}?(?:(?:rmb|cny|usd|gbp|eur|myr|sgd|hkd|php|thb|inr|\$|¥|£|€)\s*\d|\d[\d,.]*\s*(?:rmb|cny|yuan|usd|dollars|元))(?:(?!\b(?:not|never|nothing|no|free)\b)[^.;]){0,30}?\b(?:deducted|taken|withheld|recovered)\s+(?:out\s+)?(?:from|of)\s+(?:your\s+|the\s+)?(?:first\s+|monthly\s+|weekly\s+)?(?:salary|wages?|pay(?:checks?|cheques?)?|earnings)\b/u,
      u(
        `(?:需|须|要|必须)(?<!(?:客户|顾客|学员|会员|用户|消费者|家长|业主)\\s*(?:需|须|要|必须))\\s*(?:先)?\\s*(?:(?:在|向|从)[^，,。；;]{0,6}?)?\\s*(?:统一)?\\s*(?:自行)?\\s*(?:自购|购买|购置|自费购买|买)${SEP_LIST}{0,16}?(?:[(（][^)）]{0,12}?\\d+\\s*(?:元|块)|\\d+\\s*(?:元|块))`,
      ),
      /\b(?:must|need\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to)(?<!\b(?:customers?|clients?|guests?|members?|users?|buyers?|tenants?|passengers?|students?|parents?|we|they)\s+(?:must|need\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to))\s+(?:buy|purchase|rent|pay\s+for)\b[^.;]{0,60}?(?:(?:rmb|cny|usd|\$|¥)\s*\d|\d[\d,.]*\s*(?:rmb|cny|yuan|usd|dollars|元))/u,
      // Eleventh round (former-blind-14, branch vet14-fraud): goods bought from the employer for a price ("buy their uniform
      // and dash cam from us for 1,200 yuan"); a bare "pay N for …" said to the applicant ("Pay 50 yuan for the software
      // licence"), not the employer's or a client's pay.
      /\b(?:buy|buys|purchase|purchases|rent|rents)\b(?<!\b(?:we|they|company|customers?|clients?|guests?|buyers?|shoppers?|members?|users?|tenants?|passengers?|students?|parents?|visitors?)\s+(?:can\s+|may\s+|will\s+|also\s+)?(?:buy|buys|purchase|purchases|rent|rents))[^.;]{0,50}?\bfrom\s+(?:us|the\s+(?:company|depot|station|agency)|our\s+(?:company|store|shop|office|depot|station|agency))\b[^.;]{0,12}?(?:(?:rmb|cny|usd|\$|¥)\s*\d|\d[\d,.]*\s*(?:rmb|cny|yuan|usd|dollars|元))/u,
      /\bpay\s+(?:us\s+)?(?:rmb|cny|usd|¥|\$)?\s*[1-9][\d,.]*\s*(?:yuan|rmb|cny|usd|dollars|元)?\s+(?:for\s+(?!each\b|every\b|per\b|all\b)(?:the|a|an|your)\s|to\s+(?:unlock|activate|register|get|receive|start|access|join)\b)(?<!\b(?:we|they|company|employer|clients?|customers?|brands?|platform|which|that|i)(?:'ll|\s+will|\s+also|\s+then|\s+can)?\s+pay\s+[^.;]{0,40})/u,
      /\b(?:registration|background[-\s]check|screening|processing|application|admin(?:istrative)?|agency|placement|onboarding|training|uniform|badge|exam|medical|verification|activation|joining|entry|service|material|kit|equipment)\s+(?:and|&|\/|\+)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:fees?|charges?)\s*[:：]?\s*(?:rmb|cny|usd|us\$|\$|¥)\s*\d/u,
      u(
        `(?:垫付|垫资|垫钱|垫款)(?<=(?:先|需|须|要|自行|自己)\\s*(?:先)?\\s*(?:垫付|垫资|垫钱|垫款))${SEP_LIST}{0,12}?(?:返还|返|退还|本金|佣金)|(?:垫付|垫资|垫款)(?<!(?:公司|单位|我司|企业|平台|商家)\\s*(?:先行|统一|全额)?\\s*(?:垫付|垫资|垫款))\\s*(?:商品|货|订单)?\\s*(?:款|金额|货款)?${SEP}{0,6}?(?:后|之后)\\s*(?:再)?\\s*(?:返还|返|退还)\\s*(?:本金|货款|佣金)`,
      ),
      // Round on former-blind-16 (branch vet16-fraud): the applicant's own money paid first for goods or orders and
      // handed back after ("首单需自己先付款购买商品，完成评价后返款", "先垫付订单金额（500-3000元），每单返现10%"); a paid
      // test before the interview in English ("our paid translation assessment (CNY 198)"); an amount before a fee's
      // name in quotes ('a one-off CNY 500 "seat reservation fee"').
      u(
        `先(?<!(?:公司|单位|我司|企业|平台|商家|客户|顾客|买家|用户)\\s*(?:会|将|可)?\\s*先)\\s*(?:自行)?\\s*(?:付款|垫付|垫资|垫钱|垫款|自费|支付)${SEP_LIST}{0,28}?(?:返款|返还|返现|返本|返佣|返给|退给|还给)`,
      ),
      // (Round on former-blind-40..43 (branch vet4043-fee): not a paid test the employer gives the applicant, "we give you a
      // 1-hour paid test (RMB 200)": the money goes to the applicant.)
      /(?<!\b(?:reimburse|cover|refund|fund|sponsor|pay\s+for)s?\s+(?:the\s+|your\s+|any\s+)?)(?<!\b(?:give|gives|offer|offers|pay|pays)\s+(?:you|every\s+\w+|each\s+\w+|all\s+\w+|candidates|applicants|finalists)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})\bpaid\s+(?:\w+\s+){0,3}?(?:assessments?|tests?|exams?|evaluations?|screenings?)\b[^.;]{0,30}?(?:(?:rmb|cny|usd|\$|¥)\s*\d|\d[\d,.]*\s*(?:rmb|cny|yuan|元))/u,
      /\b(?:a|an)\s+(?:one[-\s](?:off|time)\s+|(?:non[-\s])?refundable\s+|small\s+|mandatory\s+)?(?:rmb|cny|usd|us\$|\$|¥)\s*\d[\d,.]*\s*["'“”‘’]\s*(?:[a-z-]+["'“”‘’]?\s+){0,3}?(?:fee|deposit|charge)\b(?<!\b(?:customers?|clients?|guests?|members?|users?|buyers?|tenants?|passengers?|students?|parents?|we|they|company|charges?\s+\w+)\s+(?:pay|pays|paid|charge|charged)?\s*(?:a|an|the)\s+[^.;]{0,60})/u,
      // … and in Chinese a transfer of an amount for a fee, the fee's name in quotes ("请转账99元“建档费”到财务").
      u(
        `(?:转账|汇款|打款)(?<!(?:公司|单位|我司|企业|平台)\\s*(?:每月|统一|会|将)?\\s*(?:转账|汇款|打款))\\s*(?:rmb|¥|￥)?\\s*\\d+(?:\\.\\d+)?\\s*(?:元|块)\\s*(?:的)?\\s*["“「『‘']?\\s*[\\u4e00-\\u9fff]{0,6}?(?:费|押金|保证金|定金)|(?:交|缴|付|支付|缴纳|交纳)\\s*(?:rmb|¥|￥)?\\s*\\d+(?:\\.\\d+)?\\s*(?:元|块)\\s*(?:的)?\\s*["“「『‘']\\s*[\\u4e00-\\u9fff]{0,6}?(?:费|押金|保证金|定金)`,
      ),
      // Ninth round (former-blind-12, branch vet12): a membership bought to get work ("开通会员才能接单"); money advanced
      // to do the first tasks ("需垫资完成新手任务"); kit with a price the new hire pays on the spot ("工牌和制服 cost 200，
      // 入职当天缴纳").
      u(
        `(?:vip|会员|会员卡|年卡)(?<=(?:开通|办理|购买|充值|缴纳|交)\\s*(?:vip|会员|会员卡|年卡))${SEP}{0,12}?(?:才能|才可|方可|才|后)\\s*(?:接单|接任务|领任务|派单|上岗|做任务|开始工作)`,
      ),
      u(
        `(?:需|须|要|先)\\s*(?:先)?\\s*(?:垫付|垫资|垫钱|垫款)${SEP}{0,6}?(?:完成|做|接)\\s*(?:新手|首)?\\s*(?:任务|订单|单)`,
      ),
      u(
        `(?:工牌|胸牌|制服|工服|工装|工衣|工作服|头盔|工具包|装备)${SEP}{0,10}?(?:cost|costs|费用?|价格|收费|共计|合计)\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*\\d{2,}\\s*(?:元|块|rmb|yuan)?${SEP_LIST}{0,16}?(?:缴纳|交纳|现场交|现场缴|自付|自理|不退)`,
      ),
      /\b(?:top[-\s]?up|recharge|deposit|load)\s+(?:rmb|cny|usd|¥|\$)?\s*\d[\d,.]*\s*(?:rmb|yuan|元|dollars)?\s+(?:to|before\s+you\s+can)\s+(?:activate|unlock|open)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:account|orders?|tasks?|job|work\s+id|dispatch)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): the payment itself advanced ("advance the payment yourself and
      // receive the refund plus a 10 % commission", "front the purchase price yourself, refunded with a commission").
      /\b(?:advance|front|prepay|pay\s+for)(?<!\b(?:customers?|clients?|buyers?|users?|who|they|guests?)\s+(?:advance|front|prepay|pay\s+for))\s+(?:the\s+|your\s+)?(?:orders?|goods|purchases?|items?|payments?|purchase\s+price|order\s+(?:amount|value|money))\b[^.]{0,40}\b(?:refund(?:ed)?|reimburs(?:ed|ement)|paid\s+back|returned)\b[^.;]{0,30}\b(?:commission|plus|bonus)/u,
      // Round on former-blind-38/39 (branch vet3839-fraud): a treatment the applicant must have first at a price (a 医美
      // "model" paying for 水光针 or 皮秒 at a "模特价", CONVENTIONS.md); the applicant's own money spent on orders and handed
      // back (刷单: "先用自己的钱下单，佣金和本金一起返还"); an affiliation or management fee taken from the driver's takings
      // ("车辆挂靠费每月1500从流水里扣"); in English the employer's goods bought with their price in brackets ("buy our CAT
      // software licence (USD 39)").
      u(
        `先(?<=(?:需要?|须|要|必须|得)\\s*先)\\s*(?:做|打|体验)${SEP_LIST}{0,16}?(?:模特价|体验价|内部价|优惠价)\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*\\d{2,}`,
      ),
      u(
        `先(?<!(?:公司|单位|我司|企业|平台|商家|客户|顾客|买家|用户)\\s*(?:会|将|可)?\\s*先)\\s*用\\s*(?:自己|个人|本人|你)\\s*的?\\s*(?:钱|资金|账户|支付宝|微信)\\s*(?:先)?\\s*(?:下单|购买|买|付款|拍下)${SEP_LIST}{0,20}?(?:返还|返款|返现|返给|退还|本金)`,
      ),
      u(
        `(?:流水|车费收入|营业额)(?<=(?:挂靠费|管理费)${SEP_LIST}{0,12}?(?:从|在)\\s*(?:每月|每天|每日|当月)?\\s*(?:的)?\\s*(?:流水|车费收入|营业额))\\s*(?:里|中|内)?\\s*(?:扣|扣除|抵扣|直接扣)`,
      ),
      /\b(?:buy|purchase)(?<!\b(?:customers?|clients?|guests?|buyers?|shoppers?|members?|users?|visitors?|tenants?|they|we|who|can|may|could)\s+(?:buy|purchase))\s+(?:our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,4}?\(\s*(?:rmb|cny|usd|us\$|hkd|eur|\$|¥)\s*\d/u,
    ],
    negators: FEE_NEGATORS,
  },
  {
    id: "training_loan",
    namedAsDuty: SCHEME_AS_DUTY,
    severity: "block",
    message: {
      zh: "招转培/培训贷：严禁以招聘为名诱导求职者参加收费培训或办理培训贷款（教育部“三严禁”“五防”）",
      en: "Recruit-then-train / training loan: postings may not lure applicants into paid training or training loans",
    },
    patterns: [
      // Eighth round (former-blind-10/11, branch vet-fraud): the training fee recovered from wages in either order, with
      // a schedule between ("每月工资扣1500元抵扣培训费", "培训费用从上岗后的工资中逐月扣除").
      u(
        `(?:培训费|学费|课程费|学习费)(?<=(?:工资|薪资|薪水|月薪)\\s*(?:中|里)?\\s*(?:每月|逐月|按月|分期|分月)?\\s*(?:扣|扣除|抵扣|扣回)${SEP_LIST}{0,12}?(?:培训费|学费|课程费|学习费))`,
      ),
      u(
        // (Round on former-blind-34/35, branch vet3435-fraud: not a charge taken once from the first month's wage, "培训费500
        // 自己出，从第一个月工资里扣": that is a fee, not a loan.)
        `(?:抵扣|扣)(?<=(?:培训费|学费|课程费|学习费)(?:(?!不|免|无)${SEP_LIST}){0,24}?(?:工资|薪资|薪水|月薪)\\s*(?:中|里)?\\s*(?:每月|逐月|按月|分\\s*\\d+\\s*期|分期|分月|分摊|平摊|分批)?\\s*(?:抵扣|扣))(?<!(?:第一个月|首月|头一个月|第一月)\\s*(?:的)?\\s*(?:工资|薪资|薪水|月薪)\\s*(?:中|里)?\\s*(?:抵扣|扣))(?:除|回)?`,
      ),
      /培训贷|贷款培训|招转培|学费分期|培训分期/u,
      // Tenth round (former-blind-13, branch vet13-fraud): an instalment agreement of any name repaid from the wages, the
      // training's price a sentence or two before ("培训费8800元。可签「就业分期」协议，上岗后工资里扣").
      u(
        `分期(?<=(?:签|签订|签署|办理|申请)${SEP}{0,8}?分期)${SEP}{0,6}?(?:协议|合同)(?<=(?:培训|学费|集训|课程|学徒|实训)[^\\n]{0,60}?(?:签|签订|签署|办理|申请)${SEP}{0,8}?分期${SEP}{0,6}?(?:协议|合同))${SEP_LIST}{0,20}?(?:工资|薪资|薪水|月薪|收入)\\s*(?:中|里)?\\s*(?:每月|逐月|按月|分期|分月)?\\s*(?:扣|扣除|抵扣|扣回)`,
      ),
      /分期\s*(?:付款|支付|缴纳)?\s*(?:培训|学费)/u,
      // (Round on former-blind-40..43 (branch vet4043-fee): not a loan or plan refused after the fee, "学费透明 不做贷款".)
      u(`(?:学费|培训费用?)${SEP}{0,6}?(?<!不\\s*(?:做|办|搞|推|提供|开展)?\\s*)(?:分期|贷款|贷)`),
      u(`先(?:培训|学习|学)\\s*后(?:上岗|就业|入职|推荐|分配)${SEP}{0,12}?(?:费|贷|分期|学费)`),
      u(`(?:学费|培训费)${SEP}{0,12}?(?:推荐就业|包就业|安排就业|保就业)`),
      /包就业|零首付/u,
      // Sixth round (former-blind-8): training the applicant pays for, then the job — "需自费参加公司指定培训（学费2万），
      // 结业后安排上岗", "pay for our course, then we place you".
      u(
        `(?:自费|付费|交费|缴费|学费|培训费)${SEP_LIST}{0,24}?(?:结业|培训结束|学完|毕业|考核通过)\\s*(?:后|之后|以后)?\\s*(?:安排|推荐|分配|包|保)\\s*(?:上岗|就业|工作|入职)`,
      ),
      /(?:签订?|签署|办理)\s*(?:培训)?\s*(?:贷款|分期贷|助学贷)/u,
      /\btraining\s+loans?\b/u,
      // … and a course fee the employer fronts and takes back from the wages, a semicolon between ("We front your course
      // fee; you pay it back in monthly deductions from your wages").
      /\b(?:front|advance|cover|pay)\s+(?:your|the)\s+(?:course|training|tuition|bootcamp)\s*(?:fees?|costs?)?\b(?![^.]{0,80}\b(?:nothing|not|never|no|in\s+full|free)\b)[^.]{0,60}\b(?:pay\s+(?:it|us|this)\s+back|repay\w*|deduct\w*)\b[^.]{0,30}\b(?:wages?|salary|pay(?:checks?)?)\b/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): a share of the salary deducted for months after the course ("18% of
      // your monthly salary is deducted for 24 months"), a "Pay After Placement" scheme.
      /\b\d+(?:\.\d+)?\s*%\s+of\s+your\s+(?:monthly\s+|gross\s+|future\s+)?(?:salary|income|wages?|pay|earnings)\s+(?:is|are|will\s+be|gets?)\s+deducted\s+(?:for|over)\s+(?:\d+|[a-z]+)\s+(?:months|years)\b|\bpay\s+after\s+placement\b/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): an income-share agreement the applicant signs, or a share of their
      // income repaid with words between ("you sign an Income Share Agreement and repay 15% of your internship and first-job
      // income").
      /\byou\s+(?:sign|enter\s+into|agree\s+to)\s+(?:an?\s+)?income[-\s]share\s+agreements?\b|\brepay\s+\d+(?:\.\d+)?\s*%\s+of\s+your\s+(?:[\w-]+\s+){0,4}?(?:income|salary|earnings|wages?)\b/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): the employer financing the course and recovering it by salary
      // deduction ("The airline finances your dispatcher course and recovers it by salary deduction over four years").
      /\b(?:finances?|funds?|fronts?|advances?)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:course|training|tuition|bootcamp|programme|program)\b(?![^.]{0,80}\b(?:nothing|not|never|no|in\s+full|free)\b)[^.]{0,40}?\b(?:recover\w*|claw\w*\s+(?:it\s+)?back|repa\w*)\b[^.]{0,30}?\b(?:salary|wage|payroll)\s+deductions?\b/u,
      // … and a share of the income over years handed to the incubator or agency ("以后直播收入的20%分给孵化方，分三年").
      u(
        `(?:收入|工资|薪资|收益|流水)\\s*的\\s*\\d+(?:\\.\\d+)?\\s*%\\s*(?:分给|交给|上交|给|归)\\s*[\\u4e00-\\u9fff]{1,6}?\\s*[,，]?\\s*(?:分|共|连续|持续)\\s*[一二两三四五六七八九十\\d]+\\s*(?:年|个月|期)`,
      ),
      // Twelfth round (former-blind-15, branch vet15-fraud): the course financed with a lender the employer names ("Finance
      // the 16,000-yuan data course with our lending partner").
      /\b(?:financ\w*|pay\s+for|cover|fund)\s+(?:the\s+|your\s+)?(?:[\w,-]+\s+){0,3}?(?:course|training|bootcamp|tuition|programme|program)\b[^.;]{0,30}\b(?:with|through|via|by)\s+(?:our\s+|a\s+|the\s+)?(?:lending|loan|finance|financing|credit|fintech)\s+(?:partners?|platforms?|providers?|compan(?:y|ies)|institutions?)\b/u,
      // Round on former-blind-16 (branch vet16-fraud): a share of the future wage paid to the trainer for a term (an
      // income-share agreement by any name: "pay 15% of your salary for 24 months once employed", "就业后按月上交工资的15%").
      // ("No tuition up front: you pay 15% …" is the pitch itself, so a negation before it does not cancel it.)
      {
        re: /(?<!\b(?:never|not|don't|won't|no\s+need\s+to|we|company|employer|they)\s+)\b(?:pay|hand\s+over|give|return|remit)\s+(?:us\s+|back\s+)?\d+(?:\.\d+)?\s*%\s+of\s+your\s+(?:future\s+)?(?:salary|income|wages?|pay|earnings)\b(?![^.;]{0,30}\b(?:housing|pension|provident|insurance|social)\b)(?:(?=[^.;]{0,40}\b(?:once|after|when)\s+(?:you(?:'re|\s+are)\s+)?(?:hired|employed|placed)\b)|(?<=\b(?:once|after|when)\s+(?:you(?:'re|\s+are)\s+)?(?:hired|employed|placed)\b[^.;]{0,40}))/u,
        negatable: false,
      },
      // … the course repaid from the paychecks, however many ("repay the course from your first 18 paychecks").
      /\brepay\s+(?:the\s+|your\s+|our\s+)?(?:course|programme|program|bootcamp|training)(?:\s+(?:fees?|costs?|price))?\s+(?:from|out\s+of|with)\s+(?:your\s+)?(?:future\s+|first\s+)?(?:\d+\s+)?(?:salary|wages?|earnings|pay(?:checks?|cheques?|slips?)?)\b/u,
      u(
        `(?:工资|收入|薪资|月薪)\\s*(?:的)?\\s*\\d+(?:\\.\\d+)?\\s*%(?<=(?:就业|入职|上岗|工作)\\s*(?:后|以后|之后)${SEP_LIST}{0,12}?(?:上交|支付|交|返还|缴纳|分给|付给)\\s*(?:每月)?\\s*(?:工资|收入|薪资|月薪)\\s*(?:的)?\\s*\\d+(?:\\.\\d+)?\\s*%)`,
      ),
      /\brepay\s+(?:the\s+|your\s+)?(?:fees?|tuition|costs?|loans?)\s+(?:from|out\s+of|with)\s+(?:your\s+)?(?:future\s+|first\s+)?(?:salary|wages?|earnings|pay(?:checks?)?)\b/u,
      // (branch vet-english, general knowledge of English and Chinglish postings) An income-share agreement by its short
      // name with its share ("ISA model: 17% of monthly income for 30 months once employed"), and a course offered with loan
      // financing ("job-ready training programme with loan financing available").
      /\b(?:isa|income[-\s]share(?:\s+agreement)?)\b[^.;]{0,40}?\b\d+(?:\.\d+)?\s*%\s+of\s+(?:your\s+)?(?:monthly\s+|future\s+|gross\s+)?(?:salary|income|wages?|earnings|pay)\b/u,
      /\b(?:course|training|bootcamp|tuition|programme|program)\b[^.;]{0,40}?\b(?:loan|instal+ment|credit)\s+(?:financing|finance|options?|plans?)\s+(?:is\s+|are\s+)?(?:available|offered|provided|arranged)\b/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): a monthly sum taken from the pay for a term once placed ("After
      // placement, EUR 450 per month is deducted from your salary for 24 months": Pay After Placement by any name); a course
      // fee taken back as a share of future income ("课程费两万，从你以后的直播收入里按20%分成扣"); an income-share agreement
      // signed for a course ("课程费一万二，签“收入分成协议”") and the share of the wage handed over after employment with the
      // wage first ("就业后两年内工资的百分之十五交给机构"). A host's revenue split with the agency names no course.
      /\b(?:after|once|upon|when)\s+(?:you\s+(?:are|get|have\s+been)\s+)?(?:placement|placed|hired|employed)\b[^.;]{0,16}?(?:rmb|cny|usd|eur|gbp|hkd|sgd|myr|aud|¥|\$|€|£)?\s*\d[\d,.]*\s*(?:rmb|cny|usd|eur|gbp|hkd|sgd|myr|aud|yuan)?\s*(?:a|per|each|every)\s+month\s+(?:is|are|will\s+be|gets?)\s+(?:deducted|taken|withheld|docked)\b/u,
      u(
        `(?:扣|抵扣|扣除|扣回)(?<=(?:培训费|学费|课程费|学习费|孵化费)[^。；;\\n]{0,30}?(?:收入|工资|提成|佣金|流水)\\s*(?:里|中)?\\s*按\\s*\\d+(?:\\.\\d+)?\\s*%\\s*(?:的)?\\s*(?:分成|比例)?\\s*(?:扣|抵扣|扣除|扣回))`,
      ),
      /\b(?:costs?|fees?|tuition|course|certificate|training|programme|program)\b[^.;]{0,60}?\b(?:paid|financed|covered|funded|settled)\s+(?:through|via|by|with)\s+[^.;]{0,40}?\bloans?\b[^.;]{0,20}?\bin\s+(?:the\s+)?(?:[a-z]+['’]s\s+|your\s+|their\s+)(?:own\s+)?name\b/u,
      u(
        `(?:收入|工资|薪资)\\s*分成\\s*协议(?<=(?:培训费|学费|课程费|学习费)[^。\\n]{0,30}?(?:收入|工资|薪资)\\s*分成\\s*协议)`,
      ),
      u(
        `(?:就业|入职|上岗)\\s*(?:后|以后|之后)${SEP}{0,8}?(?:工资|收入|薪资|月薪)\\s*的\\s*(?:\\d+(?:\\.\\d+)?\\s*%|百分之[一二三四五六七八九十]+)\\s*(?:上交|交给|付给|分给|返还|给)`,
      ),
    ],
    negators: EMPLOYER_PAYS,
    // "开展反诈宣传，包括刷单、培训贷", "识别虚假招聘、培训贷": naming the scheme to fight it.
    ignoreInSentence: ANTI_FRAUD_NOTICE,
    // A bank's loan duties for its customers ("协助企业开立银行账户、办理贷款"); the applicants' own loans
    // (学员, 求职者) are not carved out.
    allow: [
      // Eighth round (former-blind-10/11, branch vet-fraud): a zero that ends a larger amount ("3000元学习基金", "交200元报名费"
      // are not 0元学习/0元报名); instalment contracts filed as documents; a loan product in the job's title
      // ("助学贷款专员"); learners served with words between ("向有意报名的学员介绍…分期缴费政策").
      /[1-9][\d,]*(?:0|零)\s*元\s*(?:入学|学习|上课|报名|培训)/u,
      // Tenth round (former-blind-13, branch vet13-fraud): refunds and repayments negotiated or chased as the job
      // ("协调退费和协商还款", "催收逾期还款").
      /(?:协商|协调|催收|追讨|提醒|核对)\s*(?:客户|用户|借款人|学员)?\s*(?:的)?\s*(?:逾期)?\s*(?:退费|还款|退款|分期)/u,
      // Ninth round (former-blind-12, branch vet12): complaints and checks about the scheme handled as the job
      // ("排查和处理涉及“培训贷”的客户投诉").
      u(
        `(?:排查|处理|受理|调查|核查|整治|监测|处置)${SEP_LIST}{0,8}?(?:培训贷|招转培|学费分期|培训分期|先学后付)|(?:培训贷|招转培|先学后付)${SEP_LIST}{0,24}?(?:投诉|纠纷|举报|案件|维权)`,
      ),
      u(
        `(?:分期|贷款|培训贷|还款)${SEP}{0,8}?(?:合同|协议|资料|档案|台账|单据|凭证)\\s*(?:的)?\\s*(?:归档|存档|整理|录入|管理|审核|核对|保管|扫描|装订)`,
      ),
      // Twelfth round (former-blind-15, branch vet15-fraud): instalment or loan policies explained as the job ("讲解培训费分期
      // 政策", "宣传助学贷款政策").
      u(
        `(?:讲解|解释|介绍|说明|解答|宣传|解读)${SEP}{0,8}?(?:分期|贷款|助学贷款?)\\s*(?:缴费)?\\s*(?:政策|方案|规则|条款|流程|业务|办法)`,
      ),
      // (Round on former-blind-40..43 (branch vet4043-fee): … a loan's hotline or service desk, "助学贷款热线客服", "student loan
      // hotline agent".)
      // (Round on former-blind-44..47 (branch vet4447-fee): … with the channel between, "助学贷款线上咨询专员"; the applications
      // taken in and checked as the work, "受理生源地助学贷款申请", the state loan known or asked about, "熟悉国家助学贷款政策",
      // "解答学生关于国家助学贷款的问题"; complaints about such loans handled, "Training Loan Complaints".)
      u(
        `(?:受理|审核|审批|办理|初审)${SEP}{0,8}?助学贷款?\\s*(?:申请|业务|材料|资料)|(?:熟悉|了解|解答|答复)${SEP}{0,10}?(?:国家|生源地)?助学贷款?`,
      ),
      /\b(?:training|student)\s+loans?\s+(?:complaints?|disputes?|cases?)\b/u,
      /(?:国家)?(?:助学贷款?|学费贷|培训贷款?|消费贷|信贷|贷款)\s*(?:业务)?\s*(?:(?:线上|在线|电话)\s*)?(?:咨询\s*)?(?:专员|经理|顾问|客户经理|岗|主管|柜员|审批员|审核员|催收员|助理|热线|客服|坐席|hotline|helpline|call\s+cent(?:re|er))/u,
      // Round on former-blind-40..43 (branch vet4043-fee): a centre that refuses to sell loans or instalments ("不做贷款不做分期
      // 推销"), and the scheme named among cases a research or review job collects ("collect cases of … training loans").
      /不\s*(?:做|办|搞|推|提供|开展|推销|办理)\s*(?:任何)?\s*(?:贷款|分期|培训贷|学费贷)[^，,。；;]{0,12}/u,
      u(`为名${SEP_LIST}{0,4}?(?:诱导|诱骗|哄骗|欺骗|骗取)${SEP_LIST}{0,30}`),
      /\b(?:collect\w*|compil\w*|analy[sz]\w*|document\w*|research\w*|stud(?:y|ies|ying))\s+(?:\w+\s+){0,3}?(?:cases?|examples?|reports?|complaints?|data)\s+(?:of|on|about)\b[^.;]{0,120}/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): loans explained to the students and families served, in English
      // ("Explain tuition, scholarships and government student loans to students and parents").
      /\b(?:explain\w*|advis\w*|counsel\w*|introduc\w*|walk\w*\s+(?:\w+\s+)?through)\b[^.;]{0,60}?\bloans?\b[^.;]{0,30}?\bto\s+(?:prospective\s+)?(?:students|parents|families|customers|clients|borrowers|applicants)\b/u,
      u(
        `(?:向|为|帮|给)${SEP}{0,8}?(?:学员|学生|家长|客户|顾客)${SEP}{0,4}?(?:介绍|讲解|解释|说明|推荐|解答|咨询)${SEP_LIST}{0,24}`,
      ),
      u(`(?:协助|负责|帮助|为)${SEP}{0,10}?(?:客户|企业|公司客户|对公|个人客户|用户|小微)${SEP}{0,16}`),
      // Round on former-blind-36/37 (branch vet3637-fraud): a base advanced and taken back from commission ("底薪是预支性质的，每
      // 月从提成中扣回") is the commission-only scheme, not a loan for training.
      u(
        `(?:底薪|基本工资|保底)${SEP_LIST}{0,48}?(?:从|在)\\s*(?:当月|次月|下月)?\\s*(?:的)?\\s*提成\\s*(?:中|里)?\\s*(?:扣回|扣除|抵扣|扣)`,
      ),
      // Round on former-blind-36/37 (branch vet3637-fraud): a car dealer's services to its buyers, the loan listed with the
      // insurance and the plates ("协助办理贷款、保险和上牌手续"), and the student-loan desk or office as the workplace
      // ("助学贷款窗口勤工助学").
      u(`办理\\s*(?:车贷|贷款|按揭|分期)${SEP_LIST}{0,6}?(?:保险|上牌|过户|牌照|验车)`),
      /(?:国家)?助学贷款?\s*(?:窗口|服务窗口|中心|办公室|服务站|咨询台|服务台)/u,
      // A school's student-aid duty: "协助学员办理助学贷款咨询" is the job helping students, not a loan on
      // the applicant (a school's aid centre, former-blind-8).
      u(`(?:协助|负责|帮助|指导)${SEP}{0,8}?(?:学生|学员|同学|家长|借款人)${SEP}{0,6}?(?:办理|申请|咨询)${SEP}{0,16}`),
      // Round on former-blind-22/23 (branch vet2223-fraud): a bank's national student loan handled for students
      // ("为大学生办理国家助学贷款"): 助学贷款 is the state's student aid, never a training loan on the applicant.
      u(
        `(?:为|替|给|帮)${SEP}{0,4}?(?:大学生|学生|在校生|贫困生|借款学生)${SEP}{0,4}?(?:办理|申请|发放)\\s*(?:国家|生源地|校园地)?\\s*助学贷款`,
      ),
      // A job that reviews or services loans for a lender is the lender's work: "培训贷款审核员（消费金融公司）".
      // (Not "学费分期审核通过即可上岗": the applicant's own loan being approved.)
      /(?:培训|教育|学费)?\s*(?:贷款?|分期)\s*(?:申请|业务)?\s*(?:的)?\s*(?:资料)?\s*(?:审核|审批|风控|催收|贷后|客服|产品经理)(?!\s*(?:通过|后|即|成功))(?:员|专员|岗|经理|主管)?/u,
    ],
  },
  {
    id: "paid_internship",
    namedAsDuty: SCHEME_AS_DUTY,
    // Round on former-blind-24/25 (branch vet2425-fraud): the charge named only as what scammers ask ("收"内推费"的都是骗子",
    // "别信那些要内推费的", "（非付费）"). Narrower than ANTI_FRAUD_NOTICE: "我们不是骗子，交3000内推费" still charges.
    ignoreInSentence: PAID_INTERNSHIP_DISCLAIMER,
    severity: "block",
    message: {
      zh: "付费实习：不得向学生收取实习费、内推费或出售实习机会（教育部“五防”）",
      en: "Paid internship: students may not be charged for an internship, referral or internship certificate",
    },
    patterns: [
      // Eighth round (former-blind-10/11, branch vet-fraud): money for a referral ("交钱内推"); money back if no
      // offer comes ("面试不进退款", "refundable only if no offer is received"); an offer sold as a package
      // ("求职辅导+保offer套餐") or paid for once it comes ("签约后付一半", "a success fee … due when the offer
      // arrives"); certificates sold ("实习证明代办，699一份"); a must-pay charge in an internship's sentence
      // even beside a stipend ("合作外企实习，需支付对接服务费880元").
      /(?:交钱|付钱|给钱|掏钱|花钱|交费|付费|缴费|充钱)\s*(?:[,，、]\s*)?(?:内推|进面|实习)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): paying to obtain the internship with words between ("付费即可获得
      // 投行实习机会", "交钱就能拿到大厂内推名额").
      u(
        `(?:付费|交费|缴费|付款|交钱|花钱|掏钱)\\s*(?:后|即可|就能|就可以|便可|可)?${SEP}{0,4}?(?:获得|拿到|换取|锁定|得到|买到)${SEP}{0,8}?(?:实习|内推)\\s*(?:机会|名额|岗位|资格|offer)?`,
      ),
      u(
        `(?:面试|终面|复试|offer|内推|实习|录用|录取|入职|岗位)${SEP_LIST}{0,12}?(?:不|没|未)\\s*(?:进|过|成功?|录|中|拿到\\s*offer)\\s*(?:全额|全款)?\\s*(?:退款|退费|全退|退钱|返还)|(?:拿不到|没拿到|未拿到|没有)\\s*offer\\s*(?:就|即)?\\s*(?:全额|全款)?\\s*(?:退款|退费|全退|退钱|返还)`,
      ),
      /\brefund\w*\b[^.;]{0,20}\b(?:if|unless)\s+(?:no|you\s+(?:don't|do\s+not|fail\s+to)\s+(?:get|receive|land))\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:offer|job|placement|internship)s?\b|\b(?:no\s+offer|not\s+hired|not\s+placed)\s*[,;—-]?\s*(?:full\s+|money\s+)?(?:refund|back)\b/u,
      /(?:保|包|保证)\s*offer\s*(?:的)?\s*(?:套餐|服务|计划|项目|班|课程|产品|礼包|方案)|(?:求职|就业)\s*(?:辅导|陪跑|服务)\s*[+＋和与]?\s*(?:保|包)\s*offer/u,
      u(
        `(?:拿到|收到|获得)\\s*offer\\s*(?:后|之后)\\s*(?:再)?\\s*(?:付|支付|交|缴|结清)|(?:签约|录用)(?<!(?:客户|甲方|业主|顾客|用户)${SEP}{0,6}(?:签约|录用))\\s*(?:后|之后)\\s*(?:再|先)?\\s*(?:付|支付|交|缴)\\s*(?:一半|尾款|余款|剩余|全款)`,
      ),
      /\b(?:success|placement|referral|finder'?s)\s+fees?\b[^.;]{0,40}\b(?:due|payable|paid|charged)\s+(?:when|once|after|upon)\s+(?:the\s+|you\s+|your\s+)?(?:offer|hire|hired|placement|receive|get|sign)/u,
      /(?:代办|代开|代写|包开|出售|售卖)\s*实习(?:证明|鉴定|盖章|报告)|实习(?:证明|鉴定|盖章|报告)\s*(?:代办|代开|代写|包开|出售)/u,
      // A seat bought in quotes ("需购买“实习名额”"), and coaching that guarantees a placement ("求职辅导可保送，费用1.98万";
      // former-blind-7's misses of the same classes).
      /(?:购买|花钱买|出钱买|买)\s*["“'‘「『]?\s*(?:实习|内推)\s*(?:名额|机会|岗位|证明|资格)/u,
      u(`(?:求职|就业|面试)\\s*(?:辅导|陪跑|服务|培训)${SEP}{0,6}?(?:保送|包进|保进|保录|包录|包offer|保offer)`),
      // Paying, then being placed ("缴费后由导师安排进入…实习"): the money buys the placement.
      u(
        `(?:缴费|交费|付费|付款|交钱|支付)\\s*(?:后|之后|即可)${SEP_LIST}{0,20}?(?:安排|推荐|进入|保送|内推)${SEP_LIST}{0,16}?(?:实习|内推|面试)`,
      ),
      u(`实习(?:证明|鉴定|盖章)${SEP_LIST}{0,12}?\\d{2,}\\s*(?:元|块)?\\s*(?:\\/|一|每)\\s*(?:份|张|个)`),
      u(
        `实习${SEP_LIST}{0,16}?(?<![无不免毋]|[不无毋]需)(?:需|须|要|先|必须)\\s*(?:先)?\\s*(?:支付|缴纳|交纳|交|缴|付)(?:(?!路费|交通|餐|住宿|房租|社保|保险|食宿|差旅|个税)${SEP}){0,10}?(?:费|\\d+\\s*(?:元|块))`,
      ),
      /付费实习|实习费|付费内推|内推费|实习推荐费/u,
      // Round on former-blind-17 (branch vet17-fraud): referral codes, slots or offers sold, or priced per piece ("出售阿里、
      // 美团运营岗内推码，一码198元", "转让实习名额", "内推码 99元一个", "referral codes for sale", "buy a referral code").
      u(
        `(?:出售|售卖|代售|转让|低价出|批发)${SEP_LIST}{0,16}?(?:内推码|内推名额|内推机会|内推资格|实习名额|实习机会|实习岗位|实习offer)|(?:内推码|内推名额|实习名额)${SEP}{0,8}?(?:\\d+\\s*(?:元|块)|[一每]\\s*(?:码|个|份|位)\\s*\\d+)`,
      ),
      /\b(?:sell\w*|buy\w*|purchas\w*)\s+(?:\w+\s+){0,3}?(?:referral|internship)\s+(?:codes?|slots?|seats?|spots?|places?)\b|\b(?:referral|internship)\s+(?:codes?|slots?|seats?)\s+(?:for\s+sale|on\s+sale|cost|at\s+(?:rmb|cny|usd|¥|\$))/u,
      /\bpay\b[^.;]{0,30}\bonly\s+(?:once|when|after|if)\s+(?:you\s+(?:are|get|have\s+been)\s+)?(?:hired|placed|employed|offered|admitted)\b/u,
      // Tenth round (former-blind-13, branch vet13-fraud): a charge that falls due only if the referral or offer succeeds
      // ("内推成功收费6800元，未通过不收费", "上岸后再付费", "录用成功才收取服务费").
      // Twelfth round (former-blind-15, branch vet15-fraud): … with the success before the hire ("内推大厂：成功入职后收取一个月
      // 工资作为服务费"), and a refund "if not hired".
      u(
        `(?:成功|顺利)(?<=(?:内推|实习|offer)${SEP_LIST}{0,20}?(?:成功|顺利))\\s*(?:入职|录用|上岸|拿到\\s*offer)\\s*(?:后|之后)\\s*(?:再|才|方)?\\s*(?:收费|付费|收取|交费|缴费)`,
      ),
      /\brefund\w*\s+(?:\w+\s+){0,2}?(?:if|unless)\s+(?:you\s+are\s+|you're\s+)?not\s+(?:hired|placed|offered|admitted|accepted)\b/u,
      u(
        `(?:成功|通过|到手)(?<=(?:内推|推荐|录用|录取|offer|上岸|入职)\\s*(?:成功|通过|到手))\\s*(?:后|之后)?\\s*(?:再|才|方)?\\s*(?:收费|付费|收取|交费|缴费)`,
      ),
      // (The refusal's 不 is the pattern's own word: "未通过不收费" is the sales pitch, not a negation.)
      {
        re: u(
          `(?:收费|收取费用|收钱)(?<=(?:内推|推荐|面试|录用|offer)${SEP}{0,4}?(?:未|没|不)\\s*(?:通过|成功|录用|录取)\\s*(?:不|免|则不)\\s*(?:收费|收取费用|收钱))`,
        ),
        negatable: false,
      },
      // Ninth round (former-blind-12, branch vet12): a fee named after the referral or placement with a word between
      // ("内推感谢费", "实习资源对接费"), and tuition for an internship programme in English.
      /(?:内推|实习)\s*(?:感谢|对接|资源|渠道|介绍|中介|咨询|机会|岗位)\s*(?:资源|渠道|对接|服务)?\s*费/u,
      /\b(?:tuition|fees?|price|cost)\s+(?:for|of)\s+(?:the\s+|this\s+|our\s+)?(?:\w+\s+)?internship\b|\binternship\s+(?:programme|program)\s+(?:tuition|costs?|price)\b/u,
      // Seventh round (former-blind-9): a charge named after the internship ("实习管理费500元", "internship admin fee").
      /实习\s*(?:管理|服务|指导|鉴定|证明|推荐|报名|名额|申请|安排|岗位|保证)费|\binternship\s+(?:admin(?:istration)?|management|placement|application|service|programme|program)\s+fees?\b/u,
      u(`实习(?:证明|名额|机会|岗位|推荐)${SEP}{0,6}?(?:收费|付费|需缴|需交|需付|缴纳|交纳)`),
      // (Round on former-blind-36/37 (branch vet3637-fraud): not the insurance an employer buys for the internship's duration,
      // "为实习生购买实习期间意外伤害保险".)
      /(?:购买|花钱买|花钱|出钱)\s*(?:实习|内推)(?!\s*(?:期间|阶段))/u,
      /\bpay(?:ing)?\s+for\s+(?:an?\s+|the\s+)?internship\b/u,
      /\binternship\s+fees?\b/u,
      /\bpay[-\s]to[-\s]intern\b/u,
      // Buying the placement or the offer itself: "Pay for placement: premium package USD 3,999", "付费保offer".
      /\bpay(?:ing)?\s+(?:for|to\s+get)\s+(?:an?\s+|the\s+|your\s+)?(?:job\s+)?(?:placements?|offers?|referrals?)\b|\b(?:placement|referral|offer)\s+(?:fees?|packages?)\b[^.;]{0,30}(?:rmb|usd|¥|\$|\d)/u,
      /(?:付费|花钱|交钱|缴费)\s*(?:保|包|买|换|拿)\s*(?:offer|录用|名额|岗位)/u,
      // Proof of an internship nobody attends: "无需到岗，三天出件", "no need to show up, certificate in 3 days".
      u(`(?:无需|不用|不需要?|免)\\s*(?:到岗|到场|实习|上班|坐班)${SEP_LIST}{0,12}?(?:出件|出证|拿证|证明|盖章|鉴定)`),
      /\bno\s+(?:need\s+to\s+)?(?:attendance|show\s+up|actual\s+work)\b[^.;]{0,40}\b(?:certificate|letter|proof)\b/u,
      // (branch vet-english, general knowledge of English and Chinglish postings) A charge named in an internship's
      // sentence with its amount ("remote internship with a US startup, tuition 2,999 USD", "internship at Tencent via our
      // referral, service charge 8,000") or said as the reader paying ("paid internship program (you pay us)").
      /\binternships?\b[^.;]{0,60}?\b(?:tuition|service\s+(?:charges?|fees?)|package\s+price|(?:programme|program)\s+(?:fees?|price))\b[^.;\d]{0,12}?(?:rmb|usd|¥|\$|\d)|\binternships?\b[^.;]{0,60}?\byou\s+pay\s+us\b/u,
    ],
    allow: [
      // Round on former-blind-17 (branch vet17-fraud): a charge the job collects from others ("负责向客户收取内推费并开具收据",
      // "collect the referral fee from customers"): the fee's money-flow role as a duty, as for `fee`.
      u(`(?:负责|协助)${SEP}{0,10}?(?:向|从)\\s*[\\u4e00-\\u9fff]{0,6}?(?:收取|收)${SEP}{0,16}`),
      /\b(?:collect|process|handl|refund)\w*\s+(?:\w+\s+){0,3}?(?:fees?|deposits?|payments?|charges?)\s+from\s+(?:the\s+|our\s+)?(?:customers|clients|companies|employers|partners|members|users)\b/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): an employee referral programme pays the staff who refer
      // ("staff receive RMB 5,000 when a referred hire passes probation").
      /\b(?:employee|staff|internal)\s+referral\s+(?:programme|program|scheme|bonus|reward)s?\b[^.;]{0,80}|\b(?:staff|employees|colleagues|referrers|team\s+members)\s+(?:will\s+)?(?:receive|earn|get|are\s+paid)\b[^.;]{0,60}/u,
    ],
    negators: EMPLOYER_PAYS,
  },
  {
    // Block: MoE bans "高薪/保录" hype outright; it is false information, not a matter of taste.
    id: "hype",
    namedAsDuty: SCHEME_AS_DUTY,
    // Tenth round (former-blind-13, branch vet13-fraud): a commitment demanded of the applicant ("女性应聘者需承诺入职三年内
    // 不生育", "须保证入职后服从安排", "candidates must guarantee …") is not the employer's promise.
    allow: [
      u(
        `(?:需|须|必须|应|应当|要求|需要|并|书面|签字|签署)\\s*(?:本人|员工|应聘者|求职者|候选人|新人|学员)?\\s*(?:书面)?\\s*(?:承诺|保证|确保)${SEP}{0,20}`,
      ),
      /\b(?:promise|guarantee|commit|pledge)\b(?<=\b(?:you|applicants?|candidates?|employees?|staff|new\s+hires?)\s+(?:must|shall|are\s+required\s+to|agree\s+to|need\s+to)\s+(?:\w+\s+)?(?:promise|guarantee|commit|pledge))[^.;]{0,60}/u,
      // Round vet-wechat (general knowledge of WeChat-group and 劳务中介 ads): a monthly figure of four digits, 千 or up to 一两万
      // said to be normal or reachable ("加班多，月入七八千很正常", "成熟主播月入一两万很正常", "月入8000+不是梦"), and a day's
      // pay of three to five hundred for physical work ("勤快的日入五百"), are no income out of proportion (tests/corpus/
      // CONVENTIONS.md, blind15: hype is an income or wealth promise out of proportion; blind24: a five-figure month is not).
      // 过万 and more stay the hype patterns' (the sets label "月入过万不是梦"), as does anything with "+" on a day.
      u(
        `(?:月入|月薪|月收入|月赚|收入|工资|到手|综合)\\s*(?:能|可以?|也能)?\\s*(?:拿|有|达到)?\\s*${MODEST_MONTH}\\s*(?:多|左右|出头|以上|\\+)?${SEP}{0,4}?(?:很正常|很平常|是常态|很常见|不是问题|没问题|不成问题|稳稳的?|妥妥的?|不是梦|不难)`,
      ),
      // … and a group-buying or agency post saying the reader invests nothing ("团长招募，零投入零风险", "零成本无风险，无需囤货"):
      // no money risked, not a return promised (a return named after it stays hype).
      u(
        `(?:零投入|零成本|零门槛投入|无需投入|不用投资|无需囤货|不用囤货|零囤货)${SEP}{0,3}?(?:零风险|无风险)(?!${SEP_LIST}{0,10}?(?:高回报|高收益|回报|收益|赚|挣|收入|月入|日入|翻倍))`,
      ),
      /(?:日入|日赚|一天(?:能|就能|可以)?赚|每天(?:能)?赚)\s*(?:[三四]\s*百|[34]\d{2}|五百|500)(?![\d+＋多]|\s*(?:[-–~～到至]|元?\s*(?:以上|起))|[^，,。；;!！?？\n]{0,4}?(?:不是梦|轻松|轻轻松松|不难))/u,

      // (branch vet-english, general knowledge of English and Chinglish postings) Financial freedom or passive income as what
      // clients or users are helped with, not what the job pays: "help clients plan for financial freedom", "an app that
      // helps users track passive income from dividends".
      /\b(?:help\w*|advis\w*|assist\w*|guid\w*|coach\w*|serv\w*)\s+(?:our\s+|the\s+)?(?:clients|customers|users|investors|households|families|members)\b[^.;]{0,30}?\b(?:financial\s+freedom|passive\s+income)\b/u,
      // Round on former-blind-40..43 (branch vet4043-contact): a pass or a place guaranteed and priced in the same sentence or
      // the next ("包过面试。打点费10万", "包过体检。代办费5000元", "全程包过……不过全额退费") is the fee's guarantee, labelled
      // `fee` (CONVENTIONS.md, "A guarantee sold with a fee"), not a promise of income.
      // Round on former-blind-48/49 (branch vet4849-contact): "unlimited earnings (potential)" in the sentence that says the
      // pay is commission only ("Commission-only role, no fixed salary, unlimited earnings potential") describes the
      // uncapped commission, labelled fraud.commission_only (CONVENTIONS.md, blind44, blind46, blind49); a figure or
      // another promise beside it is still hype.
      /\b(?:commission[-\s]only|no\s+(?:fixed|basic|base)\s+(?:salary|pay|wage))\b[^.;!]{0,60}?\bunlimited\s+(?:earnings?|income)(?:\s+potential)?\b|\bunlimited\s+(?:earnings?|income|earning)(?:\s+potential)?\b(?=[^a-z0-9\u4e00-\u9fff]{0,6}(?:commission[-\s]only|no\s+(?:fixed|basic|base)\s+(?:salary|pay|wage))\b)/u,
      /(?:包过|保过|保录取?|包录取?|保转正|包转正)[^。；;!！?？\n]{0,30}?(?:[。；;]\s?[^。；;!！?？\n]{0,12}?)?(?:费|定金|订金|押金|保证金)(?!\s*(?:全免|全包|报销|由公司|公司承担|免收))/u,
    ],
    ignoreInSentence: HYPE_NOTICE,
    severity: "block",
    message: {
      zh: "虚假夸大宣传：不得使用“保录”“高薪日结”“月入过万轻松”等夸大或诱导性用语（教育部“三严禁”）",
      en: "Misleading hype: postings may not promise guaranteed hiring or easy high pay",
    },
    patterns: [
      // Round on former-blind-44..47 (branch vet4447-contact): wealth promised by a few years' work in Cantonese and Mandarin
      // (a luxury car or a flat: "两年就揸跑车", "三年买楼唔系梦"), and a million-a-year average or first-year income
      // ("销售人均年薪百万", "首年年收入过三百万").
      /(?:[一二两三四五\d]\s*年|半年)[^，,。；;!！?？\n]{0,6}?(?:开|揸|买|换|供)(?<!申请\s*(?:开|揸|买|换|供))\s*(?:ferrari|法拉利|保时捷|porsche|lamborghini|兰博基尼|跑车|豪车|名车|楼|房|别墅)(?!\s*(?:补贴|补助|津贴|贷款|资格|指标|优惠))|(?:买楼|买房|上车)\s*(?:唔系|不是)\s*梦/u,
      u(
        `(?:平均|人均|普遍|轻松|第一年|首年)${SEP}{0,8}?(?:年薪|年收入|年入)\\s*(?:超过|超|过|达到?|逾|有)?\\s*(?:[一二两三四五六七八九几数]\\s*百万|百万|千万|[1-9]\\d{2,}\\s*万)`,
      ),
      // Round on former-blind-40..43 (branch vet4043-contact): wealth reached by an age, said of past recruits ("already
      // millionaires before 27").
      /\bmillionaires?\s+(?:before|by)\s+(?:the\s+age\s+of\s+|age\s+)?\d{2}\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): wealth or retirement within a stated short time ("Retire in
      // three years", "Become a crypto millionaire in two years", "三年就能退休"), a month's pay above a year of someone
      // else's ("Make more money in one month than your parents make in a year", "一个月赚的比别人一年还多"), and an
      // ordinary role said to reach a high income too ("理货员也能年入五十万").
      /\bretire\s+(?:early\s+)?(?:in|within|after)\s+(?:just\s+|only\s+)?(?:\w+|\d+)\s+(?:years?|months?)\b|\b(?:become|be|turn\s+into|make\s+you)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:millionaire|multi-?millionaire|rich)\b[^.;]{0,20}?\b(?:in|within)\s+(?:just\s+|only\s+)?(?:\w+|\d+)\s+(?:years?|months?|weeks?)\b|\b(?:make|earn)\s+more\s+(?:money\s+)?in\s+(?:one|a|1|a\s+single)\s+(?:month|week|day)\s+than\b[^.;]{0,40}?\b(?:a|one|1|ten|10)\s+(?:year|decade)s?\b/u,
      u(
        `(?:[一二两三四五\\d]+\\s*年|几年)\\s*(?:就|即可|便)?\\s*(?:能|可以?)?\\s*(?:退休|财务自由|躺平|成为(?:百万|千万)富翁)|(?:一个月|一月|一周|一天)\\s*(?:赚|挣)\\s*(?:的)?\\s*(?:钱)?\\s*(?:比|顶|抵)${SEP}{0,10}?(?:一年|一整年|十年|半年)|(?:也能|都能|照样|一样能)\\s*(?:年入|月入|日入|年赚|月赚|年薪)\\s*(?:过|超)?\\s*(?:[一二两三四五六七八九十百几]+|\\d+)\\s*(?:万|w)`,
      ),
      // Round on former-blind-18 (branch vet18-fraud): one deal's, day's or month's earnings set above a year's wage ("一单赚的
      // 比你一年工资还多", "一个月收入比普通人全年工资还高", "one deal pays more than your annual salary"); a monthly range
      // whose top is six figures, in English ("Earn anywhere from 8K to 200K monthly"), and the sky as the income's limit.
      u(
        `比\\s*(?:你|您|别人|普通人|上班族|打工人|同龄人|一般人)?\\s*(?:的)?\\s*(?:一年|全年|一整年|半年|几年|十年|一辈子)\\s*(?:的)?\\s*(?:工资|收入|薪水|年薪|工钱)\\s*(?:还|都|更)?\\s*(?:多|高)`,
      ),
      /\b(?:more|higher)\s+than\s+(?:your|a|an|most\s+people['’]s|the\s+average)\s+(?:whole\s+|entire\s+|full\s+)?(?:annual\s+(?:salary|income|pay)|year['’]?s\s+(?:salary|pay|wages?|income)|yearly\s+(?:salary|income|pay))\b/u,
      /\b\d+(?:\.\d+)?\s*k\s*(?:to|-|–|~)\s*[1-9]\d{2,}\s*k\s*(?:monthly|a\s+month|per\s+month|\/\s*month)\b|\b(?:earn\w*|income|pay|commissions?)\b[^.;]{0,60}\bthe\s+sky['’]?s\s+the\s+limit\b/u,
      // Round on former-blind-17 (branch vet17-fraud): a monthly income of six figures or more claimed outright ("顶尖销售月入
      // 20万", "月赚10w+": 月入 is a claim, not a 月薪 band), and wealth milestones by date, the car then the house ("一年换车两
      // 年换房", "三年买车五年买房").
      // Round on former-blind-18 (branch vet18-fraud): a luxury car or house by a date, named by its brand or kind ("一年后开
      // 宝马", "半年提奔驰", "两年住别墅"), as the car-then-house milestones below.
      u(
        `(?:开|买|提|购|换|住|住上|开上)\\s*(?:上)?\\s*(?:宝马|奔驰|奥迪|保时捷|法拉利|兰博基尼|玛莎拉蒂|路虎|特斯拉|豪车|跑车|别墅|豪宅|大平层)(?<=[一二两三四五六七八九十半\\d]\\s*(?:年|个月)\\s*(?:后|内|之后|以后|就|就能|就可以|便)?\\s*(?:能|可以)?\\s*(?:开|买|提|购|换|住|住上|开上)\\s*(?:上)?\\s*(?:宝马|奔驰|奥迪|保时捷|法拉利|兰博基尼|玛莎拉蒂|路虎|特斯拉|豪车|跑车|别墅|豪宅|大平层))`,
      ),
      /(?:月入|月赚|月收入|月挣)\s*(?:[1-9]\d+(?:\.\d+)?\s*[万w](?![a-z])|[十几]\s*[几]?\s*万|[1-9]\d{5,})(?!\s*(?:以上|以下)?\s*的\s*(?:客户|用户|家庭|人群|会员|业主|高净值|群体))/u,
      u(
        `(?:换|买|提|购)\\s*(?:车|豪车)(?<=[一二两三四五半\\d]\\s*(?:年|个月)\\s*(?:内)?\\s*(?:换|买|提|购)\\s*(?:车|豪车))${SEP}{0,4}?[一二两三四五六七八九十半\\d]\\s*(?:年|个月)\\s*(?:内)?\\s*(?:换|买|购|置)\\s*(?:房|别墅|大house)`,
      ),
      // Eleventh round (former-blind-14, branch vet14-fraud): a colleague's windfall told as what awaits the reader ("进来半年
      // 就全款提了宝马，下一个就是你", "月入三五万的经纪人很正常，肯干你也可以"): the income or the purchase, then the reader.
      u(
        `(?:下一个\\s*(?:就)?\\s*(?:是|轮到)\\s*你|你\\s*也\\s*(?:可以|能行|行)(?=\\s*[！!。，,；;]|\\s*$))(?<=(?:月入|年入|月赚|年赚|提了|买了|全款|过万|上万|[一二两三四五六七八九十\\d]\\s*万)${SEP_LIST}{0,30}?(?:下一个\\s*(?:就)?\\s*(?:是|轮到)\\s*你|你\\s*也\\s*(?:可以|能行|行)))`,
      ),
      // Eighth round, rules alone (former-blind-10/11 misses the learned layer happened to catch): an income figure in 万, w or k with an ease word straight
      // after ("月入3w很轻松"), and a five- or six-figure month in English "k" ("Earn up to 100k RMB a month").
      u(
        `(?:月入|月薪|月赚|月收入|日入|日赚|年入)\\s*${INCOME_AMOUNT}\\s*\\+?\\s*(?:很|也|都)?\\s*(?:轻松|轻轻松松|简单|容易|不难)`,
      ),
      /\b(?:earn|make|take\s+home)\s+(?:up\s+to\s+)?(?:rmb|cny|¥|\$)?\s*(?:[3-9]\d|[1-9]\d{2})\s*k\b\s*(?:rmb|cny|yuan)?\s*(?:a|per|every|each)\s+(?:month|week|day)\b/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): the same month with the thousands written out ("Earn 50,000 a
      // month from your first quarter"); the job as a money machine ("跑单就是印钞机", "this job is your own ATM"); the
      // system earning while the reader sleeps; a windfall shrugged off ("月入两万不是事") and the one chance to turn
      // one's life round ("翻身就靠这一次").
      /\b(?:earn|make|take\s+home)\s+(?:up\s+to\s+)?(?:rmb|cny|¥|\$)?\s*(?:[3-9]\d|[1-9]\d{2}),\d{3}\s*(?:rmb|cny|yuan)?\s*(?:a|per|every|each)\s+month\b/u,
      /(?:印钞机|提款机|摇钱树|聚宝盆)(?<=(?:就是|简直是|堪比|相当于|等于|是|成了|变成)\s*(?:一台|一棵|一个|台|个)?\s*(?:印钞机|提款机|摇钱树|聚宝盆))(?!\s*(?:制造|生产|厂|企业|公司|操作|维修|维护|设备|零件|配件|的?(?:装配|检修|研发)))|\b(?:is|like|becomes?)\s+(?:a|an|your\s+(?:own|personal))\s+(?:money[-\s]printing\s+machine|money\s+(?:machine|printer|tree)|cash\s+(?:machine|cow)|atm|gold\s*mine)\b/u,
      // … and a luxury car or a house bought out of the job, told to the reader ("三年就能在老家全款买房", "明年你就开保时捷",
      // "our top reps buy a new BMW every year").
      u(
        `(?:[一二两三四五六七八九十半\\d]\\s*个?\\s*(?:年|月)|明年|今年|年底)\\s*(?:内)?\\s*(?:你)?\\s*(?:就能|就可以|就|即可|能)${SEP}{0,6}?(?:全款)?\\s*(?:买房|买车|提车|买别墅|开上?\\s*(?:保时捷|宝马|奔驰|奥迪|法拉利|兰博基尼|玛莎拉蒂|豪车|跑车))(?!\\s*(?:补贴|补助|资格|贷款|指标|政策))`,
      ),
      u(
        `(?:动动手指|躺着|手机操作|玩着)${SEP}{0,6}?(?:一天|每天|一个月|每月)?\\s*(?:也|就)?\\s*(?:能|可以)?\\s*(?:赚|挣)\\s*(?:[两三四五六七八九]\\s*百|[一二两三四五六七八九]\\s*千|[2-9]\\d{2,}|过百|上百|几百|过千|上千|几千|[一二两三四五六七八九]\\s*万)|(?:开上了?|提了|全款买了)\\s*(?:保时捷|宝马|奔驰|奥迪|法拉利|兰博基尼|玛莎拉蒂|豪车|跑车|别墅)`,
      ),
      /(?<!\b(?:customers?|clients?|buyers?|guests?|visitors?)\s+(?:who\s+|that\s+)?)\b(?:buy|buys|bought|drive|drives|own|owns|afford)\s+(?:a\s+|an\s+|their\s+|your\s+(?:own\s+|first\s+)?)?(?:new\s+|brand[-\s]new\s+)?(?:bmw|porsche|ferrari|mercedes|benz|lamborghini|lambo|maserati|bentley|rolls[-\s]royce|mclaren|supercar|luxury\s+(?:car|villa|apartment)|villa|mansion)s?\b/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): millions earned by newcomers or in a first year ("Our new hosts earn
      // millions", "earn millions in your first year"), and a large monthly figure for a couple of hours' work or from a
      // beach ("Earn up to USD 50,000 a month working two hours a day"). "Manage a portfolio worth millions" earns nothing.
      /\b(?:earn|earns|make|makes|making|earning)\s+(?:(?:literally|easily|over)\s+)?millions\b(?=[^.;!]{0,30}\b(?:first|1st)\s+(?:year|months?)\b)|(?<=\bnew\s{1,4}(?:hosts|hires|members|agents|staff|recruits|joiners|starters|editors|streamers|sellers)\s{1,4})(?:earn|make)\s+millions\b|\bearn\w*\s+(?:up\s+to\s+)?(?:rmb|cny|usd|\$|¥|€|£)?\s*(?:\d{2,3},\d{3}|\d{5,}|\d+k)\b[^.;]{0,30}?\b(?:working\s+(?:only\s+|just\s+)?(?:one|two|three|an?|1|2|3)\s+hours?|from\s+(?:the\s+)?(?:beach|sofa|couch|bed|pool))\b/u,
      /\b(?:earns?|makes?\s+(?:you\s+)?money|making\s+(?:you\s+)?money|money\s+rolls\s+in|pays?\s+you)\s+(?:for\s+you\s+)?(?:even\s+)?while\s+you\s+(?:sleep|rest|relax)\b/u,
      u(
        `(?:翻身|逆袭|改变命运|发家|暴富)\\s*(?:就)?\\s*(?:全)?\\s*靠\\s*(?:这|此)|(?:不是事儿?|小意思|不在话下|洒洒水)(?<=(?:月入|月薪|月赚|收入|日入|日赚|年入)\\s*(?:[1-9一二两三四五六七八九十几]{1,2}\\s*[万千]|过万|上万|\\d{4,})${SEP}{0,2}?(?:不是事儿?|小意思|不在话下|洒洒水))`,
      ),
      // Eighth round (former-blind-10/11, branch vet-fraud): payback or doubling in an ordinal period ("首月即回本，次月翻倍")
      // and windfall words (暴利); a turnaround for ordinary people and "the only chance"; effort multiplied ("干三个月
      // 顶别人三年"); a big figure as "only the start" and pay for slacking ("摸鱼也能拿高薪"); income doubled or early
      // retirement as what the job achieves ("实现收入翻倍", "做得好可以提前退休").
      // (The payback word first, the period looked for behind it: a digit or numeral starts too many positions.)
      /(?:回本|翻倍|翻番|翻一番)(?<=(?:(?:首月|次月|第[一二三1-3]\s*个?\s*(?:月|周))\s*(?:内)?\s*(?:就能|即可|即|就|可|便)?|(?:当月|[一二两三四五六七八九十半\d]\s*个?\s*(?:月|周|星期|天))\s*(?:内)?\s*(?:即|便))\s*(?:回本|翻倍|翻番|翻一番))|暴利(?!\s*(?:税|行为|查处|整治))|横财|躺赢/u,
      /(?:逆袭|翻身|致富|暴富)(?<=(?:普通人|穷人|草根|小白|打工人|宝妈|学生党|农村娃|屌丝)\s*(?:的)?\s*(?:逆袭|翻身|致富|暴富))|机会(?<=(?:唯一|最后)\s*(?:的)?\s*(?:翻身|逆袭|致富|暴富|改变命运)\s*(?:的)?\s*机会)|千载难逢|(?:逆袭|翻身)\s*(?:的)?\s*(?:唯一|最好|绝佳)\s*(?:机会|机遇)/u,
      /(?:顶|抵|胜过|等于)(?<=[一二两三四五六七八九十半\d]\s*个?\s*(?:月|天|年)\s*(?:顶|抵|胜过|等于))\s*(?:别人|普通人|别家|同行|上班族|你|您|打工人)?\s*(?:干|做|工作|上班|打工|在厂里干|在工厂干)?\s*[一二两三四五六七八九十\d]+\s*(?:年|个月)/u,
      // Round on former-blind-18 (branch vet18-fraud): (the 你 and 上班 above, "做一个月顶你上班三年") and in English a short
      // period or one deal paying more than a year ("A week here pays more than a year at a factory").
      /\b(?:a|one|each|every|your\s+first)\s+(?:day|week|month|deal|sale|order|shift)\b[^.;]{0,30}\b(?:pays?|earns?|makes?|brings?)\s+(?:you\s+)?more\s+than\s+(?:a|one|an\s+entire|a\s+whole|a\s+full)\s+years?\b/u,
      u(
        `(?:只是|仅仅是|才是|只算|仅是)(?<=(?:月入|月薪|收入|年薪|年入)\\s*(?:${INCOME_AMOUNT})?\\s*(?:只是|仅仅是|才是|只算|仅是))\\s*(?:起步|起点|开始|入门|基本操作|小目标)|(?:起步|起点)(?<=(?:年薪|年入|年收入)\\s*(?:百万|千万|[1-9]\\d{2,}\\s*万|[一二两三四五六七八九]\\s*百\\s*万)\\s*(?:起步|起点))`,
      ),
      /(?:摸鱼|躺平|混日子|玩着|睡着)\s*(?:也|都)\s*(?:能|可以|照样)?\s*(?:拿|赚|挣|月入|领)\s*(?:高薪|大钱|钱|工资|过万|上万|[一二两三四五六七八九十\d]+\s*[万千])/u,
      /(?:翻倍|翻番|翻一番|翻几倍|翻两番)(?<=(?:实现|让你|助你|带你|帮你|轻松|就能|即可|保你)(?<!(?:客户|企业|商家|门店|公司|店铺)\s*(?:实现|让你|助你|带你|帮你|轻松|就能|即可|保你))\s*(?:的)?\s*(?:收入|工资|薪资|月薪|薪水|月入)\s*(?:翻倍|翻番|翻一番|翻几倍|翻两番))|提前退休(?<=(?:可以|就能|即可|能|实现|助你|轻松|早日)\s*提前退休)(?!\s*(?:人员|的人|者|职工|员工|政策|手续|待遇))/u,
      // Round on former-blind-30/31 (branch vet3031-fraud): a pass guaranteed for an exam or a course (包过班, 考编/资格证/
      // 科目二…包过, 包过，不过退费) is the course's sales pitch, priced by the fee rule, not a promise about pay.
      // (Round on former-blind-34/35, branch vet3435-fraud: 包包, a bag, is no 包过: "人人过检、包包过机".)
      u(
        `(?<![确担])保录|包录取?|(?:(?<!包)包过|保过)(?<!(?:考编|考公|教资|考证|证|证书|考试|科目[一二三四]?|驾照|学历|冲刺班|培训班?|课程)${SEP}{0,4}?(?:包过|保过))(?![年节夜期班])(?![^。；;\\n]{0,4}?不过${SEP}{0,4}?(?:全额|免费|退|重考|重学))`,
      ),
      // Ninth round (former-blind-12, branch vet12): a large yearly sum guaranteed or given on graduating ("干满一年保底年薪
      // 50万", "毕业即年薪百万"); wealth multiplied ("财富翻十倍"); a day's pay worth a week's; "躺着收"; n-figure monthly
      // income in English.
      u(
        `(?:年薪|年入|年收入)(?<=(?:保底|保证|承诺|确保|稳拿|毕业即|毕业就|入职即|入职就|上岗即|转正即)\\s*(?:年薪|年入|年收入))\\s*(?:百万|千万|[3-9]\\d\\s*万|[1-9]\\d{2,}\\s*万|[三四五六七八九]\\s*十\\s*万)`,
      ),
      /(?:财富|收入|资产|身家)\s*翻\s*(?:[二两三四五六七八九十百几]|\d+)\s*倍|躺着\s*(?:收|拿|领|数钱|挣|收钱)|躺收/u,
      /(?:赚|挣|顶|抵)(?<=(?:做|干|上班)\s*(?:一|1|半)\s*(?:天|小时)\s*(?:就)?\s*(?:能)?\s*(?:赚|挣|顶|抵))\s*(?:别人|普通人)?\s*(?:一|1|两|2)\s*(?:周|个?月|星期)/u,
      /\b(?:six|seven)[-\s]figure\s+(?:monthly|weekly)\s+(?:income|salary|earnings|pay)\b|\b(?:five|six|seven|5|6|7)[-\s]figures?\s+(?:income|salary|earnings|pay)\s+(?:per|a|every|each)\s+(?:month|week)\b/u,
      /高薪日结|日结高薪|躺赚|躺着赚|零门槛高薪|高薪零门槛|一夜暴富|稳赚不赔|年入百万/u,
      /(?:轻松|随便|躺着)\s*(?:月入|月薪|月赚)\s*(?:过万|上万|[1-9]\d*\s*万|\d{5,})/u,
      /月入\s*(?:过万|上万)\s*(?:轻松|不是梦|不难|起步|很简单)/u,
      /(?:日赚|日入)\s*(?:过千|上千|[1-9]\d{3,})/u,
      /(?:百分百|100\s*%)\s*(?:录用|录取|就业|入职)/u,
      // (Round on former-blind-44..47, branch vet4447-contact: not the lure named as what scam ads say, "mule networks
      // recruited through 'easy money' ads".)
      /\bget\s+rich\s+quick\b|\bguaranteed\s+(?:job|offer|admission|placement)\b|\beasy\s+money\b(?!["”'’]?\s+(?:job\s+)?(?:ads?|adverts?|scams?|schemes?|posts?|postings?|lures?))/u,
      // Sixth round (former-blind-8): wealth promised without a figure or with a bare "千" — "Get Rich Fast",
      // "日赚千元", "Unlimited income! Guaranteed six figures", "零门槛暴富机会，错过后悔一辈子".
      /\bget[-\s]rich[-\s](?:quick(?:ly)?|fast|overnight|easily|now)\b|\bunlimited\s+(?:income|earnings?|money|pay|cash)\b|\bguaranteed\s+(?:five|six|seven)[-\s]figures?\b|\b(?:six|seven)[-\s]figures?\s+(?:in|within)\s+(?:your\s+)?(?:first\s+)?(?:\w+\s+)?(?:months?|weeks?|days)\b/u,
      /(?:日赚|日入|日进|日挣|一天赚|每天赚|日结)\s*(?:[一二两三四五六七八九几数]?\s*千|[一二两三四五六七八九几数]?\s*万|过千|上千)|暴富|发大财|快速致富|致富机会|财富密码|(?:错过|不来)\s*(?:了)?\s*(?:就|再)?\s*(?:后悔|等一年)|后悔一辈子/u,
      // An income claim with a big number and an ease word: "在家动动手指，一个月赚三万", "月入两万不是梦".
      u(
        `(?:轻松|随便|躺着|在家|动动手指|无需经验|零基础|不用上班)${SEP}{0,10}?(?:月入|月薪|月赚|日赚|日入|一个月(?:能)?赚|一天(?:能)?赚|赚)\\s*(?:过万|上万|[1-9一二两三四五六七八九十几]\\s*万|\\d{4,}|[1-9五六七八九]\\s*百|过千|上千)`,
      ),
      /(?:月入|月薪|月赚|月收入)\s*(?:[1-9一二两三四五六七八九十几]\s*万|过万|上万|\d{5,})\s*(?:不是梦|轻松|很轻松|很简单|不难)/u,
      // (Round on former-blind-36/37 (branch vet3637-fraud): not the applicant's own pledge for a term after joining, "承诺入职三年内
      // 不生育" — a demand the discrimination rules read.)
      /(?:保证|确保|承诺)\s*(?:百分百|100\s*%)?\s*(?:入职|录用|录取|就业|上岗)(?!\s*(?:[一二两三四五六七八九十\d]+\s*(?:年|个月|周)\s*(?:内|以内)|后|时|前|以后|之后|当天|率|手续|流程|材料|的|起|当月|首月|(?:即|就)\s*(?:为|给|缴纳|缴|购买|签订|签|享受|享有|办理|发放|提供|参加|参保|交)))/u,
      /(?:高薪|工资)\s*轻松\s*(?:拿|赚)/u,
      /(?:月入|月薪|月赚|日赚|日入)\s*(?:[1-9一二两三四五六七八九十几]\s*万|过万|上万|过千|上千|\d{4,})\s*(?:轻轻松松|轻而易举|不费力|很容易)/u,
      u(
        `(?:零门槛|无门槛)${SEP}{0,12}?(?:月入|日赚|日入|月赚)\\s*(?:[1-9一二两三四五六七八九十几]\\s*万|过万|上万|过千|\\d{4,})`,
      ),
      /\bearn\s+(?:up\s+to\s+)?[$¥]?\s*\d+(?:[,.]\d+)?\s*k?\s*(?:rmb|yuan)?\s*(?:a|per|every)\s+(?:month|day|week)\b[^.;!]{0,40}(?:from\s+home|no\s+(?:skills?|experience)|easy|guaranteed)/u,
      // Tenth round (former-blind-13, branch vet13-fraud): a big income for the unskilled, the lack named before the figure
      // ("No skills? No problem — people like you make RMB 30,000 a month").
      /\bno\s+(?:skills?|experience|degree|qualifications?)\b[^.]{0,80}\b(?:make|earn|making|earning|take\s+home)\s+(?:(?:up\s+to|at\s+least|over|more\s+than)\s+)?(?:rmb|cny|yuan|usd|¥|\$)?\s*(?:\d{2,3},\d{3}|\d{5,}|\d+(?:\.\d+)?\s*k)\b/u,
      // Tenth round (former-blind-13, branch vet13-fraud): a floor or a "more than" before the amount ("earn at least CNY
      // 1,500 per day", "make over 800 a day"), and effort said to be nil ("zero effort", "effortlessly", "no effort").
      // (Round on former-blind-44..47, branch vet4447-contact: not a threshold that starts a repayment, "repay a share
      // once you earn over USD 2,000 a month".)
      /\b(?:make|earn|making|earning|take\s+home|get)(?<!\b(?:once|when|if|after|until|unless)\s+(?:you\s+|they\s+)?(?:make|earn|making|earning|take\s+home|get))\s+(?:at\s+least|over|more\s+than|as\s+much\s+as|no\s+less\s+than|a\s+minimum\s+of|upwards\s+of)\s+(?:rmb|cny|yuan|usd|¥|\$)?\s*\d[\d,.]*\s*k?\+?\s*(?:rmb|cny|yuan|dollars|usd)?\s*(?:a|per|every|each)\s+(?:month|day|week|evening|night)\b/u,
      // (effort first, the nil looked for behind it: "no" is the pattern's own word.)
      {
        re: /effort(?<=\b(?:zero|no|without\s+(?:any\s+)?|minimal|little\s+to\s+no)\s*effort)\b(?<=\b(?:earn|make|income|money|cash|paid|pay)\b[^.;!]{0,60}effort)|\beffortless(?:ly)?\s+(?:income|money|cash|earnings)\b|\b(?:earn|make\s+money)\s+effortlessly\b/u,
        negatable: false,
      },
      /\b(?:easy|quick|fast)\s+(?:cash|income)\b|\bguaranteed\s+(?:income|employment|hiring)\b/u,
      // Income promises: a daily figure ("日赚500+"), a monthly one with "+" or a phone ("一部手机月入3万+"),
      // a dream ("年薪百万不是梦"), a lifestyle ("三个月买车买房", "财务自由", "躺着也能赚").
      /(?:日赚|日入|一天(?:能|就能|可以)?赚|每天(?:轻松)?赚)\s*(?:[3-9]\d{2,}|[1-9]\d{3,}|[一二两三四五六七八九]\s*[百千])/u,
      // Easy daily money without a verb: "一天轻松两三百", "每天随便三五百".
      /(?:一天|每天|每日|一晚|一小时)\s*(?:轻松|随便|轻轻松松|躺着|动动手指)\s*(?:就能|就|能|可)?\s*(?:赚|挣|拿|收入|入账|到手)?\s*(?:[两三四五六七八九]\s*[三四五六七八九]?\s*百|[一二两三四五六七八九]\s*千|[2-9]\d{2,}|过百|上百|几百|过千|上千)/u,
      /(?:月入|月赚|月收入)\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几])\s*万\s*\+/u,
      u(`(?:一部手机|手机操作|动动手指|在家|零经验|零门槛|无门槛)${SEP}{0,8}?(?:月入|月赚|日赚|日入|年入)`),
      u(`(?:年薪|年入|月入|月薪|收入)${SEP}{0,6}?不是梦`),
      // Twelfth round (former-blind-15, branch vet15-fraud): the same in mixed text ("Earn 30k/month 不是梦", "月入 50k 很
      // easy").
      u(
        `\\b(?:earn|make)\\b${SEP}{0,16}?不是梦|(?:月入|月赚|月收入|日入|日赚)\\s*${INCOME_AMOUNT}\\s*(?:很|也|都|so)?\\s*(?:easy|easily|轻而易举)`,
      ),
      // Tenth round (former-blind-13, branch vet13-fraud): a home, a car or freedom as the dream ("一年存够首付不是梦").
      u(`不是梦(?<=(?:首付|买房|买车|提车|财务自由|百万|千万|存款|别墅|豪车|房子|车子)${SEP}{0,8}?不是梦)`),
      /买车买房|买房买车|财务自由|财富自由|被动收入|躺着也能赚|躺着(?:也|就)?(?:能|可以)?赚钱/u,
      /\b(?:make|earn)\s+(?:up\s+to\s+)?[$¥]\s*\d[\d,]*\s*k?\+?\s*(?:a|per|every)\s+(?:month|day|week)\b/u,
      /\b(?:earn|make\s+money)\s+while\s+you\s+sleep\b|\bpassive\s+income\b|\bfinancial\s+freedom\b|\b(?:earn|earning|make|making|money|income|cash)\b[^.;!]{0,40}\bfrom\s+your\s+(?:phone|couch|sofa)\b|\bfrom\s+your\s+(?:couch|sofa)\b/u,
      // Returns without risk or effort: "零风险高回报", "一个月回本", "轻松过万", "risk-free income".
      // Payback in any short period ("3个月回本", "两周回本") and a home or car bought from the earnings.
      /回本(?<=(?:[一二两三四五六七八九十半\d]{1,2}\s*个?\s*(?:月|周|星期|天)|当月|半年)\s*(?:内)?\s*(?:就能|即可|就|可)?\s*回本)|(?:赚够|存够|攒够|挣够)\s*[^，,。；;]{0,8}?(?:房|车|首付)/u,
      u(
        `(?:轻松|随便|躺着|动动手指|不费力|轻轻松松)${SEP}{0,6}?(?:年入|年薪|年赚|一年(?:能|就能)?赚)\\s*${INCOME_AMOUNT}`,
      ),
      // Twelfth round (former-blind-15, branch vet15-fraud): big money made easily, a life turned round ("轻松赚大钱，人生从此
      // 逆袭").
      /轻松\s*(?:赚|挣)\s*大钱|(?:人生|命运)\s*(?:从此|就此|即将|马上)\s*(?:逆袭|翻身|改写|开挂)|人生\s*逆袭|逆袭\s*人生/u,
      // … a fortune a day (日入斗金), years of others' pay in months, a first million, a life changed by the money.
      u(
        `日入斗金|月入斗金|(?:赚|挣)(?<=[一二两三四五六七八九十半\\d]\\s*个?\\s*(?:月|天|年)\\s*(?:就能|就|能)?\\s*(?:赚|挣))\\s*(?:到)?\\s*(?:别人|普通人|同行|上班族)\\s*[一二两三四五六七八九十\\d]+\\s*(?:年|个月)`,
      ),
      // Round on former-blind-28/29 (branch vet2829-fraud): a fortune as the worker's income by the day or year (日入过万,
      // 年入千万, 年入五十万 — not a company's or a shop's takings), staff living like billionaires (a Rolls-Royce in the
      // first year, 开法拉利上班, 盖房娶媳妇都够了), earning like a CEO, a million earned or guaranteed (not a budget), and pay of
      // tens of thousands a month after quitting one's job.
      u(
        `(?<!(?:公司|企业|集团|门店|工厂|店铺|店里|营收|营业额|流水|平台)\\s*)(?:日入\\s*(?:过|上|破)?\\s*万|年入\\s*(?:过|上|破)?\\s*(?:千万|几十万|数十万|[五六七八九]十万|[5-9]\\d\\s*万|\\d{3,}\\s*万))|开\\s*(?:法拉利|兰博基尼|劳斯莱斯|宾利|保时捷|玛莎拉蒂)\\s*上班|(?:盖房|盖楼|买房)\\s*(?:子)?\\s*(?:娶媳妇|娶老婆|结婚)\\s*(?:都|也)?\\s*(?:够|不愁)`,
      ),
      /\b(?:you|staff|employees|members|our\s+(?:team|staff|people|members|agents))\s+(?:will\s+|can\s+|all\s+)?live\s+like\s+(?:a\s+)?(?:billionaires?|millionaires?|kings?|royalty|rock\s*stars?)\b|\ba\s+(?:rolls[-\s]royce|ferrari|lamborghini|lambo|bentley|porsche|supercar)\s+(?:in|within|by)\s+(?:your\s+)?(?:first|second|1st|2nd)\s+year\b|\bearn\s+like\s+(?:a\s+)?(?:[\w']+\s+){0,2}?(?:ceo|millionaire|billionaire)s?\b|\b(?:make|makes|earn|earns|earning|take\s+home|pocket)\s+(?:up\s+to\s+)?(?:usd|us\$|hkd|rmb|sgd|aed|eur|gbp|\$)\s*\d+(?:\.\d+)?\s*(?:million|m)\b|\b(?:usd|us\$|hkd|rmb|sgd|aed|eur|gbp|\$)\s*\d+(?:\.\d+)?\s*(?:million|m)\s+(?:in\s+(?:your\s+)?(?:year\s+one|first\s+year)\s+)?guaranteed\b|\bquit\s+(?:their|your)\s+(?:day\s+)?jobs?\b[^.;]{0,40}?\bearn\s+(?:usd|us\$|\$|rmb|hkd|aed|sgd)\s*\d{2,3},\d{3}\s+(?:a|per)\s+month\b/u,
      // Round on former-blind-26/27 (branch vet2627-fraud): wealth as a supercar the pay turns into ("turn their first
      // bonus into a Porsche"), a dream house or car by a young age, millionaires before an age or made by the job ("our
      // coaches become online millionaires"), a first million hit or reached, a life "different from now on" (人生从此不一样).
      // A dealership, customers who bought a Porsche, founders who made their first million, or a home saved for stay clean.
      /\b(?:into|afford|affords)\s+(?:a\s+|an\s+|their\s+(?:own\s+|first\s+)?|your\s+(?:own\s+|first\s+)?)?(?:ferrari|porsche|lamborghini|lambo|bentley|rolls[-\s]royce|maserati|supercar|mclaren)s?\b|\b(?:buy|own|afford)\s+(?:your|their|a)\s+dream\s+(?:house|home|car|villa|apartment)\b|\bmillionaires?\s+(?:before|by)\s+(?:the\s+age\s+of\s+|age\s+)?(?:[12]\d|3[0-5])\b|(?<!\b(?:clients?|customers?|investors?|users?|founders?|buyers?)\s+)\bbecome\s+(?:\w+\s+)?millionaires\b|(?<!\b(?:clients?|customers?|investors?|users?|founders?|buyers?)\s+(?:who\s+|that\s+)?)\b(?:hit|hits|reach|reaches|reached|made|make)\s+(?:their|your|his|her)\s+first\s+(?:million|\$?\s*1\s*m)\b/u,
      u(`(?:人生|命运|生活)\\s*(?:从此|就此)\\s*(?:不一样|不同|改变|腾飞|起飞)`),
      /\b(?:make|earn)\s+(?:your\s+)?(?:first\s+)?(?:a\s+)?(?:million|\d+\s+million)\b|\b(?:change|transform)\s+your\s+(?:life|destiny|fate)\b(?=[^.!]{0,60}(?:\d|\bmoney\b|\bincome\b|\bearn|\brich\b))/u,
      /零风险|无风险\s*(?:高)?(?:收益|回报|赚钱)|稳赚|(?:一个月|当月|三天|一周|半个月|七天)\s*(?:就能|即可)?\s*回本|收益翻倍|日进斗金|轻松(?:过万|上万|赚钱|月入|日入)|动动手指\s*(?:就能|就可以|即可)?\s*(?:赚|挣)/u,
      /\brisk[-\s]free\s+(?:income|returns?|earnings|money)\b|\b(?:double|triple)\s+your\s+income\b|\bget\s+paid\s+to\s+(?:chat|like|watch|scroll|play|shop)\b|\b(?:make|earn)\s+(?:easy|fast|quick)\s+money\b|\bmake\s+money\s+(?:fast|easily|quickly)\b/u,
      // A guaranteed income: the employer promises an amount nobody can promise ("保证月入八千以上",
      // "承诺人人过万", "we guarantee you will earn RMB 20,000").
      u(
        `(?:保证|确保|承诺|包)\\s*(?:你|您|每人|人人|大家)?\\s*(?:都)?\\s*(?:能|可以|可)?\\s*(?:月入|月薪|收入|工资|年薪|年入|日入|到手|拿到|赚到?|挣到?)\\s*(?:达到|超过|不低于|至少)?\\s*${INCOME_AMOUNT}`,
      ),
      /(?:保证|确保|承诺|包)\s*(?:你|您|每人|人人|大家)?\s*(?:都)?\s*(?:过万|上万|破万)/u,
      /\bguaranteed?\s+(?:an?\s+)?(?:monthly\s+|daily\s+|minimum\s+)?(?:income|earnings)\s+of\b|\bwe\s+guarantee\s+(?:that\s+)?you(?:'ll|\s+will)?\s+(?:earn|make|take\s+home)\b/u,
      // A guaranteed outcome the employer does not control: emigration, hukou, a contract, a placement
      // ("保证出国", "保落户", "保证签约留用", "包分配工作"); not a promise about what follows ("保证入职后缴纳社保").
      // Papers and places with a few words between: "保证拿到新加坡工作签证" (not "承诺为员工办理落户").
      // Round on former-blind-26/27 (branch vet2627-fraud): 包 straight before the visa, alone or after other things
      // provided ("包签证", "包吃住和签证", "包吃住包签证"), is an employer abroad providing the work visa, a benefit like 包住; a visa
      // "guaranteed" (保证拿到签证) and 包出国 stay promises.
      u(
        `(?:保证|确保|承诺|包(?!\\s*(?:[\\u4e00-\\u9fff]{1,3}\\s*(?:和|及|与|、|包)\\s*)?(?:工作)?签证)|(?<![确担])保(?![管洁安险存养修护持留密障质]))(?:(?!办理|协助|为|帮)${SEP}){0,8}?(?:出国|出境|签证|落户|户口|(?<!表|报告|预算|计划|方案)编制)(?!\\s*(?:材料|手续|流程|办理|政策|业务|交流|项目|事务|访学|考察|研修|学习))`,
      ),
      /(?:保证|确保|承诺|包|(?<![确担])保)\s*(?:你|您|学员|人人)?\s*(?:能|可以|可|一定)?\s*(?:出国|出境|拿到?签证|落户|拿到?户口|签约|留用|转正|分配(?:工作)?|录用|录取|入职|上岗|就业|拿到?\s*offer|进(?:入)?\s*(?:大厂|名企|世界500强|央企|国企))(?!\s*(?:[一二两三四五六七八九十\d]+\s*(?:年|个月|周)\s*(?:内|以内)|后|时|前|以后|之后|当天|率|手续|流程|材料|即|的|政策|业务|办理|交流|项目|事务|访学|考察|研修|学习))/u,
      // Seventh round (former-blind-9): a floor or a multiple of income promised ("人人保底月入2万", "保证每月收入
      // 不低于3万元", "承诺试用期后收入翻倍", "staff double their salary"), an income said to be normal or assured
      // ("月入两三万很正常，保你挣到钱"), money for clicks ("点赞关注就能赚钱"), and an English amount per day or month
      // beside an ease word whatever the currency's place ("Earn RMB 50,000 a month from home").
      u(
        `(?:保底|保证|确保|承诺)\\s*(?:你|您|每人|人人|大家)?\\s*(?:都)?\\s*(?:每个?月|每天|每日|月)?\\s*(?:的)?\\s*(?:月入|收入|月收入|日入|到手)\\s*(?:达到|超过|不低于|至少|不少于)?\\s*(?:[一二两三四五六七八九十几]{1,2}\\s*万|\\d+(?:\\.\\d+)?\\s*[万w]|过万|上万|破万|\\d{5,})`,
      ),
      u(
        `(?:保证|确保|承诺|保你|包你)${SEP}{0,12}?(?:收入|工资|薪资|月薪|薪水|月入|提成)\\s*(?:就能|能|可以|可|就)?\\s*(?:翻倍|翻番|翻一番|翻两番|翻几倍|(?:增长|提高)\\s*(?:一倍|两倍|[2-9]\\s*倍))`,
      ),
      u(
        `(?:月入|月薪|月赚|收入|日入|日赚|年入)\\s*(?:[1-9一二两三四五六七八九十几]{1,2}\\s*[万千]|过万|上万|\\d{4,})${SEP}{0,2}?(?:很正常|很平常|是常态|很常见|不是问题|没问题|稳稳的?|妥妥的?|随便拿)`,
      ),
      /(?:保你|包你|保证你|让你)\s*(?:能|可以|一定)?\s*(?:赚|挣)\s*(?:到|大)?\s*钱/u,
      // Tenth round (former-blind-13, branch vet13-fraud): a purchase or a fortune guaranteed to the reader ("干满一年保你
      // 买房"), and in English a large monthly sum guaranteed beside no experience or from day one.
      /(?:保你|包你|保证你|让你|帮你)\s*(?:能|可以|一定)?\s*(?:买房|买车|提车|发财|致富|暴富|财务自由|年入百万|月入过万)/u,
      /\bguaranteed?\s+(?:rmb|cny|usd|¥|\$)\s*(?:\d{2,3},\d{3}|\d{5,}|\d+(?:\.\d+)?\s*k)\s*(?:a|per|every)\s+(?:month|week|day)\b(?=[^.]{0,60}\b(?:no\s+(?:experience|skills?|degree)|from\s+day\s+one|anyone|easy|from\s+home)\b)/u,
      /(?:点赞|关注|刷视频|看视频|转发|评论|打卡|签到)\s*(?:、|和|\+)?\s*(?:点赞|关注|转发|评论)?\s*(?:就能|即可|就可以|就|能)\s*(?:赚钱|赚|挣钱|挣|拿钱|领钱|来钱)/u,
      /\b(?:make|earn|making|earning)\s+(?:up\s+to\s+)?(?:rmb|cny|yuan|usd|¥|\$)?\s*\d[\d,.]*\s*k?\+?\s*(?:rmb|cny|yuan|dollars|usd)?\s*(?:a|per|every)\s+(?:month|day|week)\b[^.;!]{0,40}(?:from\s+home|spare\s+time|no\s+(?:skills?|experience)|just\s+(?:your|a)\s+phone|your\s+phone|easy|easily|guaranteed|part[-\s]time|in\s+your\s+sleep)/u,
      /\b(?:double|triple)\s+(?:their|your|his|her)\s+(?:salary|income|earnings|pay)\b|\bguaranteed\s+returns?\b/u,
      // Income for no effort: "躺着也能把钱赚", "睡觉也在赚钱", "不用上班月入过万".
      u(`躺${SEP}{0,6}?(?:赚|挣|收钱|来钱|钱)|(?:睡觉|睡着)\\s*(?:也|都)\\s*(?:能|在)?\\s*(?:赚|挣)`),
      u(`(?:不用|无需|不需要|不必)\\s*(?:上班|坐班|打卡|努力|干活|出门)${SEP}{0,8}?(?:赚|挣|月入|日入|收入)`),
      // … or a big figure in the next clause: "不用坐班，每月照样收入两三万".
      u(
        `(?:不用|无需|不需要|不必)\\s*(?:上班|坐班|打卡|努力|干活|出门)${SEP_LIST}{0,12}?(?:赚|挣|月入|日入|收入)\\s*${INCOME_AMOUNT}`,
      ),
      // A monthly figure written "2W+", "3w+": the plus says "at least", the unit says "ten thousand".
      /(?:月入|月赚|月收入|日入|日赚)\s*\d+(?:\.\d+)?\s*[wk万]\s*\+/u,
      // Lifestyle promises a few words apart: "三个月买车、半年买房", "一年提车".
      u(
        `买车${SEP}{0,8}?买房|买房${SEP}{0,8}?买车|(?:半年|一年|三个月|[一二两三]年)\\s*(?:就|即可|就能)?\\s*(?:提车|全款买|买房|买车)`,
      ),
      // (Round on former-blind-20/21, branch vet2021-fraud: retiring at an age below 56; "retire at 65" in a pension plan is
      // the ordinary age.)
      /\bfinancially\s+(?:free|independent)\b|\bretire\s+(?:by|at|before)\s+(?:age\s+)?(?:[1-4]\d|5[0-5])\b|\bretire\s+(?:early|young|rich)\b|\bquit\s+your\s+(?:9|nine)[-\s]?(?:to[-\s])?(?:5|five)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): the day job quit by anyone ("our managers quit their day jobs"), and
      // earnings said to pass a rich reference person ("make more than their clients' CEOs", "earn more than a surgeon").
      /\bquit\s+(?:your|their|his|her|my|our)\s+(?:boring\s+|old\s+)?(?:day\s+jobs?|9[-\s]?(?:to[-\s])?5s?|office\s+jobs?|corporate\s+jobs?)\b|\b(?:make|makes|earn|earns|making|earning|take\s+home)\s+(?:far\s+|way\s+|much\s+)?more\s+than\s+(?:(?:their|your|his|her|the|a|an|most|our)\s+)?(?:(?:clients?['’]?s?|bosses['’]?|company['’]s?|former)\s+)?(?:ceos?|bosses|boss|doctors?|surgeons?|lawyers?|bankers?|executives?|millionaires?|managers?|parents)\b/u,
      // Round on former-blind-16 (branch vet16-fraud): wealth told as what colleagues already have or what awaits the
      // reader — a fortune earned ("应届生一年赚了一百二十万"), wealth said to be common ("年薪百万的同事比比皆是"), a car
      // bought outright ("一年内你也能全款提车"), monthly income in digits ("六位数的月收入"); in English millionaires made
      // ("became millionaires within two years"), supercars bought or driven by a date ("bought Ferraris", "drive a
      // Porsche by next summer"), n-figure months or wealth, early retirement at an age, a million a year earned, and a
      // big monthly sum for a few hours a day or from a phone.
      u(
        `(?:赚|挣|收入|拿|赚到|挣到)(?<!(?:公司|门店|店铺|企业|集团|工厂|项目|品牌|平台|营收|营业额|利润)[^，,。；;]{0,8})(?<!(?:为|帮|替|给)\\s*(?:公司|客户|企业|门店|品牌|投资人)[^，,。；;]{0,6})(?<!(?:为|帮|替|给)\\s*(?:公司|客户|企业|门店|品牌)?\\s*(?:赚|挣|收入|拿|赚到|挣到))\\s*了\\s*(?:[一二两三四五六七八九十百几]+|\\d+)\\s*万(?<=(?:一年|半年|去年|第一年|当年|头一年|三个月|几个月)${SEP}{0,6}?(?:赚|挣|收入|拿|赚到|挣到)\\s*了\\s*(?:[一二两三四五六七八九十百几]+|\\d+)\\s*万)`,
      ),
      u(
        `(?:比比皆是|大有人在|一抓一大把|遍地都是|多的是|随处可见)(?<=(?:百万|千万|${INCOME_AMOUNT})${SEP}{0,10}?(?:比比皆是|大有人在|一抓一大把|遍地都是|多的是|随处可见))`,
      ),
      u(
        `(?:提车|买车|买房|提房|买别墅)(?<=(?:你|您)${SEP}{0,4}?(?:也|都|就)\\s*(?:能|可以|可|会)\\s*(?:全款)?\\s*(?:提车|买车|买房|提房|买别墅))|全款\\s*(?:提车|买车|买房)(?<=(?:年|月|内)\\s*(?:就|就能|即可|能)?\\s*全款\\s*(?:提车|买车|买房))`,
      ),
      /(?:五|六|七|八|[5-8])\s*位数\s*(?:的)?\s*(?:月收入|月入|月赚|周薪|日入)|(?:六|七|八|[6-8])\s*位数\s*(?:的)?\s*月薪|(?:月收入|月入|月赚|周薪|日入)\s*(?:达到|超过|过|破|轻松|就)?\s*(?:五|六|七|八|[5-8])\s*位数|月薪\s*(?:达到|超过|过|破|轻松|就)?\s*(?:六|七|八|[6-8])\s*位数|(?:日入|日赚|日收入|一天)\s*(?:达到|超过|过|破|轻松|就|稳定)?\s*(?:四|4)\s*位数|(?:四|4)\s*位数\s*(?:的)?\s*(?:日入|日赚|日收入)/u,
      /(?<!\b(?:clients?|customers?|investors?|users?|founders?|buyers?)\s+(?:who\s+|that\s+)?)\b(?:became|becoming|turned\s+into)\s+(?:a\s+)?millionaires?\b|\bmillionaires\s+(?:in|within)\s+(?:\w+\s+)?(?:months?|years?)\b/u,
      /(?<!\b(?:customers?|clients?|buyers?|guests?|visitors?)\s+(?:who\s+|that\s+)?)\bbought\s+(?:themselves\s+)?(?:a\s+|their\s+(?:own\s+)?|new\s+)?(?:ferrari|porsche|lamborghini|lambo|bentley|rolls[-\s]royce|maserati|supercar|sports\s+car|luxury\s+car)s?\b|\b(?:drive|driving|drove|own|owning)\s+(?:a|your\s+own|your\s+first)\s+(?:ferrari|porsche|lamborghini|lambo|bentley|rolls[-\s]royce|maserati|supercar)\s+(?:by|within|in|before)\b/u,
      /\b(?:five|six|seven|eight|5|6|7|8)[-\s]figures?\s+(?:\w+\s+){0,2}?(?:months?|weeks?|wealth|fortunes?|paychecks?)\b|\bearly\s+retirement\s+(?:at|by|before)\s+(?:age\s+)?\d{2}\b|\bticket\s+to\s+(?:early\s+retirement|wealth|riches|financial\s+freedom)\b/u,
      // (branch vet-english, general knowledge of English and Chinglish postings) Seven or more figures within a few
      // years: "seven-figure income within 2 years"; an income said to pass a figure easily ("monthly income easily exceeds
      // 50,000", the English of 月入过万轻松).
      /\b(?:seven|eight|7|8)[-\s]figures?\s+(?:\w+\s+){0,2}?(?:in|within)\s+(?:just\s+|only\s+)?(?:\w+|\d+)\s+years?\b|\b(?:monthly\s+income|income|earnings|pay)\s+(?:easily|effortlessly)\s+(?:exceeds?|tops?|reach(?:es)?|hits?|passes|goes\s+over)\s+(?:rmb\s*|¥\s*|\$\s*)?\d/u,
      /\b(?:earn|make|making|earning)\s+(?:up\s+to\s+)?(?:rmb|cny|usd|¥|\$)?\s*(?:\d{1,3}(?:,\d{3}){2,}|\d+(?:\.\d+)?\s*million|a\s+million)\s*(?:rmb|cny|yuan|dollars|usd)?\s*(?:a|per|every)\s+(?:year|month)\b/u,
      /\b(?:\d+|one|two|three|a\s+few)\s+hours?\s+(?:a|per)\s+day\b[^.;!]{0,40}\b(?:earn|make|take\s+home)\s+(?:up\s+to\s+)?(?:rmb|cny|usd|¥|\$)?\s*(?:\d{2,3},\d{3}|\d{5,}|\d+\s*k)\b|\bfrom\s+your\s+phone\b[^.;!]{0,50}\b(?:earn|make)\s+(?:up\s+to\s+)?(?:rmb|cny|usd|¥|\$)?\s*(?:\d{2,3},\d{3}|\d{5,}|\d+\s*k)\b/u,
      // … n figures reached or earned without a period, or beside a phone or no boss ("hit seven figures", "Six figures
      // from your phone"), parents retired, a windfall followed by "you could be next", a supercar bought by colleagues
      // ("入职半年换保时捷的同事大有人在").
      /\b(?:hit|hits|reach|reached|made|earned|pull\s+in|clear|clears|cleared|banked)\s+(?:six|seven|eight|6|7|8)[-\s]figures?\b|\b(?:six|seven|eight|6|7|8)[-\s]figures?\b(?=[^.;!]{0,40}\b(?:from\s+(?:your\s+)?(?:phone|home|couch|bed|laptop)|no\s+(?:boss|experience|skills?)|in\s+your\s+spare\s+time)\b)|\bretire\s+(?:their|your|my)\s+(?:parents|mom|mum|dad|family)\b/u,
      // … 500 or more "daily" or "weekly" (an adverb, not "a day") beside an ease word ("Earn ¥1000+ daily from home").
      /\b(?:make|earn|making|earning)\s+(?:up\s+to\s+)?(?:rmb|cny|yuan|usd|¥|\$)?\s*(?:[5-9]\d{2}|\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*k)\+?\s*(?:rmb|cny|yuan|dollars|usd)?\s*(?:daily|weekly|nightly)\b[^.;!]{0,40}(?:from\s+home|spare\s+time|no\s+(?:skills?|experience)|(?:just\s+)?(?:with\s+)?your\s+phone|easy|easily|guaranteed|part[-\s]time)/u,
      /(?<!\b(?:clients?|customers?|founders?|investors?|users?|entrepreneurs?)\s+(?:who\s+|that\s+)?)\b(?:make|earn|made|earned)\s+(?:your|their|his|her)\s+first\s+(?:million|\d+\s*(?:million|m))\b/u,
      u(
        `(?:摸鱼|躺平|混日子|玩着|睡着)\\s*(?:也|都)\\s*(?:能|可以|照样)?\\s*(?:年入|年赚|日入|日赚|收入)\\s*${INCOME_AMOUNT}`,
      ),
      /\byou\s+(?:could|can|will|might)\s+be\s+(?:next|the\s+next\s+(?:one|millionaire))\b(?<=\b(?:earned|made|bought|millionaires?|took\s+home|banked|retired)\b[^.!]{0,80})/u,
      /\b(?:cleared|made|earned|banked|took\s+home|pulled\s+in)\s+(?:rmb|cny|usd|¥|\$)?\s*(?:\d{2,3},\d{3}|\d{5,}|\d+(?:\.\d+)?\s*k)\b[^.;!]{0,12}\b(?:in|within)\s+(?:(?:her|his|their|your|the|a)\s+)?(?:first\s+|single\s+)?(?:month|week|\d+\s+(?:days|weeks))\b|\bpays?\s+for\s+(?:your|a)\s+(?:new\s+)?(?:lambo|lamborghini|ferrari|porsche|bentley|supercar|mansion|villa|yacht)\b/u,
      u(
        `(?:保时捷|法拉利|兰博基尼|劳斯莱斯|宾利|玛莎拉蒂|豪车|超跑)(?<=(?<!为客户|帮客户|替客户)(?:换|提|买|开上|买了|提了|换了)\\s*(?:[一二两三四五\\d]\\s*(?:台|辆))?\\s*(?:保时捷|法拉利|兰博基尼|劳斯莱斯|宾利|玛莎拉蒂|豪车|超跑))`,
      ),
      u(
        `(?:不成问题|不是问题|没问题|妥妥的|轻轻松松)(?<=(?:提|买|换|开上)\\s*(?:辆|台|一辆|一台)?\\s*(?:宝马|奔驰|奥迪|保时捷|法拉利|豪车|新车|车|房)${SEP}{0,4}?(?:不成问题|不是问题|没问题|妥妥的|轻轻松松))`,
      ),
      // Investment returns as a multiple: "上市后至少翻十倍", "收益翻番", "10x returns".
      u(
        `(?:收益|回报|利润|股价|股权|股份|投资|本金|上市后|分红|期权)${SEP}{0,8}?(?:翻\\s*(?:[一二两三四五六七八九十百几]+|\\d+)\\s*(?:倍|番)|翻番|翻倍)`,
      ),
      /\b\d+\s*x\s+(?:returns?|your\s+(?:money|investment))\b|\b(?:double|triple)\s+your\s+(?:money|investment)\b/u,
      // Novices and "anyone with hands" earning a big figure: "小白也能月入三万，有手就行".
      u(
        `(?:小白|新手|学生党|零基础|有手就行|会打字就行)${SEP}{0,8}?(?:月入|月赚|日赚|日入|年入|赚)\\s*${INCOME_AMOUNT}`,
      ),
      // A daily wage of 500 or more sold as easy: "日薪八百，简单易上手".
      u(
        `(?:日薪|日结|一天|每天)\\s*(?:[5-9]\\d{2}|\\d{4,}|[五六七八九]百|[一二两三四五六七八九]千)${SEP_LIST}{0,12}?(?:简单|轻松|易上手|有手就行|不累|躺)`,
      ),
      /(?:低|小|少)\s*投入\s*[,，、]?\s*(?:高|大)\s*(?:回报|收益|产出)|投入少\s*[,，、]?\s*(?:回报|收益)高/u,
      /\b(?:earn|make)\s+(?:a\s+)?(?:six|seven)[-\s]figures?\b|\bsix[-\s]figure\s+income\b|\bunlimited\s+(?:earning|income)\s+potential\b/u,
      // Little work, big pay: "Work just 2 hours a day and take home RMB 30,000", "每天两小时，月入八千不是问题".
      /\b(?:just|only)\s+(?:\d+|one|two|three|a\s+few)\s+hours?\s+(?:a|per)\s+(?:day|week)\b[^.;!]{0,50}\b(?:rmb|¥|\$|earn|take\s+home|make)\b|\b(?:make|earn|take\s+home)\b[^.;!]{0,50}\b(?:with\s+|for\s+|in\s+)?(?:just|only)\s+(?:\d+|one|two|three|a\s+few)\s+hours?\s+(?:a|per|each)\s+(?:day|week)\b|\b(?:huge|big|high|great)\s+(?:pay|money|income|earnings)\s+for\s+(?:almost\s+)?(?:no|little|minimal)\s+(?:work|effort)\b|\beasiest\s+(?:job|money)\b/u,
      u(
        `(?:每天|一天|每日)\\s*(?:只需|仅需|只要|就)?\\s*[一二两三1-3]\\s*(?:个)?\\s*小时${SEP_LIST}{0,12}?(?:月入|月赚|收入|赚)\\s*${INCOME_AMOUNT}`,
      ),
      u(`(?:月入|月薪|收入|年薪|年入|日入)\\s*${INCOME_AMOUNT}${SEP}{0,4}?(?:不是问题|不成问题|没问题|妥妥的|稳稳的)`),
      /\b(?:100\s*%\s+)?(?:job\s+)?placement\s+(?:is\s+)?(?:100\s*%\s+)?guaranteed\b|\b100\s*%\s+(?:job\s+)?placement\b/u,
      // A life transformed, which no job can promise: fame or wealth overnight ("一夜爆红", "一步登天"), a
      // turnaround ("人生逆袭", "半年还清房贷"), a net worth ("三年身价千万"), money guaranteed to the reader
      // ("包你赚钱"); in English "become a millionaire", "success is guaranteed", "salary doubles every year",
      // "job security for life".
      /一夜\s*(?:爆红|走红|成名|暴富|致富|翻身)|一步登天|(?:实现|完成|助你|带你|帮你|轻松)\s*(?:阶层\s*跨越|跨越\s*阶层)|(?:人生|命运)\s*逆袭|逆袭\s*(?:人生|成功|翻身)|身价\s*(?:(?:过|上|破)\s*(?:[一二两三四五六七八九十百千几]+|\d+)?|[一二两三四五六七八九十百千几]+|\d+)\s*(?:千万|百万|亿|万)(?!\s*(?:以上)?\s*的?\s*(?:客户|人群|高净值|家庭|企业家|人士))|(?:包|保)\s*(?:你|您|大家|人人)\s*(?:能)?\s*(?:赚钱|赚大钱|发财|致富|暴富|挣钱)/u,
      u(
        `还清(?<=(?:[一二两三四五六七八九十半\\d]{1,2}\\s*个?\\s*(?:月|年)|当年|一年内)${SEP}{0,4}?还清)\\s*(?:房贷|车贷|贷款|债务|欠款|网贷)`,
      ),
      /\b(?:become|be)\s+(?:a\s+)?(?:millionaire|rich|famous)\s+(?:overnight|before|by|within|in)\b|\b(?:famous|rich)\s+overnight\b|\b(?:success|wealth|riches)\s+(?:is\s+)?guaranteed\b|\bguaranteed\s+(?:success|wealth)\b/u,
      /\b(?:salary|pay|income|earnings)\s+(?:will\s+)?(?:doubles?|triples?)\s+every\s+(?:year|month|quarter)\b|\b(?:100\s*%\s+)?job\s+security\s+for\s+life\b|\bno\s+layoffs?\s+ever\b/u,
      // Round vet-wechat (general knowledge of 招工头 posts in WeChat groups): a house earned by a stated time, the wealth measure
      // of factory and rider ads ("一年赚一套房", "干三年就能回老家盖房娶媳妇", "两年挣出一栋楼").
      u(
        `(?:[一二两三半\\d]{1,2}\\s*(?:年|个月))${SEP}{0,10}?(?:(?:就能|就可以|就|能|可以|即可)?\\s*(?:赚|挣|存)\\s*(?:出|到|下)?\\s*(?:一|1)\\s*(?:套|栋|幢)\\s*(?:房|房子|楼)|(?:就能|就可以|就|能|可以|即可)\\s*(?:回老家|在老家|回家)\\s*(?:盖|起|建)\\s*(?:房|楼|新房|小楼|别墅))`,
      ),
    ],
  },
  {
    // Warn: a WeChat ID or phone number in the description is often just an extra contact
    // channel, but it routes applicants around the platform's consent and fraud controls, so
    // staff should look. Escalates to block when the posting also refuses platform
    // applications or pushes private chat — then it is evasion, not convenience.
    // The `contact` field is the sanctioned place for contact details, so it is not scanned.
    id: "off_platform_contact",
    severity: "warn",
    message: {
      zh: "站外联系方式：职位描述中出现微信、QQ、电话等站外联系方式，求职者应通过平台投递",
      en: "Off-platform contact: the posting sends applicants to WeChat, QQ or a phone number instead of applying on the platform",
    },
    skipFields: ["contact"],
    // Round on former-blind-34/35 (branch vet3435-fraud): the messenger as the job itself — a brand's channel, group or
    // business account run, moderated or answered ("KakaoTalk Channel Manager", "Answer user questions in the official Telegram
    // group", "运营品牌WhatsApp频道", "WhatsApp Business 客服"); postings that move applicants elsewhere removed as a
    // moderator's duty; and people told to stop messaging privately ("别再私我了").
    allow: [
      // Round on former-blind-44..47 (branch vet4447-contact): the messenger said to be the product or the employer's own
      // channel ("Telegram is the product", "the WhatsApp account is the clinic's own channel", "客服（Telegram 官方频道）"), the
      // messenger's customer service named with any post ("WhatsApp 客服主任"), and someone impersonating the employer on it
      // ("if anyone messages you on Telegram claiming to be our HR").
      /\b(?:telegram|whatsapp|line|kakao(?:talk)?|zalo)\s+(?:business\s+)?(?:(?:account|channel|group|app)\s+)?is\s+(?:the|our)\s+(?:product|(?:[a-z]+['’]s\s+)?own\s+(?:channel|account)|job\s+itself)\b/u,
      /(?:whatsapp|telegram|line|kakao(?:talk)?|zalo)\s*(?:business\s*)?(?:官方|official)\s*(?:频道|群组?|账号|channel|account|group)/u,
      /(?:whatsapp|telegram|kakao(?:talk)?|zalo)(?<!(?:加|添加|联系|找|私信|咨询|问)\s*(?:whatsapp|telegram|kakao(?:talk)?|zalo))\s*客服\s*(?:主任|经理|代表|人员|助理|主管)/u,
      /\b(?:someone|anyone|anybody|a\s+person|people)\s+(?:who\s+)?(?:messages?|contacts?|texts?|calls?|approaches?)\s+you\s+(?:on|via|through|over)\s+(?:telegram|whatsapp|wechat|line|signal)\b[^.;]{0,20}?\bclaiming\b/u,
      /\b(?:whatsapp|telegram|kakao(?:talk)?|line|zalo|discord|wechat|signal)\s+(?:business\s+)?(?:channel|community|group|account|official\s+account)s?\s+(?:manager|moderator|admin(?:istrator)?|support|operations?|operator|executive|specialist|agent|lead|coordinator)s?\b/u,
      /\b(?:run|runs|running|manage|manages|managing|moderate|moderating|answer|answering|support|supporting|grow|growing|operate|operating)\b[^.;]{0,50}?\b(?:the\s+|our\s+)?(?:brand['’]s\s+|company['’]s\s+|official\s+)?(?:whatsapp|telegram|kakao(?:talk)?|line|zalo|discord)\s+(?:business\s+)?(?:channels?|groups?|communit(?:y|ies)|accounts?)\b/u,
      /\b(?:answer|serve|support|reply\s+to)\s+(?:\w+\s+){0,2}?(?:customers|clients|buyers|users|guests)\s+(?:on|via|through)\s+whatsapp\s+business\b/u,
      /(?:运营|管理|维护)\s*(?:品牌|公司|官方|企业)?\s*(?:的)?\s*(?:whatsapp|telegram|kakao(?:talk)?|line|zalo|discord)\s*(?:business\s*)?(?:频道|群|社群|账号|官方号)/u,
      /(?:whatsapp|telegram|kakao(?:talk)?|line|zalo)\s*business\s*(?:客服|运营|专员)|(?:whatsapp|telegram|kakao(?:talk)?|line|zalo)\s*客服\s*本身/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): the messenger's customer service as the post's name, nobody told to
      // add it ("跨境电商WhatsApp客服"; not "加WhatsApp客服咨询").
      /(?:whatsapp|telegram|kakao(?:talk)?|zalo)(?<!(?:加|添加|联系|找|私信|咨询|问)\s*(?:whatsapp|telegram|kakao(?:talk)?|zalo))\s*客服\s*(?:专员|岗|主管|组长)?\s*(?:[(（|｜\-–—]|$)/u,
      /\b(?:remove|removing|flag|flagging|review|reviewing|report|reporting|detect|detecting|block|blocking|take\s+down|taking\s+down)\b[^.;]{0,40}?\b(?:postings?|ads?|listings?|messages?|accounts?|users?|jobs?)\s+(?:that|which|who)\s+(?:ask|tell|push|lure|direct|invite|move)\w*\b[^.;]{0,60}/u,
      /(?:别|不要|勿|请勿|不用|无需)\s*(?:再)?\s*(?:私|滴滴|戳)\s*我(?:了)?/u,
      // Round on former-blind-38/39 (branch vet3839-fraud): the scam postings a moderator removes, with what marks them in
      // brackets ("Remove scam job ads (fees, deposits, passport retention, Telegram recruitment)").
      /\b(?:remove|removing|flag|flagging|review|reviewing|moderate|moderating|detect|detecting|block|blocking|take\s+down|taking\s+down)\s+(?:\w+\s+){0,2}?(?:scam|fake|fraudulent|bogus)\s+(?:job\s+)?(?:ads?|postings?|posts?|listings?|offers?)\s*[(（:：][^.;)）]{0,100}/u,
      // Round on former-blind-40..43 (branch vet4043-contact): the messenger named as where the post was seen or forwarded
      // — a tag at the start of a field before a colon or a dash ("WhatsApp:", "Telegram group:", "WhatsApp broadcast –",
      // "Telegram group message from site HR:", "WeChat (EN/中文):") or in brackets ("Audit associate (Telegram ad)") — is
      // the medium, not a channel the applicant is sent to. A handle, an @ or a number right after the tag is still a
      // contact (the tag then does not cover the match).
      /^(?:[[【(（]\s*)?(?:wechat|weixin|whatsapp|telegram|discord|signal|kakao(?:talk)?|zalo|viber)(?:\s*[(（][^()（）]{1,12}[)）])?(?:\s+[a-z]+){0,2}(?:\s+(?:from|by)(?:\s+[a-z]+){1,3})?\s*(?:[)）\]】]\s*)?(?:[:：]|\s[–—|｜-]\s)(?!\s*(?:@|\+?\d[\d\s-]{6,}|[a-z][a-z0-9_.-]*\d))/u,
      /[(（]\s*(?:wechat|weixin|whatsapp|telegram|discord|signal|kakao(?:talk)?|zalo|viber)\s+(?:ad|advert|post|posting|forward|broadcast|group|status|repost|message|msg|story)\s*[)）]/u,
      // … the messenger as what a moderator moderates ("the job is moderating Telegram");
      /\b(?:moderat(?:e|es|ed|ing)|administer(?:s|ing)?)\s+(?:the\s+|our\s+)?(?:telegram|whatsapp|discord|line|kakao(?:talk)?|zalo)\b/u,
      // … the private channels refused as a way to apply ("applications sent by WhatsApp or to personal emails will not be
      // processed", "通过微信投递的简历一律无效");
      /\b(?:applications?|cvs?|resumes?|messages?|enquiries|inquiries|submissions?)\s+(?:sent\s+|submitted\s+|received\s+)?(?:by|via|through|over|on|to)\s+(?:a\s+|your\s+)?(?:whatsapp|telegram|wechat|weixin|qq|line|signal|dms?|direct\s+messages?|private\s+messages?|personal\s+\w+)\b[^.;]{0,40}?\b(?:will\s+not|won['’]t|cannot|can['’]t|are\s+not|is\s+not)\s+(?:be\s+)?(?:processed|considered|accepted|read|answered|reviewed)\b/u,
      /(?:通过|经|用|发到?|发至|私下)\s*(?:加)?\s*(?:微信|qq|私信|私人微信|个人微信|电话|短信)[^，,。；;]{0,12}?(?:的)?\s*(?:简历|投递|报名|申请)\s*(?:一律|均|概|都)?\s*(?:无效|不予(?:受理|处理|回复|考虑)|不受理|不处理|不看)/u,
      // … a prohibition or a promise never to ask ("别加任何人的私人微信", "我们从来不让你加私人微信");
      /(?:别|不要|勿|请勿|切勿|千万别|千万不要)\s*(?:再|随便|私下|轻易|去)?\s*(?:加|添加)\s*(?:任何人?的?|陌生人的?|他们的?|对方的?|什么|所谓的?)?\s*(?:私人|个人)?\s*(?:微信|qq|v信|vx|wx)/u,
      /(?:从不|从来不|从来不会|不会|绝不|绝不会|决不)\s*(?:让|要求|叫|请)\s*(?:你|您|大家|求职者|应聘者)?\s*(?:加|添加)\s*(?:任何)?\s*(?:私人|个人)?\s*(?:微信|qq|v信|vx|wx)/u,
      // … and the trick exposed by an anti-fraud film or talk, listed before 等套路 ("揭露“星探”私加微信、收取试镜费等套路").
      u(
        `(?:揭露|曝光|揭穿|拆穿|识破|识别|防范|警惕|提醒)${SEP_LIST}{0,40}?(?:等|之类的?)\\s*(?:的)?\\s*(?:套路|骗局|手段|伎俩|陷阱|诈骗|骗术)`,
      ),
    ],
    // The employer promising never to move the talk elsewhere ("We will never ask you to move the conversation to
    // WeChat") names the channels to reassure, not to send applicants there (former-blind-9).
    // … nor does a notice about people impersonating the employer (former-blind-10: "如收到自称本公司HR要求添加私人
    // 微信的信息，请勿理会并向平台举报", "anyone claiming to be our HR on WeChat … report them").
    ignoreInSentence:
      /\b(?:will\s+never|never|won't|will\s+not|do\s+not|don't|does\s+not)\s+(?:ask|request|require|invite)\s+(?:you\s+)?to\s+(?:move|switch|continue|take|add|contact|chat)|(?:绝不会|从不|不会|决不)\s*(?:私下|主动|单独|另行|额外)?\s*(?:要求|让|请|邀请)\s*(?:你|您|求职者|应聘者)?\s*(?:私下)?\s*(?:添加|加|转到|转至|改用|使用)|\b(?:never|do\s+not|don't|will\s+not|won't)\s+use\s+(?:any\s+)?(?:personal|private)\b|\b(?:will\s+)?only\s+(?:ever\s+)?contact\s+you\s+(?:through|via|on|in)\s+(?:this|the)\s+(?:platform|site|portal|app)\b|(?:自称|冒充|冒用|假冒|冒名)[^。；;!！?？\n]{0,70}?(?:请勿|不要|切勿|谨防|举报|别信|不要信|千万别|都是骗子|是骗子|诈骗|是假的|\bscam\b)|\b(?:claiming|pretending|impersonat\w*)\b[^.;!?]{0,60}\b(?:report|ignore|do\s+not\s+(?:reply|respond|add|pay))\b|(?:如遇|如有|若遇|若有|如果遇到|如收到|一旦遇到|凡是?)[^。；;!！?？\n]{0,50}?(?:请|务必|立即|及时)?\s*(?:向[^。；;!！?？\n]{0,6})?(?:举报|报警|请勿理会|不要理会|切勿|谨防)|\b(?:if|should)\s+(?:anyone|someone|you\s+are\s+asked|you\s+receive)\b[^.;!?]{0,80}\b(?:report|ignore)\b/u,
    patterns: [
      // Round on former-blind-40..43 (branch vet4043-contact): a named person's personal messenger ("简历只收HR个人微信",
      // "发到经理的个人微信"; a client's personal WeChat in a duty names nobody's channel), the platform's messages (留言)
      // refused ("平台留言不予回复"), a messenger bot with its handle ("via the Telegram bot @songpay"), a named person's
      // messenger added or messaged in English ("Add boss WeChat", "Message the supervisor's WhatsApp"), and replies here
      // refused in short English ("not reply here").
      // (Money transferred to someone's personal WeChat is a fee's route, not a chat: "体检费转账至诊所负责人个人微信".)
      /(?:hr|人事|经理|老板|主管|负责人|店长|招聘官|招聘专员|老师|我|本人)(?<!(?:转账|转|付款|支付|打款|汇款|缴|交|付|扫)\s?(?:至|到|给|进)\s?[\u4e00-\u9fff]{0,6}(?:hr|人事|经理|老板|主管|负责人|店长|招聘官|招聘专员|老师|我|本人))\s*(?:的)?\s*个人\s*(?:微信|手机|电话|号码|qq|邮箱|v信|vx|wx)(?!\s*(?:收款|转账|支付|付款))/u,
      // … a messenger's invite link cut short or masked ("join our group t.me/…").
      /\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|line\.me|qm\.qq\.com)\/(?![a-z0-9_+-]{3,})/u,
      {
        re: /平台\s*(?:内|上)?\s*(?:的)?\s*留言\s*(?:一律|均|都|概)?\s*(?:不看|不回复?|无效|不处理|不予回复|不予处理)/u,
        negatable: false,
      },
      /\b(?:telegram|whatsapp|line|discord|signal|messenger)\s+bot\s*[:：]?\s*@[a-z0-9_]{4,}|(?:(?<![a-z])tg|telegram|纸?飞机|电报)\s*机器人\s*[:：]?\s*@[a-z0-9_]{4,}/u,
      /\b(?:add|message|contact|ping|text|dm|call)\s+(?:the\s+|our\s+|my\s+)?(?:boss|manager|supervisor|recruiter|hr|agent|team\s+lead(?:er)?|coordinator|owner|foreman|director)(?:['’]s)?\s+(?:personal\s+|private\s+)?(?:wechat|weixin|whatsapp|telegram|line|qq|signal)\b(?!\s*(?:official\s+account|mini[-\s]?program|pay\b|work\b))/u,
      { re: /\bnot\s+(?:reply|respond|answer)(?:ing)?\s+here\b/u, negatable: false },
      // Round on former-blind-38/39 (branch vet3839-fraud): a QQ or WeChat group number written in spaced blocks ("QQ群：78 55
      // 3 2190"), and in English a messenger group to join closing its sentence ("Join our Telegram group.").
      /(?:qq|微信|vx|wx)(?<![a-z0-9_](?:qq|vx|wx))(?![a-z0-9_])\s*群\s*(?:号)?\s*[:：]?\s*\d{1,4}(?:\s+\d{1,4}){2,}/u,
      // (Round on former-blind-44..47, branch vet4447-contact: also with a number or handle after a colon.)
      /\bjoin\s+(?:our|the|my)\s+(?:official\s+|private\s+|vip\s+)?(?:telegram|whatsapp|wechat|line|discord|signal)\s+(?:group|channel|chat)\s*(?:[.!。！]|$|[:：]\s*(?:\+?\d|@))/u,
      // Round on former-blind-44..47 (branch vet4447-contact): talking to the recruiter on a messenger ("chat with our HR on
      // Telegram"), and a LINE ID added ("加LINE：abc_tw").
      /\b(?:chat|talk|speak)\s+(?:with|to)\s+(?:the\s+|our\s+|my\s+)?(?:boss|manager|recruiter|hr|agent|coordinator|team\s+lead(?:er)?|owner)\s+(?:on|via|through|over)\s+(?:wechat|weixin|whatsapp|telegram|line|signal|viber)\b/u,
      /(?:加|添加|联系|搜|找)\s*(?:我们的?|官方)?\s*line\s*(?:id|帐号|账号)?\s*[:：]?\s*@?(?=[a-z0-9_.-]*[\d_])[a-z][a-z0-9_.-]{3,}/u,
      // Round on former-blind-22/23 (branch vet2223-fraud): a handle straight after the messenger's name with no verb or
      // colon, partly masked or with an underscore ("QQ 19xxxx6620 联系", "微信 dz2026xx", "Line ID \"mandarin_th_hr\"");
      // an international number to call or text, digits partly masked ("call or text +61 4xx xxx 117"); applying by a
      // direct message, and the board said to be unread in the passive ("applications on this board are not read").
      /(?<![a-z0-9_])(?:微信|薇信|vx|wx|qq|扣扣|whatsapp|telegram|line\s*id|wechat|kakao\s*id)(?![a-z0-9_])\s*(?:号|id)?\s*[:：]?\s*["“'‘]?(?=[a-z0-9_*]*[\d_])(?=[a-z0-9_*]*[a-z_*])[a-z0-9_*]{5,}/u,
      /\b(?:call|text|ring|sms)\b(?:\s+(?:or|and|\/)\s+(?:call|text|sms|whatsapp))?\s+(?:us\s+|me\s+|our\s+\w+\s+)?(?:on\s+|at\s+)?\+\d{1,3}[\s-]?[\dx*]{1,4}[\s-]?[\dx*]{2,8}/u,
      /\b(?:apply|applications?)\s+(?:by|via|through|with)\s+(?:a\s+)?(?:dm|direct\s+message|pm|private\s+message|inbox\s+message)\b|\b(?:applications?|messages?|cvs?|dms?)\s+(?:sent\s+|submitted\s+|left\s+)?(?:on|via|through|to|here\s+on)\s+(?:this|the)\s+(?:board|site|platform|portal|page|app|listing)\s+(?:are|is|will|won['’]t|get)\s+(?:not\s+|never\s+)?(?:be\s+)?(?:read|checked|answered|seen|monitored|reviewed)\b(?<=\b(?:not|never|won['’]t)\s+(?:be\s+)?\w+)/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): a QQ group given by its number under any spelling, digits
      // partly masked ("扣扣群 7788xxxx", "+ q 群 6633xxxx"), and a direct message asked for on LinkedIn ("Connect with our HR
      // on LinkedIn and send a direct message").
      // … DingTalk by its slang "dd" with an id ("直接 dd 号 rp8899");
      /(?<![a-z])dd\s*(?:号|id)\s*[:：]?\s*(?=[a-z0-9_]*\d)[a-z0-9_]{4,}/u,
      // … and a WeCom added with no handle to start the work ("加企业微信开通接单").
      /(?:加|添加)\s*(?:我|我们|hr|人事|客服)?\s*(?:的)?\s*(?:企业微信|企微)\s*(?:开通|接单|领任务|报名|面试|咨询|了解|沟通|入职|上岗|登记)/u,
      /(?:(?<![a-z])q|qq|扣扣|抠抠|企鹅)\s*群\s*(?:号)?\s*[:：]?\s*\d{4,}/u,
      /\b(?:on|via|through)\s+linkedin\b[^.;]{0,40}?\b(?:direct\s+message|dm|inbox\s+(?:me|us)|message\s+(?:me|us|him|her|them))\b|\b(?:direct\s+message|dm|inbox)\s+(?:me|us|our\s+\w+)\s+on\s+linkedin\b/u,
      // Round on former-blind-26/27 (branch vet2627-fraud): the messenger named before the verb and the person ("钉钉联系店长：
      // xxx", "微信联系王经理：xxx"), and a messenger's invite link (t.me/…, wa.me/…, chat.whatsapp.com/…, line.me/…).
      u(
        `(?:微信|薇信|vx|wx|qq|企业微信|企微|钉钉|飞书|wechat|telegram|whatsapp)\\s*(?:联系|找|加|私信|咨询|私聊)\\s*[\\u4e00-\\u9fff]{0,4}\\s*[:：]\\s*(?=[a-z0-9_-]*[\\d_])[a-z][a-z0-9_-]{4,}`,
      ),
      /\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|line\.me|qm\.qq\.com)\/[a-z0-9_+-]{3,}/u,
      // Round on former-blind-17 (branch vet17-fraud): a chat group given by its number on any messenger ("钉钉群，群号
      // 34567890", "飞书群号：6612345"), and the platform refused after the channel in English ("Apply via DingTalk, not
      // here", "message us on WeChat, not on this platform").
      /(?:群号|群号码|群\s*id)\s*[:：]?\s*\d{5,}/u,
      /\b(?:dingtalk|feishu|lark|wechat|weixin|qq|telegram|whatsapp|line|signal)\s+group\s*(?:id|no\.?|number|#)?\s*[:：]?\s*\d{5,}/u,
      // (Round on former-blind-40..43, branch vet4043-contact: not when the channel named first is the platform's own, "apply in
      // the hiring portal, not here in the group".)
      /\b(?:apply|applications?|contact|message|reach|dm|add)\b[^.;!?]{0,40}?[,，]?\s*(?<!\b(?:portal|platform|site|website|page|form|app|system)\s?[,，]?\s?)(?:not|rather\s+than)\s+(?:here|(?:on|via|through)\s+(?:this|the)\s+(?:platform|site|app|portal|page))\b/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): Telegram as "TG", 飞机 or 电报 with an @handle, and any @handle
      // straight after "add"/加 ("加TG @typing_job_cn", "add @fast_jobs88"); a handle spelt one character at a time after the
      // messenger ("微信 z s s j 0 9 9"); the platform said to be rarely visited ("平台不常上线", "we rarely log in here").
      // Round on former-blind-18 (branch vet18-fraud): an English channel word between the app and the handle ("Join our
      // Telegram group @hiring_cm_cn", "WhatsApp channel @jobs_sz", "Signal username @hr_team").
      /(?:(?<![a-z])tg|telegram|纸?飞机|电报|whatsapp|signal|discord|line|wechat|微信)\s*(?:号|id|群|频道|(?:group|channel|chat|account|handle|username|community|server)\s*(?:id|name|link)?)?\s*[:：]?\s*@[a-z0-9_]{4,}|(?:(?<![a-z])tg|telegram|纸?飞机|电报)[^。；;!！?？\n]{0,4}?(?:号|id)\s*[:：]\s*(?=[a-z0-9_]*[\d_])[a-z0-9_]{5,}|(?:进|入|加入?)\s*(?:钉钉|企业微信|企微|飞书|whatsapp|telegram|(?<![a-z])tg|微信|qq|电报)\s*群|\b(?:wechat|whatsapp|telegram|qq|line)\s*(?:id|number|handle)?\s+(?:is\s+)?(?:in|on)\s+my\s+(?:profile|bio|avatar)\b|(?:加|添加|联系|私信|私聊|\badd\b|\bcontact\b|\bdm\b|\bmessage\b|\bping\b)\s*(?:me\s+|us\s+)?(?:on\s+)?(?:(?<![a-z])tg|telegram|飞机|电报)?\s*[:：]?\s*@(?=[a-z0-9_]*[\d_])[a-z][a-z0-9_]{3,}/u,
      /(?:微信|薇信|vx|wx|qq|wechat|telegram|whatsapp|(?<![a-z])tg)\s*(?:号|id)?\s*[:：]?\s*(?:[a-z0-9][\s_.-]){3,}[a-z0-9](?![a-z0-9])/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): "v" with a colon, letters, then digits spaced out ("v：gz 1 6 8 8").
      /v(?<![a-z0-9_]v)\s*[:：]\s*[a-z]{1,8}\s*(?:\d[\s_.-]){3,}\d(?![a-z0-9])/u,
      {
        re: /(?:平台|站内|这里|网站|app)\s*(?:上)?\s*(?:我们|我|hr|这边)?\s*(?:不常|很少|偶尔|不怎么|基本不|一般不)\s*(?:上线|登录|登陆|在线|上|看|回)|(?:不常|很少|偶尔|不怎么|基本不|一般不)\s*(?:上|登录|登陆|看|查看|回复?)\s*(?:本|这个)?\s*(?:平台|站内信|网站)|\b(?:rarely|seldom|hardly\s+ever|don't\s+often|do\s+not\s+often)\s+(?:log\s+(?:in|on)(?:to)?|check|use|visit|read|come\s+on)\s+(?:(?:here|this|the)\s*(?:platform|site|app|portal|website|board)?)\b/u,
        negatable: false,
      },
      // Tenth round (former-blind-13, branch vet13-fraud): a handle right after the messenger's name, with or without a
      // colon, after any person who owns it ("添加招聘负责人微信 nbjiaju_hr", "加人事企业微信 hr_2024"); the platform refused
      // with a subject or a modal between ("平台上消息我不会回", "站内信我们这边不看"), or in English with the place after
      // the messages ("we do not read messages on this site"); a phone number in Chinese numerals partly masked
      // ("一三八零七三一xxxx").
      /(?:微信|薇信|vx|wx|qq|企业微信|企微|钉钉|wechat|telegram|whatsapp)(?<=(?:加|添加|联系|搜索?|找|私信|发|投|备注|\badd\b|\bcontact\b|\bmessage\b|\breach\b|\bping\b|\btext\b|\bdm\b)[^。；;!！?？\n]{0,24}?(?:微信|薇信|vx|wx|qq|企业微信|企微|钉钉|wechat|telegram|whatsapp))\s*(?:号|id)?\s*[:：]?\s*(?=[a-z0-9_-]*[\d_])[a-z][a-z0-9_-]{4,}(?![a-z0-9_-]*\.(?:com|cn|net))/u,
      {
        re: /(?:平台|站内|这里|网站|app|本站)\s*(?:上|内|里)?\s*(?:的)?\s*(?:消息|私信|留言|投递|简历|站内信)\s*(?:我|我们|本人|hr|这边|我这边|我们这边)?\s*(?:一律|均|都|概|基本|一般)?\s*(?:不会|不|很少|没空|没时间)\s*(?:回复?|看|处理|查看)/u,
        negatable: false,
      },
      // (One scan from the messages' word: the refusal before it is looked for behind, the "not read" after it ahead.)
      {
        re: /\b(?:messages?|applications?|chats?|cvs?|dms?|inbox|mail)\b(?:(?<=\b(?:we|i|hr|our\s+(?:team|recruiters?|hr))\s+(?:do\s+not|don't|does\s+not|doesn't|never|won't|will\s+not|rarely|cannot|can't)\s+(?:check|read|reply\s+to|answer|see|monitor|respond\s+to|look\s+at|open)\s+(?:\w+\s+)?(?:messages?|applications?|chats?|inbox|mail|dms?))\s+(?:on|through|via|in|sent\s+(?:on|through|via|here))\s+(?:this|the|here)\b|\s+(?:sent\s+)?(?:on|through|via|in)\s+(?:this|the)\s+(?:site|platform|portal|app|website)\s+(?:are|is|will)\s+(?:not|never|rarely|seldom)\s+(?:be\s+)?(?:monitored|read|checked|answered|reviewed|seen|processed|looked\s+at)\b)/u,
        negatable: false,
      },
      /[x×*＊](?<=一[三四五六七八九][一二三四五六七八九零〇幺]{4,8}[x×*＊])[x×*＊]{1,4}/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): a QR code scanned to chat, the platform refused
      // in the active voice ("we do not check platform messages"), a handle hidden elsewhere ("微信号见公司名称后缀")
      // and being friended to apply ("加好友发简历").
      /\bscan\s+(?:the\s+|our\s+|this\s+)?(?:qr\s*code|code)\b[^.;]{0,40}\b(?:to\s+(?:chat|add|contact|apply|message|join|talk|reach)|on\s+(?:wechat|whatsapp|qq|telegram))/u,
      {
        re: /\b(?:we|i|hr|our\s+(?:team|recruiters?))\s+(?:do\s+not|don't|does\s+not|doesn't|never|won't|will\s+not|rarely|cannot|can't)\s+(?:check|read|reply\s+to|answer|see|monitor|respond\s+to|look\s+at)\s+(?:\w+\s+)?(?:platform|site|portal|in-app|app|on-site|website)\s+(?:messages?|applications?|chats?|inbox|mail)/u,
        negatable: false,
      },
      /(?:微信|vx|wx|qq|v信|联系方式|电话|手机号?)\s*(?:号)?\s*(?:见|在|看|详见|就是|即)\s*(?:公司名称|公司名|名称|头像|主页|图片|logo|简介|标题|昵称|后缀|首字母|图中|二维码)/u,
      u(
        `扫\\s*(?:描|一扫)?${SEP}{0,8}?(?:二维码|码)${SEP}{0,6}?(?:加|添加|联系|私聊|咨询|沟通)\\s*(?:hr|我|招聘|人事|好友|微信|客服)`,
      ),
      u(`好友(?<=加\\s*(?:为|我)?\\s*好友)${SEP}{0,4}?(?:发|投|报名|咨询|沟通|面试|详聊|私聊)`),
      /(?<![增参追附叠施])加\s*(?:我|本人|hr|招聘)?\s*的?\s*(?:微信|薇信|威信|v信|vx|wx|weixin|wechat|qq|扣扣|企鹅|v(?![a-z]))(?!\s*(?:公众号|小程序|支付|生态|视频号))/u,
      /(?:微信|薇信|威信|v信|vx|wx|weixin|wechat|qq|扣扣)\s*(?:号|群|id)?\s*(?:私聊|私信|联系|咨询|详聊|沟通)?\s*[:：]\s*[a-z0-9_-]{5,}/u,
      // Seventh round (former-blind-9): the platform said to be unread or only a showcase ("platform上的消息不回复",
      // "本平台仅作展示").
      /(?:平台|站内|platform|网站|app)\s*(?:上|内)?\s*(?:的)?\s*(?:消息|私信|留言|投递)\s*(?:一律|均|概)?\s*(?:不回复?|不看|不处理)|(?:本|此|该)?(?:平台|网站)\s*(?:仅|只)\s*(?:作|做|用于|供)\s*(?:展示|发布|宣传)/u,
      /微信同号|(?:微信|qq)\s*联系/u,
      /扫码\s*(?:进群|加群|加好友|添加|咨询|报名|入群)|扫描?\s*(?:下方|上方|图中|以下|左侧|右侧|海报)\s*(?:的)?\s*二维码/u,
      /(?<![促融])(?:进|入|加)群(?![众体落])/u,
      // Round on former-blind-18 (branch vet18-fraud): the group's kind between the verb and 群 ("拉你进内部群", "加入福利群",
      // "进VIP接单群"); not 工作群 or 交流群, which staff join after hiring.
      /(?:进|入|加入?)\s*(?:我们的?)?\s*(?:内部|福利|vip|专属|兼职|任务|接单|派单)\s*(?:接单|派单|交流|工作)?\s*群(?![众体落])/u,
      { re: /(?<!\d)1[3-9]\d{9}(?!\d)/u, negatable: false },
      { re: /(?<![\d-])0\d{2,3}[-\s]?\d{7,8}(?![\d-])/u, negatable: false },
      // A channel the job runs ("growing our Telegram community") is a duty, not a contact.
      // Eleventh round (former-blind-14, branch vet14-fraud): … and so is the app as the product the job builds on or
      // supports ("WhatsApp integration engineer", "bots for Telegram and Signal").
      // The word first, then the lookbehinds: a lookbehind tried at every position is slow.
      /\b(?:telegram|whatsapp|line\s*id)\b(?!\s*(?:\(\s*tg\s*\)\s*)?(?:bots?\b|机器人|开发|接口|api\b|生态|小程序|频道运营|社群运营|渠道|广告|推广|营销))(?<!\bour\s+(?:telegram|whatsapp|line\s*id))(?<!\b(?:wechat|weibo|discord|slack|whatsapp|telegram)\s*(?:&|and|\/|,)\s*(?:telegram|whatsapp|line\s*id))(?!\s+(?:community|communities|channels?|bots?|ads|marketing|api|business|support\s+engineers?|engineers?|developers?|development|integrations?|sdks?|mini[-\s]?apps?|clients?))(?!\s*(?:&|and|\/)\s*(?:discord|slack|whatsapp|wechat)\b)(?!\s*(?:&|and|\/|,)\s*[a-z]+\s+(?:bots?|apis?|sdks?|integrations?|mini[-\s]?apps?)\b)/u,
      /(?:别|不要|勿|无需)\s*(?:在|通过)?\s*(?:网上|线上|平台|网站|app)\s*(?:上)?\s*(?:投|报名|申请|投递)/u,
      // "不要在这里聊", "别在平台上问": the platform refused as the place to talk.
      {
        re: /(?:别|不要|勿|不用)\s*(?:在)?\s*(?:这里|这儿|此处|这边|平台上?|网站上?|app\s*上?)\s*(?:聊|沟通|谈|留言|问|咨询|回复)/u,
        negatable: false,
      },
      // Another app to apply through: "请下载『XX聊』App 注册后找客服报名", "download the X app to apply".
      /(?:下载|安装)[^，,。；;]{0,12}?(?:app|软件|客户端|apk)[^，,。；;]{0,16}?(?:报名|应聘|找客服|联系|领取|领任务|面试|沟通|聊|咨询|对接|交流)/u,
      /\b(?:download|install)\s+(?:the\s+|our\s+)?[^.;]{0,24}?\bapp\b[^.;]{0,30}?\b(?:to\s+(?:apply|register|sign\s+up|contact|chat|get\s+(?:tasks|started))|and\s+(?:apply|register|contact|message))\b/u,
      // "+V", "加V", "私人手机", "DM me on WeChat": a private channel.
      /(?:^|[^a-z0-9])[+➕]\s*(?:v|vx|wx|微|薇|威|卫星)(?![a-z])/u,
      /(?<![增参追附叠施])加\s*(?:我|本人)?\s*(?:v|微|薇|威)(?![a-z博软课商店])/u,
      /私人\s*(?:手机|电话|微信|号码|联系方式|邮箱)/u,
      // A private mailbox or number for the application: "简历请私发至我的个人QQ邮箱".
      /(?:私发|私信发|发至|发到|发送至|投至|投到|发我|发给我)\s*(?:我的|本人的?|hr的?)?\s*(?:个人|私人)\s*(?:qq|163|126|gmail)?\s*(?:邮箱|微信|手机|号)|私发\s*(?:至|到|给)?\s*(?:我的?)?\s*(?:个人|私人)?\s*(?:qq)?\s*(?:邮箱|微信|手机)/u,
      // Joining a group chat with its number: "进QQ群 20240517 领任务" (former-blind-7's 企鹅裙 read as QQ群).
      /(?:进|入|加入|进入)\s*(?:qq|微信|wx)\s*群\s*[:：]?\s*\d{5,}/u,
      // Not the bird or the company: "企鹅馆", "企鹅电竞".
      /企鹅(?!\s*(?:馆|园|宝宝|电竞|公司|旗下|影业|游戏))号?|扣扣号?/u,
      // Slang for WeChat and "ping me": "绿泡泡", "加卫星", "滴滴我", "看我主页".
      // Twelfth round (former-blind-15, branch vet15-fraud): the green app (绿色软件) for WeChat, and a bare "v:" before a
      // handle with a digit or underscore ("V：Ｊｏｂｓ＿８８８").
      /绿色\s*(?:软件|app|聊天软件)(?<=(?:加|添加|联系|私聊|私信|找|上)\s*(?:我|本人|hr)?\s*(?:的)?\s*绿色\s*(?:软件|app|聊天软件))|(?<![a-z0-9])(?<!\b(?:version|ver|release|build)\s+)v\s*[:：]\s*(?=[a-z0-9_-]*[\d_])[a-z][a-z0-9_-]{4,}/u,
      /绿泡泡|卫星号|加\s*卫星|(?:滴滴|dd|戳|私|敲)\s*我(?![们国司])|看\s*(?:我的?)?\s*主页|主页\s*(?:有)?\s*联系方式/u,
      /\b(?:dm|pm|inbox)\s+me\b|\bsignal\s*[:：@]|\bkakao(?:talk)?\b|\bskype\s*(?:id)?\s*[:：]/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): the platform refused in English before the channel ("Don't reply
      // here — text me on WeChat instead").
      {
        re: /\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:reply|respond|message|apply|write)\s+(?:here|on\s+(?:this|the)\s+(?:site|platform|app|page))\b/u,
        negatable: false,
      },
      /\b(?:dm|message|text|ping|add)\s+(?:me|us)\s+(?:on|via|at)\s+(?:wechat|whatsapp|telegram|qq|line)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): the message to the recruiter as a noun after any sending verb ("drop me
      // a DM on LinkedIn", "send us a message via Instagram"), other networks than messengers, the recruiter's own
      // messenger added with no handle ("add my 企业微信", "add our WeCom"), and the recruiter saying this board is unread
      // ("I'm not checking this board").
      /\b(?:drop|send|shoot|leave|give)\s+(?:me|us)\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+|private\s+|direct\s+)?(?:dm|message|line|note|pm|text|ping|shout)\s+(?:on|via|through|over)\s+(?:linkedin|instagram|facebook|twitter|wechat|wecom|whatsapp|telegram|qq|line|dingtalk|signal|skype|discord|企业微信|企微|微信)(?![a-z])|\b(?:dm|message|ping|add|contact|reach)\s+(?:me|us)\s+(?:on|via|through)\s+(?:linkedin|instagram|facebook|twitter|wecom|discord|企业微信|企微)(?![a-z])/u,
      /\b(?:add|message|ping|dm|contact|scan)\s+(?:my|our)\s+(?:personal\s+|work\s+)?(?:wechat|weixin|wecom|企业微信|企微|微信|whatsapp|telegram|qq|signal|skype)(?![a-z])(?!\s*(?:official\s+account|mini[-\s]?program|公众号|小程序))/u,
      {
        re: /\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:not|never)\s+(?:checking|monitoring|reading|watching|using|answering\s+on)\s+(?:this|the)\s+(?:board|site|platform|portal|inbox|app|page|listing)\b/u,
        negatable: false,
      },
      // Eleventh round (former-blind-14, branch vet14-fraud): a QQ number given bare (扣扣 is normalised to qq: "扣扣2837461
      // （同微）"), WeChat spelt with spaces before a handle ("w x 搜 expo_hr88"), a named recruiter on a messenger in English
      // ("reach out to our recruiter on DingTalk"), and applications here said to be unread.
      /\bqq\s*(?:号)?\s*[:：]?\s*[1-9]\d{4,10}(?!\d)|qq\s*(?:号)?\s*[:：]?\s*[一二三四五六七八九幺][一二三四五六七八九零〇幺]{4,10}|[(（]\s*同\s*(?:微|v|vx|wx)\s*[)）]|(?<![a-z])[wv]\s+x\s*(?:搜索?|号|id)?\s*[:：]?\s*[a-z][a-z0-9_-]{4,}/u,
      /\b(?:reach\s+out\s+to|reach|find|contact|message|add|ping)\s+(?:me|us|our\s+\w+|the\s+\w+)\s+(?:on|via|through)\s+(?:wechat|whatsapp|telegram|qq|line|dingtalk|signal|skype)\b|\bapplications\s+(?:here|on\s+this\s+(?:site|platform|website))\s+(?:are|is)\s+not\s+(?:monitored|read|checked)\b/u,
      // Round on former-blind-16 (branch vet16-fraud): the platform refused as the channel with 走/通过/经 ("应聘不走平台",
      // "本招聘不通过平台沟通", "rather than through this portal"); a QR code in a picture scanned to join; a recruiting
      // group joined by its name ("进入应聘群"); a mobile number masked with x and spaces ("138 2xx9 4471"); a messenger's
      // ID and handle without a colon or in brackets ("via the WeChat ID hr_88", "on Line (ID: ops_tw)"); a recruiter of
      // two words on a messenger ("contact the hiring manager on Line").
      {
        re: /(?:不|勿|别|不要|无需|不用)\s*(?:走|通过|经过?|经由)\s*(?:本|此|该|这个)?\s*(?:招聘)?\s*(?:平台|网站|站内|app)(?!\s*(?:以外|之外|外))(?=\s*(?:[，,。；;]|$)|[^，,。；;]{0,6}?(?:沟通|联系|投递|报名|申请|简历|应聘|投|聊|回复|流程|渠道))/u,
        negatable: false,
      },
      {
        re: /\b(?:rather\s+than|instead\s+of)\s+(?:(?:applying\s+)?(?:through|via|on|using|in)\s+)?(?:(?:this|our)\s+(?:portal|platform|site|website|app|job\s+board)|the\s+(?:portal|platform|job\s+board))\b(?!\s*['’])/u,
        negatable: false,
      },
      u(
        `二维码(?<=扫描?\\s*(?:图片|海报|附图|图)\\s*(?:中|里|上|内)?\\s*(?:的)?\\s*二维码)${SEP}{0,8}?(?:进群|进入|入群|加群|加入|加好友|添加|联系|咨询|报名|投递|应聘)`,
      ),
      /群(?<=(?:进|入|加)\s*(?:入)?\s*(?:我们的?|本|公司的?)?\s*(?:应聘|面试|求职|招聘|报名|兼职|任务|新人|候选人|笔试)\s*群)/u,
      { re: /(?<!\d)1[3-9]\d[\s-]?\d{0,3}[x*]{1,4}\d{0,3}[\s-]?\d{4}(?!\d)/u, negatable: false },
      /\b(?:wechat|whatsapp|telegram|line|skype|signal|kakao)\s*[(（]?\s*(?:id|handle)\s*[:：]?\s*@?(?=[a-z0-9_-]*[\d_])[a-z][a-z0-9_-]{4,}/u,
      /\b(?:contact|message|reach|ping|add|text|call)\s+(?:our|the|my)\s+(?:hr|recruiters?|hiring\s+managers?|managers?|team\s+leads?|hiring\s+team|recruitment\s+team|talent\s+team|coordinators?)\s+(?:\w+\s+)?(?:on|via|through)\s+(?:wechat|whatsapp|telegram|line|dingtalk|signal|skype|qq)\b/u,
      // … WeChat as a Greek nu or a tick after a plus ("+ν", "加√"), and a QQ or mobile number spelt with spaces between the
      // digits ("扣扣 3 0 5 8 8 1 2 7 6").
      // (Round on former-blind-34/35, branch vet3435-fraud: … a QQ group's number too, "扣扣群：5 3 8 2 0 1 7 6"; and a handle
      // after a messenger and "to", "send … via WeChat to hr_chat_8".)
      /\b(?:via|on|through|over)\s+(?:wechat|whatsapp|telegram|line|signal|skype|kakaotalk|zalo|qq)\s+to\s+@?(?=[a-z0-9_-]*[\d_])[a-z][a-z0-9_-]{3,}/u,
      /[+➕加]\s*[νⅴ√]/u,
      { re: /[一幺]\s*[三四五六七八九](?:\s*[一二三四五六七八九零〇幺]){9}/u, negatable: false },
      {
        re: /\bqq\s*(?:号|群\s*号?)?\s*[:：]?\s*[1-9](?:\s+\d){4,10}(?!\s*\d)|(?<![\d\s])1\s+[3-9](?:\s+\d){9}(?!\s*\d)/u,
        negatable: false,
      },
      // Sixth round (former-blind-8): the work or the hiring moved into a group chat — "get tasks in our Telegram
      // group", "join our WhatsApp group for the interview" (a community the job moderates is a duty, not this).
      // (Anchored on the chat, the work words looked for around it: starting from "orders" or "details", common
      // words, cost a scan of thirty characters at each.)
      /\b(?:in|join|via|through|into|on)\s+(?:our|the|a|my)\s+(?:telegram|whatsapp|wechat|qq|discord|signal|line)\s+(?:group|chat|channel)s?\b(?:(?<=\b(?:tasks?|orders?|interviews?|apply|register|sign\s+up|details|instructions|onboarding|payouts?)\b[^.;,]{0,80})|(?=[^.;,]{0,30}?\b(?:tasks?|orders?|interviews?|apply|register|details|instructions|onboarding|payouts?)\b))/u,
      /\bwechat\s*(?:id)?\s*[:：(]/u,
      // QQ as a bare "Q", and a handle after a decorated label: "加Q：2837461920", "V❤：dd20231".
      /(?<![增参追附叠施])加\s*q(?![a-z0-9])|(?<![a-z0-9])q\s*[:：]\s*\d{5,}/u,
      /(?<![a-z0-9])(?:v|vx|wx|微信|薇|q)\s*[^\sa-z0-9\u4e00-\u9fff，,。；;:：]{1,3}\s*[:：]\s*[a-z0-9_-]{5,}/u,
      // A personal mailbox or number: "my personal Gmail", an address at a free mail service.
      /\b(?:my|our\s+recruiter'?s?)\s+personal\s+(?:gmail|email|e-mail|mailbox|inbox|phone|number|mobile|wechat|whatsapp)\b/u,
      // Refusing the platform is evasion on its own.
      {
        re: /平台\s*(?:内|上)?\s*(?:的)?\s*(?:投递|简历|报名|消息|私信|申请|站内信)?\s*(?:一律|均|都|概)?\s*(?:不看|不回|无效|不处理|不予回复|不予处理)/u,
        negatable: false,
      },
      { re: /站内(?:信|消息)\s*(?:一律)?\s*(?:不看|不回|不处理|无效)/u, negatable: false },
      // "这里不回消息", "portal applications are not reviewed": the platform is refused in other words.
      {
        re: /(?:这里|此处|这边|站内|平台上?|网站上?|app\s*上?)\s*(?:的)?\s*(?:消息|私信|简历)?\s*(?:一律|基本|都)?\s*(?:不回|不看|不常看|很少看|不怎么看|看不到)/u,
        negatable: false,
      },
      {
        re: /\b(?:portal|platform|site|online|website|in-app)\s+(?:applications?|messages?|submissions?|cvs?)\s+(?:are|will)\s+(?:not|never)\s+(?:be\s+)?(?:reviewed|read|considered|processed|answered|checked|seen)\b/u,
        negatable: false,
      },
      {
        re: /\b(?:instead\s+of|rather\s+than)\s+applying\b|\b(?:don'?t|do\s+not)\s+apply\s+(?:here|on\s+(?:this|the)\s+(?:site|platform|page))\b/u,
        negatable: false,
      },
      {
        re: /\bapplications?\s+(?:on|through|via|from)\s+(?:this|the)\s+(?:site|platform|page|website)\s+(?:are|is|will\s+be)\s+(?:ignored|not\s+(?:read|processed|answered))/u,
        negatable: false,
      },
      // A phone number in Chinese numerals, a handle to search for, a DM on another platform.
      /[一幺壹][三四五六七八九叁肆伍陆柒捌玖][一二三四五六七八九零〇幺壹贰叁肆伍陆柒捌玖]{9}/u,
      /(?:微信|薇信|vx|wx|qq|企微|企业微信)\s*(?:号|群|id)?\s*(?:搜索?|搜一下|添加)\s*[:：]?\s*[a-z0-9_-]{5,}|(?:搜索?|添加)\s*(?:微信|企业微信|qq|vx)\s*(?:号)?\s*[:：]?\s*[a-z0-9_-]{5,}/u,
      /(?:抖音|小红书|微博|b站|快手|知乎|闲鱼)\s*(?:上)?\s*(?:私信|私聊|dm)|私聊\s*(?:我|本人|hr)/u,
      { re: /(?<!\d)1[3-9]\d[\s-]\d{4}[\s-]\d{4}(?!\d)/u, negatable: false },
      // Twelfth round (former-blind-15, branch vet15-fraud): a mobile number spelt one digit at a time ("1 3 8 0 0 1 3 8 0 0 0").
      { re: /(?<!\d\s?)1\s[3-9](?:\s\d){9}(?!\s?\d)/u, negatable: false },
      // Contact channels as a class: any messenger, work chat or public account where the applicant must
      // search a handle, add a friend or reply a keyword ("钉钉搜 ID … 加好友", "搜索公众号“…”回复“报名”");
      // a handle "同号" with the phone ("vx同号"); a decorated 微 label ("微❤：bjqishou88").
      /(?:钉钉|企业微信|企微|公众号|抖音号?|小红书号?|快手号?|飞书)\s*(?:号|id)?\s*(?:搜索?|搜一下|添加|加)\s*(?:id|号)?\s*[:：]?\s*(?:["“「『][^"”」』]{2,12}["”」』]|[a-z0-9_-]{4,})/u,
      /(?:搜索?|关注|添加|加)\s*(?:微信)?\s*(?:公众号|钉钉|企业微信|企微|飞书)[^，,。；;]{0,16}?(?:回复|报名|领取|加好友|私信|发送|留言)/u,
      /(?:微信|vx|wx|v|薇|威|qq|钉钉)\s*同号/u,
      /(?<![a-z0-9])(?:微|威)\s*[^\sa-z0-9\u4e00-\u9fff，,。；;:：]{1,3}\s*[:：]\s*[a-z0-9_-]{5,}/u,
      // The application sent to a free webmail address "directly", around the platform.
      /\b(?:email|send|mail|forward)\s+(?:your\s+|us\s+your\s+)?(?:cv|resume|résumé|application)s?\s+(?:directly|straight|privately|personally|instead)\s+to\s+[a-z0-9._-]+@(?:163|126|qq|gmail|hotmail|outlook|yahoo|sina|foxmail|yeah)\.|\b(?:email|e-mail|contact|reach|message)\s+(?:us|me)\s+(?:directly|privately|personally|instead)\s+(?:at|on|via)\s+[a-z0-9._-]+@(?:163|126|qq|gmail|hotmail|outlook|yahoo|sina|foxmail|yeah)\./u,
      // The platform refused in any words: "不要在这投", "本平台不接受投递", "don't apply through this site".
      // (Round on former-blind-26/27, branch vet2627-fraud: replies refused too, "do not reply on this board".)
      {
        re: /(?:别|不要|勿|无需|不用)\s*(?:在|通过|从)?\s*(?:这里?|这儿|此处|这边|本?平台|本?网站|本?站)\s*(?:上|里)?\s*(?:投|报名|申请|投递)|(?:本|此|该)?平台\s*(?:不接受|不收|不受理|不处理)\s*(?:任何)?\s*(?:投递|简历|报名|申请)(?!\s*(?:费|费用|金))/u,
        negatable: false,
      },
      {
        re: /\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:apply|submit|send|upload|reply|respond|message|comment)\w*\s+(?:\w+\s+)?(?:through|via|on|at|using|in)\s+(?:this|the)\s+(?:site|platform|page|website|portal|app|board)\b/u,
        negatable: false,
      },
      // Round vet-wechat (general knowledge of 朋友圈/抖音/快手 recruiting posts): the reader told to comment a sign so the poster
      // messages them privately ("感兴趣扣1，我私你", "想了解的评论区打1，私发你"), or to message the poster through the avatar
      // ("详情戳头像私信", "看头像加我") — the poster's own channel instead of the platform.
      u(
        `(?:(?:扣|回复|评论区?)\\s*(?:1|一|“1”|"1"|666)|(?:评论区|留言区)?\\s*打\\s*(?:1|“1”|"1"|666)(?!\\s*[小个天次点号]))${SEP_LIST}{0,10}?(?:我|小编)?\\s*(?:私|私信|私聊|私发|私你|发你|拉你|加你)|(?:戳|点|看|见)\\s*(?:我的?)?\\s*头像\\s*(?:私信|私聊|私我|加我?|联系|留言|滴滴)`,
      ),
      // Round on former-blind-48/49 (branch vet4849-contact): Zalo and Viber named as where to send or ask ("Send your CV via
      // Zalo", "message us on Viber"), as WhatsApp and Telegram are; not the brand's channel as the job ("run our Zalo
      // official account", "a Viber bot integration").
      /\b(?:via|on|through|over|by|using)\s+(?:zalo|viber)\b(?!\s+(?:bots?|apis?|business|channels?|groups?|communit(?:y|ies)|official|oa\b|integrations?|sdks?|mini[-\s]?apps?|campaigns?|ads?\b|marketing))|\b(?:zalo|viber)\s*(?:id)?\s*[:：]\s*(?=\+?\d|[a-z])/u,
      // … and a mobile number written in groups of four, three and three, as Taiwan and Vietnam write them ("0912 345 678",
      // "0935-221-874"); a one-pass literal-free scan like the phone patterns above.
      { re: /(?<![\d-])0[1-9]\d{2}[-\s]\d{3}[-\s]\d{3}(?![\d-])/u, negatable: false },
    ],
    escalate: {
      severity: "block",
      patterns: [
        /(?<!平台)私(?:聊|信)/u,
        /不接受\s*(?:本)?平台\s*(?:投递|简历|报名)/u,
        /平台\s*(?:投递|简历|报名)\s*(?:无效|不看|不回复|不处理)/u,
        /(?:仅|只)\s*(?:接受|通过|限)?\s*(?:微信|qq|电话|vx|wx)\s*(?:联系|投递|沟通|报名|咨询)/u,
        /(?:勿|不要)\s*(?:在|通过)?\s*(?:本)?平台\s*(?:投递|联系|报名)/u,
        /不(?:看|回复|处理)\s*(?:本)?平台/u,
        /平台\s*(?:内|上)?\s*(?:的)?\s*(?:投递|简历|报名|消息|私信|申请)?\s*(?:一律|均|都)?\s*(?:不看|不回|无效|不处理)/u,
        /站内(?:信|消息)\s*(?:一律)?\s*(?:不看|不回|不处理|无效)/u,
        /私人\s*(?:手机|电话|微信)/u,
        /\b(?:instead\s+of|rather\s+than)\s+applying\b|\b(?:don'?t|do\s+not)\s+apply\s+(?:here|(?:through|via|on|at)\s+(?:this|the)\s+(?:site|platform|page|website|portal|app))\b|\bare\s+ignored\b/u,
        /(?:别|不要|勿)\s*(?:在|通过)?\s*(?:这里?|这儿|此处|这边)\s*(?:投|报名|申请|投递)|平台\s*(?:不接受|不受理)\s*(?:投递|简历|报名|申请)/u,
        /(?:这里|此处|这边|站内|平台上?|网站上?)\s*(?:的)?\s*(?:消息|私信|简历)?\s*(?:一律|基本|都)?\s*(?:不回|不看|看不到)/u,
        /\b(?:portal|platform|site|online|website|in-app)\s+(?:applications?|messages?|submissions?|cvs?)\s+(?:are|will)\s+(?:not|never)\s+(?:be\s+)?(?:reviewed|read|considered|processed|answered|checked|seen)\b/u,
        /\bpersonal\s+(?:gmail|email|e-mail|mailbox|phone|number|mobile|wechat|whatsapp)\b/u,
      ],
    },
  },
  {
    id: "fraud.id_or_bank",
    namedAsDuty: ID_OR_BANK_AS_DUTY,
    severity: "block",
    message: {
      zh: "索要证件或银行卡：录用前不得要求求职者提交身份证原件、银行卡等信息，不得扣押证件（《劳动合同法》第9条）",
      en: "ID or bank details requested: applicants may not be asked for ID originals or bank cards before an offer, and documents may never be withheld",
    },
    patterns: [
      // Round on former-blind-40..43 (branch vet4043-contact): papers or cards kept by anyone on the employer's side, the keeper
      // named by any word — in English in the passive with the place or keeper ("Your ID card and salary card are kept in
      // the HR safe"), in the active with the place or the time ("the fixer keeps all crew passports in the production safe
      // for the whole shoot"; not "keep their own"), in Chinglish ("Passport give to company keep"), cards kept with their
      // PINs ("our finance team keeps the cards and PINs"); in Chinese with 由 and any keeper but the worker ("卡和密码由
      // 劳资员保管", "工资卡都由班组长统一管"; not "由工人自己保管") and put with someone to keep ("身份证和工资卡放我们这里保管").
      // A clerk hired to administer it does not excuse it (CONVENTIONS.md, blind43).
      // Round on former-blind-44..47 (branch vet4447-contact): also "your ID" and bank tokens as what is kept.
      {
        re: /\b(?:passports?|id\s+cards?|identity\s+cards?|salary\s+cards?|bank\s+cards?|bank\s+tokens?|(?:your|their)\s+ids?)\b[^.;]{0,30}?\b(?:are|is|will\s+be|get|gets)\s+(?:[a-z]{1,12}\s+)?(?:kept|held|retained|stored|locked\s+(?:up|away))\s+(?:in\s+(?:the|our|a)\s+(?:[a-z]+\s+){0,2}?(?:safe|office|locker|drawer)|by\s+(?:the\s+|our\s+)?(?:company|hr|office|agency|employer|manager|supervisor|team\s+lead(?:er)?|foreman|fixer|agent|boss))\b/u,
        allowable: false,
      },
      {
        re: /\b(?:keeps?|holds?|retains?|collects?|stores?|locks?\s+up)\s+(?!(?:their|his|her|your)\s+own\b)(?:all\s+|the\s+|every\s+)?(?:[a-z]+(?:['’]s?)?\s+){0,2}?(?:passports?|id\s+cards?|identity\s+cards?|salary\s+cards?)\b[^.;]{0,40}?\b(?:in\s+(?:the|our|a)\s+(?:[a-z]+\s+){0,2}?safe|for\s+the\s+(?:whole|entire|full)\b|until\s+(?:you|they|the\s+(?:end|contract))|(?:during|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:shoot|project|contract|programme|program|season|tour|trip))/u,
        allowable: false,
      },
      {
        re: /\bpassports?\s+(?:give|gives|given|hand|handed|hand\s+over|submit)\s+(?:to\s+)?(?:the\s+)?(?:company|boss|agent|office|hr|us|manager|foreman)\s+(?:to\s+)?keep\b|\b(?:we|our\s+(?:[a-z]+\s+)?(?:office|team|company|agent|agency|staff|manager|boss|department))\s+(?:will\s+)?(?:keeps?|holds?|retains?|looks?\s+after)\s+(?:the\s+|your\s+|all\s+)?(?:cards?|sim\s+cards?|bank\s+books?)\s+(?:and|with|plus)\s+(?:the\s+|their\s+|your\s+)?(?:pins?|passwords?|pin\s+codes?)\b/u,
        allowable: false,
      },
      {
        re: /(?:(?:工资卡|银行卡|身份证|护照)(?:\s*(?:和|及|与|连同|、)\s*(?:密码|身份证|工资卡|银行卡|护照))*|卡\s*(?:和|及|与|连同)\s*密码)\s*(?:都|均|统一|一律|全部)?\s*由\s*(?!(?:工人|员工|职工|本人|自己|个人|持卡人|你|您|求职者|各人|银行)\s*)[\u4e00-\u9fff]{1,6}?\s*(?:统一|集中|代为|负责)?\s*(?:保管|代管|管理|管着|管|收着|保存)/u,
        allowable: false,
      },
      {
        re: /(?:身份证|工资卡|银行卡|护照)(?:\s*(?:和|及|与|、)\s*(?:身份证|工资卡|银行卡|护照|密码))*\s*(?:都|均)?\s*(?:要|得|需|需要|必须)?\s*(?:放|押|留|存)\s*(?:在)?\s*(?:我们|公司|我这|我们这|单位|老板|领班|班组长|工头|队长|院里|厂里)\s*(?:这里|这儿|那里|那儿|这边|手里|手上|里)?\s*(?:统一)?\s*(?:保管|代管|收着|押着|保存)/u,
        allowable: false,
      },
      // Round on former-blind-36/37 (branch vet3637-fraud), in English: new hires handing over their own salary or bank card
      // (and its PIN), the employer keeping the identity and salary cards "of new attendants", papers left "with the branch
      // office", and accounts registered in the applicant's own name that the employer's team operates.
      /\bhand\s+(?:over\s+)?(?:their|your|his|her)\s+(?:own\s+)?(?:salary\s+|bank\s+|debit\s+|payroll\s+)cards?\b(?:\s+(?:and|with)\s+(?:its|the|their|your)\s+pin)?(?!\s+(?:details|numbers?)\b)|\b(?:keep|hold|retain|collect)\s+(?:the\s+)?(?:identity\s+cards?|id\s+cards?|passports?|salary\s+(?:bank\s+)?cards?|bank\s+cards?)\b(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?cards?)?\s+of\s+(?:new|all|the)\s+(?:\w+\s+)?[a-z-]+s\b|\bleave\s+(?:their|your|his|her)\s+(?:id\s+card|identity\s+card|passport)s?\b[^.;]{0,50}?\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?(?:branch|office|company|hr|department|employer|manager|site)\b/u,
      /\b(?:register|open)\s+(?:[\w-]+\s+){0,8}?accounts?\s+in\s+your\s+own\s+name\b[^]{0,100}?\b(?:we|our\s+(?:[\w-]+\s+)?team|the\s+company)\s+(?:will\s+)?(?:operate|control|run|use)s?\s+(?:these|those|the|them|it)\b/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): papers and cards handed to any part of the employer to keep, with
      // several named ("入职把身份证和工资卡交给院办统一保管"), and in English the employer keeping the bank tokens or cards ("our
      // office keeps the bank tokens").
      u(
        `(?:身份证|工资卡|银行卡|证件|户口本|护照)(?:原件)?(?:\\s*(?:和|及|与|、)\\s*(?:身份证|工资卡|银行卡|证件|户口本|护照|密码)(?:原件)?)+\\s*(?:交给|交由|交到|上交给?|放在|押给)\\s*[\\u4e00-\\u9fff]{1,6}?\\s*(?:统一)?\\s*(?:保管|代管|管理|收着|存放)`,
      ),
      /\b(?:we|our\s+(?:office|team|company|agent|agency|staff|manager|boss)|the\s+(?:company|office|agency|employer|team\s+leader|supervisor|boss))\s+(?:will\s+)?(?:keeps?|holds?|retains?|looks?\s+after|safeguards?)\s+(?:the\s+|your\s+|all\s+)?(?:bank\s+(?:tokens?|cards?|books?|passwords?|u-?keys?)|online\s+banking\s+(?:tokens?|passwords?|logins?|credentials)|(?:debit|atm|salary|payroll)\s+cards?|security\s+tokens?)\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): a cheque paid into the applicant's own account and the balance
      // passed on ("We will mail you a cheque to deposit into your own account; … transfer the balance to our vendor").
      // Round on former-blind-44..47 (branch vet4447-contact): the deposit named first ("Deposit the cheques … into your own account
      // and forward the balance"); and credentials or tokens of an account opened in the worker's own name handed on.
      /\bdeposit\w*\s+(?:[\w']+\s+){0,6}?(?:into|in|to)\s+your\s+(?:own\s+|personal\s+)?(?:bank\s+)?account\b[^.]{0,60}?\b(?:transfer|send|wire|forward|pay)\w*\s+(?:the\s+)?(?:balance|rest|remainder|difference|excess|funds|money)\b/u,
      {
        re: /\bin\s+(?:your|their|his|her)\s+own\s+names?\b[^]{0,160}?\b(?:credentials|tokens?|pins?|passwords?|cards?)\b[^.;]{0,40}?\b(?:are|is|will\s+be|get)\s+(?:then\s+|also\s+)?(?:handed|given|passed|sent|surrendered)\s+(?:over\s+)?to\b/u,
        allowable: false,
      },
      /\b(?:cheques?|checks?)\b[^.]{0,40}\bdeposit\b[^.]{0,30}\byour\s+(?:own\s+|personal\s+)?(?:bank\s+)?account\b[^.]{0,80}\b(?:transfer|send|wire|forward|pay)\s+(?:the\s+)?(?:balance|rest|remainder|difference|excess|funds|money)\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): accounts, cards or shops in the applicant's own name for the
      // employer's use ("an Alipay business account in your name for the company to operate", "a new bank account opened
      // in your name and forward them", "开几个银行户口给我们公司用", "用你的营业执照注册对公账户给公司用", "用你的收款码帮公司
      // 收款"), and the employer holding the workers' passports ("Your passport will be kept in our safe", "collects their
      // passports on arrival"). Salary paid into an account in the worker's name stays clean.
      {
        re: /\b(?:accounts?|cards?|shops?|stores?|wallets?|alipay|paypal|sim\s+cards?|phone\s+numbers?|compan(?:y|ies)|business(?:es)?)\b[^.;]{0,40}?\bin\s+your\s+(?:own\s+)?name\b(?=[^.;]{0,60}?\b(?:for\s+(?:the\s+company|us|our)|to\s+(?:help|move|forward|transfer|operate|run|receive|use)|forward\w*|transfer\w*|hand\w*\s+(?:it|them)|give\s+(?:it|them)|lend)\b)|\b(?:let\s+us|allow\s+us\s+to|lend\s+us)\s+(?:use\s+)?your\s+(?:own\s+|personal\s+)?(?:bank\s+|paypal\s+|alipay\s+|wechat\s+pay\s+)?(?:accounts?|cards?|paypal|alipay|ids?|identity|sim\s+cards?|phone\s+numbers?)\b|\b(?:your|workers['’]?|their|staff['’]?|employees['’]?)\s+passports?\s+(?:and\s+\w+\s+)?(?:will\s+be|are|is|get|gets)\s+(?:\w+\s+)?(?:kept|held|retained|stored|locked\s+(?:up|away)|collected|confiscated)\b|\b(?:collects?|holds?|retains?|takes?|confiscates?|keeps?\s+hold\s+of)\s+(?:the\s+)?(?:workers['’]?|their|your|staff['’]?|employees['’]?)\s+passports?\b/u,
        allowable: false,
      },
      {
        re: u(
          `(?:开|办|注册|申请)${SEP}{0,6}?(?:银行户口|银行账户|银行卡|对公账户|公户|账户|账号|手机卡|电话卡|收款码|支付宝|微信)${SEP}{0,4}?(?:给|供|交给|借给)\\s*(?:我们|公司|我司|本公司|老板|团队)${SEP}{0,4}?(?:用|使用|操作|走账|收款)|(?:用|拿|借|提供)\\s*(?:你|您)\\s*(?:的|自己的)?\\s*(?:收款码|银行卡|u盾|支付宝|微信|身份证|营业执照|手机卡|电话卡|账户|账号)${SEP}{0,8}?(?:帮|替|给|为)\\s*(?:公司|我们|我司|老板|团队)`,
        ),
        allowable: false,
      },
      // (Round on former-blind-44..47, branch vet4447-contact: not the company's own 名下 accounts, "公司名下的店铺账号由公司
      // 统一管理".)
      // Tenth round (former-blind-13, branch vet13-fraud): handing over control, with the keeper or the document named
      // otherwise — an account handed to any part of the employer ("账户交由团队统一操作", "账号交给主管管理"); accounts
      // or shops registered with the applicant's own documents ("用本人护照和身份证注册店铺"); customers' money received on
      // the applicant's own accounts and passed on, in English ("receive customer payments into your personal Alipay and
      // transfer them to the company").
      {
        re: u(
          `(?:账号|账户|帐号|手机卡|电话卡|银行卡|店铺|网店|店|u盾|微信号|支付宝)(?=${SEP}{0,6}?(?:交|交给|交由|由|归)\\s*(?:(?:公司|我司|单位)\\s*)?(?:公司|我们|我司|单位|团队|主管|老板|专人|财务|运营|负责人|上级|组长|店长))(?<=(?:本人|个人|自己|你的|您的|(?<!公司|我司|单位|企业|平台)名下|私人)[^。；;!！?？\\n]{0,30}?(?:账号|账户|帐号|手机卡|电话卡|银行卡|店铺|网店|店|u盾|微信号|支付宝))${SEP}{0,6}?(?:交|交给|交由|由|归)\\s*(?:(?:公司|我司|单位)\\s*)?(?:公司|我们|我司|单位|团队|主管|老板|专人|财务|运营|负责人|上级|组长|店长)\\s*(?:统一|集中|代为|全权)?\\s*(?:管理|保管|使用|运营|操作|经营|掌管|控制|打理)`,
        ),
        allowable: false,
      },
      // Round on former-blind-44..47 (branch vet4447-contact): the papers named with the family's ("本人及家人身份证"), Taiwan's
      // 身分證, short-video accounts and shops (小店, 卖场, 户口); customers opening their own accounts are the job.
      // An own-name account opened to take customers' money and pass it on, in Cantonese ("用自己名开个户口收客款再转去…"),
      // and a card or papers handed to the boss with 把/将 (交俾/畀 in Cantonese: "将提款卡同密码交俾老细").
      {
        re: u(
          `(?:用|以)\\s*(?:你|您)?\\s*(?:本人|个人|自己)\\s*(?:的)?\\s*(?:名义|名字|个名|名)\\s*(?:开|办|开立|开设|申请|注册)${SEP}{0,6}?(?:户口|账户|账号|银行卡)${SEP_LIST}{0,24}?(?:转去|转给|转到|转入|交给|交俾|给公司|给老板|收客款|收客人|收货款|代收)`,
        ),
        allowable: false,
      },
      {
        re: u(
          `(?:把|将)${SEP}{0,10}?(?:银行卡|工资卡|提款卡|储蓄卡|身[份分]证|护照|回乡证|证件)(?!\\s*(?:复印件|副本|扫描件|照片|号码|号|信息|资料|申请表))${SEP}{0,20}?(?:交给|交俾|交畀|交比|交与|俾|畀)\\s*(?:老板|老细|公司|我们|主管|管工|领班|工头|上司|人事|财务|经理|组长|班长|中介|负责人|hr)(?!\\s*(?:登记|核对|核验|录入|备案|复印|拍照|查看|过目))`,
        ),
        allowable: false,
      },
      {
        re: u(
          `(?<!(?:客户|用户|会员|客人|投资者|投资人|持卡人)\\s*)(?:用|以|拿|凭)\\s*(?:你|您)?\\s*(?:本人|个人|自己)(?:\\s*(?:及|和|与|、|或)\\s*(?:家人|亲属|亲友|家属|父母|朋友))?\\s*(?:的)?\\s*(?:护照|身[份分]证|证件|手机号|营业执照|身[份分]证件)${SEP_LIST}{0,16}?(?:注册|开立|开设|开通|办理|申请|认证)${SEP}{0,12}?(?:公司|账户|账号|银行卡|营业执照|店铺|网店|小店|卖场|户口|电话卡|手机卡|seller|store|shop|account)`,
        ),
        allowable: false,
      },
      // Round on former-blind-26/27 (branch vet2627-fraud): the worker's name or identity number, as countries name it (IC,
      // NIN, BVN, Aadhaar, Emirates ID, national ID), used to register or open what the employer then uses ("register a
      // store and e-wallet under your own IC for the company", "SIM cards registered with your NIN for the office's use",
      // "a business licence in their own name, which the company uses", "the paybill in your own ID — hand over the PIN"),
      // and an account opened for the employer's team to operate ("open a bank account which our finance team will
      // operate"); an account for one's own salary, or customers' accounts the job opens, name no such use.
      {
        re: /\b(?:register|open|set\s+up|apply\s+for|activate|create|sign\s+up\s+for)\w*\b[^.;]{0,50}?\b(?:in|under|with|using)\s+(?:your|their|his|her)\s+(?:own\s+)?(?:name|identity|id|ic|nin|bvn|ktp|aadhaar|ssn|nric|cnic|emirates\s+id|national\s+id|passport|id\s+card)s?\b(?=[^.;]{0,60}?\b(?:for\s+(?:the\s+(?:company|office|firm|shop|store|team|business)|us|our)\b|(?:the\s+)?(?:company|office|firm|team|employer|shop|store)['’]s\s+use|(?:which|that)\s+(?:the\s+(?:company|firm|employer|office|team|shop|store)|we|our\s+(?:[\w-]+\s+){0,2}?(?:team|staff|office|finance|department))\s+(?:will\s+)?(?:uses?|operates?|manages?|runs?|controls?|holds?)\b|hand\s+over|give\s+(?:us|the\s+company)))/u,
        allowable: false,
      },
      {
        re: /(?<!\b(?:customers?|clients?|users?|members?|account\s+holders)\s+(?:to\s+)?)\b(?:open|register|set\s+up|create)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:accounts?|wallets?|sim\s+cards?|stores?|shops?|paybills?|tills?)\b[^.;]{0,20}?\b(?:which|that)\s+(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:team|staff|office|department)|the\s+(?:company|employer|firm|office))\s+(?:will\s+)?(?:operates?|uses?|manages?|runs?|controls?)\b/u,
        allowable: false,
      },
      // Round on former-blind-28/29 (branch vet2829-fraud): the employer keeping, collecting or operating what is the
      // worker's — documents, cards, signed cheques, banking tokens and PINs, online banking, accounts opened in the worker's
      // name ("We hold your signed blank cheques", "collecting the workers' passports into the site safe", "our team logs in
      // to your online banking", "accounts in your name; we operate them", "tokens stay with our office", "我们会登录你的网银",
      // "收取工人的护照，统一锁进保险柜"). A copy kept on file, the company's own keys, and documents that stay with the worker
      // are clean.
      {
        re: /\b(?:we|our\s+(?:[\w-]+\s+)?(?:team|office|staff|company|agency|hr|department)|the\s+(?:company|agency|employer|office|supervisor|hr|broker))\s+(?:will\s+)?(?:keep|keeps|hold|holds|retain|retains|store|stores|collect|collects)\s+(?:the\s+|all\s+)?(?:company's\s+[^.;]{0,20}?\s+and\s+)?(?:your|workers'?|employees'?|staff's|their)\s+(?:(?:own|signed|blank|original|online|payroll|salary)\s+){0,3}(?:passports?|id\s+cards?|identity\s+cards?|bank\s+cards?|bank\s+tokens?|tokens?|cheques?|checks?|cheque\s*books?|pins?|passwords?|online\s+banking)\b/u,
        allowable: false,
      },
      {
        re: /\bcollect\w*\s+(?:the\s+|all\s+)?(?:workers'?|employees'?|staff's|labou?rers'?|recruits'?)\s+(?:passports?|id\s+cards?|identity\s+(?:cards?|documents?))\b(?=[^.]{0,60}\b(?:safe|safekeeping|locked|keep|kept|hold|held|abscond\w*|run\w*\s+away|until)\b)/u,
        allowable: false,
      },
      {
        re: /\b(?:we|our\s+(?:[\w-]+\s+)?(?:team|staff|office|company|department))\s+(?:will\s+)?(?:log\w*\s+in(?:to)?|sign\w*\s+in(?:to)?|operat\w*|control\w*)\s+(?:to\s+)?your\s+(?:own\s+)?(?:online\s+banking|internet\s+banking|mobile\s+banking|bank\s+accounts?|e-?wallets?|alipay|wechat\s+pay)\b|\bin\s+your\s+(?:own\s+)?name\b[^.;]{0,8}?[;,:]\s*(?:and\s+)?(?:we|our\s+(?:[\w-]+\s+)?(?:team|staff|office|company))\s+(?:will\s+)?(?:operate|run|use|manage|control|keep)\s+(?:them|it)\b/u,
        allowable: false,
      },
      {
        re: /(?<!\b(?:company'?s?|corporate|firm'?s?|our|its|the)\s+)\b(?:(?:online|internet|mobile)\s+banking\s+)?(?:tokens?|u-?keys?|bank\s+cards?|passbooks?|cheque\s*books?|pins?|passwords?)(?:\s+and\s+(?:pins?|passwords?|tokens?|cards?))?\s+(?:stay|stays|remain|remains|are\s+kept|will\s+be\s+kept|are\s+held|will\s+be\s+held)\s+(?:with|at|in|by)\s+(?:us|our\b|the\s+(?:company|office|agency|team))/u,
        allowable: false,
      },
      {
        re: u(
          `(?:我们|公司|团队|财务|专人|主管|老板)\\s*(?:会|将|来|统一|负责)?\\s*(?:登录|登陆|操作|代管|掌管)\\s*(?:你|您)\\s*(?:的|名下的?)?\\s*(?:网银|手机银行|银行账户|银行卡|支付宝|微信支付|收款码|u盾)|(?:收取|收集|收走|收缴|统一收)\\s*(?:工人|员工|工友|劳工|劳务人员)\\s*(?:的)?\\s*(?:护照|身份证)(?!\\s*(?:复印件|扫描件|照片|号|信息))(?=${SEP_LIST}{0,20}?(?:保险柜|保管|锁|扣|存放|防止|以免))`,
        ),
        allowable: false,
      },
      // An account of any kind opened and handed over ("open a new WeChat account … and hand it over to the team lead").
      /\b(?:hand\s+(?:it|them)\s+over|give\s+(?:it|them)\s+to|pass\s+(?:it|them)\s+(?:on\s+)?to|transfer\s+(?:it|them)\s+to)\b(?<=\b(?:open|register|create|set\s+up)\w*\s+(?:a\s+|an\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}(?:accounts?|cards?|sims?|stores?|shops?)\b[^.;]{0,60}\b(?:hand\s+(?:it|them)\s+over|give\s+(?:it|them)\s+to|pass\s+(?:it|them)\s+(?:on\s+)?to|transfer\s+(?:it|them)\s+to))/u,
      {
        re: /\bwith\s+your\s+(?:own\s+)?(?:id(?:\s+card)?|passport|identity\s+(?:card|documents?)|national\s+id)\b(?<=\b(?:register|open|set\s+up|verify|create)\w*\b[^.;]{0,40}\bwith\s+your\s+(?:own\s+)?(?:id(?:\s+card)?|passport|identity\s+(?:card|documents?)|national\s+id))/u,
        allowable: false,
      },
      {
        // (The possessive first, the receiving verb looked for behind it: "take", "send" and "pay" start too many words.)
        re: /\b(?:your|their|his|her)\s+(?:own\s+(?:personal\s+|private\s+)?|personal\s+|private\s+)(?<=\b(?:(?:receiv|collect|accept|tak)\w*\s+(?:[\w']+\s+){0,3}?(?:payments?|money|funds|transfers?|deposits?|remittances?)\s+(?:into|to|on|in|through|via)|(?:pay|pays|paid|transfer\w*|send|sends|deposit\w*)\s+(?:\w+\s+){0,2}?(?:into|to))\s+(?:your|their|his|her)\s+(?:own\s+(?:personal\s+|private\s+)?|personal\s+|private\s+))(?:\w+\s+){0,4}?(?:accounts?|wallets?|cards?|wechat|alipay|paypal)\b[^.;]{0,60}\b(?:transfer|forward|send|pass|move|remit)\w*\s+(?:it|them|the\s+(?:money|funds|payments?|amounts?|cash))\s+(?:on\s+)?to\b/u,
        allowable: false,
      },
      // Eighth round (former-blind-10/11, branch vet-fraud): documents named in English inside Chinese at the application
      // ("应聘需要提供 ID 照片和 bank card 信息"); a code of so many digits we text you; a bank-card password asked for,
      // accounts opened in the applicants' own names and their cards and PINs handed over, and accounts or firms
      // opened in one's own name for a bounty — no payroll or duty carve-out excuses these.
      u(
        `(?:报名|面试|应聘|投递|咨询|登记|预约|录用前|面试前|报到前)${SEP}{0,12}?(?:\\bid\\s*(?:cards?\\s*)?(?:照片|号码?|正反面|复印件|扫描件|信息)|\\bbank\\s*cards?\\b|\\bpassports?\\b)`,
      ),
      /\b(?:share|send|forward|tell|give|provide|text|read)\s+(?:us\s+|me\s+|hr\s+)?(?:the|your|a)\s+(?:[\w]+-digit\s+|\d+\s*digit\s+)(?:code|otp|pin|passcode)\b/u,
      {
        re: u(
          `密码(?<=(?:提供|告知|提交|上交|交|填写|发|给|登记)${SEP}{0,12}?(?:取款|支付|交易|网银|银行卡|提现|卡)\\s*密码|(?:本人|个人|你的|您的)${SEP}{0,8}?(?:取款|支付|交易|网银|提现)\\s*密码)`,
        ),
        allowable: false,
      },
      // Round on former-blind-44..47 (branch vet4447-contact): not an account the employer helps the worker open for
      // themselves ("help registering with a GP, opening a bank account in your own name").
      {
        re: /\bopen\w*(?<!\b(?:clients|customers|users|members|account\s+holders)\s+open\w*)(?<!\b(?:help|helps|helping|assist|assists|assisting|assistance|support|supports|supporting)\b[^.;]{0,48}?\bopen\w*)\s+(?:\w+\s+){0,3}(?:bank\s+)?accounts?\s+in\s+(?:your|their|his|her)\s+own\s+names?\b|\bhand\w*\s+(?:over\s+)?(?:the\s+|their\s+|your\s+)?(?:bank\s+)?(?:cards?|pins?|passwords?|u[-\s]?keys?|tokens?)\s+(?:and\s+(?:the\s+|their\s+|your\s+)?(?:cards?|pins?|passwords?)\s+)?(?:over\s+)?to\b/u,
        allowable: false,
      },
      {
        re: u(
          `(?:以|用)(?<!(?:客户|用户|企业|为|帮)\\s*(?:以|用))\\s*(?:你|您)?\\s*(?:个人|本人|自己)(?:的)?\\s*(?:名义|身份|名字|信息)${SEP_LIST}{0,16}?(?:注册|开立|开设|开通|办理|申请)${SEP}{0,8}?(?:公司|账户|账号|银行卡|营业执照|店铺|电话卡|手机卡)|每\\s*(?:开|办|注册|开通)\\s*(?:一|1)\\s*(?:个|张|家|户)\\s*(?:账户|银行卡|卡|公司|店铺|执照|对公账户)${SEP}{0,6}?(?:补贴|奖励|给|返|提成|\\d+)`,
        ),
        allowable: false,
      },
      // Fifth round (former-blind-7): the account-opening kit (ID card, bank card and phone in one list:
      // "sfz + yhk + 手机"), a personal card lent to move company money ("个人卡帮公司走账"), a password
      // handed to a supervisor, originals "交公司保管", and "hand over your passport".
      /身份证[^，,。；;\n]{0,6}?(?:银行卡|一类卡)[^，,。；;\n]{0,6}?手机|(?:银行卡|一类卡)[^，,。；;\n]{0,6}?身份证[^，,。；;\n]{0,6}?手机|手机号?[^，,。；;\n]{0,6}?身份证[^，,。；;\n]{0,6}?(?:银行卡|一类卡)|手机号?[^，,。；;\n]{0,6}?(?:银行卡|一类卡)[^，,。；;\n]{0,6}?身份证|身份证[^，,。；;\n]{0,6}?手机号?[^，,。；;\n]{0,6}?(?:银行卡|一类卡)|(?:银行卡|一类卡)[^，,。；;\n]{0,6}?手机号?[^，,。；;\n]{0,6}?身份证/u,
      // Ninth round (former-blind-12, branch vet12): the card or its password kept or set by the employer ("银行卡连同密码
      //交财务统一保管", "工资卡由公司办理和保管"); money received on one's own accounts and forwarded on instruction; personal
      // payment accounts opened to receive customers' money, or their login handed over.
      {
        re: u(
          `密码(?<=(?:银行卡|工资卡|储蓄卡|卡)${SEP_LIST}{0,10}?(?:连同|和|及|与|并|的)\\s*密码)\\s*(?:一并|一起|统一)?\\s*(?:交给|交由|交予|上交|交到|由)\\s*(?:公司|财务|单位|人事|主管|领导|老板|我们|店长)|(?:银行卡|工资卡|储蓄卡)\\s*(?:统一)?\\s*(?:由|交)\\s*(?:公司|财务|单位|人事|店长)${SEP}{0,6}?(?:保管|代管|保存|持有|掌管)|密码\\s*(?:也|统一)?\\s*由\\s*(?:公司|财务|单位|人事|店长)\\s*(?:设置|设定|保管|掌握|修改)`,
        ),
        allowable: false,
      },
      {
        re: u(
          // Round on former-blind-17 (branch vet17-fraud): the wallet named in English inside Chinese ("用本人 Alipay 收款后转入
          // 公司账户"), and USDT as the currency of a purchase ("Buy a node for 5000 USDT": a pyramid's buy-in, not an
          // account lent). Round on former-blind-24/25 (branch vet2425-fraud): nor is USDT next to a figure ("Deposit USDT 100",
          // "a bonus of USDT 200"): an amount, which the fee and pyramid rules judge. Round on former-blind-26/27 (branch
          // vet2627-fraud): nor is USDT the currency the pay is settled in ("Stipend USD 500/month, paid in USDT").
          `(?:转入|转到|转给|转出|汇入|转回)(?<=(?:本人|个人|自己|你的|您的|私人)${SEP_LIST}{0,16}?(?:账户|钱包|银行卡|收款码|微信|支付宝|alipay|paypal|wechat\\s*pay)${SEP_LIST}{0,24}?(?:收款|收钱|到账|收到|接收|收取|代收)${SEP_LIST}{0,12}?(?:转入|转到|转给|转出|汇入|转回))|` +
            // Tenth round (former-blind-13, branch vet13-fraud): the money arriving by any verb ("客户的货款打到你自己的微信上，
            // 再按指示转给财务").
            `(?:转给|转入|转到|转出|汇给|汇入|转回|上交|交给)(?<=(?:打到|打入|汇到|汇入|转到|转入|付到|进到|存入|存到|收到|收进)\\s*(?:(?:你|您)\\s*(?:本人|个人|自己|私人)?|本人|个人|自己|私人)\\s*(?:的)?\\s*(?:名下)?\\s*(?:的)?\\s*(?:账户|钱包|银行卡|卡|收款码|微信|支付宝)${SEP_LIST}{0,24}?(?:转给|转入|转到|转出|汇给|汇入|转回|上交|交给))|usdt(?!\\s*\\d)(?!\\s*(?:arbitrage|搬砖|tasks?\\b|任务))(?<!\\d\\s*usdt)(?<!\\bpa(?:y|ys|id|ying)\\s+(?:[a-z]+\\s+){0,3}?in\\s+usdt)(?<!(?:buy|purchase|invest|\\bpaid\\s+in|settled\\s+in|\\b(?:salary|salaries|stipends?|wages?)\\b|买|购买|认购|投资|工资|薪资|月薪|薪水)[^。；;!！?？\\n]{0,30}?usdt)|(?:虚拟币|数字货币|加密货币)\\s*钱包`,
        ),
        allowable: false,
      },
      {
        re: /\bopen\w*\s+(?:\w+\s+){0,3}(?:personal|private|your\s+own)\s+(?:\w+\s+){0,4}accounts?\s+to\s+(?:receive|collect|take|accept)\b|\bhand\w*\s+(?:over\s+)?(?:the\s+|your\s+|their\s+)?(?:login|account)\s+(?:credentials|details|passwords?)\b|\b(?:share|send|give|provide)\s+(?:us\s+)?your\s+(?:\w+\s+){0,2}?(?:login|log-in|password|credentials)\b/u,
        allowable: false,
      },
      // Twelfth round (former-blind-15, branch vet15-fraud): the employer's money run through the applicant's account, the
      // errand first ("帮公司走账，用你名下的银行卡收款转账"), and originals handed over to be kept, in English ("hand over your
      // original ID card and bank card to the supervisor for safekeeping").
      u(
        `(?:帮|替|给|为)\\s*(?:公司|老板|我们|平台|团队)\\s*(?:走账|过账|刷流水|走流水|洗钱|跑分)|(?:你|您)\\s*(?:本人|个人|自己)?\\s*名下\\s*(?:的)?\\s*(?:银行卡|账户|银行账户|支付宝|微信|收款码)${SEP}{0,6}?(?:收款|转账|走账|代收|接收|过账)`,
      ),
      // Round on former-blind-19 (branch vet19-fraud): the documents named with any possessive and joined by and/or, the
      // word "originals" after them, and the keeping told after a semicolon (round on former-blind-28/29, branch vet2829-fraud:
      // "your identity card original and your salary bank card"), ("hand their passport and ID card originals to
      // our HR office when they join; they are kept in our safe").
      {
        re: /\b(?:hand|give|turn|surrender|leave|deposit|lodge)\s+(?:over|in)?\s*(?:their|his|her|your|all)\s+(?:original\s+)?(?:id\s+cards?|passports?|bank\s+cards?|identity\s+(?:documents?|cards?)|diplomas?)(?:\s+originals?)?\s+(?:and|or|&)\s+(?:(?:their|his|her|your)\s+)?(?:original\s+)?(?:(?:salary|payroll|wage)\s+)?(?:id\s+cards?|passports?|bank\s+cards?|identity\s+(?:documents?|cards?)|diplomas?)(?:\s+originals?)?\b(?=[^.]{0,100}\b(?:safekeeping|safe\s+keeping|kept|keeps?|hold|holds|held|retain\w*|custody|our\s+safe|(?:hr|office)\s+safe|locked)\b)|\b(?:hand|give|turn|surrender|leave|deposit|lodge)\s+(?:over|in)?\s*(?:their|his|her)\s+(?:original\s+)?(?:id\s+cards?|passports?|bank\s+cards?|identity\s+documents?|diplomas?)(?:\s+originals?)?\b(?=[^.]{0,100}\b(?:safekeeping|safe\s+keeping|kept|keeps|hold|holds|held|retain\w*|custody|our\s+safe|locked)\b)/u,
        allowable: false,
      },
      // … and money run through the applicant's own account: a cheque or payment deposited there with the balance sent on
      // ("deposit it to your personal account and forward the remaining balance to our vendor").
      /\b(?:deposit|cash|pay)\w*\s+(?:it|them|the\s+(?:\w+\s+)?(?:cheque|check|payment|funds|money|transfer))\s+(?:in|into|to)\s+your\s+(?:own\s+|personal\s+|private\s+)?(?:bank\s+)?account\b[^.]{0,80}\b(?:forward|transfer|send|wire|remit|pass\s+on|pay\s+out)\w*\s+(?:the\s+)?(?:remaining|rest|remainder|balance|difference|leftover|excess|funds|money)\b/u,
      {
        re: /\b(?:hand|give|turn|surrender|leave)\s+(?:over|in)?\s*(?:your\s+)?(?:original\s+)?(?:id\s+cards?|passports?|bank\s+cards?|identity\s+documents?|diplomas?)\b(?=[^.;]{0,80}\b(?:safekeeping|safe\s+keeping|kept|keeps|hold|holds|held|retain\w*|custody|until\s+(?:the\s+end|you\s+leave|your\s+contract))\b)/u,
        allowable: false,
      },
      /(?:个人卡|私人卡|个人银行卡|你的卡|本人卡)\s*(?:帮|替|给|为)?\s*(?:公司|老板|我们)?\s*(?:走账|过账|刷流水|走流水)|(?<!(?:app|平台|软件|理财)\s*)刷流水/u,
      /把\s*[^，,。；;]{0,6}?(?:密码|password)\s*(?:交由|交给|告诉|发给|给)/u,
      /(?:毕业证|学位证|身份证|证件|户口本|户口簿)\s*(?:原件)?\s*交\s*(?:公司|单位|我司|人事)\s*(?:保管|保存|存放)/u,
      /\bhand\s+over\s+(?:your\s+)?(?:passports?|id\s+cards?|bank\s+cards?)\b/u,
      /(?:押|扣押|抵押|扣留|代为保管|代管|上交|交出)\s*(?:您的|你的|个人)?\s*(?:身份证|证件|毕业证|学位证|银行卡)/u,
      /(?:银行卡|储蓄卡|信用卡)\s*的?\s*(?:密码|验证码|u盾)|网银\s*(?:登录)?\s*(?:账号|密码)|(?:登录|支付|交易)\s*密码|u盾/u,
      // Sent straight to a person: "发身份证号码给我".
      u(`(?:发|给)\\s*(?:一下)?\\s*(?:你的|您的)?\\s*身份证(?:号码?|照片|正反面)?${SEP}{0,4}?给\\s*(?:我|我们|hr)`),
      // Seventh round (former-blind-9): documents sent in a list to a person ("先发ID card正反面+银行卡号给HR"),
      // accounts opened in the applicant's identity and handed over ("用本人身份信息注册几个平台账号交公司统一管理").
      u(
        // (The document first and the verb looked for behind it: 发, 给 and 交 start too many positions.)
        `(?:身份证|\\bid\\s*cards?\\b|银行卡|护照|\\bpassports?\\b)(?<=(?:发|给|交)\\s*(?:一下)?\\s*(?:你的|您的)?\\s*(?:身份证|\\bid\\s*cards?\\b|银行卡|护照|\\bpassports?\\b))${SEP_LIST}{0,20}?给\\s*(?:我|我们|hr|人事|公司|招聘)`,
      ),
      u(
        `(?:账号|账户|帐号|手机卡|电话卡)${SEP}{0,4}?(?:交|交给|交由)\\s*(?:公司|我们|我司|单位)\\s*(?:统一)?\\s*(?:管理|保管|使用|运营|操作)`,
      ),
      /(?:办理|办张|开通|开办|新办|办)\s*(?:一张)?\s*(?:银行卡|电话卡|手机卡|信用卡)/u,
      /身份证原件/u,
      u(
        // (Round on former-blind-40..43, branch vet4043-contact: not uploaded or submitted through the platform's own
        // application system, "通过本平台投递简历，并上传学历证书、身份证扫描件".)
        // (Round on former-blind-44..47, branch vet4447-contact: not the salary card's number alone, which only pays.)
        `(?:提供|发送|提交|上传|告知|上交|出示|登记|填写|拍照|留下|寄)(?<!(?:本平台|招聘平台|报名系统|报名网站|网上报名|平台)[^。；;!！?？\\n]{0,20}(?:上传|提交))${SEP}{0,6}?(?:身份证(?:正反面|照片|号码?|复印件|扫描件)|银行卡|银行账户|银行账号|(?<!工资卡?)卡号|\\bid\\s*cards?\\b|\\bbank\\s*cards?\\b|\\bpassports?\\b)`,
      ),
      u(
        `(?:报名|面试|应聘|投递|咨询|登记|预约|录用前|面试前|报到前)${SEP}{0,12}?(?:身份证(?:正反面|照片|号码?|复印件|扫描件)|银行卡|银行账户|银行账号)`,
      ),
      // The verb after the document: "请将身份证照片发至邮箱", "银行卡号发给我们".
      u(
        `(?:身份证(?:正反面|照片|号码?|复印件|扫描件)?|银行卡(?:号|照片)?|银行账号)${SEP}{0,4}?(?:发至|发到|发给|发送至|寄至|寄到|拍照发|上传至)`,
      ),
      /\b(?:send|provide|submit|share)\s+(?:us\s+)?(?:your\s+)?(?:id\s+card|bank\s+(?:card|account|details)|passport)\b/u,
      // An English verb with the Chinese document: "Please send your 身份证号 and 短信验证码".
      /\b(?:send|provide|submit|share|give|text|forward|upload)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:身份证|银行卡|卡号|短信验证码|验证码|支付密码|密码)/u,
      // Documents brought at the application stage, or kept by someone until a date: "Bring your ID card and
      // bank card on application; we keep them until payday". (Three patterns, not one alternation: each
      // alone lets the engine skip ahead on its first word, and together they cost twice as much.)
      /\b(?:bring|show|hand\s+in|hand\s+over|submit)\s+(?:us\s+)?(?:your\s+)?(?:original\s+)?(?:id\s+card|passport|bank\s+card)\b[^.;]{0,40}\b(?:on|at|when|with\s+your)\s+(?:application|applying|the\s+interview|interview|registration|sign[-\s]?up|you\s+apply)\b/u,
      /\b(?:keep|hold|retain)\s+(?:them|it|your\s+(?:id|passport|bank|documents?|cards?)[a-z\s]{0,12})\s+(?:until|till|for\s+safekeeping)\b/u,
      // Round on former-blind-24/25 (branch vet2425-fraud): documents kept by the employer for the life of the contract, the
      // keeper and the term after the verb and the document named well before it ("bring your ID card and the bank card …;
      // both will be kept in the HR office for the duration of your contract", "the passport stays in our safe until the
      // contract ends", "护照交给中介保管"). A copy or a scan kept on file, and documents that stay with the worker, are clean.
      {
        re: /\b(?:passports?|id\s+cards?|identity\s+(?:cards?|documents?)|ids|bank\s+cards?|diplomas?|originals?)\b[^.]{0,80}?\b(?:kept|held|retained|stored|locked(?:\s+(?:up|away))?|stays?|remains?|deposited)\s+(?:in|at|with|by|inside)\s+(?:the\s+|our\s+|its\s+)?(?:(?:company|hr|agency|employer|head|site|branch|[a-z]+)\s+)?(?:company|hr|office|safe|agency|employer|us|management|locker|vault)\b(?![.]?\s*(?:copy|scan))[^.]{0,50}?\b(?:for\s+the\s+(?:duration|length|whole|entire|term)|until|till|throughout|during)\b/u,
        allowable: false,
      },
      u(
        `(?:身份证|护照|毕业证|学位证|证件|银行卡|户口本|户口簿)(?!\\s*(?:复印件|扫描件|照片|号|正反面))${SEP}{0,8}?(?:交给|交由|交|由|放在|存放在|存放于|存在|留在|锁在)\\s*(?:公司|单位|我司|人事|中介|财务|hr|办公室|我们|老板|机构|保险柜|项目部|项目组|站点|站长|店里|店长|工地|基地|领队)${SEP}{0,4}?(?:统一|代为|集中)?\\s*(?:保管|保存|存放|代管|扣留|收着|留存)`,
      ),
      // Round on former-blind-38/39 (branch vet3839-fraud): the keeper named by the site's own word (项目部, 站点, 店里, 领队) as
      // above, and an original pledged with the employer ("身份证原件和驾驶证押站点，离职归还", "护照押在公司"); in English
      // the worker's own payment accounts used to take money that is then passed to the employer ("Your WeChat Pay and
      // Alipay accounts will be used to receive tips … and transferred to the studio daily").
      // (Not allowable: "入职时身份证原件…" is the check at onboarding only when the original goes back.)
      {
        re: u(
          `(?:身份证|护照|驾驶证|驾照|毕业证|学位证|证件)(?!\\s*(?:复印件|扫描件|照片|号|正反面))(?:原件)?${SEP}{0,12}?押\\s*(?:在|给)?\\s*(?:公司|单位|我司|站点|站长|店里|店长|项目部|中介|老板|我们|机构|宿舍|工地)`,
        ),
        allowable: false,
      },
      /\byour\s+(?:own\s+|personal\s+|private\s+)?(?:[\w-]+\s+){0,4}?accounts?\b[^.;]{0,20}?\b(?:will\s+be|are|is|get)\s+used\s+to\s+(?:receive|collect|take)\b[^.;]{0,60}?\b(?:transferred|forwarded|sent|passed\s+on|remitted|paid\s+over)\s+to\s+(?:the|our|us)\b/u,
      // … the worker's own name or identity used to open what the employer then uses ("用你本人身份证帮店里办收款码",
      // "用自己的名义开三张手机卡，供客服部外呼用", "用你的名字注册一个小店，公司运营"); an account for the worker's own pay or
      // social insurance has no such use named.
      u(
        `(?:用|以|拿|凭)\\s*(?:你|您)?\\s*(?:的)?\\s*(?:本人|个人|自己)?\\s*(?:的)?\\s*(?:名字|名义|身份证|身份|证件|护照|实名)(?=${SEP_LIST}{0,40}?(?:(?:帮|替|给|为|供)\\s*(?:店里|店铺|门店|公司|我们|我司|本公司|老板|团队|单位|机构|[\\u4e00-\\u9fff]{1,3}部)|(?:交给|交由|由|归)?\\s*(?:店里|公司|我们|我司|老板|团队|机构)\\s*(?:来|统一|负责|代为)?\\s*(?:运营|使用|操作|保管|经营|管理|外呼|收款)))${SEP}{0,12}?(?:办|开|注册|申请)${SEP}{0,8}?(?<!工资|社保|公积金|医保|薪资)(?:手机卡|电话卡|银行卡|账户|账号|收款码|pos机|店铺|网店|小店|店|公司|营业执照|执照|支付宝|微信)`,
      ),
      // … and customers' or the employer's money passed through the worker's own account ("Receive payments from our
      // customers on your personal PayPal and forward them to our account").
      /\b(?:receiv|collect|accept|tak|get)\w*\b[^.;]{0,50}?\b(?:on|into|in|to|through|via|with)\s+your\s+(?:own\s+|personal\s+|private\s+)(?:bank\s+)?(?:accounts?|cards?|paypal|alipay|wechat(?:\s+pay)?|wallets?|venmo|cash\s*app|zelle)\b[^.]{0,60}?\b(?:forward|transfer|send|pass|remit|wire|move)\w*\b/u,
      // Round on former-blind-18 (branch vet18-fraud): the employer as the keeper, named first, of staff's or applicants'
      // originals ("We keep staff's original ID cards in the office safe", "HR holds new hires' passports for the first
      // year"), and in Chinese the originals locked away or kept by the employer ("身份证原件锁在公司保险柜",
      // "毕业证由人事统一保管").
      {
        re: /\b(?:id\s+cards?|passports?|identity\s+(?:cards?|documents?)|diplomas?|bank\s+cards?)\s+(?:stays?|remains?|is\s+kept|are\s+kept|is\s+held|are\s+held|will\s+(?:be\s+kept|be\s+held|stay|remain))\s+(?:with|by|at)\s+(?:the\s+|your\s+|our\s+)?(?:manager|supervisor|hr|company|employer|office|agency|store|factory|boss|us|team\s+lead(?:er)?)\b/u,
        allowable: false,
      },
      {
        re: /\b(?:we|the\s+(?:company|employer|office|store|factory|agency)|hr|management|your\s+(?:manager|supervisor))\s+(?:will\s+)?(?:keep|keeps|hold|holds|retain|retains|store|stores|lock|locks|collect|collects)\s+(?:up\s+)?(?:[\w-]+['’]s?\s+|your\s+|their\s+|all\s+|the\s+|new\s+|staff\s+|employees['’]?\s+){0,3}(?:original\s+)?(?:id\s+cards?|passports?|identity\s+(?:cards?|documents?)|diplomas?|degree\s+certificates?|bank\s+cards?)\b(?!\s+(?:numbers?|details|cop(?:y|ies)|scans?|photos?)\b)/u,
        allowable: false,
      },
      {
        re: u(
          `(?:身份证|户口本|毕业证|学位证|护照|证件|银行卡|工资卡)(?!\\s*(?:复印件|扫描件|照片|号))\\s*(?:原件)?${SEP}{0,6}?(?:锁(?:在|于|进)|放(?:在|进)\\s*(?:公司|单位|办公室|人事|财务)?\\s*(?:的)?\\s*保险柜|由\\s*(?:公司|单位|人事|财务|店长|主管|老板|我们|我司|厂里)\\s*(?:统一|代为|集中)?\\s*(?:保管|保存|收存|存放|收走))`,
        ),
        allowable: false,
      },
      // … and a payment instrument opened in the applicant's name, then handed to the employer ("用你名下开通POS机和收款码，
      // 交给团队使用", "以本人身份办理商户收款码交公司统一使用").
      {
        re: u(
          `(?:本人|个人|自己|你|您)\\s*(?:的)?\\s*(?:名下|名义|身份|实名)${SEP}{0,4}?(?:开通|办理|注册|申请|开|办)${SEP}{0,8}?(?:pos\\s*机?|收款码|商户号?|账户|账号|银行卡|电话卡|手机卡|营业执照|店铺|网店)${SEP_LIST}{0,16}?(?:交给|交由|交|给|借给|供)\\s*(?:公司|团队|我们|我司|老板|主管|他人|财务|运营)`,
        ),
        allowable: false,
      },
      u(`(?:银行卡|储蓄卡|工资卡)${SEP}{0,10}?(?:密码|验证码)|(?:告知|提供|说出)${SEP}{0,4}?密码`),
      /u\s*盾|网银\s*(?:盾|key|令牌)/u,
      u(
        `(?:新办|办理|办|开)\\s*(?:一张)?\\s*(?:新的)?\\s*(?:银行卡|电话卡|手机卡)${SEP}{0,8}?(?:交给|交由|给|借给|出借|上交)`,
      ),
      /(?:毕业证|学位证|身份证|证件|户口本)\s*(?:原件)?\s*(?:交由|交给|交予|上交|押在)\s*(?:公司|单位|我司)?\s*(?:保管|保存|存放|处)?/u,
      /(?:公司|单位|我司)\s*(?:代为|统一)?\s*(?:保管|扣留)\s*(?:您的|你的|员工的?)?\s*(?:身份证|毕业证|学位证|证件)/u,
      /\b(?:photo|copy|scan|picture)\s+of\s+(?:your\s+)?(?:id\s+card|passport|bank\s+card)\b/u,
      /\bbank\s+(?:account|card)\s+(?:number|details|password|pin)\b|\b(?:card|bank)\s+pin\b/u,
      /\bbank\s+card\b[^.;]{0,24}\b(?:pin|password|passcode)\b/u,
      // A one-time code or an account password lets someone else open accounts or take money in the
      // applicant's name: "把短信验证码发给我们", "支付宝账号和密码", "send us the verification code".
      u(
        `(?:提供|发送|发|告知|告诉|转发|报|给|填写|提交|截图)${SEP}{0,12}?(?:短信|手机|动态|收到的)?\\s*验证码|(?:短信|手机|动态)?验证码${SEP}{0,8}?(?:发给|告诉|给我|给我们|提供给|转给|报给|截图)`,
      ),
      /(?:支付宝|微信|qq|淘宝|京东|网银|银行|银行卡|账户|账号|钱包)[^，,。；;]{0,6}?(?:密码|支付密码|登录密码|口令)/u,
      // (Round on former-blind-40..43, branch vet4043-contact: not the codes of gift cards bought, money rather than a
      // credential: "buy gift cards with your own money, send us the codes".)
      /\b(?:send|share|provide|forward|give|tell|text)(?<!\b(?:gift|itunes|apple|steam|google\s+play|voucher|prepaid|top-up|recharge)\s+cards?\b[^.;]{0,40}(?:send|share|provide|forward|give|tell|text))\s+(?:us|me|the\s+recruiter)?\s*(?:the\s+|your\s+|a\s+)?(?:sms\s+|text\s+|verification\s+|one[-\s]time\s+|login\s+|security\s+|6-digit\s+|otp\s+)?(?:code|password|passcode|pin|otp)s?\b(?!\s+(?:samples?|reviews?|snippets?|repositor))/u,
      /\b(?:alipay|wechat(?:\s+pay)?|paypal|online\s+banking|bank(?:ing)?\s+app)\s+(?:login\s+)?(?:password|credentials|pin)\b/u,
      // Lending an identity: "借用你的身份证注册", "出借银行卡", "刷脸认证帮忙".
      /(?:借用|借|出借|租用|租借|收购|出租|出售|回收)\s*(?:你的|您的|个人|闲置)?\s*的?\s*(?:身份证|银行卡|电话卡|手机卡|支付宝|微信号?|qq号|营业执照|对公账户)/u,
      // Round on former-blind-16 (branch vet16-fraud): the card's class between the verb and the card ("出借你的一类银行卡"),
      // the card named before the verb ("银行卡出租", "手机卡出借给公司"), and an identity document used in the applicant's
      // name to open something for the company ("用你名下的营业执照帮公司开对公账户").
      /(?:借用|借|出借|租用|租借|收购|出租|出售|回收)\s*(?:你的|您的|个人|闲置)?\s*的?\s*(?:[一二三]类|[ⅰⅱⅲi]{1,3}类|借记|储蓄)\s*(?:银行)?\s*卡/u,
      /(?:银行卡|电话卡|手机卡|身份证|营业执照|对公账户|收款码|u盾|支付宝账号|微信号)\s*(?:的)?\s*(?:出租|出借|出售|租借|收购)(?!\s*(?:业务|合同|管理|公司|行业))/u,
      // (branch vet-slang) The applicant's card or account used to pass the company's money through ("用你的银行卡走账", "借你的卡收款，按
      // 流水给提成"), and cards bought outright ("收卡，一张800").
      /(?:用|借用|借|租用)\s*(?:一下)?\s*(?:你的|您的|你|您|本人的?|个人的?)\s*(?:银行卡|银行账户|账户|卡|收款码)[^，,。；;!！?？\n]{0,6}?(?:走账|过账|走流水|刷流水|收款|收钱|转账|代收|代付)/u,
      /(?:^|[，,。；;!！\s])收(?:银行)?卡\s*[，,、]?\s*(?:一张|每张)\s*\d/u,
      u(
        `名下\\s*的?\\s*(?:营业执照|身份证|银行卡|电话卡|手机卡|手机号|身份信息|信息)(?<=(?:你|您|本人|个人|自己)\\s*名下\\s*的?\\s*(?:营业执照|身份证|银行卡|电话卡|手机卡|手机号|身份信息|信息))${SEP}{0,8}?(?:帮|替|为|给)\\s*(?:公司|我们|我司|老板|团队)\\s*(?:开|办|注册|申请|开通|办理)`,
      ),
      // … 跑分 (laundering payments through one's own accounts, not a phone benchmark) and one's collection code handed to
      // the company ("提供本人收款码给公司收货款").
      u(
        `跑分(?<=(?:帮|替|给)\\s*(?:公司|平台|我们|老板|团队)\\s*跑分|(?:身份证|银行卡|收款码|账户|支付宝|微信)${SEP}{0,8}?跑分)|跑分\\s*(?:走账|洗钱|收款|代收|佣金|返佣|日结|兼职|赚钱)`,
      ),
      u(
        `(?:提供|借|出借|交出|上交|出租)\\s*(?:你的|您的|本人|个人|自己的?)\\s*(?:的)?\\s*(?:收款码|收款二维码|支付宝|微信收款)${SEP}{0,10}?(?:给|帮|替|供)\\s*(?:公司|我们|平台|老板)`,
      ),
      // … SIM cards or accounts opened for the company with the applicant's real name ("帮公司办几张手机卡，实名用你的"),
      // and in English a shop or account registered under the applicant's ID for the company.
      u(
        `(?:帮|替|给)\\s*(?:公司|我们|老板|团队)\\s*(?:办|开|注册|申请|办理)${SEP}{0,6}?(?:手机卡|电话卡|银行卡|账户|账号|网店|店铺)${SEP_LIST}{0,12}?(?:实名|用你的|你的名字|你的身份证|本人身份|你本人)`,
      ),
      /\b(?:register|open|set\s+up)\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}?(?:under|in|with)\s+your\s+(?:own\s+)?(?:id|name|identity|id\s+card)\b[^.;]{0,20}\bfor\s+(?:us|the\s+company|our\s+company)\b/u,
      // … a card opened at the bank and handed to the company ("统一去银行开卡，卡交财务统一保管"), and a payment account
      // opened for the company's team to use ("Open a personal WeChat Pay account and give our team the login").
      u(
        `(?:开卡|办卡|开户)(?<=(?:统一|去银行|到银行|新)\\s*(?:去银行|到银行)?\\s*(?:开卡|办卡|开户))${SEP_LIST}{0,12}?(?:卡|存折|u盾)\\s*(?:交|交给|交由|上交|由)\\s*(?:公司|财务|人事|主管|单位|我们)`,
      ),
      /\bopen\s+(?:a\s+|an\s+)?(?:(?:new|personal|private)\s+)*(?:wechat(?:\s+pay)?|alipay|paypal|bank|taobao|douyin|payment)\s+(?:account|wallet|shop|store)\b[^.;]{0,40}\b(?:give|hand\s+over|send|share|pass)\s+(?:us|our\s+(?:team|staff|operators?)|the\s+(?:team|company|recruiter))\s+(?:the\s+|your\s+)?(?:login|password|credentials|access|pin|card)\b/u,
      // A selfie with the ID card, or accounts and loans in the applicant's name.
      // Travel and household documents sent to a person: "护照复印件发给我", "户口本照片发到微信".
      u(
        `(?:护照|户口本|户口簿|驾驶证|学生证|社保卡)(?:原件|复印件|照片|扫描件|号码?|首页|信息)?${SEP}{0,4}?(?:发至|发到|发给|发送至|寄至|寄到|拍照发|上传至|交给|交由)`,
      ),
      /\b(?:send|provide|submit|share|give|text|email)\s+(?:us\s+|me\s+)?(?:your\s+|a\s+|an\s+|the\s+)?(?:national\s+)?(?:id|identity|passport|ssn|social\s+security)\s+(?:card\s+)?(?:numbers?|no\.?|copy|photo|scan|details)\b/u,
      /\b(?:verification|sms|one[-\s]time|security|login)\s+code\s+(?:that\s+)?(?:we|you)\s+(?:text|send|sms|receive|get)\b/u,
      /手持\s*身份证|\bselfie\s+(?:holding|with)\s+(?:your\s+)?(?:id|passport)\b|\bphoto\s+of\s+you\s+holding\s+(?:your\s+)?(?:id|passport)\b/u,
      // Originals kept by the employer, whatever the verb: "户口本原件须暂存人事处，离职时归还" (copies for
      // the personnel file are not this).
      /(?:身份证|户口本|户口簿|毕业证|学位证|护照|驾驶证|证件)(?!\s*(?:复印件|扫描件|照片|号))\s*(?:原件)?[^，,。；;]{0,6}?(?<!不|不予|不会|不得|未|无需|无须|从不|均不|一律不)(?:暂存|寄存|留存|扣留|押在|存放(?:在|于)|存于|统一保管)/u,
      // Online banking and its keys, and a new account opened to hand over: "provide your online banking login",
      // "open a new bank account … hand over the card and U-shield".
      /\b(?:online|internet|mobile|e-)[-\s]*banking\s+(?:login|log-in|username|credentials|details|password|access|account\s+and\s+password)\b|\bu[-\s]?shield\b|\busb\s+(?:security\s+)?key\s+(?:of|for)\s+(?:your|the)\s+(?:bank|account)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): numbers, cards or accounts registered under the applicant's ID
      // for the employer ("Register 3 phone numbers under your ID for our marketing team").
      {
        re: /\b(?:hold|keep|retain)(?<!\b(?:you|staff|workers|employees)\s+(?:always\s+|will\s+)?(?:hold|keep|retain))\s+(?:on\s+to\s+)?your\s+(?:original\s+)?(?:passport|id\s+card|identity\s+card|diploma|degree\s+certificate|bank\s+card)s?\b(?!\s+(?:up|ready|with\s+you)\b)/u,
        allowable: false,
      },
      /\b(?:register|open|set\s+up|apply\s+for)\s+(?:\w+\s+){0,3}?(?:phone\s+numbers?|sim\s+cards?|accounts?|bank\s+cards?|shops?|stores?|companies|company|businesses)\s+(?:under|in|with|using)\s+your\s+(?:own\s+)?(?:id|id\s+card|name|identity|passport)\b/u,
      /\bopen\s+(?:a\s+)?(?:new\s+)?(?:bank\s+account|bank\s+card|sim\s+card|alipay\s+account)\b[^.;]{0,60}\b(?:hand\s+(?:over|in)|give|send|pass|lend)\s+(?:us\s+|it\s+to\s+)?(?:the\s+|your\s+)?(?:it|them|cards?|bank\s+cards?|u[-\s]?shields?|tokens?|sims?|passwords?|pins?|login)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): where it is opened may stand between ("用你的身份证在拼多多开店").
      u(
        `(?:以|用|拿)\\s*(?:你|您)\\s*(?:本人|个人|自己)?\\s*的?\\s*(?:名义|名字|身份(?:信息|证件)?|身份证|手机号|实名)\\s*(?:在|去|到)[^，,。；;]{1,10}?(?:开店|开网店|开户|开通|注册|办卡|申请|开设|开)(?![^，,。；;]{0,4}?(?:教育|培训|学费|助学|课程)\\s*(?:分期|贷))`,
      ),
      // (Round on former-blind-40..43, branch vet4043-contact: nor a course's instalments or study loan in the applicant's own
      // name, before or after — "支持学习贷分36期，用本人名义办理", "用你身份证办个消费分期": a training loan.)
      /(?:以|用)(?<!(?:学习贷|培训贷|助学贷|分期|花呗|白条|学费|培训费|课程费|学杂费)[^。；;!！?？\n]{0,12}(?:以|用))\s*(?:你|您)?\s*(?:本人|个人)?\s*的?\s*(?:名义|名字|身份(?:信息|证件)?|身份证|手机号)\s*(?:帮|替|给)?\s*(?:公司|我们|我司)?\s*(?:办理|注册|开通|贷款|借款|申请|办卡|办|开)(?![^，,。；;]{0,4}?(?:(?:教育|培训|学费|助学|课程)\s*(?:分期|贷)|(?:消费|学习)?\s*分期(?!\s*(?:买|购)?\s*(?:[一二两三四五\d]\s*(?:部|台|辆))?\s*(?:手机|电脑|笔记本|家电|汽车|车))|学习贷|培训贷|助学贷))/u,
      /\bcodes?\b[^.]{0,60}\b(?:forward|send|give|read|tell)\s+(?:it|them)\s+(?:back\s+|out\s+)?to\s+(?:us|me|the\s+recruiter|our\s+\w+|hr)\b/u,
      // Round on former-blind-32/33 (branch vet3233-fraud): an account opened by the applicant, in their name, for the
      // workplace named as a careless ad names it — the shop, the studio — to collect money or to keep ("办一个收款码给店里
      // 收钱用", "用你名下开一个支付宝商家号公司收款用", "用你身份证实名注册五个抖音号，号给工作室"); pay into an account
      // stays clean. In English the passport held by any party but the worker ("Agency keeps your passport", "passport kept
      // by the agency", "Passports are held by the sponsor family on arrival"), and a bank card handed over with its PIN.
      u(
        `(?:你|您)\\s*(?:的|自己的)?\\s*(?:名下|名义|名字|实名|身份证|身份){0,2}\\s*(?:办|开|注册|申请|开通)\\s*(?:一个|个|几个|[\\d一二两三四五六七八九十]+\\s*个)?\\s*(?:收款码|收款账户|商家号|商户号|支付宝|微信号?|银行卡|抖音号|快手号|淘宝店|网店|账号)${SEP}{0,10}?(?:(?:给|交给|借给|供)\\s*(?:店里|门店|店铺|工作室|厂里|公司|老板|我们)|(?:店里|门店|工作室|厂里|公司|老板)\\s*(?:收钱|收款|走账|统一用|用))(?![^，,。；;]{0,6}(?:发工资|发薪|打工资))`,
      ),
      /\b(?:agency|agent|broker|sponsor|employer|company|captain|recruiter|family|manning\s+agent)\s+(?:keeps|holds|retains|takes|collects)\s+(?:your|the\s+workers['’]?|their|all)\s+passports?\b|\bpassports?\b(?:\s+and\s+[\w'’]+(?:\s+book)?)?\s+(?:are\s+|is\s+|will\s+be\s+)?(?:kept|held|retained|collected|confiscated)\s+by\s+(?!you\b|yourself\b|the\s+(?:worker|holder|employee)\b|(?:the\s+)?(?:visa|embassy|consulate|immigration|authorit|government|police|border))(?:the\s+|your\s+|our\s+)?[a-z]+|\b(?:atm|bank|debit|salary|payroll)\s+cards?\s+(?:and|&|plus|with)\s+(?:the\s+|its\s+|your\s+)?(?:pin|password|passcode)s?\b(?<=\b(?:hands?|give|gives|surrender\w*|handing|giving|leave|leaves|deposit|submit)\s+(?:over\s+)?(?:the\s+|your\s+|their\s+)?(?:atm|bank|debit|salary|payroll)\s+cards?\s+(?:and|&|plus|with)\s+(?:the\s+|its\s+|your\s+)?(?:pin|password|passcode)s?)/u,
      // Handing over control of an account or an identity, in one pass each for Chinese and English
      // (eleven separate scans of a 5,000-character posting cost about 0.05 ms): the credentials of any
      // account ("账号和登录密码", "username and password", "share the SMS verification codes"); cards,
      // SIMs, accounts, firms or loans opened in the applicant's own name and handed over ("办理本人名下
      // 电话卡两张，交公司统一管理", "register company accounts in your name"); lending or renting an
      // identity; the ID card's photo sent at the application stage ("先发身份证正反面照片实名登记"); face
      // verification for someone else's account ("帮公司刷脸认证").
      anyOf(
        // The thing handed over put first: "把支付宝借给我们用", "请把淘宝店铺账号借给公司使用".
        /把\s*(?:你|您|自己|个人)?的?\s*[\u4e00-\u9fff]{0,8}?(?:身份证|银行卡|工资卡|储蓄卡|信用卡|电话卡|手机卡|支付宝|微信号?|qq号?|账号|账户|营业执照|u盾|手机号)\s*(?:借给|租给|卖给|交给|转给|借|租)\s*(?:我们|公司|我司|本公司|他人|主管|老板|hr)/u,
        /(?:账号|账户|用户名|帐号)\s*(?:和|及|与|、|\/|加)\s*(?:登录|支付|交易)?\s*(?:密码|口令)/u,
        u(
          `(?:办理|办|开通|开办|注册|申请|开设|新办)${SEP}{0,6}?(?:本人|个人|自己|你|您)\\s*(?:名下|名义)${SEP}{0,8}?(?:电话卡|手机卡|银行卡|信用卡|账户|账号|营业执照|公司|贷款|网贷|花呗|白条)`,
        ),
        u(
          `(?:本人|个人|自己|你|您)\\s*名下\\s*的?\\s*[\\u4e00-\\u9fff]{0,4}?(?:电话卡|手机卡|银行卡|信用卡|账户|账号|营业执照|公司)${SEP}{0,12}?(?:交|给|借|租|卖|出借|统一管理|由公司)|(?:本人|个人|自己|你|您)\\s*名下\\s*的?\\s*[\\u4e00-\\u9fff]{0,4}?(?:电话卡|手机卡|银行卡|信用卡|账户|账号|营业执照)${SEP_LIST}{0,12}?由\\s*(?:(?:公司|我司|单位)\\s*)?(?:财务|人事|hr|主管|老板|店长|专人|公司)\\s*(?:统一|代为|集中)?\\s*(?:管理|保管|保存|使用|操作)`,
        ),
        /(?<![开研启散收出])发\s*(?:一下|一张)?\s*(?:你的|您的|本人|个人)?\s*身份证(?:正反面|照片|号码?|复印件|扫描件)/u,
        /(?:帮|替|代|协助)\s*(?:公司|我们|他人|别人|客户)?\s*(?:刷脸|人脸(?:识别|认证|验证))|(?:刷脸|人脸(?:识别|认证|验证))\s*(?:帮忙|代办|帮公司)/u,
      ),
      anyOf(
        /\b(?:username|user\s+name|login|account(?:\s+(?:name|number|id))?)\s*(?:and|&|\/|plus)\s*(?:the\s+|your\s+)?(?:login\s+|account\s+)?(?:password|passcode|pin)\b/u,
        /\b(?:send|share|provide|forward|give|tell|text|read)\s+(?:us\s+|me\s+)?(?:the\s+|your\s+|any\s+|all\s+)?(?:(?:sms|text|verification|one[-\s]time|login|security|otp|6-digit)\s+){1,3}(?:codes?|passwords?|passcodes?)\b/u,
        // (Round on former-blind-36/37 (branch vet3637-fraud): not the account the pay is paid into, "paid into a bank account
        // that we help you open in your own name for your own use".)
        /\b(?:register|open|set\s+up|apply\s+for|take\s+out|sign\s+up\s+for|activate)\b(?<!\bpaid\s+(?:(?:monthly|weekly|directly|straight)\s+)?into\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?accounts?\s+(?:that\s+|which\s+)?(?:you\s+|we\s+(?:will\s+)?help\s+you\s+)open)[^.;]{0,40}\b(?:in|under)\s+your\s+(?:own\s+)?(?:name|identity)\b(?!\s+for\s+your\s+own\s+use)/u,
        /\b(?:lend|rent|sell|loan|hand\s+over)\s+(?:us\s+|out\s+)?(?:your\s+)?(?:(?:own|personal|spare)\s+)?(?:id\s+card|identity|bank\s+(?:card|account)|sim\s+cards?|phone\s+number|alipay|wechat|accounts?)\b/u,
        /\b(?:remote\s+)?access\s+to\s+your\s+(?:bank(?:ing)?\s+(?:app|account)|online\s+banking|alipay|wechat(?:\s+pay)?|payment\s+accounts?)\b/u,
        // Documents kept by the employer: "hand over your passport to HR for safekeeping".
        /\b(?:passports?|id\s+cards?|identity\s+cards?|diplomas?|degree\s+certificates?)\b[^.;]{0,40}\b(?:for\s+safekeeping|(?:kept|held|retained)\s+by\s+(?:the\s+)?(?:company|employer|hr|us|management|your\s+(?:manager|supervisor))|withheld|until\s+(?:you\s+)?(?:leave|resign|quit))\b/u,
        /\b(?:face|facial)\s+(?:verification|recognition|scan|authentication)\b[^.;]{0,40}\b(?:for\s+(?:us|our|the\s+company|company\s+accounts?)|on\s+(?:our|company)\s+accounts?)\b/u,
      ),
      // Round vet-wechat (general knowledge of 劳务中介 and factory ads): the worker's ID card or wage card kept by the company,
      // a foreman or the agency, written as a handing-over with the keeper after it ("卡和密码交财务保管", "工资卡统一办理，由公司
      // 代为保管", "卡由领班保管", "身份证交公司，发工资时再给"). A card the worker keeps is said otherwise ("工资卡自己保管").
      {
        re: u(
          `(?:身份证(?:原件)?|银行卡|工资卡|(?<![会员年月购饭房门油值礼])卡)(?:\\s*(?:和|及|与|、)\\s*(?:密码|身份证|银行卡|工资卡))?${SEP_LIST}{0,10}?(?<!不|不用|无需|无须|不需|不需要|不必|不会|没有|不再)(?:交|交给|交由|由|放|押)\\s*(?:公司|厂里|厂方|财务|领班|班长|组长|线长|主管|老板|中介|带队|驻厂|人事|宿管)\\s*(?:统一|代为|代|来)?\\s*(?:保管|代管|管理|收着|拿着|保存)|(?:身份证(?:原件)?|银行卡|工资卡)\\s*(?:要|需|需要|得)?\\s*(?:交|交给|押)\\s*(?:公司|厂里|财务|领班|老板|中介|带队)${SEP}{0,4}?[，,]?\\s*(?:发工资|离职|干满|结工资)[^，,。；;]{0,6}?(?:再给|再还|再退|退还|归还|返还)`,
        ),
        allowable: false,
      },
      // Round on former-blind-48/49 (branch vet4849-contact): the papers or the wage card handed with 交 to a keeper named by
      // any short word ("身份证和工资卡交院里保管", "护照交车队保管"), as the keeper lists above name the usual ones; not the worker
      // themself, nor customers' papers handed on as a duty ("客户的…"). (The document first, the customer looked for behind
      // it: a leading look-behind is tried at every position.)
      u(
        `(?:身份证|护照|工资卡|银行卡)(?<!(?:客户|顾客|用户|学员|住户|老人|病人|患者)\\s*的?\\s*(?:身份证|护照|工资卡|银行卡))(?:原件)?(?:\\s*(?:和|及|与|、)\\s*(?:身份证|护照|工资卡|银行卡|密码)(?:原件)?)?\\s*(?:要|需|须|需要|得|统一|一律)?\\s*交\\s*(?!由?\\s*(?:本人|自己|员工|个人|持卡人))[\\u4e00-\\u9fff]{1,6}?(?:统一|代为|集中)?\\s*(?:保管|代管|收着)`,
      ),
      // … takings received on the applicant's own account with the short verb 进 / 打进, then passed on with a bare 转 to the
      // employer ("货款先进你的账户再转公司", "顾客的钱先打进你自己的微信，下班前转给店长").
      {
        re: u(
          `(?:转|汇|交)\\s*(?:给|到|回)?\\s*(?:公司|老板|店长|店里|财务|主管|老板娘)(?<=(?:打到|打入|打进|汇到|汇入|转到|转入|付到|进到|进|存入|存到|收到|收进)\\s*(?:(?:你|您)\\s*(?:本人|个人|自己|私人)?|本人|个人|自己|私人)\\s*(?:的)?\\s*(?:名下)?\\s*(?:的)?\\s*(?:账户|钱包|银行卡|卡|收款码|微信|支付宝)${SEP_LIST}{0,24}?(?:转|汇|交)\\s*(?:给|到|回)?\\s*(?:公司|老板|店长|店里|财务|主管|老板娘))`,
        ),
        allowable: false,
      },
    ],
    // "Beware of scams: we will never ask you to … share your bank details" lists what is never asked.
    ignoreInSentence: ID_OR_BANK_NOTICE,
    allow: [
      // Round on former-blind-48/49 (branch vet4849-contact): employees giving only the card's number ("员工只需提供本人银行卡号，
      // 不收卡、不要密码"), and the papers listed then kept by the worker named by any word ("阿姨的身份证、银行卡、手机都由阿姨
      // 自己保管").
      u(
        `(?:员工|职工|新员工|入职员工|在职员工)\\s*(?:只需|仅需|只要|只|仅)\\s*(?:提供|填写|登记|告知)\\s*(?:本人|个人)?\\s*(?:的)?\\s*(?:银行卡号|银行账号|卡号)`,
      ),
      u(
        `(?:身份证|银行卡|工资卡|手机|证件|护照)${SEP_LIST}{0,20}?(?:全部|都|均|一律)?\\s*由\\s*[\\u4e00-\\u9fff]{0,4}?(?:本人|自己)\\s*(?:自行)?\\s*(?:保管|持有|保存)`,
      ),
      // Round on former-blind-34/35 (branch vet3435-fraud): a check whether partners withhold papers, as the job ("负责检查合作劳务
      // 公司是否向工人收费、是否扣押证件"); copies of papers handed in on joining ("入职需提供身份证复印件、学历证书复印件").
      u(
        `(?:是否|有无)(?<=(?:监控|监督|排查|核查|检查|查处|防范|识别|杜绝|打击|审查|审核|巡查|核实|调查|监测|稽核|整治)${SEP_LIST}{0,20}?(?:是否|有无))${SEP_LIST}{0,20}`,
      ),
      u(
        `入职\\s*(?:时|当天|报到时)?\\s*(?:需|须|请|要)?\\s*(?:提供|提交|携带)\\s*(?:本人)?\\s*(?:身份证|学历证书|毕业证)[^，,。；;]{0,4}?复印件`,
      ),
      // Round on former-blind-20/21 (branch vet2021-fraud): a payroll account number asked of employees, not applicants
      // ("We only ever ask employees for a bank account number").
      /\b(?:ask|request|collect|need)\w*\s+(?:\w+\s+){0,2}?(?:employees?|staff|new\s+hires?|payees?)\s+(?:only\s+)?for\s+(?:a|their|the|one)\s+(?:bank\s+)?account\s+(?:number|details)\b/u,
      // Ninth round (former-blind-12, branch vet12): a bank's token handed out as a teller's duty ("网银U盾的发放与激活"),
      // originals looked at and handed straight back ("携带身份证原件以便现场核验，核验后即归还"), and a payroll card the
      // employee opens where they like ("工资卡由员工自行办理并提供卡号").
      /u盾\s*(?:的)?\s*(?:发放|激活|挂失|补办|申领|领取)/u,
      // Eleventh round (former-blind-14, branch vet14-fraud): the token in a list of products the job opens for customers
      // ("为客户办理借记卡、手机银行和U盾等产品的开通"); documents checked for the people the job serves ("verify bank account
      // details and ID for merchants"); the employee, already hired, as the one who provides them ("需要员工提供身份证复印件").
      u(
        `u盾(?<=为\\s*(?:客户|用户|持卡人|储户|商户)${SEP_LIST}{0,30}?u盾)${SEP_LIST}{0,16}?(?:发放|激活|开通|挂失|补办|申领|领取)`,
      ),
      /\b(?:verify|verifies|verifying|check|checks|checking|review|reviews|reviewing|validate|validates|validating|collect|collects|collecting|audit|audits|auditing)\b[^.;]{0,80}?\b(?:for|of|from)\s+(?:the\s+|our\s+|new\s+|all\s+)?(?:merchants|vendors|sellers|suppliers|borrowers|account\s+holders|cardholders|policyholders|partners|tenants|customers|clients)\b/u,
      u(
        `(?:需要|要求|通知|提醒|请)\\s*(?:员工|在职员工|新员工|入职员工|参保员工|职工)${SEP}{0,4}?(?:提供|提交|上传|填写|补充)${SEP}{0,16}`,
      ),
      // … and in English with the time or the purpose after the document ("your bank card number after you sign the
      // contract", "bank account details for payroll").
      /\b(?:bank\s+(?:card|account)|id\s+card|passport)\b(?:\s+(?:number|details|copy|no\.?))?(?=[^.;]{0,60}\b(?:(?:after|once|when|upon)\s+(?:you\s+)?(?:have\s+)?(?:sign|signed|accept|accepted|join|joined|start|started|are\s+hired|receive|received)\b|for\s+(?:payroll|salary\s+payments?|your\s+(?:salary|wages))\b))[^.;]{0,80}/u,
      // Tenth round (former-blind-13, branch vet13-fraud): the company's own banking keys kept as a duty ("保管公司网银U盾",
      // "负责单位对公账户U盾的保管").
      /(?:保管|管理|领用|使用|负责)\s*(?:公司|单位|企业|对公|本公司|我司|门店|财务部)\s*(?:的)?\s*(?:对公账户|基本户|银行账户)?\s*(?:的)?\s*(?:网银)?\s*(?:u\s*盾|ukey|u-key|网银盾|令牌|密码器)/u,
      u(
        `(?:身份证|证件|学历证书|毕业证|学位证)(?:原件)?${SEP_LIST}{0,30}?(?:核验|核对|查验|验证|验看)\\s*(?:后|完)\\s*(?:即|立即|当场|马上|当即|即时)?\\s*(?:归还|退还|返还)`,
      ),
      u(`(?:自行|自己|自主)${SEP}{0,12}?(?:办理|开户|选择)${SEP}{0,6}?(?:并|后)?\\s*提供\\s*(?:银行)?\\s*卡号`),
      // Round on former-blind-28/29 (branch vet2829-fraud): checked on the spot and not taken ("带身份证原件现场核验，不收取").
      u(
        `(?:身份证|证件|护照)(?:原件)?${SEP_LIST}{0,20}?(?:现场|当场|当面)?\\s*(?:核验|核对|查验|验证|验看)\\s*(?:后)?\\s*[，,]?\\s*(?:原件)?\\s*(?:不收取|不留存|不保留|不扣留|不收|不保管|不扣押)`,
      ),
      // Round on former-blind-18 (branch vet18-fraud): the card, document or password kept by the holder themself ("员工自行
      // 保管银行卡和密码", "身份证由本人自己保管"); documents brought on the day of joining with nothing kept ("入职带身份证原件和
      // 一寸照片"); the already employed as the ones who provide them, in English ("employees only provide a bank account
      // number", as 需要员工提供 above).
      u(
        `(?:自行|自己|本人|个人)\\s*(?:妥善)?\\s*(?:保管|保存|持有|掌管|设置)${SEP}{0,12}|(?:银行卡|身份证|证件|工资卡|密码|护照)${SEP}{0,10}?(?:由|归)\\s*(?:员工|本人|个人|持卡人)?\\s*(?:自行|自己|本人)\\s*(?:妥善)?\\s*(?:保管|保存|持有|掌管|设置)`,
      ),
      u(
        `(?:入职|报到)\\s*(?:当天|时)?\\s*(?:请|需|须|要)?\\s*(?:带|携带|带上|带好)(?!${SEP_LIST}{0,30}?(?:暂存|寄存|扣留|押在|统一保管|代为保管|(?<!自行|妥善|自己|个人|不|不会|不予|不得|无需)保管|代管|扣押))${SEP}{0,16}`,
      ),
      /\b(?:employees|staff(?:\s+members)?|new\s+hires|workers|hired\s+candidates)\s+(?:only\s+|just\s+|simply\s+|will\s+|then\s+)?(?:provide|submit|give|supply|share|enter|update)\s+(?:their\s+|a\s+|an\s+|the\s+|own\s+)*(?:bank\s+)?(?:account\s+(?:numbers?|details)|bank\s+details|payroll\s+details)\b(?![^.;]{0,30}\b(?:login|password|pin|passcode|codes?|cards?\s+(?:are|is)\s+kept)\b)/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): after the offer is accepted or received ("After you
      // accept the offer, HR will collect…"); a payroll sentence whose card number comes after a comma
      // ("工资由公司代发，员工提供本人银行卡号即可"); the company's own banking keys managed as a duty
      // ("负责…U盾管理（公司账户）").
      /\b(?:after|upon|once|when)\s+(?:you\s+)?(?:have\s+)?(?:accept(?:ed|ing)?|receiv(?:e|ed|ing)|sign(?:ed|ing)?|get|got)\s+(?:the\s+|our\s+|your\s+|an?\s+)?(?:job\s+|written\s+)?(?:offer|contract)\b[^.;]{0,80}/u,
      u(`(?:工资|薪资|薪酬)${SEP}{0,12}?(?:代发|发放)${SEP_LIST}{0,24}?(?:银行卡号?|银行账户|卡号)`),
      // (The key first and 负责 looked for behind it: a leading lookbehind is tried at every position.)
      u(
        `(?:u\\s*盾|ukey|u-key|网银盾|令牌|密码器)(?<=负责${SEP_LIST}{0,24}(?:u\\s*盾|ukey|u-key|网银盾|令牌|密码器))\\s*(?:的)?\\s*(?:管理|保管|申领|领用|使用)`,
      ),
      // (Not when the originals are then kept: "签约时户口本原件须暂存人事处" is withholding.)
      u(
        `(?:入职|报到|签约|录用|签订(?:劳动|就业)?(?:合同|协议))\\s*(?:后|时|当天|手续|之后|以后|材料)(?!${SEP_LIST}{0,40}?(?:暂存|寄存|扣留|押在|统一保管|代为保管|(?<!自行|妥善|自己|个人|不|不会|不予|不得|无需|概不|不再)保管|(?<!不|不会|不予|不得|严禁|禁止)(?:代管|扣押)))${SEP}{0,16}` +
          // The time governs the clauses it joins: "入职后请提供本人银行卡用于代发工资，并在系统内上传身份证复印件".
          `(?:[，,、]\\s*(?:并|并且|同时|再|然后|以及|及|和)${SEP}{0,20})*`,
      ),
      u(`(?:办理|完成)\\s*入职${SEP}{0,16}`),
      // Shown and handed back on the spot (former-blind-8): "身份证原件带好（面试登记用，当场归还）", "ID checked
      // and returned immediately". Kept, it is withholding.
      u(
        `(?:身份证|证件|护照)(?:原件)?${SEP_LIST}{0,20}?(?:当场|当面|核验后|核对后|登记后|查验后|(?:看|登记|核对|核验|查验|验|用)\\s*(?:完|过)|看后)\\s*(?:当场|马上|就)?\\s*(?:即)?\\s*(?:归还|退还|返还|交还|还你|还给你|退给你|还(?![要需得有会可]))[)）]?`,
      ),
      // Twelfth round (former-blind-15, branch vet15-fraud): … across a semicolon ("for a quick check; it is returned at once").
      /(?:\b(?:hand\s+over|hand\s+in|show|present|give)\s+(?:us\s+)?(?:your\s+)?(?:original\s+)?)?\b(?:id\s+cards?|passports?|documents?)\b[^.]{0,50}\b(?:returned|handed\s+back|given\s+back)\s+(?:immediately|on\s+the\s+spot|at\s+once|right\s+away)\b/u,
      // Shown at the gate to enter the premises (former-blind-9): "面试当天请携带身份证原件，用于登记进入园区",
      // "bring your ID card to sign in at the front gate". Nothing is handed over or kept.
      u(
        `(?:携带|带上?|带好|出示)\\s*(?:本人)?\\s*(?:身份证|证件|护照)(?:原件)?(?:${SEP_LIST}){0,12}?(?:进入|进出|入园|入厂|入楼|门禁|访客|安检|门岗)(?:园区|厂区|大楼|办公楼|公司)?`,
      ),
      /\b(?:bring|carry|show)\s+(?:your\s+)?(?:original\s+)?(?:id\s+card|passport|id)\b[^.;]{0,30}\b(?:to\s+(?:enter|sign\s+in|get\s+through)|for\s+(?:building|site|gate|visitor)\s+(?:access|entry|registration))\b/u,
      // After the offer, or shown at signing and handed back: "Offer后需提供身份证复印件", "身份证原件仅于签订劳动合同时核验".
      // A time clause governs the next one: "录用通知发放后，请提交身份证复印件".
      u(`(?:offer|录用通知)\\s*(?:后|之后|以后|发放后|确认后)${SEP_LIST}{0,30}`),
      u(
        `(?:身份证|证件|毕业证|学位证)(?:原件)?${SEP}{0,6}?(?:仅|只)?\\s*(?:于|在)\\s*(?:签订|签署|签约|入职|报到|录用)${SEP}{0,16}`,
      ),
      u(`(?:工资|薪资|薪酬|发薪|代发)${SEP}{0,10}?(?:银行卡|银行账户|卡号|工资卡)`),
      // Round on former-blind-17 (branch vet17-fraud): the payroll card named, then its number asked in the next clause of
      // the sentence ("工资卡为本人名下任一银行账户，只需提供卡号").
      u(`(?:工资卡|发薪卡|工资账户)${SEP_LIST}{0,24}?(?:提供|登记|填写|告知)\\s*(?:一下)?\\s*(?:银行)?(?:卡号|账号)`),
      u(`(?:办理|开通|办)\\s*(?:一张)?\\s*(?:银行卡|工资卡)${SEP}{0,10}?(?:工资|薪资|发薪|代发)`),
      u(`(?:银行卡|银行账户|卡号|工资卡)${SEP}{0,8}?(?:工资|薪资|发薪|代发)`),
      // A card asked for to pay wages, not at the application stage: "提供本人银行卡用于工资发放".
      u(
        // (Round on former-blind-17, branch vet17-fraud: a list of copies and the card before the purpose, "提供身份证复印件和
        // 本人银行卡号用于发放工资" — the purpose covers the list.)
        `(?<!(?:报名|面试|投递|应聘|咨询|录用前|面试前)${SEP}{0,12})(?:提供|提交|登记|填写|办理|上传|绑定)${SEP}{0,16}?(?:银行卡|银行账户|银行账号|卡号|工资卡)${SEP}{0,8}?(?:用于|用来|以便|方便)\\s*(?:工资|薪资|发薪|代发|发放|结算|提现|报酬|劳务费)`,
      ),
      // (branch vet-slang) A copy of the identity card for the contract or the insurance, not at the application stage: "入职提供身份证
      // 复印件用于签合同", "提交身份证复印件用于缴纳社保".
      u(
        `(?<!(?:报名|面试|投递|应聘|咨询|录用前|面试前)${SEP}{0,12})(?:提供|提交|上传|交)${SEP}{0,6}?身份证\\s*(?:复印件|扫描件)${SEP}{0,8}?(?:用于|用来|以便|方便)\\s*(?:签合同|签订(?:劳动|就业)?(?:合同|协议)|办理入职|入职手续|缴纳社保|办理社保|参保|购买保险)`,
      ),
      /(?:银行卡|信用卡|借记卡)\s*(?:业务|产品|营销|推广|中心|部)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): a card service done at the counter ("办理银行卡挂失", "信用卡补办与
      // 销户", "process card replacements and loss reports"): nobody reports their own card lost for an employer.
      /(?:(?:办理|办|受理|处理|协助)\s*)?(?:银行卡|信用卡|借记卡|储蓄卡|社保卡|工资卡)\s*(?:的)?\s*(?:挂失|解挂|补办|换卡|销户|激活|冻结|解冻|密码重置|年费|换发)(?:\s*(?:及|和|与|、|并|以及)\s*(?:挂失|解挂|补办|换卡|销户|激活|冻结|解冻|密码重置|密码修改|年费|换发))*|\b(?:lost|stolen)[-\s]card\s+(?:reports?|claims?)\b|\bcard\s+(?:replacements?|reissues?|cancellations?|activations?|loss\s+reports?)\b/u,
      // Collecting other people's details is a payroll or HR duty, not a demand on the applicant.
      u(
        `(?:负责|收集|核对|整理|维护|录入|核验|审核|为|帮助|协助|替|通知|提醒)${SEP}{0,6}?(?:员工|新员工|入职员工|候选人|客户|借款人|用户|会员|群众|旅客|住户|申请人|持卡人|投保人|贷款人|开户人)${SEP}{0,12}`,
      ),
      /\b(?:collect|process|verify|maintain|manage|update|record|handle|check|review|validate)\w*\s+(?:new\s+hires'?|employees?'?s?|staff|customers?'?s?|clients?'?s?|members'?|users'?|borrowers'?|account\s+holders'?|passengers'?|guests'?)[^.;]{0,80}/u,
      // Bank and counter duties: "handle ID verification for account opening", "负责开户、银行卡业务".
      /\b(?:handle|perform|process|conduct)\w*\s+(?:customer\s+)?(?:id|identity|kyc)\s+(?:verification|checks?)[^.;]{0,80}|\b(?:account\s+opening|card\s+activation)\b[^.;]{0,40}/u,
      // IT and product work on accounts and codes: "开发短信验证码功能", "负责账号密码重置".
      u(
        `(?:负责|协助|处理|重置|找回|修改|管理|维护|开发|设计|实现|对接|接入|测试)${SEP}{0,8}?(?:账号|账户|密码|验证码)${SEP}{0,12}`,
      ),
      /\b(?:build|implement|develop|design|test|maintain|integrate)\w*\b[^.;]{0,40}\b(?:otp|one[-\s]time\s+password|verification\s+code|login|password)s?\b[^.;]{0,40}/u,
      // After the offer: "after hiring", "once you join", "on your first day".
      /\b(?:after|upon|once|when)\s+(?:hiring|hired|you\s+(?:are\s+hired|join|sign|start)|joining|onboarding|signing|the\s+offer)\b[^.;]{0,60}/u,
      // Onboarding other people is an HR duty: "Onboard new hires: collect ID copies, bank account details …".
      /\bonboard\w*\s+(?:new\s+)?(?:hires|employees|staff|starters|joiners|recruits)\b[^.;]{0,120}/u,
      // … and the sentence before it ("collect employee bank details after hiring"); anchored at a
      // sentence start, because a leading wildcard tried at every position cost a millisecond.
      /(?:^|[.;!?。；\n])[^.;!?。；\n\u4e00-\u9fff]{0,100}?\b(?:after|upon)\s+(?:hiring|onboarding|joining|you\s+(?:are\s+hired|join))\b/u,
      // Round vet-wechat (general knowledge of factory and 劳务派遣 ads): the worker's own card given for wages with the short
      // verb ("须提供本人银行卡用于发工资"), as "用于发放工资" above.
      u(
        `(?<!(?:报名|面试|投递|应聘|咨询|录用前|面试前)${SEP}{0,12})(?:须|需|需要|请)?\\s*(?:提供|提交|登记|填写|办理|绑定)\\s*(?:本人|个人|自己)?\\s*(?:的)?\\s*(?:银行卡|工资卡|卡号)${SEP}{0,8}?(?:用于|用来|以便|方便)?\\s*(?:发|打|代发|发放)\\s*(?:工资|薪资|薪水)`,
      ),
    ],
  },
  {
    // Warn: hiring without an interview is a classic scam signal (MoE 五防) but not in itself
    // unlawful, and some legitimate fast-track wording exists; staff should review.
    id: "fraud.no_interview",
    namedAsDuty: SCHEME_AS_DUTY,
    ignoreInSentence: ANTI_FRAUD_NOTICE,
    severity: "warn",
    message: {
      zh: "免面试录用：声称无需面试即可录用，属常见招聘诈骗特征，请核实",
      en: "Hired without interview: promising a job without any interview is a common recruitment-fraud sign",
    },
    patterns: [
      // Round on former-blind-44..47 (branch vet4447-contact): in Cantonese, "no need to see the job" is no interview
      // ("唔使见工即开工").
      /唔\s*(?:使|驶|洗|需要?)\s*见工/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): interviews removed or waived for an intake ("we have removed
      // interviews for this intake"); not a step a few hosts waive (the bracket class above).
      /\b(?:removed|dropped|scrapped|skipped|waived|eliminated)\s+(?:the\s+|all\s+)?interviews?\s+(?:for\s+(?:this|the\s+current|our)\s+(?:intake|cohort|round|batch|hiring)|entirely|completely|altogether)\b/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): the interview called a formality ("面试走个形式",
      // "the interview is just a formality") and everyone who comes hired ("来的都要", "来者不拒").
      /面试\s*(?:只是|就是|仅仅是|只|仅)?\s*(?:走个?|走走)\s*(?:形式|过场)|面试\s*(?:只是|就是|仅是)\s*(?:个)?\s*形式|(?:来的|来了的|报名的|投了的|投递的)\s*(?:人)?\s*(?:都|全|全部)\s*(?:要|收|录|录用|录取)|来者不拒|人人\s*(?:都)?\s*(?:能)?\s*(?:录用|录取)/u,
      // Round on former-blind-16 (branch vet16-fraud): the interview asked and called a formality ("面试？走个过场而已").
      /面试\s*[?？]+\s*(?:只是|就是|不过是)?\s*(?:走个?|走走)\s*(?:形式|过场)/u,
      /\binterviews?\s+(?:is|are)\s+(?:just|only|merely|a\s+mere)\s+(?:a\s+)?formality\b|\beveryone\s+who\s+(?:shows\s+up|comes|turns\s+up)\s+(?:gets|is)\s+(?:hired|the\s+job|accepted)\b/u,
      // Fifth round (former-blind-7): the emphatic "面都不用面", a bare "无面试", and waivers in a row ("不面试不筛选").
      /面\s*(?:都|也)\s*(?:不用|不需要?|不必|免)\s*面|无\s*面试(?!\s*(?:经验|技巧|记录))|不\s*面试\s*[，,、]?\s*不\s*(?:筛选|挑|审核|看简历|培训|考核|笔试|体检|要求|限|看学历|看经验|问)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): not "无需面试经验" (no interview experience needed).
      /(?:无需|无须|不用|不需要?|免|不必)\s*(?:面试|面谈|笔试和?面试|考核|interviews?\b)(?!\s*(?:经验|技巧|辅导|记录|experience\b|skills?\b))/u,
      /免试\s*(?:录用|录取|入职)/u,
      /报名即\s*(?:录用|录取|上岗|入职)/u,
      /直接\s*(?:录用|录取|上岗|入职)/u,
      /\bno\s+interviews?\b|\bhired\s+(?:on\s+the\s+spot|immediately)\b/u,
      // Round on former-blind-40..43 (branch vet4043-contact): Chinglish without the article or "for" ("no need interview").
      /\bno\s+need\s+(?:to\s+)?interview\b/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): interviews said not to be done at all ("We don't do interviews;
      // just register and start"; not "by phone").
      /\b(?:don'?t|do\s+not|never)\s+(?:do|hold|conduct|need|require|have)\s+(?:any\s+)?interviews?\b(?!\s+(?:by|over|on|via|online|remotely|in\s+person|at|for\s+this))/u,
      /\b(?:skip|bypass)\s+(?:the\s+|an?\s+|any\s+)?interviews?\b/u,
      /(?:无需|无须|不用|不需要?|免|不必)\s*(?:面谈|见面|考核|笔试)\s*(?:即可|直接|就能|就可)?\s*(?:录用|入职|上岗|签约)/u,
      /(?:填表|报名|登记|提交(?:信息|资料)?)\s*(?:当天|后)?\s*即(?:可)?\s*(?:录用|录取|上岗|入职)/u,
      /\b(?:no\s+interview|without\s+(?:an?\s+)?interview)\b|(?<!\b(?:cannot|can't|won't|will\s+not|not|never|don't|do\s+not)\s+)\bhire\s+(?:everyone|anyone|all)\b(?!\s+(?:who|that|with|whose|regardless)\b(?!\s+(?:applies|apply|applied|signs?\s+up|registers?|shows?\s+up|comes?|turns?\s+up|pays?|contacts?\s+us|messages?\s+us)\b))|\bstart\s+(?:tomorrow|today|immediately)\b[^.]{0,20}\bno\s+interview/u,
      // "不面试", "不设面试", "无面试环节", "免笔面", "秒录", "来了就上班", "当天报名当天上班".
      /不\s*(?:设|进行|搞)?\s*(?:面试|面谈)(?!\s*(?:不|未|没|结果|通过|时间|地点|安排|流程|者|的))/u,
      /(?:无|没有|零)\s*(?:面试|笔试|考核)\s*(?:环节|流程|要求)|免\s*(?:笔面|笔试面试|笔试和面试)|秒(?:录|入职|上岗)/u,
      /(?:来了?|到岗|到场|人到)\s*(?:就|即)\s*(?:能|可以?)?\s*(?:上班|上岗|入职|录用|开工|干|做|干活)/u,
      // Asked and answered: "面试？不用", "interview? not needed"; sent straight to the factory: "直接送厂".
      /(?:面试|笔试)\s*[?？]+\s*(?:不用|不需要?|没有|免了?|无需|不存在)|直接\s*(?:送厂|进厂|送到厂|安排进厂|拉到厂)|\binterviews?\s*\?\s*(?:no|not\s+needed|none|nope)\b/u,
      /当天\s*(?:报名|报到|联系|咨询)\s*[,，]?\s*当天\s*(?:上班|上岗|入职|开工)/u,
      /直接\s*安排\s*(?:上岗|入职|上班)?(?=\s*(?:[，,。；;!！?？\n]|$))/u,
      /\b(?:interview[-\s]free|(?:no|zero)\s+(?:screening|selection(?:\s+process)?|application\s+process)|instant(?:ly)?\s+(?:hire|hired|hiring|approval)|hired\s+instantly|everyone\s+(?:is\s+)?(?:accepted|hired|gets\s+the\s+job)|just\s+(?:reply|text|send)\s+["']?(?:yes|1|ok)\b)/u,
      // "零面试", "投简历就能上岗", "everyone who applies gets the job".
      /(?:零|0)\s*面试|(?:投(?:个)?简历|报个?名|发简历|留言|登记)\s*(?:就|即)\s*(?:能|可以?)?\s*(?:上岗|入职|上班|录用|录取|开工)/u,
      /\b(?:everyone|anyone|all)\s+(?:who\s+(?:applies|signs\s+up|registers)|applicants?)\s+(?:gets?|will\s+get|is|are|will\s+be)\s+(?:the\s+job|hired|accepted)\b/u,
      /\bhired\s+(?:the\s+moment|as\s+soon\s+as|once|when)\s+you\s+(?:sign\s+up|register|apply|submit|message|contact|text|call|email|reach\s+out|send)\b/u,
      // Seventh round (former-blind-9): the hire made by a system or on submission ("系统自动录用", "无任何考核"),
      // the talk with HR waived ("无需与HR面谈"), and interviews said not to exist ("interviews are not part of our
      // process", "hired without any interview or test").
      /自动\s*(?:录用|录取|入职|通过\s*(?:录用|面试))|(?:无|没有|不设|不做)\s*任何\s*(?:面试|考核|笔试|筛选|审核)(?<!(?:底薪|保底|工资|薪资|薪酬|提成|奖金|补贴|津贴|基本工资)[^。；;!！?？\n]{0,14}?(?:无|没有|不设|不做)\s*任何\s*(?:考核|审核))/u,
      // (Round on former-blind-18, branch vet18-fraud: a condition on pay waived — "底薪3500元无任何考核条件", an
      // unconditional base — is no hire without assessment; the lookbehind above.)
      // (The meeting word first and the waiver looked for behind it: 不 and 免 start too many positions.)
      // The waiver is the pattern's own word, not a negation of the match.
      {
        re: /(?:面谈|面试|见面)(?<=(?:无需|无须|不用|不需要?|不必|免)\s*(?:与|和|跟|同)\s*[^，,。；;]{0,6}?(?:面谈|面试|见面))/u,
        negatable: false,
      },
      /\b(?:offers?|offer\s+letters?|contracts?|jobs?)\s+(?:is|are|gets?)\s+(?:issued|sent|granted|given)\s+automatically\b(?![^.;]{0,40}\binterview)|\b(?:automatically\s+(?:hired|accepted|employed)|hired\s+automatically)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): the interview as the subject of a dispensing verb ("Interviews are
      // waived for this batch", "the interview is skipped", "interview rounds have been dropped") — the screen interview of
      // a step list ("the phone screen is skipped for internal candidates") is not the whole interview.
      {
        re: /\binterviews?\s+(?:rounds?\s+|stages?\s+|steps?\s+)?(?:is|are|will\s+be|have\s+been|has\s+been|gets?)\s+(?:(?!not\b|never\b|n[o']t\b)\w+\s+)?(?:waived|skipped|dropped|dispensed\s+with|cancelled|canceled|exempted|scrapped|removed|omitted)\b(?![^.;]{0,40}\b(?:internal|existing\s+(?:staff|employees)|returning|alumni|former\s+(?:staff|employees|interns))\b)/u,
        negatable: false,
      },
      // Round on former-blind-20/21 (branch vet2021-fraud): … with no copula ("Interviews waived for this intake"); the extra
      // word the form above allows is left out here ("interview fee waived" is a fee, not the interview).
      /\binterviews?\s+(?:waived|skipped|dispensed\s+with|exempted|scrapped)\b(?![^.;]{0,40}\b(?:internal|existing\s+(?:staff|employees)|returning|alumni|former\s+(?:staff|employees|interns))\b)/u,
      /\binterviews?\s+(?:is|are)\s+not\s+(?:part\s+of|required|needed|necessary|held)|\bwithout\s+(?:any|a\s+single)\s+(?:interview|screening)\b|\bno\s+(?:need\s+(?:for|to)\s+)?(?:an?\s+)?interview\b/u,
    ],
    allow: [
      // Round on former-blind-44..47 (branch vet4447-contact): in English too, casual work waived of an interview in the same
      // breath as any charge ("No interview, no fees, no deposit."), and a step skipped for workers coming back ("no
      // interview needed for returning staff").
      /\bno\s+interviews?\b(?:\s+(?:needed|required))?\s*[,;]\s*no\s+(?:fees?|charges?|deposits?|costs?)\b(?![^.;!?]{0,40}?\b(?:except|but|apart\s+from|only|just)\b)[^.;!?]{0,30}/u,
      /\bno\s+interviews?\s+(?:needed|required|necessary)?\s*for\s+(?:returning|existing|former|previous|repeat)\s+[a-z-]+/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): an interview step that a few hosts waive, in brackets after the
      // interview itself ("实习单位面试（部分单位免面试）"): the interview is the rule.
      /面试\s*[(（]\s*(?:部分|个别|少数|有的|有些)[\u4e00-\u9fff]{0,4}?(?:免|无需|不用|不需要?)\s*面试\s*[)）]/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): interview experience or skills not needed ("无需面试经验") is
      // no waiver of the interview, for the learned layer too.
      /(?:无需|无须|不用|不需要?|不必|无)\s*(?:面试|笔试)\s*(?:经验|技巧|辅导|记录)|\bno\s+interview\s+(?:experience|skills?)\b/u,
      // Round on former-blind-40..43 (branch vet4043-contact): a fee for the interview waived ("no interview fee, no uniform
      // fee") and the interview said to be no more than a short chat ("no interview beyond a 5-minute call") waive no
      // interview.
      /\bno\s+interview\s+(?:fees?|charges?|costs?|payments?|deposits?)\b|\bno\s+(?:formal\s+)?interview\s+(?:beyond|other\s+than|except|apart\s+from|besides)\s+(?:a|an|the|one)\b[^.;]{0,40}/u,
      // … nor does a place bought inside the system, the interview waived or called a formality as what a 协调费, 打点费 or
      // 名额服务费 buys ("走内部程序，不用参加笔试，面试走个过场。指标协调费12万"): the fee's guarantee, labelled `fee` (as
      // hype's guarantee with a fee, above). Not a factory place sold (名额费) to whoever comes: that is no interview + fee
      // (former-blind-14).
      u(
        `(?:(?:不用|无需|无须|免|不需要?|不必)\\s*(?:参加)?\\s*(?:笔试\\s*[、，,和及]?\\s*)?面试|面试\\s*(?:只是|就是)?\\s*走\\s*个?\\s*(?:过场|形式))${SEP_LIST}{0,40}?(?:[。；;]\\s?${SEP_LIST}{0,20}?)?(?:(?:协调|打点|指标|疏通|关系|编制)\\s*(?:服务)?费|名额服务费)`,
      ),
      // Eleventh round (former-blind-14, branch vet14-fraud): no interview as an outcome the applicant may get, a
      // refund's condition ("refunded only if you get no interview", "如未获得面试机会全额退款").
      /\bno\s+interviews?\b(?<=\b(?:if|unless|when|case)\s+(?:you\s+)?(?:get|receive|land|have|are\s+(?:offered|given))\s+no\s+interviews?)[^.;]{0,30}/u,
      u(`(?:如|若|如果|假如|要是)${SEP}{0,4}?(?:无|没有?|未)\\s*(?:拿到|获得|得到|约到|收到)?\\s*面试${SEP}{0,12}`),
      // Round on former-blind-48/49 (branch vet4849-contact): the English twin of the next carve-out, the waiver and the
      // refusal to charge in the same or the next sentence ("No interview needed, just attend the briefing. No fee, no
      // deposit."), with no charge named after it; and an interview called a formality in the sentence of a fee that buys the
      // place ("交介绍费300元保证进厂，面试走个过场"): an interview is held and the fee is the violation (CONVENTIONS.md,
      // blind48).
      /\bno\s+interviews?\b(?:\s+(?:needed|required|necessary))?[^;!?\n]{0,80}?\b(?:no\s+(?:fees?|deposits?|charges?|payment)|(?:we\s+)?charge\s+(?:nothing|no\s+fees?)|free\s+of\s+charge|nothing\s+to\s+pay)\b(?![^\n]{0,40}?\b(?:pay|top\s+up|recharge|deposit\s+of|fee\s+of|\d+\s*(?:usdt|rmb|yuan|usd)))/u,
      u(
        `(?:介绍费|中介费|协调费|服务费|好处费|名额费|指标费)${SEP_LIST}{0,30}?面试\\s*(?:只是|就是|仅仅是|只|仅)?\\s*(?:走个?|走走)\\s*(?:形式|过场)`,
      ),
      // Round on former-blind-16 (branch vet16-fraud): casual work waived of an interview in the same breath as any charge
      // ("免面试，不收费", "无需面试，公司不收取任何费用，不需要押金"): first come, first placed, with nothing to pay.
      u(
        `(?:免|无需|无须|不用|不需要?)\\s*面试${SEP_LIST}{0,16}?(?:不收费|不收取任何费用|不收任何费用|不收取费用|不需要押金|不收押金|无任何费用|零费用)(?![^。；;!！?？\\n]{0,30}?(?:先交|需交|交\\s*\\d|缴纳|缴\\s*\\d|支付|\\d+\\s*元\\s*(?:的)?\\s*(?:押金|保证金|[\\u4e00-\\u9fff]{0,4}费)))`,
      ),
      u(
        `(?:面试|笔试|考核|考试|培训|试用|学完|学成|培训完|课程|学习)\\s*(?:通过|合格|结束|成功|完成)?\\s*(?:后|即可)?${SEP}{0,6}?(?:直接\\s*(?:录用|录取|上岗|入职|安排)\\s*(?:上岗|入职|上班)?|来了?\\s*就\\s*(?:能|可以?)?\\s*(?:上班|上岗|入职|开工)?)`,
      ),
      // Tenth round (former-blind-13, branch vet13-fraud): a direct start for those who already hold the licence or the
      // experience ("持证者直接上岗；无证者需…考证", "有经验者可直接上岗", "licensed drivers start directly"): the
      // training is waived, not the hiring.
      // Round vet-wechat: a start on arrival with the interview named straight after ("来了就能上班（需现场面试）", "到岗即可上班，
      // 现场面试") is a quick interview and a same-day start (tests/corpus/CONVENTIONS.md, base: clean without a charge).
      u(
        `(?:来了?|到岗|到场|人到)\\s*(?:就|即)\\s*(?:能|可以?)?\\s*(?:上班|上岗|入职|开工)(?=${SEP_LIST}{0,8}?(?:需|须|经|先)?\\s*(?:现场|当面|简单)?\\s*面试(?!\\s*(?:都)?\\s*(?:不|免|无)))`,
      ),
      /直接(?<=(?:(?:持有?|有|已有|已取得|取得)[^，,。；;]{0,8}?(?:证|照|证书|执照)|有经验|有相关经验|经验丰富|熟手|老手|熟练工|老员工)\s*(?:者|的|人员|员工|师傅|的师傅|的人|的员工|的同事)?\s*(?:可以?)?\s*直接)\s*(?:安排\s*(?:上岗|入职|上班|开工)?|上岗|入职|开工|上班)|\b(?:licensed|certified|experienced|qualified)\s+(?:\w+\s+)?(?:can|may|will)\s+start\s+(?:directly|straight\s+away|immediately)\b/u,
    ],
  },
  {
    // Block: every posting must state base pay (docs/domain/employers-and-postings.md), and
    // commission-only work is a MoE fraud pattern; a posting without base pay is incomplete.
    id: "fraud.commission_only",
    namedAsDuty: SCHEME_AS_DUTY,
    ignoreInSentence: ANTI_FRAUD_NOTICE,
    // A commission scheme beside a stated base in the same sentence is base plus commission: "佣金制，底薪4000".
    allow: [
      u(
        `(?:佣金制|提成制)${SEP_LIST}{0,10}?底薪\\s*[:：]?\\s*[1-9]\\d{3,}|底薪\\s*[:：]?\\s*[1-9]\\d{3,}${SEP_LIST}{0,10}?(?:佣金制|提成制)`,
      ),
      // Round on former-blind-20/21 (branch vet2021-fraud): results that decide only a part after a stated base ("底薪4000元，
      // 另有提成，全凭业绩说话的是奖金部分").
      u(
        `底薪\\s*[:：]?\\s*(?:为|是)?\\s*[1-9]\\d{3,}${SEP_LIST}{0,30}?(?:全凭|全靠|只凭|只靠|完全靠|完全凭)${SEP}{0,12}`,
      ),
      // Tenth round (former-blind-13, branch vet13-fraud): the phrase named to deny it, asked and answered ("无底薪？不，
      // 有底薪", "纯提成？不是的", "Commission only? No —").
      /(?:无底薪|没底薪|零底薪|没有底薪|纯提成|纯佣金?|只拿提成|无保底)\s*[?？]+\s*(?:不|不是|并不|非也|没有的事|no\b|not\b)|\b(?:commission[-\s]only|no\s+base(?:\s+(?:pay|salary))?)\s*\?+\s*(?:no\b|not\b|nope\b)/u,
      // Round on former-blind-48/49 (branch vet4849-pay): the scheme as what an auditor or researcher looks for ("audit
      // vendors for fee-charging and commission-only pay practices").
      /\b(?:audit|investigat|review|monitor|research|assess|inspect)\w*\b[^.;]{0,80}?\bcommission[-\s]only\s+(?:pay\s+|sales\s+)?(?:practices?|schemes?|arrangements?|complaints?|cases?|models?)\b/u,
    ],
    severity: "block",
    message: {
      zh: "无底薪/纯提成：岗位须有基本工资，不得以纯提成方式招聘",
      en: "Commission-only pay: every post must offer base pay; commission-only work may not be advertised",
    },
    patterns: [
      // Round on former-blind-48/49 (branch vet4849-pay): property, fitness and insurance ads that make the base wait for a
      // count or an amount told just before 才有/才发放 ("每月办卡满8张才有底薪", "当月保费达到3万元才发放底薪", "签单额达到十万元
      // 才发放底薪"); a bonus paid at the count with the base paid anyway ("满5张另有奖金，底薪照发") names no condition on
      // the base. In English the base said to be zero in practice, or commission the only pay ("in practice the base is 0",
      // "you earn only commission", "only commission is paid"), a contract base that is an advance against commission, and
      // an allowance paid only if a premium or sales figure is reached.
      u(
        `(?:满|够|到)\\s*[\\d一二两三四五六七八九十百千]+\\s*(?:张|台|辆|单|户|套|笔|件|份|位|名|个|人)${SEP}{0,4}?(?:才|方)\\s*(?:能|可|会)?\\s*(?:有|发|给|拿|领|计)\\s*(?:放)?\\s*(?:底薪|保底工资|保底|基本工资|固定工资)|(?:达到|超过|满|够|过)\\s*[\\d一二两三四五六七八九十百千万.]+\\s*(?:万|千)?\\s*(?:元|块)?${SEP}{0,4}?(?:才|方)\\s*(?:能|可|会)?\\s*(?:发放|发|给|有|拿|计发|领)\\s*(?:底薪|保底工资|保底|基本工资|固定工资)`,
      ),
      /\bin\s+practice\b[^.;]{0,12}?\b(?:the\s+|your\s+)?(?:base|salary|basic|pay)\s+is\s+(?:0|zero|nil|nothing)\b|\b(?:earn|get|receive|make)\s+only\s+commissions?\b|\bonly\s+commissions?\s+(?:is|are|will\s+be)\s+paid\b/u,
      /\bbase\b[^.;]{0,60}?\b(?:on|in)\s+(?:the\s+|your\s+)?contract\b[^.;]{0,30}?\b(?:advance|draw|loan)\s+(?:against|on|from)\s+(?:your\s+)?(?:future\s+)?commissions?\b|\b(?:allowance|stipend|base|basic|retainer)\b[^.;]{0,60}?\bonly\s+(?:if|when|once)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:premiums?|sales|revenue|billings?|turnover|production|fyc)\b[^.;]{0,40}?\b(?:reach|hit|exceed|meet)\w*\b/u,
      // Round on former-blind-44..47 (branch vet4447-pay): a base paid only once a sales figure is reached ("底薪以当月签单
      // 满5万元为前提", "底薪只在当月卖出两万课程时发放", "base pay is released only if you close RMB 50,000"), or only an
      // advance taken back from the commission ("底薪只是预支，从佣金里扣回"): there is no base. A floor paid whatever the
      // sales ("保底15000元，无业绩门槛") is one.
      u(
        `底薪[^。；;!?]{0,12}?(?:以|只在|只有|仅在|仅当|须|需|要)[^。；;!?]{0,24}?(?:达到|达标|卖出|卖够|完成|成交|签满|满)[^。；;!?]{0,24}?(?:为前提|为条件|时发放|时才发|才发放?|才有|方可发放|才能拿)|底薪\\s*(?:只系|只是|仅是|仅为|属于|系|是)?\\s*(?:预支|借支)[^。；;!?]{0,24}?(?:佣金|提成)[^。；;!?]{0,6}?(?:扣回|扣返|抵扣|扣除|倒扣)`,
      ),
      /\bbase\s+(?:salary|pay)\b[^.;]{0,30}?\bonly\s+(?:if|when|once)\b[^.;]{0,30}?\b(?:hit|reach|meet|sell|close)\w*\b|\bbase\s+(?:salary|pay)\s+is\s+(?:only\s+)?an\s+advance\b[^.;]{0,40}?\b(?:deducted|clawed\s+back|recovered)\b/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): a base withheld when a count is not reached, the count and the
      // base in clauses of their own ("每月成交不满五单的，底薪不发", "签单不到三个的话，当月底薪取消"); the pattern's own 不 is
      // no negation. A base paid anyway ("不满五单也照发底薪") stays clean.
      {
        re: u(
          `(?:不到|没到|未到|达不到|没达到|未达到|不满|没满|不够|少于|低于)\\s*[一二两三四五六七八九十百千万\\d]+(?:\\.\\d+)?\\s*(?:个|位|名|单|件|台|套|万|千|人|家|组)?\\s*(?:客户|学员|会员|订单)?\\s*(?:的话|的|者|时)?\\s*[，,]?\\s*(?:当月|那个月|该月|本月)?\\s*(?:的)?\\s*(?:底薪|保底工资|基本工资|固定工资)\\s*(?:就|则|也|一律)?\\s*(?:不发|没有|没了|取消|不给|作废|扣光|全扣|清零)`,
        ),
        negatable: false,
      },
      // … a base that exists in name only ("挂名底薪三千，只是为了给你交社保", "底薪只是用来交社保的"); in English a base that starts
      // late and only on a count ("Your base starts from month 4, and only if you've placed three candidates"), and "0 base".
      u(
        `挂名\\s*(?:的)?\\s*(?:底薪|基本工资|保底)|(?:底薪|基本工资)${SEP}{0,10}?只是\\s*(?:为了|用来|用于)?\\s*(?:给你|帮你|替你)?\\s*(?:交|缴|买)\\s*社保`,
      ),
      /\b(?:base|basic|fixed)(?:\s+(?:pay|salary|wage))?\s+(?:only\s+)?(?:starts|begins|kicks\s+in|is\s+paid|comes)\b[^.;]{0,30}?\bonly\s+(?:if|once|when|after)\s+(?:you(?:'ve|’ve|\s+have)?\s+)?(?:placed|closed|sold|signed|hit|reached|made|recruited|enrolled|booked|brought)\b|\b(?:earn|get|receive|paid|with)\s+(?:a\s+)?0\s+base\b/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): no salary for the first months, a base that is 0 in practice, all
      // income from commission ("No salary for the first two months", "in practice zero", "all your income comes from
      // commission"); a base paid from month one plus commission stays clean.
      /\bbase(?:\s+(?:salary|pay))?\s+is\s+(?:paid|payable)\s+(?:in\s+full\s+)?only\s+(?:in|for)\s+(?:the\s+)?months?\s+(?:in\s+which|where|when|that)\b|\bno\s+(?:base\s+)?(?:salary|pay|base|wages?)\s+(?:for|during|in)\s+(?:the\s+)?first\s+(?:\w+\s+)?(?:months?|weeks?)\b|\bin\s+practice\s+(?:it\s+is\s+|it's\s+|you\s+get\s+)?(?:0|zero|nil)\b(?!\s*(?:%|percent|days?|hours?|defects?|errors?))(?<=\b(?:base|salary|pay|wage)\b[^.;]{0,80}\bin\s+practice\s+[^.;]{0,16})|\ball\s+(?:of\s+)?(?:your\s+)?(?:income|earnings|pay)\s+(?:comes?|is)\s+(?:from\s+)?(?:sales\s+)?commissions?\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): no "dead" (fixed) wage, income all on results ("不发死工资",
      // "全凭业绩说话", "收入全靠提成"); "告别死工资" alone is a slogan (hype), not the pay scheme.
      u(
        `(?:不发|没有|没|无|不给|不拿)\\s*死工资|(?:全凭|全靠|只凭|只靠|完全靠|完全凭)\\s*(?:业绩|出单|开单|提成|佣金)\\s*(?:说话|吃饭|拿钱|赚钱)|(?:收入|工资|薪资|薪水|报酬)\\s*(?:全|全部|完全|只)\\s*(?:靠|凭|看|来自)\\s*(?:业绩|提成|佣金|出单|开单)`,
      ),
      // Round on former-blind-20/21 (branch vet2021-fraud): the base itself made conditional on sales or paid back from
      // commission — an advance, a payment pro rata to collections, released only after a sales target ("底薪按回款比例
      // 发放", "底薪是预支", "底薪看你出不出单", "保底工资2500元，需当月销售3台以上方可发放", "Your base is an advance clawed
      // back from commission", "a draw against commission, repaid from future commissions"). A base paid whatever the
      // sales ("底薪不与业绩挂钩") stays clean.
      u(
        // Round on former-blind-24/25 (branch vet2425-fraud): the base's figure between ("底薪6000是预支的"), and the base
        // paid back out of commission or fees ("每月从你的设计费提成里扣回来"); social insurance taken from pay stays clean.
        `(?:底薪|保底工资|保底薪资|基本工资|固定工资)${SEP_LIST}{0,30}?从${SEP}{0,10}?(?:提成|佣金|业绩|设计费|服务费)${SEP}{0,4}?(?:扣回|扣除|抵扣|扣还|扣)|` +
          `(?:底薪|保底工资|保底薪资|基本工资|固定工资)\\s*(?:\\d[\\d,.]*\\s*(?:元|块|k)?)?\\s*(?:是|为|按|看|只|仅|都)?\\s*(?:预支|借支|垫付|按\\s*(?:回款|业绩|销售额|成交额|出单)|看\\s*(?:你|个人)?\\s*(?:的)?\\s*(?:业绩|出单|出不出单|开单|开不开单|成交))|(?:底薪|保底工资|保底薪资|基本工资|固定工资)${SEP_LIST}{0,20}?(?:需|须|要|必须|只有)${SEP}{0,12}?(?:销售|卖出?|成交|出单|开单|回款|业绩|达标)${SEP}{0,10}?(?:方可|才|才能|才可|后方?)\\s*(?:发放|发|领取|拿到?)`,
      ),
      /\b(?:advance|draw|loan)\b[^.;]{0,30}?\b(?:clawed\s+back|recovered|repaid|recouped|deducted|taken\s+back|paid\s+back)\s+(?:\w+\s+){0,2}?(?:from|out\s+of|against)\s+(?:your\s+|future\s+|the\s+|later\s+)?(?:\w+\s+)?commissions?\b/u,
      // Round on former-blind-19 (branch vet19-fraud): the employer as the subject who pays no base ("we do not pay a base
      // salary", "the company offers no fixed wage"); the base as an advance or draw against commission, recovered later
      // ("your base is an advance against future commission"); the base paid only in periods a target is reached, and in
      // Chinese commission instead when it is not ("完不成按提成发放", "未达标只拿提成").
      {
        re: /\b(?:we|the\s+(?:company|employer|firm|agency)|our\s+(?:company|firm|agency|business|store|shop|team)|this\s+(?:role|position|job))\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|will\s+not|won['’]t|never)\s+(?:pays?|offers?|provides?|includes?|guarantees?)\s+(?:you\s+)?(?:a\s+|any\s+)?(?:base|basic|fixed|guaranteed|monthly)\s+(?:salary|pay|wages?|income)\b(?!\s+(?:lower|less|below|under|that\s+is\s+(?:lower|below)))|\b(?:we|the\s+(?:company|employer|firm|agency))\s+(?:pays?|offers?|provides?|guarantees?)\s+no\s+(?:base|basic|fixed|guaranteed)\s+(?:salary|pay|wages?|income)\b|\bno\s+(?:base|basic|fixed|guaranteed)\s+(?:salary|pay|wages?)\s+(?:is|will\s+be)\s+(?:paid|offered|provided)\b/u,
        negatable: false,
      },
      /\b(?:base|basic|guarantee[ds]?|salary|draw|retainer)\b[^.;]{0,40}?\b(?:an?\s+)?(?:advance|draw|loan|prepayment)\s+(?:against|on|of|from)\s+(?:your\s+)?(?:future\s+|later\s+|expected\s+)?(?:commissions?|earnings\s+from\s+sales|bonus(?:es)?|billings?|productions?|sales)\b|\brecoverable\s+draw\b/u,
      /\b(?:base|basic)(?:\s+(?:pay|salary|wages?))?\s+(?:is\s+|will\s+be\s+)?(?:only\s+(?:paid|earned|granted|due)|(?:paid|earned|granted|due)\s+only)\s+(?:(?:in|for)\s+(?:the\s+)?(?:months?|weeks?|periods?|quarters?)\s+)?(?:when|once|if|after|in\s+which|where)\s+(?:you\s+)?(?:\w+\s+){0,3}?(?:reach|hit|meet|achiev|mak|exceed|clos|complet)\w*\b/u,
      // (完不成 and 不达标 hold a 不 that negates nothing: not negatable.)
      {
        re: u(
          `提成(?<=(?:底薪|保底工资|保底|基本工资|固定工资|基本薪资)[^。；;!?！？]{0,40}?(?:完不成|未完成|没完成|没有完成|完成不了|达不到|未达到|没达到|未达标|不达标|没达标)${SEP}{0,6}?(?:则|就|的话|时|者)?\\s*(?:只|仅|全部|一律|统一)?\\s*(?:按|拿|发|计|算|给)\\s*(?:照)?\\s*(?:实际)?\\s*(?:业绩)?\\s*提成)`,
        ),
        negatable: false,
      },
      // Round on former-blind-17 (branch vet17-fraud): the condition told before the base ("每月成交3单才有底薪", "完成业绩
      // 才发保底", "出单才给底薪"), and in English the base said to come only after a target ("Base: only after 3 closed
      // deals/month", "base pay only once you hit target").
      u(
        `(?:完成|达成|达到|满足|做满|签满|成交|出单|开单|卖出|做到|达标|做够|签够|签单|签约|签下|卖满|卖够|月销|销售满?)${SEP}{0,12}?(?:才|方)\\s*(?:能|会|可以?)?\\s*(?:有|发|给|拿|享有|享受|计|领|算)\\s*(?:底薪|保底工资|保底|基本工资|固定工资|责任底薪|基本薪资)`,
      ),
      // Round on former-blind-32/33 (branch vet3233-fraud): the target a careless ad names for the base — students or
      // recruits signed up to a number, a premium or turnover reached ("招满十个学员才给底薪", "当月保费到三万才发底薪"); the
      // base named first and its sales condition after ("底薪需签约3人才发放"); the base withheld when the target is missed
      // ("当月业绩不到两万底薪不发"), or only commission or a per-student fee paid then ("没招满只拿带教费", "没到就只有提成");
      // and in English pay "only paid if" a count of recruits sign ("月薪500元, only paid if 3 trainees sign").
      u(
        `(?:招满|招够|拉满|拉够|收满|签满|(?:业绩|保费|销售额?|流水|回款|营业额|单量)\\s*(?:要|需|得)?\\s*(?:到|过|满|够))${SEP}{0,12}?(?:才|方)\\s*(?:能|会|可以?)?\\s*(?:有|发|给|拿|计|领)\\s*(?:底薪|保底工资|保底|基本工资|固定工资)`,
      ),
      u(
        `(?:底薪|保底工资|基本工资|固定工资)(?:\\s*\\d+\\s*(?:元|块)?)?\\s*(?:要|需|须|得|必须)${SEP}{0,4}?(?:签约|签满|签|招满|招|卖|销售|成交|出单|开单|完成|达到|业绩|保费)${SEP}{0,10}?(?:才|方)\\s*(?:能|会|可以?)?\\s*(?:发放|发|给|有|拿|领)`,
      ),
      {
        re: u(
          `(?:业绩|保费|销售额?|流水|回款|营业额|单量|学员|人数)${SEP}{0,4}?(?:不到|没到|未到|达不到|没达到|未达到|不满|没满|不够)${SEP}{0,8}?(?:底薪|保底工资|基本工资|固定工资)\\s*(?:就)?\\s*(?:不发|没有|没了|取消|不给|作废|扣光|全扣)|(?:没招满|没签满|没到|没达到|未达到|没达标|未达标|不达标|没完成|未完成)\\s*(?:的话)?\\s*(?:就)?\\s*(?:只有|只拿|只发|只给|只能拿)\\s*(?:提成|带教费|佣金|计件|课时费)`,
        ),
        negatable: false,
      },
      /\bonly\s+paid\s+(?:if|when|once|after)\s+(?:you\s+(?:sign|recruit|bring|sell|close)\s+)?\d+\s+(?:\w+\s+){0,2}?(?:sign|join|enrol|register|buy|subscribe)\w*/u,
      // Round on former-blind-22/23 (branch vet2223-fraud): the base (or basic allowance) paid only if, when or after the
      // worker sells, with its amount or a time between ("Base salary only from month 4 and only if you closed RMB
      // 300,000", "Basic allowance of MYR 2,000 is only paid in months where you close", "Your base salary of NGN 150,000
      // is paid only after you sign 5 students"); a bonus or commission named between is what the condition is on
      // ("Base RMB 6,000; a bonus is paid only if you hit target" stays clean). No salary and only a share of the profit
      // ("no salary, only 40% of gross profit"; "no fixed salary …, just 30% of the margin").
      {
        re: /\b(?:base|basic|guaranteed)(?:\s+(?:pay|salary|wages?|allowance))?\b(?:(?!bonus|commission|incentive|;)[^.]){0,60}?\bonly\b(?:(?!bonus|commission|incentive|;)[^.]){0,30}?\b(?:if|when|once|after|where|in\s+which|in\s+(?:the\s+)?(?:months?|weeks?|periods?|quarters?)(?:\s+(?:when|that|in\s+which|where))?)\s+(?:you|they|the\s+(?:holder|employee|worker|rep|consultant|adviser|advisor|candidate|manager))\s+(?:has\s+|have\s+)?(?:\w+\s+){0,2}?(?:clos|sign|sell|sold|hit|reach|meet|achiev|book|bring|mak|exceed|complet|issu|generat|deliver|open|win|won|land|secur|collect|recruit|plac|fill|enrol|convert|instal)\w*|\b(?:no|without)\s+(?:fixed\s+|base\s+|basic\s+)?(?:salary|base|basic|pay|wages?)\b[^.;]{0,40}?\b(?:only|just)\s+(?:an?\s+)?\d+(?:\.\d+)?\s*%\s+(?:of|on)\b/u,
        negatable: false,
      },
      // Round on former-blind-26/27 (branch vet2627-fraud): an allowance, stipend or retainer paid only when a sale, deal
      // or target is made ("Your monthly allowance of USD 400 is paid only when you close at least one sale", "Stipend MYR
      // 1,200 is only paid once you meet the monthly policy target"); an allowance tied to finishing a course or moving
      // house is no base. Pay that is a share of sales "and nothing else" ("Pay is 12% of every policy you sell, nothing
      // else").
      {
        re: /\b(?:allowance|stipend|retainer)\b(?:(?!bonus|commission|incentive|;)[^.]){0,60}?\bonly\b[^.]{0,30}?\b(?:if|when|once|after|where|in\s+which)\s+(?:you|they)\s+(?:\w+\s+){0,2}?(?:clos|sign|sell|sold|hit|reach|meet|achiev|book|plac|exceed|convert|land|secur|win)\w*\b[^.;]{0,40}?\b(?:sales?|deals?|targets?|quotas?|cases?|polic(?:y|ies)|clients?|candidates?|customers?|contracts?|units?|villas?|propert(?:y|ies)|orders?|accounts?)\b|\b(?:pay|income|earnings|remuneration|compensation)\s+(?:is|=|:)\s+(?:only\s+|purely\s+|solely\s+|just\s+)?\d+(?:\.\d+)?\s*%\s+(?:of|on)\b[^.;]{0,50}?(?:nothing\s+else|no\s+base|no\s+salary|no\s+retainer)\b/u,
        negatable: false,
      },
      // … and a base with its amount, then a sales count before "才发放" with no 需 ("底薪2500元，月销3台以上才发放",
      // "底薪3500，签约满5单才发"); "另发奖金" after a sales count pays a bonus, not the base.
      u(
        `(?:底薪|保底工资|保底|基本工资|固定工资)\\s*[:：]?\\s*\\d{3,}\\s*(?:元|块)?\\s*[，,]\\s*(?:当月|每月|月)?\\s*(?:销售?|卖出?|签单?|签约|成交|出单|开单)${SEP}{0,10}?(?:才|方可|方)\\s*(?:能|可)?\\s*(?:发放|发|给|领取|拿)(?!${SEP}{0,3}(?:奖金|提成))`,
      ),
      // … and "no base" with the commission straight after a dash or colon ("No base — 40% commission on every policy").
      /\bno\s+(?:salary|base|basic|fixed\s+pay|wages?)\b\s*[;,:—–-]\s*(?:(?:just|only|pure|straight)\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?commissions?\b/u,
      /\b(?:base|basic|base\s+pay|base\s+salary|basic\s+pay|guaranteed\s+pay)\b\s*[:：]?\s*(?:is\s+)?(?:paid\s+)?only\s+(?:after|once|when|if)\s+(?:you\s+)?(?:\w+\s+){0,3}?(?:\d+|one|two|three|four|five|ten)?\s*(?:closed\s+)?(?:deals?|sales?|orders?|targets?|quota|clients?|contracts?|hit)\b/u,
      // Eighth round, rules alone (former-blind-10/11 misses the learned layer happened to catch): pay only after a sale ("出单后才有提成");
      // 纯佣; an unconditional base said to be zero ("无责任底薪为零": 无责任底薪 is a term, not a negation); "Base salary: 0".
      /(?:出单|成交|开单|签单|卖出)\s*(?:后|之后|以后)?\s*才\s*(?:有|能拿|能有|发|给|算)\s*(?:提成|佣金|收入|钱|工资|底薪|保底|基本工资)|纯佣(?!金)/u,
      // Ninth round (former-blind-12, branch vet12): a base paid only once a sales target is met, the amount and a
      // comma between ("保底工资3000元，需完成当月任务方可发放", "责任底薪（完成月度业绩指标后发放）").
      u(
        `(?:底薪|保底工资|保底|基本工资|固定工资)${SEP_LIST}{0,12}?(?:完成|达成|达到|满足)${SEP}{0,10}?(?:业绩|指标|任务|目标|销售额|业务量|单量|签单)${SEP}{0,8}?(?:后|以后|之后)\\s*(?:才|方)?\\s*(?:可|能|会)?\\s*(?:发放|计发|发|领取)|(?:底薪|保底工资|保底|基本工资|固定工资)${SEP_LIST}{0,12}?(?:需|须|要|必须)\\s*(?:在)?\\s*(?:达成|完成|达到|满足)${SEP}{0,14}?(?:方可|才(?:能|可|会)?)\\s*(?:发放|发|拿|享受|领取|计发)`,
      ),
      { re: /(?:无责任?|无条件)\s*底薪\s*(?:为|是)?\s*[:：]?\s*(?:0|零|无|没有)(?![\d.])/u, negatable: false },
      // Eleventh round (former-blind-14, branch vet14-fraud): the wage said to equal the commission ("工资=提成"), and no
      // fixed income of any kind ("无任何固定收入").
      {
        re: /(?:工资|收入|薪资|薪水)\s*[=＝]\s*(?:提成|佣金|分成)|(?:无|没有)\s*(?:任何)?\s*固定\s*(?:收入|工资|薪资|薪水|底薪)/u,
        negatable: false,
      },
      // Tenth round (former-blind-13, branch vet13-fraud): a base paid only once a target is reached, whatever stands
      // between ("责任底薪3500元，当月销量达到5台才发放", "底薪3000元，签单额达到15万元方可发放"), and what is paid when the
      // target is missed ("不达标按提成结算", "未达标当月只计提成").
      u(
        `(?:底薪|保底工资|保底|基本工资|固定工资|责任底薪)${SEP_LIST}{0,28}?(?:达到|达成|完成|满足|做到|达标|做满|签满|超过|满|够|冲到|冲上|拿到|跑到|卖出|卖够|卖满|卖掉|成交|出单|开单|签下|签够)${SEP}{0,12}?(?:后)?\\s*(?:才|方)\\s*(?:可|能|会)?\\s*(?:发放|发|计发|领取|享受|拿|有|给|兑现|结算|算|计)`,
      ),
      // Round on former-blind-18 (branch vet18-fraud): any sales verb as the base's condition ("底薪2000，但要当月卖出2台车
      // 才算", "保底3000，成交5单才计") — above — and what is paid when the condition fails, its own 不 being the condition's,
      // not a negation of the claim ("卖不出就只有提成和餐补", "完不成就只拿提成", "没出单的月份只按单算佣金").
      {
        re: u(
          `(?:卖不出|卖不掉|完不成|做不到|达不到|不达标|未达标|没达标|没出单|没开单|不出单|没成交|没卖出|没完成|未完成)${SEP}{0,8}?(?:就|则|便|那)?\\s*(?:只|仅)\\s*(?:有|拿|发|按|计|剩)${SEP}{0,6}?(?:提成|佣金|分成|抽成)`,
        ),
        negatable: false,
      },
      // (达标 first, the negator looked for behind it: the negator is the pattern's own word.)
      {
        re: /达标(?<=(?:不|未|没有?)\s*达标)\s*(?:的|者|时|则)?\s*(?:当月|月份|那个月|当季|季度)?\s*(?:就|则)?\s*(?:只|仅)?\s*(?:按|计|拿|发|有|算)\s*[^，,。；;]{0,6}?(?:提成|佣金|分成)/u,
        negatable: false,
      },
      /达标\s*(?:后|以后)?\s*(?:才|方)\s*(?:能|可|会)?\s*(?:有|发|拿|享受|发放)\s*(?:底薪|保底|基本工资|固定工资)/u,
      // The negator and the pay term in two languages: "无base pay", "没有 base salary", "no 底薪".
      // (The English term first, the negator looked for behind it; the negator is the pattern's own word.)
      {
        re: /(?:base|basic|fixed|guaranteed)(?<=(?:无|没有|不设|零|不给)\s*(?:base|basic|fixed|guaranteed))\s*(?:pay|salary|wage)\b|\bno\s*(?:底薪|保底|固定工资|基本工资)/u,
        negatable: false,
      },
      // Twelfth round (former-blind-15, branch vet15-fraud): … with "of" or "is" and a currency ("Base salary of 0 yuan").
      /\b(?:base|basic|fixed)\s+(?:salary|pay)\s*(?:[:：=]|\s(?:of|is))\s*(?:rmb|cny|¥)?\s*(?:0|zero|none|nil)\b(?![.,]\d)(?!\s*(?:overtime|hours?|days?|%))/u,
      // Eighth round (former-blind-10/11, branch vet-fraud): no floor said with a verb ("不保底，按单结算"); a base paid
      // only when a target is met, else only commission ("保底工资需达成签单3单方可发放，否则仅按8%计发"); "no salary"
      // as a sentence and income only from sales ("No salary. You earn only from product sales").
      // (The base word first, 不 looked for behind it: 不 starts too many positions; 不 is the pattern's own word.)
      // (Round on former-blind-40..43, branch vet4043-pay: not a threshold on the base, "不设底薪门槛".)
      {
        re: /保底(?<=(?<![并而])不\s*保底)|底薪(?<=不\s*(?:设|给|发|含|带|提供)\s*底薪)(?!\s*(?:门槛|考核|条件|任务))/u,
        negatable: false,
      },
      u(
        `(?:底薪|保底工资|保底|基本工资|固定工资|责任底薪)${SEP}{0,6}?(?:需|须|要|必须)?\\s*(?:在)?\\s*(?:达成|完成|达到|满足|做满|签满)${SEP}{0,14}?(?:方可|才(?:能|可|会)?)\\s*(?:发放|发|拿|享受|领取|计发)|否则\\s*(?:仅|只|就|则)?\\s*(?:按|拿|发|有|计)${SEP}{0,12}?(?:提成|佣金|%|分成|计发)`,
      ),
      /\b(?:base|basic|guaranteed)(?:\s+(?:salary|pay))?\s+(?:is\s+)?(?:only\s+)?paid\s+(?:only\s+)?(?:if|when|once)\s+(?:you\s+)?(?:hit|meet|reach|achieve|close)\b|\b(?:earn|are\s+paid|get\s+paid|make\s+money)\s+only\s+(?:from|through|on|via)\s+(?:\w+\s+)?(?:sales|commissions?|deals|orders)\b|\bno\s+(?:salary|wages?|base\s+pay)\s*(?:[.;!]|$)/u,
      // Round on former-blind-16 (branch vet16-fraud): a base said to apply only in months a target is hit ("Guaranteed base
      // of CNY 4,000 applies only to months in which you hit 100% of target"), and commission alone otherwise.
      /\b(?:base|basic|guaranteed)\b[^.;]{0,40}\b(?:applies|is\s+paid|is\s+payable|kicks\s+in|is\s+granted|counts)\s+only\s+(?:to|in|for|when|if|once)\b|\botherwise\s+(?:you\s+)?(?:earn|get|receive|are\s+paid|make|take\s+home)\s+(?:only\s+commissions?|commissions?\s+(?:alone|only))\b|\b(?:miss|fall\s+short\s+of|don't\s+hit|do\s+not\s+hit)\s+(?:your\s+|the\s+)?(?:target|quota)\b[^.;]{0,30}\bcommissions?\s+(?:alone|only)\b/u,
      // … "only kicks in once", a base asked and answered with its condition ("底薪？有的，但得完成5单才发"), and a floor paid
      // only to those who reach the target ("保底3000元只发给当月达标的员工").
      /\b(?:base|basic|guaranteed)\b[^.;]{0,20}\bonly\s+(?:applies|kicks\s+in|is\s+paid|counts|starts)\s+(?:once|when|if|after|in)\b/u,
      /\bno\s+(?:sales?|deals?)\s+(?:means|equals|=)\s+no\s+(?:pay|money|income)\b|\b(?:earn|get|make)\s+nothing\s+unless\s+you\s+(?:sell|close)\b/u,
      u(
        `(?:底薪|保底|基本工资|固定工资)\\s*[?？]${SEP_LIST}{0,20}?(?:完成|达到|达成|做满|出|开)${SEP}{0,8}?(?:才|方)\\s*(?:发|给|有|算)|(?:底薪|保底|基本工资|固定工资)${SEP}{0,12}?(?:只|仅)\\s*(?:发给|发放给|给)${SEP}{0,8}?(?:达标|完成|达到|达成)`,
      ),
      /(?:无|没有|零|(?<![\d.])0)\s*(?:保底|底薪|基本工资|固定工资|保底工资|基本薪资|固定薪资)(?!\s*(?:限制|之分))/u,
      /纯提成|只拿提成|只有提成|全靠提成|仅有提成|收入全部来自提成/u,
      // Pay only by a count: "仅按成交台数计提成", "只按单量算佣金" (not "另按成交台数计提成").
      /(?:只|仅|全|纯)\s*(?:按|根据|凭)\s*[^，,。；;]{0,10}?(?:计|算|拿|发|结算)?\s*(?:提成|佣金|分成)/u,
      // (Round on former-blind-17, branch vet17-fraud: 无 opening a word — 无需, 无责, 无条件, 无门槛, 无上限 — is not "none":
      // "底薪无需考核" is a base paid without conditions.)
      /底薪\s*(?:为)?\s*[:：]?\s*(?:0|零|无)(?![\d.需须责条门上限论])/u,
      // (Round on former-blind-17, branch vet17-fraud: "commission only after you close 4 deals" conditions the commission.)
      /\bcommission[-\s]only\b(?!\s+(?:after|once|when|if|from|kicks|applies|starts|begins))|\bno\s+base\s+(?:salary|pay)\b/u,
      // Round on former-blind-30/31 (branch vet3031-fraud): the base paid only when a count of sales is reached — the
      // condition as 只在…时/后发放 ("底薪只在当月交付四台车时发放"), a count with its unit before 才发 ("底薪3000元，每月开卡30张
      // 才发", not a date, months served or a bonus), the sale's absence before 不发 ("当月没有签单的当月不发"), in English
      // "paid only after 12 policies" or "only in months when you install 5 systems" (not months of probation) — and pay
      // in equity or shares alone ("this role is equity only – there is no cash salary", "只发期权").
      u(
        `(?:底薪|保底工资|保底薪资|保底|基本工资|固定工资|责任底薪)${SEP_LIST}{0,16}?(?:只|仅|只有)\\s*(?:在|于|当)${SEP}{0,16}?(?:完成|达成|达到|交付|卖出|售出|签|开|成交|出|做满|做到|满|办)${SEP}{0,10}?(?:时|后|之后|以后)\\s*(?:才)?\\s*(?:发放|发|计发|支付|兑现)|` +
          `(?:底薪|保底工资|保底薪资|保底|基本工资|固定工资|责任底薪)${SEP_LIST}{0,28}?(?:开|交付|交车|交|售出|卖出?|签|办|激活|拉|推|成交|出)${SEP}{0,3}?[\\d一二三四五六七八九十两百千]+\\s*(?:张|台|辆|单|户|套|笔|件|份|位|名)${SEP}{0,6}?(?:才|方可|方)\\s*(?:能|可)?\\s*(?:发放|发|计发|领取|拿|有)(?!${SEP}{0,3}(?:奖金|提成|年终|绩效))|` +
          `(?:底薪|保底工资|保底薪资|保底|基本工资|固定工资|责任底薪)${SEP_LIST}{0,20}?(?:没有|没|未|无)\\s*(?:签单|出单|成交|开单|业绩)${SEP}{0,8}?不\\s*(?:发放|发|给|计发)(?!${SEP}{0,3}(?:奖金|提成))|` +
          // A floor (保底, not 底薪) owed only against a quota of premiums or sales: "保底工资5000元，需完成20万保费".
          `(?:保底工资|保底薪资|保底)\\s*[:：]?\\s*\\d{3,}\\s*(?:元|块)?\\s*[，,]\\s*(?:需|须|要|必须)\\s*(?:每月|当月)?\\s*(?:完成|达成|达到)\\s*\\d+(?:\\.\\d+)?\\s*(?:万|千)?\\s*(?:元)?\\s*(?:的)?\\s*(?:保费|业绩|销售额|营业额|签单额|回款)`,
      ),
      /\b(?:base|basic|allowance|stipend|retainer|guarantee[ds]?)\b[^.;]{0,40}?\b(?:paid\s+only|only\s+paid)\s+(?:after|once|when|if|in\s+(?:months|weeks)\s+(?:when|in\s+which|where))\s+(?:you\s+(?:\w+\s+){0,2}?)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b(?!\s*(?:months?|weeks?|days?|years?|hours?|shifts?|working)\b)|\b(?:role|position|job|pay|compensation|remuneration)\b[^.;]{0,30}\b(?:equity|shares|stock|tokens)[-\s]only\b|\bno\s+cash\s+(?:salary|pay|wages?|compensation)\b(?!\s+advances?)|(?:只|仅|全部以|全部用|只以|仅以)\s*(?:发|给|用)?\s*(?:期权|股权|股份|干股)\s*(?:代替|抵|支付|形式)?(?=$|[，,。；;]|\s*(?:代替|抵)?\s*(?:工资|薪资))|(?:没有|无|不发)\s*现金\s*(?:工资|薪资|薪水|报酬)/u,
      // Fifth round (former-blind-7): "No salary; you keep 30% of the fees", "No base — paid per order only",
      // "0 fixed pay": no base said with other nouns, and pay only per unit of work.
      /\bno\s+(?:salary|base|fixed\s+pay|wages?)\b\s*[;,:—–-]\s*(?:you|u)\s+(?:keep|get|earn|take)\b|\b(?:0|zero)\s+(?:fixed|base|basic)\s+(?:pay|salary)\b|\bpaid\s+per\s+(?:closed\s+|completed\s+|successful\s+)?(?:order|sale|deal|lead|task)\s+only\b|\bbase\s+(?:pay|salary)\s+(?:\w+\s+){0,2}only\s+(?:after|once|when|if)\s+(?:you\s+)?(?:your\s+)?(?:first\s+)?(?:\d+|close|hit|reach|make)/u,
      // (Round on former-blind-40..43, branch vet4043-pay: not a base without a threshold, "无责任底薪4500元…不设底薪门槛".)
      /(?:不设|不提供|没有|无)\s*(?:底薪|保底|固定工资|固定薪资|基本工资|保底工资|基本薪资)(?!\s*(?:门槛|考核|条件|任务))/u,
      /(?<!无责)(?:底薪|保底工资|固定工资)\s*(?:为)?\s*[:：=]?\s*(?:无|0|零|没有)(?![\d.需须责条门上限论])/u,
      /收入\s*(?:=|＝|等于|即|就是|全靠|全凭|全部来自|只有|仅有|完全来自)\s*[^，,。；;]{0,4}?(?:提成|佣金|业绩)/u,
      /(?:全凭|全靠|只靠|仅靠)\s*(?:业绩)?\s*(?:提成|佣金)/u,
      /\b(?:100\s*%|purely|entirely|fully|pure|straight)\s*commission(?:[-\s]based)?\b|\bno\s+(?:fixed|basic)\s+(?:salary|pay|wage)\b|\bcommission\s+only\b(?!\s+(?:after|once|when|if|from|kicks|applies|starts|begins))/u,
      /纯佣金|(?<![+＋加和与及]\s*)佣金制(?!\s*[+＋加])|零底薪|没底薪|收入\s*(?:全看|只看|完全看|全部看|全由)\s*(?:业绩|提成|佣金|销售|单量)|(?:只|仅)\s*(?:发|拿|有)\s*(?:提成|佣金)/u,
      // No base pay in other words: "不发固定工资", "无任何保底", "只拿卖卡分成", "纯项目分成".
      /(?:不发|不给|不付|不存在|没有|无|零)\s*(?:任何)?\s*(?:的)?\s*(?:保底|底薪|基本工资|固定工资|固定薪资|基本薪资|保底工资|无责底薪)(?!\s*(?:限制|之分|要求|门槛|考核|条件|任务))/u,
      /(?:只|仅|全)\s*(?:拿|有|靠|发|赚|凭)(?:(?!底薪|工资|薪资|固定|保底)[^，,。；;\n]){0,6}?(?:提成|分成|佣金|抽成)/u,
      // Not "纯底薪加提成" (a base with commission on top, former-blind-9).
      /纯(?!净|粹|手工|底薪|基本工资|固定工资|工资|月薪)\s*[\u4e00-\u9fff]{0,3}?(?:分成|提成|佣金|抽成)/u,
      // Tenth round (former-blind-13, branch vet13-fraud): "you are only paid when your customers sign".
      /\b(?:you(?:'re|\s+are)\s+(?:only\s+paid|paid\s+only)|you\s+(?:only\s+get\s+paid|get\s+paid\s+only))\s+(?:when|if|once|after|for)\b[^.;]{0,40}\b(?:sign|signs|buy|buys|close|closes|sell|sells|order|orders|purchase|purchases|convert|converts|sale|sales|deal|deals)\b/u,
      /\b(?:you\s+)?(?:only\s+)?(?:get\s+paid|earn|are\s+paid)\s+(?:only\s+)?(?:when|if|per|for\s+each)\s+(?:you\s+)?(?:sell|close|sale|deal|order|sign)\w*\b/u,
      // The deal, not the applicant, as subject: "paid only when a deal closes"; no base or retainer at all.
      /\b(?:get\s+paid|are\s+paid|paid|earn)\s+only\s+(?:when|if|after|once)\s+(?:a|the|each|your)\s+(?:\w+\s+)?(?:deal|sale|contract|policy|order)\s+(?:closes|is\s+(?:closed|signed|made|completed))\b|\bno\s+(?:retainer|draw)\s+or\s+base\b|\bno\s+base\s+or\s+(?:retainer|draw)\b/u,
      /\b(?:paid|pay(?:ment)?|earnings?|income|compensation)\s+(?:is\s+|are\s+)?(?:based\s+)?(?:solely|only|purely|entirely)\s+(?:on\s+|from\s+|by\s+|through\s+)?(?:commissions?|performance|results|sales)\b|\bno\s+(?:guaranteed|fixed)\s+(?:pay|income|salary|wages?|earnings)\b|\b(?:pay|income|earnings?|compensation)\s+(?:comes?|derives?|is\s+derived|is\s+drawn)\s+(?:solely|only|purely|entirely|exclusively)\s+from\s+(?:your\s+)?(?:commissions?|sales|performance)\b|\bzero\s+base\b|\b(?:income|pay|earnings|compensation)\s+(?:depends?|is\s+based|relies)\s+(?:entirely|solely|only|purely|100\s*%)\s+on\s+(?:your\s+)?(?:sales|commissions?|performance|results)\b|\b(?:on\s+a\s+)?commission[-\s]basis\s+only\b/u,
      // No sale, no pay; nothing besides the share: "没单就没钱", "提成之外无其他报酬", "No salary; commission …".
      /(?:没|无|不开|不出|没有)\s*单\s*(?:就)?\s*(?:没|无)\s*(?:钱|收入|工资)|\bno\s+(?:sales?|deals?)\s*,?\s*no\s+(?:pay|money|income)\b/u,
      u(
        `(?:提成|佣金|分成|%|抽成)${SEP_LIST}{0,20}?(?:无|没有)\\s*(?:其他|其它|另外的?|额外)\\s*(?:报酬|收入|工资|薪酬|薪资)`,
      ),
      // No base pay asked and answered, or sales as the only source: "保底？没有。", "全靠你自己卖，卖多少拿多少",
      // "There is no salary", "your earnings depend entirely on your own sales".
      /(?:底薪|保底|固定工资|基本工资|无责底薪)\s*[?？]+\s*(?:没有|无|零|0|不存在|没|不设)|全\s*靠\s*(?:你|您)?\s*自己\s*(?:卖|销售|跑|开单|出单)/u,
      /\bthere\s+is\s+no\s+(?:salary|base(?:\s+(?:pay|salary))?|basic\s+(?:pay|salary)|fixed\s+(?:pay|salary)|wage)\b|\b(?:income|pay|earnings|compensation)\s+(?:depends?|is\s+based|relies)\s+(?:entirely|solely|only|purely|wholly|100\s*%)\s+on\s+(?:your\s+)?own\s+(?:sales|commissions?|performance|results)\b/u,
      /\bno\s+(?:salary|wages?)\b[^.]{0,40}\bcommissions?\b|\bcommissions?\b[^.]{0,40}\bno\s+(?:salary|wages?)\b/u,
      /\bno\s+(?:hourly|base|basic|fixed|guaranteed)\s+(?:pay|salary|wage|rate)\b|\b100\s*%\s+(?:performance|commission|results|sales)[-\s]based\b/u,
      // Sixth round (former-blind-8): "commission-based only; no retainer or salary", mixed "纯 commission，no base".
      /\bcommission[-\s]based\s+only\b|\bno\s+(?:retainer|base|draw)\s+(?:or|and|nor)\s+(?:salary|base|wages?|pay)\b|纯\s*commission|\bno\s+base\s*(?=[，,;；。.]|$)/u,
      u(
        `(?:工资|收入|薪资|薪酬)\\s*(?:全部|完全|全)\\s*(?:来源于|来自|来源|取决于|靠)${SEP}{0,6}?(?:提成|佣金|业绩|分成)`,
      ),
      // Round on former-blind-40..43 (branch vet4043-pay): a base in English paid only in the months a target is met ("Base RMB
      // 5,000 only in months when sales exceed …"), a base that exists for a visa or the social insurance only ("the listed
      // base is for your visa only", "base 3500 挂名 only for 社保"), and the income said to be commission in practice
      // ("actual income = commission", "in practice pay is commission per …"). A base paid every month stays clean.
      /\bbase\b[^.;]{0,40}?\bonly\s+(?:in|for)\s+(?:the\s+)?months?\s+(?:in\s+which|where|when|that)\b|\bbase\b[^.;]{0,30}?(?:挂名|\b(?:is\s+)?(?:only\s+|just\s+)?for\s+(?:your\s+|the\s+)?(?:visa|work\s+permit|social\s+insurance|社保|paperwork)(?:\s+(?:purposes|application))?\s+only\b|\bonly\s+for\s+(?:your\s+|the\s+)?(?:visa|work\s+permit|social\s+insurance|社保|paperwork)\b)|\b(?:actual|real|true)\s+(?:income|pay|earnings)\s*(?:=|is|are)\s*(?:all\s+|only\s+|just\s+)?commissions?\b|\bin\s+practice\b[^.;]{0,10}?\b(?:pay|income|earnings)\s+(?:is|are|comes?\s+from)\s+(?:all\s+|only\s+|just\s+)?commissions?\b/u,
      // Round vet-wechat (general knowledge of car, property and 教培 sales ads): the base paid only in the months a quota is
      // met ("底薪只在卖满四台的月份发放", "底薪仅在当月出单时才发") — the blind29 reading of a base paid only with four deliveries.
      u(
        `(?:底薪|保底|基本工资)${SEP}{0,6}?(?:只|仅|只有)\\s*(?:在|于)${SEP}{1,14}?(?:的)?\\s*(?:月份?|时候|当月|那个月)\\s*(?:才)?\\s*(?:发放|发|有|计发)`,
      ),
    ],
  },
  {
    id: "fraud.pyramid",
    namedAsDuty: SCHEME_AS_DUTY,
    // Building the system is IT work: "有三级分销系统开发经验者优先".
    allow: [
      // Round on former-blind-17 (branch vet17-fraud): a membership fee someone else pays for the worker (a perk: "健身会员费由
      // 公司报销", "we cover your gym membership fee") is no buy-in — the fee model's payer roles (restrictions.ts).
      u(
        `(?:会员费|入会费)\\s*(?:可|将|均|全部|都|也)?\\s*(?:${NAMED_PAYER_BEARS.source}|(?:全额|实报实销)?\\s*报销|全免|免收)|(?:${BEARS_NO_APPLICANT}|(?:替|为|帮)\\s*(?:你|您|员工|大家))${SEP}{0,8}?(?:会员费|入会费)`,
      ),
      /\bmembership\s+fees?\s+(?:is|are|will\s+be)\s+(?:\w+\s+)?(?:waived|covered|reimbursed|paid\s+(?:for\s+)?by\s+(?:the|us|our)\b)|\b(?:we|company|employer)\s+(?:will\s+|also\s+)?(?:covers?|pays?|reimburses?)\s+(?:the\s+|your\s+)?(?:\w+\s+)?membership\s+fees?\b|\bwe\b[^.;!?]{0,50}?\b(?:and|also)\s+(?:pay|cover)\s+(?:the\s+|your\s+)?(?:\w+\s+)?membership\s+fees?\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): research or case work on the scheme for a consumer body or
      // regulator ("MLM Research Analyst", "Research pyramid-scheme complaints and downline recruitment tactics", "参与传销、
      // 拉人头、发展下线等案件材料整理").
      /\b(?:mlm|pyramid|multi-level|downline)\b[^.;]{0,20}?\b(?:research|policy|compliance|investigat\w*|analyst|researcher|assistant|officer)\b|\b(?:research\w*|investigat\w*|stud(?:y|ies|ying)|analy[sz]\w*|document\w*|monitor\w*|complaints?)\b[^.;]{0,30}?\b(?:pyramid|mlm|multi-level|downline|recruitment-based)\b[^.;]{0,80}/u,
      u(
        `(?:参与|整理|研究|调研|分析|撰写|梳理|汇总)${SEP_LIST}{0,6}?(?:传销|拉人头|发展下线|非法集资|多级分销)${SEP_LIST}{0,24}?(?:案件|材料|警示|报告|线索|研究|卷宗|个案|投诉)`,
      ),
      // Round on former-blind-48/49 (branch vet4849-pay): … or the scheme studied as a kind of fraud ("研究拉人头骗局", "study 拉人头
      // schemes"); a franchise fee the company collects when the employee pays nothing ("公司收加盟费，员工本人不交任何钱": the job
      // is selling franchises); a commission reckoned on the membership fees the platform sells ("续费提成为会员费的10%").
      u(
        `(?:研究|调研|分析|揭露|识别)\\s*(?:各类|各种)?\\s*(?:传销|拉人头|发展下线|多级分销|资金盘)\\s*(?:的)?\\s*(?:骗局|模式|套路|手法|陷阱|\\bschemes?\\b)|\\b(?:stud(?:y|ies|ying)|research\\w*|analy[sz]\\w*)\\s+(?:传销|拉人头|发展下线)\\s*(?:schemes?|scams?|models?)\\b`,
      ),
      u(
        `(?:公司|我司|总部|品牌方?)\\s*(?:向\\s*加盟商\\s*)?(?:收|收取)\\s*(?:加盟商\\s*(?:的)?\\s*)?加盟费(?=[^。；;!?]{0,20}?(?:员工|本人|你|应聘者)[^。；;!?]{0,8}?(?:不交|不用交|无需交|不需交|不需要交|不收|不付))`,
      ),
      u(`(?:续费|销售|售卡|办卡)?\\s*提成\\s*(?:为|按|是)\\s*(?:会员费|年费|卡费)\\s*的\\s*\\d+(?:\\.\\d+)?\\s*%`),
      // Eighth round (former-blind-10/11, branch vet-fraud): a compliance or monitoring duty names the scheme
      // ("监控经销商是否存在违规发展下线"), as does calling it a violation.
      u(
        `(?:是否|有无)(?<=(?:监控|监督|排查|核查|检查|查处|防范|识别|杜绝|打击|审查|审核|巡查|核实|调查|监测|稽核|整治)${SEP_LIST}{0,20}?(?:是否|有无))${SEP_LIST}{0,20}`,
      ),
      /(?:违规|违法|非法)\s*(?:的)?\s*(?:发展下线|拉人头|传销|多级分销|层级返利)/u,
      // (Round on former-blind-44..47, branch vet4447-pay: a consumer body's complaint files, "个案", "投诉", end the list too.)
      // Ninth round (former-blind-12, branch vet12): case files on the scheme for a regulator ("收集传销（拉人头、发展下线）
      // 案件线索"), and a franchise fee the franchisees pay the brand ("加盟费由加盟商支付").
      u(
        `(?:收集|整理|查处|调查|打击|取缔|立案|侦办|办理|移送)${SEP_LIST}{0,6}?(?:传销|非法集资|网络传销)${SEP_LIST}{0,30}?(?:案件|线索|案卷|卷宗|证据)`,
      ),
      /(?:加盟费|会员费|入会费)\s*(?:由|是|系)\s*(?:加盟商|商户|客户|门店|会员|店主)/u,
      // Eleventh round (former-blind-14, branch vet14-fraud): … with the payer first ("加盟商交加盟费后获得品牌授权").
      /(?:加盟费|入会费)(?<=(?:加盟商|经销商|商户|合作门店)\s*(?:需|须|要)?\s*(?:先)?\s*(?:交|缴|缴纳|交纳|支付|付)\s*(?:的)?\s*(?:加盟费|入会费))/u,
      // Collecting franchise or membership fees is a finance duty: "负责收取加盟商加盟费并开具发票".
      u(
        `(?:负责|协助)${SEP}{0,6}?(?:收取|核对|催收|管理|对账|核算|统计|登记|记录|核销|开具)${SEP}{0,10}?(?:加盟费|会员费|入会费)${SEP}{0,8}`,
      ),
      // English fee duties: "Process refund requests for members and reconcile the membership fee ledger".
      /\b(?:process\w*|reconcil\w*|refund\w*|audit\w*|collect\w*|invoic\w*|track\w*|record\w*)\b[^.;]{0,40}\b(?:membership|joining|franchise)\s+fees?\b[^.;]{0,20}/u,
      // … with the duty after the fee: "负责会员费退款申请审核与对账" (former-blind-9), "负责加盟店招商和加盟费收取" (branch vet-slang).
      u(
        `(?:负责|协助|处理)${SEP}{0,10}?(?:加盟费|会员费|入会费)${SEP}{0,4}?(?:退款|退还|审核|对账|核对|开票|统计|登记|收缴|收取|催收|核算|结算)${SEP}{0,12}`,
      ),
      u(
        `(?:开发|设计|搭建|维护|测试|对接)${SEP}{0,10}?(?:分销|返利|返佣)\\s*(?:系统|模块|功能|小程序|商城)${SEP}{0,8}|(?:[二三四五六七八九两多\\d]\\s*级\\s*)?(?:分销|返利|返佣)\\s*(?:系统|模块|功能|小程序|商城)${SEP}{0,4}?(?:开发|设计|搭建|维护|测试)${SEP}{0,8}`,
      ),
    ],
    ignoreInSentence: ANTI_FRAUD_NOTICE,
    severity: "block",
    message: {
      zh: "疑似传销：出现拉人头、发展下线、会员费等传销特征（《禁止传销条例》，教育部“五防”）",
      en: "Suspected pyramid scheme: recruiting downlines, head-count commissions or membership fees",
    },
    patterns: [
      // Round on former-blind-48/49 (branch vet4849-pay): two levels of cuts told as bare percentages after a buy-in — 直推 and
      // 间推 side by side ("直推15%，间推6%"), the people below and those below them ("下面的店主买礼包你拿20%，再下面的拿6%");
      // in English levels of invitees counted ("15% / 5% from two levels of invitees"), the same role bought "by … you invite"
      // and "by … they invite", and the recruits' teams selling for the applicant ("… you recruited …, 8% of every kit sold by
      // their teams"). One level (a sales cut and a renewal, "orders sold by their teams" with no recruiting) is none.
      u(
        `直推\\s*(?:拿|得|返|奖励?)?\\s*\\d+(?:\\.\\d+)?\\s*%[^。；;!?]{0,12}?间推\\s*(?:拿|得|返|奖励?)?\\s*\\d+(?:\\.\\d+)?\\s*%|(?:下面|下边|下级)[^。；;!?]{0,16}?(?:拿|得|分|抽|返)\\s*\\d+(?:\\.\\d+)?\\s*%[^。；;!?]{0,8}?再\\s*(?:下面|下边)\\s*(?:的|一级|一层)?\\s*(?:人)?\\s*(?:你)?\\s*(?:再|也|还)?\\s*(?:拿|得|分|抽|返)\\s*\\d+(?:\\.\\d+)?\\s*%`,
      ),
      /\b(?:two|three|four|five|[2-9])\s+(?:levels?|tiers?|generations?)\s+of\s+(?:your\s+)?(?:invitees|referrals|recruits|sign-?ups|downlines?)\b|\bby\s+(?:the\s+)?[a-z]+\s+you\s+(?:invite|recruit|refer|sponsor)\b[^.;]{0,80}?\bby\s+(?:the\s+)?[a-z]+\s+they\s+(?:invite|recruit|refer|sponsor)\b|\byou\s+(?:recruited|invited|referred|brought\s+in|signed\s+up)\b[^.;]{0,80}?\b(?:sold|bought)\s+by\s+their\s+(?:teams?|recruits|downlines?|groups?|networks?)\b/u,
      // Round on former-blind-44..47 (branch vet4447-pay): insurance, health and regional (Hong Kong, Taiwan) buy-ins with
      // pay on two levels told after a first-level cut with its figure: the recruits' own recruiting said with 再 ("组员再拉
      // 人你拿6%", "新人再招募你再抽12%", "佢哋介紹嘅人再抽8%"), or the second level named 间接 ("间接会员奖励12%"); in English
      // "5% one level further", "10% on kits sold by the members they recruit", "6% on members invited by your team", "4-level
      // commissions". A first cut on sales ("销售提成5%，续费再提3%") names no recruit before its figure.
      u(
        `(?<=(?:拉|招募|招|介绍|介紹|推荐|推薦|邀请|邀請|发展|發展|加入|入包|入股|购买|購買|买|買)[^。；;!?]{0,30}?\\d+(?:\\.\\d+)?\\s*(?:%|元)[^。；;!?]{0,12}?)(?:(?:再|又)\\s*(?:拉|招募|招|介绍|介紹|推荐|推薦|邀请|邀請|发展|發展|带|帶)|(?:间接|間接|下级|下級)\\s*(?:会员|會員|成员|成員|股东|股東|代理|团员|團員|人)|(?:人|介紹|介绍)\\s*再)[^。；;!?，,]{0,8}?(?:拿|得|分|返|提|抽|奖励|獎勵|赚)\\s*(?:你|您)?\\s*\\d+(?:\\.\\d+)?\\s*(?:%|元)`,
      ),
      /\b\d+(?:\.\d+)?\s*%\s+(?:one|a|another)\s+level\s+(?:further|down|deeper|below)\b|\b\d+(?:\.\d+)?\s*%\s+on\s+(?:[\w']+\s+){0,6}?(?:(?:invited|recruited|referred|brought\s+in)\s+by\s+(?:your\s+(?:team|recruits|invitees|referrals|downline)|them)|(?:sold|bought)\s+by\s+(?:the\s+)?[a-z]+\s+(?:they|you)\s+(?:recruit|invite|refer|bring\s+in))\b|\b(?:unlock|earn|get|receive)s?\s+(?:[\w-]+\s+){0,2}?(?:[2-9]|two|three|four|five)[-\s]level\s+commissions?\b/u,
      // Round on former-blind-40..43 (branch vet4043-pay): a kit, node, ticket or 礼包 bought and pay on two levels of the
      // buyers brought in — the second level said with a pronoun and an amount in any form, words between ("他推荐的你拿一百",
      // "他们再推荐的partner买kit你拿8%"), as "the next level" after a first percentage ("拿你推荐合伙人礼盒的20%，再下一级8%",
      // "15% of nodes bought by your invitees and 5% on the next level", "25% on every station you open for others, 10% on
      // the next level"), or as theirs ("your invitees and theirs", "RMB 80 for each of theirs"). One level — a referral
      // bonus, a commission on one's own sales, a sales tier — names no second level.
      u(
        `(?:他|她|他们|她们|对方)\\s*(?:(?:再|又)\\s*(?:推荐|介绍|邀请|发展|拉)\\s*(?:来)?\\s*的[^。；;!?，,]{0,20}?|(?:推荐|介绍|邀请|发展|拉)\\s*(?:来)?\\s*的\\s*)(?:你|您)\\s*(?:再|也|还)?\\s*(?:能|可)?\\s*(?:拿|得|分|返|提|赚)\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:%|元|块)|[一二两三四五六七八九十百]{1,4})`,
      ),
      u(
        `下\\s*一?\\s*(?:级|层|代)(?<=(?:推荐|邀请|介绍|发展|拉)[^。；;!?]{0,30}?\\d+(?:\\.\\d+)?\\s*%[^。；;!?\\d]{0,6}?下\\s*一?\\s*(?:级|层|代))\\s*[:：]?\\s*(?:再|也|还)?\\s*(?:拿|得|返|提成|分成|奖励)?\\s*\\d+(?:\\.\\d+)?\\s*%`,
      ),
      /\bnext\s+(?:level|generation)\b(?<=\b(?:others|invit\w*|recruit\w*|referr\w*|refer|bring|brought|friends)\b[^.;]{0,100}?\b\d+(?:\.\d+)?\s*%\s+(?:on|of|from|at)\s+(?:the\s+)?next\s+(?:level|generation))/u,
      /\b(?:invitees|recruits|referrals|sponsees|downlines?)\s+and\s+theirs\b|\bof\s+theirs\b(?<=\b(?:earn\w*|get|gets|paid|bonus|commissions?|rewards?)\b[^.;]{0,100}?\b(?:each|every\s+one|all|any)\s+of\s+theirs)/u,
      // Round on former-blind-36/37 (branch vet3637-fraud): the recruit's own recruits said with a singular pronoun and a
      // percentage ("他推荐的拿5%"), what the recruits sell earning the applicant again ("你发展的合伙人卖出你再拿15%"), "两级都
      // 有"; in English a percentage on the next level of "people you invite", and an amount "plus … for each person they
      // bring in". A referral bonus on one level ("你推荐的同学入职，奖励500元") names no second level.
      u(
        `(?:他|她|他们|她们|对方)\\s*(?:再|又)?\\s*(?:推荐|介绍|邀请|发展|拉)\\s*(?:来)?\\s*的\\s*(?:人|会员|股东|代理|合伙人|店主|团长)?\\s*(?:你)?\\s*(?:再|也|还)?\\s*(?:拿|得|分|返|提)\\s*\\d+(?:\\.\\d+)?\\s*%|(?:你|您)\\s*(?:发展|推荐|介绍|邀请|拉)\\s*(?:来)?\\s*的\\s*(?:人|会员|合伙人|代理|店主|团长|大使|分销商|分销员|推广员|股东)${SEP}{0,6}?(?:你|您)\\s*(?:再|也|还)\\s*(?:拿|得|分|赚|抽|提)\\s*\\d|两级\\s*(?:都有|分销|返利|返佣|提成|佣金|收益|奖励)|二级\\s*(?:推荐|邀请|介绍|分销)\\s*(?:再|又|还|也)?\\s*(?:得|拿|返|奖励?|提成)\\s*\\d|被\\s*(?:邀请|推荐|介绍)\\s*(?:人|者|的人)\\s*再\\s*(?:邀请|推荐|介绍|拉|发展)${SEP_LIST}{0,10}?(?:你|您)\\s*(?:还|也|再)?\\s*(?:能|可)?\\s*(?:拿|得|返|赚|分)`,
      ),
      /\b(?:people|friends|members|those|everyone)\s+you\s+(?:invite|bring\s+in|sign\s+up|introduce|refer|recruit)\b[^.;]{0,60}?\b\d+(?:\.\d+)?\s*%\s+(?:on|of|from)\s+(?:the\s+)?(?:next|second|2nd|lower)\s+(?:level|tier|generation|line)s?\b|\b(?:plus|and)\s+(?:(?:usd|rmb|cny|us\$|\$|¥)\s*\d[\d,.]*|\d+(?:\.\d+)?\s*%)\s+(?:\w+\s+)?(?:for|on|from)\s+(?:each|every)\s+(?:person|friend|member|recruit|one|partner|buyer)\s+(?:that\s+|who\s+)?they\s+(?:bring|recruit|invite|sign|refer|introduce|enrol)/u,
      // Round on former-blind-34/35 (branch vet3435-fraud): the recruits' own recruits told with 引荐, 带 or 拉 after 你 ("你带的人
      // 再带人你拿8%", "你拉的人再拉人"), and in English a second percentage on the same role named with "their" ("20% on
      // every box your coaches buy and 8% on their coaches' boxes"). A mentor's allowance ("你带的徒弟出师后") names no second
      // level.
      u(
        `(?:你|您)\\s*(?:拉|带|招|引荐)\\s*(?:来|进来)?\\s*的\\s*(?:人|朋友|好友|会员|代理|店主|团长|站长)\\s*(?:再|又|继续)\\s*(?:拉|带|招|推荐|介绍|邀请|引荐|发展)`,
      ),
      /(?<=\byour\s+(?:agents|coaches|partners|members|affiliates|ambassadors|distributors|hosts|resellers|recruits|referrals|leaders|sellers|promoters|team)\b[^.;]{0,60}?)\band\s+\d+(?:\.\d+)?\s*%\s+(?:on|of|from)\s+their\s+(?:own\s+)?(?:agents|coaches|partners|members|affiliates|ambassadors|distributors|hosts|resellers|recruits|referrals|leaders|sellers|promoters|team)\b/u,
      // Round on former-blind-24/25 (branch vet2425-fraud): a percentage on the people the worker brings in and another on
      // the people they bring in ("介绍朋友认购拿15%，朋友再介绍拿5%", "plus 8% on their sponsorees"): two levels deep.
      u(
        `(?:介绍|邀请|推荐|拉)${SEP_LIST}{0,8}?(?:拿|得|返|提成|抽)\\s*\\d+(?:\\.\\d+)?\\s*%${SEP_LIST}{0,14}?(?:再|又)\\s*(?:介绍|邀请|推荐|拉)${SEP_LIST}{0,10}?(?:拿|得|返|提成|抽)\\s*\\d+(?:\\.\\d+)?\\s*%`,
      ),
      /\b(?:sponsor|recruit|invite|refer|bring\s+in)\w*\b[^.]{0,40}?\b(?:plus|and)\s+\d+(?:\.\d+)?\s*%\s+(?:on|of|from)\s+(?:their|his|her)\s+(?:sponsorees|recruits|invitees|referrals|downlines?)\b/u,
      // Round on former-blind-20/21 (branch vet2021-fraud): a second level of recruits, whatever is sold — the people the
      // applicant brings in recruiting or buying again ("你推荐的人再买", "你团队里的人再拉人", "好友的好友买再返10%",
      // "再介绍推广员加入还有团队奖励", "everyone they sign", "5% from their partners", "three levels of the people you
      // recruit"). One level (a referral bonus, a commission on one's own sales) stays clean.
      u(
        `(?:推荐|介绍|邀请|拉来|发展|分享)(?:出去)?\\s*的\\s*(?:人|朋友|好友|会员|用户|下级|代理|每个[\\u4e00-\\u9fff]{1,3})?${SEP}{0,10}?(?:你的|你)?\\s*(?:团队|下级|下线)?\\s*(?:里的人|的人|成员)?\\s*(?:再|又|继续)\\s*(?:买|购买|推荐|介绍|邀请|拉人|拉新|发展|分享|入股|加入)|(?:好友|朋友|下级|下线|会员|代理)\\s*的\\s*(?:好友|朋友|下级|下线|会员|代理)${SEP}{0,10}?(?:买|购|返|奖|提成|分润|分红|拿)|(?:团队|下级|下线)\\s*(?:里|中)?\\s*(?:的人|成员)?\\s*(?:再|又|继续)\\s*(?:拉人|拉新|分享|推荐|介绍|邀请|发展|卖|买)|再\\s*(?:介绍|推荐|邀请|发展|拉)${SEP}{0,6}?(?:推广员|代理|会员|合伙人|加盟商|店主|团长)\\s*(?:加入|入会|入伙)${SEP}{0,10}?(?:奖|提成|分红|返|分润)`,
      ),
      // Round on former-blind-26/27 (branch vet2627-fraud): the second level named by what the first level's people are
      // ("their invitees", "their buyers", "their sign-ups", "each friend of theirs", "the ones they enrol", "the people
      // they register", "when your partners bring partners"), beside an earning word; levels counted down from a
      // percentage ("5% three levels down", "up to 4 levels"); in Chinese the friend's friend with a figure ("好友的好友
      // 10%") and a new or second-level recruit recruiting again for the applicant ("新店主再推荐你拿5%", "二级团长再推荐
      // 返100元"). "Their customers", "their members" or a staff referral paid again ("新员工再推荐") name no second level.
      // (The second level first, the earning word looked for behind it: "you" alone starts too many scans.)
      /(?<=\b(?:you|your|earn\w*|gets?|commissions?|overrides?|bonus(?:es)?|rewards?)\b[^.;]{0,100})(?:\btheir\s+(?:own\s+)?(?:friends|invitees|buyers|joins|sign-?ups|enrol+ees|affiliates|ambassadors)\b|\b(?:friends?|invitees?|buyers?)\s+of\s+theirs\b|\b(?:the\s+ones|the\s+people|those|everyone|anyone|whoever)\s+they\s+(?:recruit|enrol+|register|invite|sign\s+up|bring\s+in|introduce|refer|sponsor)\b|\bwhen\s+your\s+(?:recruits|referrals|invitees|affiliates|ambassadors|partners|members|agents|distributors|downlines?|sign-?ups|friends)\s+(?:also\s+|in\s+turn\s+)?(?:bring|recruit|sign\s+up|enrol+|invite|refer|introduce|sponsor)\b)/u,
      /\d+(?:\.\d+)?\s*%[^.;]{0,80}?\b(?:(?:two|three|four|five|six|seven|[2-9])\s+levels?\s+(?:down|deep)|up\s+to\s+(?:two|three|four|five|six|seven|[2-9]|1\d)\s+levels)\b/u,
      u(
        `(?:好友|朋友)\\s*的\\s*(?:好友|朋友)${SEP}{0,6}?(?:再|也|还)?\\s*(?:得|拿|返|奖励?|赚|分)?\\s*\\d+(?:\\.\\d+)?\\s*(?:%|元|块)|(?:新|二级|下一级)\\s*(?!员工|同事|同学)[\\u4e00-\\u9fff]{1,3}?\\s*(?:再|又)\\s*(?:推荐|引荐|介绍|邀请|发展|拉)${SEP}{0,8}?(?:你|您)?\\s*(?:再|也|还)?\\s*(?:能|可)?\\s*(?:拿|得|返|分|赚|抽|奖励?|提成)\\s*\\d`,
      ),
      // Round on former-blind-22/23 (branch vet2223-fraud): the second level said with a pronoun or "the people below",
      // the applicant paid on what they in turn bring ("他们邀请的你拿10%", "他们再介绍你拿5%", "他们再发展的你拿3%",
      // "下级再推荐你再拿300", "下面的人再拉你拿200", "二级推广员买单你也分10%"), and in English the recruits' own
      // recruits, sponsees or introductions ("from partners you sponsor and 10% from their partners", "your recruits and
      // their recruits", "8% on the next level", "6% of level two", "your second-tier recruits"). A bonus paid again for
      // the same hire ("他们入职满三个月再发200元") names no second level.
      u(
        `(?:他们|她们|对方|下面的人|下边的人|下级|下线|二级\\s*(?:推广员|代理|会员|分销商?|经销商|合伙人)|他们的下级)\\s*(?:再|又|继续)?\\s*(?:推荐|引荐|介绍|邀请|发展|拉|招|分享|买单|购买|买|开通|认购|进货|出单|开单|成交|下单)(?:来)?\\s*(?:的|了)?\\s*(?:人|会员|代理|经销商|合伙人)?${SEP}{0,6}?(?:你|您)\\s*(?:再|也|还|又)?\\s*(?:能|可以?)?\\s*(?:拿|得|分|赚|抽|提|领)`,
      ),
      /\b(?:you|your)\b[^.;]{0,60}?\b(?:recruit|sponsor|introduc|refer|invit|sign|enrol|onboard|bring)\w*[^.;]{0,60}?\btheir\s+(?:own\s+)?(?:recruits|referrals|partners|downlines?|sponsees|introductions|sign-?ups|members|team)\b|\b(?:recruits|referrals|sponsees|downlines?)\b[^.;]{0,60}?\btheir\s+(?:own\s+)?(?:recruits|referrals|sponsees|downlines?|introductions)\b|\b(?:referrals|recruits|downlines?)\s+of\s+your\s+(?:referrals|recruits|downlines?)\b|\bdownline['’]s\s+downlines?\b|\btheir\s+(?:own\s+)?(?:recruits|referrals|sponsees|introductions|downlines?)\s+(?:also\s+)?(?:earn|pay|give|bring|make)\s+you\b/u,
      /\b(?:recruit|referral|downline|sponsor|partners?\s+you|direct\s+(?:recruits|referrals|invites))\w*\b[^.;]{0,80}?\b(?:\d+(?:\.\d+)?\s*%|bonus|commission)\s+(?:on|of|from)\s+(?:the\s+)?(?:next|second|2nd|third|3rd|lower)\s+(?:level|tier|generation|line)s?\b|\b(?:recruit|referral|downline|sponsor|direct\s+(?:recruits|referrals))\w*\b[^.;]{0,80}?\b(?:\d+(?:\.\d+)?\s*%|bonus|commission)\s+(?:on|of|from)\s+(?:level|tier|generation)\s+(?:two|2|three|3)\b|\b(?:second|2nd|third|3rd)[-\s](?:tier|level|generation|line)\s+(?:recruits|referrals|partners|members|downlines?)\b/u,
      // … and the scheme's own bookkeeping words: an order "filed" for a subsidy (报单), rewards rising with the layers
      // below ("层级越高补贴越多"); a career ladder ("级别越高工资越高") stays clean.
      u(
        `报单(?:后|即|就)?${SEP}{0,10}?(?:市场补贴|补贴|奖金|奖励|返利|分红)|(?:层级|代数)\\s*越(?:高|多|深)${SEP}{0,8}?(?:补贴|奖金|奖励|返利|分红|提成|收益)`,
      ),
      /\b(?:you|your\s+(?:recruits|partners|referrals))\s+(?:introduce|recruit|sign(?:\s+up)?|refer|bring\s+in|invite|bring)\b[^.;]{0,40}?\b(?:and\s+(?:[\w%]+\s+){0,3}?(?:from\s+)?(?:theirs?|everyone\s+they|anyone\s+they|all\s+they|those\s+they|whoever\s+they|(?:people|partners|members|agents|friends|coaches|ambassadors|distributors|affiliates|recruits|referrals|hosts|resellers|promoters)\s+they\s+(?:invite|recruit|sign|bring|introduce|refer|sponsor|enrol))\b|they\s+(?:in\s+turn\s+)?(?:recruit|sign|introduce|refer|bring))|\b(?:levels?|tiers?|generations?)\s+(?:of|deep\s+(?:in|into))\s+(?:the\s+)?(?:people|members|recruits|partners|downlines?|referrals)\s+(?:(?:that|who)\s+)?you\s+(?:recruit|sign|bring|introduce|refer|invite)\b/u,
      // Ninth round (former-blind-12, branch vet12): "out" after recruiting so many generations (发展三代即可出局), and
      // capital operation sold as a state-backed project (国家扶持的资本运作).
      u(
        `出局(?<=(?:发展|拉|带|招)\\s*(?:满)?\\s*[一二两三四五六七八九\\d]\\s*(?:代|级|层)${SEP}{0,6}?(?:即可|就|便|可)?\\s*出局)|(?:资本运作|连锁经营)(?<=(?:国家|政府)\\s*(?:扶持|支持|批准|认可)\\s*(?:的)?\\s*(?:纯)?\\s*(?:资本运作|连锁经营))|纯资本运作`,
      ),
      // Eighth round, rules alone (former-blind-10/11 misses the learned layer happened to catch): a share of the downline's purchases and two levels
      // down ("下级的进货额你拿15%，下下级拿5%"), recruiting downline dealers with words between, a reward per
      // downline recruited ("每发展一个下级返现300").
      u(
        `(?:下级|下线|下家)\\s*(?:的)?\\s*(?:进货|拿货|消费|业绩|销售|流水)\\s*(?:额|量)?${SEP}{0,4}?(?:你|您)?\\s*(?:拿|抽|得|提|分)\\s*\\d+\\s*%|下下级|下下线`,
      ),
      u(
        `发展${SEP}{0,6}?(?:下级|下线)\\s*(?:经销商|代理|会员)?|每\\s*(?:发展|拉|邀请|推荐)\\s*[一二两三四五六七八九十\\d]*\\s*(?:个|位|名)?\\s*(?:下级|下家|代理|经销商)`,
      ),
      // Eighth round (former-blind-10/11, branch vet-fraud): the umbrella of a downline ("伞下收益"), a count of direct
      // recruits that buys a rank ("做满3个直推"), "the more people you bring, the more you earn", percentages by
      // level ("一级拿30%，二级拿20%"), a cut of what recruits pay or sell ("拿其会费分成", "获得其业绩的10%"),
      // generations ("三代以内均可拿奖励"), your own team with passive income; in English recruits that unlock a
      // tier and income from the people you bring in.
      /伞下\s*(?:收益|业绩|团队|人数|市场|分红|奖励|提成|会员|代理|人员)/u,
      /(?:做满|做够|推满|直推满|拉满|达到|凑够|凑满|满)\s*[一二两三四五六七八九十\d]+\s*(?:个|位|名)\s*(?:直推|下线|下级|会员|代理)|直推\s*(?:满)?\s*[一二两三四五六七八九十]+\s*(?:个|位|名)?\s*(?:人|会员|好友)?\s*(?:即可|就能|就|可)?\s*(?:升级|晋升|晋级|升为|成为)/u,
      u(
        `(?:带|拉|招|发展|邀|推|介绍|推荐|邀请)\\s*(?:来|进)?\\s*(?:的)?\\s*(?:人|下线|会员|代理|好友)\\s*(?:数)?\\s*越多${SEP_LIST}{0,8}?(?:赚|收入|提成|分红|拿|收益|返)`,
      ),
      u(
        `[一1]\\s*级${SEP}{0,6}?(?:拿|得|抽|返|提成|分成|佣金|奖励|返利)\\s*\\d+\\s*%${SEP_LIST}{0,10}?[二2]\\s*级${SEP}{0,6}?(?:拿|得|抽|返|提成|分成|佣金|奖励|返利)\\s*\\d+\\s*%`,
      ),
      u(
        `(?:拿|抽|分|赚|得|获得|享受?|提取)\\s*(?:其|他们|她们|对方|好友|下线|新人|下级|被推荐人)\\s*(?:的)?\\s*(?:会费|会员费|入会费|充值|押金|投资|消费|业绩|货款|流水)${SEP}{0,4}?(?:的)?\\s*(?:分成|提成|返利|抽成|\\d+\\s*%|分红)`,
      ),
      u(`代(?<=[二三四五六七八九两多\\d]\\s*代)\\s*(?:以内|之内|内)${SEP}{0,8}?(?:奖励|收益|提成|分成|返|拿)`),
      u(
        `(?:组建|发展|打造|带)\\s*(?:你|您)?\\s*(?:自己|个人)的?\\s*团队${SEP_LIST}{0,16}?(?:躺赚|被动收入|睡后收入|管道收入|躺着|分红|收益)`,
      ),
      /\brecruit\s+(?:\w+\s+){0,2}(?:partners|people|friends|members|distributors|agents|others)\b[^.;]{0,30}\bto\s+(?:unlock|qualify|reach|move\s+up|be\s+promoted|rank\s+up)\b/u,
      /\b(?:earn|earnings|income|make\s+money|get\s+paid|commissions?)\b[^.;]{0,40}\bfrom\s+(?:the\s+)?(?:people|members|friends|recruits|those|everyone)\s+(?:(?:that|who)\s+)?you\s+(?:bring|recruit|sign\s+up|introduce|invite)\b/u,
      // Fifth round (former-blind-7): recruiting to get the entry money back or to leave ("拉三个人回本",
      // "推荐3人为一单，满单出局"), levels gated by head counts ("直推10人"), unlimited levels, and the
      // English downline said plainly ("recruit others to sell under you", "pay comes from your recruits").
      /(?:拉|推荐|直推|带)\s*(?:进|来)?\s*[一二两三四五六七八九十几\d]+\s*(?:个|位|名)?\s*(?:人|下级|下线|会员)\s*(?:进来|过来|进)?\s*(?:就能|就可以?|就|即|可|为一单)?\s*(?:回本|返本|出局)|满单\s*出局|(?:交|缴|投)\s*\d+\s*(?:元)?\s*出局|直推\s*\d+\s*人|无限\s*(?:层级|代|级)/u,
      /\b(?:recruit|sign\s+up|enrol+)\s+(?:others|people|members)\s+to\s+sell\s+under\s+you\b|\bunder\s+you\s+in\s+your\s+downline\b|\b(?:income|earnings|pay)\s+(?:grows?|rises?|comes?)\s+(?:with\s+the\s+size\s+of\s+your\s+team|from\s+your\s+recruits)|\brecruit\s+at\s+least\s+\d+\s+people\b[^.]{0,30}\bto\s+qualify\b|\b(?:direct|indirect)\s+referral\s+\d+\s*%/u,
      /拉人头|人头费|发展下线|发展下级|发展会员|层级返利|多级分销|三级分销|团队计酬/u,
      // Pay per recruit: "拉一个人头奖励200元", "每拉1人返100", "按人头提成", "for every person you sign up".
      /拉\s*(?:进|来)?\s*[一二两三四五六七八九十几\d]+\s*(?:个|位|名)?\s*人头|拉\s*(?:进|来|入)?\s*[一二两三四五六七八九十几\d]+\s*(?:个|位|名)?\s*(?:人|新人|会员|下线|好友)\s*(?:就|即|可)?\s*(?:奖励|返|提成|给|得|拿|赚|分|升级|晋级)|每\s*发展\s*[一二两三四五六七八九十\d]*\s*(?:个|位|名)?\s*(?:人|新人|会员|下线)/u,
      /\b(?:for\s+)?(?:every|each)\s+(?:person|friend|member|recruit|new\s+member|distributor|partner)\s+you\s+(?:recruit|bring\s+in|enrol+|sponsor|sign\s+up)\b|\b(?:and|plus)\s+(?:their|his|her)\s+(?:sponsors|recruits|referrals|downlines?)\b[^.;]{0,10}\d+\s*%|\bper[-\s](?:head|recruit)\s+(?:bonus|commission|reward)s?\b|\b(?:bonus|commission|reward)s?\s+per\s+(?:head|recruit|new\s+member)\b/u,
      /下线\s*(?:提成|返利|分成|越多)/u,
      // Seventh round (former-blind-9): a head count that buys a rank or a reward, whoever recruits ("邀请3位好友加入
      // 即可升级为主管", "拉够10个人即可晋升经理"), recruiting without a count for a rebate ("之后拉人加入即可返利"),
      // the team's size as the pay ("团队越大分红越高"), the downline's turnover ("享受下线全部流水提成").
      u(
        `(?:拉|邀请|推荐|介绍|带|发展)\\s*(?:够|满|进|来|齐)?\\s*[一二两三四五六七八九十几\\d]+\\s*(?:个|位|名)?\\s*(?:人|新人|会员|下线|好友|朋友|伙伴|合伙人|成员)\\s*(?:加入|入会|注册|进来|进群)?\\s*(?:就|即|便)?\\s*(?:可以?|能)?\\s*(?:升级|晋级|晋升|升为|升职|成为|当上)\\s*(?:为|成)?\\s*[\\u4e00-\\u9fff]{0,4}?(?:主管|经理|总监|代理|合伙人|店长|队长|团长|vip|会员|股东)`,
      ),
      /拉\s*(?:新)?人\s*(?:加入|入会|进来|注册)?\s*(?:即可|就能|就可以|就|即|可)\s*(?:返利|返佣|返现|提成|分成|拿奖励|获得奖励|分红)/u,
      /团队\s*越大\s*(?:分红|提成|收益|返利|奖金)|下线(?!产品|商品|设备|时间|门店|活动)[^，,。；;]{0,6}?(?:流水|业绩)\s*(?:提成|分成|返利|分红)?/u,
      // A membership fee that only unlocks tasks ("会员费198元开通接单权限") is a fee to work (`fee`), not a scheme.
      // (Round vet-wechat: … as is one asked after a start without interview, "免面试直接上户，交会员费888元": the no-interview
      // convention of tests/corpus/CONVENTIONS.md, fee + fraud.no_interview.)
      // Twelfth round (former-blind-15, branch vet15-fraud): … or lets the payer start earning ("交会员费168元，then you can
      // start earning today", "交完会员费就能开始赚钱").
      // Round on former-blind-32/33 (branch vet3233-fraud): … or is followed by the work's own rate or dispatch ("交一百九八
      // 入会费，一千字三十", "交会员费就派活").
      /(?:会员费|入会费|加盟费|入门费)(?![^。；;]{0,24}(?:开通|解锁|接单|权限|派单|领任务|领稿|稿件|领活|接活|领单|领料|领取|素材|拿货资格|激活|账号|做单|任务|上户|上岗|安排工作|推荐工作|介绍工作|派工|岗前培训|看到|查看|获取|工作地址|联系方式|岗位信息|开始(?:赚|挣|工作|干活)|千字|(?:一|每)\s*(?:单|件|条|篇|个钟)|日结|时薪|派活|(?:即可|就能|就可以|才能)\s*接|接通告|接戏|(?:就|即)\s*(?:可以|能|可)?\s*开始|开工|\bstart\s+(?:earning|working)|\bget\s+(?:tasks|orders|work)\b))(?<!(?:开通|解锁|接单|权限|派单|领任务|激活|账号|做单|任务)[^，,。；;]{0,16}(?:会员费|入会费|加盟费|入门费))(?<!(?:看到|查看|获取)\s*(?:工作地址|联系方式|岗位信息|工作信息|任务)[^。；;]{0,6}(?:会员费|入会费|加盟费|入门费))(?<!(?:免面试|无需面试|无须面试|不用面试|直接上岗|直接上户|直接入职)[^。；;]{0,16}(?:会员费|入会费|入门费))/u,
      // Levels recruiting levels: "一级带二级，二级带三级"; pay on indirect recruits: "间推也有奖励", "育成奖".
      /级(?<=[一二三四1-4]\s*级)\s*(?:带|拉|发展|管)\s*[二三四五2-5]\s*级/u,
      /[直间]推[^，,。；;]{0,4}?(?:奖|收益|提成|返佣|分红|(?:返|拿|得|抽|分)\s*\d)|育成奖|[直间]推\s*(?:一|每|1)\s*(?:个|人|位|单)\s*(?:就)?\s*(?:拿|得|奖|返|赚)\s*\d/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): a rank for bringing in distributors, and others invited to
      // become members for a reward ("bring two distributors and you are promoted", "invite others to become VIP, 每人奖励800").
      /\bbring\s+(?:in\s+)?(?:\w+\s+){0,2}(?:distributors|members|partners|agents|recruits|people)\b[^.;]{0,30}\b(?:promot\w*|rank\s+up|level\s+up|upgrad\w*)|\binvite\s+(?:others|friends|people|more\s+people)\s+to\s+(?:become|join)\b[^.;]{0,30}(?:奖励|返|\breward|\bbonus|\bearn|\bcommission|\d)/u,
      // Earning on recruits and their recruits: "Earn from the sales of everyone you recruit, and everyone they recruit".
      /\b(?:sales|purchases|orders|earnings)\s+of\s+(?:everyone|anyone|each\s+person|the\s+people|those)\s+(?:you|they)\s+(?:recruit|sign\s+up|bring\s+in|enrol+)\b|\b(?:everyone|anyone|those|the\s+people)\s+they\s+(?:recruit|sign\s+up|bring\s+in)\b/u,
      u(`(?:先|需|须)\\s*(?:购买|购置|认购)\\s*(?:公司)?\\s*(?:产品|商品|套餐)`),
      u(`购买\\s*(?:公司)?\\s*(?:产品|商品|套餐)${SEP}{0,6}?(?:入职|上岗|资格)`),
      /\bpyramid\s+scheme\b|\bmlm\b|\bdownlines?\b/u,
      u(
        `(?:推荐|邀请|介绍|发展|拉来|带来)\\s*的\\s*[\\u4e00-\\u9fff]{0,4}?(?:人|会员|合伙人|代理|店主|下级|好友|股东)\\s*(?:的)?\\s*(?:业绩|销售额|流水|消费|进货|投资|充值|收益)${SEP_LIST}{0,12}?(?:分红|提成|分成|返利|抽成|%|奖励)`,
      ),
      // Tenth round (former-blind-13, branch vet13-fraud): recruits named by whatever rank they buy ("每推荐一位股东加入奖励
      // 300元", "推荐店主入驻返佣"); rewards on a recruit's recruits by generation ("二代推荐再奖励150元"); pay by level
      // ("按层级拿奖金"); percentages by level in English ("direct referrals pay 10%, second level 5%"). (branch vet-slang) Friends
      // brought to open a shop or buy the upgrade ("邀请好友开店返佣", "拉朋友升级VIP奖励100").
      u(
        `(?:推荐|介绍|拉|邀请)\\s*(?:(?:每|一|1|两|2|三|3)\\s*(?:位|个|名)\\s*(?:新)?\\s*(?:股东|合伙人|店主|团长|会员|vip|创客|联创)|(?:新)?\\s*(?:股东|合伙人|店主|团长|会员|vip|创客|联创)\\s*(?:加入|入股|入会|入伙|注册|认购|购卡|开店|入驻)|(?:好友|朋友|亲友|新人)\\s*(?:开店|升级|成为\\s*(?:店主|vip|代理|合伙人)))${SEP_LIST}{0,10}?(?:奖励|返|提成|分成|佣金|分红|(?:你|就)\\s*(?:能|可)?\\s*(?:拿|得|赚)\\s*\\d)`,
      ),
      // Eleventh round (former-blind-14, branch vet14-fraud): pay when your recruits recruit, told as a story ("他拉人你
      // 再拿300元", "二级好友下单你也有收益"); in English, bonuses on recruiting and distributors "in your line".
      u(
        `你(?<=(?:他|她|他们|她们|对方|下面的人|好友)\\s*(?:再|又|也)?\\s*(?:拉|推荐|邀请|发展|介绍)${SEP}{0,8}?你)\\s*(?:也|还|再|又)\\s*(?:能|可以?)?\\s*(?:拿|有|得|赚|分)`,
      ),
      /(?:二级|三级|二代|三代|间接)\s*(?:好友|会员|用户|伙伴|粉丝|成员)[^，,。；;]{0,8}?(?:你)?\s*(?:也|还)?\s*(?:有|拿|得|赚)\s*[\u4e00-\u9fff]{0,2}?(?:收益|提成|分佣|佣金|奖励|分成|钱)/u,
      // Round on former-blind-18 (branch vet18-fraud): the recruit's purchase as what pays the recruiter — a friend brought
      // in who buys, joins or pays, and then the recruiter gains ("拉一个朋友买你就有分红", "介绍亲友入会你能拿返利"), or the
      // recruiter shares the recruits' own buy-in ("分他们的卡费", "拿新会员的入会费分成"); in English "bring a friend who
      // buys and you get a cut", "a share of their membership fees".
      u(
        `(?:拉|介绍|推荐|邀请|带)\\s*(?:[一二两三几\\d]\\s*(?:个|位|名))?\\s*(?:朋友|好友|亲友|熟人|人|会员|新人|新会员|客户)\\s*(?:来|进来)?\\s*(?:买|购买|加入|入会|办卡|充值|下单|投资|入股|认购)${SEP}{0,8}?[，,]?\\s*(?:你|您)\\s*(?:就|都|也|还|即可|便)?\\s*(?:有|能|可|拿|分|得|赚)`,
      ),
      u(
        `(?:推荐|邀请|介绍|拉来|带来|发展)\\s*的\\s*[\\u4e00-\\u9fff]{0,4}?(?:人|朋友|好友|会员|亲友|客户|下线)\\s*(?:买了?|购买了?|加入|入会|办卡|充值|下单|投资|入股|认购|加盟)${SEP}{0,10}?[，,]?\\s*(?:你|您)\\s*(?:就|都|也|还|即可|便)?\\s*(?:有|能|可|拿|分|得|赚)`,
      ),
      /(?:拿|抽|分|赚|得|获得|享受?|提取)\s*(?:其|他们|她们|对方|好友|下线|新人|下级|被推荐人|新会员|新人)\s*(?:的)?\s*(?:卡费|年费|会员费|会费|入会费|加盟费|入股金|股金|认购款|投资款|办卡费)/u,
      /\b(?:bring|refer|introduce|invite|sign\s+up)\s+(?:in\s+)?(?:a|one|two|three|\d+)?\s*(?:friends?|people|persons?|members?|others|relatives)\s+(?:who|that)\s+(?:buys?|joins?|pays?|invests?|purchases?|subscribes?)\b[^.;]{0,40}\b(?:you\s+(?:get|earn|receive|take|make|pocket)|dividends?|a\s+(?:cut|share))\b/u,
      /\b(?:a\s+)?(?:cut|share|percentage|portion)\s+of\s+(?:their|the\s+recruits['’]?|your\s+recruits['’]?|the\s+new\s+members['’]?)\s+(?:membership\s+|joining\s+|card\s+|sign[-\s]?up\s+|entry\s+)?(?:fees?|dues|payments?|investments?|buy[-\s]?ins?)\b/u,
      /\b(?:bonus(?:es)?|commissions?|rewards?)\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?recruit(?:ment|ing)\s+(?:of\s+)?(?:new\s+)?(?:members|distributors|partners|recruits|friends|others|people|agents)\b|\b(?:distributors|recruits)\s+in\s+your\s+(?:down)?line\b/u,
      /代\s*(?:推荐|邀请|拉新|下线|会员|好友)(?<=[二三四两多\d]\s*代\s*(?:推荐|邀请|拉新|下线|会员|好友))[^，,。；;]{0,8}?(?:奖励|返|提成|分成|拿|得|奖)/u,
      /(?:按|根据|依)\s*(?:层级|级别|代数|层数|层)\s*(?:拿|发|计|分|领|享受?|获得)\s*(?:奖金|提成|分红|返利|佣金|收益|奖励)|(?:奖金|提成|分红|返利|佣金|收益|奖励)\s*(?:按|根据|依)\s*(?:层级|代数|层数)\s*(?:拿|发|计|分|领|发放|计算|结算|计发)?/u,
      // Round on former-blind-19 (branch vet19-fraud): the level joined by a hyphen too ("10% on second-level referrals").
      /\b(?:second|2nd|third|3rd|fourth|4th)[\s-]+(?:level|tier|generation|line)s?\b(?:[^.;]{0,12}?\d+(?:\.\d+)?\s*%|(?<=\d\s*%\s+(?:on|from|for)\s+(?:the\s+)?(?:second|2nd|third|3rd|fourth|4th)[\s-]+(?:level|tier|generation|line)s?))/u,
      // Round on former-blind-17 (branch vet17-fraud): a percentage by generation or level in Chinese, as in English above
      // ("推荐新人买节点拿 20% 奖励，二代 10%", "三级拿5%", "第二层返3%").
      /(?:[二三四两]|第[二三四])\s*(?:代|级|层)\s*[:：]?\s*(?:再|也|还)?\s*(?:拿|得|返|奖励|提成|分成|分润|返佣)?\s*\d+(?:\.\d+)?\s*%/u,
      /(?:认购|购买|入股|认缴)\s*(?:公司)?\s*(?:的)?\s*原始股|原始股\s*(?:认购|入股|分红)/u,
      // Round on former-blind-16 (branch vet16-fraud): the buy-in called 报单 or 复投 with an amount or a rank ("店长资格需先报单
      // 5980元", "报单升级为金卡店主"), and pay "按层级计酬" (a level of recruits, not a job grade: not 职级).
      /(?:报单|复投)\s*(?:\d+\s*(?:元|块)|\d+(?:\.\d+)?\s*万|[一二三四五六七八九]\s*[千万]|(?:升级|成为|晋级|晋升|即可成为|才能成为))|(?:按|根据|依)\s*(?:层级|代数|层数)\s*(?:计酬|计薪|计奖|分配|返佣|返利)/u,
      /\b(?:everyone|anyone|those|the\s+people|people|friends)\s+they\s+(?:invite|refer|introduce)\b/u,
      /\bthey\s+(?:each\s+)?(?:recruit|bring\s+in|sign\s+up|invite)\s+(?:\w+\s+){0,2}more\b/u,
      /\b\d+(?:\.\d+)?\s*%\s+(?:from|on|of)\s+(?:their|your\s+(?:invitees|referrals|recruits)'?s?)\s+(?:invites|invitees|referrals|recruits|downlines?)\b/u,
      /\b\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fees?|deposits?|payments?|purchases?|investments?|dues)\s+(?:of|from|paid\s+by)\s+(?:anyone|everyone|those|the\s+people|people|each\s+person|all)\s+(?:(?:that|who)\s+)?you\s+(?:sign\s+up|bring\s+in|recruit|invite|refer|introduce|enrol+)\b/u,
      /(?:发展|招募|拉)\s*(?:下级|下线|代理下线)|下级代理|下线\s*(?:代理|会员)/u,
      /(?:三|多|二)级\s*(?:返佣|返利|分佣|提成|分销)|层级\s*(?:返佣|提成|奖励)/u,
      // Not a referral bonus for a hire ("推荐朋友入职奖励1000元").
      u(
        `(?:推荐|介绍|拉)${SEP}{0,6}?(?:新成员|新会员|新人|朋友|亲友)(?!${SEP}{0,4}(?:入职|录用|到岗|上岗|转正|应聘))${SEP}{0,8}?(?:奖励|返|提成|分成|入伙|加入)`,
      ),
      // A reward for a recruit who joins as a member, in the next clause too: "每推荐一位新会员入会，奖励300元".
      /(?:推荐|介绍|拉|邀请)[^，,。；;\n]{0,6}?(?:新成员|新会员|会员|下线)\s*(?:入会|加入|入伙|注册)[^。；;!！?？\n]{0,10}?(?:奖励|返|提成|分成|佣金)/u,
      /\bearn\s+(?:\S+\s+){0,2}(?:from|on|of)\s+(?:their|your\s+(?:team|recruits|downline)'?s?)\s+(?:sales|purchases|orders|earnings)\b/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): a reward per person brought in, with the buy-in in the same
      // sentence ("入会需购买998元产品套餐，推荐一人返300元"); earning on everyone below you, levels deep.
      u(
        `(?:推荐|介绍|拉|邀请)(?<=(?:入会|会员|套餐|产品|购买|加入|充值|礼包|加盟|入伙)${SEP_LIST}{0,30}?(?:推荐|介绍|拉|邀请))\\s*(?:每|一|1)\\s*(?:个|位|名)?\\s*(?:人|好友|朋友)(?!${SEP}{0,6}(?:入职|录用|到岗|上岗|转正|应聘))${SEP}{0,4}?(?:就|即|可)?\\s*(?:返|奖励|奖|得|拿|赚|提成)\\s*(?:你)?\\s*\\d+`,
      ),
      u(
        `(?:推荐|发展|拉|邀请|分享|介绍)(?<=(?:入股|认购|购买|自购|充值|缴纳|交|入会|成为\\s*(?:店主|合伙人|股东|代理))${SEP_LIST}{0,30}?(?:推荐|发展|拉|邀请|分享|介绍))\\s*(?:新)?\\s*(?:合伙人|股东|店主|代理|会员|团长|好友|朋友)${SEP}{0,6}?(?:你|就)?\\s*(?:能|可)?\\s*(?:拿|得|赚|享|有)?\\s*(?:返利|返佣|提成|分红|奖励|佣金)`,
      ),
      /\b(?:recruit\w*|sign\s+up|bring\s+in|invit\w*|enrol\w*)\s+(?:\w+\s+){0,3}?(?:people|friends|members|others|recruits)\b[^.;]{0,20}\b(?:they|who)\s+(?:each\s+|then\s+|also\s+|in\s+turn\s+)*recruit\b|\bteam\s+bonus\s+grows\b|\b(?:income|earnings|pay|commissions?)\s+grows?\s+with\s+(?:every|each)\s+(?:new\s+)?(?:level|tier|generation|layer)\b/u,
      /\b(?:earn\w*|paid|commissions?|income|bonus(?:es)?)\s+(?:on|from)\s+(?:everyone|anyone|all|people|those|each\s+person)\s+(?:below|under|beneath)\s+you\b|\b(?:paid|earn\w*|commissions?|bonus(?:es)?)\s+on\s+(?:two|three|four|five|multiple|several|\d)\s+(?:generations|levels|tiers)\b|\b(?:two|three|four|five|[2-9])\s+levels?\s+deep\b/u,
      u(`团队越大\\s*(?:收入|赚得|奖励)|(?:成为|晋升)\\s*(?:合伙人|代理)${SEP}{0,6}?(?:礼包|套餐|费)|创业礼包|入伙`),
      u(
        `(?:先|需|须)?\\s*(?:购买|认购|缴纳)${SEP}{0,6}?(?:礼包|套餐|产品|货品)${SEP}{0,8}?(?:成为|加入|合伙|代理|上岗|入职)`,
      ),
      // Pay on more than one level of recruits: "直推奖加间推奖", "层层分红", "代理的代理出货你也有提成".
      /层层\s*(?:分红|返利|返佣|提成|抽成|分成)|(?:直推|间推)\s*(?:奖|收益|提成|返佣|分红)|代理的代理|再招代理|(?:招|发展)\s*(?:二级|三级|下级|下面的)\s*代理/u,
      /下线\s*(?:消费|购买|出货|业绩|的业绩)|(?:拿|赚|抽|获得?)\s*下线|(?:[一二三多]|两)\s*代\s*(?:收益|提成|奖励)/u,
      u(
        // The comma may fall inside: "邀请人数越多，等级越高".
        "(?:邀请|推荐|介绍|拉)[^。；;!！?？\\n]{0,8}?(?:越多|人数)[^。；;!！?？\\n]{0,6}?(?:级别|等级|段位|收益|分红|提成|赚|收入|奖励|返)",
      ),
      u(`(?:介绍|推荐|拉|邀请)${SEP}{0,8}?(?:入股|加盟|投资|认购|入伙)${SEP}{0,8}?(?:分红|提成|返|奖励|收益)`),
      /(?:认缴|认购|购买)\s*(?:公司)?\s*股份\s*(?:即|就|便)?\s*(?:可)?\s*成为\s*(?:合伙人|股东)/u,
      /\binvite\s+(?:\d+|three|five|ten)\s+(?:friends|people)\b|\b(?:earn|paid|commission)\s+on\s+(?:\w+\s+){0,2}levels?\b|\b(?:levels?|tiers?)\s+of\s+(?:your\s+)?(?:team|downline|recruits)\b/u,
      /\brecruit\s+(?:\w+\s+){0,2}(?:friends|people|members|others)\b[^.;]{0,40}\b(?:earn|commission|cut|bonus)|\b(?:a\s+cut|commission)\s+(?:of|on|from)\s+their\s+(?:sales|earnings)\b|\b(?:joining|membership)\s+(?:kit|pack|fee)\b(?![^.;]{0,30}\b(?:unlock\w*|access\w*|tasks?|orders?|activat\w*|start\s+(?:earning|working)|you\s+sell|sold)\b)/u,
      // Twelfth round (former-blind-15, branch vet15-fraud): a share of what the recruits pay, with the fee or the
      // payment between ("you earn 20 % of the fees paid by your recruits and their recruits", "a 25 % cut of the joining
      // fees your recruits pay", "15% of what your recruits pay in").
      /\b(?:recruits|downlines?|referrals)\b(?<=\b(?:\d+(?:\.\d+)?\s*%|cut|share|percentage|portion)\s+(?:of|on|from)\s+(?:the\s+|what\s+|all\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,4}?(?:your|their)\s+(?:recruits|downlines?|referrals))/u,
      // A starter kit is the scheme's buy-in only beside recruiting or membership ("Buy a starter kit and recruit
      // others"); a kit a new hire must buy before training is a fee (former-blind-7 and 8 label it so).
      /\bstarter\s+(?:kit|pack)\b(?=[^.;]{0,80}\b(?:recruit\w*|members?|membership|downlines?|distributors?|agents?|bring\s+in|sign\s+up\s+others|your\s+team)\b)/u,
      // Sixth round (former-blind-8): the recruits' own payments are the income ("Your income comes from the sign-up
      // fees of people you bring in", "Earn 10% of every new member's deposit", "收入来自你拉来的人交的会员费"),
      // a buy-in to become a partner who recruits partners, and ranks bought with a team ("升级总代").
      /\b(?:income|earnings|pay|money|commissions?|bonus(?:es)?)\s+(?:comes?|is\s+drawn|is\s+paid|derives?)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fees?|deposits?|payments?|purchases?|investments?|dues)\s+(?:of|from|paid\s+by|made\s+by)\s+(?:the\s+)?(?:new\s+)?(?:people|members|recruits|those|friends|everyone|anyone)\s+(?:(?:that|who)\s+)?(?:you|they)\s+(?:bring|recruit|sign|introduce|invite|refer)|\b(?:earn|get|receive|keep|take|make)\s+(?:\d+\s*%|a\s+(?:cut|share|percentage))\s+of\s+(?:every|each|all|any)\s+(?:new\s+)?(?:member|recruit|person|joiner|sign-?up|referral)(?:'s|s'|s)?\s+(?:deposits?|fees?|payments?|investments?|purchases?|top-?ups?|dues)\b|\bwhat\s+their\s+(?:referrals|recruits)\s+bring\s+in\b/u,
      /\bto\s+become\s+(?:a\s+|an\s+)?(?:partner|shareholder|agent|distributor|member|associate)s?\b(?<=\b(?:invest|buy|purchase|pay)\b[^.;]{0,40}\b(?:shares?|stock|equity|stakes?|packages?|kits?|products?|inventory)\b[^.;]{0,30}\bto\s+become\s+(?:a\s+|an\s+)?(?:partner|shareholder|agent|distributor|member|associate)s?)|\brecruit\s+(?:other|more|new)\s+(?:partners|agents|members|distributors|associates|shareholders)\b/u,
      u(
        `(?:收入|提成|奖励|分成|佣金|返利)${SEP_LIST}{0,8}?(?:来自|来源于|出自)${SEP_LIST}{0,10}?(?:拉来|推荐|邀请|介绍|发展|带来|带进)的?(?:人|会员|新人|下线|好友)|(?:新会员|新人|下线|好友)\\s*(?:的)?\\s*(?:入会费|会员费|押金|投资|充值|首充)\\s*(?:的)?\\s*\\d+\\s*%|(?:升级|晋升|晋级)\\s*(?:为|成|到)?\\s*(?:总代|省代|市代|区代|县代|联创|董事)|(?:组建|发展|打造)\\s*(?:你|您)?\\s*(?:自己|个人)的?\\s*团队${SEP_LIST}{0,16}?(?:团队(?:业绩)?\\s*(?:提成|分成|分红|返利)|升级|代理)`,
      ),
      // A buy-in as the condition of the job: the recruit buys the company's products, stock or shares
      // ("员工需先认购公司理财产品10万元", "入职认购公司内部股权", "首次需拿货3980元成为代理").
      /(?:先|需|须|要|必须|入职|上岗|加入)\s*(?:先|需|须)?\s*(?:自行)?\s*(?:(?:认购|购买|购置|入股)\s*(?:公司|本公司|我司|平台)?\s*(?:的)?\s*(?:内部)?\s*(?:理财)?\s*(?:产品|商品|套餐|股权|股份|原始股|期权|礼包|货)|拿货|进货|囤货|压货)/u,
      /\b(?:buy|purchase)\s+(?:\w+\s+){0,3}(?:inventory|stock|products?|starter\s+(?:kit|pack))\b[^.;]{0,40}\b(?:to\s+(?:become|join|qualify)|before\s+you\s+(?:can|start))\b/u,
      // Seventh round (former-blind-9): a partnership bought and a team of investors grown under it ("Become a
      // partner by buying pre-IPO shares and grow your own team of investors"), and a position paid from what the
      // recruits pay ("paid entirely from the sign-up fees of the people you bring in").
      /\b(?:grow|build|recruit)\s+(?:your\s+)?(?:own\s+)?(?:team|network|circle)\s+of\s+(?:investors|members|agents|distributors|partners|shareholders|recruits)\b|\bbecome\s+(?:a\s+|an\s+)?(?:partner|shareholder|agent|distributor)\s+by\s+(?:buying|purchasing|investing|paying)\b/u,
      /\bpaid\s+(?:entirely\s+|only\s+|solely\s+|wholly\s+|mostly\s+)?(?:out\s+)?(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fees?|deposits?|payments?|purchases?|investments?|dues)\s+(?:of|from|paid\s+by|made\s+by)\s+(?:the\s+)?(?:people|members|recruits|those|friends|everyone|anyone)\s+(?:(?:that|who)\s+)?(?:you|they)\s+(?:bring|recruit|sign|introduce|invite|refer)/u,
      // Rewards on levels of recruits: "三级奖励", "二级分红", "two-tier bonus".
      /级(?<=(?:[二三四五六七八九两多]|\d)\s*级)\s*(?:奖励|奖金|收益|分红|返佣|返利|分佣|提成|佣金|代理)/u,
      // Recruiting agents under you and taking a cut of them: "发展自己的小代理、抽他们20%提成".
      u(
        `(?:发展|招募|招收|培养|拉)${SEP_LIST}{0,8}?(?:代理|团队|下级|下线|分销商|会员|成员)${SEP_LIST}{0,16}?(?:(?:抽|拿|赚|分|吃)\\s*(?:他们|她们|其|他|她|下级|下线|代理|团队)的?|[二三四五六七八九两多\\d]\\s*级)`,
      ),
      // Pay per recruit with words between: "每拉一个人报名返现200" (a referral for a hire is not this).
      u(
        `(?:每|拉)\\s*(?:拉|邀请|推荐|介绍|带)?\\s*[一二两三四五六七八九十几\\d]+\\s*(?:个|位|名)?\\s*(?:人|新人|同学|朋友|好友|会员)(?:(?!入职|录用|到岗|上岗|转正|应聘|工作满)${SEP_CHAR}){0,6}?(?:返现|返|奖励|提成|佣金|赚|拿)`,
      ),
      /发展\s*(?:的)?\s*(?:下线|会员|代理|团队|人数?)[^。；;!！?？\n]{0,8}?越多/u,
      // The recruit recruits in turn: "合伙人再招合伙人", "好友再邀请别人你也有分成".
      // (再 first, the repeated word looked for behind it: a look-behind first runs at every position.)
      /再(?<=([\u4e00-\u9fff]{2,3})\s*再)\s*(?:招|发展|拉|邀请|推荐|带)\s*\1/u,
      u(
        `(?:好友|朋友|下级|对方|他们|他|她)\\s*再\\s*(?:邀请|推荐|拉|发展|招|带)${SEP_LIST}{0,12}?(?:你|您)\\s*(?:也|还|同样|都)?\\s*(?:有|能|可|拿|得|获得)`,
      ),
      u(`(?:收益|收入|团队|财富)${SEP}{0,6}?裂变|裂变${SEP}{0,6}?(?:收益|收入|分红|提成)`),
      // Paying to become an agent, and a cut of the agents below you: "缴纳3000元成为省级代理，下面的市级代理出货你拿差价".
      u(
        `(?:缴纳|交|支付|付)${SEP}{0,10}?(?:成为|升级为?|晋升为?)\\s*[\\u4e00-\\u9fff]{0,4}?(?:代理|合伙人|股东|vip|会员)`,
      ),
      u(`下面的?${SEP}{0,6}?(?:代理|会员|下线|人)${SEP_LIST}{0,12}?(?:拿差价|赚差价|抽成|提成|返利|分成)`),
      // Levels in English, and a product that makes you an agent: "down to the third level", "买一套产品就是代理".
      /\b(?:down\s+to|up\s+to)\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:level|tier|generation)\b|\b(?:earn|commission|income)\s+(?:\w+\s+){0,3}(?:every|each)\s+(?:person|member)\s+in\s+your\s+(?:network|team|downline)\b/u,
      // Recruits under you, whoever they are called, and a share of their pay: "Recruit 5 new ambassadors under
      // you … plus 10% of their bonuses"; moving up ranks by sponsoring recruits ("sponsoring new distributors").
      /\b(?:recruit|sign\s+up|enrol+|bring\s+in)\s+(?:\w+\s+){0,3}?\w+s\s+(?:under|below)\s+you\b[^.;]{0,60}(?:bonus|commission|earn|\bcut\b|unlock|%|share)|\b\d+\s*%\s+of\s+(?:their|your\s+(?:team|recruits|downline)'?s?)\s+(?:bonuses|commissions?|sales|earnings|income|orders)\b|\bsponsor(?:ing|s)?\s+(?:\w+\s+){0,2}(?:distributors|members|recruits|agents|people|sellers)\b/u,
      /\brecruit\s+(?:\w+\s+){0,2}(?:distributors|agents|members|sellers|people|recruits)\s+(?:under|below)\s+you\b|\b(?:income|earnings)\s+grows?\s+(?:as|with)\s+your\s+(?:team|network|downline)\b/u,
      // The bonus names of pyramid pay plans ("见点奖+层碰奖", "对碰奖", "双轨制公排") and pay that flows up every
      // level ("层层有收益"); in English, overrides on recruits' sales ("earn overrides on everything they sell").
      /见点奖|见点\s*(?:收益|分红)|层碰奖?|对碰奖|量碰奖|双轨制|太阳线|公排(?:滑落)?|层层\s*(?:都)?\s*(?:有|享)?\s*(?:收益|受益|奖励|分成|拿钱)/u,
      /\boverrides?\s+(?:on|from)\s+(?:\w+\s+){0,3}(?:they|their|your\s+(?:team|recruits|downline|network))\b|\brecruit\s+your\s+(?:own\s+)?(?:team|downline|network|sales\s+force)\b[^.;]{0,60}\b(?:earn|commission|overrides?|cut|bonus|percentage)\b|\b(?:on|from)\s+(?:everything|whatever|all)\s+(?:that\s+)?(?:they|your\s+recruits|your\s+team)\s+(?:sells?|buys?)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): a counted number of recruits who each buy in ("带动5名总监各自购买9800元
      // 产品包即可晋升", "拉3个人每人认购一份"; "get five partners to each buy a starter pack") — their purchases are the rank's price.
      u(
        `(?:各自|分别|每人|每位|每个人|都)\\s*(?:购买|认购|买|拿货|进货|报单|入股|充值)(?<=(?:带动|带|拉|发展|推荐|邀请|招募?|介绍)\\s*(?:满|够|齐)?\\s*[一二两三四五六七八九十\\d]+\\s*(?:名|个|位)\\s*[\\u4e00-\\u9fff]{0,4}?\\s*(?:各自|分别|每人|每位|每个人|都)\\s*(?:购买|认购|买|拿货|进货|报单|入股|充值))`,
      ),
      /\b(?:get|have|bring\s+in|recruit|sign\s+up|enrol+|introduce)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:new\s+)?(?:people|partners|members|friends|recruits|distributors|agents|directors|associates|ambassadors|others)\s+(?:who\s+|to\s+|that\s+)?(?:each\s+|all\s+)?(?:buy|buys|purchase|purchases|invest|invests|pay|pays)\b/u,
      // Round on former-blind-19 (branch vet19-fraud): what the recruits buy or sell pays the recruiter, the recruits named by
      // any plural or singular role and a relative clause ("the sales of every partner they sponsor", "the inventory
      // purchases of partners they introduce"); the recruits' recruits said as a doubled possessive ("their partners'
      // partners"); levels counted downward ("down three generations"); pay again when the recruits recruit ("plus a
      // share when they introduce others").
      /\b(?:sales|purchases|orders|spending|turnover|volume|earnings|fees)\s+of\s+(?:every|each|all|any|the|your)?\s*(?:new\s+)?[a-z]+\s+(?:(?:that|who|whom)\s+)?(?:you|they)\s+(?:personally\s+|directly\s+)?(?:sponsor|introduce|recruit|refer|invite|enrol+|sign\s+up|bring\s+in)\w*\b/u,
      /\b(?:partners|members|recruits|distributors|agents|ambassadors|affiliates|referrals|associates|promoters|sellers|sponsors)['’]\s+(?:partners|members|recruits|distributors|agents|ambassadors|affiliates|referrals|associates|promoters|sellers)\b|\bdown\s+(?:two|three|four|five|six|seven|[2-9])\s+(?:generations|levels|tiers|lines)\b/u,
      /\b(?:when|whenever|each\s+time|every\s+time|once|if)\s+(?:they|your\s+(?:recruits|referrals|invitees|partners|members))\s+(?:also\s+|in\s+turn\s+|then\s+|themselves\s+)?(?:introduce|recruit|refer|sponsor|invite|bring\s+in|sign\s+up)\s+(?:others|more(?:\s+people)?|other\s+people|new\s+(?:members|partners|people|recruits)|their\s+own|friends)\b/u,
      /(?:买|购买|拿)\s*(?:一套|一份|一单|一箱)?\s*(?:产品|套餐|礼包|货)\s*(?:就|即)\s*(?:是|成为|可成为|能成为)\s*(?:代理|会员|合伙人|店主)|自用省钱\s*[,，、]?\s*分享赚钱/u,
      // (branch vet-english, general knowledge of English and Chinglish postings) The scheme by its English trade names and
      // its plan's shape: "multi-level marketing opportunity", "join our network marketing team" (a course or lecture on
      // network marketing is no scheme); rank bought with recruits ("upgrade to Diamond by
      // recruiting 10 direct referrals", "the more people you bring in, the higher your rank"); people or levels under the
      // worker ("once you have 5 people under you", "every level below you"); pay from the team built ("your income comes
      // from the team you build"); a counted few invited to get the fee back ("invite 3 members to get your fee back");
      // generations of partners counted ("team commission from 3 generations of partners").
      /\b(?:multi-?level|network)\s+marketing\s+(?:opportunit(?:y|ies)|business(?:es)?|plan|system|team)\b|\bjoin\s+(?:our\s+|a\s+|the\s+)?(?:multi-?level|network)\s+marketing\b|\b(?:upgrade|promot\w*|rank\s+up|advance|move\s+up)\s+(?:to\s+)?(?:silver|gold|platinum|diamond|ruby|emerald|sapphire|crown)\b[^.;]{0,40}?\b(?:recruit\w*|referr\w*|sponsor\w*|downlines?|bring\w*\s+in)\b|\bthe\s+more\s+(?:people|members|friends|partners|agents)\s+you\s+(?:bring\s+in|recruit|invite|refer|sign\s+up|introduce)\b[^.;]{0,30}?\b(?:higher|more|bigger)\b/u,
      /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|members|partners|recruits|agents|distributors|friends)\s+(?:under|below|beneath)\s+you\b|\b(?:invite|recruit|refer|bring\s+in|sign\s+up)\s+(?:\d+|two|three|four|five|ten)\s+(?:new\s+)?(?:members|friends|people|partners)\s+to\s+(?:get\s+(?:your|the)\s+(?:\w+\s+)?(?:fee|money|deposit|investment|cost)s?\s+back|recover|recoup|earn\s+back)\b|\b(?:\d+|two|three|four|five)\s+(?:generations|levels|tiers|layers)\s+of\s+(?:partners|members|recruits|distributors|agents|referrals|downlines?)\b|\b(?:every|each|all)\s+(?:level|tier|layer|generation)s?\s+(?:below|under|beneath)\s+you\b|\b(?:income|earnings|pay|money|profits?)\s+(?:comes?|is\s+generated|flows?)\s+from\s+(?:the\s+)?(?:team|network|people|downline)\s+(?:that\s+)?you\s+(?:build|recruit|bring\s+in|grow|sponsor)\b/u,
    ],
  },
];

const DETECTORS: Partial<Record<PostingRuleId, PostingTextRule["detect"]>> = {
  ...Object.fromEntries(
    PROTECTED_RULES.map((rule: ProtectedRule) => [
      rule,
      (text: string, negated: NegationTest, field: string) =>
        // A title's bare attribute is a condition ("女销售"), except a family status, which in a title names the
        // audience a job is written for ("宝妈兼职", "宝妈在家兼职"), as every tuning set labels it (former-blind-13,
        // branch vet13-disc); with a marker it is still one ("限宝妈").
        // The gender rule also asks whether a family status names a sex ("女性需已生育", "宝妈优先"): a condition on the
        // same terms as the marital rule's own, so not in a title (branch vet-gm).
        findRestriction(
          rule,
          text,
          negated,
          field === "requirements" || (field === "title" && rule !== "discrimination.marital"),
          field === "requirements",
        ),
    ]),
  ),
  fee: (text, negated) => findApplicantFee(text, negated),
  training_loan: (text, negated) => findTrainingLoan(text, negated),
  paid_internship: (text, negated) => findPaidInternship(text, negated),
};

/** The rule table: phrase patterns plus, where a rule has one, its model-based detector. */
export const POSTING_TEXT_RULES: readonly PostingTextRule[] = PHRASE_RULES.map((rule) => {
  const detect = DETECTORS[rule.id];
  return detect ? { ...rule, detect } : rule;
});

// ---------------------------------------------------------------------------
// Normalisation with an index map back to the original text
// ---------------------------------------------------------------------------

interface NormalisedText {
  readonly text: string;
  /** map[i] = index in the original string of normalised character i. */
  readonly map: Int32Array;
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Horizontal white space (not line breaks), after full-width → half-width. */
function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x1680
  );
}

/** ①–⑨, ❶–❾, ➀–➈ and ➊–➒ as the ASCII digit they stand for; any other code unchanged. */
function circledDigit(code: number): number {
  // Twelfth round (former-blind-15, branch vet15-fraud): the circled zeros (⓪, ⓿) and the bracketed, dotted and
  // double-circled digits (⑴, ⒈, ⓵), so a number spelt with them ("①③⑧⓪⓪…") reads as digits too.
  if (code === 0x24ea || code === 0x24ff) return 0x30;
  for (const first of [0x2460, 0x2474, 0x2488, 0x24f5, 0x2776, 0x2780, 0x278a])
    if (code >= first && code <= first + 8) return code - first + 0x31;
  return code;
}

/** Evasive spellings by their first UTF-16 code (lower case), longest first: one numeric map lookup per character. */
interface EvasiveEntry {
  readonly from: string;
  readonly to: string;
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
  // (branch vet-slang) The context a spelling needs (vocabulary/evasive-spellings.ts); "" when it needs none.
  readonly prevAny: string;
  readonly nextAny: string;
  readonly notNext: string;
}
const EVASIVE_BY_FIRST: ReadonlyMap<number, readonly EvasiveEntry[]> = (() => {
  const byFirst = new Map<number, EvasiveEntry[]>();
  for (const e of EVASIVE_SPELLINGS) {
    const from = e.from.toLowerCase();
    const list = byFirst.get(from.charCodeAt(0)) ?? [];
    list.push({
      from,
      to: e.to.toLowerCase(),
      latinStart: /^[a-z]/u.test(from),
      latinEnd: /[a-z]$/u.test(from),
      prevAny: e.prevAny ?? "",
      nextAny: e.nextAny ?? "",
      notNext: e.notNext ?? "",
    });
    byFirst.set(from.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  return byFirst;
})();

/**
 * A code as an evasive spelling is looked up: ASCII lower case, and (round on former-blind-48/49, branch vet4849-noise)
 * full-width ASCII as ASCII, so "ＶＸ", "ｗｘ" and "加Ｖ" read as "vx", "wx" and "加v".
 */
function foldedCode(code: number): number {
  const c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

const isLatinLetter = (code: number): boolean => {
  const c = foldedCode(code);
  return c >= 0x61 && c <= 0x7a;
};

/** raw starts at i with `from` (already lower case), ASCII letters compared without case; no string built. */
function startsWithFolded(raw: string, i: number, from: string): boolean {
  if (i + from.length > raw.length) return false;
  for (let k = 0; k < from.length; k++) if (foldedCode(raw.charCodeAt(i + k)) !== from.charCodeAt(k)) return false;
  return true;
}

/** The evasive spelling starting at raw[i], if any ("sfz" only as a whole Latin token). */
function evasiveAt(raw: string, i: number): { from: string; to: string } | null {
  const code = raw.charCodeAt(i);
  // A string per character cost about 0.4 ms on 5,000 characters; a code lookup is nearly free.
  const list = EVASIVE_BY_FIRST.get(foldedCode(code));
  if (!list) return null;
  for (const e of list) {
    if (!startsWithFolded(raw, i, e.from)) continue;
    // A Latin spelling only as a whole token, on the side where it has Latin letters ("v:" before a handle "v:abc").
    if (e.latinStart && isLatinLetter(raw.charCodeAt(i - 1))) continue;
    const next = raw.charAt(i + e.from.length);
    if (e.latinEnd && isLatinLetter(next.charCodeAt(0))) continue;
    if (e.notNext !== "" && next !== "" && e.notNext.includes(next)) continue;
    if (e.prevAny !== "" || e.nextAny !== "") {
      const prev = raw.charAt(i - 1);
      if (!((prev !== "" && e.prevAny.includes(prev)) || (next !== "" && e.nextAny.includes(next)))) continue;
    }
    return e;
  }
  return null;
}

/** (branch vet-slang) The two codes of each word an emoji may split (vocabulary/evasive-spellings.ts), as one number. */
const EMOJI_SPLIT_PAIRS: ReadonlySet<number> = new Set(
  EMOJI_SPLIT_WORDS.map((w) => (w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)) as number),
);

/**
 * How many codes an emoji or pictographic symbol at raw[i] takes (with a variation selector after it), or 0. Not the dingbat
 * digits (❶–➓), which circledDigit reads.
 */
function emojiLength(raw: string, i: number): number {
  const code = raw.charCodeAt(i);
  let n = 0;
  if (code >= 0xd83c && code <= 0xd83e) n = 2;
  else if (
    (code >= 0x2600 && code <= 0x2775) ||
    (code >= 0x2794 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff)
  )
    n = 1;
  if (n > 0 && raw.charCodeAt(i + n) === 0xfe0f) n++;
  return n;
}

/** Chinese numeral characters, ordinary and banker's: a separator between two of them is a range, not a split word. */
const CJK_NUMERAL = new Set(
  [..."零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬"].map((c) => c.charCodeAt(0)),
);

/** Separators inserted between single Chinese characters to break up a word ("身.份.证", "刷-单"). */
const INSERTED_SEPARATOR = new Set([0x2e, 0x2d, 0x5f, 0x2a, 0x7e, 0x7c, 0xb7, 0x2022, 0x30fb]);

function isInsertedSeparator(raw: string, i: number, code: number, prevCode: number): boolean {
  if (!INSERTED_SEPARATOR.has(code) || prevCode < 0 || !isCjk(prevCode) || !isCjk(raw.charCodeAt(i + 1))) return false;
  // Only a repeated separator between single characters: one dot in a name ("阿卜杜·艾力") stays. (branch vet-slang) A single
  // hyphen, underscore, asterisk or tilde between two Chinese characters splits a word ("押-金", "押_金", "押~金"): no name or
  // word uses it. A range written in numerals does ("七千~九千", "三-五千"): between two numeral characters it stays.
  if (code === 0x2d || code === 0x5f || code === 0x2a || code === 0x7e)
    return !(CJK_NUMERAL.has(prevCode) && CJK_NUMERAL.has(raw.charCodeAt(i + 1)));
  return raw.charAt(i - 2) === raw.charAt(i) || raw.charAt(i + 2) === raw.charAt(i);
}

/** Character-code loop: a regular expression per character made this the slowest step. */
function normaliseText(raw: string): NormalisedText {
  return normalisePostingText(raw);
}

/** First codes (lower case) of the evasive spellings: one typed-array read per character before the map. */
const EVASIVE_FIRST = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of EVASIVE_BY_FIRST.keys()) if (code < 0x10000) table[code] = 1;
  return table;
})();
const IS_INSERTED_SEPARATOR = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of INSERTED_SEPARATOR) table[code] = 1;
  return table;
})();
/**
 * (branch vet-trad) Traditional code → simplified code (0: none), from vocabulary/traditional-characters.ts: one
 * typed-array read per character, so every rule reads both scripts with one spelling of its words.
 */
const SIMPLIFIED_OF = (() => {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();
/** A code's lower case when that is one code (else the code), filled on first use: no string per character. */
const LOWER_CODE = new Int32Array(0x10000).fill(-1);
function lowerCode(code: number): number {
  let lower = LOWER_CODE[code] as number;
  if (lower < 0) {
    const s = String.fromCharCode(code).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : code;
    LOWER_CODE[code] = lower;
  }
  return lower;
}
const EVASIVE_GROWTH = Math.max(
  1,
  ...[...EVASIVE_BY_FIRST.values()].flat().map((e) => Math.ceil(e.to.length / e.from.length)),
);
/** The normalised codes of the text being normalised, and where each comes from (reused: one text at a time). */
let normalisedCodes = new Uint16Array(8192);
let normalisedMap = new Int32Array(8192);

/**
 * A normalised text whose map is made when first read (vet-speed7): only a flag's excerpt, a rule's second look and
 * the training scripts read it, and a 5,000-character field's map was 20 KB of garbage per field and call. Copied from
 * the slot the text was normalised into while the slot is still its own, else made by normalising the raw text again
 * (the same codes and map).
 */
class Normalised implements NormalisedText {
  private mapped: Int32Array | null = null;
  constructor(
    readonly text: string,
    private readonly raw: string,
    private readonly slot: MapSlot | null,
    private readonly length: number,
  ) {}
  get map(): Int32Array {
    if (this.mapped === null)
      this.mapped =
        this.slot !== null && this.slot.owner === this
          ? this.slot.map.slice(0, this.length)
          : normalisedMap.slice(0, normaliseCodes(this.raw, normalisedMap));
    return this.mapped;
  }
}

/**
 * Where the last few texts' maps were written as they were normalised, each with the text it now holds the map of
 * (vet-speed3: a violating posting's flags read its description's map, and normalising the description a second time
 * for it was 3 % of the call). A posting's fields fit; a field normalised longer ago is normalised again.
 */
interface MapSlot {
  owner: Normalised | null;
  map: Int32Array;
}
const MAP_SLOTS: MapSlot[] = Array.from({ length: 8 }, () => ({ owner: null, map: new Int32Array(0) }));
let nextMapSlot = 0;
/** Longer texts are mapped in the shared scratch array only (a slot keeps its array for good). */
const MAP_SLOT_MAX = 16_384;

/** The normalised text the rules and the learned layer read, with its map to the raw text (for training). */
export function normalisePostingText(raw: string): NormalisedText {
  if (raw.length > MAP_SLOT_MAX) {
    const n = normaliseCodes(raw, normalisedMap);
    return new Normalised(codesToString(normalisedCodes, n), raw, null, n);
  }
  const slot = MAP_SLOTS[nextMapSlot] as MapSlot;
  nextMapSlot = (nextMapSlot + 1) % MAP_SLOTS.length;
  if (slot.map.length < raw.length * EVASIVE_GROWTH) slot.map = new Int32Array(raw.length * EVASIVE_GROWTH);
  const n = normaliseCodes(raw, slot.map);
  const normalised = new Normalised(codesToString(normalisedCodes, n), raw, slot, n);
  slot.owner = normalised;
  return normalised;
}

const UTF16 = typeof TextDecoder === "undefined" ? null : new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * The string of `codes[0…n)`. Decoded when no code is a surrogate (vet-speed7: `fromCharCode.apply` copies its typed
 * array into an argument list first, 8 bytes per code, the largest allocation of a call); a decoder would replace a
 * lone surrogate, so a text with any surrogate takes `fromCharCode` per chunk (`apply`, not a spread: spreading a
 * typed array walks its iterator, vet-speed5).
 */
function codesToString(codes: Uint16Array, n: number): string {
  let surrogate = false;
  for (let k = 0; k < n; k++)
    if (((codes[k] as number) & 0xf800) === 0xd800) {
      surrogate = true;
      break;
    }
  if (!surrogate && UTF16 !== null) return UTF16.decode(codes.subarray(0, n));
  let text = "";
  for (let k = 0; k < n; k += 4096)
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return text;
}

/**
 * Normalises `raw` into `normalisedCodes` and its map into `into` (`normalisedMap` or a slot's, at least
 * `raw.length * EVASIVE_GROWTH` long, or `normalisedMap` when shorter); returns how many codes.
 */
function normaliseCodes(raw: string, into: Int32Array): number {
  // Sized here for `raw` (the cleaned text below is never longer), so `normaliseCleanCodes` never reallocates.
  if (normalisedCodes.length < raw.length * EVASIVE_GROWTH) {
    normalisedCodes = new Uint16Array(raw.length * EVASIVE_GROWTH);
    normalisedMap = new Int32Array(raw.length * EVASIVE_GROWTH);
  }
  // Round on former-blind-48/49 (branch vet4849-noise): a posting as pasted (HTML entities and tags, markdown marks,
  // page headers between two halves of a clause, a PDF's hard line breaks inside a word, letters read for digits in a
  // figure) is first cleaned (app/postings/pasted.ts), so every rule sees the cleaned text; the cleaned text's map is
  // composed with this one, so a flag still quotes the raw text. Null (nothing cleaned) reads `raw` as before.
  const pasted = cleanPasted(raw);
  if (pasted === null) return normaliseCleanCodes(raw, into, raw.length);
  const n = normaliseCleanCodes(pasted.text, into, raw.length);
  const map = into.length < raw.length * EVASIVE_GROWTH ? normalisedMap : into;
  const back = pasted.map;
  for (let k = 0; k < n; k++) map[k] = back[map[k] as number] as number;
  return n;
}

/** `normaliseCodes` on a text already cleaned of paste noise; `rawLength` chose the map array (see there). */
function normaliseCleanCodes(raw: string, into: Int32Array, rawLength: number): number {
  let n = 0;
  // (Sized in `normaliseCodes`: a code becomes at most one code, an evasive spelling at most EVASIVE_GROWTH per code.)
  const codes = normalisedCodes;
  // (The map in a reused typed array, copied once at the end: a growing array was a fifth of a call's allocation and
  // brought the young-generation collections that make the 95th percentile, vet-speed6.)
  const map = into.length < rawLength * EVASIVE_GROWTH ? normalisedMap : into;
  let prevCode = -1;
  for (let i = 0; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    const evasive = EVASIVE_FIRST[foldedCode(code)] ? evasiveAt(raw, i) : null;
    if (evasive) {
      // Each written character maps into the original spelling, the last onto its last character,
      // so a flag's excerpt and words quote what the poster wrote.
      for (let k = 0; k < evasive.to.length; k++) {
        map[n] = i + (k === evasive.to.length - 1 ? evasive.from.length - 1 : Math.min(k, evasive.from.length - 1));
        codes[n++] = evasive.to.charCodeAt(k);
      }
      prevCode = evasive.to.charCodeAt(evasive.to.length - 1);
      i += evasive.from.length - 1;
      continue;
    }
    if (IS_INSERTED_SEPARATOR[code] && isInsertedSeparator(raw, i, code, prevCode)) continue;
    // (branch vet-slang) One emoji inside a word ("押🔥金", "微❤️信"): dropped when the characters around it make a listed word.
    if (
      ((code >= 0xd83c && code <= 0xd83e) || (code >= 0x2600 && code <= 0x2bff)) &&
      prevCode >= 0 &&
      isCjk(prevCode)
    ) {
      const len = emojiLength(raw, i);
      if (len > 0 && EMOJI_SPLIT_PAIRS.has(prevCode * 0x10000 + raw.charCodeAt(i + len))) {
        i += len - 1;
        continue;
      }
    }
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    // Circled and dingbat digits hide a number from the contact patterns ("x❶❸❾xxxx"): ①–⑨, ❶–❾, ➀–➈, ➊–➒.
    else if (code >= 0x2460 && code <= 0x2792) code = circledDigit(code);
    if (isLineBreak(code)) {
      // A run of line breaks, with any spaces among them, is read as one line break ("\n"): blank lines pasted into a
      // form (a browser sends CRLF), U+2028/U+2029 from a word processor. Chains of \s* in the pay and fee patterns
      // went back and forth over such a run: sixty CRLF blank lines in a posting without pay took about 20 s, a hundred
      // U+2028 about 10 s (review31). U+2028/U+2029 were no line break before, so a clause ran on across them.
      let j = i + 1;
      while (j < raw.length) {
        const next = raw.charCodeAt(j);
        if (!(isLineBreak(next) || isHorizontalSpace(next) || isZeroWidth(next))) break;
        j++;
      }
      map[n] = i;
      codes[n++] = 0x0a;
      prevCode = 0x0a;
      i = j - 1;
      continue;
    }
    if (isHorizontalSpace(code)) {
      // A run of spaces is read as one space, or as none between two Chinese characters ("限 男 性" → "限男性"). No
      // pattern needs two, and a long run made hostile input quadratic: a look-behind's \s+ or a scan for the run's end
      // went back over the whole run from each of its positions (5,000 spaces took about a second; review30).
      let j = i + 1;
      while (j < raw.length && (isHorizontalSpace(raw.charCodeAt(j)) || isZeroWidth(raw.charCodeAt(j)))) j++;
      let next = raw.charCodeAt(j);
      if (next >= 0xff01 && next <= 0xff5e) next -= 0xfee0;
      if (!(prevCode >= 0 && isCjk(prevCode) && j < raw.length && isCjk(next))) {
        map[n] = i;
        codes[n++] = 0x20;
        prevCode = 0x20;
      }
      i = j - 1;
      continue;
    }
    let out = code;
    if (code >= 0x41 && code <= 0x5a) out = code + 32;
    else if (code >= 0x80 && !isCjk(code)) out = lowerCode(code);
    else if ((SIMPLIFIED_OF[code] as number) !== 0) out = code = SIMPLIFIED_OF[code] as number;
    map[n] = i;
    codes[n++] = out;
    prevCode = code;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Negation
// ---------------------------------------------------------------------------

/** The clause ends (，,。；;!！?？ and line breaks) as codes: a code test, not a regular expression per character walked. */
const CLAUSE_END_CODES = new Set([0xff0c, 0x2c, 0x3002, 0xff1b, 0x3b, 0x21, 0xff01, 0x3f, 0xff1f, 0x0a, 0x0d]);
const WINDOW = 16; // in CJK characters; ASCII counts half, so English gets ~32 characters

/**
 * Generic negators. The optional tail swallows the verb they negate ("不收取", "不会向求职者收取", "无需缴纳"). (branch vet-slang)
 * 零 or 0 touching the match is "none of it" ("零押金", "0报名费"), not a number's digit ("一千零", "500").
 */
// Round on former-blind-48/49 (branch vet4849-fee): the Cantonese negators (vocabulary/vetting.ts, CANTONESE_NEGATORS) stand
// beside the Mandarin ones, and 缴付, 畀 and 俾 among the verbs they swallow ("唔使畀任何按金", "毋须缴付中介费").
const NEGATOR = new RegExp(
  `(?:${CANTONESE_NEGATORS.join("|")}|绝对不|绝不|决不|从不|从未|并不|并非|不(?!错|断|但|过|久|少|同|定|妨|论|管|承担|负担|报销)|无(?!论)|非(?!常|凡)|没有|没|禁止|严禁|杜绝|拒绝|切勿|请勿|勿|谨防|警惕|防范|当心|免)(?:需要|需|须|要|用|必|会|得|能|准|允许|再|可|存在|涉及)?(?:向[^，,。；;]{0,6}?)?(?:收取|索要|索取|收|缴纳|交纳|缴付|缴|交|支付|付|畀|俾|要求|限制|限|看|设置|设|招|有|以)?|\\b(?:no|not|never|without|don'?t|doesn'?t|won'?t|isn'?t|aren'?t|free\\s+of|zero|beware\\s+of)\\b|(?<![一二三四五六七八九十百千万两亿\\d])零\\s*$|(?<![\\d.,])0\\s*$`,
  "gu",
);

/** Between a negator and the match, these start a new demand, so the negation does not reach the match. */
const NEW_DEMAND = /[需须要必但却只仅应请先才]/u;
/**
 * Twelfth round (former-blind-15, branch vet15-fraud): a colon or a dash straight before the match opens what is
 * demanded ("No interview, no training: pay 99 yuan to join", "no interview — send 150 yuan"): the waivers before it do
 * not negate the demand. Not for the discrimination rules ("性别不限：男女均可" reads the other way there).
 */
const NEW_DEMAND_AFTER = /(?:[:：]|\s[—–-]{1,2})\s*(?:just\s+|only\s+|simply\s+|then\s+|只需|只要|仅需)?$/u;
/**
 * Round on former-blind-17 (branch vet17-fraud): a colon or dash after the waiver, then a verb that makes the demand ("No
 * upfront cost: sign an income-share agreement", "零首付：办理分期", "no fee — just pay the deposit"): the waiver heads
 * what follows, it does not negate it.
 */
// Round on former-blind-48/49 (branch vet4849-fee): … or the financing it heads, named as a noun ("No upfront fee: income share
// agreement of 17% of your salary", "zero fees upfront: an ISA takes 15%").
const NEW_DEMAND_VERB =
  /(?:[:：]|\s[—–-]{1,2})\s*(?:just\s+|only\s+|simply\s+|then\s+|只需|只要|仅需)?(?:sign|pay|repay|transfer|buy|purchase|take\s+out|apply\s+for|(?:an?\s+)?(?:income[-\s]share|isa\b|loan|deferred\s+tuition)|签|签署|签订|交|缴|付|办理|申请|贷)/u;
/** … when the match is itself the demand to pay (a list of charges refused after a colon stays negated). */
const PAY_VERB_FIRST = /^(?:pay|send|transfer|wire|top\s+up|buy|purchase|交|缴|付|转|充值|购买)/u;
/**
 * Round on former-blind-32/33 (branch vet3233-fraud): run-on ads drop the comma after a waived hiring step ("不用面试交三百
 * 押金领账号", "不面试交一百五中介费直接派活"; in English "no interview pay 200 deposit"): the negator waives its own object
 * (vocabulary/vetting-money.ts, WAIVED_HIRING_STEPS), and the pay verb after it opens a new demand the negation does not
 * reach. A waived object that is itself a charge ("不收押金交…") keeps the negation, as a modal does in English ("no need
 * to pay"). Asked on what lies between the negator and the match, followed by the match. Not for the discrimination rules.
 */
const WAIVED_STEP_THEN_PAY = new RegExp(
  `^\\s*(?:${WAIVED_HIRING_STEPS.join("|")})(?:(?![费金钱款押收])[\\u4e00-\\u9fff]){0,6}?(?:交|缴|付|转账|充值|购买|买)` +
    "|^\\s*(?!(?:need|needs|have|has|must|to|any|fees?|deposits?|charges?|costs?|payments?|money|upfront|cash)\\b)[a-z]{3,}\\s+(?:pay|transfer|send|wire|bring|remit)\\b",
  "u",
);
const WAIVED_STEP_BETWEEN = new RegExp(
  `^\\s*(?:${WAIVED_HIRING_STEPS.join("|")})|^\\s*(?:an?\\s+)?(?:interviews?|experience|cv|resume|screening)\\b`,
  "u",
);
const DEMAND_TO_PAY_FIRST =
  /^(?:(?:先|需|须|要|必须)\s*(?:先)?\s*)?(?:交|缴|付|支付|缴纳|交纳|转账|充值|购买|买)|^(?:after\s+)?(?:buy|buying|purchas\w*|pay|paying|send|sending|transfer\w*|top\s+up)\b/u;
const CHARGE_NAME_ONLY = /^(?:[\u4e00-\u9fff]{0,4}(?:押金|保证金|定金|订金)|[\u4e00-\u9fff]{1,4}费)$/u;
const AMOUNT_AFTER = /^\s*[:：]?\s*(?:\d|[一二两三四五六七八九十百千]{1,4}\s*(?:元|块)?)/u;
/** A list separator followed by a new restriction ("不限专业、限男性"). */
const LIST_SEPARATOR = /[、/和及与或]/u;
const RESTRICTION_START = /^[限仅只要需须必]/u;

/** Relaxers right after the match ("985/211不限", "押金：无", "收取押金的都是诈骗"). */
const POST_NEGATOR =
  /^(?:\s*[、/和及或与&+]\s*(?:985|211|双一流|[a-z0-9]{1,6})){0,3}[\s、/]*等?\s*(?:均|都|皆|一律|也|亦|概)?\s*(?:不限|不要求|不作要求|不做要求|不作限制|不做限制|无要求|无限制|不是必须|非必须|不强制|不作为)|^\s*[:：]\s*(?:无|没有|免|不收|不需要?|无需|0\s*元?|零)(?![\d\u4e00-\u9fa5])|^[^，,。；;!！?？\n]{0,4}?的?(?:均|都|皆|一律)?(?:为|是|属于?|系)(?:诈骗|骗局|骗子|欺诈|违法|虚假|传销)/u;

/**
 * (branch vet-slang) A charge waived right after it, alone or at the end of a list of charges ("内推无任何费用", "资料费、建档费一律
 * 不收", "押金全免"); not for the discrimination rules, where a word after an attribute is no waiver of it.
 */
const WAIVED_AFTER =
  /^(?:\s*[、/和及与]\s*[\u4e00-\u9fff]{1,4}费)*\s*(?:均|都|皆|一律|概|全部|全程)?\s*(?:不收取?|免收|全免|免费|无任何费用|不收任何费用|零收费|0收费|不收费)(?![\u4e00-\u9fff]{0,2}(?:以外|之外|除外))/u;

function isClauseEnd(text: string, index: number): boolean {
  if (CLAUSE_END_CODES.has(text.charCodeAt(index))) return true;
  const ch = text.charAt(index);
  // A full stop ends a clause only when followed by space or the end (not "1.5万").
  return ch === "." && (index + 1 >= text.length || /\s/u.test(text.charAt(index + 1)));
}

function preWindow(text: string, start: number): string {
  let i = start;
  let weight = 0;
  while (i > 0 && !isClauseEnd(text, i - 1)) {
    weight += text.charCodeAt(i - 1) < 0x80 ? 0.5 : 1;
    if (weight > WINDOW) break;
    i--;
  }
  return text.slice(i, start);
}

function postWindow(text: string, end: number): string {
  let i = end;
  while (i < text.length && i - end < WINDOW && !isClauseEnd(text, i)) i++;
  return text.slice(end, i);
}

/** Global copies of the table's patterns, made once: compiling them on every call cost more than matching. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    GLOBAL_COPIES.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** End index of the last negator in `pre`, or -1. */
function lastNegatorEnd(pre: string, extra: RegExp | undefined): number {
  let end = -1;
  for (const re of extra ? [NEGATOR, globalCopy(extra)] : [NEGATOR]) {
    re.lastIndex = 0;
    for (let m = re.exec(pre); m !== null; m = re.exec(pre)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      end = Math.max(end, m.index + m[0].length);
    }
  }
  return end;
}

/** A match that is itself a negation ("不面试", "无底薪"): a plain negator before it is a parallel item. */
const NEGATIVE_MATCH = /^(?:不|无|免|没|零|非|no\b|without\b)/u;
/** A refusal that closes the item before it, "…的不要", "…的也不考虑" (vet3233-disc): its 不 negates nothing after it. */
const CLOSING_REFUSAL = /的\s*(?:也|都|就|一律)?\s*不(?=(?:要|招|收|考虑)?$)/u;
/** Warnings still reach a negative match ("谨防'无需面试'的招聘"). */
const WARNING = /谨防|警惕|提防|防范|当心|杜绝|严禁|禁止|\bbeware\b/u;

/**
 * Branch vet-pay3: a negator heading a list of charges reaches its last item however long the list ("本岗位不收取任何形式的保
 * 证金、押金、服装费、培训费", "不收取任何保证金、押金、服装费、培训费、体检费", "不收取任何费用（包括押金、培训费、服装费）"),
 * beyond the `WINDOW` the negator is looked for in, and in English a refusal to ask for one thing or the next ("we never
 * ask ambassadors to buy a starter kit or pay a deposit"). Only charges joined by list separators may stand between; not
 * for the discrimination rules.
 */
// Round on former-blind-36/37 (branch vet3637-fraud): the refusal's time and asking verb between ("不会在发放offer前后要求同学
// 缴纳任何押金或保证金"), and in English "no" heading a list of charges or of the kinds of one ("no fees, deposits or
// training costs", "charges no application, exam or medical fees"): only charges and their kinds stand between.
const NEGATED_CHARGE_LIST =
  /(?:不|无需|无须|免|没有|绝不|从不)\s*(?:会|用|需要?|要)?\s*(?:(?:在[^,，。；;]{0,12}?)?(?:要求|让|向)[^,，。；;]{0,6}?)?(?:收取|索取|收|缴纳|交纳|缴|交|支付)?\s*(?:任何|一切)?\s*(?:形式|名义)?\s*的?\s*(?:费用\s*[(（,，]\s*(?:包括|包含|含|如|例如|即)?\s*)?(?:[\u4e00-\u9fff]{1,5}?(?:费|金|款)\s*[、/和及与或]\s*)*$|\b(?:no|any)\s+(?:(?:(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?(?:fees?|deposits?|charges?|costs?|payments?))|(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding))(?:\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:(?:(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?(?:fees?|deposits?|charges?|costs?|payments?))|(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)))*\s*(?:\bor\b|\band\b|\bnor\b)\s*(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?$|\b(?:no|any)\s+(?:(?:(?:(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?(?:fees?|deposits?|charges?|costs?|payments?))|(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding))\s*(?:,|\bor\b|\band\b|\bnor\b)\s*)*?(?:(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?(?:fees?|deposits?|charges?|costs?|payments?))(?:\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:(?:(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?(?:fees?|deposits?|charges?|costs?|payments?))|(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)))*\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:(?:application|exam|examination|medical|registration|training|uniform|agency|placement|recruitment|processing|interview|admin|administrative|visa|service|hidden|upfront|joining|onboarding)\s+)?$|\b(?:never|not|don'?t|won'?t)\s+(?:ask|require|expect|make)\s+(?:[a-z]+\s+){0,2}?to\s+(?:[\w-]+\s+){1,6}?(?:or|nor)\s+$/u;
// Round on former-blind-38/39 (branch vet3839-fraud): the applicant said never to pay the first charge of a list, and the
// list going on ("seafarers never pay a recruitment fee, deposit or training charge to us").
const NEVER_PAY_LIST =
  /\b(?:never|not|don'?t|won'?t)\s+(?:have\s+to\s+|need\s+to\s+)?(?:pay|be\s+charged)\s+(?:an?\s+|any\s+)?(?:[a-z-]+\s+)?(?:fees?|deposits?|charges?|costs?)(?:\s*,\s*(?:an?\s+|any\s+)?(?:[a-z-]+\s+)?(?:fees?|deposits?|charges?|costs?))*\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:an?\s+|any\s+)?(?:[a-z-]+\s+)?$/u;
const CHARGE_LIST_CHARS = 60;

function isNegated(text: string, start: number, end: number, rule: PostingTextRule): boolean {
  const matched = text.slice(start, end);
  const pre = preWindow(text, start);
  let negEnd = lastNegatorEnd(pre, rule.negators?.before);
  // "不看学历不面试", "无需经验，无底薪": parallel negations, not a double negative — unless a warning or
  // a negator touching the match ("并非无需面试").
  if (negEnd >= 0 && NEGATIVE_MATCH.test(matched) && !WARNING.test(pre) && pre.slice(negEnd).trim() !== "") negEnd = -1;
  if (negEnd >= 0) {
    const between = pre.slice(negEnd);
    const cancelled =
      NEW_DEMAND.test(between) ||
      (NEW_DEMAND_VERB.test(between) && !rule.id.startsWith("discrimination.")) ||
      (LIST_SEPARATOR.test(between) && RESTRICTION_START.test(matched)) ||
      (NEW_DEMAND_AFTER.test(between) && PAY_VERB_FIRST.test(matched) && !rule.id.startsWith("discrimination.")) ||
      (WAIVED_STEP_THEN_PAY.test(between + matched) && !rule.id.startsWith("discrimination.")) ||
      // Round on former-blind-40..43 (branch vet4043-fee): a waived hiring step opening what lies between, then the match
      // opening with the demand to pay ("免面试 直接上车 上车前交两百块中介费", "不用面试 一单三块 … 先交一百九十八任务卡",
      // "without interview after buying our access card for USD 49"): the waiver's object is the step, not the charge.
      // Round on former-blind-48/49 (branch vet4849-fee): for every rule but discrimination, like WAIVED_STEP_THEN_PAY above (it
      // was the fee's alone): the match must open with a demand to pay or be a bare charge with its amount, so only money
      // rules meet it ("不用面试 交身份证原件押在公司" is the id rule's demand as much as a deposit is the fee's).
      (!rule.id.startsWith("discrimination.") &&
        WAIVED_STEP_BETWEEN.test(between) &&
        (DEMAND_TO_PAY_FIRST.test(matched) ||
          // (… or a deposit or charge named with its amount straight after, "免面试 服装押金一百 当天退".)
          (CHARGE_NAME_ONLY.test(matched) && AMOUNT_AFTER.test(text.slice(end, end + 12))))) ||
      // (former-blind-32/33, branch vet3233-disc) In run-on text the refusal that closes the item before ("少数民族的不要 新疆西藏的也
      // 不要", the space dropped) does not negate the next screen.
      (rule.id.startsWith("discrimination.") && CLOSING_REFUSAL.test(pre.slice(0, negEnd)));
    if (!cancelled) return true;
  }
  // (Round on former-blind-36/37 (branch vet3637-fraud): also when the negator found was cancelled by an asking verb — "不会
  // 在签约前后要求候选人缴纳任何押金": the list pattern lets only the refusal's own words and charges stand between.)
  if (!rule.id.startsWith("discrimination.") && chargeListNegated(text, start)) return true;
  const post = postWindow(text, end);
  if (POST_NEGATOR.test(post)) return true;
  if (!rule.id.startsWith("discrimination.") && WAIVED_AFTER.test(post)) return true;
  if (!rule.id.startsWith("discrimination.") && answeredNo(text, end)) return true;
  return rule.negators?.after?.test(post) ?? false;
}

/**
 * How far `isNegated` reads before a match's start and after its end, with a margin: the charge list before it
 * (`CHARGE_LIST_CHARS`, 60) and the answer after a question (`answeredNo`, 64).
 */
const NEGATION_BEFORE = 96;
const NEGATION_AFTER = 96;
/** Per rule, the text last asked about, how many questions it had and their answers by context. */
const NEGATIONS = new Map<PostingTextRule, { text: string; asked: number; answers: Map<string, boolean> | null }>();

/**
 * `isNegated`, remembered by the characters it reads (vet-hostile): from the MEMO_AFTER-th question about a text for a
 * rule on, a match with the same characters within NEGATION_BEFORE/NEGATION_AFTER of it (and the text's ends at the same
 * places) gets the same answer — a field repeating a refused charge ("不收押金，") asked it a thousand times.
 */
function negatedAt(text: string, start: number, end: number, rule: PostingTextRule): boolean {
  let entry = NEGATIONS.get(rule);
  if (entry === undefined || entry.text !== text) {
    entry = { text, asked: 0, answers: null };
    NEGATIONS.set(rule, entry);
  }
  if (++entry.asked <= MEMO_AFTER) return isNegated(text, start, end, rule);
  const key = contextKey(text, start, end, NEGATION_BEFORE, NEGATION_AFTER);
  entry.answers ??= new Map();
  let answer = entry.answers.get(key);
  if (answer === undefined) {
    answer = isNegated(text, start, end, rule);
    entry.answers.set(key, answer);
  }
  return answer;
}

/** The clause before the match, up to `CHARGE_LIST_CHARS`, asked of `NEGATED_CHARGE_LIST`. */
// Not cut at clause ends: the pattern lets only list items stand between, and "费用，包括…" across one comma.
function chargeListNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - CHARGE_LIST_CHARS), start);
  return NEGATED_CHARGE_LIST.test(before) || NEVER_PAY_LIST.test(before);
}

/**
 * Round on former-blind-17 (branch vet17-fraud): a question about a charge or a scheme answered no ("问：要交押金吗？答：不
 * 需要", "Is there a registration fee? No.", "是否收取培训费？否"): the match is what is asked, the answer refuses it. Only
 * the clause's own question mark counts, and the answer must open with its refusal ("要交吗？要，200元" stays a charge).
 */
// Round on former-blind-32/33 (branch vet3233-fraud): a Q&A line with no question mark, the question closed by its
// particle and the answer labelled ("问：要交押金吗 答：不要", "Q: any deposit A: no").
const QUESTION_END = /^[^，,。；;!！?？\n]{0,24}?(?:[?？]|[吗么嘛呢咩](?=\s*(?:答|回答)\s*[:：])|(?=\s+a\s*[:：]))/u;
// Round on former-blind-48/49 (branch vet4849-fee): … and a Cantonese refusal answers too ("要交按金吗？唔使", "问：使唔使
// 交钱 答：冇", vocabulary/vetting.ts CANTONESE_NEGATORS), and a Cantonese question may close on 咩.
const NO_ANSWER = new RegExp(
  `^\\s*(?:(?:答|回答|a|answer)\\s*[:：.]?\\s*)?(?:${CANTONESE_NEGATORS.join("|")}|不(?!仅|但|只)|无(?!论)|没有|没|免|否|零|绝不|从不|no\\b|nope\\b|never\\b|none\\b|not\\b|zero\\b)`,
  "u",
);
function answeredNo(text: string, end: number): boolean {
  const q = QUESTION_END.exec(text.slice(end, end + 40));
  return q !== null && NO_ANSWER.test(text.slice(end + q[0].length, end + q[0].length + 24));
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

interface ScannedField {
  readonly name: string;
  readonly raw: string;
  readonly norm: NormalisedText;
}

interface Hit {
  readonly field: ScannedField;
  readonly start: number;
  readonly end: number;
}

const FIELD_ORDER = ["title", "description", "requirements", "duties", "benefits", "contact"] as const;
/** Extra fields that are identifiers, links or timestamps, not prose. */
const NON_PROSE_FIELD = /^(?:id|.*(?:Id|_id|ID|Url|URL|_url|url|At|_at|Date|_date|Code|_code|Email|_email|email))$/u;

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === "string");
    return parts.length > 0 ? parts.join("\n") : null;
  }
  return null;
}

function collectFields(input: PostingInput): ScannedField[] {
  const names: string[] = [...FIELD_ORDER];
  for (const key of Object.keys(input)) {
    if (names.includes(key) || key === "salaryMin" || key === "salaryMax" || NON_PROSE_FIELD.test(key)) continue;
    names.push(key);
  }
  const fields: ScannedField[] = [];
  for (const name of names) {
    const raw = textOf(input[name]);
    if (raw === null || raw.trim() === "") continue;
    fields.push({ name, raw, norm: normaliseText(raw) });
  }
  return fields;
}

/** Whether a carve-out's span holds [start, end]. */
type AllowScan = (start: number, end: number) => boolean;

/**
 * The carve-outs' spans in `text`, scanned only as far as asked: a span holding `start` starts at or before
 * it, and each pattern's spans come in order of start, so a pattern's scan can stop at its first span that
 * starts after `start` (same answer as scanning the whole text first; most hits are early or none).
 */
function allowScan(res: readonly RegExp[] | undefined, text: string): AllowScan {
  const scans = (res ?? []).map((re) => ({
    g: globalCopy(re),
    next: 0,
    done: false,
    spans: [] as Array<readonly [number, number]>,
  }));
  return (start, end) => {
    for (const scan of scans) {
      while (
        !scan.done &&
        (scan.spans.length === 0 || (scan.spans[scan.spans.length - 1] as readonly [number, number])[0] <= start)
      ) {
        scan.g.lastIndex = scan.next;
        // (Through the prefilter, vet-speed6: the same matches and lastIndex, without scanning where none can be.)
        const m = prefilteredExec(scan.g, text);
        if (m === null) {
          scan.done = true;
          break;
        }
        if (m[0].length === 0) {
          scan.next = scan.g.lastIndex + 1;
          continue;
        }
        scan.next = scan.g.lastIndex;
        scan.spans.push([m.index, m.index + m[0].length]);
      }
      if (scan.spans.some(([a, b]) => a <= start && end <= b)) return true;
    }
    return false;
  };
}

function spec(p: RegExp | PatternSpec): PatternSpec {
  return p instanceof RegExp ? { re: p } : p;
}

/** A rule's patterns as specs, made once per list (a new array and object per pattern and call was garbage). */
const SPECS = new WeakMap<readonly (RegExp | PatternSpec)[], readonly PatternSpec[]>();
function specsOf(patterns: readonly (RegExp | PatternSpec)[]): readonly PatternSpec[] {
  let specs = SPECS.get(patterns);
  if (!specs) {
    specs = patterns.map(spec);
    SPECS.set(patterns, specs);
  }
  return specs;
}

/** First unnegated, non-allowed match of `patterns` in `field`, or null. */
function firstMatch(
  rule: PostingTextRule,
  patterns: readonly (RegExp | PatternSpec)[],
  field: ScannedField,
): Hit | null {
  const text = field.norm.text;
  // Computed on the first match only: most fields match no pattern, and the carve-outs cost more than the patterns.
  // (No closures here: this runs a few hundred times per posting, and their context was garbage each time, vet-speed6.)
  let best: Hit | null = null;
  for (const p of specsOf(patterns)) {
    if (p.onlyIn && !p.onlyIn.includes(field.name)) continue;
    const g = globalCopy(p.re);
    // `g.exec`, skipping a pattern whose required literals the text lacks (same matches: prefilter.ts).
    for (let m = prefilteredExec(g, text); m !== null; m = prefilteredExec(g, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        g.lastIndex++;
        continue;
      }
      if (best !== null && start >= best.start) break;
      // The local tests first: the carve-outs are whole-text scans, only needed for a match they could clear.
      if ((p.negatable ?? true) && negatedAt(text, start, end, rule)) continue;
      if (rule.ignoreInSentence && inSentence(rule.ignoreInSentence, text, start, end)) continue;
      if ((p.allowable ?? true) && cachedAllowScan(rule.allow, text)(start, end)) continue;
      if (isDuty(rule, text, start, end)) continue;
      best = { field, start, end };
      break;
    }
  }
  if (rule.detect && patterns === rule.patterns) best = detectedHit(rule, rule.detect, field, best);
  return best;
}

function isDuty(rule: PostingTextRule, text: string, start: number, end: number): boolean {
  return rule.namedAsDuty !== undefined && cachedAllowScan(rule.namedAsDuty, text)(start, end);
}

/**
 * A detector reports its first hit; one inside a carve-out is blanked and the detector asked again, so a real charge
 * after an excused one is still found (former-blind-10/11: "3000元学习基金" before "交200元报名费"). The earlier of it
 * and `best`.
 */
function detectedHit(
  rule: PostingTextRule,
  detect: NonNullable<PostingTextRule["detect"]>,
  field: ScannedField,
  best: Hit | null,
): Hit | null {
  const text = field.norm.text;
  let scanned = text;
  for (let tries = 0; tries < 3; tries++) {
    const found = detect(scanned, (start, end) => negatedAt(text, start, end, rule), field.name);
    if (!found) break;
    if (cachedAllowScan(rule.allow, text)(found.start, found.end) || isDuty(rule, text, found.start, found.end)) {
      scanned = scanned.slice(0, found.start) + " ".repeat(found.end - found.start) + scanned.slice(found.end);
      continue;
    }
    if (best === null || found.start < best.start) return { field, start: found.start, end: found.end };
    break;
  }
  return best;
}

/**
 * Carve-out spans per list and text, shared by every scan of the posting being checked: a rule's second look
 * (`separateHit`, `laterFee`), the learned layer's guard and every rule using `SCHEME_AS_DUTY` ask the same
 * questions of the same text. Lazy as `allowScan` is; dropped when the next posting starts (`ruleFlags`).
 */
const ALLOW_SCANS = new Map<readonly RegExp[], Map<string, AllowScan>>();
function cachedAllowScan(res: readonly RegExp[] | undefined, text: string): AllowScan {
  if (!res) return allowScan(res, text);
  let byText = ALLOW_SCANS.get(res);
  if (!byText) {
    byText = new Map();
    ALLOW_SCANS.set(res, byText);
  }
  let scan = byText.get(text);
  if (!scan) {
    // Callers that score many postings without `ruleFlags` between (training scripts) keep it small.
    if (byText.size >= 16) byText.clear();
    scan = allowScan(res, text);
    byText.set(text, scan);
  }
  return scan;
}

function inSentence(re: RegExp, text: string, start: number, end: number): boolean {
  const sentence = sentenceOf(text, start, end);
  return re.test(text.slice(sentence.start, sentence.end));
}

const EXCERPT_MAX = 40;

function excerpt(field: ScannedField, start: number, end: number): string {
  const { raw, norm } = field;
  let oStart = norm.map[start] ?? 0;
  let oEnd = (norm.map[end - 1] ?? raw.length - 1) + 1;
  if (oEnd - oStart >= EXCERPT_MAX) {
    oEnd = oStart + EXCERPT_MAX;
  } else {
    const budget = EXCERPT_MAX - (oEnd - oStart);
    let before = Math.floor(budget / 2);
    let after = budget - before;
    if (oStart < before) {
      after += before - oStart;
      before = oStart;
    }
    if (raw.length - oEnd < after) {
      before = Math.min(oStart, before + after - (raw.length - oEnd));
      after = raw.length - oEnd;
    }
    oStart -= before;
    oEnd += after;
  }
  // Never split a surrogate pair.
  if (oStart > 0 && /[\udc00-\udfff]/u.test(raw.charAt(oStart))) oStart++;
  if (oEnd < raw.length && /[\udc00-\udfff]/u.test(raw.charAt(oEnd))) oEnd--;
  return raw.slice(oStart, oEnd).replace(/\s+/gu, " ").trim();
}

/** The matched words themselves, whitespace collapsed as in the excerpt (cut to the excerpt's length). */
function offendingWords(field: ScannedField, start: number, end: number): string {
  const { raw, norm } = field;
  const oStart = norm.map[start] ?? 0;
  const oEnd = (norm.map[end - 1] ?? raw.length - 1) + 1;
  return raw
    .slice(oStart, Math.min(oEnd, oStart + EXCERPT_MAX))
    .replace(/\s+/gu, " ")
    .trim();
}

function scanRule(rule: PostingTextRule, fields: readonly ScannedField[]): (PostingFlag & { hit: Hit }) | null {
  let hit: Hit | null = null;
  for (const field of fields) {
    if (rule.skipFields?.includes(field.name)) continue;
    hit = firstMatch(rule, rule.patterns, field);
    if (hit) break;
  }
  if (!hit) return null;
  let severity = rule.severity;
  if (rule.escalate && fields.some((f) => firstMatch(rule, rule.escalate?.patterns ?? [], f) !== null)) {
    severity = rule.escalate.severity;
  }
  return {
    rule: rule.id,
    severity,
    excerpt: excerpt(hit.field, hit.start, hit.end),
    words: offendingWords(hit.field, hit.start, hit.end),
    message: rule.message,
    field: hit.field.name,
    hit,
  };
}

// ---------------------------------------------------------------------------
// Salary
// ---------------------------------------------------------------------------

/** Monthly CNY bounds. Configurable in one place; see the reasons next to each check. */
export const SALARY_LIMITS = {
  /** Below any provincial monthly minimum wage. */
  minPlausible: 1000,
  /** Above this a "monthly" figure is almost certainly a yearly one. */
  maxPlausible: 200_000,
  /** A maximum below this is a daily or hourly rate typed into a monthly field. */
  looksDailyBelow: 500,
  /**
   * max / min above this is too vague to be a real pay range. 10× still allows commission and
   * bonus bands such as 5,000–50,000 (independent corpus, tests/corpus/former-blind.jsonl).
   */
  maxRangeRatio: 10,
  /**
   * An intern's monthly minimum above this is not an internship stipend (the best-paid technical and
   * quant internships pay about 1,000 a day, 20,000 a month), nor is a maximum above `internMaxTop`.
   */
  internMaxPlausible: 25_000,
  internMaxTop: 50_000,
  /** A role that asks for no experience or skill (typing at home, data entry) paying a minimum above this is bait. */
  unskilledMaxPlausible: 20_000,
  /**
   * A posting flagged for hype that asks for no qualification and pays a *minimum* above this (about three
   * times the 4,000–8,000 of unskilled work) puts the hype's promise into its pay fields: the band is bait too.
   */
  hypeMinPlausible: 15_000,
  /**
   * Round on former-blind-16 (branch vet16-fraud): a commissioned sales or streaming role (COMMISSIONED_TITLE) whose
   * band stays within this is what its good sellers earn: the hype beside it is the claim, the band is not bait.
   */
  commissionedMaxPlausible: 30_000,
} as const;

/**
 * Pay floors by role family, as data: a full-time posting whose title names the family and whose
 * *maximum* is below the floor is not a real offer for that work (a typo, a daily rate, or bait to
 * collect applications). Floors sit far below the family's usual pay in any Chinese city (an
 * entry-level developer in a third-tier city earns about 6,000; a director several times that), so only
 * figures an order of magnitude off are flagged. Interns, trainees, apprentices and part-time or hourly
 * work are bounded by `SALARY_LIMITS` instead and never meet a floor.
 */
export const ROLE_PAY_FLOORS: ReadonlyArray<{ family: string; title: RegExp; floor: number }> = [
  {
    // (Round on former-blind-40..43 (branch vet4043-pay): a film's executive producer, 总制片人, heads its whole production.)
    family: "executive",
    title:
      /总监|总经理|副总|首席|合伙人律师|总制片|\b(?:cfo|cto|coo|ceo|cio|vp|vice\s+president|director|chief\s+\w+\s+officer|head\s+of|executive\s+producer)\b/u,
    floor: 5000,
  },
  {
    family: "senior professional",
    title: /高级|资深|专家|架构师|\b(?:senior|principal|staff\s+engineer|architect)\b/u,
    floor: 5000,
  },
  {
    // Managers of a team or department; sales staff titled 客户经理/account manager live on commission.
    // (Round on former-blind-36/37 (branch vet3637-fraud): the head of a care home, a school or a kindergarten, 院长, 校长,
    // 园长, not their assistant or secretary.)
    family: "manager",
    title:
      /(?<!客户|业务|理财|销售|招商|区域|渠道)经理|主管|(?:院|校|园)长(?!助理|秘书)|\b(?:(?<!account\s|relationship\s|sales\s)manager|supervisor)\b/u,
    floor: 3000,
  },
  {
    // Round on former-blind-34/35 (branch vet3435-fraud): a shop's 店长 runs the shop and its staff; a small employer may pay
    // one 2,000–2,400 (tests/unit/posting-learned.test.ts), but a maximum under 2,000 ("建材店店长 1,000–1,500") is below
    // the minimum wage of most of the country.
    family: "shop manager",
    title: /店长/u,
    floor: 2000,
  },
  {
    family: "licensed profession",
    title:
      /律师|医生|医师|药剂师|药师|牙医|注册会计师|精算师|建筑师|\b(?:lawyer|attorney|solicitor|physician|doctor|surgeon|pharmacist|dentist|actuary|cpa|architect)\b/u,
    floor: 4000,
  },
  {
    // Engineers of every kind (mechanical, electrical, civil, process): a degree job; a maximum below
    // 3,000 is under the pay of a factory operative in the same town.
    family: "engineering",
    title: /(?<!助理|见习|实习)工程师|\b(?<!assistant\s|trainee\s|junior\s)engineer\b/u,
    floor: 3000,
  },
  {
    family: "software and data",
    title:
      /开发|程序员|软件|算法|前端|后端|全栈|数据科学|\b(?:java|python|golang|c\+\+|developer|programmer|software|machine\s+learning|data\s+scientist|back[-\s]?end|front[-\s]?end|full[-\s]?stack)\b/u,
    floor: 4000,
  },
];
/**
 * Monthly minimum wages, as data: the lowest provincial tier anywhere in China (no full-time monthly pay
 * may be lower), and the four first-tier cities, whose minimums all stand above 2,200 CNY (2024–2026
 * rates: Shanghai 2,690, Beijing 2,420+, Shenzhen 2,360, Guangzhou 2,300). A full-time posting whose
 * *maximum* is below the minimum wage where it is located offers unlawful pay, or a daily rate typed into
 * a monthly field.
 */
export const MINIMUM_WAGE = {
  nationalFloor: 1500,
  cities: [{ city: /北京|上海|深圳|广州|\b(?:beijing|shanghai|shenzhen|guangzhou)\b/u, monthly: 2200 }],
} as const;
/** Words that make a posting part-time, hourly or piece-rate work, where a low monthly figure is honest. */
const NOT_FULL_TIME_TEXT =
  /兼职|小时工|时薪|日结|日薪|计件|按小时|每小时|按天|按课时|课时费|\/\s*(?:小时|天|日|课时)|寒假工|暑假工|勤工助学|临时工|每月\s*(?:固定)?\s*(?:\d+\s*元\s*)?[\u4e00-\u9fff]{0,2}津贴|每月\s*(?:发放?)?\s*(?:实习|生活|助研|助管|科研|培训)?\s*(?:补贴|补助)\s*[:：]?\s*\d|每周\s*(?:工作)?\s*(?:[1-9]|[12]\d)\s*(?:个)?\s*小时|\b(?:part[-\s]time|hourly|per\s+hour|an\s+hour|day\s+rate|daily\s+rate|piece[-\s]?rate|gig|(?:[1-9]|[12]\d)\s+hours\s+(?:a|per)\s+week)\b/u;
// (Round on former-blind-36/37 (branch vet3637-fraud): a monthly allowance as the whole pay, "每月补贴1500元", as a 课题组 or a
// sponsored trainee programme pays it, is no full-time wage either.)
// (Round on former-blind-26/27, branch vet2627-fraud: a fixed monthly allowance — "每月固定1000元津贴", "每月助管津贴800元" — and
// a few hours a week in Chinese, "每周工作8小时", are no full-time wage either.)

/** Titles that are not full-time salaried work: a floor does not apply. */
const NOT_FULL_TIME_TITLE =
  /兼职|实习|学徒|在校生|小时工|日结|见习|临时工|勤工助学|家教|周末|\b(?:part[-\s]time|intern(?:s|ship)?|trainee|apprentice|hourly|freelance|weekends?)\b/u;

const SALARY_MISSING_MESSAGE: BilingualText = {
  zh: "缺少薪酬：每个岗位须填写基本薪酬（至少填写最低月薪）",
  en: "Salary missing: every posting must state its base pay (at least the minimum monthly pay)",
};

function formatAmount(v: number | null | undefined): string {
  return v === null || v === undefined ? "?" : String(v);
}

/** Roles whose pay level is bounded whatever the employer types: interns, and work needing no skill. */
const INTERN_ROLE = /实习|在校生|\bintern(?:s|ship)?\b|\btrainee\b/u;
/**
 * Round on former-blind-40..43 (branch vet4043-pay): an apprentice's pay is bounded as an intern's is (an apprentice learns
 * the trade on the job; "运维学徒 15,000–150,000" is no apprentice's wage); a lead of entry-level work (a delivery station's
 * lead, a cleaning supervisor) with a minimum above `internMaxTop` is bait, as the work is; and a full-time post that asks
 * for a master's or a doctorate in its requirements has a floor of `ADVANCED_DEGREE_FLOOR` on its maximum, as an engineer's
 * title does ("院长助理，硕士，五年管理经验" at 1,500–2,000).
 */
const APPRENTICE_TITLE = /学徒|\bapprentices?(?:hip)?\b/u;
const ADVANCED_DEGREE_ASKED = /硕士|博士|研究生学历|\b(?:master'?s|ph\.?d|doctorate|doctoral)\b/u;
const ADVANCED_DEGREE_FLOOR = 3000;
/**
 * Round on former-blind-36/37 (branch vet3637-fraud): a student's part-time post on campus or in a lab (勤工助学, 助研,
 * 助管, 本科生兼职) reaching above the unskilled ceiling is bait, as an entry-level title's is; and a text that says the work is full-time ("Full-time Summer
 * Intern", "全职", "40 hours a week") keeps the minimum-wage floor although its title names an internship.
 */
const STUDENT_JOB_TITLE = /勤工助学|助研|助管|(?:本科生|研究生|大学生|学生|在校生)\s*兼职/u;
const SAYS_FULL_TIME =
  /全职(?!妈妈|太太|主妇)|\bfull[-\s]time\b|\b(?:3[5-9]|4\d)\s+hours\s+(?:a|per)\s+week\b|每周\s*(?:工作)?\s*(?:3[5-9]|4\d)\s*(?:个)?\s*小时/u;
// (Round on former-blind-36/37 (branch vet3637-fraud): not 居家办公, a professional's day of remote work, "每周可申请一天居家办公".)
const UNSKILLED_ROLE =
  /无需经验|无需技能|零基础|零经验|零门槛|会打字即可|打字员|录入员|居家(?!办公)|在家兼职|手工活|\bno\s+experience\b|\bdata\s+entry\b|\btyping\b/u;
/**
 * Entry-level roles, by title: clerks, counter, shop-floor and delivery work. A minimum above
 * `unskilledMaxPlausible` for one of them is bait, unless the title says it leads or manages.
 */
// (Round on former-blind-19, branch vet19-fraud: household care named by its other words — 育儿嫂, 住家阿姨, 钟点工 — as 育婴
// and 保姆 are; not 月嫂, whose senior band is a real one. Round on former-blind-26/27, branch vet2627-fraud: hotel
// housekeeping in English — housekeeper, room or laundry attendant, maid — as cleaner is.)
// (Round on former-blind-34/35, branch vet3435-fraud: a hotel's bell staff and doormen, and a childcare centre's 生活老师 or
// 托管老师, who look after children's meals and naps.)
// (Round on former-blind-36/37 (branch vet3637-fraud): a street office's community worker, 社区工作者 or 网格员.)
// (Round on former-blind-44..47 (branch vet4447-pay): not the assistant of a trader, fund or investment manager, nor a banking
// or trading-desk assistant, whose finance band is a real one.)
// (Round on former-blind-40..43 (branch vet4043-pay): a cook, 帮厨 or 炊事员 (not a chef or 厨师, whose senior band is real),
// and a delivery station's staff.)
const ENTRY_LEVEL_TITLE =
  /社区工作者|网格员|门童|行李员|生活老师|托管老师|宿管|\b(?:bell\s*(?:boy|hop|man|person)s?|bellboy|doorm[ae]n|porters?)\b|育婴|育儿嫂|育儿阿姨|住家阿姨|钟点工|保姆|家政|护工|保育员|咖啡师|检验员|质检员|(?<!总经理|董事长|总裁|院长|校长|交易员|基金经理|投资经理|投资总监)助理(?!教授|研究员|总|工程师)|洗碗|传单|派单|代练|刷单|点赞|文员|前台|店员|营业员|售货员|理货员|问卷|调查员|填写员|抄写员|客服(?!经理|主管|总监)|普工|操作工|服务员|传菜|保安|保洁|收银|分拣|打包|包装工|促销员|导购|录入|打字|快递员|骑手|配送员|搬运|兼职|学徒|帮厨|厨工|炊事员|\b(?:cooks?|delivery\s+(?:station|drivers?|riders?|staff|workers?)|dishwashers?|leaflets?|flyers?|clerk|receptionist|cashier|typist|packer|picker|cleaner|housekeep(?:er|ing\s+attendant)|room\s+attendant|laundry\s+attendant|maid|waiter|waitress|courier|rider|part[-\s]time|data\s+entry|customer\s+service|customer\s+support|survey\s+taker|baristas?|technician|help\s*desk|(?<!\b(?:executive|personal|special|banking|desk|trader|trading|investment|portfolio|fund)\s)assistant(?!\s+(?:professor|director|general|vice|principal|manager|to\b)))\b/u;
/**
 * A posting that calls itself entry level in the text (former-blind-10: "for this entry-level position"): a
 * minimum above `internMaxTop` is not a starting salary.
 */
const ENTRY_LEVEL_TEXT =
  /\bentry[-\s]level\b|\bfresh\s+graduates?\b|\bno\s+(?:prior\s+)?experience\s+(?:needed|required)\b|应届|零经验|无需经验/u;
/**
 * Above this a learned "usual" monthly pay is no real salary level (a senior professional's or director's pay in a
 * first-tier city stays below it), so the learned pay check does not call a posting "far below" it.
 */
const USUAL_PAY_TOP = 60_000;
/** Roles paid mostly on commission, whose bands run high for good sellers (round on former-blind-16). */
const COMMISSIONED_TITLE =
  /销售|主播|带货|经纪人|置业顾问|房产|保险|理财顾问|规划师|\b(?:sales|agents?|brokers?|realtors?|streamers?|insurance)\b/u;
const SENIOR_TITLE =
  /经理|主管|总监|负责人|店长|组长|主任|高级|资深|专家|\b(?:manager|director|head|lead|supervisor|senior|principal|chief|vp)\b/u;

/** A monthly base pay written in the text: a pay word, then an amount of at least 1,000. */
const STATED_PAY =
  /(?:薪资|薪酬|工资|待遇|\b(?:salary|pay)(?:\s+range)?)\s*[:：]\s*(?:rmb|cny|¥|￥)?\s*(?:[1-9]\d{3,}|[1-9]\d{0,2},\d{3}|\d+(?:\.\d+)?\s*[k千万w](?![a-z]))|\bmonthly\s+(?:base\s+)?(?:salary|pay)\s+(?:from|starting\s+(?:at|from)|of)\s+(?:rmb|cny|¥|￥)?\s*(?:[1-9]\d{3,}|[1-9]\d{0,2},\d{3})|(?:底薪|月薪|基本工资|基本月薪|固定工资|固定月薪|税前月薪|\b(?:monthly\s+)?(?:base|basic|fixed)\s+(?:salary|pay)|\bmonthly\s+(?:salary|pay))\s*[:：]?\s*(?:为|是|of|is)?\s*(?:rmb|cny|¥|￥)?\s*(?:[1-9]\d{3,}|[1-9]\d{0,2},\d{3}|\d+(?:\.\d+)?\s*[k千万w](?![a-z]))/u;

/**
 * Eighth round (former-blind-10/11): pay written in the text in any order of words — a pay word, up to a
 * few qualifiers ("范围", "range", "税前", "每月", "RMB"), then an amount or a range ("月薪 range：3K-100K",
 * "工资：每月800元", "Salary RMB 7,000-9,000 per month", "年薪18万-25万", "薪资：税前15K-22K"). It states the
 * pay, and when both pay fields are empty its monthly figures (a yearly one divided by 12) are judged as
 * the fields would be: the level of a figure does not change with the box it was typed in.
 */
// "pay" alone only as a noun before a colon or "range" ("Pay a RMB 12,000 fee" is a verb).
const TEXT_PAY_WORD =
  "(?:月薪|年薪|底薪|薪资|薪酬|薪水|工资|待遇|\\b(?:(?:monthly|annual|yearly|base|basic|gross)\\s+)?(?:salary|compensation|wages?)\\b|\\b(?:monthly|annual|yearly|base|basic|gross)\\s+pay\\b|\\b(?:annual|yearly|total|compensation|salary|pay)\\s+package\\b|\\bpay(?=\\s*(?:range|band|scale)?\\s*[:：]))";
const TEXT_PAY_NUMBER = "(?<![a-z_])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([k千万w](?![a-z])|元|块|rmb|cny|yuan)?";
const TEXT_PAY = new RegExp(
  `(${TEXT_PAY_WORD})([^，,。；;!！?？\\n\\d]{0,14}?)${TEXT_PAY_NUMBER}(?:\\s*(?:[-–~～至到]|\\bto\\b)\\s*(?:rmb|cny|¥|￥)?\\s*${TEXT_PAY_NUMBER})?([^，,。；;!！?？\\n]{0,12})`,
  "gu",
);
/** Qualifiers that make the figure a rate per day, hour or piece (judged by the rate rules, not here). */
// Each is asked of the words before the figure, and (anchored) of those straight after it: "… plus annual
// bonus" after a monthly figure is not yearly pay.
const UNIT_AFTER = "^\\s*(?:元|块|rmb|cny|yuan)?\\s*";
const TEXT_PAY_RATE = {
  pre: /日薪|时薪|每\s*(?:天|日|小时|次|单|场|节|课时|件)|\b(?:daily|hourly)\b/u,
  post: u(
    `${UNIT_AFTER}(?:[/每]\\s*(?:天|日|小时|时|h|次|单|场|节|课时|件)|(?:per|an?)\\s+(?:day|hour|lesson|session|shift|piece|task)\\b)`,
  ),
};
const TEXT_PAY_YEARLY = {
  pre: /年薪|每\s*年|\b(?:annual|yearly)\b/u,
  post: u(`${UNIT_AFTER}(?:[/每]\\s*年|(?:per\\s+(?:year|annum)|a\\s+year|annually)\\b)`),
};
const TEXT_PAY_MONTHLY = {
  pre: /月|\bmonthly\b/u,
  post: u(`${UNIT_AFTER}(?:[/每]\\s*月|(?:per|a)\\s+month\\b)`),
};
/** What follows an amount that is not pay: "3个月", "工资的20%", "2倍", "15号发放". */
const TEXT_PAY_NOT_AMOUNT =
  /^\s*(?:%|倍|个|号|日|天|人|次|小时|周|岁|项|年(?!薪)|\b(?:months?|years?|days?|hours?|times|people|%))/u;

/** Currencies other than the yuan, before a figure or straight after it (branch vet-pay). */
const FOREIGN_PAY_CURRENCY =
  /\b(?:usd|hkd|sgd|aud|cad|nzd|twd|mop|myr|thb|idr|vnd|php|inr|ngn|kes|ksh|zar|aed|sar|qar|egp|eur|gbp|jpy|krw|chf|huf|pln|brl|mxn|rm|rp|rs)\b|[$€£₹₦₱฿₩₫円]|港币|港元|新币|新元|美元|美金|欧元|英镑|日元|韩元|澳元|加元|泰铢|印尼盾|越南盾|比索|卢比|林吉特|迪拉姆|台币|澳门元/u;
const FOREIGN_PAY_CURRENCY_AFTER = new RegExp(
  `^\\s*(?:${FOREIGN_PAY_CURRENCY.source}|\\b(?:dollars?|euros?|pounds?|yen|won|baht|rupees?|pesos?|ringgit|rand|naira|dirhams?|riyals?|dong|shillings?|lakhs?|lacs?|crores?)\\b)`,
  "u",
);

function payValue(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/,/gu, ""));
  if (unit === "k" || unit === "千") return n * 1000;
  if (unit === "万" || unit === "w") return n * 10_000;
  return n;
}

/** The first pay figure written in the text, as monthly CNY, or null. */
function textPay(text: string): { min: number; max: number | null } | null {
  TEXT_PAY.lastIndex = 0;
  for (let m = TEXT_PAY.exec(text); m !== null; m = TEXT_PAY.exec(text)) {
    const [, word = "", before = "", d1 = "", u1, d2, u2, after = ""] = m;
    // A deduction from the pay ("工资中每月扣1500元") is not the pay.
    if (TEXT_PAY_NOT_AMOUNT.test(after) || /扣|抵|\bdeduct/u.test(before)) continue;
    // A figure in a foreign currency ("Salary: JPY 4,000,000 per year", "月薪：印尼盾800万") states the pay but is no
    // monthly CNY figure to judge (branch vet-pay).
    if (FOREIGN_PAY_CURRENCY.test(before) || FOREIGN_PAY_CURRENCY_AFTER.test(after)) continue;
    const pre = `${word}${before}`;
    const asked = (re: { pre: RegExp; post: RegExp }): boolean => re.pre.test(pre) || re.post.test(after);
    if (asked(TEXT_PAY_RATE)) continue;
    // "18-25万": the second figure's unit is the first's when the first has none.
    const unit1 = u1 ?? (d2 !== undefined && u2 !== undefined && !/元|块|rmb|cny|yuan/u.test(u2) ? u2 : undefined);
    let low = payValue(d1, unit1);
    let high = d2 === undefined ? null : payValue(d2, u2);
    if (asked(TEXT_PAY_YEARLY)) {
      low = Math.round(low / 12);
      high = high === null ? null : Math.round(high / 12);
    } else if (low < 1000 && !asked(TEXT_PAY_MONTHLY)) continue;
    if (low < 100) continue;
    return { min: low, max: high };
  }
  return null;
}

/**
 * Round on former-blind-17 (branch vet17-fraud): pay stated as what the worker earns, gets or is paid, with a figure
 * and its period or open end ("月入1-3万", "月入2W起", "起薪9000+", "月收益 8000+", "Average member earns 9,000 a month",
 * "earning 10,000+ a month", "Interns are paid 20 USD per hour"): any figure in the text states the pay
 * (tests/corpus/CONVENTIONS.md), the income verb being the pay word. Only asked for salary.missing; the level of such
 * a promise is the hype rule's.
 */
// (Round on former-blind-34/35, branch vet3435-fraud: a daily or weekly income, "日收益100-500元", is stated too.)
const STATED_INCOME =
  /(?:月入|月收入|月收益|月赚|日入|日赚|日收益|日收入|周收入|年入|起薪|到手|\b(?:earns?|earning|paid|makes?|making)\b)[^，,。；;!！?？\n\d]{0,12}?(?:rmb|cny|usd|¥|￥|\$)?\s*\d[\d,.]*\s*(?:[k千万w](?![a-z])|元|块|rmb|cny|usd|yuan|dollars)?\s*(?:\+|以上|起|[-–~～至到]\s*\d|(?:a|per|an|\/|every)\s*(?:month|hour|day|week)\b|\/\s*(?:月|天|日|小时)|每\s*(?:月|天|日|小时))/u;

/**
 * An hourly, daily or per-lesson rate written in the text ("时薪80元", "日薪280元", "hourly pay 24 CNY"):
 * for part-time, hourly or one-off work it *is* the stated pay, and no monthly figure exists to fill in.
 */
/**
 * A rate per piece, lesson or hour written in the text ("每节课 ¥60", "每篇80元", "RMB 35/hour",
 * "RMB 180/1k"): pay is stated, whatever the title (former-blind-5 to 7 label these clean).
 */
// Not 份 on its own: "300元/份" is as often the price of something sold to the applicant (a certificate).
// 场, 班 and 趟 (former-blind-11): a rate per event, shift or trip ("按活动场次计酬，每场200元").
const PIECE_UNIT_ZH = "(?:节课?|课时|篇|件|单|条|千字|分钟|题|张|首|集|页|道|场|班|趟)";
// Eleventh round (former-blind-14, branch vet14-fraud): a day's pay with its currency ("pay is 250 yuan per day").
// Round on former-blind-16 (branch vet16-fraud): a thousand characters or words of a language ("CNY 180 per thousand
// Chinese characters", "per 1,000 words").
// Branch vet-pay3: the units of students' online piece work, perhaps counted only once done ("0.3 yuan per label", "10
// yuan per completed questionnaire").
const PIECE_UNIT_EN =
  "(?:(?:completed|valid|approved|accepted|submitted)\\s+)?(?:label|annotation|survey|questionnaire|response|recording|transcription|lesson|session|article|piece|item|task|order|delivery|minute|word|page|video|clip|thousand\\s+characters|thousand\\s+(?:chinese\\s+|english\\s+|source\\s+)?(?:characters|words)|1,?000\\s+(?:chinese\\s+|english\\s+|source\\s+)?(?:characters|words)|1k|hour|hr|event(?:\\s+day)?|shift|gig|shoot|performance|day|working\\s+day)s?";
/** An amount, a decimal or a range: "0.3", "4.5-9", "200". */
// Ninth round (former-blind-12, branch vet12): thousands with a comma ("RMB 1,200 per event day").
// Eleventh round (former-blind-14, branch vet14-fraud): a range written with 到 or 至 ("每场800到1500元").
const RATE_AMOUNT =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*[-–~～到至]\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?))?";
/** "45-minute" before the unit: "RMB 200 per 45-minute lesson". */
const RATE_LENGTH = "(?:\\d+[-\\s]?(?:minute|min|hour)\\s+)?";
const PIECE_RATE = new RegExp(
  [
    // Sixth round (former-blind-8): any amount with a currency, decimals and ranges included, per counted
    // unit of work — "每单5-8元", "每条0.3元", "每录入100条20元", "RMB 12 per minute of video".
    `(?:每|按)\\s*[\\u4e00-\\u9fff]{0,2}?\\s*\\d*\\s*${PIECE_UNIT_ZH}\\s*[:：]?\\s*(?:rmb|cny|¥|￥)?\\s*${RATE_AMOUNT}\\s*(?:元|块|rmb|cny)`,
    // The unit, then what it counts: "每份问卷1.5元", "每篇稿件80元".
    // Ninth round (former-blind-12, branch vet12): a verb and "one" before the unit, and up to four words after it
    // ("每完成一分钟成品60元", "每场演出报酬150元").
    `每\\s*(?:完成|录制|交付|提交|拍摄|制作|翻译|审核)?\\s*(?:一|1)?\\s*(?:${PIECE_UNIT_ZH}|份)\\s*[\\u4e00-\\u9fff]{1,4}?\\s*[:：]?\\s*${RATE_AMOUNT}\\s*(?:元|块)`,
    // Tenth round (former-blind-13, branch vet13-fraud): what the unit counts and the pay word between ("每场婚礼拍摄报酬
    // 1200元"), and in English a unit of any name once finished or delivered ("CNY 800 per finished spread").
    `每\\s*(?:${PIECE_UNIT_ZH}|份|个|次)\\s*[\\u4e00-\\u9fff]{0,8}?(?:报酬|酬劳|稿费|费用|工钱|劳务费|薪酬|收入|结算)\\s*(?:为|是)?\\s*[:：]?\\s*${RATE_AMOUNT}\\s*(?:元|块)`,
    `(?:rmb|cny|¥|￥)\\s*${RATE_AMOUNT}\\s*(?:元|yuan)?\\s*(?:per|for\\s+(?:each|every))\\s+(?:finished|completed|approved|delivered|accepted|published|final|edited|illustrated|translated)\\s+[a-z]+`,
    `(?:rmb|cny|usd|us\\$|\\$|¥|￥)\\s*${RATE_AMOUNT}\\s*(?:元|yuan)?\\s*(?:\\/|每|per\\s+|an?\\s+)\\s*${RATE_LENGTH}(?:${PIECE_UNIT_EN}|${PIECE_UNIT_ZH})(?![a-z])`,
    `${RATE_AMOUNT}\\s*(?:元|块|rmb|cny|yuan)\\s*(?:\\/|每|per\\s+|an?\\s+)\\s*${RATE_LENGTH}(?:${PIECE_UNIT_EN}|${PIECE_UNIT_ZH})(?![a-z])`,
    "(?:每|按)\\s*(?:节课?|课时|篇|件|单|千字|小时)\\s*[:：]?\\s*(?:rmb|cny|¥|￥)?\\s*\\d{2,}",
    // Round on former-blind-34/35 (branch vet3435-fraud): a day's pay settled by the day with its figure ("按天结算1,200元";
    // "按天结算，多劳多得" with no figure stays missing).
    `按\\s*(?:天|日)\\s*(?:结算|结|计酬|计薪|计算|发放?)\\s*[:：]?\\s*(?:rmb|cny|¥|￥)?\\s*${RATE_AMOUNT}\\s*(?:元|块)`,
    // Twelfth round (former-blind-15, branch vet15-fraud): the English unit first in mixed text ("per event 1500元", "per
    // day 350元", "each shoot: RMB 800").
    `\\b(?:per|each|every)\\s+${RATE_LENGTH}${PIECE_UNIT_EN}\\s*[:：]?\\s*(?:is\\s+|of\\s+)?(?:(?:rmb|cny|¥|￥)\\s*${RATE_AMOUNT}|${RATE_AMOUNT}\\s*(?:元|块|rmb|cny|yuan))`,
    "\\d{2,}\\s*(?:元|rmb|cny)?\\s*(?:\\/|每|per\\s+)\\s*(?:节课?|课时|篇|件|千字|1k|hour|hr|lesson|session|article|piece|thousand\\s+characters)(?![a-z])",
  ].join("|"),
  "u",
);

/**
 * Round on former-blind-18 (branch vet18-fraud): a piece rate written quantity first — "one unit (of the task) pays X"
 * — rather than "per unit X": "一单20到80元", "一条15-30元", "千字30元", "一千字二十元", "串一串给3元", "关注一个主播给2元",
 * "点一个赞5毛". With null fields it states the pay (tests/corpus/CONVENTIONS.md: per-event and per-thousand-character
 * pay is stated pay). Work units (单, 条, 篇, 千字 …) take the amount directly; a generic classifier (个, 张, 次, 串)
 * needs a pay verb (给, 得, 赚 …) or a coin-sized amount (毛, 角), since "一个工牌20元" is as often a price. The words
 * between may not name a charge or a payment by the applicant (费, 押, 交, 缴, 扣 …): "一次性交300元" is a fee.
 */
const ZH_AMOUNT = `(?:${RATE_AMOUNT}|[一二两三四五六七八九十百]+(?:\\s*[-–~～到至]\\s*[一二两三四五六七八九十百]+)?)`;
const NOT_A_CHARGE = "(?:(?![费金押交缴扣收罚款钱退买购])[\\u4e00-\\u9fff])";
const QUANTITY_RATE = new RegExp(
  [
    `(?:(?:一|1|每)\\s*(?:千字|单|条|篇|件|首|集|页|道|题|段|帖|趟)|千字)${NOT_A_CHARGE}{0,3}?\\s*(?:给|得|拿|赚|结|奖励|佣金)?\\s*(?:rmb|cny|¥|￥)?\\s*${ZH_AMOUNT}\\s*(?:元|块|毛|角)`,
    // Round on former-blind-38/39 (branch vet3839-fraud): 片 for hand piece work ("美甲贴片一片3元"), as CONVENTIONS.md reads it;
    // not a price the applicant pays straight after ("面膜一片3元，需自购").
    `(?:一|1|每)\\s*片${NOT_A_CHARGE}{0,3}?\\s*(?:给|得|拿|赚|结|奖励)?\\s*(?:rmb|cny|¥|￥)?\\s*${ZH_AMOUNT}\\s*(?:元|块|毛|角)(?![^。；;]{0,8}?(?:购|买|价|售|卖|费|押|交|缴))`,
    // Round on former-blind-48/49 (branch vet4849-pay): hand piece work (串珠, 缝纽扣, 折纸花) paid per piece with no pay verb
    // ("一串2元", "一件3元，日结"), read like 片 above: not when a purchase, price or charge follows in the line ("一串2元，需自购").
    `(?:一|1)\\s*(?:串|件|朵|颗|粒|双|顶)${NOT_A_CHARGE}{0,2}?\\s*${ZH_AMOUNT}\\s*(?:元|块|毛|角)(?![^。；;\\n]{0,8}?(?:购|买|价|售|卖|费|押|交|缴))`,
    `(?:一|1)\\s*(?:个|张|次|串|位|件|支|只|颗|粒|本|双|箱|袋|包)${NOT_A_CHARGE}{0,3}?\\s*(?:(?:给|得|拿|赚|奖励|返|结)\\s*(?:rmb|cny|¥|￥)?\\s*${ZH_AMOUNT}\\s*(?:元|块|毛|角)|${ZH_AMOUNT}\\s*(?:毛|角))`,
    // Round on former-blind-34/35 (branch vet3435-fraud): a spoken figure in Chinese numerals after a pay verb for one unit of
    // work or a month ("办一张给一百", "每办一张银行卡给三百", "一单赚八到十五", "每月还给你发实习补贴三百", "每月给你挂名费八百"),
    // and a daily income in Chinese numerals ("日入一两百"). A charge (交, 押, 扣) is no pay verb.
    `(?:一|每)\\s*(?:办|做|拉|开|关注|点|注册|拍)?\\s*(?:一)?\\s*(?:个|张|单|次|条|件|篇)${NOT_A_CHARGE}{0,4}?(?:给|赚|拿|得|发)\\s*[一二两三四五六七八九十百]+(?:\\s*[到至-]\\s*[一二两三四五六七八九十百]+)?(?![千万\\u4e00-\\u9fff]*(?:费|押金|保证金))`,
    `每\\s*(?:月|天|周)\\s*(?:还)?\\s*(?:给你|给)?\\s*(?:发)?\\s*[\\u4e00-\\u9fff]{0,4}?(?:补贴|挂名费|津贴|辛苦费|报酬|工资)\\s*[一二两三四五六七八九十百千]+(?![\\u4e00-\\u9fff]{0,2}费)`,
    `(?:日入|日赚|日收入|日收益|月入|月赚)\\s*[一二两三四五六七八九十百千万]{2,}`,
    // Round on former-blind-34/35 (branch vet3435-fraud): a click-work action done once for a small amount, the classifier
    // with no pay verb ("关注一个1.5元", "点一个赞1元"); "买一个工牌20元" names no such action.
    `(?:关注|点赞|点|评论|转发|收藏|浏览|刷|打卡|注册|下载|签到)\\s*(?:一|1)\\s*(?:个|次|条)\\s*[\\u4e00-\\u9fff]{0,2}?\\s*\\d(?:\\.\\d+)?\\s*(?:元|块|毛|角)(?!\\d)`,
    // Round vet-wechat: a commission per deal in hundreds or thousands with no unit, as agency and 教培/家政 sales ads write it
    // ("一单提成一千", "签一单提两千", "每单提成800").
    `(?:一|1|每)\\s*单\\s*(?:提成|提|拿|赚|佣金)\\s*(?:[一二两三四五六七八九]\\s*[千百](?:[一二两三四五六七八九])?|[1-9]\\d{2,4})(?![\\d%])`,
  ].join("|"),
  "u",
);

/**
 * … and in English an amount earned for each unit of any name ("Earn RMB 3 for each like you give", "Get 5 RMB for every
 * review"), an amount a click-work action ("2 yuan a follow"), or one unit equal to an amount ("One video reviewed = USD
 * 2"). Only asked for salary.missing with an empty minimum.
 */
const QUANTITY_RATE_EN =
  /\b(?:earn|earns|get|gets|make|makes|receive|receives|paid|pays\s+you)\b[^.;]{0,12}?(?:(?:rmb|cny|usd|us\$|\$|¥)\s*\d[\d,.]*|\d[\d,.]*\s*(?:rmb|cny|yuan|元|usd|dollars?))\s+(?:for\s+(?:each|every)|per|a|an)\s+[a-z]+|\d[\d,.]*\s*(?:rmb|cny|yuan|元|usd|dollars?)\s+(?:a|an|per)\s+(?:follow|like|review|comment|click|view|share|post|video|task|order|answer|survey|rating|download)s?\b|\b(?:one|each|every|1)\s+[a-z]+(?:\s+[a-z]+)?\s*=\s*(?:rmb|cny|usd|us\$|\$|¥)\s*\d/u;

// (Round on former-blind-19, branch vet19-fraud: a time or lesson unit with words before it in English — "RMB 300 per
// teaching hour", "CNY 400 a working day", "200 yuan per class session" — is a stated rate, as "per hour" is.)
const STATED_RATE =
  /(?:时薪|日薪|日结|课时费|每小时|每课时|每天|\b(?:hourly|daily)\s+(?:pay|rate|wage)|\bpay\s+per\s+(?:hour|day))\s*[:：]?\s*(?:为|是|of|is)?\s*(?:rmb|cny|¥|￥)?\s*\d{2,}|\d{2,}\s*(?:元|rmb|cny)?\s*(?:\/|每|per\s+)\s*(?:小时|时|天|日|课时|hour|day)|\d{2,}\s*(?:元|rmb|cny|yuan|usd)?\s+(?:per|a|an|each|for\s+(?:each|every|one))\s+(?:[a-z-]+\s+){0,2}?(?:hour|day|lesson|class|session|shift|visit)s?\b/u;

/**
 * Round on former-blind-26/27 (branch vet2627-fraud): pay stated as what each unit of the work brings the worker — a
 * reward per customer, transaction or recruit ("每成功推广一个客户注册，奖励200元", "每帮商家收一万元货款给你60元", "拉一个新客户
 * 奖励80元"), a
 * percentage of each unit ("每笔订单提成3%", "每单收益 4%", "earn a 15% commission on each") — and a
 * period word before a bare figure at the clause's end ("Daily 450, Shenzhen"): any figure of pay is a stated pay
 * (tests/corpus/CONVENTIONS.md). A referral bonus for a hire (内推, 入职) is no pay for the work; no charge word may
 * stand between (费, 押, 交, 缴, 扣, 罚). A commission band with no unit ("无底薪，提成40%-70%") stays salary.missing, as
 * former-blind labels it. Only asked for salary.missing with an empty minimum.
 */
// Round on former-blind-32/33 (branch vet3233-fraud): the recruit signed up (招, 签) and the reward in Chinese numerals
// ("招一个学员给两百").
const REWARD_AS_PAY =
  /每(?![^。；;!?]{0,14}?(?:入职|内推))(?:(?![费押交缴扣罚])[^。；;!?]){0,14}?(?:奖励|给(?:你|您)|返(?:你|您)?|(?:你|您)\s*(?:能|可)?\s*(?:得|拿|赚))\s*(?:rmb|¥|￥)?\s*\d+(?:\.\d+)?\s*(?:元|块)|每\s*(?:笔|单|件|个|次|位|条|份)[^。；;!?]{0,8}?(?:提成|分红|收益|返利|佣金|分成|抽成|拿|得|赚)\s*(?:为|是)?\s*\d+(?:\.\d+)?\s*%|(?:带|拉|推荐|介绍|发展|邀请|招|签)\s*(?:一|1)\s*(?:个|位|名)(?![^。；;]{0,10}?(?:入职|内推))[^。；;!?，,]{0,8}?(?:奖励|返|得|拿|给)\s*(?:你|您)?\s*(?:\d+\s*(?:元|块)|[一二两三四五六七八九十]{1,3}[十百千](?![\u4e00-\u9fff]{0,2}(?:个|人|位|名))|[一二两三四五六七八九]百[一二两三四五六七八九]?)|\b(?:earn|get|receive|make|plus)\s+(?:a\s+)?\d+(?:\.\d+)?\s*%\s+(?:commission|cut|share)\b|\b(?:daily|weekly|monthly)\s*[:：]?\s*(?:rmb|cny|¥|￥)?\s*\d{3,}(?:\.\d+)?\s*(?:元|rmb|yuan)?\s*(?=[,.;，。]|$)/u;

/**
 * Pay read from the text (branch vet-pay): how job ads worldwide write a pay figure, beyond the monthly CNY forms above.
 * Any figure of pay in the text is a stated pay (tests/corpus/CONVENTIONS.md), whatever its currency and period; only
 * asked for salary.missing with an empty minimum (`statesPayInText`). Three shapes, each a money amount the worker receives:
 * - an amount with its currency or unit and a pay period ("S$3,500/mo", "€15/h", "38,000 euros a year", "4.5w/月",
 *   "每月3500元", "一天200块", "$1,200 per fortnight"), unless a price, a fee, a budget or a customer's payment comes
 *   first in the clause ("Customers pay $99/month", "客户月费99元");
 * - a pay word (salary, stipend, remuneration, CTC, OTE, 周薪, 年包, 保底, 补贴 …) a few words before an amount with a
 *   currency, a unit or three digits ("Monthly stipend: USD 800", "CTC 12 lakh per annum", "月薪六千元"), or a pay word
 *   just after a money amount ("USD 120k base + bonus", "A$110,000 + 11% super");
 * - a K range as Chinese ads write a monthly band ("8-12K，五险一金", "20-35K·16薪") and lakhs per annum ("₹6 LPA").
 * Digits for experience, team size, dates, percentages or a 401(k) are not amounts; 13薪, 年终奖 and "six-figure" name
 * no figure.
 */
// Currencies written before the amount (codes, symbols, Chinese names); "r" and "n" only straight before an amount of
// three digits or more (rand, naira): "Japanese N1", "TOPIK 6, N2", a class "R2" licence are levels, not money (round on
// former-blind-24/25, branch vet2425-fraud).
// (Round on former-blind-36/37 (branch vet3637-fraud): the dinars, rial, shekel and lira of the Middle East, "JOD 250 per month".)
// (Round on former-blind-40..43 (branch vet4043-pay): the other ISO codes of Asian, African, European and Latin American
// currencies that are no English word — "LAK 9,000,000 per month"; not MAD, PEN, COP, RUB, GEL, AMD, RON or BOB.)
const PAY_CURRENCY_BEFORE =
  "(?:\\b(?:rmb|cny|usd|usdt|usdc|hkd|sgd|aud|cad|nzd|twd|mop|myr|thb|idr|vnd|php|inr|ngn|kes|ksh|zar|aed|sar|qar|egp|ghs|etb|kzt|bdt|pkr|lkr|npr|ugx|tzs|mmk|khr|jod|kwd|bhd|omr|ils|try|eur|gbp|jpy|krw|chf|huf|pln|brl|mxn|rm|rp|rs|lak|mnt|bnd|mvr|fjd|pgk|xof|xaf|rwf|mwk|zmw|tnd|dzd|uzs|kgs|azn|uah|czk|sek|nok|dkk|isk|clp|ars|dop|jmd|mzn|bwp|lyd|iqd|afn)\\.?|\\b(?:us|hk|s|a|c|nz|nt)\\$|\\b[rn](?=\\d{3}|\\d{1,3},\\d{3})|[$¥￥€£₹₦₱฿₩₫₵৳₸₨]|人民币|港币|港元|新币|新元|美元|美金|欧元|英镑|日元|韩元|澳元|加元|泰铢|印尼盾|越南盾|比索|卢比|林吉特|迪拉姆|台币|新台币|澳门元)";
// Currencies and units written after the amount.
// (Round on former-blind-38/39 (branch vet3839-fraud): a currency's Chinese name after a figure in thousands, "时薪1,200日元",
// "月薪2,500美元"; the comma kept the figure from the rate patterns, and 日 read it as a count of days.)
const PAY_CURRENCY_AFTER =
  "(?:日元|韩元|美元|美金|港元|港币|澳元|加元|欧元|英镑|新币|新元|泰铢|林吉特|迪拉姆|卢比|比索|新台币|台币|澳门元|印尼盾|越南盾|[元块円₫€£]|[kw万千](?![a-z])|\\b(?:rmb|cny|yuan|usd|hkd|sgd|aud|cad|nzd|twd|mop|myr|thb|idr|vnd|php|inr|ngn|kes|zar|aed|sar|qar|egp|ghs|etb|kzt|bdt|pkr|usdt|usdc|eur|gbp|jpy|krw|chf|huf|dollars?|bucks|euros?|pounds?|yen|won|baht|rupees?|pesos?|ringgit|rand|naira|dirhams?|riyals?|dong|shillings?|lakhs?|lacs?|crores?)\\b)";
const PAY_NUMBER = "\\d{1,3}(?:[,.\\s]\\d{2,3})+|\\d+(?:\\.\\d+)?";
// "SGD 4,000 - 5,500", "￥8,000-12,000": a range, the second figure with or without its currency.
const PAY_RANGE_END = `(?:\\s*[kw万千](?![a-z]))?(?:\\s*(?:[-–~～至到]|\\bto\\b)\\s*${PAY_CURRENCY_BEFORE}?\\s*(?:${PAY_NUMBER}))?`;
// An amount in Chinese numerals with its unit: "八千元", "一万二千块".
const PAY_NUMERAL_MONEY = "[一二两三四五六七八九十百]{1,3}\\s*[千万][一二两三四五六七八九千百]{0,3}\\s*(?:元|块)";
const PAY_MONEY = `(?:${PAY_CURRENCY_BEFORE}\\s*(?:${PAY_NUMBER})${PAY_RANGE_END}\\s*(?:${PAY_CURRENCY_AFTER})?|(?<![a-z0-9_]|\\d[,.])(?:${PAY_NUMBER})${PAY_RANGE_END}\\s*${PAY_CURRENCY_AFTER}(?:\\s*${PAY_CURRENCY_AFTER})?|${PAY_NUMERAL_MONEY})`;
const PAY_PERIOD =
  "(?:(?:\\s*(?:\\/|每)\\s*|\\s+(?:per|an?|each|every)\\s+)(?:hours?|hrs?|h|days?|d|weeks?|wk|fortnight|months?|mo|mth|years?|yrs?|yr|annum|bulan|tahun|jam|hari|session|lesson|shift|小时|时|天|日|周|星期|月|年)(?![a-z])|\\s*(?:p\\.?a\\.?|p\\.?m\\.?|p\\.?h\\.?|pa|pm|ph|monthly|annually|yearly|weekly|hourly|daily|gross\\s+(?:monthly|annually|per))\\b|\\s*一个?\\s*(?:月|天|小时|周|星期|年))";
// A price, a fee, a budget or a customer's payment before the amount in its clause: money that is not the pay. Asked of
// the few characters before a money match only (a look-behind here would be tried at every position of the text).
const NOT_PAY_BEFORE =
  /(?:\b(?:price[sd]?|priced|costs?|fees?|subscriptions?|customers?|clients?|users?|budgets?|revenue|sales\s+(?:of|targets?|volume|quota)|turnover|rent(?:s|ed|al)?|refunds?|invoices?|deposits?|charges?|charged|cash|transactions?|buy|purchase|spend|valued?|worth|loans?|debts?|fines?)\b|价|(?<!返)费|售|客户|用户|预算|销售额|营业额|流水|退款|押金|租|交|缴|扣|罚|贷)[^.;,!?。；，！？\n]{0,40}$/u;
const NOT_PAY_BEFORE_CHARS = 60;
// … or a thing sold or a payer named straight after it ("Sell ¥199/月 memberships to customers").
const NOT_PAY_AFTER =
  /^[^.;,!?。；，！？\n]{0,30}?(?:\b(?:memberships?|subscriptions?|plans?|tickets?|cards?|(?:to|from|for|by)\s+(?:customers|clients|members|users|guests|students|parents))\b|会员|套餐|客户|学员|家长)/u;
const NOT_PAY_AFTER_CHARS = 40;
// Pay words before a bare figure of three digits or more ("Salary: 45,000", "薪资 9000-12000") …
// (Round vet-wechat: the money-bag emoji before a bare figure is how group ads label pay, "💰3500-4500💰"; a shift or a
// worker's grade straight before a month's figure, "长白班4500，两班倒6000", "计件，熟手七八千".)
const PAY_WORD_STRONG =
  "(?:💰|💴|💵|(?:长白班|两班倒|白班|夜班|倒班|熟手|新手|老手)(?=\\s*[:：]?\\s*(?:[1-9]\\d{3}(?!\\d)|[一二两三四五六七八九]{1,2}\\s*千))|人工(?=\\s*[:：]?\\s*(?:每月|每个月|月|约)?\\s*\\d)|月入|日入|月收入|月均收入|平均月收入|月收益|分红|月薪|年薪|周薪|日薪|时薪|底薪|薪资|薪酬|薪水|工资|待遇|年包|保底|补贴|津贴|报酬|课酬|酬金|到手|月给|月給|时给|時給|日给|\\b(?:salary|salaries|wages?|stipends?|allowances?|remuneration|compensation|ctc|ote|day\\s+rate|hourly\\s+rate|daily\\s+rate|pay\\s+rate|gaji|lương|(?:weekly|hourly|daily|monthly|annual|base|basic|gross|net|starting|take[-\\s]home)\\s+pay|(?:pay|base|hourly|daily|weekly|monthly|yearly|annual)(?=\\s*(?:is|of|range|band|scale)?\\s*[:：])|pay\\s+(?:is|of))\\b)";
// … and those that need the figure's currency or unit ("offers 3,000 pounds", "paid USD 800"; "offers 200 places" is no pay).
const PAY_WORD_WIDE =
  "(?:收入|\\b(?:earnings|income|package|basic|gross|take[-\\s]home|pays(?:\\s+you)?|earns?|offer(?:ing|s)?|paid)\\b)";
// What follows a number that makes it no amount: a period of time, a count, a percentage, a date, a 401(k). (A number
// inside a word, "hr_li009", is a contact handle and is never an amount.)
// Round on former-blind-24/25 (branch vet2425-fraud): a comma or full stop ends the amount unless a digit follows it —
// normalisation turns "，" into ",", so "日工资160，管饭" is a figure before clause punctuation, not a cut "160,000".
const NOT_AN_AMOUNT_AFTER =
  "(?!\\d|[,.]\\d|\\s*(?:\\(k\\)|%|倍|个|号|人|次|小时|周|岁|项|年(?!薪)|天|日|家|吨|平|斤|公斤|单|件|届|cm|厘米|th\\b|st\\b|nd\\b|rd\\b|\\b(?:years?|yrs?|days?|hours?|weeks?|months?|people|staff|employees|times|percent)\\b)|\\s*(?:[-–—~～至到]|——)\\s*\\d+\\s*(?:年(?!薪)|学年|岁|cm|厘米|斤|公斤|人|小时|天|单|件|家|吨|平))";
// What makes a bare figure after a period word a count, a time or a date rather than pay.
const BARE_FIGURE_NOT_COUNT =
  "(?![\\d.%:：]|\\s*(?:个|单|件|条|份|次|趟|班|箱|包|袋|人|位|名|户|家|台|张|篇|道|题|页|字|首|集|遍|通|组|场|节|课|岁|号|点|年|月|天|日|周|星期|小时|钟|分钟|公里|km|斤|公斤|吨|亩|平|米|步|车|元?押|\\b(?:orders?|calls?|hours?|km|people|units?|pieces?)\\b))";
// Money with a period, or with a pay word after it: the clause before it is asked (`NOT_PAY_BEFORE`).
const PAY_MONEY_IN_TEXT = new RegExp(
  [
    `${PAY_MONEY}${PAY_PERIOD}`,
    // Round on former-blind-22/23 (branch vet2223-fraud): with what the worker takes home between ("每天能拿150-300元",
    // "一个月能赚八千块").
    `(?:每|一)\\s*(?:个\\s*)?(?:月|天|日|周|小时)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般)\\s*){0,2}(?:拿|赚|挣|领|收入|到手)?\\s*(?:${PAY_MONEY})`,
    // Round on former-blind-24/25 (branch vet2425-fraud): a period and a bare figure of two digits or more, as day
    // labour and gig ads write it ("点工一天380", "一晚260", "一天能拿260-320", "每天补贴40" as an intern's stipend, "一个月6500"), unless what
    // follows counts something else ("每天100单", "每天10小时", "每天18:00", "每月15号"). A meal allowance (每天餐补30元) is
    // no pay of full-time work.
    `(?:每|一)\\s*(?:个\\s*)?(?:天|日|晚|小时|月)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般|保底)\\s*){0,2}(?:拿|赚|挣|领|收入|到手|给|补贴|补助|工资|工钱|薪资|报酬)?\\s*[:：]?\\s*\\d{2,}(?:\\.\\d+)?(?:\\s*[-–~～到至]\\s*\\d{2,})?${BARE_FIGURE_NOT_COUNT}`,
    // An open end ("6000元起", "¥6000起", "starting at $18") and a K range with its currency ("£30k–£35k", "40-50k EUR").
    `${PAY_MONEY}\\s*(?:起|以上)|\\bstarting\\s+(?:at|from)\\s+${PAY_MONEY}`,
    `${PAY_CURRENCY_BEFORE}\\s*\\d+(?:\\.\\d+)?\\s*k?\\s*[-–~]\\s*${PAY_CURRENCY_BEFORE}?\\s*\\d+(?:\\.\\d+)?\\s*k(?![a-z])|\\d+(?:\\.\\d+)?\\s*k?\\s*[-–~]\\s*\\d+(?:\\.\\d+)?\\s*k\\s*(?:rmb|cny|usd|eur|gbp|sgd|hkd|aud|cad|myr|aed)\\b`,
    // (Round on former-blind-48/49, branch vet4849-pay: a bursary or honorarium is pay too, "GBP 400 bursary", "EUR 300
    // bursary" for an insight week.)
    `${PAY_MONEY}[^.;!?。；！？\\n]{0,20}?(?:\\b(?:base|salary|pay|wages?|stipend|bursary|bursaries|honorarium|gross|super|superannuation|ote|doe|depending\\s+on\\s+experience|plus\\s+(?:bonus|commission|benefits|allowances?)|all[-\\s]inclusive|tax[-\\s]free|accommodation|housing)\\b|底薪|提成|五险|薪)`,
  ].join("|"),
  "gu",
);
// A pay word before a figure, a K range and lakhs per annum: pay whatever comes before.
// (Round on former-blind-36/37 (branch vet3637-fraud): a strong pay word and a figure in hundreds in Chinese numerals,
// "固定月薪八百", as a student's part-time pay is written.)
const PAY_FIGURE_IN_TEXT = new RegExp(
  [
    `${PAY_WORD_STRONG}[^.;,!?。；，！？\\n\\d]{0,20}?(?<!身高|体重|电话|手机|员工|门店|粉丝|播放量?|订单|年产|产能|占地|面积|押金|价格?|费|tel|phone)(?:${PAY_MONEY}|(?<![a-z0-9_]|\\d[,.])(?!1[3-9]\\d{9}(?!\\d))(?:\\d{1,3}(?:,\\d{3})+|\\d{3,})${NOT_AN_AMOUNT_AFTER}|[一二两三四五六七八九十]{1,3}\\s*[千万]|[一二两三四五六七八九]\\s*百(?![分人个位名次件张条单])[一二两三四五六七八九]?)`,
    `${PAY_WORD_WIDE}[^.;,!?。；，！？\\n\\d]{0,20}?${PAY_MONEY}`,
    // Round on former-blind-24/25 (branch vet2425-fraud): a K band before 面议, negotiable or DOE ("15K-22K可面议").
    "\\d+(?:\\.\\d+)?\\s*k?\\s*[-–~～至到]\\s*\\d+(?:\\.\\d+)?\\s*k(?:\\s*[·•*x×]\\s*\\d+\\s*薪|\\s*薪|\\s*(?:\\/|每)\\s*月|\\s*[，,。;；]|\\s*$|\\s*(?:可|可以)?\\s*(?:面议|商议|议|详谈)|\\s+(?:negotiable|doe|depending)\\b)",
    "\\d+(?:\\.\\d+)?\\s*(?:[-–~]\\s*\\d+(?:\\.\\d+)?\\s*)?lpa\\b",
  ].join("|"),
  "u",
);

/*
 * Round on former-blind-22/23 (branch vet2223-fraud): pay written in shapes the reader above did not know
 * (tests/corpus/CONVENTIONS.md: any figure of pay in the text, in any currency, is a stated pay):
 * - an amount with its currency code or sign before it and nothing else: how ads in Singapore, Malaysia, Ghana or
 *   Bangladesh give a band ("SGD 3,200–3,800.", "MYR 2,100.", "VND 18 million monthly", "N280,000"); a rate per any
 *   unit of work ("THB 80 per delivery", "RMB 150 per 25-min class", "USD 2 each"). Asked like the money above: a price,
 *   fee, deposit or payer before it in its clause, or a fee or a thing sold after it, makes it no pay;
 * - in Chinese a rate per unit of work with 每 ("每团800元", "每场3000", "每个给300元", "每节课200元") and a figure per
 *   clock hour ("22一个钟", "22一个小时", "一个钟30").
 */
const PAY_BARE_CURRENCY = new RegExp(
  `${PAY_CURRENCY_BEFORE}\\s*(?:${PAY_NUMBER})(?:\\s*(?:million|mil|m|k)\\b)?${PAY_RANGE_END}(?![\\d%])`,
  "gu",
);
// … nor a tuition or a package priced before it ("Tuition ¥6,800", "學費MOP 12,000", "推荐信套餐，¥12,800"), nor a
// contact handle that starts with a currency's letters ("dd 号 rp8899").
const NOT_PAY_BEFORE_BARE =
  /(?:\b(?:tuition|programme|program|course|package|bundle)\b|学费|學費|套餐|课程|培训费)[^.;!?。；！？\n]{0,40}$|(?:号|號|\bid|账号|帳號|微信|\bqq|\bdd|telegram|whatsapp|wechat|@)\s*[:：]?\s*$/u;
// A fee, a deposit or a thing bought straight after the amount ("THB 6,000 uniform and visa handling fee").
const NOT_PAY_AFTER_BARE =
  /^[^.;,!?。；，！？\n]{0,40}?\b(?:fees?|deposits?|(?<!service\s)charges?|costs?|fines?|loans?|budgets?|bundles?|packages?|packs?|kits?|memberships?|subscriptions?|tickets?|nodes?|vouchers?|stakes?|premiums?|sales|revenue|turnover|worth|in\s+(?:sales|premium|revenue))\b/u;
const CHINESE_RATE_OR_HOUR = u(
  `每\\s*(?:个|位|场|团|单|节课?|堂课?|次|件|篇|条|趟|车|户|套|批|张|份|台)\\s*(?:可?给(?:你|您)?|可得|能拿|奖励|计酬|计|发|拿|结)?\\s*(?:[:：])?\\s*(?:rmb|¥|￥)?\\s*\\d{2,}(?:\\.\\d+)?(?![\\d%])\\s*(?:元|块)?|(?<![\\d.])\\d{2,3}\\s*(?:元|块)?\\s*一\\s*个\\s*(?:钟|小时)(?!\\s*(?:车程|路程))|一\\s*个\\s*钟\\s*\\d{2,3}(?![\\d%])`,
);

/*
 * Pay written in everyday Chinese (branch vet-pay2): how county-town, factory, delivery and live-streaming ads write a
 * figure of pay without 月薪 or a currency (tests/corpus/CONVENTIONS.md: any figure of pay in the text is a stated pay;
 * a settlement word with no figure, "工资日结", is none). Four shapes, each asked like the money above (a price, fee,
 * customer or count word before it in its clause makes it no pay):
 * - a settlement, rate or condition word, then a figure ("日结两百", "周结1500", "月结，6000-8000", "工价：男工23",
 *   "单价7元", "时薪二十五", "包吃住+5500", "试用期3500，转正后4500");
 * - a period, then a figure in Chinese numerals ("一天两百五", "一天三百多", "一个月七八千", "一个月能拿六七千"), a figure
 *   then its period ("四五千一个月"), and a count of 万 written "2个w" ("月入过万" names no figure: still missing);
 * - a bare band or open end that only money takes ("7000+", "8k+", "1.3w左右", "一万五左右", "4500~6500", "五千到七千"),
 *   followed by the end of its clause or a benefit, never by a count ("员工10000+", "3000多人");
 * - an amount first and its piece after ("0.6元一件"), 米 for 元 after a period ("一天300米"), and in English a bare
 *   figure a week or a month after a pay word ("Paid weekly, 1,600 a week", "8k+ monthly").
 */
const ZH_DIGIT = "[一二两三四五六七八九]";
// A figure in Chinese numerals with 百, 千 or 万 and a trailing digit: "两百", "二百五", "七八千", "一万五", "三千五".
const ZH_MONEY_FIGURE = `(?:${ZH_DIGIT}{1,2}\\s*[百千万](?:${ZH_DIGIT}(?![百千万个]))?|十${ZH_DIGIT}?\\s*[千万])`;
// … and for an hour or a piece, tens too: "二十五", "三十".
const ZH_SMALL_FIGURE = `(?:${ZH_DIGIT}?十${ZH_DIGIT}?(?![百千万]))`;
// (Round on former-blind-28/29, branch vet2829-fraud: a figure of tens or hundreds, "二三十", "八十", "一百二".)
const ZH_PAY_FIGURE = `(?:${ZH_MONEY_FIGURE}|${ZH_DIGIT}{0,2}十${ZH_DIGIT}?(?![百千万]))`;
// A figure in digits, a decimal before k, w, 千 or 万, never a mobile number: "200", "1.2w", "8k", "6千".
const DIGIT_FIGURE = "(?!1[3-9]\\d{9})(?:\\d+(?:\\.\\d+)?\\s*[kw千万](?![a-z])|\\d{2,6}(?:\\.\\d+)?(?!\\d))";
const FIGURE_RANGE = "\\s*(?:[-–—~～至到]|——)\\s*";
// A band of thousands with the unit on its second figure only: "5-6千", "4到6k", "1.2-1.5w".
const SHORT_BAND = `\\d{1,2}(?:\\.\\d+)?${FIGURE_RANGE}\\d{1,2}(?:\\.\\d+)?\\s*[kw千万](?![a-z])`;
const EVERYDAY_FIGURE = `(?:${SHORT_BAND}|${DIGIT_FIGURE}(?:${FIGURE_RANGE}${DIGIT_FIGURE})?|${ZH_MONEY_FIGURE}(?:${FIGURE_RANGE}${ZH_MONEY_FIGURE})?)`;
// What follows a figure that makes it a count, an age, a size or a time rather than pay (a range sign: the figure was cut).
const EVERYDAY_NOT_COUNT =
  "(?![\\d.%:：\\-–—~～至到]|\\s*(?:个|单|件|条|份|次|趟|班|箱|包(?![吃住])|袋|人|位|名|户|家|台|张|篇|道|题|页|字|首|集|遍|通|组|场|节|课|岁|号|点|年(?!薪)|月(?![薪结])|天|日(?![结薪])|周(?![结薪末])|星期|小时|钟|分钟|公里|km|cm|厘米|公分|斤|公斤|kg|吨|亩|平|米|步|车|楼|层|粉|万?粉|元?押|\\b(?:orders?|calls?|hours?|km|people|units?|pieces?)\\b))";
// Followers, views, sales, staff or floor space before a figure in its clause: a count, not pay.
const NOT_PAY_BEFORE_EVERYDAY =
  /(?:粉丝?|播放|点赞|浏览|阅读|观看|曝光|销量|gmv|单量|人数|面积|用户|会员|学员|门店|员工|企业|覆盖|累计|规模|团队|注册|下载|产能|产值|年产|订单|占地|身高|体重|服装|工服|工衣|鞋|工牌|体检|押|买|购|卖|售|收取|价|学费|停车|\btuition\b|\b(?:parents|students|families|customers)\s+pay\b)[^.;,!?。；，！？\n]{0,20}$/u;
const EVERYDAY_PAY = new RegExp(
  [
    `(?:日结|周结|月结|日薪|时薪|时给|周薪|工价|(?<![客售进])单价|保底|月均收入|月均(?![单订销客流量件])|均薪|综合工资|综合收入|综合|试用期|转正后?|学徒期|实习期|满月后?|包吃包住|包吃住|吃住全包|管吃住|包住)\\s*[:：,+＋]?\\s*[^\\d\\s,.;:!?，。；：！？\\n]{0,4}?\\s*(?:rmb|¥|￥)?\\s*(?:${EVERYDAY_FIGURE}|${ZH_SMALL_FIGURE}|\\d(?:\\.\\d+)?(?=\\s*(?:元|块|毛))|${ZH_DIGIT}(?=\\s*(?:元|块|毛))|\\d\\.\\d+)\\s*(?:元|块钱?)?${EVERYDAY_NOT_COUNT}`,
    // A figure, then its period: "四五千一个月", "6000一个月", "两百一天".
    `(?<![\\d.a-z_/:#-])(?:[1-9]\\d{2,4}|${ZH_MONEY_FIGURE})\\s*(?:元|块钱?)?\\s*(?:左右|多)?\\s*(?:一个?|每个?|\\/\\s*)(?:月|天|日|晚)(?![薪结])`,
    // A week's figure and an hour's ("每周1200", "一周一千二", "22一小时", "二十五一小时"), a figure then 保底 ("5000保底").
    `(?:每|一)\\s*(?:个\\s*)?(?:周|星期)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般|保底)\\s*){0,2}(?:拿|赚|挣|领|结|给|工资|工钱)?\\s*[:：]?\\s*(?:[1-9]\\d{2,4}(?!\\d)|${ZH_MONEY_FIGURE})${EVERYDAY_NOT_COUNT}`,
    `(?<![\\d.a-z_/:#-])(?:\\d{2,3}|${ZH_SMALL_FIGURE})\\s*(?:元|块钱?|r)?\\s*(?:一|每)\\s*个?\\s*(?:小时|钟头)(?!\\s*(?:车程|路程|路|的车|左右的))`,
    `(?<![\\d.a-z_/:#-])(?:[1-9]\\d{2,4}|${ZH_MONEY_FIGURE})\\s*(?:元|块)?\\s*(?:的)?\\s*(?:保底|底薪|无责底薪|责任底薪|基本工资|固定工资)`,
    // A shift's, a show's or a trip's figure ("一个班300", "一场两百", "一趟80"); a monthly figure over a stated number of
    // days as 家政 ads write it ("8800/26天", "6500元/28天").
    `(?:每|一)\\s*个?\\s*(?:班次?|场|趟)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般|保底)\\s*){0,2}(?:拿|赚|挣|给|结|工资|工钱|报酬)?\\s*[:：]?\\s*(?:\\d{2,5}(?:\\.\\d+)?|${ZH_MONEY_FIGURE})\\s*(?:元|块钱?)?${EVERYDAY_NOT_COUNT}`,
    `(?<![\\d.a-z_/:#-])[1-9]\\d{2,4}(?:${FIGURE_RANGE}[1-9]\\d{2,4})?\\s*(?:元|块)?\\s*\\/\\s*(?:2[4-9]|30|31)\\s*天`,
    // Round on former-blind-28/29 (branch vet2829-fraud): a unit of work, then its figure in Chinese numerals, tens and
    // ranges too ("每小时二三十", "每节课一百二", "一单五十到三百", "一场八十", "一串三块"); a daily allowance by name
    // ("日补贴八十", "餐补每天三十") with its figure at the end of the clause.
    `(?:每|一)\\s*(?:个\\s*)?(?:小时|钟头?|节课?|堂课?|课时|场|单|条|集|件|串|箱|篇|趟|车|套)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般|保底)\\s*){0,2}(?:拿|赚|挣|给|结|算|计|工资|工钱|报酬)?\\s*[:：]?\\s*(?:${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?\\s*(?:元|块钱?)?|${ZH_DIGIT}(?:${FIGURE_RANGE}${ZH_DIGIT})?\\s*(?:元|块钱?|毛))\\s*(?:左右|多|出头|以上|上下)?${EVERYDAY_NOT_COUNT}`,
    `(?:(?:日|每日|每天)\\s*(?:补贴|补助|津贴|餐补|饭补)|(?:补贴|补助|津贴|餐补|饭补)\\s*(?:每|一)\\s*(?:天|日))\\s*[:：]?\\s*${ZH_PAY_FIGURE}\\s*(?:元|块钱?)?\\s*(?:左右|多)?(?=\\s*(?:[,.;!?。；！？、\\n)）]|$))`,
    // A pay heading with the figure on the next line ("【薪资待遇】\\n5000-7000", "工资：\\n一天两百").
    `(?:薪资|工资|待遇|薪酬|月薪|收入)(?:待遇|福利|范围|标准)?\\s*[】\\]:：]?\\s*\\n\\s*(?:rmb|¥|￥)?\\s*(?:${EVERYDAY_FIGURE})\\s*(?:元|块)?${EVERYDAY_NOT_COUNT}`,
    `(?:每|一)\\s*(?:个\\s*)?(?:天|日|晚|月|周|星期|小时)\\s*(?:(?:能|可以?|大概|大约|约|平均|一般|保底|差不多|最少|至少|下来|干下来|做下来)\\s*){0,2}(?:拿|赚|挣|领|收入|到手|给|工资|工钱|有)?\\s*(?:${ZH_MONEY_FIGURE}(?:${FIGURE_RANGE}${ZH_MONEY_FIGURE})?|${ZH_SMALL_FIGURE}(?=\\s*(?:元|块))|(?<=小时\\s*)${ZH_SMALL_FIGURE})\\s*(?:元|块钱?)?\\s*(?:左右|多|出头|以上|上下)?${EVERYDAY_NOT_COUNT}`,
    `(?:月入|月薪|年入|年薪|工资|收入|一个月|每个?月|到手|赚|挣|拿)\\s*(?:能|可以?|大概|轻松|一般|基本)?\\s*(?:\\d{1,2}|${ZH_DIGIT}{1,2})\\s*个\\s*(?:w|万)(?![a-z])`,
    `(?<![\\d.a-z_/:#-])(?:[1-9]\\d{3,4}|\\d{1,2}(?:\\.\\d)?\\s*[kw千万](?![a-z])|${ZH_MONEY_FIGURE})\\s*(?:元|块)?\\s*(?:\\+|以上|左右|多|起|上下|出头|(?<!20[1-3]\\d)(?=\\s*(?:包吃|包住|管吃|吃住全包)))(?=\\s*(?:[,.;!?。；！？、\\n)）]|$|包|管|含|底薪|提成|五险|社保|不封顶|上不封顶|多劳|看能力|\\/\\s*月|每月|一个月|月休|长白班|之间|不等|吧|的样子))`,
    `(?<![\\d.a-z_/:#-])${SHORT_BAND}\\s*(?:元|块)?\\s*(?:\\+|左右|多)?(?=\\s*(?:[,.;!?。；！？、\\n)）]|$|包|管|含|底薪|提成|五险|社保|多劳|看能力|\\/\\s*月|每月|一个月|之间|不等))|(?<![\\d.a-z_/:#-])(?!(?:19|20)\\d\\d${FIGURE_RANGE}(?:19|20)\\d\\d(?!\\d))(?:[1-9]\\d{3,4}|\\d{1,2}(?:\\.\\d)?\\s*[kw千万](?![a-z])|${ZH_MONEY_FIGURE})${FIGURE_RANGE}(?:[1-9]\\d{3,4}|\\d{1,2}(?:\\.\\d)?\\s*[kw千万](?![a-z])|${ZH_MONEY_FIGURE})(?!\\d)\\s*(?:元|块)?\\s*(?:\\+|左右|多)?(?=\\s*(?:[,.;!?。；！？、\\n)）]|$|包|管|含|底薪|提成|五险|社保|不封顶|上不封顶|多劳|看能力|\\/\\s*月|每月|一个月|月休|长白班|之间|不等|吧|的样子))`,
    `(?<![\\d.a-z_/:#-])\\d+\\.\\d+\\s*[w万](?![a-z])(?=\\s*(?:[,.;!?。；！？、\\n)）]|$))`,
    `(?<![\\d.])\\d{1,2}(?:\\.\\d+)?\\s*(?:元|块|毛)钱?\\s*(?:一|每)\\s*(?:件|单|个|箱|斤|票|趟|包|袋|张|条|份)`,
    `(?:一|每)\\s*(?:箱|票|件|单|斤|包|袋|趟|车|托|板|框|筐)\\s*(?:给|得|拿|结|算|提成|工钱)?\\s*\\d{1,2}(?:\\.\\d+)?\\s*(?:元|块|毛)`,
    "(?:一天|每天|日结|一小时|时薪|一单|工资|月入|一个月)\\s*[:：]?\\s*\\d{2,5}\\s*米(?![a-z\\d])",
    "\\b(?:paid|pay|earn\\w*|wages?|salary)\\b[^.;!?]{0,30}?(?<![\\d.])(?:\\d{1,3}(?:,\\d{3})+|\\d{3,5})\\s*(?:a|per|each|\\/)\\s*(?:week|month|day|shift)\\b|(?<![\\d.a-z])\\d{1,2}(?:\\.\\d)?k\\+?\\s*(?:a\\s+month|monthly|per\\s+month|\\/\\s*mo(?:nth)?)\\b",
    // Round on former-blind-32/33 (branch vet3233-fraud): a unit of work (vocabulary/vetting-money.ts, SPOKEN_RATE_UNITS),
    // a pay noun perhaps, then a figure in digits with no currency or in Chinese numerals, a range too ("一次三十", "一千字
    // 三十", "一单佣金10到50", "一场80到150").
    `(?:每|一)\\s*(?:个\\s*)?(?:${SPOKEN_RATE_UNITS.join("|")})\\s*(?:佣金|提成|工钱|报酬|能拿|给|拿|结|算)?\\s*[:：]?\\s*(?:\\d{1,4}(?:\\.\\d+)?(?:${FIGURE_RANGE}\\d{1,4}(?:\\.\\d+)?)?|${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?)(?!\\d)\\s*(?:元|块钱?)?\\s*(?:左右|多|出头|以上|上下)?${EVERYDAY_NOT_COUNT}`,
    // Branch vet-pay3 (students' part-time jobs and internships, from general knowledge): a figure per hour, day or
    // lesson with r for 元 or nothing ("25r/小时", "25r/h", "20+/h", "60/h");
    `(?<![\\d.a-z_/#-]|\\d:)\\d{2,3}(?:\\.\\d+)?(?:${FIGURE_RANGE}\\d{2,3}(?:\\.\\d+)?)?\\s*(?:r|rmb|元|块)?\\s*\\+?\\s*\\/\\s*(?:人\\s*\\/\\s*)?(?:\\d{1,2}(?:\\.\\d)?\\s*|[两二三四五六半]\\s*个?\\s*)?(?:h|hr|小时|时|天|日|次|节|课时|场|班)(?![a-z\\d])`,
    // an hour's count then its figure in 元 ("陪练2小时100元"), a rate by the hour or day then its figure ("按天结算，150元",
    // "按小时计费，25元"), a writer's fee per thousand characters ("稿费千字50");
    `(?<![\\d.])(?:\\d{1,2}(?:\\.\\d)?|[一两二三四五六七八九十半])\\s*个?\\s*(?:半\\s*)?小时\\s*[,，]?\\s*(?:共|一共)?\\s*[1-9]\\d{1,3}\\s*(?:元|块)`,
    `按\\s*(?:天|日|小时|时|课时|次|节)\\s*(?:结算|计费|计酬|计薪|算|结|发放?)\\s*[,，:：]?\\s*(?:rmb|¥|￥)?\\s*[1-9]\\d{1,3}(?:${FIGURE_RANGE}[1-9]\\d{1,3})?(?!\\d)\\s*(?:元|块)?${EVERYDAY_NOT_COUNT}`,
    `(?:稿费|稿酬)\\s*[:：]?\\s*(?:每|一)?\\s*千字\\s*[:：]?\\s*(?:\\d{1,4}(?:${FIGURE_RANGE}\\d{1,4})?|${ZH_PAY_FIGURE})(?!\\d)`,
    // a lesson, a shift or an event with its length between unit and figure ("每次两小时150", "一节课（两小时）120元",
    // "一场四小时，120元", "一次两小时，共150元");
    `(?:每|一)\\s*(?:个\\s*)?(?:次课|次|节课?|堂课?|课时|场|班)\\s*(?:[\\u4e00-\\u9fff]{1,2}?\\s*)?[(（]?\\s*(?:\\d{1,2}(?:\\.\\d)?|[一两二三四五六七八九十半]{1,3})\\s*(?:个\\s*)?(?:半\\s*)?(?:小时|钟头?|h|分钟)\\s*[)）]?\\s*[,，:：]?\\s*(?:共|一共|总共|合计|课酬|课时费|报酬|酬劳|工资)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:\\d{2,4}(?:${FIGURE_RANGE}\\d{2,4})?|${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?)(?!\\d)\\s*(?:元|块钱?)?${EVERYDAY_NOT_COUNT}`,
    // half a day, a morning, an afternoon or an evening and its figure ("半天80元", "发传单一上午80", "一个晚上一百");
    `(?:半天|(?:每|一)\\s*(?:个\\s*)?(?:上午|下午|晚上|早上|白天|半天))\\s*[,，]?\\s*(?:(?:能|可以?|大概|约)\\s*)?(?:拿|赚|挣|给|结)?\\s*[:：]?\\s*(?:\\d{2,4}|${ZH_PAY_FIGURE})(?!\\d)\\s*(?:元|块钱?)?${EVERYDAY_NOT_COUNT}`,
    // a total for a stretch of work ("暑假两个月共6000", "全程十天，共计2000元", "周末两天三百", "做满30天，发3500", "一个暑
    // 假下来能挣七八千"), not for days of training or a course (a fee);
    `(?:${WORK_STRETCH_WORDS.join("|")}|(?:\\d{1,2}|[一两二三四五六七八九十]{1,3})\\s*(?:天|个\\s*(?:月|星期)|周)(?<!(?:培训|学习|课程|集训|上课|试用)\\s*(?:\\d{1,2}|[一两二三四五六七八九十]{1,3})\\s*(?:天|个\\s*(?:月|星期)|周)))\\s*[)）]?\\s*[,，]?\\s*(?:(?:干|做|工作)?\\s*下来\\s*)?(?:共|一共|总共|共计|总计|合计|发|结|(?:能|可|可以)?\\s*(?:挣|赚|拿|得))?\\s*(?:约|大概|大约)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:[1-9]\\d{2,4}(?:${FIGURE_RANGE}[1-9]\\d{2,4})?|${ZH_MONEY_FIGURE}(?:${FIGURE_RANGE}${ZH_MONEY_FIGURE})?)(?!\\d)\\s*(?:元|块钱?)?\\s*(?:左右|多)?${EVERYDAY_NOT_COUNT}`,
    // Round on former-blind-36/37 (branch vet3637-fraud): one unit of work, what it counts (no price, charge or goods word),
    // then its figure in 元, 块 or 毛, or a figure in hundreds with no unit; a fee named for the work is the worker's ("一小时成品一百二十元", "每小时录音转写费120元", "一场讲解40元", "一张图0.2元",
    // "一局5-20元", "一个赞0.5元", "一条成片三百～五百"); "一张门票80元", "门票一张80元", "工牌一个20元" name goods.
    `(?:每|一)(?<!(?:票|卡|牌|证|券|码|包|套|箱)\\s*(?:每|一))\\s*(?:个\\s*)?(?:小时|分钟|场|张|条|局|亩|首|幅|段|集|页|个)(?:(?![费金押交缴扣收罚款钱退买购价售票卡证牌码券床])[\\u4e00-\\u9fff]|(?<=(?:转写|翻译|录入|讲解|配音|校对|剪辑|整理|速记|速录))费){0,6}?\\s*(?:给|得|拿|结|算|赚)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:(?:\\d{1,4}(?:\\.\\d+)?(?:${FIGURE_RANGE}\\d{1,4}(?:\\.\\d+)?)?|${ZH_DIGIT}{1,2}百${ZH_DIGIT}十|${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?|${ZH_DIGIT})\\s*(?:元|块钱?|毛|角)|${ZH_DIGIT}{1,2}\\s*[百千](?:${ZH_DIGIT}(?![百千万个]))?(?:${FIGURE_RANGE}${ZH_DIGIT}{1,2}\\s*[百千](?:${ZH_DIGIT}(?![百千万个]))?)?)${EVERYDAY_NOT_COUNT}`,
    // a piece of students' work and its figure in 元, 块 or 毛 ("每份问卷5元", "一份问卷五块", "问卷每份3-5元", "配音一分钟
    // 10元"; vocabulary/vetting-money.ts, PIECE_WORK_WORDS);
    `(?:(?:每|一)\\s*(?:份|分钟|个|条|段|组|张)\\s*(?:${PIECE_WORK_WORDS.join("|")})|(?:${PIECE_WORK_WORDS.join("|")})\\s*(?:每|一)\\s*(?:份|分钟|个|条|段|组|张))\\s*(?:剪辑|录制|录入|转写|标注|审核|翻译|填写)?\\s*(?:完成|合格|有效)?\\s*(?:给|得|拿|结|算|奖励|报酬)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:\\d{1,3}(?:\\.\\d+)?(?:${FIGURE_RANGE}\\d{1,3}(?:\\.\\d+)?)?|${ZH_PAY_FIGURE}|${ZH_DIGIT})\\s*(?:元|块钱?|毛|角)`,
    // a period and a figure after a pay noun perhaps ("劳务费每月1000", "每月发放生活补助八百元"; 劳务费 is read as the
    // worker's, FEE_PAID_TO_WORKER), a figure in 元 before the allowance it names ("每月另有800元实习补贴");
    `(?:每|一)\\s*(?:个\\s*)?(?:月|天|周|星期|小时)\\s*(?:发放?)?\\s*(?:实习|生活|助研|助管)?\\s*(?:补贴|补助|劳务费|工资|报酬|津贴)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:[1-9]\\d{1,4}(?:\\.\\d+)?(?:${FIGURE_RANGE}[1-9]\\d{1,4})?|${ZH_MONEY_FIGURE})(?!\\d)\\s*(?:元|块钱?)?\\s*(?:左右|多)?${EVERYDAY_NOT_COUNT}`,
    `(?<![\\d.])[1-9]\\d{1,4}\\s*(?:元|块)\\s*(?:的)?\\s*(?:实习|生活|助研|助管|岗位)?\\s*(?:补贴|补助|津贴|劳务费|报酬)`,
    // a band of two Chinese numerals and thousands alone in its clause ("三四千", "两三千");
    `(?:^|[,，。;；:：\\n])\\s*${ZH_DIGIT}{2}\\s*[千万](?=\\s*(?:[,.;!?。；！？、\\n)）]|$))`,
    // in English, pay for a stretch of work, for one lesson or shift, or a base before the figure ("6,000 rmb for the whole
    // summer", "150 rmb for a 2-hour lesson", "base 2,000 rmb + commission"; "parents pay …" before it is a price).
    `${PAY_MONEY}\\s+(?:in\\s+total\\s+)?for\\s+(?:(?:the\\s+)?(?:whole\\s+|entire\\s+|full\\s+)?(?:summer|winter|season|holidays?|break|programme|program|camp|project|internship|placement|(?:\\d+|two|three|four|five|six|eight|ten)[-\\s](?:days?|weeks?|months?))\\b|(?:a|an|each|every|one)\\s+(?:[\\d.]+[-\\s](?:hours?|minutes?|mins?)\\s+)?(?:lesson|class|session|shift|event|day|half[-\\s]day)s?\\b)|\\bbase\\s+(?:pay\\s+|salary\\s+)?(?:of\\s+)?[:：]?\\s*${PAY_MONEY}`,
  ].join("|"),
  "gu",
);
// A digit written as a keycap or with an emoji between ("2️⃣0️⃣0️⃣", "6✨000"): read as the figure it spells.
const EMOJI_IN_FIGURE = /\d(?:\u{FE0F}?\u{20E3}|\p{Extended_Pictographic}\u{FE0F}?\d)/u;
const stripEmojiInFigures = (text: string): string =>
  text.replace(/(\d)\u{FE0F}?\u{20E3}/gu, "$1").replace(/(\d)(?:\p{Extended_Pictographic}\u{FE0F}?)+(?=\d)/gu, "$1");

// Round on former-blind-28/29 (branch vet2829-fraud): a fee the worker is paid (课时费, 稿费, 劳务费, 出场费) is no price
// before the figure.
const FEE_PAID_TO_WORKER = /课时费|讲课费|带课费|稿费|劳务费|出场费|辛苦费/gu;
/** Whether the text states pay in one of the everyday shapes above (branch vet-pay2). */
/**
 * Round on former-blind-32/33 (branch vet3233-fraud): a figure headed by its rate or pay word ("时薪十八", "日结二百二",
 * "实习每天一百", "一千字三十") is pay even when a run-on ad names a charge a few words before or after it ("先交两百工服押金
 * 时薪十八", "日结二百二先交会员费一百九九"): a charge that has its own amount ("交五百面试占坑费", "学费三千先交", "内推码卖
 * 九十九一个") is a complete phrase, not the price of the figure, so it is left out of the window before; the window after
 * is only the figure's next few characters.
 */
const RATE_HEADED = new RegExp(
  `^(?:(?:每|一)\\s*(?:个\\s*)?(?:${SPOKEN_RATE_UNITS.join("|")}|小时|钟头?|天|日|晚)|时薪|日薪|日结|周结|月结|周薪|时给)`,
  "u",
);
const CHARGE_AMOUNT = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]{1,6})\\s*(?:元|块)?";
const COMPLETE_CHARGE = new RegExp(
  `(?:交|缴|付|卖|售)\\s*${CHARGE_AMOUNT}\\s*[\\u4e00-\\u9fff]{0,5}?(?:费|押金|保证金|一个|一份)` +
    `|(?:交|缴|付)\\s*[\\u4e00-\\u9fff]{0,5}?(?:费|押金|保证金)\\s*${CHARGE_AMOUNT}` +
    `|[\\u4e00-\\u9fff]{0,4}(?:费|押金|保证金)\\s*${CHARGE_AMOUNT}(?:\\s*(?:先|要|需)?\\s*(?:交|缴|付))?`,
  "gu",
);
const RATE_HEADED_AFTER_CHARS = 2;

function statesEverydayPay(text: string): boolean {
  EVERYDAY_PAY.lastIndex = 0;
  for (let m = EVERYDAY_PAY.exec(text); m !== null; m = EVERYDAY_PAY.exec(text)) {
    const headed = RATE_HEADED.test(m[0]);
    let before = text.slice(Math.max(0, m.index - NOT_PAY_BEFORE_CHARS), m.index).replace(FEE_PAID_TO_WORKER, "酬");
    if (headed) before = before.replace(COMPLETE_CHARGE, "，");
    const end = m.index + m[0].length;
    if (
      !NOT_PAY_BEFORE.test(before) &&
      !NOT_PAY_BEFORE_EVERYDAY.test(before) &&
      !NOT_PAY_AFTER.test(text.slice(end, end + (headed ? RATE_HEADED_AFTER_CHARS : NOT_PAY_AFTER_CHARS)))
    )
      return true;
  }
  return false;
}

/*
 * Round on former-blind-40..43 (branch vet4043-pay): pay for a unit of work or a named allowance, as the entertainment,
 * live-stream, farm and public-sector writers give it with both fields empty (tests/corpus/CONVENTIONS.md, "Additions
 * (blind40 to blind43)": pay per 场, day, 课时, event, shift, kilogram or project in the text is stated pay):
 * - a pay noun of work, then its figure ("每天酬劳1200元", "总酬劳6000元", "每组拍摄酬劳300-600元", "基地每月另发补助1500元"), or
 *   the figure first ("每天两百补贴");
 * - one unit of work, what it is, then its figure ("每次排练400元", "一场五百", "一条视频五十到两百", "一公斤一块二",
 *   "一年给8000元", "每一万块给你一百");
 * - in English a monthly figure with a comma ("Monthly 6,000 RMB"), an amount per visit, trip or talk ("RMB 300 per
 *   school visit"), and a writer's or designer's fee for the piece ("fee RMB 15,000 for the project"; not a registration,
 *   training or placement fee).
 * A meal or transport allowance (餐补, 饭补) is the pay only of an internship or part-time post, as every set labels it
 * (a full-time job's 餐补 is a benefit). The state's own treatment named as the post's pay ("享受公务员待遇", "享受村级补贴")
 * is stated too (blind40), unlike an employer's undisclosed scale ("按集团统一标准", "按学校有关规定执行": still missing).
 * Each match is asked like the money above, but only of the 12 characters before it, after charges that carry their own
 * amount ("交五十工牌押金和三十管理费") are taken out: spoken ads run clauses together without punctuation.
 */
// (A perk's allowance, 交通补贴 or 住房补贴, is no pay for the work; looked for behind the literal, which the scan meets first.)
const WORK_PAY_NOUN =
  "(?:酬劳|片酬|报酬|酬金|稿酬|课酬|劳务费|出场费|演出费|(?:补贴|补助|津贴)(?<!(?:交通|住房|通讯|话费|高温|夜班|加班|取暖|误餐|[餐饭房车油])(?:补贴|补助|津贴))|挂名费|工钱)";
const MEAL_PAY_NOUN = "(?:餐补|饭补|午餐补贴|午餐补助|伙食补贴|伙食补助)";
const WORK_PAY_FIGURE = `(?:[1-9]\\d{1,5}(?:\\.\\d+)?(?:${FIGURE_RANGE}[1-9]\\d{1,5})?\\s*(?:元|块钱?)?|${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?\\s*(?:元|块钱?)?|${ZH_DIGIT}\\s*(?:元|块)\\s*${ZH_DIGIT}?)`;
const WORK_PAY_NOT_COUNT =
  "(?![\\d.%:：]|\\s*(?:多|余|来|几)?\\s*(?:个|单|件|条|份|次|趟|班|箱|袋|人|位|名|户|家|台|张|篇|道|题|页|字|首|集|遍|组|场|节|课|岁|号|点|年|月|天|日|周|星期|小时|钟|分钟|公里|km|cm|厘米|斤|公斤|kg|吨|亩|平|米|步|车|楼|层|粉|万))";
// What lies between a unit and its figure: no charge, price, course or allowance word (those are the unit's price or a
// perk, not pay for the work).
const WORK_UNIT_GAP =
  "(?:(?!培训|学习|上课|课程|考试|报名|体检|住宿|门票|餐|饭|房|交通)(?![费金押交缴扣收罚款钱退买购价租])[\\u4e00-\\u9fffa-z])";
const WORK_PAY = new RegExp(
  [
    `${WORK_PAY_NOUN}\\s*[:：]?\\s*(?:为|是|约|共|合计)?\\s*(?:rmb|¥|￥)?\\s*${WORK_PAY_FIGURE}${WORK_PAY_NOT_COUNT}`,
    `(?<![\\d.])(?:[1-9]\\d{1,4}|${ZH_PAY_FIGURE})\\s*(?:元|块钱?)?\\s*(?:的)?\\s*(?:实习|生活)?(?:补贴|补助|津贴|酬劳|报酬)`,
    `(?:每|一)\\s*(?:个\\s*)?(?:次|场|组|期|轮|条|串|集|套|天|日|晚|公斤|斤|千克|kg)\\s*${WORK_UNIT_GAP}{0,6}?\\s*(?:给|拿|赚|挣|得|结|发|付)?\\s*(?:你|您)?\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*(?:[1-9]\\d{1,5}(?:\\.\\d+)?(?:${FIGURE_RANGE}[1-9]\\d{1,5})?\\s*(?:元|块钱?)|${ZH_PAY_FIGURE}(?:${FIGURE_RANGE}${ZH_PAY_FIGURE})?\\s*(?:元|块钱?)?|${ZH_DIGIT}\\s*(?:元|块)\\s*${ZH_DIGIT}?)${WORK_PAY_NOT_COUNT}`,
    `(?:日结|日薪|时薪|周结)\\s*[:：]?\\s*(?:rmb|¥|￥)?\\s*${WORK_PAY_FIGURE}${WORK_PAY_NOT_COUNT}`,
    `(?:每|一)\\s*(?:个\\s*)?年\\s*(?:给|发|拿|赚|挣|能拿|可拿)\\s*(?:你|您)?\\s*(?:rmb|¥|￥)?\\s*(?:[1-9]\\d{2,5}\\s*(?:元|块)|${ZH_MONEY_FIGURE}\\s*(?:元|块)?)`,
    `每(?:(?![费押交缴扣罚])[^。；;!?,，]){0,10}?给\\s*(?:你|您)\\s*(?:${ZH_PAY_FIGURE}|[1-9]\\d{1,4}\\s*(?:元|块))`,
    `\\bmonthly\\s*[:：]?\\s*(?:rmb|cny|¥|￥)?\\s*[1-9]\\d{0,2},\\d{3}\\s*(?:rmb|cny|yuan|元)`,
    `(?:rmb|cny|usd|¥|￥)\\s*[1-9]\\d{1,2}(?:,\\d{3})?\\s*(?:yuan)?\\s*(?:per|for\\s+(?:each|every|a|one)|an?|each)\\s+(?:[a-z-]+\\s+){0,2}?(?:visits?|trips?|talks?|appearances?|bookings?|episodes?|tastings?|fittings?)\\b`,
    `\\b(?:honorarium|fee(?<!\\b(?:registration|application|joining|training|service|entry|processing|membership|placement|visa|agency|course|exam|booking|listing)\\sfee))\\s*[:：]?\\s*(?:of\\s+)?(?:rmb|cny|usd|eur|gbp|¥|￥|\\$)\\s*[1-9][\\d,.]*\\s*k?\\s+for\\s+(?:the|this|each|every|a|one)\\s+(?:whole\\s+)?(?:project|piece|article|report|paper|book|script|translation|commission|assignment|shoot|design)\\b`,
    // Round on former-blind-48/49 (branch vet4849-pay): the worker's fee per visit or piece in any of those currencies ("fee GBP
    // 30 per visit", "fee EUR 40 per audit"); an entry, registration or other charge named before "fee" is a price.
    `\\bfee(?<!\\b(?:registration|application|joining|training|service|entry|admission|activation|processing|membership|placement|visa|agency|course|exam|booking|listing|parking|late)\\sfee)\\s*[:：]?\\s*(?:of\\s+)?(?:rmb|cny|usd|eur|gbp|hkd|sgd|aud|¥|￥|\\$|£|€)\\s*[1-9][\\d,.]*\\s+(?:per|for\\s+each|each|a)\\s+(?:[a-z-]+\\s+)?(?:visit|audit|inspection|article|piece|shift|session|assignment|review|report|job|task|store|shop)\\b`,
    `享受\\s*(?:公务员|参公|事业编制?|村干部|村级|乡镇|国家|政府)\\s*[\\u4e00-\\u9fff]{0,4}?(?:待遇|补贴|补助|工资)`,
  ].join("|"),
  "gu",
);
const MEAL_PAY = new RegExp(
  `${MEAL_PAY_NOUN}\\s*[:：]?\\s*(?:每|一)?\\s*(?:天|日|月)?\\s*(?:rmb|¥|￥)?\\s*${WORK_PAY_FIGURE}${WORK_PAY_NOT_COUNT}|(?<![\\d.])(?:[1-9]\\d{1,4}|${ZH_PAY_FIGURE})\\s*(?:元|块钱?)?\\s*(?:的)?\\s*${MEAL_PAY_NOUN}`,
  "gu",
);
const WORK_PAY_BEFORE_CHARS = 12;
// A charge named inside a warning before the figure ("谁收内推费都是骗子，实习期每天两百补贴") is not its price: the window
// starts after the warning's word.
const WARNING_WORD = /骗子|诈骗|谨防|当心|小心|举报|\b(?:scams?|beware)\b/gu;
const WORK_PAY_CHARGE = /费|押|交|缴|扣|罚|价|售|卖|购|买|租|\b(?:fees?|price|costs?|tuition|deposit)\b/u;
const CHARGE_WITH_AMOUNT = new RegExp(
  `${COMPLETE_CHARGE.source}|${CHARGE_AMOUNT}\\s*[\\u4e00-\\u9fff]{0,5}?(?:费|押金|保证金)`,
  "gu",
);

function statesWorkPay(text: string, notFullTime: boolean): boolean {
  for (const re of notFullTime ? [WORK_PAY, MEAL_PAY] : [WORK_PAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const before = text
        .slice(Math.max(0, m.index - NOT_PAY_BEFORE_CHARS), m.index)
        .replace(FEE_PAID_TO_WORKER, "酬")
        .replace(CHARGE_WITH_AMOUNT, "，")
        .slice(-WORK_PAY_BEFORE_CHARS)
        .split(WARNING_WORD)
        .pop();
      const end = m.index + m[0].length;
      if (!WORK_PAY_CHARGE.test(before ?? "") && !NOT_PAY_AFTER.test(text.slice(end, end + NOT_PAY_AFTER_CHARS)))
        return true;
    }
  }
  return false;
}

/*
 * Round on former-blind-44..47 (branch vet4447-pay): pay for one unit of freelance or piece work, or a contract's whole
 * price, with both fields empty — any figure of pay in the text is stated pay (tests/corpus/CONVENTIONS.md), whatever its
 * currency (NT$, HK$, S$, MOP, MYR/RM) and unit:
 * - one unit, what it counts, then the amount ("每句录音0.5元", "每个有效缺陷30-80元", "每堂NT$700", "每通回访2元",
 *   "每收满一万提成40元" — a cut per amount collected, not per sale —, "每天收益60-200元");
 * - a contract's or a piece's whole price paid to the worker ("合同总价30000元", "固定总价12000元", "稿费350元",
 *   "每月资助6000元", "Fixed price USD 2,800", "USD 3,000 flat fee", "Contract value: CNY 80,000", "Budget USD 5,000 for
 *   a website" — a freelance job's budget, not one the worker manages);
 * - an amount in a currency per unit of any name ("USD 4 per review", "MYR 300 per wedding day").
 * A charge or a deposit before the figure in its clause ("先充值", "activation fee", "需购买") is no pay.
 */
const UNIT_PAY_CURRENCY =
  "(?<![a-z])(?:nt\\$|hk\\$|s\\$|us\\$|mop\\s*\\$?|rm|rmb|cny|usd|hkd|twd|sgd|myr|mop|¥|￥|\\$)";
const UNIT_PAY_AMOUNT = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const UNIT_PAY_RANGE = `(?:${UNIT_PAY_AMOUNT})(?:\\s*[-–~～到至]\\s*(?:${UNIT_PAY_AMOUNT}))?`;
const UNIT_OR_CONTRACT_PAY = new RegExp(
  [
    `每\\s*(?:个|句|通|堂|位|集|次|条|段)(?:(?![费金押交缴扣罚款钱退买购价租])[\\u4e00-\\u9fffa-z ]){0,6}?\\s*(?:${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_RANGE})|(?:${UNIT_PAY_RANGE})\\s*(?:元|块|港元|港币|新币|台币|令吉|澳门元))`,
    `每\\s*(?:收|代收|收满|收够)[^。；;!?，,]{0,6}?提成\\s*(?:${UNIT_PAY_RANGE})\\s*(?:元|块)`,
    // (Round on former-blind-48/49, branch vet4849-pay: the task between the period and the return, "每天完成浏览任务收益50-200元";
    // no charge word between.)
    `每\\s*(?:天|日|周|月)(?:(?![费金押交缴扣罚款钱退买购价租充])[\\u4e00-\\u9fff]){0,8}?(?:收益|收入|可赚|能赚|资助)\\s*(?:${UNIT_PAY_RANGE})\\s*(?:元|块)`,
    `(?:合同总价|固定总价|项目总价|合同金额|外包总价|稿费|稿酬)\\s*[:：]?\\s*(?:为|是)?\\s*(?:${UNIT_PAY_CURRENCY})?\\s*(?:${UNIT_PAY_RANGE})\\s*(?:万|k)?\\s*(?:元|块)`,
    `\\b(?:fixed\\s+price|contract\\s+value|project\\s+fee)\\s*[:：]?\\s*(?:of\\s+|is\\s+)?${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_AMOUNT})\\b(?!\\s*(?:deposit|fee))`,
    `\\bbudget\\s*[:：]?\\s*${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_AMOUNT})\\s+for\\s+(?:a|an|the|this)\\s+(?:[a-z-]+\\s+){0,2}?(?:app|website|site|logo|book|video|design|gig)s?\\b`,
    `${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_AMOUNT})\\s+(?:flat\\s+fee|in\\s+total|total)\\b`,
    `${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_RANGE})\\s+(?:per|each|an?)\\s+(?:[a-z-]+\\s+)?(?:review|bug|call|wedding(?:\\s+day)?|event|job|booking|project|episode|assignment|illustration|photo|case|patient|consult(?:ation)?|class|lesson|session|shift|day|hour|visit|task|test|article|video)s?\\b`,
  ].join("|"),
  "gu",
);
/** A charge, a deposit or a purchase by the worker before the figure in its clause. */
const UNIT_PAY_CHARGE =
  /(?:充值|购买|需买|押金|保证金|激活|开通|缴|交|(?<!稿)费|价|\b(?:deposit|activation|pay\s+(?:the|a|an)|purchase|buy|top[\s-]?up|fees?|price[sd]?|costs?|charges?|tickets?|tuition)\b)[^。；;!?.，,\n]{0,30}$/u;

/**
 * Round on former-blind-48/49 (branch vet4849-pay): an English charge that carries its own amount ("pay the USD 45 account
 * activation fee") is a complete phrase, as `CHARGE_WITH_AMOUNT` reads a Chinese one: the rate told after it ("… and start
 * reviewing at USD 5 per review") is the pay. A charge without its amount before the rate still makes it a price.
 */
const EN_CHARGE_WITH_AMOUNT = new RegExp(
  `\\b(?:pay|paying|transfer|send)\\s+(?:the|a|an|your)\\s+${UNIT_PAY_CURRENCY}\\s*(?:${UNIT_PAY_AMOUNT})\\s+(?:[a-z-]+\\s+){0,3}?(?:fee|deposit|charge)s?\\b`,
  "gu",
);

function statesUnitOrContractPay(text: string): boolean {
  // Where English charges with their own amount end, found once and only if some figure has a charge before it.
  let chargeEnds: number[] | null = null;
  UNIT_OR_CONTRACT_PAY.lastIndex = 0;
  for (let m = UNIT_OR_CONTRACT_PAY.exec(text); m !== null; m = UNIT_OR_CONTRACT_PAY.exec(text)) {
    const from = Math.max(0, m.index - 40);
    if (!UNIT_PAY_CHARGE.test(text.slice(from, m.index))) return true;
    if (chargeEnds === null) {
      chargeEnds = [];
      EN_CHARGE_WITH_AMOUNT.lastIndex = 0;
      for (let c = EN_CHARGE_WITH_AMOUNT.exec(text); c !== null; c = EN_CHARGE_WITH_AMOUNT.exec(text))
        chargeEnds.push(c.index + c[0].length);
    }
    // The window after the last such charge that ends before the figure (a complete phrase, as a clause break would be).
    let end = -1;
    for (const e of chargeEnds) if (e <= m.index && e > from) end = e;
    if (end >= 0 && !UNIT_PAY_CHARGE.test(text.slice(end, m.index))) return true;
  }
  return false;
}

/** Whether the text states a pay figure in one of the shapes above (branch vet-pay). */
function statesPayInText(text: string): boolean {
  if (PAY_FIGURE_IN_TEXT.test(text)) return true;
  if (CHINESE_RATE_OR_HOUR.test(text)) return true;
  PAY_BARE_CURRENCY.lastIndex = 0;
  for (let m = PAY_BARE_CURRENCY.exec(text); m !== null; m = PAY_BARE_CURRENCY.exec(text)) {
    const end = m.index + m[0].length;
    if (
      !NOT_PAY_BEFORE.test(text.slice(Math.max(0, m.index - NOT_PAY_BEFORE_CHARS), m.index)) &&
      !NOT_PAY_BEFORE_BARE.test(text.slice(Math.max(0, m.index - NOT_PAY_BEFORE_CHARS), m.index)) &&
      !NOT_PAY_AFTER.test(text.slice(end, end + NOT_PAY_AFTER_CHARS)) &&
      !NOT_PAY_AFTER_BARE.test(text.slice(end, end + NOT_PAY_AFTER_CHARS))
    )
      return true;
  }
  PAY_MONEY_IN_TEXT.lastIndex = 0;
  for (let m = PAY_MONEY_IN_TEXT.exec(text); m !== null; m = PAY_MONEY_IN_TEXT.exec(text)) {
    const end = m.index + m[0].length;
    if (
      !NOT_PAY_BEFORE.test(text.slice(Math.max(0, m.index - NOT_PAY_BEFORE_CHARS), m.index)) &&
      !NOT_PAY_AFTER.test(text.slice(end, end + NOT_PAY_AFTER_CHARS))
    )
      return true;
  }
  if (statesEverydayPay(text)) return true;
  return EMOJI_IN_FIGURE.test(text) && statesPayInText(stripEmojiInFigures(text));
}

/**
 * Work that asks for nothing: a short requirements field naming only a possession, an age, a trait or
 * nothing at all ("有手机即可", "会玩王者荣耀即可", "Anyone over 18.", "None."). Such a role is paid like
 * unskilled work whatever its title says, so a band far above that is bait (the `ROLE_PAY_CEILING`).
 */
const ASKS_NOTHING =
  /即可|就行|就可以|有手|无要求|没有要求|不限|^\s*(?:无|none|n\/a|nil)\s*[.。]?\s*$|\banyone\b|\bno\s+(?:experience|skills?|requirements?|qualifications?)\b|\b(?:a\s+|your\s+own\s+)?(?:laptop|smartphone)\b|\b(?:a|your)\s+phone\b|\bmotivation\b/u;
/** … unless it names a qualification: a degree, experience, a skill or a licence. */
// (Round on former-blind-38/39 (branch vet3839-fraud): a trade background named as the requirement, "Electrical or mechanical
// technician background", "background in marine engineering".)
const NAMES_QUALIFICATION =
  /\bbackground\s+in\b|\b(?:technician|technical|trade|engineering|electrical|mechanical|nursing|medical|clinical)\s+background\b|本科|大专|专科|硕士|学历|学位|经验|专业|证书|资格|执照|驾照|熟悉|精通|熟练|能力|英语|日语|韩语|外语|小语种|\b(?:degree|bachelor|master|experience|years?|skills?\s+in|proficien|fluent|certif|licen[cs]e|english|japanese|korean|bilingual|language|knowledge)\b/u;
const ASKS_NOTHING_MAX_CHARS = 40;
/** A qualification said to be unneeded ("不限经验", "no experience needed") asks for nothing. */
const NOT_NEEDED =
  /(?:不限|无需|不需要?|不要求|无|零|没有|不看|不问|不论)\s*(?:工作|相关)?\s*(?:经验|学历|专业)(?:要求)?|(?:经验|学历|专业)\s*(?:不限|不看|无要求)|\b(?:no|without)\s+(?:prior\s+|previous\s+)?(?:experience|degree|qualifications?|skills?)(?:\s+(?:needed|required|necessary))?/gu;
const namesQualification = (text: string): boolean => NAMES_QUALIFICATION.test(text.replace(NOT_NEEDED, " "));

/**
 * The pay ceiling of unskilled work, as data: counter, kitchen, delivery, leafleting, typing and
 * task-clicking jobs, and any role whose requirements ask for nothing. Such work pays around 4,000–
 * 8,000 a month in Chinese cities (National Bureau of Statistics 2023 wage survey: the service and
 * production occupation groups average about 6,000–6,500 a month); a band reaching above 20,000 — three
 * times that — is a promise, not a wage. Commission-only and pyramid bands are the scheme's flag.
 */
export const ROLE_PAY_CEILING = {
  unskilledMaxTop: 20_000,
} as const;

/**
 * What the text rules found that changes how the pay fields read: a commission-only posting has no base
 * pay (a zero or empty minimum *is* its base, and its maximum is expected earnings); a pyramid's band
 * is the scheme's promised income. Their own flags already say so.
 */
export interface PayContext {
  commissionOnly: boolean;
  pyramid: boolean;
  /** A hype claim was flagged: the band may be that claim's figure. */
  hype?: boolean;
  /** The hype flagged names a money figure (HYPE_FIGURE in its excerpt). */
  hypeNamesFigure?: boolean;
  /** The requirements field alone, to tell whether the role asks for anything. */
  requirements?: string;
  /** A hype claim was flagged in the requirements field itself (round on former-blind-48/49, branch vet4849-pay). */
  hypeInRequirements?: boolean;
}

/*
 * Round on former-blind-44..47 (branch vet4447-pay): an attribute the employer says it does not screen on ("国籍不限",
 * "院校不限", "婚否不限", "户籍不限") is an equal-opportunity note, not a requirement field that asks for nothing: a
 * finance analyst's "SQL; 院校不限" or "CFA二级；男女不限" still asks for a skill.
 */
const UNSCREENED_ATTRIBUTE =
  /(?:国籍|國籍|院校|学校|學校|户籍|戶籍|籍贯|籍貫|地域|民族|男女|性别|性別|婚否|婚育|年龄|年齡|宗教|信仰)\s*不限/gu;

function asksNothing(requirements: string): boolean {
  const text = requirements.replace(UNSCREENED_ATTRIBUTE, " ").trim();
  return text !== "" && text.length <= ASKS_NOTHING_MAX_CHARS && ASKS_NOTHING.test(text) && !namesQualification(text);
}

/*
 * Branch vet-digitrun: a run of digits and separators longer than any pay figure ("50 50 50 …", "101010…", or "5O5O…"
 * after the pasted-text reading of O as 0) is cut to its first and last `DIGIT_RUN_KEEP` characters before the
 * stated-pay tests read the text. Those tests try a figure (`\d+`, `\d{1,3}(?:[,.\s]\d{2,3})+`) from every position
 * and each attempt ran to the end of the run: quadratic in its length (a 5,000-character field took about 1 s). A
 * pay figure with its groups is far shorter than `DIGIT_RUN_MAX`, and both ends of the run (what a figure before a
 * currency or after a pay word reads) are kept.
 */
const DIGIT_RUN_MAX = 64;
const DIGIT_RUN_KEEP = 32;
const DIGIT_RUN = new RegExp(`\\d[\\d,.\\s]{${DIGIT_RUN_MAX - 1},}`, "gu");

function shortDigitRuns(text: string): string {
  DIGIT_RUN.lastIndex = 0;
  if (!DIGIT_RUN.test(text)) return text;
  return text.replace(DIGIT_RUN, (run) => {
    const trimmed = run.replace(/[,.\s]+$/u, "");
    if (trimmed.length <= DIGIT_RUN_MAX) return run;
    return trimmed.slice(0, DIGIT_RUN_KEEP) + trimmed.slice(-DIGIT_RUN_KEEP) + run.slice(trimmed.length);
  });
}

function checkSalary(
  minField: number | null | undefined,
  maxField: number | null | undefined,
  roleText = "",
  title = "",
  context: PayContext = { commissionOnly: false, pyramid: false },
): PostingFlag[] {
  let min = minField;
  let max = maxField;
  const excerpt = `${formatAmount(min)}–${formatAmount(max)} 元/月`;
  const flags: PostingFlag[] = [];
  const scheme = context.commissionOnly || context.pyramid;
  // The minimum is the base pay; "from 8,000 a month" with no maximum states it (issue 12). Base pay
  // written in the text ("底薪7000元", "Monthly base salary RMB 8,000–10,000") is stated too, and so is
  // a commission-only posting's "no base, up to 20,000" (the commission flag names the missing base).
  const statedAsCommission = context.commissionOnly && typeof max === "number";
  const notFullTime = NOT_FULL_TIME_TITLE.test(title) || NOT_FULL_TIME_TEXT.test(roleText);
  // Asked only where the minimum is empty (a rate stands for it); most postings state one, and the scan is long.
  // The stated-pay tests read the text with its over-long digit runs cut (`shortDigitRuns`).
  const payText = shortDigitRuns(roleText);
  const statedAsRate = (): boolean =>
    (notFullTime && STATED_RATE.test(payText)) ||
    REWARD_AS_PAY.test(payText) ||
    PIECE_RATE.test(payText) ||
    QUANTITY_RATE.test(payText) ||
    QUANTITY_RATE_EN.test(payText);
  const bothEmpty = (min === null || min === undefined) && (max === null || max === undefined);
  const written = min === null || min === undefined ? textPay(roleText) : null;
  // Round on former-blind-48/49 (branch vet4849-pay): a pyramid's cuts on recruits are its promised pay and its flag says so;
  // every independent set labels a pyramid with empty pay fields as the scheme only (148 of 150), unless it also says there
  // is no base (commission only: then the salary is missing too, as those two are labelled).
  const paidAsScheme = context.pyramid && !context.commissionOnly;
  if (
    (min === null || min === undefined) &&
    !paidAsScheme &&
    !STATED_PAY.test(payText) &&
    !written &&
    !STATED_INCOME.test(payText) &&
    !statedAsCommission &&
    !statedAsRate() &&
    !statesPayInText(payText) &&
    !statesWorkPay(payText, notFullTime) &&
    !statesUnitOrContractPay(payText)
  ) {
    flags.push({
      rule: "salary.missing",
      severity: "block",
      excerpt,
      message: SALARY_MISSING_MESSAGE,
      field: "salary",
    });
  }
  // Pay written only in the text is judged as the fields would be (former-blind-10/11).
  if (bothEmpty && written && !statedAsRate()) {
    min = written.min;
    max = written.max;
  }
  const payExcerpt = `${formatAmount(min)}–${formatAmount(max)} 元/月`;

  // Each problem: severity and bilingual reason. Inverted, non-numeric and wrong-unit figures
  // block (the posting would publish false pay); a vague range or a sub-minimum-wage floor only
  // warns (internship stipends and wide commission bands exist; staff decide).
  const problems: Array<{ severity: PostingSeverity; zh: string; en: string }> = [];
  const present = [min, max].filter((v): v is number => typeof v === "number");
  // A zero minimum on a commission-only posting is its honest base; elsewhere pay must be positive.
  const zeroBase = context.commissionOnly && min === 0;
  if (present.some((v) => !Number.isFinite(v) || v < 0 || (v === 0 && !(zeroBase && v === min)))) {
    problems.push({ severity: "block", zh: "薪资必须为正数", en: "pay must be a positive number" });
  } else {
    let wrongUnit = false;
    // Part-time work whose hourly rate is written in the text ("时薪60元", two hours a week) may total less
    // than 500 a month honestly; only the rate itself typed into the monthly field is a wrong unit.
    const rate = notFullTime ? /\d{2,}/u.exec(STATED_RATE.exec(roleText)?.[0] ?? "")?.[0] : undefined;
    const smallButStated = rate !== undefined && Number(rate) !== max && Number(rate) !== min;
    if (typeof max === "number" && max < SALARY_LIMITS.looksDailyBelow && !smallButStated) {
      wrongUnit = true;
      problems.push({
        severity: "block",
        zh: `最高月薪低于${SALARY_LIMITS.looksDailyBelow}元，疑似填写了日薪或时薪`,
        en: `maximum below ${SALARY_LIMITS.looksDailyBelow} CNY/month looks like a daily or hourly rate`,
      });
    }
    if (present.some((v) => v > SALARY_LIMITS.maxPlausible)) {
      wrongUnit = true;
      problems.push({
        severity: "block",
        zh: `月薪超过${SALARY_LIMITS.maxPlausible}元，疑似填写了年薪`,
        en: `more than ${SALARY_LIMITS.maxPlausible} CNY/month looks like a yearly figure`,
      });
    }
    // The title names an intern: its pay is bounded. Elsewhere "intern" may be someone the job mentors,
    // so only a minimum above the top bound counts.
    const internTitle = (INTERN_ROLE.test(title) || APPRENTICE_TITLE.test(title)) && !SENIOR_TITLE.test(title);
    if (
      !wrongUnit &&
      typeof min === "number" &&
      // (Round on former-blind-48/49, branch vet4849-pay: a maximum at the top bound itself counts — an intern's band reaching
      // 50,000 is what the bound excludes; a minimum of exactly 25,000 stays plausible, as the sets label a quant intern at
      // 25,000–40,000 and a stipend of 25,000.)
      ((internTitle &&
        (min > SALARY_LIMITS.internMaxPlausible || (typeof max === "number" && max >= SALARY_LIMITS.internMaxTop))) ||
        (INTERN_ROLE.test(roleText) && min > SALARY_LIMITS.internMaxTop))
    ) {
      wrongUnit = true;
      problems.push({
        severity: "block",
        zh: `实习或学徒岗位月薪超过${SALARY_LIMITS.internMaxPlausible}元（或最高达到${SALARY_LIMITS.internMaxTop}元），不可信`,
        en: `an internship or apprenticeship paying more than ${SALARY_LIMITS.internMaxPlausible} CNY/month (or up to ${SALARY_LIMITS.internMaxTop} or more) is not plausible`,
      });
    } else if (
      !wrongUnit &&
      typeof min === "number" &&
      (((UNSKILLED_ROLE.test(roleText) || (ENTRY_LEVEL_TITLE.test(title) && !SENIOR_TITLE.test(title))) &&
        min > SALARY_LIMITS.unskilledMaxPlausible) ||
        (STUDENT_JOB_TITLE.test(title) &&
          !SENIOR_TITLE.test(title) &&
          typeof max === "number" &&
          max > SALARY_LIMITS.unskilledMaxPlausible) ||
        (min > SALARY_LIMITS.internMaxTop && !SENIOR_TITLE.test(title) && ENTRY_LEVEL_TEXT.test(roleText)) ||
        (min > SALARY_LIMITS.internMaxTop && ENTRY_LEVEL_TITLE.test(title) && SENIOR_TITLE.test(title)))
    ) {
      problems.push({
        severity: "block",
        zh: `无需经验的岗位或基础岗位最低月薪超过${SALARY_LIMITS.unskilledMaxPlausible}元，疑似虚假高薪`,
        en: `an entry-level job or one needing no experience that pays more than ${SALARY_LIMITS.unskilledMaxPlausible} CNY/month is likely bait`,
      });
    } else if (
      !wrongUnit &&
      !scheme &&
      context.hype === true &&
      typeof min === "number" &&
      min >= SALARY_LIMITS.hypeMinPlausible &&
      // Round on former-blind-20/21 (branch vet2021-fraud): a promise without a figure ("become a crypto millionaire in two
      // years", "三个月实现财富自由") says nothing about a 15,000–30,000 band; only a floor at twice the limit is absurd on
      // its own (tests/corpus/CONVENTIONS.md: hype + salary.implausible only where the band is absurd).
      (context.hypeNamesFigure !== false || min >= 2 * SALARY_LIMITS.hypeMinPlausible) &&
      !SENIOR_TITLE.test(title) &&
      !(COMMISSIONED_TITLE.test(title) && typeof max === "number" && max <= SALARY_LIMITS.commissionedMaxPlausible) &&
      !namesQualification(`${title}\n${context.requirements ?? ""}`)
    ) {
      // The hype's promise typed into the pay fields ("月薪5万起步", "躺赚！日结500+" over a 15,000–20,000 band).
      problems.push({
        severity: "block",
        zh: `含夸大宣传且无任何任职要求的岗位最低月薪达到${SALARY_LIMITS.hypeMinPlausible}元，薪资本身即为诱饵`,
        en: `a posting with hype that asks for no qualification and pays a minimum of ${SALARY_LIMITS.hypeMinPlausible} CNY/month or more: the pay itself is the bait`,
      });
    } else if (
      !wrongUnit &&
      !scheme &&
      typeof max === "number" &&
      max > ROLE_PAY_CEILING.unskilledMaxTop &&
      !SENIOR_TITLE.test(title) &&
      !INTERN_ROLE.test(title) &&
      // A basic title whose posting asks for a qualification (a language, a degree, experience) is skilled work.
      ((ENTRY_LEVEL_TITLE.test(title) && !namesQualification(`${title}\n${context.requirements ?? ""}`)) ||
        asksNothing(context.requirements ?? "") ||
        // Round on former-blind-48/49 (branch vet4849-pay): a requirements field that holds the hype's promise and names no
        // qualification ("Join us, retire by 30 and own a Porsche!") asks for nothing either — held to twice the ceiling, as
        // the sets label such a band reaching 30,000 hype only and one reaching 50,000 implausible too (the hype's promise
        // is not proof that the work is unskilled; a band that absurd is).
        (context.hypeInRequirements === true &&
          max >= 2 * ROLE_PAY_CEILING.unskilledMaxTop &&
          !namesQualification(context.requirements ?? "")))
    ) {
      // The band's top against the market level of work that needs no skill (ROLE_PAY_CEILING).
      problems.push({
        severity: "warn",
        zh: `基础岗位或无任何要求的岗位最高月薪超过${ROLE_PAY_CEILING.unskilledMaxTop}元，远高于此类工作的市场水平`,
        en: `a basic job, or one asking for nothing, paying up to more than ${ROLE_PAY_CEILING.unskilledMaxTop} CNY/month is far above the market level of such work`,
      });
    }
    const fullTime = !NOT_FULL_TIME_TITLE.test(title) && !INTERN_ROLE.test(title);
    const below =
      fullTime && typeof max === "number" && !wrongUnit
        ? (ROLE_PAY_FLOORS.find((band) => band.title.test(title) && max < band.floor) ??
          (max < ADVANCED_DEGREE_FLOOR && ADVANCED_DEGREE_ASKED.test(context.requirements ?? "")
            ? { floor: ADVANCED_DEGREE_FLOOR }
            : undefined))
        : undefined;
    if (below) {
      problems.push({
        severity: "warn",
        zh: `全职岗位最高月薪低于${below.floor}元，远低于此类岗位的正常薪资`,
        en: `a full-time role of this kind paying at most less than ${below.floor} CNY/month is far below its usual pay`,
      });
    } else if (fullTime && !scheme && !wrongUnit && typeof max === "number" && !NOT_FULL_TIME_TEXT.test(roleText)) {
      // Full-time pay under the minimum wage where the job is (the national floor when no big city is named).
      const local = MINIMUM_WAGE.cities.find((c) => c.city.test(roleText))?.monthly ?? MINIMUM_WAGE.nationalFloor;
      if (max < local && (typeof min !== "number" || min >= SALARY_LIMITS.minPlausible)) {
        problems.push({
          severity: "warn",
          zh: `全职岗位最高月薪低于当地最低工资（约${local}元）`,
          en: `full-time pay whose maximum is below the local minimum wage (about ${local} CNY/month)`,
        });
      }
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      problems.push({ severity: "block", zh: "最低薪资高于最高薪资", en: "minimum is above maximum" });
    } else if (
      !scheme &&
      !wrongUnit &&
      typeof min === "number" &&
      typeof max === "number" &&
      max / min > SALARY_LIMITS.maxRangeRatio
    ) {
      problems.push({
        severity: "warn",
        zh: `薪资范围过宽（最高超过最低的${SALARY_LIMITS.maxRangeRatio}倍）`,
        en: `range too wide (maximum more than ${SALARY_LIMITS.maxRangeRatio}× the minimum)`,
      });
    }
    // Part-time, hourly and one-off work has a low monthly figure honestly ("800–1,600" for weekend leafleting).
    const floorApplies = !notFullTime || SAYS_FULL_TIME.test(title) || SAYS_FULL_TIME.test(roleText);
    if (!wrongUnit && !scheme && floorApplies && typeof min === "number" && min < SALARY_LIMITS.minPlausible) {
      problems.push({
        severity: "warn",
        zh: `最低月薪低于${SALARY_LIMITS.minPlausible}元，低于各地最低工资标准`,
        en: `minimum below ${SALARY_LIMITS.minPlausible} CNY/month is under every local minimum wage`,
      });
    }
  }
  if (problems.length > 0) {
    flags.push({
      rule: "salary.implausible",
      severity: problems.some((p) => p.severity === "block") ? "block" : "warn",
      excerpt: payExcerpt,
      message: {
        zh: `薪资异常：${problems.map((p) => p.zh).join("；")}`,
        en: `Implausible salary: ${problems.map((p) => p.en).join("; ")}`,
      },
      field: "salary",
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

/**
 * A fee or a hype claim in the same clause as a paid internship, a training loan or (for fees) a
 * pyramid scheme's entry fee is that more specific fraud ("缴纳1980元内推服务费，保证offer" is one paid internship, not three flags).
 */
const SUBSUMED_BY: Partial<Record<PostingRuleId, readonly PostingRuleId[]>> = {
  fee: ["paid_internship", "training_loan", "fraud.pyramid"],
  // Twelfth round (former-blind-15, branch vet15-fraud): a hiring guarantee beside a no-interview offer ("无需面试，保证
  // 录用") is that offer's pitch, as it is beside a paid internship or a training loan.
  hype: ["paid_internship", "training_loan", "fraud.no_interview"],
  // Twelfth round (former-blind-15, branch vet15-fraud): referrals or a job promised after a financed training ("we
  // guarantee job referrals after graduation"), with no price of their own, are the training loan's pitch.
  // Round on former-blind-40..43 (branch vet4043-fee): a pyramid's membership or share sold with internship listings or
  // "referrals" as its product ("Gold membership USD 299 gives access to internship listings; invite friends …") is the
  // pyramid's buy-in (isSubsumed), not a placement sold.
  paid_internship: ["training_loan", "fraud.pyramid"],
};

/** Subsumptions that depend on the subsumed words (isSubsumed), which the learned layer does not ask. */
const CONDITIONALLY_SUBSUMED = new Set(["hype<fraud.no_interview", "paid_internship<training_loan"]);
/**
 * A guarantee whose object is the hire itself ("保证录用", "Guaranteed Job", not "guaranteed returns"): the only hype a
 * no-interview offer or a fee for the job subsumes (rounds on former-blind-15 and -16, one list since their merge).
 */
// Round on former-blind-18 (branch vet18-fraud): going abroad or getting the visa is the placement an overseas agency's fee
// buys ("先交中介费2万保证出国", "保证出国" beside its 中介服务费): folded into the fee as any guarantee of the hire.
// (Round on former-blind-40..43 (branch vet4043-fee): 保录 cut short, "三支一扶保录取" read as 保录, beside the fee for the place.)
const HIRING_GUARANTEE =
  /保录|包录|录用|录取|入职|上岗|就业|出国|出境|签证|\bvisas?\b|\babroad\b|\boverseas\b|offer|\bhir(?:e|ed|ing)\b|\bjobs?\b|\bemployment\b|\bplacement\b/u;
/** A price in a sentence: a referral promised with one is sold, not only promised. */
const PRICE_WORDS = /\d|费|价|钱|\bfees?\b|\bprices?\b|\bcosts?\b|\bpay|\btuition\b|\bcharge/u;
/**
 * Twelfth round (former-blind-15, branch vet15-fraud): the entry ticket to a pyramid scheme ("加入需购买一套健康仪器6800元",
 * "Entry fee 999 yuan for the ambassador package") is the scheme's buy-in, wherever in the posting the scheme is named.
 */
// (Round on former-blind-36/37 (branch vet3637-fraud): a starter or shop pack and a rank opened for a price, "1280元创业包",
// "合伙人开店包", "缴纳2980元开通团长资格".)
// (Round on former-blind-40..43 (branch vet4043-fee): a membership fee, 会费, a kit, a share or a membership tier.)
const SCHEME_ENTRY =
  /会费|\bfranchise\b|\bkits?\b|\bshares?\b|\bmembership\b|创业包|开店包|进货包|(?:开通|获得|购买)\s*[\u4e00-\u9fff]{0,4}?资格|加入|入会|入伙|入门|加盟|成为\s*(?:会员|代理|合伙人|店主|大使|vip|股东)|礼包|套餐|\bjoin(?:ing)?\b|\bentry\b|\bstarter\b|\bpackage\b|\bmembership\b|\bbecome\s+(?:a|an)\s+(?:member|partner|ambassador|agent|distributor)\b/u;

/**
 * Round on former-blind-19 (branch vet19-fraud): a share of the future salary paid back ("in return you pay 15% of your
 * salary for 24 months", "工资的20%分24个月交回") is an income-share agreement's price: beside a training loan, that loan's.
 */
const SALARY_SHARE =
  /\b\d+(?:\.\d+)?\s*%\s+of\s+(?:your|their)\s+(?:future\s+|monthly\s+|gross\s+)?(?:salary|income|wages?|pay|earnings)\b|(?:工资|薪资|薪水|收入)\s*的\s*\d+(?:\.\d+)?\s*%/u;

/** The bare words "passive income" (the hype patterns' match), which a pyramid subsumes (isSubsumed). */
const PASSIVE_INCOME_ONLY = /^passive\s+income$/u;
const INCOME_CLAIM = /月入|月薪|月赚|收入|工资|赚|挣|日入|日赚|年薪|年入|过万|上万|\bearn|\bincome\b|\bmoney\b/u;
const INTERNSHIP_PRICE = /实习|内推|项目|\b(?:internships?|programmes?|programs?|placements?)\b/u;
// (Round on former-blind-40..43 (branch vet4043-fee): an academy's fees, "Crane academy: fees of CNY 18,000 are deducted from
// your wages over 12 months", are the loan's price.)
const TRAINING_PRICE = /培训|学费|课程|学习|\btraining\b|\btuition\b|\bcourses?\b|\bacadem(?:y|ies)\b/u;

/** A charge named for something other than a course's price: materials, exams, papers, medicals, uniforms. */
// Round on former-blind-18 (branch vet18-fraud): teaching materials, assessments and certificates (教材, 考核费, 结业费).
const OWN_CHARGE =
  /教材|考核费|结业费|鉴定费|证书费|资料费|考试费|考证费|工本费|体检费|服装费|工服费|测评费|建档费|\b(?:exam|examination|materials?|medical|uniform)\s+fees?\b/u;

/** A clause that adds a second charge ("另收报名费100元", "plus a RMB 200 badge fee"). */
// (Round on former-blind-40..43 (branch vet4043-fee): a down payment or deposit first beside a financed course, "先交报名订金
// 1000元", "首付订金2000元", "first instalment before class", is a charge of its own.)
const ADDITIONAL_CHARGE =
  /^\s*(?:另外?|还(?:需|要|须|得)?|此外|外加|再|同时|并且?|以及|额外)|^\s*(?:plus|also|additionally|in\s+addition)\b/u;
const DOWN_PAYMENT_FIRST =
  /^\s*(?:先\s*(?:交|缴|付)|(?<![0零无免不需须])首付(?!\s*(?:0|零)(?![\d.])))|^\s*first\s+instal+ment\b/u;

/**
 * A flag subsumed by a more specific scheme may still have a second, separate occurrence: a fee in a
 * clause that adds a charge ("另收报名费100元"), an income promise after a placement guarantee. Blank
 * the schemes' clauses and each rejected match, and look again (a few times at most).
 */
function separateHit(
  rule: PostingTextRule,
  subsumed: Hit,
  found: ReadonlyArray<{ rule: PostingRuleId; hit: Hit }>,
  accept: (text: string, hit: Hit) => boolean,
): Hit | null {
  const by = SUBSUMED_BY[rule.id] ?? [];
  const blank = (text: string, from: number, to: number): string =>
    text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  const schemes = found.filter((other) => by.includes(other.rule)).map((other) => other.hit);
  // Only the sentences around the schemes and the subsumed match: rescanning whole 5,000-character
  // fields cost a millisecond.
  for (const around of [subsumed, ...schemes]) {
    const field = around.field;
    if (rule.skipFields?.includes(field.name)) continue;
    const window = sentenceOf(field.norm.text, around.start, around.end);
    let text = field.norm.text.slice(window.start, window.end);
    if (rule.id === "fee") {
      for (const scheme of schemes) {
        if (scheme.field !== field || scheme.start < window.start || scheme.start >= window.end) continue;
        // The clause the scheme's match starts in (a detector may report a whole sentence).
        const clause = clauseOf(text, scheme.start - window.start, scheme.start - window.start + 1);
        text = blank(text, clause.start, clause.end);
      }
    }
    const map = field.norm.map.slice(window.start, window.end);
    for (let tries = 0; tries < 4; tries++) {
      const part: ScannedField = { ...field, norm: { text, map } };
      const hit = firstMatch(rule, rule.patterns, part);
      if (!hit) break;
      if (accept(text, hit)) return { field, start: hit.start + window.start, end: hit.end + window.start };
      text = blank(text, hit.start, hit.end);
    }
  }
  return null;
}

const SEPARATE_OCCURRENCE: Partial<Record<PostingRuleId, (text: string, hit: Hit) => boolean>> = {
  fee: (text, hit) => {
    const clause = clauseOf(text, hit.start, hit.end);
    const said = text.slice(clause.start, hit.end);
    return (
      ADDITIONAL_CHARGE.test(said) ||
      (DOWN_PAYMENT_FIRST.test(said) && !SCHEME_ENTRY.test(text.slice(clause.start, clause.end)))
    );
  },
  hype: (text, hit) => INCOME_CLAIM.test(text.slice(hit.start, hit.end)),
};

function isSubsumed(rule: PostingRuleId, hit: Hit, found: ReadonlyArray<{ rule: PostingRuleId; hit: Hit }>): boolean {
  const by = SUBSUMED_BY[rule];
  if (!by) return false;
  // A guarantee of placement ("包过面试", "guaranteed job placement") is the sales pitch of the paid
  // internship or training loan found anywhere in the same posting, not a second offence; a promise of
  // income ("保证月入八千以上") is a claim of its own.
  if (rule === "hype") {
    const claim = hit.field.norm.text.slice(hit.start, hit.end);
    // Round on former-blind-48/49 (branch vet4849-contact): "passive income" alone, in English, beside a pyramid is the
    // scheme's word for its override commissions ("partners enjoy passive income from the sales of everyone they
    // introduce", "Monthly passive income from USD 1,000" on two levels of introductions), labelled fraud.pyramid only in
    // every set that wrote it (former-blind-11, -12, -23, -28, -49); another promise after it is looked for (ruleFlags).
    if (PASSIVE_INCOME_ONLY.test(claim)) return found.some((other) => other.rule === "fraud.pyramid");
    // Round on former-blind-16 (branch vet16-fraud): a guarantee of being hired ("Guaranteed Job", "保证录用", "100%入职")
    // beside a charge for the job or a hire without interview is that scheme's pitch, as it is a paid internship's.
    if (INCOME_CLAIM.test(claim)) return false;
    const hiring = HIRING_GUARANTEE.test(claim);
    return found.some(
      (other) =>
        (hiring && (other.rule === "fee" || other.rule === "fraud.no_interview")) ||
        (by.includes(other.rule) && (other.rule !== "fraud.no_interview" || hiring)),
    );
  }
  const text = hit.field.norm.text;
  const clause = clauseOf(text, hit.start, hit.end);
  const clauseText = text.slice(clause.start, clause.end);
  if (rule === "paid_internship") {
    const sentence = sentenceOf(text, hit.start, hit.end);
    // Round on former-blind-36/37 (branch vet3637-fraud): the internship named inside the training loan's own words ("repay
    // 15% of your internship and first-job income") is that loan's.
    const inLoan = found.some(
      (other) =>
        other.rule === "training_loan" &&
        other.hit.field === hit.field &&
        other.hit.start <= hit.start &&
        other.hit.end >= hit.end,
    );
    return (
      inLoan ||
      (found.some((other) => other.rule === "training_loan") &&
        !PRICE_WORDS.test(text.slice(sentence.start, sentence.end))) ||
      (found.some((other) => other.rule === "fraud.pyramid") &&
        SCHEME_ENTRY.test(text.slice(sentence.start, sentence.end)) &&
        !/实习费|内推费|\binternship\s+fees?\b/u.test(text.slice(sentence.start, sentence.end)))
    );
  }
  if (rule === "fee" && found.some((other) => other.rule === "fraud.pyramid") && SCHEME_ENTRY.test(clauseText))
    return true;
  // Ninth round (former-blind-12, branch vet12): a deposit is never the course's price ("报名需先交1000元押金，课程费
  // 可分期"): the training loan does not absorb it.
  // Eleventh round (former-blind-14, branch vet14-fraud): nor is an application fee ("先交报名费500元，学费可分期").
  // Twelfth round (former-blind-15, branch vet15-fraud): nor an enrolment fee, nor anything non-refundable ("a 2,000-yuan
  // non-refundable enrolment fee payable before the course starts" beside an income-share agreement).
  // Round on former-blind-19 (branch vet19-fraud): nor a sum paid up front while the rest is financed ("Training fee of SGD
  // 3,000 is payable upfront, then the programme is financed by a loan": tests/corpus/CONVENTIONS.md, fee + training_loan).
  // Round on former-blind-32/33 (branch vet3233-fraud): … and in Chinese a sum paid first ("入职先交3000元学费，再签培训贷").
  // (A few words on from the clause: "of SGD 3,000" breaks the clause at its comma.)
  // Round on former-blind-40..43 (branch vet4043-fee): nor a down payment on the financed course ("学费可分12期，首付2000元",
  // "first instalment before class", "GBP 400 registration due now": tests/corpus/CONVENTIONS.md, blind40, fee + training_loan).
  const upfront =
    /^[^.;!?。；！？]{0,40}?\b(?:payable|paid|due|settled)\s+(?:upfront|up[-\s]front|in\s+advance)\b/u.test(
      text.slice(clause.end),
    );
  const deposit =
    upfront ||
    /押金|保证金|定金|订金|报名费|不退|先交|先付|预交|(?<![0零无免不需须])首付(?!\s*(?:0|零)(?![\d.]))|\bfirst\s+(?:instal+ment|payment)\b|\bdue\s+now\b|\bdeposit\b|\b(?:payable|paid|due|settled)\s+(?:upfront|up[-\s]front|in\s+advance)\b|\b(?:registration|application|enrol(?:l)?ment|sign-?up)\s+fees?\b|\bnon-refundable\b/u.test(
      clauseText,
    );
  // Round on former-blind-16 (branch vet16-fraud): nor a charge named for something other than the course ("先交资料费和
  // 考试费共680元，课程费可分期", "an exam fee").
  const ownCharge = OWN_CHARGE.test(clauseText);
  const schemes = deposit || ownCharge ? by.filter((other) => other !== "training_loan") : by;
  // The training's price in a posting already flagged as a training loan is that loan's price
  // ("培训费用由金融机构代付，就业后本人按期还款"), wherever the loan was found.
  if (
    rule === "fee" &&
    !deposit &&
    !ownCharge &&
    found.some((other) => other.rule === "training_loan") &&
    (TRAINING_PRICE.test(clauseText) || SALARY_SHARE.test(clauseText))
  )
    return true;
  // Round on former-blind-17 (branch vet17-fraud): a charge for the place itself (名额费, "matching fee": `SLOT_CHARGE`) in
  // a posting already flagged as a paid internship is that internship's price, in whatever sentence it stands.
  if (rule === "fee" && found.some((other) => other.rule === "paid_internship") && SLOT_CHARGE.test(clauseText))
    return true;
  // Round on former-blind-18 (branch vet18-fraud): the price of the placement service, in the sentence after the guarantee
  // ("…guarantees a Big Four audit internship offer. Service fee RMB 15,800"): tests/corpus/CONVENTIONS.md labels paying
  // for an offer guarantee `paid_internship` only.
  if (rule === "fee" && found.some((other) => other.rule === "paid_internship") && PLACEMENT_SERVICE.test(clauseText))
    return true;
  // Likewise a programme's price in a posting already flagged as a paid internship ("Programme fee:
  // 15,000 RMB, covering placement"): the sentence names what is sold, not a second charge.
  if (rule === "fee" && found.some((other) => other.rule === "paid_internship")) {
    const sentence = sentenceOf(text, hit.start, hit.end);
    if (INTERNSHIP_PRICE.test(text.slice(sentence.start, sentence.end))) return true;
  }
  // Near the clause and in the same sentence: a fee in the sentence before a scheme is a charge of its own
  // ("入职需交纳工装费及建档费共计260元。你下面的人再拉人，你也有提成", former-blind-9).
  const sentence = sentenceOf(text, hit.start, hit.end);
  return found.some(
    (other) =>
      schemes.includes(other.rule) &&
      other.hit.field === hit.field &&
      other.hit.start < Math.min(clause.end + 20, sentence.end) &&
      other.hit.end > Math.max(clause.start - 20, sentence.start),
  );
}

/**
 * A fee in a later sentence than the subsumed one, itself not part of a scheme ("咨询服务费8800元，包进面试" is
 * the paid internship; "transfer a registration fee of RMB 300 after the phone screen" two lines on is a fee).
 * Looks in the subsumed hit's field after its sentence, then in the later fields; a few tries at most.
 */
function laterFee(
  rule: PostingTextRule,
  subsumed: Hit,
  fields: readonly ScannedField[],
  found: ReadonlyArray<{ rule: PostingRuleId; hit: Hit }>,
  /** Where to start in the subsumed hit's field (default: after its sentence). */
  start?: number,
): Hit | null {
  const from = fields.indexOf(subsumed.field);
  for (let i = Math.max(0, from); i < fields.length; i++) {
    const field = fields[i];
    if (!field || rule.skipFields?.includes(field.name)) continue;
    let text = field.norm.text;
    let after = field === subsumed.field ? (start ?? sentenceOf(text, subsumed.start, subsumed.end).end) : 0;
    for (let tries = 0; tries < 3 && after < text.length; tries++) {
      text = " ".repeat(after) + field.norm.text.slice(after);
      const hit = firstMatch(rule, rule.patterns, { ...field, norm: { text, map: field.norm.map } });
      if (!hit) break;
      const real: Hit = { field, start: hit.start, end: hit.end };
      if (!isSubsumed(rule.id, real, found)) return real;
      after = sentenceOf(field.norm.text, hit.start, hit.end).end;
    }
  }
  return null;
}

/**
 * A price for the programme in a posting whose title is an internship ("Remote Research Internship" …
 * "项目费 ¥25,000", "Participants pay 2,500 USD programme tuition"): the internship is what is sold, so
 * the charge is `paid_internship` (the text rule sees one field at a time and misses the title).
 */
// Not 技能实习: Japan's "technical intern" scheme is labour dispatch, charged as an agency fee.
// Round on former-blind-28/29 (branch vet2829-fraud): a bank's insight programme or spring week is a students' internship.
// Round on former-blind-30/31 (branch vet3031-fraud): a hospital's or firm's 见习 (an observership) is a students'
// internship too ("三甲医院见习（安排费）").
const INTERNSHIP_TITLE =
  /(?<!技能)实习|见习|\bintern(?:s|ship)?\b|\bsummer\s+(?:analysts?|associates?)\b|\binsight\s+(?:programmes?|programs?|weeks?|days?)\b|\bspring\s+weeks?\b/u;
// 费用 too (former-blind-11: "项目费用2000元/人").
// Twelfth round (former-blind-15, branch vet15-fraud): an agency's service or placement fee ("Service fee 3,600 yuan",
// "服务费3600元") under an internship title.
// Round on former-blind-17 (branch vet17-fraud): a bare price label with its amount ("Fee: ¥6,000", "费用：6000元", "Price:
// USD 999") under an internship title is the programme's price as well.
// Round on former-blind-28/29 (branch vet2829-fraud): the amount in Chinese numerals ("服务费一千五"), a seat held
// (占坑费, 占位费, 名额费); the place's fee
// named with its service in English ("placement support fee", "seat reservation fee").
// Round on former-blind-20/21 (branch vet2021-fraud): a programme package or referral service priced in any currency
// ("Programme package: EUR 3,900", "Referral code service: HKD 12,000").
// (Round on former-blind-40..43 (branch vet4043-fee): a seat or slot bought under another name, "Seat reservation
// contribution: CHF 1,800".)
const PROGRAMME_PRICE =
  /(?<![\u4e00-\u9fffa-z]\s?)(?:fees?|price|cost|费用|收费|价格)\s*[:：]\s*(?:¥|￥|rmb|cny|usd|\$)?\s*\d|(?:项目|实习|课程|服务|中介|安置|对接|占坑|占位|占座|名额)(?:费用?|押金|保证金)\s*[:：]?\s*(?:¥|￥|rmb|usd|\$)?\s*(?:\d|[一二三四五六七八九两]\s*[百千万])|\b(?:service|agency)\s+(?:fees?|charges?)\s*(?:of\s+)?[:：]?\s*(?:rmb|cny|usd|¥|\$)?\s*\d|\b(?:pay|pays|paid)\b[^.;]{0,24}?\d[\d,]*\s*(?:usd|rmb|cny|yuan|dollars|元)?\s*(?:(?:programme|program|internship|placement)\s+)?(?:tuition|fees?)\b|\b(?:programme|program|internship|placement|seat|slot)\s+(?:(?:support|reservation|booking|service|agency|matching)\s+)?(?:tuition|fees?|contributions?|deposits?)\b[^.;]{0,20}\d|\b(?:programme|program|placement|internship|referral|matching)\s+(?:code\s+)?(?:package|service|price|cost)s?\s*[:：]?\s*(?:¥|￥|rmb|cny|usd|eur|hkd|sgd|gbp|\$)\s*\d/u;
const PROGRAMME_PAID_FOR =
  /免费|不收|由公司|公司承担|\bfree\b|\bwe\s+(?:pay|cover)\b|\bcovered\s+by\b|\bstipend\b|补贴|津贴/u;
/**
 * Round on former-blind-20/21 (branch vet2021-fraud): a stipend or allowance pays the intern; in another clause of the
 * sentence it does not pay the price ("项目费 USD 4,500，实习有 stipend"). Only being free or paid by the employer reaches
 * the whole sentence.
 */
const PROGRAMME_FREE = /免费|不收|由公司|公司承担|\bfree\b|\bwe\s+(?:pay|cover)\b|\bcovered\s+by\b/u;

function soldInternship(fields: readonly ScannedField[], rule: PostingTextRule): Hit | null {
  const title = fields.find((f) => f.name === "title")?.norm.text ?? "";
  if (!INTERNSHIP_TITLE.test(title) || SENIOR_TITLE.test(title)) return null;
  for (const field of fields) {
    if (field.name === "title") continue;
    const text = field.norm.text;
    const m = PROGRAMME_PRICE.exec(text);
    if (!m) continue;
    const sentence = sentenceOf(text, m.index, m.index + m[0].length);
    const said = text.slice(sentence.start, sentence.end);
    // (A stipend or allowance in another clause pays the intern, not the price: "Fee: ¥6,000，stipend 2000-4000/月".)
    const clause = clauseOf(text, m.index, m.index + m[0].length);
    const paidFor =
      PROGRAMME_PAID_FOR.test(text.slice(clause.start, clause.end)) ||
      (PROGRAMME_FREE.test(said) && !/^(?:fees?|price|cost|费用|收费|价格)\s*[:：]/u.test(m[0]));
    if (paidFor || ANTI_FRAUD_NOTICE.test(said)) continue;
    if (isNegated(text, m.index, m.index + m[0].length, rule)) continue;
    return { field, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * Check a posting. Returns one flag per triggered rule, in `POSTING_RULE_IDS` order for the rules and
 * salary checks, then any flag of the learned layer (decision 033) for a rule the rules left silent;
 * an empty array means the posting is clean.
 */
export function checkPosting(input: PostingInput): PostingFlag[] {
  return checkPostingWith(input, learnedModel());
}

/** The rules and lexicons alone, without the learned layer (training and before/after comparisons). */
export function checkPostingRules(input: PostingInput): PostingFlag[] {
  return checkPostingWith(input, null);
}

/** checkPosting with another learned model (cross-validation in scripts/train-checks.ts), or none. */
export function checkPostingWith(input: PostingInput, model: LearnedModel | null): PostingFlag[] {
  const fields = collectFields(input);
  // The last posting's text indexes go now unless this one has the same text (vet-speed7; see `releaseTextIndexes`).
  releaseTextIndexes(fields.map((f) => f.norm.text));
  const flags = ruleFlags(input, fields);
  if (model && model.rules.length > 0) {
    for (const c of learnedCandidates(fields, flags, model, model.threshold)) {
      if (c.score < (model.threshold[c.index] as number)) continue;
      flags.push(learnedFlag(c));
    }
  }
  if (model?.salary) {
    const pay = payResidual(input, fields, flags, model, model.salary);
    if (pay && (pay.high > model.salary.high || pay.low > model.salary.low)) flags.push(learnedPayFlag(input, pay));
  }
  return flags;
}

/**
 * The learned pay check: how far (natural log) the maximum lies above, and the minimum below, the usual pay
 * for the title. Not asked where the rules judged the pay already, for a scheme's pay (commission only,
 * pyramid: the scheme's flag), nor for interns and part-time work (the rules bound those).
 */
function payResidual(
  input: PostingInput,
  fields: readonly ScannedField[],
  flags: readonly PostingFlag[],
  model: LearnedModel,
  atLeast?: { readonly high: number; readonly low: number },
): { high: number; low: number; usual: number } | null {
  if (
    flags.some(
      (f) => f.rule === "salary.implausible" || f.rule === "fraud.commission_only" || f.rule === "fraud.pyramid",
    )
  )
    return null;
  const min = numberOrNull(input.salaryMin);
  const max = numberOrNull(input.salaryMax);
  const top = max ?? min;
  if (top === null || top <= 0 || (min !== null && min <= 0)) return null;
  const title = fields.find((f) => f.name === "title")?.norm.text ?? "";
  const usual = predictLogPay(model, title);
  if (usual === null) return null;
  // Below: even the maximum is far under the usual pay (a band starting low is an entry grade).
  const pay = { high: Math.log(top) - usual, low: usual - Math.log(top), usual };
  // At check time a pay within the thresholds needs no more reading (the text scan costs more than the rest).
  if (atLeast && pay.high <= atLeast.high && pay.low <= atLeast.low) return null;
  if (INTERN_ROLE.test(title) || NOT_FULL_TIME_TITLE.test(title)) return null;
  if (fields.some((f) => NOT_FULL_TIME_TEXT.test(f.norm.text))) return null;
  // Tenth round (former-blind-13, branch vet13-fraud): a usual pay above any real monthly salary means the title's words
  // were learned from bait postings ("Senior … Manager" beside "Financial Freedom Partner"), so "far below" it says
  // nothing: a senior data manager at 20,000–30,000 was told the usual is 163,800.
  if (Math.exp(usual) > USUAL_PAY_TOP) pay.low = Math.min(pay.low, 0);
  return pay;
}

function learnedPayFlag(input: PostingInput, pay: { high: number; low: number; usual: number }): PostingFlag {
  const usual = formatAmount(Math.round(Math.exp(pay.usual) / 100) * 100);
  const stated = `${formatAmount(numberOrNull(input.salaryMin))}–${formatAmount(numberOrNull(input.salaryMax))} 元/月`;
  const above = pay.high >= pay.low;
  return {
    rule: "salary.implausible",
    severity: "warn",
    excerpt: stated,
    message: {
      zh: `与已知的「薪资异常」招聘相似：此处${stated}，已知招聘中同类岗位（${input.title}）月薪通常约${usual}元，${above ? "明显偏高" : "明显偏低"}（模型提示，请人工核实）`,
      en: `Similar to known postings flagged for implausible salary: ${stated} where postings titled like "${input.title}" usually pay about ${usual} CNY/month — far ${above ? "above" : "below"} (learned model; staff decide)`,
    },
    field: "salary",
  };
}

/** The learned pay check's distances for a posting beside these flags (cross-validation), or null. */
export function learnedPayResidual(
  input: PostingInput,
  flags: readonly PostingFlag[],
  model: LearnedModel,
): { high: number; low: number } | null {
  return payResidual(input, collectFields(input), flags, model);
}

/**
 * Students, internships, referrals and offers: where a placement sold is a paid internship rather than a fee.
 * Round on former-blind-17 (branch vet17-fraud): "intern" as a word's start, not "international", "internal", "internet".
 */
// (Round on former-blind-40..43 (branch vet4043-fee): a fellowship, a graduates' programme, "Fellows pay a placement fee".)
const STUDENT_CONTEXT =
  /\bfellow(?:s|ship)\b|实习|内推|在校|学生|学员|应届|毕业生|毕业|校招|校园|留学|求职|录取|上岸|offer|大厂|名企|\bintern(?!ation|al\b|et)|\bstudents?\b|\bgraduat|\bcampus\b|\bcareer\b|\bundergrad|\bresume\b|\bcv\b/u;

/** A job placed abroad or through an agency: what a placement fee buys when no student is involved. */
const PLACEMENT_FOR_JOB = /\bplacement|\bvisas?\b|\bdeparture\b|\boverseas\b|\babroad\b|签证|出国|出境|劳务|派遣|安置/u;

/**
 * Round on former-blind-16 (branch vet16-fraud): graduates welcomed to apply ("欢迎应届毕业生投递", "fresh graduates
 * welcome") is no student buying an internship, nor is a hire said to be immediate ("免面试直接录取": 录取 as the
 * hire): neither keeps a placement fee for a job from being a fee.
 */
const GRADUATES_WELCOME =
  /(?:直接|即|当场|马上|立即|当天)\s*录取|欢迎\s*(?:优秀)?\s*(?:应届)?\s*(?:毕业生|应届生|在校生|往届生)\s*(?:投递|报名|加入|应聘|投简历)|\b(?:fresh\s+|recent\s+)?graduates\s+(?:are\s+)?(?:welcome|encouraged\s+to\s+apply)\b/gu;

/**
 * Round on former-blind-17 (branch vet17-fraud): a charge for the place itself — a slot, a referral, a match, an offer,
 * the programme (名额费, 对接费, 项目费, "matching fee", "placement fee") — in a posting whose title is an internship is the
 * internship sold, whatever shape the fee model found the applicant paying it in (before starting, from the first
 * wages, refundable, 自理). The fee model has already settled who pays; only the name of the scheme changes.
 */
const PLACEMENT_SERVICE =
  /(?:服务|咨询|辅导|协调|安排|渠道|疏通)\s*费|\b(?:service|consult(?:ing|ancy|ation)?|coaching|coordination|arrangement|mentoring|guarantee)\s+(?:fees?|charges?)\b/u;
// (Round vet-wechat: the place sold in agency words — "收费包进", "推荐成功后收取一个月补贴作为服务费".)
const SLOT_CHARGE =
  /(?:名额|项目|对接|协调|联系|安排|占位|占坑|占座|推荐|内推|匹配|席位|offer|实习|保录|录用)\s*(?:费|押金|保证金|保障金)|\bguaranteed\s+(?:[\w-]+\s+){0,2}(?:offers?|places?|placements?|internships?|seats?)\b|(?:收费|交钱|花钱|付费)\s*(?:包进|包录|包上|保进)|(?:(?:推荐|安排|介绍)\s*)?成功\s*(?:后|之后)?\s*(?:收取|收|扣)|\b(?:placement|programme|program|matching|referral|offer(?:\s+guarantee)?|internship|slot|seat|place)\s+(?:agency\s+|service\s+|support\s+|reservation\s+|booking\s+|confirmation\s+)?(?:fees?|charges?|deposits?|tuition|contributions?)\b|\b(?:interview|internship|placement)\s+(?:slots?|seats?|spots?)\b|\bsecure\s+(?:an?\s+|your\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:slots?|seats?|spots?|internships?|offers?)\b/u;
// (Round on former-blind-28/29, branch vet2829-fraud: the place's fee named with its service — "placement support fee",
// "seat reservation fee".)
// (Round on former-blind-20/21, branch vet2021-fraud: the place bought in English — "pay RMB 3,000 to secure an interview
// slot with our partner firms" — as the slot charges above.)
function relabelSlotCharge(
  flags: PostingFlag[],
  found: ReadonlyArray<PostingFlag & { hit: Hit }>,
  fields: readonly ScannedField[],
): void {
  const feeAt = flags.findIndex((f) => f.rule === "fee");
  const hit = found.find((f) => f.rule === "fee")?.hit;
  const title = fields.find((f) => f.name === "title")?.norm.text ?? "";
  if (feeAt < 0 || !hit || !INTERNSHIP_TITLE.test(title) || SENIOR_TITLE.test(title)) return;
  const text = hit.field.norm.text;
  const clause = clauseOf(text, hit.start, hit.end);
  if (!SLOT_CHARGE.test(text.slice(clause.start, clause.end))) return;
  // (Round on former-blind-28/29, branch vet2829-fraud: with paid_internship already flagged, the slot charge is that
  // scheme, not a second fee — "面试前先交占坑费九百九" under an internship title.)
  if (flags.some((f) => f.rule === "paid_internship")) {
    flags.splice(feeAt, 1);
    return;
  }
  const rule = POSTING_TEXT_RULES.find((r) => r.id === "paid_internship");
  const fee = flags[feeAt] as PostingFlag;
  if (rule) flags.splice(feeAt, 1, { ...fee, rule: "paid_internship", severity: rule.severity, message: rule.message });
}

/*
 * Round on former-blind-48/49 (branch vet4849-pay): a membership fee or goods bought from the employer, named alone (a title's
 * "（会员费）" or "（需认购商品）", "先交会员费98元"), is a buy-in of a pyramid only where someone is recruited; when no other
 * pyramid wording stands anywhere in the posting and nobody is recruited, brought in or ranked, it is a fee to work (a
 * translator's membership that unlocks jobs, a 导购's season goods "as uniform"), which the fee rule reports (CONVENTIONS.md,
 * blind49: "nobody is recruited").
 */
const LONE_BUY_IN = /^(?:会员费|入会费|(?:先|需|须)\s*(?:购买|购置|认购)\s*(?:公司)?\s*(?:商品|货品))$/u;
const RECRUITING_WORD =
  /拉人|拉新|推荐|推广|邀请|介绍|发展|带人|拉一|拉个|加入|入会|下线|下级|团队|直推|间推|分销|代理|合伙人|股东|店主|团长|层级|返利|返佣|分红|报单|出局|伞下|见点|复投|\b(?:recruit\w*|invit\w*|refer\w*|friends?|join(?:s|ed|ing)?|bring\w*|brought|downlines?|sponsor\w*|mlm|pyramid|team|levels?|tiers?)\b/u;

function loneBuyIn(flag: PostingFlag & { hit: Hit }, fields: readonly ScannedField[]): boolean {
  if (flag.rule !== "fraud.pyramid" || !LONE_BUY_IN.test(flag.words ?? "")) return false;
  const rule = POSTING_TEXT_RULES.find((r) => r.id === "fraud.pyramid");
  if (!rule) return false;
  for (const field of fields) {
    if (field === flag.hit.field || rule.skipFields?.includes(field.name)) continue;
    if (firstMatch(rule, rule.patterns, field)) return false;
  }
  return !fields.some((f) => RECRUITING_WORD.test(f.norm.text));
}

function ruleFlags(input: PostingInput, fields: readonly ScannedField[]): PostingFlag[] {
  ALLOW_SCANS.clear();
  const found: Array<PostingFlag & { hit: Hit }> = [];
  for (const rule of POSTING_TEXT_RULES) {
    const flag = scanRule(rule, fields);
    if (flag && !loneBuyIn(flag, fields)) found.push(flag);
  }
  const flags: PostingFlag[] = [];
  for (const { hit, ...flag } of found) {
    if (isSubsumed(flag.rule, hit, found)) {
      const rule = POSTING_TEXT_RULES.find((r) => r.id === flag.rule);
      const accept = SEPARATE_OCCURRENCE[flag.rule];
      // Round on former-blind-48/49 (branch vet4849-contact): "passive income" beside a pyramid is the scheme's word; any
      // other hype after it in the posting ("passive income, retire by 35") is still the promise (laterFee's search, from
      // just after the words).
      const passive = flag.rule === "hype" && PASSIVE_INCOME_ONLY.test(hit.field.norm.text.slice(hit.start, hit.end));
      const second = passive
        ? rule
          ? laterFee(rule, hit, fields, found, hit.end)
          : null
        : ((rule && accept ? separateHit(rule, hit, found, accept) : null) ??
          (rule && flag.rule === "fee" ? laterFee(rule, hit, fields, found) : null));
      if (second)
        flags.push({
          ...flag,
          excerpt: excerpt(second.field, second.start, second.end),
          words: offendingWords(second.field, second.start, second.end),
          field: second.field.name,
        });
      continue;
    }
    flags.push(flag);
  }
  if (!flags.some((f) => f.rule === "paid_internship")) {
    const rule = POSTING_TEXT_RULES.find((r) => r.id === "paid_internship");
    const sold = rule ? soldInternship(fields, rule) : null;
    if (rule && sold) {
      // The programme's price is the internship; a fee flag on the same words is that one scheme.
      const feeAt = flags.findIndex((f) => f.rule === "fee" && f.field === sold.field.name);
      if (feeAt >= 0) flags.splice(feeAt, 1);
      flags.push({
        rule: "paid_internship",
        severity: rule.severity,
        excerpt: excerpt(sold.field, sold.start, sold.end),
        message: rule.message,
        field: sold.field.name,
      });
    }
  }
  relabelSlotCharge(flags, found, fields);
  const allText = fields.map((f) => f.norm.text).join("\n");
  // Tenth round (former-blind-13, branch vet13-fraud): a placement or referral sold for a job nobody studies for ("Hotel
  // Receptionist (Dubai) … placement package CNY 18,000 payable before departure") is a fee for the job: the
  // paid-internship rule is about students buying internships, referrals and offers.
  const soldAt = flags.findIndex((f) => f.rule === "paid_internship");
  if (
    soldAt >= 0 &&
    PLACEMENT_FOR_JOB.test((flags[soldAt] as PostingFlag).excerpt.toLowerCase()) &&
    !STUDENT_CONTEXT.test(allText.replace(GRADUATES_WELCOME, " "))
  ) {
    const sold = flags[soldAt] as PostingFlag;
    const feeRule = POSTING_TEXT_RULES.find((r) => r.id === "fee");
    flags.splice(soldAt, 1);
    // Beside a training loan or a pyramid the placement is that scheme's pitch (as a training's price is the loan's).
    const scheme = flags.some((f) => f.rule === "fee" || f.rule === "training_loan" || f.rule === "fraud.pyramid");
    if (feeRule && !scheme) flags.push({ ...sold, rule: "fee", severity: feeRule.severity, message: feeRule.message });
  }
  // A restriction the posting says is set by law or by the part (LAWFUL_BASIS) is not the employer's screen.
  const isProtected = (rule: string): rule is ProtectedRule => (PROTECTED_RULES as readonly string[]).includes(rule);
  const lawful = flags.some((f) => isProtected(f.rule))
    ? lawfulBasisSentences(allText, fields.find((f) => f.name === "title")?.norm.text ?? "")
    : [];
  if (lawful.length > 0) {
    for (let i = flags.length - 1; i >= 0; i--) {
      const rule = flags[i]?.rule;
      if (rule && isProtected(rule) && setByLawfulBasis(rule, lawful)) flags.splice(i, 1);
    }
  }
  flags.push(
    ...checkSalary(
      numberOrNull(input.salaryMin),
      numberOrNull(input.salaryMax),
      allText,
      fields.find((f) => f.name === "title")?.norm.text ?? "",
      {
        commissionOnly: flags.some((f) => f.rule === "fraud.commission_only"),
        pyramid: flags.some((f) => f.rule === "fraud.pyramid"),
        // Round on former-blind-20/21 (branch vet2021-fraud): whether the hype flagged names a figure ("日结500+", "月薪5万
        // 起步"), which can stand for the band; see checkSalary.
        hype: flags.some((f) => f.rule === "hype"),
        hypeNamesFigure: flags.some((f) => f.rule === "hype" && HYPE_FIGURE.test(f.excerpt)),
        requirements: fields.find((f) => f.name === "requirements")?.norm.text ?? "",
        hypeInRequirements: flags.some((f) => f.rule === "hype" && f.field === "requirements"),
      },
    ),
  );
  return flags;
}

// ---------------------------------------------------------------------------
// The learned layer (decision 033)
// ---------------------------------------------------------------------------

let learnedModelCompiled: LearnedModel | null = null;

/**
 * Compiled on first use: pages that only name rules (ruleName, flagLabel) import this module too, and a
 * bundler drops an unused function with its data, not a module-level call.
 */
function learnedModel(): LearnedModel {
  return (learnedModelCompiled ??= compileModel(LEARNED_DATA as unknown as LearnedModelData));
}

/** The flag's message: the rule's name and the words that weighed most. Staff decide; it never blocks. */
const LEARNED_MESSAGE = {
  zh: (rule: string, words: string) => `与已知的「${rule}」招聘相似：${words}（模型提示，请人工核实）`,
  en: (rule: string, words: string) =>
    `Similar to known postings flagged for ${rule.toLowerCase()}: ${words} (learned model; staff decide)`,
} as const;

interface LearnedCandidate {
  readonly rule: PostingRuleId;
  /** Index of the rule in the model. */
  readonly index: number;
  readonly score: number;
  readonly field: ScannedField;
  /** The three heaviest phrases the occurrences that weighed join into (`phrasesOf`), heaviest first. */
  readonly heaviest: readonly Phrase[];
}

/** Occurrences of n-grams joined into a phrase, with their summed weight (normalised offsets). */
interface Phrase {
  start: number;
  end: number;
  weight: number;
}

const TOP_SENTENCES = 3;
/** The learned layer's unit buffer, reused by every sentence of every check (checks run one at a time). */
const LEARNED_UNITS = unitBuffer();
/**
 * The money flow the rules model (decision 013), applied to the learned layer's sentence: a charge or a
 * loan is not one where the sentence says the employer pays or the applicant is paid ("公司出资安排岗前培训",
 * "培训期间带薪", "实习补贴3000元"), and pay is not commission only where a base is stated ("只拿底薪…").
 */
const EMPLOYER_PAYS_SENTENCE = new RegExp(
  `${EMPLOYER_PAYS.before.source}|${EMPLOYER}\\s*(?:出资|出钱|付费)|带薪|免费|补贴|津贴|补助|(?:提供|发放|支付)\\s*(?:日薪|月薪|时薪|薪资|工资|实习工资|实习薪资)|\\bfree\\b|\\bstipend|\\bwe\\s+(?:pay|cover)\\b|\\bcovered\\s+by\\b|\\bfully\\s+paid\\b`,
  "u",
);
const BASE_PAY_STATED =
  // (Round on former-blind-17, branch vet17-fraud: 无 opening a word, "底薪无条件发放", states the base.)
  // (Round on former-blind-20/21, branch vet2021-fraud: a guaranteed or basic wage with its amount, "每月保底工资4000元", too.)
  // (Round on former-blind-40..43, branch vet4043-pay: "no income share – you're on salary" says the pay is a salary.)
  // (Round on former-blind-48/49, branch vet4849-pay: a guaranteed monthly wage with its amount, "保底月薪15000元", too.)
  /(?<![无没零非免不])(?:有|拿|发|含|加|\+)?底薪(?!\s*[:：]?\s*(?:0|零|无(?![需须责条门上限论])|为0|为零))|\bbase\s+(?:salary|pay)\s+(?:of\s+)?(?:rmb|¥|cny)?\s*\d|(?:保底工资|保底薪资|保底月薪|基本工资|固定工资)\s*[:：]?\s*(?:为|是)?\s*[1-9]\d{2,}|\byou(?:'re|’re|\s+are)\s+on\s+(?:a\s+)?(?:salary|payroll|fixed\s+pay)\b|保底月薪\s*[:：]?\s*(?:为|是)?\s*[一二两三四五六七八九十]{1,3}\s*[千万]/u;
/**
 * Round on former-blind-20/21 (branch vet2021-fraud): a money figure in a hype excerpt ("日结500+", "月薪5万", "年薪百万",
 * "RMB 50,000"), not a duration ("within 18 months", "三个月").
 */
const HYPE_FIGURE =
  /\d[\d,.]*\s*(?:\+|元|块|k\b|w\b|万|千|(?:rmb|cny|usd|yuan)\b)|[¥￥$]\s*\d|\b(?:rmb|cny|usd|hkd)\s*\d|[一二两三四五六七八九十百几]+\s*[万千]|百万|千万|\b(?:million|thousand)\b/u;
/**
 * Tenth round (former-blind-13, branch vet13-fraud): the employer saying it charges nothing ("机构不收取老师任何培训费或
 * 保证金", "we never charge candidates") names the charges it refuses; the learned layer read their words as a charge.
 */
// (Round on former-blind-40..43 (branch vet4043-fee): "the client pays our fee, you pay nothing".)
const NO_CHARGE_SENTENCE =
  /\b(?:you|candidates?|applicants?|workers?|interns?|jobseekers?)\s+pay\s+nothing\b|\b(?:the\s+)?(?:client|employer|company)\s+pays\s+(?:our|the|all)\b|(?:不|绝不|从不|不会|无需|无须|不用|不再|概不)\s*(?:向)?[^，,。；;]{0,8}?(?:收取|收|索要|索取)\s*[^，,。；;]{0,8}?(?:任何|一分钱|分文)|\b(?:never|do\s+not|don't|will\s+not|won't|does\s+not|doesn't)\s+(?:ask\s+\w+\s+to\s+pay|charge)\b|\bfree\s+of\s+charge\b/u;
/** A test that holds when every one of the patterns is found somewhere in the text. */
function allOf(...patterns: RegExp[]): RegExp {
  return new RegExp(`^${patterns.map((pattern) => `(?=[\\s\\S]*?(?:${pattern.source}))`).join("")}`, "u");
}
/**
 * Round vet-wechat (general knowledge of WeChat-group and 劳务中介 ads): a sentence that states an ordinary monthly income
 * (MODEST_MONTH after a pay or income word) and names no wealth, no big or daily-thousand figure and no effortless-money
 * phrase. Honest factory, rider and tutoring ads write "月入五六千", "综合七八千"; the learned hype layer read 月入 alone.
 * (Round on former-blind-34/35, branch vet3435-fraud: a band up to 一万五 and a year's 十几万 for the best, "正常一个月收入四千到
 * 一万五，做得好的老员工一年十几万", are ordinary too; and 包包 (a bag) is no 包过 promise.)
 */
const MODEST_INCOME_SENTENCE = new RegExp(
  "^(?![\\s\\S]*(?:买房|买车|提车|豪车|别墅|宝马|奔驰|保时捷|财富|财务自由|躺|暴富|逆袭|翻身|不是梦|斗金|动动手指|一部手机|手机操作|零门槛|无门槛|零风险|稳赚|百万|千万|过万|上万|破万|过千|上千|(?<!(?:一年|年薪|年入|年收入)\\s*十?)[2-9两三四五六七八九十几]\\s*万|\\d{5,}|\\d+(?:\\.\\d+)?\\s*[wW万]|[2-9]\\d\\s*[kK]|日入|日赚|(?:一天|每天)\\s*(?:能|就能)?\\s*(?:赚|挣)|不用上班|不用干活|保证|包你|保你))" +
    `[\\s\\S]*?(?:月入|月薪|月收入|收入|工资|到手|综合|一个月|每月|底薪|保底)[^，,。；;]{0,6}?${MODEST_MONTH}`,
  "u",
);
/**
 * Round on former-blind-34/35 (branch vet3435-fraud): a sentence whose only income figure is a hundred or two a day ("日入一两百",
 * "一天一两百", "每天100-200元") and which names no wealth or effortless money: click-work pay, not a promise of riches.
 */
const MODEST_DAY_SENTENCE =
  "^(?![\\s\\S]*(?:买房|买车|提车|豪车|别墅|财富|财务自由|躺|暴富|逆袭|翻身|不是梦|稳赚|百万|千万|过万|上万|过千|上千|[千万]|\\d{4,}))[\\s\\S]*?(?:日入|日赚|一天|每天)\\s*(?:能|可以?|就能)?\\s*(?:赚|挣|拿)?\\s*(?:[一二两]\\s*[两三]?\\s*百|[1-2]\\d{2}(?:\\s*[-–~到至]\\s*[1-2]\\d{2})?\\s*(?:元|块)?)(?![\\d一二两三四五六七八九十百千万])";
/**
 * Tenth round (former-blind-13, branch vet13-fraud): what the learned layer's sentence must name for the rule to apply at
 * all — a training loan needs a payment, a price or a debt (decision 013), not training alone ("每学期有教研培训").
 */
const LEARNED_ONLY_IF: Partial<Record<PostingRuleId, RegExp>> = {
  // Round on former-blind-20/21 (branch vet2021-fraud): a charge names money, so its sentence does; a bare figure in a
  // phone number or a height ("+48 500 221 100", "Height 163-175 cm") is not one.
  fee: /费|金|钱|交|缴|付|扣|买|购|充值|垫|[¥￥$]|元|块|\b(?:fees?|deposits?|pay\w*|paid|charge\w*|costs?|buy\w*|purchase\w*|bonds?|remit\w*|transfer\w*|wire|top[-\s]?up|refund\w*|rmb|cny|usd|hkd|eur|yuan|money|cash|funds?|price\w*|tuition)\b/u,
  training_loan:
    /费|贷|分期|扣|\d+\s*(?:元|块|万|千)|还款|付|交|缴|[¥￥$]|\b(?:fees?|loans?|pay|paid|tuition|deduct\w*|costs?|instal+ments?|price|rmb|cny|owe)\b/u,
  // Twelfth round (former-blind-15, branch vet15-fraud): a paid internship is sold, so its sentence names a price, a
  // payment or a guarantee ("实习结束可获得实习证明" alone is what any internship gives); hype promises income or wealth,
  // so its sentence names them ("入职需交uniform fee 150元和保证金500元": the figures are charges, not income).
  // Round on former-blind-16 (branch vet16-fraud): a paid internship names what is sold — an internship, a referral, an
  // offer or a placement; a node fee to join a coin scheme is not one.
  // Both at once: the price word and the thing sold may stand anywhere in the sentence.
  paid_internship: allOf(
    /费|\d|付|交|缴|钱|买|卖|价|保|包|[¥￥$]|\b(?:fees?|pay|paid|price|costs?|tuition|rmb|cny|usd|charge[sd]?|buy|sell|sold|guarantee[sd]?)\b/u,
    /实习|内推|offer|录取|录用|见习|实训|\bintern|\breferr|\bplacement|\bprogram/u,
  ),
  // Round on former-blind-34/35 (branch vet3435-fraud): commission-only pay is about pay, so its sentence names a base, a
  // commission, a wage or earnings ("No deposit, no equipment deductions." names none of them).
  "fraud.commission_only":
    /底薪|提成|佣金|工资|薪|收入|业绩|保底|分成|抽成|挣|赚|\b(?:base|basic|salary|salaries|commissions?|pay|paid|earn\w*|income|wages?|quotas?|targets?|draws?|retainer|stipend|allowance|ote)\b/u,
  hype: /月入|年入|日入|收入|赚|挣|薪|工资|到手|富|财|保证(?!金)|(?<!包)包(?:你|您|录|过|赚|就业)|躺|轻松|梦|翻身|逆袭|机会|买房|买车|提车|豪车|房子|车子|万|千|[¥￥$]|\b(?:earn\w*|income|money|rich|wealth\w*|millionaire|guarantee[sd]?|freedom|cash|salary|pay|paid|luxury|ferrari|dream|life|free)\b/u,
};
// What a training loan's sentence names (a loan, instalments, a deduction, a course or its price).
const LOAN_OR_COURSE =
  "贷|分期|月供|扣|还款|学费|學費|培训|培訓|课程|課程|\\b(?:loans?|instal+ments?|deduct\\w*|tuition|courses?|training|academy|diploma|repay\\w*|owe|financ\\w*|bootcamp|certificat\\w*)\\b";
/**
 * Round on former-blind-48/49 (branch vet4849-contact): a typical or expected income stated as a range ("… typically earn
 * RMB 130,000–160,000 in total", "most first-year consultants earn AED 120,000–180,000", "expected first-year income
 * HK$300,000-600,000") in a sentence naming no wealth, ease, guarantee or figure-word promise.
 */
const TYPICAL_EARNINGS_SENTENCE =
  "^(?![\\s\\S]*(?:millionaire|\\bmillions?\\b|figures?\\b|unlimited|\\bsky|guarantee|retire|freedom|passive|\\beas(?:y|ily)\\b|luxury|ferrari|porsche|lambo|\\bup\\s+to\\b|\\+|百万|财务自由|躺|轻松|不是梦))" +
  "[\\s\\S]*?(?:\\b(?:typically|usually|generally|normally|on\\s+average)\\s+earns?\\b|\\bmost\\s+(?:[a-z-]+\\s+){0,2}?earn\\b|\\b(?:expected|typical|median|average)\\s+(?:first[-\\s]year\\s+|annual\\s+|monthly\\s+|yearly\\s+|total\\s+)?(?:income|earnings)\\b)" +
  "[^.;]{0,24}?\\d[\\d,.]*\\s*k?\\s*(?:-|–|~|to|and)\\s*(?:[a-z$¥]{1,4}\\s*)?\\d";
const LEARNED_NOT_IF: Partial<Record<PostingRuleId, RegExp>> = {
  // Round on former-blind-32/33 (branch vet3233-fraud): a sentence that states a rate per unit of work and names no charge
  // ("拍剧情短视频，每条300-800元", "广告旁白配音，每条200-500元") is pay.
  fee: new RegExp(
    `${EMPLOYER_PAYS_SENTENCE.source}|${NO_CHARGE_SENTENCE.source}` +
      "|^(?![\\s\\S]*(?:费|押|交|缴|扣|买|购|充值|垫|租|\\b(?:fees?|deposits?|charges?|buy|purchase)\\b))[\\s\\S]*?(?:每|一)\\s*(?:条|单|件|篇|场|集|首|次|小时|天|节课?)\\s*\\d[\\d,.]*\\s*(?:[-–~至到]\\s*\\d[\\d,.]*)?\\s*(?:元|块)" +
      // Round on former-blind-40..43 (branch vet4043-fee): a sentence that states the worker's pay after a pay word and names
      // no charge ("每条视频酬劳300-500元", "Monthly pay CNY 800–1,200.") is pay, whatever figure the model weighed.
      "|^(?![\\s\\S]*(?:费|押|交|缴|扣|买|购|充值|垫|租|\\b(?:fees?|deposits?|charges?|buy|purchase|bonds?)\\b))[\\s\\S]*?(?:酬劳|报酬|月薪|薪资|工资|日薪|时薪|\\bpay\\b|\\bsalary\\b|\\bwages?\\b|\\bstipend\\b)\\s*[:：]?\\s*(?:为|是|of)?\\s*(?:rmb|cny|usd|[¥￥$])?\\s*\\d",
    "u",
  ),
  // Round vet-wechat: a sentence whose income figure is an ordinary month's pay and which names no wealth, ease-of-money or
  // big figure ("钢琴老师课时费另算，月入六千到一万", "工作轻松，收入稳定，月入四千五") states pay, not hype.
  // Round on former-blind-34/35 (branch vet3435-fraud): … nor does a day's income of a hundred or two with no wealth word
  // ("一个一块，日入一两百").
  // Round on former-blind-48/49 (branch vet4849-contact): nor does a sentence giving what the role typically or is expected
  // to earn as a range, with no wealth, ease or guarantee word ("first-year agents typically earn SGD 40,000–55,000 in
  // total", "Expected first-year income HK$300,000–600,000"): the model weighed "year" and "earn", which honest pay shares.
  hype: new RegExp(`${MODEST_INCOME_SENTENCE.source}|${MODEST_DAY_SENTENCE}|${TYPICAL_EARNINGS_SENTENCE}`, "u"),
  paid_internship: new RegExp(`${EMPLOYER_PAYS_SENTENCE.source}|${NO_CHARGE_SENTENCE.source}`, "u"),
  "fraud.commission_only": BASE_PAY_STATED,
  // Ninth round (former-blind-12, branch vet12): originals shown and handed straight back, and a training fee paid
  // outright (a fee, not a loan: "培训费980元现场缴纳").
  // Tenth round (former-blind-13, branch vet13-fraud): documents the employee keeps ("员工自行保管身份证", "公司不代管任何证件").
  // Round on former-blind-48/49 (branch vet4849-contact): a copy sent with the application while the original stays with
  // the applicant ("附上身份證明文件副本（只供核實身份之用，正本毋須交予公司）").
  "fraud.id_or_bank":
    /(?:副本|复印件)[^。；;!！?？\n]{0,30}?(?:正本|原件)\s*(?:毋须|无须|无需|不需要?|不用|不必|不须)|(?:核验|核对|查验|验证|验看)\s*(?:后|完)\s*(?:即|立即|当场|马上|当即|即时)?\s*(?:归还|退还|返还)|(?:自行|自己|本人)\s*(?:保管|保存|持有)|(?:公司|单位|我司|本公司)\s*(?:不|从不|绝不|不会)\s*(?:代管|保管|扣留|扣押|收取|收存)/u,
  training_loan: new RegExp(
    `${EMPLOYER_PAYS_SENTENCE.source}|${NO_CHARGE_SENTENCE.source}|(?:现场|当场|一次性|当天|报名时|入职时)\\s*(?:缴纳|交纳|缴清|交清|支付|付清)(?![^，,。；;]{0,10}(?:分期|贷|月供|扣))` +
      // Round on former-blind-16 (branch vet16-fraud): a named charge paid with its amount and no instalment or wage
      // deduction in the sentence ("缴纳培训资料费880元，考核通过后签合同").
      "|(?:缴纳|交纳|支付)\\s*[\\u4e00-\\u9fff]{0,6}?费\\s*\\d+\\s*(?:元|块)(?![^。；;]{0,30}(?:分期|贷|月供|扣|还款|工资))" +
      // Round on former-blind-22/23 (branch vet2223-fraud): a sentence naming no loan, instalment, deduction or course
      // whose money is a pay band ("RMB 14,000–19,000 monthly.", "RMB 10,000–12,000.") or a buy-in to become a partner or
      // agent ("Pay RMB 50,000 to become a city partner": a scheme's fee, not a loan).
      `|^(?![\\s\\S]*(?:${LOAN_OR_COURSE}))[\\s\\S]*?(?:(?:rmb|cny|usd|[¥￥$])\\s*\\d[\\d,.]*\\s*k?\\s*[-–~至到]\\s*(?:rmb|cny|usd|[¥￥$])?\\s*\\d|\\bto\\s+become\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+)?(?:partner|agent|distributor|member|franchisee|reseller|ambassador|dealer)s?\\b|成为\\s*(?:[\\u4e00-\\u9fff]{0,4})?(?:合伙人|代理|会员|经销商|加盟商|团长))`,
    "u",
  ),
};

/**
 * The fields the model was trained on (the corpus has no others). Benefits and contact details have
 * wording of their own — a payroll bank card, a recruiter's WeChat in the contact field — that the
 * corpus never showed it, so they are left to the rules.
 */
const LEARNED_FIELDS: readonly string[] = ["title", "description", "requirements"];
/**
 * Two separate phrases of two characters or more must weigh for the rule, each at least this much: a topic
 * word alone ("身份证" … "件" in "身份证复印件留存人事档案", "底薪+佣金") is what clean near misses share with
 * violations; a violation names the thing and what is done with it, as the rules' attribute × marker does.
 */
const LEARNED_PHRASE_WEIGHT = 0.75;

/** Occurrences that touch or overlap joined into phrases, with their summed weight, in reading order. */
export function phrasesOf(
  top: ReadonlyArray<{ start: number; end: number; weight: number }>,
): Array<{ start: number; end: number; weight: number }> {
  const merged: Array<{ start: number; end: number; weight: number }> = [];
  for (const t of [...top].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && t.start <= last.end) {
      last.end = Math.max(last.end, t.end);
      last.weight += t.weight;
    } else merged.push({ start: t.start, end: t.end, weight: t.weight });
  }
  return merged;
}

/**
 * What a sentence's walk (`sentenceWalk`) gives for rule index r: the heaviest occurrence — the first of
 * `contributions`' order (heaviest, then earliest, then shortest), the first of the heaviest in reading order —, how
 * many of the phrases `phrasesOf` would join weigh at least LEARNED_PHRASE_WEIGHT over two characters or more, and the
 * three heaviest of them, heaviest first, the earlier first on a tie (as `learnedWords`' stable sort of them all ordered
 * them). Phrases are joined as `phrasesOf` joins them (by start, then longest first: their weights summed in the same
 * order). Without an object per occurrence or phrase, or a sort (vet-speed5: a 5,000-character sentence of one phrase
 * repeated has thousands of occurrences and phrases, sorted and copied per rule).
 */
function walkPhrases(
  model: LearnedModel,
  walk: SentenceWalk,
  r: number,
): { anchor: { feature: string; start: number; end: number } | null; weighty: number; heaviest: Phrase[] } {
  const arena = walkArena();
  const R = model.rules.length;
  const weights = model.weights;
  const heaviest: Phrase[] = [];
  let weighty = 0;
  // The phrase being joined (none while `to` is -1), counted and ranked once nothing more joins it. (Locals, not a
  // closure's: a number written to a closure's variable is a new heap object each time.)
  let from = 0;
  let to = -1;
  let weight = 0;
  let anchorAt = -1;
  let anchorWeight = 0;
  const end = walk.at + 3 * walk.count;
  for (let g = walk.at; g < end;) {
    const start = arena[g + 1] as number;
    let h = g + 3;
    while (h < end && arena[h + 1] === start) h += 3;
    for (let k = g; k < h; k += 3) {
      const w = weights[(arena[k] as number) * R + r] as number;
      if (w > 0 && (anchorAt < 0 || w > anchorWeight)) {
        anchorAt = k;
        anchorWeight = w;
      }
    }
    for (let k = h - 3; k >= g; k -= 3) {
      const w = weights[(arena[k] as number) * R + r] as number;
      if (!(w > 0)) continue;
      const stop = arena[k + 2] as number;
      if (to >= 0 && start <= to) {
        to = Math.max(to, stop);
        weight += w;
      } else {
        if (to >= 0) weighty += rankPhrase(heaviest, from, to, weight);
        from = start;
        to = stop;
        weight = w;
      }
    }
    g = h;
  }
  if (to >= 0) weighty += rankPhrase(heaviest, from, to, weight);
  const anchor =
    anchorAt < 0
      ? null
      : {
          feature: model.featureOf[arena[anchorAt] as number] ?? "",
          start: arena[anchorAt + 1] as number,
          end: arena[anchorAt + 2] as number,
        };
  return { anchor, weighty, heaviest };
}

/**
 * Keeps the phrase [from, to) of `weight` among the three heaviest (heaviest first, the earlier first on a tie); 1 when it
 * weighs at least LEARNED_PHRASE_WEIGHT over two characters or more, else 0.
 */
function rankPhrase(heaviest: Phrase[], from: number, to: number, weight: number): number {
  if (heaviest.length < 3 || weight > (heaviest[2] as Phrase).weight) {
    let k = heaviest.length;
    while (k > 0 && (heaviest[k - 1] as Phrase).weight < weight) k--;
    heaviest.splice(k, 0, { start: from, end: to, weight });
    if (heaviest.length > 3) heaviest.pop();
  }
  return weight >= LEARNED_PHRASE_WEIGHT && to - from >= 2 ? 1 : 0;
}

/**
 * For each rule of the model the rules left silent, the best-scoring sentence that is not negated
 * where it weighs most and is not an anti-fraud notice — with its score, whatever the threshold.
 */
function learnedCandidates(
  fields: readonly ScannedField[],
  flags: readonly PostingFlag[],
  model: LearnedModel,
  atLeast?: Float64Array,
): LearnedCandidate[] {
  const R = model.rules.length;
  const flagged = new Set(flags.map((f) => f.rule));
  const eligible: boolean[] = model.rules.map((rule) => {
    if (flagged.has(rule as PostingRuleId)) return false;
    // A fee or a hype claim beside a scheme is the scheme's (SUBSUMED_BY), as the rules report it. (Only the schemes
    // that subsume a rule whatever its words: a no-interview offer subsumes only a hiring guarantee, a training loan only
    // an unpriced referral, and the learned layer's phrases say neither.)
    return !(SUBSUMED_BY[rule as PostingRuleId] ?? []).some(
      (by) => flagged.has(by) && !CONDITIONALLY_SUBSUMED.has(`${rule}<${by}`),
    );
  });
  if (!eligible.some(Boolean)) return [];
  // Per rule the few best sentences, so a negated best one gives way to the next.
  const best: Array<Array<{ score: number; field: ScannedField; start: number; end: number }>> = model.rules.map(
    () => [],
  );
  const out = new Float64Array(R);
  for (const field of fields) {
    if (!LEARNED_FIELDS.includes(field.name)) continue;
    const text = field.norm.text;
    const bounds = sentenceBounds(text);
    for (let k = 0; k < bounds.length; k += 2) {
      const start = bounds[k] as number;
      const end = bounds[k + 1] as number;
      // At check time a sentence no eligible rule's threshold is within reach of is not scored.
      if (!scoreSpan(model, text, start, end, LEARNED_UNITS, out, atLeast, eligible)) continue;
      for (let r = 0; r < R; r++) {
        if (!eligible[r]) continue;
        const list = best[r] as Array<{ score: number; field: ScannedField; start: number; end: number }>;
        const score = out[r] as number;
        if (atLeast && score < (atLeast[r] as number)) continue;
        if (list.length === TOP_SENTENCES && score <= (list[TOP_SENTENCES - 1]?.score ?? -Infinity)) continue;
        list.push({ score, field, start, end });
        list.sort((a, b) => b.score - a.score);
        if (list.length > TOP_SENTENCES) list.pop();
      }
    }
  }
  const candidates: LearnedCandidate[] = [];
  // A sentence is walked once, whichever rules ask about it (vet-speed5).
  resetWalks();
  const walks: Array<{ field: ScannedField; start: number; end: number; walk: SentenceWalk }> = [];
  const walkOf = (field: ScannedField, start: number, end: number): SentenceWalk => {
    for (const w of walks) if (w.field === field && w.start === start && w.end === end) return w.walk;
    const walk = sentenceWalk(model, field.norm.text, start, end);
    walks.push({ field, start, end, walk });
    return walk;
  };
  for (let r = 0; r < R; r++) {
    const rule = model.rules[r] as PostingRuleId;
    const textRule = POSTING_TEXT_RULES.find((x) => x.id === rule);
    for (const s of best[r] ?? []) {
      // At check time only a sentence at the threshold can flag: the guards below are not worth asking.
      if (atLeast && s.score < (atLeast[r] as number)) break;
      const text = s.field.norm.text;
      const said = text.slice(s.start, s.end);
      if (ANTI_FRAUD_NOTICE.test(said) || (textRule?.ignoreInSentence?.test(said) ?? false)) continue;
      const { anchor, weighty, heaviest } = walkPhrases(model, walkOf(s.field, s.start, s.end), r);
      if (!anchor || weighty < 2) continue;
      if (textRule?.skipFields?.includes(s.field.name)) continue;
      if (LEARNED_NOT_IF[rule]?.test(said)) continue;
      if (LEARNED_ONLY_IF[rule] && !LEARNED_ONLY_IF[rule].test(said)) continue;
      // A negated heaviest phrase is not a violation — unless the negation is itself what weighs ("¬面¬试" in
      // "无需面试": the model learned the negated form, as the rules' negative matches do).
      if (textRule && !anchor.feature.includes("¬") && isNegated(text, anchor.start, anchor.end, textRule)) continue;
      // The rules' carve-outs hold here too ("入职后提供银行卡用于发放工资").
      if (textRule?.allow && cachedAllowScan(textRule.allow, text)(anchor.start, anchor.end)) continue;
      if (textRule?.namedAsDuty && cachedAllowScan(textRule.namedAsDuty, text)(anchor.start, anchor.end)) continue;
      candidates.push({ rule, index: r, score: s.score, field: s.field, heaviest });
      break;
    }
  }
  // A protected attribute in a sentence that cites a lawful basis is not the employer's screen.
  const protectedOnes = candidates.filter((c) => (PROTECTED_RULES as readonly string[]).includes(c.rule));
  if (protectedOnes.length === 0) return candidates;
  const allText = fields.map((f) => f.norm.text).join("\n");
  const lawful = lawfulBasisSentences(allText, fields.find((f) => f.name === "title")?.norm.text ?? "");
  if (lawful.length === 0) return candidates;
  return candidates.filter(
    (c) =>
      !(PROTECTED_RULES as readonly string[]).includes(c.rule) || !setByLawfulBasis(c.rule as ProtectedRule, lawful),
  );
}

/**
 * The words that weighed most, as the poster wrote them: occurrences that touch joined into a phrase
 * ("月入" + "过万" → "月入过万"), the three heaviest phrases in reading order.
 */
function learnedWords(c: LearnedCandidate): { spans: Array<{ start: number; end: number }>; words: string } {
  const spans = [...c.heaviest];
  const heaviest = spans[0] ?? { start: 0, end: 0, weight: 0 };
  const words = [
    ...new Set([...spans].sort((a, b) => a.start - b.start).map((s) => offendingWords(c.field, s.start, s.end))),
  ].join("、");
  // The excerpt centres on the heaviest phrase.
  return { spans: [heaviest, ...spans.slice(1)], words };
}

function learnedFlag(c: LearnedCandidate): PostingFlag {
  const { spans, words } = learnedWords(c);
  const first = spans[0] ?? { start: 0, end: 0 };
  const name = ruleName(c.rule);
  return {
    rule: c.rule,
    severity: "warn",
    excerpt: excerpt(c.field, first.start, first.end),
    words: offendingWords(c.field, first.start, first.end),
    message: { zh: LEARNED_MESSAGE.zh(name.zh, words), en: LEARNED_MESSAGE.en(name.en, words) },
    field: c.field.name,
  };
}

/**
 * The learned layer's best score per rule for a posting, whatever the thresholds (rules the rules flagged,
 * or that a flagged scheme subsumes, are absent): for choosing thresholds by cross-validation.
 */
export function learnedScores(
  input: PostingInput,
  flags: readonly PostingFlag[],
  model: LearnedModel,
): Map<PostingRuleId, number> {
  const fields = collectFields(input);
  return new Map(learnedCandidates(fields, flags, model).map((c) => [c.rule, c.score]));
}

/** A rule's short name ("性别歧视" / "Gender discrimination"), for checkboxes and filters. */
export function ruleName(rule: PostingRuleId): BilingualText {
  if (rule === "salary.missing") return { zh: "缺少薪酬", en: "Salary missing" };
  if (rule === "salary.implausible") return { zh: "薪资异常", en: "Implausible salary" };
  const message = POSTING_TEXT_RULES.find((r) => r.id === rule)?.message;
  if (!message) return { zh: rule, en: rule };
  return { zh: message.zh.split("：")[0] ?? rule, en: message.en.split(":")[0] ?? rule };
}

/** Flags the database adds on submit (runSubmissionChecks), named for the reviewer. */
const STANDING_FLAG_NAMES: Record<string, BilingualText> = {
  "employer.unverified": { zh: "单位尚未通过审核", en: "Employer not verified" },
  "employer.suspended": { zh: "单位已被暂停", en: "Employer suspended" },
  duplicate: { zh: "重复岗位", en: "Duplicate posting" },
};

/** Any stored flag's rule as a label a reviewer reads (never the rule code). */
export function flagLabel(rule: string): BilingualText {
  return STANDING_FLAG_NAMES[rule] ?? ruleName(rule as PostingRuleId);
}

/** True when any flag prevents publishing. */
export function hasBlockingFlag(flags: readonly PostingFlag[]): boolean {
  return flags.some((f) => f.severity === "block");
}
