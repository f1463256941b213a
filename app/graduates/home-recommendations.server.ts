/**
 * The graduate home's recommendation cards, kept for a while per graduate (decision 028).
 *
 * Computing them asks Meilisearch two or three searches of up to 150 candidate documents each and
 * reranks them: under load that was nearly all of the page's cost, repeated on every visit for
 * the same answer. The answer is kept under a key made of everything matching read about the
 * graduate in this request (profile and preferences, major and degree, the college's majors, the
 * postings applied to) and the reader's language, so whatever changes one of those is a different
 * key on the next visit, in every process, with no signal to pass around. What the key cannot see
 * is the postings index: an index write in this process forgets every kept answer, and another
 * process's write (a separate worker) shows within RECOMMENDATION_TTL_MS.
 */
import { createHash } from "node:crypto";
import { recommendationAnswers } from "../../search/answer-cache";
import type { Locale } from "../i18n/messages";
import { diversify } from "./diversify";
import { recommendForSubject, type LoadedMatchSubject } from "./matching.server";

export interface RecommendationCard {
  postingId: string;
  reasons: string[];
  title: string;
  employerName: string;
  cities: string[];
  salaryMin: number;
  salaryMax: number;
}

/** How many ranked postings the cards are picked from, and how many cards the page shows. */
const RANKED = 60;
const CARDS = 12;

/**
 * The cache key: the graduate, the language of the reasons, and a digest of the whole subject as
 * read (any field of the roster or profile row, including their updatedAt, changes it).
 */
export function recommendationKey(subject: LoadedMatchSubject, locale: Locale): string {
  const read = JSON.stringify({ ...subject, appliedTo: [...subject.appliedTo].sort() });
  return `${subject.graduateId}:${locale}:${createHash("sha256").update(read).digest("base64url")}`;
}

/**
 * The home page's cards for a graduate (as read by loadMatchSubjectOfUser), best first, spread over
 * titles and employers: kept, or computed and kept.
 */
export function homeRecommendations(
  subject: LoadedMatchSubject,
  options: { locale: Locale },
): Promise<RecommendationCard[]> {
  return recommendationAnswers<RecommendationCard[]>().get(recommendationKey(subject, options.locale), async () => {
    const ranked = await recommendForSubject(subject, { limit: RANKED, locale: options.locale });
    return diversify(
      ranked.map((r) => ({ ...r, title: r.posting.title, employerName: r.posting.employerName })),
      { limit: CARDS },
    ).map((r) => ({
      postingId: r.postingId,
      reasons: r.reasons,
      title: r.posting.title,
      employerName: r.posting.employerName,
      cities: r.posting.cities,
      salaryMin: r.posting.salaryMin,
      salaryMax: r.posting.salaryMax,
    }));
  });
}
