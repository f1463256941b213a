import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { riskOfEmployer } from "../../app/employers/risk.server";
import { applyForBooth, changeFairStatus, registerForFair } from "../../app/fairs/fairs.server";
import { noShowStanding } from "../../app/fairs/no-shows.server";
import { setRepresentativeOnline } from "../../app/fairs/queue.server";
import { liveSessions } from "../../app/fairs/rules";
import { advanceFairsByDates, sendFairReminders } from "../../app/fairs/schedule.server";
import { schoolDate } from "../../app/time";
import { fairBooths, fairs } from "../../db/schema";
import type { School } from "../../seed/factories";
import { approvedBooth, dayFromNow, exhibitor, fairStaff, openFair, refusal, suffix } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { testSchool } from "../support/people";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { ensureIndex } from "../support/vetting";

let school: School;
let staff: Awaited<ReturnType<typeof fairStaff>>;
let receiver: SmtpReceiver;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  staff = await fairStaff();
  receiver = await startSmtpReceiver();
  useSmtp(receiver.url);
});

afterAll(async () => {
  useSmtp(undefined);
  await receiver.stop();
});

describe("reminders before a fair", () => {
  it("mails the day-before and the hour-before reminder once each, even when the scheduler runs twice", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, `宁波港航物流有限公司${suffix()}`);
    await approvedBooth(staff, fair.id, who);
    await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
    const graduate = await linkedGraduate(school);
    await registerForFair(db, { userId: graduate.user.id }, { fairId: fair.id });
    const start = liveSessions(fair)[0]!.start.getTime();

    expect(await sendFairReminders(db, new Date(start - 30 * 3600_000))).toBe(0);
    const dayBefore = new Date(start - 23 * 3600_000);
    expect(await sendFairReminders(db, dayBefore)).toBe(1);
    expect(await sendFairReminders(db, dayBefore)).toBe(0);
    expect(await sendFairReminders(db, new Date(start - 20 * 3600_000))).toBe(0);
    const hourBefore = new Date(start - 50 * 60_000);
    expect(await sendFairReminders(db, hourBefore)).toBe(1);
    expect(await sendFairReminders(db, hourBefore)).toBe(0);
    await drainOutbox();
    const mails = await receiver.waitForExactly(graduate.user.email, 3); // confirmation + 2 reminders
    const subjects = mails.map((m) => m.subject);
    expect(subjects).toContain(`明天：${fair.title}`);
    expect(subjects).toContain(`一小时后开始：${fair.title}`);
    const reminder = mails.find((m) => m.subject === `明天：${fair.title}`)!;
    expect(reminder.text).toContain(`${fair.liveFrom}–${fair.liveUntil}`);
  });
});

describe("fairs move by their dates", () => {
  it("go live at the first session and close after the last one, as the system", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, `常州储能科技有限公司${suffix()}`);
    await approvedBooth(staff, fair.id, who);
    await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
    const sessions = liveSessions(fair);
    const statusOf = async () => (await db.select().from(fairs).where(eq(fairs.id, fair.id)))[0]!.status;
    await advanceFairsByDates(db, new Date(sessions[0]!.start.getTime() - 60_000));
    expect(await statusOf()).toBe("open_for_graduates");
    await advanceFairsByDates(db, sessions[0]!.start);
    await advanceFairsByDates(db, sessions[0]!.start);
    expect(await statusOf()).toBe("live");
    await advanceFairsByDates(db, sessions.at(-1)!.end);
    expect(await statusOf()).toBe("closed");
  });
});

describe("employer no-shows", () => {
  it("records booths never staffed during live hours, bars the employer after two, shows it to staff and in the risk score", async () => {
    const db = await getDb();
    const absent = await exhibitor(staff.user.id, `扬州空壳贸易有限公司${suffix()}`);
    const present = await exhibitor(staff.user.id, `无锡微纳电子有限公司${suffix()}`);
    const baseline = (await riskOfEmployer(db, absent.employer.id))!.score;

    async function liveAndClosedFair() {
      const fair = await openFair(staff);
      const absentBooth = await approvedBooth(staff, fair.id, absent);
      const presentBooth = await approvedBooth(staff, fair.id, present);
      await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
      const session = liveSessions(fair)[0]!;
      await advanceFairsByDates(db, session.start);
      // Going online outside the live hours does not count; during them it does.
      await setRepresentativeOnline(
        db,
        { userId: absent.owner.user.id },
        { boothId: absentBooth, online: true, now: new Date(session.start.getTime() - 3600_000) },
      );
      await setRepresentativeOnline(
        db,
        { userId: present.colleague.user.id },
        { boothId: presentBooth, online: true, now: new Date(session.start.getTime() + 600_000) },
      );
      await advanceFairsByDates(db, liveSessions(fair).at(-1)!.end);
      const booths = await db.select().from(fairBooths).where(eq(fairBooths.fairId, fair.id));
      return {
        absent: booths.find((b) => b.id === absentBooth)!,
        present: booths.find((b) => b.id === presentBooth)!,
      };
    }

    const first = await liveAndClosedFair();
    expect(first.absent.noShowAt).not.toBeNull();
    expect(first.present.noShowAt).toBeNull();
    expect((await noShowStanding(db, absent.employer.id)).barredUntil).toBeNull();

    const second = await liveAndClosedFair();
    expect(second.absent.noShowAt).not.toBeNull();
    const standing = await noShowStanding(db, absent.employer.id);
    expect(standing.noShows).toHaveLength(2);
    expect(standing.barredUntil!.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);

    const next = await openFair(staff);
    const apply = (who: typeof absent) =>
      applyForBooth(
        db,
        { userId: who.owner.user.id },
        {
          fairId: next.id,
          intro: "",
          chatMinutes: 10,
          postingIds: [who.postingId],
          representatives: [{ userId: who.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/9zY" }],
        },
      );
    expect(await refusal(apply(absent))).toBe("403 fairBooth.employer.noShowBarred");
    expect(await refusal(apply(present))).toBe("ok");
    // A configurable rule: with a limit of three the same record does not bar.
    expect(
      (await noShowStanding(db, absent.employer.id, new Date(), { limit: 3, barDays: 365 })).barredUntil,
    ).toBeNull();
    // The bar lifts a year after the last no-show (the close of its fair).
    expect(
      (await noShowStanding(db, absent.employer.id, new Date(standing.barredUntil!.getTime() + 1000))).barredUntil,
    ).toBeNull();

    const risk = (await riskOfEmployer(db, absent.employer.id))!;
    expect(risk.signals.find((s) => s.id === "fairs.no_show")?.evidence.zh).toBe("双选会展位缺席2次");
    expect(risk.score).toBe(baseline + 20);
    expect(schoolDate(standing.barredUntil!)).toBe(dayFromNow(365 + 8));

    // The school sets its own rule in the environment: three no-shows, or a bar of 30 days.
    try {
      process.env.FAIR_NO_SHOW_LIMIT = "3";
      resetEnv();
      expect((await noShowStanding(db, absent.employer.id)).barredUntil).toBeNull();
      process.env.FAIR_NO_SHOW_LIMIT = "2";
      process.env.FAIR_NO_SHOW_BAR_DAYS = "30";
      resetEnv();
      expect(schoolDate((await noShowStanding(db, absent.employer.id)).barredUntil!)).toBe(dayFromNow(30 + 8));
      process.env.FAIR_NO_SHOW_LIMIT = "3";
      resetEnv();
      expect(await refusal(apply(absent))).toBe("ok");
    } finally {
      delete process.env.FAIR_NO_SHOW_LIMIT;
      delete process.env.FAIR_NO_SHOW_BAR_DAYS;
      resetEnv();
    }
  });
});
