/**
 * Who acts for which employer, and whether that employer may act at all (issue 10). Apart from
 * employers.server.ts, which re-exports it, because postings.server.ts needs it and employers.server.ts
 * needs postings.server.ts (a decision on an employer rechecks its waiting postings).
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { employerMembers, employers, type EmployerState } from "../../db/schema";
import { refuse } from "../errors";

export type Employer = typeof employers.$inferSelect;

export async function getMembership(
  db: Queryable,
  userId: string,
): Promise<{ employer: Employer; isOwner: boolean } | null> {
  const [row] = await db
    .select({ employer: employers, isOwner: employerMembers.isOwner })
    .from(employerMembers)
    .innerJoin(employers, eq(employers.id, employerMembers.employerId))
    .where(eq(employerMembers.userId, userId))
    .limit(1);
  return row ?? null;
}

/** Employers whose members keep read access to their own postings only (issue 10). */
const OUT_OF_STANDING: readonly EmployerState[] = ["suspended", "rejected"];

/** Whether this employer may see applicants, résumés and contacts and change anything. */
export function inGoodStanding(employer: Pick<Employer, "status">): boolean {
  return !OUT_OF_STANDING.includes(employer.status);
}

/**
 * Refuses a suspended or rejected employer with a message that says why (403): what every path to
 * applicants, résumés, contact details and state changes checks after the membership.
 */
export function requireGoodStanding(employer: Pick<Employer, "status">): void {
  if (!inGoodStanding(employer)) refuse(`employer.standing.${employer.status}`, { status: 403 });
}

/**
 * The employer an employer-role user acts for; a DomainError when they have none yet. With
 * `{ write: true }` (every change, and every read of applicants' data) a suspended or rejected
 * employer is refused: its members keep read access to their own postings only.
 */
export async function requireMembership(db: Queryable, userId: string, options: { write?: boolean } = {}) {
  const membership = await getMembership(db, userId);
  if (!membership) refuse("employer.none");
  if (options.write) requireGoodStanding(membership.employer);
  return membership;
}
