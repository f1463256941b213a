/**
 * The season summary's figures (app/reports/season.ts) from the rows: fairs that went live and
 * approved talks whose day has come, within the window. Three statements whatever the number of
 * events. Aggregates only: no graduate is named, so the view is not audited.
 */
import { sql } from "drizzle-orm";
import { resultRows, type Queryable } from "../../db/client";
import type { StaffActor } from "../auth/actor";
import { refuse } from "../errors";
import { schoolDate } from "../time";
import type { SeasonEvent, SeasonEventKind, SeasonSummary, SeasonWindow } from "./season";

/** The CTEs of the events held in the window (a fair counts from its first day, a talk on its day). */
function heldEvents(window: SeasonWindow, today: string) {
  const last = window.to < today ? window.to : today;
  return sql`
    held_fairs as (
      select id, title, starts_on from fairs
      where status in ('live', 'closed') and starts_on between ${window.from} and ${last}
    ),
    held_talks as (
      select id, title, talk_date, mode, employer_id from talks
      where status = 'approved' and talk_date between ${window.from} and ${last}
    )`;
}

export async function seasonSummary(
  db: Queryable,
  actor: StaffActor,
  input: { window: SeasonWindow; now?: Date },
): Promise<SeasonSummary> {
  // The school's figures: talks are the career centre's, so college staff have no season of their own.
  if (actor.scope.kind !== "school") refuse("error.forbidden", { status: 403 });
  const today = schoolDate(input.now ?? new Date());
  const held = heldEvents(input.window, today);
  const [fairRows, talkRows, totals] = await Promise.all([
    db.execute(sql`with ${held}
      select f.id, f.title, f.starts_on::text as date,
        (select count(*)::int from fair_booths b where b.fair_id = f.id and b.status = 'approved') as employers,
        (select count(distinct bp.posting_id)::int from fair_booth_postings bp
           join fair_booths b on b.id = bp.booth_id where b.fair_id = f.id and b.status = 'approved') as postings,
        (select count(*)::int from fair_registrations r where r.fair_id = f.id and r.status = 'registered') as registered,
        (select count(distinct g)::int from (
           select q.graduate_id as g from fair_queue_entries q where q.fair_id = f.id
           union
           select sr.graduate_id from fair_session_registrations sr
             join fair_booth_sessions s on s.id = sr.session_id
             where s.fair_id = f.id and sr.attended_at is not null) as x) as taking_part
      from held_fairs f order by f.starts_on, f.title`),
    db.execute(sql`with ${held}
      select t.id, t.title, t.talk_date::text as date, t.mode, 1 as employers,
        (select count(*)::int from talk_postings tp where tp.talk_id = t.id) as postings,
        (select count(*)::int from talk_signups s where s.talk_id = t.id and s.status = 'signed_up') as registered,
        (select count(*)::int from talk_attendance a where a.talk_id = t.id) as taking_part
      from held_talks t order by t.talk_date, t.title`),
    db.execute(sql`with ${held}
      select
        (select count(distinct e)::int from (
           select b.employer_id as e from fair_booths b join held_fairs f on f.id = b.fair_id where b.status = 'approved'
           union select employer_id from held_talks) as x) as employers,
        (select count(distinct p)::int from (
           select bp.posting_id as p from fair_booth_postings bp
             join fair_booths b on b.id = bp.booth_id join held_fairs f on f.id = b.fair_id where b.status = 'approved'
           union select tp.posting_id from talk_postings tp join held_talks t on t.id = tp.talk_id) as x) as postings,
        (select count(distinct g)::int from (
           select q.graduate_id as g from fair_queue_entries q join held_fairs f on f.id = q.fair_id
           union select sr.graduate_id from fair_session_registrations sr
             join fair_booth_sessions s on s.id = sr.session_id join held_fairs f on f.id = s.fair_id
             where sr.attended_at is not null
           union select a.graduate_id from talk_attendance a join held_talks t on t.id = a.talk_id) as x) as taking_part,
        (select count(distinct g)::int from (
           select r.graduate_id as g from fair_registrations r join held_fairs f on f.id = r.fair_id where r.status = 'registered'
           union select s.graduate_id from talk_signups s join held_talks t on t.id = s.talk_id where s.status = 'signed_up') as x) as registered`),
  ]);
  type Row = {
    title: string;
    date: string;
    mode?: string;
    employers: number;
    postings: number;
    registered: number;
    taking_part: number;
  };
  const event = (kind: SeasonEventKind, r: Row): SeasonEvent => ({
    kind,
    date: r.date,
    title: r.title,
    employers: Number(r.employers),
    postings: Number(r.postings),
    registered: Number(r.registered),
    takingPart: Number(r.taking_part),
  });
  const events = [
    ...resultRows<Row>(fairRows).map((r) => event("fair", r)),
    ...resultRows<Row>(talkRows).map((r) => event(r.mode === "online" ? "talk_online" : "talk_on_campus", r)),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, "zh-CN"));
  const total = resultRows<{ employers: number; postings: number; taking_part: number; registered: number }>(totals)[0];
  const count = (kind: SeasonEventKind) => events.filter((e) => e.kind === kind).length;
  return {
    window: input.window,
    figures: {
      eventsHeld: events.length,
      fairsHeld: count("fair"),
      talksOnline: count("talk_online"),
      talksOnCampus: count("talk_on_campus"),
      employers: Number(total?.employers ?? 0),
      postingsFeatured: Number(total?.postings ?? 0),
      graduatesTakingPart: Number(total?.taking_part ?? 0),
      graduatesRegistered: Number(total?.registered ?? 0),
    },
    events,
  };
}
