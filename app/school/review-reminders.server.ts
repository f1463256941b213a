import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database } from "../../db/client";
import { agreements, destinations, graduates, staffScopes, users } from "../../db/schema";
import { reviewReminderMail } from "../../emails/templates/review-reminder";
import { reviewStepsForSchool } from "../agreements/agreements.server";
import { AGREEMENT_STATES, agreementMachine, type AgreementActor, type AgreementState } from "../agreements/states";
import { getEnv } from "../config/env.server";
import { enqueueMail } from "../outbox/outbox.server";
import { schoolDate, schoolHour, schoolWeekday } from "../time";

/** Reminders go out from this hour (Beijing time) on, so they arrive in the working day. */
export const REMINDER_HOUR = 8;

/** The agreement states in which it is this reviewer's turn, from the transition table and the school's review steps. */
export function statesAwaiting(actor: AgreementActor): AgreementState[] {
  const steps = reviewStepsForSchool();
  return AGREEMENT_STATES.filter((state) =>
    agreementMachine.available(state, actor, steps).some((event) => event !== "return" && event !== "breach_reject"),
  );
}

/**
 * On working days from 08:00 Beijing time, mails each member of the career staff what waits for
 * them in their scope: agreements at their review step and destinations to verify. At most one
 * mail per person and day (the idempotency key carries the date); none when nothing waits.
 * Counts only, no personal data. Returns the number of reminders queued.
 */
export async function remindReviewers(db: Database, now = new Date()): Promise<number> {
  const weekday = schoolWeekday(now);
  if (schoolHour(now) < REMINDER_HOUR || weekday === 0 || weekday === 6) return 0;
  const college = statesAwaiting("staff_college");
  const school = statesAwaiting("staff_school");
  const [agreementCounts, destinationCounts, staff] = await Promise.all([
    db
      .select({ collegeId: graduates.collegeId, status: agreements.status, n: sql<number>`count(*)::int` })
      .from(agreements)
      .innerJoin(graduates, eq(graduates.id, agreements.graduateId))
      .where(inArray(agreements.status, [...new Set([...college, ...school])]))
      .groupBy(graduates.collegeId, agreements.status),
    db
      .select({ collegeId: graduates.collegeId, n: sql<number>`count(*)::int` })
      .from(destinations)
      .innerJoin(graduates, eq(graduates.id, destinations.graduateId))
      .where(and(eq(destinations.status, "confirmed"), eq(destinations.disputed, false)))
      .groupBy(graduates.collegeId),
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.displayName,
        locale: users.locale,
        collegeId: staffScopes.collegeId,
      })
      .from(users)
      .innerJoin(staffScopes, eq(staffScopes.userId, users.id))
      .where(and(eq(users.role, "staff"), isNull(users.disabledAt))),
  ]);
  const base = getEnv().publicUrl;
  let queued = 0;
  for (const member of staff) {
    const inScope = (collegeId: number) => member.collegeId === null || member.collegeId === collegeId;
    const awaiting = member.collegeId === null ? school : college;
    const pendingAgreements = agreementCounts
      .filter((r) => inScope(r.collegeId) && awaiting.includes(r.status))
      .reduce((sum, r) => sum + Number(r.n), 0);
    const pendingDestinations = destinationCounts
      .filter((r) => inScope(r.collegeId))
      .reduce((sum, r) => sum + Number(r.n), 0);
    if (pendingAgreements === 0 && pendingDestinations === 0) continue;
    const mail = reviewReminderMail(
      {
        staffName: member.name,
        agreements: pendingAgreements,
        destinations: pendingDestinations,
        agreementsUrl: `${base}/staff/agreements`,
        destinationsUrl: `${base}/staff/destinations?filter=unverified`,
      },
      mailLocaleOf(member),
    );
    if (await enqueueMail(db, `review-reminder:${member.id}:${schoolDate(now)}`, { to: member.email, ...mail }))
      queued += 1;
  }
  return queued;
}
