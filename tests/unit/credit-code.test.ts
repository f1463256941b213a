import { describe, it, expect } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  CreditCodeSchema,
  REGISTRATION_AUTHORITIES,
  creditCodeCheckChar,
  isValidCreditCode,
  makeCreditCode,
  parseCreditCode,
} from "../../app/employers/credit-code";

// Real-format codes whose check characters were verified independently.
const VALID = [
  "91350100M000100Y43",
  "91110000802100433B", // 中国石油天然气集团
  "91440300708461136T", // 腾讯 (深圳)
  "91110108551385082Q",
  "91330100716105852F",
];

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function errorOf(input: string): string {
  const r = parseCreditCode(input);
  if (r.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return r.error;
}

/** Deterministic pseudo-random generator for property checks. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomFirst17(rand: () => number): string {
  const authorities = Object.keys(REGISTRATION_AUTHORITIES);
  let s = authorities[Math.floor(rand() * authorities.length)] ?? "9";
  s += CREDIT_CODE_CHARSET.charAt(Math.floor(rand() * 31));
  for (let i = 0; i < 6; i++) s += String(Math.floor(rand() * 10));
  for (let i = 0; i < 9; i++) s += CREDIT_CODE_CHARSET.charAt(Math.floor(rand() * 31));
  return s;
}

describe("parseCreditCode: valid codes", () => {
  it.each(VALID)("accepts %s", (code) => {
    expect(parseCreditCode(code)).toEqual({ ok: true, code });
    expect(isValidCreditCode(code)).toBe(true);
  });

  it("normalises lower case and surrounding whitespace", () => {
    expect(parseCreditCode("  91350100m000100y43 \n")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(parseCreditCode("\t91110000802100433b")).toEqual({ ok: true, code: "91110000802100433B" });
  });

  it("accepts full-width characters and the ideographic space", () => {
    expect(parseCreditCode("９１３５０１００Ｍ０００１００Ｙ４３")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(parseCreditCode("\u3000９１４４０３００７０８４６１１３６ｔ\u3000")).toEqual({
      ok: true,
      code: "91440300708461136T",
    });
    // Mixed half- and full-width.
    expect(parseCreditCode("91110000８０２１００４３３Ｂ")).toEqual({ ok: true, code: "91110000802100433B" });
  });

  it("accepts every registration authority in GB 32100 (1–9, A, N, Y)", () => {
    for (const authority of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "N", "Y"]) {
      const code = makeCreditCode(`${authority}1110000802100433`);
      expect(parseCreditCode(code)).toEqual({ ok: true, code });
    }
  });

  it("accepts a code whose check value is 31, written as 0", () => {
    let found: string | null = null;
    for (const a of CREDIT_CODE_CHARSET) {
      for (const b of CREDIT_CODE_CHARSET) {
        const first17 = `91350100M00010${a}${b}4`;
        if (creditCodeCheckChar(first17) === "0") found = `${first17}0`;
      }
      if (found) break;
    }
    expect(found).not.toBeNull();
    const code = found ?? "";
    expect(parseCreditCode(code)).toEqual({ ok: true, code });
    expect(parseCreditCode(`${code.slice(0, 17)}Y`).ok).toBe(false);
  });
});

describe("parseCreditCode: errors say which part is wrong", () => {
  it("rejects an empty or blank input", () => {
    for (const input of ["", "   ", "\u3000"]) {
      const error = errorOf(input);
      expect(error).toContain("请填写统一社会信用代码");
      expect(error).toContain("required");
    }
  });

  it("reports the wrong length with the actual count, bilingually", () => {
    expect(errorOf("91350100M000100Y4")).toBe(
      "统一社会信用代码应为18位，现为17位 / The credit code must be 18 characters, got 17",
    );
    const long = errorOf("91350100M000100Y433");
    expect(long).toContain("现为19位");
    expect(long).toContain("got 19");
  });

  it("does not strip internal spaces or hyphens: they make the length wrong", () => {
    expect(errorOf("9135 0100M000100Y43")).toContain("现为19位");
    expect(errorOf("91350100-M000100Y43")).toContain("got 19");
  });

  it.each(["I", "O", "S", "V", "Z"])("names the forbidden letter %s and its position", (letter) => {
    const code = `91350100${letter}000100Y43`; // position 9
    const error = errorOf(code);
    expect(error).toContain(`第9位字符“${letter}”`);
    expect(error).toContain(`Character 9 ("${letter}")`);
    expect(error).toContain("I、O、S、V、Z");
  });

  it("names the forbidden letter even when typed in lower case", () => {
    expect(errorOf("9135010om000100Y43")).toContain("第8位字符“O”");
  });

  it("reports other illegal characters with their position", () => {
    const hyphen = errorOf("91350100-000100Y43");
    expect(hyphen).toContain("第9位字符“-”");
    expect(hyphen).toContain('Character 9 ("-")');
    const inner = errorOf("9135 100M000100Y43");
    expect(inner).toContain("第5位");
    expect(inner).toContain("Character 5");
    expect(errorOf("91350100M00010中Y43")).toContain("第15位字符“中”");
  });

  it("rejects an invalid registration authority at position 1", () => {
    for (const authority of ["0", "B", "C", "X", "W"]) {
      const code = makeCreditCode(`${authority}1350100M000100Y4`); // check char right, authority wrong
      const error = errorOf(code);
      expect(error).toContain(`第1位（登记管理部门代码）“${authority}”无效`);
      expect(error).toContain("registration authority");
    }
  });

  it("requires positions 3–8 (region code) to be digits", () => {
    const code = makeCreditCode("9135A100M000100Y4");
    const error = errorOf(code);
    expect(error).toContain("第3–8位");
    expect(error).toContain("“35A100”");
    expect(error).toContain("6 digits");
  });

  it("rejects a wrong check character without revealing the right one", () => {
    const wrong1 = errorOf("91350100M000100Y44");
    const wrong2 = errorOf("91350100M000100Y4A");
    expect(wrong1).toContain("校验位");
    expect(wrong1).toContain("The check character (18th) does not match");
    expect(wrong2).toBe(wrong1);
    expect(wrong1).not.toMatch(/“3”|"3"/);
  });

  it("detects any single-character substitution of a valid code", () => {
    const code = "91440300708461136T";
    for (let i = 0; i < 18; i++) {
      for (const ch of CREDIT_CODE_CHARSET) {
        if (ch === code[i]) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(parseCreditCode(changed).ok, changed).toBe(false);
      }
    }
  });

  it("detects a swap of two adjacent different characters in the body", () => {
    const code = "91110000802100433B";
    for (let i = 8; i < 16; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
      expect(parseCreditCode(swapped).ok, swapped).toBe(false);
    }
  });
});

describe("creditCodeCheckChar / makeCreditCode", () => {
  it("uses the 31-character alphabet without I, O, S, V, Z", () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const ch of "IOSVZ") expect(CREDIT_CODE_CHARSET).not.toContain(ch);
  });

  it("computes the check characters of real codes", () => {
    for (const code of VALID) expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it("makeCreditCode appends the check character and normalises", () => {
    expect(makeCreditCode("91350100M000100Y4")).toBe("91350100M000100Y43");
    expect(makeCreditCode(" 91350100m000100y4 ")).toBe("91350100M000100Y43");
  });

  it("satisfies the GB 32100 relation: weighted sum plus check value ≡ 0 (mod 31)", () => {
    const rand = lcg(20250601);
    for (let n = 0; n < 500; n++) {
      const code = makeCreditCode(randomFirst17(rand));
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(code.charAt(i)) * (WEIGHTS[i] ?? 0);
      sum += CREDIT_CODE_CHARSET.indexOf(code.charAt(17));
      expect(sum % 31, code).toBe(0);
      expect(parseCreditCode(code)).toEqual({ ok: true, code });
    }
  });

  it("throws on malformed input", () => {
    expect(() => creditCodeCheckChar("91350100M000100Y")).toThrow(RangeError);
    expect(() => creditCodeCheckChar("91350100I000100Y4")).toThrow(/character 9/);
    expect(() => makeCreditCode("")).toThrow(RangeError);
  });
});

describe("CreditCodeSchema", () => {
  it("outputs the normalised code", () => {
    const r = CreditCodeSchema.safeParse(" ９１３５０１００ｍ０００１００ｙ４３ ");
    expect(r.success).toBe(true);
    expect(r.data).toBe("91350100M000100Y43");
  });

  it("fails with the same bilingual message as parseCreditCode", () => {
    const r = CreditCodeSchema.safeParse("91350100M000100Y4");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(errorOf("91350100M000100Y4"));
    expect(CreditCodeSchema.safeParse("91350100M000100Y44").error?.issues[0]?.message).toContain("校验位");
  });

  it("rejects non-strings", () => {
    expect(CreditCodeSchema.safeParse(91350100).success).toBe(false);
    expect(CreditCodeSchema.safeParse(undefined).success).toBe(false);
  });
});
