/**
 * A literal prefilter for the checker's regular expressions: what a match must contain, read once from a
 * pattern's source, tested against the characters and character pairs a text holds.
 *
 * Why: most of `checkPosting`'s time on a 5,000-character posting went to running a few hundred alternations
 * over the whole text (a posting matches few of them). Irregexp tries every alternative at every position; a
 * pattern whose required words cannot occur in the text is skipped instead. The test is conservative: it
 * only says "cannot match" when every way of matching needs a character or a pair of adjacent characters the
 * text does not have, so a skipped scan would have found nothing, and results are unchanged.
 *
 * Pure module: no I/O.
 */

/** What every match needs: true (nothing known), a literal, all of, or one of. */
type Need =
  | { readonly kind: "any" }
  | { readonly kind: "lit"; readonly text: string }
  | { readonly kind: "and"; readonly parts: readonly Need[] }
  | { readonly kind: "or"; readonly parts: readonly Need[] };

const ANY: Need = { kind: "any" };

function and(parts: Need[]): Need {
  const kept: Need[] = [];
  for (const p of parts) {
    if (p.kind === "any") continue;
    if (p.kind === "and") kept.push(...p.parts);
    else kept.push(p);
  }
  if (kept.length === 0) return ANY;
  if (kept.length === 1) return kept[0] as Need;
  // Longest literals first: they fail most often, and the test stops at the first that fails.
  kept.sort((a, b) => weight(b) - weight(a));
  return { kind: "and", parts: kept };
}

function or(parts: Need[]): Need {
  const kept: Need[] = [];
  for (const p of parts) {
    if (p.kind === "any") return ANY;
    if (p.kind === "or") kept.push(...p.parts);
    else kept.push(p);
  }
  if (kept.length === 0) return ANY;
  if (kept.length === 1) return kept[0] as Need;
  return { kind: "or", parts: kept };
}

function weight(n: Need): number {
  return n.kind === "lit" ? n.text.length : n.kind === "and" ? 3 : 1;
}

/** An unsupported construct: the whole pattern gets no prefilter (always scanned). */
class Unsupported extends Error {}

/**
 * A recursive-descent reader of a `u`-flag pattern, enough of the syntax to find literals. Anything it does not
 * know throws `Unsupported`, and such a pattern is always scanned.
 */
class Reader {
  private i = 0;
  /**
   * Every atom that consumes a character, lookarounds' too: "lit:" and the character, or "re:" and the source of a
   * class, a class escape or `.`.
   */
  readonly consumers = new Set<string>();
  /** Whether the pattern has `^` or `$` (their meaning depends on where the text starts and ends). */
  anchored = false;
  constructor(private readonly src: string) {}

  read(): Need {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported(`stray ${this.src.charAt(this.i)}`);
    return n;
  }

  private peek(): string {
    return this.src.charAt(this.i);
  }

  private alternation(): Need {
    const alternatives: Need[] = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      alternatives.push(this.sequence());
    }
    return or(alternatives);
  }

  /** A sequence: adjacent single characters join into one literal; an assertion between them consumes nothing. */
  private sequence(): Need {
    const parts: Need[] = [];
    let run = "";
    const flush = (): void => {
      if (run !== "") {
        parts.push({ kind: "lit", text: run });
      }
      run = "";
    };
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === "assert") {
        if (q) throw new Unsupported("quantified assertion");
        if (atom.need) parts.push(atom.need);
        continue;
      }
      if (atom.kind === "char") {
        if (!q || (q.min === 1 && q.max === 1)) {
          run += atom.char;
          continue;
        }
        if (q.min >= 1) {
          // "ab+c" holds "ab" and "bc".
          run += atom.char;
          flush();
          run = atom.char;
          continue;
        }
        flush();
        continue;
      }
      flush();
      if (q && q.min === 0) continue;
      parts.push(atom.need);
    }
    flush();
    return and(parts);
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    let q: { min: number; max: number } | null = null;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported("brace");
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return null;
    this.i++;
    if (this.peek() === "?") this.i++;
    return q;
  }

  private atom():
    { kind: "char"; char: string } | { kind: "need"; need: Need } | { kind: "assert"; need: Need | null } {
    const c = this.peek();
    if (c === "(") {
      this.i++;
      let lookaround: "positive" | "negative" | null = null;
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?<=", this.i)) {
        this.i += this.src.startsWith("?=", this.i) ? 2 : 3;
        lookaround = "positive";
      } else if (this.src.startsWith("?!", this.i) || this.src.startsWith("?<!", this.i)) {
        this.i += this.src.startsWith("?!", this.i) ? 2 : 3;
        lookaround = "negative";
      } else if (this.src.startsWith("?<", this.i)) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Unsupported("group name");
        this.i = close + 1;
      } else if (this.peek() === "?") throw new Unsupported("group kind");
      const inner = this.alternation();
      if (this.peek() !== ")") throw new Unsupported("unclosed group");
      this.i++;
      // A lookaround consumes nothing; what a positive one needs is in the text all the same.
      if (lookaround === "positive") return { kind: "assert", need: inner };
      if (lookaround === "negative") return { kind: "assert", need: null };
      return { kind: "need", need: inner };
    }
    if (c === "[") {
      const from = this.i;
      const chars = this.charClass();
      this.consumers.add(`re:${this.src.slice(from, this.i)}`);
      return { kind: "need", need: chars ? or(chars.map((text): Need => ({ kind: "lit", text }))) : ANY };
    }
    if (c === "^" || c === "$") {
      this.i++;
      this.anchored = true;
      return { kind: "assert", need: null };
    }
    if (c === ".") {
      this.i++;
      this.consumers.add("re:.");
      return { kind: "need", need: ANY };
    }
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]" || c === ")" || c === "")
      throw new Unsupported(`syntax ${c}`);
    const cp = this.src.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    this.consumers.add(`lit:${ch}`);
    return { kind: "char", char: ch };
  }

  private escape(): { kind: "char"; char: string } | { kind: "need"; need: Need } | { kind: "assert"; need: null } {
    const e = this.src.charAt(this.i + 1);
    if (e === "b" || e === "B") {
      this.i += 2;
      return { kind: "assert", need: null };
    }
    if ("dDsSwW".includes(e) || e === "p" || e === "P") {
      const from = this.i;
      this.i += 2;
      if (e === "p" || e === "P") {
        const close = this.src.indexOf("}", this.i);
        if (this.peek() !== "{" || close < 0) throw new Unsupported("property");
        this.i = close + 1;
      }
      this.consumers.add(`re:${this.src.slice(from, this.i)}`);
      return { kind: "need", need: ANY };
    }
    if (/[1-9k]/u.test(e)) throw new Unsupported("back reference");
    const ch = this.charEscape();
    this.consumers.add(`lit:${ch}`);
    return { kind: "char", char: ch };
  }

  /** The character of an escape that stands for one character (at `\`), in or outside a class. */
  private charEscape(): string {
    const e = this.src.charAt(this.i + 1);
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" };
    if (e in simple && !(e === "0" && /\d/u.test(this.src.charAt(this.i + 2)))) {
      this.i += 2;
      return simple[e] as string;
    }
    if (e === "x") {
      const m = /^[0-9a-fA-F]{2}/u.exec(this.src.slice(this.i + 2));
      if (!m) throw new Unsupported("\\x");
      this.i += 4;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (e === "u") {
      const braced = /^\{([0-9a-fA-F]+)\}/u.exec(this.src.slice(this.i + 2));
      if (braced) {
        this.i += 2 + braced[0].length;
        return String.fromCodePoint(parseInt(braced[1] as string, 16));
      }
      const m = /^[0-9a-fA-F]{4}/u.exec(this.src.slice(this.i + 2));
      if (!m) throw new Unsupported("\\u");
      this.i += 6;
      const code = parseInt(m[0], 16);
      // A surrogate pair written as two escapes is one code point in a `u` pattern; a lone one is not looked into.
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported("surrogate escape");
      return String.fromCharCode(code);
    }
    // Identity escapes of syntax characters ("\\.", "\\/", "\\-").
    if ("^$\\.*+?()[]{}|/-".includes(e) && e !== "") {
      this.i += 2;
      return e;
    }
    throw new Unsupported(`escape \\${e}`);
  }

  /** A class: one of a few characters, or null (negated, ranges wider than a few, \\s, \\d, \\w). */
  private charClass(): string[] | null {
    this.i++;
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.i++;
    }
    const chars: string[] = [];
    let unknown = false;
    while (this.peek() !== "]") {
      if (this.i >= this.src.length) throw new Unsupported("unclosed class");
      const from = this.classAtom();
      if (this.peek() === "-" && this.src.charAt(this.i + 1) !== "]") {
        this.i++;
        const to = this.classAtom();
        if (from === null || to === null) throw new Unsupported("class range");
        const a = from.codePointAt(0) as number;
        const b = to.codePointAt(0) as number;
        if (b < a) throw new Unsupported("class range order");
        if (b - a > 16) unknown = true;
        else for (let cp = a; cp <= b; cp++) chars.push(String.fromCodePoint(cp));
        continue;
      }
      if (from === null) unknown = true;
      else chars.push(from);
    }
    this.i++;
    if (negated || unknown || chars.length === 0) return null;
    return chars;
  }

  /** One class member: its character, or null for \\s, \\d, \\w and the like. */
  private classAtom(): string | null {
    const c = this.peek();
    if (c === "\\") {
      const e = this.src.charAt(this.i + 1);
      if ("dDsSwW".includes(e)) {
        this.i += 2;
        return null;
      }
      if (e === "p" || e === "P") {
        const close = this.src.indexOf("}", this.i);
        if (close < 0) throw new Unsupported("property");
        this.i = close + 1;
        return null;
      }
      if (e === "b") {
        this.i += 2;
        return "\b";
      }
      return this.charEscape();
    }
    const cp = this.src.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return ch;
  }
}

// ---------------------------------------------------------------------------
// Literals: one trie of every literal any pattern needs, walked once over a text
// ---------------------------------------------------------------------------

/** Literal → id; the trie below holds every literal with an id. Append-only: a pattern seen later adds its own. */
const LITERAL_IDS = new Map<string, number>();
/** The longest literal's length, in code units. */
let LONGEST_LITERAL = 1;
/** Children of the root by character (dense: most characters of a text start no literal and stop here). */
const ROOT = new Int32Array(0x10000);
/** Deeper children: an open-addressing table of (node, character, child) triples, one cache line per probe. */
let children = new Int32Array(3 << 12);
let childCount = 0;
/**
 * Per node, side by side: at 2 × node the literal id ending there (or -1; node 0 is the root), at 2 × node + 1 bit
 * (code & 31) set when it has a child for some code with those low bits — most walks stop after a character or two, and
 * this says so without probing the big table (a cache miss per probe, vet-speed5). One array, not two (vet-speed5, the
 * second: the walk read both for every node it reached, two cache misses where one does).
 */
let nodeData = emptyNodes(1 << 12);
let nodeCount = 1;

function emptyNodes(nodes: number): Int32Array {
  const data = new Int32Array(2 * nodes);
  for (let k = 0; k < data.length; k += 2) data[k] = -1;
  return data;
}

function slot(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

function childOf(node: number, code: number): number {
  if (node === 0) return ROOT[code] as number;
  if (((nodeData[2 * node + 1] as number) & (1 << (code & 31))) === 0) return 0;
  const table = children;
  const mask = table.length / 3 - 1;
  for (let k = slot(node, code, mask); ; k = (k + 1) & mask) {
    const n = table[3 * k] as number;
    if (n === 0) return 0;
    if (n === node && table[3 * k + 1] === code) return table[3 * k + 2] as number;
  }
}

function setChild(node: number, code: number, next: number): void {
  if (node === 0) {
    ROOT[code] = next;
    return;
  }
  if ((childCount + 1) * 2 > children.length / 3) {
    // Grow and rehash at half full.
    const old = children;
    children = new Int32Array(old.length * 2);
    childCount = 0;
    for (let k = 0; k < old.length; k += 3)
      if (old[k] !== 0) setChild(old[k] as number, old[k + 1] as number, old[k + 2] as number);
  }
  nodeData[2 * node + 1] = (nodeData[2 * node + 1] as number) | (1 << (code & 31));
  const mask = children.length / 3 - 1;
  let k = slot(node, code, mask);
  while (children[3 * k] !== 0) k = (k + 1) & mask;
  children[3 * k] = node;
  children[3 * k + 1] = code;
  children[3 * k + 2] = next;
  childCount++;
}

function literalId(text: string): number {
  const known = LITERAL_IDS.get(text);
  if (known !== undefined) return known;
  const id = LITERAL_IDS.size;
  LITERAL_IDS.set(text, id);
  if (text.length > LONGEST_LITERAL) LONGEST_LITERAL = text.length;
  let node = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let next = childOf(node, code);
    if (next === 0) {
      next = nodeCount++;
      if (2 * nodeCount > nodeData.length) {
        const grown = emptyNodes(nodeData.length);
        grown.set(nodeData);
        nodeData = grown;
      }
      setChild(node, code, next);
    }
    node = next;
  }
  nodeData[2 * node] = id;
  return id;
}

// ---------------------------------------------------------------------------
// Separators: characters a pattern can never consume split a text into pieces no match crosses
// ---------------------------------------------------------------------------

/**
 * Characters that end a clause, a sentence or a word. A pattern that cannot consume one of them (not even in a
 * look-around) has every match, and everything its look-arounds read, inside one piece of text between two of them.
 */
const SEPARATORS = "\n\r。；;！!？?，,、.:：()（） /";
const SEPARATOR_BIT = new Int32Array(0x10000);
for (let k = 0; k < SEPARATORS.length; k++) SEPARATOR_BIT[SEPARATORS.charCodeAt(k)] = 1 << k;

const bitsOf = (chars: string): number =>
  [...chars].reduce((bits, ch) => bits | (SEPARATOR_BIT[ch.charCodeAt(0)] as number), 0);
/**
 * The sets of separators a text is cut at, most first: a pattern is cut at the first set it can cross none of. A few
 * sets rather than each pattern's own keep the cutting shared (between them they serve every pattern in the table).
 */
const CUTS = [
  SEPARATORS,
  "。；;！!？?，,、.:：()（）/",
  "。；;！!？?，,",
  "。；;！!？?",
  "。；;，,",
  "。；;",
  ";.",
  ";",
].map(bitsOf);

/** Whether an atom ("lit:" + character, "re:" + class source) can consume `ch`, cached per atom and flags. */
const CONSUMES = new Map<string, number>();
function separatorsConsumed(atom: string, flags: string): number {
  const key = `${flags}\u0000${atom}`;
  let mask = CONSUMES.get(key);
  if (mask === undefined) {
    mask = 0;
    if (atom.startsWith("lit:")) {
      const ch = atom.slice(4);
      if (ch.length === 1) mask = SEPARATOR_BIT[ch.charCodeAt(0)] as number;
    } else {
      const re = new RegExp(`^(?:${atom.slice(3)})$`, flags.replace(/[gy]/gu, ""));
      for (let k = 0; k < SEPARATORS.length; k++) if (re.test(SEPARATORS.charAt(k))) mask |= 1 << k;
    }
    CONSUMES.set(key, mask);
  }
  return mask;
}

// ---------------------------------------------------------------------------
// A pattern's plan: its need over literal ids and the separators it cannot cross
// ---------------------------------------------------------------------------

const LIT = 1;
const AND = 2;
const OR = 3;

/** A need compiled to literal ids; one class, so the walks below stay monomorphic. */
class Cond {
  constructor(
    readonly kind: number,
    readonly lit: number,
    /** AND: every part; OR: the parts that are not literals. */
    readonly parts: readonly Cond[],
    /** OR: its literals as bit sets over literal ids, word by word (a pattern's literals get near ids). */
    readonly words: Int32Array,
    readonly masks: Int32Array,
  ) {}
}

const NO_WORDS = new Int32Array(0);

/**
 * Every plan's need (`program`) and clauses (as [words, (word, mask)…]) one after another, in the order plans are made:
 * what `windowsOf` reads of a plan, in one array instead of several small ones each (vet-speed3: about 2,300 plans are
 * asked of a posting's description per call, and reading their arrays spread over the heap was mostly cache misses; an
 * alternation's alternatives, made one after another, lie side by side). Appended to, never rewritten.
 */
let CODE = new Int32Array(1 << 16);
let codeUsed = 0;

/** Appends `numbers` to CODE; returns where they start. */
function storeCode(numbers: ArrayLike<number>): number {
  if (codeUsed + numbers.length > CODE.length) {
    const grown = new Int32Array(2 * (codeUsed + numbers.length));
    grown.set(CODE.subarray(0, codeUsed));
    CODE = grown;
  }
  const at = codeUsed;
  for (let k = 0; k < numbers.length; k++) CODE[at + k] = numbers[k] as number;
  codeUsed += numbers.length;
  return at;
}

/** A clause (an OR of literals) in CODE: its number of words, then each word and its mask. */
function storeClause(clause: Cond): number {
  const numbers = [clause.words.length];
  for (let k = 0; k < clause.words.length; k++) numbers.push(clause.words[k] as number, clause.masks[k] as number);
  return storeCode(numbers);
}

interface Plan {
  /** The plan's number (a text's windows are kept in an array by it); -1 for a plan made for one question. */
  readonly id: number;
  /** null: nothing known, the pattern is always scanned whole. */
  readonly cond: Cond | null;
  /** `cond` laid out in one array (see `program`): read for every long text, so kept in few cache lines. */
  readonly program: Int32Array;
  /**
   * Where `program` and the clauses (-1: none) are in CODE; the clauses after the first lie one after another from
   * `clause1At` (each [words, (word, mask)…]), `clauseCount` in all.
   */
  readonly programAt: number;
  readonly clause0At: number;
  readonly clause1At: number;
  readonly clauseCount: number;
  /** Separators (bits of SEPARATORS) no match can cross; 0 when none or when the pattern has `^`/`$`. */
  readonly cut: number;
  /**
   * At most WINDOW_CLAUSES clauses the need implies, each one of a few literals (an OR over literal ids), the
   * rarest-looking first: the pieces a scan visits are those holding a literal of each. (The whole need is tested on the
   * whole text; per piece, a deep need costs more to evaluate than the scans it would save.)
   */
  readonly clauses: readonly Cond[];
  /** The highest literal id in `cond` and `clauses` (a text indexed before that literal existed is indexed again). */
  readonly maxLit: number;
  /**
   * The first clause as one word of the literal bit set and its mask when its literals' ids share a word (they are
   * numbered as a pattern is read), else word -1: a text holding none of them has no window, told from the plan itself
   * without reading its need (vet-speed).
   */
  readonly quickWord: number;
  readonly quickMask: number;
  /** The same pattern with the `g` flag, for a caller's pattern without it. */
  global: RegExp | null;
  /** Whether the pattern has `^` or `$` outside a class. */
  readonly anchored: boolean;
  /**
   * For an anchored pattern, its global copies for a window that starts after the text's start (`^` can hold nowhere
   * in it), ends before the text's end (`$` neither), or both, made when first needed (see `windowPattern`).
   */
  windowed: Array<RegExp | undefined> | null;
  /**
   * A pattern that is an alternation at its top level (and captures nothing): each alternative on its own, with the
   * `g` flag, scanned through its own windows (vet-speed8); null when the pattern is scanned as a whole.
   */
  alternatives: readonly RegExp[] | null;
  /** For `alternatives`: the text and start they were last asked about, and per alternative where its next match starts. */
  altText: string | null;
  altFrom: number;
  altAt: Int32Array;
  /**
   * For `alternatives`: their plans, made when first asked (vet-speed3: each alternative's question looked its plan up
   * in `PLANS` and its text in `INDEXES` again, some 1,700 times per violating posting).
   */
  altPlans: Array<Plan | undefined>;
  /**
   * For `alternatives`, once all their plans are made: per alternative its quick word and mask and where its need
   * starts in CODE (-1: nothing known), and the highest literal id among them.
   * Most alternatives of a lexicon's alternation cannot match a given text; told from these few numbers side by side,
   * not from each alternative's plan and arrays spread over the heap (vet-speed3: about 1,700 such questions per
   * violating posting, most of their time cache misses).
   */
  altQuick: Int32Array | null;
  altMaxLit: number;
}

/** One of literals: a literal holding another of the list is implied by it and dropped. */
function fewerLiterals(parts: readonly Need[]): Need[] {
  const lits = [...new Set(parts.filter((p) => p.kind === "lit").map((p) => (p as { text: string }).text))];
  const kept = lits.filter((x) => !lits.some((y) => y !== x && x.includes(y)));
  return [...kept.map((text): Need => ({ kind: "lit", text })), ...parts.filter((p) => p.kind !== "lit")];
}

/** One ASCII character (a letter, a digit, a space, a stop) is in nearly every long text: not worth tracking. */
const untracked = (literal: string): boolean => literal.length === 1 && literal.charCodeAt(0) < 0x80;

/** Sets of literals of which every match holds one each, implied by `n` (an alternation gives one: a set from each branch). */
function clausesOf(n: Need): Array<ReadonlySet<string>> {
  if (n.kind === "any") return [];
  if (n.kind === "lit") return untracked(n.text) ? [] : [new Set([n.text])];
  if (n.kind === "and") return n.parts.flatMap(clausesOf);
  const union = new Set<string>();
  for (const part of n.parts) {
    const best = clausesOf(part).sort((a, b) => rarity(a) - rarity(b))[0];
    if (!best) return [];
    for (const literal of best) union.add(literal);
  }
  return [union];
}

/** How often a clause's literals may be expected in a text (a single character often, three or more rarely). */
function rarity(clause: ReadonlySet<string>): number {
  let sum = 0;
  for (const literal of clause) sum += literal.length === 1 ? 1 : literal.length === 2 ? 0.15 : 0.03;
  return sum;
}

function clauseCond(clause: ReadonlySet<string>): Cond {
  const byWord = new Map<number, number>();
  for (const literal of clause) {
    const id = literalId(literal);
    byWord.set(id >>> 5, (byWord.get(id >>> 5) ?? 0) | (1 << (id & 31)));
  }
  return new Cond(OR, -1, [], Int32Array.from(byWord.keys()), Int32Array.from(byWord.values()));
}

function compileCond(n: Need): Cond | null {
  if (n.kind === "any") return null;
  // One ASCII character (a letter, a digit, a space, a stop) is in nearly every long text: testing for it costs
  // more than it saves, so it counts as nothing known.
  if (n.kind === "lit")
    return n.text.length === 1 && n.text.charCodeAt(0) < 0x80
      ? null
      : new Cond(LIT, literalId(n.text), [], NO_WORDS, NO_WORDS);
  const parts = (n.kind === "or" ? fewerLiterals(n.parts) : n.parts).map(compileCond);
  if (n.kind === "or") {
    if (parts.includes(null)) return null;
    const byWord = new Map<number, number>();
    for (const p of parts as Cond[])
      if (p.kind === LIT) byWord.set(p.lit >>> 5, (byWord.get(p.lit >>> 5) ?? 0) | (1 << (p.lit & 31)));
    return new Cond(
      OR,
      -1,
      (parts as Cond[]).filter((p) => p.kind !== LIT),
      Int32Array.from(byWord.keys()),
      Int32Array.from(byWord.values()),
    );
  }
  const known = parts.filter((p): p is Cond => p !== null);
  return known.length === 0 ? null : new Cond(AND, -1, known, NO_WORDS, NO_WORDS);
}

/**
 * A need as one flat array, node by node: [LIT, 3, id], [OR, length, words, (word, mask)…, parts…],
 * [AND, length, parts…]; a node's length lets a test skip it.
 */
function program(c: Cond | null): Int32Array {
  const out: number[] = [];
  const emit = (n: Cond): void => {
    const at = out.length;
    if (n.kind === LIT) {
      out.push(LIT, 3, n.lit);
      return;
    }
    out.push(n.kind, 0);
    if (n.kind === OR) {
      out.push(n.words.length);
      for (let k = 0; k < n.words.length; k++) out.push(n.words[k] as number, n.masks[k] as number);
    }
    for (const part of n.parts) emit(part);
    out[at + 1] = out.length - at;
  };
  if (c !== null) emit(c);
  return new Int32Array(out);
}

function maxLiteral(c: Cond | null): number {
  if (c === null) return -1;
  if (c.kind === LIT) return c.lit;
  let max = -1;
  for (let k = 0; k < c.words.length; k++)
    max = Math.max(max, (c.words[k] as number) * 32 + 31 - Math.clz32(c.masks[k] as number));
  return Math.max(max, ...c.parts.map(maxLiteral));
}

/**
 * How many of the clauses a need implies cut a pattern's windows (vet-speed6: two before; with four, a violating bench
 * posting runs 852 window scans instead of 1,330, 71,000 characters instead of 93,000, for about 8,000 more occurrences
 * read while marking pieces).
 */
const WINDOW_CLAUSES = 4;

const PLANS = new WeakMap<RegExp, Plan>();
/** The plans with `alternatives`: their remembered text is let go when a check starts (see `releaseTextIndexes`). */
const ALTERNATION_PLANS: Plan[] = [];
let PLAN_COUNT = 0;

function planOf(re: RegExp): Plan {
  let plan = PLANS.get(re);
  if (!plan) {
    let cond: Cond | null = null;
    let clauses: Cond[] = [];
    let cut = 0;
    const reader = readerOf(re);
    if (reader) {
      cond = compileCond(reader.need);
      clauses = clausesOf(reader.need)
        .sort((a, b) => rarity(a) - rarity(b))
        .slice(0, WINDOW_CLAUSES)
        .map(clauseCond);
      // (`^` and `$` of a pattern cut into windows are kept only in the first and last window: see `windowPattern`.)
      if (!reader.anchored || !re.multiline) {
        let consumed = 0;
        for (const atom of reader.consumers) consumed |= separatorsConsumed(atom, re.flags);
        const free = ~consumed & ((1 << SEPARATORS.length) - 1);
        // A pattern no shared set serves is cut at every separator it cannot consume (vet-speed: such patterns, most of
        // them reading a clause end or a space in a look-around, were scanned over the whole text).
        cut = CUTS.find((c) => (c & free) === c) ?? free;
      }
    }
    if (clauses.length === 0) cond = null;
    const maxLit = Math.max(maxLiteral(cond), ...clauses.map(maxLiteral));
    const code = program(cond);
    const programAt = storeCode(code);
    const clause0At = clauses[0] === undefined ? -1 : storeClause(clauses[0]);
    let clause1At = -1;
    for (let k = 1; k < clauses.length; k++) {
      const at = storeClause(clauses[k] as Cond);
      if (k === 1) clause1At = at;
    }
    plan = {
      id: PLAN_COUNT++,
      cond,
      program: code,
      programAt,
      clause0At,
      clause1At,
      clauseCount: clauses.length,
      clauses,
      cut: cond === null ? 0 : cut,
      maxLit,
      quickWord: clauses[0]?.words.length === 1 ? (clauses[0].words[0] as number) : -1,
      quickMask: clauses[0]?.words.length === 1 ? (clauses[0].masks[0] as number) : 0,
      global: null,
      anchored: reader?.anchored ?? false,
      windowed: null,
      alternatives: cond === null ? null : alternativesOf(re),
      altText: null,
      altFrom: 0,
      altAt: NO_WORDS,
      altPlans: [],
      altQuick: null,
      altMaxLit: -1,
    };
    if (plan.alternatives !== null) {
      plan.altAt = new Int32Array(plan.alternatives.length);
      ALTERNATION_PLANS.push(plan);
    }
    PLANS.set(re, plan);
  }
  return plan;
}

/**
 * The pattern `g` (global, with `^` or `$` and without the `m` flag) to run over a window cut out of a text: `^` holds
 * only where the text starts and `$` only where it ends, so in a window starting later, or ending sooner, they are
 * replaced by an assertion that never holds, `(?!)`. Within the window this is what the anchors do in the whole text: a
 * match and its look-arounds never cross the separators the window is cut at, so they never reach the text's start or
 * end from a window that does not hold it (and the window's own start and end, which a scan of the window alone would
 * take for the text's, are never reached either).
 */
function windowPattern(plan: Plan, g: RegExp, atStart: boolean, atEnd: boolean): RegExp {
  if (!plan.anchored || (atStart && atEnd)) return g;
  const which = (atStart ? 1 : 0) | (atEnd ? 2 : 0);
  plan.windowed ??= [];
  let variant = plan.windowed[which];
  if (variant === undefined) {
    const source = g.source;
    let out = "";
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
      const c = source.charAt(i);
      if (c === "\\") {
        out += source.slice(i, i + 2);
        i++;
      } else if (inClass) {
        inClass = c !== "]";
        out += c;
      } else if (c === "[") {
        inClass = true;
        out += c;
      } else if ((c === "^" && !atStart) || (c === "$" && !atEnd)) out += "(?!)";
      else out += c;
    }
    variant = new RegExp(out, g.flags);
    plan.windowed[which] = variant;
  }
  return variant;
}

/** Alternations split at most this wide: a lexicon's alternation of hundreds of words is scanned whole. */
const MAX_ALTERNATIVES = 128;

/**
 * The alternatives of a pattern that is an alternation at its top level, each as a pattern of its own with the `g` flag,
 * or null (no top-level `|`, too many, a capturing group, or flags `y`/`d`/`v`). The leftmost match of `A|B|…` is the
 * leftmost of the alternatives' leftmost matches, the first alternative in order winning a tie: at each position the
 * alternation tries A, then B, … and nothing follows it. So each alternative can run only where its own literals are
 * (restrictions.ts's FEE_MENTION joins about sixty, some needing only 费: scanned as a whole, all of them were tried
 * at every position of every piece holding 费, a tenth of a clean posting's regular-expression time). A capturing
 * group would change the match's shape.
 */
function alternativesOf(re: RegExp): RegExp[] | null {
  if (re.sticky || re.flags.includes("d") || re.flags.includes("v")) return null;
  const source = re.source;
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0 || parts.length >= MAX_ALTERNATIVES) return null;
  parts.push(source.slice(start));
  // `x|` matches the empty string at 0: its match holds one element per capturing group, plus the whole match.
  if (new RegExp(`${source}|`, re.flags).exec("")?.length !== 1) return null;
  const flags = re.global ? re.flags : `${re.flags}g`;
  try {
    return parts.map((part) => new RegExp(part, flags));
  } catch {
    // An alternative that is no pattern on its own (a split this reader got wrong): the pattern is scanned whole.
    return null;
  }
}

/** The reader of `re`'s source and what its matches need, or null unless a `u` pattern without case folding it reads. */
function readerOf(re: RegExp): { need: Need; consumers: ReadonlySet<string>; anchored: boolean } | null {
  if (!re.flags.includes("u") || re.flags.includes("i")) return null;
  try {
    const reader = new Reader(re.source);
    const need = reader.read();
    return { need, consumers: reader.consumers, anchored: reader.anchored };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** What `re`'s matches need; nothing known unless a `u` pattern without case folding the reader understands. */
function needOf(re: RegExp): Need {
  return readerOf(re)?.need ?? ANY;
}

// ---------------------------------------------------------------------------
// A text's index: where each literal occurs, where the separators are, and per pattern the windows to scan
// ---------------------------------------------------------------------------

/**
 * A text cut at a set of separators: the cuts' positions, and per separator of the text (by its number in `sepAt`) how
 * many cuts lie before it — an occurrence's piece is that count at the first separator after its start (vet-speed3:
 * was a binary search over `at` per occurrence, into an array of one number per occurrence filled per cut).
 */
interface Cut {
  readonly at: Int32Array;
  readonly piecesBefore: Int32Array;
  /** Words of a bit set over the pieces. */
  readonly words: number;
}

/** Whether every literal the need at `program[at]` asks for is in `present` (a bit set over literal ids). */
function holdsIn(present: Uint32Array, program: Int32Array, at: number): boolean {
  const kind = program[at] as number;
  if (kind === LIT) {
    const id = program[at + 2] as number;
    return ((present[id >>> 5] as number) & (1 << (id & 31))) !== 0;
  }
  const end = at + (program[at + 1] as number);
  let k = at + 2;
  if (kind === OR) {
    const words = program[k++] as number;
    for (let w = 0; w < words; w++, k += 2)
      if (((present[program[k] as number] as number) & (program[k + 1] as number)) !== 0) return true;
    for (; k < end; k += program[k + 1] as number) if (holdsIn(present, program, k)) return true;
    return false;
  }
  for (; k < end; k += program[k + 1] as number) if (!holdsIn(present, program, k)) return false;
  return true;
}

class TextIndex {
  /** Literals known when the text was indexed: a pattern with a newer literal needs a new index. */
  readonly literals: number;
  /**
   * Per present literal id, where its occurrences start and end in `bySep` (while the text is read, `last` counts them).
   * Read only for literals in `present`: an absent literal's numbers are left from an earlier text.
   */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** The literals that occur, as a bit set over ids. */
  private readonly present: Uint32Array;
  /** Per occurrence, in the order of the text: its position, its literal's id, and how many separators lie before it. */
  private at: Int32Array;
  private lit: Int32Array;
  private sep: Int32Array;
  private count = 0;
  /**
   * `sep` grouped by literal (a literal's occurrences in the order of the text, from `first` to `last`): the numbers a
   * plan's clause reads, one stretch per literal (vet-speed3: was a chain through a `next` array across the text).
   */
  private bySep: Int32Array;
  /** Positions of every separator character, in order, and its bit; the first `sepCount` numbers hold them. */
  private readonly sepAt: Int32Array;
  private readonly sepBit: Int32Array;
  private readonly sepCount: number;
  /** Per set of separators, where the text is cut and how many cuts lie before each separator. */
  private readonly cuts = new Map<number, Cut>();
  /**
   * The cuts' numbers, one cut after another (vet-speed3: two typed arrays per cut, some 34 cuts per posting, were
   * off-heap garbage); a full arena is replaced by a larger one, the cuts made in it keep their views of it.
   */
  private cutArena: Int32Array;
  private cutUsed = 0;
  /**
   * Per plan (by its number), the windows (start, end pairs) that may hold a match. An array, not a map keyed by
   * plan: asked about a thousand times per posting.
   */
  /**
   * Every plan's windows one after another, in one typed array (vet-speed7: an array per plan and text was a thousand
   * small arrays of garbage per posting); per plan number, where its windows start in it plus one (0: not worked out
   * yet) and how many numbers they are.
   */
  spans: Int32Array;
  private spanCount = 0;
  private spanOf: Int32Array;
  /** Where in `spans` the windows `windowsOf` was last asked for start. */
  windowsAt = 0;

  /**
   * `parent`: an index of a text that `text` shares its first `from` and its last `tail` characters with (a copy with a
   * stretch blanked, as a rule's second look makes, vet-speed6; or the fields joined, the field last, as the lawful-basis
   * and learned scans read them, vet-speed): its occurrences and separators away from the change are taken over (those
   * in the shared end moved by the difference in length), and only the changed stretch, and as far before it as a
   * literal reaches, is walked again.
   */
  constructor(
    readonly text: string,
    parent: TextIndex | null = null,
    from = 0,
    tail = 0,
  ) {
    this.literals = LITERAL_IDS.size;
    // The arrays of an index dropped from the cache when they fit (allocating them was a fifth of a call's garbage).
    const spare = SPARE.pop();
    if (spare !== undefined && spare.first.length === this.literals) {
      this.first = spare.first;
      this.present = spare.present.fill(0);
      this.last = spare.last;
    } else {
      this.first = new Int32Array(this.literals);
      this.present = new Uint32Array((this.literals >>> 5) + 1);
      this.last = new Int32Array(this.literals);
    }
    // About one occurrence per character in a long posting: sized once, grown rarely.
    this.spans = spare?.spans ?? new Int32Array(1024);
    this.spanOf = spare?.spanOf.fill(0) ?? new Int32Array(2 * PLAN_COUNT + 64);
    if (spare !== undefined && spare.at.length >= text.length + 16) {
      this.at = spare.at;
      this.sep = spare.sep;
      this.lit = spare.lit;
    } else {
      this.at = new Int32Array(text.length + 16);
      this.sep = new Int32Array(text.length + 16);
      this.lit = new Int32Array(text.length + 16);
    }
    this.bySep = spare?.bySep ?? NO_WORDS;
    this.cutArena = spare?.cutArena ?? NO_WORDS;
    // Separators gathered in shared scratch arrays, copied once at the end (not grown JS arrays: garbage per text).
    if (SEP_AT.length < text.length) {
      SEP_AT = new Int32Array(text.length);
      SEP_BIT = new Int32Array(text.length);
    }
    sepCount = 0;
    const n = text.length;
    if (parent === null) {
      this.walk(0, n);
    } else {
      // Occurrences starting before `keepBefore` end before the change; those starting in the shared end read none of it
      // (a literal is read forwards only), and lie `shift` further along in `text`.
      const keepBefore = Math.max(0, from - LONGEST_LITERAL + 1);
      const tailAt = parent.text.length - tail;
      const shift = n - parent.text.length;
      let k = 0;
      for (; k < parent.count && (parent.at[k] as number) < keepBefore; k++)
        this.add(parent.lit[k] as number, parent.at[k] as number, parent.sep[k] as number);
      let s = 0;
      for (; s < parent.sepCount && (parent.sepAt[s] as number) < keepBefore; s++) {
        SEP_AT[sepCount] = parent.sepAt[s] as number;
        SEP_BIT[sepCount++] = parent.sepBit[s] as number;
      }
      this.walk(keepBefore, n - tail);
      // An occurrence in the shared end has the parent's separators before it less those before the shared end, plus
      // the separators this text has before it.
      for (; s < parent.sepCount && (parent.sepAt[s] as number) < tailAt; s++);
      const sepShift = sepCount - s;
      for (; k < parent.count && (parent.at[k] as number) < tailAt; k++);
      for (; k < parent.count; k++)
        this.add(parent.lit[k] as number, (parent.at[k] as number) + shift, (parent.sep[k] as number) + sepShift);
      for (; s < parent.sepCount; s++) {
        SEP_AT[sepCount] = (parent.sepAt[s] as number) + shift;
        SEP_BIT[sepCount++] = parent.sepBit[s] as number;
      }
    }
    this.sepAt = SEP_AT.slice(0, sepCount);
    this.sepBit = SEP_BIT.slice(0, sepCount);
    this.sepCount = sepCount;
    this.group();
  }

  /** Fills `bySep`, `first` and `last` from the occurrences (counted per literal in `last` by `add`). */
  private group(): void {
    const { first, last, present } = this;
    let total = 0;
    for (let w = 0; w < present.length; w++) {
      let word = present[w] as number;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const id = w * 32 + 31 - Math.clz32(low);
        const count = last[id] as number;
        first[id] = total;
        last[id] = total;
        total += count;
      }
    }
    if (this.bySep.length < this.count) this.bySep = new Int32Array(this.at.length);
    const { bySep, lit, sep } = this;
    for (let k = 0; k < this.count; k++) {
      const id = lit[k] as number;
      bySep[last[id] as number] = sep[k] as number;
      last[id] = (last[id] as number) + 1;
    }
  }

  /** Records the literals starting at positions [start, end) and the separators there, in order. */
  private walk(start: number, end: number): void {
    const text = this.text;
    const n = text.length;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const bit = SEPARATOR_BIT[code] as number;
      // (A literal starting at a separator lies after the separators before it, not after itself.)
      const before = sepCount;
      if (bit !== 0) {
        SEP_AT[sepCount] = i;
        SEP_BIT[sepCount++] = bit;
      }
      let node = ROOT[code] as number;
      for (let j = i + 1; node !== 0; j++) {
        const id = nodeData[2 * node] as number;
        if (id >= 0) this.add(id, i, before);
        if (j >= n) break;
        node = childOf(node, text.charCodeAt(j));
      }
    }
  }

  /** Gives the index's arrays to the next index made: called when the cache drops it (nothing reads it after). */
  recycle(): void {
    this.cuts.clear();
    if (SPARE.length < MAX_INDEXES)
      SPARE.push({
        first: this.first,
        last: this.last,
        present: this.present,
        at: this.at,
        sep: this.sep,
        lit: this.lit,
        bySep: this.bySep,
        cutArena: this.cutArena,
        spans: this.spans,
        spanOf: this.spanOf,
      });
  }

  /** Whether the index holds every literal known now (a derived index must not miss one). */
  get current(): boolean {
    return this.literals === LITERAL_IDS.size;
  }

  /** Records an occurrence of literal `id` at `position`, `separators` separators after the text's start. */
  private add(id: number, position: number, separators: number): void {
    if (this.count === this.at.length) {
      const at = new Int32Array(this.count * 2);
      at.set(this.at);
      this.at = at;
      const sep = new Int32Array(this.count * 2);
      sep.set(this.sep);
      this.sep = sep;
      const lit = new Int32Array(this.count * 2);
      lit.set(this.lit);
      this.lit = lit;
    }
    const k = this.count++;
    this.at[k] = position;
    this.lit[k] = id;
    this.sep[k] = separators;
    const bit = 1 << (id & 31);
    if (((this.present[id >>> 5] as number) & bit) === 0) {
      this.present[id >>> 5] = (this.present[id >>> 5] as number) | bit;
      this.last[id] = 1;
    } else this.last[id] = (this.last[id] as number) + 1;
  }

  /** The cut of the text at the separators in `bits`. */
  private cutAt(bits: number): Cut {
    let cut = this.cuts.get(bits);
    if (!cut) {
      const { sepAt, sepBit, sepCount } = this;
      // At most one number before each separator and one after the last, and one position per separator.
      if (this.cutUsed + 2 * sepCount + 1 > this.cutArena.length) {
        this.cutArena = new Int32Array(Math.max(2 * this.cutArena.length, 8 * (2 * sepCount + 1)));
        this.cutUsed = 0;
      }
      const arena = this.cutArena;
      const before = this.cutUsed;
      const at = before + sepCount + 1;
      let n = 0;
      for (let s = 0; s < sepCount; s++) {
        arena[before + s] = n;
        if (((sepBit[s] as number) & bits) !== 0) arena[at + n++] = sepAt[s] as number;
      }
      arena[before + sepCount] = n;
      this.cutUsed = at + n;
      cut = {
        at: arena.subarray(at, at + n),
        piecesBefore: arena.subarray(before, before + sepCount + 1),
        words: (n >>> 5) + 1,
      };
      this.cuts.set(bits, cut);
    }
    return cut;
  }

  /** Whether every literal the need at `program[at]` asks for occurs somewhere in the text. */
  private holds(program: Int32Array, at: number): boolean {
    return holdsIn(this.present, program, at);
  }

  /**
   * Whether a plan with this quick word and mask (word -1: none) and need at `program[at]` may have windows in the text:
   * false exactly when `windowsOf` would find none before cutting (no literal of its first clause, or a need unmet).
   */
  mayHold(quickWord: number, quickMask: number, program: Int32Array, at: number): boolean {
    return (
      (quickWord < 0 || ((this.present[quickWord] as number) & quickMask) !== 0) && holdsIn(this.present, program, at)
    );
  }

  /** Sets in SCRATCH[from…] the bits of the pieces (numbered by how many cuts precede them) where a literal of `clause` occurs. */
  private markClause(clauseAt: number, cut: Cut, from: number): void {
    // (No cut lies inside an occurrence: a literal a pattern needs holds no separator the pattern cannot cross.)
    const { piecesBefore } = cut;
    const { present, first, last, bySep } = this;
    const bits = SCRATCH;
    const code = CODE;
    const words = code[clauseAt] as number;
    for (let j = 0; j < words; j++) {
      const word = code[clauseAt + 1 + 2 * j] as number;
      let found = (present[word] as number) & (code[clauseAt + 2 + 2 * j] as number);
      while (found !== 0) {
        const low = found & -found;
        found ^= low;
        const id = word * 32 + 31 - Math.clz32(low);
        const end = last[id] as number;
        for (let k = first[id] as number; k < end; k++) {
          const piece = piecesBefore[bySep[k] as number] as number;
          bits[from + (piece >>> 5)] = (bits[from + (piece >>> 5)] as number) | (1 << (piece & 31));
        }
      }
    }
  }

  /**
   * The stretches of text a match of the plan's pattern must lie in, as [start, end) pairs: each piece between two
   * of its separators holding a literal of each of its clauses (when the whole text holds what it needs), with the
   * separators on either side (so look-arounds and `\b` read the same characters as in the whole text); near pieces
   * are joined into one stretch.
   */
  windowsOf(plan: Plan): number {
    const id = plan.id;
    if (id >= 0 && 2 * id < this.spanOf.length && (this.spanOf[2 * id] as number) > 0) {
      this.windowsAt = (this.spanOf[2 * id] as number) - 1;
      return this.spanOf[2 * id + 1] as number;
    }
    let n = 0;
    // (No literal of the first clause: no piece holds one, so no window, whatever the whole need says.)
    const quick = plan.quickWord;
    if ((quick < 0 || ((this.present[quick] as number) & plan.quickMask) !== 0) && this.holds(CODE, plan.programAt)) {
      const cut = this.cutAt(plan.cut);
      const words = cut.words;
      if (SCRATCH.length < 2 * words) SCRATCH = new Int32Array(4 * words);
      SCRATCH.fill(0, 0, words);
      this.markClause(plan.clause0At, cut, 0);
      // Each further clause narrows the pieces; none left, no window (and no further clause to mark).
      for (let c = 1, at = plan.clause1At; c < plan.clauseCount; c++, at += 1 + 2 * (CODE[at] as number)) {
        SCRATCH.fill(0, words, 2 * words);
        this.markClause(at, cut, words);
        let left = 0;
        for (let w = 0; w < words; w++) left |= SCRATCH[w] = (SCRATCH[w] as number) & (SCRATCH[words + w] as number);
        if (left === 0) break;
      }
      const cuts = cut.at;
      // Gathered in a scratch array and copied once at their length (a growing array per plan was garbage).
      if (SPANS.length < 2 * cuts.length + 2) SPANS = new Int32Array(4 * cuts.length + 4);
      for (let w = 0; w < words; w++) {
        let word = SCRATCH[w] as number;
        while (word !== 0) {
          const low = word & -word;
          word ^= low;
          const piece = w * 32 + 31 - Math.clz32(low);
          const start = piece === 0 ? 0 : (cuts[piece - 1] as number);
          const end = piece === cuts.length ? this.text.length : (cuts[piece] as number) + 1;
          if (n > 0 && start - (SPANS[n - 1] as number) <= JOIN_GAP) SPANS[n - 1] = end;
          else {
            SPANS[n++] = start;
            SPANS[n++] = end;
          }
        }
      }
    }
    if (this.spanCount + n > this.spans.length) {
      const spans = new Int32Array(2 * (this.spanCount + n));
      spans.set(this.spans.subarray(0, this.spanCount));
      this.spans = spans;
    }
    for (let k = 0; k < n; k++) this.spans[this.spanCount + k] = SPANS[k] as number;
    this.windowsAt = this.spanCount;
    if (id >= 0) {
      if (2 * id >= this.spanOf.length) {
        const spanOf = new Int32Array(2 * PLAN_COUNT + 64);
        spanOf.set(this.spanOf);
        this.spanOf = spanOf;
      }
      this.spanOf[2 * id] = this.spanCount + 1;
      this.spanOf[2 * id + 1] = n;
      this.spanCount += n;
    }
    return n;
  }
}

/** The separators of the text being indexed (one at a time), and how many (see the TextIndex constructor). */
let SEP_AT = new Int32Array(8192);
let SEP_BIT = new Int32Array(8192);
let sepCount = 0;

/** Bit sets of pieces while a plan's windows are worked out (one plan at a time): no allocation per plan. */
let SCRATCH = new Int32Array(256);
/** A plan's windows while they are worked out. */
let SPANS = new Int32Array(1024);

/** Two stretches this close are scanned as one: a call costs about as much as scanning this many characters. */
const JOIN_GAP = 48;

/** Below this length a scan is cheaper than indexing the text. */
const MIN_LENGTH = 256;
/** A text being checked: how often it was asked, its index once asked often enough, and when it was last asked. */
interface Entry {
  asked: number;
  index: TextIndex | null;
  used: number;
}
/** The texts being checked (a posting's fields, a rule's blanked copies); the least recently asked half dropped when full. */
const INDEXES = new Map<string, Entry>();
/** Arrays of dropped indexes, for the next ones (see `TextIndex.recycle`). */
const SPARE: Array<{
  first: Int32Array;
  last: Int32Array;
  present: Uint32Array;
  at: Int32Array;
  sep: Int32Array;
  lit: Int32Array;
  bySep: Int32Array;
  cutArena: Int32Array;
  spans: Int32Array;
  spanOf: Int32Array;
}> = [];
const MAX_INDEXES = 24;
let clock = 0;
/**
 * A text is indexed on its this-many-th question: a field is asked once per pattern (hundreds of times), while the
 * blanked copies a rule's second look makes are asked a few times each and cost more to index than to scan.
 */
const INDEX_AFTER = 8;

/**
 * Drops the index of every text but those in `keep` (and every short text's literals), giving their arrays to the next
 * indexes (vet-speed7): called when a posting's check starts, with its fields' texts (the same posting checked again
 * keeps them). Kept over several postings (the cache holds 24 texts), the indexes and what they made (windows, cuts)
 * lived through the young-generation collections of the following calls and were copied and promoted by them.
 */
export function releaseTextIndexes(keep: readonly string[]): void {
  lastAsked = null;
  lastEntry = null;
  for (const [text, entry] of INDEXES) {
    if (keep.includes(text)) continue;
    INDEXES.delete(text);
    entry.index?.recycle();
  }
  // The posting's own long fields are asked by every pattern: indexed on their first question, not scanned whole by the
  // first seven (vet-speed: seven whole scans of a 5,000-character description in every call).
  for (const text of keep)
    if (text.length >= MIN_LENGTH && !INDEXES.has(text))
      INDEXES.set(text, { asked: INDEX_AFTER - 1, index: null, used: ++clock });
  PRESENCES.clear();
  for (const plan of ALTERNATION_PLANS) plan.altText = null;
}

/**
 * An index for a new `text` taken over from an indexed text it shares all but less than half its length with, at its
 * start and its end (a copy with a stretch blanked: `firstMatch`'s detector asked again, `laterFee`; the posting's
 * fields joined with the last field indexed: `lawfulBasisSentences`, the learned layer, vet-speed), or null. Such a
 * text used to be scanned whole by its first seven questions.
 */
function derivedIndex(text: string): TextIndex | null {
  const n = text.length;
  for (const entry of INDEXES.values()) {
    const parent = entry.index;
    if (parent === null || !parent.current) continue;
    const other = parent.text;
    const m = other.length;
    if (Math.abs(n - m) * 2 > n || other === text) continue;
    const shorter = Math.min(n, m);
    let from = 0;
    while (from < shorter && text.charCodeAt(from) === other.charCodeAt(from)) from++;
    // The shared end, not reaching into the shared start of either text.
    let tail = 0;
    while (tail < shorter - from && text.charCodeAt(n - 1 - tail) === other.charCodeAt(m - 1 - tail)) tail++;
    if ((n - tail - from) * 2 > n) continue;
    return new TextIndex(text, parent, from, tail);
  }
  return null;
}

/**
 * The text last asked about and its entry (null after any entry is dropped): a scan for every match asks about one text
 * many times in a row, and a string found in the map is compared with its key character by character unless it is the
 * very string stored there — a field with the same text as another one (a description repeated as the requirements)
 * paid a comparison of its whole length per question (vet-speed5).
 */
let lastAsked: string | null = null;
let lastEntry: Entry | null = null;

/** The text's index (made again if `plan` needs a literal added since), or null while not asked often enough. */
function indexOfText(text: string, plan: Plan): TextIndex | null {
  let entry = text === lastAsked ? (lastEntry as Entry) : INDEXES.get(text);
  if (entry === undefined) {
    // Not all at once: a posting's field indexed a moment ago is still being read (clearing it cost a second index).
    if (INDEXES.size >= MAX_INDEXES) {
      const oldest = [...INDEXES].sort((a, b) => a[1].used - b[1].used);
      for (const [old, dropped] of oldest.slice(0, MAX_INDEXES / 2)) {
        INDEXES.delete(old);
        dropped.index?.recycle();
      }
    }
    entry = { asked: 0, index: derivedIndex(text), used: 0 };
    INDEXES.set(text, entry);
  }
  lastAsked = text;
  lastEntry = entry;
  entry.used = ++clock;
  const index = entry.index;
  if (index !== null && plan.maxLit < index.literals) return index;
  // A stale index is made again at once; a new text waits until it is asked often.
  if (index === null && ++entry.asked < INDEX_AFTER) return null;
  entry.index = new TextIndex(text);
  return entry.index;
}

/**
 * The literals a short text holds (no positions, no cuts), asked of texts below MIN_LENGTH (vet-speed5): the title and
 * the sentences a rule's second look reads were scanned by every pattern of the table, a few hundred scans per posting.
 */
interface Presence {
  asked: number;
  literals: number;
  present: Uint32Array | null;
}
const PRESENCES = new Map<string, Presence>();
const MAX_PRESENCES = 64;
/** A short text's literals are listed on its this-many-th question (listing costs about one scan). */
const PRESENCE_AFTER = 3;

function presentIn(text: string): Uint32Array {
  const present = new Uint32Array((LITERAL_IDS.size >>> 5) + 1);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let node = ROOT[text.charCodeAt(i)] as number;
    for (let j = i + 1; node !== 0; j++) {
      const id = nodeData[2 * node] as number;
      if (id >= 0) present[id >>> 5] = (present[id >>> 5] as number) | (1 << (id & 31));
      if (j >= n) break;
      node = childOf(node, text.charCodeAt(j));
    }
  }
  return present;
}

/** Whether the short `text` may hold a match of the plan's pattern (true while it has not been asked often enough). */
function shortTextHolds(text: string, plan: Plan): boolean {
  let entry = PRESENCES.get(text);
  if (entry === undefined) {
    if (PRESENCES.size >= MAX_PRESENCES) PRESENCES.clear();
    entry = { asked: 0, literals: 0, present: null };
    PRESENCES.set(text, entry);
  }
  if (entry.present === null && ++entry.asked < PRESENCE_AFTER) return true;
  if (entry.present === null || plan.maxLit >= entry.literals) {
    entry.literals = LITERAL_IDS.size;
    entry.present = presentIn(text);
  }
  // (The need as laid out in CODE, not `plan.program`: a short text is asked by hundreds of plans in a row, and their
  // programs in CODE lie side by side where each plan's own array is a cache miss, vet-speed4.)
  return holdsIn(entry.present, CODE, plan.programAt);
}

/**
 * `re.exec(text)`: the same match (index, groups) and the same `lastIndex` after it. On a long text the pattern only
 * runs over the stretches where what every match needs occurs between two separators it cannot cross, and not at all
 * when there are none (then null, lastIndex 0, as a failed global exec leaves it).
 */
export function prefilteredExec(re: RegExp, text: string): RegExpExecArray | null {
  if (re.sticky) return re.exec(text);
  if (text.length < MIN_LENGTH) {
    // A short text (a title, a sentence a rule looks at again) is scanned whole, unless it lacks what every match needs.
    const plan = planOf(re);
    if (plan.cond === null || shortTextHolds(text, plan)) return re.exec(text);
    if (re.global) re.lastIndex = 0;
    return null;
  }
  const plan = planOf(re);
  if (plan.cond === null) return re.exec(text);
  const index = indexOfText(text, plan);
  if (index === null) return re.exec(text);
  return indexedExec(re, plan, index, text);
}

/** `prefilteredExec` once the plan and the text's index are known (the index current for the plan's literals). */
function indexedExec(re: RegExp, plan: Plan, index: TextIndex, text: string): RegExpExecArray | null {
  const count = index.windowsOf(plan);
  const from = re.global ? re.lastIndex : 0;
  if (count > 0 && plan.alternatives !== null) return alternativesExec(re, plan, plan.alternatives, index, text, from);
  const windows = index.spans;
  const first = index.windowsAt;
  const last = first + count;
  const g = re.global ? re : (plan.global ??= new RegExp(re.source, `${re.flags}g`));
  if (count === 2 && windows[first] === 0 && windows[first + 1] === text.length) return re.exec(text);
  for (let k = first; k < last && from <= text.length; k += 2) {
    const end = windows[k + 1] as number;
    if (end <= from) continue;
    const start = windows[k] as number;
    const w = windowPattern(plan, g, start === 0, end === text.length);
    w.lastIndex = Math.max(from, start) - start;
    const m = w.exec(start === 0 && end === text.length ? text : text.slice(start, end));
    if (m !== null) {
      m.index += start;
      m.input = text;
      if (re.global) re.lastIndex = w.lastIndex + start;
      return m;
    }
  }
  if (re.global) re.lastIndex = 0;
  return null;
}

/**
 * `re.exec(text)` from `from` for a top-level alternation (see `alternativesOf`): each alternative through
 * `prefilteredExec`, the leftmost match winning, the earlier alternative on a tie. Where each alternative's next match
 * starts is kept for the text (a scan for every match, `spansOf`, asks again from just after the last one): a start
 * at or after the new `from` still holds, as does "none".
 */
function alternativesExec(
  re: RegExp,
  plan: Plan,
  alternatives: readonly RegExp[],
  index: TextIndex,
  text: string,
  from: number,
): RegExpExecArray | null {
  const at = plan.altAt;
  const known = plan.altText === text && from >= plan.altFrom;
  const quick = plan.altQuick ?? alternativesTable(plan, alternatives);
  const programs = CODE;
  // (The index holds every alternative's literals: the same presence `indexOfText` would give each of them.)
  const dense = plan.altMaxLit < index.literals;
  let best = -1;
  let bestAt = 0;
  let match: RegExpExecArray | null = null;
  for (let k = 0; k < alternatives.length; k++) {
    let start = known ? (at[k] as number) : -2;
    if (start === -1) continue;
    if (start < from) {
      // No window: the alternative's exec would find nothing (its lastIndex is set again before any other exec).
      const program = quick[3 * k + 2] as number;
      if (
        dense &&
        program >= 0 &&
        !index.mayHold(quick[3 * k] as number, quick[3 * k + 1] as number, programs, program)
      ) {
        at[k] = -1;
        continue;
      }
      const alternative = alternatives[k] as RegExp;
      alternative.lastIndex = from;
      const m = alternativeExec(plan, k, alternative, index, text);
      start = m === null ? -1 : m.index;
      at[k] = start;
      if (m === null || (best >= 0 && start >= bestAt)) continue;
      best = k;
      bestAt = start;
      match = m;
      continue;
    }
    if (best < 0 || start < bestAt) {
      best = k;
      bestAt = start;
      match = null;
    }
  }
  plan.altText = text;
  plan.altFrom = from;
  if (best < 0) {
    if (re.global) re.lastIndex = 0;
    return null;
  }
  const alternative = alternatives[best] as RegExp;
  if (match === null) {
    // Known to start at bestAt: asked from there, the alternative finds that same match.
    alternative.lastIndex = bestAt;
    match = alternativeExec(plan, best, alternative, index, text) as RegExpExecArray;
  }
  if (re.global) re.lastIndex = alternative.lastIndex;
  return match;
}

/**
 * Makes the plans of `plan`'s alternatives, in their order (as their first questions did, one after another, before),
 * and fills `altQuick` and `altMaxLit`; returns `altQuick`.
 */
function alternativesTable(plan: Plan, alternatives: readonly RegExp[]): Int32Array {
  const quick = new Int32Array(3 * alternatives.length);
  let maxLit = -1;
  for (let k = 0; k < alternatives.length; k++) {
    const own = (plan.altPlans[k] ??= planOf(alternatives[k] as RegExp));
    quick[3 * k] = own.quickWord;
    quick[3 * k + 1] = own.quickMask;
    quick[3 * k + 2] = own.cond === null ? -1 : own.programAt;
    maxLit = Math.max(maxLit, own.maxLit);
  }
  plan.altMaxLit = maxLit;
  plan.altQuick = quick;
  return quick;
}

/**
 * `prefilteredExec(alternative, text)` for the `k`th alternative of `plan`, asked of the text `index` indexes: through
 * the index at hand while it is current and knows the alternative's literals (as `indexOfText` would return it), else
 * the whole way (a plan made since may have added literals, and the index is then made again).
 */
function alternativeExec(
  plan: Plan,
  k: number,
  alternative: RegExp,
  index: TextIndex,
  text: string,
): RegExpExecArray | null {
  const own = (plan.altPlans[k] ??= planOf(alternative));
  if (own.cond === null || !index.current || own.maxLit >= index.literals) return prefilteredExec(alternative, text);
  return indexedExec(alternative, own, index, text);
}

/** For tests: whether `text` holds what `re`'s matches need, at any length (`prefilteredExec` leaves short texts to the scan). */
let needHoldsText: TextIndex | null = null;
export function needHolds(re: RegExp, text: string): boolean {
  const plan = planOf(re);
  if (plan.cond === null) return true;
  if (needHoldsText?.text !== text || plan.maxLit >= needHoldsText.literals) needHoldsText = new TextIndex(text);
  return needHoldsText.windowsOf({ ...plan, cut: 0, id: -1 }) > 0;
}

/** For tests: the literals a pattern's matches need, as a readable formula ("*" when nothing is known). */
export function describeNeed(re: RegExp): string {
  const show = (n: Need): string =>
    n.kind === "any" ? "*" : n.kind === "lit" ? JSON.stringify(n.text) : `${n.kind}(${n.parts.map(show).join(", ")})`;
  return show(needOf(re));
}

/** For tests: the separators `re`'s matches cannot cross, as a string of them. */
export function describeCut(re: RegExp): string {
  const { cut } = planOf(re);
  return [...SEPARATORS].filter((_, k) => (cut & (1 << k)) !== 0).join("");
}
