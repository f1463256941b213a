/**
 * Campus talks (宣讲会): staff keep the venues, verified employers request a talk (online, or in a
 * venue slot with enough working days of notice), staff approve or decline, graduates sign up and
 * check in (room-screen QR code, staff by student number, or the online join link). Every command
 * takes `(db, actor, input)` (decision 009) and an optional `now` so the demo seed replays them.
 */
import { and, asc, count, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import QRCode from "qrcode";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable, Tx } from "../../db/client";
import {
  colleges,
  employerMembers,
  employers,
  graduates,
  postings,
  talkAttendance,
  talkPostings,
  talkSignups,
  talkVenues,
  talks,
  users,
} from "../../db/schema";
import { fairUpdateMail } from "../../emails/templates/fair-update";
import { recordAudit } from "../audit/audit.server";
import type { Party, StaffActor, UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { publishedPostingIds } from "../postings/postings.server";
import { careerCentreOrganizer } from "../school/organizer.server";
import { refuse } from "../errors";
import { decisionColumns, decisionReason } from "../staff-decision";
import { buildInvite } from "../interviews/ical";
import { enqueueMail } from "../outbox/outbox.server";
import { employerOfMember, mailEmployerMembers, verifiedEmployerOf } from "../employers/members.server";
import { schoolDate } from "../time";
import { TALK_HOLDING_STATES, type TalkAttendanceMethod, type TalkState } from "../../vocabulary";
import { checkInCode, newCheckInSecret, verifyCheckInCode } from "./check-in.server";
import { earliestTalkDate, hasEnoughNotice, isCheckInOpen, talkWindow } from "./rules";
import type { TalkRequestInput, VenueInput } from "./schema";
import { talkMachine, talkSignupMachine, type TalkEvent } from "./states";

export type Talk = typeof talks.$inferSelect;

/** The talk columns safe to hand to a page: never the check-in secret. */
const PUBLIC_TALK = {
  id: talks.id,
  employerId: talks.employerId,
  title: talks.title,
  brochure: talks.brochure,
  mode: talks.mode,
  venueId: talks.venueId,
  talkDate: talks.talkDate,
  slot: talks.slot,
  capacity: talks.capacity,
  status: talks.status,
  decisionReason: talks.decisionReason,
};

/**
 * Talks as the lists show them (staff's list, the public list): the public columns, the employer's
 * name and the venue's, with the `extra` columns a list adds; the caller narrows and orders.
 */
function selectListedTalks<T extends SelectedFields>(db: Queryable, extra: T) {
  return db
    .select({ ...PUBLIC_TALK, employerName: employers.name, venueName: talkVenues.name, ...extra })
    .from(talks)
    .$dynamic()
    .innerJoin(employers, eq(employers.id, talks.employerId))
    .leftJoin(talkVenues, eq(talkVenues.id, talks.venueId));
}

function uniqueViolation(error: unknown): string | undefined {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const x = e as { code?: string; constraint_name?: string; constraint?: string };
    if (x.code === "23505") return x.constraint_name ?? x.constraint ?? "";
  }
  return undefined;
}

async function talkById(db: Queryable, talkId: string, lock = false): Promise<Talk> {
  if (!/^[0-9a-f-]{36}$/i.test(talkId)) refuse("error.notFound", { status: 404 });
  const query = db.select().from(talks).where(eq(talks.id, talkId)).limit(1);
  const [talk] = lock ? await query.for("update") : await query;
  if (!talk) refuse("error.notFound", { status: 404 });
  return talk;
}

/**
 * Writes a move of a talk's machine that the caller has already asked `talkMachine` for (and
 * checked its own rules against): the new status with the columns the move sets, and the audit
 * entry `talk.<event>`, in the caller's transaction. Every move of a talk (approve, decline,
 * withdraw, cancel) is written here, so each is audited the same way.
 */
async function writeTalkMove(
  tx: Tx,
  talk: Talk,
  move: { event: TalkEvent; to: TalkState; actorUserId: string },
  columns: Omit<Partial<typeof talks.$inferInsert>, "id" | "status">,
) {
  await tx
    .update(talks)
    .set({ status: move.to, ...columns })
    .where(eq(talks.id, talk.id));
  await recordAudit(tx, {
    actorUserId: move.actorUserId,
    action: `talk.${move.event}`,
    subjectType: "talk",
    subjectId: talk.id,
  });
}

/** Talks are the school's (the career centre books the rooms): school-wide staff run them. */
function requireSchoolStaff(actor: StaffActor) {
  if (actor.scope.kind !== "school") refuse("error.forbidden", { status: 403 });
}

const employerOf = employerOfMember;

async function graduateOf(db: Queryable, actor: UserActor) {
  const [row] = await db.select().from(graduates).where(eq(graduates.userId, actor.userId)).limit(1);
  if (!row) refuse("talkSignup.noGraduate", { status: 403 });
  return row;
}

// ---------------------------------------------------------------------------------------------
// Venues

export async function createVenue(db: Database, actor: StaffActor, input: VenueInput) {
  return writeVenue(db, actor, "talk.venue.create", (tx) => tx.insert(talkVenues).values(input).returning());
}

/**
 * Staff correct a venue's name, building or seats. Talks already requested or approved there keep
 * the capacity they were given (graduates may have signed up against it); new requests take the new one.
 */
export async function updateVenue(db: Database, actor: StaffActor, input: VenueInput & { venueId: number }) {
  return writeVenue(db, actor, "talk.venue.update", (tx) =>
    tx
      .update(talkVenues)
      .set({ name: input.name, building: input.building, capacity: input.capacity })
      .where(eq(talkVenues.id, input.venueId))
      .returning(),
  );
}

/** One venue written and audited in a transaction; a name another venue has is the form's error. */
async function writeVenue(
  db: Database,
  actor: StaffActor,
  action: "talk.venue.create" | "talk.venue.update",
  write: (tx: Tx) => Promise<(typeof talkVenues.$inferSelect)[]>,
) {
  requireSchoolStaff(actor);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await write(tx);
      if (!row) refuse("error.notFound", { status: 404 });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action,
        subjectType: "talk_venue",
        subjectId: String(row.id),
      });
      return row;
    });
  } catch (error) {
    if (uniqueViolation(error) !== undefined) refuse("talkVenue.field.name.taken", { field: "name" });
    throw error;
  }
}

export async function listVenues(db: Queryable) {
  return db.select().from(talkVenues).orderBy(asc(talkVenues.building), asc(talkVenues.name));
}

/** Every venue with its bookings (requested or approved talks) from `from` to `to`, school dates inclusive. */
export async function venueCalendar(db: Queryable, input: { from: string; to: string }) {
  const venues = await listVenues(db);
  const bookings = await db
    .select({
      id: talks.id,
      venueId: talks.venueId,
      talkDate: talks.talkDate,
      slot: talks.slot,
      status: talks.status,
      title: talks.title,
      employerName: employers.name,
    })
    .from(talks)
    .innerJoin(employers, eq(employers.id, talks.employerId))
    .where(
      and(
        eq(talks.mode, "on_campus"),
        inArray(talks.status, [...TALK_HOLDING_STATES]),
        gte(talks.talkDate, input.from),
        lte(talks.talkDate, input.to),
      ),
    )
    .orderBy(asc(talks.talkDate), asc(talks.slot));
  return venues.map((venue) => ({ venue, bookings: bookings.filter((b) => b.venueId === venue.id) }));
}

// ---------------------------------------------------------------------------------------------
// Employers: requests

/**
 * A verified employer requests a talk. The date must leave the school `TALK_NOTICE_WORKING_DAYS`
 * working days (field error on `talkDate` naming the first possible date); on campus the venue slot
 * must be free, which the unique index `talks_one_per_venue_slot` decides (field error on `slot`).
 */
export async function requestTalk(db: Database, actor: UserActor, input: TalkRequestInput & { now?: Date }) {
  const now = input.now ?? new Date();
  const noticeDays = getEnv().TALK_NOTICE_WORKING_DAYS;
  try {
    return await db.transaction(async (tx) => {
      const employer = await verifiedEmployerOf(tx, actor, "talk.employer.unverified");
      if (!hasEnoughNotice(input.talkDate, now, noticeDays))
        refuse("talk.field.date.tooSoon", {
          field: "talkDate",
          params: { days: noticeDays, earliest: earliestTalkDate(now, noticeDays) },
        });
      let capacity = input.capacity ?? 0;
      if (input.mode === "on_campus") {
        const [venue] = await tx.select().from(talkVenues).where(eq(talkVenues.id, input.venueId!)).limit(1);
        if (!venue) refuse("talk.field.venue.required", { field: "venueId" });
        capacity = venue.capacity;
      }
      const published = await publishedPostingIds(tx, employer.id, input.postingIds);
      if (input.postingIds.some((id) => !published.has(id)))
        refuse("talk.field.postings.notPublished", { field: "postingIds" });
      const [row] = await tx
        .insert(talks)
        .values({
          employerId: employer.id,
          title: input.title,
          brochure: input.brochure,
          mode: input.mode,
          venueId: input.mode === "on_campus" ? input.venueId : null,
          meetingLink: input.mode === "online" ? input.meetingLink : null,
          talkDate: input.talkDate,
          slot: input.slot,
          capacity,
          checkInSecret: newCheckInSecret(),
          requestedBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: talks.id });
      if (!row) throw new Error("talk insert returned nothing");
      const featured = [...new Set(input.postingIds)];
      if (featured.length > 0)
        await tx.insert(talkPostings).values(featured.map((postingId, sort) => ({ talkId: row.id, postingId, sort })));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "talk.request",
        subjectType: "talk",
        subjectId: row.id,
        detail: { mode: input.mode },
      });
      return { talkId: row.id };
    });
  } catch (error) {
    if (uniqueViolation(error) === "talks_one_per_venue_slot") refuse("talk.field.slot.taken", { field: "slot" });
    throw error;
  }
}

/**
 * The graduates signed up to a talk that is called off are told by mail (outbox), with the
 * iCalendar cancellation so the event leaves their calendars. One mail per graduate and talk.
 */
async function mailCalledOff(
  tx: Queryable,
  talk: Talk,
  kind: "withdrawn" | "cancelled",
  reason: string | null,
  now: Date,
) {
  const people = await tx
    .select({ name: graduates.name, rosterEmail: graduates.email, userEmail: users.email, locale: users.locale })
    .from(talkSignups)
    .innerJoin(graduates, eq(graduates.id, talkSignups.graduateId))
    .leftJoin(users, eq(users.id, graduates.userId))
    .where(and(eq(talkSignups.talkId, talk.id), eq(talkSignups.status, "signed_up")));
  const [employer] = await tx.select({ name: employers.name }).from(employers).where(eq(employers.id, talk.employerId));
  for (const person of people) {
    const email = person.userEmail ?? person.rosterEmail;
    if (!email) continue;
    const ics = await talkCalendar(tx, { ...talk, status: kind }, { name: person.name, email }, now);
    await enqueueMail(tx, `talk-called-off:${talk.id}:${email}`, {
      to: email,
      ...fairUpdateMail(
        {
          subject: { key: "talk.mail.calledOff.subject", params: { talk: talk.title } },
          body: {
            key: `talk.mail.${kind}.body`,
            params: { talk: talk.title, employer: employer?.name ?? "", date: talk.talkDate },
          },
          quote: reason,
          url: `${getEnv().publicUrl}/talks`,
          audience: "graduate",
        },
        mailLocaleOf(person),
      ),
      icalEvent: { method: "CANCEL", content: ics, filename: "talk.ics" },
    });
  }
  return people.length;
}

/**
 * The employer withdraws a request or an approved talk, freeing its venue slot; graduates already
 * signed up to an approved talk are told.
 */
export async function withdrawTalk(db: Database, actor: UserActor, input: { talkId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const employer = await employerOf(tx, actor);
    const talk = await talkById(tx, input.talkId, true);
    if (talk.employerId !== employer.id) refuse("error.notFound", { status: 404 });
    const to = talkMachine.require(talk.status, "withdraw", "employer");
    if (talkWindow(talk).start.getTime() <= now.getTime()) refuse("talk.calledOff.started");
    await writeTalkMove(tx, talk, { event: "withdraw", to, actorUserId: actor.userId }, { updatedAt: now });
    const told = talk.status === "approved" ? await mailCalledOff(tx, talk, "withdrawn", null, now) : 0;
    return { told };
  });
}

/**
 * Staff cancel an approved talk (the venue is closed, the employer cannot be reached): a reason is
 * required; the employer's members and the graduates signed up are told by mail.
 */
export async function cancelTalk(
  db: Database,
  actor: StaffActor,
  input: { talkId: string; reason: string; now?: Date },
) {
  requireSchoolStaff(actor);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const talk = await talkById(tx, input.talkId, true);
    const reason = input.reason.trim();
    if (reason === "") refuse("talk.cancel.reasonRequired", { field: "reason" });
    const to = talkMachine.require(talk.status, "cancel", "staff");
    if (talkWindow(talk).start.getTime() <= now.getTime()) refuse("talk.calledOff.started");
    await writeTalkMove(
      tx,
      talk,
      { event: "cancel", to, actorUserId: actor.userId },
      { decisionReason: reason, decidedBy: actor.userId, decidedAt: now, updatedAt: now },
    );
    await mailEmployerMembers(tx, {
      employerId: talk.employerId,
      key: `talk-decision:${talk.id}:cancelled:${now.getTime()}`,
      subject: { key: "talk.mail.cancelledEmployer.subject", params: { talk: talk.title } },
      body: { key: "talk.mail.cancelledEmployer.body", params: { talk: talk.title, date: talk.talkDate } },
      quote: reason,
      path: "/employer/talks",
    });
    const told = await mailCalledOff(tx, talk, "cancelled", reason, now);
    return { told };
  });
}

/** The employer's published postings, newest first: what a talk request may feature. */
export async function postingsToFeature(db: Queryable, actor: UserActor) {
  const employer = await employerOf(db, actor);
  return db
    .select({ id: postings.id, title: postings.title })
    .from(postings)
    .where(and(eq(postings.employerId, employer.id), eq(postings.status, "published")))
    .orderBy(sql`${postings.publishedAt} desc nulls last`, asc(postings.id));
}

export async function listTalksForEmployer(db: Queryable, actor: UserActor) {
  const employer = await employerOf(db, actor);
  return db
    .select({ ...PUBLIC_TALK, venueName: talkVenues.name })
    .from(talks)
    .leftJoin(talkVenues, eq(talkVenues.id, talks.venueId))
    .where(eq(talks.employerId, employer.id))
    .orderBy(asc(talks.talkDate));
}

// ---------------------------------------------------------------------------------------------
// Staff: decisions

/** Staff approve, or decline with a reason; the employer's members are mailed through the outbox. */
export async function decideTalk(
  db: Database,
  actor: StaffActor,
  input: { talkId: string; decision: "approve" | "decline"; reason?: string; now?: Date },
) {
  requireSchoolStaff(actor);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const talk = await talkById(tx, input.talkId, true);
    const reason = decisionReason(input.decision, input.reason, "talk.reason.required");
    const to = talkMachine.require(talk.status, input.decision, "staff");
    await writeTalkMove(
      tx,
      talk,
      { event: input.decision, to, actorUserId: actor.userId },
      decisionColumns(input.decision, reason, actor.userId, now),
    );
    const kind = input.decision === "approve" ? "approved" : "declined";
    await mailEmployerMembers(tx, {
      employerId: talk.employerId,
      key: `talk-decision:${talk.id}:${kind}:${now.getTime()}`,
      subject: { key: `talk.mail.${kind}.subject`, params: { talk: talk.title } },
      body: { key: `talk.mail.${kind}.body`, params: { talk: talk.title, date: { date: talk.talkDate } } },
      quote: input.decision === "decline" ? reason : null,
      path: "/employer/talks",
    });
    return to;
  });
}

export async function listTalksForStaff(db: Queryable, actor: StaffActor) {
  requireSchoolStaff(actor);
  return selectListedTalks(db, {
    signups: sql<number>`(select count(*)::int from ${talkSignups} where ${talkSignups.talkId} = ${talks.id} and ${talkSignups.status} = 'signed_up')`,
    attended: sql<number>`(select count(*)::int from ${talkAttendance} where ${talkAttendance.talkId} = ${talks.id})`,
  }).orderBy(asc(talks.talkDate), asc(talks.slot));
}

// ---------------------------------------------------------------------------------------------
// Public pages and sign-up

/** Approved talks from today on (school date), soonest first. */
export async function listPublicTalks(db: Queryable, now = new Date()) {
  return selectListedTalks(db, {
    building: talkVenues.building,
    /** When it was approved, i.e. became public (the feed's publication date). */
    decidedAt: talks.decidedAt,
  })
    .where(and(eq(talks.status, "approved"), gte(talks.talkDate, schoolDate(now))))
    .orderBy(asc(talks.talkDate), asc(talks.slot));
}

/** An approved talk with its employer, venue, featured postings and places left; 404 for any other. */
export async function getPublicTalk(db: Queryable, talkId: string) {
  const talk = await talkById(db, talkId);
  if (talk.status !== "approved") refuse("error.notFound", { status: 404 });
  const [employer] = await db.select({ name: employers.name }).from(employers).where(eq(employers.id, talk.employerId));
  const [venue] = talk.venueId ? await db.select().from(talkVenues).where(eq(talkVenues.id, talk.venueId)) : [];
  const featured = await db
    .select({ id: postings.id, title: postings.title })
    .from(talkPostings)
    .innerJoin(postings, eq(postings.id, talkPostings.postingId))
    .where(and(eq(talkPostings.talkId, talk.id), eq(postings.status, "published")))
    .orderBy(asc(talkPostings.sort));
  const signedUp = await signedUpCount(db, talk.id);
  const { checkInSecret: _secret, meetingLink: _link, ...shown } = talk;
  return {
    talk: shown,
    employerName: employer?.name ?? "",
    venue: venue ?? null,
    featured,
    signedUp,
    placesLeft: Math.max(0, talk.capacity - signedUp),
    ...talkWindow(talk),
  };
}

async function signedUpCount(db: Queryable, talkId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(talkSignups)
    .where(and(eq(talkSignups.talkId, talkId), eq(talkSignups.status, "signed_up")));
  return row?.n ?? 0;
}

/** Whether the signed-in graduate is signed up (null when not a graduate). */
export async function signupFor(db: Queryable, actor: UserActor | null, talkId: string) {
  if (!actor) return null;
  const [row] = await db
    .select({ status: talkSignups.status })
    .from(talkSignups)
    .innerJoin(graduates, eq(graduates.id, talkSignups.graduateId))
    .where(and(eq(talkSignups.talkId, talkId), eq(graduates.userId, actor.userId)));
  return row?.status ?? null;
}

/**
 * Signs the graduate up while there is room. The talk row is locked, so two graduates cannot both
 * take the last place. The confirmation is mailed with the talk's iCalendar.
 */
export async function signUpForTalk(db: Database, actor: UserActor, input: { talkId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await graduateOf(tx, actor);
    const talk = await talkById(tx, input.talkId, true);
    if (talk.status !== "approved") refuse("error.notFound", { status: 404 });
    if (now.getTime() > talkWindow(talk).end.getTime()) refuse("talkSignup.over");
    const [existing] = await tx
      .select()
      .from(talkSignups)
      .where(and(eq(talkSignups.talkId, talk.id), eq(talkSignups.graduateId, graduate.id)))
      .for("update");
    if (existing?.status === "signed_up") refuse("talkSignup.already");
    if ((await signedUpCount(tx, talk.id)) >= talk.capacity) refuse("talkSignup.full");
    let signupId: string;
    if (existing) {
      const to = talkSignupMachine.require(existing.status, "sign_up_again", "graduate");
      await tx.update(talkSignups).set({ status: to, updatedAt: now }).where(eq(talkSignups.id, existing.id));
      signupId = existing.id;
    } else {
      const [row] = await tx
        .insert(talkSignups)
        .values({ talkId: talk.id, graduateId: graduate.id, createdAt: now, updatedAt: now })
        .returning({ id: talkSignups.id });
      if (!row) throw new Error("sign-up insert returned nothing");
      signupId = row.id;
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "talk.signup",
      subjectType: "talk_signup",
      subjectId: signupId,
    });
    const email = (
      await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, actor.userId))
    )[0];
    if (email) {
      const ics = await talkCalendar(tx, talk, { name: graduate.name, email: email.email });
      await enqueueMail(tx, `talk-signup:${signupId}:${now.getTime()}:${email.email}`, {
        to: email.email,
        ...fairUpdateMail(
          {
            subject: { key: "talkSignup.mail.subject", params: { talk: talk.title } },
            body: { key: "talkSignup.mail.body", params: { talk: talk.title, date: { date: talk.talkDate } } },
            url: `${getEnv().publicUrl}/talks/${talk.id}`,
            audience: "graduate",
          },
          mailLocaleOf(email),
        ),
        icalEvent: { method: "REQUEST", content: ics, filename: "talk.ics" },
      });
    }
    return { signupId };
  });
}

export async function cancelTalkSignup(db: Database, actor: UserActor, input: { talkId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const graduate = await graduateOf(tx, actor);
    const [existing] = await tx
      .select()
      .from(talkSignups)
      .where(and(eq(talkSignups.talkId, input.talkId), eq(talkSignups.graduateId, graduate.id)))
      .for("update");
    if (!existing) refuse("error.notFound", { status: 404 });
    const to = talkSignupMachine.require(existing.status, "cancel", "graduate");
    await tx
      .update(talkSignups)
      .set({ status: to, updatedAt: input.now ?? new Date() })
      .where(eq(talkSignups.id, existing.id));
  });
}

/** "就业指导中心 <no-reply@…>" → the address alone, for ORGANIZER. */
/** The talk as an iCalendar event (RFC 5545), for the sign-up mail and /talks/<id>.ics. */
export async function talkCalendar(
  db: Queryable,
  talk: Pick<Talk, "id" | "title" | "talkDate" | "slot" | "venueId" | "mode" | "status" | "employerId">,
  attendee: { name: string; email: string } | null,
  dtstamp?: Date,
): Promise<string> {
  const [venue] = talk.venueId ? await db.select().from(talkVenues).where(eq(talkVenues.id, talk.venueId)) : [];
  const [employer] = await db.select({ name: employers.name }).from(employers).where(eq(employers.id, talk.employerId));
  const url = `${getEnv().publicUrl}/talks/${talk.id}`;
  const { start, end } = talkWindow(talk);
  return buildInvite({
    uid: `talk-${talk.id}@jiuye`,
    sequence: 0,
    method: talk.status === "approved" ? "REQUEST" : "CANCEL",
    start,
    end,
    summary: `宣讲会 Campus talk：${employer?.name ?? ""} ${talk.title}`.trim(),
    description: url,
    location: venue ? `${venue.building} ${venue.name}` : talk.mode === "online" ? url : undefined,
    url,
    organizer: careerCentreOrganizer(),
    attendees: attendee ? [attendee] : [],
    dtstamp,
  });
}

// ---------------------------------------------------------------------------------------------
// Check-in

async function recordAttendance(
  tx: Queryable,
  talkId: string,
  graduateId: string,
  method: TalkAttendanceMethod,
  recordedBy: string,
  now: Date,
) {
  const rows = await tx
    .insert(talkAttendance)
    .values({ talkId, graduateId, method, recordedBy, at: now })
    .onConflictDoNothing()
    .returning({ talkId: talkAttendance.talkId });
  return { recorded: rows.length > 0 };
}

/** May this user show the room screen: school staff, or a member of the talk's employer. */
async function mayShowRoomScreen(db: Queryable, viewer: Party, talk: Talk) {
  if (viewer.party === "staff" && viewer.scope.kind === "school") return true;
  const [member] = await db
    .select({ userId: employerMembers.userId })
    .from(employerMembers)
    .where(and(eq(employerMembers.employerId, talk.employerId), eq(employerMembers.userId, viewer.userId)));
  return Boolean(member);
}

/**
 * The room screen: the current code as a URL to scan and its QR code (SVG), for school staff and the
 * talk's employer; the party from the signed-in account's role (docs/decisions/036-acting-party.md).
 */
export async function roomScreen(db: Queryable, viewer: Party, input: { talkId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const talk = await talkById(db, input.talkId);
  if (!(await mayShowRoomScreen(db, viewer, talk))) refuse("error.forbidden", { status: 403 });
  if (talk.status !== "approved" || talk.mode !== "on_campus") refuse("talk.checkIn.notOnCampus");
  const code = checkInCode(talk, now);
  const url = `${getEnv().publicUrl}/talks/${talk.id}/check-in?code=${encodeURIComponent(code)}`;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    talk: { id: talk.id, title: talk.title, talkDate: talk.talkDate, slot: talk.slot },
    url,
    svg,
    open: isCheckInOpen(talk, now),
  };
}

/** A signed-in graduate scans the room's code: recorded once, refused when expired, forged or out of hours. */
export async function checkInWithCode(
  db: Database,
  actor: UserActor,
  input: { talkId: string; code: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const graduate = await graduateOf(tx, actor);
    const talk = await talkById(tx, input.talkId);
    if (talk.status !== "approved" || talk.mode !== "on_campus") refuse("error.notFound", { status: 404 });
    const verdict = verifyCheckInCode(talk, input.code, now);
    if (verdict === "forged") refuse("talk.checkIn.forged", { status: 403 });
    if (verdict === "expired") refuse("talk.checkIn.expired", { status: 410 });
    if (!isCheckInOpen(talk, now)) refuse("talk.checkIn.closed");
    return recordAttendance(tx, talk.id, graduate.id, "qr", actor.userId, now);
  });
}

/** Staff check a graduate in by student number (no phone, a flat battery); audited. */
export async function checkInByStudentNumber(
  db: Database,
  actor: StaffActor,
  input: { talkId: string; studentNo: string; now?: Date },
) {
  requireSchoolStaff(actor);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const talk = await talkById(tx, input.talkId);
    if (talk.status !== "approved") refuse("error.notFound", { status: 404 });
    const [graduate] = await tx
      .select({ id: graduates.id, name: graduates.name })
      .from(graduates)
      .where(eq(graduates.studentNo, input.studentNo.trim()))
      .limit(1);
    if (!graduate) refuse("talk.checkIn.unknownStudent", { field: "studentNo" });
    const result = await recordAttendance(tx, talk.id, graduate.id, "staff", actor.userId, now);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "talk.checkIn.staff",
      subjectType: "talk",
      subjectId: talk.id,
      detail: { recorded: result.recorded },
    });
    return { ...result, name: graduate.name };
  });
}

/**
 * The online join link goes through us: a signed-in graduate opening it while the talk is on
 * (check-in hours) is recorded as attending, then everyone is sent on to the meeting.
 */
export async function joinOnlineTalk(db: Database, actor: UserActor, input: { talkId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const talk = await talkById(tx, input.talkId);
    if (talk.status !== "approved" || talk.mode !== "online" || !talk.meetingLink)
      refuse("error.notFound", { status: 404 });
    const [graduate] = await tx.select().from(graduates).where(eq(graduates.userId, actor.userId)).limit(1);
    let recorded = false;
    if (graduate && isCheckInOpen(talk, now))
      recorded = (await recordAttendance(tx, talk.id, graduate.id, "online", actor.userId, now)).recorded;
    return { location: talk.meetingLink, recorded };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

/** Who a row of the talk report is about, read the same way for sign-ups and for attendance. */
const reportedGraduate = {
  graduateId: graduates.id,
  name: graduates.name,
  studentNo: graduates.studentNo,
  college: colleges.nameZh,
};

/** Sign-ups and attendance of one talk, one row per graduate (walk-ins included); the view is audited. */
export async function talkReport(db: Queryable, actor: StaffActor, talkId: string) {
  requireSchoolStaff(actor);
  const talk = await talkById(db, talkId);
  const signups = await db
    .select({ ...reportedGraduate, status: talkSignups.status })
    .from(talkSignups)
    .innerJoin(graduates, eq(graduates.id, talkSignups.graduateId))
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .where(eq(talkSignups.talkId, talk.id));
  const attendance = await db
    .select({ ...reportedGraduate, method: talkAttendance.method, at: talkAttendance.at })
    .from(talkAttendance)
    .innerJoin(graduates, eq(graduates.id, talkAttendance.graduateId))
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .where(eq(talkAttendance.talkId, talk.id));
  const byGraduate = new Map<
    string,
    {
      name: string;
      studentNo: string;
      college: string;
      signedUp: boolean;
      method: TalkAttendanceMethod | null;
      at: Date | null;
    }
  >();
  for (const { graduateId, status, ...person } of signups)
    if (status === "signed_up") byGraduate.set(graduateId, { ...person, signedUp: true, method: null, at: null });
  for (const { graduateId, method, at, ...person } of attendance) {
    const row = byGraduate.get(graduateId) ?? { ...person, signedUp: false, method: null, at: null };
    byGraduate.set(graduateId, { ...row, method, at });
  }
  const rows = [...byGraduate.values()].sort((a, b) => a.studentNo.localeCompare(b.studentNo));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "talk.report.view",
    subjectType: "talk",
    subjectId: talk.id,
    detail: { graduates: rows.length },
  });
  const [employer] = await db.select({ name: employers.name }).from(employers).where(eq(employers.id, talk.employerId));
  return {
    talk: {
      id: talk.id,
      title: talk.title,
      talkDate: talk.talkDate,
      slot: talk.slot,
      mode: talk.mode,
      capacity: talk.capacity,
      status: talk.status,
    },
    employerName: employer?.name ?? "",
    signedUp: rows.filter((r) => r.signedUp).length,
    attended: rows.filter((r) => r.method !== null).length,
    attendedSignedUp: rows.filter((r) => r.signedUp && r.method !== null).length,
    walkIns: rows.filter((r) => !r.signedUp && r.method !== null).length,
    rows,
  };
}

export type TalkReport = Awaited<ReturnType<typeof talkReport>>;
