import { loadCorpus, flaggedRules } from "/work/wt/vet3/tests/corpus/evaluate";
import { checkPosting } from "/work/wt/vet3/app/postings/checks";
const set = (process.argv[2] ?? "former-blind") as never;
for (const it of loadCorpus(set)) {
  const f = flaggedRules(it);
  const missed = it.labels.filter((l) => !f.has(l));
  const extra = [...f].filter((l) => !it.labels.includes(l));
  if (missed.length || extra.length) {
    const flags = checkPosting({ title: it.title, description: it.description, requirements: it.requirements, salaryMin: it.salaryMin, salaryMax: it.salaryMax });
    console.log(`${it.id} missed=${missed} extra=${extra} sal=${it.salaryMin}-${it.salaryMax}\n  T:${it.title}\n  D:${it.description}\n  R:${it.requirements ?? ""}\n  flags:${flags.filter(x=>extra.includes(x.rule)).map((x) => x.rule + "「" + x.excerpt + "」").join(" | ")}`);
  }
}
