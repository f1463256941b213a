import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "../../search/local-server";

/**
 * A PostgreSQL cluster of our own in a temporary directory, so that the chaos run and its test
 * can stop and restart it: the machine's shared server (127.0.0.1:5432) is never touched.
 * initdb refuses to run as root, so as root it runs as the `postgres` user.
 */
export interface ThrowawayPostgres {
  port: number;
  /** Superuser URL of the given database on this cluster. */
  url(database?: string): string;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when this resolves. */
  restart(): Promise<void>;
  stopServer(): void;
  startServer(): void;
  destroy(): void;
}

export function postgresBinDir(): string {
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const candidates = [
    ...(fromConfig.status === 0 ? [fromConfig.stdout.trim()] : []),
    ...(existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("initdb not found: install PostgreSQL's server package (postgresql) to run this");
  return found;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : path.join(bin, program),
      asRoot ? ["-u", "postgres", "--", path.join(bin, program), ...args] : args,
      {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      },
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiuye-chaos-pg-"));
  const data = path.join(dir, "data");
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync("id", ["-u", "postgres"]).toString()),
      Number(execFileSync("id", ["-g", "postgres"]).toString()),
    );
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c shared_buffers=64MB`;
  const ctl = (...args: string[]) =>
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", ...args]);
  ctl("-o", options, "start");
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async restart() {
      ctl("-m", "fast", "-o", options, "restart");
    },
    stopServer: () => void ctl("-m", "fast", "stop"),
    startServer: () => void ctl("-o", options, "start"),
    destroy() {
      try {
        ctl("-m", "immediate", "stop");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createDatabase(cluster: ThrowawayPostgres, name: string) {
  const admin = postgres(cluster.url(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  return cluster.url(name);
}
