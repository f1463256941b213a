import { asc, count } from "drizzle-orm";
import { colleges, graduates, majors } from "../../db/schema";
import type { Queryable } from "../../db/client";

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
