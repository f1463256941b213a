import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * A web process or worker as an operating system process of its own, started the way a process
 * manager would (node with tsx's loader, so a SIGKILL hits the real process and not a wrapper).
 */
export interface ManagedProcess {
  readonly name: string;
  readonly pid: number | undefined;
  /** http://127.0.0.1:PORT for web processes. */
  readonly url: string | null;
  start(): Promise<void>;
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited(): Promise<number | null>;
  running(): boolean;
  output(): string;
}

export function managedProcess(options: {
  name: string;
  script: "scripts/serve.ts" | "scripts/worker.ts";
  env: Record<string, string>;
  port?: number;
}): ManagedProcess {
  let child: ChildProcess | null = null;
  let log = "";
  let exit: Promise<number | null> = Promise.resolve(null);
  const url = options.port ? `http://127.0.0.1:${options.port}` : null;
  return {
    name: options.name,
    get pid() {
      return child?.pid;
    },
    url,
    async start() {
      log = "";
      const started = spawn(process.execPath, ["--import", "tsx", options.script], {
        cwd: root,
        env: { ...process.env, ...options.env, ...(options.port ? { PORT: String(options.port) } : {}) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      started.stdout?.on("data", (chunk) => (log = (log + chunk).slice(-200_000)));
      started.stderr?.on("data", (chunk) => (log = (log + chunk).slice(-200_000)));
      exit = new Promise((resolve) => started.once("exit", (code) => resolve(code)));
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (started.exitCode !== null) throw new Error(`${options.name} exited with ${started.exitCode}:\n${log}`);
        if (url) {
          const ok = await fetch(`${url}/health`).then(
            (response) => response.status === 200,
            () => false,
          );
          if (ok) return;
        } else if (log.includes('"worker.started"')) return;
        if (Date.now() > deadline) throw new Error(`${options.name} did not start in 90 s:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    signal(signal) {
      child?.kill(signal);
    },
    exited: () => exit,
    running: () => Boolean(child && child.exitCode === null && child.signalCode === null),
    output: () => log,
  };
}

/** Stops every process still running (SIGTERM, then SIGKILL after 10 s). */
export async function stopAll(processes: ManagedProcess[]) {
  await Promise.all(
    processes
      .filter((p) => p.running())
      .map(async (p) => {
        p.signal("SIGTERM");
        const timer = setTimeout(() => p.signal("SIGKILL"), 10_000);
        await p.exited();
        clearTimeout(timer);
      }),
  );
}
