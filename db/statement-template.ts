import { fillPlaceholders, Param, SQL, sql, StringChunk, type Placeholder } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";

const dialect = new PgDialect();

/**
 * A statement whose text drizzle builds once, on first use, with a placeholder for every value that
 * changes between calls; each call only fills in the values. Building a long statement (a to-do
 * list of six subqueries) walks hundreds of drizzle objects, and on a signed-in page that cost more
 * Node time than anything but React (decision 031). The result is run with `db.execute` as before:
 * the same text on every call (so postgres.js keeps it prepared), counted by the statement counter,
 * on postgres.js and PGlite alike.
 *
 * `builder` (the database the first call runs on) is only used to build the text: query builders
 * make the same text on every connection and in every transaction.
 * `build` must not read anything that changes between calls except through `value(name)`; values
 * that are fixed for the process (a vocabulary, a setting read once) may stay in the text. A value
 * compared with a column is passed as the driver expects it (a timestamp as its ISO string), since a
 * placeholder skips the column's encoder.
 */
export function statementTemplate<Name extends string, Builder = undefined>(
  build: (value: (name: Name) => Placeholder<Name>, builder: Builder) => SQL,
): (values: Record<Name, unknown>, builder: Builder) => SQL {
  let template: { texts: string[]; params: unknown[] } | undefined;
  return (values, builder) => {
    template ??= splitAtParameters(dialect.sqlToQuery(build((name) => sql.placeholder(name), builder)));
    const params = fillPlaceholders(template.params, values);
    const chunks: (StringChunk | Param)[] = [new StringChunk(template.texts[0]!)];
    params.forEach((param, i) => chunks.push(new Param(param), new StringChunk(template!.texts[i + 1]!)));
    return new SQL(chunks);
  };
}

/** The text between `$1`, `$2`, …, which drizzle numbers in order of appearance. */
function splitAtParameters(query: { sql: string; params: unknown[] }) {
  const texts: string[] = [];
  let rest = query.sql;
  query.params.forEach((_, i) => {
    const marker = `$${i + 1}`;
    // The marker followed by a non-digit, so that $1 is not found inside $10.
    const at = rest.search(new RegExp(`\\$${i + 1}(?!\\d)`));
    if (at < 0) throw new Error(`statementTemplate: parameter ${marker} not found`);
    texts.push(rest.slice(0, at));
    rest = rest.slice(at + marker.length);
  });
  texts.push(rest);
  return { texts, params: query.params };
}

/**
 * A drizzle query prepared once per database (or transaction) object it runs on: `prepare` builds it
 * with `sql.placeholder(...)` for the values and ends in `.prepare(name)`; callers run
 * `query(db).execute(values)`. For the typed selects every signed-in request runs (the session
 * lookup), whose text drizzle would otherwise rebuild on each call (decision 031). Values compared
 * with a column go in as the driver expects them (a timestamp as its ISO string): a placeholder
 * skips the column's encoder.
 */
export function preparedPerDatabase<Db extends object, Query>(prepare: (db: Db) => Query): (db: Db) => Query {
  const prepared = new WeakMap<Db, Query>();
  return (db) => {
    let query = prepared.get(db);
    if (query === undefined) prepared.set(db, (query = prepare(db)));
    return query;
  };
}
