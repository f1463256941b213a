import { asc, eq, sql } from "drizzle-orm";
import { colleges, graduates, majors } from "../../db/schema";
import { resultRows, type Queryable } from "../../db/client";

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

/** The front door's figures in one statement (three scalar counts), so the page stays within its SQL budget. */
export async function schoolStats(db: Queryable) {
  const result = await db.execute(
    sql`select (select count(*)::int from ${colleges}) as colleges, (select count(*)::int from ${majors}) as majors, (select count(*)::int from ${graduates}) as graduates`,
  );
  const [row] = resultRows<{ colleges: number; majors: number; graduates: number }>(result);
  return {
    colleges: Number(row?.colleges ?? 0),
    majors: Number(row?.majors ?? 0),
    graduates: Number(row?.graduates ?? 0),
  };
}
