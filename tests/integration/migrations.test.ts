import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type DatabaseHandle } from "../../db/client";
import { getDatabaseHandle } from "../../app/db.server";

async function describeSchema(handle: DatabaseHandle) {
  const result = await handle.db.execute<{ table_name: string; column_name: string; data_type: string }>(sql`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = 'public' order by table_name, column_name`);
  const rows: { table_name: string; column_name: string; data_type: string }[] = Array.isArray(result)
    ? result
    : (result as unknown as { rows: { table_name: string; column_name: string; data_type: string }[] }).rows;
  return rows.map((row) => `${row.table_name}.${row.column_name}:${row.data_type}`);
}

describe("migrations", () => {
  it("apply to PGlite and to PostgreSQL alike and give the same schema", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "jiuye-pglite-"));
    const pglite = await openDatabase({ dataDir: dir });
    try {
      await migrateDatabase(pglite);
      // A second run is a no-op, as on every `npm start` after the first.
      await migrateDatabase(pglite);
      const postgres = await getDatabaseHandle();
      expect(postgres.kind).toBe("postgres");
      const [a, b] = [await describeSchema(pglite), await describeSchema(postgres)];
      expect(a.length).toBeGreaterThan(40);
      expect(a).toEqual(b);
      expect(a).toContain("outbox.idempotency_key:text");
    } finally {
      await pglite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
