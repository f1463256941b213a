import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client";
import { counsellingBookings, counsellingSlots } from "../../db/schema";

/**
 * Counselling bookings read with their slot (when, where and with whom), with the `columns` the
 * caller names; the caller joins on, narrows and orders. A booking has no time of its own, so every
 * read that needs one starts here: booking and reminders (./counselling.server.ts), the graduate's
 * calendar feed, the to-do lists and staff's view of a graduate's search.
 */
export function selectBookingsWithSlots<T extends SelectedFields>(db: Queryable, columns: T) {
  return db
    .select(columns)
    .from(counsellingBookings)
    .$dynamic()
    .innerJoin(counsellingSlots, eq(counsellingSlots.id, counsellingBookings.slotId));
}
