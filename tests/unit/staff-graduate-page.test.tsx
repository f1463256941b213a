import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ loader: {} as unknown, locale: "zh-CN" }));
vi.mock("@remix-run/react", () => ({
  Link: (props: Record<string, unknown> & { children?: unknown; to: string }) => {
    const { children, to, ...rest } = props;
    return (
      <a href={to} {...(rest as object)}>
        {children as never}
      </a>
    );
  },
  Form: (props: { children?: unknown; id?: string }) => <form id={props.id}>{props.children as never}</form>,
  useLoaderData: () => state.loader,
  useActionData: () => undefined,
  useRouteLoaderData: () => ({ locale: state.locale }),
}));

const { default: GraduateDetail } = await import("../../app/routes/staff.graduates.$id");

const graduate = {
  id: "g1",
  studentNo: "2026010101",
  name: "王思远",
  gender: "male",
  degree: "bachelor",
  cohort: 2026,
  phone: "13800000000",
  email: "wsy@example.cn",
  difficulties: ["低保家庭"],
  collegeId: 1,
  collegeZh: "计算机科学与技术学院",
  collegeEn: "Computer Science",
  majorZh: "软件工程",
  majorEn: "Software Engineering",
  activated: true,
};

describe("the staff view of one graduate", () => {
  it("shows destination, applications, interviews, agreements and counselling in both languages", () => {
    state.loader = {
      graduate,
      journey: {
        destination: {
          code: "10",
          status: "reported",
          source: "agreement",
          disputed: false,
          isInternship: false,
          updatedAt: "2026-11-20T02:00:00Z",
        },
        applications: [
          {
            id: "a1",
            status: "interviewing",
            postingTitle: "Java后端开发工程师",
            employerName: "杭州云帆科技",
            updatedAt: "2026-11-18T02:00:00Z",
          },
        ],
        interviews: [
          {
            id: "i1",
            status: "confirmed",
            mode: "video",
            employerName: "杭州云帆科技",
            startsAt: "2026-11-19T07:00:00Z",
            updatedAt: "2026-11-18T02:00:00Z",
          },
        ],
        agreements: [
          {
            id: "ag1",
            status: "registered",
            position: "Java后端开发工程师",
            number: "2026-000007",
            employerName: "杭州云帆科技",
            updatedAt: "2026-11-20T02:00:00Z",
          },
        ],
        counselling: [
          {
            id: "b1",
            status: "attended",
            topicZh: "简历指导",
            topicEn: "CV review",
            counsellorName: "李老师",
            startsAt: "2026-11-10T06:00:00Z",
          },
        ],
      },
    };
    state.locale = "zh-CN";
    const zh = renderToString(<GraduateDetail />);
    for (const text of [
      "10 签就业协议形式就业",
      "待本人确认",
      "三方协议登记",
      "面试中",
      "视频面试",
      "已确认",
      "学校已鉴证",
      "2026-000007",
      "简历指导",
      "已到场",
    ])
      expect(zh).toContain(text);
    expect(zh).toContain('href="/agreements/ag1/pdf"');
    expect(zh).toContain("15:00"); // the interview at 07:00 UTC, shown in Beijing time
    // The contact facts: the phone dials, the declared difficulties are listed.
    expect(zh).toContain('<dd data-testid="phone"><a href="tel:13800000000">13800000000</a></dd>');
    expect(zh).toContain('<dd data-testid="difficulties">低保家庭</dd>');
    state.locale = "en";
    const en = renderToString(<GraduateDetail />);
    for (const text of ["Awaiting the graduate", "Interviewing", "Registered by the school", "CV review"])
      expect(en).toContain(text);
    expect(en).not.toMatch(/ style="/);
  });

  it("says so when there is nothing yet", () => {
    state.loader = {
      graduate,
      journey: { destination: null, applications: [], interviews: [], agreements: [], counselling: [] },
    };
    state.locale = "zh-CN";
    const html = renderToString(<GraduateDetail />);
    expect(html).toContain("未填报");
    expect(html.match(/暂无记录/g)).toHaveLength(4);
  });
});
