import { describe, expect, it } from "vitest";
import { createAnswerCache } from "../../search/answer-cache";

function clock() {
  let at = 1_000_000;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe("search answer cache", () => {
  it("answers identical searches within the second from one call, and asks again after it", async () => {
    const time = clock();
    const cache = createAnswerCache<string[]>({ ttlMs: 1000, maxEntries: 10, now: time.now });
    let calls = 0;
    const search = () => cache.get('["工程师","city = 杭州"]', async () => [`前端工程师 #${++calls}`]);

    const [first, second] = await Promise.all([search(), search()]);
    expect(first).toEqual(["前端工程师 #1"]);
    expect(second).toEqual(["前端工程师 #1"]);
    time.advance(999);
    expect(await search()).toEqual(["前端工程师 #1"]);
    time.advance(1);
    expect(await search()).toEqual(["前端工程师 #2"]);
  });

  it("never keeps a failed search, so the next reader tries Meilisearch again", async () => {
    const cache = createAnswerCache<string>({ ttlMs: 1000, maxEntries: 10, now: clock().now });
    await expect(cache.get("q", () => Promise.reject(new Error("meilisearch down")))).rejects.toThrow();
    expect(await cache.get("q", async () => "会计")).toBe("会计");
  });

  it("forgets everything when the index changes, and stays within its size", async () => {
    const cache = createAnswerCache<number>({ ttlMs: 1000, maxEntries: 2, now: clock().now });
    await cache.get("a", async () => 1);
    await cache.get("b", async () => 2);
    await cache.get("c", async () => 3);
    expect(await cache.get("a", async () => 10)).toBe(10);
    cache.clear();
    expect(await cache.get("c", async () => 30)).toBe(30);
  });
});
