import { describe, expect, it } from "vitest";
import { digestPeriod, digestSince, isDigestDue, selectDigestItems } from "../../app/graduates/digest";

const at = (iso: string) => new Date(iso);

describe("digest periods", () => {
  it("names ISO weeks and days in China time", () => {
    expect(digestPeriod("weekly", at("2026-11-29T05:00:00Z"))).toBe("2026-W48");
    // Sunday 20:00 UTC is Monday 04:00 in China: the next week.
    expect(digestPeriod("weekly", at("2026-11-29T20:00:00Z"))).toBe("2026-W49");
    expect(digestPeriod("daily", at("2026-11-29T17:00:00Z"))).toBe("2026-11-30");
    expect(digestPeriod("weekly", at("2027-01-01T04:00:00Z"))).toBe("2026-W53");
    expect(digestPeriod("daily", at("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
  });

  it("is due once per period and never when off", () => {
    const now = at("2026-11-29T05:00:00Z");
    expect(isDigestDue("weekly", null, now)).toBe(true);
    expect(isDigestDue("weekly", at("2026-11-23T02:00:00Z"), now)).toBe(false);
    expect(isDigestDue("weekly", at("2026-11-22T02:00:00Z"), now)).toBe(true);
    expect(isDigestDue("daily", at("2026-11-28T15:59:00Z"), now)).toBe(true);
    expect(isDigestDue("daily", at("2026-11-28T16:01:00Z"), now)).toBe(false);
    expect(isDigestDue("off", null, now)).toBe(false);
  });

  it("counts postings as new since the last digest, looking back one period at most", () => {
    const now = at("2026-11-29T05:00:00Z");
    expect(digestSince("weekly", null, now)).toEqual(at("2026-11-22T05:00:00Z"));
    expect(digestSince("weekly", at("2026-11-25T00:00:00Z"), now)).toEqual(at("2026-11-25T00:00:00Z"));
    expect(digestSince("daily", at("2026-11-01T00:00:00Z"), now)).toEqual(at("2026-11-28T05:00:00Z"));
  });
});

describe("digest selection", () => {
  const since = at("2026-11-22T00:00:00Z");
  const s = Math.floor(since.getTime() / 1000);
  const ranked = [
    { postingId: "a", score: 9, publishedAt: s + 10 },
    { postingId: "sent-before", score: 8, publishedAt: s + 10 },
    { postingId: "old", score: 7, publishedAt: s - 10 },
    { postingId: "applied", score: 6, publishedAt: s + 10 },
    { postingId: "b", score: 5, publishedAt: s },
    { postingId: "a", score: 4, publishedAt: s + 10 },
    { postingId: "c", score: 3, publishedAt: s + 99 },
  ];

  it("never repeats a posting already sent or applied to, skips old ones and keeps the order", () => {
    const chosen = selectDigestItems(ranked, { excluded: new Set(["sent-before", "applied"]), since });
    expect(chosen.map((c) => c.postingId)).toEqual(["a", "b", "c"]);
  });

  it("stops at the maximum", () => {
    expect(selectDigestItems(ranked, { excluded: new Set(), since, max: 2 }).map((c) => c.postingId)).toEqual([
      "a",
      "sent-before",
    ]);
  });

  it("sends nothing when nothing is new", () => {
    expect(selectDigestItems(ranked, { excluded: new Set(), since: at("2030-01-01T00:00:00Z") })).toEqual([]);
  });
});
