import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  applyForBooth,
  cancelRegistration,
  decideBooth,
  getPublicBooth,
  getPublicFair,
  promoteRegistration,
  registerForFair,
  registrationFor,
} from "../../app/fairs/fairs.server";
import { createPosting } from "../../app/postings/postings.server";
import { auditLog, fairBooths, fairRegistrations } from "../../db/schema";
import type { School } from "../../seed/factories";
import { approvedBooth, exhibitor, fairOpenToGraduates, fairStaff, openFair, refusal } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { calendarOf, useSmtp } from "../support/mail";
import { drainOutbox } from "../support/outbox";
import { testSchool } from "../support/people";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";

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

describe("booth application → approval → booth page", () => {
  it("shows an approved booth with its featured posting and representatives; the decision is mailed", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, "杭州云栖智能科技有限公司");
    const boothId = await approvedBooth(staff, fair.id, who);
    await drainOutbox();
    const mail = await receiver.waitForSubject(who.owner.user.email, "展位申请已批准");
    expect(mail.text).toContain(fair.title);

    const page = await getPublicBooth(db, { fairId: fair.id, boothId });
    expect(page.employer.name).toBe("杭州云栖智能科技有限公司");
    expect(page.featured.map((p) => p.id)).toEqual([who.postingId]);
    expect(page.representatives.map((r) => r.name).sort()).toEqual([who.owner.user.displayName, "王招聘"].sort());
    expect((await getPublicFair(db, fair.id)).booths.map((b) => b.id)).toEqual([boothId]);
  });

  it("keeps one booth per employer per fair, even when two colleagues apply", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, "宁波海联物流有限公司");
    const application = {
      fairId: fair.id,
      intro: "",
      chatMinutes: 15,
      postingIds: [],
      representatives: [{ userId: who.owner.user.id, meetingLink: "https://zoom.us/j/9876543210" }],
    };
    const results = await Promise.allSettled([
      applyForBooth(db, { userId: who.owner.user.id }, application),
      applyForBooth(db, { userId: who.colleague.user.id }, application),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await db
      .select()
      .from(fairBooths)
      .where(and(eq(fairBooths.fairId, fair.id), eq(fairBooths.employerId, who.employer.id)));
    expect(rows).toHaveLength(1);
    expect(await refusal(applyForBooth(db, { userId: who.owner.user.id }, application))).toBe("409 fairBooth.already");
  });

  it("refuses unverified employers, unpublished postings and representatives who are not colleagues", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const pending = await employerWithOrganisation({ verified: false, name: "温州未审核贸易有限公司" });
    const rep = [{ userId: pending.user.id, meetingLink: "https://meeting.tencent.com/dm/x1" }];
    expect(
      await refusal(
        applyForBooth(
          db,
          { userId: pending.user.id },
          { fairId: fair.id, intro: "", chatMinutes: 15, postingIds: [], representatives: rep },
        ),
      ),
    ).toBe("403 fairBooth.employer.unverified");

    const who = await exhibitor(staff.user.id, "绍兴纺织集团有限公司");
    const draft = await createPosting(
      db,
      { userId: who.owner.user.id },
      { content: postingContent({ title: "外贸业务员" }), submit: false },
    );
    const own = [{ userId: who.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/x2" }];
    expect(
      await refusal(
        applyForBooth(
          db,
          { userId: who.owner.user.id },
          { fairId: fair.id, intro: "", chatMinutes: 15, postingIds: [draft], representatives: own },
        ),
      ),
    ).toBe("400 fairBooth.posting.notPublished");
    expect(
      await refusal(
        applyForBooth(
          db,
          { userId: who.owner.user.id },
          {
            fairId: fair.id,
            intro: "",
            chatMinutes: 15,
            postingIds: [],
            representatives: [{ userId: pending.user.id, meetingLink: "https://meeting.tencent.com/dm/x3" }],
          },
        ),
      ),
    ).toBe("400 fairBooth.representative.notColleague");
  });

  it("declines with a reason that reaches the employer, who may apply again on the same booth", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, "金华电子商务有限公司");
    const application = {
      fairId: fair.id,
      intro: "电商运营岗位",
      chatMinutes: 15,
      postingIds: [who.postingId],
      representatives: [{ userId: who.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/jh1" }],
    };
    const { boothId } = await applyForBooth(db, { userId: who.owner.user.id }, application);
    expect(await refusal(decideBooth(db, staff.actor, { boothId, decision: "decline", reason: " " }))).toBe(
      "400 fairBooth.reason.required",
    );
    await decideBooth(db, staff.actor, {
      boothId,
      decision: "decline",
      reason: "本场为信息类专场，贵单位岗位不符合主题。",
    });
    await drainOutbox();
    const mail = await receiver.waitForSubject(who.owner.user.email, "展位申请未通过");
    expect(mail.text).toContain("本场为信息类专场，贵单位岗位不符合主题。");
    await expect(getPublicBooth(db, { fairId: fair.id, boothId })).rejects.toMatchObject({ status: 404 });

    const again = await applyForBooth(db, { userId: who.owner.user.id }, application);
    expect(again.boothId).toBe(boothId);
  });

  it("stops at the booth capacity and outside the employer window", async () => {
    const db = await getDb();
    const fair = await openFair(staff, { boothCapacity: "1" });
    const first = await exhibitor(staff.user.id, "台州汽车零部件有限公司");
    await approvedBooth(staff, fair.id, first);
    const second = await exhibitor(staff.user.id, "嘉兴新材料有限公司");
    const { boothId } = await applyForBooth(
      db,
      { userId: second.owner.user.id },
      {
        fairId: fair.id,
        intro: "",
        chatMinutes: 15,
        postingIds: [],
        representatives: [{ userId: second.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/jx" }],
      },
    );
    expect(await refusal(decideBooth(db, staff.actor, { boothId, decision: "approve" }))).toBe("409 fairBooth.full");

    const closedWindow = await openFair(staff, {
      employerWindowOpens: "2026-01-01",
      employerWindowCloses: "2026-01-10",
    });
    expect(
      await refusal(
        applyForBooth(
          db,
          { userId: second.owner.user.id },
          {
            fairId: closedWindow.id,
            intro: "",
            chatMinutes: 15,
            postingIds: [],
            representatives: [{ userId: second.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/jx" }],
          },
        ),
      ),
    ).toBe("409 fairBooth.window.closed");
  });
});

describe("graduate registration with capacity and waitlist", () => {
  async function fairForGraduates(overrides: Record<string, unknown>) {
    return (await fairOpenToGraduates(staff, overrides)).fair;
  }
  async function promotionAudits(registrationId: string) {
    const db = await getDb();
    return db
      .select({ actorUserId: auditLog.actorUserId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "fair.registration.promote"), eq(auditLog.subjectId, registrationId)));
  }
  it("registers up to the capacity, waitlists in order and promotes the first when a place frees", async () => {
    const db = await getDb();
    const fair = await fairForGraduates({ graduateCapacity: "2" });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => linkedGraduate(school, { resume: false })));
    expect((await registerForFair(db, { userId: a!.user.id }, { fairId: fair.id })).status).toBe("registered");
    expect((await registerForFair(db, { userId: b!.user.id }, { fairId: fair.id })).status).toBe("registered");
    const third = await registerForFair(db, { userId: c!.user.id }, { fairId: fair.id });
    expect(third).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await registerForFair(db, { userId: d!.user.id }, { fairId: fair.id })).toMatchObject({
      status: "waitlisted",
      position: 2,
    });

    await cancelRegistration(db, { userId: a!.user.id }, { fairId: fair.id });
    const fresh = (await getPublicFair(db, fair.id)).fair;
    expect(await registrationFor(db, { userId: c!.user.id }, fresh)).toMatchObject({ state: "registered" });
    expect(await registrationFor(db, { userId: d!.user.id }, fresh)).toMatchObject({
      state: "waitlisted",
      position: 1,
    });
    // The system let them in: audited as automatic, by nobody.
    expect(await promotionAudits(third.registrationId)).toEqual([{ actorUserId: null, detail: { automatic: true } }]);

    await drainOutbox();
    const confirmation = await receiver.waitForSubject(b!.user.email, "报名成功");
    const event = calendarOf(confirmation);
    expect(event.get("RRULE")).toBe("FREQ=DAILY;COUNT=2");
    expect(event.get("DTSTART")).toMatch(/T090000$/);
    await receiver.waitForSubject(d!.user.email, "已进入候补");
    const promoted = await receiver.waitForSubject(c!.user.email, "候补成功");
    expect(calendarOf(promoted).get("UID")).toBe(`fair-${fair.id}@jiuye`);
  });

  it("never lets two graduates take the last place at once", async () => {
    const db = await getDb();
    const fair = await fairForGraduates({ graduateCapacity: "1" });
    const people = await Promise.all([1, 2, 3].map(() => linkedGraduate(school, { resume: false })));
    const results = await Promise.all(
      people.map((p) => registerForFair(db, { userId: p.user.id }, { fairId: fair.id })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["registered", "waitlisted", "waitlisted"]);
  });

  it("waits for staff on a manual waitlist", async () => {
    const db = await getDb();
    const fair = await fairForGraduates({ graduateCapacity: "1", waitlistMode: "manual" });
    const [a, b] = await Promise.all([1, 2].map(() => linkedGraduate(school, { resume: false })));
    await registerForFair(db, { userId: a!.user.id }, { fairId: fair.id });
    const waiting = await registerForFair(db, { userId: b!.user.id }, { fairId: fair.id });
    await cancelRegistration(db, { userId: a!.user.id }, { fairId: fair.id });
    const [row] = await db.select().from(fairRegistrations).where(eq(fairRegistrations.id, waiting.registrationId));
    expect(row!.status).toBe("waitlisted");
    await promoteRegistration(db, staff.actor, { registrationId: waiting.registrationId });
    const [after] = await db.select().from(fairRegistrations).where(eq(fairRegistrations.id, waiting.registrationId));
    expect(after!.status).toBe("registered");
    expect(await promotionAudits(waiting.registrationId)).toEqual([{ actorUserId: staff.actor.userId, detail: {} }]);
  });

  it("refuses a graduate outside the audience with the reason, and registration before the fair opens", async () => {
    const db = await getDb();
    const fair = await fairForGraduates({ degrees: ["master", "doctor"] });
    const bachelor = await linkedGraduate(school, { resume: false });
    expect(await registrationFor(db, { userId: bachelor.user.id }, fair)).toEqual({
      state: "ineligible",
      reasons: [{ key: "fair.eligibility.degree" }],
    });
    expect(await refusal(registerForFair(db, { userId: bachelor.user.id }, { fairId: fair.id }))).toBe(
      "403 fairRegistration.notEligible",
    );
    const early = await openFair(staff);
    expect(await refusal(registerForFair(db, { userId: bachelor.user.id }, { fairId: early.id }))).toBe(
      "409 fairRegistration.closed",
    );
  });
});
