/**
 * The postings `npm run bench:checks` and bench/checks-ab.ts time: about 5,000 characters of dev-set sentences each,
 * built deterministically, so that both benches (and two checkouts in one of them) time the same inputs.
 */
import type { PostingInput } from "../app/postings/checks";
import type { CorpusItem } from "../tests/corpus/evaluate";

export const BENCH_LENGTH = 5000;

/** A posting of about `length` characters from the dev set's items: every item, or only clean ones. */
export function benchPosting(
  dev: readonly CorpusItem[],
  kind: "clean" | "violating",
  seed: number,
  length = BENCH_LENGTH,
): PostingInput {
  const items = dev.filter((i) => (kind === "clean" ? i.labels.length === 0 : true));
  const parts: string[] = [];
  let total = 0;
  let i = seed;
  while (total < length) {
    const item = items[i % items.length];
    i = (i * 7 + 3) % 100_003;
    if (!item) break;
    const sentence = `${item.description}${item.requirements ?? ""}`;
    parts.push(sentence);
    total += sentence.length + 1;
  }
  const description = parts.join("\n").slice(0, length);
  return { title: "2026届校园招聘 - 综合岗", description, salaryMin: 6000, salaryMax: 9000 };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
