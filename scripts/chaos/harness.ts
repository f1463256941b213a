import { mkdtempSync, rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import os from "node:os";
import path from "node:path";
import { resetEnv } from "../../app/config/env.server";
import { closeDatabase, getDb } from "../../app/db.server";
import { hashPassword } from "../../app/auth/password.server";
import { syncDestinationCodes } from "../../app/destinations/destinations.server";
import { prepareSearchIndexes, resetServices } from "../../app/services.server";
import { migrateDatabase, openDatabase, type Database } from "../../db/client";
import { seedDemo } from "../../seed/seed";
import { freePort, startBundledMeilisearch, type LocalMeili } from "../../search/local-server";
import { reindexPostings } from "../../search/reindex";
import { getSearchClient, postingsIndex } from "../../app/services.server";
import { schoolDate } from "../../app/time";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "./postgres-cluster";
import { startFaultySmtp, type FaultySmtp } from "./faulty-smtp";
import { managedProcess, stopAll, type ManagedProcess } from "./processes";

/**
 * Everything a chaos scenario runs against: a PostgreSQL cluster of its own (so it may be
 * restarted), Meilisearch from the bundled binary, an SMTP receiver that can misbehave, the demo
 * data, and web processes and workers as separate OS processes sharing one DATA_DIR. This
 * process connects to the same database to enqueue work and to check the outcome.
 */
export interface ChaosEnv {
  pg: ThrowawayPostgres;
  databaseUrl: string;
  dataDir: string;
  meili: LocalMeili;
  smtp: FaultySmtp;
  webs: ManagedProcess[];
  workers: ManagedProcess[];
  db: Database;
  /** The domain Message-IDs are made in (the host of PUBLIC_URL). */
  mailDomain: string;
  leaseSeconds: number;
  say: (line: string) => void;
  /** The environment the processes were started with, for scripts run against the same data. */
  processEnv: Record<string, string>;
  stop(): Promise<void>;
}

export async function startChaosEnv(options: {
  webs: number;
  workers: number;
  leaseSeconds?: number;
  /** Pause before the supervisor restarts a killed Meilisearch (the outage the scenario observes). */
  meiliRestartDelayMs?: number;
  say?: (line: string) => void;
}): Promise<ChaosEnv> {
  const say = options.say ?? (() => {});
  const leaseSeconds = options.leaseSeconds ?? 10;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-chaos-"));
  say("PostgreSQL: a throwaway cluster of our own");
  const pg = await startThrowawayPostgres();
  const databaseUrl = await createDatabase(pg, "jiuye_chaos");
  say("Meilisearch: bundled binary, supervised");
  const meili = await startBundledMeilisearch({
    dataDir,
    restartDelayMs: () => options.meiliRestartDelayMs ?? 4000,
  });
  const smtp = await startFaultySmtp();
  const firstPort = await freePort();
  const processEnv: Record<string, string> = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meili.masterKey,
    SEARCH_INDEX_PREFIX: "chaos",
    SMTP_URL: smtp.url,
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://localhost:${firstPort}`,
    OUTBOX_LEASE_SECONDS: String(leaseSeconds),
    RUN_WORKER: "false",
    SEED_DEMO: "false",
    LOG_LEVEL: "info",
    HOST: "127.0.0.1",
  };
  Object.assign(process.env, processEnv, { LOG_LEVEL: "error" });
  resetEnv();
  resetServices();

  say("database: migrations and demo data");
  const migrator = await openDatabase({ url: databaseUrl, dataDir, max: 1 });
  await migrateDatabase(migrator);
  await migrator.close();
  const db = await getDb();
  await syncDestinationCodes(db);
  await seedDemo(db, hashPassword, (step) => say(`  · ${step.trim()}`));
  await prepareSearchIndexes();
  await reindexPostings(db, getSearchClient(), postingsIndex(), { today: schoolDate() });

  const webs: ManagedProcess[] = [];
  for (let i = 0; i < options.webs; i++) {
    webs.push(
      managedProcess({
        name: `web-${i + 1}`,
        script: "scripts/serve.ts",
        env: processEnv,
        port: i === 0 ? firstPort : await freePort(),
      }),
    );
  }
  const workers = Array.from({ length: options.workers }, (_, i) =>
    managedProcess({ name: `worker-${i + 1}`, script: "scripts/worker.ts", env: processEnv }),
  );
  say(`processes: ${webs.length} web, ${workers.length} workers`);
  await Promise.all([...webs, ...workers].map((p) => p.start()));

  return {
    pg,
    databaseUrl,
    dataDir,
    meili,
    smtp,
    webs,
    workers,
    db,
    mailDomain: "localhost",
    leaseSeconds,
    say,
    processEnv,
    async stop() {
      await stopAll([...webs, ...workers]);
      resetServices();
      await closeDatabase();
      await smtp.stop();
      await meili.stop();
      pg.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * After PostgreSQL restarted, pooled connections may still be the broken ones: each fails once
 * and is replaced. Waits until this process's queries and every web process's /health succeed
 * three times in a row, so one scenario's faults do not spill into the next one's figures.
 */
export async function settleDatabase(env: ChaosEnv) {
  const probes = [
    () => env.db.execute(sql`select 1`).then(() => true),
    ...env.webs.map((web) => () => fetch(`${web.url}/health`).then((r) => r.status === 200)),
  ];
  for (const probe of probes) {
    let good = 0;
    for (let tries = 0; good < 3 && tries < 120; tries++) {
      if (await probe().catch(() => false)) good += 1;
      else {
        good = 0;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
}
