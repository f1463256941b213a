/**
 * An attribute-masked learned layer for the eight discrimination rules (experiment of branch vet-disc-learned; see
 * docs/decisions/033-learned-vetting-layer.md, addendum). The rules' attribute lexicons (vocabulary/vetting.ts,
 * PROTECTED_ATTRIBUTES) find each mention of a protected attribute; the mention is replaced by a placeholder ("‹attr›",
 * or one per rule, "‹gender›"), and one logistic regression shared by the eight rules weighs the n-grams around it — the
 * restriction, exclusion or preference wording ("‹attr›勿扰", "请绕道", "need not apply"), not the attribute itself, so a
 * marker learned from gender postings applies to health. The rule is the class of the attribute the placeholder stood
 * for. A sentence with no attribute mention is never scored.
 *
 * Tokens as in the fraud layer (app/postings/learned.ts): Chinese characters, English words, numbers by their count of
 * digits, "¬" after a negator. Pure module.
 */
import {
  BREAK,
  NEG,
  NUMBER_UNIT,
  WORD_BASE,
  isWordUnit,
  sentenceSpans,
  tokenizeInto,
  unitBuffer,
  type UnitBuffer,
} from "../app/postings/learned";
import { phrasesOf } from "../app/postings/checks";
import { PROTECTED_RULES, lawfulBasisSentences, setByLawfulBasis, wordSource } from "../app/postings/restrictions";

/** The parts of a lexicon of vocabulary/vetting.ts the mention scan reads. */
export interface MentionLexicon {
  readonly words: readonly string[];
  readonly patterns?: readonly string[];
  readonly notMentions?: readonly string[];
  readonly notMentionPatterns?: readonly string[];
}

/** The rules' own word form (app/postings/restrictions.ts), without their shared-boundary speed-up. */
function alternation(words: readonly string[], patterns: readonly string[] = []): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return [...patterns.map((p) => `(?:${p})`), ...sorted.map(wordSource)].join("|");
}

export interface MentionFinder {
  readonly rules: readonly string[];
  readonly mention: readonly RegExp[];
  readonly notMention: ReadonlyArray<RegExp | null>;
}

export function mentionFinder(attributes: Readonly<Record<string, MentionLexicon>>): MentionFinder {
  const rules = Object.keys(attributes);
  return {
    rules,
    mention: rules.map((r) => {
      const l = attributes[r] as MentionLexicon;
      return new RegExp(alternation(l.words, l.patterns ?? []), "gu");
    }),
    notMention: rules.map((r) => {
      const l = attributes[r] as MentionLexicon;
      return l.notMentions?.length || l.notMentionPatterns?.length
        ? new RegExp(alternation(l.notMentions ?? [], l.notMentionPatterns ?? []), "gu")
        : null;
    }),
  };
}

export interface Mention {
  /** Index into finder.rules. */
  readonly rule: number;
  readonly start: number;
  readonly end: number;
}

function spans(re: RegExp, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

/** Every mention of a protected attribute in a normalised text, not inside one of the lexicon's `notMentions`. */
export function attributeMentions(finder: MentionFinder, text: string): Mention[] {
  const found: Mention[] = [];
  finder.rules.forEach((_, k) => {
    const ms = spans(finder.mention[k] as RegExp, text);
    if (ms.length === 0) return;
    const not = finder.notMention[k] ? spans(finder.notMention[k] as RegExp, text) : [];
    for (const m of ms)
      if (!not.some((x) => x.start <= m.start && m.end <= x.end)) found.push({ rule: k, start: m.start, end: m.end });
  });
  return found.sort((a, b) => a.start - b.start || a.rule - b.rule);
}

/** Placeholder units: PLACEHOLDER (shared) or PLACEHOLDER + 1 + rule index; private-use codes no text carries. */
export const PLACEHOLDER = 0xe000;

export type MaskMode = "shared" | "per-rule";

export interface MaskedSentence {
  /** Unit ids with each mention replaced by one placeholder unit (BREAK: clause punctuation; < -1: unknown word). */
  readonly ids: number[];
  readonly starts: number[];
  readonly ends: number[];
  /** Per unit: the rule index of the mention it stands for, or -1. */
  readonly ruleAt: number[];
}

/**
 * The units of text[from, to) with every mention inside it masked. A unit overlapping a mention becomes the
 * placeholder (one unit per mention; negated if its first unit was).
 */
export function maskedUnits(
  text: string,
  from: number,
  to: number,
  mentions: readonly Mention[],
  mode: MaskMode,
  wordId: (word: string) => number,
  buf: UnitBuffer = unitBuffer(),
): MaskedSentence {
  tokenizeInto(text, from, to, wordId, buf);
  const inside = mentions.filter((m) => m.start < to && m.end > from);
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const ruleAt: number[] = [];
  let lastMention = -1;
  for (let k = 0; k < buf.length; k++) {
    const s = buf.starts[k] as number;
    const e = buf.ends[k] as number;
    const id = buf.ids[k] as number;
    let hit = -1;
    for (let q = 0; q < inside.length; q++) {
      const m = inside[q] as Mention;
      if (m.start < e && m.end > s && id !== BREAK) {
        hit = q;
        break;
      }
    }
    if (hit < 0) {
      ids.push(id);
      starts.push(s);
      ends.push(e);
      ruleAt.push(-1);
      lastMention = -1;
      continue;
    }
    const m = inside[hit] as Mention;
    if (hit === lastMention) {
      ends[ends.length - 1] = e;
      continue;
    }
    const negated = id >= NEG;
    const ph = mode === "shared" ? PLACEHOLDER : PLACEHOLDER + 1 + m.rule;
    ids.push(negated ? ph + NEG : ph);
    starts.push(s);
    ends.push(e);
    ruleAt.push(m.rule);
    lastMention = hit;
  }
  return { ids, starts, ends, ruleAt };
}

/** How far (in units) an n-gram may lie from a placeholder of the rule and still be its instance's feature. */
export const WINDOW = 8;
const MAX_N = 4;
const MAX_N_WORDS = 2;

export interface Gram {
  /** Feature text as the data file writes it. */
  readonly feature: string;
  readonly start: number;
  readonly end: number;
}

/** A unit as written in the data file ("‹attr›" or "‹gender›" for a placeholder). */
export function maskedUnitText(id: number, words: readonly string[], rules: readonly string[]): string {
  const neg = id >= NEG ? "¬" : "";
  const base = id >= NEG ? id - NEG : id;
  if (base === PLACEHOLDER) return `${neg}‹attr›`;
  if (base > PLACEHOLDER && base <= PLACEHOLDER + 1 + rules.length)
    return `${neg}‹${(rules[base - PLACEHOLDER - 1] ?? "?").replace(/^discrimination\./u, "")}›`;
  if (base > NUMBER_UNIT && base <= NUMBER_UNIT + 6) return `${neg}#${base - NUMBER_UNIT}`;
  if (base >= WORD_BASE) return `${neg}${words[base - WORD_BASE] ?? "?"}`;
  return `${neg}${String.fromCodePoint(base)}`;
}

/**
 * The instances of a masked sentence: per rule with a mention in it, the n-grams (characters 1–4, words 1–2) within
 * WINDOW units of one of that rule's placeholders. Features are distinct per instance.
 */
export interface FeatureOptions {
  /** How far (in units) an n-gram may lie from a placeholder of the rule. */
  readonly window: number;
  /** The fewest units of an n-gram without a placeholder or a word (2: no single characters or numbers). */
  readonly minUnits: number;
  /** How many clauses (split at clause punctuation) away from the placeholder's an n-gram may be. */
  readonly clauses: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { window: WINDOW, minUnits: 1, clauses: 9 };

export function instances(
  s: MaskedSentence,
  words: readonly string[],
  rules: readonly string[],
  withSpans = false,
  options: FeatureOptions = DEFAULT_FEATURES,
): Map<number, Gram[]> {
  const out = new Map<number, Gram[]>();
  const classes = [...new Set(s.ruleAt.filter((r) => r >= 0))];
  if (classes.length === 0) return out;
  const text: string[] = s.ids.map((id) => (id < 0 ? "" : maskedUnitText(id, words, rules)));
  const clause: number[] = [];
  let n = 0;
  for (const id of s.ids) {
    if (id === BREAK) n++;
    clause.push(n);
  }
  const reach = options.window;
  const single = (id: number): boolean => !isWordUnit(id) && (id >= NEG ? id - NEG : id) < PLACEHOLDER;
  for (const c of classes) {
    const at: number[] = [];
    s.ruleAt.forEach((r, k) => {
      // A sex named beside a family status ("pregnant women", "孕期女性") is the marital rule's, as the rules read it.
      const beside = (q: number): boolean => rules[s.ruleAt[q] ?? -1] === "discrimination.marital";
      if (r === c && !(rules[c] === "discrimination.gender" && (beside(k - 1) || beside(k + 1)))) at.push(k);
    });
    if (at.length === 0) continue;
    const lo = Math.max(0, (at[0] as number) - reach);
    const hi = Math.min(s.ids.length - 1, (at[at.length - 1] as number) + reach);
    const near = (i: number, j: number): boolean =>
      at.some(
        (p) =>
          i <= p + reach &&
          j >= p - reach &&
          Math.abs((clause[i] as number) - (clause[p] as number)) <= options.clauses &&
          Math.abs((clause[j] as number) - (clause[p] as number)) <= options.clauses,
      );
    const seen = new Set<string>();
    const grams: Gram[] = [];
    for (let i = Math.max(0, lo - MAX_N + 1); i <= hi; i++) {
      let feature = "";
      let wordsIn = 0;
      for (let j = i; j < s.ids.length && j - i < MAX_N; j++) {
        const id = s.ids[j] as number;
        if (id < 0) break;
        const word = isWordUnit(id);
        if (word) wordsIn++;
        if (wordsIn > 0 && j - i + 1 > MAX_N_WORDS) break;
        if (j > i && (word || isWordUnit(s.ids[j - 1] as number))) feature += " ";
        feature += text[j];
        if (!near(i, j)) continue;
        if (j - i + 1 < options.minUnits && single(s.ids[i] as number)) continue;
        if (!withSpans && seen.has(feature)) continue;
        seen.add(feature);
        grams.push({ feature, start: s.starts[i] as number, end: s.ends[j] as number });
      }
    }
    out.set(c, grams);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The data file and scoring
// ---------------------------------------------------------------------------

export interface RestrictionModelData {
  readonly version: number;
  readonly about: string;
  readonly mode: MaskMode;
  readonly features: FeatureOptions;
  /** Phrases (occurrences that touch, joined) of ≥ 2 characters weighing ≥ 0.75 an instance needs to flag. */
  readonly minPhrases: number;
  readonly trainedOn: readonly string[];
  readonly bias: number;
  /** Rule → threshold (bias + Σ weights of the instance's n-grams ≥ threshold flags). */
  readonly thresholds: Readonly<Record<string, number>>;
  readonly weights: Readonly<Record<string, number>>;
}

export interface RestrictionModel {
  readonly mode: MaskMode;
  readonly features: FeatureOptions;
  readonly minPhrases: number;
  readonly bias: number;
  readonly thresholds: ReadonlyMap<string, number>;
  readonly weights: ReadonlyMap<string, number>;
  /** Known words (an unknown word is no feature's part). */
  readonly wordIds: ReadonlyMap<string, number>;
  readonly words: readonly string[];
}

export function compileRestrictionModel(data: RestrictionModelData): RestrictionModel {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  for (const f of Object.keys(data.weights))
    for (const w of f.replace(/‹[^›]*›/gu, " ").match(/[a-z][a-z']*/gu) ?? [])
      if (!wordIds.has(w)) {
        wordIds.set(w, WORD_BASE + words.length);
        words.push(w);
      }
  return {
    mode: data.mode,
    features: data.features,
    minPhrases: data.minPhrases,
    bias: data.bias,
    thresholds: new Map(Object.entries(data.thresholds)),
    weights: new Map(Object.entries(data.weights)),
    wordIds,
    words,
  };
}

export interface RestrictionScore {
  readonly rule: string;
  readonly score: number;
  readonly from: number;
  readonly to: number;
  /** The n-grams that weighed for it, heaviest first, with their offsets in the text. */
  readonly top: ReadonlyArray<Gram & { readonly weight: number }>;
}

const BUF = unitBuffer();

/** Phrases of ≥ 2 characters weighing ≥ 0.75 (occurrences that touch or overlap joined), as decision 033 counts them. */
export function weighingPhrases(top: ReadonlyArray<{ start: number; end: number; weight: number }>): number {
  return phrasesOf(top).filter((p) => p.weight >= 0.75 && p.end - p.start >= 2).length;
}

/** Per rule, the best instance of a normalised text's sentences (sentence spans given). */
export function scoreRestrictions(
  model: RestrictionModel,
  finder: MentionFinder,
  text: string,
  sentences: ReadonlyArray<readonly [number, number]>,
): Map<string, RestrictionScore> {
  const best = new Map<string, RestrictionScore>();
  const mentions = attributeMentions(finder, text);
  if (mentions.length === 0) return best;
  const wordId = (w: string): number => model.wordIds.get(w) ?? -2;
  let cursor = 0;
  for (const [from, to] of sentences) {
    while (cursor < mentions.length && (mentions[cursor] as Mention).end <= from) cursor++;
    const here = [];
    for (let q = cursor; q < mentions.length && (mentions[q] as Mention).start < to; q++)
      here.push(mentions[q] as Mention);
    if (here.length === 0) continue;
    const masked = maskedUnits(text, from, to, here, model.mode, wordId, BUF);
    for (const [c, grams] of instances(masked, model.words, finder.rules, false, model.features)) {
      let score = model.bias;
      for (const g of grams) score += model.weights.get(g.feature) ?? 0;
      const rule = finder.rules[c] as string;
      const prev = best.get(rule);
      if (prev && prev.score >= score) continue;
      const top = grams
        .map((g) => ({ ...g, weight: model.weights.get(g.feature) ?? 0 }))
        .filter((g) => g.weight > 0)
        .sort((a, b) => b.weight - a.weight || a.start - b.start);
      if (model.minPhrases > 0 && weighingPhrases(top) < model.minPhrases) continue;
      best.set(rule, { rule, score, from, to, top });
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// At check time, had it been kept (checks.ts would ask it only where the rules are silent; the notes of branch
// vet-disc-learned give the three lines that wired it in for the unit-test measurement)
// ---------------------------------------------------------------------------

/** The fields the layer reads, as checks.ts scans them (normalised text). */
export interface RestrictionField {
  readonly name: string;
  readonly norm: { readonly text: string };
}

export interface RestrictionCandidate extends RestrictionScore {
  readonly field: RestrictionField;
}

const FIELDS_READ: readonly string[] = ["title", "description", "requirements"];

/**
 * The layer's flags for a posting: per discrimination rule the rules left silent, the best instance at or above the
 * rule's threshold, in title, description or requirements, unless a lawful-basis sentence sets the attribute.
 */
export function restrictionCandidates(
  model: RestrictionModel,
  finder: MentionFinder,
  fields: readonly RestrictionField[],
  flagged: ReadonlySet<string>,
): RestrictionCandidate[] {
  if (PROTECTED_RULES.every((r) => flagged.has(r))) return [];
  const best = new Map<string, RestrictionCandidate>();
  for (const field of fields) {
    if (!FIELDS_READ.includes(field.name)) continue;
    const text = field.norm.text;
    for (const [rule, s] of scoreRestrictions(model, finder, text, sentenceSpans(text))) {
      if (flagged.has(rule) || s.score < (model.thresholds.get(rule) ?? Infinity)) continue;
      if ((best.get(rule)?.score ?? -Infinity) >= s.score) continue;
      best.set(rule, { ...s, field });
    }
  }
  if (best.size === 0) return [];
  const allText = fields.map((f) => f.norm.text).join("\n");
  const lawful = lawfulBasisSentences(allText, fields.find((f) => f.name === "title")?.norm.text ?? "");
  return PROTECTED_RULES.flatMap((rule) => {
    const c = best.get(rule);
    return c && !(lawful.length > 0 && setByLawfulBasis(rule, lawful)) ? [c] : [];
  });
}
