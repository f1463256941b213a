/**
 * npx tsx bench/checks-ab.ts <checkout-a> <checkout-b> — bench:checks' postings, timed for two checkouts (a
 * `git archive` copy of main and this worktree, say) in ONE process, calls interleaved (rotating order), CPU time per call: on a
 * shared machine two separate runs mostly measure the load of their minute. Prints CPU p50/p95 per checker and
 * kind. Asserts nothing.
 */
import os from "node:os";
import path from "node:path";
import type * as here from "../app/postings/checks";
import type { CorpusItem } from "../tests/corpus/evaluate";
import { benchPosting, percentile } from "./check-postings";

type Check = (input: here.PostingInput) => unknown;
const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: npx tsx bench/checks-ab.ts <checkout-a> <checkout-b>");
// Both checkers imported the same way (a statically imported copy ran a violating posting 50 % slower than a
// dynamically imported copy of the same code in the same process).
const A = (await import(path.resolve(a, "app/postings/checks.ts"))) as typeof here;
const B = (await import(path.resolve(b, "app/postings/checks.ts"))) as typeof here;
const { loadCorpus } = (await import(path.resolve(a, "tests/corpus/evaluate.ts"))) as {
  loadCorpus: (set: string) => CorpusItem[];
};
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

const say = (line: string) => process.stdout.write(`${line}\n`);

const posting = (kind: "clean" | "violating", seed: number) => benchPosting(loadCorpus("dev"), kind, seed);

const checkers: Array<[string, Check]> = [
  ["A checkPosting", A.checkPosting],
  ["B checkPosting", B.checkPosting],
  ["A rules only  ", A.checkPostingRules],
  ["B rules only  ", B.checkPostingRules],
];
const inputsOf = {
  clean: Array.from({ length: 20 }, (_, k) => posting("clean", k + 1)),
  violating: Array.from({ length: 20 }, (_, k) => posting("violating", k + 1)),
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
say(`A = ${a}, B = ${b}; load average ${load()} on ${os.cpus().length} cores; ${RUNS} calls per row`);
for (const inputs of Object.values(inputsOf))
  for (const [, check] of checkers) for (let w = 0; w < 200; w++) check(inputs[w % inputs.length] as here.PostingInput);
for (const kind of ["clean", "violating"] as const) {
  const inputs = inputsOf[kind];
  const cpu: number[][] = checkers.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    const input = inputs[r % inputs.length] as here.PostingInput;
    for (let j = 0; j < checkers.length; j++) {
      const c = (r + j) % checkers.length;
      const check = (checkers[c] as [string, Check])[1];
      const start = process.cpuUsage();
      check(input);
      const used = process.cpuUsage(start);
      (cpu[c] as number[]).push((used.user + used.system) / 1000);
    }
  }
  for (let c = 0; c < checkers.length; c++) {
    const t = (cpu[c] as number[]).sort((a, b) => a - b);
    say(
      `${(checkers[c] as [string, Check])[0]} ${kind.padEnd(9)} CPU p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms`,
    );
  }
}
say(`load average ${load()} at the end`);
