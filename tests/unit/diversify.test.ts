import { describe, expect, it } from "vitest";
import { diversify } from "../../app/graduates/diversify";

const ranked = [
  ...Array.from({ length: 8 }, (_, i) => ({ title: "Java后端开发工程师", employerName: `杭州云帆${i}` })),
  ...Array.from({ length: 9 }, (_, i) => ({ title: "前端开发工程师", employerName: `宁波海景${i}` })),
  { title: "数据分析师", employerName: "苏州星河智能科技有限公司" },
  { title: "测试工程师", employerName: "苏州星河智能科技有限公司" },
  { title: "运维工程师", employerName: "苏州星河智能科技有限公司" },
  { title: "产品经理", employerName: "南京紫金软件有限公司" },
];

describe("recommendations spread over titles and employers", () => {
  it("let no title or employer fill the list when others are there", () => {
    const list = diversify(ranked, { limit: 6 });
    expect(list.map((r) => r.title)).toEqual([
      "Java后端开发工程师",
      "Java后端开发工程师",
      "前端开发工程师",
      "前端开发工程师",
      "数据分析师",
      "测试工程师",
    ]);
    const more = diversify(ranked, { limit: 8 });
    expect(more.filter((r) => r.employerName === "苏州星河智能科技有限公司")).toHaveLength(2);
    expect(more.map((r) => r.title)).toContain("产品经理");
  });

  it("still fill the places from what was held back when nothing else is left", () => {
    const list = diversify(ranked.slice(0, 8), { limit: 5 });
    expect(list).toHaveLength(5);
  });
});
