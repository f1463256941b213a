/**
 * The learned layer of the posting checks (decision 033): one linear classifier per text rule over
 * n-grams of a sentence — characters (1–4) in Chinese, words (1–2) in English, digits as "#" — trained
 * by `npm run train:checks` (scripts/train-checks.ts) on the tuning sets and stored as readable data
 * (vocabulary/vetting-learned.json). checks.ts asks it only about rules the lexicons left silent.
 *
 * A word after a negator (不/无/免/没/未, no/not/never/without/…n't) up to the end of its clause is a
 * different feature, written "¬收" or "¬fee": "不收取任何费用" shares no feature with "收取费用", and the
 * weights of the negated forms were learned from the clean near misses like every other weight.
 *
 * Pure module: the data file is compiled into a trie of numeric keys once, and a sentence is scored with
 * one hash-table probe per unit and n-gram length (a string per n-gram cost more than the lexicons), and
 * not at all when an upper bound says it cannot reach a threshold (scoreSpan).
 */

/** Texts end sentences here (after normalisation: half-width, lower case). */
const SENTENCE_END = new Set([0x3002, 0x3b, 0x21, 0x3f, 0x0a, 0x0d, 0xff1b, 0xff01, 0xff1f]);
/** Clause punctuation: n-grams and negation scopes stop here. */
const CLAUSE_BREAK = new Set([
  0x2c, 0xff0c, 0x3a, 0xff1a, 0x3001, 0x28, 0x29, 0x5b, 0x5d, 0x3010, 0x3011, 0x300a, 0x300b,
]);
/** Symbols that are units of their own (money, contact handles, percentages). */
const SYMBOL_UNIT = new Set([0x2b, 0x40, 0x25, 0xa5, 0x24, 0xffe5]);
/** Chinese negators; a new demand after them ends their scope ("无需经验需交押金"). */
const CJK_NEGATOR = new Set([0x4e0d, 0x65e0, 0x514d, 0x6ca1, 0x672a]); // 不 无 免 没 未
const NEW_DEMAND = new Set([0x9700, 0x987b, 0x4f46, 0x5374, 0x53ea, 0x4ec5, 0x8bf7, 0x5148, 0x624d]); // 需须但却只仅请先才
const EN_NEGATOR = new Set(["no", "not", "never", "without", "nor", "cannot", "zero"]);
/** The sets above as bits per UTF-16 code: one typed-array read per character instead of set lookups. */
const IS_NEGATOR = 1;
const IS_NEW_DEMAND = 2;
const IS_CLAUSE_BREAK = 4;
const IS_SYMBOL = 8;
const IS_SENTENCE_END = 16;
const CODE_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of CJK_NEGATOR) table[c] = (table[c] as number) | IS_NEGATOR;
  for (const c of NEW_DEMAND) table[c] = (table[c] as number) | IS_NEW_DEMAND;
  for (const c of CLAUSE_BREAK) table[c] = (table[c] as number) | IS_CLAUSE_BREAK;
  for (const c of SYMBOL_UNIT) table[c] = (table[c] as number) | IS_SYMBOL;
  for (const c of SENTENCE_END) table[c] = (table[c] as number) | IS_SENTENCE_END;
  return table;
})();
const CJK_SCOPE = 10;
const EN_SCOPE = 8;

/**
 * Unit ids: Chinese characters and symbols by code point; a number by its count of digits ("#3" for 985,
 * 211 or 300: the n-grams around it tell a school from a price, and a clock time "9:30" stays "#1:#2");
 * words from 0x200000; "¬" adds NEG.
 */
export const NUMBER_UNIT = 1;
const MAX_DIGITS = 6;
export const WORD_BASE = 0x200000;
export const NEG = 0x1000000;
export const BREAK = -1;
/** The longest n-gram: four characters, or two units when one is a word. */
export const MAX_N = 4;
export const MAX_N_WORDS = 2;

export function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Sentence spans of a normalised text ("." ends one only before a space or the end: not "1.5万"). */
export function sentenceSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const bounds = sentenceBounds(text);
  for (let k = 0; k < bounds.length; k += 2) spans.push([bounds[k] as number, bounds[k + 1] as number]);
  return spans;
}

/** Sentence bounds being gathered (reused: one text at a time). */
let SENTENCE_BOUNDS = new Int32Array(1024);

/**
 * The same sentences as `sentenceSpans`, as start, end pairs in one array: the check reads these without a pair array
 * per sentence (vet-speed6: a few hundred per posting were garbage).
 */
export function sentenceBounds(text: string): Int32Array {
  let n = 0;
  let start = 0;
  const push = (a: number, b: number): void => {
    if (n + 2 > SENTENCE_BOUNDS.length) {
      const grown = new Int32Array(SENTENCE_BOUNDS.length * 2);
      grown.set(SENTENCE_BOUNDS);
      SENTENCE_BOUNDS = grown;
    }
    SENTENCE_BOUNDS[n++] = a;
    SENTENCE_BOUNDS[n++] = b;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ends =
      ((CODE_CLASS[c] as number) & IS_SENTENCE_END) !== 0 ||
      (c === 0x2e && (i + 1 >= text.length || text.charCodeAt(i + 1) === 0x20));
    if (!ends) continue;
    if (i > start) push(start, i);
    start = i + 1;
  }
  if (text.length > start) push(start, text.length);
  return SENTENCE_BOUNDS.slice(0, n);
}

export interface Units {
  readonly ids: number[];
  readonly starts: number[];
  readonly ends: number[];
}

/**
 * One span's units in reusable typed arrays (the check tokenises some 300 sentences per posting: arrays
 * and a closure per sentence cost more than the tokenising). `length` units are valid.
 */
export interface UnitBuffer {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The model's dense index per unit (-1: no feature has it), filled by scoreSpan. */
  dense: Int32Array;
  length: number;
}

export function unitBuffer(capacity = 256): UnitBuffer {
  return {
    ids: new Int32Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    dense: new Int32Array(capacity),
    length: 0,
  };
}

/**
 * The units of text[from, to): Chinese characters, words, numbers ("#") and a few symbols, with the
 * negation mark applied; BREAK at clause punctuation. `wordId` gives a word's id (negative: unknown).
 */
export function unitsOf(text: string, from: number, to: number, wordId: (word: string) => number): Units {
  const buf = unitBuffer(Math.max(1, to - from));
  tokenizeInto(text, from, to, wordId, buf);
  const n = buf.length;
  return {
    ids: Array.from(buf.ids.subarray(0, n)),
    starts: Array.from(buf.starts.subarray(0, n)),
    ends: Array.from(buf.ends.subarray(0, n)),
  };
}

/**
 * The tokeniser behind unitsOf, into `buf` (BREAK never twice in a row). A span has at most one unit per
 * code unit, so the buffer grows once before the loop, never inside it.
 */
export function tokenizeInto(
  text: string,
  from: number,
  to: number,
  wordId: (word: string) => number,
  buf: UnitBuffer,
): void {
  if (buf.ids.length < to - from) {
    const grown = unitBuffer(Math.max(to - from, buf.ids.length * 2));
    buf.ids = grown.ids;
    buf.starts = grown.starts;
    buf.ends = grown.ends;
    buf.dense = grown.dense;
  }
  const ids = buf.ids;
  const starts = buf.starts;
  const ends = buf.ends;
  let n = 0;
  let scope = 0; // units still negated
  let scopeCjk = false;
  let justNegated = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CODE_CLASS[c] as number;
    if (isCjkCode(c)) {
      if (scope > 0 && scopeCjk && !justNegated && (cls & IS_NEW_DEMAND) !== 0) scope = 0;
      ids[n] = scope > 0 ? c + NEG : c;
      starts[n] = i;
      ends[n++] = i + 1;
      justNegated = false;
      if (scope > 0) scope--;
      if ((cls & IS_NEGATOR) !== 0) {
        scope = CJK_SCOPE;
        scopeCjk = true;
        justNegated = true;
      }
      i++;
    } else if (isWordCode(c)) {
      let j = i + 1;
      while (j < to && isWordCode(text.charCodeAt(j))) j++;
      // "don't", "isn't", "won't": the negative contraction is one word.
      // Normalised text is lower case already.
      let word = text.slice(i, j);
      let negator = EN_NEGATOR.has(word);
      const apos = text.charCodeAt(j);
      if ((apos === 0x27 || apos === 0x2019) && text.charCodeAt(j + 1) === 0x74 && word.endsWith("n")) {
        word = `${word}'t`;
        j += 2;
        negator = true;
      }
      const id = wordId(word);
      ids[n] = id < 0 ? id : scope > 0 ? id + NEG : id;
      starts[n] = i;
      ends[n++] = j;
      justNegated = false;
      if (scope > 0) scope--;
      if (negator) {
        scope = EN_SCOPE;
        scopeCjk = false;
        justNegated = true;
      }
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      let digits = 1;
      let fraction = false;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) {
          if (!fraction) digits++;
        } else if ((d === 0x2c || d === 0x2e) && isDigit(text.charCodeAt(j + 1))) {
          // "8,000" groups thousands; "1.5" starts a fraction.
          if (d === 0x2e) fraction = true;
        } else break;
        j++;
      }
      const number = NUMBER_UNIT + Math.min(digits, MAX_DIGITS);
      ids[n] = scope > 0 ? number + NEG : number;
      starts[n] = i;
      ends[n++] = j;
      if (scope > 0) scope--;
      justNegated = false;
      i = j;
    } else {
      if ((cls & IS_CLAUSE_BREAK) !== 0) {
        if (n > 0 && ids[n - 1] !== BREAK) {
          ids[n] = BREAK;
          starts[n] = i;
          ends[n++] = i + 1;
        }
        // A list ("不限男女、民族") keeps its negation; other clause punctuation ends it.
        if (c !== 0x3001) scope = 0;
      } else if ((cls & IS_SYMBOL) !== 0) {
        ids[n] = scope > 0 ? c + NEG : c;
        starts[n] = i;
        ends[n++] = i + 1;
      }
      i++;
    }
  }
  buf.length = n;
}

/** Calls `visit(key path end index j, n)` for every n-gram starting at i; the caller walks its own trie. */
export function isWordUnit(id: number): boolean {
  return id >= 0 && (id & (NEG - 1)) >= WORD_BASE;
}

/** A unit as written in the data file: the character, the word, "#" for a number; "¬" before a negated one. */
export function unitText(id: number, words: readonly string[]): string {
  const neg = id >= NEG ? "¬" : "";
  const base = id >= NEG ? id - NEG : id;
  if (base > NUMBER_UNIT && base <= NUMBER_UNIT + MAX_DIGITS) return `${neg}#${base - NUMBER_UNIT}`;
  if (base >= WORD_BASE) return `${neg}${words[base - WORD_BASE] ?? "?"}`;
  return `${neg}${String.fromCodePoint(base)}`;
}

/** An n-gram as written in the data file: characters run together, a space beside a word. */
export function featureText(ids: readonly number[], words: readonly string[]): string {
  let out = "";
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (k > 0 && (isWordUnit(id) || isWordUnit(ids[k - 1] as number))) out += " ";
    out += unitText(id, words);
  }
  return out;
}

/** The unit ids of a feature as written in the data file (the inverse of featureText). */
export function parseFeature(feature: string, wordId: (word: string) => number): number[] {
  const ids: number[] = [];
  let neg = false;
  let i = 0;
  while (i < feature.length) {
    const c = feature.charCodeAt(i);
    if (c === 0xac) {
      neg = true;
      i++;
      continue;
    }
    if (c === 0x20) {
      i++;
      continue;
    }
    let id: number;
    if (c === 0x23) {
      id = NUMBER_UNIT + Number(feature.charAt(i + 1));
      i += 2;
    } else if (isWordCode(c)) {
      let j = i + 1;
      while (j < feature.length && (isWordCode(feature.charCodeAt(j)) || feature.charCodeAt(j) === 0x27)) j++;
      id = wordId(feature.slice(i, j));
      i = j;
    } else {
      const cp = feature.codePointAt(i) ?? c;
      id = cp;
      i += cp > 0xffff ? 2 : 1;
    }
    ids.push(neg && id >= 0 ? id + NEG : id);
    neg = false;
  }
  return ids;
}

// ---------------------------------------------------------------------------
// The data file and the compiled model
// ---------------------------------------------------------------------------

export interface LearnedRuleData {
  readonly rule: string;
  readonly bias: number;
  /** Flag when bias + Σ weights ≥ threshold (chosen by leave-one-set-out cross-validation). */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * Pay against the role: log monthly pay ≈ bias + Σ weights of the title's n-grams (a regression learned on
 * postings whose pay nobody questioned); flag when the maximum is above the prediction by more than
 * `high`, or the minimum below it by more than `low` (natural log units, chosen by cross-validation).
 */
export interface LearnedSalaryData {
  readonly bias: number;
  readonly high: number;
  readonly low: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface LearnedModelData {
  readonly version: number;
  readonly about: string;
  readonly trainedOn: readonly string[];
  readonly rules: readonly LearnedRuleData[];
  readonly salary?: LearnedSalaryData;
}

export interface LearnedModel {
  readonly rules: readonly string[];
  readonly bias: Float64Array;
  readonly threshold: Float64Array;
  /** Word → unit id. */
  readonly words: ReadonlyMap<string, number>;
  /** A word's unit id, or -2 when no feature has it (one function per model, not one per sentence). */
  readonly wordId: (word: string) => number;
  /** Unit id → dense index used in edge keys (words; other units through the two tables below). */
  readonly unitIndex: ReadonlyMap<number, number>;
  /** Dense index of a unit below 0x10000 (characters, numbers, symbols), and of its negated form; -1: none. */
  readonly charIndex: Int32Array;
  readonly negCharIndex: Int32Array;
  readonly unitCount: number;
  /** node * unitCount + dense unit → child node; node 0 is the root. */
  readonly edges: ReadonlyMap<number, number>;
  /** The root's children by dense unit (-1: none): most n-gram walks end at the first step. */
  readonly rootChild: Int32Array;
  /**
   * The same edges as an open-addressing table (keys, children; -1: empty slot) for the check's walk: a
   * typed-array probe costs less than a Map lookup, and the walk does up to four per unit.
   */
  readonly edgeKeys: Float64Array;
  readonly edgeChildren: Int32Array;
  readonly edgeShift: number;
  /**
   * maxGain[d]: the most the n-grams starting with dense unit d can add to any one rule (the positive
   * weights along the best path below the root's child, the largest over rules). bias[r] + Σ maxGain over
   * a sentence's units bounds its score for rule r, so a sentence that cannot reach any eligible threshold
   * is not walked. (A bound per rule skipped more sentences but cost as much as the walks it saved.)
   */
  readonly maxGain: Float64Array;
  /**
   * A node's non-zero weights, sparse: rules nodeRule[k] and weights nodeWeight[k] for k in
   * [nodeFirst[node], nodeFirst[node + 1]). Most nodes weigh for a few rules, prefixes for none, and
   * adding a zero changes no sum.
   */
  readonly nodeFirst: Int32Array;
  readonly nodeRule: Int32Array;
  readonly nodeWeight: Float64Array;
  /** weights[node * rules.length + r]; a node with no feature has zeros. */
  readonly weights: Float64Array;
  /** The feature's text per node ("" for a prefix that is not a feature). */
  readonly featureOf: readonly string[];
  readonly salary: {
    readonly bias: number;
    readonly high: number;
    readonly low: number;
    readonly weights: ReadonlyMap<string, number>;
  } | null;
}

export function compileModel(data: LearnedModelData): LearnedModel {
  const rules = data.rules.map((r) => r.rule);
  const R = rules.length;
  const words = new Map<string, number>();
  const wordId = (w: string): number => {
    let id = words.get(w);
    if (id === undefined) {
      id = WORD_BASE + words.size;
      words.set(w, id);
    }
    return id;
  };
  const paths = new Map<string, number[]>();
  for (const r of data.rules)
    for (const f of Object.keys(r.weights)) if (!paths.has(f)) paths.set(f, parseFeature(f, wordId));
  const unitIndex = new Map<number, number>();
  for (const ids of paths.values()) for (const id of ids) if (!unitIndex.has(id)) unitIndex.set(id, unitIndex.size);
  const unitCount = Math.max(1, unitIndex.size);
  const charIndex = new Int32Array(0x10000).fill(-1);
  const negCharIndex = new Int32Array(0x10000).fill(-1);
  for (const [id, dense] of unitIndex) {
    const base = id >= NEG ? id - NEG : id;
    if (base < 0x10000) (id >= NEG ? negCharIndex : charIndex)[base] = dense;
  }
  const edges = new Map<number, number>();
  const nodeOf = new Map<string, number>();
  let nodes = 1;
  for (const [f, ids] of paths) {
    let node = 0;
    for (const id of ids) {
      const key = node * unitCount + (unitIndex.get(id) as number);
      let child = edges.get(key);
      if (child === undefined) {
        child = nodes++;
        edges.set(key, child);
      }
      node = child;
    }
    nodeOf.set(f, node);
  }
  const rootChild = new Int32Array(unitCount).fill(-1);
  for (let d = 0; d < unitCount; d++) rootChild[d] = edges.get(d) ?? -1;
  const weights = new Float64Array(nodes * R);
  const featureOf: string[] = new Array<string>(nodes).fill("");
  data.rules.forEach((r, k) => {
    for (const [f, w] of Object.entries(r.weights)) {
      const node = nodeOf.get(f) as number;
      weights[node * R + k] = w;
      featureOf[node] = f;
    }
  });
  let edgeShift = 32;
  while (1 << (32 - edgeShift) < edges.size * 2 + 2) edgeShift--;
  const edgeKeys = new Float64Array(1 << (32 - edgeShift)).fill(-1);
  const edgeChildren = new Int32Array(edgeKeys.length).fill(-1);
  const children: number[][] = Array.from({ length: nodes }, () => []);
  for (const [key, child] of edges) {
    let slot = edgeSlot(key, edgeShift);
    while ((edgeKeys[slot] as number) !== -1) slot = (slot + 1) & (edgeKeys.length - 1);
    edgeKeys[slot] = key;
    edgeChildren[slot] = child;
    (children[Math.floor(key / unitCount)] as number[]).push(child);
  }
  // Children are numbered after their parents: a reverse sweep sees every child before its parent.
  const below = new Float64Array(nodes * R);
  for (let node = nodes - 1; node > 0; node--)
    for (let r = 0; r < R; r++) {
      let best = 0;
      for (const child of children[node] as number[]) best = Math.max(best, below[child * R + r] as number);
      below[node * R + r] = Math.max(0, weights[node * R + r] as number) + best;
    }
  const maxGain = new Float64Array(unitCount);
  for (let d = 0; d < unitCount; d++) {
    const child = rootChild[d] as number;
    if (child > 0)
      for (let r = 0; r < R; r++) maxGain[d] = Math.max(maxGain[d] as number, below[child * R + r] as number);
  }
  const nodeFirst = new Int32Array(nodes + 1);
  const nodeRule: number[] = [];
  const nodeWeight: number[] = [];
  for (let node = 0; node < nodes; node++) {
    nodeFirst[node] = nodeRule.length;
    for (let r = 0; r < R; r++) {
      const w = weights[node * R + r] as number;
      if (w === 0) continue;
      nodeRule.push(r);
      nodeWeight.push(w);
    }
  }
  nodeFirst[nodes] = nodeRule.length;
  return {
    rules,
    wordId: (w: string) => words.get(w) ?? -2,
    bias: Float64Array.from(data.rules.map((r) => r.bias)),
    threshold: Float64Array.from(data.rules.map((r) => r.threshold)),
    words,
    unitIndex,
    charIndex,
    negCharIndex,
    unitCount,
    edges,
    rootChild,
    edgeKeys,
    edgeChildren,
    edgeShift,
    maxGain,
    nodeFirst,
    nodeRule: Int32Array.from(nodeRule),
    nodeWeight: Float64Array.from(nodeWeight),
    weights,
    featureOf,
    salary: data.salary
      ? {
          bias: data.salary.bias,
          high: data.salary.high,
          low: data.salary.low,
          weights: new Map(Object.entries(data.salary.weights)),
        }
      : null,
  };
}

/** The n-grams of a (normalised) title as the data file writes them: characters 1–3, words 1–2. */
export function titleFeatures(title: string): string[] {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const { ids: units } = unitsOf(title, 0, title.length, (w) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = WORD_BASE + words.length;
      words.push(w);
      ids.set(w, id);
    }
    return id;
  });
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    let wordsIn = 0;
    for (let j = i; j < units.length && j - i < 3; j++) {
      const id = units[j] as number;
      if (id < 0) break;
      if (isWordUnit(id)) wordsIn++;
      if (wordsIn > 0 && j - i + 1 > MAX_N_WORDS) break;
      out.push(featureText(units.slice(i, j + 1), words));
    }
  }
  return out;
}

/** The usual log monthly pay for a title, or null without a salary model. */
export function predictLogPay(model: LearnedModel, title: string): number | null {
  if (!model.salary) return null;
  let y = model.salary.bias;
  for (const f of titleFeatures(title)) y += model.salary.weights.get(f) ?? 0;
  return y;
}

/** The units of a span with this model's word ids (unknown words are -2: no feature contains them). */
export function modelUnits(model: LearnedModel, text: string, from: number, to: number): Units {
  return unitsOf(text, from, to, model.wordId);
}

/** A unit's dense index in the model, or -1 (no feature has it). A table for characters: one map per word. */
function denseOf(model: LearnedModel, id: number): number {
  if (id < 0) return -1;
  if (id >= NEG) {
    const base = id - NEG;
    return base < 0x10000 ? (model.negCharIndex[base] as number) : (model.unitIndex.get(id) ?? -1);
  }
  return id < 0x10000 ? (model.charIndex[id] as number) : (model.unitIndex.get(id) ?? -1);
}

/** The hash slot of an edge key (node * unitCount + dense unit); a key past 2^31 hashes on its low bits and still compares exactly. */
function edgeSlot(key: number, shift: number): number {
  return shift >= 32 ? 0 : Math.imul(key | 0, 0x9e3779b1) >>> shift;
}

function childOf(model: LearnedModel, key: number): number {
  const keys = model.edgeKeys;
  const mask = keys.length - 1;
  let slot = edgeSlot(key, model.edgeShift);
  for (;;) {
    const k = keys[slot] as number;
    if (k === key) return model.edgeChildren[slot] as number;
    if (k === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Each rule's score for text[from, to): bias + Σ weights of the n-grams present (counted per occurrence),
 * tokenized into a reused buffer. With `atLeast`
 * and `eligible`, a sentence whose bound (bias + Σ maxGain) is below every eligible rule's threshold is not
 * walked: it returns false and `out` is meaningless (no rule could use its score). True: `out` is set.
 */
export function scoreSpan(
  model: LearnedModel,
  text: string,
  from: number,
  to: number,
  buf: UnitBuffer,
  out: Float64Array,
  atLeast?: Float64Array,
  eligible?: readonly boolean[],
): boolean {
  tokenizeInto(text, from, to, model.wordId, buf);
  const R = model.rules.length;
  const length = buf.length;
  const ids = buf.ids;
  const dense = buf.dense;
  let reach = 0;
  const maxGain = model.maxGain;
  for (let k = 0; k < length; k++) {
    const d = denseOf(model, ids[k] as number);
    dense[k] = d;
    if (d >= 0) reach += maxGain[d] as number;
  }
  if (atLeast && eligible) {
    // The margin covers rounding: the bound sums in another order than the score.
    let reachable = false;
    for (let r = 0; r < R && !reachable; r++)
      reachable = (eligible[r] as boolean) && (model.bias[r] as number) + reach + 1e-9 >= (atLeast[r] as number);
    if (!reachable) return false;
  }
  for (let r = 0; r < R; r++) out[r] = model.bias[r] as number;
  const nodeFirst = model.nodeFirst;
  const nodeRule = model.nodeRule;
  const nodeWeight = model.nodeWeight;
  const rootChild = model.rootChild;
  const unitCount = model.unitCount;
  for (let i = 0; i < length; i++) {
    if ((dense[i] as number) < 0) continue;
    let node = 0;
    let words = 0;
    for (let j = i; j < length && j - i < MAX_N; j++) {
      const d = dense[j] as number;
      if (d < 0) break;
      if (isWordUnit(ids[j] as number)) words++;
      if (words > 0 && j - i + 1 > MAX_N_WORDS) break;
      const child = j === i ? (rootChild[d] as number) : childOf(model, node * unitCount + d);
      if (child < 0) break;
      node = child;
      const last = nodeFirst[node + 1] as number;
      for (let k = nodeFirst[node] as number; k < last; k++) {
        const r = nodeRule[k] as number;
        out[r] = (out[r] as number) + (nodeWeight[k] as number);
      }
    }
  }
  return true;
}

export interface Contribution {
  readonly feature: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The n-gram occurrences of text[from, to) that weigh for some rule, in reading order (by start, then by end): the
 * trie's node, start and end of each, `count` triples from `at` in `walkArena()`. Walked once per sentence and read per
 * rule (vet-speed5: the check tokenised and walked a sentence again, through the edge map into unit arrays and an
 * object per occurrence, for each rule asking about it).
 */
export interface SentenceWalk {
  readonly at: number;
  readonly count: number;
}

/** The learned layer's buffer for `sentenceWalk` (one sentence at a time). */
const WALK_UNITS = unitBuffer();
/** Every walk's triples since the last `resetWalks`, one walk after another (grown by copying: offsets stay valid). */
let WALK_ARENA = new Int32Array(3 * 4096);
let walkUsed = 0;

/** The walks' numbers (read after the last `sentenceWalk`: a walk may have grown the arena). */
export function walkArena(): Int32Array {
  return WALK_ARENA;
}

/** Forgets every walk (their numbers are written over by the next ones). */
export function resetWalks(): void {
  walkUsed = 0;
}

export function sentenceWalk(model: LearnedModel, text: string, from: number, to: number): SentenceWalk {
  const buf = WALK_UNITS;
  tokenizeInto(text, from, to, model.wordId, buf);
  const length = buf.length;
  const ids = buf.ids;
  const dense = buf.dense;
  for (let k = 0; k < length; k++) dense[k] = denseOf(model, ids[k] as number);
  // At most MAX_N occurrences start at a unit.
  if (walkUsed + 3 * MAX_N * length > WALK_ARENA.length) {
    const grown = new Int32Array(2 * (walkUsed + 3 * MAX_N * length));
    grown.set(WALK_ARENA.subarray(0, walkUsed));
    WALK_ARENA = grown;
  }
  const arena = WALK_ARENA;
  const at = walkUsed;
  let n = at;
  const { nodeFirst, rootChild, unitCount } = model;
  for (let i = 0; i < length; i++) {
    let node = 0;
    let words = 0;
    for (let j = i; j < length && j - i < MAX_N; j++) {
      const d = dense[j] as number;
      if (d < 0) break;
      if (isWordUnit(ids[j] as number)) words++;
      if (words > 0 && j - i + 1 > MAX_N_WORDS) break;
      const child = j === i ? (rootChild[d] as number) : childOf(model, node * unitCount + d);
      if (child < 0) break;
      node = child;
      if ((nodeFirst[node] as number) === (nodeFirst[node + 1] as number)) continue;
      arena[n++] = node;
      arena[n++] = buf.starts[i] as number;
      arena[n++] = buf.ends[j] as number;
    }
  }
  walkUsed = n;
  return { at, count: (n - at) / 3 };
}

/** The n-gram occurrences of a sentence that weigh for rule index r, heaviest first. */
export function contributions(model: LearnedModel, units: Units, r: number): Contribution[] {
  const R = model.rules.length;
  const found: Contribution[] = [];
  const dense = units.ids.map((id) => denseOf(model, id));
  for (let i = 0; i < dense.length; i++) {
    let node = 0;
    let words = 0;
    for (let j = i; j < dense.length && j - i < MAX_N; j++) {
      const d = dense[j] as number;
      if (d < 0) break;
      if (isWordUnit(units.ids[j] as number)) words++;
      if (words > 0 && j - i + 1 > MAX_N_WORDS) break;
      const child = model.edges.get(node * model.unitCount + d);
      if (child === undefined) break;
      node = child;
      const w = model.weights[node * R + r] as number;
      if (w > 0)
        found.push({
          feature: model.featureOf[node] ?? "",
          weight: w,
          start: units.starts[i] as number,
          end: units.ends[j] as number,
        });
    }
  }
  return found.sort((a, b) => b.weight - a.weight || a.start - b.start);
}
