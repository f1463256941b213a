import { describe, expect, it } from "vitest";
import { backToListHref, postingHref } from "../../app/postings/back-link";

describe("← 返回岗位列表", () => {
  it("returns to the list with the reader's search and filters", () => {
    const href = postingHref("7d0c1f2e-1111-4222-8333-444455556666", "?q=Java&city=杭州&page=2");
    expect(href).toMatch(/^\/jobs\/7d0c1f2e-1111-4222-8333-444455556666\?back=/);
    const search = href.slice(href.indexOf("?"));
    expect(backToListHref(search)).toBe(`/jobs?${new URLSearchParams({ q: "Java", city: "杭州", page: "2" })}`);
  });

  it("goes to the plain list without a search, and never leaves /jobs", () => {
    expect(postingHref("abc", "")).toBe("/jobs/abc");
    expect(backToListHref("")).toBe("/jobs");
    expect(backToListHref("?back=//evil.example.com")).toMatch(/^\/jobs\?/);
    expect(backToListHref("?back=https%3A%2F%2Fevil.example.com")).toMatch(/^\/jobs\?/);
  });
});
