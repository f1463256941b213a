import { describe, expect, it } from "vitest";
import { randomSlice } from "../../scripts/edge";

// Request ids and CSP nonces come from a pool of random bytes (decision 032): every value is new.
describe("random slices for request ids and nonces", () => {
  it("hands out the requested length and never the same bytes twice, across refills of the pool", () => {
    const seen = new Set<string>();
    // 2,000 × 24 bytes is more than ten refills of the 4 kB pool.
    for (let i = 0; i < 2000; i++) {
      const id = randomSlice(8).toString("hex");
      const nonce = randomSlice(16).toString("base64");
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      seen.add(id);
      seen.add(nonce);
    }
    expect(seen.size).toBe(4000);
  });
});
