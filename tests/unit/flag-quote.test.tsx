import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Quote } from "../../app/components/posting-form";
import { checkPosting } from "../../app/postings/checks";

/** Issue 15: the flag's whole quote was highlighted instead of the offending words. */
describe("a flag's quote", () => {
  it("marks the offending words, not the context around them", () => {
    const description =
      "我们是一家快速发展的互联网企业，团队氛围良好，福利完善。本岗位仅限男性，需要经常出差到全国各地的客户现场进行设备安装调试。";
    const flag = checkPosting({
      title: "设备安装调试工程师",
      description,
      requirements: "机电一体化相关专业。",
      duties: "设备安装调试。",
      benefits: "五险一金。",
      contact: "hr@zhongke-zb.cn",
      salaryMin: 8000,
      salaryMax: 12000,
      workLocation: "合肥市高新区",
    }).find((f) => f.rule === "discrimination.gender");
    expect(flag?.words).toMatch(/男性/);
    expect(flag!.words!.length).toBeLessThan(flag!.excerpt.length);

    const html = renderToStaticMarkup(<Quote excerpt={flag!.excerpt} words={flag!.words} />);
    const marked = /<mark>([^<]*)<\/mark>/.exec(html)?.[1];
    expect(marked).toBe(flag!.words);
    // Context stays readable around the mark, unmarked.
    expect(html.replace(/<mark>[^<]*<\/mark>/, "")).toMatch(/本岗位|需要经常出差/);
  });

  it("marks the whole quote when the flag does not name its words (salary flags, flags stored before)", () => {
    expect(renderToStaticMarkup(<Quote excerpt="800–900 元/月" />)).toBe("<q><mark>800–900 元/月</mark></q>");
  });
});
