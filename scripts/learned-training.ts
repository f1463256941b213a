/**
 * Training for the learned layer of the posting checks (decision 033; app/postings/learned.ts). Used by
 * `npm run train:checks` (scripts/train-checks.ts) and by the unit tests (determinism on a fixture).
 *
 * - A sentence is the unit scored; a posting's score for a rule is its best sentence's.
 * - Sentence labels do not exist, so they are derived (multiple-instance learning): in a posting labelled
 *   with a rule, the positive sentence is the one the rules quote when they flag it, otherwise the
 *   sentence the first model scores highest (one more round); its other sentences are left out for that
 *   rule. Every sentence of a posting without the label is a negative for it.
 * - One L2-regularised logistic regression per rule (AdaGrad, a fixed number of passes in an order drawn
 *   from a seeded generator): the same items give the same file, byte for byte.
 * - Only n-grams found in at least `minDf` training postings are features; the file keeps, per rule, the
 *   heaviest `maxFeatures` weights above `prune`, rounded to 4 decimals.
 */
import {
  checkPostingRules,
  normalisePostingText,
  type PostingFlag,
  type PostingInput,
  type PostingRuleId,
} from "../app/postings/checks";
import {
  MAX_N,
  MAX_N_WORDS,
  NEG,
  WORD_BASE,
  featureText,
  isWordUnit,
  sentenceSpans,
  titleFeatures,
  unitsOf,
  type LearnedModelData,
  type LearnedSalaryData,
} from "../app/postings/learned";

export interface TrainItem {
  readonly id: string;
  /** The set the item comes from (folds of the cross-validation). */
  readonly set: string;
  readonly title: string;
  readonly description: string;
  readonly requirements?: string | null;
  readonly salaryMin: number | null;
  readonly salaryMax: number | null;
  readonly labels: readonly string[];
}

export interface TrainOptions {
  readonly rules: readonly PostingRuleId[];
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Weight of a positive sentence against a negative one. */
  readonly positiveWeight: number;
  readonly minDf: number;
  readonly maxFeatures: number;
  readonly prune: number;
  readonly seed: number;
  /** 1: a violating posting's other sentences are negatives when the rules quoted the violation (tried, not kept). */
  readonly negativesAroundQuote: number;
}

/**
 * The rules the learned layer covers: the fraud and hype rules, whose wordings are open-ended schemes and
 * promises (decision 021). The discrimination rules are an attribute × marker model that generalises
 * (93–100 % on each new set); a learned layer there mostly learned the attributes themselves ("男生和女生",
 * "宗教信仰"), which clean near misses share. The salary rules judge the pay fields, not sentences.
 */
export const LEARNED_RULES: readonly PostingRuleId[] = [
  "fee",
  "training_loan",
  "paid_internship",
  "hype",
  "off_platform_contact",
  "fraud.id_or_bank",
  "fraud.no_interview",
  "fraud.commission_only",
  "fraud.pyramid",
];

export const DEFAULT_OPTIONS: TrainOptions = {
  rules: LEARNED_RULES,
  epochs: 6,
  learningRate: 0.3,
  l2: 1e-4,
  positiveWeight: 8,
  minDf: 2,
  maxFeatures: 1500,
  prune: 0.05,
  seed: 20261206,
  negativesAroundQuote: 0,
};

const FIELDS = ["title", "description", "requirements"] as const;

export interface Prepared {
  readonly items: readonly TrainItem[];
  readonly rules: readonly PostingRuleId[];
  /** The rules' own flags per posting. */
  readonly ruleFlags: ReadonlyArray<readonly PostingFlag[]>;
  /** Per sentence: its posting, and its features (global ids, repeated per occurrence). */
  readonly postingOf: Int32Array;
  readonly featStart: Int32Array;
  readonly feats: Int32Array;
  /** Sentences of each posting: [first, end). */
  readonly sentencesOf: ReadonlyArray<readonly [number, number]>;
  /** Per posting and rule, the sentence the rules quote, or -1. */
  readonly quoted: Int32Array;
  /** Per feature: its parent feature (-1 at the root) and its last unit. */
  readonly parent: Int32Array;
  readonly lastUnit: Int32Array;
  readonly words: readonly string[];
  /** Per feature, the postings containing it (document frequency), per set index. */
  readonly dfBySet: readonly Uint16Array[];
  readonly setIndex: Int32Array;
  readonly sets: readonly string[];
}

/** A corpus item as the checker takes it (training and the replays read items the same way). */
export function inputOf(item: TrainItem): PostingInput {
  return {
    title: item.title,
    description: item.description,
    requirements: item.requirements ?? null,
    salaryMin: item.salaryMin,
    salaryMax: item.salaryMax,
  };
}

/** Tokenise every sentence once, give every n-gram an id, and find the sentences the rules quote. */
export function prepare(items: readonly TrainItem[], rules: readonly PostingRuleId[] = LEARNED_RULES): Prepared {
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
  const edges = new Map<number, number>();
  const parent: number[] = [];
  const lastUnit: number[] = [];
  const UNIT_SPAN = 2 ** 26;
  const child = (node: number, unit: number): number => {
    const key = (node + 1) * UNIT_SPAN + unit;
    let f = edges.get(key);
    if (f === undefined) {
      f = parent.length;
      parent.push(node);
      lastUnit.push(unit);
      edges.set(key, f);
    }
    return f;
  };
  const sets = [...new Set(items.map((i) => i.set))];
  const setIndex = Int32Array.from(items.map((i) => sets.indexOf(i.set)));
  const postingOf: number[] = [];
  const featStart: number[] = [0];
  const feats: number[] = [];
  const sentencesOf: Array<readonly [number, number]> = [];
  const ruleFlags: PostingFlag[][] = [];
  const quoted = new Int32Array(items.length * rules.length).fill(-1);
  const docFeatures: Array<Set<number>> = [];
  items.forEach((item, p) => {
    const flags = checkPostingRules(inputOf(item));
    ruleFlags.push(flags);
    const first = postingOf.length;
    const seen = new Set<number>();
    for (const name of FIELDS) {
      const raw = item[name];
      if (typeof raw !== "string" || raw.trim() === "") continue;
      const norm = normalisePostingText(raw);
      const spans = sentenceSpans(norm.text);
      // Where the rules' quote starts, in normalised offsets.
      const quotes = flags
        .filter((f) => f.field === name && rules.includes(f.rule))
        .map((f) => {
          const at = raw.indexOf(f.words ?? f.excerpt);
          if (at < 0) return { rule: f.rule, at: -1 };
          let k = 0;
          while (k < norm.map.length && (norm.map[k] as number) < at) k++;
          return { rule: f.rule, at: k };
        });
      for (const [start, end] of spans) {
        const s = postingOf.length;
        postingOf.push(p);
        for (const q of quotes) {
          if (q.at >= start && q.at < end) {
            const slot = p * rules.length + rules.indexOf(q.rule);
            if ((quoted[slot] as number) < 0) quoted[slot] = s;
          }
        }
        const { ids } = unitsOf(norm.text, start, end, wordId);
        for (let i = 0; i < ids.length; i++) {
          let node = -1;
          let wordsIn = 0;
          for (let j = i; j < ids.length && j - i < MAX_N; j++) {
            const id = ids[j] as number;
            if (id < 0) break;
            if (isWordUnit(id)) wordsIn++;
            if (wordsIn > 0 && j - i + 1 > MAX_N_WORDS) break;
            node = child(node, id);
            feats.push(node);
            seen.add(node);
          }
        }
        featStart.push(feats.length);
      }
    }
    sentencesOf.push([first, postingOf.length]);
    docFeatures.push(seen);
  });
  const dfBySet = sets.map(() => new Uint16Array(parent.length));
  docFeatures.forEach((seen, p) => {
    const df = dfBySet[setIndex[p] as number] as Uint16Array;
    for (const f of seen) df[f] = Math.min(65535, (df[f] as number) + 1);
  });
  return {
    items,
    rules,
    ruleFlags,
    postingOf: Int32Array.from(postingOf),
    featStart: Int32Array.from(featStart),
    feats: Int32Array.from(feats),
    sentencesOf,
    quoted,
    parent: Int32Array.from(parent),
    lastUnit: Int32Array.from(lastUnit),
    words,
    dfBySet,
    setIndex,
    sets,
  };
}

/** mulberry32: a small seeded generator, so the order of the passes is the same on every run. */
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

function featureString(prep: Prepared, f: number): string {
  const ids: number[] = [];
  for (let node = f; node >= 0; node = prep.parent[node] as number) ids.unshift(prep.lastUnit[node] as number);
  return featureText(ids, prep.words);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Train on the postings `inTraining` accepts; thresholds are left at 0 (scripts/train-checks.ts sets
 * them from cross-validation).
 */
export function train(
  prep: Prepared,
  inTraining: (posting: number) => boolean,
  options: TrainOptions = DEFAULT_OPTIONS,
): LearnedModelData {
  const rules = options.rules;
  const R = rules.length;
  const ruleAt = rules.map((r) => prep.rules.indexOf(r));
  const P = prep.items.length;
  // Features: seen in at least minDf training postings.
  const nF = prep.parent.length;
  const df = new Uint32Array(nF);
  prep.sets.forEach((_, k) => {
    const inSet = prep.items.some((_, p) => prep.setIndex[p] === k && inTraining(p));
    if (!inSet) return;
    const d = prep.dfBySet[k] as Uint16Array;
    for (let f = 0; f < nF; f++) df[f] = (df[f] as number) + (d[f] as number);
  });
  // A set only partly in training (the tiny fixtures) is counted whole; the folds keep or leave whole sets.
  const compact = new Int32Array(nF).fill(-1);
  const active: number[] = [];
  for (let f = 0; f < nF; f++)
    if ((df[f] as number) >= options.minDf) {
      compact[f] = active.length;
      active.push(f);
    }
  const A = active.length;
  const labels = prep.items.map((item) => new Set(item.labels));
  const trainingSentences: number[] = [];
  for (let p = 0; p < P; p++) {
    if (!inTraining(p)) continue;
    const [a, b] = prep.sentencesOf[p] as readonly [number, number];
    for (let s = a; s < b; s++) trainingSentences.push(s);
  }
  // Witness sentence per posting and rule: the rules' quote, else chosen by the model (second round).
  const witness = new Int32Array(P * R).fill(-1);
  for (let p = 0; p < P; p++)
    for (let r = 0; r < R; r++)
      witness[p * R + r] = prep.quoted[p * prep.rules.length + (ruleAt[r] as number)] as number;

  const negativesAroundQuote = options.negativesAroundQuote === 1;
  const quotedByRules = Uint8Array.from(witness, (s) => (s >= 0 ? 1 : 0));
  const sentenceFeatures = (s: number): number[] => {
    const out: number[] = [];
    for (let k = prep.featStart[s] as number; k < (prep.featStart[s + 1] as number); k++) {
      const c = compact[prep.feats[k] as number] as number;
      if (c >= 0) out.push(c);
    }
    return out;
  };
  const featuresOf = new Map<number, number[]>();
  for (const s of trainingSentences) featuresOf.set(s, sentenceFeatures(s));

  const fit = (): { w: Float64Array; bias: Float64Array } => {
    const w = new Float64Array(A * R);
    const g2 = new Float64Array(A * R);
    const bias = new Float64Array(R).fill(-4);
    const b2 = new Float64Array(R);
    const random = generator(options.seed);
    const order = trainingSentences.slice();
    const score = new Float64Array(R);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      for (const s of order) {
        const p = prep.postingOf[s] as number;
        const fs = featuresOf.get(s) as number[];
        score.set(bias);
        for (const f of fs) {
          const base = f * R;
          for (let r = 0; r < R; r++) score[r] = (score[r] as number) + (w[base + r] as number);
        }
        for (let r = 0; r < R; r++) {
          let y: number;
          if (labels[p]?.has(rules[r] as string)) {
            if (witness[p * R + r] === s) y = 1;
            // Another sentence of a violating posting: a negative when the rules quoted the violation
            // elsewhere (the posting's own wording around it), unknown when the model chose the sentence.
            else if (negativesAroundQuote && quotedByRules[p * R + r]) y = 0;
            else continue;
          } else y = 0;
          const g = (sigmoid(score[r] as number) - y) * (y === 1 ? options.positiveWeight : 1);
          if (Math.abs(g) < 1e-3) continue;
          b2[r] = (b2[r] as number) + g * g;
          bias[r] = (bias[r] as number) - (options.learningRate * g) / Math.sqrt((b2[r] as number) + 1e-8);
          for (const f of fs) {
            const k = f * R + r;
            const gk = g + options.l2 * (w[k] as number);
            g2[k] = (g2[k] as number) + gk * gk;
            w[k] = (w[k] as number) - (options.learningRate * gk) / Math.sqrt((g2[k] as number) + 1e-8);
          }
        }
      }
    }
    return { w, bias };
  };

  let model = fit();
  // Second round: violating postings the rules did not quote take the sentence the model scores highest.
  let changed = false;
  for (let p = 0; p < P; p++) {
    if (!inTraining(p)) continue;
    for (let r = 0; r < R; r++) {
      if (!labels[p]?.has(rules[r] as string) || (witness[p * R + r] as number) >= 0) continue;
      const [a, b] = prep.sentencesOf[p] as readonly [number, number];
      let bestS = -1;
      let bestScore = -Infinity;
      for (let s = a; s < b; s++) {
        let sc = model.bias[r] as number;
        for (const f of featuresOf.get(s) ?? []) sc += model.w[f * R + r] as number;
        if (sc > bestScore) {
          bestScore = sc;
          bestS = s;
        }
      }
      witness[p * R + r] = bestS;
      changed = true;
    }
  }
  if (changed) model = fit();

  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    version: 1,
    about:
      "Learned layer of the posting checks (docs/decisions/033-learned-vetting-layer.md): per rule, bias + Σ weights of the sentence's n-grams (characters 1–4, words 1–2, '#' a number, '¬' a unit after a negator); flag when ≥ threshold and the rules are silent. Written by npm run train:checks; do not edit by hand.",
    trainedOn: prep.sets.filter((_, k) => prep.items.some((_, p) => prep.setIndex[p] === k && inTraining(p))),
    rules: rules.map((rule, r) => {
      const kept: Array<[string, number]> = [];
      const order: number[] = [];
      for (let c = 0; c < A; c++) if (Math.abs(model.w[c * R + r] as number) >= options.prune) order.push(c);
      order.sort((x, y) => Math.abs(model.w[y * R + r] as number) - Math.abs(model.w[x * R + r] as number) || x - y);
      for (const c of order.slice(0, options.maxFeatures))
        kept.push([featureString(prep, active[c] as number), round(model.w[c * R + r] as number)]);
      kept.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      return { rule, bias: round(model.bias[r] as number), threshold: 0, weights: Object.fromEntries(kept) };
    }),
  };
}

export { NEG };

/** Labels whose pay fields are the scheme's or the problem: left out of the regression of usual pay. */
const PAY_NOT_USUAL = new Set([
  "salary.implausible",
  "salary.missing",
  "fraud.commission_only",
  "fraud.pyramid",
  "hype",
]);

/** The pay a posting states, as the regression reads it: log of the band's geometric middle. */
export function logPay(min: number | null, max: number | null): number | null {
  const present = [min, max].filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v > 0);
  if (present.length === 0) return null;
  return present.reduce((a, v) => a + Math.log(v), 0) / present.length;
}

/**
 * Regression of usual pay on the title (LearnedSalaryData): least squares with L2, AdaGrad, seeded order,
 * on the training postings whose labels say nothing about their pay. Thresholds are left at Infinity.
 */
export function trainSalary(
  items: readonly TrainItem[],
  inTraining: (posting: number) => boolean,
  options: TrainOptions = DEFAULT_OPTIONS,
): LearnedSalaryData {
  const rows: Array<{ features: string[]; y: number }> = [];
  items.forEach((item, p) => {
    if (!inTraining(p) || item.labels.some((l) => PAY_NOT_USUAL.has(l))) return;
    const y = logPay(item.salaryMin, item.salaryMax);
    if (y === null) return;
    rows.push({ features: titleFeatures(normalisePostingText(item.title).text), y });
  });
  const df = new Map<string, number>();
  for (const row of rows) for (const f of new Set(row.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = (f: string): boolean => (df.get(f) ?? 0) >= Math.max(2, options.minDf);
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const bias = rows.length > 0 ? rows.reduce((a, r) => a + r.y, 0) / rows.length : Math.log(8000);
  const random = generator(options.seed + 1);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < 20; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const i of order) {
      const row = rows[i] as { features: string[]; y: number };
      const fs = row.features.filter(kept);
      let pred = bias;
      for (const f of fs) pred += w.get(f) ?? 0;
      const g = pred - row.y;
      for (const f of fs) {
        const wf = w.get(f) ?? 0;
        const gf = g + 0.01 * wf;
        const acc = (g2.get(f) ?? 0) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (0.1 * gf) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const weights = [...w]
    .filter(([, v]) => Math.abs(v) >= 0.01)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 3000)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([f, v]) => [f, round(v)] as const);
  return { bias: round(bias), high: Infinity, low: Infinity, weights: Object.fromEntries(weights) };
}
