import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../db/client";
import { startBundledMeilisearch } from "../../search/local-server";
import { databaseUrl, templateDatabase, TEST_ADMIN_URL } from "./config";

const RUN_PID = process.pid;
const TEMPLATE_DB = templateDatabase(RUN_PID);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    meiliHost: string;
    meiliKey: string;
    runPid: number;
  }
}

/**
 * Once per run: a migrated template database (each test file copies it, which takes
 * milliseconds) and one Meilisearch from the bundled binary; files use their own index prefix.
 */
export default async function setup(project: TestProject) {
  const admin = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
  project.provide("runPid", RUN_PID);
  // Leftovers of runs that died without cleaning up (their process is gone).
  const existing = await admin<
    { datname: string }[]
  >`select datname from pg_database where datname ~ '^jiuye_(t|tpl)_[0-9]+'`;
  for (const { datname } of existing) {
    const pid = Number(/^jiuye_(?:t|tpl)_(\d+)/.exec(datname)?.[1]);
    if (pid === RUN_PID || !alive(pid)) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  }
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
