import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { closeDatabase } from "../../app/db.server";
import { resetServices } from "../../app/services.server";
import { databasePrefix, databaseUrl, templateDatabase, TEST_ADMIN_URL } from "./config";
import "./log-capture";

// Every test file gets its own database copied from the migrated template, its own index
// prefix on the shared Meilisearch, and no SMTP (tests that need one start a receiver).
const suffix = randomBytes(5).toString("hex");
const name = `${databasePrefix(inject("runPid"))}${suffix}`;
const TEMPLATE_DB = templateDatabase(inject("runPid"));
const admin = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}" template "${TEMPLATE_DB}"`);

process.env.NODE_ENV = "test";
process.env.DATABASE_URL = databaseUrl(name);
process.env.MEILI_HOST = inject("meiliHost");
process.env.MEILI_MASTER_KEY = inject("meiliKey");
process.env.SEARCH_INDEX_PREFIX = `t_${suffix}`;
process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "jiuye-test-data-"));
process.env.PUBLIC_URL = "http://localhost:3000";
delete process.env.SMTP_URL;
resetEnv();
resetServices();

afterAll(async () => {
  resetServices();
  await closeDatabase();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});
