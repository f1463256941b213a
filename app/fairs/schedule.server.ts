/**
 * What happens to fairs by the clock, run by the maintenance round of any worker (idempotent, so
 * several workers repeat no-ops): reminders the day before and one hour before the first live
 * session (outbox mail keyed per registration and kind, so a second run sends nothing new), the
 * automatic go-live at the first session and the close after the last one, and at close the
 * no-show record of booths whose representatives never went online during the live hours.
 */
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database } from "../../db/client";
import { fairRegistrations, fairs, graduates, users } from "../../db/schema";
import { fairUpdateMail } from "../../emails/templates/fair-update";
import { SYSTEM } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { enqueueMail } from "../outbox/outbox.server";
import { schoolDate } from "../time";
import { FAIR_REMINDERS } from "../../vocabulary";
import { changeFairStatus, fairCalendar } from "./fairs.server";
import { liveSessions } from "./rules";

const DAY_MS = 86_400_000;

/** Mails each registered graduate the reminder that is due. Returns how many mails were enqueued. */
export async function sendFairReminders(db: Database, now = new Date()): Promise<number> {
  const upcoming = await db
    .select()
    .from(fairs)
    .where(
      and(
        inArray(fairs.status, ["open_for_graduates", "live"]),
        gte(fairs.startsOn, schoolDate(new Date(now.getTime() - DAY_MS))),
        sql`${fairs.startsOn} <= ${schoolDate(new Date(now.getTime() + 2 * DAY_MS))}`,
      ),
    );
  let sent = 0;
  for (const fair of upcoming) {
    const start = liveSessions(fair)[0]!.start.getTime();
    // The latest reminder whose moment has come, as long as the fair has not started yet.
    const due = FAIR_REMINDERS.filter((r) => now.getTime() >= start - r.beforeMs && now.getTime() < start).at(-1);
    if (!due) continue;
    const registered = await db
      .select({
        id: fairRegistrations.id,
        name: graduates.name,
        email: sql<string | null>`coalesce(${users.email}, ${graduates.email})`,
        locale: users.locale,
      })
      .from(fairRegistrations)
      .innerJoin(graduates, eq(graduates.id, fairRegistrations.graduateId))
      .leftJoin(users, eq(users.id, graduates.userId))
      .where(and(eq(fairRegistrations.fairId, fair.id), eq(fairRegistrations.status, "registered")));
    for (const person of registered) {
      if (!person.email) continue;
      const mail = fairUpdateMail(
        {
          subject: { key: `fairRegistration.mail.reminder.${due.kind}.subject`, params: { fair: fair.title } },
          body: {
            key: "fairRegistration.mail.reminder.body",
            params: { fair: fair.title, from: fair.liveFrom, until: fair.liveUntil, day: fair.startsOn },
          },
          url: `${getEnv().publicUrl}/fairs/${fair.id}`,
          audience: "graduate",
        },
        mailLocaleOf(person),
      );
      const ics = fairCalendar(fair, { name: person.name, email: person.email });
      const queued = await enqueueMail(db, `fair-reminder:${person.id}:${due.kind}:${person.email}`, {
        to: person.email,
        ...mail,
        icalEvent: { method: "REQUEST", content: ics, filename: "fair.ics" },
      });
      if (queued) sent += 1;
    }
  }
  return sent;
}

/** Goes live at the first session and closes after the last one, as the system. Returns fairs moved. */
export async function advanceFairsByDates(db: Database, now = new Date()): Promise<number> {
  const candidates = await db
    .select()
    .from(fairs)
    .where(
      and(
        inArray(fairs.status, ["open_for_graduates", "live"]),
        sql`${fairs.startsOn} <= ${schoolDate(new Date(now.getTime() + DAY_MS))}`,
      ),
    );
  let moved = 0;
  for (const fair of candidates) {
    const sessions = liveSessions(fair);
    const ended = now >= sessions.at(-1)!.end;
    const event = ended
      ? "close"
      : fair.status === "open_for_graduates" && now >= sessions[0]!.start
        ? "go_live"
        : null;
    if (!event) continue;
    try {
      await changeFairStatus(db, SYSTEM, { fairId: fair.id, event, now });
      moved += 1;
    } catch {
      // Another worker moved it a moment earlier: the machine refuses the repeat, which is fine.
    }
  }
  return moved;
}
