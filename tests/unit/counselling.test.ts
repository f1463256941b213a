import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, roleCan } from "../../app/auth/permissions";
import { counsellingInvite, counsellingUid } from "../../app/counselling/invite";
import { reminderDue } from "../../app/counselling/reminders";
import { firstOverlap, generateSlots, overlaps } from "../../app/counselling/slots";
import {
  bookingActions,
  bookingMachine,
  BOOKING_EVENTS,
  BOOKING_STATES,
  type BookingActor,
} from "../../app/counselling/states";
import { unfoldAndParse } from "../../app/interviews/ical";
import { messages, translate } from "../../app/i18n/messages";

const nextBookingState = bookingMachine.next;
const availableBookingEvents = bookingActions;

const ORIGINAL_TZ = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/New_York"; // far from +08:00, with daylight saving
});
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const at = (s: string) => new Date(s);

describe("slot generation", () => {
  it("makes back-to-back slots in Beijing time from a range", () => {
    const r = generateSlots({ date: "2026-12-01", from: "14:00", to: "17:00", minutes: 30 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.slots).toHaveLength(6);
    expect(r.slots[0]!.startsAt.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(r.slots[5]!.endsAt.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    for (let i = 1; i < r.slots.length; i++)
      expect(r.slots[i]!.startsAt.getTime()).toBe(r.slots[i - 1]!.endsAt.getTime());
  });

  it("leaves breaks, never runs past the end and repeats weekly", () => {
    const r = generateSlots({
      date: "2026-12-01",
      from: "09:00",
      to: "11:00",
      minutes: 45,
      breakMinutes: 15,
      weeks: 3,
    });
    if (!r.ok) throw new Error("expected slots");
    // 09:00–09:45, 10:00–10:45 (11:00–11:45 would run past 11:00), on three Tuesdays.
    expect(r.slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-12-01T01:00:00.000Z",
      "2026-12-01T02:00:00.000Z",
      "2026-12-08T01:00:00.000Z",
      "2026-12-08T02:00:00.000Z",
      "2026-12-15T01:00:00.000Z",
      "2026-12-15T02:00:00.000Z",
    ]);
    expect(firstOverlap(r.slots)).toBeNull();
  });

  it("crosses a month end and handles a Beijing date that is the previous day in UTC", () => {
    const r = generateSlots({ date: "2026-12-31", from: "07:00", to: "08:00", minutes: 30, weeks: 2 });
    if (!r.ok) throw new Error("expected slots");
    expect(r.slots[0]!.startsAt.toISOString()).toBe("2026-12-30T23:00:00.000Z");
    expect(r.slots[2]!.startsAt.toISOString()).toBe("2027-01-06T23:00:00.000Z");
  });

  it("names the field of each problem", () => {
    const bad = generateSlots({
      date: "2026-02-30",
      from: "25:00",
      to: "9:00",
      minutes: 5,
      breakMinutes: -1,
      weeks: 9,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.field).sort()).toEqual(["breakMinutes", "date", "from", "minutes", "to", "weeks"]);
    const reversed = generateSlots({ date: "2026-12-01", from: "17:00", to: "14:00", minutes: 30 });
    expect(reversed).toEqual({ ok: false, problems: [{ field: "to", key: "counselling.to.tooEarly" }] });
    const many = generateSlots({ date: "2026-12-01", from: "08:00", to: "20:00", minutes: 10, weeks: 2 });
    expect(many).toEqual({ ok: false, problems: [{ field: "to", key: "counselling.slots.tooMany" }] });
    for (const p of [...bad.problems, { key: "counselling.to.tooEarly" }, { key: "counselling.slots.tooMany" }])
      expect(messages).toHaveProperty([p.key]);
  });

  it("treats back-to-back as no overlap and finds a clash with an existing slot", () => {
    const a = { startsAt: at("2026-12-01T06:00:00Z"), endsAt: at("2026-12-01T06:30:00Z") };
    const b = { startsAt: at("2026-12-01T06:30:00Z"), endsAt: at("2026-12-01T07:00:00Z") };
    const c = { startsAt: at("2026-12-01T06:15:00Z"), endsAt: at("2026-12-01T06:45:00Z") };
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, c)).toBe(true);
    expect(firstOverlap([b], [a])).toBeNull();
    expect(firstOverlap([b, c], [])).toEqual({ slot: c, with: b });
    expect(firstOverlap([c], [a])).toEqual({ slot: c, with: a });
  });
});

describe("booking states", () => {
  const start = at("2026-12-01T06:00:00Z");
  const hoursBefore = (h: number) => new Date(start.getTime() - h * 3600_000);

  it("allows only the listed transitions, for the listed actors", () => {
    for (const state of BOOKING_STATES) {
      for (const event of BOOKING_EVENTS) {
        for (const actor of ["graduate", "staff"] as BookingActor[]) {
          const t = bookingMachine.rows.find(
            (x) => x.from.includes(state) && x.event === event && x.actors.includes(actor),
          );
          const now = event === "cancel" ? hoursBefore(24) : new Date(start.getTime() + 60_000);
          const r = nextBookingState(state, event, actor, { startsAt: start, now, reason: "有事" });
          expect(r.ok, `${state} ${event} ${actor}`).toBe(Boolean(t));
          if (r.ok) expect(r.to).toBe(t!.to);
        }
      }
    }
  });

  it("needs a reason to cancel, and keeps graduates to the 2-hour cut-off", () => {
    expect(
      nextBookingState("booked", "cancel", "graduate", { startsAt: start, now: hoursBefore(24), reason: "  " }).ok,
    ).toBe(false);
    expect(
      nextBookingState("booked", "cancel", "graduate", { startsAt: start, now: hoursBefore(2.5), reason: "临时有课" })
        .ok,
    ).toBe(true);
    const late = nextBookingState("booked", "cancel", "graduate", {
      startsAt: start,
      now: hoursBefore(1),
      reason: "临时有课",
    });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(translate("en", late.key, late.params)).toMatch(/2 hours/);
    expect(
      nextBookingState("booked", "cancel", "staff", { startsAt: start, now: hoursBefore(1), reason: "老师临时开会" })
        .ok,
    ).toBe(true);
    expect(nextBookingState("booked", "cancel", "staff", { startsAt: start, now: start, reason: "太晚了" }).ok).toBe(
      false,
    );
  });

  it("records attendance only once the appointment has started", () => {
    expect(nextBookingState("booked", "attend", "staff", { startsAt: start, now: hoursBefore(0.1) }).ok).toBe(false);
    expect(nextBookingState("booked", "mark_no_show", "staff", { startsAt: start, now: start }).ok).toBe(true);
    expect(availableBookingEvents("booked", "staff", { startsAt: start, now: hoursBefore(3) })).toEqual(["cancel"]);
    expect(availableBookingEvents("booked", "staff", { startsAt: start, now: new Date(start.getTime() + 1) })).toEqual([
      "attend",
      "mark_no_show",
    ]);
    expect(availableBookingEvents("booked", "graduate", { startsAt: start, now: hoursBefore(1) })).toEqual([]);
    expect(availableBookingEvents("cancelled", "staff", { startsAt: start, now: hoursBefore(3) })).toEqual([]);
  });
});

describe("day-before reminder", () => {
  const start = at("2026-12-02T06:00:00Z"); // 2 Dec, 14:00 Beijing
  const bookedAt = at("2026-11-20T00:00:00Z");
  it("is due from 09:00 Beijing time the day before, not earlier", () => {
    expect(reminderDue({ startsAt: start, bookedAt, now: at("2026-11-30T23:00:00Z") })).toBe(false); // 1 Dec 07:00
    expect(reminderDue({ startsAt: start, bookedAt, now: at("2026-12-01T01:00:00Z") })).toBe(true); // 1 Dec 09:00
    expect(reminderDue({ startsAt: start, bookedAt, now: at("2026-11-30T06:00:00Z") })).toBe(false); // two days before
  });
  it("skips fresh bookings and the last two hours", () => {
    expect(
      reminderDue({ startsAt: start, bookedAt: at("2026-12-01T00:30:00Z"), now: at("2026-12-01T01:00:00Z") }),
    ).toBe(false);
    expect(reminderDue({ startsAt: start, bookedAt, now: at("2026-12-02T04:30:00Z") })).toBe(false);
    expect(reminderDue({ startsAt: start, bookedAt, now: at("2026-12-02T01:00:00Z") })).toBe(true); // missed the day before
  });
  it("does not catch up in the small hours of the day itself", () => {
    const evening = at("2026-12-01T13:00:00Z"); // booked 1 Dec 21:00 for 2 Dec 14:00
    expect(reminderDue({ startsAt: start, bookedAt: evening, now: at("2026-12-01T20:00:00Z") })).toBe(false); // 2 Dec 04:00
    expect(reminderDue({ startsAt: start, bookedAt: evening, now: at("2026-12-01T23:00:00Z") })).toBe(true); // 2 Dec 07:00
  });
});

describe("the iCalendar invite of a booking", () => {
  const input = {
    bookingId: "6f1c2d3e-0000-4000-8000-000000000001",
    sequence: 0,
    method: "REQUEST" as const,
    startsAt: at("2026-12-01T06:00:00Z"),
    endsAt: at("2026-12-01T06:30:00Z"),
    mode: "video" as const,
    location: "https://meeting.tencent.com/dm/jiuye-cs",
    topic: { nameZh: "简历指导", nameEn: "CV and cover letter review" },
    question: "简历项目经历怎么写；想突出重点",
    counsellor: { name: "计算机学院 李老师", email: "staff.cs@demo.jiuye.cn" },
    graduate: { name: "张晓雯", email: "graduate@demo.jiuye.cn" },
    dtstamp: at("2026-11-29T00:00:00Z"),
  };

  it("is a REQUEST with a stable UID, SEQUENCE, Beijing times and both people", () => {
    const text = counsellingInvite(input);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai");
    const ev = unfoldAndParse(text);
    expect(ev.method).toBe("REQUEST");
    expect(ev.get("UID")).toBe(counsellingUid(input.bookingId));
    expect(ev.get("UID")).toBe(`counselling-${input.bookingId}@jiuye`);
    expect(ev.get("SEQUENCE")).toBe("0");
    const dtstart = ev.getAll("DTSTART")[0]!;
    expect(dtstart.params.TZID).toBe("Asia/Shanghai");
    expect(dtstart.value).toBe("20261201T140000");
    expect(ev.getAll("DTEND")[0]!.value).toBe("20261201T143000");
    expect(ev.get("URL")).toBe(input.location);
    expect(ev.get("STATUS")).toBe("CONFIRMED");
    expect(ev.get("ORGANIZER")).toBe("mailto:staff.cs@demo.jiuye.cn");
    expect(ev.getAll("ATTENDEE").map((a) => a.value)).toEqual(["mailto:graduate@demo.jiuye.cn"]);
    expect(ev.get("DESCRIPTION")).toContain("简历项目经历怎么写；想突出重点");
    expect(ev.get("SUMMARY")).toContain("简历指导");
  });

  it("is a CANCEL under the same UID with a higher SEQUENCE", () => {
    const first = unfoldAndParse(counsellingInvite(input));
    const cancel = unfoldAndParse(counsellingInvite({ ...input, method: "CANCEL", sequence: 1 }));
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.get("UID")).toBe(first.get("UID"));
    expect(Number(cancel.get("SEQUENCE"))).toBeGreaterThan(Number(first.get("SEQUENCE")));
    expect(cancel.get("STATUS")).toBe("CANCELLED");
  });

  it("has a room, no URL, for an in-person session", () => {
    const ev = unfoldAndParse(counsellingInvite({ ...input, mode: "in_person", location: "学生事务中心 203" }));
    expect(ev.get("LOCATION")).toBe("学生事务中心 203");
    expect(ev.get("URL")).toBeUndefined();
  });
});

describe("permissions", () => {
  it("lets staff and admins manage counselling and only graduates book", () => {
    expect(PERMISSIONS["counselling:manage"]).toEqual(["staff", "admin"]);
    for (const role of ["graduate", "employer", "staff", "admin"] as const) {
      expect(roleCan(role, "counselling:book")).toBe(role === "graduate");
    }
  });
});
