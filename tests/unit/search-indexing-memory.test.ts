import { describe, expect, it } from "vitest";
import { defaultMaxIndexingMemory } from "../../search/local-server";

const GiB = 2 ** 30;

describe("the bundled Meilisearch's default indexing memory", () => {
  it("is a quarter of the machine's memory, at least 256 MiB and at most 4 GiB", () => {
    expect(defaultMaxIndexingMemory(8 * GiB)).toBe("2048MiB");
    expect(defaultMaxIndexingMemory(0.5 * GiB)).toBe("256MiB");
    expect(defaultMaxIndexingMemory(64 * GiB)).toBe("4096MiB");
  });
});
