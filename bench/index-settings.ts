/**
 * `npx tsx bench/index-settings.ts [--n 100000] [--only name,name]`: how long Meilisearch takes to
 * index the same N posting documents (a raw NDJSON add, as P4 of bench:search measures) under the
 * declared index settings and under candidate variants, each into a fresh index of one bundled
 * server. The documents are generated in memory from the demo templates (no PostgreSQL), with the
 * same shape and mix as bench:search. Prints seconds and documents/s per variant; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Settings } from "meilisearch";
import { POSTING_TEMPLATES } from "../seed/demo-employers";
import { createRandom } from "../seed/school-data";
import { createSearchClient } from "../search/client";
import { toPostingDocument } from "../search/documents";
import { defaultMaxIndexingMemory, startBundledMeilisearch } from "../search/local-server";
import { waitOk } from "../search/postings-index";
import { POSTINGS_INDEX_SETTINGS } from "../search/settings";

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const N = Number(argument("--n")) || 100_000;
const only = argument("--only")?.split(",");

const declared: Settings = POSTINGS_INDEX_SETTINGS;
const variants: Record<string, Settings> = {
  declared,
  byAttribute: { ...declared, proximityPrecision: "byAttribute" },
  noFacetSearch: { ...declared, facetSearch: false },
  noPrefix: { ...declared, prefixSearch: "disabled" },
  byAttributeNoFacetSearch: { ...declared, proximityPrecision: "byAttribute", facetSearch: false },
  all: { ...declared, proximityPrecision: "byAttribute", facetSearch: false, prefixSearch: "disabled" },
  // Also without the two filterable fields no query filters on (employerId, salaryMin).
  lean: {
    ...declared,
    proximityPrecision: "byAttribute",
    facetSearch: false,
    filterableAttributes: (declared.filterableAttributes ?? []).filter((f) => f !== "employerId" && f !== "salaryMin"),
  },
};

const random = createRandom(7);
const industries = Object.keys(POSTING_TEMPLATES);
const cities: [string, string][] = [
  ["浙江省", "杭州"],
  ["浙江省", "宁波"],
  ["江苏省", "南京"],
  ["上海市", "上海"],
  ["北京市", "北京"],
  ["广东省", "深圳"],
  ["四川省", "成都"],
  ["湖北省", "武汉"],
];
const types = ["private", "state_owned", "foreign", "public_institution", "joint_venture"] as const;
const employers = Array.from({ length: Math.max(20, Math.round(N / 50)) }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `${random.pick(["杭州", "上海", "南京"])}${random.pick(["云帆", "星河", "海纳", "鼎信"])}科技有限公司${i}`,
  type: random.pick(types),
  industry: random.pick(industries),
}));
const lines: string[] = [];
for (let i = 0; i < N; i++) {
  const employer = random.pick(employers);
  const template = random.pick(POSTING_TEMPLATES[employer.industry] ?? POSTING_TEMPLATES["互联网/IT"]!);
  const [province, city] = random.pick(cities);
  const min = template.pay[0] + random.int(-4, 6) * 500;
  lines.push(
    JSON.stringify(
      toPostingDocument({
        id: `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        title:
          random.next() < 0.4
            ? `${template.title}（${random.pick(["2026届", "校招", "急招", city])}）`
            : template.title,
        category: template.category,
        jobType: template.jobType,
        degree: template.degree,
        majors: template.majors,
        cities: [{ province, city }],
        salaryMin: min,
        salaryMax: min + random.int(2, 12) * 1000,
        duties: template.duties,
        requirements: template.requirements,
        benefits: "五险一金，带薪年假",
        headcount: random.int(1, 30),
        publishedAt: new Date(Date.now() - random.int(0, 60) * 86_400_000),
        deadline: new Date(Date.now() + random.int(5, 180) * 86_400_000),
        employer,
      }),
    ),
  );
}
const bodies: string[] = [];
for (let i = 0; i < lines.length; i += 100_000) bodies.push(lines.slice(i, i + 100_000).join("\n"));
const bytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiuye-bench-settings-"));
const meili = await startBundledMeilisearch({ dataDir, maxIndexingMemory: defaultMaxIndexingMemory() });
const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, indexPrefix: "bench" });
console.log(
  `N=${N}, ${(bytes / 2 ** 20).toFixed(0)} MiB of NDJSON, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
try {
  for (const [name, settings] of Object.entries(variants)) {
    if (only && !only.includes(name)) continue;
    const uid = `settings_${name}`;
    await waitOk(client, (await client.createIndex(uid, { primaryKey: "id" })).taskUid);
    await waitOk(client, (await client.index(uid).updateSettings(settings)).taskUid, 120_000);
    const started = Date.now();
    const tasks: number[] = [];
    for (const body of bodies) {
      const response = await fetch(`${meili.host}/indexes/${uid}/documents?primaryKey=id`, {
        method: "POST",
        headers: { Authorization: `Bearer ${meili.masterKey}`, "Content-Type": "application/x-ndjson" },
        body,
      });
      tasks.push(((await response.json()) as { taskUid: number }).taskUid);
    }
    for (const task of tasks) await waitOk(client, task, 3_600_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${name.padEnd(26)} ${seconds.toFixed(1)} s = ${(N / seconds).toFixed(0)} docs/s  (load average ${os.loadavg()[0]!.toFixed(2)})`,
    );
    await waitOk(client, (await client.deleteIndex(uid)).taskUid, 600_000);
  }
} finally {
  await meili.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
