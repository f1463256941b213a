import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { statementTemplate } from "../../db/statement-template";

const dialect = new PgDialect();

describe("a statement template", () => {
  it("sends the text built once with each call's own values in their places, $1 apart from $10 and $11", () => {
    const names = Array.from({ length: 11 }, (_, i) => `v${i + 1}` as const);
    let builds = 0;
    const template = statementTemplate<(typeof names)[number]>((value) => {
      builds += 1;
      return sql`select ${sql.join(
        names.map((name) => sql`${value(name)}::text as ${sql.identifier(name)}`),
        sql`, `,
      )} where 'fixed' = ${"fixed"}`;
    });
    const values = (tag: string) => Object.fromEntries(names.map((name) => [name, `${tag}-${name}`]));

    const first = dialect.sqlToQuery(template(values("a"), undefined));
    const second = dialect.sqlToQuery(template(values("b"), undefined));

    expect(builds).toBe(1);
    expect(first.sql).toBe(second.sql);
    expect(first.sql).toContain('$11::text as "v11"');
    expect(first.sql).toContain("where 'fixed' = $12");
    expect(first.params).toEqual([...names.map((name) => `a-${name}`), "fixed"]);
    expect(second.params).toEqual([...names.map((name) => `b-${name}`), "fixed"]);
  });

  it("refuses to run without a value it needs", () => {
    const template = statementTemplate<"id">((value) => sql`select ${value("id")}`);
    expect(() => template({} as { id: string }, undefined)).toThrow(/id/);
  });
});
