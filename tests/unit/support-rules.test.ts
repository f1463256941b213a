import { describe, expect, it } from "vitest";
import {
  contactInstant,
  daysSince,
  isStalled,
  latestProgress,
  STALL_DAYS,
  stallCutoff,
  subsidyKindName,
  SUBSIDY_KINDS,
  supportRank,
} from "../../app/support/rules";
import { ContactSchema, ReferralSchema, SubsidySchema } from "../../app/support/schema";
import { messages } from "../../app/i18n/messages";
import { subsidyEventTo, subsidyMachine, supportPlanMachine } from "../../app/support/states";
import { SUBSIDY_STATES, type SubsidyState } from "../../vocabulary";

/** Whether staff may set a subsidy from one state to another (by the event that leads there). */
const canChangeSubsidy = (from: SubsidyState, to: SubsidyState) =>
  subsidyMachine.next(from, subsidyEventTo(to), "staff").ok;

const NOW = new Date("2026-11-29T08:00:00+08:00");
const daysAgo = (days: number, from = NOW) => new Date(from.getTime() - days * 24 * 3600_000);

describe("the 14-day stall rule", () => {
  it("is 14 days", () => expect(STALL_DAYS).toBe(14));

  it("marks an open plan stalled at exactly 14 days without progress, not at 13 days 23 hours", () => {
    expect(isStalled({ status: "open", lastProgressAt: daysAgo(14) }, NOW)).toBe(true);
    expect(isStalled({ status: "open", lastProgressAt: new Date(daysAgo(14).getTime() + 3600_000) }, NOW)).toBe(false);
    expect(isStalled({ status: "open", lastProgressAt: daysAgo(40) }, NOW)).toBe(true);
    expect(isStalled({ status: "open", lastProgressAt: daysAgo(0) }, NOW)).toBe(false);
  });

  it("never marks closed plans or graduates without a plan as stalled", () => {
    expect(isStalled({ status: "closed", lastProgressAt: daysAgo(90) }, NOW)).toBe(false);
    expect(isStalled({ status: "none", lastProgressAt: daysAgo(90) }, NOW)).toBe(false);
    expect(isStalled({ status: "open", lastProgressAt: null }, NOW)).toBe(false);
  });

  it("takes ISO strings as well as dates", () => {
    expect(isStalled({ status: "open", lastProgressAt: daysAgo(20).toISOString() }, NOW)).toBe(true);
  });

  it("agrees with the SQL cut-off", () => {
    const cutoff = stallCutoff(NOW);
    expect(daysSince(cutoff, NOW)).toBe(STALL_DAYS);
    expect(isStalled({ status: "open", lastProgressAt: new Date(cutoff.getTime() - 1) }, NOW)).toBe(true);
    expect(isStalled({ status: "open", lastProgressAt: new Date(cutoff.getTime() + 1) }, NOW)).toBe(false);
  });
});

describe("progress", () => {
  it("is the latest of any source, ignoring missing ones", () => {
    const contact = daysAgo(20);
    const application = daysAgo(3).toISOString();
    expect(latestProgress([contact, null, application, undefined])?.toISOString()).toBe(application);
    expect(latestProgress([null, undefined])).toBeNull();
    expect(latestProgress(["not a date", contact])).toEqual(contact);
  });

  it("counts a contact on the day it happened (noon Beijing), never in the future", () => {
    expect(contactInstant("2026-11-01", NOW).toISOString()).toBe("2026-11-01T04:00:00.000Z");
    // Logged today at 8:00 Beijing: progress as of now, not noon.
    expect(contactInstant("2026-11-29", NOW)).toEqual(NOW);
  });

  it("counts whole days, never negative", () => {
    expect(daysSince(daysAgo(3), NOW)).toBe(3);
    expect(daysSince(new Date(NOW.getTime() + 3600_000), NOW)).toBe(0);
  });
});

describe("list order", () => {
  it("puts stalled plans first, then graduates without a plan, then open, then closed", () => {
    const rows = [
      { name: "closed", state: "closed" as const, stalled: false },
      { name: "open", state: "open" as const, stalled: false },
      { name: "none", state: "none" as const, stalled: false },
      { name: "stalled", state: "open" as const, stalled: true },
    ];
    expect([...rows].sort((a, b) => supportRank(a) - supportRank(b)).map((r) => r.name)).toEqual([
      "stalled",
      "none",
      "open",
      "closed",
    ]);
  });
});

describe("subsidies", () => {
  it("are decided from applied; a refusal goes back to applied, a paid-out grant is final", () => {
    expect(canChangeSubsidy("applied", "granted")).toBe(true);
    expect(canChangeSubsidy("applied", "refused")).toBe(true);
    expect(canChangeSubsidy("applied", "applied")).toBe(false);
    expect(canChangeSubsidy("granted", "applied")).toBe(false);
    expect(canChangeSubsidy("refused", "applied")).toBe(true);
    expect(canChangeSubsidy("granted", "refused")).toBe(false);
    expect(canChangeSubsidy("refused", "granted")).toBe(false);
    // Exhaustively: exactly those three moves.
    const allowed = SUBSIDY_STATES.flatMap((from) =>
      SUBSIDY_STATES.filter((to) => canChangeSubsidy(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(["applied>granted", "applied>refused", "refused>applied"]);
  });

  it("closes an open plan and reopens a closed one, nothing else", () => {
    expect(supportPlanMachine.next("open", "close", "staff")).toEqual({ ok: true, to: "closed" });
    expect(supportPlanMachine.next("closed", "reopen", "staff")).toEqual({ ok: true, to: "open" });
    expect(supportPlanMachine.next("closed", "close", "staff").ok).toBe(false);
    expect(supportPlanMachine.next("open", "reopen", "staff").ok).toBe(false);
  });

  it("names kinds in both languages and keeps unknown codes readable", () => {
    expect(SUBSIDY_KINDS.map((k) => k.nameZh)).toContain("求职创业补贴");
    expect(subsidyKindName("job_startup", "zh-CN")).toBe("求职创业补贴");
    expect(subsidyKindName("job_startup", "en")).toBe("Job-seeking and start-up subsidy");
    expect(subsidyKindName("provincial_2027", "zh-CN")).toBe("provincial_2027");
    expect(new Set(SUBSIDY_KINDS.map((k) => k.code)).size).toBe(SUBSIDY_KINDS.length);
  });

  it("validates amount, dates and kind with field-level message keys", () => {
    const ok = SubsidySchema.safeParse({
      subsidyKind: "job_startup",
      amountYuan: "1,500元",
      subsidyStatus: "granted",
      appliedOn: "2026-10-08",
      decidedOn: "2026-11-02",
      subsidyNote: "",
    });
    expect(ok.success && ok.data).toMatchObject({ amountYuan: 1500, decidedOn: "2026-11-02" });
    const bad = SubsidySchema.safeParse({
      subsidyKind: "lottery",
      amountYuan: "-3",
      appliedOn: "2099-01-01",
      decidedOn: "2026-01-01",
      subsidyStatus: "applied",
    });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields.subsidyKind).toBe("support.subsidy.kind.required");
    expect(fields.amountYuan).toBe("support.subsidy.amount.invalid");
    expect(fields.appliedOn).toBe("support.date.future");
    const early = SubsidySchema.safeParse({
      subsidyKind: "startup",
      amountYuan: "5000",
      subsidyStatus: "granted",
      appliedOn: "2026-10-08",
      decidedOn: "2026-10-01",
    });
    expect(early.error?.issues[0]).toMatchObject({
      path: ["decidedOn"],
      message: "support.subsidy.decidedOn.beforeApplied",
    });
  });
});

describe("contact and referral forms", () => {
  it("require a date, channel and summary", () => {
    const bad = ContactSchema.safeParse({ contactedOn: "", channel: "telegram", summary: "  " });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      contactedOn: "support.contact.date.required",
      channel: "support.contact.channel.required",
      summary: "support.contact.summary.required",
    });
    expect(
      ContactSchema.safeParse({ contactedOn: "2026-02-30", channel: "phone", summary: "x" }).error?.issues[0],
    ).toMatchObject({ path: ["contactedOn"], message: "support.date.invalid" });
    const ok = ContactSchema.parse({
      contactedOn: "2026-11-20",
      channel: "wechat",
      summary: " 沟通了简历修改 ",
      nextStep: "",
    });
    expect(ok).toEqual({ contactedOn: "2026-11-20", channel: "wechat", summary: "沟通了简历修改", nextStep: "" });
  });

  it("refers by a posting id", () => {
    expect(ReferralSchema.safeParse({ postingId: "abc" }).error?.issues[0]?.message).toBe(
      "support.referral.posting.invalid",
    );
    expect(ReferralSchema.safeParse({}).error?.issues[0]?.message).toBe("support.referral.posting.required");
  });

  it("has every message key in both languages", () => {
    const keys = [
      "support.subsidy.kind.required",
      "support.subsidy.amount.invalid",
      "support.date.future",
      "support.date.invalid",
      "support.subsidy.decidedOn.beforeApplied",
      "support.subsidy.decidedOn.notDecided",
      "support.contact.date.required",
      "support.contact.channel.required",
      "support.contact.summary.required",
      "support.referral.posting.invalid",
      "support.referral.posting.required",
      "support.counsellor.required",
      "support.close.reason.required",
      "support.goal.required",
    ];
    for (const key of keys) {
      const entry = (messages as Record<string, { zh: string; en: string }>)[key];
      expect(entry?.zh, key).toBeTruthy();
      expect(entry?.en, key).toBeTruthy();
    }
  });
});
