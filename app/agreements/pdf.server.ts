import { getEnv } from "../config/env.server";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AgreementDocument } from "./document";
import { formatSchoolDate } from "../time";

/**
 * The registered 三方协议 as a PDF. pdfkit subsets the Noto Sans SC font shipped by
 * @embedpdf/fonts-sc (full GB2312 + CJK Ext-A), so Chinese names render in any viewer.
 * Server-only: pdfkit loads its font metrics at run time and stays outside the bundle.
 */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
    fonts = {
      regular: readFileSync(path.join(dir, "NotoSansHans-Regular.otf")),
      bold: readFileSync(path.join(dir, "NotoSansHans-Bold.otf")),
    };
  }
  return fonts;
}

const DEGREE_ZH: Record<string, string> = {
  associate: "专科",
  bachelor: "本科",
  master: "硕士研究生",
  doctor: "博士研究生",
};

function shanghaiDate(at: Date): string {
  return formatSchoolDate(at, "zh-CN");
}

export async function renderAgreementPdf(doc: AgreementDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const { agreement, employer, graduate } = doc;
  const font = loadFonts();
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: `就业协议书 ${agreement.number ?? ""}`, Subject: "三方协议" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
  pdf.registerFont("body", font.regular);
  pdf.registerFont("bold", font.bold);

  pdf.font("bold").fontSize(20).text("全国普通高校毕业生就业协议书", { align: "center" });
  pdf
    .moveDown(0.3)
    .font("body")
    .fontSize(10)
    .fillColor("#52606d")
    .text(
      agreement.number
        ? `协议编号：${agreement.number}    鉴证日期：${agreement.registeredAt ? shanghaiDate(agreement.registeredAt) : ""}`
        : "审核预览（尚未鉴证，无协议编号）",
      { align: "center" },
    );
  pdf.fillColor("#1f2933");

  const section = (title: string, lines: [string, string][]) => {
    pdf.moveDown(1).font("bold").fontSize(13).text(title);
    pdf.font("body").fontSize(11);
    for (const [label, value] of lines) pdf.moveDown(0.2).text(`${label}：${value}`);
  };
  section("甲方（用人单位）", [
    ["单位名称", employer.name],
    ["统一社会信用代码", employer.creditCode],
    [
      "单位地址",
      employer.address.startsWith(employer.province) ? employer.address : `${employer.province}${employer.address}`,
    ],
    ["联系电话", employer.contactPhone],
  ]);
  section("乙方（毕业生）", [
    ["姓名", graduate.name],
    ["学号", graduate.studentNo],
    ["学院", doc.collegeName],
    ["专业", doc.majorName],
    ["学历层次", DEGREE_ZH[graduate.degree] ?? graduate.degree],
    ["届别", `${graduate.cohort}届`],
  ]);
  const school = getEnv().SCHOOL_NAME;
  section("丙方（学校）", [
    ["学校名称", school],
    ["鉴证部门", `${school}就业指导中心`],
  ]);
  section("协议条款", [
    ["工作岗位", agreement.position],
    ["月薪（税前）", `${agreement.monthlyPay} 元`],
    ["试用期", `${agreement.probationMonths} 个月`],
    ["工作地点", `${agreement.workProvince}${agreement.workCity}`],
    ["报到日期", agreement.startDate],
    ["违约金", `${agreement.breachPenalty} 元`],
    ["档案转递地址", agreement.archiveAddress],
    ["户口迁移地址", agreement.hukouAddress],
  ]);
  pdf
    .moveDown(1)
    .font("body")
    .fontSize(10)
    .fillColor("#52606d")
    .text(
      "本协议经甲乙双方在线签署，经学院审核、学校鉴证后生效。任何一方解除协议，须按协议约定承担违约责任，并经学校审核同意。",
    );
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
