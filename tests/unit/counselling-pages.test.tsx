import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The pages render with their loader's data; Remix's hooks are stubbed so no router is needed.
const state = vi.hoisted(() => ({ loader: {} as unknown, action: undefined as unknown, locale: "zh-CN" }));
vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  useLoaderData: () => state.loader,
  useActionData: () => state.action,
  useRouteLoaderData: () => ({ locale: state.locale }),
}));

const { default: StaffCounselling } = await import("../../app/routes/staff.counselling");
const { default: GraduateCounselling } = await import("../../app/routes/graduate.counselling");

const topics = [
  { code: "resume", nameZh: "简历指导", nameEn: "CV and cover letter review" },
  { code: "interview", nameZh: "面试辅导", nameEn: "Interview coaching" },
  { code: "wellbeing", nameZh: "心理与压力", nameEn: "Stress and wellbeing" },
];

const staffLoader = {
  topics,
  colleges: [{ id: 1, nameZh: "计算机科学与技术学院", nameEn: "School of Computer Science and Technology" }],
  scopeKind: "college",
  defaultAudience: "1",
  slots: [
    {
      id: "s1",
      startsAt: "2026-12-01T06:00:00.000Z",
      endsAt: "2026-12-01T06:30:00.000Z",
      mode: "video",
      location: "https://m.example.cn/1",
      topics: ["resume"],
      collegeId: 1,
      bookingId: "b1",
      graduateName: "张晓雯",
    },
    {
      id: "s2",
      startsAt: "2026-12-01T06:30:00.000Z",
      endsAt: "2026-12-01T07:00:00.000Z",
      mode: "video",
      location: "https://m.example.cn/1",
      topics: ["resume"],
      collegeId: 1,
      bookingId: null,
      graduateName: null,
    },
  ],
  bookings: [
    {
      id: "b1",
      slotId: "s1",
      startsAt: "2026-12-01T06:00:00.000Z",
      endsAt: "2026-12-01T06:30:00.000Z",
      mode: "video",
      location: "https://m.example.cn/1",
      counsellorName: "李老师",
      own: true,
      canManage: true,
      graduateName: "张晓雯",
      collegeZh: "计算机科学与技术学院",
      collegeEn: "CS",
      topic: "resume",
      question: "简历怎么写？",
      status: "booked",
      cancelReason: null,
      cancelledBy: null,
      staffNote: "准备作品集",
      events: ["cancel"],
    },
    {
      id: "b2",
      slotId: "sx",
      startsAt: "2026-11-20T06:00:00.000Z",
      endsAt: "2026-11-20T06:30:00.000Z",
      mode: "in_person",
      location: "203",
      counsellorName: "陈老师",
      own: false,
      canManage: false,
      graduateName: "王磊",
      collegeZh: "计算机科学与技术学院",
      collegeEn: "CS",
      topic: "interview",
      question: "",
      status: "attended",
      cancelReason: null,
      cancelledBy: null,
      staffNote: null,
      events: [],
    },
  ],
};

describe("counselling pages", () => {
  it("staff: bookings with their actions, the publish form refilled after an error, no inline styles", () => {
    state.loader = staffLoader;
    state.action = {
      ok: false,
      form: "publish",
      errors: { topics: [{ key: "counselling.topics.required" }], location: [{ key: "counselling.location.link" }] },
      values: {
        intent: "publish",
        date: "2026-12-08",
        from: "09:00",
        to: "11:00",
        minutes: "45",
        mode: "video",
        location: "腾讯会议 123",
        audience: "all",
      },
    };
    const html = renderToString(<StaffCounselling />);
    expect(html).toContain("张晓雯");
    expect(html).toContain("准备作品集"); // the counsellor's own note
    expect(html).toContain('<dt>问题</dt><dd class="prewrap">简历怎么写？</dd>'); // what the graduate asked
    expect(html).toContain('value="cancel"');
    expect(html).toContain('value="move"');
    expect(html).toContain('value="withdraw"'); // only the free slot
    expect(html.match(/value="withdraw"/g)).toHaveLength(1);
    expect(html).toContain('value="腾讯会议 123"');
    expect(html).toContain('value="2026-12-08"');
    expect(html).toContain("请至少选择一个咨询主题");
    expect(html).toContain("https://");
    expect(html).toContain('for="publish-date"');
    expect(html).toContain("<legend>咨询主题（可多选）</legend>");
    expect(html).not.toMatch(/ style="/);
    // A colleague's past booking: shown read-only.
    expect(html).toContain("王磊");
    expect(html).toContain("陈老师");
  });

  it("staff: a failed cancel shows its error and the typed reason on that booking only", () => {
    state.loader = staffLoader;
    state.action = {
      ok: false,
      form: "cancel-b1",
      errors: { reason: [{ key: "counselling.reason.required" }] },
      values: { intent: "cancel", bookingId: "b1", reason: "x" },
    };
    const html = renderToString(<StaffCounselling />);
    expect(html).toContain('id="cancel-b1-reason"');
    expect(html).toContain("请填写取消原因");
    expect(html).toMatch(/<textarea[^>]*id="cancel-b1-reason"[^>]*>x<\/textarea>/);
    expect(html.match(/请填写取消原因/g)).toHaveLength(2); // the summary and that booking's field, no other form
  });

  it("graduate: slots grouped by day as radio buttons, the booking kept after a refusal, bookings with cancel", () => {
    state.locale = "en";
    state.loader = {
      linked: true,
      topics,
      bookedWith: ["u2"],
      slots: [
        {
          id: "o1",
          startsAt: "2026-12-01T06:00:00.000Z",
          endsAt: "2026-12-01T06:30:00.000Z",
          mode: "video",
          location: "",
          topics: ["resume", "interview"],
          counsellorName: "Ms Li",
          counsellorUserId: "u1",
          forCollege: true,
        },
        {
          id: "o2",
          startsAt: "2026-12-02T06:00:00.000Z",
          endsAt: "2026-12-02T06:45:00.000Z",
          mode: "in_person",
          location: "Room 203",
          topics: ["wellbeing"],
          counsellorName: "Mr Chen",
          counsellorUserId: "u2",
          forCollege: false,
        },
      ],
      bookings: [
        {
          id: "b9",
          startsAt: "2026-12-03T06:00:00.000Z",
          endsAt: "2026-12-03T06:45:00.000Z",
          mode: "in_person",
          location: "Room 203",
          counsellorName: "Mr Chen",
          topic: "wellbeing",
          question: "",
          status: "booked",
          cancelReason: null,
          cancelledBy: null,
          events: ["cancel"],
          started: false,
        },
        // Inside the 2-hour window: the page says to contact the counsellor.
        {
          id: "b10",
          startsAt: "2026-12-04T06:00:00.000Z",
          endsAt: "2026-12-04T06:45:00.000Z",
          mode: "in_person",
          location: "Room 204",
          counsellorName: "Mr Chen",
          topic: "wellbeing",
          question: "",
          status: "booked",
          cancelReason: null,
          cancelledBy: null,
          events: [],
          started: false,
        },
        // Already begun (attendance not recorded yet): nothing about cancelling any more.
        {
          id: "b11",
          startsAt: "2026-11-28T06:00:00.000Z",
          endsAt: "2026-11-28T06:45:00.000Z",
          mode: "in_person",
          location: "Room 205",
          counsellorName: "Mr Chen",
          topic: "wellbeing",
          question: "",
          status: "booked",
          cancelReason: null,
          cancelledBy: null,
          events: [],
          started: true,
        },
      ],
    };
    state.action = {
      ok: false,
      form: "book",
      errors: { slotId: [{ key: "counselling.slot.taken" }] },
      values: { intent: "book", slotId: "o1", topic: "resume", question: "How do I show my projects?" },
    };
    const html = renderToString(<GraduateCounselling />);
    state.locale = "zh-CN";
    expect(html).toContain('<input type="radio" id="book-slotId" name="slotId" required="" checked="" value="o1"/>');
    expect(html).toContain('<input type="radio" id="book-slot-o2" name="slotId" required="" disabled="" value="o2"/>'); // already booked with that counsellor
    expect(html).toContain("Someone else has just booked that slot");
    expect(html).toContain("How do I show my projects?");
    expect(html).toContain("Room 203");
    expect(html).toContain("For your college");
    expect(html).toContain('value="cancel"');
    expect(html.match(/contact the counsellor instead of cancelling online/g)).toHaveLength(1);
    expect(html).not.toMatch(/ style="/);
  });

  it("graduate: the error summary's #book-slotId lands on a radio that can take focus, and a cancelled video booking hides its link", () => {
    state.loader = {
      linked: true,
      topics,
      bookedWith: ["u1"],
      slots: [
        {
          id: "o1",
          startsAt: "2026-12-01T06:00:00.000Z",
          endsAt: "2026-12-01T06:30:00.000Z",
          mode: "video",
          location: "",
          topics: ["resume"],
          counsellorName: "李老师",
          counsellorUserId: "u1",
          forCollege: false,
        },
        {
          id: "o2",
          startsAt: "2026-12-02T06:00:00.000Z",
          endsAt: "2026-12-02T06:45:00.000Z",
          mode: "in_person",
          location: "203",
          topics: ["resume"],
          counsellorName: "陈老师",
          counsellorUserId: "u2",
          forCollege: false,
        },
      ],
      bookings: [
        {
          id: "b8",
          startsAt: "2026-12-03T06:00:00.000Z",
          endsAt: "2026-12-03T06:45:00.000Z",
          mode: "video",
          location: "",
          counsellorName: "李老师",
          topic: "resume",
          question: "",
          status: "cancelled",
          cancelReason: "有课",
          cancelledBy: "graduate",
          events: [],
        },
      ],
    };
    state.action = {
      ok: false,
      form: "book",
      errors: { slotId: [{ key: "counselling.slot.choose" }] },
      values: { intent: "book", topic: "resume" },
    };
    const html = renderToString(<GraduateCounselling />);
    expect(html).toContain('href="#book-slotId"');
    expect(html).toMatch(/<input type="radio" id="book-slotId" name="slotId" required="" value="o2"\/>/);
    expect(html).toContain('id="book-slot-o1" name="slotId" required="" disabled=""');
    expect(html.match(/id="book-slotId"/g)).toHaveLength(1);
    expect(html).not.toContain('href=""');
    expect(html).toContain("<dt>毕业生取消</dt><dd>有课</dd>"); // who cancelled, and why
  });

  it("graduate: an unlinked account is told why there is nothing to book", () => {
    state.loader = { linked: false, topics, slots: [], bookings: [], bookedWith: [] };
    state.action = undefined;
    const html = renderToString(<GraduateCounselling />);
    expect(html).toContain("尚未关联学校毕业生名册");
    expect(html).not.toContain('name="slotId"');
  });
});
