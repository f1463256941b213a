/**
 * A short-lived cache of search answers keyed by the exact request. Under load many readers ask
 * the same few questions at once (the bare job list, a popular city), and the facet counts cost
 * Meilisearch about ten times a plain query; answering identical requests from one Meilisearch
 * call for a second frees both cores for everything else. Identical requests in flight share one
 * call. A failed call is never cached. A second of staleness is far inside the index's own lag
 * (publish → searchable is measured in seconds, decision 005).
 */
export interface AnswerCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createAnswerCache<T>(options: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): AnswerCache<T> {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, { until: number; answer: Promise<T> }>();
  return {
    get(key, load) {
      const at = now();
      const found = entries.get(key);
      if (found && found.until > at) return found.answer;
      if (found) entries.delete(key);
      if (entries.size >= options.maxEntries) {
        // Oldest first (insertion order): drop the expired ones, or the oldest if none has expired.
        for (const [k, entry] of entries) if (entry.until <= at) entries.delete(k);
        if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
      }
      const answer = load();
      entries.set(key, { until: at + options.ttlMs, answer });
      answer.catch(() => {
        if (entries.get(key)?.answer === answer) entries.delete(key);
      });
      return answer;
    },
    clear() {
      entries.clear();
    },
  };
}

/** How long an identical posting search is answered from the last answer (decision 014). */
export const SEARCH_ANSWER_TTL_MS = 1000;

/**
 * How long a graduate's home keeps the recommendations it computed (decision 028). The answer is
 * keyed by everything read about the graduate (profile, preferences, major, applications), so a
 * change there is seen at once by every process; this bounds only how long a posting published,
 * changed or closed by another process (the worker of a scaled-out deployment) can take to show
 * in, or leave, a graduate's recommendations. An index write in this process forgets at once.
 */
export const RECOMMENDATION_TTL_MS = 30_000;

const holder = globalThis as typeof globalThis & {
  __jiuyeSearchAnswers?: AnswerCache<unknown>;
  __jiuyeFrontDoorAnswers?: AnswerCache<unknown>;
  __jiuyeRecommendationAnswers?: AnswerCache<unknown>;
};

/**
 * The process's cache of posting-search answers (on globalThis: the Remix build and the launcher
 * are separate module graphs). Whatever changes the index in this process forgets it, so a
 * single-process deployment never serves a search older than its last index write; a separate
 * worker process leaves other processes at most SEARCH_ANSWER_TTL_MS behind.
 */
export function postingSearchAnswers<T>(): AnswerCache<T> {
  holder.__jiuyeSearchAnswers ??= createAnswerCache<unknown>({ ttlMs: SEARCH_ANSWER_TTL_MS, maxEntries: 500 });
  return holder.__jiuyeSearchAnswers as AnswerCache<T>;
}

/**
 * The front door's whole answer (the school's figures, the latest and closing postings, the coming
 * events and programme deadlines): the same for every visitor, and the busiest page. Kept for the
 * same second as a search answer and forgotten with them, so a posting published in this process
 * shows at once; the figures and events (written without an index write) are at most that second old.
 */
export function frontDoorAnswers<T>(): AnswerCache<T> {
  holder.__jiuyeFrontDoorAnswers ??= createAnswerCache<unknown>({ ttlMs: SEARCH_ANSWER_TTL_MS, maxEntries: 1 });
  return holder.__jiuyeFrontDoorAnswers as AnswerCache<T>;
}

/**
 * Graduates' home recommendations, by graduate and a fingerprint of what was read about them
 * (app/graduates/home-recommendations.server.ts). At most 2,000 at a time: each is a dozen cards.
 */
export function recommendationAnswers<T>(): AnswerCache<T> {
  holder.__jiuyeRecommendationAnswers ??= createAnswerCache<unknown>({
    ttlMs: RECOMMENDATION_TTL_MS,
    maxEntries: 2000,
  });
  return holder.__jiuyeRecommendationAnswers as AnswerCache<T>;
}

/** Every answer drawn from the postings index: called after each index write in this process. */
export function forgetPostingSearchAnswers() {
  holder.__jiuyeSearchAnswers?.clear();
  holder.__jiuyeFrontDoorAnswers?.clear();
  holder.__jiuyeRecommendationAnswers?.clear();
}
