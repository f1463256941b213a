import { z } from "zod";
import { translate, type Message, type MessageParams } from "../i18n/messages";

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 *   position 1      registration authority (登记管理部门代码)
 *   position 2      entity type (机构类别代码) — meaning depends on position 1, not validated here
 *   positions 3–8   administrative region (GB/T 2260), six digits
 *   positions 9–17  organisation code (组织机构代码)
 *   position 18     check character over the first 17
 *
 * Pure module: no I/O, safe on client and server.
 */

/** The 31-character alphabet, in value order (0–30). No I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Registration authorities (position 1) with their labels. */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, { zh: string; en: string }>> = {
  "1": { zh: "机构编制", en: "public-sector establishment authorities" },
  "2": { zh: "外交", en: "foreign affairs" },
  "3": { zh: "司法行政", en: "justice administration" },
  "4": { zh: "文化", en: "culture" },
  "5": { zh: "民政", en: "civil affairs" },
  "6": { zh: "旅游", en: "tourism" },
  "7": { zh: "宗教", en: "religious affairs" },
  "8": { zh: "工会", en: "trade unions" },
  "9": { zh: "工商", en: "market regulation (business registration)" },
  A: { zh: "中央军委改革和编制办公室", en: "Central Military Commission reform and establishment office" },
  N: { zh: "农业", en: "agriculture" },
  Y: { zh: "其他", en: "other" },
};

const AUTHORITY_CODES: ReadonlySet<string> = new Set(Object.keys(REGISTRATION_AUTHORITIES));

/**
 * A refused code says why twice: `problem` is the message key with its params (shown in the reader's
 * language by the pages), `error` the same message in both languages ("中文 / English") for the
 * places that have no reader (imports, the JSON API).
 */
export type CreditCodeResult = { ok: true; code: string } | { ok: false; error: string; problem: Message };

function refused(key: string, params?: MessageParams): CreditCodeResult {
  return {
    ok: false,
    error: `${translate("zh-CN", key, params)} / ${translate("en", key, params)}`,
    problem: params ? { key, params } : { key },
  };
}

const LENGTH = 18;
const FORBIDDEN_LETTERS = new Set(["I", "O", "S", "V", "Z"]);

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
function toHalfWidth(input: string): string {
  let out = "";
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Only what the user cannot be blamed for: full-width forms, surrounding whitespace, case. */
export function normaliseCreditCodeInput(input: string): string {
  return toHalfWidth(input).trim().toUpperCase();
}

function charValue(ch: string): number {
  return CREDIT_CODE_CHARSET.indexOf(ch);
}

function describeChar(ch: string): string {
  // Make invisible characters visible in the message.
  if (/^\s$/u.test(ch))
    return ch === " " ? "空格/space" : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return ch;
}

function checkCharFor(chars: readonly string[]): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charValue(chars[i] ?? "") * (WEIGHTS[i] ?? 0);
  const value = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(value);
}

/**
 * The check character (position 18) for the first 17 characters of a code.
 * Throws a RangeError if `first17` is not 17 characters from the code alphabet
 * (after the same normalisation `parseCreditCode` applies).
 */
export function creditCodeCheckChar(first17: string): string {
  const chars = Array.from(normaliseCreditCodeInput(first17));
  if (chars.length !== 17) {
    throw new RangeError(`creditCodeCheckChar expects 17 characters, got ${chars.length}`);
  }
  const bad = chars.findIndex((ch) => charValue(ch) < 0);
  if (bad >= 0) {
    throw new RangeError(
      `creditCodeCheckChar: character ${bad + 1} ("${chars[bad]}") is not in the credit-code alphabet`,
    );
  }
  return checkCharFor(chars);
}

/** The full 18-character code: the normalised first 17 plus their check character. Handy for test factories. */
export function makeCreditCode(first17: string): string {
  return normaliseCreditCodeInput(first17) + creditCodeCheckChar(first17);
}

/**
 * Validate a 统一社会信用代码. On success returns the normalised code (full-width
 * converted to half-width, trimmed, upper case). On failure says which part is wrong, as a
 * message key with params and as one bilingual text ("中文 / English"). Internal spaces and
 * hyphens are *not* removed: they are reported as illegal characters.
 */
export function parseCreditCode(input: string): CreditCodeResult {
  const code = normaliseCreditCodeInput(input);
  const chars = Array.from(code);

  if (chars.length === 0) return refused("employer.creditCode.required");
  if (chars.length !== LENGTH) return refused("employer.creditCode.length", { count: chars.length });

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (charValue(ch) >= 0) continue;
    const params = { pos: i + 1, char: describeChar(ch) };
    return refused(
      FORBIDDEN_LETTERS.has(ch) ? "employer.creditCode.forbiddenLetter" : "employer.creditCode.badChar",
      params,
    );
  }

  const authority = chars[0] ?? "";
  if (!AUTHORITY_CODES.has(authority)) return refused("employer.creditCode.authority", { char: authority });

  const region = chars.slice(2, 8).join("");
  if (!/^[0-9]{6}$/.test(region)) return refused("employer.creditCode.region", { region });

  if (checkCharFor(chars) !== chars[17]) return refused("employer.creditCode.check");

  return { ok: true, code };
}

/** True when `input` is a valid credit code (in any accepted input form). */
export function isValidCreditCode(input: string): boolean {
  return parseCreditCode(input).ok;
}

/** Zod schema: accepts a string, outputs the normalised code, or fails with the bilingual message. */
export const CreditCodeSchema = z.string().transform((value, ctx) => {
  const result = parseCreditCode(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  }
  return result.code;
});
