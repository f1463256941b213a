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
      const chars = this.charClass();
      return { kind: "need", need: chars ? or(chars.map((text): Need => ({ kind: "lit", text }))) : ANY };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { kind: "assert", need: null };
    }
    if (c === ".") {
      this.i++;
      return { kind: "need", need: ANY };
    }
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]" || c === ")" || c === "")
      throw new Unsupported(`syntax ${c}`);
    const cp = this.src.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { kind: "char", char: ch };
  }

  private escape(): { kind: "char"; char: string } | { kind: "need"; need: Need } | { kind: "assert"; need: null } {
    const e = this.src.charAt(this.i + 1);
    if (e === "b" || e === "B") {
      this.i += 2;
      return { kind: "assert", need: null };
    }
    if ("dDsSwW".includes(e) || e === "p" || e === "P") {
      this.i += 2;
      if (e === "p" || e === "P") {
        const close = this.src.indexOf("}", this.i);
        if (this.peek() !== "{" || close < 0) throw new Unsupported("property");
        this.i = close + 1;
      }
      return { kind: "need", need: ANY };
    }
    if (/[1-9k]/u.test(e)) throw new Unsupported("back reference");
    const ch = this.charEscape();
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

const ANY_TEST = 0;
const CHAR_TEST = 1;
const PAIRS_TEST = 2;
const AND_TEST = 3;
const OR_TEST = 4;

/** Compiled: a literal as its character (one) or its pairs' hashes (two or more); one class, so `holds` stays monomorphic. */
class Test {
  constructor(
    readonly kind: number,
    readonly code: number,
    readonly hashes: Int32Array | null,
    readonly parts: readonly Test[],
  ) {}
}

const PAIR_BITS = 17;
const PAIR_MASK = (1 << PAIR_BITS) - 1;

function pairHash(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x2c1b3c6d), 0x297a2d39);
  return (h ^ (h >>> 15)) & PAIR_MASK;
}

/** One of literals: a literal holding another of the list is implied by it and dropped. */
function fewerLiterals(parts: readonly Need[]): Need[] {
  const lits = [...new Set(parts.filter((p) => p.kind === "lit").map((p) => (p as { text: string }).text))];
  const kept = lits.filter((x) => !lits.some((y) => y !== x && x.includes(y)));
  return [...kept.map((text): Need => ({ kind: "lit", text })), ...parts.filter((p) => p.kind !== "lit")];
}

function compileNeed(n: Need): Test {
  if (n.kind === "any") return new Test(ANY_TEST, 0, null, []);
  if (n.kind === "lit") {
    if (n.text.length === 1) return new Test(CHAR_TEST, n.text.charCodeAt(0), null, []);
    const hashes = new Int32Array(n.text.length - 1);
    for (let k = 0; k + 1 < n.text.length; k++) hashes[k] = pairHash(n.text.charCodeAt(k), n.text.charCodeAt(k + 1));
    return new Test(PAIRS_TEST, 0, hashes, []);
  }
  if (n.kind === "or") return new Test(OR_TEST, 0, null, fewerLiterals(n.parts).map(compileNeed));
  return new Test(AND_TEST, 0, null, n.parts.map(compileNeed));
}

const TESTS = new WeakMap<RegExp, Test>();

function testOf(re: RegExp): Test {
  let t = TESTS.get(re);
  if (!t) {
    t = compileNeed(needOf(re));
    TESTS.set(re, t);
  }
  return t;
}

/** What `re`'s matches need; nothing known unless a `u` pattern without case folding the reader understands. */
function needOf(re: RegExp): Need {
  if (!re.flags.includes("u") || re.flags.includes("i")) return ANY;
  try {
    return new Reader(re.source).read();
  } catch (e) {
    if (e instanceof Unsupported) return ANY;
    throw e;
  }
}

/** The characters and adjacent pairs (hashed) of a text, as bit sets. */
interface TextIndex {
  readonly chars: Uint32Array;
  readonly pairs: Uint32Array;
}

function indexText(text: string): TextIndex {
  const chars = new Uint32Array(0x10000 >>> 5);
  const pairs = new Uint32Array((1 << PAIR_BITS) >>> 5);
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    chars[c >>> 5] = (chars[c >>> 5] as number) | (1 << (c & 31));
    if (prev >= 0) {
      const h = pairHash(prev, c);
      pairs[h >>> 5] = (pairs[h >>> 5] as number) | (1 << (h & 31));
    }
    prev = c;
  }
  return { chars, pairs };
}

function holds(t: Test, chars: Uint32Array, pairs: Uint32Array): boolean {
  switch (t.kind) {
    case CHAR_TEST:
      return ((chars[t.code >>> 5] as number) & (1 << (t.code & 31))) !== 0;
    case PAIRS_TEST: {
      const hashes = t.hashes as Int32Array;
      for (let k = 0; k < hashes.length; k++) {
        const h = hashes[k] as number;
        if (((pairs[h >>> 5] as number) & (1 << (h & 31))) === 0) return false;
      }
      return true;
    }
    case AND_TEST:
      for (let k = 0; k < t.parts.length; k++) if (!holds(t.parts[k] as Test, chars, pairs)) return false;
      return true;
    case OR_TEST:
      for (let k = 0; k < t.parts.length; k++) if (holds(t.parts[k] as Test, chars, pairs)) return true;
      return false;
    default:
      return true;
  }
}

/** Below this length a scan is cheaper than indexing the text. */
const MIN_LENGTH = 256;
/** Indexes of the texts being checked (a posting's fields), or how often a text was asked so far; dropped when full. */
const INDEXES = new Map<string, TextIndex | number>();
const MAX_INDEXES = 24;
/**
 * A text is indexed on its this-many-th question: a field is asked once per pattern (hundreds of times), while the
 * blanked copies a rule's second look makes are asked a few times each and cost more to index than to scan.
 */
const INDEX_AFTER = 8;

/** The text's index, or null while it has not been asked often enough to be worth one. */
function indexOfText(text: string): TextIndex | null {
  const known = INDEXES.get(text);
  if (typeof known === "object") return known;
  if (INDEXES.size >= MAX_INDEXES && known === undefined) INDEXES.clear();
  const asked = (known ?? 0) + 1;
  if (asked < INDEX_AFTER) {
    INDEXES.set(text, asked);
    return null;
  }
  const index = indexText(text);
  INDEXES.set(text, index);
  return index;
}

/**
 * False when `re` cannot match anywhere in `text` (a required literal is missing), true when it may. Skipping
 * the scan on false gives the same result as running it.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  if (text.length < MIN_LENGTH) return true;
  const t = testOf(re);
  if (t.kind === ANY_TEST) return true;
  const index = indexOfText(text);
  return index === null || holds(t, index.chars, index.pairs);
}

/**
 * `re.exec(text)`, same match and same `lastIndex` after it, but null at once (lastIndex 0, as a failed global
 * exec leaves it) when a literal every match needs is missing from the text.
 */
export function prefilteredExec(re: RegExp, text: string): RegExpExecArray | null {
  if (!mayMatch(re, text)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return null;
  }
  return re.exec(text);
}

/** For tests: whether `text` holds what `re`'s matches need, at any length (`mayMatch` leaves short texts to the scan). */
let needHoldsText: { text: string; index: TextIndex } | null = null;
export function needHolds(re: RegExp, text: string): boolean {
  if (needHoldsText?.text !== text) needHoldsText = { text, index: indexText(text) };
  return holds(testOf(re), needHoldsText.index.chars, needHoldsText.index.pairs);
}

/** For tests: the literals a pattern's matches need, as a readable formula ("*" when nothing is known). */
export function describeNeed(re: RegExp): string {
  const show = (n: Need): string =>
    n.kind === "any" ? "*" : n.kind === "lit" ? JSON.stringify(n.text) : `${n.kind}(${n.parts.map(show).join(", ")})`;
  return show(needOf(re));
}
