/**
 * The graduate's personal calendar feed (issue 14): the confirmed windows of the programmes they are
 * still on their way in, and their booked pre-check appointments, at /calendar/<token>.ics. The URL
 * is the credential (calendar apps send no cookie), so the token is 24 random bytes, only its SHA-256
 * is stored, and issuing a new one replaces the old (the old URL answers 404 from then on). The feed
 * holds nothing but the owner's own events.
 */
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/token.server";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import {
  counsellingBookings,
  counsellingSlots,
  graduates,
  programmeCalendarFeeds,
  programmeInterests,
  programmeWindows,
  programmeYears,
  users,
} from "../../db/schema";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { pickLocale, translate } from "../i18n/messages";
import { nameFor, textFor } from "../i18n/names";
import { ENLISTMENT_PRECHECK_TOPIC } from "./desk";
import type { FeedEvent } from "./ical";
import { ownGraduateId } from "./own-graduate.server";
import { OPEN_FUNNEL_STATES } from "./states";
import { selectNamedWindows } from "./windows.server";
import { selectBookingsWithSlots } from "../counselling/bookings.server";

/** What a token looks like; anything else is answered 404 without reading the database. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** Whether the graduate has a feed, and since when (the URL itself cannot be shown again). */
export async function getOwnCalendarFeed(db: Queryable, actor: UserActor) {
  const graduateId = await ownGraduateId(db, actor);
  const [row] = await db
    .select({ createdAt: programmeCalendarFeeds.createdAt })
    .from(programmeCalendarFeeds)
    .where(eq(programmeCalendarFeeds.graduateId, graduateId));
  return row ? { active: true as const, createdAt: row.createdAt.toISOString() } : { active: false as const };
}

/** A new secret URL; any earlier one stops working in the same statement. */
export async function issueCalendarFeed(db: Database, actor: UserActor, now = new Date()) {
  const graduateId = await ownGraduateId(db, actor);
  const token = randomBytes(24).toString("base64url");
  await db
    .insert(programmeCalendarFeeds)
    .values({ graduateId, tokenHash: hashToken(token), createdAt: now })
    .onConflictDoUpdate({
      target: programmeCalendarFeeds.graduateId,
      set: { tokenHash: hashToken(token), createdAt: now },
    });
  return { token, url: `${getEnv().publicUrl}/calendar/${token}.ics` };
}

/** Turns the feed off: the URL answers 404 from now on. */
export async function revokeCalendarFeed(db: Database, actor: UserActor) {
  const graduateId = await ownGraduateId(db, actor);
  await db.delete(programmeCalendarFeeds).where(eq(programmeCalendarFeeds.graduateId, graduateId));
}

/**
 * The feed behind a token, in the owner's language: every confirmed window of the programme years
 * they are interested in (and have not left), and their booked pre-check appointments.
 */
export async function personalCalendar(db: Queryable, token: string) {
  if (!TOKEN_SHAPE.test(token)) refuse("error.notFound", { status: 404 });
  const [owner] = await db
    .select({ graduateId: programmeCalendarFeeds.graduateId, locale: users.locale })
    .from(programmeCalendarFeeds)
    .innerJoin(graduates, eq(graduates.id, programmeCalendarFeeds.graduateId))
    .leftJoin(users, eq(users.id, graduates.userId))
    .where(eq(programmeCalendarFeeds.tokenHash, hashToken(token)));
  if (!owner) refuse("error.notFound", { status: 404 });
  const locale = pickLocale(owner.locale);
  const { publicUrl } = getEnv();

  const windows = await selectNamedWindows(db, {
    id: programmeWindows.id,
    opensOn: programmeWindows.opensOn,
    closesOn: programmeWindows.closesOn,
    noteZh: programmeWindows.noteZh,
    noteEn: programmeWindows.noteEn,
    source: programmeWindows.source,
  })
    .innerJoin(programmeInterests, eq(programmeInterests.yearId, programmeYears.id))
    .where(
      and(
        eq(programmeInterests.graduateId, owner.graduateId),
        inArray(programmeInterests.state, [...OPEN_FUNNEL_STATES]),
        eq(programmeWindows.status, "known"),
      ),
    )
    .orderBy(asc(programmeWindows.opensOn));

  const appointments = await selectBookingsWithSlots(db, {
    id: counsellingBookings.id,
    startsAt: counsellingSlots.startsAt,
    endsAt: counsellingSlots.endsAt,
  })
    .where(
      and(
        eq(counsellingBookings.graduateId, owner.graduateId),
        eq(counsellingBookings.status, "booked"),
        eq(counsellingBookings.topic, ENLISTMENT_PRECHECK_TOPIC.code),
      ),
    )
    .orderBy(asc(counsellingSlots.startsAt));

  const events: FeedEvent[] = [
    ...windows
      .filter((w) => w.opensOn && w.closesOn)
      .map((w) => {
        const name = nameFor(locale, w);
        return {
          uid: `programme-window-${w.id}@jiuye`,
          opensOn: w.opensOn!,
          closesOn: w.closesOn!,
          summary: `${name}：${translate(locale, `programme.window.${w.kind}`)}`,
          description: [
            textFor(locale, { zh: w.noteZh, en: w.noteEn }),
            `${translate(locale, "programme.source")}: ${w.source}`,
          ]
            .filter(Boolean)
            .join("\n"),
          url: `${publicUrl}/programmes/${w.slug}?year=${w.year}`,
        };
      }),
    // The room or meeting link stays on the site (the desk page): the feed URL may be shared by mistake.
    ...appointments.map((a) => ({
      uid: `counselling-${a.id}@jiuye`,
      start: a.startsAt,
      end: a.endsAt,
      summary: translate(locale, "programme.calendar.precheck"),
      description: translate(locale, "programme.calendar.precheckNote"),
      url: `${publicUrl}/graduate/programmes/enlistment`,
    })),
  ];
  return { name: `${translate(locale, "programme.calendar.name")} · ${translate(locale, "app.name")}`, events };
}
