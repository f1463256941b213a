import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { categoryOfMailKey, MAIL_KEY_CATEGORIES, pageForCategory } from "../../app/notifications/categories";
import { menuFor, NAVIGATION, homeFor } from "../../app/navigation";
import { isMessageKey } from "../../app/i18n/messages";
import { NOTIFICATION_CATEGORIES, ROLES } from "../../vocabulary";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("notices for mailed events", () => {
  it("know the category of every kind of mail the app enqueues", () => {
    const prefixes = new Set<string>();
    for (const file of sources(path.join(__dirname, "../../app"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:enqueueMail|mailMembers)\(\s*\w+,\s*(?:[\w.!]+,\s*)?`([a-z-]+):/g))
        prefixes.add(m[1]!);
      for (const m of text.matchAll(/const key = `([a-z-]+):/g)) prefixes.add(m[1]!);
    }
    expect(prefixes.size).toBeGreaterThanOrEqual(12);
    expect([...prefixes].filter((prefix) => !(prefix in MAIL_KEY_CATEGORIES))).toEqual([]);
  });

  it("file an interview mail under interviews and link each side to its own page", () => {
    const category = categoryOfMailKey("interview:5b0c…:2:invited:li.na@stu.jiangnan-tech.edu.cn");
    expect(category).toBe("interviews");
    expect(pageForCategory(category, "graduate")).toBe("/graduate/interviews");
    expect(pageForCategory(category, "employer")).toBe("/employer/interviews");
  });

  it("have a label for every category in both languages", () => {
    for (const category of NOTIFICATION_CATEGORIES)
      expect(isMessageKey(`notification.category.${category}`)).toBe(true);
  });
});

describe("the menu", () => {
  it("is grouped by task for every role, every label is a message and every role's home is in it", () => {
    for (const role of ROLES) {
      const groups = menuFor({ role, schoolWide: true });
      expect(groups.length, role).toBeGreaterThan(1);
      for (const group of groups) {
        expect(isMessageKey(group.key), group.key).toBe(true);
        for (const entry of group.entries) expect(isMessageKey(entry.key), entry.key).toBe(true);
      }
      expect(groups.flatMap((g) => g.entries.map((e) => e.to))).toContain(homeFor(role));
    }
  });

  it("keeps each group short enough to scan and hides school-wide pages from college staff", () => {
    for (const groups of Object.values(NAVIGATION))
      for (const group of groups) expect(group.entries.length, group.key).toBeLessThanOrEqual(6);
    const college = menuFor({ role: "staff", schoolWide: false }).flatMap((g) => g.entries.map((e) => e.to));
    expect(college).not.toContain("/staff/mail");
    expect(menuFor(null).flatMap((g) => g.entries.map((e) => e.to))).toEqual([
      "/",
      "/jobs",
      "/fairs",
      "/talks",
      "/programmes",
    ]);
  });
});
