/**
 * Scores checkPosting against the labelled corpus (tests/corpus/README.md). Shared by
 * `npm run eval:checks` (prints the table) and tests/unit/posting-corpus.test.ts (asserts the goal).
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  POSTING_RULE_IDS,
  checkPosting,
  type PostingFlag,
  type PostingInput,
  type PostingRuleId,
} from "../../app/postings/checks";

export interface CorpusItem {
  id: string;
  lang: "zh" | "en" | "mixed";
  title: string;
  description: string;
  requirements?: string;
  salaryMin: number | null;
  salaryMax: number | null;
  labels: PostingRuleId[];
}

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_SETS = [
  "dev",
  "test",
  "staff",
  "former-blind",
  "former-blind-2",
  "former-blind-3",
  "former-blind-4",
  "former-blind-5",
  "former-blind-6",
  "former-blind-7",
  "former-blind-8",
  "former-blind-9",
  "former-blind-10",
  "former-blind-11",
  "former-blind-12",
  "former-blind-13",
  "former-blind-14",
  "former-blind-15",
  "former-blind-16",
  "former-blind-17",
  "former-blind-18",
  "former-blind-19",
  "former-blind-20",
  "former-blind-21",
  "former-blind-22",
  "former-blind-23",
  "former-blind-24",
  "former-blind-25",
  "former-blind-26",
  "former-blind-27",
  "former-blind-28",
  "former-blind-29",
  "former-blind-30",
  "former-blind-31",
  "former-blind-32",
  "former-blind-33",
  "former-blind-34",
  "former-blind-35",
  "former-blind-36",
  "former-blind-37",
  "former-blind-38",
  "former-blind-39",
  "former-blind-40",
  "former-blind-41",
  "former-blind-42",
  "former-blind-43",
  "former-blind-44",
  "former-blind-45",
  "former-blind-46",
  "former-blind-47",
  "former-blind-48",
  "former-blind-49",
] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];
/** Development sets whose misses `npm run eval:checks -- --misses` lists (never `test`: it is held out). */
export const TUNING_SETS: readonly CorpusSet[] = CORPUS_SETS.filter((set) => set !== "test");
/**
 * Sets written independently of the checker: printed by `npm run eval:checks` when the file exists,
 * never tuned on, never asserted; a set whose file is absent is skipped. `former-blind` to `former-blind-9`
 * were blind until 5–6 Dec 2026 and are now development sets (README), as are `former-blind-10` and
 * `former-blind-11` to `former-blind-49` since their first runs on 6–7 Dec 2026; `blind50` to `blind55` (written
 * 7 Dec 2026 by six writers who never read the checker nor each other) are blind; `blind` names any later one.
 */
export const BLIND_SETS = ["blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind"] as const;
export type BlindSet = (typeof BLIND_SETS)[number];

export function loadCorpus(set: CorpusSet | BlindSet): CorpusItem[] {
  const file = path.join(CORPUS_DIR, `${set}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CorpusItem);
}

export interface RuleScore {
  rule: PostingRuleId;
  /** Items labelled with the rule. */
  positives: number;
  caught: number;
  /** Items not labelled with the rule. */
  negatives: number;
  falseFlags: number;
}

export interface SetScore {
  items: number;
  violating: number;
  /** Violating items whose every label was flagged. */
  violatingCaught: number;
  clean: number;
  /** Clean items with any flag. */
  cleanFlagged: number;
  rules: RuleScore[];
  misses: Array<{ id: string; missed: PostingRuleId[]; extra: PostingRuleId[] }>;
}

/** A checker: `checkPosting` (rules and learned layer) or `checkPostingRules` (rules alone). */
export type Checker = (input: PostingInput) => PostingFlag[];

export function flaggedRules(item: CorpusItem, check: Checker = checkPosting): Set<PostingRuleId> {
  const flags = check({
    title: item.title,
    description: item.description,
    requirements: item.requirements ?? null,
    salaryMin: item.salaryMin,
    salaryMax: item.salaryMax,
  });
  return new Set(flags.map((f) => f.rule));
}

export function scoreSet(items: readonly CorpusItem[], check: Checker = checkPosting): SetScore {
  const rules = new Map<PostingRuleId, RuleScore>(
    POSTING_RULE_IDS.map((rule) => [rule, { rule, positives: 0, caught: 0, negatives: 0, falseFlags: 0 }]),
  );
  const score: SetScore = {
    items: items.length,
    violating: 0,
    violatingCaught: 0,
    clean: 0,
    cleanFlagged: 0,
    rules: [],
    misses: [],
  };
  for (const item of items) {
    const flagged = flaggedRules(item, check);
    const labels = new Set(item.labels);
    for (const r of rules.values()) {
      if (labels.has(r.rule)) {
        r.positives++;
        if (flagged.has(r.rule)) r.caught++;
      } else {
        r.negatives++;
        if (flagged.has(r.rule)) r.falseFlags++;
      }
    }
    const missed = [...labels].filter((l) => !flagged.has(l));
    const extra = [...flagged].filter((f) => !labels.has(f));
    if (labels.size > 0) {
      score.violating++;
      if (missed.length === 0) score.violatingCaught++;
    } else {
      score.clean++;
      if (flagged.size > 0) score.cleanFlagged++;
    }
    if (missed.length > 0 || extra.length > 0) score.misses.push({ id: item.id, missed, extra });
  }
  score.rules = [...rules.values()];
  return score;
}

export const recall = (s: SetScore): number => (s.violating === 0 ? 1 : s.violatingCaught / s.violating);
export const falsePositiveRate = (s: SetScore): number => (s.clean === 0 ? 0 : s.cleanFlagged / s.clean);

const pct = (n: number, d: number): string => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);

/** A Markdown table: one row per rule, recall and false-positive rate per set. */
export function formatTable(scores: ReadonlyArray<readonly [string, SetScore]>): string {
  const head = ["rule", ...scores.flatMap(([name]) => [`${name} recall`, `${name} false pos.`])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const rule of POSTING_RULE_IDS) {
    const cells = scores.flatMap(([, s]) => {
      const r = s.rules.find((x) => x.rule === rule);
      if (!r) return ["—", "—"];
      return [
        `${pct(r.caught, r.positives)} (${r.caught}/${r.positives})`,
        `${pct(r.falseFlags, r.negatives)} (${r.falseFlags})`,
      ];
    });
    lines.push(`| ${rule} | ${cells.join(" | ")} |`);
  }
  const total = scores.flatMap(([, s]) => [
    `**${pct(s.violatingCaught, s.violating)}** (${s.violatingCaught}/${s.violating})`,
    `**${pct(s.cleanFlagged, s.clean)}** (${s.cleanFlagged}/${s.clean} clean flagged)`,
  ]);
  lines.push(`| **all postings** | ${total.join(" | ")} |`);
  return lines.join("\n");
}
