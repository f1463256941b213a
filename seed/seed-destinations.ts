import { randomUUID } from "node:crypto";
import { DESTINATION_CODES } from "../app/destinations/codes";
import { syncDestinationCodes } from "../app/destinations/destinations.server";
import { storeUpload } from "../app/files/uploads.server";
import type { Queryable } from "../db/client";
import { DEMO_EMPLOYERS, demoCreditCode, REGION_CODES } from "./demo-employers";
import { destinationEvidence, destinationHistory, destinations, graduates } from "../db/schema";
import type { DestinationSource, DestinationState } from "../db/schema";
import { createRandom, type Random } from "./school-data";

type Graduate = Pick<typeof graduates.$inferSelect, "id" | "cohort" | "degree">;
type DestinationRow = typeof destinations.$inferInsert & { id: string };
type HistoryRow = typeof destinationHistory.$inferInsert;

/** Code weights among placed graduates, roughly what an engineering-and-business school reports. */
const PLACED_WEIGHTS: [string, number][] = [
  ["10", 30],
  ["11", 22],
  ["12", 8],
  ["271", 2],
  ["46", 1.5],
  ["502", 1],
  ["503", 1],
  ["512", 1.5],
  ["519", 1],
  ["75", 1.5],
  ["76", 3],
  ["801", 18],
  ["802", 0.5],
  ["85", 5],
];
const NOT_PLACED_WEIGHTS: [string, number][] = [
  ["70", 6],
  ["71", 3],
  ["72", 1],
];

function weighted(random: Random, weights: [string, number][]): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [code, weight] of weights) if ((roll -= weight) <= 0) return code;
  return weights[0]![0];
}

const SCHOOLS = ["浙江大学", "上海交通大学", "南京大学", "复旦大学", "东南大学", "中国科学技术大学", "江南理工大学"];
const ABROAD: [string, string][] = [
  ["新加坡国立大学", "新加坡"],
  ["香港大学", "中国香港"],
  ["伦敦大学学院", "英国"],
  ["墨尔本大学", "澳大利亚"],
  ["慕尼黑工业大学", "德国"],
];
const PROGRAMMES: Record<string, string> = {
  "502": "三支一扶计划",
  "503": "大学生志愿服务西部计划",
  "512": "浙江省选调生",
  "519": "浙江省农村社区工作者计划",
};
const OCCUPATIONS = ["自由撰稿人", "插画师", "独立软件开发者", "翻译", "摄影师", "新媒体运营"];
const CLUSTER_EMPLOYER = { name: "杭州某某电子商务有限公司", creditCode: "", province: "浙江省", city: "杭州" };

/** The fields a code needs, filled realistically. `lowPay` puts pay under the local minimum (for the anomaly demo). */
export function demoFields(
  random: Random,
  code: string,
  options: { cluster?: boolean; lowPay?: boolean } = {},
): Record<string, string> {
  const info = DESTINATION_CODES.find((c) => c.code === code);
  const employer = random.pick(DEMO_EMPLOYERS);
  const fields: Record<string, string> = {};
  for (const field of info?.requiredFields ?? []) {
    switch (field) {
      case "employerName":
        fields[field] = options.cluster ? CLUSTER_EMPLOYER.name : employer.name;
        break;
      case "employerCreditCode":
        if (options.cluster) {
          CLUSTER_EMPLOYER.creditCode ||= demoCreditCode(createRandom(12), "330100");
          fields[field] = CLUSTER_EMPLOYER.creditCode;
        } else fields[field] = demoCreditCode(random, REGION_CODES[employer.city] ?? "330100");
        break;
      case "workProvince":
        fields[field] = options.cluster ? CLUSTER_EMPLOYER.province : employer.province;
        break;
      case "workCity":
        fields[field] = options.cluster ? CLUSTER_EMPLOYER.city : employer.city;
        break;
      case "startDate":
        fields[field] = `20${random.int(24, 27)}-0${random.int(6, 9)}-0${random.int(1, 9)}`;
        break;
      case "monthlyPay":
        fields[field] = String(options.lowPay ? random.int(12, 17) * 100 : random.int(45, 140) * 100);
        break;
      case "occupation":
        fields[field] = random.pick(OCCUPATIONS);
        break;
      case "enlistmentPlace":
        fields[field] = random.pick(["浙江省杭州市", "江苏省南京市", "安徽省合肥市"]);
        break;
      case "programme":
        fields[field] = PROGRAMMES[code] ?? "基层服务项目";
        break;
      case "serviceProvince":
        fields[field] = random.pick(["贵州省", "云南省", "甘肃省", "浙江省", "新疆维吾尔自治区"]);
        break;
      case "businessName":
        fields[field] = random.pick(["杭州拾光文创工作室", "南京青禾农业科技有限公司", "苏州码上到家网络科技有限公司"]);
        break;
      case "businessRegistrationOrShopUrl":
        fields[field] =
          random.next() < 0.5
            ? demoCreditCode(random, "330100")
            : "https://shop.example.cn/store/" + random.int(10000, 99999);
        break;
      case "schoolName":
        if (code === "85") {
          const [school, country] = random.pick(ABROAD);
          fields.schoolName = school;
          fields.country = country;
        } else fields[field] = random.pick(SCHOOLS);
        break;
      case "programmeName":
        fields[field] = random.pick(["计算机技术", "电子信息", "机械工程", "工商管理", "金融", "翻译"]);
        break;
      case "country":
        fields[field] ??= random.pick(ABROAD)[1];
        break;
    }
  }
  return fields;
}

/** Share of a cohort with something reported, and how far verification has got, by cohort year. */
function cohortProfile(cohort: number) {
  if (cohort <= 2025) return { reported: 0.96, placed: 0.93, verified: 0.85 };
  if (cohort === 2026) return { reported: 0.62, placed: 0.85, verified: 0.45 };
  return { reported: 0.12, placed: 0.7, verified: 0.2 };
}

export interface GeneratedDestinations {
  destinations: DestinationRow[];
  history: HistoryRow[];
}

/**
 * Destinations for a roster: most of 2024/2025 placed and verified, 2026 partly, 2027 mostly
 * unreported. The first graduates of the earliest cohort are given every code, and the demo
 * covers every status, disputes, internships, a code-12 cluster at one employer and pay below the
 * minimum wage. Pure (bar random UUIDs): the seed and the benchmark share it.
 */
export function generateDestinations(
  roster: readonly Graduate[],
  seed = 31,
  options: { actorUserId?: string | null } = {},
): GeneratedDestinations {
  const random = createRandom(seed);
  const rows: DestinationRow[] = [];
  const history: HistoryRow[] = [];
  const everyCode = DESTINATION_CODES.map((c) => c.code);
  let forced = 0;
  let clusterLeft = 6;
  let lowPayLeft = 2;
  for (const graduate of roster) {
    const profile = cohortProfile(graduate.cohort);
    const force = graduate.cohort <= 2025 && forced < everyCode.length ? everyCode[forced++] : undefined;
    if (!force && random.next() > profile.reported) continue;
    const code =
      force ??
      (random.next() < profile.placed ? weighted(random, PLACED_WEIGHTS) : weighted(random, NOT_PLACED_WEIGHTS));
    const cluster = code === "12" && clusterLeft > 0 && graduate.cohort === 2025 ? (clusterLeft--, true) : false;
    const lowPay = code === "12" && !cluster && lowPayLeft > 0 ? (lowPayLeft--, true) : false;
    const fields = demoFields(random, code, { cluster, lowPay });
    const isInternship = code === "12" && random.next() < 0.04;
    // Code 10 here stands for paper agreements signed before the online flow (the graduate reports
    // them with the scan); online agreements come from seed-agreements, with the agreement behind them.
    const source: DestinationSource =
      code === "10" ? "graduate" : random.next() < 0.12 ? "staff" : random.next() < 0.05 ? "import" : "graduate";
    const roll = random.next();
    let status: DestinationState;
    if (source !== "graduate" && roll < 0.15) status = "reported";
    else if (roll < profile.verified) status = "verified";
    else if (roll < profile.verified + 0.04) status = "returned";
    else status = "confirmed";
    const disputed = source !== "graduate" && status === "reported" && random.next() < 0.3;
    const id = randomUUID();
    const when = new Date(Date.UTC(graduate.cohort, random.int(3, 9), random.int(1, 28), random.int(1, 10)));
    rows.push({
      id,
      graduateId: graduate.id,
      code,
      status,
      fields,
      source,
      isInternship,
      returnedReason:
        status === "returned"
          ? random.pick(["证明材料不清晰，请重新上传", "单位名称与劳动合同不一致", "缺少单位盖章"])
          : null,
      disputed,
      disputeNote: disputed ? random.pick(["我没有与该单位签约", "这是实习，不是正式工作", "我已经离职"]) : null,
      employerName: fields.employerName ?? null,
      employerCreditCode: fields.employerCreditCode ?? null,
      recordedBy: source === "staff" ? (options.actorUserId ?? null) : null,
      verifiedBy: status === "verified" ? (options.actorUserId ?? null) : null,
      verifiedAt: status === "verified" ? new Date(when.getTime() + 7 * 86_400_000) : null,
      confirmedAt: status === "confirmed" || status === "verified" ? when : null,
      createdAt: when,
      updatedAt: when,
    });
    const first = source === "graduate" ? "report" : "record";
    history.push({
      destinationId: id,
      graduateId: graduate.id,
      action: first,
      actorUserId: source === "staff" ? (options.actorUserId ?? null) : null,
      actorRole: source === "graduate" ? "graduate" : source === "staff" ? "staff" : "system",
      fromStatus: null,
      toStatus: source === "graduate" ? "confirmed" : "reported",
      code,
      fields,
      createdAt: when,
    });
    if (source !== "graduate" && status !== "reported") {
      history.push({
        destinationId: id,
        graduateId: graduate.id,
        action: "confirm",
        actorRole: "graduate",
        fromStatus: "reported",
        toStatus: "confirmed",
        code,
        fields,
        createdAt: new Date(when.getTime() + 86_400_000),
      });
    }
    if (disputed) {
      history.push({
        destinationId: id,
        graduateId: graduate.id,
        action: "dispute",
        actorRole: "graduate",
        fromStatus: "reported",
        toStatus: "reported",
        code,
        fields,
        note: rows.at(-1)!.disputeNote,
        createdAt: new Date(when.getTime() + 86_400_000),
      });
    }
    if (status === "verified" || status === "returned") {
      history.push({
        destinationId: id,
        graduateId: graduate.id,
        action: status === "verified" ? "verify" : "return",
        actorUserId: options.actorUserId ?? null,
        actorRole: "staff",
        fromStatus: "confirmed",
        toStatus: status,
        code,
        fields,
        note: rows.at(-1)!.returnedReason,
        createdAt: new Date(when.getTime() + 7 * 86_400_000),
      });
    }
  }
  return { destinations: rows, history };
}

export async function insertDestinations(
  db: Queryable,
  generated: GeneratedDestinations,
  evidence?: { file: string; mime: string; sha256: string; size: number },
) {
  for (let i = 0; i < generated.destinations.length; i += 1000) {
    await db.insert(destinations).values(generated.destinations.slice(i, i + 1000));
  }
  for (let i = 0; i < generated.history.length; i += 1000) {
    await db.insert(destinationHistory).values(generated.history.slice(i, i + 1000));
  }
  if (evidence) {
    // Most placements carry evidence; a few are left without, so the pre-report check has something to show.
    const withEvidence = generated.destinations.filter(
      (d, i) => d.status !== "reported" && d.code && !["70", "71", "72"].includes(d.code) && i % 25 !== 3,
    );
    for (let i = 0; i < withEvidence.length; i += 1000) {
      await db
        .insert(destinationEvidence)
        .values(
          withEvidence.slice(i, i + 1000).map((d) => ({ destinationId: d.id, graduateId: d.graduateId, ...evidence })),
        );
    }
  }
}

/** A one-page placeholder PDF for demo evidence. */
export const DEMO_EVIDENCE_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/**
 * Demo destinations across the 800 demo graduates (called from seedDemo). The demo graduate
 * account (2026) gets one recorded by staff and waiting for their confirmation.
 */
export async function seedDestinations(db: Queryable, options: { staffUserId: string; demoGraduateUserId?: string }) {
  await syncDestinationCodes(db);
  const roster = await db
    .select({ id: graduates.id, cohort: graduates.cohort, degree: graduates.degree, userId: graduates.userId })
    .from(graduates)
    .orderBy(graduates.cohort, graduates.studentNo);
  const demoGraduateId = roster.find((g) => options.demoGraduateUserId && g.userId === options.demoGraduateUserId)?.id;
  const generated = generateDestinations(
    roster.filter((g) => g.id !== demoGraduateId),
    31,
    { actorUserId: options.staffUserId },
  );
  if (demoGraduateId) {
    const random = createRandom(5);
    const id = randomUUID();
    const fields = demoFields(random, "11");
    generated.destinations.push({
      id,
      graduateId: demoGraduateId,
      code: "11",
      status: "reported",
      fields,
      source: "staff",
      isInternship: false,
      disputed: false,
      employerName: fields.employerName ?? null,
      employerCreditCode: fields.employerCreditCode ?? null,
      recordedBy: options.staffUserId,
    });
    generated.history.push({
      destinationId: id,
      graduateId: demoGraduateId,
      action: "record",
      actorUserId: options.staffUserId,
      actorRole: "staff",
      fromStatus: null,
      toStatus: "reported",
      code: "11",
      fields,
    });
  }
  const evidence = await storeUpload(
    "destinationEvidence",
    new File([DEMO_EVIDENCE_PDF], "demo-evidence.pdf", { type: "application/pdf" }),
    "evidence",
  );
  await insertDestinations(db, generated, evidence);
  return { destinations: generated.destinations.length, history: generated.history.length };
}
