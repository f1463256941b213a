import { describe, expect, it } from "vitest";
import {
  chatTimer,
  checkEligibility,
  estimateWait,
  isEmployerWindowOpen,
  isWithinLiveHours,
  liveSessions,
  type FairAudience,
} from "../../app/fairs/rules";
import { translate } from "../../app/i18n/messages";
import { schoolInstant } from "../../app/time";

const anyone: FairAudience = { cohorts: [], degrees: [], collegeIds: [], majorIds: [] };
// 计算机学院 = 3, 软件工程 = 31, 网络工程 = 32; 外国语学院 = 5, 英语 = 51
const 软件工程本科2026 = { cohort: 2026, degree: "bachelor", collegeId: 3, majorId: 31 };

describe("eligibility: AND across rule types, OR within one", () => {
  it("admits everyone of a school-wide fair without rules", () => {
    expect(checkEligibility({ collegeId: null, audience: anyone }, 软件工程本科2026)).toEqual({ eligible: true });
  });

  it("admits a graduate matching one value of every rule type that has values", () => {
    const audience: FairAudience = {
      cohorts: [2025, 2026],
      degrees: ["bachelor", "master"],
      collegeIds: [],
      majorIds: [31, 51],
    };
    expect(checkEligibility({ collegeId: null, audience }, 软件工程本科2026)).toEqual({ eligible: true });
  });

  it("names every rule type that blocks, not just the first", () => {
    const audience: FairAudience = { cohorts: [2027], degrees: ["master", "doctor"], collegeIds: [5], majorIds: [51] };
    const result = checkEligibility({ collegeId: null, audience }, 软件工程本科2026);
    expect(result).toEqual({
      eligible: false,
      reasons: [
        { key: "fair.eligibility.cohort", params: { cohorts: "2027" } },
        { key: "fair.eligibility.degree" },
        { key: "fair.eligibility.college" },
        { key: "fair.eligibility.major" },
      ],
    });
    if (result.eligible) return;
    expect(translate("zh-CN", result.reasons[0]!)).toBe("本场双选会仅面向 2027 届毕业生。");
    expect(translate("en", result.reasons[1]!)).toBe("Your degree level is not among those this fair is for.");
  });

  it("blocks on a single failed type even when the others match", () => {
    const audience: FairAudience = { ...anyone, degrees: ["master"] };
    expect(checkEligibility({ collegeId: null, audience }, 软件工程本科2026)).toEqual({
      eligible: false,
      reasons: [{ key: "fair.eligibility.degree" }],
    });
  });

  it("keeps a college's own fair to its graduates whatever the audience says", () => {
    expect(checkEligibility({ collegeId: 5, audience: anyone }, 软件工程本科2026)).toEqual({
      eligible: false,
      reasons: [{ key: "fair.eligibility.scope" }],
    });
    expect(checkEligibility({ collegeId: 3, audience: anyone }, 软件工程本科2026)).toEqual({ eligible: true });
  });
});

describe("live hours and the employer window, on the school's clock", () => {
  const fair = { startsOn: "2027-03-18", endsOn: "2027-03-19", liveFrom: "09:00", liveUntil: "16:00" };

  it("has one session per day in Beijing time", () => {
    expect(liveSessions(fair).map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2027-03-18T01:00:00.000Z", "2027-03-18T08:00:00.000Z"],
      ["2027-03-19T01:00:00.000Z", "2027-03-19T08:00:00.000Z"],
    ]);
  });

  it("is live from the first minute to before the last, on each day only", () => {
    expect(isWithinLiveHours(fair, schoolInstant("2027-03-18", "09:00"))).toBe(true);
    expect(isWithinLiveHours(fair, schoolInstant("2027-03-19", "15:59"))).toBe(true);
    expect(isWithinLiveHours(fair, schoolInstant("2027-03-18", "16:00"))).toBe(false);
    expect(isWithinLiveHours(fair, schoolInstant("2027-03-18", "20:00"))).toBe(false);
    expect(isWithinLiveHours(fair, schoolInstant("2027-03-20", "10:00"))).toBe(false);
  });

  it("reads an end of 23:59 as midnight: a fair open all day has no dead minute at night", () => {
    const allDay = { startsOn: "2027-03-18", endsOn: "2027-03-19", liveFrom: "00:00", liveUntil: "23:59" };
    const lastMinute = new Date(schoolInstant("2027-03-18", "23:59").getTime() + 30_000);
    expect(isWithinLiveHours(allDay, lastMinute)).toBe(true);
    expect(isWithinLiveHours(allDay, schoolInstant("2027-03-19", "00:00"))).toBe(true);
    expect(isWithinLiveHours(allDay, schoolInstant("2027-03-20", "00:00"))).toBe(false);
    expect(liveSessions(allDay).map((s) => s.end.toISOString())).toEqual([
      "2027-03-18T16:00:00.000Z",
      "2027-03-19T16:00:00.000Z",
    ]);
    // any other end is the minute it names, as before
    const evening = { ...allDay, liveUntil: "23:00" };
    expect(isWithinLiveHours(evening, new Date(schoolInstant("2027-03-18", "23:00").getTime() + 30_000))).toBe(false);
  });

  it("opens the employer window on its first school day and closes it after its last", () => {
    const window = { employerWindowOpens: "2027-03-01", employerWindowCloses: "2027-03-10" };
    // 00:30 in Beijing on 3-01 is still 2-28 in UTC: the school's date counts
    expect(isEmployerWindowOpen(window, schoolInstant("2027-03-01", "00:30"))).toBe(true);
    expect(isEmployerWindowOpen(window, schoolInstant("2027-03-10", "23:59"))).toBe(true);
    expect(isEmployerWindowOpen(window, schoolInstant("2027-03-11", "00:00"))).toBe(false);
    expect(isEmployerWindowOpen(window, schoolInstant("2027-02-28", "23:59"))).toBe(false);
  });
});

describe("the soft chat timer", () => {
  const start = new Date("2027-03-18T02:00:00Z");
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  it("warns a minute before the chosen length and reports the overrun without ending anything", () => {
    expect(chatTimer(start, 15, at(5)).phase).toBe("running");
    expect(chatTimer(start, 15, at(14)).phase).toBe("warning");
    expect(chatTimer(start, 15, at(15)).phase).toBe("over");
    expect(chatTimer(start, 15, at(40))).toEqual({ phase: "over", elapsedSeconds: 2400, lengthSeconds: 900 });
  });
});

describe("the wait estimate", () => {
  const base = {
    representativesOnline: 2,
    representativesBusy: 2,
    recentChatMinutes: [8, 12, 10, 9, 11],
    chatMinutes: 15,
  };

  it("uses the median of recent chats and the representatives online", () => {
    // median 10; two reps both busy: the first frees in ~5 min; 4 ahead = 2 rounds after that
    expect(estimateWait({ ...base, ahead: 0 })).toEqual({
      known: true,
      minutes: 5,
      basis: "recent",
      typicalMinutes: 10,
    });
    expect(estimateWait({ ...base, ahead: 4 })).toEqual({
      known: true,
      minutes: 25,
      basis: "recent",
      typicalMinutes: 10,
    });
  });

  it("is never capped: a long line says how long", () => {
    const estimate = estimateWait({ ...base, representativesOnline: 1, representativesBusy: 1, ahead: 200 });
    expect(estimate).toEqual({ known: true, minutes: 2005, basis: "recent", typicalMinutes: 10 });
  });

  it("halves with twice the representatives", () => {
    const one = estimateWait({ ...base, representativesOnline: 1, representativesBusy: 1, ahead: 20 });
    const two = estimateWait({ ...base, representativesOnline: 2, representativesBusy: 2, ahead: 20 });
    expect(one.known && two.known && [one.minutes, two.minutes]).toEqual([205, 105]);
  });

  it("is zero when a representative is free for you", () => {
    expect(estimateWait({ ...base, representativesBusy: 1, ahead: 0 })).toMatchObject({ minutes: 0 });
    expect(estimateWait({ ...base, representativesBusy: 1, ahead: 1 })).toMatchObject({ minutes: 5 });
  });

  it("falls back to the booth's chosen length until three chats were held", () => {
    expect(estimateWait({ ...base, recentChatMinutes: [4, 6], ahead: 2 })).toEqual({
      known: true,
      minutes: 23,
      basis: "chosen",
      typicalMinutes: 15,
    });
  });

  it("is unknown, not zero, while no representative is online", () => {
    expect(estimateWait({ ...base, representativesOnline: 0, representativesBusy: 0, ahead: 3 })).toEqual({
      known: false,
      reason: "no_representative",
    });
  });
});
