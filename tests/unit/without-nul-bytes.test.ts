import { describe, expect, it } from "vitest";
import { withoutNulBytes } from "../../app/without-nul-bytes";

const page = "<h1>就业信息网</h1><p>算法工程师（推荐系统）· 杭州 · 12,000–20,000 元/月</p>".repeat(400);

describe("withoutNulBytes (React's stray NULs in rendered pages)", () => {
  it("restores a Chinese page whatever the positions of the NULs", () => {
    const bytes = Buffer.from(page);
    const withNuls: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      if (i % 2048 === 1000 || i === 0) withNuls.push(0);
      withNuls.push(bytes[i]!);
    }
    withNuls.push(0, 0);
    expect(withoutNulBytes(Buffer.from(withNuls)).toString("utf8")).toBe(page);
  });

  it("returns a page without NULs as it is, and an all-NUL buffer as empty", () => {
    const bytes = Buffer.from(page);
    expect(withoutNulBytes(bytes)).toBe(bytes);
    expect(withoutNulBytes(Buffer.alloc(5)).length).toBe(0);
  });
});
