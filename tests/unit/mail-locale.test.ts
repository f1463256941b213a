import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mailLocaleOf } from "../../app/i18n/mail-locale";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const app = path.join(__dirname, "../../app");

describe("one mail-language rule", () => {
  it("is the recipient account's choice, Chinese for someone who has none", () => {
    expect(mailLocaleOf({ locale: "en" })).toBe("en");
    expect(mailLocaleOf({ locale: "zh-CN" })).toBe("zh-CN");
    expect(mailLocaleOf({ locale: null })).toBe("zh-CN");
    expect(mailLocaleOf(null)).toBe("zh-CN");
    expect(mailLocaleOf(undefined)).toBe("zh-CN");
  });

  it("decides the language at every place that enqueues mail, and no page's language reaches a mail", () => {
    const senders = sources(app).filter((file) => {
      const text = readFileSync(file, "utf8");
      return /\benqueueMail\(/.test(text) && !file.endsWith(path.join("outbox", "outbox.server.ts"));
    });
    expect(senders.length).toBeGreaterThanOrEqual(15);
    expect(readFileSync(path.join(app, "graduates", "recipient.server.ts"), "utf8")).toMatch(/\bmailLocaleOf\(/);
    for (const file of senders) {
      const text = readFileSync(file, "utf8");
      // Either the file decides the language itself, or it asks the shared graduate recipient, which does.
      expect(text, path.relative(app, file)).toMatch(/\bmailLocaleOf\(|\bgraduateMailRecipient\(/);
      // The old per-site fallbacks, each a rule of its own.
      expect(text, path.relative(app, file)).not.toMatch(
        /locale \?\? "zh-CN"|Locale \?\? "zh-CN"|language \?\? "zh-CN"/,
      );
      // Server code never reads the header's cookie: that is the page's language, not the mail's.
      expect(text, path.relative(app, file)).not.toMatch(/resolveLocale|jiuye_lang/);
    }
  });
});
