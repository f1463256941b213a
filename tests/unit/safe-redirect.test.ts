import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../app/auth/schema";

/**
 * Where a browser would go after sign-in: the target resolved against the site's own address.
 * Chromium and Firefox drop tabs and newlines from a URL and read `\` as `/`; `new URL` does the
 * same, so the table is checked the way a browser reads it, not only by string.
 */
function landsOn(target: string): URL {
  return new URL(safeRedirect(target, "/account"), "https://jiuye.example.edu.cn");
}

const HOSTILE = [
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/%0A/evil.example",
  "/%0a/x",
  "/\r/evil.example",
  "/%0D%0A/evil.example",
  "/%00/evil.example",
  "\t//evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "\\\\evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "https://evil.example",
  "http:evil.example",
  "HTTPS://evil.example/account",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  " /\\evil.example",
  "evil.example",
  "/%E0%A4%A",
  "/\u0000",
  "/\u007F//evil.example",
  "//%09/evil.example",
  "/.//evil.example",
];

describe("safeRedirect", () => {
  it.each(HOSTILE)("lands %j on this site", (target) => {
    const url = landsOn(target);
    expect(url.origin).toBe("https://jiuye.example.edu.cn");
    expect(url.pathname.startsWith("//")).toBe(false);
    expect(url.href).not.toContain("evil.example");
  });

  it("keeps the site's own paths, query and fragment", () => {
    expect(safeRedirect("/staff/graduates?page=2")).toBe("/staff/graduates?page=2");
    expect(safeRedirect("/jobs?q=%E8%BD%AF%E4%BB%B6#top")).toBe("/jobs?q=%E8%BD%AF%E4%BB%B6#top");
    expect(safeRedirect("/graduate/destination")).toBe("/graduate/destination");
  });

  it("falls back for anything not a string", () => {
    expect(safeRedirect(null, "/account")).toBe("/account");
    expect(safeRedirect(undefined, "/account")).toBe("/account");
    expect(safeRedirect(42, "/account")).toBe("/account");
    expect(safeRedirect("", "/account")).toBe("/account");
    expect(safeRedirect("/" + "a".repeat(5000), "/account")).toBe("/account");
  });
});
