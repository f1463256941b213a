import { createHash } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { applications, graduates } from "../../db/schema";
import { dashboardFigures } from "../../app/reports/dashboard.server";
import { reviewQueue } from "../../app/postings/vetting.server";

/**
 * What a school would check after a restore, as data: the employment-rate dashboard of every
 * cohort (school-wide and per college), the vetting queue, and every graduate's applications.
 * Two fingerprints are equal exactly when those are; `differences` names what is not.
 */
export interface Fingerprint {
  dashboards: Record<string, string>;
  vettingQueue: { count: number; sha256: string };
  applications: { graduates: number; rows: number; sha256: string };
}

/** Arrays compared as sets: the order of rows a query returns without ORDER BY is not part of the data. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

const sha = (value: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex");

export async function fingerprint(db: Queryable): Promise<Fingerprint> {
  const scopes = await db
    .selectDistinct({ cohort: graduates.cohort, collegeId: graduates.collegeId })
    .from(graduates)
    .orderBy(asc(graduates.cohort), asc(graduates.collegeId));
  const dashboards: Record<string, string> = {};
  for (const cohort of [...new Set(scopes.map((s) => s.cohort))]) {
    dashboards[`${cohort}:school`] = sha(await dashboardFigures(db, { cohort, collegeId: null }));
    for (const scope of scopes.filter((s) => s.cohort === cohort && s.collegeId !== null))
      dashboards[`${cohort}:${scope.collegeId}`] = sha(
        await dashboardFigures(db, { cohort, collegeId: scope.collegeId }),
      );
  }
  const queue = await reviewQueue(db);
  const rows = await db
    .select({
      graduateId: applications.graduateId,
      postingId: applications.postingId,
      status: applications.status,
      resumeSha256: applications.resumeSha256,
      createdAt: sql<string>`to_char(${applications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    })
    .from(applications)
    .orderBy(asc(applications.graduateId), asc(applications.postingId));
  return {
    dashboards,
    vettingQueue: { count: queue.length, sha256: sha(queue) },
    applications: { graduates: new Set(rows.map((r) => r.graduateId)).size, rows: rows.length, sha256: sha(rows) },
  };
}

export function differences(before: Fingerprint, after: Fingerprint): string[] {
  const found: string[] = [];
  for (const key of new Set([...Object.keys(before.dashboards), ...Object.keys(after.dashboards)]))
    if (before.dashboards[key] !== after.dashboards[key]) found.push(`dashboard ${key}`);
  if (JSON.stringify(before.vettingQueue) !== JSON.stringify(after.vettingQueue))
    found.push(`vetting queue (${before.vettingQueue.count} → ${after.vettingQueue.count} items)`);
  if (JSON.stringify(before.applications) !== JSON.stringify(after.applications))
    found.push(`applications (${before.applications.rows} → ${after.applications.rows} rows)`);
  return found;
}
