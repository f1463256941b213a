import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messages } from "../../app/i18n/messages";
import { supportReferralMail } from "../../emails/templates/support-referral";

// The pages render with their loader's data; Remix's hooks are stubbed so no router is needed.
const state = vi.hoisted(() => ({ loader: {} as unknown, action: undefined as unknown }));
vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  Link: (props: Record<string, unknown> & { children?: unknown; to: string }) => {
    const { children, to, ...rest } = props;
    return (
      <a href={to} {...(rest as object)}>
        {children as never}
      </a>
    );
  },
  useLoaderData: () => state.loader,
  useActionData: () => state.action,
  useNavigation: () => ({ state: "idle" }),
  useRouteLoaderData: () => ({ locale: "zh-CN" }),
}));

const { default: SupportList } = await import("../../app/routes/staff.support._index");
const { default: SupportPlanPage } = await import("../../app/routes/staff.support.$graduateId");

const graduate = {
  id: "g1",
  studentNo: "2022010101",
  name: "王小明",
  gender: "male",
  degree: "bachelor",
  cohort: 2026,
  phone: "13912345678",
  email: "wxm@stu.test",
  difficulties: ["家庭经济困难"],
  collegeId: 1,
  collegeZh: "计算机科学与技术学院",
  collegeEn: "Computer Science",
  majorZh: "软件工程",
  majorEn: "Software Engineering",
  activated: true,
};

function planData(overrides: Record<string, unknown> = {}) {
  return {
    graduate,
    plan: {
      id: "p1",
      status: "open",
      counsellorId: "u1",
      counsellorName: "李老师",
      closeReason: null,
      closedAt: null,
      createdAt: "2026-10-01T02:00:00Z",
    },
    goals: [{ id: "goal1", text: "完善简历", done: false, doneAt: null, createdAt: "2026-10-01T02:00:00Z" }],
    contacts: [
      {
        id: "c1",
        contactedOn: "2026-10-05",
        channel: "wechat",
        summary: "沟通求职意向",
        nextStep: "推荐岗位",
        author: "李老师",
        createdAt: "2026-10-05T02:00:00Z",
      },
    ],
    referrals: [
      {
        id: "r1",
        postingId: "post1",
        note: "对口",
        createdAt: "2026-10-06T02:00:00Z",
        referredBy: "李老师",
        postingTitle: "数据分析助理",
        postingStatus: "published",
        employerName: "杭州星河",
        applicationStatus: "submitted",
      },
    ],
    subsidies: [
      {
        id: "s1",
        kind: "job_startup",
        amountYuan: 1500,
        status: "applied",
        appliedOn: "2026-10-08",
        decidedOn: null,
        note: "",
      },
    ],
    counsellors: [
      { id: "u1", displayName: "李老师", schoolWide: false },
      { id: "u2", displayName: "陈老师", schoolWide: true },
    ],
    activity: {
      applications: 2,
      lastApplicationAt: "2026-10-10T02:00:00Z",
      destinationCode: null,
      destinationStatus: null,
    },
    lastProgressAt: "2026-10-10T02:00:00Z",
    daysSinceProgress: 20,
    stalled: true,
    postingQ: "",
    postingResults: [],
    today: "2026-11-29",
    me: "u1",
    ...overrides,
  };
}

describe("support pages", () => {
  it("list: stalled rows stand out with a badge as well as colour, and nothing uses inline styles", () => {
    state.action = undefined;
    state.loader = {
      rows: [
        {
          id: "g1",
          studentNo: "2022010101",
          name: "王小明",
          cohort: 2026,
          difficulties: ["家庭经济困难"],
          collegeZh: "计算机学院",
          collegeEn: "CS",
          majorZh: "软件工程",
          majorEn: "SE",
          planStatus: "open",
          counsellorId: "u1",
          counsellorName: "李老师",
          lastProgressAt: "2026-11-01T00:00:00Z",
          stalled: true,
          daysSinceProgress: 28,
        },
        {
          id: "g2",
          studentNo: "2022010102",
          name: "李小红",
          cohort: 2026,
          difficulties: ["残疾"],
          collegeZh: "计算机学院",
          collegeEn: "CS",
          majorZh: "软件工程",
          majorEn: "SE",
          planStatus: "none",
          counsellorId: null,
          counsellorName: null,
          lastProgressAt: null,
          stalled: false,
          daysSinceProgress: null,
        },
      ],
      total: 2,
      counts: { all: 2, stalled: 1, none: 1, open: 1, closed: 0, mine: 1 },
      filters: { filter: "all", sort: "attention", page: 1 },
      cohorts: [2026],
      colleges: [{ id: 1, nameZh: "计算机学院", nameEn: "CS" }],
      pageSize: 50,
    };
    const html = renderToString(<SupportList />);
    expect(html).toContain('class="row--stalled"');
    expect(html).toContain("停滞 28 天");
    expect(html).toContain("尚无计划");
    expect(html).toContain("停滞（1）");
    expect(html).toContain('href="/staff/support/g1"');
    expect(html).not.toMatch(/ style=/);
  });

  it("plan: every section, with an error shown only on the form that caused it, and the input kept", () => {
    state.loader = planData();
    state.action = {
      ok: false,
      form: "contact",
      errors: { summary: [{ key: "support.contact.summary.required" }] },
      values: { intent: "contact", nextStep: "下周回访", summary: "" },
    };
    const html = renderToString(<SupportPlanPage />);
    for (const heading of ["帮扶目标", "联系记录", "岗位推荐", "补贴申请"]) expect(html).toContain(heading);
    expect(html).toContain("已 20 天无进展");
    expect(html).toContain("请填写沟通内容。");
    expect(html).toContain('value="下周回访"');
    expect(html).toContain("已投递");
    expect(html).toContain('name="postingId"');
    expect(html).toContain('value="subsidy-status"');
    expect(html).toContain('href="tel:13912345678"');
    // The summary error is not repeated on other forms' fields; the summary links to the field, which names its error.
    expect(html.match(/请填写沟通内容。/g)?.length).toBe(2); // the summary at the top, and the field
    expect(html).toContain('href="#contact-summary"');
    expect(html).toMatch(/<textarea[^>]*id="contact-summary"[^>]*aria-describedby="contact-summary-error"/);
    expect(html).toContain('<p id="contact-summary-error" class="field__error">请填写沟通内容。</p>');
    // Only the contact form echoes what was typed: the goal form's field stays empty.
    expect(html).toContain('name="_formId" value="contact"');
    expect(html).not.toMatch(/ style=/);
  });

  it("plan: a referral's outcome is green only when it went well", () => {
    state.action = undefined;
    const referral = planData().referrals[0]!;
    state.loader = planData({
      referrals: [
        { ...referral, id: "r1", postingId: "post1", applicationStatus: "rejected" },
        { ...referral, id: "r2", postingId: "post2", applicationStatus: "offered" },
        { ...referral, id: "r3", postingId: "post3", applicationStatus: "submitted" },
      ],
    });
    const html = renderToString(<SupportPlanPage />);
    expect(html).toContain(`<span class="badge badge--bad">${messages["application.state.rejected"].zh}</span>`);
    expect(html).toContain(`<span class="badge badge--ok">${messages["application.state.offered"].zh}</span>`);
    expect(html).toContain(`<span class="badge">${messages["application.state.submitted"].zh}</span>`);
  });

  it("plan: without a plan only the form to open one is shown; posting search results become choices", () => {
    state.action = undefined;
    state.loader = planData({ plan: null, goals: [], contacts: [], referrals: [], subsidies: [], stalled: false });
    const html = renderToString(<SupportPlanPage />);
    expect(html).toContain("建立帮扶计划");
    expect(html).not.toContain("联系记录");
    state.loader = planData({
      postingQ: "数据",
      postingResults: [
        {
          id: "post9",
          title: "数据分析助理",
          employerName: "杭州星河",
          deadline: "2026-12-31",
          salaryMin: 8000,
          salaryMax: 12000,
        },
      ],
    });
    const withResults = renderToString(<SupportPlanPage />);
    expect(withResults).toContain('type="radio"');
    expect(withResults).toContain('value="post9"');
  });
});

describe("referral mail", () => {
  it("is bilingual and says nothing about difficulties", () => {
    const props = {
      graduateName: "王小明",
      postingTitle: "数据分析助理",
      employerName: "杭州星河",
      note: "建议投递",
      counsellorName: "李老师",
      url: "http://localhost/jobs/p1",
    };
    const zh = supportReferralMail(props, "zh-CN");
    expect(zh.subject).toBe("为你推荐岗位：数据分析助理");
    expect(zh.text).toContain("http://localhost/jobs/p1");
    const en = supportReferralMail(props, "en");
    expect(en.subject).toBe("Recommended for you: 数据分析助理");
    for (const mail of [zh, en]) expect(mail.text).not.toMatch(/困难|difficult/i);
  });
});
