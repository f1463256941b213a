import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../db/client";
import { startBundledMeilisearch } from "../../search/local-server";
import { databaseUrl, TEMPLATE_DB, TEST_ADMIN_URL } from "./config";

declare module "vitest" {
  export interface ProvidedContext {
    meiliHost: string;
    meiliKey: string;
  }
}

/**
 * Once per run: a migrated template database (each test file copies it, which takes
 * milliseconds) and one Meilisearch from the bundled binary; files use their own index prefix.
 */
export default async function setup(project: TestProject) {
  const admin = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
  const stale = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'jiuye_t_%' or datname = ${TEMPLATE_DB}`;
  for (const { datname } of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  await admin.unsafe(`create database "${TEMPLATE_DB}"`);
  const template = await openDatabase({ url: databaseUrl(TEMPLATE_DB), dataDir: os.tmpdir(), max: 1 });
  await migrateDatabase(template);
  await template.close();

  const meiliDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-test-meili-"));
  const meili = await startBundledMeilisearch({ dataDir: meiliDir });
  project.provide("meiliHost", meili.host);
  project.provide("meiliKey", meili.masterKey);

  return async () => {
    await meili.stop();
    rmSync(meiliDir, { recursive: true, force: true });
    await admin.unsafe(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await admin.end();
  };
}
