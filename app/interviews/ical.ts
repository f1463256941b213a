/**
 * iCalendar (RFC 5545) interview invitations, written by hand (no library).
 *
 * - Times are wall-clock times at school (`TZID` below: UTC+8, no daylight saving since 1991) with
 *   a VTIMEZONE, computed from the instant alone (app/time.ts), so the machine's time zone never
 *   matters.
 *   DTSTAMP is in UTC.
 * - TEXT values are escaped (backslash, semicolon, comma, newline); parameter values are quoted
 *   when they contain ; : or , and lose characters they may not hold (DQUOTE, controls).
 * - Lines are folded at 75 octets of UTF-8, never inside a character; continuation lines start
 *   with one space. Every line ends with CRLF.
 * - An update or cancellation keeps the UID and raises SEQUENCE (iTIP, RFC 5546).
 *
 * Pure module apart from DTSTAMP defaulting to the current time (pass `dtstamp` to pin it).
 */
import { schoolLocalTime } from "../time";

export type CalendarPerson = { name: string; email: string };

export type InviteInput = {
  uid: string;
  /** 0 for the first invite; higher for every later REQUEST or CANCEL of the same UID. */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
  /** Event status for a REQUEST (default CONFIRMED). A CANCEL is always CANCELLED. */
  status?: "CONFIRMED" | "TENTATIVE";
  /** When the invite was created; defaults to now. */
  dtstamp?: Date;
  /** The same hours on this many consecutive days (a fair's live hours); one day when omitted. */
  dailyCount?: number;
};

export const PRODID = "-//jiuye//Graduate employment platform//ZH";
/** The school's zone as iCalendar names it; the VTIMEZONE below describes it, so it is written here (decision 009). */
export const TZID = "Asia/Shanghai";
const MAX_LINE_OCTETS = 75;
const CRLF = "\r\n";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function assertValidDate(d: Date, what: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new Error(`iCalendar: ${what} is not a valid date`);
}

/** YYYYMMDDTHHMMSS as wall-clock time at school (the `TZID`), independent of the process's TZ. */
export function formatShanghaiLocal(d: Date): string {
  assertValidDate(d, "time");
  return schoolLocalTime(d).replace(/[-:]/g, "");
}

/** YYYYMMDDTHHMMSSZ in UTC. */
export function formatUtc(d: Date): string {
  assertValidDate(d, "time");
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

// Control characters other than HTAB, CR and LF are not allowed in content lines.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
}

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return clean(value)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Reverse of escapeText. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

/** A parameter value: no DQUOTE or line breaks allowed; quoted when it holds ; : or ,. */
function paramValue(value: string): string {
  const v = clean(value)
    .replace(/[\r\n\t"]/g, " ")
    .trim();
  return /[;:,]/.test(v) ? `"${v}"` : v;
}

function mailto(email: string): string {
  const e = email.trim();
  if (!/^[^\s@"<>]+@[^\s@"<>]+$/.test(e) || HAS_CONTROL.test(e))
    throw new Error(`iCalendar: invalid e-mail address ${JSON.stringify(email)}`);
  return `mailto:${e}`;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Fold one content line so that no physical line exceeds 75 octets of UTF-8 (the leading space
 * of a continuation line included), breaking only between characters.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the continuation's leading space takes one octet
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function person(name: string, p: CalendarPerson, extraParams: string): string {
  return `${name};CN=${paramValue(p.name)}${extraParams}:${mailto(p.email)}`;
}

/** The whole VCALENDAR text of an invitation or cancellation, CRLF line endings, folded. */
export function buildInvite(input: InviteInput): string {
  assertValidDate(input.start, "start");
  assertValidDate(input.end, "end");
  if (input.end.getTime() <= input.start.getTime()) throw new Error("iCalendar: end must be after start");
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new Error("iCalendar: sequence must be a non-negative integer");
  }
  if (clean(input.uid).trim() === "") throw new Error("iCalendar: uid is required");
  const dtstamp = input.dtstamp ?? new Date();
  const cancel = input.method === "CANCEL";
  const status = cancel ? "CANCELLED" : (input.status ?? "CONFIRMED");

  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${input.method}`,
    "BEGIN:VTIMEZONE",
    `TZID:${TZID}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    `UID:${escapeText(input.uid.trim())}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${formatUtc(dtstamp)}`,
    `DTSTART;TZID=${TZID}:${formatShanghaiLocal(input.start)}`,
    `DTEND;TZID=${TZID}:${formatShanghaiLocal(input.end)}`,
    ...(input.dailyCount && input.dailyCount > 1 ? [`RRULE:FREQ=DAILY;COUNT=${Math.floor(input.dailyCount)}`] : []),
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
  ];
  if (input.location !== undefined && input.location.trim() !== "")
    lines.push(`LOCATION:${escapeText(input.location)}`);
  if (input.url !== undefined && input.url.trim() !== "") {
    const url = clean(input.url)
      .replace(/[\r\n]/g, "")
      .trim();
    lines.push(`URL:${url}`);
  }
  lines.push(`STATUS:${status}`, "TRANSP:OPAQUE", person("ORGANIZER", input.organizer, ""));
  for (const attendee of input.attendees) {
    lines.push(person("ATTENDEE", attendee, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));
  }
  if (!cancel) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT15M",
      `DESCRIPTION:${escapeText(input.summary)}`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT", "END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// ---------------------------------------------------------------------------------------------
// Minimal reader, for tests and for checking what was sent.

export type IcalProperty = { name: string; params: Record<string, string>; value: string };

export type ParsedEvent = {
  /** METHOD of the enclosing VCALENDAR, or null. */
  method: string | null;
  /** The first VEVENT's own properties in order (not those of a nested VALARM). */
  properties: IcalProperty[];
  /** Value of the first property with this name (case-insensitive). */
  get(name: string): string | undefined;
  /** Every property with this name (case-insensitive), e.g. ATTENDEE. */
  getAll(name: string): IcalProperty[];
};

/** Properties whose values are TEXT and get unescaped. */
const TEXT_PROPERTIES: ReadonlySet<string> = new Set([
  "SUMMARY",
  "DESCRIPTION",
  "LOCATION",
  "COMMENT",
  "UID",
  "CONTACT",
]);

function parseLine(line: string): IcalProperty {
  let i = 0;
  while (i < line.length && line[i] !== ";" && line[i] !== ":") i += 1;
  const name = line.slice(0, i).toUpperCase();
  const params: Record<string, string> = {};
  while (i < line.length && line[i] === ";") {
    i += 1;
    const eq = line.indexOf("=", i);
    if (eq < 0) break;
    const key = line.slice(i, eq).toUpperCase();
    i = eq + 1;
    let value = "";
    while (i < line.length && line[i] !== ";" && line[i] !== ":") {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        const stop = close < 0 ? line.length : close;
        value += line.slice(i + 1, stop);
        i = stop + 1;
      } else {
        value += line[i];
        i += 1;
      }
    }
    params[key] = value;
  }
  const raw = line[i] === ":" ? line.slice(i + 1) : "";
  return { name, params, value: TEXT_PROPERTIES.has(name) ? unescapeText(raw) : raw };
}

/** Unfold the text and return the properties of its first VEVENT. */
export function unfoldAndParse(text: string): ParsedEvent {
  const unfolded = text.replace(/\r?\n[ \t]/g, "");
  const stack: string[] = [];
  let method: string | null = null;
  const properties: IcalProperty[] = [];
  let eventsSeen = 0;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === "") continue;
    const prop = parseLine(line);
    if (prop.name === "BEGIN") {
      stack.push(prop.value.toUpperCase());
      if (prop.value.toUpperCase() === "VEVENT") eventsSeen += 1;
      continue;
    }
    if (prop.name === "END") {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === "VCALENDAR" && prop.name === "METHOD") method = prop.value;
    if (top === "VEVENT" && eventsSeen === 1) properties.push(prop);
  }
  return {
    method,
    properties,
    get: (name) => properties.find((p) => p.name === name.toUpperCase())?.value,
    getAll: (name) => properties.filter((p) => p.name === name.toUpperCase()),
  };
}
