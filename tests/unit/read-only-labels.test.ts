import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translate, type MessageKey } from "../../app/i18n/messages";

/** Every `<dt>{t("key")}</dt>` in the app's pages and components: labels of values shown read-only. */
function readOnlyLabelKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  for (const dir of ["app/routes", "app/components"]) {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".tsx")) continue;
      const source = readFileSync(join(dir, name), "utf8");
      for (const match of source.matchAll(/<dt>\{t\("([^"]+)"\)\}<\/dt>/g)) found.push({ file: name, key: match[1]! });
    }
  }
  return found;
}

describe("read-only labels", () => {
  it("never reuse a form label with typing hints such as 工作城市（用逗号分隔）", () => {
    const labels = readOnlyLabelKeys();
    expect(labels.length).toBeGreaterThan(20);
    for (const { file, key } of labels) {
      const zh = translate("zh-CN", key as MessageKey);
      const en = translate("en", key as MessageKey);
      expect(`${file}: ${zh}`).not.toMatch(/用逗号分隔|可留空/);
      expect(`${file}: ${en}`).not.toMatch(/comma-separated|optional/i);
    }
  });
});
