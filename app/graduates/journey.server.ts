import { and, desc, eq, ne } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import {
  agreements,
  applications,
  counsellingBookings,
  counsellingSlots,
  counsellingTopics,
  destinations,
  employers,
  interviews,
  interviewSlots,
  users,
} from "../../db/schema";
import { selectGraduateApplications } from "../applications/applications.server";
import { selectBookingsWithSlots } from "../counselling/bookings.server";

const LIMIT = 20;

/**
 * Where one graduate stands in the whole search, for staff who already passed the scope check
 * (viewGraduateAsStaff): destination, applications, interviews, agreements and counselling, newest
 * first. Read-only; the caller's view of the graduate is already audited.
 */
export async function graduateJourney(db: Queryable, graduateId: string) {
  const [destination, applicationRows, interviewRows, agreementRows, bookingRows] = await Promise.all([
    db
      .select({
        code: destinations.code,
        status: destinations.status,
        source: destinations.source,
        disputed: destinations.disputed,
        isInternship: destinations.isInternship,
        updatedAt: destinations.updatedAt,
      })
      .from(destinations)
      .where(eq(destinations.graduateId, graduateId))
      .limit(1),
    selectGraduateApplications(db, graduateId, {
      id: applications.id,
      status: applications.status,
      updatedAt: applications.updatedAt,
    })
      .orderBy(desc(applications.updatedAt))
      .limit(LIMIT),
    db
      .select({
        id: interviews.id,
        status: interviews.status,
        mode: interviews.mode,
        employerName: employers.name,
        startsAt: interviewSlots.startsAt,
        updatedAt: interviews.updatedAt,
      })
      .from(interviews)
      .innerJoin(employers, eq(employers.id, interviews.employerId))
      .leftJoin(interviewSlots, eq(interviewSlots.id, interviews.chosenSlotId))
      .where(eq(interviews.graduateId, graduateId))
      .orderBy(desc(interviews.updatedAt))
      .limit(LIMIT),
    db
      .select({
        id: agreements.id,
        status: agreements.status,
        position: agreements.position,
        number: agreements.number,
        employerName: employers.name,
        updatedAt: agreements.updatedAt,
      })
      .from(agreements)
      .innerJoin(employers, eq(employers.id, agreements.employerId))
      // A draft is the employer's own until they send it.
      .where(and(eq(agreements.graduateId, graduateId), ne(agreements.status, "drafted")))
      .orderBy(desc(agreements.updatedAt))
      .limit(LIMIT),
    selectBookingsWithSlots(db, {
      id: counsellingBookings.id,
      status: counsellingBookings.status,
      topicZh: counsellingTopics.nameZh,
      topicEn: counsellingTopics.nameEn,
      counsellorName: users.displayName,
      startsAt: counsellingSlots.startsAt,
    })
      .leftJoin(counsellingTopics, eq(counsellingTopics.code, counsellingBookings.topic))
      .innerJoin(users, eq(users.id, counsellingBookings.counsellorUserId))
      .where(eq(counsellingBookings.graduateId, graduateId))
      .orderBy(desc(counsellingSlots.startsAt))
      .limit(LIMIT),
  ]);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    destination: destination[0] ? { ...destination[0], updatedAt: iso(destination[0].updatedAt) } : null,
    applications: applicationRows.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) })),
    interviews: interviewRows.map((r) => ({ ...r, startsAt: iso(r.startsAt), updatedAt: iso(r.updatedAt) })),
    agreements: agreementRows.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) })),
    counselling: bookingRows.map((r) => ({ ...r, startsAt: iso(r.startsAt) })),
  };
}
