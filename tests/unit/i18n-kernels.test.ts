import { describe, expect, it } from "vitest";
import { translate } from "../../app/i18n/messages";
import { nameFor } from "../../app/i18n/names";
import { pageTitle, titleWithAppName } from "../../app/i18n/title";

describe("messages with params", () => {
  it("translate a message given as an object, and a param that is itself a message, in one language", () => {
    const refusal = { key: "machine.refused.state", params: { state: { key: "posting.state.closed" }, event: "X" } };
    expect(translate("zh-CN", refusal)).toBe("当前状态为“已结束”，无法执行“X”。");
    expect(translate("en", refusal)).toBe("“X” is not possible while the status is “Closed”.");
    expect(translate("en", "no.such.key")).toBe("no.such.key");
  });
});

describe("nameFor", () => {
  it("picks the reader's language, and the Chinese name where no English one was entered", () => {
    const college = { nameZh: "计算机科学与技术学院", nameEn: "College of Computer Science" };
    expect(nameFor("zh-CN", college)).toBe("计算机科学与技术学院");
    expect(nameFor("en", college)).toBe("College of Computer Science");
    expect(nameFor("en", { nameZh: "马克思主义学院", nameEn: "" })).toBe("马克思主义学院");
  });
});

describe("pageTitle", () => {
  it("titles a page from the message table in the root loader's language", () => {
    const meta = pageTitle("destination.title");
    const args = (locale: string) =>
      ({ matches: [{ id: "root", data: { locale } }] }) as unknown as Parameters<typeof meta>[0];
    expect(meta(args("zh-CN"))).toEqual([{ title: "我的毕业去向 · 就业" }]);
    expect(meta(args("en"))).toEqual([{ title: "My destination · jiuye" }]);
  });

  it("titles a page by its own data, or by the app's name alone where the data is missing", () => {
    const matches = (locale: string) => [{ id: "root", data: { locale } }] as Parameters<typeof titleWithAppName>[0];
    expect(titleWithAppName(matches("en"), "Autumn fair")).toBe("Autumn fair · jiuye");
    expect(titleWithAppName(matches("zh-CN"))).toBe("就业");
  });
});
