import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { actingAs } from "../../app/auth/actor";
import { beforeAll, describe, expect, it } from "vitest";
import {
  acceptAgreement,
  collegeApproveAgreement,
  expireAgreements,
  reviewStepsForSchool,
  schoolRegisterAgreement,
} from "../../app/agreements/agreements.server";
import {
  AGREEMENT_STATES,
  agreementMachine,
  type AgreementActor,
  type AgreementEvent,
  type AgreementState,
} from "../../app/agreements/states";
import { signIn } from "../../app/auth/accounts.server";
import { hashPassword } from "../../app/auth/password.server";
import { getDb } from "../../app/db.server";
import { readUpload } from "../../app/files/uploads.server";
import { pickSlot } from "../../app/interviews/interviews.server";
import { INTERVIEW_STATES } from "../../app/interviews/states";
import * as employerAgreements from "../../app/routes/employer.agreements";
import * as employerInterviews from "../../app/routes/employer.interviews";
import * as graduateAgreements from "../../app/routes/graduate.agreements";
import * as graduateInterviews from "../../app/routes/graduate.interviews";
import * as staffAgreements from "../../app/routes/staff.agreements._index";
import { MAIL_KEY_CATEGORIES } from "../../app/notifications/categories";
import { DEMO_PASSWORD, seedDemo } from "../../seed/seed";
import {
  agreementEvents,
  agreementNumberCounters,
  agreements,
  applicationEvents,
  applications,
  auditLog,
  colleges,
  destinationHistory,
  destinations,
  employerMembers,
  employers,
  graduates,
  interviews,
  interviewSlots,
  notifications,
  outbox,
  postingDecisions,
  postings,
  users,
} from "../../db/schema";
import { POSTING_STATES } from "../../vocabulary";
import { callRoute } from "../support/remix";

type AgreementRow = { id: string; status: AgreementState; events: string[]; number: string | null };
type InterviewRow = {
  id: string;
  status: string;
  events: string[];
  chosenSlotId: string | null;
  slots: { id: string; startsAt: string; booked: boolean }[];
};

const cookies: Record<string, string> = {};
async function cookieOf(email: string) {
  if (!cookies[email]) {
    const session = await signIn(await getDb(), { email, password: DEMO_PASSWORD }, "vitest");
    if (!session) throw new Error(`demo sign-in failed for ${email}`);
    cookies[email] = session.setCookie.split(";")[0]!;
  }
  return cookies[email]!;
}
async function load<T>(route: { loader: unknown }, path: string, email: string): Promise<T[]> {
  const result = await callRoute(route.loader, { path, cookie: await cookieOf(email) });
  expect(result.status).toBe(200);
  return (result.data as { rows: T[] }).rows;
}
async function userId(email: string) {
  const [row] = await (await getDb()).select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

beforeAll(async () => {
  await seedDemo(await getDb(), hashPassword);
}, 180_000);

describe("demo agreements and interviews", () => {
  it("cover every agreement state, each reachable through the state machine from its history", async () => {
    const db = await getDb();
    const all = await db.select().from(agreements);
    expect([...new Set(all.map((a) => a.status))].sort()).toEqual([...AGREEMENT_STATES].sort());

    const history = await db.select().from(agreementEvents).orderBy(asc(agreementEvents.id));
    const actors = new Map<string, string>();
    for (const u of await db
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(inArray(users.role, ["employer", "staff"])))
      actors.set(u.id, u.email);
    for (const agreement of all) {
      const steps = history.filter((h) => h.agreementId === agreement.id);
      expect(steps[0]).toMatchObject({ event: "draft", fromStatus: null, toStatus: "drafted" });
      let state: AgreementState = "drafted";
      for (const step of steps.slice(1)) {
        expect(step.fromStatus).toBe(state);
        const fired = (["employer", "graduate", "staff_college", "staff_school", "system"] as AgreementActor[])
          .map((a) => agreementMachine.next(state, step.event as AgreementEvent, a, reviewStepsForSchool()))
          .find((r) => r.ok);
        expect(fired, `${step.event} from ${state}`).toMatchObject({ ok: true, to: step.toStatus });
        if (step.event === "college_approve" || step.event === "breach_college_approve")
          expect(actors.get(step.actorUserId!)).toBe("staff.cs@demo.jiuye.cn");
        if (step.event === "school_register" || step.event === "breach_school_approve")
          expect(actors.get(step.actorUserId!)).toBe("staff@demo.jiuye.cn");
        if (["decline", "return"].includes(step.event)) expect(step.reason?.length).toBeGreaterThan(4);
        expect(step.createdAt.getTime()).toBeGreaterThanOrEqual(steps[0]!.createdAt.getTime());
        state = step.toStatus;
      }
      expect(state).toBe(agreement.status);
      expect(agreement.updatedAt.getTime()).toBe(steps.at(-1)!.createdAt.getTime());
    }

    // Drafted from an offer the graduate had (or had accepted), as the draft form requires.
    const apps = await db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(inArray(applications.id, all.map((a) => a.applicationId!).filter(Boolean)));
    expect(apps.length).toBe(all.length);
    for (const app of apps) expect(["offered", "accepted", "declined"]).toContain(app.status);
    expect(all.find((a) => a.status === "declined")?.declineReason).toBeTruthy();
    expect(all.find((a) => a.status === "returned")?.returnReason).toBeTruthy();
  });

  it("number registered agreements uniquely per year from the counter, with code 10 recorded and release letters stored", async () => {
    const db = await getDb();
    const numbered = await db
      .select()
      .from(agreements)
      .where(sql`${agreements.number} is not null`)
      .orderBy(asc(agreements.registeredAt));
    const signedStates: AgreementState[] = ["registered", "breach_requested", "breach_college_approved", "terminated"];
    expect(numbered.map((a) => a.status).sort()).toEqual(
      (await db.select({ s: agreements.status }).from(agreements).where(inArray(agreements.status, signedStates)))
        .map((r) => r.s)
        .sort(),
    );
    expect(new Set(numbered.map((a) => a.number)).size).toBe(numbered.length);
    for (const a of numbered)
      expect(a.number).toMatch(
        new RegExp(
          `^${new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(a.registeredAt!)}-\\d{6}$`,
        ),
      );
    const counters = await db.select().from(agreementNumberCounters);
    for (const c of counters) expect(c.last).toBe(numbered.filter((a) => a.number!.startsWith(`${c.year}-`)).length);

    for (const a of numbered) {
      const [destination] = await db.select().from(destinations).where(eq(destinations.graduateId, a.graduateId));
      expect(destination).toMatchObject({ code: "10", source: "agreement" });
      const recorded = await db
        .select()
        .from(destinationHistory)
        .where(and(eq(destinationHistory.graduateId, a.graduateId), eq(destinationHistory.action, "record")));
      expect(recorded.length).toBe(1);
      if (a.status === "terminated") expect(destination!.status).toBe("returned");
      if (a.status.startsWith("breach")) {
        const letter = await readUpload(a.releaseLetterFile!);
        expect(letter.subarray(0, 5).toString()).toBe("%PDF-");
      } else if (a.status === "registered") expect(a.releaseLetterFile).toBeNull();
    }
    // Freshly registered: waiting for the graduate's confirmation.
    expect(
      numbered
        .filter((a) => a.status === "registered")
        .some((a) => Date.now() - a.registeredAt!.getTime() < 7 * 86_400_000),
    ).toBe(true);
  });

  it("cover every interview state without overlapping booked slots, in Beijing working hours", async () => {
    const db = await getDb();
    const rows = await db.select().from(interviews);
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual([...INTERVIEW_STATES].sort());
    const slots = await db.select().from(interviewSlots).orderBy(asc(interviewSlots.startsAt));
    const booked = slots.filter((s) => s.booked);
    for (let i = 1; i < booked.length; i++) {
      if (booked[i]!.organizerUserId === booked[i - 1]!.organizerUserId)
        expect(booked[i]!.startsAt.getTime()).toBeGreaterThanOrEqual(booked[i - 1]!.endsAt.getTime());
    }
    for (const s of slots) {
      const local = new Date(s.startsAt.getTime() + 8 * 3_600_000);
      expect([1, 2, 3, 4, 5]).toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours() * 60 + local.getUTCMinutes()).toBeLessThanOrEqual(17 * 60);
    }
    for (const r of rows) {
      const own = slots.filter((s) => s.interviewId === r.id);
      const chosen = own.find((s) => s.id === r.chosenSlotId);
      if (["confirmed", "completed", "no_show"].includes(r.status)) expect(chosen?.booked).toBe(true);
      else expect(own.every((s) => !s.booked)).toBe(true);
      if (r.status === "confirmed" || r.status === "proposed" || r.status === "rescheduled")
        expect(own.every((s) => s.startsAt.getTime() > Date.now())).toBe(true);
      if (r.status === "completed" || r.status === "no_show")
        expect(chosen!.startsAt.getTime()).toBeLessThan(Date.now());
    }
    const apps = await db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(
        inArray(
          applications.id,
          rows.map((r) => r.applicationId),
        ),
      );
    for (const app of apps)
      expect(["interviewing", "offered", "accepted", "declined", "withdrawn"]).toContain(app.status);
  });

  it("keep the history the commands write: every application and interview step audited at its own time, after the roster import", async () => {
    const db = await getDb();
    const audit = await db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.subjectType, ["application", "interview", "roster"]));
    const at = (subjectId: string | null, action: string) =>
      audit.filter((a) => a.subjectId === subjectId && a.action === action).map((a) => a.createdAt.getTime());

    const steps = await db.select().from(applicationEvents);
    expect(steps.length).toBeGreaterThan(100);
    for (const step of steps)
      expect(at(step.applicationId, step.fromStatus ? `application.${step.toStatus}` : "application.submit")).toContain(
        step.createdAt.getTime(),
      );
    for (const app of await db.select().from(applications)) {
      const own = steps.filter((e) => e.applicationId === app.id).map((e) => e.createdAt.getTime());
      expect(app.createdAt.getTime()).toBe(Math.min(...own));
      expect(app.updatedAt.getTime()).toBe(Math.max(...own));
    }

    for (const interview of await db.select().from(interviews)) {
      expect(at(interview.id, "interview.propose")).toEqual([interview.createdAt.getTime()]);
      const last = audit
        .filter((a) => a.subjectId === interview.id && a.action !== "interview.reminder")
        .map((a) => a.createdAt.getTime());
      expect(interview.updatedAt.getTime()).toBe(Math.max(...last));
    }

    // The roster was imported before anything happened to the graduates on it.
    // (The first import; the support seed's re-import of difficulty categories comes later.)
    const [imported] = audit
      .filter((a) => a.action === "roster.import")
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(imported?.createdAt.getTime()).toBeLessThan(Math.min(...steps.map((e) => e.createdAt.getTime())));
    const [graduate] = await db.select().from(graduates).orderBy(asc(graduates.createdAt)).limit(1);
    expect(graduate?.createdAt.getTime()).toBe(imported?.createdAt.getTime());
  });

  it("show the demo graduate an invitation to answer, a proposal to pick from and a confirmed interview ahead", async () => {
    const email = "graduate@demo.jiuye.cn";
    const signing = await load<AgreementRow>(graduateAgreements, "/graduate/agreements", email);
    expect(signing.find((r) => r.status === "invited")?.events.sort()).toEqual(["accept", "decline"]);
    const meetings = await load<InterviewRow>(graduateInterviews, "/graduate/interviews", email);
    const proposed = meetings.find((r) => r.status === "proposed")!;
    expect(proposed.slots.length).toBeGreaterThanOrEqual(2);
    expect(proposed.events).toContain("confirm");
    const confirmed = meetings.find((r) => r.status === "confirmed")!;
    expect(new Date(confirmed.slots.find((s) => s.id === confirmed.chosenSlotId)!.startsAt).getTime()).toBeGreaterThan(
      Date.now(),
    );
    expect(meetings.some((r) => r.status === "completed")).toBe(true);
  });

  it("show the demo employer agreements in many states and interviews in every state", async () => {
    const email = "employer@demo.jiuye.cn";
    const signing = await load<AgreementRow>(employerAgreements, "/employer/agreements", email);
    expect(new Set(signing.map((r) => r.status)).size).toBe(AGREEMENT_STATES.length);
    expect(signing.find((r) => r.status === "drafted")?.events).toEqual(expect.arrayContaining(["invite", "withdraw"]));
    expect(signing.find((r) => r.status === "returned")?.events).toContain("invite");
    const meetings = await load<InterviewRow>(employerInterviews, "/employer/interviews", email);
    expect([...new Set(meetings.map((r) => r.status))].sort()).toEqual([...INTERVIEW_STATES].sort());
    expect(meetings.find((r) => r.status === "confirmed")?.events).toEqual(
      expect.arrayContaining(["complete", "mark_no_show"]),
    );
  });

  it("give college and school staff agreements waiting for their review", async () => {
    const college = await load<AgreementRow>(staffAgreements, "/staff/agreements", "staff.cs@demo.jiuye.cn");
    const collegeEvents = college.flatMap((r) => r.events);
    expect(collegeEvents).toEqual(
      expect.arrayContaining(["college_approve", "return", "breach_college_approve", "breach_reject"]),
    );
    const school = await load<AgreementRow>(staffAgreements, "/staff/agreements", "staff@demo.jiuye.cn");
    expect(school.flatMap((r) => r.events)).toEqual(
      expect.arrayContaining(["school_register", "return", "breach_school_approve", "breach_reject"]),
    );
    expect(school.length).toBeGreaterThanOrEqual(college.length);
    // staff.cs@ sees only their college.
    const db = await getDb();
    const [cs] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, "01"));
    const ofCollege = await db
      .select({ collegeId: graduates.collegeId })
      .from(agreements)
      .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
      .where(
        inArray(
          agreements.id,
          college.map((r) => r.id),
        ),
      );
    expect(ofCollege.every((r) => r.collegeId === cs!.id)).toBe(true);
  });

  it("carry on with the real domain functions: answer, review, register, pick a slot", async () => {
    const db = await getDb();
    const outboxBefore = (await db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0]!.n;
    expect(await expireAgreements(db)).toBe(0);

    const demoUser = await userId("graduate@demo.jiuye.cn");
    const [invited] = await db
      .select({ id: agreements.id })
      .from(agreements)
      .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
      .where(and(eq(graduates.userId, demoUser), eq(agreements.status, "invited")));
    expect((await acceptAgreement(db, { userId: demoUser }, { agreementId: invited!.id })).status).toBe("accepted");

    const [cs] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, "01"));
    const collegeScope = { kind: "college" as const, collegeId: cs!.id };
    const approved = await collegeApproveAgreement(
      db,
      { userId: await userId("staff.cs@demo.jiuye.cn"), scope: collegeScope },
      { agreementId: invited!.id },
    );
    expect(approved.status).toBe("college_approved");
    const registered = await schoolRegisterAgreement(
      db,
      { userId: await userId("staff@demo.jiuye.cn"), scope: { kind: "school" } },
      { agreementId: invited!.id },
    );
    const numbers = (
      await db
        .select({ number: agreements.number })
        .from(agreements)
        .where(sql`${agreements.number} is not null`)
    ).map((r) => r.number);
    const year = new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
    expect(registered.number).toBe(
      `${year}-${String(numbers.filter((n) => n!.startsWith(`${year}-`)).length).padStart(6, "0")}`,
    );

    // Every offered time of the demo graduate's proposal can still be booked.
    const [proposal] = await db
      .select()
      .from(interviews)
      .innerJoin(graduates, eq(graduates.id, interviews.graduateId))
      .where(and(eq(graduates.userId, demoUser), eq(interviews.status, "proposed")));
    const offered = await db
      .select()
      .from(interviewSlots)
      .where(eq(interviewSlots.interviewId, proposal!.interviews.id))
      .orderBy(asc(interviewSlots.startsAt));
    const booked = await db
      .select()
      .from(interviewSlots)
      .where(
        and(eq(interviewSlots.organizerUserId, proposal!.interviews.organizerUserId), eq(interviewSlots.booked, true)),
      );
    for (const o of offered) expect(booked.filter((b) => b.startsAt < o.endsAt && o.startsAt < b.endsAt)).toEqual([]);
    const picked = await pickSlot(db, actingAs("graduate", { userId: demoUser }), {
      interviewId: proposal!.interviews.id,
      slotId: offered.at(-1)!.id,
    });
    expect(picked.status).toBe("confirmed");
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0]!.n).toBeGreaterThan(outboxBefore);
  });

  it("post a notice beside every mail the demo's past queued to someone with an account, filed by the mail's kind", async () => {
    // Runs after the demo's replayed past and the commands above: the mails of many domains at once.
    const db = await getDb();
    const rows = await db
      .select({ key: outbox.idempotencyKey, category: notifications.category })
      .from(outbox)
      .innerJoin(users, eq(users.email, sql`lower(trim(${outbox.payload}->>'to'))`))
      .leftJoin(
        notifications,
        and(eq(notifications.userId, users.id), eq(notifications.dedupeKey, sql`'mail:' || ${outbox.idempotencyKey}`)),
      )
      .where(eq(outbox.kind, "mail.send"));
    const kinds = new Set(rows.map((r) => r.key.split(":")[0]!));
    expect(kinds.size, [...kinds].join(" ")).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.category === null).map((r) => r.key)).toEqual([]);
    expect(
      rows
        .filter((r) => r.category !== MAIL_KEY_CATEGORIES[r.key.split(":")[0]!])
        .map((r) => `${r.key} → ${r.category}`),
    ).toEqual([]);
  });
});

describe("demo employers and postings", () => {
  it("are registered, vetted and published through the commands, at their own times, in every state", async () => {
    const db = await getDb();
    const all = await db.select().from(postings);
    expect([...new Set(all.map((p) => p.status))].sort()).toEqual([...POSTING_STATES].sort());
    // Every employer registered through registerEmployer: one owner and the audit entry of it.
    const registered = await db.select().from(auditLog).where(eq(auditLog.action, "employer.register"));
    const owners = await db.select().from(employerMembers).where(eq(employerMembers.isOwner, true));
    const employerIds = (await db.select({ id: employers.id }).from(employers)).map((e) => e.id);
    expect(new Set(registered.map((e) => e.subjectId))).toEqual(new Set(employerIds));
    expect(new Set(owners.map((m) => m.employerId))).toEqual(new Set(employerIds));
    // Each publication is an approval recorded when it happened, in the past, with its audit entry.
    const approvals = await db.select().from(postingDecisions).where(eq(postingDecisions.decision, "approve"));
    for (const posting of all.filter((p) => p.status === "published")) {
      const approval = approvals.find((d) => d.postingId === posting.id && d.revisionId === null);
      expect(approval, posting.title).toBeDefined();
      expect(approval!.createdAt.getTime()).toBe(posting.publishedAt!.getTime());
      expect(posting.submittedAt!.getTime()).toBeLessThan(posting.publishedAt!.getTime());
      expect(posting.publishedAt!.getTime()).toBeLessThan(Date.now() - 3600_000);
    }
    const submits = await db.select().from(auditLog).where(eq(auditLog.action, "posting.submit"));
    expect(submits.length).toBe(all.filter((p) => p.status !== "draft").length);
  });
});
