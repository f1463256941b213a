import { createRequire } from "node:module";
import path from "node:path";

/**
 * A one-page demo résumé as a real PDF with Chinese text (pdfkit subsets the Noto Sans SC font
 * shipped by @embedpdf/fonts-sc, so the file stays small and renders everywhere).
 */
export async function demoResumePdf(input: {
  name: string;
  school: string;
  major: string;
  degree: string;
  cohort: number;
  email: string;
  skills: string[];
  intro: string;
}): Promise<Uint8Array<ArrayBuffer>> {
  const { default: PDFDocument } = await import("pdfkit");
  const require = createRequire(import.meta.url);
  const fontDir = path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `${input.name} 简历`, Author: input.name } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.registerFont("body", path.join(fontDir, "NotoSansHans-Regular.otf"));
  doc.registerFont("bold", path.join(fontDir, "NotoSansHans-Bold.otf"));
  doc.font("bold").fontSize(22).text(input.name);
  doc
    .moveDown(0.3)
    .font("body")
    .fontSize(11)
    .fillColor("#52606d")
    .text(`${input.school} · ${input.major} · ${input.degree} · ${input.cohort}届 · ${input.email}`);
  doc.moveDown(1).fillColor("#1f2933").font("bold").fontSize(14).text("求职意向");
  doc.font("body").fontSize(11).text(input.intro);
  doc.moveDown(1).font("bold").fontSize(14).text("专业技能");
  doc.font("body").fontSize(11).text(input.skills.join("、"));
  doc.moveDown(1).font("bold").fontSize(14).text("项目经历");
  doc
    .font("body")
    .fontSize(11)
    .text("校园二手交易平台（Spring Boot + PostgreSQL + Vue）：负责后端接口设计与数据库建模，日活 2,000 人。");
  doc.moveDown(0.5).text("毕业设计：基于 Meilisearch 的中文岗位检索与推荐系统，实现可解释的重排序。");
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
