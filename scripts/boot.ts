import { EnvError, getEnv, resetEnv, type Env } from "../app/config/env.server";
import { getDatabaseHandle, getDb } from "../app/db.server";
import { log } from "../app/log.server";
import { registerBundledSearch } from "../app/search-health.server";
import { hashPassword } from "../app/auth/password.server";
import { migrateDatabase } from "../db/client";
import { syncDestinationCodes } from "../app/destinations/destinations.server";
import { installProgrammeCatalogue } from "../app/programmes/programmes.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, databaseIsEmpty, seedDemo } from "../seed/seed";
import {
  defaultMaxIndexingMemory,
  MeiliUnavailableError,
  startBundledMeilisearch,
  type LocalMeili,
} from "../search/local-server";

export interface Booted {
  env: Env;
  localMeili: LocalMeili | null;
  seeded: boolean;
}

/** Parses the environment or exits naming the bad variables; never a stack trace for configuration. */
export function loadEnvOrExit(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export function fail(message: string): never {
  console.error(`\njiuye cannot start: ${message}\n`);
  process.exit(1);
}

/**
 * What every process needs before it serves or works: the database migrated, Meilisearch
 * reachable (the bundled one started when MEILI_HOST is unset), demo data on an empty database.
 */
export async function bootServices(options: {
  startLocalSearch: boolean;
  seed: boolean;
  say?: (line: string) => void;
}): Promise<Booted> {
  const say = options.say ?? ((line: string) => console.log(line));
  let env = loadEnvOrExit();
  const handle = await getDatabaseHandle();
  say(
    `database: ${handle.kind === "pglite" ? `embedded PGlite in ${env.dataDir}/pglite` : "PostgreSQL (DATABASE_URL)"}`,
  );
  await migrateDatabase(handle);
  say("database: migrations applied");
  await syncDestinationCodes(handle.db);
  // The six programmes and their seeded years; existing years (staff edits) are left alone.
  await installProgrammeCatalogue(handle.db);

  let localMeili: LocalMeili | null = null;
  if (!env.MEILI_HOST) {
    if (!options.startLocalSearch)
      fail(
        "set MEILI_HOST and MEILI_MASTER_KEY (a separate worker cannot share the web process's bundled Meilisearch).",
      );
    try {
      localMeili = await startBundledMeilisearch({
        dataDir: env.dataDir,
        maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
        log: (level, event, fields) => log[level](event, fields),
        // The outbox retries what failed while it was down; the drift check puts right what a
        // crash lost (tasks it had accepted but not yet written).
        onRestart: async () => {
          const { recoverSearchIndex } = await import("../app/search-recovery.server");
          const repaired = await recoverSearchIndex(await getDb());
          log.info("search.recovered", repaired);
        },
      });
    } catch (error) {
      if (error instanceof MeiliUnavailableError) fail(error.message);
      throw error;
    }
    registerBundledSearch(localMeili.status);
    process.env.MEILI_HOST = localMeili.host;
    process.env.MEILI_MASTER_KEY = localMeili.masterKey;
    resetEnv();
    env = getEnv();
    say(
      `search: bundled Meilisearch on ${localMeili.host} (data in ${env.dataDir}/meilisearch, indexing memory ${env.MEILI_MAX_INDEXING_MEMORY ?? defaultMaxIndexingMemory()})`,
    );
  } else {
    say(`search: Meilisearch at ${env.MEILI_HOST}`);
  }

  const { prepareSearchIndexes } = await import("../app/services.server");
  const changed = await prepareSearchIndexes();
  say(changed.length ? `search: index settings applied (${changed.join(", ")})` : "search: index settings up to date");

  let seeded = false;
  if (options.seed && env.SEED_DEMO && (await databaseIsEmpty(handle.db))) {
    seeded = true;
    say("demo data: seeding a new database …");
    const started = Date.now();
    await seedDemo(handle.db, hashPassword, (step) => say(`  · ${step}`));
    say(`demo data: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    say(demoAccountsBanner());
  }
  return { env, localMeili, seeded };
}

export function demoAccountsBanner(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    "",
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(width)}  ${a.displayName}`),
    "",
  ].join("\n");
}
