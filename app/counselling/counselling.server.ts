import { and, asc, desc, eq, gt, gte, isNull, lte, ne, or, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import { colleges, counsellingBookings, counsellingSlots, counsellingTopics, graduates, users } from "../../db/schema";
import type { CounsellingMode } from "../../vocabulary";
import { counsellingUpdateMail } from "../../emails/templates/counselling-update";
import { recordAudit, type AuditEntry } from "../audit/audit.server";
import type { StaffActor, UserActor } from "../auth/actor";
import type { StaffScope } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { translate } from "../i18n/messages";
import { nameFor } from "../i18n/names";
import { graduateMailRecipient } from "../graduates/recipient.server";
import { enqueueMail } from "../outbox/outbox.server";
import { counsellingInvite } from "./invite";
import type { BookInput, PublishInput } from "./schema";
import {
  bookingActions,
  bookingMachine,
  BOOK_CUTOFF_MINUTES,
  MAX_UPCOMING_PER_COUNSELLOR,
  MAX_UPCOMING_TOTAL,
  type BookingEvent,
  type BookingState,
} from "./states";
import { reminderDue } from "./reminders";
import type { TopicOption } from "./topics";
import { formatSchoolDateTimeSpan } from "../time";
import { selectBookingsWithSlots } from "./bookings.server";

export type CounsellingSlot = typeof counsellingSlots.$inferSelect;
export type CounsellingBooking = typeof counsellingBookings.$inferSelect;

// Validation: the forms' schemas are pure (./schema.ts), so pages and tests share them.
export { BookSchema, PublishSchema, type BookInput, type PublishInput } from "./schema";

function cleanReason(reason: string | null | undefined): string {
  const r = (reason ?? "").trim();
  if (r.length < 2 || r.length > 500) refuse("counselling.reason.required", { status: 400, field: "reason" });
  return r;
}

// ---------------------------------------------------------------------------------------------
// Errors the database raises for us

function pgErrors(error: unknown): { code?: string; message?: string; constraint?: string }[] {
  const out: { code?: string; message?: string; constraint?: string }[] = [];
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const x = e as { code?: string; message?: string; constraint_name?: string; constraint?: string };
    out.push({ code: x.code, message: x.message, constraint: x.constraint_name ?? x.constraint });
  }
  return out;
}

function isSlotOverlap(error: unknown): boolean {
  return pgErrors(error).some(
    (x) => x.constraint === "counselling_slots_no_overlap" || /overlaps another open slot/.test(x.message ?? ""),
  );
}

function isDoubleBooking(error: unknown): boolean {
  return pgErrors(error).some(
    (x) =>
      x.constraint === "counselling_bookings_slot_once" ||
      (x.code === "23505" && /counselling_bookings_slot_once/.test(x.message ?? "")),
  );
}

// ---------------------------------------------------------------------------------------------
// Topics

export async function listTopics(db: Queryable): Promise<TopicOption[]> {
  const rows = await db
    .select()
    .from(counsellingTopics)
    .where(eq(counsellingTopics.active, true))
    .orderBy(asc(counsellingTopics.sort), asc(counsellingTopics.code));
  return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn }));
}

async function topicByCode(db: Queryable, code: string) {
  const [row] = await db.select().from(counsellingTopics).where(eq(counsellingTopics.code, code)).limit(1);
  return row ? { nameZh: row.nameZh, nameEn: row.nameEn } : { nameZh: code, nameEn: code };
}

// ---------------------------------------------------------------------------------------------
// Staff: publishing and withdrawing slots

/** Who may book: null (every graduate) or one college. College staff publish for their college unless they open it to all. */
async function resolveAudience(
  db: Queryable,
  staff: StaffActor,
  audience: PublishInput["audience"],
): Promise<number | null> {
  if (audience === undefined) return staff.scope.kind === "college" ? staff.scope.collegeId : null;
  if (audience === "all") return null;
  if (staff.scope.kind === "college" && audience !== staff.scope.collegeId)
    refuse("counselling.audience.outOfScope", { status: 403, field: "audience" });
  const [college] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, audience)).limit(1);
  if (!college) refuse("counselling.audience.invalid", { status: 400, field: "audience" });
  return college.id;
}

/** Colleges a staff member may restrict slots to: every college for school staff, their own otherwise. */
export async function listAudienceColleges(db: Queryable, scope: StaffScope) {
  const rows = await db
    .select({ id: colleges.id, nameZh: colleges.nameZh, nameEn: colleges.nameEn })
    .from(colleges)
    .orderBy(asc(colleges.code));
  return scope.kind === "school" ? rows : rows.filter((c) => c.id === scope.collegeId);
}

/** Publishes the slots of a pattern at once; all or none (an overlap with an open slot refuses the lot). */
export async function publishSlots(db: Database, input: { staff: StaffActor; data: PublishInput; now?: Date }) {
  const { staff, data } = input;
  const now = input.now ?? new Date();
  if (data.slots.length === 0) refuse("counselling.slots.none", { status: 400, field: "to" });
  if (data.slots[0]!.startsAt.getTime() <= now.getTime())
    refuse("counselling.date.past", { status: 400, field: "date" });
  const known = new Set((await listTopics(db)).map((t) => t.code));
  const topics = [...new Set(data.topics)];
  if (topics.some((t) => !known.has(t))) refuse("counselling.topics.required", { status: 400, field: "topics" });
  const collegeId = await resolveAudience(db, staff, data.audience);
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx
        .insert(counsellingSlots)
        .values(
          data.slots.map((s) => ({
            counsellorUserId: staff.userId,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            mode: data.mode,
            location: data.location,
            topics,
            collegeId,
            createdAt: input.now,
          })),
        )
        .returning();
      await recordAudit(tx, {
        at: input.now,
        actorUserId: staff.userId,
        action: "counselling.publish",
        subjectType: "counselling_slot",
        subjectId: rows[0]?.id ?? null,
        detail: {
          count: rows.length,
          first: data.slots[0]!.startsAt.toISOString(),
          mode: data.mode,
          topics,
          collegeId,
        },
      });
      return rows;
    });
  } catch (error) {
    if (isSlotOverlap(error)) refuse("counselling.slot.overlap", { status: 409, field: "from" });
    throw error;
  }
}

/** The booking that holds a slot: any but a cancelled one (a slot has one at most, by a unique index). */
const heldBookingOf = (slotId: string | typeof counsellingSlots.id) =>
  and(eq(counsellingBookings.slotId, slotId), ne(counsellingBookings.status, "cancelled"));

function canManageSlot(staff: StaffActor, slot: { counsellorUserId: string }) {
  return slot.counsellorUserId === staff.userId || staff.scope.kind === "school";
}

/** Takes an unbooked slot off the list. A booked one is cancelled first (the graduate is told). */
export async function withdrawSlot(db: Database, input: { staff: StaffActor; slotId: string; reason?: string | null }) {
  return db.transaction(async (tx) => {
    const [slot] = await tx.select().from(counsellingSlots).where(eq(counsellingSlots.id, input.slotId)).for("update");
    if (!slot) refuse("error.notFound", { status: 404 });
    if (!canManageSlot(input.staff, slot)) refuse("error.forbidden", { status: 403 });
    if (slot.status !== "open") refuse("counselling.slot.withdrawn");
    const [active] = await tx
      .select({ id: counsellingBookings.id })
      .from(counsellingBookings)
      .where(heldBookingOf(slot.id))
      .limit(1);
    if (active) refuse("counselling.slot.hasBooking");
    const reason = input.reason?.trim() || null;
    const [updated] = await tx
      .update(counsellingSlots)
      .set({ status: "withdrawn", withdrawReason: reason })
      .where(eq(counsellingSlots.id, slot.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: input.staff.userId,
      action: "counselling.withdraw",
      subjectType: "counselling_slot",
      subjectId: slot.id,
      detail: { reason },
    });
    return updated!;
  });
}

// ---------------------------------------------------------------------------------------------
// Mail

type Change = "booked" | "moved" | "cancelled_by_graduate" | "cancelled_by_staff" | "reminder";

/**
 * Mails both sides (the counsellor and the graduate) with an iCalendar REQUEST, or a CANCEL when
 * the booking was cancelled. UID counselling-<id>@jiuye; SEQUENCE is the booking's sequence. The
 * key is per booking + sequence + change + recipient, so a retry never mails twice.
 */
async function notify(tx: Queryable, bookingId: string, change: Change, reason: string | null) {
  const [row] = await selectBookingsWithSlots(tx, {
    booking: counsellingBookings,
    slot: counsellingSlots,
    graduateName: graduates.name,
  })
    .innerJoin(graduates, eq(graduates.id, counsellingBookings.graduateId))
    .where(eq(counsellingBookings.id, bookingId))
    .limit(1);
  if (!row) return;
  const { booking, slot } = row;
  const [counsellor] = await tx
    .select({ email: users.email, name: users.displayName, locale: users.locale })
    .from(users)
    .where(eq(users.id, slot.counsellorUserId))
    .limit(1);
  const graduate = await graduateMailRecipient(tx, booking.graduateId);
  if (!counsellor) return;
  const topic = await topicByCode(tx, booking.topic);
  const method = change === "cancelled_by_graduate" || change === "cancelled_by_staff" ? "CANCEL" : "REQUEST";
  const ics = graduate
    ? counsellingInvite({
        bookingId: booking.id,
        sequence: booking.sequence,
        method,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        mode: slot.mode,
        location: slot.location,
        topic,
        question: booking.question,
        counsellor: { name: counsellor.name, email: counsellor.email },
        graduate: { name: row.graduateName, email: graduate.email },
      })
    : null;
  const recipients: { email: string; locale: "zh-CN" | "en"; path: string }[] = [
    { email: counsellor.email, locale: mailLocaleOf(counsellor), path: "/staff/counselling" },
  ];
  if (graduate) recipients.push({ email: graduate.email, locale: graduate.locale, path: "/graduate/counselling" });
  for (const r of recipients) {
    const mail = counsellingUpdateMail(
      {
        headline: translate(r.locale, `counselling.mail.headline.${change}`),
        counsellorName: counsellor.name,
        graduateName: row.graduateName,
        topicLabel: nameFor(r.locale, topic),
        modeLabel: translate(r.locale, `counselling.mode.${slot.mode}`),
        location: slot.location,
        time: formatSchoolDateTimeSpan(slot.startsAt, slot.endsAt, r.locale),
        question: booking.question || null,
        reason,
        url: `${getEnv().publicUrl}${r.path}`,
      },
      r.locale,
    );
    await enqueueMail(tx, `counselling:${booking.id}:${booking.sequence}:${change}:${r.email.toLowerCase()}`, {
      to: r.email,
      ...mail,
      ...(ics ? { icalEvent: { method, content: ics, filename: "counselling.ics" } } : {}),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Graduates: booking and cancelling

async function linkedGraduate(db: Queryable, userId: string) {
  const [row] = await db
    .select({ id: graduates.id, name: graduates.name, collegeId: graduates.collegeId })
    .from(graduates)
    .where(eq(graduates.userId, userId))
    .limit(1);
  return row ?? null;
}

const eligibleFor = (collegeId: number) =>
  or(isNull(counsellingSlots.collegeId), eq(counsellingSlots.collegeId, collegeId));

/** Books a slot for the signed-in graduate. Concurrent attempts on one slot: the unique index lets exactly one win. */
export async function bookSlot(db: Database, actor: UserActor, input: { data: BookInput; now?: Date }) {
  const now = input.now ?? new Date();
  const graduate = await linkedGraduate(db, actor.userId);
  if (!graduate) refuse("counselling.noRoster", { status: 403 });
  try {
    return await db.transaction(async (tx) => {
      // One graduate's bookings are serialised, so the caps below cannot be raced past.
      await tx.select({ id: graduates.id }).from(graduates).where(eq(graduates.id, graduate.id)).for("update");
      const [slot] = await tx
        .select()
        .from(counsellingSlots)
        .where(eq(counsellingSlots.id, input.data.slotId))
        .for("share");
      if (!slot) refuse("counselling.slot.notFound", { status: 404, field: "slotId" });
      if (slot.status !== "open") refuse("counselling.slot.withdrawn", { status: 409, field: "slotId" });
      if (slot.collegeId !== null && slot.collegeId !== graduate.collegeId)
        refuse("counselling.slot.notEligible", { status: 403, field: "slotId" });
      if (slot.startsAt.getTime() - now.getTime() < BOOK_CUTOFF_MINUTES * 60_000)
        refuse("counselling.slot.tooLate", { status: 409, field: "slotId" });
      if (!slot.topics.includes(input.data.topic))
        refuse("counselling.topic.notOffered", { status: 400, field: "topic" });
      const [taken] = await tx
        .select({ id: counsellingBookings.id, graduateId: counsellingBookings.graduateId })
        .from(counsellingBookings)
        .where(heldBookingOf(slot.id))
        .limit(1);
      if (taken)
        refuse(taken.graduateId === graduate.id ? "counselling.slot.yours" : "counselling.slot.taken", {
          status: 409,
          field: "slotId",
        });
      const upcoming = await selectBookingsWithSlots(tx, {
        counsellorUserId: counsellingBookings.counsellorUserId,
        startsAt: counsellingSlots.startsAt,
        endsAt: counsellingSlots.endsAt,
      }).where(
        and(
          eq(counsellingBookings.graduateId, graduate.id),
          eq(counsellingBookings.status, "booked"),
          gt(counsellingSlots.endsAt, now),
        ),
      );
      if (upcoming.filter((u) => u.counsellorUserId === slot.counsellorUserId).length >= MAX_UPCOMING_PER_COUNSELLOR)
        refuse("counselling.cap.counsellor", { status: 409, field: "slotId" });
      if (upcoming.length >= MAX_UPCOMING_TOTAL) refuse("counselling.cap.total", { status: 409, field: "slotId" });
      if (upcoming.some((u) => u.startsAt < slot.endsAt && slot.startsAt < u.endsAt))
        refuse("counselling.slot.clash", { status: 409, field: "slotId" });
      const [booking] = await tx
        .insert(counsellingBookings)
        .values({
          slotId: slot.id,
          graduateId: graduate.id,
          counsellorUserId: slot.counsellorUserId,
          topic: input.data.topic,
          question: input.data.question,
          status: "booked",
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning();
      await recordAudit(tx, {
        at: input.now,
        actorUserId: actor.userId,
        action: "counselling.book",
        subjectType: "counselling_booking",
        subjectId: booking!.id,
        detail: { slotId: slot.id, topic: input.data.topic },
      });
      await notify(tx, booking!.id, "booked", null);
      return booking!;
    });
  } catch (error) {
    if (isDoubleBooking(error)) refuse("counselling.slot.taken", { status: 409, field: "slotId" });
    throw error;
  }
}

async function lockBooking(tx: Queryable, bookingId: string) {
  const [booking] = await tx
    .select()
    .from(counsellingBookings)
    .where(eq(counsellingBookings.id, bookingId))
    .for("update");
  if (!booking) refuse("error.notFound", { status: 404 });
  const [slot] = await tx.select().from(counsellingSlots).where(eq(counsellingSlots.id, booking.slotId)).limit(1);
  const [graduate] = await tx
    .select({ collegeId: graduates.collegeId, userId: graduates.userId })
    .from(graduates)
    .where(eq(graduates.id, booking.graduateId))
    .limit(1);
  if (!slot || !graduate) refuse("error.notFound", { status: 404 });
  return { booking, slot, graduate };
}

/**
 * Writes a change to a booking locked by `lockBooking`: its new values, its audit entry and, for a
 * change both sides are told of, the mail (which reads the booking again, with its slot).
 */
async function saveBooking(
  tx: Queryable,
  booking: CounsellingBooking,
  change: {
    set: Partial<typeof counsellingBookings.$inferInsert>;
    audit: Omit<AuditEntry, "subjectType" | "subjectId">;
    mail?: { change: Change; reason: string | null };
  },
): Promise<CounsellingBooking> {
  const [updated] = await tx
    .update(counsellingBookings)
    .set(change.set)
    .where(eq(counsellingBookings.id, booking.id))
    .returning();
  await recordAudit(tx, { ...change.audit, subjectType: "counselling_booking", subjectId: booking.id });
  if (change.mail) await notify(tx, booking.id, change.mail.change, change.mail.reason);
  return updated!;
}

/** The graduate cancels (with a reason) until the cut-off; the slot is free again for others. */
export async function cancelByGraduate(
  db: Database,
  actor: UserActor,
  input: { bookingId: string; reason: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const reason = cleanReason(input.reason);
  return db.transaction(async (tx) => {
    const { booking, slot, graduate } = await lockBooking(tx, input.bookingId);
    if (graduate.userId !== actor.userId) refuse("error.forbidden", { status: 403 });
    const to = bookingMachine.require(booking.status, "cancel", "graduate", { startsAt: slot.startsAt, now, reason });
    return saveBooking(tx, booking, {
      set: {
        status: to,
        cancelledBy: "graduate",
        cancelReason: reason,
        sequence: booking.sequence + 1,
        updatedAt: now,
      },
      audit: { actorUserId: actor.userId, action: "counselling.cancel", detail: { by: "graduate", reason } },
      mail: { change: "cancelled_by_graduate", reason },
    });
  });
}

/**
 * Staff see a booking when it is on their own slot or the graduate is in their scope; they act on
 * it when it is their own slot or they have school scope. Anything else is a 403.
 */
async function lockForStaff(tx: Queryable, staff: StaffActor, bookingId: string) {
  const found = await lockBooking(tx, bookingId);
  const own = found.slot.counsellorUserId === staff.userId;
  if (!own && staff.scope.kind !== "school") refuse("error.forbidden", { status: 403 });
  return { ...found, own };
}

/** Staff cancel with a reason; the graduate gets a CANCEL. The time is withdrawn unless `reopen`. */
export async function cancelByStaff(
  db: Database,
  input: { staff: StaffActor; bookingId: string; reason: string; reopen?: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  const reason = cleanReason(input.reason);
  return db.transaction(async (tx) => {
    const { booking, slot } = await lockForStaff(tx, input.staff, input.bookingId);
    const to = bookingMachine.require(booking.status, "cancel", "staff", { startsAt: slot.startsAt, now, reason });
    if (!input.reopen)
      await tx
        .update(counsellingSlots)
        .set({ status: "withdrawn", withdrawReason: reason })
        .where(eq(counsellingSlots.id, slot.id));
    return saveBooking(tx, booking, {
      set: { status: to, cancelledBy: "staff", cancelReason: reason, sequence: booking.sequence + 1, updatedAt: now },
      audit: {
        actorUserId: input.staff.userId,
        action: "counselling.cancel",
        detail: { by: "staff", reason, reopen: Boolean(input.reopen) },
      },
      mail: { change: "cancelled_by_staff", reason },
    });
  });
}

/**
 * The counsellor (or school staff) moves a booked appointment to another room or meeting link:
 * the booking's SEQUENCE rises and both sides get an updated REQUEST under the same UID.
 */
export async function changeLocation(
  db: Database,
  input: { staff: StaffActor; bookingId: string; location: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const location = input.location.trim();
  if (location.length < 2 || location.length > 300)
    refuse("counselling.location.required", { status: 400, field: "newLocation" });
  return db.transaction(async (tx) => {
    const { booking, slot } = await lockForStaff(tx, input.staff, input.bookingId);
    if (booking.status !== "booked" || slot.startsAt.getTime() <= now.getTime()) refuse("counselling.move.notNow");
    if (slot.mode === "video" && !/^https:\/\/\S+$/.test(location))
      refuse("counselling.location.link", { status: 400, field: "newLocation" });
    if (location === slot.location) refuse("counselling.move.same", { status: 400, field: "newLocation" });
    await tx.update(counsellingSlots).set({ location }).where(eq(counsellingSlots.id, slot.id));
    return saveBooking(tx, booking, {
      set: { sequence: booking.sequence + 1, updatedAt: now },
      audit: {
        actorUserId: input.staff.userId,
        action: "counselling.move",
        detail: { from: slot.location, to: location },
      },
      mail: { change: "moved", reason: null },
    });
  });
}

/** Attended or no-show, once the appointment has started. */
export async function recordAttendance(
  db: Database,
  input: { staff: StaffActor; bookingId: string; outcome: "attended" | "no_show"; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const { booking, slot } = await lockForStaff(tx, input.staff, input.bookingId);
    const to = bookingMachine.require(
      booking.status,
      input.outcome === "attended" ? "attend" : "mark_no_show",
      "staff",
      {
        startsAt: slot.startsAt,
        now,
      },
    );
    return saveBooking(tx, booking, {
      set: { status: to, updatedAt: now },
      audit: { at: input.now, actorUserId: input.staff.userId, action: `counselling.${input.outcome}`, detail: {} },
    });
  });
}

/** The counsellor's private note (never shown to the graduate nor mailed). Only the slot's counsellor writes it. */
export async function saveNote(
  db: Database,
  input: { staff: StaffActor; bookingId: string; note: string; now?: Date },
) {
  const note = input.note.trim();
  if (note.length > 2000) refuse("counselling.note.tooLong", { status: 400, field: "note" });
  return db.transaction(async (tx) => {
    const { booking, own } = await lockForStaff(tx, input.staff, input.bookingId);
    if (!own) refuse("counselling.note.ownOnly", { status: 403, field: "note" });
    return saveBooking(tx, booking, {
      set: { staffNote: note || null, updatedAt: input.now ?? new Date() },
      // The note's words stay out of the audit log; that it changed is recorded.
      audit: {
        at: input.now,
        actorUserId: input.staff.userId,
        action: "counselling.note",
        detail: { length: note.length },
      },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reminders

/** Booked appointments get one reminder the day before (both sides, the invite again). Returns how many. */
export async function sendCounsellingReminders(db: Database, now = new Date()): Promise<number> {
  const candidates = await selectBookingsWithSlots(db, {
    id: counsellingBookings.id,
    createdAt: counsellingBookings.createdAt,
    startsAt: counsellingSlots.startsAt,
  })
    .where(
      and(
        eq(counsellingBookings.status, "booked"),
        isNull(counsellingBookings.reminderSentAt),
        gt(counsellingSlots.startsAt, now),
        lte(counsellingSlots.startsAt, new Date(now.getTime() + 48 * 3600_000)),
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt))
    .limit(500);
  let count = 0;
  for (const c of candidates) {
    if (!reminderDue({ startsAt: c.startsAt, bookedAt: c.createdAt, now })) continue;
    const sent = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(counsellingBookings)
        .set({ reminderSentAt: now })
        .where(
          and(
            eq(counsellingBookings.id, c.id),
            eq(counsellingBookings.status, "booked"),
            isNull(counsellingBookings.reminderSentAt),
          ),
        )
        .returning();
      if (!row) return false;
      await recordAudit(tx, {
        actorUserId: null,
        action: "counselling.reminder",
        subjectType: "counselling_booking",
        subjectId: c.id,
        detail: {},
      });
      await notify(tx, c.id, "reminder", null);
      return true;
    });
    if (sent) count += 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Lists (plain JSON-ready rows)

/** When and where, as every list shows a slot or a booking (instants as ISO strings). */
type SlotTimeAndPlace = {
  id: string;
  startsAt: string;
  endsAt: string;
  mode: CounsellingMode;
  location: string;
};

/** A booking as the graduate sees it; the staff list adds who booked and what they may do. */
export type GraduateBookingRow = SlotTimeAndPlace & {
  counsellorName: string;
  topic: string;
  question: string;
  status: BookingState;
  cancelReason: string | null;
  cancelledBy: "graduate" | "staff" | null;
  events: BookingEvent[];
};

export type StaffBookingRow = GraduateBookingRow & {
  slotId: string;
  own: boolean;
  canManage: boolean;
  graduateName: string;
  collegeZh: string;
  collegeEn: string;
  /** Only on the counsellor's own bookings. */
  staffNote: string | null;
};

/** A booking's row from it, its slot and its counsellor; the reader decides the place shown and the buttons. */
function bookingRow(
  r: { booking: CounsellingBooking; slot: CounsellingSlot; counsellorName: string },
  shown: { location: string; events: BookingEvent[] },
): GraduateBookingRow {
  return {
    id: r.booking.id,
    startsAt: r.slot.startsAt.toISOString(),
    endsAt: r.slot.endsAt.toISOString(),
    mode: r.slot.mode,
    location: shown.location,
    counsellorName: r.counsellorName,
    topic: r.booking.topic,
    question: r.booking.question,
    status: r.booking.status,
    cancelReason: r.booking.cancelReason,
    cancelledBy: r.booking.cancelledBy,
    events: shown.events,
  };
}

export type StaffSlotRow = SlotTimeAndPlace & {
  topics: string[];
  collegeId: number | null;
  bookingId: string | null;
  graduateName: string | null;
};

/** What a staff member sees: their own slots (recent and upcoming) and the bookings of their scope. */
export async function listForStaff(db: Queryable, input: { staff: StaffActor; now?: Date }) {
  const now = input.now ?? new Date();
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const { staff } = input;
  const slotRows = await db
    .select({ slot: counsellingSlots, bookingId: counsellingBookings.id, graduateName: graduates.name })
    .from(counsellingSlots)
    .leftJoin(counsellingBookings, heldBookingOf(counsellingSlots.id))
    .leftJoin(graduates, eq(graduates.id, counsellingBookings.graduateId))
    .where(
      and(
        eq(counsellingSlots.counsellorUserId, staff.userId),
        eq(counsellingSlots.status, "open"),
        gte(counsellingSlots.endsAt, now),
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt))
    .limit(300);
  const slots: StaffSlotRow[] = slotRows.map((r) => ({
    id: r.slot.id,
    startsAt: r.slot.startsAt.toISOString(),
    endsAt: r.slot.endsAt.toISOString(),
    mode: r.slot.mode,
    location: r.slot.location,
    topics: r.slot.topics,
    collegeId: r.slot.collegeId,
    bookingId: r.bookingId,
    graduateName: r.graduateName,
  }));

  const visible =
    staff.scope.kind === "school"
      ? undefined
      : or(eq(counsellingSlots.counsellorUserId, staff.userId), eq(graduates.collegeId, staff.scope.collegeId));
  const rows = await selectBookingsWithSlots(db, {
    booking: counsellingBookings,
    slot: counsellingSlots,
    counsellorName: users.displayName,
    graduateName: graduates.name,
    collegeZh: colleges.nameZh,
    collegeEn: colleges.nameEn,
  })
    .innerJoin(graduates, eq(graduates.id, counsellingBookings.graduateId))
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .innerJoin(users, eq(users.id, counsellingSlots.counsellorUserId))
    .where(and(gte(counsellingSlots.startsAt, since), visible))
    .orderBy(asc(counsellingSlots.startsAt))
    .limit(300);
  const bookings: StaffBookingRow[] = rows.map((r) => {
    const own = r.slot.counsellorUserId === staff.userId;
    const canManage = own || staff.scope.kind === "school";
    return {
      ...bookingRow(r, {
        location: r.slot.location,
        events: canManage ? bookingActions(r.booking.status, "staff", { startsAt: r.slot.startsAt, now }) : [],
      }),
      slotId: r.slot.id,
      own,
      canManage,
      graduateName: r.graduateName,
      collegeZh: r.collegeZh,
      collegeEn: r.collegeEn,
      staffNote: own ? r.booking.staffNote : null,
    };
  });
  return { slots, bookings };
}

export type OpenSlotRow = SlotTimeAndPlace & {
  topics: string[];
  counsellorName: string;
  counsellorUserId: string;
  forCollege: boolean;
};

/** A linked graduate's view: open future slots they may book, and their own bookings. */
export async function listForGraduate(db: Queryable, actor: UserActor, input: { now?: Date } = {}) {
  const now = input.now ?? new Date();
  const graduate = await linkedGraduate(db, actor.userId);
  if (!graduate) return null;
  const bookable = new Date(now.getTime() + BOOK_CUTOFF_MINUTES * 60_000);
  const open = await db
    .select({ slot: counsellingSlots, counsellorName: users.displayName })
    .from(counsellingSlots)
    .innerJoin(users, eq(users.id, counsellingSlots.counsellorUserId))
    .where(
      and(
        eq(counsellingSlots.status, "open"),
        gt(counsellingSlots.startsAt, bookable),
        eligibleFor(graduate.collegeId),
        sql`not exists (select 1 from ${counsellingBookings} b where b.slot_id = ${counsellingSlots.id} and b.status <> 'cancelled')`,
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt))
    .limit(200);
  const mine = await selectBookingsWithSlots(db, {
    booking: counsellingBookings,
    slot: counsellingSlots,
    counsellorName: users.displayName,
  })
    .innerJoin(users, eq(users.id, counsellingSlots.counsellorUserId))
    .where(eq(counsellingBookings.graduateId, graduate.id))
    .orderBy(desc(counsellingSlots.startsAt))
    .limit(100);
  const bookings: GraduateBookingRow[] = mine.map((r) =>
    bookingRow(r, {
      // A cancelled booking no longer gives access to the meeting: the slot may be booked again by
      // someone else (with the same link), so the link is shown only while the booking is held.
      location: r.slot.mode === "video" && r.booking.status === "cancelled" ? "" : r.slot.location,
      events: bookingActions(r.booking.status, "graduate", { startsAt: r.slot.startsAt, now }),
    }),
  );
  const upcomingWith = new Set(
    mine.filter((r) => r.booking.status === "booked" && r.slot.endsAt > now).map((r) => r.slot.counsellorUserId),
  );
  const slots: OpenSlotRow[] = open.map((r) => ({
    id: r.slot.id,
    startsAt: r.slot.startsAt.toISOString(),
    endsAt: r.slot.endsAt.toISOString(),
    mode: r.slot.mode,
    location: r.slot.mode === "video" ? "" : r.slot.location,
    topics: r.slot.topics,
    counsellorName: r.counsellorName,
    counsellorUserId: r.slot.counsellorUserId,
    forCollege: r.slot.collegeId !== null,
  }));
  return { graduate: { name: graduate.name }, slots, bookings, bookedWith: [...upcomingWith] };
}
