import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, PREPARE_MAX_PARAMS, type DatabaseHandle } from "../../db/client";
import { users } from "../../db/schema";

/**
 * Decision 028: statements with a few parameters are prepared once per connection (PostgreSQL
 * stops parsing and planning them on every request); long lists and parameterless scripts are not.
 * One connection, so pg_prepared_statements (per session) sees everything this test sent.
 */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ url: process.env.DATABASE_URL, dataDir: "", max: 1 });
});

afterAll(async () => {
  await handle?.close();
});

async function preparedTexts(): Promise<string[]> {
  const result = await handle.db.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`);
  // postgres.js answers execute() with the rows.
  return (result as unknown as { statement: string }[]).map((row) => row.statement);
}

describe("prepared statements", () => {
  it("prepares a lookup once and reuses it, leaves long lists and scripts unnamed", async () => {
    for (let i = 0; i < 3; i++)
      await handle.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, `张伟${i}@stu.test.jiuye.cn`));
    const ids = Array.from({ length: PREPARE_MAX_PARAMS + 1 }, () => randomUUID());
    await handle.db.select({ id: users.id }).from(users).where(inArray(users.id, ids));
    // Several statements in one parameterless text still run (the simple protocol).
    await handle.db.execute(sql.raw("select 1; select 2"));

    const texts = await preparedTexts();
    expect(texts.filter((text) => text.includes(`"users"."email" = $1`))).toHaveLength(1);
    expect(texts.some((text) => text.includes(`$${PREPARE_MAX_PARAMS + 1}`))).toBe(false);
    expect(texts.some((text) => text.includes("select 1; select 2"))).toBe(false);
  });
});
