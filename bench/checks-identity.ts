/**
 * npx tsx bench/checks-identity.ts <out-file> [<unit-tests-dir>] — checkPosting's and checkPostingRules' whole output on about 51,000
 * inputs, one line each, for a byte-for-byte comparison (`cmp`) of two checkouts after a change meant to keep the
 * results (a speed-up). Inputs: every posting of every corpus set as is, spread over every field, repeated to 5,000
 * characters, in mixed case and in full-width characters; groups of twelve postings in one; and the string literals
 * of the posting unit tests as a description, as title, description and requirements, and repeated to 5,000
 * characters (give both checkouts the same `<unit-tests-dir>` when their tests differ). Prints the number of calls and a hash. Asserts nothing; takes two to five minutes on two cores.
 */
import { createHash } from "node:crypto";
import { createWriteStream, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkPosting, checkPostingRules, type PostingInput } from "../app/postings/checks";
import { CORPUS_DIR } from "../tests/corpus/evaluate";

const out = process.argv[2];
if (!out) throw new Error("usage: npx tsx bench/checks-identity.ts <out-file> [<unit-tests-dir>]");

type Item = PostingInput & { id?: string };
const items: Item[] = [];
for (const file of readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .sort())
  for (const line of readFileSync(path.join(CORPUS_DIR, file), "utf8").split("\n"))
    if (line.trim() !== "") items.push(JSON.parse(line) as Item);

const unitDir = process.argv[3] ?? path.join(CORPUS_DIR, "..", "unit");
const testTexts: string[] = [];
for (const file of readdirSync(unitDir)
  .filter((f) => f.startsWith("posting"))
  .sort()) {
  const source = readFileSync(path.join(unitDir, file), "utf8");
  for (const m of source.matchAll(/"((?:[^"\\\n]|\\.){3,})"|`([^`$\\]{3,})`/gu)) {
    if (m[2] !== undefined) testTexts.push(m[2]);
    else
      try {
        testTexts.push(JSON.parse(`"${m[1] ?? ""}"`) as string);
      } catch {
        // Not a JSON-compatible literal: skipped.
      }
  }
}

const fullWidth = (s: string): string =>
  [...s]
    .map((c) => {
      const k = c.charCodeAt(0);
      return k === 0x20 ? "\u3000" : k > 0x20 && k < 0x7f ? String.fromCharCode(k + 0xfee0) : c;
    })
    .join("");
const mixedCase = (s: string): string => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join("");
const eachText = (item: Item, f: (s: string) => string): Item => {
  const copy: Record<string, unknown> = { ...item };
  for (const k of Object.keys(copy))
    if (typeof copy[k] === "string" && k !== "id" && k !== "lang") copy[k] = f(copy[k]);
  return copy as Item;
};
const repeated = (s: string): string => {
  if (s === "") return s;
  let r = s;
  while (r.length < 5000) r += `\n${s}`;
  return r.slice(0, 5000);
};

const inputs: Array<[string, Item]> = [];
for (const it of items) {
  const requirements = it.requirements ?? "";
  inputs.push(["as-is", it]);
  inputs.push([
    "spread",
    {
      title: it.description || it.title,
      description: requirements,
      requirements: it.title,
      duties: it.description,
      benefits: requirements || it.title,
      contact: it.description,
      other: it.title,
      salaryMin: it.salaryMin,
      salaryMax: it.salaryMax,
    },
  ]);
  inputs.push([
    "repeated",
    { ...it, description: repeated(`${it.description}\n${requirements}`), requirements: repeated(requirements) },
  ]);
  inputs.push(["mixed-case", eachText(it, mixedCase)]);
  inputs.push(["full-width", eachText(it, fullWidth)]);
}
for (let i = 0; i + 12 <= items.length; i += 6) {
  const group = items.slice(i, i + 12);
  const first = group[0] as Item;
  inputs.push([
    "group",
    {
      title: first.title,
      description: group.map((x) => x.description).join("\n"),
      requirements: group.map((x) => x.requirements ?? "").join("；"),
      salaryMin: first.salaryMin,
      salaryMax: first.salaryMax,
    },
  ]);
}
for (const t of testTexts) {
  inputs.push(["unit", { title: "运营", description: t }]);
  inputs.push(["unit-fields", { title: t, description: t, requirements: t }]);
  inputs.push(["unit-repeated", { title: "运营", description: repeated(t) }]);
}

const stream = createWriteStream(out);
const hash = createHash("sha256");
let calls = 0;
for (const [kind, input] of inputs) {
  for (const [name, check] of [
    ["full", checkPosting],
    ["rules", checkPostingRules],
  ] as const) {
    let result: string;
    try {
      result = JSON.stringify(check(input));
    } catch (e) {
      result = `THROW ${(e as Error).name}`;
    }
    const line = `${kind}\t${name}\t${String(input.id ?? calls)}\t${result}\n`;
    stream.write(line);
    hash.update(line);
    calls++;
  }
}
stream.end();
process.stdout.write(
  `${calls} calls on ${inputs.length} inputs (${items.length} corpus postings, ${testTexts.length} test texts), sha256 ${hash.digest("hex").slice(0, 16)}\n`,
);
