import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * root.tsx sets zod's jitless flag with an inline script before any page code loads, writing to
 * the store z.config() uses. If a zod upgrade renames that store, the browser starts reporting
 * CSP eval violations again; this test fails first.
 */
describe("zod's global config store", () => {
  it("is the object root.tsx writes to", () => {
    z.config({ jitless: true });
    const store = (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig;
    expect(store?.jitless).toBe(true);
  });
});
