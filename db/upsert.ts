import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * The `set` of an upsert that keeps the incoming values: each named column takes the value of the row
 * the conflict turned away (PostgreSQL's `excluded.<column>`), its SQL name read from the table
 * rather than typed again beside the property name.
 */
export function excludedValues<T extends PgTable, K extends keyof T["_"]["columns"] & string>(
  table: T,
  keys: readonly K[],
): Record<K, SQL> {
  const columns = getTableColumns(table);
  const set = {} as Record<K, SQL>;
  for (const key of keys) set[key] = sql`excluded.${sql.identifier(columns[key].name)}`;
  return set;
}
