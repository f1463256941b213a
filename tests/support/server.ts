import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../search/local-server";

export interface RunningSite {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, "../..");

/**
 * The real site, as `npm start` runs it (built Remix app, express, worker in-process), on a
 * free port against this test file's database, the shared Meilisearch and the given SMTP URL.
 * Needs `remix build` first, which `npm test` does.
 */
export async function startSite(env: Record<string, string | undefined> = {}): Promise<RunningSite> {
  const port = await freePort();
  let log = "";
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://localhost:${port}`;
  // A seeding start replays the whole demo through the domain commands (decision 030) and listens
  // once the worker has indexed it: on a busy 2-core machine that has taken over two minutes, so the
  // wait is as long as the setup hooks allow (vitest.config.ts).
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`site exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200 || response.status === 503) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`site did not start in 170 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}
