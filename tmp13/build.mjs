// Converts the hand-written drafts (labels|lang|min|max|title|description|requirements) into
// tests/corpus/blind13.jsonl: shuffles with a fixed seed, numbers the ids and validates the format.
import fs from "node:fs";
const ab = { g: "discrimination.gender", e: "discrimination.ethnicity", r: "discrimination.race", rel: "discrimination.religion", reg: "discrimination.region", m: "discrimination.marital", h: "discrimination.health", s: "discrimination.school_tier", fee: "fee", tl: "training_loan", pi: "paid_internship", hy: "hype", off: "off_platform_contact", id: "fraud.id_or_bank", ni: "fraud.no_interview", co: "fraud.commission_only", py: "fraud.pyramid", sm: "salary.missing", si: "salary.implausible" };
const files = fs.readdirSync("tmp13").filter((f) => f.endsWith(".txt")).sort();
const items = [];
for (const f of files) for (const [i, line] of fs.readFileSync("tmp13/" + f, "utf8").split("\n").entries()) {
  if (!line.trim()) continue;
  const p = line.split("|");
  if (p.length < 6 || p.length > 7) throw new Error(`${f}:${i + 1} has ${p.length} fields`);
  const [lab, lang, mn, mx, title, description, requirements] = p.map((x) => x.trim());
  const labels = lab === "-" ? [] : lab.split(",").map((x) => { if (!ab[x]) throw new Error(`${f}:${i + 1} label ${x}`); return ab[x]; });
  const num = (x) => (x === "n" ? null : Number.parseInt(x, 10));
  const o = { lang, title, description };
  if (requirements) o.requirements = requirements;
  o.salaryMin = num(mn); o.salaryMax = num(mx); o.labels = labels;
  o._src = `${f}:${i + 1}`;
  items.push(o);
}
let seed = 20261206;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [items[i], items[j]] = [items[j], items[i]]; }
const out = items.map((o, k) => { const { _src, ...rest } = o; return { id: `blind13-${String(k + 1).padStart(3, "0")}`, ...rest }; });
fs.writeFileSync("tests/corpus/blind13.jsonl", out.map((o) => JSON.stringify(o)).join("\n") + "\n");
// validation
const ids = new Set(); const per = {}; const lang = {}; let clean = 0, multi = 0;
for (const [k, o] of out.entries()) {
  const src = items[k]._src;
  if (o.id !== `blind13-${String(k + 1).padStart(3, "0")}` || ids.has(o.id)) throw new Error("id " + o.id);
  ids.add(o.id);
  if (!["zh", "en", "mixed"].includes(o.lang)) throw new Error(src + " lang " + o.lang);
  for (const f of ["salaryMin", "salaryMax"]) if (!(o[f] === null || Number.isInteger(o[f]))) throw new Error(src + " " + f);
  if ((o.salaryMin === null) !== (o.salaryMax === null)) console.log("one-null", src);
  const len = o.description.length;
  if (len < 80 || len > 600) if (len < 1500) console.log("len", len, src, o.title);
  if (/\s$/.test(o.description) || /^\s/.test(o.description)) console.log("space", src);
  lang[o.lang] = (lang[o.lang] || 0) + 1;
  if (!o.labels.length) clean++; if (o.labels.length > 1) multi++;
  for (const l of o.labels) per[l] = (per[l] || 0) + 1;
}
console.log(JSON.stringify({ total: out.length, clean, violating: out.length - clean, multi, lang, per }, null, 1));
console.log("long", out.filter((o) => o.description.length >= 1500).length);
