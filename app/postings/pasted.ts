/**
 * Postings as they arrive after copy and paste (round on former-blind-48/49, branch vet4849-noise): text taken from a
 * web page, a PDF or an OCR'd poster carries noise that hides a screen or a charge from every rule — HTML entities and
 * tags (`&nbsp;`, `<br>`, `&lt;page 2&gt;`), markdown marks (`**`, `###`), page headers and footers between two halves
 * of a clause (`——第1页 共2页——`, `---- page 2 ----`), a PDF's hard line breaks in the middle of a word ("方便发工\n资",
 * "male applicants\nonly"), and letters read for digits in a figure ("5OOO-1OOOO", "5O元"). The checker's normaliser
 * (checks.ts, `normaliseCodes`) first reads a field through `cleanPasted`, so every rule sees the cleaned text; the map
 * it returns points each cleaned character at the raw character it comes from, and the normaliser composes it with its
 * own map, so a flag still quotes the employer's words.
 *
 * Linear: each raw character is read a bounded number of times (an entity or a tag is looked at up to its end or the
 * next `<`/`&`, at most a few dozen characters; a run of digits or asterisks is read once and skipped; a page marker is
 * tested only on a short line), then each line once more to decide whether its line break is a hard wrap.
 */

/** The cleaned text and, for each of its characters, the index of the raw character it comes from. */
export interface PastedText {
  readonly text: string;
  /** map[i] = index in the raw text of cleaned character i (scratch: read before the next call). */
  readonly map: Int32Array;
}

// Scratch buffers, reused (one text at a time): the decoded codes and map (pass 1), then the emitted ones (pass 2).
let decoded = new Uint16Array(4096);
let decodedMap = new Int32Array(4096);
let emitted = new Uint16Array(4096);
let emittedMap = new Int32Array(4096);
// Per line: where its codes lie in `decoded`, the raw index of its line break (-1: none), its width in columns, its
// first and last non-space code, its kind, and its paragraph's widest line.
let lineStart = new Int32Array(256);
let lineEnd = new Int32Array(256);
let lineBreakAt = new Int32Array(256);
let lineWidth = new Int32Array(256);
let lineFirst = new Int32Array(256);
let lineSecond = new Int32Array(256);
let lineLast = new Int32Array(256);
let lineKind = new Uint8Array(256);
let lineParaMax = new Int32Array(256);

const CONTENT = 0;
const BLANK = 1;
const MARKER = 2;

/**
 * A line that is only a page number, header or footer, with any decoration around it: "——第1页 共2页——", "== 第一页 ==",
 * "【 第 1 页 】", "---- page 2 ----", "<page 2>" (from `&lt;page 2&gt;`), "~~ page 2 ~~", "==== page 1 / 2 ====",
 * "‐‐‐‐ 1/2 ‐‐‐‐", "- 3 -". Tested only on lines of at most `MARKER_MAX` codes that hold 页, a p or a slash.
 */
const PAGE_MARKER =
  /^[\s\-—–‐‑―_=~～*#.·…/\\|<>《》〈〉«»()（）[\]【】〔〕{}]*(?:第\s*[0-9一二三四五六七八九十百]+\s*页(?:\s*[,，/、]?\s*共\s*[0-9一二三四五六七八九十百]+\s*页)?|共\s*[0-9一二三四五六七八九十百]+\s*页\s*[,，/、]?\s*第\s*[0-9一二三四五六七八九十百]+\s*页|(?:page|pg\.?|p\.)\s*[0-9]+(?:\s*(?:of|\/)\s*[0-9]+)?|[0-9]+\s*\/\s*[0-9]+|[-—–‐=~]\s*[0-9]+\s*[-—–‐=~])[\s\-—–‐‑―_=~～*#.·…/\\|<>《》〈〉«»()（）[\]【】〔〕{}]*$/iu;
const MARKER_MAX = 80;

/** A hard wrap needs a line at least this wide (columns: a Chinese or full-width character is two). */
const WRAP_MIN_COLUMNS = 24;

/** HTML entities by name (after `&`, before `;`): what a pasted page leaves behind. */
const ENTITIES: ReadonlyMap<string, number> = new Map([
  ["nbsp", 0x20],
  ["ensp", 0x20],
  ["emsp", 0x20],
  ["thinsp", 0x20],
  ["lt", 0x3c],
  ["gt", 0x3e],
  ["amp", 0x26],
  ["quot", 0x22],
  ["apos", 0x27],
  ["middot", 0xb7],
  ["hellip", 0x2026],
  ["mdash", 0x2014],
  ["ndash", 0x2013],
  ["ldquo", 0x201c],
  ["rdquo", 0x201d],
  ["lsquo", 0x2018],
  ["rsquo", 0x2019],
  ["yen", 0xa5],
  ["times", 0xd7],
  ["bull", 0x2022],
]);

/** Tags that break a line; any other known tag is dropped. */
const BREAKING_TAGS = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "tr",
  "table",
  "section",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
]);
const INLINE_TAGS = new Set([
  "span",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "font",
  "a",
  "img",
  "td",
  "th",
  "tbody",
  "thead",
  "sup",
  "sub",
  "small",
  "big",
  "mark",
  "del",
  "s",
  "ins",
  "center",
]);

/** Latin unit words a figure may carry straight after it ("5OOOk", "3OOOrmb"): the figure's letters are still digits. */
const FIGURE_UNITS = new Set(["k", "w", "rmb", "usd", "hkd", "sgd", "rm", "myr", "h"]);

/** Line breaks: LF, CR, NEL and the Unicode line and paragraph separators (also the normaliser's, checks.ts). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x0b ||
    code === 0x0c
  );
}

/** Full-width ASCII as ASCII. */
function fold(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** Letters OCR reads for 0 and 1 in a figure. */
const isDigitLetter = (code: number): boolean => code === 0x4f || code === 0x6f || code === 0x49 || code === 0x6c;

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Columns a code takes: two for Chinese, kana, Hangul and full-width forms, one otherwise. */
function columns(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

function ensureCapacity(length: number): void {
  if (decoded.length < length) {
    decoded = new Uint16Array(length);
    decodedMap = new Int32Array(length);
    emitted = new Uint16Array(length);
    emittedMap = new Int32Array(length);
  }
}

function ensureLines(count: number): void {
  if (lineStart.length > count) return;
  const size = Math.max(count + 1, lineStart.length * 2);
  const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  const int = (n: number) => new Int32Array(n);
  lineStart = copy(lineStart, int);
  lineEnd = copy(lineEnd, int);
  lineBreakAt = copy(lineBreakAt, int);
  lineWidth = copy(lineWidth, int);
  lineFirst = copy(lineFirst, int);
  lineSecond = copy(lineSecond, int);
  lineLast = copy(lineLast, int);
  lineKind = copy(lineKind, (n) => new Uint8Array(n));
  lineParaMax = copy(lineParaMax, int);
}

/** The entity at raw[i] ("&nbsp;", "&#160;", "&#x3c;", "&nbsp" without its semicolon): [code, length] or null. */
function entityAt(raw: string, i: number): [number, number] | null {
  let j = i + 1;
  const limit = Math.min(raw.length, i + 10);
  if (raw.charCodeAt(j) === 0x23) {
    j++;
    const hex = (raw.charCodeAt(j) | 0x20) === 0x78;
    if (hex) j++;
    const from = j;
    while (j < limit && /[0-9a-fA-F]/u.test(raw.charAt(j)) && (hex || isDigit(raw.charCodeAt(j)))) j++;
    if (j === from || raw.charCodeAt(j) !== 0x3b) return null;
    const code = Number.parseInt(raw.slice(from, j), hex ? 16 : 10);
    if (!(code >= 0x20 && code <= 0xffff) || (code >= 0xd800 && code <= 0xdfff)) return null;
    return [code === 0xa0 ? 0x20 : code, j + 1 - i];
  }
  const from = j;
  while (j < limit && isAsciiLetter(raw.charCodeAt(j))) j++;
  const name = raw.slice(from, j).toLowerCase();
  const code = ENTITIES.get(name);
  if (code === undefined) return null;
  if (raw.charCodeAt(j) === 0x3b) return [code, j + 1 - i];
  return name === "nbsp" ? [code, j - i] : null;
}

/** The tag at raw[i] ("<br>", "<br />", "</p>", "<span style=…>"): [breaks a line, length] or null. */
function tagAt(raw: string, i: number): [boolean, number] | null {
  let j = i + 1;
  if (raw.charCodeAt(j) === 0x2f) j++;
  const from = j;
  while (
    j < raw.length &&
    j - from < 10 &&
    (isAsciiLetter(raw.charCodeAt(j)) || (j > from && isDigit(raw.charCodeAt(j))))
  )
    j++;
  const name = raw.slice(from, j).toLowerCase();
  const breaks = BREAKING_TAGS.has(name);
  if (!breaks && !INLINE_TAGS.has(name)) return null;
  // Attributes up to the closing ">", never past another "<" (so a run of "<" is read once) nor far.
  const limit = Math.min(raw.length, j + 200);
  const next = raw.charCodeAt(j);
  if (next !== 0x3e && next !== 0x2f && !isSpace(next)) return null;
  while (j < limit && raw.charCodeAt(j) !== 0x3e && raw.charCodeAt(j) !== 0x3c && !isLineBreak(raw.charCodeAt(j))) j++;
  if (raw.charCodeAt(j) !== 0x3e) return null;
  return [breaks, j + 1 - i];
}

/**
 * The end of a figure's run at raw[i] (digits, the letters OCR reads for them, and "." or "," between), and whether
 * its letters are to be read as digits: the run starts with a digit, touches no Latin word before it, and is followed
 * by no Latin letter other than a unit ("5OOOk"). "O2O", "ISO9OO1", "1on1" stay as written.
 */
function figureRun(raw: string, i: number): [number, boolean] {
  let j = i;
  let letters = false;
  while (j < raw.length) {
    const c = fold(raw.charCodeAt(j));
    if (isDigit(c)) j++;
    else if (isDigitLetter(c)) {
      letters = true;
      j++;
    } else if ((c === 0x2e || c === 0x2c) && j + 1 < raw.length) {
      const d = fold(raw.charCodeAt(j + 1));
      if (!(isDigit(d) || isDigitLetter(d))) break;
      j++;
    } else break;
  }
  if (!letters) return [j, false];
  if (i > 0 && isAsciiLetter(fold(raw.charCodeAt(i - 1)))) return [j, false];
  // Trailing digit letters that are a word's start ("10 on", "5on") would have a letter after them: checked below.
  let k = j;
  while (k < raw.length && k - j < 4 && isAsciiLetter(fold(raw.charCodeAt(k)))) k++;
  if (k > j) {
    if (k < raw.length && isAsciiLetter(fold(raw.charCodeAt(k)))) return [j, false];
    let unit = "";
    for (let m = j; m < k; m++) unit += String.fromCharCode(fold(raw.charCodeAt(m)) | 0x20);
    if (!FIGURE_UNITS.has(unit)) return [j, false];
  }
  return [j, true];
}

/** Where a code may start noise: a line break, `&`, `<`, `*`, `#` or a digit (one typed-array read per code). */
const MAY_START = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of [0x0a, 0x0d, 0x85, 0x2028, 0x2029, 0x26, 0x3c, 0x2a, 0x23]) table[code] = 1;
  for (let d = 0; d < 10; d++) table[0x30 + d] = table[0xff10 + d] = 1;
  return table;
})();

/**
 * Pass 1: `raw` decoded into `decoded` (entities, tags, markdown marks, letters in figures; each line break one 0x0a
 * mapped to the break). Returns how many codes, negative (−n − 1) when nothing was rewritten.
 */
function decode(raw: string): number {
  let changed = false;
  let n = 0;
  let lineHasText = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (MAY_START[code] === 0) {
      decoded[n] = code;
      decodedMap[n++] = i;
      if (code > 0x20) lineHasText = true;
      continue;
    }
    if (isLineBreak(code)) {
      decoded[n] = 0x0a;
      decodedMap[n++] = i;
      if (code === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
      lineHasText = false;
      continue;
    }
    if (code === 0x26) {
      const entity = entityAt(raw, i);
      if (entity !== null) {
        decoded[n] = entity[0];
        decodedMap[n++] = i;
        i += entity[1] - 1;
        changed = true;
        continue;
      }
    } else if (code === 0x3c) {
      const tag = tagAt(raw, i);
      if (tag !== null) {
        // A breaking tag is a line break, unless a line break follows it ("包吃住<br>\n入职…" is one break).
        if (tag[0] && !isLineBreak(raw.charCodeAt(i + tag[1]))) {
          decoded[n] = 0x0a;
          decodedMap[n++] = i;
          lineHasText = false;
        }
        i += tag[1] - 1;
        changed = true;
        continue;
      }
    } else if (code === 0x2a) {
      // "**加粗**", "** 任职要求 **": markdown emphasis, dropped; a masked number's asterisks ("138****1234") stay.
      let j = i;
      while (j < raw.length && raw.charCodeAt(j) === 0x2a) j++;
      const masked = isDigit(fold(raw.charCodeAt(i - 1))) && isDigit(fold(raw.charCodeAt(j)));
      if ((j - i === 2 || j - i === 3) && !masked) changed = true;
      else
        for (let k = i; k < j; k++) {
          decoded[n] = 0x2a;
          decodedMap[n++] = k;
        }
      i = j - 1;
      continue;
    } else if (code === 0x23) {
      // "### 岗位职责": a markdown heading's marks (and the space after them) at a line's start, dropped.
      let j = i;
      while (j < raw.length && raw.charCodeAt(j) === 0x23) j++;
      if (!lineHasText && j - i <= 6 && isSpace(raw.charCodeAt(j))) {
        changed = true;
        i = j;
        continue;
      }
      for (let k = i; k < j; k++) {
        decoded[n] = 0x23;
        decodedMap[n++] = k;
      }
      lineHasText = true;
      i = j - 1;
      continue;
    } else {
      // A digit: the figure's run at once, its letters read as digits when it is a figure (`figureRun`).
      const run = figureRun(raw, i);
      const end = run[0];
      for (let k = i; k < end; k++) {
        const c = raw.charCodeAt(k);
        const f = fold(c);
        if (run[1] && isDigitLetter(f)) {
          decoded[n] = f === 0x4f || f === 0x6f ? 0x30 : 0x31;
          changed = true;
        } else decoded[n] = c;
        decodedMap[n++] = k;
      }
      lineHasText = true;
      i = end - 1;
      continue;
    }
    decoded[n] = code;
    decodedMap[n++] = i;
    lineHasText = true;
  }
  return changed ? n : -n - 1;
}

/** Pass 2: the lines of `decoded[0…n)`, their kind and paragraph widths; returns how many. */
function measureLines(n: number): number {
  let lines = 0;
  let start = 0;
  while (start <= n) {
    let end = start;
    let width = 0;
    let widthAtLast = 0;
    let first = -1;
    let second = -1;
    let last = -1;
    let markerCandidate = false;
    for (; end < n; end++) {
      const code = decoded[end] as number;
      if (code === 0x0a) break;
      width += code < 0x1100 ? 1 : columns(code);
      if (code > 0x20 && !(code >= 0x2000 && isSpace(code)) && code !== 0xa0) {
        if (first < 0) first = code;
        else if (second < 0) second = code;
        last = code;
        widthAtLast = width;
        if (code === 0x9875 || (code | 0x20) === 0x70 || code === 0x2f || code === 0x2d || code === 0x2014)
          markerCandidate = true;
      }
    }
    ensureLines(lines + 1);
    lineStart[lines] = start;
    lineEnd[lines] = end;
    lineBreakAt[lines] = end < n ? (decodedMap[end] as number) : -1;
    lineWidth[lines] = widthAtLast;
    lineFirst[lines] = first;
    lineSecond[lines] = second;
    lineLast[lines] = last;
    let kind = first < 0 ? BLANK : CONTENT;
    if (kind === CONTENT && markerCandidate && end - start <= MARKER_MAX) {
      const line = String.fromCharCode.apply(null, decoded.subarray(start, end) as unknown as number[]);
      if (PAGE_MARKER.test(line)) kind = MARKER;
    }
    lineKind[lines] = kind;
    lines++;
    start = end + 1;
  }
  // Paragraphs: content lines not parted by a blank line (a page marker and the blank lines around it part nothing).
  let paraFrom = 0;
  let paraMax = 0;
  let gapBlank = false;
  let gapMarker = false;
  for (let k = 0; k <= lines; k++) {
    const kind = k < lines ? (lineKind[k] as number) : CONTENT;
    if (kind === BLANK) gapBlank = true;
    else if (kind === MARKER) gapMarker = true;
    else {
      if (k === lines || (gapBlank && !gapMarker)) {
        for (let p = paraFrom; p < k; p++) lineParaMax[p] = paraMax;
        paraFrom = k;
        paraMax = 0;
      }
      gapBlank = false;
      gapMarker = false;
      if (k < lines) paraMax = Math.max(paraMax, lineWidth[k] as number);
    }
  }
  return lines;
}

/**
 * `raw` cleaned of the noise above, with its map to `raw`; null when there is none (the normaliser then reads `raw`
 * itself, as before this round).
 */
export function cleanPasted(raw: string): PastedText | null {
  // Most fields have no `&`, `<`, `*`, `#` nor digit, or only digits and line breaks: one quick look first.
  let i = 0;
  while (i < raw.length && MAY_START[raw.charCodeAt(i)] === 0) i++;
  if (i === raw.length) return null;
  ensureCapacity(raw.length + 1);
  let n = decode(raw);
  let changed = n >= 0;
  if (n < 0) n = -n - 1;
  let hasBreak = false;
  for (let k = 0; k < n && !hasBreak; k++) hasBreak = decoded[k] === 0x0a;
  if (!hasBreak) return changed ? textOf(decoded, decodedMap, n) : null;
  const lines = measureLines(n);

  // Pass 3: emit lines, dropping page markers and joining a line to the next where its break is a hard wrap.
  let m = 0;
  let pendingBreak = -1;
  let prevContent = -1;
  let gapBlank = false;
  let gapMarker = false;
  for (let k = 0; k < lines; k++) {
    const kind = lineKind[k] as number;
    if (kind === BLANK) {
      gapBlank = true;
      if (pendingBreak < 0 && (lineBreakAt[k] as number) >= 0 && prevContent < 0)
        pendingBreak = lineBreakAt[k] as number;
      continue;
    }
    if (kind === MARKER) {
      gapMarker = true;
      changed = true;
      continue;
    }
    if (prevContent >= 0) {
      const join = gapBlank && !gapMarker ? 0 : wrapJoin(prevContent, k);
      if (join === 1) changed = true;
      else {
        emitted[m] = join === 2 ? 0x20 : 0x0a;
        emittedMap[m++] = lineBreakAt[prevContent] as number;
        if (join === 2) changed = true;
      }
    } else if (pendingBreak >= 0) {
      emitted[m] = 0x0a;
      emittedMap[m++] = pendingBreak;
    }
    const end = lineEnd[k] as number;
    for (let p = lineStart[k] as number; p < end; p++) {
      emitted[m] = decoded[p] as number;
      emittedMap[m++] = decodedMap[p] as number;
    }
    prevContent = k;
    gapBlank = false;
    gapMarker = false;
  }
  if (prevContent >= 0 && (lineBreakAt[prevContent] as number) >= 0) {
    emitted[m] = 0x0a;
    emittedMap[m++] = lineBreakAt[prevContent] as number;
  }
  return changed ? textOf(emitted, emittedMap, m) : null;
}

function textOf(codes: Uint16Array, map: Int32Array, n: number): PastedText {
  let text = "";
  for (let k = 0; k < n; k += 4096)
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return { text, map };
}

/**
 * How line `a`'s break before content line `b` is read: 0 a line break; 1 a hard wrap inside Chinese text (joined);
 * 2 a hard wrap inside English text (joined by a space). A Chinese wrap: `a` ends inside a phrase (no punctuation),
 * `b` goes on with a Chinese character (or a figure that is no list number), and `a` is its paragraph's widest line
 * and at least `WRAP_MIN_COLUMNS` wide — a PDF or a poster cuts every line of a paragraph at one width, while a list of
 * short items ("包吃住\n入职交…") or a line shorter than the one before ("交协调费…不成全退\n联系…") is written line by
 * line. An English wrap (word-wrapped lines are ragged, so no widest line): `a` is at least as wide and ends with a
 * word, a comma or a percentage, and `b` goes on in lower case (a new item or sentence starts with a capital, a bullet
 * or a number).
 */
function wrapJoin(a: number, b: number): number {
  const last = lineLast[a] as number;
  const next = lineFirst[b] as number;
  const width = lineWidth[a] as number;
  if (width < WRAP_MIN_COLUMNS) return 0;
  if (isCjk(last)) {
    if (width < (lineParaMax[a] as number) - 1) return 0;
    if (isCjk(next)) return 1;
    if (isDigit(fold(next))) {
      const after = fold(lineSecond[b] as number);
      return after === 0x2e || after === 0x3001 || after === 0x29 || after === 0xff0e || after === 0x2c ? 0 : 1;
    }
    return 0;
  }
  const l = fold(last);
  if ((isAsciiLetter(l) || l === 0x2c || l === 0x25) && next >= 0x61 && next <= 0x7a) return 2;
  return 0;
}
