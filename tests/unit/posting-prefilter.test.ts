/**
 * The checker's literal prefilter (app/postings/prefilter.ts): a pattern is skipped only when the text lacks what
 * every match needs, and on a long text it only runs over the pieces between separators it cannot cross that hold
 * those words, so the flags are the same as without it. The later blocks hold it to that on every pattern of the rule
 * table and every text of two corpus sets, at any length (in checkPosting it only acts on long texts), and match for
 * match on long texts made of them.
 */
import { describe, expect, it } from "vitest";
import { POSTING_TEXT_RULES, normalisePostingText } from "../../app/postings/checks";
import { describeCut, describeNeed, needHolds, prefilteredExec } from "../../app/postings/prefilter";
import { loadCorpus } from "../corpus/evaluate";

describe("what a pattern's matches need", () => {
  it("joins adjacent characters into literals and takes one of an alternation", () => {
    expect(describeNeed(/押金|保证金/u)).toBe('or("押金", "保证金")');
    expect(describeNeed(/(?:须|需)\s*交纳押金/u)).toBe('and("交纳押金", or("须", "需"))');
  });

  it("requires nothing of an optional part, and splits a literal around a repeated character", () => {
    // "ab?c" matches "ac": neither "abc" nor "b" may be required.
    expect(describeNeed(/ab?c/u)).toBe('and("a", "c")');
    expect(needHolds(/ab?c/u, "xacx")).toBe(true);
    // "ab+c" matches "abbc", which holds "ab" and "bc" but not "abc".
    expect(describeNeed(/ab+c/u)).toBe('and("ab", "bc")');
    expect(needHolds(/ab+c/u, "abbc")).toBe(true);
    expect(describeNeed(/(?:中介)?费用/u)).toBe('"费用"');
  });

  it("reads through assertions, which consume nothing, and counts a positive lookaround's words", () => {
    expect(describeNeed(/(?<![上珠])海本(?![地部])/u)).toBe('"海本"');
    expect(describeNeed(/\bno\b/u)).toBe('"no"');
    expect(describeNeed(/转入(?<=本人[^，]{0,8}转入)/u)).toBe('and("本人", "转入", "转入")');
  });

  it("knows nothing of what it cannot read (back references, case folding), so such a pattern is always scanned", () => {
    expect(describeNeed(/(\w)再\1/u)).toBe("*");
    expect(describeNeed(/deposit/iu)).toBe("*");
    expect(needHolds(/deposit/iu, "DEPOSIT")).toBe(true);
  });

  it("skips a scan only where it finds nothing, and leaves lastIndex as a failed global scan does", () => {
    const re = /押金|保证金/gu;
    const long = `${"负责门店日常运营。".repeat(40)}`;
    re.lastIndex = 7;
    expect(prefilteredExec(re, long)).toBeNull();
    expect(re.lastIndex).toBe(0);
    const withFee = `${long}入职需交押金。`;
    expect(prefilteredExec(re, withFee)?.index).toBe(withFee.indexOf("押金"));
  });
});

describe("the prefilter never skips a pattern that matches", () => {
  const texts = [...loadCorpus("dev"), ...loadCorpus("test")].flatMap((item) =>
    [item.title, item.description, item.requirements ?? ""].map((t) => normalisePostingText(t).text),
  );
  const patterns = POSTING_TEXT_RULES.flatMap((rule) => [
    ...rule.patterns.map((p) => (p instanceof RegExp ? p : p.re)),
    ...(rule.allow ?? []),
  ]);

  it("on every rule pattern and carve-out, over the dev and test sets", () => {
    const wrong: string[] = [];
    let skipped = 0;
    for (const text of texts) {
      for (const re of patterns) {
        if (needHolds(re, text)) continue;
        skipped++;
        if (re.test(text)) wrong.push(`${re.source.slice(0, 60)} in ${text.slice(0, 40)}`);
      }
    }
    expect(wrong).toEqual([]);
    // It does skip: most patterns need words most texts lack.
    expect(skipped).toBeGreaterThan(patterns.length * texts.length * 0.5);
  }, 120_000);
});

describe("the separators a pattern cannot cross", () => {
  it("are those no atom of it consumes, look-arounds included, from a few shared sets", () => {
    // No class, no gap: every separator cuts.
    expect(describeCut(/押金|保证金/u)).toBe("\n\r。；;！!？?，,、.:：()（） /");
    // \s consumes line breaks and spaces; the clause and sentence ends still cut.
    expect(describeCut(/限\s*男/u)).toBe("。；;！!？?，,、.:：()（）/");
    // A gap within a clause crosses "!" and "?" as well: only the set every clause end is in.
    expect(describeCut(/[^，,。；;]{0,10}押金/u)).toBe("。；;，,");
    // A look-behind reads as far as it consumes.
    expect(describeCut(/(?<=本人[^，,。；;]{0,8})转入/u)).toBe("。；;，,");
    // No shared set serves it: cut at the one separator it cannot read (vet-speed).
    expect(describeCut(/(?<=本人[^，]{0,8})转入/u)).toBe("，");
    // ^ and $ are kept only in the windows holding the text's start and end (vet-speed), so they cut as any assertion.
    expect(describeCut(/^押金/u)).toBe("\n\r。；;！!？?，,、.:：()（） /");
    // A pattern that consumes every separator is never cut.
    expect(describeCut(/押金[^a]*转入/u)).toBe("");
  });

  it("keeps ^ and $ to the text's start and end in a text scanned piece by piece (vet-speed)", () => {
    const filler = "负责门店日常运营，".repeat(40);
    const text = `押金${filler}押金。${filler}押金，转入押金`;
    const all = (re: RegExp, exec: (re: RegExp, text: string) => RegExpExecArray | null): string[] => {
      const found: string[] = [];
      re.lastIndex = 0;
      for (let m = exec(re, text); m !== null; m = exec(re, text)) found.push(`${m.index}:${m[0]}:${re.lastIndex}`);
      return found;
    };
    for (const re of [/^押金/gu, /押金$/gu, /(?<=^|，)押金/gu, /押金(?=，|$)/gu, /(?:^|。)押金|转入押金$/gu]) {
      // Asked often enough for the text to be indexed, as a posting's field is.
      for (let k = 0; k < 10; k++) all(re, prefilteredExec);
      expect(all(re, prefilteredExec)).toEqual(all(re, (r, t) => r.exec(t)));
    }
  });

  it("leaves a look-behind what it reads in the whole text", () => {
    const filler = "负责门店日常运营，".repeat(40);
    const scan = (text: string): number[] => {
      const re = /(?<=本人[^，,。；;]{0,8})转入/gu;
      const found: number[] = [];
      for (let m = prefilteredExec(re, text); m !== null; m = prefilteredExec(re, text)) found.push(m.index);
      return found;
    };
    // Asked often enough for the text to be indexed, as a posting's field is.
    for (let k = 0; k < 10; k++) scan(`${filler}本人，转入。${filler}本人账户转入。`);
    const text = `${filler}本人，转入。${filler}本人账户转入。`;
    expect(scan(text)).toEqual([text.lastIndexOf("转入")]);
  });
});

describe("a long text is scanned piece by piece with the same matches", () => {
  // Long texts made of the dev and test sets' postings, joined with and without line breaks.
  const items = [...loadCorpus("dev"), ...loadCorpus("test")].map(
    (item) => normalisePostingText(`${item.description}${item.requirements ?? ""}`).text,
  );
  const texts: string[] = [];
  for (const joiner of ["\n", ""]) {
    let text = "";
    for (const item of items) {
      text += `${item}${joiner}`;
      if (text.length > 1000) {
        texts.push(text);
        text = "";
      }
    }
    if (text.length > 0) texts.push(text);
  }
  const patterns = POSTING_TEXT_RULES.flatMap((rule) => [
    ...rule.patterns.map((p) => (p instanceof RegExp ? p : p.re)),
    ...(rule.allow ?? []),
    ...(rule.namedAsDuty ?? []),
    ...(rule.escalate?.patterns ?? []),
  ]).map((re) => new RegExp(re.source, `${re.flags.replace("g", "")}g`));

  const matches = (re: RegExp, text: string, exec: (re: RegExp, text: string) => RegExpExecArray | null): string[] => {
    const found: string[] = [];
    re.lastIndex = 0;
    for (let m = exec(re, text); m !== null; m = exec(re, text)) {
      found.push(`${m.index}:${m[0]}:${re.lastIndex}`);
      if (m[0].length === 0) re.lastIndex++;
    }
    return found;
  };

  it("on every rule pattern, carve-out and escalation, over the dev and test sets", () => {
    const wrong: string[] = [];
    for (const text of texts) {
      for (const re of patterns) {
        const windowed = matches(re, text, prefilteredExec);
        const whole = matches(re, text, (r, t) => r.exec(t));
        if (windowed.join("|") !== whole.join("|")) wrong.push(`${re.source.slice(0, 60)} in ${text.slice(0, 40)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(texts.length).toBeGreaterThan(20);
  }, 120_000);
});

describe("a short text (a title, a sentence read again) gives the same matches as a whole scan", () => {
  // Under 256 characters a text's literals are listed once it has been asked three times (vet-speed5); every pattern
  // below asks each text many times, so most answers come from that list.
  const texts = [...loadCorpus("dev"), ...loadCorpus("test")]
    .flatMap((item) => [item.title, ...`${item.description}。${item.requirements ?? ""}`.split(/(?<=[。；;!！?？.])/u)])
    .map((t) => normalisePostingText(t).text)
    .filter((t) => t.trim().length > 0 && t.length < 256);
  const patterns = POSTING_TEXT_RULES.flatMap((rule) => [
    ...rule.patterns.map((p) => (p instanceof RegExp ? p : p.re)),
    ...(rule.allow ?? []),
    ...(rule.namedAsDuty ?? []),
    ...(rule.escalate?.patterns ?? []),
  ]).map((re) => new RegExp(re.source, re.flags.replace("g", "")));

  it("on every rule pattern, carve-out and escalation, over the dev and test sets' titles and sentences", () => {
    const wrong: string[] = [];
    for (const text of texts) {
      for (const re of patterns) {
        const fast = prefilteredExec(re, text);
        const whole = re.exec(text);
        if ((fast?.index ?? -1) !== (whole?.index ?? -1) || fast?.[0] !== whole?.[0])
          wrong.push(`${re.source.slice(0, 60)} in ${text.slice(0, 40)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  }, 120_000);
});
