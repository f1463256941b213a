/**
 * npm run eval:checks — recall and false positives of checkPosting per rule on the corpus sets
 * (tests/corpus/README.md), then on the independently written blind set. `--misses` also lists the
 * development set's misses and the former blind set's (never the test or blind set's: they are held out).
 */
import { BLIND_SETS, CORPUS_SETS, formatTable, loadCorpus, scoreSet, type SetScore } from "../tests/corpus/evaluate";

const scores: Array<[string, SetScore]> = [];
for (const set of [...CORPUS_SETS, ...BLIND_SETS]) {
  const items = loadCorpus(set);
  if (items.length > 0) scores.push([set, scoreSet(items)]);
}
console.log(formatTable(scores));
console.log(
  "\nrecall = violating postings whose every label was flagged; false pos. = postings without that label flagged for it (per rule) or clean postings flagged for anything (all postings).",
);
if (process.argv.includes("--misses")) {
  for (const [name, score] of scores) {
    if (name === "test" || name === "blind") continue;
    console.log(`\n${name} misses:`);
    for (const m of score.misses)
      console.log(`  ${m.id}  missed ${m.missed.join(",") || "-"}  extra ${m.extra.join(",") || "-"}`);
  }
}
