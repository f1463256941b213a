/**
 * The search document for a published posting, and the pure mapping from a database row to it.
 * The lists it indexes come from `vocabulary/`, like the schema's and the pages'.
 */
import {
  EMPLOYER_TYPES,
  JOB_TYPES,
  POSTING_DEGREES,
  SALARY_BANDS,
  type EmployerType,
  type JobType,
  type PostingDegree,
  type SalaryBand,
} from "../vocabulary";
import { endOfSchoolDay } from "../app/time";

export { EMPLOYER_TYPES, JOB_TYPES, POSTING_DEGREES, SALARY_BANDS };
export type { EmployerType, JobType, PostingDegree, SalaryBand };

export interface PostingDocument {
  id: string;
  title: string;
  employerId: string;
  employerName: string;
  employerType: EmployerType;
  /** Chinese label, e.g. "互联网/IT". */
  industry: string;
  category: string;
  jobType: JobType;
  degree: PostingDegree;
  majors: string[];
  provinces: string[];
  cities: string[];
  /** CNY per month. */
  salaryMin: number;
  salaryMax: number;
  salaryBand: SalaryBand;
  /** "grassroots_西部计划", "enlistment", ...; null for an ordinary posting. */
  programme: string | null;
  duties: string;
  requirements: string;
  benefits: string;
  headcount: number;
  /** Unix seconds. */
  publishedAt: number;
  /** Unix seconds: the last moment the posting accepts applications. */
  deadline: number;
  keywords: string[];
}

/** Lower bounds (CNY per month, inclusive) of each band, in the order of {@link SALARY_BANDS}. */
const BAND_FLOORS: ReadonlyArray<readonly [floor: number, band: SalaryBand]> = [
  [30_000, "30k+"],
  [20_000, "20-30k"],
  [12_000, "12-20k"],
  [8_000, "8-12k"],
  [5_000, "5-8k"],
  [0, "<5k"],
];

/**
 * The salary band of a monthly pay range, by its **midpoint**.
 *
 * Bands are half-open: [5000, 8000) is "5-8k", so 8000 exactly is "8-12k". The midpoint is what a
 * graduate can roughly expect; banding by the minimum would put 6k–15k beside 6k–7k, and by the
 * maximum would reward inflated upper bounds. A searcher who needs a guaranteed floor uses the
 * numeric `salaryMin` filter instead. A maximum below the minimum is read as the minimum (the form
 * rejects that order; the index should not crash on a legacy row).
 */
export function salaryBand(min: number, max: number): SalaryBand {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < 0) {
    throw new RangeError(`salaryBand: invalid range ${min}–${max}`);
  }
  const midpoint = (min + Math.max(min, max)) / 2;
  for (const [floor, band] of BAND_FLOORS) if (midpoint >= floor) return band;
  return "<5k";
}

export interface PostingRow {
  id: string;
  title: string;
  category: string;
  jobType: JobType;
  degree: PostingDegree;
  majors: string[];
  cities: ReadonlyArray<{ province: string; city: string }>;
  salaryMin: number;
  salaryMax: number;
  programme?: string | null;
  duties: string;
  requirements: string;
  benefits: string;
  headcount: number;
  publishedAt: Date;
  /**
   * A Date is the last moment applications are accepted. A "YYYY-MM-DD" string (the `date` column
   * the postings table uses) means the whole of that school day, to its last second (`endOfSchoolDay`).
   */
  deadline: Date | string;
  employer: { id: string; name: string; type: EmployerType; industry: string };
}

const EMPLOYER_TYPE_WORDS: Record<EmployerType, string[]> = {
  government: ["机关", "政府"],
  public_institution: ["事业单位"],
  state_owned: ["国企", "国有企业"],
  private: ["民企", "民营企业"],
  foreign: ["外企", "外资企业"],
  joint_venture: ["合资企业"],
  social_org: ["社会组织"],
  other: [],
};

const JOB_TYPE_WORDS: Record<JobType, string[]> = {
  full_time: ["全职"],
  internship: ["实习", "实习生"],
  part_time: ["兼职"],
};

/** Words people search for a programme by; an unknown "grassroots_X" contributes X. */
const PROGRAMME_WORDS: Record<string, string[]> = {
  enlistment: ["参军入伍", "征兵", "应征入伍"],
};

/** Recruiting boilerplate in titles that says nothing about the job. */
const TITLE_NOISE =
  /^(?:\d{2,4}届?|20\d{2}年?|(?:20\d{2}届?)?(?:校园招聘|校招|社会招聘|社招|春招|秋招|春季招聘|秋季招聘|招聘|急招|诚聘|热招))$/;
const TITLE_SEPARATORS = /[\s\-–—_·•|｜/／\\,，、;；:：()（）[\]【】<>《》「」"'“”‘’!！?？+＋&]+/u;
const MAX_KEYWORDS = 40;

/**
 * Keywords: title fragments (split on punctuation, recruiting boilerplate such as "2025届校园招聘"
 * dropped), the category and its parts (算法/人工智能 → 算法, 人工智能), the majors, the industry's
 * parts, and the words people use for the employer type (国企, 外企, 事业单位), the job type (实习,
 * 兼职) and the programme (西部计划, 参军入伍), none of which appear in the searchable text
 * otherwise. Deduplicated case-insensitively, first spelling kept, at most 40.
 */
export function postingKeywords(input: {
  title: string;
  category: string;
  majors: readonly string[];
  industry?: string;
  employerType?: EmployerType;
  jobType?: JobType;
  programme?: string | null;
}): string[] {
  const words: string[] = [];
  for (const part of input.title.split(TITLE_SEPARATORS)) if (!TITLE_NOISE.test(part)) words.push(part);
  words.push(input.category, ...input.category.split(TITLE_SEPARATORS));
  words.push(...input.majors);
  if (input.industry) words.push(...input.industry.split(TITLE_SEPARATORS));
  if (input.employerType) words.push(...EMPLOYER_TYPE_WORDS[input.employerType]);
  if (input.jobType) words.push(...JOB_TYPE_WORDS[input.jobType]);
  if (input.programme) words.push(...programmeWords(input.programme));

  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.normalize("NFKC").trim();
    const key = word.toLowerCase();
    if (word.length === 0 || word === "其他" || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
    if (out.length === MAX_KEYWORDS) break;
  }
  return out;
}

function programmeWords(programme: string): string[] {
  const known = PROGRAMME_WORDS[programme];
  if (known) return known;
  const match = /^grassroots_(.+)$/.exec(programme);
  return match ? [match[1], "基层项目"] : [];
}

/** Date → Unix seconds; an invalid Date is a bug upstream and must not reach the index. */
export function toEpochSeconds(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("toEpochSeconds: invalid date");
  return Math.floor(ms / 1000);
}

function uniqueTrimmed(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const v = value.trim();
    if (v.length > 0 && !out.includes(v)) out.push(v);
  }
  return out;
}

/** Maps a published posting (joined with its employer) to its search document. */
export function toPostingDocument(row: PostingRow): PostingDocument {
  const majors = uniqueTrimmed(row.majors);
  const programme = row.programme?.trim() || null;
  return {
    id: row.id,
    title: row.title.trim(),
    employerId: row.employer.id,
    employerName: row.employer.name.trim(),
    employerType: row.employer.type,
    industry: row.employer.industry.trim(),
    category: row.category.trim(),
    jobType: row.jobType,
    degree: row.degree,
    majors,
    provinces: uniqueTrimmed(row.cities.map((c) => c.province)),
    cities: uniqueTrimmed(row.cities.map((c) => c.city)),
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    salaryBand: salaryBand(row.salaryMin, row.salaryMax),
    programme,
    duties: row.duties,
    requirements: row.requirements,
    benefits: row.benefits,
    headcount: row.headcount,
    publishedAt: toEpochSeconds(row.publishedAt),
    deadline: typeof row.deadline === "string" ? endOfSchoolDay(row.deadline) : toEpochSeconds(row.deadline),
    keywords: postingKeywords({
      title: row.title,
      category: row.category,
      majors,
      industry: row.employer.industry,
      employerType: row.employer.type,
      jobType: row.jobType,
      programme,
    }),
  };
}
