/**
 * npx tsx scripts/train-restrictions.ts — measures the attribute-masked learned layer for the discrimination rules
 * (scripts/learned-restrictions.ts), an experiment that was not kept (docs/decisions/033-learned-vetting-layer.md,
 * addendum of 6 December 2026, evening).
 *
 * 1. Leave one set out over TUNING_SETS: per rule, recall and false flags of the rules, the layer alone and both.
 * 2. `--replay`: the first runs of former-blind-14 to -17 replayed — the checker as at the commit each set was first
 *    run on (tests/corpus/README.md), its attribute lexicons for the masking, and the layer trained and thresholded
 *    on the sets written before it only.
 * 3. `--write FILE`: the model on every tuning set, thresholds from (1), as JSON (RestrictionModelData).
 *
 * The rules' flags and the old checkers are kept under .cache/train-restrictions (git-ignored).
 *
 * Options: `--mode shared|per-rule`, `--opt name=value` (epochs, learningRate, l2, positiveWeight, minDf, MIN_GAIN,
 * FALSE_FLAG_BUDGET, MIN_PHRASES). Deterministic (seeded order). Never reads `test` nor a blind set.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkPostingRules, normalisePostingText, type PostingFlag } from "../app/postings/checks";
import { WORD_BASE, sentenceSpans } from "../app/postings/learned";
import {
  attributeMentions,
  instances,
  maskedUnits,
  mentionFinder,
  DEFAULT_FEATURES,
  weighingPhrases,
  type FeatureOptions,
  type MaskMode,
  type MentionFinder,
  type MentionLexicon,
  type RestrictionModelData,
} from "./learned-restrictions";
import { PROTECTED_ATTRIBUTES } from "../vocabulary/vetting";
import { TUNING_SETS, loadCorpus } from "../tests/corpus/evaluate";
import { inputOf, type TrainItem } from "./learned-training";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const say = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const overrides = new Map(
  process.argv.flatMap((a, i) => (process.argv[i - 1] === "--opt" ? [a.split("=") as [string, string]] : [])),
);
const opt = (name: string, fallback: number): number => Number(overrides.get(name) ?? fallback);
const MODE = (arg("--mode") ?? "per-rule") as MaskMode;
const OPTIONS = {
  epochs: opt("epochs", 6),
  learningRate: opt("learningRate", 0.3),
  l2: opt("l2", 1e-4),
  positiveWeight: opt("positiveWeight", 8),
  minDf: opt("minDf", 2),
  prune: opt("prune", 0.01),
  seed: 20261206,
};
const MIN_GAIN = opt("MIN_GAIN", 3);
const FALSE_FLAG_BUDGET = opt("FALSE_FLAG_BUDGET", 0);
const MIN_THRESHOLD = opt("MIN_THRESHOLD", 0);
/** Added to every threshold chosen (experiments: how far above the highest left-out negative). */
const MARGIN = opt("MARGIN", 0);
/** Phrases (merged n-grams of ≥ 2 characters weighing ≥ 0.75) an instance must have to flag (033 asks for 2). */
const MIN_PHRASES = opt("MIN_PHRASES", 0);

const FEATURES: FeatureOptions = {
  window: opt("window", DEFAULT_FEATURES.window),
  minUnits: opt("minUnits", DEFAULT_FEATURES.minUnits),
  clauses: opt("clauses", DEFAULT_FEATURES.clauses),
};

const FIELDS = ["title", "description", "requirements"] as const;
const RULES = Object.keys(PROTECTED_ATTRIBUTES);

interface Instance {
  readonly posting: number;
  readonly rule: number;
  readonly feats: Int32Array;
  /** Offsets of each feature occurrence (for the phrase gate): start, end pairs per feature. */
  readonly spans: Int32Array;
  readonly quoted: boolean;
}

interface Prep {
  readonly items: readonly TrainItem[];
  readonly sets: readonly string[];
  readonly setIndex: Int32Array;
  readonly instances: readonly Instance[];
  readonly byPosting: ReadonlyArray<readonly number[]>;
  readonly features: readonly string[];
  readonly dfBySet: readonly Uint16Array[];
}

/** Where the rules quote a discrimination flag in a field, as an offset of the normalised text (or -1). */
function quoteAt(raw: string, map: ArrayLike<number>, flag: PostingFlag): number {
  const at = raw.indexOf(flag.words ?? flag.excerpt);
  if (at < 0) return -1;
  let k = 0;
  while (k < map.length && (map[k] as number) < at) k++;
  return k;
}

function prepare(
  items: readonly TrainItem[],
  flags: ReadonlyArray<readonly PostingFlag[]>,
  finder: MentionFinder,
): Prep {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const wordId = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = WORD_BASE + words.length;
      words.push(w);
      wordIds.set(w, id);
    }
    return id;
  };
  const features: string[] = [];
  const featureIds = new Map<string, number>();
  const sets = [...new Set(items.map((i) => i.set))];
  const setIndex = Int32Array.from(items.map((i) => sets.indexOf(i.set)));
  const all: Instance[] = [];
  const byPosting: number[][] = [];
  const docFeatures: Array<Set<number>> = [];
  items.forEach((item, p) => {
    const mine: number[] = [];
    const seen = new Set<number>();
    for (const name of FIELDS) {
      const raw = item[name];
      if (typeof raw !== "string" || raw.trim() === "") continue;
      const norm = normalisePostingText(raw);
      const text = norm.text;
      const mentions = attributeMentions(finder, text);
      if (mentions.length === 0) continue;
      const quotes = (flags[p] ?? [])
        .filter((f) => f.field === name && RULES.includes(f.rule))
        .map((f) => ({ rule: RULES.indexOf(f.rule), at: quoteAt(raw, norm.map, f) }));
      for (const [from, to] of sentenceSpans(text)) {
        const here = mentions.filter((m) => m.start < to && m.end > from);
        if (here.length === 0) continue;
        const masked = maskedUnits(text, from, to, here, MODE, wordId);
        for (const [c, grams] of instances(masked, words, finder.rules, false, FEATURES)) {
          const ruleName = finder.rules[c] as string;
          const r = RULES.indexOf(ruleName);
          if (r < 0) continue;
          const ids = grams.map((g) => {
            let id = featureIds.get(g.feature);
            if (id === undefined) {
              id = features.length;
              features.push(g.feature);
              featureIds.set(g.feature, id);
            }
            seen.add(id);
            return id;
          });
          const spans = new Int32Array(grams.length * 2);
          grams.forEach((g, k) => {
            spans[2 * k] = g.start;
            spans[2 * k + 1] = g.end - g.start;
          });
          mine.push(all.length);
          all.push({
            posting: p,
            rule: r,
            feats: Int32Array.from(ids),
            spans,
            quoted: quotes.some((q) => q.rule === r && q.at >= from && q.at < to),
          });
        }
      }
    }
    byPosting.push(mine);
    docFeatures.push(seen);
  });
  const dfBySet = sets.map(() => new Uint16Array(features.length));
  docFeatures.forEach((seen, p) => {
    const df = dfBySet[setIndex[p] as number] as Uint16Array;
    for (const f of seen) df[f] = Math.min(65535, (df[f] as number) + 1);
  });
  return { items, sets, setIndex, instances: all, byPosting, features, dfBySet };
}

/** mulberry32, as scripts/learned-training.ts: the same order of passes on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

interface Fitted {
  readonly bias: number;
  /** Per feature id, rounded and pruned (0: no weight). */
  readonly w: Float64Array;
}

function scoreOf(m: Fitted, inst: Instance): number {
  let s = m.bias;
  for (const f of inst.feats) s += m.w[f] as number;
  return s;
}

/**
 * One logistic regression over the instances of the training postings. Multiple-instance labels: for a posting
 * labelled with the rule, its positive is the instance the rules quote, else the one the first model scores highest
 * (second round); its other instances of the rule are left out. Every instance of a posting without the label is a
 * negative.
 */
function train(prep: Prep, inTraining: (p: number) => boolean): Fitted {
  const nF = prep.features.length;
  const df = new Uint32Array(nF);
  prep.sets.forEach((_, k) => {
    if (!prep.items.some((_, p) => prep.setIndex[p] === k && inTraining(p))) return;
    const d = prep.dfBySet[k] as Uint16Array;
    for (let f = 0; f < nF; f++) df[f] = (df[f] as number) + (d[f] as number);
  });
  const active = Uint8Array.from(df, (d) => (d >= OPTIONS.minDf ? 1 : 0));
  // Per (posting, rule) labelled: the witness instance.
  const label = (i: number): number => {
    const inst = prep.instances[i] as Instance;
    return (prep.items[inst.posting] as TrainItem).labels.includes(RULES[inst.rule] as string) ? 1 : 0;
  };
  const witness = new Map<string, number>();
  const training: number[] = [];
  prep.instances.forEach((inst, i) => {
    if (!inTraining(inst.posting)) return;
    training.push(i);
    if (label(i) && inst.quoted && !witness.has(`${inst.posting}:${inst.rule}`))
      witness.set(`${inst.posting}:${inst.rule}`, i);
  });
  const fit = (): { bias: number; w: Float64Array } => {
    const w = new Float64Array(nF);
    const g2 = new Float64Array(nF);
    let bias = -4;
    let b2 = 0;
    const random = generator(OPTIONS.seed);
    const order = training.slice();
    for (let epoch = 0; epoch < OPTIONS.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      for (const i of order) {
        const inst = prep.instances[i] as Instance;
        let y = 0;
        if (label(i)) {
          if (witness.get(`${inst.posting}:${inst.rule}`) !== i) continue;
          y = 1;
        }
        let s = bias;
        for (const f of inst.feats) if (active[f]) s += w[f] as number;
        const g = (sigmoid(s) - y) * (y === 1 ? OPTIONS.positiveWeight : 1);
        if (Math.abs(g) < 1e-3) continue;
        b2 += g * g;
        bias -= (OPTIONS.learningRate * g) / Math.sqrt(b2 + 1e-8);
        for (const f of inst.feats) {
          if (!active[f]) continue;
          const gk = g + OPTIONS.l2 * (w[f] as number);
          g2[f] = (g2[f] as number) + gk * gk;
          w[f] = (w[f] as number) - (OPTIONS.learningRate * gk) / Math.sqrt((g2[f] as number) + 1e-8);
        }
      }
    }
    return { bias, w };
  };
  let model = fit();
  let changed = false;
  const bestOf = new Map<string, { i: number; s: number }>();
  for (const i of training) {
    if (!label(i)) continue;
    const inst = prep.instances[i] as Instance;
    const key = `${inst.posting}:${inst.rule}`;
    if (witness.has(key)) continue;
    let s = model.bias;
    for (const f of inst.feats) if (active[f]) s += model.w[f] as number;
    const prev = bestOf.get(key);
    if (!prev || s > prev.s) bestOf.set(key, { i, s });
  }
  for (const [key, { i }] of bestOf) {
    witness.set(key, i);
    changed = true;
  }
  if (changed) model = fit();
  const w = Float64Array.from(model.w, (x, f) => (active[f] && Math.abs(x) >= OPTIONS.prune ? round4(x) : 0));
  return { bias: round4(model.bias), w };
}

/** Phrases of an instance that weigh (≥ 0.75, ≥ 2 characters), occurrences that touch joined. */
function phrases(m: Fitted, inst: Instance): number {
  const occ: Array<{ start: number; end: number; weight: number }> = [];
  inst.feats.forEach((f, k) => {
    const w = m.w[f] as number;
    const start = inst.spans[2 * k] as number;
    if (w > 0) occ.push({ start, end: start + (inst.spans[2 * k + 1] as number), weight: w });
  });
  return weighingPhrases(occ);
}

/** Best score per rule of each posting in `members` (-Infinity where the gate drops every instance). */
function postingScores(prep: Prep, m: Fitted, members: readonly number[]): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const p of members) {
    const best = new Float64Array(RULES.length).fill(-Infinity);
    for (const i of prep.byPosting[p] ?? []) {
      const inst = prep.instances[i] as Instance;
      if (MIN_PHRASES > 0 && phrases(m, inst) < MIN_PHRASES) continue;
      const s = scoreOf(m, inst);
      if (s > (best[inst.rule] as number)) best[inst.rule] = s;
    }
    out.set(p, best);
  }
  return out;
}

/** Out-of-fold scores of the postings of `sets`, each fold trained on the other sets of `sets`. */
function outOfFold(prep: Prep, sets: readonly number[]): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const k of sets) {
    const m = train(prep, (p) => prep.setIndex[p] !== k && sets.includes(prep.setIndex[p] as number));
    const members = prep.items.map((_, p) => p).filter((p) => prep.setIndex[p] === k);
    for (const [p, s] of postingScores(prep, m, members)) out.set(p, s);
  }
  return out;
}

/** Thresholds per rule, as scripts/train-checks.ts chooses them (negatives counted beside the rules). */
function chooseThresholds(
  prep: Prep,
  oof: ReadonlyMap<number, Float64Array>,
  ruleFlags: ReadonlyArray<ReadonlySet<string>>,
  use: (p: number) => boolean,
): Float64Array {
  const thresholds = new Float64Array(RULES.length);
  RULES.forEach((rule, r) => {
    const pos: number[] = [];
    const neg: number[] = [];
    let negatives = 0;
    prep.items.forEach((item, p) => {
      if (!use(p)) return;
      const s = oof.get(p)?.[r] ?? -Infinity;
      if (item.labels.includes(rule)) {
        if (s > -Infinity) pos.push(s);
      } else {
        negatives++;
        if (s > -Infinity && !ruleFlags[p]?.has(rule)) neg.push(s);
      }
    });
    const budget = Math.floor(FALSE_FLAG_BUDGET * negatives);
    neg.sort((a, b) => b - a);
    const caught = (t: number): number => pos.filter((s) => s >= t).length;
    const floor = MIN_THRESHOLD;
    let t = Math.max(floor, (neg[0] ?? floor) + 1e-6);
    let used = 0;
    for (let i = 0; i < neg.length && used < budget;) {
      let j = i;
      const next = neg[i] as number;
      if (next < floor) break;
      while (j < neg.length && neg[j] === next) j++;
      const cost = j - i;
      const below = neg[j] !== undefined ? Math.max(floor, (neg[j] as number) + 1e-6) : floor;
      const gain = caught(below) - caught(t);
      if (used + cost > budget || gain < MIN_GAIN * cost) break;
      t = below;
      used += cost;
      i = j;
    }
    thresholds[r] = round4(t + MARGIN);
  });
  return thresholds;
}

interface Tally {
  positives: number;
  rules: number;
  alone: number;
  both: number;
  negatives: number;
  rulesFalse: number;
  aloneFalse: number;
  bothFalse: number;
}
const tally = (): Tally => ({
  positives: 0,
  rules: 0,
  alone: 0,
  both: 0,
  negatives: 0,
  rulesFalse: 0,
  aloneFalse: 0,
  bothFalse: 0,
});

/** Adds one posting to the per-rule tallies; returns the rules the layer added beside the rules. */
function count(
  item: TrainItem,
  rules: ReadonlySet<string>,
  scores: Float64Array | undefined,
  thresholds: Float64Array,
  perRule: Tally[],
): Set<string> {
  const added = new Set<string>();
  RULES.forEach((rule, r) => {
    const t = perRule[r] as Tally;
    const hit = (scores?.[r] ?? -Infinity) >= (thresholds[r] as number);
    const said = rules.has(rule);
    if (hit && !said) added.add(rule);
    if (item.labels.includes(rule)) {
      t.positives++;
      if (said) t.rules++;
      if (hit) t.alone++;
      if (said || hit) t.both++;
    } else {
      t.negatives++;
      if (said) t.rulesFalse++;
      if (hit) t.aloneFalse++;
      if (said || hit) t.bothFalse++;
    }
  });
  return added;
}

function printTally(perRule: readonly Tally[]): void {
  say(
    "| rule | violating | rules | learned alone | rules + learned | false flags: rules | learned alone | rules + learned |",
  );
  say("|---|---|---|---|---|---|---|---|");
  const sum = tally();
  perRule.forEach((t, r) => {
    for (const k of Object.keys(sum) as Array<keyof Tally>) sum[k] += t[k];
    const pc = (n: number): string => `${n} (${((100 * n) / Math.max(1, t.positives)).toFixed(1)} %)`;
    say(
      `| ${RULES[r]} | ${t.positives} | ${pc(t.rules)} | ${pc(t.alone)} | ${pc(t.both)} | ${t.rulesFalse} | ${t.aloneFalse} | ${t.bothFalse} |`,
    );
  });
  const pc = (n: number): string => `${n} (${((100 * n) / Math.max(1, sum.positives)).toFixed(1)} %)`;
  say(
    `| all eight | ${sum.positives} | ${pc(sum.rules)} | ${pc(sum.alone)} | ${pc(sum.both)} | ${sum.rulesFalse} | ${sum.aloneFalse} | ${sum.bothFalse} |`,
  );
}

// ---------------------------------------------------------------------------

const started = Date.now();
const items: TrainItem[] = TUNING_SETS.flatMap((set) => loadCorpus(set).map((item) => ({ ...item, set })));
// The rules' flags (current checker) are slow to compute: cached by the items' content.
const CACHE = path.join(ROOT, ".cache", "train-restrictions");
const cacheFile = path.join(CACHE, "rule-flags.json");
const key = createHash("sha256").update(JSON.stringify(items)).digest("hex");
let current: PostingFlag[][];
const cached = existsSync(cacheFile)
  ? (JSON.parse(readFileSync(cacheFile, "utf8")) as { key: string; flags: PostingFlag[][] })
  : null;
if (cached && cached.key === key && !process.argv.includes("--fresh")) current = cached.flags;
else {
  current = items.map((item) => checkPostingRules(inputOf(item)));
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, flags: current }));
}
process.stderr.write(`rules' flags: ${Date.now() - started} ms\n`);
const currentSets = current.map((fs) => new Set(fs.map((f) => f.rule as string)));
const prep = prepare(items, current, mentionFinder(PROTECTED_ATTRIBUTES as unknown as Record<string, MentionLexicon>));
process.stderr.write(
  `prepared ${items.length} postings, ${prep.instances.length} instances, ${prep.features.length} features: ${Date.now() - started} ms\n`,
);
say(
  `mode ${MODE}, options ${JSON.stringify({ ...OPTIONS, ...FEATURES, MIN_GAIN, FALSE_FLAG_BUDGET, MIN_THRESHOLD, MIN_PHRASES })}`,
);

const allSets = prep.sets.map((_, k) => k);
const oof = outOfFold(prep, allSets);
{
  const perRule = RULES.map(tally);
  let clean = 0;
  let cleanRules = 0;
  let cleanBoth = 0;
  const falseClean: string[] = [];
  for (const k of allSets) {
    const thresholds = chooseThresholds(prep, oof, currentSets, (p) => prep.setIndex[p] !== k);
    prep.items.forEach((item, p) => {
      if (prep.setIndex[p] !== k) return;
      const said = currentSets[p] as Set<string>;
      const added = count(item, said, oof.get(p), thresholds, perRule);
      if (item.labels.length === 0) {
        clean++;
        if (said.size > 0) cleanRules++;
        if (said.size > 0 || added.size > 0) cleanBoth++;
        if (added.size > 0) falseClean.push(`${item.id}: ${[...added].join(", ")}`);
      }
    });
  }
  say("\nLeave one set out (thresholds chosen on the other sets' out-of-fold scores):\n");
  printTally(perRule);
  say(`\nClean postings flagged (any rule): rules ${cleanRules}/${clean} → rules + layer ${cleanBoth}/${clean}`);
  if (process.argv.includes("--show-false")) for (const f of falseClean) say(`  clean flagged: ${f}`);
}

const FIRST_RUNS: ReadonlyArray<{ set: string; commit: string }> = [
  { set: "former-blind-14", commit: "0d67790" },
  { set: "former-blind-15", commit: "9e63e5f" },
  { set: "former-blind-16", commit: "3cf9c47" },
  { set: "former-blind-17", commit: "6bd203d" },
];

async function replay(): Promise<void> {
  say("\nFirst runs replayed (checker and attribute lexicons as at the commit; layer trained on earlier sets only):\n");
  say(
    "| set | discrimination labels: rules then | + layer | all labels caught: rules then | + layer | clean flagged: rules then | + layer | caught | false flags added |",
  );
  say("|---|---|---|---|---|---|---|---|---|");
  const gains: number[] = [];
  const cleanGains: number[] = [];
  for (const { set, commit } of FIRST_RUNS) {
    const k = prep.sets.indexOf(set);
    if (k < 0) continue;
    const dir = path.join(CACHE, commit);
    if (!existsSync(path.join(dir, "app/postings/checks.ts"))) {
      mkdirSync(dir, { recursive: true });
      execFileSync("sh", ["-c", `git archive ${commit} app/postings vocabulary | tar -x -C ${dir}`], { cwd: ROOT });
    }
    const old = (await import(pathToFileURL(path.join(dir, "app/postings/checks.ts")).href)) as {
      checkPosting: (input: ReturnType<typeof inputOf>) => PostingFlag[];
    };
    const vocab = (await import(pathToFileURL(path.join(dir, "vocabulary/vetting.ts")).href)) as {
      PROTECTED_ATTRIBUTES: Record<string, MentionLexicon>;
    };
    const oldPrep = prepare(items, current, mentionFinder(vocab.PROTECTED_ATTRIBUTES));
    const earlier = allSets.filter((j) => j < k);
    const oofEarlier = outOfFold(oldPrep, earlier);
    const thresholds = chooseThresholds(oldPrep, oofEarlier, currentSets, (p) =>
      earlier.includes(oldPrep.setIndex[p] as number),
    );
    const model = train(oldPrep, (p) => earlier.includes(oldPrep.setIndex[p] as number));
    const members = items.map((_, p) => p).filter((p) => oldPrep.setIndex[p] === k);
    const scores = postingScores(oldPrep, model, members);
    let discLabels = 0;
    let discThen = 0;
    let discBoth = 0;
    let violating = 0;
    let caughtThen = 0;
    let caughtBoth = 0;
    let clean = 0;
    let cleanThen = 0;
    let cleanBoth = 0;
    const added = new Map<string, number>();
    const wrong = new Map<string, number>();
    for (const p of members) {
      const item = items[p] as TrainItem;
      const then = new Set(old.checkPosting(inputOf(item)).map((f) => f.rule as string));
      const both = new Set(then);
      RULES.forEach((rule, r) => {
        if ((scores.get(p)?.[r] ?? -Infinity) >= (thresholds[r] as number) && !then.has(rule)) {
          both.add(rule);
          const map = item.labels.includes(rule) ? added : wrong;
          if (process.argv.includes("--show-false") && !item.labels.includes(rule)) {
            const top = (oldPrep.byPosting[p] ?? [])
              .map((i) => oldPrep.instances[i] as Instance)
              .filter((inst) => inst.rule === r)
              .map((inst) => ({
                s: scoreOf(model, inst),
                f: [...inst.feats]
                  .filter((f) => (model.w[f] as number) > 0.3)
                  .map((f) => `${oldPrep.features[f]}:${model.w[f]}`),
              }))
              .sort((a, b) => b.s - a.s)[0];
            say(
              `  false ${item.id} [${item.labels.join(",")}] ${rule}: ${top?.s.toFixed(2)} ${top?.f.slice(0, 12).join(" ")}`,
            );
          }
          map.set(rule.replace("discrimination.", ""), (map.get(rule.replace("discrimination.", "")) ?? 0) + 1);
        }
      });
      for (const l of item.labels)
        if (RULES.includes(l)) {
          discLabels++;
          if (then.has(l)) discThen++;
          if (both.has(l)) discBoth++;
        }
      if (item.labels.length > 0) {
        violating++;
        if (item.labels.every((l) => then.has(l))) caughtThen++;
        if (item.labels.every((l) => both.has(l))) caughtBoth++;
      } else {
        clean++;
        if (then.size > 0) cleanThen++;
        if (both.size > 0) cleanBoth++;
      }
    }
    const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;
    const list = (m: Map<string, number>): string => [...m].map(([r, n]) => `${r} ${n}`).join(", ") || "—";
    gains.push((100 * (discBoth - discThen)) / discLabels);
    cleanGains.push((100 * (cleanBoth - cleanThen)) / clean);
    say(
      `| ${set} (${commit}) | ${pct(discThen, discLabels)} | ${pct(discBoth, discLabels)} | ${pct(caughtThen, violating)} | ${pct(caughtBoth, violating)} | ${pct(cleanThen, clean)} | ${pct(cleanBoth, clean)} | ${list(added)} | ${list(wrong)} |`,
    );
    say(`  thresholds: ${RULES.map((r, i) => `${r.replace("discrimination.", "")} ${thresholds[i]}`).join(", ")}`);
  }
  const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
  say(
    `\nReplay mean: discrimination recall +${mean(gains)} points, clean postings flagged +${mean(cleanGains)} points`,
  );
  process.stderr.write(
    `SUMMARY mode=${MODE} ${JSON.stringify(Object.fromEntries(overrides))}: disc +${mean(gains)} pts, clean +${mean(cleanGains)} pts\n`,
  );
}

if (process.argv.includes("--replay")) await replay();

const writeTo = arg("--write");
if (writeTo) {
  const thresholds = chooseThresholds(prep, oof, currentSets, () => true);
  const m = train(prep, () => true);
  const weights: Array<[string, number]> = [];
  m.w.forEach((w, f) => {
    if (w !== 0) weights.push([prep.features[f] as string, w]);
  });
  weights.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const data: RestrictionModelData = {
    version: 1,
    about:
      "Attribute-masked learned layer of the discrimination rules (app/postings/learned-restrictions.ts): a mention of a protected attribute becomes a placeholder; bias + Σ weights of the n-grams near it; flag the placeholder's rule when ≥ its threshold and the rules are silent. Written by scripts/train-restrictions.ts --write; an experiment, not used by checkPosting.",
    mode: MODE,
    features: FEATURES,
    minPhrases: MIN_PHRASES,
    trainedOn: prep.sets,
    bias: m.bias,
    thresholds: Object.fromEntries(RULES.map((r, i) => [r, thresholds[i] as number])),
    weights: Object.fromEntries(weights),
  };
  const file = path.resolve(writeTo);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  say(`\nwrote ${path.relative(process.cwd(), file)} (${weights.length} weights)`);
}
process.stderr.write(`done in ${Date.now() - started} ms\n`);
