import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { checkPosting } from "../../app/postings/checks";

// The flag list reads the reader's language from the root loader; no router is needed for that.
const state = vi.hoisted(() => ({ locale: "zh-CN" }));
vi.mock("@remix-run/react", () => ({ useRouteLoaderData: () => ({ locale: state.locale }) }));

const { FlagList } = await import("../../app/components/posting-form");

/**
 * Issue 15 (words): the staff review page and the employer's own posting page (both render this
 * list) showed the rule code (`discrimination.gender`) after the label. People read the label in
 * their language; the code stays only in a data attribute for tests and styles.
 */
describe("a posting's vetting flags as people read them", () => {
  const flags = checkPosting({
    title: "机器人视觉算法工程师",
    description: "负责工业机器人视觉定位与缺陷检测算法的研发与落地。",
    requirements: "仅限男性，熟悉OpenCV与深度学习框架。",
    duties: "算法研发。",
    benefits: "五险一金。",
    contact: "zhou.min@qingshan-robot.cn",
    salaryMin: 15000,
    salaryMax: 25000,
    workLocation: "杭州市滨江区",
  });

  it("names the gender flag by its label in Chinese, without the code", () => {
    expect(flags.map((f) => f.rule)).toContain("discrimination.gender");
    state.locale = "zh-CN";
    const text = renderToStaticMarkup(<FlagList flags={flags} />).replace(/<[^>]+>/g, "");
    expect(text).toContain("性别歧视：招聘不得限定性别或设置性别优先");
    expect(text).toContain("仅限男性");
    expect(text).not.toContain("discrimination.gender");
    expect(text).not.toMatch(/\b[a-z]+\.[a-z]+\b/);
  });

  it("and in English, without the code", () => {
    state.locale = "en";
    const text = renderToStaticMarkup(<FlagList flags={flags} />).replace(/<[^>]+>/g, "");
    expect(text).toContain("Gender discrimination: postings may not restrict or prefer applicants by gender");
    expect(text).not.toContain("discrimination.gender");
  });
});
