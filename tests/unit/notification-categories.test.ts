import { describe, expect, it } from "vitest";
import { categoryOfMailKey, pageForCategory } from "../../app/notifications/categories";
import { menuFor, NAVIGATION, homeFor } from "../../app/navigation";
import { isMessageKey } from "../../app/i18n/messages";
import { NOTIFICATION_CATEGORIES, ROLES } from "../../vocabulary";

describe("notices for mailed events", () => {
  // Every kind of mail has a category: tests/unit/mail-kinds.test.ts, driven from emails/templates.
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
