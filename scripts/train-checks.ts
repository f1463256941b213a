/**
 * npm run train:checks — trains the learned layer of the posting checks (decision 033) on the tuning sets
 * (TUNING_SETS in tests/corpus/evaluate.ts; never `test` nor a blind set) and writes
 * vocabulary/vetting-learned.json.
 *
 * 1. Leave one set out: for each tuning set, train on the others and score the left-out set's postings
 *    (out-of-fold scores), both beside the rules (only where they are silent) and alone.
 * 2. Thresholds per rule from those scores: start where no left-out negative is flagged, then lower the
 *    threshold of the rule whose next step catches most left-out violations per false flag, while each step
 *    catches at least `MIN_GAIN` per false flag and the false flags stay within the budget.
 * 3. The per-rule table of the left-out sets, each scored with thresholds chosen on the *other* sets'
 *    out-of-fold scores (the honest estimate for a newly written set), is printed.
 * 4. The model trained on every tuning set, with the thresholds of step 2, is written.
 *
 * Deterministic: the same sets give the same file. `--table-only` skips writing.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  POSTING_RULE_IDS,
  learnedPayResidual,
  learnedScores,
  type PostingFlag,
  type PostingInput,
  type PostingRuleId,
} from "../app/postings/checks";
import { compileModel, type LearnedModel, type LearnedModelData } from "../app/postings/learned";
import { TUNING_SETS, loadCorpus } from "../tests/corpus/evaluate";
import {
  DEFAULT_OPTIONS,
  prepare,
  train,
  trainSalary,
  type Prepared,
  type TrainItem,
  type TrainOptions,
  inputOf,
} from "./learned-training";

const say = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

/** `--opt name=value` overrides a training option or MIN_GAIN / FALSE_FLAG_BUDGET (experiments only). */
const overrides = new Map(
  process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--opt" ? [arg.split("=") as [string, string]] : [])),
);
const OPTIONS: TrainOptions = Object.fromEntries(
  Object.entries(DEFAULT_OPTIONS).map(([k, v]) => [k, overrides.has(k) ? Number(overrides.get(k)) : v]),
) as unknown as TrainOptions;
/** Each lowering of a threshold must catch at least this many left-out violations per false flag it adds. */
const MIN_GAIN = Number(overrides.get("MIN_GAIN") ?? 3);
/** Left-out negatives (postings without the rule) the learned layer may flag, per rule, as a share. */
const FALSE_FLAG_BUDGET = Number(overrides.get("FALSE_FLAG_BUDGET") ?? 0.0005);
/**
 * No threshold below 0 (tried: log(positiveWeight), where a violation is more likely than not after the class
 * weight, caught 12 instead of 18 violations in the replayed first runs and no fewer false flags).
 */
const MIN_THRESHOLD = Number(overrides.get("MIN_THRESHOLD") ?? 0);

interface OutOfFold {
  /** Per posting: best score per rule beside the rules (absent where the rules flagged or subsumed it). */
  readonly beside: Array<Map<string, number>>;
  /** Per posting: best score per rule with the rules silent (the learned layer alone). */
  readonly alone: Array<Map<string, number>>;
}

/** The learned pay check's two distances are scored like rules: "pay.high" and "pay.low" (salary.implausible). */
const PAY_KEYS = ["pay.high", "pay.low"] as const;
const labelOf = (key: string): string => (key.startsWith("pay.") ? "salary.implausible" : key);

function scoresOf(input: PostingInput, flags: readonly PostingFlag[], model: LearnedModel): Map<string, number> {
  const scores = new Map<string, number>(learnedScores(input, flags, model));
  const pay = learnedPayResidual(input, flags, model);
  if (pay) {
    scores.set("pay.high", pay.high);
    scores.set("pay.low", pay.low);
  }
  return scores;
}

function trained(prep: Prepared, inTraining: (p: number) => boolean): LearnedModel {
  return compileModel({ ...train(prep, inTraining, OPTIONS), salary: trainSalary(prep.items, inTraining, OPTIONS) });
}

/** Out-of-fold scores of the postings in `sets` (set indexes), each fold trained on the other sets of `sets`. */
function outOfFold(
  prep: Prepared,
  sets: readonly number[] = prep.sets.map((_, k) => k),
  groups = sets.length,
): OutOfFold {
  const beside: Array<Map<string, number>> = prep.items.map(() => new Map());
  const alone: Array<Map<string, number>> = prep.items.map(() => new Map());
  // Fold g leaves out the sets at positions g, g + groups, … of `sets` (one set per fold by default).
  const foldOf = (k: number): number => sets.indexOf(k) % groups;
  Array.from({ length: Math.min(groups, sets.length) }, (_, g) => g).forEach((g) => {
    const out = sets.filter((k) => foldOf(k) === g);
    const set = out.map((k) => prep.sets[k]).join("+");
    const started = Date.now();
    const model = trained(
      prep,
      (p) => sets.includes(prep.setIndex[p] as number) && foldOf(prep.setIndex[p] as number) !== g,
    );
    prep.items.forEach((item, p) => {
      if (!out.includes(prep.setIndex[p] as number)) return;
      const input = inputOf(item);
      beside[p] = scoresOf(input, prep.ruleFlags[p] ?? [], model);
      alone[p] = scoresOf(input, [], model);
    });
    process.stderr.write(`fold ${set}: ${Date.now() - started} ms\n`);
  });
  return { beside, alone };
}

/** Thresholds per rule from the out-of-fold scores of the postings `use` accepts (see the header). */
function chooseThresholds(prep: Prepared, oof: OutOfFold, use: (p: number) => boolean): Map<string, number> {
  const thresholds = new Map<string, number>();
  for (const rule of [...prep.rules, ...PAY_KEYS]) {
    const pos: number[] = [];
    const neg: number[] = [];
    prep.items.forEach((item, p) => {
      if (!use(p)) return;
      if (item.labels.includes(labelOf(rule))) {
        const s = oof.alone[p]?.get(rule);
        if (s !== undefined) pos.push(s);
      } else {
        const s = oof.beside[p]?.get(rule);
        if (s !== undefined) neg.push(s);
      }
    });
    const negatives = prep.items.filter((item, p) => use(p) && !item.labels.includes(labelOf(rule))).length;
    const budget = Math.floor(FALSE_FLAG_BUDGET * negatives);
    neg.sort((a, b) => b - a);
    const caught = (t: number): number => pos.filter((s) => s >= t).length;
    // The pay distances are in log units: above, at least twice the usual pay; below, at least a fifth of
    // it — the rules' floors flag typos, daily rates and bait, never a modest employer (decision 021).
    const floor = rule === "pay.high" ? Math.log(2) : rule === "pay.low" ? Math.log(5) : MIN_THRESHOLD;
    let t = Math.max(floor, (neg[0] ?? floor) + 1e-6);
    let used = 0;
    // Lower step by step to each next negative; take a step only if it pays.
    for (let i = 0; i < neg.length && used < budget;) {
      let j = i;
      const next = neg[i] as number;
      if (next < floor) break;
      while (j < neg.length && neg[j] === next) j++;
      const cost = j - i;
      // The step to just above the negative after this one catches everything down to there.
      const below = neg[j] !== undefined ? Math.max(floor, (neg[j] as number) + 1e-6) : floor;
      const gain = caught(below) - caught(t);
      if (used + cost > budget || gain < MIN_GAIN * cost) break;
      t = below;
      used += cost;
      i = j;
    }
    thresholds.set(rule, Math.round(t * 1e4) / 1e4);
  }
  return thresholds;
}

interface Tally {
  positives: number;
  rules: number;
  combined: number;
  alone: number;
  negatives: number;
  rulesFalse: number;
  combinedFalse: number;
  aloneFalse: number;
}

/** `--show-false`: list the tuning sets' clean postings the learned layer flags left out (never a held-out set). */
const showFalse = process.argv.includes("--show-false");
const losoTotals = { violating: 0, caughtRules: 0, caughtBoth: 0, clean: 0, cleanRules: 0, cleanBoth: 0 };

function table(prep: Prepared, oof: OutOfFold): void {
  const learnedRule = (rule: string): boolean =>
    prep.rules.includes(rule as PostingRuleId) || rule === "salary.implausible";
  const perRule = new Map<PostingRuleId, Tally>(
    POSTING_RULE_IDS.map((r) => [
      r,
      { positives: 0, rules: 0, combined: 0, alone: 0, negatives: 0, rulesFalse: 0, combinedFalse: 0, aloneFalse: 0 },
    ]),
  );
  const perSet: string[] = [];
  prep.sets.forEach((set, k) => {
    const thresholds = chooseThresholds(prep, oof, (p) => prep.setIndex[p] !== k);
    let violating = 0;
    let caughtRules = 0;
    let caughtBoth = 0;
    let clean = 0;
    let cleanRules = 0;
    let cleanBoth = 0;
    prep.items.forEach((item, p) => {
      if (prep.setIndex[p] !== k) return;
      const rulesSaid = new Set<string>((prep.ruleFlags[p] ?? []).map((f) => f.rule));
      const both = new Set(rulesSaid);
      const alone = new Set<string>();
      for (const [rule, s] of oof.beside[p] ?? []) if (s >= (thresholds.get(rule) ?? Infinity)) both.add(labelOf(rule));
      for (const [rule, s] of oof.alone[p] ?? []) if (s >= (thresholds.get(rule) ?? Infinity)) alone.add(labelOf(rule));
      for (const [rule, t] of perRule) {
        if (item.labels.includes(rule)) {
          t.positives++;
          if (rulesSaid.has(rule)) t.rules++;
          if (both.has(rule)) t.combined++;
          if (alone.has(rule)) t.alone++;
        } else {
          t.negatives++;
          if (rulesSaid.has(rule)) t.rulesFalse++;
          if (both.has(rule)) t.combinedFalse++;
          if (alone.has(rule)) t.aloneFalse++;
        }
      }
      if (showFalse && item.labels.length === 0 && both.size > rulesSaid.size)
        say(`  false flag ${item.id}: ${[...both].filter((r) => !rulesSaid.has(r)).join(", ")}`);
      if (item.labels.length > 0) {
        violating++;
        if (item.labels.every((l) => rulesSaid.has(l))) caughtRules++;
        if (item.labels.every((l) => both.has(l))) caughtBoth++;
      } else {
        clean++;
        if (rulesSaid.size > 0) cleanRules++;
        if (both.size > 0) cleanBoth++;
      }
    });
    losoTotals.violating += violating;
    losoTotals.caughtRules += caughtRules;
    losoTotals.caughtBoth += caughtBoth;
    losoTotals.clean += clean;
    losoTotals.cleanRules += cleanRules;
    losoTotals.cleanBoth += cleanBoth;
    const pct = (n: number, d: number): string => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);
    perSet.push(
      `| ${set} | ${pct(caughtRules, violating)} → ${pct(caughtBoth, violating)} (${caughtBoth}/${violating}) | ${pct(cleanRules, clean)} → ${pct(cleanBoth, clean)} (${cleanBoth}/${clean}) |`,
    );
  });
  say("Leave one set out, thresholds chosen on the other sets (rules alone → rules + learned layer):\n");
  say("| left-out set | recall | false positives (clean postings flagged) |");
  say("|---|---|---|");
  for (const line of perSet) say(line);
  say("\nPer rule, summed over the left-out sets:\n");
  say(
    "| rule | violating | rules alone | learned alone | rules + learned | rules' false flags | learned alone false | rules + learned false |",
  );
  say("|---|---|---|---|---|---|---|---|");
  for (const [rule, t] of perRule) {
    const r = (n: number): string => (t.positives === 0 ? "—" : `${n} (${((100 * n) / t.positives).toFixed(1)} %)`);
    const f = (n: number): string => `${n} (${((100 * n) / t.negatives).toFixed(2)} %)`;
    say(
      `| ${rule} | ${t.positives} | ${r(t.rules)} | ${learnedRule(rule) ? r(t.alone) : "—"} | ${r(t.combined)} | ${f(t.rulesFalse)} | ${learnedRule(rule) ? f(t.aloneFalse) : "—"} | ${f(t.combinedFalse)} |`,
    );
  }
}

/**
 * The first run of a former blind set, replayed: the rules as they were when the set was still unseen
 * (the commit its first run was measured on, tests/corpus/README.md), beside a learned layer trained and
 * thresholded only on the sets written before it. This is what the learned layer would have added then.
 */
const FIRST_RUNS: ReadonlyArray<{ set: string; commit: string; trainedBefore?: string }> = [
  { set: "former-blind-7", commit: "1eb8a49" },
  { set: "former-blind-8", commit: "2ad4d0a" },
  { set: "former-blind-9", commit: "451f10e^1" },
  // Written at the same time by writers who never read each other, both first run on the checker of 8cb96f9
  // (tests/corpus/README.md): the layer is trained on the sets before former-blind-36 for both.
  { set: "former-blind-36", commit: "8cb96f9" },
  { set: "former-blind-37", commit: "8cb96f9", trainedBefore: "former-blind-36" },
];

async function firstRunFlags(commit: string, items: readonly TrainItem[]): Promise<Array<Set<string>>> {
  const dir = mkdtempSync(path.join(tmpdir(), "jiuye-first-run-"));
  // The checker's own files and every vocabulary file of that commit (later checkers import more of them).
  execFileSync("tar", ["-x", "-C", dir], {
    input: execFileSync("git", ["archive", commit, "app/postings", "vocabulary"], { maxBuffer: 1 << 28 }),
  });
  const old = (await import(pathToFileURL(path.join(dir, "app/postings/checks.ts")).href)) as {
    checkPosting: (input: PostingInput) => Array<{ rule: string }>;
    checkPostingRules?: (input: PostingInput) => Array<{ rule: string }>;
  };
  // The rules then, without the learned layer they shipped with (checkPostingRules since decision 033).
  const rulesThen = old.checkPostingRules ?? old.checkPosting;
  const flags = items.map((item) => new Set(rulesThen(inputOf(item)).map((f) => f.rule)));
  rmSync(dir, { recursive: true, force: true });
  return flags;
}

const replaySummary: string[] = [];
/** At most this many folds for a replay's thresholds (`--opt REPLAY_FOLDS=n`); the first runs of -7 to -9 have fewer sets. */
const REPLAY_FOLDS = Number(overrides.get("REPLAY_FOLDS") ?? 12);

async function replayFirstRuns(prep: Prepared): Promise<void> {
  say(
    "\nFirst runs replayed (the rules as they were when the set was unseen; learned layer trained on earlier sets only):\n",
  );
  say(
    "| set | rules then: recall | rules then + learned: recall | rules then: clean flagged | + learned: clean flagged | caught by the learned layer (rule: n) | false flags added (rule: n) |",
  );
  say("|---|---|---|---|---|---|---|");
  const layers = new Map<number, { thresholds: Map<string, number>; model: LearnedModel }>();
  for (const { set, commit, trainedBefore } of FIRST_RUNS) {
    const k = prep.sets.indexOf(set);
    if (k < 0) continue;
    const before = trainedBefore === undefined ? k : prep.sets.indexOf(trainedBefore);
    const earlier = prep.sets.map((_, j) => j).filter((j) => j < before);
    let layer = layers.get(before);
    if (!layer) {
      // Thresholds from out-of-fold scores of the earlier sets: one fold per set, or REPLAY_FOLDS groups of sets
      // when there are more than that (36 folds of 36 sets took most of an hour on the shared machine).
      const oof = outOfFold(prep, earlier, Math.min(earlier.length, REPLAY_FOLDS));
      layer = {
        thresholds: chooseThresholds(prep, oof, (p) => earlier.includes(prep.setIndex[p] as number)),
        model: trained(prep, (p) => earlier.includes(prep.setIndex[p] as number)),
      };
      layers.set(before, layer);
    }
    const { thresholds, model } = layer;
    const members = prep.items.map((_, p) => p).filter((p) => prep.setIndex[p] === k);
    const then = await firstRunFlags(
      commit,
      members.map((p) => prep.items[p] as TrainItem),
    );
    let violating = 0;
    let caughtThen = 0;
    let caughtBoth = 0;
    let clean = 0;
    let cleanThen = 0;
    let cleanBoth = 0;
    const added = new Map<string, number>();
    const wrong = new Map<string, number>();
    members.forEach((p, i) => {
      const item = prep.items[p] as TrainItem;
      const rules = then[i] as Set<string>;
      const both = new Set(rules);
      const thenFlags = [...rules].map((rule) => ({ rule }) as never);
      for (const [key, s] of scoresOf(inputOf(item), thenFlags, model))
        if (s >= (thresholds.get(key) ?? Infinity) && !both.has(labelOf(key))) {
          const rule = labelOf(key);
          both.add(rule);
          const map = item.labels.includes(rule) ? added : wrong;
          map.set(rule, (map.get(rule) ?? 0) + 1);
        }
      if (item.labels.length > 0) {
        violating++;
        if (item.labels.every((l) => rules.has(l))) caughtThen++;
        if (item.labels.every((l) => both.has(l))) caughtBoth++;
      } else {
        clean++;
        if (rules.size > 0) cleanThen++;
        if (both.size > 0) cleanBoth++;
      }
    });
    const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;
    const list = (m: Map<string, number>): string => [...m].map(([r, n]) => `${r}: ${n}`).join(", ") || "—";
    replaySummary.push(
      `${set} +${caughtBoth - caughtThen} viol, +${cleanBoth - cleanThen} clean, false flags ${[...wrong.values()].reduce((a, b) => a + b, 0)}`,
    );
    say(
      `| ${set} (rules at ${commit}; layer trained on the ${earlier.length} sets before ${prep.sets[before]}) | ${pct(caughtThen, violating)} | ${pct(caughtBoth, violating)} | ${pct(cleanThen, clean)} | ${pct(cleanBoth, clean)} | ${list(added)} | ${list(wrong)} |`,
    );
  }
}

const started = Date.now();
const items: TrainItem[] = TUNING_SETS.flatMap((set) => loadCorpus(set).map((item) => ({ ...item, set })));
const prep = prepare(items);
process.stderr.write(
  `prepared ${items.length} postings, ${prep.postingOf.length} sentences: ${Date.now() - started} ms\n`,
);
/**
 * `--oof-out <file>` keeps the out-of-fold scores; `--oof-in <file>` reads them instead of training the folds
 * (experiments with MIN_GAIN / FALSE_FLAG_BUDGET only: the scores do not depend on them).
 */
const argOf = (name: string): string | undefined => process.argv[process.argv.indexOf(name) + 1];
const oofIn = process.argv.includes("--oof-in") ? argOf("--oof-in") : undefined;
const oof: OutOfFold = oofIn
  ? (({ beside, alone }: { beside: Array<Array<[string, number]>>; alone: Array<Array<[string, number]>> }) => ({
      beside: beside.map((e) => new Map(e)),
      alone: alone.map((e) => new Map(e)),
    }))(JSON.parse(readFileSync(oofIn, "utf8")) as never)
  : outOfFold(prep);
if (process.argv.includes("--oof-out"))
  writeFileSync(
    argOf("--oof-out") as string,
    JSON.stringify({ beside: oof.beside.map((m) => [...m]), alone: oof.alone.map((m) => [...m]) }),
  );
table(prep, oof);
if (process.argv.includes("--replay")) await replayFirstRuns(prep);
const thresholds = chooseThresholds(prep, oof, () => true);
say("\nThresholds (all tuning sets' out-of-fold scores):");
for (const [rule, t] of thresholds) say(`- ${rule}: ${t}`);
if (!process.argv.includes("--table-only")) {
  const data: LearnedModelData = train(prep, () => true, OPTIONS);
  const salary = trainSalary(prep.items, () => true, OPTIONS);
  const withThresholds: LearnedModelData = {
    ...data,
    rules: data.rules.map((r) => ({ ...r, threshold: thresholds.get(r.rule) ?? Infinity })),
    salary: { ...salary, high: thresholds.get("pay.high") ?? Infinity, low: thresholds.get("pay.low") ?? Infinity },
  };
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "vocabulary", "vetting-learned.json");
  writeFileSync(file, `${JSON.stringify(withThresholds, null, 2)}\n`);
  say(`\nwrote ${path.relative(process.cwd(), file)} (${OPTIONS.maxFeatures} features per rule at most)`);
}
if (replaySummary.length > 0)
  process.stderr.write(
    `SUMMARY ${JSON.stringify(Object.fromEntries(overrides))}: ${replaySummary.join("; ")}; LOSO +${losoTotals.caughtBoth - losoTotals.caughtRules} viol, +${losoTotals.cleanBoth - losoTotals.cleanRules}/${losoTotals.clean} clean\n`,
  );
process.stderr.write(`done in ${Date.now() - started} ms\n`);
