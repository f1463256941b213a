import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The lint rule is the guard that server code stays out of the browser bundle (decision 009):
 * it must fail on the imports it exists to stop, and let the allowed ones through.
 */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith("no-restricted-imports"))
    .map((m) => m.message.split(" import is")[0] ?? m.message);
}

// The first lint loads the TypeScript parser and every plugin: seconds on a busy machine.
describe("import boundaries", { timeout: 60_000 }, () => {
  it("keep db/, search/, emails/ and *.server modules out of components, types included", async () => {
    const found = await restrictedImports(
      "app/components/example.tsx",
      [
        'import { users } from "../../db/schema";',
        'import type { PostingDocument } from "../../search/documents";',
        'import { activationMail } from "../../emails/templates/graduate-activation";',
        'import { getDb } from "../db.server";',
        'import { JOB_TYPES } from "../../vocabulary";',
        'import { useT } from "../i18n/use-t";',
        "export const x = [users, activationMail, getDb, JOB_TYPES, useT] as unknown as PostingDocument;",
      ].join("\n"),
    );
    expect(found).toEqual([
      "'../../db/schema'",
      "'../../search/documents'",
      "'../../emails/templates/graduate-activation'",
      "'../db.server'",
    ]);
  });

  it("let routes import *.server modules and types, but not db/ or search/ values", async () => {
    const found = await restrictedImports(
      "app/routes/example.tsx",
      [
        'import { getDb } from "../db.server";',
        'import type { Posting } from "../../db/schema";',
        'import { parseSearchParams } from "../../search/query";',
        "export const x = [getDb, parseSearchParams] as unknown as Posting;",
      ].join("\n"),
    );
    expect(found).toEqual(["'../../search/query'"]);
  });

  it("keep pure domain modules free of server code, and db/ free of app/", async () => {
    expect(
      await restrictedImports("app/postings/example.ts", 'export { enqueue } from "../outbox/outbox.server";'),
    ).toEqual(["'../outbox/outbox.server'"]);
    expect(
      await restrictedImports("app/postings/example.server.ts", 'export { users } from "../../db/schema";'),
    ).toEqual([]);
    expect(
      await restrictedImports("db/schema/example.ts", 'export { POSTING_STATES } from "../../app/postings/states";'),
    ).toEqual(["'../../app/postings/states'"]);
    // No file of db/ is excepted any more (the demo seed moved to seed/, which may import app/).
    expect(await restrictedImports("db/seed.ts", 'export { getEnv } from "../app/config/env.server";')).toEqual([
      "'../app/config/env.server'",
    ]);
    expect(await restrictedImports("seed/seed.ts", 'export { getEnv } from "../app/config/env.server";')).toEqual([]);
    expect(await restrictedImports("vocabulary/example.ts", 'export { z } from "zod";')).toEqual(["'zod'"]);
  });
});
