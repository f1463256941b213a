import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * `column in ('a','b',…)` for a check constraint, from a list in `vocabulary/`, so the database
 * accepts exactly the values the domain knows. The list is code, not input; quotes are doubled anyway.
 */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(",");
  return sql`${column} in (${sql.raw(list)})`;
}
