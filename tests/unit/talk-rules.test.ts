import { describe, expect, it } from "vitest";
import { checkInCode, verifyCheckInCode } from "../../app/talks/check-in.server";
import {
  addWorkingDays,
  earliestTalkDate,
  hasEnoughNotice,
  isCheckInOpen,
  isWorkingDay,
  talkWindow,
} from "../../app/talks/rules";
import { HOLIDAYS } from "../../vocabulary";
import { TalkRequestSchema } from "../../app/talks/schema";

describe("the working-days notice for a talk", () => {
  it("skips Saturdays and Sundays: 5 working days after Wednesday 2026-12-02 is Wednesday 2026-12-09", () => {
    expect(addWorkingDays("2026-12-02", 5)).toBe("2026-12-09");
    // From Friday: Mon–Fri of the next week.
    expect(addWorkingDays("2026-12-04", 5)).toBe("2026-12-11");
    // A request made on Saturday counts from Monday.
    expect(addWorkingDays("2026-12-05", 1)).toBe("2026-12-07");
    expect(addWorkingDays("2026-12-05", 0)).toBe("2026-12-05");
  });

  it("counts on the school's calendar: 15:30 UTC Thursday is Thursday 23:30 at school, 16:30 UTC is already Friday", () => {
    expect(earliestTalkDate(new Date("2026-12-03T15:30:00Z"), 5)).toBe("2026-12-10");
    expect(earliestTalkDate(new Date("2026-12-03T16:30:00Z"), 5)).toBe("2026-12-11");
  });

  it("accepts the earliest date and later, refuses the day before", () => {
    const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 at school
    expect(hasEnoughNotice("2026-12-09", now, 5)).toBe(true);
    expect(hasEnoughNotice("2026-12-20", now, 5)).toBe(true);
    expect(hasEnoughNotice("2026-12-08", now, 5)).toBe(false);
    // A different setting of the notice (TALK_NOTICE_WORKING_DAYS).
    expect(hasEnoughNotice("2026-12-03", now, 1)).toBe(true);
  });
});

describe("public holidays and 调休 in the working-day count (docs/holidays.md)", () => {
  it("skips the National Day week and counts the make-up Saturday: 5 working days after Monday 2026-09-28", () => {
    // Tue 29, Wed 30 are working days; 1–7 October are off; Thu 8, Fri 9 and Saturday 10 (调休) count.
    expect(addWorkingDays("2026-09-28", 5)).toBe("2026-10-10");
    expect(isWorkingDay("2026-10-10")).toBe(true);
    expect(isWorkingDay("2026-10-05")).toBe(false);
    // Sunday 20 September is a working day that year; the Saturday before is not.
    expect(isWorkingDay("2026-09-20")).toBe(true);
    expect(isWorkingDay("2026-09-19")).toBe(false);
  });

  it("skips the Spring Festival: a request on Thursday 2026-02-12 with 5 days' notice is for Thursday 2026-02-26 at the earliest", () => {
    // Fri 13 and Saturday 14 (调休) count, 15–23 are off, then Tue 24, Wed 25, Thu 26.
    expect(earliestTalkDate(new Date("2026-02-12T02:00:00Z"), 5)).toBe("2026-02-26");
    expect(hasEnoughNotice("2026-02-24", new Date("2026-02-12T02:00:00Z"), 5)).toBe(false);
  });

  it("takes 2027's statutory days (元旦 on a Friday) and weekdays only after the years the data covers", () => {
    expect(isWorkingDay("2027-01-01")).toBe(false);
    expect(addWorkingDays("2026-12-30", 2)).toBe("2027-01-04");
    expect(isWorkingDay("2030-10-01")).toBe(true);
    expect(isWorkingDay("2030-10-05")).toBe(false);
  });

  it("lists every holiday as a real date, none both off and worked, and 调休 only on weekends", () => {
    for (const [year, days] of Object.entries(HOLIDAYS)) {
      for (const date of [...days.off, ...days.workdays]) {
        expect(date.startsWith(`${year}-`)).toBe(true);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }
      expect(days.off.filter((d) => days.workdays.includes(d))).toEqual([]);
      for (const date of days.workdays) expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });
});

describe("a talk's hours", () => {
  it("puts the afternoon slot at 14:00–16:00 Beijing time and opens check-in 30 minutes early", () => {
    const talk = { talkDate: "2026-12-09", slot: "afternoon" as const };
    const { start, end } = talkWindow(talk);
    expect(start.toISOString()).toBe("2026-12-09T06:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-09T08:00:00.000Z");
    expect(isCheckInOpen(talk, new Date("2026-12-09T05:29:00Z"))).toBe(false);
    expect(isCheckInOpen(talk, new Date("2026-12-09T05:31:00Z"))).toBe(true);
    expect(isCheckInOpen(talk, new Date("2026-12-09T08:01:00Z"))).toBe(false);
  });
});

describe("the room screen's check-in code", () => {
  const talk = { id: "7d1f0a52-3a7e-4c36-9a59-2f1c7c0e5b11", checkInSecret: "a".repeat(64) };
  const now = new Date("2026-12-09T06:10:00Z");

  it("is accepted in its minute and the next, expired after", () => {
    const code = checkInCode(talk, now);
    expect(verifyCheckInCode(talk, code, now)).toBe("ok");
    expect(verifyCheckInCode(talk, code, new Date(now.getTime() + 60_000))).toBe("ok");
    expect(verifyCheckInCode(talk, code, new Date(now.getTime() + 120_000))).toBe("expired");
  });

  it("is forged when made with another secret, for another talk, or tampered with", () => {
    const other = checkInCode({ ...talk, checkInSecret: "b".repeat(64) }, now);
    expect(verifyCheckInCode(talk, other, now)).toBe("forged");
    expect(
      verifyCheckInCode({ ...talk, id: "0b6c3c8e-5f0a-4f7c-8a41-1d2e3f405162" }, checkInCode(talk, now), now),
    ).toBe("forged");
    const [window, mac] = checkInCode(talk, now).split(".");
    expect(verifyCheckInCode(talk, `${Number(window) + 5}.${mac}`, now)).toBe("forged");
    expect(verifyCheckInCode(talk, "'; drop table talks; --", now)).toBe("forged");
  });
});

describe("the talk request form", () => {
  it("asks for a venue on campus and an https link online", () => {
    const base = { title: "2027届校园宣讲会", brochure: "招聘简章……", talkDate: "2026-12-20", slot: "evening" };
    const campus = TalkRequestSchema.safeParse({ ...base, mode: "on_campus", venueId: "" });
    expect(campus.success).toBe(false);
    expect(campus.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["venueId", "talk.field.venue.required"],
    ]);
    const online = TalkRequestSchema.safeParse({
      ...base,
      mode: "online",
      meetingLink: "http://x.cn",
      capacity: "200",
    });
    expect(online.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["meetingLink", "talk.field.link.https"],
    ]);
  });
});
