import { asc, count, eq } from "drizzle-orm";
import { colleges, graduates, majors } from "../../db/schema";
import type { Queryable } from "../../db/client";

export function listMajors(db: Queryable) {
  return db.select().from(majors).orderBy(asc(majors.collegeId), asc(majors.id));
}

export async function collegeName(
  db: Queryable,
  collegeId: number,
): Promise<{ nameZh: string; nameEn: string } | null> {
  const [row] = await db
    .select({ nameZh: colleges.nameZh, nameEn: colleges.nameEn })
    .from(colleges)
    .where(eq(colleges.id, collegeId));
  return row ?? null;
}

export function listColleges(db: Queryable) {
  return db.select().from(colleges).orderBy(asc(colleges.code));
}

export async function schoolStats(db: Queryable) {
  const [[c], [m], [g]] = await Promise.all([
    db.select({ n: count() }).from(colleges),
    db.select({ n: count() }).from(majors),
    db.select({ n: count() }).from(graduates),
  ]);
  return { colleges: c?.n ?? 0, majors: m?.n ?? 0, graduates: g?.n ?? 0 };
}
