/**
 * npm run eval:checks — recall and false positives of checkPosting per rule on the corpus sets
 * (tests/corpus/README.md), then on the independently written blind set when it exists. `--misses`
 * also lists the development sets' misses (never the test or blind set's: they are held out).
 * `--rules-only` scores the rules and lexicons without the learned layer (decision 033).
 */
import { checkPosting, checkPostingRules } from "../app/postings/checks";
import {
  BLIND_SETS,
  CORPUS_SETS,
  TUNING_SETS,
  formatTable,
  loadCorpus,
  scoreSet,
  type SetScore,
} from "../tests/corpus/evaluate";

const say = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

const rulesOnly = process.argv.includes("--rules-only");
if (rulesOnly) say("Rules and lexicons only (no learned layer):\n");
const scores: Array<[string, SetScore]> = [];
for (const set of [...CORPUS_SETS, ...BLIND_SETS]) {
  const items = loadCorpus(set);
  if (items.length > 0) scores.push([set, scoreSet(items, rulesOnly ? checkPostingRules : checkPosting)]);
}
say(formatTable(scores));
say(
  "\nrecall = violating postings whose every label was flagged; false pos. = postings without that label flagged for it (per rule) or clean postings flagged for anything (all postings).",
);
const missing = BLIND_SETS.filter((set) => !scores.some(([name]) => name === set));
if (missing.length > 0) say(`\nno blind set yet (tests/corpus/${missing.join(", ")}.jsonl): not measured.`);
if (process.argv.includes("--misses")) {
  for (const [name, score] of scores) {
    if (!(TUNING_SETS as readonly string[]).includes(name)) continue;
    say(`\n${name} misses:`);
    for (const m of score.misses)
      say(`  ${m.id}  missed ${m.missed.join(",") || "-"}  extra ${m.extra.join(",") || "-"}`);
  }
}
