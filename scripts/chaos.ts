import os from "node:os";
import { settleDatabase, startChaosEnv, type ChaosEnv } from "./chaos/harness";
import {
  backupAndRestore,
  concurrency,
  gracefulShutdown,
  load,
  meilisearchKilled,
  postgresRestarted,
  smtpFaults,
  workerCrashes,
  type ScenarioRow,
} from "./chaos/scenarios";

// `npm run chaos`: breaks things on purpose against real PostgreSQL (a throwaway cluster of its
// own), Meilisearch and an SMTP receiver, with 2 web processes and 2 workers as separate OS
// processes, and prints what was lost. Bounded: every wait has a deadline, all traffic goes to
// 127.0.0.1, and everything it started is stopped at the end.
const quick = process.argv.includes("--quick");
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const say = (line: string) => process.stderr.write(`[${elapsed()}] ${line}\n`);
const load1 = () => os.loadavg()[0]!.toFixed(1);

const scenarios: { name: string; run: (env: ChaosEnv) => Promise<ScenarioRow> }[] = [
  { name: "workers", run: (env) => workerCrashes(env, { jobs: quick ? 200 : 1000, kills: quick ? 2 : 5 }) },
  {
    name: "meilisearch",
    run: (env) => meilisearchKilled(env, { postings: quick ? 100 : 500, killAfter: quick ? 30 : 150 }),
  },
  { name: "smtp", run: (env) => smtpFaults(env, { mails: quick ? 100 : 300, bounces: quick ? 3 : 10 }) },
  { name: "shutdown", run: (env) => gracefulShutdown(env, { requests: 20, jobs: quick ? 100 : 200 }) },
  { name: "concurrency", run: (env) => concurrency(env, { graduates: 50, staff: 20 }) },
  { name: "backup", run: (env) => backupAndRestore(env) },
  {
    name: "load",
    run: (env) => load(env, { connections: 50, seconds: quick ? 10 : 30, backgroundJobs: quick ? 300 : 1000 }),
  },
  {
    name: "postgres",
    run: (env) => postgresRestarted(env, { restarts: 2, outageMs: 3000, approvals: quick ? 20 : 60, jobs: 200 }),
  },
];

say(`chaos: ${os.cpus().length} cores, load average ${load1()} at start`);
const env = await startChaosEnv({ webs: 2, workers: 2, leaseSeconds: 10, say });
const rows: ScenarioRow[] = [];
const hardStop = setTimeout(() => {
  say("chaos: the 30-minute limit was reached; stopping");
  void env.stop().finally(() => process.exit(2));
}, 30 * 60_000);
try {
  for (const [i, scenario] of scenarios.entries()) {
    if (only && !only.includes(scenario.name)) continue;
    say(`scenario ${i + 1}/${scenarios.length}: ${scenario.name} (load average ${load1()})`);
    await settleDatabase(env);
    const scenarioStarted = Date.now();
    try {
      const row = await scenario.run(env);
      row.notes.push(`${((Date.now() - scenarioStarted) / 1000).toFixed(0)} s, load average ${load1()}`);
      rows.push(row);
      const failed = Object.entries(row.checks).filter(([, passed]) => !passed);
      say(
        `  ${row.ok ? "ok" : `NOT OK (${failed.map(([name]) => name).join(", ")})`}: lost ${row.lost}, duplicated ${row.duplicated}; ${row.userErrors}`,
      );
    } catch (error) {
      rows.push({
        scenario: scenario.name,
        faults: "",
        work: "did not finish",
        lost: -1,
        duplicated: "?",
        userErrors: String(error).slice(0, 300),
        ok: false,
        checks: {},
        notes: [],
      });
      say(`  FAILED: ${String(error).slice(0, 500)}`);
    }
  }
} finally {
  clearTimeout(hardStop);
  say("stopping processes and services");
  await env.stop();
}

const cell = (text: string) => text.replace(/\|/g, "\\|");
console.log(
  `\n| scenario | faults injected | work done | lost | duplicated | errors seen by users |\n|---|---|---|---|---|---|`,
);
for (const row of rows)
  console.log(
    `| ${cell(row.scenario)} | ${cell(row.faults)} | ${cell(row.work)} | ${row.lost} | ${cell(row.duplicated)} | ${cell(row.userErrors)} |`,
  );
console.log("");
for (const row of rows) for (const note of row.notes) console.log(`- ${row.scenario}: ${note}`);
console.log(
  `\n${rows.filter((r) => r.ok).length}/${rows.length} scenarios ok in ${elapsed().trim()} (${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")} at the end)`,
);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
