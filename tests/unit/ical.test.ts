import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildInvite,
  escapeText,
  foldLine,
  formatShanghaiLocal,
  unescapeText,
  unfoldAndParse,
  type InviteInput,
} from "../../app/interviews/ical";

const ORIGINAL_TZ = process.env.TZ;
beforeAll(() => {
  // A zone far from +08:00 with daylight saving, so local-time shortcuts would show.
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const DTSTAMP = new Date("2026-06-01T02:03:04Z");

function base(overrides: Partial<InviteInput> = {}): InviteInput {
  return {
    uid: "interview-42@jiuye.example.edu.cn",
    sequence: 0,
    method: "REQUEST",
    start: new Date("2026-06-15T09:30:00+08:00"),
    end: new Date("2026-06-15T10:15:00+08:00"),
    summary: "Interview: Backend engineer",
    description: "Bring your transcript.",
    organizer: { name: "HR Li", email: "hr@example.com" },
    attendees: [{ name: "Wang Fang", email: "wangfang@example.edu.cn" }],
    dtstamp: DTSTAMP,
    ...overrides,
  };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Physical lines as byte arrays, split on CRLF at the byte level. */
function physicalLines(text: string): Uint8Array[] {
  const bytes = Buffer.from(text, "utf8");
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i += 1;
    }
  }
  expect(start).toBe(bytes.length); // the text ends with CRLF
  return lines;
}

describe("buildInvite: structure", () => {
  it("writes the exact expected calendar for a simple invite", () => {
    const text = buildInvite(base({ location: "Room 301", url: "https://jiuye.example.edu.cn/interviews/42" }));
    // The ATTENDEE line is 104 octets, so it arrives folded after 75.
    expect(text).toContain(
      "\r\nATTENDEE;CN=Wang Fang;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:\r\n mailto:wangfang@example.edu.cn\r\n",
    );
    expect(text.replace(/\r\n /g, "").split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//jiuye//Graduate employment platform//ZH",
      "CALSCALE:GREGORIAN",
      "METHOD:REQUEST",
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Shanghai",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0800",
      "TZOFFSETTO:+0800",
      "TZNAME:CST",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:interview-42@jiuye.example.edu.cn",
      "SEQUENCE:0",
      "DTSTAMP:20260601T020304Z",
      "DTSTART;TZID=Asia/Shanghai:20260615T093000",
      "DTEND;TZID=Asia/Shanghai:20260615T101500",
      "SUMMARY:Interview: Backend engineer",
      "DESCRIPTION:Bring your transcript.",
      "LOCATION:Room 301",
      "URL:https://jiuye.example.edu.cn/interviews/42",
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "ORGANIZER;CN=HR Li:mailto:hr@example.com",
      "ATTENDEE;CN=Wang Fang;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wangfang@example.edu.cn",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT15M",
      "DESCRIPTION:Interview: Backend engineer",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("uses CRLF everywhere and never a bare LF or CR", () => {
    const text = buildInvite(base({ description: "line one\nline two\r\nline three\rfour" }));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(/\r(?!\n)|(?<!\r)\n/.test(text)).toBe(false);
  });

  it("leaves LOCATION and URL out when absent, and writes one ATTENDEE per attendee", () => {
    const text = buildInvite(
      base({
        attendees: [
          { name: "王芳", email: "wangfang@example.edu.cn" },
          { name: "李老师", email: "li@example.edu.cn" },
        ],
      }),
    );
    const ev = unfoldAndParse(text);
    expect(ev.get("LOCATION")).toBeUndefined();
    expect(ev.get("URL")).toBeUndefined();
    const attendees = ev.getAll("ATTENDEE");
    expect(attendees.map((a) => a.value)).toEqual(["mailto:wangfang@example.edu.cn", "mailto:li@example.edu.cn"]);
    expect(attendees.map((a) => a.params.CN)).toEqual(["王芳", "李老师"]);
    for (const a of attendees) {
      expect(a.params).toMatchObject({ ROLE: "REQ-PARTICIPANT", PARTSTAT: "NEEDS-ACTION", RSVP: "TRUE" });
    }
    expect(ev.get("ORGANIZER")).toBe("mailto:hr@example.com");
  });

  it("writes STATUS:TENTATIVE when asked, and CANCELLED for every CANCEL", () => {
    expect(unfoldAndParse(buildInvite(base({ status: "TENTATIVE" }))).get("STATUS")).toBe("TENTATIVE");
    expect(unfoldAndParse(buildInvite(base({ method: "CANCEL", status: "CONFIRMED" }))).get("STATUS")).toBe(
      "CANCELLED",
    );
  });

  it("rejects an end not after the start, invalid dates, a bad sequence, an empty UID and a bad e-mail", () => {
    const start = new Date("2026-06-15T09:30:00+08:00");
    expect(() => buildInvite(base({ start, end: start }))).toThrow(/end/);
    expect(() => buildInvite(base({ start: new Date("nonsense") }))).toThrow(/start/);
    expect(() => buildInvite(base({ sequence: -1 }))).toThrow(/sequence/);
    expect(() => buildInvite(base({ sequence: 1.5 }))).toThrow(/sequence/);
    expect(() => buildInvite(base({ uid: "  " }))).toThrow(/uid/);
    expect(() => buildInvite(base({ organizer: { name: "x", email: "not-an-address" } }))).toThrow(/e-mail/);
    expect(() => buildInvite(base({ attendees: [{ name: "x", email: "a@b.c\r\nATTENDEE:mailto:evil@x.y" }] }))).toThrow(
      /e-mail/,
    );
  });
});

describe("buildInvite: times", () => {
  it("runs with a process time zone other than +08:00", () => {
    // Guards the premise of the tests below: local time here is not Shanghai time.
    expect(new Date("2026-06-15T09:30:00+08:00").getHours()).not.toBe(9);
  });

  it("writes DTSTART and DTEND as Shanghai wall-clock time with TZID, and DTSTAMP in UTC", () => {
    const text = buildInvite(
      base({ start: new Date("2026-06-16T07:00:00+08:00"), end: new Date("2026-06-16T08:00:00+08:00") }),
    );
    // 07:00 in Shanghai is 23:00 UTC the day before: the date must still be the 16th.
    expect(text).toContain("\r\nDTSTART;TZID=Asia/Shanghai:20260616T070000\r\n");
    expect(text).toContain("\r\nDTEND;TZID=Asia/Shanghai:20260616T080000\r\n");
    expect(text).toContain("\r\nDTSTAMP:20260601T020304Z\r\n");
    const ev = unfoldAndParse(text);
    expect(ev.getAll("DTSTART")[0].params.TZID).toBe("Asia/Shanghai");
  });

  it("formats instants across a year boundary and in winter the same way", () => {
    expect(formatShanghaiLocal(new Date("2026-12-31T20:00:00Z"))).toBe("20270101T040000");
    expect(formatShanghaiLocal(new Date("2027-01-15T01:02:03Z"))).toBe("20270115T090203");
    expect(formatShanghaiLocal(new Date("2026-03-08T10:30:00Z"))).toBe("20260308T183000"); // US DST switch day
  });

  it("defaults DTSTAMP to the current time in UTC", () => {
    const before = Date.now();
    const stamp = unfoldAndParse(buildInvite(base({ dtstamp: undefined }))).get("DTSTAMP") ?? "";
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
    expect(m).not.toBeNull();
    if (m) {
      const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
      expect(Math.abs(t - before)).toBeLessThan(5000);
    }
  });
});

describe("buildInvite: escaping and folding", () => {
  const LONG_ZH =
    "面试邀请：华东理工大学2026届毕业生专场——软件开发工程师（后端方向），地点：图书馆三楼报告厅；请携带简历、成绩单和身份证原件🎓，准时参加！";

  it("folds a long Chinese summary so every physical line is at most 75 octets of valid UTF-8", () => {
    expect(Buffer.byteLength(`SUMMARY:${LONG_ZH}`, "utf8")).toBeGreaterThan(150);
    const text = buildInvite(base({ summary: LONG_ZH, description: LONG_ZH, location: LONG_ZH }));
    const lines = physicalLines(text);
    let continuations = 0;
    for (const bytes of lines) {
      expect(bytes.length).toBeLessThanOrEqual(75);
      const line = utf8.decode(bytes); // throws on a split multi-byte character
      expect(line).not.toContain("\uFFFD");
      if (line.startsWith(" ")) continuations += 1;
    }
    expect(continuations).toBeGreaterThan(6);
  });

  it("fills each folded line as far as a whole character allows", () => {
    const folded = foldLine(`SUMMARY:${LONG_ZH}`).split("\r\n");
    for (let i = 0; i < folded.length - 1; i++) {
      const next = [...folded[i + 1].slice(1)][0];
      expect(Buffer.byteLength(folded[i], "utf8") + Buffer.byteLength(next, "utf8")).toBeGreaterThan(75);
    }
    for (const line of folded.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(`SUMMARY:${LONG_ZH}`);
  });

  it("folds plain ASCII at exactly 75 octets, then 74 characters after the space", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded[0].length).toBe(75);
    expect(folded[1]).toBe(` ${"x".repeat(74)}`);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:ok")).toBe("SHORT:ok");
    expect(foldLine("A".repeat(75))).toBe("A".repeat(75));
  });

  it("round-trips Chinese text, punctuation and newlines through unfoldAndParse", () => {
    const description = "第一行，含逗号, 分号; 反斜杠\\ 和冒号:\n第二行🎓\r\n第三行";
    const text = buildInvite(base({ summary: LONG_ZH, description, location: "上海市徐汇区梅陇路130号, 实验楼" }));
    const ev = unfoldAndParse(text);
    expect(ev.method).toBe("REQUEST");
    expect(ev.get("SUMMARY")).toBe(LONG_ZH);
    expect(ev.get("DESCRIPTION")).toBe("第一行，含逗号, 分号; 反斜杠\\ 和冒号:\n第二行🎓\n第三行");
    expect(ev.get("LOCATION")).toBe("上海市徐汇区梅陇路130号, 实验楼");
    // VEVENT's own DESCRIPTION, not the alarm's.
    expect(ev.getAll("DESCRIPTION")).toHaveLength(1);
  });

  it("escapes backslash, semicolon, comma and newline in TEXT values", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(unescapeText("a\\\\b\\;c\\,d\\ne\\Nf")).toBe("a\\b;c,d\ne\nf");
    expect(unescapeText(escapeText("\\n is not a newline"))).toBe("\\n is not a newline");
    const text = buildInvite(base({ summary: "A;B,C\\D" }));
    expect(text).toContain("\r\nSUMMARY:A\\;B\\,C\\\\D\r\n");
  });

  it("cannot be made to inject properties through text or names", () => {
    const text = buildInvite(
      base({
        description: "hello\r\nATTENDEE:mailto:evil@example.com",
        summary: "x\nMETHOD:CANCEL",
        attendees: [{ name: 'Zhang "Z"\r\nX-EVIL:1', email: "z@example.com" }],
      }),
    );
    const ev = unfoldAndParse(text);
    expect(ev.getAll("ATTENDEE")).toHaveLength(1);
    expect(ev.method).toBe("REQUEST");
    expect(ev.get("X-EVIL")).toBeUndefined();
    expect(ev.getAll("ATTENDEE")[0].params.CN).not.toContain('"');
  });

  it("quotes a display name holding a comma, colon or semicolon", () => {
    const text = buildInvite(base({ organizer: { name: "Li, HR: Talent; Team", email: "hr@example.com" } }));
    expect(text).toContain('ORGANIZER;CN="Li, HR: Talent; Team":mailto:hr@example.com');
    expect(unfoldAndParse(text).getAll("ORGANIZER")[0]).toEqual({
      name: "ORGANIZER",
      params: { CN: "Li, HR: Talent; Team" },
      value: "mailto:hr@example.com",
    });
  });
});

describe("REQUEST then CANCEL", () => {
  it("keeps the UID, raises SEQUENCE and marks the event cancelled", () => {
    const request = unfoldAndParse(buildInvite(base({ sequence: 0 })));
    const update = unfoldAndParse(
      buildInvite(
        base({
          sequence: 1,
          start: new Date("2026-06-16T14:00:00+08:00"),
          end: new Date("2026-06-16T15:00:00+08:00"),
        }),
      ),
    );
    const cancel = unfoldAndParse(buildInvite(base({ sequence: 2, method: "CANCEL" })));

    expect(request.method).toBe("REQUEST");
    expect(cancel.method).toBe("CANCEL");
    expect(new Set([request.get("UID"), update.get("UID"), cancel.get("UID")]).size).toBe(1);
    expect(request.get("UID")).toBe("interview-42@jiuye.example.edu.cn");
    const seq = [request, update, cancel].map((e) => Number(e.get("SEQUENCE")));
    expect(seq).toEqual([0, 1, 2]);
    expect(request.get("STATUS")).toBe("CONFIRMED");
    expect(cancel.get("STATUS")).toBe("CANCELLED");
    expect(update.get("DTSTART")).toBe("20260616T140000");
    expect(cancel.getAll("ATTENDEE")).toHaveLength(1);
    expect(cancel.get("ORGANIZER")).toBe("mailto:hr@example.com");
  });

  it("puts the 15-minute display alarm on a request but not on a cancellation", () => {
    const request = buildInvite(base());
    const cancel = buildInvite(base({ method: "CANCEL", sequence: 1 }));
    expect(request).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n");
    expect(cancel).not.toContain("BEGIN:VALARM");
    // The VTIMEZONE is there in both.
    for (const t of [request, cancel]) expect(t).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n");
  });
});

describe("unfoldAndParse", () => {
  it("unfolds continuation lines that start with a space or a tab, and reads quoted parameters", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "SUMMARY:面试",
      " 邀请\\, 第一轮",
      'ATTENDEE;CN="A;B:C";RSVP=TRUE:mailto:a@b.c',
      "DESCRIPTION:one",
      "\ttwo",
      "BEGIN:VALARM",
      "DESCRIPTION:alarm",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "SUMMARY:second event",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const ev = unfoldAndParse(text);
    expect(ev.get("summary")).toBe("面试邀请, 第一轮");
    expect(ev.get("DESCRIPTION")).toBe("onetwo");
    expect(ev.getAll("ATTENDEE")[0].params).toEqual({ CN: "A;B:C", RSVP: "TRUE" });
    expect(ev.properties.map((p) => p.name)).toEqual(["SUMMARY", "ATTENDEE", "DESCRIPTION"]);
  });
});
