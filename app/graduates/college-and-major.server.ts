import { eq } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { colleges, graduates, majors } from "../../db/schema";

/** A graduate's college and major names in both languages, for `nameFor`; read through `joinCollegeAndMajor`. */
export const collegeAndMajorNames = {
  collegeZh: colleges.nameZh,
  collegeEn: colleges.nameEn,
  majorZh: majors.nameZh,
  majorEn: majors.nameEn,
};

/**
 * Joins the college and the major of the graduate a query reads (it must have `graduates` in it,
 * and be `$dynamic()`). Every roster entry has both, so the joins are inner and keep every row.
 */
export function joinCollegeAndMajor<T extends PgSelect>(query: T) {
  return query
    .innerJoin(colleges, eq(colleges.id, graduates.collegeId))
    .innerJoin(majors, eq(majors.id, graduates.majorId));
}
