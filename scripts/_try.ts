import { checkPosting } from "../app/postings/checks";
const lines = process.argv.slice(2);
for (const l of lines) {
  const flags = checkPosting({ title: "职员", description: l, requirements: "", salaryMin: 6000, salaryMax: 8000 } as never);
  console.log(flags.map((f) => f.rule).join(",") || "-", "\t", l);
}
