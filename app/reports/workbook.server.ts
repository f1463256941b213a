import ExcelJS from "exceljs";
import type { ReportTable } from "./tables";

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

/**
 * One worksheet per table, its first row the column titles (bold, frozen), then the rows as the
 * page shows them: numbers stay numbers, so staff can sum them. Used by the fair report, the season
 * summary and the talk report.
 */
export async function tablesWorkbook(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(...[table.columns[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? "").length));
      column.width = Math.min(60, Math.max(10, widest * 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The answer of an .xlsx route. */
export function xlsxResponse(body: Buffer, filename: string, readableName: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(readableName)}`,
      "Cache-Control": "no-store",
    },
  });
}
