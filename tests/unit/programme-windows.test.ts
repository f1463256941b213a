import { describe, expect, it } from "vitest";
import { buildProgrammeFeed } from "../../app/programmes/ical";
import { windowsNow, type DatedWindow } from "../../app/programmes/windows";
import { unfoldAndParse } from "../../app/interviews/ical";

const approval = (date: string, year: number): DatedWindow => ({
  kind: "approval",
  status: "known",
  opensOn: date,
  closesOn: date,
  year,
});
const xibuRegistration: DatedWindow = {
  kind: "registration",
  status: "known",
  opensOn: "2027-04-01",
  closesOn: "2027-05-31",
  year: 2027,
};
const unknown: DatedWindow = { kind: "registration", status: "unknown", opensOn: null, closesOn: null, year: 2027 };

describe("current window and countdown", () => {
  it("counts down to the next confirmed window; unknown windows are never counted", () => {
    const now = windowsNow([approval("2027-03-01", 2027), approval("2027-09-01", 2027), unknown], "2026-12-05");
    expect(now.current).toEqual([]);
    expect(now.next).toMatchObject({ kind: "approval", opensOn: "2027-03-01", daysToOpen: 86 });
  });

  it("shows an open window with the days left, its last day included", () => {
    expect(windowsNow([xibuRegistration], "2027-05-01").current[0]).toMatchObject({ daysLeft: 30 });
    expect(windowsNow([xibuRegistration], "2027-05-31").current[0]).toMatchObject({ daysLeft: 0 });
    expect(windowsNow([xibuRegistration], "2027-06-01")).toEqual({ current: [], next: null });
  });

  it("counts days on the calendar, across a leap day", () => {
    const leapWindow = { ...xibuRegistration, opensOn: "2028-02-01", closesOn: "2028-03-01" };
    expect(windowsNow([leapWindow], "2028-02-28").current[0]).toMatchObject({ daysLeft: 2 });
  });
});

describe("programme feed", () => {
  it("writes all-day events with an exclusive end and escaped text", () => {
    const text = buildProgrammeFeed({
      name: "大学生参军入伍 · 就业",
      dtstamp: new Date("2026-12-05T00:00:00Z"),
      events: [
        {
          uid: "w1@jiuye",
          opensOn: "2027-04-01",
          closesOn: "2027-05-31",
          summary: "报名, 西部计划",
          description: "出处：团中央; 2027",
        },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    const event = unfoldAndParse(text);
    expect(event.get("DTSTART")).toBe("20270401");
    expect(event.get("DTEND")).toBe("20270601");
    expect(event.get("SUMMARY")).toBe("报名, 西部计划");
    expect(text).toContain("SUMMARY:报名\\, 西部计划");
  });
});
