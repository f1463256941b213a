import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client";
import { programmes, programmeWindows, programmeYears } from "../../db/schema";

/**
 * Programme windows named as a page, a mail or a calendar names them (the programme's slug and
 * names, the year, the window's kind), with the other `columns` the caller needs; the caller joins
 * on, narrows and orders. The front door's deadlines (./programmes.server.ts), the deadline
 * reminders (app/campaigns/campaigns.server.ts) and the calendar feed (./calendar.server.ts) read
 * windows this way.
 */
export function selectNamedWindows<T extends SelectedFields>(db: Queryable, columns: T) {
  return db
    .select({
      ...columns,
      slug: programmes.slug,
      nameZh: programmes.nameZh,
      nameEn: programmes.nameEn,
      year: programmeYears.year,
      kind: programmeWindows.kind,
    })
    .from(programmeWindows)
    .innerJoin(programmeYears, eq(programmeYears.id, programmeWindows.yearId))
    .innerJoin(programmes, eq(programmes.slug, programmeYears.programmeSlug))
    .$dynamic();
}
