import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { agreementUpdateMail } from "../../emails/templates/agreement-update";
import { translate } from "../../app/i18n/messages";
import { AGREEMENT_EVENTS } from "../../vocabulary";

// The pages render with their loader's data; Remix's hooks are stubbed so no router is needed.
const state = vi.hoisted(() => ({ loader: {} as unknown, action: undefined as unknown, search: "" }));
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
  useSearchParams: () => [new URLSearchParams(state.search)],
  useRouteLoaderData: () => ({ locale: "zh-CN" }),
}));

const { default: EmployerAgreements } = await import("../../app/routes/employer.agreements");
const { default: GraduateAgreements } = await import("../../app/routes/graduate.agreements");
const { default: StaffAgreements } = await import("../../app/routes/staff.agreements._index");
const { default: EditAgreement } = await import("../../app/routes/employer.agreements.$id.edit");

describe("agreement pages", () => {
  it("employer: list with the actions open to them and the draft form", () => {
    state.loader = {
      timelines: {
        a1: [
          { event: "draft", at: "2026-11-20T02:00:00Z", reason: null, actor: "employer" },
          { event: "edit", at: "2026-11-21T02:00:00Z", reason: "月薪: 9000 → 9500", actor: "employer" },
        ],
      },
      provinces: ["浙江省"],
      rows: [
        {
          id: "a1",
          status: "drafted",
          position: "Java后端开发工程师",
          graduateName: "张三",
          number: null,
          replyDeadline: null,
          declineReason: null,
          returnReason: null,
          events: ["invite", "withdraw"],
        },
      ],
    };
    state.action = {
      ok: false,
      form: "draft",
      errors: { studentNo: [{ key: "agreement.graduate.notFound" }] },
      values: { studentNo: "S1" },
    };
    const html = renderToString(<EmployerAgreements />);
    expect(html).toContain("张三");
    expect(html).toContain("发送给毕业生");
    expect(html).toContain("未找到该毕业生");
    expect(html).toContain('name="archiveAddress"');
    // Drafting from an offer: the applicant is named, no student number asked, terms prefilled.
    state.action = undefined;
    state.loader = {
      ...(state.loader as object),
      offer: {
        applicationId: "app-1",
        graduateName: "李四",
        postingTitle: "数据分析师",
        terms: { position: "数据分析师", monthlyPay: "8000", workProvince: "浙江省", workCity: "杭州" },
      },
      offerMissing: false,
    };
    const fromOffer = renderToString(<EmployerAgreements />);
    expect(fromOffer).toContain('name="applicationId" value="app-1"');
    expect(fromOffer).toContain("为 李四 起草");
    expect(fromOffer).not.toContain('name="studentNo"');
    expect(fromOffer).toContain('value="8000"');
    // Terms can be edited before the graduate replies.
    expect(html).toContain('href="/employer/agreements/a1/edit"');
    expect(html).toContain("办理记录");
    expect(html).toContain("单位修改了协议条款");
    expect(html).toContain("月薪: 9000 → 9500");
  });

  it("graduate: accept and decline while invited, the PDF link once registered, breach upload", () => {
    state.action = undefined;
    state.loader = {
      timelines: {},
      linked: true,
      rows: [
        {
          id: "a1",
          status: "invited",
          employerName: "杭州星河",
          position: "测试",
          monthlyPay: 9000,
          probationMonths: 3,
          workPlace: "浙江省杭州",
          startDate: "2026-07-15",
          breachPenalty: 3000,
          replyDeadline: "2026-12-01T00:00:00Z",
          number: null,
          returnReason: null,
          events: ["accept", "decline"],
        },
        {
          id: "a2",
          status: "registered",
          employerName: "宁波海港",
          position: "物流",
          monthlyPay: 8000,
          probationMonths: 0,
          workPlace: "浙江省宁波",
          startDate: "2026-07-01",
          breachPenalty: 0,
          replyDeadline: null,
          number: "2026-000001",
          returnReason: null,
          events: ["request_breach"],
        },
      ],
    };
    const html = renderToString(<GraduateAgreements />);
    expect(html).toContain('value="accept"');
    expect(html).toContain('value="decline"');
    expect(html).toContain('value="request_breach"');
    expect(html).toContain("/agreements/a2/pdf");
    // Asking to end an agreement first shows what it means; the letter is asked for there.
    expect(html).not.toContain('name="releaseLetter"');
    state.action = {
      ok: true,
      form: "request_breach-a2",
      confirm: {
        intent: "request_breach",
        title: {
          key: "confirm.agreement.request_breach.title",
          params: { employer: "宁波海港", number: "2026-000001" },
        },
        facts: [{ label: { key: "agreement.field.breachPenalty" }, value: "0" }],
        next: [{ key: "confirm.agreement.request_breach.next", params: { penalty: "0" } }],
        submit: { key: "confirm.agreement.request_breach.submit" },
        fields: { agreementId: "a2" },
        final: false,
      },
    };
    const step = renderToString(<GraduateAgreements />);
    expect(step).toContain("申请解除与 宁波海港 的三方协议（编号 2026-000001）");
    expect(step).toContain("违约金为 0 元");
    expect(step).toContain('name="releaseLetter"');
    expect(step).toContain("multipart/form-data");
    expect(step).toContain('name="confirmed" value="yes"');
    expect(step).toContain('action="/graduate/agreements?confirm=request_breach&amp;agreement=a2"');
    expect(step).toContain('href="/graduate/agreements"');
    // The list is not shown under the step.
    expect(step).not.toContain("杭州星河");
    state.action = undefined;
  });

  it("staff: queue grouped by step, reason field on return", () => {
    state.loader = {
      timelines: {},
      rows: [
        {
          id: "a1",
          status: "accepted",
          graduateName: "张三",
          studentNo: "S1",
          employerName: "杭州星河",
          position: "测试",
          monthlyPay: 9000,
          number: null,
          hasReleaseLetter: false,
          events: ["college_approve", "return"],
        },
        {
          id: "a2",
          status: "breach_requested",
          graduateName: "李四",
          studentNo: "S2",
          employerName: "宁波海港",
          position: "物流",
          monthlyPay: 8000,
          number: "2026-000002",
          hasReleaseLetter: true,
          events: [],
        },
      ],
    };
    const html = renderToString(<StaffAgreements />);
    expect(html).toContain("待学院审核");
    expect(html).toContain("学院审核通过");
    expect(html).toContain('name="reason"');
    expect(html).toContain("等待其他审核环节");
  });
});

describe("agreement-update mail", () => {
  const props = {
    stateLabel: "学校已鉴证",
    news: "学校已鉴证登记杭州星河与张三关于“测试”岗位的三方协议。",
    graduateName: "张三",
    employerName: "杭州星河",
    position: "测试",
    number: "2026-000001",
    reason: null,
    replyDeadline: null,
    url: "http://x/graduate/agreements",
  };
  it("renders in Chinese and English with the number", () => {
    const zh = agreementUpdateMail(props, "zh-CN");
    expect(zh.subject).toContain("三方协议");
    expect(zh.text).toContain("2026-000001");
    const en = agreementUpdateMail(
      {
        ...props,
        stateLabel: "Registered by the school",
        news: translate("en", "agreement.mail.news.school_register", {
          employer: "杭州星河",
          graduate: "张三",
          position: "测试",
        }),
        reason: "typo",
      },
      "en",
    );
    expect(en.subject).toContain("Employment agreement");
    expect(en.text).toContain("Reason: typo");
    expect(en.html).toContain("Reason: typo");
    // Says what happened in a sentence, not "changed: Register (school)" (issue 15).
    expect(en.text).toContain(
      "The school registered the employment agreement for “测试” between 杭州星河 and 张三. It is now “Registered by the school”.",
    );
    expect(en.text).not.toContain("changed:");
  });

  it("says in a sentence what happened, for every event, in both languages", () => {
    for (const event of [...AGREEMENT_EVENTS, "edit"]) {
      for (const locale of ["zh-CN", "en"] as const) {
        const text = translate(locale, `agreement.mail.news.${event}`, {
          employer: "杭州星河",
          graduate: "张三",
          position: "测试",
        });
        expect(text, `${event} ${locale}`).not.toContain("agreement.mail.news");
        expect(text).toContain("杭州星河");
        expect(text).toContain("张三");
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("employer: the edit form starts from the current terms, keeps what was typed on an error, and says when editing is over", () => {
    const terms = {
      position: "Java后端开发工程师",
      monthlyPay: "9000",
      probationMonths: "3",
      workProvince: "浙江省",
      workCity: "杭州",
      startDate: "2026-07-15",
      breachPenalty: "3000",
      archiveAddress: "杭州市人才市场档案管理中心",
      hukouAddress: "杭州市滨江区长河派出所",
    };
    state.loader = {
      id: "a1",
      status: "invited",
      editable: true,
      graduateName: "张三",
      terms,
      provinces: ["浙江省", "江苏省"],
    };
    state.action = {
      ok: false,
      form: "terms",
      errors: { probationMonths: [{ key: "agreement.field.probation" }] },
      values: { ...terms, probationMonths: "9", workCity: "温州" },
    };
    const html = renderToString(<EditAgreement />);
    expect(html).toContain("修改三方协议条款");
    expect(html).toContain("答复期限重新计算为 5 天");
    expect(html).toContain('value="温州"');
    expect(html).toContain('value="9"');
    expect(html).toContain("试用期为 0 至 6 个月");
    expect(html).toContain('value="杭州市人才市场档案管理中心"');

    state.action = undefined;
    state.loader = {
      id: "a1",
      status: "registered",
      editable: false,
      graduateName: "张三",
      terms,
      provinces: ["浙江省"],
    };
    const closed = renderToString(<EditAgreement />);
    expect(closed).not.toContain('name="position"');
    expect(closed).toContain("不能再修改条款");
  });
});
