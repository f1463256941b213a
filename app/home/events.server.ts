import { sql } from "drizzle-orm";
import { resultRows, type Queryable } from "../../db/client";
import { schoolDate } from "../time";
import type { TalkMode, TalkSlot, FairState } from "../../vocabulary";

export type FrontDoorEvent =
  | { kind: "fair"; id: string; title: string; from: string; to: string; status: FairState }
  | { kind: "talk"; id: string; title: string; employerName: string; from: string; slot: TalkSlot; mode: TalkMode };

/**
 * The front door's coming fairs and talks, soonest first: public fairs not yet over and approved
 * talks from today on, `each` of each. One statement (the page's budget, docs/decisions/014-speed.md).
 */
export async function upcomingEvents(db: Queryable, input: { each: number; now?: Date }): Promise<FrontDoorEvent[]> {
  const today = schoolDate(input.now ?? new Date());
  const result = await db.execute(sql`
    (select 'fair' as kind, id::text, title, '' as employer_name, starts_on::text as date_from, ends_on::text as date_to,
            status as extra, '' as mode
       from fairs
      where status in ('open_for_employers', 'open_for_graduates', 'live') and ends_on >= ${today}
      order by starts_on, id limit ${input.each})
    union all
    (select 'talk', t.id::text, t.title, e.name, t.talk_date::text, t.talk_date::text, t.slot, t.mode
       from talks t join employers e on e.id = t.employer_id
      where t.status = 'approved' and t.talk_date >= ${today}
      order by t.talk_date, t.slot, t.id limit ${input.each})`);
  return resultRows<Record<string, string>>(result)
    .map((r): FrontDoorEvent =>
      r.kind === "fair"
        ? { kind: "fair", id: r.id!, title: r.title!, from: r.date_from!, to: r.date_to!, status: r.extra as FairState }
        : {
            kind: "talk",
            id: r.id!,
            title: r.title!,
            employerName: r.employer_name!,
            from: r.date_from!,
            slot: r.extra as TalkSlot,
            mode: r.mode as TalkMode,
          },
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}
