/**
 * Reranking of recommendation candidates with explainable features. Pure: Meilisearch finds the
 * candidates (matching.server.ts), this module scores each one and says why, so every card and
 * every digest line can show its reasons ("专业对口", "期望城市", "技能匹配：Java、Spring", ...).
 *
 * Each feature adds a fixed weight and, when it fires, a reason. A degree the graduate does not
 * hold sinks the posting (they cannot apply in earnest) instead of removing it, so a thin
 * candidate list still shows something.
 */
import type { JobType, PostingDegree } from "../../vocabulary";

export interface Candidate {
  id: string;
  title: string;
  category: string;
  industry: string;
  jobType: JobType;
  degree: PostingDegree;
  majors: string[];
  cities: string[];
  salaryMin: number;
  salaryMax: number;
  requirements: string;
  keywords: string[];
  /** Unix seconds. */
  publishedAt: number;
}

export interface MatchProfile {
  major: string;
  degree: "associate" | "bachelor" | "master" | "doctor";
  skills: string[];
  preferredCities: string[];
  preferredIndustries: string[];
  expectedPay: number | null;
  jobTypes: JobType[];
}

/** A reason as a message key and parameters; {@link reasonText} renders it. */
export interface Reason {
  key: string;
  params?: Record<string, string>;
}

export interface Ranked {
  postingId: string;
  score: number;
  reasons: Reason[];
  features: Features;
}

export interface Features {
  majorFits: boolean;
  cityPreferred: boolean;
  payMeetsExpectation: boolean;
  skillsMatched: string[];
  degreeFits: boolean;
  fresh: boolean;
  jobTypeFits: boolean;
  industryPreferred: boolean;
}

export const WEIGHTS = {
  major: 3,
  /** Per matched skill, at most three counted. */
  skill: 1,
  city: 2,
  pay: 1.5,
  degree: 1,
  degreeMismatch: -6,
  fresh: 1,
  jobType: 1,
  industry: 1,
  /** Up to this much for Meilisearch's own order, so equally good postings keep the engine's ranking. */
  engineRank: 0.5,
} as const;

export const FRESH_DAYS = 7;
const DEGREE_RANK: Record<PostingDegree, number> = { any: 0, associate: 1, bachelor: 2, master: 3, doctor: 4 };

export function degreeFits(graduate: MatchProfile["degree"], required: PostingDegree): boolean {
  return DEGREE_RANK[graduate] >= DEGREE_RANK[required];
}

/** Skills found in the posting's title, category, requirements or keywords, case-insensitively, in the graduate's order. */
// Memoised per candidate object: a digest round reranks the same few hundred candidates for
// thousands of graduates, and building the lower-cased text is most of the cost of a feature.
const haystacks = new WeakMap<Candidate, string>();

export function matchedSkills(skills: string[], candidate: Candidate): string[] {
  if (skills.length === 0) return [];
  let haystack = haystacks.get(candidate);
  if (haystack === undefined) {
    haystack = [candidate.title, candidate.category, candidate.requirements, ...candidate.keywords]
      .join(" ")
      .toLowerCase();
    haystacks.set(candidate, haystack);
  }
  const out: string[] = [];
  for (const skill of skills) {
    const needle = skill.trim().toLowerCase();
    if (needle && haystack.includes(needle) && !out.some((s) => s.toLowerCase() === needle)) out.push(skill.trim());
  }
  return out;
}

export function features(profile: MatchProfile, candidate: Candidate, nowSeconds: number): Features {
  const preferredIndustries = profile.preferredIndustries.map((i) => i.trim()).filter(Boolean);
  return {
    majorFits: candidate.majors.includes(profile.major),
    cityPreferred: candidate.cities.some((city) => profile.preferredCities.includes(city)),
    payMeetsExpectation:
      profile.expectedPay !== null && profile.expectedPay > 0 && candidate.salaryMax >= profile.expectedPay,
    skillsMatched: matchedSkills(profile.skills, candidate),
    degreeFits: degreeFits(profile.degree, candidate.degree),
    fresh: nowSeconds - candidate.publishedAt <= FRESH_DAYS * 86_400,
    jobTypeFits: profile.jobTypes.length > 0 && profile.jobTypes.includes(candidate.jobType),
    industryPreferred: preferredIndustries.some(
      (industry) => candidate.industry === industry || candidate.industry.split("/").includes(industry),
    ),
  };
}

export function reasonsFor(f: Features): Reason[] {
  const reasons: Reason[] = [];
  if (f.majorFits) reasons.push({ key: "recommend.reason.major" });
  if (f.skillsMatched.length)
    reasons.push({ key: "recommend.reason.skills", params: { skills: f.skillsMatched.slice(0, 3).join("、") } });
  if (f.cityPreferred) reasons.push({ key: "recommend.reason.city" });
  if (f.payMeetsExpectation) reasons.push({ key: "recommend.reason.pay" });
  if (f.industryPreferred) reasons.push({ key: "recommend.reason.industry" });
  if (f.jobTypeFits) reasons.push({ key: "recommend.reason.jobType" });
  if (f.degreeFits) reasons.push({ key: "recommend.reason.degree" });
  if (f.fresh) reasons.push({ key: "recommend.reason.fresh" });
  return reasons;
}

export function scoreOf(f: Features): number {
  return (
    (f.majorFits ? WEIGHTS.major : 0) +
    Math.min(f.skillsMatched.length, 3) * WEIGHTS.skill +
    (f.cityPreferred ? WEIGHTS.city : 0) +
    (f.payMeetsExpectation ? WEIGHTS.pay : 0) +
    (f.degreeFits ? WEIGHTS.degree : WEIGHTS.degreeMismatch) +
    (f.fresh ? WEIGHTS.fresh : 0) +
    (f.jobTypeFits ? WEIGHTS.jobType : 0) +
    (f.industryPreferred ? WEIGHTS.industry : 0)
  );
}

/**
 * Scores candidates (given in the engine's order) and sorts best first; ties keep the engine's
 * order, then newer first.
 */
export function rerank(profile: MatchProfile, candidates: Candidate[], nowSeconds: number): Ranked[] {
  const n = candidates.length;
  return candidates
    .map((candidate, index) => {
      const f = features(profile, candidate, nowSeconds);
      const engine = n > 1 ? WEIGHTS.engineRank * (1 - index / (n - 1)) : WEIGHTS.engineRank;
      return {
        postingId: candidate.id,
        score: Math.round((scoreOf(f) + engine) * 1000) / 1000,
        reasons: reasonsFor(f),
        features: f,
        index,
        publishedAt: candidate.publishedAt,
      };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index || b.publishedAt - a.publishedAt)
    .map(({ postingId, score, reasons, features }) => ({ postingId, score, reasons, features }));
}

/**
 * Non-personalised order (PIPL art. 24): newest first, nothing from the profile. The only
 * reason shown says so.
 */
export function newestFirst(candidates: Candidate[]): Ranked[] {
  return [...candidates]
    .sort((a, b) => b.publishedAt - a.publishedAt || a.id.localeCompare(b.id))
    .map((candidate) => ({
      postingId: candidate.id,
      score: candidate.publishedAt,
      reasons: [{ key: "recommend.reason.newest" }],
      features: {
        majorFits: false,
        cityPreferred: false,
        payMeetsExpectation: false,
        skillsMatched: [],
        degreeFits: true,
        fresh: false,
        jobTypeFits: false,
        industryPreferred: false,
      },
    }));
}
